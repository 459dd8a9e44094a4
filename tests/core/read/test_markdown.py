"""Markdown shown as text: markup out, every line where it was, offsets into the text shown."""

from __future__ import annotations

import pytest

from viewer.core.read.markdown import markdown_to_text, read_markdown

CASES = [
    ("heading", "# Storm hits *the* coast", "Storm hits the coast"),
    ("setext heading", "Storm hits\n==========", "Storm hits\n"),
    ("emphasis and code", "Winds of **120 km/h** and `gusts` _later_.", "Winds of 120 km/h and gusts later."),
    ("link and image", "See [the report](http://x.test/r) ![map](m.png).", "See the report map."),
    ("soft break kept", "One line\nnext line", "One line\nnext line"),
    ("bullets", "- first *one*\n- second", "• first one\n• second"),
    ("ordered", "1. first\n2. second", "1. first\n2. second"),
    ("quote", "> said *nothing*", "said nothing"),
    ("rule and blank", "a\n\n---\n\nb", "a\n\n\n\nb"),
    ("fence", "```\nx = 1\n```", "\nx = 1\n"),
    ("table", "| a | b |\n|---|---|\n| 1 | 2 |", "a   b\n\n1   2"),
    ("inline html dropped", "a <b>bold</b> word", "a bold word"),
    ("strikethrough", "~~gone~~ here", "gone here"),
    ("escaped star", r"5 \* 3", "5 * 3"),
]


@pytest.mark.parametrize(("source", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_markup_is_taken_out_and_lines_stay(source, expected):
    out = markdown_to_text(source)
    assert out == expected
    assert out.count("\n") == source.count("\n")


def test_a_document_keeps_every_line_in_place():
    source = "# Title\n\nFirst *para*\ngoes on.\n\n- item\n\n> quote\n\nLast."
    out = markdown_to_text(source)
    src_lines, out_lines = source.split("\n"), out.split("\n")
    assert len(src_lines) == len(out_lines)
    for s, o in zip(src_lines, out_lines, strict=True):
        assert bool(s.strip()) == bool(o.strip())  # text where there was text, blank where blank
    assert "*" not in out and "#" not in out and ">" not in out


def test_read_markdown_takes_the_heading_as_title():
    found = read_markdown(b"# Storm *hits*\n\nText of the story.")
    assert found.title == "Storm hits"
    assert found.text == "Storm hits\n\nText of the story."
    assert read_markdown(b"No heading here.\n\n# Later").title is None
