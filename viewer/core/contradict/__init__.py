"""Stage 4, contradict: a group of aligned claims -> the pairs of claims that disagree, and why.

``text`` lines two wordings up word by word; ``values`` judges numbers, dates and quantities; ``words``
negation, antonyms, names and roles; ``sources`` attributions and quotations; ``finder`` runs them over a
comparison's groups. Imports :mod:`viewer.core.align`, :mod:`viewer.core.claims` and the model.
"""

from viewer.core.contradict.finder import STRENGTH, compare_claims, find_contradictions

__all__ = ["STRENGTH", "compare_claims", "find_contradictions"]
