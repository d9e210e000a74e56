"""Table definitions: one table per model type (named in the plural), plus runs and diagnostics.

Each table is a tuple of (column, DuckDB type). Spans are stored as `<name>_start`/`<name>_end`
integer columns; tuples as DuckDB LIST columns. Every child table carries `article_id` and
`ord` (the position inside the article's tuple) so reading gives back the exact order.
Table names used in SQL come only from these constants, never from user input.
"""
from __future__ import annotations

from collections.abc import Mapping

import pyarrow as pa

Columns = tuple[tuple[str, str], ...]

ARTICLES: Columns = (
    ("id", "VARCHAR"), ("text", "VARCHAR"), ("title", "VARCHAR"), ("published", "DATE"),
    ("dateline", "VARCHAR"), ("language", "VARCHAR"), ("source", "VARCHAR"), ("url", "VARCHAR"),
    ("origin", "VARCHAR"), ("stages_run", "VARCHAR[]"), ("run_id", "VARCHAR"),
    ("language_score", "DOUBLE"),  # migration 7
)
SENTENCES: Columns = (
    ("article_id", "VARCHAR"), ("idx", "INTEGER"), ("span_start", "INTEGER"),
    ("span_end", "INTEGER"),
)
MENTIONS: Columns = (
    ("article_id", "VARCHAR"), ("idx", "INTEGER"), ("span_start", "INTEGER"),
    ("span_end", "INTEGER"), ("label", "VARCHAR"), ("sentence", "INTEGER"),
)
ACTORS: Columns = (
    ("article_id", "VARCHAR"), ("id", "VARCHAR"), ("ord", "INTEGER"), ("name", "VARCHAR"),
    ("kind", "VARCHAR"), ("country", "VARCHAR"), ("sector", "VARCHAR"), ("code", "VARCHAR"),
    ("wikidata_id", "VARCHAR"), ("mention_starts", "INTEGER[]"), ("mention_ends", "INTEGER[]"),
)
PLACES: Columns = (
    ("article_id", "VARCHAR"), ("id", "VARCHAR"), ("ord", "INTEGER"), ("name", "VARCHAR"),
    ("geonameid", "BIGINT"), ("lat", "DOUBLE"), ("lon", "DOUBLE"), ("country", "VARCHAR"),
    ("admin1", "VARCHAR"), ("admin2", "VARCHAR"), ("feature_code", "VARCHAR"),
    ("precision", "INTEGER"), ("confidence", "DOUBLE"), ("reason", "VARCHAR"),
    ("mention_starts", "INTEGER[]"), ("mention_ends", "INTEGER[]"),
    ("native_name", "VARCHAR"), ("embedded_starts", "INTEGER[]"), ("embedded_ends", "INTEGER[]"),
    ("demonym_starts", "INTEGER[]"), ("demonym_ends", "INTEGER[]"),
)
EVENTS: Columns = (
    ("article_id", "VARCHAR"), ("id", "VARCHAR"), ("ord", "INTEGER"),
    ("plover_type", "VARCHAR"), ("plover_mode", "VARCHAR"), ("cameo_code", "VARCHAR"),
    ("quad_class", "INTEGER"), ("intensity", "DOUBLE"), ("trigger_start", "INTEGER"),
    ("trigger_end", "INTEGER"), ("sentence", "INTEGER"), ("source_actors", "VARCHAR[]"),
    ("target_actors", "VARCHAR[]"), ("source_starts", "INTEGER[]"), ("source_ends", "INTEGER[]"),
    ("target_starts", "INTEGER[]"), ("target_ends", "INTEGER[]"), ("place", "VARCHAR"),
    ("place_reason", "VARCHAR"), ("date", "VARCHAR"), ("date_end", "VARCHAR"),
    ("date_span_start", "INTEGER"), ("date_span_end", "INTEGER"), ("date_source", "VARCHAR"),
    ("modality", "VARCHAR"), ("attributed_to", "VARCHAR"), ("attribution_start", "INTEGER"),
    ("attribution_end", "INTEGER"), ("evidence_start", "INTEGER"), ("evidence_end", "INTEGER"),
    # migration 5
    ("acled_event_type", "VARCHAR"), ("acled_sub_event_type", "VARCHAR"),
)
QUOTES: Columns = (
    ("article_id", "VARCHAR"), ("id", "VARCHAR"), ("ord", "INTEGER"), ("kind", "VARCHAR"),
    ("span_start", "INTEGER"), ("span_end", "INTEGER"), ("speaker", "VARCHAR"),
    ("speaker_start", "INTEGER"), ("speaker_end", "INTEGER"), ("cue", "VARCHAR"),
    ("cue_start", "INTEGER"), ("cue_end", "INTEGER"),
)
FIGURES: Columns = (
    ("article_id", "VARCHAR"), ("id", "VARCHAR"), ("ord", "INTEGER"), ("category", "VARCHAR"),
    ("low", "BIGINT"), ("high", "BIGINT"), ("qualifier", "VARCHAR"), ("span_start", "INTEGER"),
    ("span_end", "INTEGER"), ("hedged", "BOOLEAN"), ("unit", "VARCHAR"), ("event", "VARCHAR"),
    ("place", "VARCHAR"), ("attributed_to", "VARCHAR"), ("attribution_start", "INTEGER"),
    ("attribution_end", "INTEGER"),
    # migration 4 (ADD COLUMN IF NOT EXISTS on stores created before it)
    ("victims", "VARCHAR"), ("part_of", "VARCHAR"), ("described", "BOOLEAN"),
)
FIGURES_V4 = ("victims", "part_of", "described")
# The casualty summary (migration 4): one row per event with casualties, one per article.
CASUALTIES: Columns = (
    ("article_id", "VARCHAR"), ("id", "VARCHAR"), ("ord", "INTEGER"), ("event", "VARCHAR"),
    ("killed_low", "BIGINT"), ("killed_high", "BIGINT"), ("wounded_low", "BIGINT"),
    ("wounded_high", "BIGINT"), ("figures", "VARCHAR[]"), ("reported_by", "VARCHAR[]"),
)
CLAIMS: Columns = (
    ("article_id", "VARCHAR"), ("id", "VARCHAR"), ("ord", "INTEGER"), ("polarity", "VARCHAR"),
    ("span_start", "INTEGER"), ("span_end", "INTEGER"), ("claimant", "VARCHAR"),
    ("claimant_start", "INTEGER"), ("claimant_end", "INTEGER"), ("event", "VARCHAR"),
    ("figure", "VARCHAR"), ("quote", "VARCHAR"),
)
CONTRADICTIONS: Columns = (
    ("article_id", "VARCHAR"), ("id", "VARCHAR"), ("ord", "INTEGER"), ("claim_a", "VARCHAR"),
    ("claim_b", "VARCHAR"), ("reason", "VARCHAR"), ("event", "VARCHAR"), ("figure", "VARCHAR"),
)
DIAGNOSTICS: Columns = (
    ("origin", "VARCHAR"), ("article_id", "VARCHAR"), ("ord", "INTEGER"), ("stage", "VARCHAR"),
    ("code", "VARCHAR"), ("message", "VARCHAR"), ("span_start", "INTEGER"),
    ("span_end", "INTEGER"), ("run_id", "VARCHAR"),
)
RUNS: Columns = (
    ("run_id", "VARCHAR"), ("started", "TIMESTAMP"), ("settings_hash", "VARCHAR"),
    ("package_version", "VARCHAR"), ("model_name", "VARCHAR"), ("model_version", "VARCHAR"),
    ("dictionary_version", "VARCHAR"), ("gazetteer_version", "VARCHAR"),
    ("lexicon_version", "VARCHAR"), ("stages", "VARCHAR[]"),
)
# Near-duplicates (migration 2): MinHash signatures kept so later ingests match earlier articles.
SIGNATURES: Columns = (("article_id", "VARCHAR"), ("num_perm", "INTEGER"), ("hashes", "BLOB"))
DUPLICATES: Columns = (
    ("article_id", "VARCHAR"), ("duplicate_of", "VARCHAR"), ("jaccard", "DOUBLE"),
)
# Cross-article merged events (migration 3), rebuilt by `merge.merge_events`.
MERGED_EVENTS: Columns = (
    ("merged_id", "VARCHAR"), ("plover_type", "VARCHAR"), ("plover_mode", "VARCHAR"),
    ("cameo_code", "VARCHAR"), ("quad_class", "INTEGER"), ("intensity", "DOUBLE"),
    ("date", "DATE"), ("date_last", "DATE"), ("country", "VARCHAR"), ("place_name", "VARCHAR"),
    ("admin1", "VARCHAR"), ("geonameid", "BIGINT"), ("lat", "DOUBLE"), ("lon", "DOUBLE"),
    ("precision", "INTEGER"), ("source_name", "VARCHAR"), ("source_code", "VARCHAR"),
    ("source_country", "VARCHAR"), ("source_sector", "VARCHAR"), ("target_name", "VARCHAR"),
    ("target_code", "VARCHAR"), ("target_country", "VARCHAR"), ("target_sector", "VARCHAR"),
    ("num_mentions", "INTEGER"), ("num_articles", "INTEGER"), ("num_sources", "INTEGER"),
    ("first_report", "DATE"), ("last_report", "DATE"), ("first_article_id", "VARCHAR"),
    ("first_url", "VARCHAR"), ("why", "VARCHAR"),
    # migration 5
    ("acled_event_type", "VARCHAR"), ("acled_sub_event_type", "VARCHAR"),
)
MERGED_EVENT_MENTIONS: Columns = (
    ("merged_id", "VARCHAR"), ("article_id", "VARCHAR"), ("event_id", "VARCHAR"),
    ("sentence", "INTEGER"), ("trigger_start", "INTEGER"), ("trigger_end", "INTEGER"),
    ("source_start", "INTEGER"), ("target_start", "INTEGER"), ("source", "VARCHAR"),
    ("published", "DATE"), ("why", "VARCHAR"),
)
MERGED_EVENT_EVIDENCE: Columns = (
    ("merged_id", "VARCHAR"), ("article_id", "VARCHAR"), ("kind", "VARCHAR"),
    ("item_id", "VARCHAR"), ("stance", "VARCHAR"), ("category", "VARCHAR"), ("low", "BIGINT"),
    ("high", "BIGINT"), ("source", "VARCHAR"), ("attributed_to", "VARCHAR"),
    ("span_start", "INTEGER"), ("span_end", "INTEGER"), ("text", "VARCHAR"),
)
# Stories (migration 8), rebuilt by `stories.rebuild_stories` at the merge step.
STORIES: Columns = (
    ("article_id", "VARCHAR"), ("story_id", "VARCHAR"), ("articles", "INTEGER"),
    ("similarity", "DOUBLE"), ("terms", "VARCHAR[]"),
)
# Steps an ingest owes the store after writing articles (e.g. "merge"); a row means "to do".
PENDING_STEPS: Columns = (("step", "VARCHAR"), ("since", "TIMESTAMP"))

TABLES: Mapping[str, Columns] = {
    "articles": ARTICLES, "sentences": SENTENCES, "mentions": MENTIONS, "actors": ACTORS,
    "places": PLACES, "events": EVENTS, "quotes": QUOTES, "figures": FIGURES,
    "claims": CLAIMS, "contradictions": CONTRADICTIONS, "diagnostics": DIAGNOSTICS,
    "casualties": CASUALTIES,
    "runs": RUNS, "signatures": SIGNATURES, "duplicates": DUPLICATES,
    "merged_events": MERGED_EVENTS, "merged_event_mentions": MERGED_EVENT_MENTIONS,
    "merged_event_evidence": MERGED_EVENT_EVIDENCE, "pending_steps": PENDING_STEPS,
    "stories": STORIES,
}
KEYS: Mapping[str, tuple[str, ...]] = {
    "articles": ("id",), "sentences": ("article_id", "idx"), "mentions": ("article_id", "idx"),
    "actors": ("article_id", "id"), "places": ("article_id", "id"),
    "events": ("article_id", "id"), "quotes": ("article_id", "id"),
    "figures": ("article_id", "id"), "claims": ("article_id", "id"),
    "contradictions": ("article_id", "id"), "runs": ("run_id",),
    "casualties": ("article_id", "id"),
    "signatures": ("article_id",), "duplicates": ("article_id",), "pending_steps": ("step",),
    "stories": ("article_id",),
}
# Tables filled per article by Store.write (diagnostics holds article rows and input errors).
ARTICLE_TABLES = (
    "articles", "sentences", "mentions", "actors", "places", "events", "quotes", "figures",
    "claims", "contradictions", "diagnostics", "casualties",
)
MERGED_TABLES = ("stories", "merged_events", "merged_event_mentions", "merged_event_evidence")

_ARROW = {
    "VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(), "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"), "BLOB": pa.binary(),
    "VARCHAR[]": pa.list_(pa.string()), "INTEGER[]": pa.list_(pa.int32()),
}


def create_sql(table: str) -> str:
    """CREATE TABLE statement for one of the constant tables."""
    cols = [f"{name} {kind}" for name, kind in TABLES[table]]
    if table in KEYS:
        cols.append(f"PRIMARY KEY ({', '.join(KEYS[table])})")
    return f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(cols)})"


def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([(name, _ARROW[kind]) for name, kind in TABLES[table]])


def column_names(table: str) -> tuple[str, ...]:
    return tuple(name for name, _ in TABLES[table])


def check_table(table: str) -> str:
    """The table name if it is one of ours; raises StoreError otherwise."""
    from ..errors import StoreError

    if table not in TABLES:
        raise StoreError(f"unknown table {table!r}; tables: {', '.join(TABLES)}")
    return table
