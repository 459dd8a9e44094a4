"""The details panel's review section: what the reviewer decided about the selected claim ("by you"),
decisions that no longer apply and why, and links to the actions on its disagreements.

Links are ``review:ACTION:N`` (N: the index of the claim's disagreement), handled by
:class:`~viewer.ui.review_actions.ReviewActions`. All article text and notes are escaped.
"""

from __future__ import annotations

import html

from viewer.core.model import Comparison
from viewer.ui.review_marks import CONFIRMED_SYMBOL, NOTE_SYMBOL, REVIEW_COLOUR, disagreement_note


def _link(action: str, index: int | str, label: str) -> str:
    return f"<a href='review:{action}:{index}'>{html.escape(label)}</a>"


def review_html(comparison: Comparison, claim_id: str) -> str:
    """The review section of the details of ``claim_id`` (an empty string when there is nothing to say
    and nothing to do)."""
    c = comparison.claim(claim_id)
    mark = f"<span style='color:{REVIEW_COLOUR}'><b>{{}}</b></span> "
    rows: list[str] = []
    if comparison.grouped_by_reviewer(claim_id):
        rows.append(mark.format(NOTE_SYMBOL) + "Grouped by you")
    for i, dis in enumerate(comparison.disagreements_of(claim_id)):
        others = ", ".join(
            dict.fromkeys(
                comparison.claim(o).article for o in dis.claims if comparison.claim(o).article != c.article
            )
        )
        what = f"Contradiction with {html.escape(others)}"
        note = disagreement_note(dis)
        if dis.confirmed:
            head = mark.format(CONFIRMED_SYMBOL) + f"{what}: <b>confirmed by you</b>"
        elif dis.by == "user":
            head = mark.format(NOTE_SYMBOL) + f"{what}: <b>marked by you</b> ({html.escape(dis.detail)})"
        else:
            head = f"{what}: found by the engine"
        links = [
            _link("confirm", i, "Unconfirm" if dis.confirmed else "Confirm") if dis.by != "user" else "",
            _link("dismiss", i, "Remove" if dis.by == "user" else "Not a contradiction"),
            _link("note", i, "Edit note" if note else "Note…"),
        ]
        rows.append(head + " &nbsp;" + " · ".join(x for x in links if x))
        if note:
            rows.append(mark.format(NOTE_SYMBOL) + f"Your note on it: {html.escape(note)}")
    for note in comparison.notes_of(claim_id):
        rows.append(
            mark.format(NOTE_SYMBOL) + f"Your note: {html.escape(note)} &nbsp;" + _link("note", "", "Edit")
        )
    dismissed = [k for k in comparison.dismissed if claim_id in k.claims]
    for k in dismissed:
        rows.append(f"<s>≠ {html.escape(k.detail)}</s> <i>dismissed by you</i>")
    if dismissed:
        rows.append(_link("restore", "", "Restore the dismissed contradiction"))
    for d in comparison.decisions_of(claim_id):
        if not d.applied:
            rows.append(f"<span style='color:#b00'>Not applied:</span> {html.escape(d.why_not)}")
    if not rows:
        return ""
    mine = any("by you" in r or "Your note" in r or "Not applied" in r for r in rows)
    head = "Your review" if mine else "Review"
    return f"<hr><p><b style='color:{REVIEW_COLOUR}'>{head}</b></p><p>" + "<br>".join(rows) + "</p>"
