"""Four short reports of one invented earthquake, as a user brings them: a Markdown note, a saved web page
with its menu and promotion, the page printed to PDF by a browser (header and footer lines in the text
layer), and a Word file. Page furniture stays in the text but is never a claim; bylines, datelines and a
title's site suffix fill the metadata; claims are whole statements with exact offsets."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from viewer.core.model import Article
from viewer.core.pipeline import compare
from viewer.core.read.ingest import read_article

TITLE = "Magnitude 6.1 quake strikes northern Chile"
LEAD = (
    "A magnitude 6.1 earthquake struck northern Chile on Tuesday, killing at least 12 people in the port "
    "city of Arica."
)
BACKGROUND = (
    "In 2004, a magnitude 9.1 quake off Sumatra set off a tsunami that killed about 230,000 people around "
    "the Indian Ocean."
)

MARKDOWN = f"""# {TITLE}

*Reuters, 2 July 2013*

{LEAD}

The tense standoff between the port workers and the city council ended as crews cleared the docks.

## What Happens Next?

Rescue teams searched the rubble through the night, and the government declared a state of emergency.

{BACKGROUND}
"""

HTML = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Quake kills 12 in northern Chile | Andes Daily</title></head>
<body><article>
<p>Home News Sport Subscribe now!</p>
<h1>Quake kills 12 in northern Chile</h1>
<p>By Staff Reporter, July 2, 2013</p>
<p>{LEAD}</p>
<h2>Rescue Teams Race the Clock</h2>
<p>Rescue teams searched the rubble through the night, and the government declared a state of emergency
in the region.</p>
<p>Most read: Celebrity gossip, royal weddings and more</p>
<p>{BACKGROUND}</p>
<p>© 2013 Andes Daily. All rights reserved.</p>
</article></body></html>
"""

PRINT_HEADER = "7/2/13, 10:15 AM Quake kills 12 in northern Chile | Andes Daily"
PRINT_FOOTER = "file:///home/reporter/quake.html 1/1"
PDF_LINES = [
    PRINT_HEADER,
    "Quake kills 12 in northern Chile",
    "By Staff Reporter, July 2, 2013",
    "A magnitude 6.1 earthquake struck northern Chile on Tuesday, killing at",
    "least 12 people in the port city of Arica.",
    "Rescue teams searched the rubble through the night, and the government",
    "declared a state of emergency in the region.",
    PRINT_FOOTER,
]

DOCX_PARAGRAPHS = (
    "Andes Wire, 3 July 2013",
    "The death toll from the magnitude 6.1 quake in northern Chile rose to 12 on Wednesday, officials said.",
    "The quake damaged the harbour wall, and the town's fishermen lost dozens of boats overnight.",
)

# lines that must never be, or be inside, a claim
FURNITURE = (
    "Reuters, 2 July 2013",
    "What Happens Next?",
    "Home News Sport Subscribe now!",
    "By Staff Reporter, July 2, 2013",
    "Rescue Teams Race the Clock",
    "Most read:",
    "All rights reserved",
    "7/2/13, 10:15 AM",
    "file:///",
    "Andes Wire, 3 July 2013",
    "Rescue Efforts Go On",
)


def _pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` one under another, as a browser prints a page."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=612, height=792)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    ops = ["BT /F1 11 Tf 14 TL 36 760 Td"]
    for ln in lines:
        ops.append("({}) Tj T*".format(ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")))
    ops.append("ET")
    stream = DecodedStreamObject()
    stream.set_data("\n".join(ops).encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    writer.add_metadata({"/Title": "Quake kills 12 in northern Chile | Andes Daily"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Chile quake toll rises to 12", level=1)
    document.add_paragraph(DOCX_PARAGRAPHS[0])
    document.add_paragraph(DOCX_PARAGRAPHS[1])
    document.add_heading("Rescue Efforts Go On", level=2)
    document.add_paragraph(DOCX_PARAGRAPHS[2])
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.fixture
def corpus(tmp_path: Path) -> dict[str, Path]:
    files = {
        "md": (tmp_path / "1 note.md", MARKDOWN.encode()),
        "html": (tmp_path / "2 page.html", HTML.encode()),
        "pdf": (tmp_path / "3 printed.pdf", _pdf_bytes(PDF_LINES)),
        "docx": (tmp_path / "4 word.docx", _docx_bytes()),
    }
    for path, data in files.values():
        path.write_bytes(data)
    return {k: p for k, (p, _) in files.items()}


@pytest.mark.parametrize(
    ("kind", "title", "outlet", "published"),
    [
        ("md", TITLE, "Reuters", "2013-07-02"),
        ("html", "Quake kills 12 in northern Chile", "Andes Daily", "2013-07-02"),
        ("pdf", "Quake kills 12 in northern Chile", "Andes Daily", "2013-07-02"),
        ("docx", "Chile quake toll rises to 12", "Andes Wire", "2013-07-03"),
    ],
)
def test_metadata_filled(corpus: dict[str, Path], kind: str, title: str, outlet: str, published: str) -> None:
    art = read_article(str(corpus[kind]), "A1")
    assert (art.title, art.outlet, art.published) == (title, outlet, published)
    if kind == "html":  # the page's title loses its suffix in the text too, and is not shown twice
        assert art.text.startswith("Home News Sport Subscribe now!\n\nQuake kills 12 in northern Chile\n\nBy")


def _boilerplate_covers(art: Article, needle: str) -> bool:
    at = art.text.find(needle)
    return any(s <= at < e for s, e in art.boilerplate)


def test_furniture_is_visible_but_never_a_claim(corpus: dict[str, Path]) -> None:
    comparison = compare([str(p) for p in corpus.values()])
    assert not comparison.problems
    texts = {a.id: a.text for a in comparison.articles}
    for claim in comparison.claims:
        assert texts[claim.article][claim.start : claim.end] == claim.text
        for line in FURNITURE:
            assert line not in claim.text, (claim.text, line)
    shown = "\n".join(texts.values())
    for line in (
        "Reuters, 2 July 2013",
        "What Happens Next?",
        PRINT_HEADER,
        PRINT_FOOTER,
        "Rescue Efforts Go On",
    ):
        assert line in shown  # still in the text the reader sees
    by_path = {Path(a.path or "").suffix: a for a in comparison.articles}
    assert _boilerplate_covers(by_path[".pdf"], PRINT_HEADER)
    assert _boilerplate_covers(by_path[".pdf"], PRINT_FOOTER)
    assert _boilerplate_covers(by_path[".md"], "Reuters, 2 July 2013")


def test_claims_are_whole_statements(corpus: dict[str, Path]) -> None:
    comparison = compare([str(p) for p in corpus.values()])
    claims = {c.text for c in comparison.claims}
    # a conjunction inside a noun phrase does not cut
    assert any(
        t.startswith("The tense standoff between the port workers and the city council ended") for t in claims
    )
    # two complete clauses are two claims, in every format
    assert sum(t.startswith("Rescue teams searched the rubble through the night") for t in claims) >= 1
    assert any(t.startswith("the government declared a state of emergency") for t in claims)
    # a paragraph written over two lines of the page's source (or of the printed page) is one paragraph
    html_claims = [c.text for c in comparison.claims if c.article == "A2"]
    assert "the government declared a state of emergency in the region." in html_claims
    assert "the town's fishermen lost dozens of boats overnight." in claims
    # the lead (lines rejoined in the PDF) is one claim everywhere
    assert LEAD in claims
    assert BACKGROUND in claims
    assert sum(c.text == LEAD for c in comparison.claims) >= 3  # note, page and printed page
