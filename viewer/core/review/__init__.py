"""Stage 6, review: the reviewer's decisions applied to the engine's comparison.

Takes a :class:`~viewer.core.model.Comparison` as the engine built it and the reviewer's
:class:`~viewer.core.model.Decision` values (and :class:`~viewer.core.model.ArticleEdit` corrections of
titles, outlets and dates); gives the comparison the reviewer stands behind, with each decision as an
:class:`~viewer.core.model.AppliedDecision` (applied or not, and why not) in ``Comparison.decisions``.

Decisions name passages by the article's file name and a verbatim quote (:class:`Passage`), never by claim
ids or offsets, so they survive re-analysis, added or removed articles and a changed engine:

- ``same``: must-link: the passages' claims end up in one group (other claims of those articles leave it);
- ``different``: cannot-link: no two of them share a group (a group holding two is split);
- ``not_contradiction``: the engine's contradiction between the two passages is dismissed
  (``Comparison.dismissed`` keeps it for the sheet's "Dismissed by the reviewer");
- ``contradiction``: the engine's contradiction between them is confirmed (``confirmed=True``), or the
  reviewer's own is added (``by="user"``, ``kind="reviewer"``, the reason as its detail);
- ``note``: on one passage a note of its claim (``Comparison.notes_of``), on two a note of their
  disagreement (``Contradiction.note``, ``Disagreement.note``).

``resolve`` finds quotes (exact, folded, then fuzzy) and the claim they overlap most; ``accept`` decides
which decisions apply (a later one wins over an earlier one it contradicts); ``regroup`` groups under the
constraints; ``apply`` does the rest; ``decfile`` reads and writes ``viewer.decisions/1`` files
(with the article details as the extension field ``article_details``). Sits above ``contradict`` (the
claims a join brings together are read by the engine's finder) and below ``pipeline``.
"""

from viewer.core.model import ACTIONS, AppliedDecision, ArticleEdit, Decision, Passage
from viewer.core.review.apply import USER_KIND, apply_decisions
from viewer.core.review.decfile import (
    DECISIONS_SCHEMA,
    DecisionsFile,
    describe,
    edit_from_json,
    edit_to_json,
    from_json,
    from_json_file,
    load_decisions,
    read_decisions,
    save_decisions,
    to_json,
)
from viewer.core.review.resolve import file_name, find_quote, passage_of, resolve

__all__ = [
    "ACTIONS",
    "DECISIONS_SCHEMA",
    "USER_KIND",
    "AppliedDecision",
    "ArticleEdit",
    "Decision",
    "DecisionsFile",
    "Passage",
    "apply_decisions",
    "describe",
    "edit_from_json",
    "edit_to_json",
    "file_name",
    "find_quote",
    "from_json",
    "from_json_file",
    "load_decisions",
    "passage_of",
    "read_decisions",
    "resolve",
    "save_decisions",
    "to_json",
]
