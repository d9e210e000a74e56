"""Querying merged events: filters become fixed SQL fragments with `?` parameters only."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd

from .casualty_sql import COLUMNS as CASUALTY_COLUMNS
from .casualty_sql import MERGED_CASUALTIES
from .duckdb import Store, guarded

COLUMNS = (
    "merged_id", "date", "date_last", "plover_type", "plover_mode", "cameo_code",
    "acled_event_type", "acled_sub_event_type", "place_name", "admin1",
    "country", "lat", "lon", "source_name", "source_code", "target_name", "target_code",
    "num_mentions", "num_articles", "num_sources", "first_report", "last_report", "first_url",
)
HAVERSINE = (
    "2 * 6371.0088 * asin(sqrt(pow(sin(radians(lat - ?) / 2), 2) + cos(radians(?)) * "
    "cos(radians(lat)) * pow(sin(radians(lon - ?) / 2), 2)))"
)
_TEXT = (  # a semi-join: DuckDB runs it once, not once per event as a correlated EXISTS
    "m.merged_id IN (SELECT mm.merged_id FROM merged_event_mentions AS mm "
    "WHERE mm.article_id IN (SELECT a.id FROM articles AS a "
    "WHERE a.text ILIKE ? OR a.title ILIKE ?))"
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


_MENTION = (
    "m.merged_id IN (SELECT mm.merged_id FROM merged_event_mentions AS mm JOIN events AS e "
    "ON e.article_id = mm.article_id AND e.id = mm.event_id WHERE {test})"
)
_ARTICLE = (
    "m.merged_id IN (SELECT mm.merged_id FROM merged_event_mentions AS mm "
    "WHERE mm.article_id = ?)"
)
_STORY = (
    "m.merged_id IN (SELECT mm.merged_id FROM merged_event_mentions AS mm "
    "JOIN stories AS s ON s.article_id = mm.article_id WHERE s.story_id = ?)"
)
# The story of a merged event: its first report's (a merge may join reports of two stories).
STORY_OF = "(SELECT s.story_id FROM stories AS s WHERE s.article_id = m.first_article_id)"


def where_clause(
    *, date_from: dt.date | None = None, date_to: dt.date | None = None,
    country: str | None = None, actor: str | None = None, event_type: str | None = None,
    near: tuple[float, float, float] | None = None, text: str | None = None,
    place: str | None = None, mode: str | None = None, modality: str | None = None,
    acled_type: str | None = None, article: str | None = None, story: str | None = None,
) -> tuple[str, list[Any]]:
    """A WHERE clause over `merged_events AS m` and its parameters.

    `modality` tests the article events merged into each event; `acled_type` matches the
    merged event's ACLED event type or sub-event type; `story`: a report of the event belongs
    to that story.
    """
    parts, params = ["TRUE"], []  # type: ignore[var-annotated]

    def add(sql: str, *values: Any) -> None:
        parts.append(sql)
        params.extend(values)

    if date_from is not None:
        add("m.date_last >= ?", date_from)
    if date_to is not None:
        add("m.date <= ?", date_to)
    if country:
        add("upper(m.country) = upper(?)", country)
    if event_type:
        add("upper(m.plover_type) = upper(?)", event_type)
    if mode:
        add("lower(m.plover_mode) = lower(?)", mode)
    if acled_type:  # an ACLED event type or sub-event type, any case
        add("(lower(m.acled_event_type) = lower(?) OR lower(m.acled_sub_event_type) = lower(?))",
            acled_type, acled_type)
    if actor:
        add(_ACTOR.replace("ILIKE ?", "ILIKE ? ESCAPE '\\'"), *[_like(actor)] * 4)
    if place:
        add("(m.place_name ILIKE ? ESCAPE '\\' OR m.admin1 ILIKE ? ESCAPE '\\')",
            *[_like(place)] * 2)
    if near is not None:
        lat, lon, km = near
        add(f"m.lat IS NOT NULL AND {HAVERSINE} <= ?", lat, lat, lon, km)
    if text:
        add(_TEXT.replace("ILIKE ?", "ILIKE ? ESCAPE '\\'"), *[_like(text)] * 2)
    if modality:
        add(_MENTION.format(test="lower(e.modality) = lower(?)"), modality)
    if article:
        add(_ARTICLE, article)
    if story:
        add(_STORY, story)
    return " AND ".join(parts), params


def query(
    db: Store | str | Path, *, date_from: dt.date | None = None, date_to: dt.date | None = None,
    country: str | None = None, actor: str | None = None, event_type: str | None = None,
    near: tuple[float, float, float] | None = None, text: str | None = None,
    place: str | None = None, acled_type: str | None = None, story: str | None = None,
    limit: int | None = 100,
) -> pd.DataFrame:
    """Merged events matching every given filter, earliest first, as a pandas DataFrame, with
    the story of the first report and the killed and wounded their reports give (lowest low,
    highest high; empty when none)."""
    where, params = where_clause(date_from=date_from, date_to=date_to, country=country,
                                 actor=actor, event_type=event_type, near=near, text=text,
                                 place=place, acled_type=acled_type, story=story)
    sql = (f"SELECT {', '.join('m.' + c for c in COLUMNS)}, {STORY_OF} AS story_id, "
           f"{', '.join('k.' + c for c in CASUALTY_COLUMNS)} FROM merged_events AS m "
           f"LEFT JOIN ({MERGED_CASUALTIES}) AS k USING (merged_id) "
           f"WHERE {where} ORDER BY m.date, m.first_report, m.merged_id")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    with opened(db) as store:
        return store.con.execute(sql, params).df()
