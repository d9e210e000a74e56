"""The only place that knows the JSON shape of DESIGN.md: to_dict / from_dict, round-trip exact."""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ..model import (
    Actor, Article, ArticleAnalysis, Casualties, Claim, Contradiction, Diagnostic, Event, Figure,
    Mention,
    Place, Quote, Sentence, Span,
)

JSON = dict[str, Any]


def to_dict(analysis: ArticleAnalysis) -> JSON:
    text = analysis.article.text
    return {
        "article": _article(analysis.article),
        "sentences": [{"index": s.index, **_pos(s.span)} for s in analysis.sentences],
        "mentions": [{**_surf(m.span, text), "label": m.label, "sentence": m.sentence}
                     for m in analysis.mentions],
        "actors": [_actor(a, text) for a in analysis.actors],
        "places": [_place(p, text) for p in analysis.places],
        "events": [_event(e, text) for e in analysis.events],
        "quotes": [_quote(q, text) for q in analysis.quotes],
        "figures": [_figure(f, text) for f in analysis.figures],
        "claims": [_claim(c, text) for c in analysis.claims],
        "contradictions": [_contradiction(c) for c in analysis.contradictions],
        "casualties": [_casualties(c) for c in analysis.casualties],
        "diagnostics": [_diagnostic(d) for d in analysis.diagnostics],
        "stages_run": list(analysis.stages_run),
    }


def from_dict(data: JSON) -> ArticleAnalysis:
    return ArticleAnalysis(
        article=_read_article(data["article"]),
        sentences=tuple(Sentence(index=s["index"], span=_span(s)) for s in data["sentences"]),
        mentions=tuple(Mention(span=_span(m), label=m["label"], sentence=m["sentence"])
                       for m in data.get("mentions", [])),
        actors=tuple(_read_actor(a) for a in data["actors"]),
        places=tuple(_read_place(p) for p in data["places"]),
        events=tuple(_read_event(e) for e in data["events"]),
        quotes=tuple(_read_quote(q) for q in data["quotes"]),
        figures=tuple(_read_figure(f) for f in data["figures"]),
        claims=tuple(_read_claim(c) for c in data["claims"]),
        contradictions=tuple(_read_contradiction(c) for c in data["contradictions"]),
        casualties=tuple(_read_casualties(c) for c in data.get("casualties", [])),
        diagnostics=tuple(_read_diagnostic(d) for d in data["diagnostics"]),
        stages_run=tuple(data.get("stages_run", ())),
    )


def dumps(analysis: ArticleAnalysis, *, indent: int | None = None) -> str:
    return json.dumps(to_dict(analysis), ensure_ascii=False, indent=indent)


def loads(line: str) -> ArticleAnalysis:
    return from_dict(json.loads(line))


def golden_view(analysis: ArticleAnalysis) -> JSON:
    """A stable, readable view for golden files: volatile fields dropped, floats rounded."""
    data = to_dict(analysis)
    data["article"] = {k: v for k, v in data["article"].items() if k not in ("origin",)}
    for place in data["places"]:
        place["confidence"] = round(place["confidence"], 2)
    return json.loads(json.dumps(data, sort_keys=True))


# -- writers -------------------------------------------------------------------------------

def _pos(span: Span) -> JSON:
    return {"start": span.start, "end": span.end}


def _surf(span: Span, text: str) -> JSON:
    return {"start": span.start, "end": span.end, "text": span.of(text)}


def _opt(span: Span | None, text: str) -> JSON | None:
    return None if span is None else _surf(span, text)


def _article(a: Article) -> JSON:
    return {
        "id": a.id, "url": a.url, "source": a.source, "title": a.title,
        "published": a.published.isoformat() if a.published else None,
        "dateline": a.dateline, "language": a.language, "language_score": a.language_score,
        "origin": a.origin, "text": a.text,
    }


def _actor(a: Actor, text: str) -> JSON:
    return {
        "id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "sector": a.sector,
        "code": a.code, "wikidata_id": a.wikidata_id,
        "mentions": [_surf(s, text) for s in a.mentions],
    }


def _place(p: Place, text: str) -> JSON:
    return {
        "id": p.id, "name": p.name, "geonameid": p.geonameid, "lat": p.lat, "lon": p.lon,
        "country": p.country, "admin1": p.admin1, "admin2": p.admin2,
        "feature_code": p.feature_code, "precision": p.precision, "confidence": p.confidence,
        "reason": p.reason, "mentions": [_surf(s, text) for s in p.mentions],
        "native_name": p.native_name, "embedded": [_surf(s, text) for s in p.embedded],
        "demonyms": [_surf(s, text) for s in p.demonyms],
    }


def _event(e: Event, text: str) -> JSON:
    return {
        "id": e.id, "plover_type": e.plover_type, "plover_mode": e.plover_mode,
        "cameo_code": e.cameo_code, "quad_class": e.quad_class, "intensity": e.intensity,
        "trigger": _surf(e.trigger, text), "sentence": e.sentence,
        "source_actors": list(e.source_actors), "target_actors": list(e.target_actors),
        "source_spans": [_surf(s, text) for s in e.source_spans],
        "target_spans": [_surf(s, text) for s in e.target_spans],
        "place": e.place, "place_reason": e.place_reason,
        "date": e.date, "date_end": e.date_end, "date_source": e.date_source,
        "date_text": e.date_span.of(text) if e.date_span else None,
        "date_span": _opt(e.date_span, text),
        "modality": e.modality, "attributed_to": e.attributed_to,
        "attribution_text": e.attribution_span.of(text) if e.attribution_span else None,
        "attribution_span": _opt(e.attribution_span, text),
        "evidence": _opt(e.evidence, text),
        "acled_event_type": e.acled_event_type, "acled_sub_event_type": e.acled_sub_event_type,
    }


def _quote(q: Quote, text: str) -> JSON:
    return {
        "id": q.id, "kind": q.kind, **_surf(q.span, text), "speaker": q.speaker,
        "speaker_span": _opt(q.speaker_span, text), "cue": q.cue,
        "cue_span": _opt(q.cue_span, text),
    }


def _figure(f: Figure, text: str) -> JSON:
    return {
        "id": f.id, "category": f.category, "low": f.low, "high": f.high,
        "qualifier": f.qualifier, "hedged": f.hedged, "unit": f.unit, **_surf(f.span, text),
        "event": f.event, "place": f.place, "attributed_to": f.attributed_to,
        "attribution_text": f.attribution_span.of(text) if f.attribution_span else None,
        "attribution_span": _opt(f.attribution_span, text),
        "victims": f.victims, "part_of": f.part_of, "described": f.described,
    }


def _casualties(c: Casualties) -> JSON:
    return {"id": c.id, "event": c.event, "killed_low": c.killed_low,
            "killed_high": c.killed_high, "wounded_low": c.wounded_low,
            "wounded_high": c.wounded_high, "figures": list(c.figures),
            "reported_by": list(c.reported_by)}


def _read_casualties(d: JSON) -> Casualties:
    return Casualties(id=d["id"], event=d["event"], killed_low=d["killed_low"],
                      killed_high=d["killed_high"], wounded_low=d["wounded_low"],
                      wounded_high=d["wounded_high"], figures=tuple(d["figures"]),
                      reported_by=tuple(d["reported_by"]))


def _claim(c: Claim, text: str) -> JSON:
    return {
        "id": c.id, "polarity": c.polarity, "claimant": c.claimant,
        "claimant_text": c.claimant_span.of(text) if c.claimant_span else None,
        "claimant_span": _opt(c.claimant_span, text),
        "event": c.event, "figure": c.figure, "quote": c.quote, **_surf(c.span, text),
    }


def _contradiction(c: Contradiction) -> JSON:
    return {"id": c.id, "claims": [c.claim_a, c.claim_b], "event": c.event,
            "figure": c.figure, "reason": c.reason}


def _diagnostic(d: Diagnostic) -> JSON:
    return {"stage": d.stage, "code": d.code, "message": d.message,
            "start": d.span.start if d.span is not None else None,
            "end": d.span.end if d.span is not None else None}


# -- readers -------------------------------------------------------------------------------

def _span(d: JSON) -> Span:
    return Span(d["start"], d["end"])


def _ospan(d: JSON | None) -> Span | None:
    return None if d is None else _span(d)


def _read_article(d: JSON) -> Article:
    published = dt.date.fromisoformat(d["published"]) if d.get("published") else None
    return Article(
        id=d["id"], text=d["text"], title=d.get("title"), published=published,
        dateline=d.get("dateline"), language=d.get("language", "en"), source=d.get("source"),
        url=d.get("url"), origin=d.get("origin"), language_score=d.get("language_score"),
    )


def _read_actor(d: JSON) -> Actor:
    return Actor(
        id=d["id"], name=d["name"], kind=d["kind"], country=d["country"], sector=d["sector"],
        code=d["code"], wikidata_id=d["wikidata_id"],
        mentions=tuple(_span(m) for m in d["mentions"]),
    )


def _read_place(d: JSON) -> Place:
    return Place(
        id=d["id"], name=d["name"], geonameid=d["geonameid"], lat=d["lat"], lon=d["lon"],
        country=d["country"], admin1=d["admin1"], admin2=d.get("admin2"),
        feature_code=d["feature_code"], precision=d["precision"],
        confidence=d.get("confidence", 0.0), reason=d.get("reason", ""),
        mentions=tuple(_span(m) for m in d["mentions"]),
        native_name=d.get("native_name"),
        embedded=tuple(_span(m) for m in d.get("embedded", ())),
        demonyms=tuple(_span(m) for m in d.get("demonyms", ())),
    )


def _read_event(d: JSON) -> Event:
    return Event(
        id=d["id"], plover_type=d["plover_type"], plover_mode=d["plover_mode"],
        cameo_code=d["cameo_code"], quad_class=d["quad_class"], intensity=d["intensity"],
        trigger=_span(d["trigger"]), sentence=d["sentence"],
        source_actors=tuple(d["source_actors"]), target_actors=tuple(d["target_actors"]),
        source_spans=tuple(_span(s) for s in d.get("source_spans", [])),
        target_spans=tuple(_span(s) for s in d.get("target_spans", [])),
        place=d["place"], place_reason=d.get("place_reason"), date=d["date"],
        date_end=d.get("date_end"), date_span=_ospan(d.get("date_span")),
        date_source=d.get("date_source", "none"), modality=d["modality"],
        attributed_to=d["attributed_to"], attribution_span=_ospan(d.get("attribution_span")),
        evidence=_ospan(d.get("evidence")), acled_event_type=d.get("acled_event_type"),
        acled_sub_event_type=d.get("acled_sub_event_type"),
    )


def _read_quote(d: JSON) -> Quote:
    return Quote(
        id=d["id"], kind=d["kind"], span=_span(d), speaker=d["speaker"],
        speaker_span=_ospan(d.get("speaker_span")), cue=d["cue"],
        cue_span=_ospan(d.get("cue_span")),
    )


def _read_figure(d: JSON) -> Figure:
    return Figure(
        id=d["id"], category=d["category"], low=d["low"], high=d["high"],
        qualifier=d["qualifier"], hedged=d["hedged"], unit=d.get("unit", "people"),
        span=_span(d), event=d["event"], place=d.get("place"),
        attributed_to=d["attributed_to"], attribution_span=_ospan(d.get("attribution_span")),
        victims=d.get("victims"), part_of=d.get("part_of"), described=d.get("described", False),
    )


def _read_claim(d: JSON) -> Claim:
    return Claim(
        id=d["id"], polarity=d["polarity"], span=_span(d), claimant=d["claimant"],
        claimant_span=_ospan(d.get("claimant_span")), event=d["event"],
        figure=d.get("figure"), quote=d["quote"],
    )


def _read_contradiction(d: JSON) -> Contradiction:
    a, b = d["claims"]
    return Contradiction(id=d["id"], claim_a=a, claim_b=b, reason=d["reason"],
                         event=d["event"], figure=d.get("figure"))


def _read_diagnostic(d: JSON) -> Diagnostic:
    span = Span(d["start"], d["end"]) if d.get("start") is not None else None
    return Diagnostic(stage=d["stage"], code=d["code"], message=d["message"], span=span)
