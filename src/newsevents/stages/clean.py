"""Entry point of cleaning (the step before the stages): `clean(raw, settings=...) -> Article`.

The work is done in the `newsevents.clean` package (decoding, HTML and plain-text paths,
furniture rules, header metadata).
"""
from __future__ import annotations

from ..clean import clean

__all__ = ["clean"]
