"""Span operations and validation of every span an analysis holds."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from typing import Any

from .model import ArticleAnalysis, Span


def iter_spans(obj: Any) -> Iterator[Span]:
    """Every Span reachable from a model object (recursing into dataclasses and tuples)."""
    if isinstance(obj, Span):
        yield obj
    elif isinstance(obj, (tuple, list)):
        for item in obj:
            yield from iter_spans(item)
    elif is_dataclass(obj) and not isinstance(obj, type):
        for f in fields(obj):
            yield from iter_spans(getattr(obj, f.name))


def validate_spans(analysis: ArticleAnalysis) -> list[str]:
    """Problems with spans (outside the text); empty when all are valid."""
    n = len(analysis.article.text)
    rest = [getattr(analysis, f.name) for f in fields(analysis) if f.name != "article"]
    return [f"span {s} outside text of length {n}" for s in iter_spans(rest) if s.end > n]


def strip_span(text: str, span: Span) -> Span:
    """The span without surrounding white space."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def covering(spans: list[Span]) -> Span:
    return Span(min(s.start for s in spans), max(s.end for s in spans))
