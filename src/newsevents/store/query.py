"""Querying merged events: filters become fixed SQL fragments with `?` parameters only."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd

from .duckdb import Store, guarded

COLUMNS = (
    "merged_id", "date", "date_last", "plover_type", "plover_mode", "cameo_code", "place_name", "admin1",
    "country", "lat", "lon", "source_name", "source_code", "target_name", "target_code",
    "num_mentions", "num_articles", "num_sources", "first_report", "last_report", "first_url",
)
HAVERSINE = (
    "2 * 6371.0088 * asin(sqrt(pow(sin(radians(lat - ?) / 2), 2) + cos(radians(?)) * "
    "cos(radians(lat)) * pow(sin(radians(lon - ?) / 2), 2)))"
)
_TEXT = (
    "EXISTS (SELECT 1 FROM merged_event_mentions AS mm JOIN articles AS a ON a.id = mm.article_id "
    "WHERE mm.merged_id = m.merged_id AND (a.text ILIKE ? OR a.title ILIKE ?))"
)
_ACTOR = (
    "(m.source_name ILIKE ? OR m.target_name ILIKE ? OR m.source_code ILIKE ? "
    "OR m.target_code ILIKE ?)"
)


@contextmanager
def opened(db: Store | str | Path) -> Iterator[Store]:
    """The given store, or a store opened (read-only, must exist) for the duration."""
    if isinstance(db, Store):
        yield db
        return
    with guarded(db), Store.open(db, create=False, read_only=True) as store:
        yield store


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def where_clause(
    *, date_from: dt.date | None = None, date_to: dt.date | None = None,
    country: str | None = None, actor: str | None = None, event_type: str | None = None,
    near: tuple[float, float, float] | None = None, text: str | None = None,
    place: str | None = None,
) -> tuple[str, list[Any]]:
    """A WHERE clause over `merged_events AS m` and its parameters."""
    parts, params = ["TRUE"], []  # type: ignore[var-annotated]
    if date_from is not None:
        parts.append("m.date_last >= ?")
        params.append(date_from)
    if date_to is not None:
        parts.append("m.date <= ?")
        params.append(date_to)
    if country:
        parts.append("upper(m.country) = upper(?)")
        params.append(country)
    if event_type:
        parts.append("upper(m.plover_type) = upper(?)")
        params.append(event_type)
    if actor:
        parts.append(_ACTOR.replace("ILIKE ?", "ILIKE ? ESCAPE '\\'"))
        params.extend([_like(actor)] * 4)
    if place:
        parts.append("(m.place_name ILIKE ? ESCAPE '\\' OR m.admin1 ILIKE ? ESCAPE '\\')")
        params.extend([_like(place)] * 2)
    if near is not None:
        lat, lon, km = near
        parts.append(f"m.lat IS NOT NULL AND {HAVERSINE} <= ?")
        params.extend([lat, lat, lon, km])
    if text:
        parts.append(_TEXT.replace("ILIKE ?", "ILIKE ? ESCAPE '\\'"))
        params.extend([_like(text)] * 2)
    return " AND ".join(parts), params


def query(
    db: Store | str | Path, *, date_from: dt.date | None = None, date_to: dt.date | None = None,
    country: str | None = None, actor: str | None = None, event_type: str | None = None,
    near: tuple[float, float, float] | None = None, text: str | None = None,
    place: str | None = None, limit: int | None = 100,
) -> pd.DataFrame:
    """Merged events matching every given filter, earliest first, as a pandas DataFrame."""
    where, params = where_clause(date_from=date_from, date_to=date_to, country=country,
                                 actor=actor, event_type=event_type, near=near, text=text,
                                 place=place)
    sql = (f"SELECT {', '.join('m.' + c for c in COLUMNS)} FROM merged_events AS m "
           f"WHERE {where} ORDER BY m.date, m.first_report, m.merged_id")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    with opened(db) as store:
        return store.con.execute(sql, params).df()
