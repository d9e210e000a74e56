"""PLOVER JSON records (ONTOLOGY.md §2 "JSON record"), one per merged event.

The text fields come from the first report's sentence that holds the event; `link` lists the
other mentions (article id/event id) merged into it; `comment` is the merge explanation.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

RECORDS_SQL = """
SELECT m.*, a.title, a.url, a.source AS publication, a.language, mm.sentence, mm.event_id,
       s.span_start AS sent_start, s.span_end AS sent_end,
       substring(a.text, s.span_start + 1, s.span_end - s.span_start) AS sentence_text,
       substring(a.text, mm.trigger_start + 1, mm.trigger_end - mm.trigger_start) AS trigger_text,
       (SELECT list(mx.article_id || '/' || mx.event_id ORDER BY mx.published, mx.article_id)
        FROM merged_event_mentions AS mx WHERE mx.merged_id = m.merged_id) AS links
FROM merged_events AS m
JOIN merged_event_mentions AS mm
  ON mm.merged_id = m.merged_id AND mm.article_id = m.first_article_id
JOIN articles AS a ON a.id = mm.article_id
LEFT JOIN sentences AS s ON s.article_id = mm.article_id AND s.idx = mm.sentence
WHERE m.date IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY m.merged_id ORDER BY mm.trigger_start) = 1
ORDER BY m.date, m.merged_id
"""


def entity(row: Mapping[str, Any], side: str) -> dict[str, Any] | None:
    if not (row[f"{side}_name"] or row[f"{side}_code"]):
        return None
    return {"code": row[f"{side}_country"] or row[f"{side}_code"],
            "sector": row[f"{side}_sector"], "entity_text": row[f"{side}_name"],
            "identifier_id": None, "identifier_text": row[f"{side}_name"],
            "religion": None, "ethnicity": None, "office": None, "gender": None, "age": None}


def location(row: Mapping[str, Any]) -> dict[str, Any] | None:
    if not (row["place_name"] or row["country"]):
        return None
    resolution = {1: 5, 2: 4, 3: 3, 4: 2, 5: 1}.get(row["precision"] or 7)
    return {"extracted_place": row["place_name"], "resolved_place": row["place_name"],
            "geonameid": row["geonameid"], "lat": row["lat"], "lon": row["lon"],
            "city": row["place_name"] if (row["precision"] or 7) <= 2 else None,
            "district": None, "province": row["admin1"], "country": row["country"],
            "country_code": row["country"], "feature_class": None, "feature_code": None,
            "resolution": resolution}


def record(row: Mapping[str, Any], *, coder: str, today: dt.date) -> dict[str, Any]:
    actor, recipient = entity(row, "source"), entity(row, "target")
    return {
        "id": row["merged_id"], "has_event": True, "date": row["date"].isoformat(),
        "time": None, "enddate": row["date_last"].isoformat() if row["date_last"] else None,
        "endtime": None, "actor": [actor] if actor else [],
        "recipient": [recipient] if recipient else [], "event": [row["plover_type"]],
        "event_loc": location(row), "event_text": row["trigger_text"],
        "quad_code": row["quad_class"], "event_scale": row["intensity"],
        "mode": [row["plover_mode"]] if row["plover_mode"] else [], "context": [],
        "link": list(row["links"] or []), "text": row["sentence_text"],
        "text_info": {"sequence": row["sentence"], "start": row["sent_start"],
                      "end": row["sent_end"], "text_story": row["first_article_id"]},
        "cite_info": {"corpus": "newsevents", "citation": row["title"], "url": row["url"],
                      "title": row["title"], "language": row["language"],
                      "publication": row["publication"], "license": None, "copyright": None,
                      "coder": coder, "codebook": "PLOVER 0.8", "version": coder},
        "coder": coder, "coded_date": today.isoformat(), "coded_time": None,
        "comment": row["why"], "num_articles": row["num_articles"],
        "num_sources": row["num_sources"], "cameo_code": row["cameo_code"],
        "acled_event_type": row["acled_event_type"],
        "acled_sub_event_type": row["acled_sub_event_type"],
    }


def records(store: Any, *, coder: str, merged_id: str | None = None
            ) -> Iterator[dict[str, Any]]:
    """PLOVER records of every merged event, or of the one `merged_id`."""
    today = dt.date.today()
    sql, params = RECORDS_SQL, []
    if merged_id is not None:
        sql, params = f"SELECT * FROM ({RECORDS_SQL}) WHERE merged_id = ?", [merged_id]
    for row in store.rows(sql, params):
        yield record(row, coder=coder, today=today)
