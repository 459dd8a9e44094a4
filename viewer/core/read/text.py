"""Bytes of a plain-text file -> text: encodings, byte-order marks, control characters.

Also the types every reader shares: :class:`IngestError` (a reason a user understands, without the path)
and :class:`Extracted` (the text and the metadata a format declares). Every reader takes the bytes already
read (the file is opened once, read-only, by :mod:`viewer.core.read.ingest`); heavy libraries are imported
inside the reader that needs them so that starting the app does not pay for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


class IngestError(Exception):
    """A file that cannot be read as an article; the message is the reason in words (without the path)."""


@dataclass(frozen=True, slots=True)
class Extracted:
    """What a format reader found: the text to show and any metadata the file declares."""

    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


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
    # UTF-16 LE text that starts with NUL begins like the UTF-32 LE mark: UTF-32 is tried first, and
    # UTF-16 when the bytes are not valid UTF-32
    marked = [(bom, enc) for bom, enc in _BOMS if raw.startswith(bom)]
    for bom, enc in marked:
        try:
            return raw[len(bom) :].decode(enc)
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
        return text
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return raw.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return _detect(raw)


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


def _detect(raw: bytes) -> str:
    # charset-normalizer often names a neighbour of Windows-1252 (cp1250, mac_latin2…) for short Western
    # text, so Western text is recognised first: Windows-1252 (a superset of the printable Latin-1)
    # decodes it, most of its letters are ASCII, and no odd symbol sits inside a word.
    western = _as_cp1252(raw)
    if western is not None and _mostly_latin(western) and not _SYMBOL_IN_WORD.search(western):
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise IngestError("the file is not text, or its text encoding cannot be recognised")
    return str(best)


# a non-ASCII symbol between two letters ("wi¹zka") means the bytes were not Windows-1252
_SYMBOL_IN_WORD = re.compile(r"(?<=[^\W\d_])[\x80-\xbf\xd7\xf7](?=[^\W\d_])")


def _as_cp1252(raw: bytes) -> str | None:
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _mostly_latin(text: str) -> bool:
    letters = [c for c in text[:200_000] if c.isalpha()]
    if not letters:
        return True
    return sum(1 for c in letters if c > "\x7f") / len(letters) < 0.5


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
