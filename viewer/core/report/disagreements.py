"""The sheet's Contradictions section: one table per disagreement, one column per side.

Each side's column is headed by its sources and shows what they say and the wording of one of its
claims, the words that differ from the other side's wording marked; the last row says why in the
disagreement's sentence ("A5 calls Donald Trump former US President; A2 and A4 call Trump President").
The pairwise contradictions stay in the JSON for tools; a reader sees each disagreement once.
"""

from __future__ import annotations

from html import escape

from viewer.core.model import Comparison, Disagreement, Status
from viewer.core.palette import STATUS_STYLES
from viewer.core.report import reviewed as rv
from viewer.core.report.parts import differing_words, kind_words, source_label, strength_words


def disagreements_html(c: Comparison, heading: str) -> str:
    out = [f"<h2>{escape(heading)}</h2>"]
    if not c.disagreements:
        out.append("<p>No contradictions were found between these sources.</p>")
        return "".join(out)
    out.append(
        "<p class='small'>Strongest first, each disagreement once with the sources on each side. Words "
        "that differ between the sides' wordings are <span class='diff'>bold and underlined</span>.</p>"
    )
    sym = STATUS_STYLES[Status.CONTRADICTED].symbol
    for i, d in enumerate(c.disagreements, start=1):
        out.append(
            f"<h3>{sym} {i}. {escape(kind_words(d.kind))} <span class='small'>· "
            f"{escape(strength_words(d.strength))}</span>{rv.review_mark(d)}</h3>"
        )
        out.append(_table(c, d))
    return "".join(out)


def _table(c: Comparison, d: Disagreement) -> str:
    """One table per disagreement, the reason in its last row, so a page never separates them."""
    width = f"{100 // max(1, len(d.sides))}%"
    firsts = [c.claim(s.claims[0]).text for s in d.sides]
    heads, values, wordings = [], [], []
    for n, side in enumerate(d.sides):
        arts = list(dict.fromkeys(c.claim(cid).article for cid in side.claims))
        heads.append(f"<th width='{width}'>{'<br>'.join(source_label(c.article(a)) for a in arts)}</th>")
        values.append(f"<td><b>{escape(side.value)}</b></td>")
        other = firsts[1] if n == 0 and len(firsts) > 1 else firsts[0]
        marked = differing_words(firsts[n], other)[0] if other is not firsts[n] else escape(firsts[n])
        wordings.append(
            f"<td>{marked}{rv.claim_notes(c, side.claims, name_source=len(side.claims) > 1)}</td>"
        )
    # a side whose value is its whole wording (a disagreement the reviewer marked) is not said twice
    said = any(" ".join(s.value.split()) != " ".join(f.split()) for s, f in zip(d.sides, firsts, strict=True))
    value_row = f"<tr>{''.join(values)}</tr>" if said else ""
    return (
        '<table class="grid" cellpadding="4" cellspacing="0" border="1" width="100%">'
        f"<tr>{''.join(heads)}</tr>{value_row}<tr>{''.join(wordings)}</tr>"
        f"<tr><td colspan='{len(d.sides)}'><b>Why:</b> {escape(d.detail)}</td></tr>"
        f"{rv.note_row(d.note, len(d.sides))}</table>"
    )
