from __future__ import annotations

import duckdb
import pytest

from newsevents.store.migrations import MIGRATIONS, Migration, applied, migrate
from newsevents.store.schema import TABLES


def tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables")
            .fetchall()}


def test_migrations_apply_once_in_order() -> None:
    con = duckdb.connect()
    assert migrate(con) == [m.number for m in MIGRATIONS]
    assert migrate(con) == []
    assert applied(con) == [m.number for m in MIGRATIONS]
    assert set(TABLES) | {"_migrations"} == tables(con)


def test_migrations_new_one_is_applied_alone() -> None:
    con = duckdb.connect()
    migrate(con)
    number = max(m.number for m in MIGRATIONS) + 1
    extra = Migration(number=number, name="notes", apply=lambda c: c.execute(
        "CREATE TABLE notes (id INTEGER)"))
    assert migrate(con, migrations=MIGRATIONS + (extra,)) == [number]
    assert "notes" in tables(con)
    assert con.execute("SELECT name FROM _migrations WHERE number = ?",
                       [number]).fetchall() == [("notes",)]


def test_migrations_failure_is_rolled_back_and_not_recorded() -> None:
    con = duckdb.connect()
    migrate(con)

    def broken(c: duckdb.DuckDBPyConnection) -> None:
        c.execute("CREATE TABLE half (id INTEGER)")
        c.execute("SELECT * FROM no_such_table")

    with pytest.raises(duckdb.Error):
        bad = Migration(number=max(m.number for m in MIGRATIONS) + 1, name="bad", apply=broken)
        migrate(con, migrations=MIGRATIONS + (bad,))
    assert "half" not in tables(con)
    assert applied(con) == [m.number for m in MIGRATIONS]


@pytest.mark.issue(11)
def test_migration_4_adds_figure_columns_and_casualties_to_an_older_store() -> None:
    con = duckdb.connect()
    migrate(con, migrations=MIGRATIONS[:3])
    for column in ("victims", "part_of", "described"):  # a store made before migration 4
        con.execute(f"ALTER TABLE figures DROP COLUMN {column}")
    assert migrate(con) == [m.number for m in MIGRATIONS if m.number >= 4]
    columns = {r[0] for r in con.execute("DESCRIBE figures").fetchall()}
    assert {"victims", "part_of", "described"} <= columns
    assert con.execute("SELECT count(*) FROM casualties").fetchone() == (0,)


def test_migration_5_adds_acled_columns_to_an_older_store() -> None:
    con = duckdb.connect()
    new = {"acled_event_type", "acled_sub_event_type"}
    for table in ("events", "merged_events"):
        cols = ", ".join(f"{n} {k}" for n, k in TABLES[table] if n not in new)
        con.execute(f"CREATE TABLE {table} ({cols})")
    migrate(con, migrations=tuple(m for m in MIGRATIONS if m.number < 5))
    assert migrate(con) == [m.number for m in MIGRATIONS if m.number >= 5]
    for table in ("events", "merged_events"):
        got = [r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "ORDER BY ordinal_position", [table]).fetchall()]
        assert got == [n for n, _ in TABLES[table]]


def test_place_columns_are_added_to_a_store_made_before_them() -> None:
    con = duckdb.connect()
    old_columns = [c for c in TABLES["places"] if c[0] not in {
        "native_name", "embedded_starts", "embedded_ends", "demonym_starts", "demonym_ends"}]
    con.execute("CREATE TABLE places (" + ", ".join(f"{n} {k}" for n, k in old_columns) + ")")
    migrate(con, migrations=MIGRATIONS[:1])
    assert migrate(con) == [m.number for m in MIGRATIONS[1:]]
    cols = [r[0] for r in con.execute("DESCRIBE places").fetchall()]
    assert cols == [name for name, _ in TABLES["places"]]
