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
from dataclasses import dataclass, field, replace

from ...model import ArticleAnalysis, Event, Place, Quote, Span
from ...parse import Parse


@dataclass(frozen=True, slots=True)
class FigureIndex:
    events: dict[int, tuple[Event, ...]]
    mention_starts: list[int]
    mention_places: list[int]  # index into places, parallel to mention_starts
    mention_spans: list[Span]
    places: tuple[Place, ...]
    quote_starts: list[int]
    quotes: tuple[Quote, ...]  # sorted by start
    quote_order: tuple[int, ...]  # original position of each sorted quote
    longest_quote: int
    views: dict[tuple[int, int, int], ArticleAnalysis] = field(default_factory=dict)

    @classmethod
    def build(cls, analysis: ArticleAnalysis, parse: Parse) -> FigureIndex:
        by_sent: dict[int, list[Event]] = defaultdict(list)
        for event in analysis.events:
            by_sent[parse.sentence_of(event.trigger.start)].append(event)
        mentions = sorted(((m.start, m.end), k, m) for k, p in enumerate(analysis.places)
                          for m in p.mentions)
        order = sorted(range(len(analysis.quotes)), key=lambda k: analysis.quotes[k].span.start)
        quotes = tuple(analysis.quotes[k] for k in order)
        return cls(events={s: tuple(es) for s, es in by_sent.items()},
                   mention_starts=[s for (s, _), _, _ in mentions],
                   mention_places=[k for _, k, _ in mentions],
                   mention_spans=[m for _, _, m in mentions], places=analysis.places,
                   quote_starts=[q.span.start for q in quotes], quotes=quotes,
                   quote_order=tuple(order),
                   longest_quote=max((q.span.length for q in quotes), default=0))

    def narrowed(self, analysis: ArticleAnalysis, parse: Parse, *, sent: int,
                 span: Span) -> ArticleAnalysis:
        window = parse.sent_span(sent)
        window = Span(min(window.start, span.start), max(window.end, span.end))
        key = (sent, window.start, window.end)  # one index serves the analysis it was built from
        view = self.views.get(key)
        if view is None:
            view = self.views[key] = replace(
                analysis, events=self.events.get(sent, ()), places=self._places_in(window),
                quotes=self._quotes_over(window))
        return view

    def _places_in(self, window: Span) -> tuple[Place, ...]:
        """The places mentioned in the window, each with only its mentions there (a place
        named a thousand times in a report is not scanned a thousand times per figure)."""
        lo = bisect.bisect_left(self.mention_starts, window.start)
        hi = bisect.bisect_left(self.mention_starts, window.end)
        inside: dict[int, list[Span]] = defaultdict(list)
        for k in range(lo, hi):
            inside[self.mention_places[k]].append(self.mention_spans[k])
        return tuple(replace(self.places[k], mentions=tuple(spans))
                     for k, spans in sorted(inside.items()))

    def _quotes_over(self, window: Span) -> tuple[Quote, ...]:
        hi = bisect.bisect_left(self.quote_starts, window.end)
        lo = bisect.bisect_left(self.quote_starts, window.start - self.longest_quote)
        found = sorted((self.quote_order[k], self.quotes[k]) for k in range(lo, hi)
                       if self.quotes[k].span.end > window.start)
        return tuple(q for _, q in found)
