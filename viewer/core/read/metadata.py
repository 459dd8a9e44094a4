"""An article's outlet, date and title from what its text shows, where the file declared none.

- a title that ends in " | Site" or " - Site" names the site: the site becomes the outlet (when the file
  named none) and the title loses the suffix ("Quake strikes Chile | Andes Daily" -> "Quake strikes Chile");
- a dateline or byline near the top ("Reuters, 2 July 2013", "By Jane Doe, Reuters, July 2, 2013",
  "ARICA, Chile (Reuters) -") gives the outlet and the date.

The lines themselves stay in the text (they are page furniture, see :mod:`viewer.core.read.boilerplate`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from viewer.core.read.boilerplate import DATELINE, MIN_TITLE_WORDS, looks_like_site, page_title, printed_title

# "Title | Section | Site", "Title - Site", "Title — Site"
_SITE_SEPARATORS = (" | ", " — ", " – ", " - ", " :: ")
# "ARICA, Chile (Reuters) - …": the wire names itself in brackets after the place
_WIRE = re.compile(
    r"^\s*[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w .'’-]{1,30})?\s*\(([A-Z][\w .&]{1,30})\)\s*[-–—]"
)


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None
    outlet: str | None
    published: str | None


def split_site(title: str | None) -> tuple[str | None, str | None]:
    """('Quake strikes Chile', 'Andes Daily') from 'Quake strikes Chile | Andes Daily'; the title as it is
    and None when it has no site suffix."""
    if not title:
        return title, None
    for sep in _SITE_SEPARATORS:
        if sep not in title:
            continue
        if sep == " | ":
            head, *rest = title.split(sep)
        else:
            head, last = title.rsplit(sep, 1)
            rest = [last]
        site = rest[-1].strip()
        if all(looks_like_site(p.strip()) for p in rest) and len(head.split()) >= MIN_TITLE_WORDS:
            return head.strip(), site
    return title, None


def from_dateline(line: str, find_date: Callable[[str], str | None]) -> tuple[str | None, str | None]:
    """(outlet, ISO date) that a dateline or byline gives: 'Reuters, 2 July 2013' -> ('Reuters',
    '2013-07-02'); a byline names a person, so only a name after the author counts as the outlet."""
    s = re.sub(r"^[\s*_>]+|[\s*_]+$", "", line.strip())
    wire = _WIRE.match(s)
    if wire:
        return wire[1].strip(), None
    m = DATELINE.match(s)
    if not m:
        return None, None
    published = find_date(m["date"])
    parts = [p.strip() for p in re.split(r"\s*[,|/·–—]\s*|\s+-\s+", m["names"]) if p.strip()]
    byline = bool(re.match(r"\s*[Bb]y\s", s))
    outlet = None
    if byline and len(parts) >= 2:
        outlet = parts[-1]
    elif not byline and len(parts) == 1 and not _is_place(parts[0]):
        outlet = parts[0]
    return outlet, published


def _is_place(name: str) -> bool:
    """Datelines print the place in capitals ('WASHINGTON, July 2'); an outlet's initials are short."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) > 4 and all(c.isupper() for c in letters) and " " not in name


def complete(
    head: Sequence[str],
    *,
    title: str | None,
    outlet: str | None,
    published: str | None,
    find_date: Callable[[str], str | None],
) -> Metadata:
    """Fill what the file did not say from the first lines of the text (``head``, non-empty lines)."""
    if not title:  # a page title printed at the top of the text: "Quake strikes Chile | Andes Daily"
        shown = [printed_title(ln) or ln.strip() for ln in head[:3]]
        title = next((ln for ln in shown if page_title(ln)), None)
    title, site = split_site(title)
    if outlet is None and site:
        outlet = site
    for line in head:
        if outlet is not None and published is not None:
            break
        found_outlet, found_date = from_dateline(line, find_date)
        outlet = outlet or found_outlet
        published = published or found_date
    return Metadata(title, outlet, published)
