"""Stage 1, read: files -> :class:`~viewer.core.model.Article` values.

Takes paths (files or folders) and gives articles with their exact text, title, outlet and date, or a
:class:`~viewer.core.model.Problem` naming the file and the reason. One module per format (``text``,
``html``, ``pdf``, ``docx``); ``ingest`` picks the reader and fills the metadata; ``boilerplate`` knows the
page furniture that stays in the text but is never a claim. Imports only :mod:`viewer.core.model`.
"""

from viewer.core.read.ingest import (
    OFFLINE_MESSAGE,
    IngestError,
    article_from_text,
    expand_inputs,
    read_article,
)

__all__ = ["OFFLINE_MESSAGE", "IngestError", "article_from_text", "expand_inputs", "read_article"]
