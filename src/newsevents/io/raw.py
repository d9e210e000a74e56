"""What readers yield: one raw input document before cleaning."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class RawDocument:
    origin: str  # where it came from: a path, "path:line", "<stdin>", a WARC record id
    content: str | bytes
    kind: str = "auto"  # "text" | "html" | "auto" (sniffed by the cleaner)
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    source: str | None = None
    truncated: str | None = None  # set by a reader that saw the input end early: how
