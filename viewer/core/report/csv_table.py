"""The claims of a comparison as CSV, one row per claim, and back (the sheet's spreadsheet companion)."""

from __future__ import annotations

import csv
import io

from viewer.core.model import Comparison
from viewer.core.report.parts import CSV_FIELDS


def to_csv(comparison: Comparison) -> str:
    """One row per claim, with a header row (see :data:`CSV_FIELDS`)."""
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_FIELDS)
    for cl in comparison.claims:
        w.writerow(
            [
                cl.id,
                cl.article,
                comparison.article(cl.article).title,
                cl.status.value,
                cl.group or "",
                ";".join(cl.sources),
                cl.start,
                cl.end,
                cl.text,
            ]
        )
    return buf.getvalue()


def read_csv(text: str) -> list[dict[str, str]]:
    """The rows of :func:`to_csv`'s output as dicts keyed by :data:`CSV_FIELDS`."""
    return [dict(row) for row in csv.DictReader(io.StringIO(text, newline=""))]
