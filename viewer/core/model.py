"""The plain values every part of Source Viewer passes around.

Everything here is immutable: the pipeline builds a :class:`Comparison` once and the views only read it.
The comparison also answers the questions views ask (claims in a range, the group of a claim, where a
passage is aligned in another article) so that no view has to walk the raw tuples itself.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

SCHEMA_ID = "viewer.comparison/1"


class Status(StrEnum):
    """What the comparison says of a claim."""

    SHARED = "shared"
    UNIQUE = "unique"
    CONTRADICTED = "contradicted"


@dataclass(frozen=True, slots=True)
class Article:
    """One article as shown to the user. ``text`` is exactly what claim offsets index into."""

    id: str
    path: str | None
    title: str
    outlet: str | None
    published: str | None
    text: str
    # spans of text[start:end] that are not article prose (bylines, "Advertisement", date lines)
    boilerplate: tuple[tuple[int, int], ...] = ()
    # what the reader had to repair or fall back on ("a simpler extraction was used"), for the user
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Span:
    """A claim-sized piece of an article's text, as found by segmentation."""

    start: int
    end: int
    text: str
    heading: bool = False
    headline: bool = False  # the article's first line of prose: its headline
    # who said it, when the sentence this piece was cut from names the speaker in another piece
    # ("…and some of the money was used…," added Neumann): part of the claim, though not of its text
    said: str = ""


@dataclass(frozen=True, slots=True)
class Claim:
    """A statement of one article, located by exact character offsets."""

    id: str
    article: str
    start: int
    end: int
    text: str
    status: Status = Status.UNIQUE
    group: str | None = None
    sources: tuple[str, ...] = ()
    said: str = ""  # the speaker named elsewhere in its sentence (see Span.said)
    headline: bool = False  # the article's headline (see Span.headline)


@dataclass(frozen=True, slots=True)
class Group:
    """Claims of several articles (and, rarely, repeats within one) that state the same thing."""

    id: str
    claims: tuple[str, ...]
    status: Status
    reviewed: bool = False  # its members are the reviewer's doing (a "same" or "different" decision)


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two claims of one group that disagree, with the reason in words."""

    group: str | None
    claims: tuple[str, str]
    kind: str
    detail: str
    strength: float = 1.0
    by: str = "engine"  # "engine" or "user" (a reviewer's "contradiction" decision)
    confirmed: bool = False  # the reviewer confirmed the engine's finding
    note: str = ""  # the reviewer's note on it (or the reason they gave when confirming)
    # each claim's value as said ("30 people", "former US President"), in the order of ``claims``
    values: tuple[str, ...] = ()
    slot: str = ""  # what the values are of, as a key: the counted noun, the person; "" the statement
    subject: str = ""  # that thing as written, where the detail names it ("Donald Trump")


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a disagreement: what some sources say, and the claims that say it."""

    value: str
    claims: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One disagreement as a reader sees it: a group's sources split into sides ("A5 calls Donald Trump
    former US President; A2 and A4 call him President"). Built from the pairwise contradictions."""

    group: str | None
    kind: str
    detail: str
    sides: tuple[Side, ...]
    strength: float = 1.0
    by: str = "engine"
    confirmed: bool = False  # the reviewer confirmed it
    note: str = ""  # the reviewer's note on it

    @property
    def claims(self) -> tuple[str, ...]:
        return tuple(c for s in self.sides for c in s.claims)


# -- the reviewer's decisions (viewer.decisions/1); applied by viewer.core.review ---------------------
ACTIONS = ("same", "different", "contradiction", "not_contradiction", "note")


@dataclass(frozen=True, slots=True)
class Passage:
    """A passage named the way that survives re-analysis: the article's file name and a verbatim quote."""

    article: str  # the file's basename
    quote: str


@dataclass(frozen=True, slots=True)
class Decision:
    """One decision of the reviewer. ``action`` is one of :data:`ACTIONS`."""

    action: str
    passages: tuple[Passage, ...]
    reason: str = ""
    note: str = ""
    made: str = ""  # ISO 8601 time


@dataclass(frozen=True, slots=True)
class AppliedDecision:
    """A decision and what became of it on this comparison: the claims its passages resolved to (in
    passage order; "" for a passage that was not found), and why it did not apply when it did not.
    An applied decision may say what became of it too: a "same" or "different" that applies to the
    passages still found names those it could not find; a "not_contradiction" with nothing to dismiss
    says so."""

    decision: Decision
    applied: bool
    why_not: str = ""
    claims: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleEdit:
    """Article details the reviewer corrected, by file name; ``None`` keeps what was read from the file."""

    article: str  # the file's basename
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be used, and why, in words a user understands."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class Comparison:
    """The result of comparing several articles."""

    articles: tuple[Article, ...] = ()
    claims: tuple[Claim, ...] = ()
    groups: tuple[Group, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    problems: tuple[Problem, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()
    # what the reviewer decided (viewer.core.review fills these; empty for the engine's own result)
    decisions: tuple[AppliedDecision, ...] = ()
    dismissed: tuple[Contradiction, ...] = ()  # the engine's contradictions the reviewer dismissed
    edits: tuple[ArticleEdit, ...] = ()  # article details the reviewer corrected (already applied)
    # the engine's comparison the decisions were applied to, so that they can be applied again
    unreviewed: Comparison | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        # a comparison built without its disagreements (by hand, by an older tool) shows each pair as one
        if self.contradictions and not self.disagreements:
            text = {c.id: c.text for c in self.claims}
            pairs = tuple(
                Disagreement(
                    k.group,
                    k.kind,
                    k.detail,
                    tuple(
                        Side(k.values[i] if len(k.values) == len(k.claims) else text.get(c, c), (c,))
                        for i, c in enumerate(k.claims)
                    ),
                    k.strength,
                    k.by,
                )
                for k in self.contradictions
            )
            object.__setattr__(self, "disagreements", pairs)

    # -- look-ups -------------------------------------------------------------------------------
    @cached_property
    def _articles_by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}

    @cached_property
    def _claims_by_id(self) -> dict[str, Claim]:
        return {c.id: c for c in self.claims}

    @cached_property
    def _groups_by_id(self) -> dict[str, Group]:
        return {g.id: g for g in self.groups}

    @cached_property
    def _claims_by_article(self) -> dict[str, list[Claim]]:
        out: dict[str, list[Claim]] = {a.id: [] for a in self.articles}
        for c in self.claims:
            out.setdefault(c.article, []).append(c)
        for lst in out.values():
            lst.sort(key=lambda c: (c.start, c.end))
        return out

    @cached_property
    def _contradictions_by_claim(self) -> dict[str, list[Contradiction]]:
        out: dict[str, list[Contradiction]] = {}
        for k in self.contradictions:
            for cid in k.claims:
                out.setdefault(cid, []).append(k)
        return out

    @cached_property
    def _disagreements_by_claim(self) -> dict[str, list[Disagreement]]:
        out: dict[str, list[Disagreement]] = {}
        for d in self.disagreements:
            for cid in d.claims:
                out.setdefault(cid, []).append(d)
        return out

    def article(self, article_id: str) -> Article:
        return self._articles_by_id[article_id]

    def claim(self, claim_id: str) -> Claim:
        return self._claims_by_id[claim_id]

    def group(self, group_id: str) -> Group:
        return self._groups_by_id[group_id]

    def claims_of(self, article_id: str) -> list[Claim]:
        """The claims of one article in reading order."""
        return list(self._claims_by_article.get(article_id, ()))

    def claims_in_range(self, article_id: str, start: int, end: int) -> list[Claim]:
        """Claims of ``article_id`` that overlap ``text[start:end]``, in reading order."""
        lst = self._claims_by_article.get(article_id, [])
        starts = [c.start for c in lst]
        i = max(0, bisect.bisect_right(starts, end) - 1)
        # walk back over long claims that began earlier but still reach into the range
        while i > 0 and lst[i - 1].end > start:
            i -= 1
        return [c for c in lst[i:] if c.start < end and c.end > start]

    def claim_at(self, article_id: str, offset: int) -> Claim | None:
        """The claim covering character ``offset`` of an article, if any."""
        for c in self.claims_in_range(article_id, offset, offset + 1):
            return c
        return None

    def group_of(self, claim_id: str) -> Group | None:
        gid = self._claims_by_id[claim_id].group
        return self._groups_by_id.get(gid) if gid else None

    def aligned(self, claim_id: str) -> list[Claim]:
        """The other claims of this claim's group, in article order."""
        g = self.group_of(claim_id)
        if g is None:
            return []
        order = {a.id: i for i, a in enumerate(self.articles)}
        out = [self._claims_by_id[c] for c in g.claims if c != claim_id]
        return sorted(out, key=lambda c: (order.get(c.article, 0), c.start))

    def aligned_in(self, claim_id: str, article_id: str) -> list[Claim]:
        """Where the passage of ``claim_id`` is aligned in another article (may be several claims)."""
        return [c for c in self.aligned(claim_id) if c.article == article_id]

    def contradictions_of(self, claim_id: str) -> list[Contradiction]:
        return list(self._contradictions_by_claim.get(claim_id, ()))

    def disagreements_of(self, claim_id: str) -> list[Disagreement]:
        return list(self._disagreements_by_claim.get(claim_id, ()))

    def counts(self, article_id: str | None = None) -> Mapping[Status, int]:
        """How many claims have each status (of one article, or of all)."""
        out = dict.fromkeys(Status, 0)
        for c in self.claims:
            if article_id is None or c.article == article_id:
                out[c.status] += 1
        return out

    def sources_label(self, claim_id: str) -> str:
        """'3 of 5 sources' for a claim."""
        return f"{len(self._claims_by_id[claim_id].sources)} of {len(self.articles)} sources"

    # -- the reviewer's decisions ---------------------------------------------------------------------
    @cached_property
    def _decisions_by_claim(self) -> dict[str, list[AppliedDecision]]:
        out: dict[str, list[AppliedDecision]] = {}
        for d in self.decisions:
            for cid in dict.fromkeys(d.claims):
                if cid:
                    out.setdefault(cid, []).append(d)
        return out

    def decisions_of(self, claim_id: str) -> list[AppliedDecision]:
        """The decisions whose passages resolved to this claim (applied or not)."""
        return list(self._decisions_by_claim.get(claim_id, ()))

    def grouped_by_reviewer(self, claim_id: str) -> bool:
        """Whether this claim's grouping is the reviewer's: an applied "same" or "different" names it."""
        return any(
            d.applied and d.decision.action in ("same", "different")
            for d in self._decisions_by_claim.get(claim_id, ())
        )

    def notes_of(self, claim_id: str) -> tuple[str, ...]:
        """The reviewer's notes on this claim, in the order they were made."""
        return tuple(
            d.decision.note or d.decision.reason
            for d in self._decisions_by_claim.get(claim_id, ())
            if d.applied and d.decision.action == "note" and len(d.claims) == 1
        )

    def applied_count(self) -> int:
        """How many of the reviewer's decisions apply to this comparison."""
        return sum(1 for d in self.decisions if d.applied)
