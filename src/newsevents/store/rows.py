"""ArticleAnalysis ↔ table rows (dicts keyed by the column names of `schema.py`).

The only place that knows how a model object maps to columns; `read(write(x)) == x` exactly.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..model import (
    Actor, Article, ArticleAnalysis, Casualties, Claim, Contradiction, Diagnostic, Event, Figure,
    Mention, Place, Quote, Sentence, Span,
)

Row = dict[str, Any]


def _span(prefix: str, span: Span | None) -> Row:
    return {f"{prefix}_start": None if span is None else span.start,
            f"{prefix}_end": None if span is None else span.end}


def _spans(starts: str, ends: str, spans: tuple[Span, ...]) -> Row:
    return {starts: [s.start for s in spans], ends: [s.end for s in spans]}


def analysis_rows(analysis: ArticleAnalysis, *, run_id: str | None) -> dict[str, list[Row]]:
    """Rows for every article table (diagnostics included) of one analysis."""
    art = analysis.article
    aid = art.id
    return {
        "articles": [_article_row(art, analysis.stages_run, run_id)],
        "sentences": [{"article_id": aid, "idx": s.index, **_span("span", s.span)}
                      for s in analysis.sentences],
        "mentions": [{"article_id": aid, "idx": k, **_span("span", m.span), "label": m.label,
                      "sentence": m.sentence} for k, m in enumerate(analysis.mentions)],
        "actors": [_actor_row(aid, k, a) for k, a in enumerate(analysis.actors)],
        "places": [_place_row(aid, k, p) for k, p in enumerate(analysis.places)],
        "events": [_event_row(aid, k, e) for k, e in enumerate(analysis.events)],
        "quotes": [_quote_row(aid, k, q) for k, q in enumerate(analysis.quotes)],
        "figures": [_figure_row(aid, k, f) for k, f in enumerate(analysis.figures)],
        "casualties": [_casualties_row(aid, k, c) for k, c in enumerate(analysis.casualties)],
        "claims": [_claim_row(aid, k, c) for k, c in enumerate(analysis.claims)],
        "contradictions": [{"article_id": aid, "id": c.id, "ord": k, "claim_a": c.claim_a,
                            "claim_b": c.claim_b, "reason": c.reason, "event": c.event,
                            "figure": c.figure} for k, c in enumerate(analysis.contradictions)],
        "diagnostics": [diagnostic_row(d, origin=art.origin or aid, article_id=aid, ord=k,
                                       run_id=run_id)
                        for k, d in enumerate(analysis.diagnostics)],
    }


def diagnostic_row(
    diag: Diagnostic, *, origin: str, article_id: str | None, ord: int, run_id: str | None
) -> Row:
    return {"origin": origin, "article_id": article_id, "ord": ord, "stage": diag.stage,
            "code": diag.code, "message": diag.message, **_span("span", diag.span),
            "run_id": run_id}


def _article_row(art: Article, stages_run: tuple[str, ...], run_id: str | None) -> Row:
    return {"id": art.id, "text": art.text, "title": art.title, "published": art.published,
            "dateline": art.dateline, "language": art.language, "source": art.source,
            "url": art.url, "origin": art.origin, "stages_run": list(stages_run),
            "run_id": run_id, "language_score": art.language_score}


def _actor_row(aid: str, k: int, a: Actor) -> Row:
    return {"article_id": aid, "id": a.id, "ord": k, "name": a.name, "kind": a.kind,
            "country": a.country, "sector": a.sector, "code": a.code,
            "wikidata_id": a.wikidata_id, **_spans("mention_starts", "mention_ends", a.mentions)}


def _place_row(aid: str, k: int, p: Place) -> Row:
    return {"article_id": aid, "id": p.id, "ord": k, "name": p.name, "geonameid": p.geonameid,
            "lat": p.lat, "lon": p.lon, "country": p.country, "admin1": p.admin1,
            "admin2": p.admin2, "feature_code": p.feature_code, "precision": p.precision,
            "confidence": p.confidence, "reason": p.reason,
            **_spans("mention_starts", "mention_ends", p.mentions), "native_name": p.native_name,
            **_spans("embedded_starts", "embedded_ends", p.embedded),
            **_spans("demonym_starts", "demonym_ends", p.demonyms)}


def _event_row(aid: str, k: int, e: Event) -> Row:
    return {"article_id": aid, "id": e.id, "ord": k, "plover_type": e.plover_type,
            "plover_mode": e.plover_mode, "cameo_code": e.cameo_code, "quad_class": e.quad_class,
            "intensity": e.intensity, **_span("trigger", e.trigger), "sentence": e.sentence,
            "source_actors": list(e.source_actors), "target_actors": list(e.target_actors),
            **_spans("source_starts", "source_ends", e.source_spans),
            **_spans("target_starts", "target_ends", e.target_spans),
            "place": e.place, "place_reason": e.place_reason, "date": e.date,
            "date_end": e.date_end, **_span("date_span", e.date_span),
            "date_source": e.date_source, "modality": e.modality,
            "attributed_to": e.attributed_to, **_span("attribution", e.attribution_span),
            **_span("evidence", e.evidence), "acled_event_type": e.acled_event_type,
            "acled_sub_event_type": e.acled_sub_event_type}


def _quote_row(aid: str, k: int, q: Quote) -> Row:
    return {"article_id": aid, "id": q.id, "ord": k, "kind": q.kind, **_span("span", q.span),
            "speaker": q.speaker, **_span("speaker", q.speaker_span), "cue": q.cue,
            **_span("cue", q.cue_span)}


def _figure_row(aid: str, k: int, f: Figure) -> Row:
    return {"article_id": aid, "id": f.id, "ord": k, "category": f.category, "low": f.low,
            "high": f.high, "qualifier": f.qualifier, **_span("span", f.span),
            "hedged": f.hedged, "unit": f.unit, "event": f.event, "place": f.place,
            "attributed_to": f.attributed_to, **_span("attribution", f.attribution_span),
            "victims": f.victims, "part_of": f.part_of, "described": f.described}


def _casualties_row(aid: str, k: int, c: Casualties) -> Row:
    return {"article_id": aid, "id": c.id, "ord": k, "event": c.event,
            "killed_low": c.killed_low, "killed_high": c.killed_high,
            "wounded_low": c.wounded_low, "wounded_high": c.wounded_high,
            "figures": list(c.figures), "reported_by": list(c.reported_by)}


def _read_casualties(r: Mapping[str, Any]) -> Casualties:
    return Casualties(id=r["id"], event=r["event"], killed_low=r["killed_low"],
                      killed_high=r["killed_high"], wounded_low=r["wounded_low"],
                      wounded_high=r["wounded_high"], figures=tuple(r["figures"] or ()),
                      reported_by=tuple(r["reported_by"] or ()))


def _claim_row(aid: str, k: int, c: Claim) -> Row:
    return {"article_id": aid, "id": c.id, "ord": k, "polarity": c.polarity,
            **_span("span", c.span), "claimant": c.claimant,
            **_span("claimant", c.claimant_span), "event": c.event, "figure": c.figure,
            "quote": c.quote}


# -- reading ---------------------------------------------------------------------------------

def _get_span(row: Mapping[str, Any], prefix: str) -> Span | None:
    start = row[f"{prefix}_start"]
    return None if start is None else Span(start, row[f"{prefix}_end"])


def _need_span(row: Mapping[str, Any], prefix: str) -> Span:
    return Span(row[f"{prefix}_start"], row[f"{prefix}_end"])


def _get_spans(row: Mapping[str, Any], starts: str, ends: str) -> tuple[Span, ...]:
    return tuple(Span(a, b) for a, b in zip(row[starts] or (), row[ends] or ()))


def build_analysis(tables: Mapping[str, Iterable[Mapping[str, Any]]]) -> ArticleAnalysis:
    """The analysis back from its rows (child rows already in `ord`/`idx` order)."""
    (art,) = tables["articles"]
    return ArticleAnalysis(
        article=Article(id=art["id"], text=art["text"], title=art["title"],
                        published=art["published"], dateline=art["dateline"],
                        language=art["language"], source=art["source"], url=art["url"],
                        origin=art["origin"], language_score=art["language_score"]),
        sentences=tuple(Sentence(index=r["idx"], span=_need_span(r, "span"))
                        for r in tables["sentences"]),
        mentions=tuple(Mention(span=_need_span(r, "span"), label=r["label"],
                               sentence=r["sentence"]) for r in tables["mentions"]),
        actors=tuple(_read_actor(r) for r in tables["actors"]),
        places=tuple(_read_place(r) for r in tables["places"]),
        events=tuple(_read_event(r) for r in tables["events"]),
        quotes=tuple(_read_quote(r) for r in tables["quotes"]),
        figures=tuple(_read_figure(r) for r in tables["figures"]),
        casualties=tuple(_read_casualties(r) for r in tables["casualties"]),
        claims=tuple(_read_claim(r) for r in tables["claims"]),
        contradictions=tuple(Contradiction(id=r["id"], claim_a=r["claim_a"],
                                           claim_b=r["claim_b"], reason=r["reason"],
                                           event=r["event"], figure=r["figure"])
                             for r in tables["contradictions"]),
        diagnostics=tuple(Diagnostic(stage=r["stage"], code=r["code"], message=r["message"],
                                     span=_get_span(r, "span")) for r in tables["diagnostics"]),
        stages_run=tuple(art["stages_run"] or ()),
    )


def _read_actor(r: Mapping[str, Any]) -> Actor:
    return Actor(id=r["id"], name=r["name"], kind=r["kind"], country=r["country"],
                 sector=r["sector"], code=r["code"], wikidata_id=r["wikidata_id"],
                 mentions=_get_spans(r, "mention_starts", "mention_ends"))


def _read_place(r: Mapping[str, Any]) -> Place:
    return Place(id=r["id"], name=r["name"], geonameid=r["geonameid"], lat=r["lat"],
                 lon=r["lon"], country=r["country"], admin1=r["admin1"], admin2=r["admin2"],
                 feature_code=r["feature_code"], precision=r["precision"],
                 confidence=r["confidence"], reason=r["reason"],
                 mentions=_get_spans(r, "mention_starts", "mention_ends"),
                 native_name=r.get("native_name"),
                 embedded=_get_spans(r, "embedded_starts", "embedded_ends"),
                 demonyms=_get_spans(r, "demonym_starts", "demonym_ends"))


def _read_event(r: Mapping[str, Any]) -> Event:
    return Event(
        id=r["id"], plover_type=r["plover_type"], plover_mode=r["plover_mode"],
        cameo_code=r["cameo_code"], quad_class=r["quad_class"], intensity=r["intensity"],
        trigger=_need_span(r, "trigger"), sentence=r["sentence"],
        source_actors=tuple(r["source_actors"] or ()),
        target_actors=tuple(r["target_actors"] or ()),
        source_spans=_get_spans(r, "source_starts", "source_ends"),
        target_spans=_get_spans(r, "target_starts", "target_ends"),
        place=r["place"], place_reason=r["place_reason"], date=r["date"],
        date_end=r["date_end"], date_span=_get_span(r, "date_span"),
        date_source=r["date_source"], modality=r["modality"],
        attributed_to=r["attributed_to"], attribution_span=_get_span(r, "attribution"),
        evidence=_get_span(r, "evidence"), acled_event_type=r.get("acled_event_type"),
        acled_sub_event_type=r.get("acled_sub_event_type"),
    )


def _read_quote(r: Mapping[str, Any]) -> Quote:
    return Quote(id=r["id"], kind=r["kind"], span=_need_span(r, "span"),
                 speaker=r["speaker"], speaker_span=_get_span(r, "speaker"), cue=r["cue"],
                 cue_span=_get_span(r, "cue"))


def _read_figure(r: Mapping[str, Any]) -> Figure:
    return Figure(id=r["id"], category=r["category"], low=r["low"], high=r["high"],
                  qualifier=r["qualifier"], span=_need_span(r, "span"),
                  hedged=r["hedged"], unit=r["unit"], event=r["event"], place=r["place"],
                  attributed_to=r["attributed_to"],
                  attribution_span=_get_span(r, "attribution"), victims=r["victims"],
                  part_of=r["part_of"], described=bool(r["described"]))


def _read_claim(r: Mapping[str, Any]) -> Claim:
    return Claim(id=r["id"], polarity=r["polarity"], span=_need_span(r, "span"),
                 claimant=r["claimant"], claimant_span=_get_span(r, "claimant"),
                 event=r["event"], figure=r["figure"], quote=r["quote"])
