"""Reading files into articles: formats, encodings, metadata, bad input, and never touching the input.

Every file is generated here, in ``tmp_path``; the table pairs a file maker with what reading it must give.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from viewer.core.read.ingest import (
    MAX_CHARS,
    OFFLINE_MESSAGE,
    SUPPORTED_SUFFIXES,
    IngestError,
    article_from_text,
    expand_inputs,
    find_date,
    read_article,
)

STORY = (
    "A powerful storm struck the northern coast on Monday, cutting power to thousands of homes.\n"
    "Officials said the winds reached 120 kilometres an hour near the harbour.\n"
)
LONG_SENTENCE = (
    "President Donald Trump delivered a stern ultimatum to Nicolás Maduro to leave Venezuela immediately "
    "before announcing the country's airspace should be closed, according to a report."
)


# -- file makers ----------------------------------------------------------------------------------------


def pdf_bytes(pages: list[list[str]], *, title: str | None = None, password: str | None = None) -> bytes:
    """A small PDF whose pages show ``pages`` line by line in Helvetica (an empty page has no text)."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    for lines in pages:
        page = writer.add_blank_page(width=612, height=792)
        if not lines:
            continue
        font = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
        fonts = DictionaryObject({NameObject("/F1"): writer._add_object(font)})
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        ops = ["BT /F1 11 Tf 14 TL 72 720 Td"]
        for ln in lines:
            esc = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({esc}) Tj T*")
        ops.append("ET")
        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    if title:
        writer.add_metadata({"/Title": title})
    if password:
        writer.encrypt(password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


PDF_PAGES = [
    [
        "Storm hits the coast",
        "A powerful storm struck the northern coast on Monday, cutting power to",
        "thousands of homes and closing roads across the region. The inter-",
        "national airport was shut.",
        "Officials said the winds reached 120 kilometres an hour near the harbour,",
        "where boats were torn from their moorings.",
        "1",
    ],
    ["Crews worked through the night to restore electricity to the many", "homes that lost it.", "2"],
]


def docx_bytes(
    *, core_title: str = "", heading: str | None = None, paragraphs: tuple[str, ...] = ()
) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = core_title
    if heading:
        document.add_heading(heading, level=1)
    for p in paragraphs:
        document.add_paragraph(p)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Wind speed"
    table.cell(0, 1).text = "120 km/h"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def zip_bytes(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Storm hits coast | Daily Planet</title>
<meta property="og:site_name" content="Daily Planet"><meta property="og:title" content="Storm hits coast">
<meta property="article:published_time" content="2025-12-01T10:45:00Z">
<script>var tracker = "SCRIPTTEXT";</script><style>.x{color:red}</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World NAVTEXT</a></nav>
<article><h1>Storm hits coast</h1>
<p>A powerful storm struck the northern coast on Monday, cutting power to thousands of homes and closing
roads across the region.</p>
<p>Officials said the winds reached 120 kilometres an hour near the harbour, where several boats were torn
from their moorings.</p>
<div class="advertisement">ADTEXT Buy now</div>
<p>Emergency crews worked through the night to restore electricity, and the mayor asked residents to stay
indoors until the warning is lifted.</p>
</article><footer>FOOTERTEXT Copyright 2025</footer></body></html>
"""
CP1252_PAGE = (
    "<html><head><meta charset='windows-1252'><title>Café news</title></head><body><nav>Menu NAVTEXT</nav>"
    "<article><p>The café “reopened” on Monday after a long closure that lasted most of the year, its owner "
    "said in an interview with local reporters.</p><p>It serves coffee — and cake — to the whole "
    "neighbourhood, which had missed it during the months of renovation work.</p></article></body></html>"
)


@dataclass
class Case:
    name: str
    filename: str
    make: Callable[[], bytes]
    contains: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    starts: str | None = None
    error: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


CASES = [
    Case(
        "utf8 with headline",
        "a.txt",
        lambda: ("Storm hits the northern coast\n" + STORY).encode(),
        contains=("120 kilometres",),
        title="Storm hits the northern coast",
    ),
    Case(
        "utf8 with BOM", "a.txt", lambda: ("\ufeffStorm hits coast\n" + STORY).encode(), starts="Storm hits"
    ),
    Case(
        "utf16 le BOM",
        "a.txt",
        lambda: ("Sturm über der Küste\n" + STORY).encode("utf-16"),
        title="Sturm über der Küste",
    ),
    Case(
        "utf16 be BOM",
        "a.txt",
        lambda: b"\xfe\xff" + ("Kühe am Strand\n" + STORY).encode("utf-16-be"),
        title="Kühe am Strand",
    ),
    Case(
        "windows-1252",
        "a.txt",
        lambda: ("Café owners protest\nThey said the “new rules” cost them €5,000 — a naïve plan.\n").encode(
            "cp1252"
        ),
        contains=("“new rules”", "€5,000 — a naïve"),
        title="Café owners protest",
    ),
    Case(
        "latin-1",
        "a.txt",
        lambda: "Le café était plein\nLa société a dit non à l'été.\n".encode("latin-1"),
        contains=("La société a dit non à l'été.",),
        title="Le café était plein",
    ),
    Case(
        "crlf to lf",
        "a.txt",
        lambda: b"Storm hits coast\r\nFirst line here.\r\nSecond line.\r\n",
        absent=("\r",),
        contains=("here.\nSecond",),
    ),
    Case(
        "stray nul removed",
        "a.txt",
        lambda: b"Storm hits coast\nThe st\x00orm came.\n",
        absent=("\x00",),
        contains=("The storm came.",),
    ),
    Case(
        "fox boilerplate line skipped for title, date and outlet read",
        "a.txt",
        lambda: (
            f" date 2025-11-30 NEW You can now listen to Fox News articles!\n\n{LONG_SENTENCE}\n".encode()
        ),
        title="President Donald Trump delivered a stern ultimatum to Nicolás Maduro to leave…",
        published="2025-11-30",
        outlet="Fox News",
    ),
    Case(
        "yahoo dot prefix",
        "a.txt",
        lambda: (
            b"White House gives Maduro ultimatum\n"
            b"\xc2\xb7 Yahoo NewsAs Washington prepares, a call was made.\n"
        ),
        outlet="Yahoo News",
        title="White House gives Maduro ultimatum",
    ),
    Case(
        "published line at the bottom",
        "a.txt",
        lambda: ("Storm hits coast\n" + STORY * 10 + "Published: Dec 1, 2025 10:45 am\n").encode(),
        published="2025-12-01",
    ),
    Case(
        "weekday date line",
        "a.txt",
        lambda: ("Storm hits coast\nTuesday, July 2nd, 2013\n" + STORY).encode(),
        published="2013-07-02",
    ),
    Case(
        "markdown heading title",
        "a.md",
        lambda: ("# Storm hits *the* coast\n\n" + STORY).encode(),
        title="Storm hits the coast",
        starts="Storm hits the coast\n\n",
    ),
    Case(
        "html main text only",
        "a.html",
        lambda: PAGE.encode(),
        contains=("120 kilometres an hour", "indoors until the warning"),
        absent=("NAVTEXT", "SCRIPTTEXT", "FOOTERTEXT", "color:red", "<p>"),
        title="Storm hits coast",
        outlet="Daily Planet",
        published="2025-12-01",
        starts="Storm hits coast\n\nA powerful storm",
    ),
    Case(
        "html in windows-1252",
        "a.htm",
        lambda: CP1252_PAGE.encode("cp1252"),
        contains=("The café “reopened”", "coffee — and cake"),
        absent=("NAVTEXT",),
        title="Café news",
    ),
    Case(
        "html without text",
        "a.html",
        lambda: b"<html><body><script>x()</script></body></html>",
        error="no article text",
    ),
    Case(
        "pdf text layer",
        "a.pdf",
        lambda: pdf_bytes(PDF_PAGES),
        contains=(
            "closing roads across the region. The international airport was shut.",
            "cutting power to thousands",
            "shut.\n\nOfficials",
            "restore electricity to the many homes",
        ),
        absent=("inter-", "\n1\n", "\n2\n"),
        title="Storm hits the coast",
    ),
    Case(
        "pdf metadata title",
        "a.pdf",
        lambda: pdf_bytes(PDF_PAGES, title="Coast storm report"),
        title="Coast storm report",
    ),
    Case("pdf scanned", "a.pdf", lambda: pdf_bytes([[], []]), error="no text layer"),
    Case("pdf with password", "a.pdf", lambda: pdf_bytes(PDF_PAGES, password="secret"), error="password"),
    Case(
        "pdf damaged",
        "a.pdf",
        lambda: b"%PDF-1.4\nthis is not really a pdf\n",
        error="this PDF cannot be read",
    ),
    Case(
        "docx with core title",
        "a.docx",
        lambda: docx_bytes(
            core_title="Coast storm report",
            heading="Storm hits coast",
            paragraphs=("The storm came on Monday.",),
        ),
        title="Coast storm report",
        contains=("Storm hits coast\n\nThe storm came on Monday.", "Wind speed | 120 km/h"),
    ),
    Case(
        "docx heading title",
        "a.docx",
        lambda: docx_bytes(paragraphs=("Intro line.",), heading="Storm hits coast"),
        title="Storm hits coast",
    ),
    Case(
        "docx zip bomb by size",
        "a.docx",
        lambda: zip_bytes({"word/document.xml": bytes(60 * 1024 * 1024)}),
        error="50 MB",
    ),
    Case(
        "docx zip bomb by ratio",
        "a.docx",
        lambda: zip_bytes({"word/document.xml": bytes(5 * 1024 * 1024)}),
        error="zip bomb",
    ),
    Case("docx not a zip", "a.docx", lambda: b"plain words, not a document", error="not a valid Word"),
    Case(
        "docx zip without document",
        "a.docx",
        lambda: zip_bytes({"hello.txt": b"hi"}),
        error="not a valid Word",
    ),
    Case("empty file", "a.txt", lambda: b"", error="empty"),
    Case("whitespace only", "a.txt", lambda: b"  \n\t\r\n   \n", error="only whitespace"),
    Case("binary under a text name", "a.txt", lambda: bytes(range(256)) * 40, error="not text"),
    Case("png under a text name", "a.txt", lambda: b"\x89PNG\r\n\x1a\n" + bytes(100), error="PNG image"),
    Case("control characters", "a.md", lambda: b"\x01\x02\x03\x04\x05\x06\x07\x08abc" * 50, error="not text"),
    Case(
        "too many characters", "a.txt", lambda: b"word " * (MAX_CHARS // 5 + 1), error="2,000,000 characters"
    ),
    Case("unsupported suffix", "a.xyz", lambda: STORY.encode(), error=".docx"),
    Case("old word", "a.doc", lambda: STORY.encode(), error="save the document as .docx"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_read_article(tmp_path: Path, case: Case) -> None:
    path = tmp_path / case.filename
    data = case.make()
    path.write_bytes(data)
    os.utime(path, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    before = path.stat().st_mtime_ns
    if case.error:
        with pytest.raises(IngestError) as info:
            read_article(str(path), "A1")
        assert case.error in str(info.value)
        assert str(path) not in str(info.value)  # the pipeline puts the path in front
    else:
        article = read_article(str(path), "A1")
        assert article.id == "A1" and article.path == str(path)
        for s in case.contains:
            assert s in article.text
        for s in case.absent:
            assert s not in article.text
        if case.starts is not None:
            assert article.text.startswith(case.starts)
        if case.title is not None:
            assert article.title == case.title
        if case.published is not None:
            assert article.published == case.published
        if case.outlet is not None:
            assert article.outlet == case.outlet
        assert "\r" not in article.text and "\x00" not in article.text
    # never modified, never accompanied by a new file
    assert path.read_bytes() == data
    assert path.stat().st_mtime_ns == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [case.filename]


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with open(path, "wb") as fh:
        fh.truncate(21 * 1024 * 1024)  # sparse: no need to write 21 MB
    with pytest.raises(IngestError, match="20 MB"):
        read_article(str(path), "A1")


def test_title_fallback_is_a_cut_first_sentence_not_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "003_d3d56ab8aa9f7a86.txt"
    path.write_text(LONG_SENTENCE + " More follows here.\n", encoding="utf-8")
    title = read_article(str(path), "A1").title
    assert title.endswith("…") and len(title) <= 81
    assert LONG_SENTENCE.startswith(title[:-1])
    assert "d3d56ab8" not in title


def test_short_first_sentence_is_the_title() -> None:
    a = article_from_text("The storm came. It was bad and lasted the whole night long.\n", article_id="A1")
    assert a.title == "The storm came."


def test_text_is_normalised_and_shown_as_is() -> None:
    a = article_from_text("Title line here\r\nBody one.\rBody\x00 two.\n", article_id="A1")
    assert a.text == "Title line here\nBody one.\nBody two.\n"


def test_given_metadata_wins_over_the_text() -> None:
    a = article_from_text(
        "date 2025-11-30 NEW You can now listen to Fox News articles!\nStorm hits coast\n",
        article_id="A1",
        title="Given",
        outlet="Given Outlet",
        published="2020-01-02",
    )
    assert (a.title, a.outlet, a.published) == ("Given", "Given Outlet", "2020-01-02")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("date 2025-11-30", "2025-11-30"),
        ("Published: Dec 1, 2025 10:45 am", "2025-12-01"),
        ("Tuesday, July 2nd, 2013", "2013-07-02"),
        ("Sept. 3, 2021", "2021-09-03"),
        ("2 July 2013", "2013-07-02"),
        ("date 2025-02-30", None),
        ("Storm hits coast", None),
        ("Foo 3, 2021", None),
    ],
)
def test_find_date(line: str, iso: str | None) -> None:
    assert find_date(line) == iso


# -- where the file is not a readable file --------------------------------------------------------------


def test_missing_file() -> None:
    with pytest.raises(IngestError, match="does not exist"):
        read_article("/nonexistent/dir/a.txt", "A1")


def test_folder_where_a_file_is_expected(tmp_path: Path) -> None:
    folder = tmp_path / "x.txt"
    folder.mkdir()
    with pytest.raises(IngestError, match="folder, not a file"):
        read_article(str(folder), "A1")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(IngestError, match="permission denied"):
            read_article(str(path), "A1")
    finally:
        path.chmod(0o644)


def test_permission_denied_even_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import viewer.core.read.ingest as ingest

    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(ingest, "open", refuse, raising=False)
    with pytest.raises(IngestError, match="permission denied"):
        read_article(str(path), "A1")


def test_file_vanished_between_listing_and_reading(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    files, problems = expand_inputs([str(tmp_path)])
    assert files == [str(tmp_path / "a.txt")] and not problems
    (tmp_path / "a.txt").unlink()
    with pytest.raises(IngestError, match="does not exist"):
        read_article(files[0], "A1")


def test_file_vanished_between_stat_and_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    real_stat = os.stat

    def stat_then_vanish(p: str, *args: object, **kwargs: object) -> os.stat_result:
        result = real_stat(p)
        if p == str(path):
            path.unlink()
        return result

    monkeypatch.setattr(os, "stat", stat_then_vanish)
    with pytest.raises(IngestError, match="vanished"):
        read_article(str(path), "A1")


def test_url_is_refused_with_offline_advice() -> None:
    with pytest.raises(IngestError) as info:
        read_article("https://example.com/story.html", "A1")
    assert "works offline" in str(info.value) and "Save Page As" in str(info.value)


# -- expand_inputs ---------------------------------------------------------------------------------------


def test_expand_folder_in_name_order_hidden_and_unsupported_skipped(tmp_path: Path) -> None:
    for name in ("b.TXT", "a.md", "c.html", ".hidden.txt", "notes.xyz", "part 10.pdf", "part 2.docx"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "sub.txt").mkdir()
    files, problems = expand_inputs([str(tmp_path)])
    assert [os.path.basename(f) for f in files] == ["a.md", "b.TXT", "c.html", "part 2.docx", "part 10.pdf"]
    assert problems == []


@pytest.mark.parametrize(
    ("names", "reason"),
    [((), "the folder is empty"), (("a.xyz", "b.jpg"), "no article files"), ((".hidden.txt",), "empty")],
)
def test_expand_folder_without_articles(tmp_path: Path, names: tuple[str, ...], reason: str) -> None:
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    files, problems = expand_inputs([str(tmp_path)])
    assert files == []
    assert len(problems) == 1 and problems[0].path == str(tmp_path) and reason in problems[0].reason


def test_expand_keeps_files_and_missing_paths_in_order(tmp_path: Path) -> None:
    (tmp_path / "z.txt").write_bytes(b"x")
    files, problems = expand_inputs([str(tmp_path / "z.txt"), str(tmp_path / "missing.txt")])
    assert files == [str(tmp_path / "z.txt"), str(tmp_path / "missing.txt")]
    assert problems == []


@pytest.mark.parametrize(
    "url", ["https://example.com/a", "http://news.example/x.html", "www.example.com/story"]
)
def test_expand_url_is_a_problem(url: str) -> None:
    files, problems = expand_inputs([url])
    assert files == [] and len(problems) == 1
    assert problems[0].reason == OFFLINE_MESSAGE


def test_expand_file_url(tmp_path: Path) -> None:
    (tmp_path / "a b.txt").write_bytes(b"x")
    files, _ = expand_inputs([(tmp_path / "a b.txt").as_uri()])
    assert files == [str(tmp_path / "a b.txt")]


def test_supported_suffixes_cover_every_format() -> None:
    assert {".txt", ".md", ".html", ".htm", ".pdf", ".docx"} <= set(SUPPORTED_SUFFIXES)


def test_heavy_libraries_are_not_imported_with_ingest() -> None:
    code = (
        "import sys, viewer.core.read.ingest, viewer.core.pipeline\n"
        "heavy = ('trafilatura', 'pypdf', 'docx', 'charset_normalizer', 'lxml')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


FULL = "A line of prose that runs to the full width of the column of this page and"


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        (
            [f"Title here\n{FULL}\nends here.\nNext paragraph."],
            f"Title here\n\n{FULL} ends here.\n\nNext paragraph.\n",
        ),
        ([f"{FULL} inter-\nnational talks.\n"], f"{FULL} international talks.\n"),
        ([f"{FULL} inter\u00ad\nnational talks."], f"{FULL} international talks.\n"),
        ([f"{FULL} Covid-\n19 rules."], f"{FULL} Covid- 19 rules.\n"),
        ([f"1\n{FULL}\n3", "Page 2 of 3\ngoes on here.\n2"], f"{FULL} goes on here.\n"),
        (["", " \n "], ""),
    ],
    ids=["paragraphs", "hyphen", "soft hyphen", "hyphen before digit", "page numbers", "blank"],
)
def test_pdf_paragraphs(pages: list[str], expected: str) -> None:
    from viewer.core.read.pdf import pdf_paragraphs

    assert pdf_paragraphs(pages) == expected


def test_boilerplate_spans_mark_page_furniture() -> None:
    text = (
        " date 2025-11-30 NEW You can now listen to Fox News articles!\n\n"
        "White House acts\n"
        "· Yahoo NewsAs Washington prepares, a call was made.\n"
        "Advertisement\n"
        "The call ended badly.\n"
    )
    a = article_from_text(text, article_id="A1")
    assert [a.text[s:e] for s, e in a.boilerplate] == [
        "date 2025-11-30 NEW You can now listen to Fox News articles!",
        "· Yahoo News",
        "Advertisement",
    ]
