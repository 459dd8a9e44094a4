"""What each reviewer action does to the decisions: plain functions from a comparison and a selection to
a new :class:`~viewer.ui.undo.Review` and the name of the step, or the reason the action cannot be done.

No Qt here, so each action can be tested on its own. The reviewer's latest word wins: joining passages
drops the part of an earlier "different" that kept them apart, dismissing a contradiction drops an
earlier "contradiction" on the same pair, and so on, so that no two decisions of the window contradict
each other (imported files may; the core reports those as not applied).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from viewer.core.model import Comparison, Decision, Disagreement, Passage
from viewer.core.review import passage_of
from viewer.ui.undo import Review

OPPOSITE = {
    "same": "different",
    "different": "same",
    "contradiction": "not_contradiction",
    "not_contradiction": "contradiction",
}


@dataclass(frozen=True, slots=True)
class Step:
    """An action worked out: the review after it and the name of the undo step; or why it is refused."""

    review: Review | None
    text: str

    @property
    def ok(self) -> bool:
        return self.review is not None


def refused(reason: str) -> Step:
    return Step(None, reason)


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _article_label(comparison: Comparison, claim_id: str) -> str:
    return comparison.claim(claim_id).article


def _pair_key(passages: Sequence[Passage]) -> frozenset[Passage]:
    return frozenset(passages[:2])


def _without_conflicts(
    decisions: Iterable[Decision], new: Decision, mover: Passage | None = None
) -> list[Decision]:
    """The earlier decisions, less what ``new`` overrules (``mover``: the passage the new decision is
    about, which leaves an earlier opposite decision; else its first passage)."""
    out: list[Decision] = []
    mine = set(new.passages)
    for d in decisions:
        if new.action in ("same", "different"):
            if d.action == new.action and set(d.passages) == mine:
                continue  # said again
            shared = [p for p in d.passages if p in mine]
            if d.action == OPPOSITE[new.action] and len(shared) >= 2:
                # the passage the new decision is about leaves the old one; else all but one shared
                first = mover if mover is not None else new.passages[0]
                drop = {first} if first in shared else set(shared[1:])
                left = tuple(p for p in d.passages if p not in drop)
                if len(left) >= 2:
                    out.append(replace(d, passages=left))
                continue
        elif new.action in ("contradiction", "not_contradiction"):
            if d.action in ("contradiction", "not_contradiction") and _pair_key(d.passages) == _pair_key(
                new.passages
            ):
                continue
        elif new.action == "note" and d.action == "note" and set(d.passages) == mine:
            continue  # the note is edited (or removed)
        out.append(d)
    return out


def add(review: Review, new: Iterable[Decision], mover: Passage | None = None) -> Review:
    """The review with the ``new`` decisions made (after what they overrule is taken back)."""
    decisions = list(review.decisions)
    for d in new:
        decisions = _without_conflicts(decisions, d, mover)
        if d.action != "note" or d.note.strip():
            decisions.append(d)
    return replace(review, decisions=tuple(decisions))


# -- the actions -------------------------------------------------------------------------------------
def join(comparison: Comparison, review: Review, claim_ids: Sequence[str]) -> Step:
    """Same claim: these passages (two or more, of different articles) state one claim."""
    ids = list(dict.fromkeys(claim_ids))
    if len(ids) < 2:
        return refused("Select two or more passages of different articles to join them")
    seen: dict[str, str] = {}
    for cid in ids:
        art = _article_label(comparison, cid)
        if art in seen:
            return refused(f"Two of the selected passages are in {art}: join passages of different articles")
        seen[art] = cid
    groups = {comparison.claim(cid).group for cid in ids}
    if len(groups) == 1 and None not in groups:
        return refused("These passages are already one claim")
    d = Decision("same", tuple(passage_of(comparison, c) for c in ids), made=now())
    return Step(add(review, [d]), f"Join {len(ids)} claims")


def join_with_group(comparison: Comparison, review: Review, claim_id: str, group_id: str) -> Step:
    """A claim dropped onto a group: it joins the group (through one member of another article)."""
    c = comparison.claim(claim_id)
    if c.group == group_id:
        return refused("The claim is already in this group")
    others = [m for m in comparison.group(group_id).claims if comparison.claim(m).article != c.article]
    if not others:
        return refused(f"Every passage of {group_id} is in {c.article}: join passages of different articles")
    if any(comparison.claim(m).article == c.article for m in comparison.group(group_id).claims):
        return refused(f"{group_id} already has a passage of {c.article}")
    d = Decision("same", (passage_of(comparison, claim_id), passage_of(comparison, others[0])), made=now())
    return Step(add(review, [d]), f"Join a claim with {group_id}")


def take_out(comparison: Comparison, review: Review, claim_id: str) -> Step:
    """Not the same claim: this passage leaves its group (it is the same claim as none of the others)."""
    g = comparison.group_of(claim_id)
    if g is None:
        return refused("This passage is in no group")
    me = passage_of(comparison, claim_id)
    made = now()
    # one cannot-link with each other member, that member first: a claim the core finds as close to
    # both seeds then stays in the group rather than leaving with this one
    new = [
        Decision("different", (passage_of(comparison, o), me), made=made) for o in g.claims if o != claim_id
    ]
    return Step(add(review, new, mover=me), "Take a claim out of its group")


def split(comparison: Comparison, review: Review, claim_ids: Sequence[str]) -> Step:
    """Not the same claim: no two of these passages (or of one group's, given one) are the same claim."""
    ids = list(dict.fromkeys(claim_ids))
    if len(ids) == 1:
        g = comparison.group_of(ids[0])
        if g is None:
            return refused("This passage is in no group")
        ids = list(g.claims)
        text = f"Split {g.id} ({_plural(len(ids), 'claim')})"
    else:
        text = f"Split {_plural(len(ids), 'claim')} apart"
    d = Decision("different", tuple(passage_of(comparison, c) for c in ids), made=now())
    return Step(add(review, [d]), text)


def _pairs(dis: Disagreement) -> list[tuple[str, str]]:
    """Each pair of claims on different sides of a disagreement."""
    out = []
    for i, a in enumerate(dis.sides):
        for b in dis.sides[i + 1 :]:
            out.extend((x, y) for x in a.claims for y in b.claims)
    return out


def dismiss(comparison: Comparison, review: Review, dis: Disagreement) -> Step:
    """Not a contradiction: the engine's disagreement is dismissed."""
    if dis.by == "user":
        # the reviewer's own: taking it back removes their decision
        return _take_back(comparison, review, dis, "Remove your contradiction")
    made = now()
    new = [
        Decision("not_contradiction", (passage_of(comparison, a), passage_of(comparison, b)), made=made)
        for a, b in _pairs(dis)
    ]
    return Step(add(review, new), "Dismiss contradiction")


def _take_back(comparison: Comparison, review: Review, dis: Disagreement, text: str) -> Step:
    pairs = {frozenset((passage_of(comparison, a), passage_of(comparison, b))) for a, b in _pairs(dis)}
    left = tuple(
        d for d in review.decisions if not (d.action == "contradiction" and _pair_key(d.passages) in pairs)
    )
    return Step(replace(review, decisions=left), text)


def restore(comparison: Comparison, review: Review, claim_id: str) -> Step:
    """Take back the dismissal of the engine's contradictions of this claim."""
    pairs = {
        frozenset((passage_of(comparison, k.claims[0]), passage_of(comparison, k.claims[1])))
        for k in comparison.dismissed
        if claim_id in k.claims
    }
    left = tuple(
        d
        for d in review.decisions
        if not (d.action == "not_contradiction" and _pair_key(d.passages) in pairs)
    )
    if len(left) == len(review.decisions):
        return refused("No contradiction of this claim was dismissed")
    return Step(replace(review, decisions=left), "Restore contradiction")


def confirm(comparison: Comparison, review: Review, dis: Disagreement) -> Step:
    """Confirm: the reviewer stands behind the engine's disagreement (again: takes the confirmation back)."""
    if dis.confirmed:
        return _take_back(comparison, review, dis, "Unconfirm contradiction")
    if dis.by == "user":
        return refused("This contradiction is your own; it needs no confirming")
    made = now()
    new = [
        Decision(
            "contradiction",
            (passage_of(comparison, a), passage_of(comparison, b)),
            reason=dis.detail,
            made=made,
        )
        for a, b in _pairs(dis)
    ]
    return Step(add(review, new), "Confirm contradiction")


def disagree(comparison: Comparison, review: Review, a: str, b: str, reason: str) -> Step:
    """They disagree: the reviewer marks two passages as contradicting each other, with a reason."""
    reason = " ".join(reason.split())
    if not reason:
        return refused("Say why the passages disagree")
    if a == b:
        return refused("Select two passages to mark them as contradicting each other")
    d = Decision(
        "contradiction", (passage_of(comparison, a), passage_of(comparison, b)), reason=reason, made=now()
    )
    return Step(add(review, [d]), "Mark a contradiction")


def note(comparison: Comparison, review: Review, claim_ids: Sequence[str], text: str) -> Step:
    """A note on a passage (or, given a disagreement's two passages, on it); an empty note removes it."""
    passages = tuple(passage_of(comparison, c) for c in dict.fromkeys(claim_ids))
    text = text.strip()
    d = Decision("note", passages, note=text, made=now())
    name = "Edit note" if current_note(review, passages) else "Add note"
    if not text:
        name = "Remove note"
    return Step(add(review, [d]), name)


def current_note(review: Review, passages: Sequence[Passage]) -> str:
    """The reviewer's note on exactly these passages, or ""."""
    want = set(passages)
    for d in reversed(review.decisions):
        if d.action == "note" and set(d.passages) == want:
            return d.note
    return ""


def import_decisions(review: Review, decisions: Sequence[Decision], name: str) -> Step:
    """Decisions read from a file join the reviewer's own (those already there are not added twice)."""
    have = set(review.decisions)
    new = [d for d in decisions if d not in have]
    if not new:
        return refused(f"{name} holds no decision that is not already made")
    return Step(
        replace(review, decisions=(*review.decisions, *new)), f"Import {_plural(len(new), 'decision')}"
    )
