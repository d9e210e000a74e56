"""The outcome of resolving one toponym: shared by `resolve` and `fallback` (no import circle)."""
from __future__ import annotations

from dataclasses import dataclass

from ...resources.gazetteer import Candidate


@dataclass(frozen=True, slots=True, kw_only=True)
class Resolution:
    candidate: Candidate | None
    confidence: float
    reason: str
    partial: bool = False  # resolved from a part of the name ("Baghdad" in "Baghdad airport")
    inferred: bool = False  # unknown name placed at a place named near it (fallback.py)
    floor: int = 0  # the least precision code the placement supports (5: only the country)
    abroad: bool = False  # the gazetteer knows the name only as small places in other
    # countries than the article's: a real place, placed by the text as unknown names are
