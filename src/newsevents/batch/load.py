"""`newsevents ingest --from-parquet DIR`: a batch result into the DuckDB store.

Articles already in the store (same content-hash id) are skipped with all their rows, input
diagnostics already recorded are not repeated, and the load is one transaction. Near-duplicate
links of the batch are kept; a batch article that starts a group of its own is then matched
against the articles stored before (the store's `DuplicateIndex`), and when it matches, it and
its group link to the stored group (earlier stored articles stay canonical). Stories and merged
events are rebuilt over the whole store, as after an ingest: a batch's `stories` rows are the
stories of the batch alone (its IDF, its candidates), so they are what the store rebuilds when it
held nothing before, and would be wrong beside articles stored earlier.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import StoreError
from ..store.dedup import DuplicateIndex
from ..store.duckdb import Store
from ..store.merge import MergeSummary, merge_events
from ..store.schema import ARTICLE_TABLES, column_names
from .dataset import ORDERED, duckdb_glob, partitioned
from .history import SEQ

NEW = "_batch_new_ids"


@dataclass(frozen=True, slots=True, kw_only=True)
class LoadSummary:
    articles: int
    present: int
    diagnostics: int
    merge: MergeSummary | None


def load_dataset(out: str | Path, *, db: str | Path) -> LoadSummary:
    if not Path(out, "articles").is_dir():
        raise StoreError(f"{out} is not a batch result (no articles/ table directory)")
    with Store.open(db) as store:
        stored = store.duplicate_index()
        views = _views(store, out)
        with store.transaction():
            store.con.execute(f"CREATE OR REPLACE TEMP TABLE {NEW} AS SELECT id FROM "
                              f"{views['articles']} WHERE id NOT IN (SELECT id FROM articles)")
            new = store.con.execute(f"SELECT count(*) FROM {NEW}").fetchall()[0][0]
            total = store.con.execute(f"SELECT count(*) FROM {views['articles']}").fetchall()[0][0]
            diagnostics = _insert_tables(store, views)
            _link_to_stored(store, stored)
        summary = merge_events(store) if new else None
    return LoadSummary(articles=new, present=total - new, diagnostics=diagnostics, merge=summary)


def _views(store: Store, out: str | Path) -> dict[str, str]:
    """A temporary view per table of the batch result that has files."""
    views = {}
    for table in (*ARTICLE_TABLES, "runs", "signatures", "duplicates"):
        if not any(Path(out, table).rglob("*.parquet")):
            continue
        view = f"_batch_{table}"
        hive = "true" if partitioned(table) else "false"
        glob = duckdb_glob(out, table).replace("'", "''")
        store.con.execute(f"CREATE OR REPLACE TEMP VIEW {view} AS SELECT * FROM read_parquet("
                          f"'{glob}', hive_partitioning = {hive}, union_by_name = true)")
        views[table] = view
    return views


def _insert_tables(store: Store, views: dict[str, str]) -> int:
    before = _diagnostics(store)
    for table, view in views.items():
        cols = ", ".join(column_names(table))
        key = "id" if table == "articles" else "article_id"
        where = f"{key} IN (SELECT id FROM {NEW})"
        if table == "diagnostics":
            where = f"({where}) OR (article_id IS NULL AND NOT EXISTS ({_KNOWN_INPUT}))"
        elif table == "runs":
            where = "run_id NOT IN (SELECT run_id FROM runs)"
        store.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {view} AS n "
                          f"WHERE {where}{_order(store, table, view)}")
    return _diagnostics(store) - before


def _order(store: Store, table: str, view: str) -> str:
    """Signatures go in in the batch's input order (`seq`), which becomes the store's row
    order: later near-duplicate matches break ties by it. (Datasets written before `seq`
    existed have none and load in file order.)"""
    if table != ORDERED:
        return ""
    names = [r[0] for r in store.con.execute(f"DESCRIBE {view}").fetchall()]
    return f" ORDER BY {SEQ}" if SEQ in names else ""


def _diagnostics(store: Store) -> int:
    return int(store.con.execute("SELECT count(*) FROM diagnostics").fetchall()[0][0])


_KNOWN_INPUT = ("SELECT 1 FROM diagnostics AS d WHERE d.article_id IS NULL AND "
                "d.origin = n.origin AND d.stage = n.stage AND d.code = n.code "
                "AND d.message = n.message")


def _link_to_stored(store: Store, stored: DuplicateIndex) -> None:
    """New group-starting articles that near-duplicate an article stored before the load."""
    if not len(stored):
        return
    rows = store.con.execute(
        f"SELECT s.article_id, s.hashes FROM signatures AS s JOIN {NEW} AS n ON n.id = s.article_id "
        "WHERE s.article_id NOT IN (SELECT article_id FROM duplicates) ORDER BY s.article_id"
    ).fetchall()
    for article_id, data in rows:
        match = stored.match(article_id, stored.from_bytes(data))
        if match is None:
            continue
        store.con.execute("UPDATE duplicates SET duplicate_of = ? WHERE duplicate_of = ?",
                          [match.duplicate_of, article_id])
        store.insert("duplicates", [{"article_id": article_id, "duplicate_of": match.duplicate_of,
                                     "jaccard": match.jaccard}])
