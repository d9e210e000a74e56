"""Inputs that end early: a diagnostic on the article, so a lost last part is never silent.

A WARC reader knows when a record is shorter than its declared length (`RawDocument.truncated`);
an HTML page that opens `<html>` or `<body>` but closes neither was most likely cut off.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import ArticleAnalysis, Diagnostic
from .raw import RawDocument

OPENED = re.compile(rb"<(?:html|body)[\s>]", re.I)
CLOSED = re.compile(rb"</(?:html|body)\s*>", re.I)
HEAD, TAIL = 4096, 4096
CODE = "W101"


def truncation(raw: RawDocument) -> Diagnostic | None:
    """The W101 diagnostic when `raw` looks truncated, else None."""
    reason = raw.truncated or _html_cut_off(raw.content)
    if reason is None:
        return None
    return Diagnostic(stage="read", code=CODE,
                      message=f"input looks truncated ({reason}): its last part may be missing")


def _html_cut_off(content: str | bytes) -> str | None:
    data = content.encode("utf-8", "replace") if isinstance(content, str) else content
    if not OPENED.search(data[:HEAD]) or CLOSED.search(data[-TAIL:]):
        return None
    return "the HTML page closes neither <body> nor <html>"


def with_truncation(analysis: ArticleAnalysis, raw: RawDocument) -> ArticleAnalysis:
    found = truncation(raw)
    if found is None:
        return analysis
    return replace(analysis, diagnostics=analysis.diagnostics + (found,))
