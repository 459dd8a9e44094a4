"""Claims of many articles -> groups of aligned claims.

How it works:

1. Every claim becomes a bag of normalised content tokens (:mod:`viewer.core.claims.textnorm`): stems, names,
   aliases ("U.S." = "United States") and acronyms the corpus spells out ("FAA" = "Federal Aviation
   Administration"); different words with a common WordNet sense match at a lower weight ("quake" and
   "earthquake", :mod:`viewer.core.claims.lexicon`), and so, as much, does a noun of few senses and the
   noun of few senses directly above it ("negotiation", "discussion"). Each token is weighted by how
   rare it is among all claims (inverse document frequency), so "Hezbollah" counts for much and
   "Maduro", in a story about Maduro, for little; words that only say who spoke ("…, Neumann said")
   count for less still, and so does each word of a long name ("Fundamentalist Church of Jesus
   Christ"), which is one thing shared.
2. Candidate pairs come from an inverted index of words, and each new claim is scored only against the
   earlier claims it overlaps most (no loop over all pairs). :class:`Aligner` keeps this work, so adding
   an article scores only the pairs its claims take part in.
3. A pair's score is the rarity-weighted overlap both ways (Dice), or the containment of a short claim in
   a longer sentence, plus a little for shared word order, tempered by rapidfuzz's token-set ratio;
   numbers stated differently lower it. Two claims that share one word, one number or one name only
   score 0: one thing in common is a topic, not a statement.
4. A pair is linked only when the two claims can tell of one event (:mod:`viewer.core.align.events`):
   not when their years, dates, people or speakers differ, nor when their articles are about different
   stories (:mod:`viewer.core.align.story`: their eras, lead figures and model names, or principal
   names differ); such pairs are kept as
   "cannot link" for grouping.
5. Groups form by average-linkage agglomeration in one pass: two groups merge only when their mean link
   is high enough and most of their cross pairs link directly, which stops the chains that plain
   transitive closure builds (A~B, B~C, but A≁C). A group is one fact told by several sources: one claim
   per article unless that article restates it, and never a "cannot link" pair
   (:mod:`viewer.core.align.grouping`).
6. Articles that tell different stories are then told apart by the groups themselves
   (:mod:`viewer.core.align.corroborate`): two articles that share a fact or two, each with other
   articles it shares several facts with and none of those in common, are two stories: the groups
   that join them are grouped again without their links.
"""

from __future__ import annotations

import heapq
import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import islice

from rapidfuzz import fuzz

from viewer.core.align.corroborate import separate_stories
from viewer.core.align.events import STORY_DAYS, article_words, compatible, earlier_than, publication_day
from viewer.core.align.features import YEAR_NUMBER, ClaimFeatures, _corpus_acronyms, features
from viewer.core.align.grouping import Thresholds, agglomerate
from viewer.core.align.story import LEAD_CLAIMS, Signature, different_stories
from viewer.core.claims.dates import MONTHS, WEEKDAYS, When, claim_dates, dated_apart
from viewer.core.claims.textnorm import tokens
from viewer.core.model import Article, Claim


@dataclass(frozen=True, slots=True)
class AlignParams:
    """The thresholds of alignment. Scores are in [0, 1]."""

    link: float = 0.34  # a pair of claims is linked at this score
    merge: float = 0.22  # two groups merge when their mean link (pairs not scored count 0) reaches this
    repeat: float = 0.4  # a second claim of one article joins only if it restates the first this closely
    direct: float = 0.5  # and more than this share of their cross pairs link directly
    lead: float = 0.2  # an article's headline joins its first sentence's group at this score
    synonym: float = (
        0.8  # weight of a pair of different words WordNet gives one sense ("quake", "earthquake")
    )
    broader: float = 0.8  # weight of a noun and a word directly above it ("negotiation", "discussion")
    speaker: float = 0.3  # weight of words that only say who spoke ("…, Neumann said")
    number_clash: float = 0.7  # factor when both state numbers and none agree
    number_one_side: float = 0.85  # factor when numbers differ otherwise


DEFAULT = AlignParams()
# two claims that share every content word and every figure but their dates and years (this many words
# and figures at least) restate one statement
RESTATED_WORDS = 4
# two articles sharing this many statements of STATEMENT_WORDS content words or more, word for word, and
# this share of the shorter one's, are copies of one report (the 2004 tsunami told as background in two
# quake stories is one statement or two)
STATEMENT_WORDS = 6
COPIED_STATEMENTS = 3
COPIED_SHARE = 0.25
# a sentence restated word for word but for a name needs this many other content words: "Blackmore was
# arrested on Wednesday" / "Oler was arrested on Wednesday" are two men arrested, not one name in dispute
RENAMED_WORDS = 6
CALENDAR_WORDS = frozenset(
    t.norm for w in (*MONTHS, *WEEKDAYS, *(m[:3] for m in MONTHS), "sept") for t in tokens(w)
)
# each new claim is scored against at most this many earlier claims, the ones it overlaps most
MAX_CANDIDATES = 60


class Scorer:
    """Pair scores over one set of claims (weights depend on the whole set)."""

    def __init__(self, feats: Sequence[ClaimFeatures], params: AlignParams = DEFAULT) -> None:
        self.feats = feats
        self.params = params
        n = len(feats)
        df: dict[str, int] = defaultdict(int)
        for f in feats:
            for w in f.words | f.numbers:
                df[w] += 1
        self.idf = {w: math.log((n + 1) / d) + 0.1 for w, d in df.items()}
        # per claim, the words that weigh less than their rarity: speakers' names, words of long names
        self.factors = [self._factors(f) for f in feats]
        idf = self.idf
        self.word_totals = [
            math.fsum(idf.get(w, 0.0) * k.get(w, 1.0) for w in f.words)
            for f, k in zip(feats, self.factors, strict=True)
        ]

    def _factors(self, f: ClaimFeatures) -> dict[str, float]:
        out = dict(f.damped or {})
        for w in f.speaker:
            out[w] = out.get(w, 1.0) * self.params.speaker
        return out

    def _weight(self, words: frozenset[str] | set[str]) -> float:
        return math.fsum(self.idf.get(w, 0.0) for w in words)

    @staticmethod
    def _synonyms(a: ClaimFeatures, b: ClaimFeatures) -> list[tuple[str, str]]:
        return [(x, y) for x, y, _broad in Scorer._related(a, b)]

    @staticmethod
    def _related(a: ClaimFeatures, b: ClaimFeatures) -> list[tuple[str, str, bool]]:
        """Pairs of different content words, one of each claim, that WordNet gives a common sense,
        each word in one pair at most and neither word found as it is in the other claim."""
        out: list[tuple[str, str, bool]] = []
        if not a.senses or not b.senses:
            return out
        used_a: set[str] = set()
        used_b: set[str] = set()

        def pair(x: str, y: str, broad: bool = True) -> None:
            if x == y or x in b.words or y in a.words or x in used_a or y in used_b:
                return
            used_a.add(x)
            used_b.add(y)
            out.append((x, y, broad))

        for k in sorted(a.sense_keys & b.sense_keys):  # a fixed order keeps the result reproducible
            pair(a.senses[k], b.senses[k], False)
        # a verb of one and the noun of its act in the other ("complained" / "complaints")
        if a.nominal and not b.sense_keys.isdisjoint(a.nominal):
            for k in sorted(b.sense_keys.intersection(a.nominal)):
                pair(a.nominal[k], b.senses[k], False)
        if b.nominal and not a.sense_keys.isdisjoint(b.nominal):
            for k in sorted(a.sense_keys.intersection(b.nominal)):
                pair(a.senses[k], b.nominal[k], False)
        # a noun of few senses directly under another noun of few senses (a negotiation is a kind of
        # discussion; "people" or "region", of many senses, are too vague to count)
        if a.broader:
            for k in sorted(a.broader.keys() & b.specific & b.sense_keys):
                pair(a.broader[k], b.senses[k])
        if b.broader:
            for k in sorted(b.broader.keys() & a.specific & a.sense_keys):
                pair(a.senses[k], b.broader[k])
        return out

    def _shared(self, i: int, j: int, common: frozenset[str], synonyms: list[tuple[str, str, bool]]) -> float:
        """The rarity-weighted weight of what two claims share: common words, synonyms a little less,
        a word and one of its hypernyms less still."""
        idf = self.idf
        ka, kb = self.factors[i], self.factors[j]
        if ka or kb:
            shared = math.fsum(idf.get(w, 0.0) * min(ka.get(w, 1.0), kb.get(w, 1.0)) for w in common)
        else:
            shared = math.fsum(idf.get(w, 0.0) for w in common)
        if synonyms:
            p = self.params
            shared += math.fsum(
                (p.broader if broad else p.synonym) * min(idf.get(x, 0.0), idf.get(y, 0.0))
                for x, y, broad in synonyms
            )
        return shared

    @staticmethod
    def _units(a: ClaimFeatures, b: ClaimFeatures, common: frozenset[str]) -> float:
        """How many things two claims have in common: a word is one, and so is a name of several words
        ("Cartel de los Soles", each word weighing 1/n)."""
        da, db = a.damped or {}, b.damped or {}
        if not da and not db:
            return float(len(common))
        return math.fsum(min(da.get(w, 1.0), db.get(w, 1.0)) ** 2 for w in common)

    def score(self, i: int, j: int, *, figures: bool = True) -> float:
        """How surely two claims state the same thing, in [0, 1].

        Overlap of words weighted by rarity (Dice), plus the telling figures both state ("41.9%", "2,000
        jobs"), or containment when a short claim is stated inside a longer one; shared word order adds a
        little, and rapidfuzz's token-set ratio of the normalised
        wordings tempers the result. Numbers stated on one side only, or differently, lower it: two
        loosely similar sentences with different figures are usually different facts.
        """
        a, b = self.feats[i], self.feats[j]
        p = self.params
        common = a.words & b.words
        synonyms = self._related(a, b)
        if self._units(a, b, common) + len(synonyms) + len(a.numbers & b.numbers) < 1.99:
            return 0.0  # one word or one name in common is a topic, not a statement
        wa, wb = self.word_totals[i], self.word_totals[j]
        if wa <= 0 or wb <= 0:
            return 0.0
        shared = self._shared(i, j, common, synonyms)
        # a telling figure both state is evidence of one fact; one that only one states costs nothing
        # here (the number factors below weigh figures that differ). Not inside one article (``figures``
        # False): its sentences repeat its figures whatever each one says
        if figures and a.figures and b.figures:
            shared += self._weight(a.figures & b.figures)
        score = 2 * shared / (wa + wb)
        small = min(len(a.words), len(b.words))
        if len(common) + len(synonyms) >= 3 and small >= 3:
            contain = shared / min(wa, wb)
            score = max(score, contain * (0.75 if small >= 5 else 0.6))
        shared_bigrams = len(a.bigrams & b.bigrams)
        if shared_bigrams:
            score += 0.04 * min(shared_bigrams, 5)
        if score > p.link * 0.6:
            score = 0.8 * score + 0.2 * fuzz.token_set_ratio(a.folded, b.folded) / 100.0
        if a.numbers != b.numbers:
            score *= (
                p.number_clash if a.numbers and b.numbers and not a.numbers & b.numbers else p.number_one_side
            )
        return min(score, 1.0)


class Aligner:
    """Alignment that grows article by article.

    Adding claims scores only the pairs they take part in (new with old, new with new): pairs scored
    earlier keep their scores, so one article added to fifty costs that article's pairs, not all pairs.
    Rarity weights are those of the corpus when a pair is scored. Grouping is redone on every call of
    :meth:`groups`; it is cheap next to scoring.
    """

    def __init__(self, params: AlignParams = DEFAULT) -> None:
        self.params = params
        self.claims: list[Claim] = []
        self.feats: list[ClaimFeatures] = []
        self.when: list[tuple[When, ...]] = []  # each claim's dates, relative ones read from its article's
        self.lead: list[bool] = []  # each claim: one of its article's first claims, which tell its event
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.edges: dict[tuple[int, int], float] = {}
        self.acronyms: dict[str, str] = {}
        # pairs of claims that share words but cannot tell of one event (i < j)
        self.conflicts: set[tuple[int, int]] = set()
        self._stories: dict[tuple[str, str], bool] = {}
        self.article_words: dict[str, set[str]] = defaultdict(set)
        self.article_names: dict[str, Counter[str]] = defaultdict(Counter)
        self.article_day: dict[str, int] = {}  # publication dates as day numbers
        self.signatures: dict[str, Signature] = defaultdict(Signature)  # main events (story.py)
        # per article, the content words of its statements (of STATEMENT_WORDS words or more): two
        # articles that share many word for word are copies of one report, whatever their figures say
        self.statements: dict[str, set[frozenset[str]]] = defaultdict(set)

    def add(
        self,
        claims: Sequence[Claim],
        cancelled: Callable[[], bool] | None = None,
        published: dict[str, str | None] | None = None,
    ) -> None:
        """Add claims; ``published`` gives their articles' publication dates (ISO, or None)."""
        first = len(self.claims)
        self.claims.extend(claims)
        for art, stamp in (published or {}).items():
            year = re.match(r"\s*(1[89]\d\d|20\d\d)\b", stamp or "")
            if year:
                self.signatures[art].published_year = int(year.group(1))
            day = publication_day(stamp)
            if day is not None:
                self.article_day[art] = day
        for c in claims:
            self.lead.append(self.signatures[c.article].claims < LEAD_CLAIMS)
            self.article_words[c.article] |= article_words(c.text)
            self.signatures[c.article].add(c.text)
        # acronyms written in capitals anywhere so far; only the new claims need reading
        self.acronyms.update(_corpus_acronyms(claims))
        acronyms = self.acronyms
        for i, c in enumerate(claims, start=first):
            # who said it is part of the claim, even when its sentence names the speaker in another piece
            f = features(f"{c.text}, {c.said}." if c.said else c.text, acronyms)
            self.feats.append(f)
            if len(f.words) >= STATEMENT_WORDS:
                self.statements[c.article].add(f.words)
            day = self.article_day.get(c.article)
            self.when.append(tuple(claim_dates(c.text, date.fromordinal(day) if day is not None else None)))
            if f.event is not None:
                self.article_names[c.article].update(f.event.names | f.event.speakers)
            for w in f.words:
                self.postings[w].append(i)
        scorer = Scorer(self.feats, self.params)
        totals = scorer.word_totals
        # words in a large share of claims are not telling alone (the story's main names)
        limit = max(8, min(int(0.6 * len(self.feats)), 400))
        for i in range(first, len(self.feats)):
            if cancelled is not None and i % 256 == 0 and cancelled():
                return
            shared: dict[int, float] = defaultdict(float)
            for w in sorted(self.feats[i].words):  # a fixed order keeps float sums reproducible
                ids = self.postings[w]
                if len(ids) > limit:
                    continue
                weight = scorer.idf[w]
                for j in islice(ids, bisect_left(ids, i)):  # the earlier claims (postings are sorted)
                    shared[j] += weight
            # the overlap terms cannot reach the merge level when the shared weight is far below them;
            # of the rest, only the closest few are scored, so a story told a hundred times stays linear
            ti = totals[i]
            ranked = []
            for j, weight in shared.items():
                tj = totals[j]
                low = ti if ti < tj else tj
                if weight >= 0.05 * low:
                    ranked.append((weight / low, j))
            if len(ranked) > MAX_CANDIDATES:
                ranked = heapq.nlargest(MAX_CANDIDATES, ranked)
            for _overlap, j in ranked:
                s = scorer.score(j, i, figures=self.claims[i].article != self.claims[j].article)
                # every scored pair weighs in the mean link of two groups; a pair at the merge level is
                # also a direct link, and one that cannot tell of one event keeps its claims apart
                if s > 0.0:
                    if self._compatible(j, i, restated=self._restated(j, i)):
                        self.edges[(j, i)] = s
                    elif s >= self.params.merge:
                        self.conflicts.add((j, i))

    def _compatible(self, i: int, j: int, restated: bool = False) -> bool:
        """Can two claims tell of one event? ``restated``: the two say the same words but for a date or a
        year, which is then one statement dated two ways (a contradiction to show), not two events."""
        a, b = self.claims[i], self.claims[j]
        fa, fb = self.feats[i].event, self.feats[j].event
        if fa is None or fb is None:
            return True
        if a.article == b.article:
            # an article that repeats a statement repeats who made it: two speakers, two statements
            return not (fa.speakers and fb.speakers and not fa.speakers & fb.speakers)
        words, sig = self.article_words, self.signatures
        if not self._same_story(a.article, b.article):
            return False
        sa, sb = sig[a.article], sig[b.article]
        if not restated and (
            (self.lead[j] and earlier_than(fa, fb, sb.era, sb.named))
            or (self.lead[i] and earlier_than(fb, fa, sa.era, sa.named))
        ):
            return False  # background of one article, the lead of the other's own event
        if restated:
            fa, fb = (
                replace(fa, years=frozenset(), dates=frozenset()),
                replace(fb, years=frozenset(), dates=frozenset()),
            )
        elif dated_apart(self.when[i], self.when[j]):
            return False
        if self._renamed(i, j):
            # the same statement word for word but for a name (of a place, a person, or whoever says it):
            # one statement, the name in dispute
            fa = replace(fa, names=frozenset(), people=frozenset(), speakers=frozenset())
            fb = replace(fb, names=frozenset(), people=frozenset(), speakers=frozenset())
        elif fa.speakers and fb.speakers and fa.quotes & fb.quotes:
            # one quotation word for word, given to two speakers: who said it is in dispute, the claim is one
            fa, fb = replace(fa, speakers=frozenset()), replace(fb, speakers=frozenset())
        return compatible(fa, fb, words[a.article], words[b.article], sa.era, sb.era)

    def _restated(self, i: int, j: int) -> bool:
        """The same sentence but for its dates: every content word of each, bar the names of months
        and days, is in the other, and so is every figure but years; and there are enough words and
        figures to make a statement."""
        fa, fb = self.feats[i], self.feats[j]
        if len(fa.words ^ fb.words) > 6:
            return False  # more differs than a date's words (a quick test: most pairs stop here)
        wa, wb = fa.words - CALENDAR_WORDS, fb.words - CALENDAR_WORDS
        days_a = fa.event.days if fa.event else frozenset()
        days_b = fb.event.days if fb.event else frozenset()
        na = {n for n in fa.numbers if not YEAR_NUMBER.fullmatch(n) and n not in days_a}
        nb = {n for n in fb.numbers if not YEAR_NUMBER.fullmatch(n) and n not in days_b}
        # a figure both state counts as a word of the statement ("Turnout was 58%, up from 49%")
        return wa == wb and na == nb and len(wa) + len(na) >= RESTATED_WORDS

    def _copies(self, x: str, y: str) -> bool:
        """Two articles that state many of the same statements word for word (:data:`COPIED_STATEMENTS`,
        and a :data:`COPIED_SHARE` of the shorter one's) tell one story: a lead that gives another model
        or year ("Airbus A321" for "A320") is a dispute, not another event."""
        sx, sy = self.statements.get(x, set()), self.statements.get(y, set())
        shared = len(sx & sy)
        return shared >= COPIED_STATEMENTS and shared >= COPIED_SHARE * min(len(sx), len(sy))

    def _renamed(self, i: int, j: int) -> bool:
        """The same sentence but for a name: every other content word and every figure of each is in the
        other, and there are enough of them (:data:`RENAMED_WORDS`, words and figures) to make one
        statement."""
        fa, fb = self.feats[i], self.feats[j]
        if fa.event is None or fb.event is None or fa.numbers != fb.numbers or len(fa.words ^ fb.words) > 8:
            return False
        # names: capitalised words, and the aliases of names of several words ("united_nations")
        wa = {w for w in fa.words - fa.event.names - fa.event.speakers if "_" not in w}
        wb = {w for w in fb.words - fb.event.names - fb.event.speakers if "_" not in w}
        return wa == wb and len(wa) + len(fa.numbers) >= RENAMED_WORDS

    def _same_story(self, x: str, y: str) -> bool:
        key = (x, y) if x < y else (y, x)
        known = self._stories.get(key)
        if known is None:
            names, words, days = self.article_names, self.article_words, self.article_day
            apart = abs(days[x] - days[y]) if x in days and y in days else 0
            sig = self.signatures
            known = apart <= STORY_DAYS and (
                self._copies(x, y)
                or not different_stories(sig[x], sig[y], names[x], names[y], words[x], words[y])
            )
            self._stories[key] = known
        return known

    def copy(self) -> Aligner:
        twin = Aligner(self.params)
        twin.claims = list(self.claims)
        twin.feats = list(self.feats)
        twin.when = list(self.when)
        twin.lead = list(self.lead)
        twin.postings = defaultdict(list, {w: list(ids) for w, ids in self.postings.items()})
        twin.edges = dict(self.edges)
        twin.acronyms = dict(self.acronyms)
        twin.conflicts = set(self.conflicts)
        twin.article_words = defaultdict(set, {k: set(v) for k, v in self.article_words.items()})
        twin.article_day = dict(self.article_day)
        twin.signatures = defaultdict(Signature, {k: v.copy() for k, v in self.signatures.items()})
        twin.article_names = defaultdict(Counter, {k: Counter(v) for k, v in self.article_names.items()})
        twin.statements = defaultdict(set, {k: set(v) for k, v in self.statements.items()})
        twin._stories = dict(self._stories)
        return twin

    def remove(self, article_ids: set[str]) -> None:
        """Forget the claims of these articles, keeping the scores of the pairs that remain."""
        keep = [i for i, c in enumerate(self.claims) if c.article not in article_ids]
        new_index = {old: new for new, old in enumerate(keep)}
        self.claims = [self.claims[i] for i in keep]
        self.feats = [self.feats[i] for i in keep]
        self.when = [self.when[i] for i in keep]
        self.lead = [self.lead[i] for i in keep]
        self.postings = defaultdict(list)
        for i, f in enumerate(self.feats):
            for w in f.words:
                self.postings[w].append(i)
        self.edges = {
            (new_index[i], new_index[j]): s
            for (i, j), s in self.edges.items()
            if i in new_index and j in new_index
        }
        self.conflicts = {
            (new_index[i], new_index[j]) for i, j in self.conflicts if i in new_index and j in new_index
        }
        for art in article_ids:
            self.article_words.pop(art, None)
            self.article_day.pop(art, None)
            self.signatures.pop(art, None)
            self.article_names.pop(art, None)
            self.statements.pop(art, None)
        self._stories = {k: v for k, v in self._stories.items() if not set(k) & article_ids}

    def _regroup(
        self, clusters: list[set[int]], apart: set[tuple[str, str]], thresholds: Thresholds
    ) -> list[set[int]]:
        """The groups that join claims of articles kept ``apart`` are grouped again, from their claims,
        without the links between those articles; the other groups stay as they are."""
        article_of = [c.article for c in self.claims]
        mixed = [m for m in clusters if any((article_of[i], article_of[j]) in apart for i in m for j in m)]
        if not mixed:
            return clusters
        ids = sorted(i for m in mixed for i in m)
        local = {i: k for k, i in enumerate(ids)}
        edges = {
            (local[i], local[j]): s
            for (i, j), s in self.edges.items()
            if i in local and j in local and (article_of[i], article_of[j]) not in apart
        }
        cannot = [(local[i], local[j]) for i, j in self.conflicts if i in local and j in local]
        leads = [(local[i], local[j]) for i, j in self._leads() if i in local and j in local]
        regrouped = agglomerate(len(ids), edges, [article_of[i] for i in ids], thresholds, cannot, leads)
        kept = [m for m in clusters if not m & local.keys()]
        return kept + [{ids[k] for k in m} for m in regrouped]

    def _leads(self) -> list[tuple[int, int]]:
        """Each article's headline with the claim after it, its lead sentence (indices, i < j)."""
        out = []
        headline: dict[str, int] = {}
        for i, c in enumerate(self.claims):
            if c.headline:
                headline[c.article] = i
            elif headline.get(c.article, -1) >= 0:
                out.append((headline[c.article], i))
                headline[c.article] = -1
        return out

    def strongest_links(self, claim_ids: Sequence[str], per_claim: int) -> list[tuple[str, str]]:
        """The ``per_claim`` strongest links of each claim to the others of ``claim_ids`` (other
        articles only), as pairs of ids: in a large group, the pairs worth reading closely."""
        index = {c.id: i for i, c in enumerate(self.claims)}
        members = [index[c] for c in claim_ids if c in index]
        chosen: set[tuple[int, int]] = set()
        for x in members:
            scored = []
            for y in members:
                if y == x or self.claims[x].article == self.claims[y].article:
                    continue
                s = self.edges.get((x, y) if x < y else (y, x))
                if s is not None:
                    scored.append((s, y))
            for _s, y in heapq.nlargest(per_claim, scored):
                chosen.add((x, y) if x < y else (y, x))
        return [(self.claims[x].id, self.claims[y].id) for x, y in sorted(chosen)]

    def groups(self) -> list[list[str]]:
        """Groups of aligned claim ids, each with two or more claims, in order of first appearance."""
        p = self.params
        thresholds = Thresholds(p.link, p.merge, p.repeat, p.direct, p.lead)
        article_of = [c.article for c in self.claims]
        clusters = agglomerate(
            len(self.claims), self.edges, article_of, thresholds, self.conflicts, self._leads()
        )
        # articles that tell two different stories are kept apart and the groups joining them are grouped
        # again, once: a second look would judge ties that the first cut weakened (in one ECB+ cluster of a
        # single event it kept 11 more pairs of its articles apart)
        found = separate_stories([m for m in clusters if len(m) > 1], article_of)
        if found:
            clusters = self._regroup(clusters, found | {(y, x) for x, y in found}, thresholds)
        groups = sorted(sorted(m) for m in clusters if len(m) > 1)
        return [[self.claims[i].id for i in g] for g in groups]


def align(
    articles: Sequence[Article],
    claims: Sequence[Claim],
    *,
    cancelled: Callable[[], bool] | None = None,
    params: AlignParams = DEFAULT,
) -> list[list[str]]:
    """Groups of aligned claims (ids), each with two or more claims, in order of first appearance."""
    aligner = Aligner(params)
    aligner.add(claims, cancelled)
    if cancelled is not None and cancelled():
        return []
    return aligner.groups()
