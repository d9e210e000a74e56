"""`clean(raw, settings=...) -> Article`: the one entry point from a raw input to a fixed text.

The dateline ("BAGHDAD (CNN) —") is taken out of the body text and kept in `Article.dateline`
(the place part) so that the first sentence is the lead and no event is pinned to the dateline
city by accident; the agency in brackets becomes `Article.source` when none was given.
`Article.text` is the story's paragraphs joined by one blank line ("\\n\\n"); it never changes
after this and every later span indexes it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from ..config import Settings
from ..errors import InputError
from ..io.raw import RawDocument
from ..model import Article
from .decode import repair, to_text
from .header import find_dateline
from .html import extract_html, looks_like_html
from .text import SPACES, clean_text, tidy_extracted

WORD = re.compile(r"[^\W\d_]{2,}")
DATELINE_PARAGRAPHS = 2


@dataclass(frozen=True, slots=True)
class Found:
    """What cleaning found in one input, before `RawDocument` fields take precedence."""

    paragraphs: tuple[str, ...]
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    dateline: str | None = None


def clean(raw: RawDocument, *, settings: Settings) -> Article:
    """Decode, strip boilerplate and find title/date/dateline; raises InputError E102–E107."""
    text = to_text(raw.content, origin=raw.origin, max_chars=settings.max_chars)
    found = _extract(text, raw=raw)
    found = _take_dateline(found)
    paragraphs = _drop_title_line(found.paragraphs, raw.title or found.title)
    body = "\n\n".join(paragraphs)
    if not WORD.search(body):
        raise InputError(raw.origin, "no article text left after cleaning", code="E107")
    return Article(
        id=hashlib.sha1(body.encode("utf-8")).hexdigest()[:16],
        text=body,
        title=raw.title or found.title,
        published=raw.published or found.published,
        dateline=found.dateline,
        source=raw.source or found.source,
        url=raw.url,
        origin=raw.origin,
    )


def _extract(text: str, *, raw: RawDocument) -> Found:
    if _is_html(text, kind=raw.kind):
        result = extract_html(text, url=raw.url)
        paragraphs = tuple(p for p in (_normalise(repair(p)) for p in result.paragraphs) if p)
        title = _normalise(repair(result.title)) if result.title else None
        paragraphs, dated = tidy_extracted(_drop_title_line(paragraphs, title))
        return Found(paragraphs=paragraphs, title=title, published=result.published or dated,
                     source=result.site)
    plain = clean_text(repair(text))
    return Found(paragraphs=plain.paragraphs, title=plain.title, published=plain.published)


def _is_html(text: str, *, kind: str) -> bool:
    if kind in ("html", "text"):
        return kind == "html"
    return looks_like_html(text)


def _normalise(paragraph: str) -> str:
    return SPACES.sub(" ", paragraph).strip()


def _take_dateline(found: Found) -> Found:
    """The dateline opens the first or (after a summary line) the second paragraph."""
    for k, paragraph in enumerate(found.paragraphs[:DATELINE_PARAGRAPHS]):
        dateline = find_dateline(paragraph)
        if dateline is not None:
            lead = paragraph[dateline.end:].strip()
            paragraphs = found.paragraphs[:k] + (lead,) + found.paragraphs[k + 1:]
            return Found(paragraphs=paragraphs, title=found.title, published=found.published,
                         source=found.source or dateline.agency, dateline=dateline.place)
    return found


def _drop_title_line(paragraphs: tuple[str, ...], title: str | None) -> tuple[str, ...]:
    """The headline is metadata, not body: drop it where it repeats as a paragraph."""
    if not title:
        return paragraphs
    key = " ".join(title.split()).casefold()
    head = [p for p in paragraphs[:3] if p.casefold() != key]
    return tuple(head) + paragraphs[3:]
