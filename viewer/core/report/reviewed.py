"""What the sheet says of the reviewer's work: the count in the header, marks on confirmed and
reviewer-added disagreements, notes printed with their claims, and the dismissed contradictions.

Small functions that :mod:`viewer.core.report.sheet` calls where each piece belongs; all return HTML with
every piece of input text escaped, and "" when the reviewer decided nothing that concerns them.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from viewer.core.model import Comparison, Contradiction, Disagreement, Group, Status
from viewer.core.report.parts import differing_words, short_wording, source_label

# how each kind of decision is counted in the header, in this order ("2 joins, 1 dismissed")
_COUNTED = {
    "same": ("join", "joins"),
    "different": ("split", "splits"),
    "contradiction": ("disagreement added", "disagreements added"),
    "confirmed": ("confirmed", "confirmed"),
    "not_contradiction": ("dismissed", "dismissed"),
    "note": ("note", "notes"),
}
CONFIRMED_MARK = "✔"  # paired with words, never alone
REVIEWER_MARK = "✎"


def _h(text: str) -> str:
    return escape(text, quote=True)


def review_header(c: Comparison) -> str:
    """'Reviewed: 6 decisions (2 joined, 1 dismissed, …)', and the decisions that could not be applied."""
    if not c.decisions and not c.edits:
        return ""
    applied = [d for d in c.decisions if d.applied]
    counts: dict[str, int] = {}
    for d in applied:
        if d.decision.action == "contradiction" and _confirms(c, d.claims):
            counts["confirmed"] = counts.get("confirmed", 0) + 1
        else:
            counts[d.decision.action] = counts.get(d.decision.action, 0) + 1
    bits = []
    for action, (one, many) in _COUNTED.items():
        n = counts.get(action, 0)
        if n:
            bits.append(f"{n} {one if n == 1 else many}")
    if c.edits:
        bits.append(f"details of {len(c.edits)} source{'s' if len(c.edits) != 1 else ''} corrected")
    n, total = len(applied), len(c.decisions)
    line = (
        f"{REVIEWER_MARK} Reviewed: {n} of {total} decision{'s' if total != 1 else ''} by the reviewer apply"
    )
    if bits:
        line += ": " + ", ".join(bits)
    out = [f'<p class="meta"><b>{_h(line)}</b>']
    missed = [d for d in c.decisions if not d.applied]
    if missed:
        out.append(f". {len(missed)} could not be applied:</p><ul class='small'>")
        for d in missed:
            quotes = " / ".join(f"“{short_wording(p.quote, 50)}” ({p.article})" for p in d.decision.passages)
            what = d.decision.action.replace("_", " ")
            out.append(f"<li>{_h(what)}: {_h(quotes)}: {_h(d.why_not)}</li>")
        out.append("</ul>")
    else:
        out.append("</p>")
    return "".join(out)


def _confirms(c: Comparison, claims: tuple[str, ...]) -> bool:
    pair = set(claims[:2])
    return any(k.confirmed and set(k.claims) == pair for k in c.contradictions)


def review_mark(k: Contradiction | Disagreement) -> str:
    """' · ✔ confirmed by the reviewer' or ' · ✎ the reviewer's' for a heading; "" for the engine's."""
    if k.by == "user":
        return f" · <b>{REVIEWER_MARK} marked by the reviewer</b>"
    if k.confirmed:
        return f" · <b>{CONFIRMED_MARK} confirmed by the reviewer</b>"
    return ""


def group_mark(g: Group) -> str:
    """A line under a group's claim when the reviewer's decisions made the group ("" otherwise)."""
    return (
        f"<br><span class='small'><b>{REVIEWER_MARK} grouped by the reviewer</b></span>" if g.reviewed else ""
    )


def note_row(note: str, colspan: int = 2) -> str:
    """A table row with the reviewer's note on a disagreement ("" without one)."""
    if not note.strip():
        return ""
    return f"<tr><td colspan='{colspan}'><b>{REVIEWER_MARK} Reviewer's note:</b> {_note(note)}</td></tr>"


def _note(text: str) -> str:
    return "<br>".join(_h(line) for line in text.strip().splitlines())


def claim_notes(c: Comparison, claim_ids: Iterable[str], *, name_source: bool = False) -> str:
    """The reviewer's notes on these claims, as lines to put under the claim's text."""
    out = []
    for cid in claim_ids:
        for note in c.notes_of(cid):
            who = f" ({_h(c.claim(cid).article)})" if name_source else ""
            out.append(f"<br><span class='small'><b>{REVIEWER_MARK} Note{who}:</b> {_note(note)}</span>")
    return "".join(out)


def other_notes(c: Comparison) -> str:
    """Notes on claims that no section of the sheet prints (in a contradicted group but in no
    contradicting pair, or repeats of one source), listed with their claim."""
    printed: set[str] = {cid for k in c.contradictions for cid in k.claims}
    for g in c.groups:
        if g.status is Status.SHARED:
            printed.update(g.claims)
    printed.update(cl.id for cl in c.claims if cl.status is Status.UNIQUE)
    rest = [cl for cl in c.claims if cl.id not in printed and c.notes_of(cl.id)]
    if not rest:
        return ""
    items = "".join(
        f"<li>{source_label(c.article(cl.article), 30)}: {_h(cl.text)}{claim_notes(c, [cl.id])}</li>"
        for cl in rest
    )
    return f"<h3>{REVIEWER_MARK} Other notes by the reviewer</h3><ul>{items}</ul>"


def dismissed_section(c: Comparison) -> str:
    """'Dismissed by the reviewer': the engine's contradictions the reviewer said are none."""
    if not c.dismissed:
        return ""
    out = [
        "<h3>Dismissed by the reviewer</h3>",
        "<p class='small'>The analysis read these as contradictions; the reviewer decided they are not. "
        "They count nowhere else on this sheet.</p>",
    ]
    for k in c.dismissed:
        a, b = c.claim(k.claims[0]), c.claim(k.claims[1])
        wa, wb = differing_words(a.text, b.text)
        out.append(
            '<table class="grid" cellpadding="4" cellspacing="0" border="1" width="100%"><tr>'
            f"<th width='50%'>{source_label(c.article(a.article))}</th>"
            f"<th width='50%'>{source_label(c.article(b.article))}</th></tr>"
            f"<tr><td>{wa}</td><td>{wb}</td></tr>"
            f"<tr><td colspan='2'><b>The analysis read ({_h(k.kind)}):</b> {_h(k.detail)}</td></tr>"
            f"{note_row(k.note)}</table>"
        )
    return "".join(out)
