"""How plausible the letters of a decoded text are: do its accented letters come from one language's alphabet?

A single-byte file read in the wrong code page keeps its ASCII and turns each accented letter into the
letter that the other code page keeps at that byte. Both readings are made of letters, so counting symbols
does not tell them apart; but the wrong one mixes the alphabets of several languages, often inside one
word: Turkish read as Windows-1252 gives "çalýþtý" (a French ç beside the Icelandic ý and þ), Czech gives
"Povodnì" and "øekl" (an Italian ì, a Danish ø, and the š and ž of Windows-1252 itself).

The table below is the accented Latin letters of the European languages that the ISO-8859 and Windows
code pages exist to serve (general knowledge of each orthography, not fitted to any text).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache

# lower-case, non-ASCII letters of each language's alphabet (with the letters its loanwords and names
# commonly keep, such as French ü, the Swedish é and the German é of Café; Welsh with its circumflex and
# diaeresis, not the rarer acute and grave)
_ALPHABETS: dict[str, str] = {
    # Windows-1252 / ISO-8859-1 and -15
    "French": "àâæçéèêëîïôœùûüÿ",
    "German": "äöüßé",
    "Spanish": "áéíóúüñ",
    "Portuguese": "áâãàçéêíóôõú",
    "Italian": "àèéìíîòóùú",
    "Catalan": "àçéèíïóòúü",
    "Dutch": "áàéèëíïóöúü",
    "Danish and Norwegian": "æøåé",
    "Swedish": "åäöé",
    "Finnish": "åäöšž",
    "Estonian": "äöõüšž",
    "Icelandic": "áéíóúýþæöð",
    "Faroese": "áíóúýæøð",
    "Irish": "áéíóú",
    "Welsh": "âêîôûŵŷäëïöü",
    "Albanian": "çë",
    "Luxembourgish": "äëé",
    # Windows-1250 / ISO-8859-2
    "Czech": "áčďéěíňóřšťúůýž",
    "Slovak": "áäčďéíĺľňóôŕšťúýž",
    "Polish": "ąćęłńóśźż",
    "Hungarian": "áéíóöőúüű",
    "Croatian, Bosnian, Serbian and Slovene": "čćđšž",
    "Romanian": "ăâîșțşţ",
    "Upper Sorbian": "čćěłńóřšž",
    "Lower Sorbian": "čćěłńóŕšśźž",
    # Windows-1254 / ISO-8859-9
    "Turkish": "çğıİöşüâîû",
    "Azerbaijani": "çəğıİöşü",
    "Kurdish": "çêîşû",
    # Windows-1257 / ISO-8859-13, ISO-8859-3
    "Latvian": "āčēģīķļņšūž",
    "Lithuanian": "ąčęėįšųūž",
    "Maltese": "àèìòùċġħż",
}
_SETS = tuple(frozenset(letters) for letters in _ALPHABETS.values())
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _script(ch: str) -> str | None:
    """The script of a letter, from its Unicode name ("CYRILLIC SMALL LETTER A"): LATIN, CYRILLIC, GREEK...
    None for a letter named otherwise (the micro sign, the ordinal indicators ª and º)."""
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if " LETTER " in name else None


@cache
def _judged(ch: str) -> str | None:
    """The lower-case form of an accented Latin letter, or None for a letter the table does not judge."""
    if ch.isascii() or unicodedata.category(ch) not in ("Ll", "Lu", "Lt") or _script(ch) != "LATIN":
        return None
    low = ch.lower()
    return low if len(low) == 1 else ch  # "İ".lower() is two characters


def alphabet_misfit(text: str) -> tuple[int, int]:
    """(implausible words, stray letters) of a decoded text: lower is more plausible.

    An implausible word mixes scripts (Latin and Cyrillic letters in one word) or holds accented letters
    that no one alphabet of the table has together. A stray letter is an accented letter outside the
    alphabet that holds most of the text's accented letters.
    """
    implausible = 0
    counts: Counter[str] = Counter()
    for m in _WORD.finditer(text):
        word = m[0]
        if word.isascii():
            continue
        if len({_script(ch) for ch in word} - {None}) > 1:
            implausible += 1
            continue
        letters = [low for ch in word if (low := _judged(ch)) is not None]
        if not letters:
            continue
        counts.update(letters)
        distinct = set(letters)
        if not any(distinct <= alphabet for alphabet in _SETS):
            implausible += 1
    total = sum(counts.values())
    if not total:
        return implausible, 0
    held = max(sum(n for ch, n in counts.items() if ch in alphabet) for alphabet in _SETS)
    return implausible, total - held
