"""The Stage protocol and helpers shared by stages."""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Protocol

from ..model import ArticleAnalysis, Diagnostic, Span
from ..parse import Parse

# What the pipeline itself provides before any stage runs.
BUILTIN_PROVIDES = frozenset({"article", "parse"})


class Stage(Protocol):
    """A step of the pipeline. It never mutates: it returns a new ArticleAnalysis."""

    name: str  # the versioned registered name, e.g. "events.rules.v1"
    requires: frozenset[str]
    provides: frozenset[str]

    def __call__(self, analysis: ArticleAnalysis, parse: Parse) -> ArticleAnalysis: ...


def updated(analysis: ArticleAnalysis, stage: str, **changes: Any) -> ArticleAnalysis:
    """A copy of `analysis` with `changes` applied and `stage` appended to stages_run."""
    return replace(analysis, stages_run=analysis.stages_run + (stage,), **changes)


def diagnose(
    analysis: ArticleAnalysis, *, stage: str, code: str, message: str, span: Span | None = None
) -> ArticleAnalysis:
    diag = Diagnostic(stage=stage, code=code, message=message, span=span)
    return replace(analysis, diagnostics=analysis.diagnostics + (diag,))
