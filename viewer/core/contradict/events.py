"""Whether two claims can be about one event at all, before their differences are read as a clash.

Two reports of one event may disagree on one thing: the count, the day, a title. Two events of one kind
(the 2004 tsunami and the 2013 quake; two quakes near one town) differ in several: their dates lie far
apart *and* their figures differ, or every figure differs. The finder asks this module first and reports
no contradiction between claims that tell of different events:

- ``time_of``: a figure belongs to the nearest date its claim states; two figures of far-apart times are
  not one count told twice ("The 2014 quake recalled 1989, when a 6.9 quake struck");
- ``dated_apart``: both claims date what they tell (a year, a month and day, a weekday or a relative date
  read against the publication date), some dates of the two lie far apart and none agree;
- ``different_events``: two of their counts differ, or a count and a name (another person or place),
  or the claims are dated apart and differ in a count or a name too: one difference is a
  contradiction, two are two events. A claim pair dated apart that says the same otherwise may still be
  a date contradiction ("founded in 1998" / "founded in 2004"); the finder reads it with a stricter
  likeness.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from viewer.core.contradict.values import DateMention

# dates further apart than this are two times, not one time misreported by a day or a week
FAR = timedelta(days=31)


def far_apart(x: DateMention, y: DateMention) -> bool | None:
    """True when two dates are far apart, False when they may be one time, None when they do not compare.

    Adjacent years ("in 2019" / "in 2020") are not far: one of them may be a misreport of one event.
    """
    if x.span is None or y.span is None:
        return None
    gap_after = y.span[0] - x.span[1]
    gap_before = x.span[0] - y.span[1]
    return max(gap_after, gap_before) > FAR


def dated_apart(da: Sequence[DateMention], db: Sequence[DateMention]) -> bool:
    """Both claims date their event, some of their dates lie far apart and none of them agree."""
    verdicts = [far_apart(x, y) for x in da for y in db]
    return any(v is True for v in verdicts) and not any(v is False for v in verdicts)


def time_of(first: int, mentions: Sequence[DateMention]) -> DateMention | None:
    """The date a figure at word ``first`` belongs to: the nearest date its claim states, if any ("in 1989,
    when a 6.9 quake struck" gives the 6.9 to 1989 even in a claim that also names 2014)."""
    return min(mentions, key=lambda d: min(abs(first - d.first), abs(first - d.last + 1)), default=None)


def different_events(*, dated_far: bool, counts_differing: int, names_differ: bool) -> bool:
    """Two hard differences make two events: two counts, a count and another name, or far dates with
    either."""
    if counts_differing >= 2 or (names_differ and counts_differing >= 1):
        return True
    return dated_far and (counts_differing >= 1 or names_differ)
