"""The desk's reads: events pages, map points (aggregated when many), the timeline and one
event with its reports. SQL fragments are constants; values are bound parameters; ORDER BY
comes from `filters.SORTS`; optional columns are used only when the store has them."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ..errors import RequestError
from ..store.duckdb import Store
from ..store.query import where_clause
from .access import StoreInfo
from .filters import SORTS, Filters

PAGE_SIZE = 50
MAX_POINTS = 2000  # above this, the map request answers grid cells with counts
LIST_COLUMNS = (
    "merged_id", "date", "date_last", "plover_type", "plover_mode", "quad_class",
    "place_name", "admin1", "country", "lat", "lon", "source_name", "target_name",
    "num_articles", "num_sources", "first_report", "first_url",
)
# Optional columns (migration 5; shown only when the store has them).
OPTIONAL_EVENT = ("acled_event_type", "acled_sub_event_type")


@dataclass(frozen=True, slots=True, kw_only=True)
class Bbox:
    west: float
    south: float
    east: float
    north: float


def where_args(info: StoreInfo, filters: Filters) -> dict[str, Any]:
    """`query.where_clause` keywords (the ACLED filter only when the store has the column)."""
    args = filters.where_args()
    if not info.has("merged_events", "acled_event_type"):
        args["acled_type"] = None
    return args


def where(info: StoreInfo, filters: Filters) -> tuple[str, list[Any]]:
    return where_clause(**where_args(info, filters))


def events_page(store: Store, info: StoreInfo, filters: Filters, *, sort: str,
                page: int) -> dict[str, Any]:
    """One page of merged events with the total and the counts per PLOVER type."""
    cond, params = where(info, filters)
    present = [c for c in OPTIONAL_EVENT if info.has("merged_events", c)]
    cols = ", ".join(f"m.{c}" for c in (*LIST_COLUMNS, *present))
    rows = store.rows(f"SELECT {cols} FROM merged_events AS m WHERE {cond} "
                      f"ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?",
                      [*params, PAGE_SIZE, (page - 1) * PAGE_SIZE])
    by_type = store.rows(f"SELECT m.plover_type AS type, count(*) AS n, "
                         f"sum(m.num_articles) AS reports FROM merged_events AS m "
                         f"WHERE {cond} GROUP BY 1 ORDER BY n DESC, type", params)
    total = sum(r["n"] for r in by_type)
    return {"events": rows, "total": total, "by_type": by_type, "page": page,
            "pages": max(1, -(-total // PAGE_SIZE)), "page_size": PAGE_SIZE,
            "reports": sum(int(r["reports"] or 0) for r in by_type)}


def choices(store: Store, info: StoreInfo) -> dict[str, list[str]]:
    """Values offered in the filter form's drop-downs."""
    out = {
        "types": _distinct(store, "SELECT DISTINCT plover_type FROM merged_events"),
        "modes": _distinct(store, "SELECT DISTINCT plover_mode FROM merged_events"),
        "countries": _distinct(store, "SELECT DISTINCT country FROM merged_events"),
        "modalities": _distinct(store, "SELECT DISTINCT modality FROM events"),
    }
    if info.has("merged_events", "acled_event_type"):
        out["acled"] = _distinct(store, "SELECT DISTINCT acled_event_type FROM merged_events")
    return out


def _distinct(store: Store, sql: str) -> list[str]:
    return sorted(str(r[0]) for r in store.con.execute(sql).fetchall() if r[0] is not None)


def map_data(store: Store, info: StoreInfo, filters: Filters, *, bbox: Bbox | None,
             zoom: int) -> dict[str, Any]:
    """Points for the map, or grid cells with counts when more than MAX_POINTS match."""
    cond, params = where(info, filters)
    cond += " AND m.lat IS NOT NULL AND m.lon IS NOT NULL"
    if bbox is not None:
        cond += " AND m.lat BETWEEN ? AND ? AND m.lon BETWEEN ? AND ?"
        params = [*params, bbox.south, bbox.north, bbox.west, bbox.east]
    total = store.con.execute(f"SELECT count(*) FROM merged_events AS m WHERE {cond}",
                              params).fetchall()[0][0]
    if total <= MAX_POINTS:
        points = store.rows(
            "SELECT m.merged_id AS id, m.lat, m.lon, m.plover_type AS type, m.quad_class AS quad,"
            " m.num_articles AS reports, m.place_name AS place, m.date FROM merged_events AS m "
            f"WHERE {cond} ORDER BY m.date, m.merged_id", params)
        return {"mode": "points", "total": total, "items": points}
    cell = 360.0 / 2 ** max(0, min(zoom, 18)) / 8
    cells = store.rows(
        "SELECT count(*) AS count, avg(m.lat) AS lat, avg(m.lon) AS lon, "
        "sum(m.num_articles) AS reports, mode(m.quad_class) AS quad FROM merged_events AS m "
        f"WHERE {cond} GROUP BY floor(m.lat / ?), floor(m.lon / ?) ORDER BY count DESC",
        [*params, cell, cell])
    return {"mode": "cells", "total": total, "cell_degrees": cell, "items": cells}


def timeline(store: Store, info: StoreInfo, filters: Filters) -> dict[str, Any]:
    """Events per day (per week when the dates span more than 120 days), by PLOVER type;
    events without a date are not on it."""
    cond, params = where(info, filters)
    first, last = store.con.execute(
        f"SELECT min(m.date), max(m.date) FROM merged_events AS m WHERE {cond}",
        params).fetchall()[0]
    if first is None:
        return {"bucket": "day", "first": None, "last": None, "bars": []}
    bucket = "day" if (last - first).days <= 120 else "week"
    bars = store.rows(
        f"SELECT CAST(date_trunc('{bucket}', m.date) AS DATE) AS start, "
        f"m.plover_type AS type, count(*) AS n FROM merged_events AS m WHERE {cond} "
        "AND m.date IS NOT NULL GROUP BY ALL ORDER BY start, type", params)
    return {"bucket": bucket, "first": first, "last": last, "bars": bars}


_MENTIONS = """
SELECT mm.*, a.title, a.url, a.source AS publication, e.modality, e.source_starts,
       e.source_ends, e.target_starts, e.target_ends, s.span_start AS sent_start,
       s.span_end AS sent_end,
       substring(a.text, s.span_start + 1, s.span_end - s.span_start) AS sentence_text
FROM merged_event_mentions AS mm
JOIN articles AS a ON a.id = mm.article_id
LEFT JOIN events AS e ON e.article_id = mm.article_id AND e.id = mm.event_id
LEFT JOIN sentences AS s ON s.article_id = mm.article_id AND s.idx = mm.sentence
WHERE mm.merged_id = ? ORDER BY mm.published NULLS LAST, mm.article_id, mm.trigger_start
"""
_EVIDENCE = """
SELECT ev.*, a.title, a.published FROM merged_event_evidence AS ev
JOIN articles AS a ON a.id = ev.article_id
WHERE ev.merged_id = ? ORDER BY ev.kind, ev.category, a.published, ev.article_id, ev.span_start
"""


def casualties(store: Store, info: StoreInfo, merged_id: str) -> dict[str, Any] | None:
    """Killed and wounded across the event's reports (when the store has casualty summaries)."""
    if "casualties" not in info.columns:
        return None
    from ..store.casualty_sql import MERGED_CASUALTIES

    found = store.rows(f"SELECT * FROM ({MERGED_CASUALTIES}) WHERE merged_id = ?", [merged_id])
    return found[0] if found else None


def event_detail(store: Store, info: StoreInfo, merged_id: str) -> dict[str, Any]:
    """One merged event, the reports behind it and its evidence; RequestError E905 if absent."""
    found = store.rows("SELECT * FROM merged_events WHERE merged_id = ?", [merged_id])
    if not found:
        raise RequestError(f"no event {merged_id!r} in this store", code="E905", status=404)
    evidence = store.rows(_EVIDENCE, [merged_id])
    return {"event": found[0], "mentions": store.rows(_MENTIONS, [merged_id]),
            "casualties": casualties(store, info, merged_id),
            "figures": figure_groups([e for e in evidence if e["kind"] == "figure"]),
            "claims": [e for e in evidence if e["kind"] == "claim"],
            "contradictions": [e for e in evidence if e["kind"] == "contradiction"]}


def figure_groups(figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Figures by category, with the range across reports and how many sources gave them."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for figure in figures:
        groups[figure["category"] or "other"].append(figure)
    out = []
    for category, items in sorted(groups.items()):
        values = [v for f in items for v in (f["low"], f["high"]) if v is not None]
        out.append({"category": category, "reports": items,
                    "low": min(values) if values else None,
                    "high": max(values) if values else None,
                    "sources": len({f["source"] for f in items})})
    return out


def extra_fields(event: dict[str, Any]) -> list[tuple[str, Any]]:
    """Columns of merged_events that this desk does not know (added by a later migration)."""
    from ..store.schema import column_names

    known = set(column_names("merged_events"))
    return [(k, v) for k, v in event.items() if k not in known and v is not None]


def iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value
