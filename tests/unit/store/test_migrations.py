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
    assert applied(con) == sorted(m.number for m in MIGRATIONS)
    assert set(TABLES) | {"_migrations"} == tables(con)


def test_migrations_new_one_is_applied_alone() -> None:
    con = duckdb.connect()
    migrate(con)
    extra = Migration(number=99, name="notes", apply=lambda c: c.execute(
        "CREATE TABLE notes (id INTEGER)"))
    assert migrate(con, migrations=MIGRATIONS + (extra,)) == [99]
    assert "notes" in tables(con)
    assert con.execute("SELECT name FROM _migrations WHERE number = 99").fetchall() == [("notes",)]


def test_migrations_failure_is_rolled_back_and_not_recorded() -> None:
    con = duckdb.connect()
    migrate(con)

    def broken(c: duckdb.DuckDBPyConnection) -> None:
        c.execute("CREATE TABLE half (id INTEGER)")
        c.execute("SELECT * FROM no_such_table")

    with pytest.raises(duckdb.Error):
        migrate(con, migrations=MIGRATIONS + (Migration(number=5, name="bad", apply=broken),))
    assert "half" not in tables(con)
    assert applied(con) == sorted(m.number for m in MIGRATIONS)


def test_place_columns_are_added_to_a_store_made_before_them() -> None:
    con = duckdb.connect()
    old_columns = [c for c in TABLES["places"] if c[0] not in {
        "native_name", "embedded_starts", "embedded_ends", "demonym_starts", "demonym_ends"}]
    con.execute("CREATE TABLE places (" + ", ".join(f"{n} {k}" for n, k in old_columns) + ")")
    migrate(con, migrations=MIGRATIONS[:1])
    assert migrate(con) == [m.number for m in MIGRATIONS[1:]]
    cols = [r[0] for r in con.execute("DESCRIBE places").fetchall()]
    assert cols == [name for name, _ in TABLES["places"]]
