"""The claims item model, its filter proxy, the chip delegate and the sidebar."""

from __future__ import annotations

from PySide6.QtCore import Qt

from viewer.core.model import Claim, Status
from viewer.ui.claims_model import SOURCES_COL, TEXT_COL, ClaimsFilterProxy, ClaimsModel
from viewer.ui.sidebar import ClaimsSidebar


def _claims_shown(proxy: ClaimsFilterProxy) -> list[Claim]:
    out = []
    for r in range(proxy.rowCount()):
        parent = proxy.index(r, 0)
        for k in range(proxy.rowCount(parent)):
            out.append(proxy.index(k, 0, parent).data(Qt.ItemDataRole.UserRole))
    return out


def test_model_passes_the_model_tester_in_both_groupings(qtmodeltester, comparison):
    model = ClaimsModel()
    model.set_comparison(comparison)
    qtmodeltester.check(model)
    model.set_grouping(ClaimsModel.BY_GROUP)
    qtmodeltester.check(model)
    assert model.rowCount() == 3  # G2 (contradicted first), G1, then the claims not aligned


def test_proxy_passes_the_model_tester(qtmodeltester, comparison):
    model = ClaimsModel()
    model.set_comparison(comparison)
    proxy = ClaimsFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_statuses({Status.CONTRADICTED})
    qtmodeltester.check(proxy)
    proxy.set_search("evacuated")
    qtmodeltester.check(proxy)


def test_user_role_returns_the_core_claim_and_sources_column(comparison):
    model = ClaimsModel()
    model.set_comparison(comparison)
    idx = model.claim_index("A1.c1", TEXT_COL)
    claim = idx.data(Qt.ItemDataRole.UserRole)
    assert isinstance(claim, Claim) and claim.id == "A1.c1"
    assert model.claim_index("A1.c1", SOURCES_COL).data() == "3 of 3 sources"
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) is None  # a group row


def test_status_filter_and_search(comparison):
    model = ClaimsModel()
    model.set_comparison(comparison)
    proxy = ClaimsFilterProxy()
    proxy.setSourceModel(model)
    assert len(_claims_shown(proxy)) == len(comparison.claims)
    proxy.set_statuses({Status.CONTRADICTED})
    shown = _claims_shown(proxy)
    assert {c.id for c in shown} == {"A2.c42", "A3.c41"}
    proxy.set_statuses(set(Status))
    proxy.set_search("BRIDGE river")
    assert {c.id for c in _claims_shown(proxy)} == {"A1.c1", "A2.c41", "A3.c42"}
    proxy.set_search("Times")  # the outlet matches too
    assert {c.article for c in _claims_shown(proxy)} == {"A3"}
    proxy.set_search("no such words anywhere")
    assert proxy.rowCount() == 0


def test_sidebar_counts_filter_buttons_and_navigation(qtbot, comparison):
    sidebar = ClaimsSidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_comparison(comparison)
    assert sidebar.status_buttons[Status.CONTRADICTED].text() == "Contradicted 2"
    with qtbot.waitSignal(sidebar.claim_selected) as blocker:
        assert sidebar.step(1, contradicted_only=True) == "A2.c42"
    assert blocker.args == ["A2.c42"]
    assert sidebar.step(1, contradicted_only=True) == "A3.c41"
    assert sidebar.step(1, contradicted_only=True) == "A2.c42"  # wraps around
    sidebar.status_buttons[Status.UNIQUE].setChecked(False)
    assert all(c.status != Status.UNIQUE for c in sidebar._visible_claims())
    sidebar.search.setText("bridge")
    assert len(sidebar._visible_claims()) == 3


def test_contradicted_groups_are_listed_strongest_first(qtmodeltester):
    from viewer.core.model import Article, Claim, Comparison, Contradiction, Group, Status
    from viewer.ui.claims_model import ClaimsModel

    arts = (
        Article("A1", None, "One", None, None, "x y z w"),
        Article("A2", None, "Two", None, None, "x y z w"),
    )
    claims = tuple(
        Claim(f"{a}.c{k}", a, k, k + 1, "xyzw"[k], Status.CONTRADICTED, f"G{k + 1}", ("A1", "A2"))
        for a in ("A1", "A2")
        for k in range(2)
    )
    groups = (
        Group("G1", ("A1.c0", "A2.c0"), Status.CONTRADICTED),
        Group("G2", ("A1.c1", "A2.c1"), Status.CONTRADICTED),
    )
    contradictions = (
        Contradiction("G1", ("A1.c0", "A2.c0"), "quote", "soft", 0.3),
        Contradiction("G2", ("A1.c1", "A2.c1"), "number", "hard", 1.0),
    )
    model = ClaimsModel()
    model.set_comparison(Comparison(arts, claims, groups, contradictions))
    model.set_grouping(ClaimsModel.BY_GROUP)
    qtmodeltester.check(model)
    first, second = model.index(0, 0).data(), model.index(1, 0).data()
    assert "G2" in first and "G1" in second


def test_a_large_comparison_opens_its_first_sections_only_and_selection_opens_its_own(qtbot):
    from viewer.core.pipeline import compare_articles
    from viewer.core.read.ingest import article_from_text
    from viewer.ui.sidebar import EXPAND_ALL_UP_TO

    texts = [
        " ".join(f"Item {a}-{k}: the {w} number {k} of source {a} was counted." for k in range(25))
        for a, w in enumerate(["ledger", "harbour", "meadow", "quarry", "orchard"] * 6)
    ]
    comp = compare_articles([article_from_text(t, article_id=f"A{i + 1}") for i, t in enumerate(texts)])
    assert len(comp.claims) > EXPAND_ALL_UP_TO
    sidebar = ClaimsSidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_comparison(comp, [a.id for a in comp.articles])
    sections = [sidebar.proxy.index(r, 0) for r in range(sidebar.proxy.rowCount())]
    assert sidebar.view.isExpanded(sections[0])
    assert not sidebar.view.isExpanded(sections[-1])
    last_claim = comp.claims_of(comp.articles[-1].id)[0]
    assert sidebar.select_claim(last_claim.id)
    assert sidebar.view.isExpanded(sections[-1])
