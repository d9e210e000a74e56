"""The DuckDB store, ingest, dedup/merge, query, export and situation reports."""
