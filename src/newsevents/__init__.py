"""newsevents: who did what to whom, where, when — and according to whom."""
from __future__ import annotations

import datetime as dt

from .config import Settings, load_settings
from .errors import NewsEventsError
from .io.raw import RawDocument
from .io.serialize import from_dict, to_dict
from .model import (
    Actor, Article, ArticleAnalysis, Claim, Contradiction, Diagnostic, Event, Figure, Mention,
    Place, Quote, Sentence, Span,
)
from .pipeline import Outcome, Pipeline, build_pipeline

__version__ = "0.1.0"

__all__ = [
    "Actor", "Article", "ArticleAnalysis", "Claim", "Contradiction", "Diagnostic", "Event",
    "Figure", "Mention", "NewsEventsError", "Outcome", "Pipeline", "Place", "Quote",
    "RawDocument", "Sentence", "Settings", "Span", "analyze", "build_pipeline", "from_dict",
    "load_settings", "to_dict",
]


def analyze(
    text_or_html: str | bytes,
    *,
    published: dt.date | str | None = None,
    url: str | None = None,
    title: str | None = None,
    source: str | None = None,
    pipeline: Pipeline | None = None,
) -> ArticleAnalysis:
    """Clean and analyse one article (plain text or HTML). Errors are raised."""
    from .stages.clean import clean

    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    pipeline = pipeline or build_pipeline()
    raw = RawDocument(origin="<analyze>", content=text_or_html, url=url, title=title,
                      published=published, source=source)
    from .io.truncation import with_truncation

    return with_truncation(pipeline.run(clean(raw, settings=pipeline.settings)), raw)
