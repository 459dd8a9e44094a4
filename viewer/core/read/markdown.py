"""Markdown files -> plain text without markup, each line where it was in the file.

markdown-it-py parses the file (CommonMark, with tables and strikethrough); every block knows the lines
it came from, so its text, with the markup taken out (``#``, ``*``, ``_``, backticks, link targets,
quote and list markers, fences, rules), is written back onto those same lines. A reader of the pane
finds the passage where an editor of the file sees it, and claim offsets refer to the text shown.
"""

from __future__ import annotations

from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from viewer.core.read.text import Extracted, clean_text, decode_with_notes

CELL_GAP = "   "  # between the cells of a table row


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _inline_text(token: Token) -> str:
    """The text of an inline token, markup taken out; soft and hard breaks stay line breaks."""
    out: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type == "image":
            out.append(_inline_text(child) or child.content)
        elif child.type == "html_inline":
            continue  # a tag, not text
    return "".join(out)


def markdown_to_text(source: str) -> str:
    """Plain text of a Markdown document with as many lines as ``source``, each block on its lines."""
    n = source.count("\n") + 1
    lines: list[list[str]] = [[] for _ in range(n)]
    prefix: list[str] = []  # list markers of the items we are in
    for tok in _parser().parse(source):
        if tok.type == "list_item_open":
            prefix.append(f"{tok.info}{tok.markup} " if tok.info else "• ")
        elif tok.type == "list_item_close":
            prefix.pop()
        elif tok.type == "inline" and tok.map:
            text = _inline_text(tok)
            if prefix and prefix[-1]:
                text, prefix[-1] = prefix[-1] + text, ""  # the marker goes on the item's first line only
            _place(lines, tok.map[0], tok.map[1], text.split("\n"))
        elif tok.type in ("fence", "code_block") and tok.map:
            first = tok.map[0] + (1 if tok.type == "fence" else 0)
            code = tok.content.rstrip("\n").split("\n") if tok.content else []
            if tok.type == "code_block":
                code = [ln.removeprefix("    ").removeprefix("\t") for ln in code]
            _place(lines, first, tok.map[1], code)
        elif tok.type == "html_block" and tok.map:
            _place(lines, tok.map[0], tok.map[1], tok.content.rstrip("\n").split("\n"))
    return "\n".join(CELL_GAP.join(parts) for parts in lines)


def _place(lines: list[list[str]], start: int, end: int, texts: list[str]) -> None:
    """Write ``texts`` onto lines ``start``…``end - 1``; lines beyond the block join its last line."""
    end = max(start + 1, min(end, len(lines)))
    if start >= len(lines):
        return
    room = end - start
    if len(texts) > room:
        texts = [*texts[: room - 1], " ".join(texts[room - 1 :])]
    for i, t in enumerate(texts):
        lines[start + i].append(t)


def read_markdown(raw: bytes, max_chars: int | None = None) -> Extracted:
    """A Markdown file as an article's text: decoded, cleaned, markup taken out; its heading as title."""
    text, notes = decode_with_notes(raw)
    source = clean_text(text, max_chars=max_chars)
    return Extracted(markdown_to_text(source), title=_heading_title(source), notes=notes)


def _heading_title(source: str) -> str | None:
    tokens = _parser().parse(source)
    if len(tokens) >= 2 and tokens[0].type == "heading_open" and tokens[0].tag == "h1":
        return " ".join(_inline_text(tokens[1]).split()) or None
    return None
