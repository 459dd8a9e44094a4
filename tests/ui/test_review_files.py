"""The reviewer's work kept and shared: export then import, bad decisions files, decisions that no longer
apply, sessions with decisions and corrected details, re-analysis, the decisions list, the sheet option.

The comparison is conftest's hand-built one (articles A1–A3); sessions use small article files.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from viewer.core.contradict.disagree import disagreements_of
from viewer.ui.article_dialog import ArticleDialog
from viewer.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, comparison):
    w = MainWindow(use_settings=False)
    qtbot.addWidget(w)
    w.resize(1400, 800)
    w.show_comparison(
        replace(
            comparison, disagreements=tuple(disagreements_of(comparison.contradictions, comparison.claims))
        )
    )
    return w


def _decide_a_little_of_everything(window: MainWindow) -> None:
    ra = window.review_actions
    window.select_claim("A1.c2")
    ra.toggle_pick("A2.c1")
    assert ra.join()
    window.select_claim("A2.c42")
    assert ra.dismiss()
    window.select_claim("A1.c3")
    ra.toggle_pick("A3.c2")
    assert ra.disagree("one says 1, the other 61")
    window.select_claim("A1.c4")
    assert ra.note("check this")


def test_export_then_import_gives_the_same_comparison(qtbot, window, tmp_path):
    from viewer.ui import review_files

    engine = window.comparison
    _decide_a_little_of_everything(window)
    decided = window.comparison
    path = tmp_path / "review.decisions.json"
    assert review_files.export_decisions(window, str(path))
    assert '"schema": "viewer.decisions/1"' in path.read_text(encoding="utf-8")
    window.review.reset()
    assert window.comparison == engine
    assert review_files.import_decisions(window, str(path))
    assert window.comparison == decided
    assert window.review.stack.undoText() == "Import 4 decisions"
    window.review.stack.undo()
    assert window.comparison == engine


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("not json at all", "not valid JSON"),
        ('{"schema": "viewer.comparison/1", "decisions": []}', "not a decisions file"),
        (
            '{"schema": "viewer.decisions/1", "decisions": [{"action": "merge", "passages": []}]}',
            "decision 1",
        ),
    ],
)
def test_a_bad_decisions_file_is_named_with_the_reason_and_nothing_changes(
    qtbot, window, tmp_path, content, said
):
    from viewer.ui import review_files

    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    before = window.comparison
    assert not review_files.import_decisions(window, str(path))
    assert window.comparison == before and window.review.stack.count() == 0
    shown = window.message_bar.label.text()
    assert "bad.json" in shown and said in shown


def test_a_decision_that_no_longer_applies_is_listed_with_the_reason(qtbot, window, tmp_path):
    from viewer.ui import review_files

    path = tmp_path / "other.decisions.json"
    path.write_text(
        '{"schema": "viewer.decisions/1", "decisions": [{"action": "note", "note": "x", '
        '"passages": [{"article": "gone.txt", "quote": "Nothing of this is here."}]}]}',
        encoding="utf-8",
    )
    assert review_files.import_decisions(window, str(path))
    [applied] = window.comparison.decisions
    assert not applied.applied and applied.why_not
    assert "1 not applied" in window.decisions_button.text()
    from viewer.ui.review_dialogs import DecisionsDialog

    dialog = DecisionsDialog(window, window.comparison)
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItem(0).text(2) == applied.why_not


def test_a_session_keeps_the_decisions_and_the_edited_details(qtbot, article_files, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from viewer.ui import menus

    window = MainWindow(use_settings=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.analyzer.finished, timeout=30000):
        window.open_paths(article_files)
    comp = window.comparison
    shared = next(c for c in comp.claims if c.group is not None and c.article == "A1")
    unique = next(c for c in comp.claims if c.group is None and c.article == "A3")
    ra = window.review_actions
    window.select_claim(shared.id)
    assert ra.separate()  # out of its group
    window.select_claim(unique.id)
    assert ra.note("weather, not budget")
    monkeypatch.setattr(ArticleDialog, "exec", lambda self: (self.outlet_edit.setText("City Paper"), 1)[1])
    assert ra.edit_article("A1")
    reviewed = window.comparison
    assert reviewed.article("A1").outlet == "City Paper" and shared.group is not None
    assert reviewed.claim(shared.id).group is None
    target = tmp_path / "saved.svcmp.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    menus.save_session(window)

    other = MainWindow(use_settings=False)
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.analyzer.finished, timeout=30000):
        menus.open_session(other, str(target))
    assert other.review.review == window.review.review
    assert other.comparison == reviewed
    meta = other.strip.pane_of("A1").meta_label
    assert meta.full_text().startswith("✎ ") and meta.full_text().split("  ·  ")[1] == "City Paper"
    assert "corrected by you: outlet" in meta.toolTip()
    assert other.comparison.notes_of(unique.id) == ("weather, not budget",)
    assert other.review.stack.count() == 0  # a fresh history: the session's review is where it starts


def test_decisions_survive_adding_an_article(qtbot, article_files):
    window = MainWindow(use_settings=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.analyzer.finished, timeout=30000):
        window.open_paths(article_files[:2])
    unique = next(c for c in window.comparison.claims if c.group is None and c.article == "A2")
    window.select_claim(unique.id)
    assert window.review_actions.note("check")
    with qtbot.waitSignal(window.analyzer.finished, timeout=30000):
        window.add_paths(article_files[2:])
    assert len(window.comparison.articles) == 3
    [applied] = window.comparison.decisions
    assert applied.applied and window.comparison.notes_of(applied.claims[0]) == ("check",)
    assert window.decisions_button.text().startswith("✎ 1 decision")


def test_the_sheet_dialog_offers_the_dismissed_contradictions(qtbot):
    from viewer.ui.sheet_dialog import SheetOptionsDialog

    dialog = SheetOptionsDialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.list_dismissed.isChecked() and not dialog.options().show_dismissed
    dialog.list_dismissed.setChecked(True)
    assert dialog.options().show_dismissed


def test_the_decisions_dialog_takes_back_what_is_selected(qtbot, window):
    from viewer.ui import review_files
    from viewer.ui.review_dialogs import DecisionsDialog

    _decide_a_little_of_everything(window)
    dialog = DecisionsDialog(window, window.comparison, lambda chosen: review_files.take_back(window, chosen))
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 4 and not dialog.remove_button.isEnabled()
    dialog.tree.topLevelItem(1).setSelected(True)  # the dismissal
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    assert window.review.stack.undoText() == "Take back 1 decision"
    assert window.comparison.contradictions_of("A2.c42") and len(window.comparison.decisions) == 3
    window.review.stack.undo()
    assert not window.comparison.contradictions_of("A2.c42")


def test_a_decision_on_a_removed_article_is_listed_not_applied_and_applies_again_when_it_is_back(
    qtbot, article_files
):
    window = MainWindow(use_settings=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.analyzer.finished, timeout=30000):
        window.open_paths(article_files)
    weather = next(c for c in window.comparison.claims if c.article == "A3")
    window.select_claim(weather.id)
    assert window.review_actions.note("not about the budget")
    with qtbot.waitSignal(window.analyzer.finished, timeout=30000):
        window.remove_article("A3")
    [applied] = window.comparison.decisions
    assert not applied.applied and "three.txt" in applied.why_not
    assert "1 not applied" in window.decisions_button.text()
    with qtbot.waitSignal(window.analyzer.finished, timeout=30000):
        window.add_paths(article_files[2:])
    [applied] = window.comparison.decisions
    assert applied.applied and window.comparison.notes_of(applied.claims[0]) == ("not about the budget",)
