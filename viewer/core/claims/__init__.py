"""Stage 2, claims: an article's text -> claims (spans with exact offsets) and their normalised tokens.

``segment`` cuts the text into statements (sentences, bullets, quotations with their attribution) and
skips page furniture; ``textnorm`` gives the tokens every later stage compares (case, accents, numbers,
stems, aliases). Imports only :mod:`viewer.core.read` and :mod:`viewer.core.model`.
"""

from viewer.core.claims.segment import segment

__all__ = ["segment"]
