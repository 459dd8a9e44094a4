"""Dates of a claim read against its article's publication date. Short texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.claims.dates import claim_dates, dated_apart, parse_published

TUE = date(2014, 5, 20)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "first", "last", "relative"),
    [
        ("The dam burst yesterday.", date(2014, 5, 19), date(2014, 5, 19), True),
        ("The dam burst today.", TUE, TUE, True),
        ("The dam burst on Sunday.", date(2014, 5, 18), date(2014, 5, 18), True),
        ("The dam burst on Tuesday.", TUE, TUE, True),  # the publication day itself
        ("On Sunday, Smith said the dam burst.", date(2014, 5, 18), date(2014, 5, 18), True),
        ("Smith said Sunday the dam burst.", date(2014, 5, 18), date(2014, 5, 18), True),
        ("Voters go to the polls next Sunday.", date(2014, 5, 25), date(2014, 5, 25), True),
        ("The dam burst last June.", date(2013, 6, 1), date(2013, 6, 30), True),  # June is still ahead
        ("The dam burst last March.", date(2014, 3, 1), date(2014, 3, 31), True),
        ("The dam burst in June.", date(2014, 6, 1), date(2014, 6, 30), True),  # a month ahead at most
        ("The dam burst in August.", date(2013, 8, 1), date(2013, 8, 31), True),
        ("The dam burst last year.", date(2013, 1, 1), date(2013, 12, 31), True),
        ("The dam burst this week.", date(2014, 5, 19), date(2014, 5, 25), True),
        ("The dam burst earlier this month.", date(2014, 5, 1), TUE, True),
        ("The dam burst last month.", date(2014, 4, 1), date(2014, 4, 30), True),
        ("The dam burst two years ago.", date(2011, 11, 20), date(2012, 11, 18), True),
        ("The dam burst a week ago.", date(2014, 5, 10), date(2014, 5, 16), True),
        ("The dam burst on March 3.", date(2014, 3, 3), date(2014, 3, 3), True),
        ("The dam burst in 2009.", date(2009, 1, 1), date(2009, 12, 31), False),
        ("The dam burst on May 3, 2011.", date(2011, 5, 3), date(2011, 5, 3), False),
    ],
)
def test_a_date_means_a_span_of_days(text: str, first: date, last: date, relative: bool) -> None:
    (found,) = claim_dates(text, TUE)
    assert found.span == (first, last)
    assert found.relative is relative


@pytest.mark.parametrize(
    "text",
    [
        "May I ask a question?",  # a verb, not a month
        "Officials met Jan Novak at the border.",  # a name
        "The Sunday Times printed the figure.",
        "Pilgrims gathered for Good Friday prayers.",
        "Officials met June Carter at the border.",
        "The dam holds three million cubic metres.",
        "They said it would take years.",
    ],
)
def test_words_that_are_no_date(text: str) -> None:
    assert claim_dates(text, TUE) == []


@pytest.mark.parametrize(
    "text",
    [
        "The dam burst yesterday.",
        "The dam burst on Sunday.",
        "The dam burst last year.",
        "It burst two years ago.",
    ],
)
def test_an_undated_article_leaves_relative_dates_unresolved(text: str) -> None:
    assert claim_dates(text, None) == []


@pytest.mark.parametrize(
    ("a", "pub_a", "b", "pub_b", "apart"),
    [
        ("It struck yesterday.", TUE, "It struck on Monday.", date(2014, 5, 21), False),  # the same day
        ("It struck yesterday.", TUE, "It struck on May 19.", TUE, False),
        ("It struck yesterday.", TUE, "It struck in 2014.", TUE, False),
        ("It struck yesterday.", TUE, "It struck in 2004.", TUE, True),  # another year
        ("It struck yesterday.", TUE, "It struck last year.", TUE, True),
        ("It struck last June.", TUE, "It struck in 2013.", TUE, False),
        ("It struck two years ago.", TUE, "It struck in 2012.", TUE, False),
        ("It struck two years ago.", TUE, "It struck in 2004.", TUE, True),
        ("It struck on Sunday.", TUE, "It struck on Sunday.", date(2014, 9, 2), True),  # months apart
        ("It struck this week.", TUE, "It struck earlier this month.", TUE, False),
        ("It struck last month.", TUE, "It struck on March 3.", TUE, False),  # 28 days: within a month
        ("It struck in 2004.", TUE, "It struck in 2013.", TUE, False),  # two explicit years: not judged here
        ("It struck yesterday.", TUE, "Rescuers are searching the rubble.", TUE, False),  # no date to compare
        ("It struck in 2004, and again yesterday.", TUE, "It struck in 2004.", TUE, False),  # one date meets
    ],
)
def test_claims_dated_far_apart(a: str, pub_a: date, b: str, pub_b: date, apart: bool) -> None:
    assert dated_apart(claim_dates(a, pub_a), claim_dates(b, pub_b)) is apart


@pytest.mark.parametrize(
    ("published", "day"),
    [
        ("2013-07-02", date(2013, 7, 2)),
        ("2013-07-02T10:00:00Z", date(2013, 7, 2)),
        ("July 2", None),
        (None, None),
    ],
)
def test_parse_published(published: str | None, day: date | None) -> None:
    assert parse_published(published) == day
