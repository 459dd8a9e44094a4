"""Bytes of a plain-text file -> text: encodings, byte-order marks, control characters.

Also the types every reader shares: :class:`IngestError` (a reason a user understands, without the path)
and :class:`Extracted` (the text and the metadata a format declares). Every reader takes the bytes already
read (the file is opened once, read-only, by :mod:`viewer.core.read.ingest`); heavy libraries are imported
inside the reader that needs them so that starting the app does not pay for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.read.alphabets import alphabet_misfit


class IngestError(Exception):
    """A file that cannot be read as an article; the message is the reason in words (without the path)."""


@dataclass(frozen=True, slots=True)
class Extracted:
    """What a format reader found: the text to show and any metadata the file declares."""

    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    # repairs and fallbacks the reader made, said to the user with the article
    notes: tuple[str, ...] = ()


# what our own comparison sheets say they were made by (HTML <meta name="generator">, PDF /Creator), so
# that a sheet saved into a folder of articles is not read as one of them
SHEET_GENERATOR = "Source Viewer"
OWN_SHEET = "this is a comparison sheet made by Source Viewer, not an article; it is left out"

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Files that often arrive under a text name by mistake: say what they really are.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (perhaps a Word .docx document)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "a program"),
    (b"\x1f\x8b", "a gzip archive"),
)
_BINARY = "the file is not text (it looks like binary data)"


def decode_text(raw: bytes, *, declared: str | None = None) -> str:
    """Decode the bytes of a text file: BOMs, UTF-8, UTF-16 without BOM, then charset detection.

    ``declared`` is an encoding the file names itself (an HTML ``<meta charset>``); it is tried after
    UTF-8. The result is not yet normalised (line ends, NULs): see :func:`clean_text`.
    """
    return decode_with_notes(raw, declared=declared)[0]


def decode_with_notes(raw: bytes, *, declared: str | None = None) -> tuple[str, tuple[str, ...]]:
    """:func:`decode_text`, and notes for the reader when the decoding had to repair or guess."""
    # UTF-16 LE text that starts with NUL begins like the UTF-32 LE mark: UTF-32 is tried first, and
    # UTF-16 when the bytes are not valid UTF-32
    marked = [(bom, enc) for bom, enc in _BOMS if raw.startswith(bom)]
    for bom, enc in marked:
        try:
            return raw[len(bom) :].decode(enc), ()
        except UnicodeDecodeError:
            continue
    if marked:
        enc = marked[0][1]
        raise IngestError(f"the file starts with a {enc.upper()} mark but is not valid {enc.upper()} text")
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise IngestError(f"the file is {what}, not text")
    nuls = raw.count(0)
    if nuls > max(4, len(raw) // 20):
        text = _utf16_without_bom(raw)
        if text is None:
            raise IngestError(_BINARY)
        return text, ()
    try:
        return raw.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(raw)
    if mostly is not None:
        return mostly
    if declared:
        try:
            return raw.decode(declared), ()
        except (LookupError, UnicodeDecodeError):
            pass
    return _detect(raw), ()


# UTF-8 lead bytes and the number of continuation bytes each takes
_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _mostly_utf8(raw: bytes) -> tuple[str, tuple[str, ...]] | None:
    """Valid UTF-8 with a few stray bytes (one Windows-1252 quote pasted in): UTF-8, those bytes replaced.

    It counts as UTF-8 when its valid multi-byte sequences are at least as many as the bad bytes, and the
    bad bytes are few; a file in a single-byte encoding has almost no valid multi-byte sequences.
    """
    text = raw.decode("utf-8", errors="replace")
    # one U+FFFD per stray byte (or broken sequence), less those the file itself holds
    bad = text.count("\ufffd") - raw.count("\ufffd".encode())
    sequences = len(_UTF8_SEQ.findall(raw))
    if bad <= 0 or sequences < bad or bad > max(8, len(raw) // 1000):
        return None
    note = (
        f"the file is UTF-8 text with {bad} stray byte{'s' if bad != 1 else ''} that "
        f"{'are' if bad != 1 else 'is'} not UTF-8; {'they are' if bad != 1 else 'it is'} shown as \ufffd"
    )
    return text, (note,)


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text without a byte-order mark shows its NULs on every other byte."""
    even, odd = raw[0::2].count(0), raw[1::2].count(0)
    half = len(raw) // 2
    if half == 0:
        return None
    enc = "utf-16-le" if odd > 0.6 * half and even < 0.1 * half else None
    if enc is None and even > 0.6 * half and odd < 0.1 * half:
        enc = "utf-16-be"
    if enc is None:
        return None
    try:
        return raw[: len(raw) // 2 * 2].decode(enc)
    except UnicodeDecodeError:
        return None


# The single-byte encodings of European text, in the order a tie is settled. A Windows code page uses the
# bytes 0x80-0x9F for letters and quotes; text with none of those bytes is more likely in the ISO encoding
# of its region, which keeps them for control codes.
_WINDOWS_FIRST = (
    "cp1252",
    "cp1250",
    "cp1254",
    "cp1257",
    "iso8859_2",
    "iso8859_9",
    "iso8859_15",
    "iso8859_13",
)
_ISO_FIRST = ("cp1252", "iso8859_2", "iso8859_9", "iso8859_13", "cp1250", "cp1254", "cp1257", "iso8859_15")
_SAMPLE_CHARS = 100_000
# the code pages of DOS, the old Mac OS and HP printers, which charset-normalizer proposes too: chosen only
# where their reading is more plausible than every other, not where it merely fits letter frequencies better
_LEGACY = re.compile(r"cp(437|7\d\d|8[5-6]\d|1125)|mac_\w+|hp_roman8")


def _detect(raw: bytes) -> str:
    """Charset detection decides: each candidate decoding is judged by the oddities it shows (a symbol
    glued to a letter, a capital inside a lower-case word, control codes, a word whose accented letters
    no one language's alphabet has together), then by its accented letters that fall outside the one
    alphabet that holds most of them, then (a DOS or Mac code page only where the others read worse) by
    how well its letters fit the letter frequencies of languages (charset-normalizer's coherence), then by
    the order above."""
    from charset_normalizer import from_bytes

    windows = any(0x80 <= b <= 0x9F for b in raw)
    order = list(_WINDOWS_FIRST if windows else _ISO_FIRST)
    proposed = [m.encoding for m in list(from_bytes(raw[:200_000]))[:5]]
    for enc in proposed:
        if enc not in order:
            order.append(enc)
    scored: list[tuple[int, int, bool, float, int, str]] = []
    decoded: dict[str, str] = {}
    for rank, enc in enumerate(order):
        try:
            text = raw.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        decoded[enc] = text
        sample = text[:_SAMPLE_CHARS]
        implausible, stray = alphabet_misfit(sample)
        legacy = _LEGACY.fullmatch(enc) is not None
        scored.append((_oddities(sample) + implausible, stray, legacy, 0.0, rank, enc))
    if not scored:
        raise IngestError("the file is not text, or its text encoding cannot be recognised")
    least = min(s[:3] for s in scored)
    tied = [s for s in scored if s[:3] == least]
    if len(tied) > 1:
        tied = [(*s[:3], -_language_fit(decoded[s[5]]), *s[4:]) for s in tied]
    best = min(tied)
    return decoded[best[5]]


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _language_fit(text: str) -> float:
    """How well the letters fit the letter frequencies of the two languages they fit best, summed (the
    best alone ties too often on short text)."""
    from charset_normalizer.cd import coherence_ratio

    return round(sum(r for _, r in coherence_ratio(text[:_SAMPLE_CHARS])[:2]), 2)


def _oddities(text: str) -> int:
    import unicodedata

    odd = 0
    for m in _NON_ASCII.finditer(text):
        i = m.start()
        cat = unicodedata.category(m[0])
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if cat in ("Cc", "Cf", "Co", "Cn", "Mn"):
            odd += 3
        elif cat[0] in "SN" and (prev.isalpha() or nxt.isalpha()):
            odd += 2
        elif cat == "Lu" and prev.isalpha() and prev.islower():
            odd += 1
    return odd


# C0 and C1 control codes other than tab, line feed, vertical tab, form feed and escape
CONTROL = re.compile(r"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


def clean_text(text: str, *, max_chars: int | None = None) -> str:
    """Normalise line ends to LF, drop NULs and a leading BOM; refuse text that is mostly control codes.

    ``max_chars`` refuses longer text before the slower checks run.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = text.lstrip("\ufeff")
    if max_chars is not None and len(text) > max_chars:
        raise IngestError(f"the text is longer than the limit of {max_chars:,} characters")
    if text and len(CONTROL.findall(text)) > max(2, len(text) // 50):
        raise IngestError(_BINARY)
    return text


# -- helpers the format readers share --------------------------------------------------------------------


def squash(s: str) -> str:
    return re.sub(r"[ \t\u00a0]+", " ", s).strip()


def clean_line(s: object) -> str | None:
    if not isinstance(s, str):
        return None
    s = squash(s.replace("\n", " "))
    return s or None


_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def iso_date(s: object) -> str | None:
    from datetime import date

    if not isinstance(s, str):
        return None
    m = _ISO.match(s)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None
