"""Stage 3, align: the claims of many articles -> groups of claims that state the same fact.

``aligner`` scores candidate pairs of claims (from an inverted index, never all pairs) and keeps the work
per article so that adding one scores only its pairs; ``grouping`` joins scored pairs into groups (average
linkage, one claim per article). Imports :mod:`viewer.core.claims` and :mod:`viewer.core.model`.
"""

from viewer.core.align.aligner import DEFAULT, Aligner, AlignParams

__all__ = ["DEFAULT", "AlignParams", "Aligner"]
