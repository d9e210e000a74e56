"""An article's facts and its text cut into highlight segments (linear after one sort).

Every fact span becomes one highlight id; where spans overlap, the text is cut at every span
boundary and each piece lists the ids (innermost first) of the spans that cover it, so nested
facts (an actor inside a quote inside a claim) all stay visible and clickable.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from ..model import ArticleAnalysis, Span

KINDS = ("actor", "place", "event", "quote", "figure", "claim")


@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    key: str  # "f<n>": position in the side panel
    kind: str
    label: str
    detail: str
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Segment:
    text: str
    spans: tuple[str, ...] = ()  # highlight ids "s<n>", innermost first
    facts: tuple[str, ...] = ()  # their facts' keys, same order
    kind: str = ""  # the innermost span's fact kind


def facts(analysis: ArticleAnalysis) -> list[Fact]:
    """The facts of an analysis with their (non-empty) spans, in KINDS order."""
    raw = [*_actors(analysis), *_places(analysis), *_events(analysis), *_quotes(analysis),
           *_figures(analysis), *_claims(analysis)]
    return [Fact(key=f"f{k}", kind=kind, label=label, detail=detail,
                 spans=tuple(s for s in spans if s.end > s.start))
            for k, (kind, label, detail, spans) in enumerate(raw)]


Raw = tuple[str, str, str, Sequence[Span]]


def _actors(a: ArticleAnalysis) -> Iterator[Raw]:
    for actor in a.actors:
        code = " · ".join(x for x in (actor.code, actor.kind, actor.country) if x)
        yield "actor", actor.name, code, actor.mentions


def _places(a: ArticleAnalysis) -> Iterator[Raw]:
    for place in a.places:
        where = ", ".join(x for x in (place.admin1, place.country) if x)
        coords = f" ({place.lat:.3f}, {place.lon:.3f})" if place.lat is not None and \
            place.lon is not None else ""
        yield "place", place.name, where + coords, place.mentions


def _events(a: ArticleAnalysis) -> Iterator[Raw]:
    names = {actor.id: actor.name for actor in a.actors}
    for event in a.events:
        who = ", ".join(names.get(x, x) for x in event.source_actors) or "?"
        whom = ", ".join(names.get(x, x) for x in event.target_actors) or "?"
        mode = f" ({event.plover_mode})" if event.plover_mode else ""
        detail = f"{who} → {whom}; {event.date or 'date unknown'}; {event.modality}"
        yield "event", f"{event.plover_type}{mode}", detail, (event.trigger,)


def _namer(a: ArticleAnalysis) -> Callable[[str | None], str | None]:
    """Actor id → name (speakers, claimants and figure sources are actor ids)."""
    names = {actor.id: actor.name for actor in a.actors}
    return lambda actor_id: None if actor_id is None else names.get(actor_id, actor_id)


def _quotes(a: ArticleAnalysis) -> Iterator[Raw]:
    name = _namer(a)
    for quote in a.quotes:
        speaker = name(quote.speaker) or "unattributed"
        yield "quote", speaker, _excerpt(a, quote.span), (quote.span,)


def _figures(a: ArticleAnalysis) -> Iterator[Raw]:
    name = _namer(a)
    for figure in a.figures:
        amount = _amount(figure.low, figure.high)
        source = name(figure.attributed_to)
        who = f"; according to {source}" if source else ""
        yield ("figure", f"{figure.category}: {amount}", f"{figure.qualifier}{who}",
               (figure.span,))


def _claims(a: ArticleAnalysis) -> Iterator[Raw]:
    name = _namer(a)
    for claim in a.claims:
        who = name(claim.claimant) or "unattributed"
        yield "claim", f"{claim.polarity} — {who}", _excerpt(a, claim.span), (claim.span,)


def _amount(low: int | None, high: int | None) -> str:
    if low is not None and high is not None and high != low:
        return f"{low:,}–{high:,}"
    value = low if low is not None else high
    return f"{value:,}" if value is not None else "unknown"


def _excerpt(a: ArticleAnalysis, span: Span, limit: int = 160) -> str:
    text = " ".join(a.article.text[span.start:span.end].split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def span_ids(items: Sequence[Fact]) -> list[tuple[str, Fact, Span]]:
    """(highlight id, fact, span) for every span of every fact."""
    out, n = [], 0
    for fact in items:
        for span in fact.spans:
            out.append((f"s{n}", fact, span))
            n += 1
    return out


def segments(text: str, items: Sequence[Fact], *, offset: int = 0) -> list[Segment]:
    """`text` (which starts at `offset` in the article) cut at every span boundary."""
    marks = [(sid, fact, Span(max(s.start - offset, 0), min(s.end - offset, len(text))))
             for sid, fact, s in span_ids(items)]
    marks = [m for m in marks if m[2].end > m[2].start]
    opens: dict[int, list[int]] = {}
    closes: dict[int, list[int]] = {}
    for k, (_, _, span) in enumerate(marks):
        opens.setdefault(span.start, []).append(k)
        closes.setdefault(span.end, []).append(k)
    cuts = sorted({0, len(text), *opens, *closes})
    active: set[int] = set()
    out = []
    for left, right in zip(cuts, cuts[1:]):
        active.difference_update(closes.get(left, ()))
        active.update(opens.get(left, ()))
        out.append(_segment(text[left:right], [marks[k] for k in active]))
    return out


def _segment(piece: str, covering: list[tuple[str, Fact, Span]]) -> Segment:
    if not covering:
        return Segment(text=piece)
    inner = sorted(covering, key=lambda m: (m[2].end - m[2].start, m[0]))
    return Segment(text=piece, spans=tuple(m[0] for m in inner),
                   facts=tuple(dict.fromkeys(m[1].key for m in inner)), kind=inner[0][1].kind)
