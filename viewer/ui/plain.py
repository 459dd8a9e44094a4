"""Text from an input (titles, file names, article text, page metadata) shown as text, never as markup.

Qt guesses whether a label's text or a tooltip is rich text (``Qt.mightBeRichText``); a headline such as
``<img src="/dev/zero"> Storm`` would then be rendered, and the image read from that path without limit.
Labels that show such text are set to plain text; tooltips, which have no such setting, get the text
escaped inside rich text of our own.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def tip(text: str) -> str:
    """A tooltip that shows ``text`` exactly (line breaks kept), whatever markup it holds."""
    if not text:
        return ""
    return "<qt><p style='white-space:pre-wrap'>" + html.escape(text).replace("\n", "<br>") + "</p></qt>"


def plain(label: QLabel) -> QLabel:
    """``label`` set to show its text as plain text; returned for chaining."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
