"""Numbered migrations, each applied once and recorded in `_migrations` (sqlite-utils style).

A migration is never edited after release; a schema change is a new migration at the end.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import duckdb

from .schema import FIGURES_V4, TABLES, create_sql


@dataclass(frozen=True, slots=True, kw_only=True)
class Migration:
    number: int
    name: str
    apply: Callable[[duckdb.DuckDBPyConnection], None]


def _create(*tables: str) -> Callable[[duckdb.DuckDBPyConnection], None]:
    def apply(con: duckdb.DuckDBPyConnection) -> None:
        for table in tables:
            con.execute(create_sql(table))
    return apply


def _casualties(con: duckdb.DuckDBPyConnection) -> None:
    """Migration 4. A store created before it lacks the new figure columns: ALTER adds them
    (IF NOT EXISTS: a store created after it got them from migration 1's column list)."""
    kinds = dict(TABLES["figures"])
    for column in FIGURES_V4:
        con.execute(f"ALTER TABLE figures ADD COLUMN IF NOT EXISTS {column} {kinds[column]}")
    con.execute(create_sql("casualties"))


def _migration_7(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(create_sql("pending_steps"))
    con.execute("ALTER TABLE articles ADD COLUMN IF NOT EXISTS language_score DOUBLE")


def _add_columns(tables: tuple[str, ...], names: tuple[str, ...]
                 ) -> Callable[[duckdb.DuckDBPyConnection], None]:
    """ALTER TABLE … ADD COLUMN for columns the schema declares (at the end of its list)."""
    def apply(con: duckdb.DuckDBPyConnection) -> None:
        for table in tables:
            kinds = dict(TABLES[table])
            for name in names:
                con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {name} {kinds[name]}")
    return apply


MIGRATIONS: tuple[Migration, ...] = (
    Migration(number=1, name="article tables, runs and diagnostics", apply=_create(
        "articles", "sentences", "mentions", "actors", "places", "events", "quotes", "figures",
        "claims", "contradictions", "diagnostics", "runs",
    )),
    Migration(number=2, name="near-duplicate signatures and links",
              apply=_create("signatures", "duplicates")),
    Migration(number=3, name="merged events, their mentions and evidence",
              apply=_create("merged_events", "merged_event_mentions", "merged_event_evidence")),
    Migration(number=4, name="casualty summaries; figures' victims, parts and described",
              apply=_casualties),
    Migration(number=5, name="ACLED event and sub-event types of events and merged events",
              apply=_add_columns(("events", "merged_events"),
                                 ("acled_event_type", "acled_sub_event_type"))),
    Migration(number=6, name="places: native name, names inside organisations, demonyms",
              apply=_add_columns(("places",), ("native_name", "embedded_starts", "embedded_ends",
                                              "demonym_starts", "demonym_ends"))),
    Migration(number=7, name="pending steps; language confidence of articles",
              apply=_migration_7),
    Migration(number=8, name="stories: articles that report the same story",
              apply=_create("stories")),
)

_LEDGER = (
    "CREATE TABLE IF NOT EXISTS _migrations "
    "(number INTEGER PRIMARY KEY, name VARCHAR, applied TIMESTAMP)"
)


def applied(con: duckdb.DuckDBPyConnection) -> list[int]:
    con.execute(_LEDGER)
    rows = con.execute("SELECT number FROM _migrations ORDER BY number").fetchall()
    return [row[0] for row in rows]


def migrate(
    con: duckdb.DuckDBPyConnection, *, migrations: tuple[Migration, ...] = MIGRATIONS
) -> list[int]:
    """Apply the migrations not yet recorded, each in its own transaction; returns their numbers."""
    done = set(applied(con))
    new = []
    for migration in sorted(migrations, key=lambda m: m.number):
        if migration.number in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            migration.apply(con)
            con.execute(
                "INSERT INTO _migrations VALUES (?, ?, ?)",
                [migration.number, migration.name, dt.datetime.now(dt.UTC).replace(tzinfo=None)],
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        new.append(migration.number)
    return new
