"""The transient syntactic parse that travels beside an ArticleAnalysis.

A plain, spaCy-free structure (`nlp.py` converts spaCy's Doc into it), so stages can be tested
with hand-built parses (`build_parse`). It is never stored or serialised.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from .model import Span


class Tok(NamedTuple):
    """One token (a named tuple: cheap to build for every token of every article)."""

    i: int
    text: str
    idx: int
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    sent: int
    left: int
    right: int
    ent_type: str = ""
    ent_iob: str = "O"

    @property
    def end(self) -> int:
        return self.idx + len(self.text)

    @property
    def span(self) -> Span:
        return Span(self.idx, self.end)


@dataclass(frozen=True, slots=True, kw_only=True)
class Ent:
    span: Span
    label: str
    start: int  # first token index
    end: int  # token index after the last


@dataclass(frozen=True, slots=True, kw_only=True)
class Parse:
    text: str
    tokens: tuple[Tok, ...]
    sents: tuple[tuple[int, int], ...]  # token ranges [start, end)
    ents: tuple[Ent, ...] = ()
    _children: tuple[tuple[Tok, ...], ...] = field(default=(), repr=False, compare=False)
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    _ends: tuple[int, ...] = field(default=(), repr=False, compare=False)
    # children(i): the tokens whose head is token i, in text order (the tuple's own lookup:
    # the rules ask it about half a million times per 300 articles)
    children: Callable[[int], tuple[Tok, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        kids: list[list[Tok]] = [[] for _ in self.tokens]
        for tok in self.tokens:
            if tok.head != tok.i:
                kids[tok.head].append(tok)
        object.__setattr__(self, "_children", tuple(map(tuple, kids)))
        object.__setattr__(self, "_starts", tuple([t.idx for t in self.tokens]))
        object.__setattr__(self, "_ends", tuple([t.idx + len(t.text) for t in self.tokens]))
        object.__setattr__(self, "children", self._children.__getitem__)

    def head(self, i: int) -> Tok:
        return self.tokens[self.tokens[i].head]

    def ancestors(self, i: int) -> list[Tok]:
        out, seen = [], {i}
        while self.tokens[i].head not in seen:
            i = self.tokens[i].head
            seen.add(i)
            out.append(self.tokens[i])
        return out

    def span_of(self, start: int, end: int) -> Span:
        """Character span of the token range [start, end)."""
        return Span(self.tokens[start].idx, self._ends[end - 1])

    def subtree_span(self, i: int) -> Span:
        tok = self.tokens[i]
        return self.span_of(tok.left, tok.right + 1)

    def sent_span(self, index: int) -> Span:
        start, end = self.sents[index]
        return self.span_of(start, end)

    def sent_tokens(self, index: int) -> tuple[Tok, ...]:
        start, end = self.sents[index]
        return self.tokens[start:end]

    def token_at(self, offset: int) -> Tok | None:
        """The token covering a character offset, or None between tokens."""
        k = bisect.bisect_right(self._starts, offset) - 1
        if k < 0 or offset >= self._ends[k]:
            return None
        return self.tokens[k]

    def tokens_in(self, span: Span) -> tuple[Tok, ...]:
        lo = bisect.bisect_left(self._starts, span.start)
        hi = bisect.bisect_left(self._starts, span.end)
        if lo > 0 and self._ends[lo - 1] > span.start:
            lo -= 1
        return self.tokens[lo:hi]

    def sentence_of(self, offset: int) -> int:
        tok = self.token_at(offset)
        if tok is None:
            k = max(0, bisect.bisect_right(self._starts, offset) - 1)
            tok = self.tokens[k] if self.tokens else None
        return tok.sent if tok else 0


def build_parse(
    text: str,
    *,
    heads: list[int] | None = None,
    deps: list[str] | None = None,
    pos: list[str] | None = None,
    lemmas: list[str] | None = None,
    ents: list[tuple[int, int, str]] | None = None,
    sent_starts: list[int] | None = None,
    tags: list[str] | None = None,
) -> Parse:
    """A hand-built parse for tests: tokens are the white-space separated words of `text`.

    `heads` are token indices (a root points at itself); `ents` are (start_tok, end_tok, label);
    `sent_starts` are token indices where sentences begin (default: one sentence).
    """
    words, idx, pos_ = [], [], 0
    for word in text.split():
        pos_ = text.index(word, pos_)
        words.append(word)
        idx.append(pos_)
        pos_ += len(word)
    n = len(words)
    heads = heads if heads is not None else list(range(n))
    starts = sorted(set(sent_starts or [0]) | {0}) if n else []
    bounds = list(zip(starts, starts[1:] + [n]))
    sent_of = [next(k for k, (a, b) in enumerate(bounds) if a <= i < b) for i in range(n)]
    edges = _edges(heads)
    ent_label = {}
    for a, b, label in ents or []:
        for i in range(a, b):
            ent_label[i] = (label, "B" if i == a else "I")
    tokens = tuple(
        Tok(
            i=i, text=w, idx=idx[i], lemma=(lemmas[i] if lemmas else w.lower()),
            pos=(pos[i] if pos else "X"), tag=(tags[i] if tags else ""),
            dep=(deps[i] if deps else "dep"),
            head=heads[i], sent=sent_of[i], left=edges[i][0], right=edges[i][1],
            ent_type=ent_label.get(i, ("", "O"))[0], ent_iob=ent_label.get(i, ("", "O"))[1],
        )
        for i, w in enumerate(words)
    )
    ent_objs = tuple(
        Ent(span=Span(idx[a], idx[b - 1] + len(words[b - 1])), label=lab, start=a, end=b)
        for a, b, lab in ents or []
    )
    return Parse(text=text, tokens=tokens, sents=tuple(bounds), ents=ent_objs)


def _edges(heads: list[int]) -> list[tuple[int, int]]:
    """Left and right edge of each token's subtree (heads form a forest; roots point at
    themselves)."""
    return list(zip(*edge_lists(heads)))


def edge_lists(heads: list[int]) -> tuple[list[int], list[int]]:
    """The left edges and the right edges of `_edges`, as two lists. Linear time: tokens are
    ordered from the roots down (breadth first), and each passes its edges to its head
    bottom-up, after all of its own descendants."""
    n = len(heads)
    left, right = list(range(n)), list(range(n))
    kids: list[list[int]] = [[] for _ in range(n)]
    order = []
    for i, h in enumerate(heads):
        (order.append(i) if h == i else kids[h].append(i))
    for i in order:  # grows while read: each token's children follow it
        order.extend(kids[i])
    for i in reversed(order):
        h = heads[i]
        if left[i] < left[h]:
            left[h] = left[i]
        if right[i] > right[h]:
            right[h] = right[i]
    return left, right


def split_text(text: str, *, size: int) -> list[str]:
    """Consecutive pieces of `text` (joined, they are the text) of at most about `size`
    characters, cut after a paragraph break, else a line break, else a sentence's end, else
    a space."""
    pieces, start = [], 0
    while len(text) - start > size:
        window_end = start + size
        cut = -1
        for mark in ("\n\n", "\n", ". ", "? ", "! ", " "):
            found = text.rfind(mark, start + size // 2, window_end)
            if found >= 0:
                cut = found + len(mark)
                break
        cut = cut if cut > start else window_end
        while cut < len(text) and text[cut] in "\n ":  # keep a run of blanks in one piece
            cut += 1
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces
