"""Hand-built parses and a runner for the event-stage unit tests (no spaCy model needed)."""
from __future__ import annotations

import datetime as dt
from functools import cache

from newsevents.config import load_settings
from newsevents.model import Actor, Article, ArticleAnalysis, Event, Place, Span
from newsevents.parse import Parse, build_parse
from newsevents.resources.lexicon import EventLexicon, load_event_lexicon
from newsevents.stages.events import EventStage


@cache
def lexicon() -> EventLexicon:
    return load_event_lexicon(load_settings())


def tree(spec: str, *, ents: list[tuple[int, int, str]] | None = None) -> Parse:
    """One token per line: `word lemma POS dep head [TAG]` (head = index; the root points at
    itself; the Penn tag is optional)."""
    rows = [line.split() for line in spec.strip().splitlines()]
    return build_parse(
        " ".join(r[0] for r in rows), lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
        deps=[r[3] for r in rows], heads=[int(r[4]) for r in rows], ents=ents,
        tags=[r[5] if len(r) > 5 else "" for r in rows],
    )


def span(parse: Parse, start: int, end: int | None = None) -> Span:
    return parse.span_of(start, (end if end is not None else start) + 1)


def actor(ident: str, parse: Parse, *token_ranges: tuple[int, int], name: str = "") -> Actor:
    mentions = tuple(span(parse, a, b) for a, b in token_ranges)
    return Actor(id=ident, name=name or ident, kind="test", mentions=mentions)


def place(ident: str, parse: Parse, *token_ranges: tuple[int, int]) -> Place:
    mentions = tuple(span(parse, a, b) for a, b in token_ranges)
    return Place(id=ident, name=ident, mentions=mentions)


def run(parse: Parse, *, actors: tuple[Actor, ...] = (), places: tuple[Place, ...] = (),
        published: dt.date | None = dt.date(2014, 6, 14)) -> tuple[Event, ...]:
    article = Article(id="t", text=parse.text, published=published)
    analysis = ArticleAnalysis(article=article, actors=actors, places=places)
    return EventStage(lexicon())(analysis, parse).events


def text_of(parse: Parse, value: Span | None) -> str | None:
    return value.of(parse.text) if value is not None else None
