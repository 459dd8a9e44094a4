"""The comparison sheet as HTML and the claims as CSV, without Qt."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from viewer.core.model import Article, Claim, Comparison, Contradiction, Group, Status
from viewer.core.palette import STATUS_STYLES
from viewer.core.pipeline import compare
from viewer.core.report.parts import differing_words, short_wording
from viewer.core.report.sheet import (
    MATRIX_SYMBOLS,
    Section,
    SheetOptions,
    common_headline,
    default_page_size,
    read_csv,
    sheet_title,
    to_csv,
    to_html,
)

SAMPLES = Path(__file__).resolve().parents[3] / "samples"


def _article(aid: str, title: str, sentences: list[str], outlet: str | None = None) -> tuple[Article, list]:
    text = " ".join(sentences)
    spans, pos = [], 0
    for s in sentences:
        start = text.index(s, pos)
        spans.append((start, start + len(s), s))
        pos = start + len(s)
    return Article(aid, f"/news/{aid}.txt", title, outlet, "2025-11-30", text), spans


def hand_comparison() -> Comparison:
    """Three sources; G1 shared by all, G2 contradicted between A1 and A2, the rest unique."""
    a1, s1 = _article(
        "A1",
        "Storm floods coastal town <b>bold</b>",
        [
            "The storm reached the coast on Monday.",
            "Officials said 12 people died in the floods.",
            'A reader wrote <script>alert(1)</script> and <b>bold</b>, "quoted", on one line\nand another.',
        ],
        outlet="Daily <Planet>",
    )
    a2, s2 = _article(
        "A2",
        "Coastal town floods after storm",
        ["The storm hit the coast on Monday.", "Officials said 30 people died in the floods."],
        outlet="Evening Post",
    )
    a3, s3 = _article(
        "A3",
        "Storm hits coastal town",
        ["The storm reached the coast on Monday.", "Schools stay closed until Friday."],
    )
    groups = {"A1.c1": "G1", "A2.c1": "G1", "A3.c1": "G1", "A1.c2": "G2", "A2.c2": "G2"}
    srcs = {"G1": ("A1", "A2", "A3"), "G2": ("A1", "A2")}
    contradicted = {"A1.c2", "A2.c2"}
    claims = []
    for art, spans in ((a1, s1), (a2, s2), (a3, s3)):
        for k, (start, end, text) in enumerate(spans, start=1):
            cid = f"{art.id}.c{k}"
            gid = groups.get(cid)
            status = Status.CONTRADICTED if cid in contradicted else Status.SHARED if gid else Status.UNIQUE
            claims.append(Claim(cid, art.id, start, end, text, status, gid, srcs.get(gid or "", (art.id,))))
    return Comparison(
        (a1, a2, a3),
        tuple(claims),
        (
            Group("G1", ("A1.c1", "A2.c1", "A3.c1"), Status.SHARED),
            Group("G2", ("A1.c2", "A2.c2"), Status.CONTRADICTED),
        ),
        (
            Contradiction(
                "G2", ("A1.c2", "A2.c2"), "number", "A1 says 12 people died; A2 says 30.", strength=0.9
            ),
        ),
    )


FIXED = SheetOptions(printed=datetime.date(2025, 12, 1))
ALL_SECTIONS = SheetOptions(sections=frozenset(Section), printed=datetime.date(2025, 12, 1))


@pytest.fixture(scope="module")
def samples() -> Comparison:
    c = compare([str(SAMPLES)])
    assert len(c.articles) == 5
    return c


@pytest.mark.parametrize("which", ["hand", "samples"])
def test_html_is_self_contained(which: str, samples: Comparison) -> None:
    c = hand_comparison() if which == "hand" else samples
    html = to_html(c, ALL_SECTIONS).lower()
    assert html.startswith("<!doctype html>")
    assert "<script" not in html
    assert "<link" not in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "@import" not in html and "url(" not in html
    assert "@page" in html and "break-inside: avoid" in html and "<thead>" in html


def test_article_markup_is_escaped() -> None:
    html = to_html(hand_comparison(), ALL_SECTIONS)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "Daily &lt;Planet&gt;" in html
    assert "<b>bold</b>" not in html and "<Planet>" not in html


@pytest.mark.parametrize("section", list(Section))
def test_every_section_heading(section: Section) -> None:
    html = to_html(hand_comparison(), ALL_SECTIONS)
    assert f">{section.heading}</h2>" in html
    without = to_html(hand_comparison(), SheetOptions(sections=frozenset(Section) - {section}))
    assert f">{section.heading}</h2>" not in without


def test_full_texts_off_by_default() -> None:
    assert Section.FULL_TEXTS not in SheetOptions().sections
    assert ">Full texts</h2>" not in to_html(hand_comparison())


def test_matrix_cells_and_legend() -> None:
    html = to_html(hand_comparison(), FIXED)
    matrix = html[html.index(">Coverage matrix</h2>") : html.index(">Contradictions</h2>")]
    rows = re.findall(r"<tr><td><span class='small'>(G\d)</span>.*?</tr>", matrix)
    assert rows == ["G2", "G1"]  # the disagreement first
    g2 = re.search(r"<tr><td><span class='small'>G2</span>(.*?)</tr>", matrix)
    assert g2 is not None
    cells = re.findall(r"<td class='sym (\w+)'[^>]*>(.)</td>", g2.group(1))
    assert cells == [("contradicts", "≠"), ("contradicts", "≠"), ("omits", "—")]
    g1 = re.search(r"<tr><td><span class='small'>G1</span>(.*?)</tr>", matrix)
    assert g1 is not None
    assert re.findall(r"<td class='sym (\w+)'", g1.group(1)) == ["states"] * 3
    for word, symbol in MATRIX_SYMBOLS.items():
        assert f"<b>{symbol}</b> {word} it" in matrix or f"<b>{symbol}</b> {word} another" in matrix


def test_contradiction_shows_both_wordings_with_marked_words() -> None:
    html = to_html(hand_comparison(), FIXED)
    part = html[html.index(">Contradictions</h2>") : html.index(">Shared claims</h2>")]
    assert "A1 says 12 people died; A2 says 30." in part
    assert '<span class="diff"><b><u>12</u></b></span>' in part
    assert '<span class="diff"><b><u>30</u></b></span>' in part
    assert "Daily &lt;Planet&gt;" in part and "Evening Post" in part
    assert "number" in part


def test_differing_words_marks_only_the_difference() -> None:
    a, b = differing_words("The storm reached the coast.", "The storm hit the coast.")
    assert a == 'The storm <span class="diff"><b><u>reached</u></b></span> the coast.'
    assert b == 'The storm <span class="diff"><b><u>hit</u></b></span> the coast.'
    same_a, _ = differing_words("Same words <here>.", "same words <here>")
    assert "diff" not in same_a and "&lt;here&gt;" in same_a


def test_status_filter_drops_sections_and_rows() -> None:
    only = SheetOptions(statuses=frozenset({Status.CONTRADICTED}), printed=datetime.date(2025, 12, 1))
    html = to_html(hand_comparison(), only)
    assert ">Contradictions</h2>" in html
    assert ">Shared claims</h2>" not in html and ">Unique claims</h2>" not in html
    matrix = html[html.index(">Coverage matrix</h2>") :]
    assert "<span class='small'>G2</span>" in matrix and "<span class='small'>G1</span>" not in matrix
    assert "showing only contradicted claims" in html


def test_unique_and_shared_sections() -> None:
    html = to_html(hand_comparison(), FIXED)
    shared = html[html.index(">Shared claims</h2>") : html.index(">Unique claims</h2>")]
    assert "The storm reached the coast on Monday." in shared and "A1, A2, A3" in shared
    unique = html[html.index(">Unique claims</h2>") :]
    assert "Schools stay closed until Friday." in unique
    assert "The storm reached the coast" not in unique


def test_full_texts_highlight_by_status() -> None:
    html = to_html(hand_comparison(), ALL_SECTIONS)
    full = html[html.index(">Full texts</h2>") :]
    for status in Status:
        st = STATUS_STYLES[status]
        assert f'background-color:{st.tint_light}"><b>[{st.symbol}]</b>' in full


def test_title_user_then_headlines_then_count() -> None:
    c = hand_comparison()
    assert sheet_title(c, "My title") == "My title"
    assert to_html(c, title="<My> title").count("<h1>&lt;My&gt; title</h1>") == 1
    assert sheet_title(c) == "Storm Floods Coastal Town"  # words in 2 of 3 headlines
    assert sheet_title(Comparison()) == "Comparison of 0 sources"
    files = [Article(f"A{i}", f"/x/{i}.txt", f"{i}.txt", None, None, "") for i in range(2)]
    assert common_headline(files) is None


def test_samples_title_and_sources(samples: Comparison) -> None:
    html = to_html(samples, FIXED)
    title = sheet_title(samples)
    assert title and "Comparison of" not in title
    assert f"<h1>{title}</h1>" in html.replace("&amp;", "&")
    for a in samples.articles:
        assert a.path is not None and Path(a.path).name in html
    assert "printed 2025-12-01" in html


@pytest.mark.parametrize(
    ("env", "size"),
    [
        ({"LANG": "en_US.UTF-8"}, "Letter"),
        ({"LANG": "fr_CA.UTF-8"}, "Letter"),
        ({"LANG": "es_MX"}, "Letter"),
        ({"LANG": "en_GB.UTF-8"}, "A4"),
        ({"LANG": "en_US.UTF-8", "LC_PAPER": "de_DE.UTF-8"}, "A4"),
        ({"LC_ALL": "en_PH.UTF-8", "LANG": "de_DE"}, "Letter"),
        ({"LANG": "C.UTF-8"}, "A4"),
        ({}, "A4"),
    ],
)
def test_default_page_size(env: dict[str, str], size: str) -> None:
    assert default_page_size(env) == size


def test_options_reject_unknown_paper() -> None:
    with pytest.raises(ValueError):
        SheetOptions(page_size="A5")
    with pytest.raises(ValueError):
        SheetOptions(orientation="sideways")


def test_short_wording() -> None:
    assert short_wording("short\n text") == "short text"
    cut = short_wording("word " * 40, 30)
    assert cut.endswith("…") and len(cut) <= 30 and not cut[:-1].endswith(" ")


@pytest.mark.parametrize("which", ["hand", "samples"])
def test_csv_round_trips(which: str, samples: Comparison) -> None:
    c = hand_comparison() if which == "hand" else samples
    rows = read_csv(to_csv(c))
    assert len(rows) == len(c.claims)
    for row, claim in zip(rows, c.claims, strict=True):
        assert row["claim"] == claim.id
        assert row["article"] == claim.article
        assert row["source_title"] == c.article(claim.article).title
        assert Status(row["status"]) is claim.status
        assert (row["group"] or None) == claim.group
        assert tuple(row["sources"].split(";")) == claim.sources
        assert (int(row["start"]), int(row["end"])) == (claim.start, claim.end)
        assert row["text"] == claim.text


def test_csv_keeps_quotes_commas_newlines() -> None:
    c = hand_comparison()
    tricky = next(cl for cl in c.claims if "<script>" in cl.text)
    assert '"' in tricky.text and "," in tricky.text and "\n" in tricky.text
    rows = read_csv(to_csv(c))
    assert [r["text"] for r in rows if r["claim"] == tricky.id] == [tricky.text]
    assert to_csv(c).splitlines()[0] == "claim,article,source_title,status,group,sources,start,end,text"


def test_full_texts_grey_out_boilerplate() -> None:
    text = "Advertisement\nThe storm reached the coast."
    art = Article("A1", None, "Storm", None, None, text, boilerplate=((0, 13),))
    claim = Claim("A1.c1", "A1", 14, len(text), text[14:], Status.UNIQUE, None, ("A1",))
    html = to_html(Comparison((art,), (claim,)), ALL_SECTIONS)
    full = html[html.index(">Full texts</h2>") :]
    assert 'font-size:7.5pt">Advertisement</span><br>' in full
    assert "[○]</b>&nbsp;The storm reached the coast.</span>" in full


def test_the_sheet_shows_each_disagreement_once_with_its_sides() -> None:
    """Three sources, two pairs, one disagreement: one table, one column per side, the detail once."""
    base = hand_comparison()
    a3 = base.articles[2]
    text3 = "Officials said 30 people died in the floods."
    a3 = Article(a3.id, a3.path, a3.title, "Morning <Star>", a3.published, text3)
    k = Status.CONTRADICTED
    claims = [c for c in base.claims if c.article != "A3"]
    claims.append(Claim("A3.c1", "A3", 0, len(text3), text3, k, "G2", ("A1", "A2", "A3")))
    pairs = (
        Contradiction("G2", ("A1.c2", "A2.c2"), "number", "pair one", 1.0, values=("12 people", "30 people")),
        Contradiction("G2", ("A1.c2", "A3.c1"), "number", "pair two", 1.0, values=("12 people", "30 people")),
    )
    from viewer.core.contradict.disagree import disagreements_of

    ds = tuple(disagreements_of(pairs, claims))
    c = Comparison((*base.articles[:2], a3), tuple(claims), base.groups, pairs, disagreements=ds)
    html = to_html(c, FIXED)
    part = html[html.index(">Contradictions</h2>") : html.index(">Shared claims</h2>")]
    assert part.count("<table") == 1 and part.count("<th ") == 2
    assert "pair one" not in part and "pair two" not in part
    assert "<b>Why:</b> 12 people (A1) vs 30 people (A2, A3)" in part
    second = part.split("<th ")[2].split("</th>")[0]
    assert "Evening Post" in second and "Morning &lt;Star&gt;" in second
    assert "<td><b>12 people</b></td>" in part and "<td><b>30 people</b></td>" in part
    assert '<span class="diff"><b><u>12</u></b></span>' in part
    assert "1 disagreement found" in html


def test_contradictions_are_described_in_words_not_codes() -> None:
    html = to_html(hand_comparison(), FIXED)
    part = html[html.index(">Contradictions</h2>") :]
    assert "The numbers differ" in part and "clear disagreement" in part
    assert "strength" not in part and "0.90" not in part
    assert not re.search(r"<h3>[^<]*·\s*G2", part)  # no group code in the heading


@pytest.mark.parametrize(
    ("kind", "strength", "words"),
    [
        ("number", 1.0, ("The numbers differ", "clear disagreement")),
        ("role", 0.9, ("role or title", "clear disagreement")),
        ("attribution", 0.6, ("credit the statement", "likely disagreement")),
        ("quote", 0.3, ("quoted words", "possible disagreement")),
        ("made_up_kind", 0.7, ("Made up kind", "likely disagreement")),
    ],
)
def test_kind_and_strength_words(kind: str, strength: float, words: tuple[str, str]) -> None:
    from viewer.core.report.parts import kind_words, strength_words

    assert words[0] in kind_words(kind)
    assert strength_words(strength).startswith(words[1])


def test_a_cut_claim_in_the_matrix_keeps_its_full_wording() -> None:
    from viewer.core.report.parts import matrix_notes, matrix_wording

    notes: list[str] = []
    long = "The council said <the> bridge " + "would stay closed for many more weeks " * 4
    cell = matrix_wording(long, 40, notes)
    assert notes == [" ".join(long.split())]
    assert 'title="The council said &lt;the&gt; bridge' in cell and cell.endswith("<sup>1</sup>")
    assert "<li>The council said &lt;the&gt; bridge" in matrix_notes(notes)
    assert matrix_wording("Short claim.", 40, notes) == "Short claim." and len(notes) == 1
    assert matrix_notes([]) == ""


@pytest.mark.parametrize(
    ("values", "value_row"),
    [
        (("12 people", "30 people"), True),  # the engine's: what each side says, then the wordings
        ((), False),  # the reviewer's: the sides' values are their whole wordings, said once
    ],
)
def test_a_sides_value_is_shown_once(values: tuple[str, ...], value_row: bool) -> None:
    from dataclasses import replace

    from viewer.core.contradict.disagree import disagreements_of

    base = hand_comparison()
    pair = replace(base.contradictions[0], values=values)
    c = replace(base, contradictions=(pair,), disagreements=tuple(disagreements_of([pair], base.claims)))
    html = to_html(c, FIXED)
    part = html[html.index(">Contradictions</h2>") : html.index(">Shared claims</h2>")]
    first = base.claim(pair.claims[0]).text
    assert part.count(f"<td><b>{first}</b></td>") == 0
    assert ("<td><b>12 people</b></td>" in part) is value_row
