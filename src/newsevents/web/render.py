"""Jinja2 environment for the desk: autoescaping on, Markdown rendered without raw HTML,
images or links, and links from articles only when they are http(s)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markupsafe import Markup
from starlette.templating import Jinja2Templates

from .security import safe_url

TEMPLATES = Path(__file__).parent / "templates"
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}


def markdown_html(text: str) -> Markup:
    """Markdown → HTML with raw HTML escaped and no links or images (article text inside a
    report must not become markup that fetches or navigates)."""
    md = MarkdownIt("commonmark", {"html": False}).disable(["image", "link", "autolink"])
    return Markup(md.render(text))  # noqa: S704 - markdown-it escapes every text node


def templates() -> Jinja2Templates:
    env = Jinja2Templates(directory=str(TEMPLATES))
    env.env.autoescape = True
    env.env.filters.update(safe_url=safe_url, markdown=markdown_html, num=_num, day=_day,
                           quad=lambda q: QUAD_NAMES.get(q, "unknown"))
    return env


def _num(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) else ("" if value is None else str(value))


def _day(value: Any) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    return "" if value is None else str(value)
