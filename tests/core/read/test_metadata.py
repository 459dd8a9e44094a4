"""Metadata from the text: a title's site suffix, datelines and bylines."""

from __future__ import annotations

import pytest

from viewer.core.read.ingest import article_from_text, find_date
from viewer.core.read.metadata import from_dateline, split_site


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Quake kills 12 in northern Chile | Andes Daily",
            ("Quake kills 12 in northern Chile", "Andes Daily"),
        ),
        (
            "Quake kills 12 in northern Chile - Andes Daily",
            ("Quake kills 12 in northern Chile", "Andes Daily"),
        ),
        (
            "Quake kills 12 in northern Chile | World | Andes Daily",
            ("Quake kills 12 in northern Chile", "Andes Daily"),
        ),
        (
            "Quake kills 12 in northern Chile — andes.example",
            ("Quake kills 12 in northern Chile", "andes.example"),
        ),
        # what follows the dash is part of the headline, not a site
        (
            "Quake kills 12 in northern Chile - live updates",
            ("Quake kills 12 in northern Chile - live updates", None),
        ),
        ("Chile quake - 12 dead, hundreds homeless", ("Chile quake - 12 dead, hundreds homeless", None)),
        ("Quake | Andes Daily", ("Quake | Andes Daily", None)),  # too short a title to lose a part
        ("Quake kills 12 in northern Chile", ("Quake kills 12 in northern Chile", None)),
    ],
)
def test_split_site(title: str, expected: tuple[str, str | None]) -> None:
    assert split_site(title) == expected


@pytest.mark.parametrize(
    ("line", "outlet", "published"),
    [
        ("Reuters, 2 July 2013", "Reuters", "2013-07-02"),
        ("*Reuters, 2 July 2013*", "Reuters", "2013-07-02"),
        ("BBC News, 3 July 2013", "BBC News", "2013-07-03"),
        ("Andes Wire - July 3, 2013 10:15 GMT", "Andes Wire", "2013-07-03"),
        ("By Staff Reporter, July 2, 2013", None, "2013-07-02"),  # a byline names a person
        ("By Jane Doe, Andes Wire, July 2, 2013", "Andes Wire", "2013-07-02"),
        ("WASHINGTON, July 2, 2013", None, "2013-07-02"),  # a place in capitals is not an outlet
        ("ARICA, Chile (Reuters) - A quake struck on Tuesday.", "Reuters", None),
        ("The quake struck on July 2, 2013.", None, None),
    ],
)
def test_from_dateline(line: str, outlet: str | None, published: str | None) -> None:
    assert from_dateline(line, find_date) == (outlet, published)


@pytest.mark.parametrize(
    ("text", "given", "title", "outlet", "published"),
    [
        (
            "Quake strikes Chile\n*Reuters, 2 July 2013*\nA quake struck on Tuesday.\n",
            {},
            "Quake strikes Chile",
            "Reuters",
            "2013-07-02",
        ),
        # what the file declares wins over the text
        (
            "Quake strikes Chile\nReuters, 2 July 2013\nA quake struck on Tuesday.\n",
            {"outlet": "Given Outlet", "published": "2013-07-01"},
            "Quake strikes Chile",
            "Given Outlet",
            "2013-07-01",
        ),
        (
            "Quake strikes the north of Chile | Andes Daily\nA quake struck on Tuesday.\n",
            {},
            "Quake strikes the north of Chile",
            "Andes Daily",
            None,
        ),
        (
            "7/2/13, 10:15 AM Quake strikes the north of Chile | Andes Daily\nA quake struck on Tuesday.\n",
            {},
            "Quake strikes the north of Chile",
            "Andes Daily",
            None,
        ),
        (
            "A quake struck on Tuesday.\n",
            {"title": "Quake strikes the north of Chile - Andes Daily"},
            "Quake strikes the north of Chile",
            "Andes Daily",
            None,
        ),
    ],
)
def test_article_metadata_from_text(
    text: str, given: dict[str, str], title: str, outlet: str | None, published: str | None
) -> None:
    art = article_from_text(text, article_id="A1", **given)
    assert (art.title, art.outlet, art.published) == (title, outlet, published)
    assert art.text == text  # the lines stay in the text
