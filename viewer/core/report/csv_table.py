"""The claims of a comparison as CSV, one row per claim, and back (the sheet's spreadsheet companion).

A spreadsheet runs a cell that begins with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return) as a
formula, so an article could put one in a reader's spreadsheet. Such a cell is written with an apostrophe
in front (``'=1+1``), which spreadsheets show as text; a cell that already begins with apostrophes before
one of those characters gets one more. :func:`read_csv` removes that one apostrophe, so the text comes
back exactly.
"""

from __future__ import annotations

import csv
import io
import re

from viewer.core.model import Comparison
from viewer.core.report.parts import CSV_FIELDS

_FORMULA = re.compile(r"^'*[=+\-@\t\r]")


def neutralise(cell: str) -> str:
    """The cell as text a spreadsheet does not run (see the module's note)."""
    return "'" + cell if _FORMULA.match(cell) else cell


def restore(cell: str) -> str:
    """The inverse of :func:`neutralise`."""
    return cell[1:] if cell.startswith("'") and _FORMULA.match(cell[1:]) else cell


def to_csv(comparison: Comparison) -> str:
    """One row per claim, with a header row (see :data:`CSV_FIELDS`)."""
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_FIELDS)
    for cl in comparison.claims:
        w.writerow(
            neutralise(v) if isinstance(v, str) else v
            for v in [
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
    return [
        {k: restore(v) if isinstance(v, str) else v for k, v in row.items()}
        for row in csv.DictReader(io.StringIO(text, newline=""))
    ]
