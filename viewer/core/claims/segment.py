"""Text -> claims: sentence-sized spans with exact character offsets (``text[start:end] == span.text``).

Works line by line. Boilerplate lines ("Advertisement", "Published: …", a bare date line) are skipped but stay
in the text; bullets lose their marker; headings stay whole; a quotation whose attribution sits on the next
line ("…,” / Neumann said.) becomes one claim, and so does a line that introduces a quotation with a colon
together with the quotation's first sentence ("Senator X stated:" / "- “We have a war…”"); and a sentence
with two facts joined by a semicolon, or two complete clauses joined by a conjunction, becomes two claims.
Section headings between paragraphs are not claims (the first line, the headline, is one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from viewer.core.claims.clauses import is_complete_clause, last_clause, opens_clause
from viewer.core.claims.dates import MONTH_RX
from viewer.core.model import Span
from viewer.core.read.boilerplate import is_boilerplate

# Words that end with a full stop without ending a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st jr sr gen sen rep gov lt col capt sgt cmdr adm maj cpl pvt rev hon pres inc
    corp co ltd llc bros dept univ assn est approx vs etc ft mt jan feb mar apr jun jul aug sep sept oct
    nov dec mon tue tues wed thu thur thurs fri sat sun a.m p.m i.e e.g u.s u.k u.n u.s.a e.u d.c a.d
    b.c ph.d""".split()
)
# These only abbreviate before a number ("No. 5", "Fig. 2"); elsewhere they are words.
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "fig", "vol", "art", "p", "pp"})
_SENTENCE_FINAL_ABBR = frozenset({"etc", "co", "inc", "corp", "ltd", "jr", "sr", "bros"})
# After a dotted acronym ("U.S.") a sentence only ends when one of these starts the next one.
_STARTERS = frozenset(
    """the a an he she it they we i this that these those but and in on at for if when while as after
    before since there his her its their our some many most one two three officials""".split()
)
_OPEN_QUOTES = "\"'“‘«(["
_CLOSE_QUOTES = "\"'”’»)]"
_TERMINALS = ".!?…"

# "· Yahoo NewsAs Washington…": an outlet glued to the first sentence of a syndicated page.
_DOT_PREFIX = re.compile(r"\s*·\s*[A-Z][\w&]*(?: [A-Z][\w&]*){0,3}?(?=[A-Z][a-z])")
# "WASHINGTON (Reuters) - ", "TARVIK, March 3 - ", "LONDON, 3 March 2026 (AP) — " and similar datelines
# before the first sentence: the place in capitals, a day, the agency, a dash.
_DATELINE_PREFIX = re.compile(
    r"\s*[A-Z][A-Z .,'-]{2,40}\s*\([A-Za-z .]{2,30}\)\s*[-–—]+\s*"
    rf"|\s*[A-Z][A-Z .'-]{{1,40}}[A-Z],\s+(?:{MONTH_RX}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_RX})(?:,?\s+\d{{4}})?"
    r"\s*(?:\([A-Za-z .]{2,30}\)\s*)?[-–—]+\s+"
)
# a list marker; "5. 9 Earthquake Jolts Iran" is a decimal written with a space, not item 5
_BULLET = re.compile(r"\s*(?:[-*•·▪◦‣–—]|\d{1,2}[.)](?!\s*\d))\s+")
_MARKDOWN_HEADING = re.compile(r"\s{0,3}(#{1,6})\s+")
_ATTRIBUTION = re.compile(
    r"""^\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|he|she|they|it|the\ \w+)\s+
    (?:said|says|added|explained|warned|noted|continued|told\ [\w\s]{1,40}|wrote|stated|argued)\b
    [^.!?]{0,80}[.!?]\s*$|^\s*(?:said|added|explained)\s+[A-Z][\w\s.'’-]{1,60}[.!?]\s*$""",
    re.VERBOSE,
)
_WORD = re.compile(r"\w+", re.UNICODE)


def segment(text: str) -> list[Span]:
    """Split an article's text into claim spans, in reading order."""
    spans: list[Span] = []
    pending_quote: Span | None = None
    pending_intro: Span | None = None  # a line that ends with a colon, before a quotation
    lines = list(_lines(text))
    seen_prose = False  # the first line of prose is the headline: a claim, unlike later section headings
    for n, (line_start, line) in enumerate(lines):
        start = line_start
        end = line_start + len(line.rstrip())
        body = text[start:end]
        if is_boilerplate(body):
            pending_quote = pending_intro = None
            continue
        headline = not seen_prose
        seen_prose = True
        marker = _MARKDOWN_HEADING.match(text, start, end)
        if marker and marker.end() < end:
            pending_quote = pending_intro = None
            if not headline or len(marker[1]) > 1:
                continue  # "## What happens next": a section heading is not a claim
            start = marker.end()
        bulleted = False
        for rx in (_DOT_PREFIX, _DATELINE_PREFIX, _BULLET):
            m = rx.match(text, start, end)
            if m and m.end() < end:
                start = m.end()
                bulleted = bulleted or rx is _BULLET
        if not (headline or bulleted) and _is_section_heading(text[start:end].strip(), lines, n):
            pending_quote = pending_intro = None
            continue
        start += len(text[start:end]) - len(text[start:end].lstrip())
        if start >= end:
            continue
        body = text[start:end]
        if pending_quote is not None and _ATTRIBUTION.match(body) and len(body) < 120:
            # '"…," / Neumann said.' is one claim across the line break
            spans[-1] = Span(pending_quote.start, end, text[pending_quote.start : end])
            pending_quote = None
            continue
        pending_quote = None
        if pending_intro is not None and body[:1] in _OPEN_QUOTES[:4]:
            # 'Senator X stated:' / '- "We have a war…"' is one claim: who said it, then what was said
            first_end = next(_sentences(text, start, end))[1]
            spans[-1] = Span(pending_intro.start, first_end, text[pending_intro.start : first_end])
            pending_intro = None
            rest = first_end + len(text[first_end:end]) - len(text[first_end:end].lstrip())
            for s, e in _sentences(text, rest, end):
                spans.extend(_split_facts(text, s, e))
            continue
        pending_intro = None
        if _is_heading(body):
            spans.append(Span(start, end, body, heading=True, headline=headline))
            if body.rstrip("-– ").endswith(":"):
                pending_intro = spans[-1]
            continue
        for s, e in _sentences(text, start, end):
            if not _asks(text[s:e]):
                spans.extend(_split_facts(text, s, e))
        if spans and re.search(r",\s*[\"”’']\s*$", body):
            pending_quote = spans[-1]
        elif spans and body.endswith(":"):
            pending_intro = spans[-1]
    return [s for s in spans if _WORD.search(s.text)]


def _asks(sentence: str) -> bool:
    """A question of the writer's own ("Will they also support ARM processors?") asks the reader and
    asserts nothing, so it is not a claim; a question someone is quoted asking is reported speech."""
    body = sentence.rstrip()
    if not body.endswith("?"):
        return False
    # the question mark closes the writer's sentence unless a quotation is still open before it (a
    # quoted word inside the question, 'Is this the "new normal"?', leaves it the writer's)
    before = body[:-1]
    open_curly = before.count("“") > before.count("”") or before.count("«") > before.count("»")
    return not (open_curly or before.count('"') % 2 == 1)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _is_heading(line: str) -> bool:
    s = line.rstrip()
    words = s.split()
    if not words or len(words) > 20:
        return False
    if s[-1] in _TERMINALS or s[-1] in _CLOSE_QUOTES or s.endswith((",", ";")):
        return False
    # a line with a sentence break inside is prose that lost its final stop
    return not re.search(r"[a-z][.!?]\s+[A-Z]", s)


_SECTION_WORDS = 14


def _is_section_heading(body: str, lines: list[tuple[int, str]], n: int) -> bool:
    """A section heading between paragraphs ("What Happens Next?", "An Offer Refused, Talks Collapse"):
    a short line of its own in title case, or a short question, that prose follows. It stays in the text
    but states nothing, so it is not a claim. A line in sentence case with a verb stays a claim."""
    words = body.split()
    if not words or len(words) > _SECTION_WORDS or body.rstrip("-– ").endswith(":"):
        return False
    if not any(ln.strip() and not is_boilerplate(ln) for _, ln in lines[n + 1 :]):
        return False  # nothing follows: the last line of an article is prose that lost its stop
    if body[:1] in _OPEN_QUOTES or re.search(r"[^\W\d_][.!?]\s+\S", body):
        return False
    if body.endswith("?"):
        return True  # a question on a line of its own asks the reader; it asserts nothing
    return _is_heading(body) and _title_case(body)


def _title_case(body: str) -> bool:
    """Most words of four letters or more start with a capital (short function words may not)."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’]*", body) if len(w) >= 4]
    if len(words) < 2 or not body[:1].isupper():
        return False
    return sum(1 for w in words if w[:1].isupper()) >= 0.8 * len(words)


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence boundaries within text[start:end]."""
    s = start
    i = start
    while i < end:
        ch = text[i]
        if ch in _TERMINALS:
            j = i + 1
            while j < end and (text[j] in _TERMINALS or text[j] in _CLOSE_QUOTES):
                j += 1
            if j >= end:
                break
            if text[j].isspace() and _is_boundary(text, s, i, j, end):
                yield s, j
                k = j
                while k < end and text[k].isspace():
                    k += 1
                s = k
                i = k
                continue
            i = j
            continue
        i += 1
    if s < end:
        yield s, end


def _is_boundary(text: str, sent_start: int, dot: int, after: int, end: int) -> bool:
    k = after
    while k < end and text[k].isspace():
        k += 1
    if k >= end:
        return False
    nxt = text[k]
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPEN_QUOTES or nxt in "-–—•"):
        return False
    if text[dot] != ".":
        return True
    # the word before the full stop
    w0 = dot
    while w0 > sent_start and not text[w0 - 1].isspace() and text[w0 - 1] not in _OPEN_QUOTES:
        w0 -= 1
    word = text[w0:dot]
    low = word.lower().strip("'’\"“(")
    next_word = _WORD.match(text, k + (1 if nxt in _OPEN_QUOTES else 0))
    nw = next_word.group(0).lower() if next_word else ""
    if not low:
        return True
    if len(low) == 1 and low.isalpha():
        return False  # an initial: "Gerald R. Ford", "a. m."
    if low.isdigit() and nxt.isdigit():
        return False  # "6. 1" in detokenised text
    if "." in low:
        return nw in _STARTERS  # "U.S." ends a sentence only before a new subject
    if low in _NUMBER_ABBREVIATIONS:
        return not nxt.isdigit()
    if low in _ABBREVIATIONS:
        # "Nov. 16", "Dr. Smith" go on; "…and Co. The next…" may end
        return low in _SENTENCE_FINAL_ABBR and not nxt.isdigit() and nw in _STARTERS
    return True


# "…, and the money has been used…": a conjunction that may open a clause with its own subject and verb
# (clauses.opens_clause decides; a pronoun before it is part of a compound subject: "he and his wife")
_COORD_CLAUSE = re.compile(r",?\s+(?:and|but|while|whereas|after|because|although)\s+")
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|it|we|I|they|you)\s*$")
# "that" or "this" standing alone as a subject refers to the whole clause before it: not a statement alone
_BACK_REFERENCE = re.compile(
    r"(?:that|this)\s+(?:\w+ly\s+)?(?:is|was|has|had|will|would|could|may|might|\w+ed)\b", re.I
)
# "…delivered an ultimatum before announcing the airspace closed": a second action in a participle
_PARTICIPLE = re.compile(r",?\s+(?:before|after)\s+(?=\w+ing\s)")
# "…could commence soon and explicitly ordered all aircraft…": a second verb phrase of the same subject
_COORD_VERB = re.compile(
    r",?\s+(?:and|but)\s+(?=(?:\w+ly\s+)?(?!used\b|based\b)\w+ed\s+(?:the|a|an|all|its|his|her|their|to|\w+s)\b)"
)
# "After X happened, Y did Z": a long fronted clause with a fact of its own
_FRONTED = re.compile(r"^(?:After|Following|Before|Since|Although|Though|Because|While|Amid)\b")
_MIN_LEFT, _MIN_RIGHT = 6, 5
# ", said Jane Doe of the agency." / ", the mayor told reporters." closing a sentence
_REPORTING = r"(?:said|says|told|added|explained|warned|noted|reported|confirmed|stated)"
_TRAILING_ATTRIBUTION = re.compile(
    rf",\s*[\"”’']?\s*(?:{_REPORTING}\b[^;]{{1,160}}|(?:[^,;\s]+\s+){{0,6}}{_REPORTING}(?:\s+[^,;]{{1,60}})?)"
    rf"[.!?]?[\"”’']?\s*$"
)
# "shortly after", "soon before": the subordinate clause is part of a time phrase of the main one
_DEGREE_BEFORE = re.compile(r"(?:\b\w+ly|\bsoon|\bjust|\bright|\blong|\bonly|\beven)\s*$", re.IGNORECASE)


def _split_facts(text: str, start: int, end: int) -> list[Span]:
    """A sentence that joins two full statements becomes two claims: at a semicolon, at a conjunction
    that opens a new clause, and after a long fronted clause ("After X, Y did Z")."""
    cuts: list[tuple[int, int]] = []  # (end of left piece, start of right piece)
    body = text[start:end]
    for m in re.finditer(r";\s+", body):
        cuts.append((start + m.start() + 1, start + m.end()))
    # "X happened and Y happened, officials said.": two statements, each said by the officials
    reported = _TRAILING_ATTRIBUTION.search(body)
    for rx, min_left in ((_COORD_CLAUSE, _MIN_LEFT), (_COORD_VERB, 8), (_PARTICIPLE, 8)):
        for m in rx.finditer(body):
            if reported and m.start() > reported.start():
                continue
            left, right = body[: m.start()], body[m.end() :]
            if (
                len(_WORD.findall(left)) >= min_left
                and len(_WORD.findall(right)) >= _MIN_RIGHT
                and not _inside_quote(body, m.start())
                # both sides complete clauses: the left one holds its own finite verb ("the standoff
                # between Chile and Peru grew" has none before "and"), the right one its subject and verb
                and is_complete_clause(last_clause(left))
                and (rx is not _COORD_CLAUSE or _clause_follows(left, right, m[0]))
            ):
                cuts.append((start + m.start(), start + m.end()))
    if _FRONTED.match(body):
        fronted = re.search(r"[,”\"]\s*,?\s+(?=(?:the|a|an|[A-Z])[\w'’-]*\s)", body)
        if (
            fronted
            and len(_WORD.findall(body[: fronted.start()])) >= 8
            and len(_WORD.findall(body[fronted.end() :])) >= 6
        ):
            cuts.append((start + fronted.start() + 1, start + fronted.end()))
    out: list[Span] = []
    s = start
    # the pieces before the attribution were said by the same speaker
    said = body[reported.start() :].strip(" ,\"”’'.") if reported else ""
    for left_end, right_start in sorted(set(cuts)):
        if left_end <= s:
            continue
        left = text[s:left_end].rstrip(" ,")
        if len(_WORD.findall(left)) < 4:
            continue
        out.append(
            Span(
                s, s + len(left), left, said=said if reported and left_end < start + reported.start() else ""
            )
        )
        s = right_start
    out.append(Span(s, end, text[s:end]))
    return out


def _clause_follows(left: str, right: str, conjunction: str) -> bool:
    """Does a clause of its own follow the conjunction (not "he and his wife", not "shortly after")?"""
    if _PRONOUN_BEFORE.search(left):
        return False
    if _BACK_REFERENCE.match(right):
        return False  # "…, and that was rejected": the demonstrative is the clause before it
    if conjunction.strip(" ,") not in ("and", "but") and _DEGREE_BEFORE.search(left):
        return False
    # a subordinator, or "and"/"but" after a comma, opens a clause even when its subject has no
    # determiner ("…, while regime leaders proposed…"); a bare "and" joins nouns as often ("tanks and
    # troops moved")
    bare = conjunction.strip(" ") not in ("and", "but") or conjunction.lstrip().startswith(",")
    return opens_clause(right, bare=bare)


def _inside_quote(body: str, pos: int) -> bool:
    """True when pos sits inside a quotation opened within the sentence (a sentence that is a quotation
    as a whole can still be split)."""
    before = body[:pos]
    if before[:1] in '“"':
        before = before[1:]
    return (before.count("“") > before.count("”")) or before.count('"') % 2 == 1
