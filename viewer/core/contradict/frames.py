"""Disagreements between claims worded too differently to be grouped, found through the story's frame.

Some disagreements sit in claims that share no wording: "three main issues stopped any agreement" and
"the talks faltered when he put forth two significant demands". What ties them is the frame of the
story around them, read from the groups the claims next to them fall in:

- a count of a list: a claim counts a plural noun ("three main issues") and the claims that follow
  enumerate it ("First, …", "Second, …", "The third …", bullets, "1.", "2)"). Two such lists of two
  articles whose items share a group count the same things: different counts disagree;
- an attribution: a claim cites a medium ("according to …", "per …", "told …", "… reported"), and its
  paragraph is what that medium reports. Two articles that report one fact (some claim of each
  paragraph falls in one group) from two different media disagree on the source.

Pairs of claims already judged inside a group are not read again. Each finding is a pairwise
:class:`Contradiction` with its values and a slot ("count", "source"), so that
:mod:`viewer.core.contradict.disagree` joins the pairs of one frame into one disagreement.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from viewer.core.contradict.events import dated_apart
from viewer.core.contradict.sources import media, sources_clash
from viewer.core.contradict.text import words
from viewer.core.contradict.values import Quantity, agree, dates, parse_published, quantities
from viewer.core.model import Article, Claim, Contradiction

# the ordinal that opens an item of an enumeration: "First, …", "Secondly, …", "The third issue …"
_ORDINALS = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_ITEM = re.compile(
    rf"^\W*(?:(?:{_ORDINALS}|firstly|secondly|thirdly|finally|lastly)\s*[,:;—–-]"
    rf"|the\s+(?:{_ORDINALS}|last|final)\b)"
    r"|^\s*(?:[-•*·▪‣]|\d{1,2}[.)])\s",
    re.IGNORECASE,
)
LIST_STRENGTH = 0.9
SOURCE_STRENGTH = 0.6
PARTNERS = 12  # frames of one group read against each other (all of them up to this many)


@dataclass(frozen=True, slots=True)
class _Frame:
    claim: Claim
    scope: frozenset[str]  # the groups of the claims it frames
    said: str
    source: str = ""
    count: Quantity | None = None


def frame_contradictions(
    articles: Sequence[Article], claims: Sequence[Claim], known: Collection[frozenset[str]] = ()
) -> list[Contradiction]:
    """Counts of one list and sources of one reported fact that differ between articles."""
    text = {a.id: a.text for a in articles}
    by_article: dict[str, list[Claim]] = {}
    for c in claims:
        by_article.setdefault(c.article, []).append(c)
    lists: list[_Frame] = []
    cited: list[_Frame] = []
    for aid, cs in by_article.items():
        cs.sort(key=lambda c: (c.start, c.end))
        lists.extend(_lists(cs))
        cited.extend(_citations(cs, text.get(aid, "")))
    published = {a.id: parse_published(a.published) for a in articles}

    def apart(a: _Frame, b: _Frame) -> bool:
        """The two claims date what they tell far apart: two events (:mod:`events`)."""
        da = dates(a.claim.text, words(a.claim.text), published.get(a.claim.article))
        db = dates(b.claim.text, words(b.claim.text), published.get(b.claim.article))
        return dated_apart(da, db)

    out: list[Contradiction] = []
    seen = set(known)
    for a, b in _candidates(lists):
        assert a.count is not None and b.count is not None
        if agree(a.count, b.count) or apart(a, b):
            continue
        if (pair := frozenset((a.claim.id, b.claim.id))) not in seen:
            seen.add(pair)
            out.append(_contradiction(a, b, "number", "count", LIST_STRENGTH))
    for a, b in _candidates(cited):
        if not sources_clash(a.source, b.source) or _names(a, b) or _names(b, a) or apart(a, b):
            continue
        if (pair := frozenset((a.claim.id, b.claim.id))) in seen:
            continue
        seen.add(pair)
        out.append(_contradiction(a, b, "attribution", "source", SOURCE_STRENGTH))
    return out


def _contradiction(a: _Frame, b: _Frame, kind: str, slot: str, strength: float) -> Contradiction:
    group = a.claim.group if a.claim.group is not None and a.claim.group == b.claim.group else None
    detail = f"{a.said} ({a.claim.article}) vs {b.said} ({b.claim.article})"
    return Contradiction(
        group, (a.claim.id, b.claim.id), kind, detail, strength, values=(a.said, b.said), slot=slot
    )


def _names(a: _Frame, b: _Frame) -> bool:
    """Whether b's claim names a's source too ("according to Jo Kell" / "Kell told the Herald")."""
    said = {w.norm for w in words(b.claim.text)}
    return any(w.cap and not w.stop and len(w.low) >= 3 and w.norm in said for w in words(a.source))


def _candidates(frames: list[_Frame]) -> list[tuple[_Frame, _Frame]]:
    """Frames of two articles whose framed claims share a group (read once per pair)."""
    by_group: dict[str, list[int]] = {}
    for i, f in enumerate(frames):
        for g in f.scope:
            by_group.setdefault(g, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for members in by_group.values():
        # a story told by dozens of sources: each frame is read against the next few only (linear work)
        for n, i in enumerate(members):
            for j in members[n + 1 : n + 1 + PARTNERS]:
                if frames[i].claim.article != frames[j].claim.article:
                    pairs.add((i, j))
    return [(frames[i], frames[j]) for i, j in sorted(pairs)]


def _lists(cs: list[Claim]) -> list[_Frame]:
    """Claims that count a list the next claims enumerate, with the groups of the enumerated items."""
    out = []
    item = [bool(_ITEM.match(c.text)) for c in cs]
    for i, c in enumerate(cs):
        # the enumeration begins right after the count: look for a count only there
        if not any(item[i + 1 : i + 3]) or (count := _list_count(c.text)) is None:
            continue
        window = cs[i + 1 : i + 2 + 3 * int(count.low)]
        marked = [k for k, flag in enumerate(item[i + 1 : i + 2 + 3 * int(count.low)]) if flag]
        # the enumeration begins right after the count, and names at least two items
        if len(marked) < 2 or marked[0] > 1:
            continue
        items = window[: marked[-1] + 2]
        scope = frozenset(n.group for n in items if n.group is not None)
        if scope:
            out.append(_Frame(c, scope, count.surface, count=count))
    return out


def _list_count(text: str) -> Quantity | None:
    """The count of a plural noun a claim introduces ("three main issues"), or None."""
    found = [
        q
        for q in quantities(text, words(text))
        if q.bound == "exact"
        and q.low == q.high
        and q.low == int(q.low)
        and 2 <= q.low <= 10
        and q.unit.lstrip("~")[:1].isalpha()
        and " " not in q.unit
    ]
    return found[-1] if found else None


# a medium named again by a definite description: "according to the outlet", "the report states"
_MEDIA_NOUNS = frozenset(
    "report outlet paper newspaper daily broadcaster network channel station agency magazine".split()
)
_BACK_SAID = re.compile(
    rf"\b(?:the|that|this)\s+(?:{'|'.join(sorted(_MEDIA_NOUNS))})\s+(?:also\s+)?"
    r"(?:states|stated|says|said|reported|reports|adds|added|notes|noted)\b",
    re.IGNORECASE,
)


def _cites(text: str) -> tuple[list[tuple[str, str]], bool]:
    """The named media a claim cites (source, the words citing it), and whether it cites one by a
    definite description only ("according to the outlet", "the report states")."""
    found = media(text)
    named = [(src, said) for src, said in found if src[:1].isupper()]
    # "according to X" and "X reported" cite X; "told X" may name the one told ("Trump told Maduro")
    explicit = [(src, said) for src, said in named if not said.lower().startswith(("told", "tell"))]
    named = explicit or named
    back = any(src.lower() in _MEDIA_NOUNS for src, _ in found) or bool(_BACK_SAID.search(text))
    return named, back and not named


def _citations(cs: list[Claim], text: str) -> list[_Frame]:
    """Claims that cite one medium, with the groups of their paragraph from there on. A medium named
    again by a definite description ("the outlet", "the report states") is the one the article named
    last."""
    out = []
    cites = [_cites(c.text) for c in cs]
    last: tuple[str, str] | None = None
    for i, c in enumerate(cs):
        named, back = cites[i]
        if len({src for src, _ in named}) > 1:
            last = None  # several media at once: none is "the outlet" of what follows
            continue
        if named:
            last = named[0]
        elif not (back and last):
            continue
        assert last is not None
        scope = [c]
        for k in range(i + 1, len(cs)):
            if "\n" in text[scope[-1].end : cs[k].start] or cites[k][0] or cites[k][1]:
                break  # a new paragraph, or another citation
            scope.append(cs[k])
        groups = frozenset(n.group for n in scope if n.group is not None)
        if groups:
            src, said = last
            out.append(_Frame(c, groups, said, source=src))
    return out
