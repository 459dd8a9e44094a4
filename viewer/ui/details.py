"""The details panel: how each source words the selected claim, with word-level differences, and why
sources contradict each other. All article text is escaped before it becomes HTML.
"""

from __future__ import annotations

import html
import re

from PySide6.QtWidgets import QTextBrowser, QWidget
from rapidfuzz.distance import Levenshtein

from viewer.core.model import Article, Claim, Comparison, Disagreement
from viewer.core.palette import style
from viewer.ui.review_details import review_html

_WORD = re.compile(r"\S+")


def word_diff_html(base: str, other: str) -> str:
    """``other`` as HTML with the words that differ from ``base`` marked (inserted/replaced bold, underlined;
    words of ``base`` missing here shown struck through)."""
    a = _WORD.findall(base)
    b = _WORD.findall(other)
    norm_a = [w.strip(".,;:!?\"'“”‘’()").lower() for w in a]
    norm_b = [w.strip(".,;:!?\"'“”‘’()").lower() for w in b]
    out: list[str] = []
    for tag, i1, i2, j1, j2 in Levenshtein.opcodes(norm_a, norm_b).as_list():
        if tag == "equal":
            out.append(html.escape(" ".join(b[j1:j2])))
            continue
        if tag in ("delete", "replace") and i2 > i1:
            out.append(f'<s style="color:#888">{html.escape(" ".join(a[i1:i2]))}</s>')
        if tag in ("insert", "replace") and j2 > j1:
            out.append(f'<b><u class="diff">{html.escape(" ".join(b[j1:j2]))}</u></b>')
    return " ".join(out)


def _source_name(article: Article) -> str:
    """The outlet, else a short title: enough to tell sources apart in a narrow column."""
    if article.outlet:
        return article.outlet
    title = article.title
    return title if len(title) <= 40 else title[:39].rstrip() + "…"


def details_html(comparison: Comparison, claim_id: str | None) -> str:
    if claim_id is None:
        return (
            "<p style='color:gray'>Select a claim in a pane or in the claims list to see how each "
            "source words it and where they disagree.</p>"
        )
    c = comparison.claim(claim_id)
    s = style(c.status)
    art = comparison.article(c.article)
    parts = [
        f"<p><span style='background:{s.colour}; color:white; font-weight:bold'>&nbsp;{s.symbol} "
        f"{s.label}&nbsp;</span> &nbsp;{html.escape(comparison.sources_label(c.id))}</p>",
        f"<p><b>{html.escape(art.id)} · {html.escape(_source_name(art))}</b><br>"
        f"{html.escape(' '.join(c.text.split()))}{_said_html(c.said)}</p>",
    ]
    parts.extend(_disagreement_html(comparison, d, c.id) for d in comparison.disagreements_of(c.id))
    parts.append(review_html(comparison, c.id))
    aligned = comparison.aligned(c.id)
    base = " ".join(c.text.split())
    others = [o for o in aligned if o.article != c.article]
    repeats = [o for o in aligned if o.article == c.article]
    if others:
        parts.append(
            "<hr><p><b>How the other sources word it</b> (differences underlined, words "
            "missing from this source struck through)</p><table cellspacing=6>"
        )
        parts.extend(_wording_row(comparison, base, o) for o in others)
        parts.append("</table>")
    else:
        parts.append("<p style='color:gray'>No other source states this.</p>")
    if repeats:
        parts.append(f"<p><b>{html.escape(art.id)} also says it here</b></p><table cellspacing=6>")
        parts.extend(_wording_row(comparison, base, o) for o in repeats)
        parts.append("</table>")
    return "".join(parts)


def _said_html(said: str) -> str:
    """Who said it, when the sentence names the speaker after another piece ("… — added Neumann")."""
    return f" <span style='color:gray'>— {html.escape(said)}</span>" if said else ""


def _disagreement_html(comparison: Comparison, d: Disagreement, claim_id: str) -> str:
    """One disagreement: what it is about, then each side (its sources and what they say); the side
    of the selected claim is marked."""
    colour = style("contradicted").colour
    rows = []
    for side in d.sides:
        ids = list(dict.fromkeys(comparison.claim(cid).article for cid in side.claims))
        arts = [comparison.article(a) for a in ids]
        who = ", ".join(f"{a.id} ({_source_name(a)})" for a in arts)
        mine = claim_id in side.claims
        mark = "▶" if mine else ""
        value = f"<b>{html.escape(side.value)}</b>" if mine else html.escape(side.value)
        rows.append(
            f"<tr><td valign=top style='color:{colour}'>{mark}</td>"
            f"<td valign=top><small>{html.escape(who)}</small></td><td valign=top>{value}</td></tr>"
        )
    return (
        f"<p style='color:{colour}'><b>≠ Sources disagree ({html.escape(d.kind)})</b>: "
        f"{html.escape(d.detail)}</p><table cellspacing=4>{''.join(rows)}</table>"
    )


def _wording_row(comparison: Comparison, base: str, other: Claim) -> str:
    """One aligned claim as a table row: status symbol, source, and its words against ``base``."""
    oa = comparison.article(other.article)
    os_ = style(other.status)
    return (
        f"<tr><td valign=top style='color:{os_.colour}'><b>{os_.symbol}</b></td>"
        f"<td valign=top><b>{html.escape(oa.id)}</b><br>"
        f"<small>{html.escape(_source_name(oa))}</small></td>"
        f"<td valign=top>{word_diff_html(base, ' '.join(other.text.split()))}</td></tr>"
    )


class DetailsPanel(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.comparison = Comparison()
        self.claim_id: str | None = None
        self.show_claim(None)

    def set_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        if self.claim_id is not None and self.claim_id not in {c.id for c in comparison.claims}:
            self.claim_id = None
        self.show_claim(self.claim_id)

    def show_claim(self, claim_id: str | None) -> None:
        self.claim_id = claim_id
        self.setHtml(details_html(self.comparison, claim_id))
