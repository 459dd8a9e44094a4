"""Stage 5, report: a :class:`~viewer.core.model.Comparison` -> what leaves the program.

``sheet`` builds the comparison sheet as self-contained HTML (``parts`` and ``title`` help it);
``csv_table`` writes and reads the claims table; ``export`` writes the JSON of ``viewer.comparison/1``.
Qt-free: ``viewer.ui.printing`` lays the sheet out on pages. Imports only the model and the palette.
"""

from viewer.core.report.export import to_json
from viewer.core.report.sheet import DEFAULT_SECTIONS, Section, SheetOptions, sheet_title, to_html

__all__ = ["DEFAULT_SECTIONS", "Section", "SheetOptions", "sheet_title", "to_html", "to_json"]
