"""Comparison -> the printable comparison sheet as one self-contained HTML file, and the claims as CSV.

Qt-free (Picard's ``tagdiffhtml.py`` split): ``viewer.ui.printing`` only puts this HTML into a
``QTextDocument``, so the sheet is tested without Qt and the CLI writes it too. The HTML uses the small
subset of CSS that both browsers and ``QTextDocument`` understand: tables with ``cellpadding``, simple
class selectors, colours, font weights. Every status is shown by a symbol as well as a tint, so the sheet
reads in greyscale; every piece of article text goes through :func:`html.escape`.
"""

from __future__ import annotations

import datetime
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from html import escape

from viewer.core.model import Article, Claim, Comparison, Group, Status
from viewer.core.palette import STATUS_STYLES
from viewer.core.report import reviewed as rv
from viewer.core.report.csv_table import read_csv, to_csv
from viewer.core.report.parts import (
    CSV_FIELDS,
    differing_words,
    matrix_cell,
    short_wording,
    source_label,
)
from viewer.core.report.title import common_headline, sheet_title

__all__ = [
    "CSV_FIELDS",
    "DEFAULT_SECTIONS",
    "LETTER_TERRITORIES",
    "MATRIX_SYMBOLS",
    "Section",
    "SheetOptions",
    "common_headline",
    "default_page_size",
    "read_csv",
    "sheet_title",
    "to_csv",
    "to_html",
]


class Section(StrEnum):
    """The parts of the sheet, in printing order; ``label`` is what the options dialog shows."""

    SOURCES = "sources"
    SUMMARY = "summary"
    MATRIX = "matrix"
    CONTRADICTIONS = "contradictions"
    SHARED = "shared"
    UNIQUE = "unique"
    FULL_TEXTS = "full_texts"

    @property
    def label(self) -> str:
        return _SECTION_LABELS[self]

    @property
    def heading(self) -> str:
        return _SECTION_HEADINGS[self]


_SECTION_LABELS = {
    Section.SOURCES: "Sources table",
    Section.SUMMARY: "Summary counts per source",
    Section.MATRIX: "Coverage matrix",
    Section.CONTRADICTIONS: "Contradictions",
    Section.SHARED: "Shared claims",
    Section.UNIQUE: "Unique claims per source",
    Section.FULL_TEXTS: "Full texts with highlighted claims",
}
_SECTION_HEADINGS = {
    Section.SOURCES: "Sources",
    Section.SUMMARY: "Summary",
    Section.MATRIX: "Coverage matrix",
    Section.CONTRADICTIONS: "Contradictions",
    Section.SHARED: "Shared claims",
    Section.UNIQUE: "Unique claims",
    Section.FULL_TEXTS: "Full texts",
}
DEFAULT_SECTIONS = frozenset(Section) - {Section.FULL_TEXTS}

# Countries whose default paper is US Letter (the rest of the world prints on A4).
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PH"})


def default_page_size(environ: Mapping[str, str] | None = None) -> str:
    """'Letter' where the locale's territory prints on Letter, else 'A4' (POSIX LC_ALL > LC_PAPER > LANG)."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_PAPER", "LANG"):
        value = env.get(var, "")
        if value:
            m = re.match(r"[A-Za-z]{2,3}[_-]([A-Za-z]{2})\b", value)
            return "Letter" if m and m.group(1).upper() in LETTER_TERRITORIES else "A4"
    return "A4"


@dataclass(frozen=True)
class SheetOptions:
    """What to print. ``statuses`` is the sidebar's filter when the user prints only what it shows."""

    title: str | None = None
    sections: frozenset[Section] = DEFAULT_SECTIONS
    statuses: frozenset[Status] = frozenset(Status)
    page_size: str = field(default_factory=default_page_size)  # "A4" or "Letter"
    orientation: str = "portrait"  # or "landscape"
    printed: datetime.date | None = None  # the date on the sheet; today when None
    show_dismissed: bool = False  # list the contradictions the reviewer dismissed

    def __post_init__(self) -> None:
        if self.page_size not in ("A4", "Letter"):
            raise ValueError(f"page size must be 'A4' or 'Letter', not {self.page_size!r}")
        if self.orientation not in ("portrait", "landscape"):
            raise ValueError(f"orientation must be 'portrait' or 'landscape', not {self.orientation!r}")


# -- the HTML -----------------------------------------------------------------------------------------
MATRIX_SYMBOLS = {"states": "●", "omits": "—", "contradicts": "≠"}

_CSS = """
@page { size: %(page)s; margin: 15mm 14mm 16mm 14mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: 'DejaVu Sans', 'Helvetica', 'Arial', sans-serif; font-size: 9.5pt; color: #111; }
h1 { font-size: 17pt; margin: 0 0 2pt 0; }
h2 { font-size: 13pt; margin-top: 18px; margin-bottom: 4px; border-bottom: 1px solid #444; }
h3 { font-size: 10.5pt; margin-top: 10px; margin-bottom: 3px; }
p { margin: 2pt 0 4pt 0; }
.meta { color: #444; font-size: 8.5pt; }
.small { font-size: 8pt; color: #333; }
table { border-collapse: collapse; margin: 2pt 0 6pt 0; }
table.grid { width: 100%%; }
th { background-color: #e8e8e8; text-align: left; font-weight: bold; }
th, td { border: 1px solid #999; vertical-align: top; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.sym, th.sym { text-align: center; white-space: nowrap; }
td.num { text-align: right; white-space: nowrap; }
td.omits { color: #888; }
td.states { font-weight: bold; font-size: 10.5pt; }
td.contradicts { font-weight: bold; font-size: 10.5pt; background-color: %(ktint)s; }
.diff { font-weight: bold; text-decoration: underline; }
.fulltext { line-height: 140%%; }
.pagebreak { page-break-before: always; break-before: page; }
"""


# inline too: QTextDocument does not apply a class rule when a cell has two classes
_CELL_STYLE = {
    "states": " style='font-size:11pt; font-weight:bold'",
    "omits": " style='color:#888888'",
    "contradicts": " style='font-size:11pt; font-weight:bold; background-color:"
    + STATUS_STYLES[Status.CONTRADICTED].tint_light
    + "'",
}


def _h(text: str) -> str:
    return escape(text, quote=True)


def _status_badge(status: Status) -> str:
    st = STATUS_STYLES[status]
    return (
        f'<span style="background-color:{st.tint_light}; font-weight:bold">'
        f"&nbsp;{_h(st.symbol)}&nbsp;{_h(st.label.lower())}&nbsp;</span>"
    )


def to_html(comparison: Comparison, options: SheetOptions | None = None, *, title: str | None = None) -> str:
    """The comparison sheet as one HTML file: inline CSS, no scripts, no external resources."""
    opts = options or SheetOptions()
    heading = sheet_title(comparison, title if title is not None else opts.title)
    printed = opts.printed or datetime.date.today()
    page = f"{opts.page_size} {opts.orientation}"
    css = _CSS % {"page": page, "ktint": STATUS_STYLES[Status.CONTRADICTED].tint_light}
    n = len(comparison.articles)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{_h(heading)}</title>",
        f"<style>{css}</style></head><body>",
        f"<h1>{_h(heading)}</h1>",
        f'<p class="meta">Comparison sheet of {n} source{"s" if n != 1 else ""} · printed '
        f"{printed.isoformat()} · Source Viewer{_filter_note(opts)}</p>",
        rv.review_header(comparison),
    ]
    s = opts.sections
    if Section.SOURCES in s:
        parts.append(_sources(comparison))
    if Section.SUMMARY in s:
        parts.append(_summary(comparison, opts))
    if Section.MATRIX in s:
        parts.append(_matrix(comparison, opts))
    if Section.CONTRADICTIONS in s and Status.CONTRADICTED in opts.statuses:
        parts.append(_contradictions(comparison))
        parts.append(rv.other_notes(comparison))
        if opts.show_dismissed:
            parts.append(rv.dismissed_section(comparison))
    if Section.SHARED in s and Status.SHARED in opts.statuses:
        parts.append(_shared(comparison))
    if Section.UNIQUE in s and Status.UNIQUE in opts.statuses:
        parts.append(_unique(comparison))
    if Section.FULL_TEXTS in s:
        parts.append(_full_texts(comparison, opts))
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _filter_note(opts: SheetOptions) -> str:
    if opts.statuses >= frozenset(Status):
        return ""
    shown = ", ".join(STATUS_STYLES[st].label.lower() for st in Status if st in opts.statuses)
    return f" · showing only {_h(shown) or 'nothing'} claims"


def _table(head: list[tuple[str, str]], rows: Iterable[str], cls: str = "grid") -> str:
    ths = "".join(f"<th {attrs}>{h}</th>" if attrs else f"<th>{h}</th>" for h, attrs in head)
    return (
        f'<table class="{cls}" cellpadding="3" cellspacing="0" border="1" width="100%">'
        f"<thead><tr>{ths}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _sources(c: Comparison) -> str:
    rows = []
    for a in c.articles:
        fname = os.path.basename(a.path) if a.path else "—"
        rows.append(
            f"<tr><td><b>{_h(a.id)}</b></td><td>{_h(a.title)}</td><td>{_h(a.outlet or '—')}</td>"
            f"<td>{_h(a.published or '—')}</td><td class='small'>{_h(fname)}</td></tr>"
        )
    head = [("Id", "width='5%'"), ("Title", ""), ("Outlet", ""), ("Published", ""), ("File", "")]
    out = f"<h2>{Section.SOURCES.heading}</h2>" + _table(head, rows)
    if c.problems:
        items = "".join(f"<li>{_h(str(p))}</li>" for p in c.problems)
        out += f"<p class='small'><b>Not compared:</b></p><ul class='small'>{items}</ul>"
    return out


def _summary(c: Comparison, opts: SheetOptions) -> str:
    order = [st for st in (Status.SHARED, Status.UNIQUE, Status.CONTRADICTED) if st in opts.statuses]
    head = [("Source", "")] + [
        (f"{_h(STATUS_STYLES[st].symbol)} {_h(STATUS_STYLES[st].label)}", "class='sym' width='13%'")
        for st in order
    ]
    head.append(("Claims", "class='sym' width='9%'"))
    rows = []
    for a in c.articles:
        counts = c.counts(a.id)
        cells = "".join(f"<td class='num'>{counts[st]}</td>" for st in order)
        label = source_label(a, 24 if a.outlet else 36)  # one line per source
        rows.append(f"<tr><td>{label}</td>{cells}<td class='num'>{sum(counts.values())}</td></tr>")
    total = c.counts()
    cells = "".join(f"<td class='num'><b>{total[st]}</b></td>" for st in order)
    rows.append(f"<tr><td><b>All sources</b></td>{cells}<td class='num'><b>{len(c.claims)}</b></td></tr>")
    n_groups = sum(1 for g in c.groups if len(_sources_of_group(c, g)) > 1)
    note = (
        f"<p class='small'>{n_groups} claim{'s' if n_groups != 1 else ''} stated by two or more sources; "
        f"{len(c.contradictions)} contradiction{'s' if len(c.contradictions) != 1 else ''} found.</p>"
    )
    return f"<h2>{Section.SUMMARY.heading}</h2>" + _table(head, rows) + note


def _sources_of_group(c: Comparison, g: Group) -> list[str]:
    arts = {c.claim(cid).article for cid in g.claims}
    return [a.id for a in c.articles if a.id in arts]


def _matrix_groups(c: Comparison, opts: SheetOptions) -> list[Group]:
    """Groups stated by two or more sources, disagreements first, then the most widely reported."""
    first = {cl.id: i for i, cl in enumerate(c.claims)}
    gs = [g for g in c.groups if g.status in opts.statuses and len(_sources_of_group(c, g)) > 1]
    return sorted(
        gs,
        key=lambda g: (
            g.status is not Status.CONTRADICTED,
            -len(_sources_of_group(c, g)),
            min(first[x] for x in g.claims),
        ),
    )


def _representative(c: Comparison, g: Group) -> Claim:
    order = {a.id: i for i, a in enumerate(c.articles)}
    return min((c.claim(x) for x in g.claims), key=lambda cl: (order.get(cl.article, 0), cl.start))


def _matrix(c: Comparison, opts: SheetOptions) -> str:
    out = [f"<h2>{Section.MATRIX.heading}</h2>"]
    groups = _matrix_groups(c, opts)
    legend = (
        f"<p class='small'><b>{MATRIX_SYMBOLS['states']}</b> states it &nbsp;&nbsp; "
        f"<b>{MATRIX_SYMBOLS['omits']}</b> omits it &nbsp;&nbsp; "
        f"<b>{MATRIX_SYMBOLS['contradicts']}</b> contradicts another source &nbsp;&nbsp; "
        "One row per claim reported by two or more sources; claims only one source makes are listed "
        "under Unique claims.</p>"
    )
    if not groups:
        out.append("<p>No claim is stated by two or more sources" + _filtered(opts) + ".</p>")
        return "".join(out)
    # one line per row, so rows never split across pages: the claim column's width in characters
    free_px = _body_width_px(opts) - 30 * len(c.articles) - 52 - 30
    limit = max(30, int(free_px / 7.7))
    head = [("Claim", "")]
    head += [(_h(a.id), "class='sym' width='30'") for a in c.articles]
    head.append(("Sources", "class='sym' width='52'"))
    rows = []
    for g in groups:
        srcs = _sources_of_group(c, g)
        rep = _representative(c, g)
        cells = []
        for a in c.articles:
            state = matrix_cell(c, g, a.id)
            cells.append(f"<td class='sym {state}'{_CELL_STYLE[state]}>{MATRIX_SYMBOLS[state]}</td>")
        rows.append(
            f"<tr><td><span class='small'>{_h(g.id)}</span> {_h(short_wording(rep.text, limit))}</td>"
            f"{''.join(cells)}<td class='num'>{len(srcs)}/{len(c.articles)}</td></tr>"
        )
    out.append(legend)
    out.append(_table(head, rows))
    return "".join(out)


def _body_width_px(opts: SheetOptions) -> float:
    """The printable width at 96 dpi (the paper less 14 mm margins each side)."""
    short, long_ = (210.0, 297.0) if opts.page_size == "A4" else (215.9, 279.4)
    paper = short if opts.orientation == "portrait" else long_
    return (paper - 28.0) / 25.4 * 96.0


def _filtered(opts: SheetOptions) -> str:
    return "" if opts.statuses >= frozenset(Status) else " among the claims selected for printing"


def _contradictions(c: Comparison) -> str:
    out = [f"<h2>{Section.CONTRADICTIONS.heading}</h2>"]
    if not c.contradictions:
        out.append("<p>No contradictions were found between these sources.</p>")
        return "".join(out)
    out.append(
        "<p class='small'>Strongest first. Words that differ between the two wordings are "
        "<span class='diff'>bold and underlined</span>.</p>"
    )
    for i, k in enumerate(c.contradictions, start=1):
        a, b = c.claim(k.claims[0]), c.claim(k.claims[1])
        wa, wb = differing_words(a.text, b.text)
        sym = STATUS_STYLES[Status.CONTRADICTED].symbol
        out.append(
            f"<h3>{sym} {i}. {_h(k.kind)} <span class='small'>· strength {k.strength:.2f}"
            f"{' · ' + _h(k.group) if k.group else ''}</span>{rv.review_mark(k)}</h3>"
        )
        # one table per contradiction, the reason in its last row, so a page never separates them
        out.append(
            '<table class="grid" cellpadding="4" cellspacing="0" border="1" width="100%"><tr>'
            f"<th width='50%'>{source_label(c.article(a.article))}</th>"
            f"<th width='50%'>{source_label(c.article(b.article))}</th></tr>"
            f"<tr><td>{wa}{rv.claim_notes(c, [a.id])}</td><td>{wb}{rv.claim_notes(c, [b.id])}</td></tr>"
            f"<tr><td colspan='2'><b>Why:</b> {_h(k.detail)}</td></tr>{rv.note_row(k.note)}</table>"
        )
    return "".join(out)


def _shared(c: Comparison) -> str:
    out = [f"<h2>{Section.SHARED.heading}</h2>"]
    groups = [g for g in c.groups if g.status is Status.SHARED and len(_sources_of_group(c, g)) > 1]
    if not groups:
        out.append("<p>No claim is shared by two or more sources without disagreement.</p>")
        return "".join(out)
    groups.sort(key=lambda g: -len(_sources_of_group(c, g)))
    rows = []
    for g in groups:
        rep = _representative(c, g)
        srcs = _sources_of_group(c, g)
        notes = rv.group_mark(g) + rv.claim_notes(c, g.claims, name_source=True)
        rows.append(
            f"<tr><td>{_h(rep.text)}{notes}</td><td>{_h(', '.join(srcs))}"
            f"<br><span class='small'>{len(srcs)} of {len(c.articles)}</span></td></tr>"
        )
    out.append(_table([("Claim (as the first source words it)", ""), ("Stated by", "width='20%'")], rows))
    return "".join(out)


def _unique(c: Comparison) -> str:
    out = [f"<h2>{Section.UNIQUE.heading}</h2>"]
    any_unique = False
    for a in c.articles:
        claims = [cl for cl in c.claims_of(a.id) if cl.status is Status.UNIQUE]
        if not claims:
            continue
        any_unique = True
        n = len(claims)
        out.append(f"<h3>{source_label(a, 40)} · {n} claim{'s' if n != 1 else ''} only here</h3>")
        items = "".join(f"<li>{_h(cl.text)}{rv.claim_notes(c, [cl.id])}</li>" for cl in claims)
        out.append(f"<ul>{items}</ul>")
    if not any_unique:
        out.append("<p>Every claim is stated by at least two sources.</p>")
    return "".join(out)


def _full_texts(c: Comparison, opts: SheetOptions) -> str:
    out = [f"<h2 class='pagebreak'>{Section.FULL_TEXTS.heading}</h2>"]
    legend = " &nbsp; ".join(_status_badge(st) for st in Status if st in opts.statuses)
    out.append(f"<p class='small'>Claims are tinted and marked by status: {legend}</p>")
    for a in c.articles:
        out.append(f"<h3>{source_label(a)}</h3>")
        out.append(f"<p class='fulltext'>{_highlighted(a, c.claims_of(a.id), opts.statuses)}</p>")
    return "".join(out)


def _highlighted(a: Article, claims: list[Claim], statuses: frozenset[Status]) -> str:
    pieces: list[str] = []
    pos = 0
    for cl in claims:
        if cl.status not in statuses or cl.start < pos:
            continue
        pieces.append(_between(a, pos, cl.start))
        st = STATUS_STYLES[cl.status]
        pieces.append(
            f'<span style="background-color:{st.tint_light}"><b>[{_h(st.symbol)}]</b>&nbsp;'
            f"{_plain(a.text[cl.start : cl.end])}</span>"
        )
        pos = cl.end
    pieces.append(_between(a, pos, len(a.text)))
    return "".join(pieces)


def _between(a: Article, start: int, end: int) -> str:
    """Text outside claims; bylines, "Advertisement" and the like in small grey type."""
    out: list[str] = []
    pos = start
    for b_start, b_end in sorted(a.boilerplate):
        b_start, b_end = max(b_start, pos), min(b_end, end)
        if b_start >= b_end:
            continue
        out.append(_plain(a.text[pos:b_start]))
        out.append(f'<span style="color:#777777; font-size:7.5pt">{_plain(a.text[b_start:b_end])}</span>')
        pos = b_end
    out.append(_plain(a.text[pos:end]))
    return "".join(out)


def _plain(text: str) -> str:
    return _h(text).replace("\n", "<br>")
