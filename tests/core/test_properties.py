"""Properties that must hold for any text: exact claim offsets, a comparison that never raises, lossless
reading of text files.
"""

from __future__ import annotations

import os
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.core.claims.segment import segment
from viewer.core.model import Article, Status
from viewer.core.pipeline import compare_articles
from viewer.core.read.ingest import IngestError, article_from_text, read_article

# Random examples on developers' machines, the same examples in CI (``.ci/run`` sets CI=1): a new
# example must not turn a landing red by chance; what it finds is fixed and kept as a test of its own.
SETTINGS = settings(
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=bool(os.environ.get("CI")),
)

RTL = "שלום עולם זה טקסט בעברית. مرحبا بالعالم هذا نص عربي. "
COMBINING = "e\u0301 a\u0308 n\u0303 \u0915\u093f \u1100\u1161 Z\u0351\u0352\u0357\u035b "
EMOJI = "👩‍👩‍👧 🇺🇳 👍🏽 ❤️ 🦄 "
WORDS = [
    "Maduro",
    "U.S.",
    "Dr.",
    "No.",
    "said",
    "the",
    "airspace",
    "“closed,”",
    "'quoted'",
    "1,500",
    "3.5%",
    "Jan.",
    "a.m.",
    "e.g.",
    "...",
    "—",
    "-",
    "•",
    ";",
    ":",
    "?",
    "!",
    "(Reuters)",
    "WASHINGTON",
    "·",
    "Advertisement",
    "Published:",
    "2025-11-30",
    "",
]
SEPARATORS = [" ", " ", " ", "\n", "\n\n", ". ", "; ", ", ", "\t", "\u00a0", "\u2028", "\r\n"]

# texts that look like articles: words, punctuation, quotes and line breaks in any order
article_like = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), min_size=0, max_size=120
).map(lambda parts: "".join(w + s for w, s in parts))
hard_pieces = st.sampled_from([RTL, COMBINING, EMOJI, " \t\n ", "\u200f\u200e\u202e", "\ufeff", "\x00"])
mixed = st.lists(st.one_of(article_like, hard_pieces, st.text(max_size=40)), max_size=6).map("".join)
any_text = st.one_of(st.text(max_size=400), article_like, mixed)


def check_spans(text: str) -> None:
    spans = segment(text)
    end = 0
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.start >= end  # in order, no overlap
        end = s.end


@SETTINGS
@given(any_text)
def test_segment_offsets_are_exact(text: str) -> None:
    check_spans(text)


def test_segment_offsets_on_a_very_long_line() -> None:
    line = ("Maduro said the airspace was closed; U.S. officials disagreed. " * 160)[:10_000]
    check_spans(line)
    check_spans(line.replace(" ", ""))


long_line = st.builds(
    lambda piece, n: (piece * (10_000 // max(1, len(piece)) + 1))[:10_000],
    st.sampled_from(["Maduro said no. ", RTL, EMOJI, "x", "U.S. ", "; a b c d e f", COMBINING]),
    st.just(0),
)
article_text = st.one_of(any_text, any_text, any_text, long_line, st.sampled_from(["", " ", "\n\n\t \n"]))


def build(texts: list[str]) -> list[Article]:
    return [article_from_text(t, article_id=f"A{i}") for i, t in enumerate(texts, start=1)]


@SETTINGS
@given(st.lists(article_text, min_size=2, max_size=3))
def test_compare_never_raises(texts: list[str]) -> None:
    articles = build(texts)
    comparison = compare_articles(articles)
    ids = {a.id for a in articles}
    for claim in comparison.claims:
        assert claim.article in ids
        text = comparison.article(claim.article).text
        assert text[claim.start : claim.end] == claim.text
        assert claim.status in Status
        assert claim.article in claim.sources
    for article in articles:
        end = 0
        for b_start, b_end in article.boilerplate:
            assert end <= b_start < b_end <= len(article.text)
            assert article.text[b_start:b_end].strip() == article.text[b_start:b_end]
            end = b_end
            # furniture is never part of a claim
            assert not comparison.claims_in_range(article.id, b_start, b_end)
    for group in comparison.groups:
        assert all(comparison.claim(c).group == group.id for c in group.claims)


@SETTINGS
@given(any_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_text_files_read_back_exactly(text: str, encoding: str) -> None:
    if encoding == "utf-16" and text.startswith("\x00"):
        # FF FE 00 00: UTF-16 LE of a leading NUL is also the UTF-32 LE mark, ambiguous by nature
        text = text[1:]
    expected = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").lstrip("\ufeff")
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "a.txt")
        with open(path, "wb") as fh:
            fh.write(text.encode(encoding, errors="surrogatepass"))
        try:
            article = read_article(path, "A1")
        except IngestError as exc:
            # refusing is right only for empty, blank or control-code text
            assert not expected.strip() or "not text" in str(exc), str(exc)
            return
    assert article.text == expected
    assert article.title and "\n" not in article.title


@SETTINGS
@given(any_text)
def test_article_from_text_always_has_a_one_line_title(text: str) -> None:
    article = article_from_text(text, article_id="A1")
    assert article.title.strip() and "\n" not in article.title
    assert len(article.title) <= 200
    assert article.published is None or len(article.published) == 10
