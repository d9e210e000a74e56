"""Untrusted text in Markdown and spreadsheets: every value that comes from an article.

A hostile article can carry `<script>` tags, Markdown headings, links, images and table pipes
in its title, source name, quotes or URL; a report is opened in a Markdown viewer, an export
in a spreadsheet. `escape` makes a value inert literal text on one line; `safe_url` lets a URL
through only when it is http(s); `cell` keeps a spreadsheet from reading a value as a formula.
"""
from __future__ import annotations

import re

SPECIAL = re.compile(r"([\\`*_\[\]#|~])")  # inline marks; "(" and "!" act only beside "["
URL = re.compile(r"https?://[^\s<>\"'`]+", re.I)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape(value: object) -> str:
    """One line of literal text: HTML-escaped, every Markdown mark backslash-escaped."""
    flat = " ".join(str(value).split())
    flat = flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return SPECIAL.sub(r"\\\1", flat)


def safe_url(url: str | None) -> str | None:
    """The URL when it is a plain http(s) URL (no javascript:, data:, spaces or quotes)."""
    if not url:
        return None
    url = url.strip()
    return url if URL.fullmatch(url) else None


def cell(value: object) -> object:
    """A CSV/TSV value a spreadsheet shows as text: strings that start like a formula get a
    leading apostrophe (numbers, negative ones included, are left alone)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value
