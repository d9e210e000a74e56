"""Direct quotations found by their marks, in plain text (no parse needed).

- straight (") and curly (“ ”) double marks, guillemets (« »), low-9 („);
- a quote that runs over paragraphs: English opens every new paragraph of the quote with a mark
  and closes only the last one, so an unclosed paragraph followed by one that opens with a mark
  continues the same quote;
- single marks (‘ ’ and ') inside a double-quoted stretch are nested quotes and stay part of
  it; an apostrophe (Iraq's, don't, the 1990s') is never a mark, and single marks outside
  double quotes are left alone (headlines and scare quotes use them).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Span

OPENERS = frozenset("“«„")
CLOSERS = frozenset("”»")
STRAIGHT = '"'
OPEN_CONTEXT = frozenset(" \t\n([{—–-:;,/")
LINE = re.compile(r"[^\n]+")
MARK = re.compile('["“”«»„]')


@dataclass(frozen=True, slots=True)
class Marked:
    """A quoted stretch: `outer` includes the marks, `content` is what is inside them."""

    outer: Span
    content: Span
    closed: bool


def find_marked(text: str) -> list[Marked]:
    """Every double-quoted stretch of `text`, joined across paragraphs where English does."""
    pieces = [piece for line in _lines(text) for piece in _scan_line(text, line)]
    return _join_paragraphs(text, pieces)


def _lines(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in LINE.finditer(text)]


def _scan_line(text: str, line: Span) -> list[Marked]:
    out: list[Marked] = []
    open_at: int | None = None
    for m in MARK.finditer(text, line.start, line.end):
        k, ch = m.start(), m.group()
        if open_at is None and (ch in OPENERS or (ch == STRAIGHT and _opens(text, k))):
            open_at = k
        elif open_at is not None and (ch in CLOSERS or ch == STRAIGHT):
            out.append(_marked(text, open_at, k + 1, closed=True))
            open_at = None
    if open_at is not None:
        out.append(_marked(text, open_at, line.end, closed=False))
    return [m for m in out if m.content.end > m.content.start]


def _opens(text: str, k: int) -> bool:
    return k == 0 or text[k - 1] in OPEN_CONTEXT


def _marked(text: str, start: int, end: int, *, closed: bool) -> Marked:
    inner_end = end - 1 if closed else end
    content = _strip(text, Span(start + 1, inner_end))
    return Marked(outer=Span(start, end), content=content, closed=closed)


def _strip(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return Span(start, end)


def _join_paragraphs(text: str, pieces: list[Marked]) -> list[Marked]:
    """An unclosed piece continues into the next piece when that one opens its paragraph."""
    out: list[Marked] = []
    for piece in pieces:
        prev = out[-1] if out else None
        if prev is not None and not prev.closed and _opens_paragraph(text, piece, prev):
            out[-1] = Marked(outer=Span(prev.outer.start, piece.outer.end),
                             content=Span(prev.content.start, piece.content.end),
                             closed=piece.closed)
        else:
            out.append(piece)
    return out


def _opens_paragraph(text: str, piece: Marked, prev: Marked) -> bool:
    between = text[prev.outer.end:piece.outer.start]
    return "\n" in between and between.strip() == ""
