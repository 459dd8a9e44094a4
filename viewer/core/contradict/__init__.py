"""Stage 4, contradict: a group of aligned claims -> the pairs of claims that disagree, and why; the pairs
joined into disagreements with their sides.

``text`` lines two wordings up word by word; ``values`` judges numbers, dates and quantities; ``words``
negation, antonyms, names and roles; ``sources`` attributions and quotations; ``events`` whether two
claims can tell of one event at all; ``finder`` runs them over a comparison's groups; ``frames`` compares
counts of one list and sources of one fact across groups; ``disagree`` joins the pairs into disagreements.
Imports :mod:`viewer.core.align`, :mod:`viewer.core.claims` and the model.
"""

from viewer.core.contradict.disagree import disagreements_of
from viewer.core.contradict.finder import STRENGTH, compare_claims, contradiction_of, find_contradictions
from viewer.core.contradict.frames import frame_contradictions

__all__ = [
    "STRENGTH",
    "compare_claims",
    "contradiction_of",
    "disagreements_of",
    "find_contradictions",
    "frame_contradictions",
]
