"""Cleaning: raw bytes or text (HTML or scraped plain text) → a fixed `Article.text`."""
from __future__ import annotations

from .article import clean

__all__ = ["clean"]
