"""Paths -> :class:`Comparison`: read, segment, align, find contradictions, assign statuses.

Synchronous and pure. The UI runs it on a worker thread and passes ``progress`` and ``cancelled``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from viewer.core.align.aligner import DEFAULT, Aligner, AlignParams
from viewer.core.claims.segment import segment
from viewer.core.contradict.disagree import disagreements_of
from viewer.core.contradict.finder import find_contradictions
from viewer.core.contradict.frames import frame_contradictions
from viewer.core.model import (
    Article,
    ArticleEdit,
    Claim,
    Comparison,
    Contradiction,
    Decision,
    Group,
    Problem,
    Status,
)
from viewer.core.read.ingest import IngestError, expand_inputs, read_article
from viewer.core.read.limits import Cancelled
from viewer.core.review import apply_decisions

Progress = Callable[[int, int, str], None]
# raised inside :func:`compare` when ``cancelled()`` turned true (also from inside a file being read)
__all__ = ["Analyzer", "Cancelled", "Progress", "compare", "compare_articles", "read_inputs"]


def read_inputs(
    paths: Sequence[str],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    first_id: int = 1,
    skip: Callable[[str], bool] | None = None,
) -> tuple[list[Article], list[Problem]]:
    """Read every input (directories expanded) into articles A1…An, collecting problems.

    ``first_id`` numbers the articles from another start; ``skip(path)`` leaves out files already held.
    """
    files, problems = expand_inputs(paths)
    articles: list[Article] = []
    seen: set[str] = set()
    for i, path in enumerate(files):
        if cancelled is not None and cancelled():
            raise Cancelled
        if progress is not None:
            progress(i, len(files), f"Reading {path}")
        key = _file_key(path)
        if key in seen:
            problems.append(Problem(path, "the same file was given twice; it is compared once"))
            continue
        seen.add(key)
        if skip is not None and skip(key):
            continue
        try:
            articles.append(read_article(path, f"A{first_id + len(articles)}", cancelled=cancelled))
        except IngestError as exc:
            problems.append(Problem(path, str(exc)))
    return articles, problems


def _file_key(path: str) -> str:
    import os

    try:
        return os.path.realpath(path)
    except OSError:
        return path


def compare(
    paths: Sequence[str],
    *,
    decisions: Iterable[Decision] | None = None,
    edits: Iterable[ArticleEdit] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Comparison:
    """Compare the articles in ``paths`` (files or folders), with the reviewer's ``decisions`` and
    corrected article details (``edits``) applied (:mod:`viewer.core.review`)."""
    articles, problems = read_inputs(paths, progress=progress, cancelled=cancelled)
    result = replace(
        compare_articles(articles, progress=progress, cancelled=cancelled), problems=tuple(problems)
    )
    return apply_decisions(result, decisions or (), edits=edits or ())


def compare_articles(
    articles: Sequence[Article],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Comparison:
    """Compare articles that are already read."""
    return Analyzer().add(articles, progress=progress, cancelled=cancelled)


class Analyzer:
    """A comparison that grows and shrinks: per-article work (claims, their features, the scores of
    their pairs) is kept, so adding one article scores only that article's pairs."""

    def __init__(self, params: AlignParams = DEFAULT) -> None:
        self._aligner = Aligner(params)
        self._articles: list[Article] = []
        self._contradictions: dict[tuple[str, ...], list[Contradiction]] = {}
        # the reviewer's decisions and corrected details, applied to every comparison this returns
        self.decisions: tuple[Decision, ...] = ()
        self.edits: tuple[ArticleEdit, ...] = ()

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(self._articles)

    def add(
        self,
        articles: Sequence[Article],
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Comparison:
        """Add articles (their ids must be new) and return the comparison of all."""

        def check() -> None:
            if cancelled is not None and cancelled():
                raise Cancelled

        known = {a.id for a in self._articles}
        claims: list[Claim] = []
        for n, art in enumerate(articles):
            check()
            if art.id in known:
                raise ValueError(f"article {art.id} is already in the comparison")
            if progress is not None:
                progress(n, len(articles), f"Finding claims in {art.title}")
            for k, span in enumerate(segment(art.text), start=1):
                claims.append(
                    Claim(
                        f"{art.id}.c{k}",
                        art.id,
                        span.start,
                        span.end,
                        span.text,
                        said=span.said,
                        headline=span.headline,
                    )
                )
        check()
        if progress is not None:
            progress(len(articles), len(articles), "Aligning claims")
        self._aligner.add(claims, cancelled, {a.id: a.published for a in articles})
        check()
        self._articles.extend(articles)
        return self.comparison()

    def remove(self, article_ids: Sequence[str]) -> Comparison:
        """Drop articles and return the comparison of the rest."""
        drop = set(article_ids)
        self._aligner.remove(drop)
        self._articles = [a for a in self._articles if a.id not in drop]
        return self.comparison()

    def copy(self) -> Analyzer:
        """An independent analyzer holding the same work (cheap: claims and features are shared)."""
        twin = Analyzer(self._aligner.params)
        twin._articles = list(self._articles)
        twin._contradictions = dict(self._contradictions)
        twin._aligner = self._aligner.copy()
        twin.decisions, twin.edits = self.decisions, self.edits
        return twin

    def review(self, decisions: Iterable[Decision], edits: Iterable[ArticleEdit] = ()) -> Comparison:
        """Keep these decisions and corrected details (for later comparisons too) and return the
        comparison with them applied; nothing is read or aligned again."""
        self.decisions, self.edits = tuple(decisions), tuple(edits)
        return self.comparison()

    def update(
        self,
        paths: Sequence[str],
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Comparison:
        """Make the comparison hold exactly the files in ``paths``: articles no longer listed are
        removed, new files are read and added, files already held are not read or scored again."""
        files, _ = expand_inputs(paths)
        wanted = {_file_key(f) for f in files}
        held = {_file_key(a.path): a.id for a in self._articles if a.path}
        gone = [aid for key, aid in held.items() if key not in wanted]
        if gone:
            self.remove(gone)
        numbers = [int(a.id[1:]) for a in self._articles if a.id[1:].isdigit()]
        articles, problems = read_inputs(
            paths,
            progress=progress,
            cancelled=cancelled,
            first_id=max(numbers, default=0) + 1,
            skip=lambda key: key in held,
        )
        self.add(articles, progress=progress, cancelled=cancelled)
        # the articles follow the order of ``paths`` (a view may have reordered them)
        position = {key: i for i, key in enumerate(_file_key(f) for f in files)}
        self._articles.sort(key=lambda a: position.get(_file_key(a.path), len(position)) if a.path else 0)
        return replace(self.comparison(), problems=tuple(problems))

    def comparison(self) -> Comparison:
        groups = self._aligner.groups()
        # a group that did not change keeps its contradictions (the finder is the costly part)
        live = {tuple(g) for g in groups}
        self._contradictions = {k: v for k, v in self._contradictions.items() if k in live}
        engine = _assemble(self._articles, self._aligner, groups, self._contradictions)
        return apply_decisions(engine, self.decisions, edits=self.edits)


# Every pair of a group is read for contradictions up to this size; in larger groups (a story told
# by dozens of sources) each claim is read against its closest wordings only, so the work stays linear.
ALL_PAIRS_UP_TO = 12
CLOSEST = 3


def _assemble(
    articles: Sequence[Article],
    aligner: Aligner,
    groups_of_claims: Sequence[Sequence[str]],
    cache: dict[tuple[str, ...], list[Contradiction]] | None = None,
) -> Comparison:
    """Groups, contradictions and each claim's status, group and sources."""
    claims = aligner.claims
    by_id = {c.id: c for c in claims}
    contradictions: list[Contradiction] = []
    groups: list[Group] = []
    group_of: dict[str, str] = {}
    for n, members in enumerate(groups_of_claims, start=1):
        gid = f"G{n}"
        for cid in members:
            group_of[cid] = gid
        key = tuple(members)
        found = cache.get(key) if cache is not None else None
        if found is None:
            pairs = aligner.strongest_links(members, CLOSEST) if len(members) > ALL_PAIRS_UP_TO else None
            found = find_contradictions(gid, [by_id[c] for c in members], articles, pairs=pairs)
            if cache is not None:
                cache[key] = found
        contradictions.extend(k if k.group == gid else replace(k, group=gid) for k in found)
    # counts of one list and sources of one fact, compared across groups through the story's frame
    framed = [replace(c, group=group_of.get(c.id)) for c in claims]
    contradictions.extend(
        frame_contradictions(articles, framed, {frozenset(k.claims) for k in contradictions})
    )
    contradicted = {cid for k in contradictions for cid in k.claims}
    article_order = {a.id: i for i, a in enumerate(articles)}
    sources_of: dict[str, tuple[str, ...]] = {}
    for n, members in enumerate(groups_of_claims, start=1):
        arts = tuple(sorted({by_id[c].article for c in members}, key=article_order.__getitem__))
        for cid in members:
            sources_of[cid] = arts
        groups.append(Group(f"G{n}", tuple(members), _status(any(c in contradicted for c in members), arts)))
    final: list[Claim] = []
    for c in claims:
        srcs = sources_of.get(c.id, (c.article,))
        status = _status(c.id in contradicted, srcs)
        final.append(replace(c, status=status, group=group_of.get(c.id), sources=srcs))
    contradictions.sort(key=lambda k: -k.strength)
    disagreements = disagreements_of(contradictions, final)
    return Comparison(
        tuple(articles),
        tuple(final),
        tuple(groups),
        tuple(contradictions),
        disagreements=tuple(disagreements),
    )


def _status(contradicted: bool, sources: Sequence[str]) -> Status:
    if contradicted:
        return Status.CONTRADICTED
    return Status.SHARED if len(sources) > 1 else Status.UNIQUE
