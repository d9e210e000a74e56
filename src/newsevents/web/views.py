"""What the article and event pages show, built from the store or from a fresh analysis."""
from __future__ import annotations

import json
from typing import Any

from ..io.serialize import to_dict
from ..model import ArticleAnalysis, Span
from ..store.duckdb import Store
from .article import Fact, facts, segments, span_ids

EXPORTS = ("jsonl", "plover", "geojson")


def article_view(analysis: ArticleAnalysis) -> dict[str, Any]:
    """The article's facts (side panel) and its text cut into highlight segments."""
    items = facts(analysis)
    return {"analysis": analysis, "article": analysis.article, "facts": items,
            "segments": segments(analysis.article.text, items),
            "span_count": len(span_ids(items))}


def fact_json(fact: Fact) -> dict[str, Any]:
    return {"key": fact.key, "kind": fact.kind, "label": fact.label, "detail": fact.detail,
            "spans": [[s.start, s.end] for s in fact.spans]}


def mention_segments(mention: dict[str, Any]) -> list[Any]:
    """The reporting sentence of one event mention, with trigger and actor spans marked."""
    text, start = mention.get("sentence_text"), mention.get("sent_start")
    if not text or start is None:
        return []
    marks = [Fact(key="trigger", kind="event", label="", detail="",
                  spans=(Span(mention["trigger_start"], mention["trigger_end"]),))]
    for side in ("source", "target"):
        starts, ends = mention.get(f"{side}_starts") or [], mention.get(f"{side}_ends") or []
        spans = tuple(Span(a, b) for a, b in zip(starts, ends) if b > a)
        marks.append(Fact(key=side, kind=side, label="", detail="", spans=spans))
    return segments(text, marks, offset=start)


def event_export(store: Store, merged_id: str, fmt: str, mentions: list[dict[str, Any]]
                 ) -> tuple[str, str]:
    """(body, media type) of one event's export."""
    if fmt == "plover":
        from ..store.plover import records
        from ..store.runs import package_version

        rows = records(store, coder=f"newsevents {package_version()}", merged_id=merged_id)
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), \
            "application/x-ndjson"
    if fmt == "geojson":
        from ..store.exports import geojson

        return json.dumps(geojson(store, merged_id=merged_id), ensure_ascii=False), \
            "application/geo+json"
    ids = dict.fromkeys(m["article_id"] for m in mentions)
    body = "".join(json.dumps(to_dict(store.read(a)), ensure_ascii=False) + "\n" for a in ids)
    return body, "application/x-ndjson"
