"""Sentences from the parse."""
from __future__ import annotations

from ..model import ArticleAnalysis, Sentence
from ..parse import Parse
from ..registry import Resources
from ..spans import strip_span
from .base import updated


class SegmentStage:
    name = "segment.spacy.v1"
    requires = frozenset({"article", "parse"})
    provides = frozenset({"sentences"})

    def __call__(self, analysis: ArticleAnalysis, parse: Parse) -> ArticleAnalysis:
        sentences = tuple(
            Sentence(index=k, span=strip_span(parse.text, parse.sent_span(k)))
            for k, (start, end) in enumerate(parse.sents)
            if end > start
        )
        return updated(analysis, self.name, sentences=sentences)


def make_stage(resources: Resources) -> SegmentStage:
    return SegmentStage()
