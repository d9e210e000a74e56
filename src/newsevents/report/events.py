"""The "What happened" section of the Markdown report: one line per event, in words."""
from __future__ import annotations

from .markdown import escape as _escape
from ..model import ArticleAnalysis, Event, Span

MODALITY_WORDS = {
    "asserted": "asserted", "negated": "did not happen (negated)",
    "hypothetical": "hypothetical", "future": "planned / future", "threatened": "threatened",
    "claimed": "claimed", "denied": "denied",
}


def render_events(analysis: ArticleAnalysis) -> str:
    if not analysis.events:
        return ""
    lines = ["## What happened", ""]
    lines += [f"- {describe_event(analysis, event)}" for event in analysis.events]
    return "\n".join(lines)


def describe_event(analysis: ArticleAnalysis, event: Event) -> str:
    text = analysis.article.text
    who = _parties(analysis, event.source_actors, event.source_spans) or "(unknown actor)"
    whom = _parties(analysis, event.target_actors, event.target_spans)
    action = _quote(event.trigger.of(text))
    mode = f"/{event.plover_mode}" if event.plover_mode else ""
    parts = [f"**{who}** {action}" + (f" **{whom}**" if whom else ""),
             f"{event.plover_type}{mode}, CAMEO {event.cameo_code}" + _acled(event),
             MODALITY_WORDS.get(event.modality, event.modality), _when(event, text)]
    where = _place_name(analysis, event.place)
    if where:
        parts.append(f"in {_escape(where)}")
    parts.append(_according(analysis, event))
    evidence = f" — evidence: “{_escape(_clip(event.evidence.of(text)))}”" if event.evidence else ""
    return f"{event.id}: " + ", ".join(p for p in parts if p) + evidence


def _acled(event: Event) -> str:
    if event.acled_sub_event_type is None:
        return ""
    return f", ACLED {event.acled_event_type} / {event.acled_sub_event_type}"


def _parties(analysis: ArticleAnalysis, ids: tuple[str, ...], spans: tuple[Span, ...]) -> str:
    names = {a.id: a for a in analysis.actors}
    if ids:
        return " and ".join(
            _escape(f"{names[i].name} ({names[i].kind})") if i in names else i for i in ids)
    text = analysis.article.text
    return " and ".join(_escape(_clip(s.of(text), 60)) for s in spans)


def _when(event: Event, text: str) -> str:
    if event.date is None:
        return "date unknown"
    date = f"{event.date}…{event.date_end}" if event.date_end else event.date
    if event.date_source == "text" and event.date_span is not None:
        return f"{date} (“{_escape(event.date_span.of(text))}”)"
    return f"{date} (publication date)"


def _according(analysis: ArticleAnalysis, event: Event) -> str:
    names = {a.id: a.name for a in analysis.actors}
    if event.attributed_to in names:
        return f"according to {_escape(names[event.attributed_to])}"
    if event.attribution_span is not None:
        return f"according to “{_escape(event.attribution_span.of(analysis.article.text))}”"
    outlet = analysis.article.source
    return f"reported by {_escape(outlet)}" if outlet else "in the article's own voice"


def _place_name(analysis: ArticleAnalysis, place_id: str | None) -> str | None:
    if place_id is None:
        return None
    return next((p.name for p in analysis.places if p.id == place_id), place_id)


def _quote(words: str) -> str:
    return f"*{_escape(words)}*"


def _clip(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"

