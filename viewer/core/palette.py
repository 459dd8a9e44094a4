"""The one status -> colour, symbol and line-style map for panes, connectors, overview, sidebar and sheet.

Colours are from the Okabe–Ito colour-blind-safe palette. Colour is never the only cue: each status also has
a symbol and an underline style, so it reads in greyscale print and for every kind of colour vision.
"""

from __future__ import annotations

from dataclasses import dataclass

from viewer.core.model import Status


@dataclass(frozen=True, slots=True)
class StatusStyle:
    label: str
    colour: str  # strong colour: chips, connectors, overview marks, underlines
    tint_light: str  # passage background on a light palette
    tint_dark: str  # passage background on a dark palette
    symbol: str  # survives greyscale: in chips, gutters, the coverage matrix
    underline: str  # "solid", "dotted" or "wave"
    description: str


STATUS_STYLES: dict[Status, StatusStyle] = {
    Status.SHARED: StatusStyle(
        "Shared", "#0072B2", "#D4E6F4", "#16384F", "=", "solid", "stated by two or more sources"
    ),
    Status.UNIQUE: StatusStyle(
        "Unique", "#E69F00", "#FBEBC8", "#4A3A12", "○", "dotted", "stated by one source only"
    ),
    Status.CONTRADICTED: StatusStyle(
        "Contradicted", "#D55E00", "#F8D5C0", "#5A2A10", "≠", "wave", "sources disagree"
    ),
}

# Statuses in the order users scan them: disagreements first.
STATUS_ORDER: tuple[Status, ...] = (Status.CONTRADICTED, Status.SHARED, Status.UNIQUE)


def style(status: Status | str) -> StatusStyle:
    return STATUS_STYLES[Status(status)]
