"""Engines that fail on purpose (built on the store tests' fast fake pipeline): a cleaner with
a bug, a parser whose batch call breaks, and a stage that kills its worker process."""
from __future__ import annotations

import os

from newsevents.config import Settings
from newsevents.io.raw import RawDocument
from newsevents.model import Article, ArticleAnalysis
from newsevents.parse import Parse
from newsevents.pipeline import Pipeline
from newsevents.registry import Resources
from newsevents.stages.segment import SegmentStage

from .fakes import FakeParser, KeywordStage, plain_clean


def buggy_clean(raw: RawDocument, *, settings: Settings) -> Article:
    text = raw.content if isinstance(raw.content, str) else raw.content.decode("utf-8")
    if "BADCLEAN" in text:
        raise TypeError("cleaner bug")
    return plain_clean(raw, settings=settings)


class BatchBreakingParser(FakeParser):
    def parse_many(self, texts):  # type: ignore[no-untyped-def]
        texts = list(texts)
        if any("BADPARSE" in t for t in texts):
            raise RuntimeError("batch parse broke")
        return [self.parse(t) for t in texts]

    def parse(self, text: str) -> Parse:
        if "BADPARSE" in text:
            raise RuntimeError("cannot parse this one")
        return super().parse(text)


class KillerStage:
    """Ends its process without a word when an article says DIE (like a segfault or OOM)."""

    name = "killer.fake.v1"
    requires = frozenset({"article"})
    provides: frozenset[str] = frozenset()

    def __call__(self, analysis: ArticleAnalysis, parse: Parse) -> ArticleAnalysis:
        if "DIE" in analysis.article.text and os.environ.get("NEWSEVENTS_TEST_IN_POOL"):
            os._exit(3)
        return analysis


def make_failing_pipeline(settings: Settings) -> Pipeline:
    resources = Resources(settings, parser=BatchBreakingParser())
    return Pipeline([SegmentStage(), KillerStage(), KeywordStage()], resources=resources)
