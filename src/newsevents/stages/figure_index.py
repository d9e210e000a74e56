"""Per-sentence lookups for the figures stage, built once per article.

Each figure looks for its event, place and quote in its own sentence; scanning every event,
place mention and quote of the article for every figure made the stage quadratic (10,000
casualty phrases took minutes). `FigureIndex.narrowed` gives the analysis seen from one
sentence: only the events triggered in it, the places mentioned in it and the quotes
overlapping it, in their original order, so the rules that follow are unchanged.
"""
from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, replace

from ..model import ArticleAnalysis, Event, Place, Quote, Span
from ..parse import Parse


@dataclass(frozen=True, slots=True)
class FigureIndex:
    events: dict[int, tuple[Event, ...]]
    mention_starts: list[int]
    mention_places: list[int]  # index into places, parallel to mention_starts
    places: tuple[Place, ...]
    quote_starts: list[int]
    quotes: tuple[Quote, ...]  # sorted by start
    quote_order: tuple[int, ...]  # original position of each sorted quote
    longest_quote: int

    @classmethod
    def build(cls, analysis: ArticleAnalysis, parse: Parse) -> FigureIndex:
        by_sent: dict[int, list[Event]] = defaultdict(list)
        for event in analysis.events:
            by_sent[parse.sentence_of(event.trigger.start)].append(event)
        mentions = sorted((m.start, k) for k, p in enumerate(analysis.places) for m in p.mentions)
        order = sorted(range(len(analysis.quotes)), key=lambda k: analysis.quotes[k].span.start)
        quotes = tuple(analysis.quotes[k] for k in order)
        return cls(events={s: tuple(es) for s, es in by_sent.items()},
                   mention_starts=[s for s, _ in mentions],
                   mention_places=[k for _, k in mentions], places=analysis.places,
                   quote_starts=[q.span.start for q in quotes], quotes=quotes,
                   quote_order=tuple(order),
                   longest_quote=max((q.span.length for q in quotes), default=0))

    def narrowed(self, analysis: ArticleAnalysis, parse: Parse, *, sent: int,
                 span: Span) -> ArticleAnalysis:
        window = parse.sent_span(sent)
        window = Span(min(window.start, span.start), max(window.end, span.end))
        return replace(analysis, events=self.events.get(sent, ()),
                       places=self._places_in(window), quotes=self._quotes_over(window))

    def _places_in(self, window: Span) -> tuple[Place, ...]:
        lo = bisect.bisect_left(self.mention_starts, window.start)
        hi = bisect.bisect_left(self.mention_starts, window.end)
        found = sorted(set(self.mention_places[lo:hi]))
        return tuple(self.places[k] for k in found)

    def _quotes_over(self, window: Span) -> tuple[Quote, ...]:
        hi = bisect.bisect_left(self.quote_starts, window.end)
        lo = bisect.bisect_left(self.quote_starts, window.start - self.longest_quote)
        found = sorted((self.quote_order[k], self.quotes[k]) for k in range(lo, hi)
                       if self.quotes[k].span.end > window.start)
        return tuple(q for _, q in found)
