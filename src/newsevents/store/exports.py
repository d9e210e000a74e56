"""Exports of the store: jsonl, plover, gdelt, acled, geojson, parquet.

Text formats write to a file or a given text stream; `gdelt` writes an events file and a
mentions file beside it; `parquet` writes one file per table into a directory (DuckDB COPY,
path as a parameter, table names from our constants).
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

import duckdb

from ..errors import StoreError
from ..io.output import OUTPUT_ERROR, output_error, writing
from ..io.serialize import to_dict
from ..report.markdown import cell
from . import acled, gdelt
from .duckdb import Store
from .query import STORY_OF, opened
from .runs import package_version
from .schema import TABLES

FORMATS = ("jsonl", "plover", "gdelt", "acled", "geojson", "parquet")
NEEDS_PATH = ("gdelt", "parquet")
DATED = ("plover", "gdelt", "acled")  # every record of these formats has a date


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportResult:
    format: str
    records: int
    paths: tuple[str, ...] = ()
    undated: int = 0  # merged events left out because the format needs a date and they have none


def export(db: Store | str | Path, *, fmt: str, out: str | Path | None = None,
           stream: IO[str] | None = None) -> ExportResult:
    """Write the store in format `fmt` to `out` (a file, or a directory for parquet) or `stream`."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    if fmt in NEEDS_PATH and out is None:
        raise StoreError(f"export format {fmt} needs an output path (-o)")
    with opened(db) as store:
        undated = _undated(store) if fmt in DATED else 0
        if fmt == "parquet":
            return export_parquet(store, Path(out))  # type: ignore[arg-type]
        if fmt == "gdelt":
            return replace(export_gdelt(store, Path(out)),  # type: ignore[arg-type]
                           undated=undated)
        with _target(out, stream) as handle:
            count = WRITERS[fmt](store, handle)
    return ExportResult(format=fmt, records=count, paths=(str(out),) if out else (),
                        undated=undated)


def _undated(store: Store) -> int:
    return int(store.con.execute(
        "SELECT count(*) FROM merged_events WHERE date IS NULL").fetchone()[0])


@contextmanager
def _target(out: str | Path | None, stream: IO[str] | None) -> Iterator[IO[str]]:
    if out is None:
        if stream is None:
            raise StoreError("export needs an output path or a stream")
        yield stream
        return
    with writing(out, newline="") as handle:
        yield handle


def write_jsonl(store: Store, handle: IO[str]) -> int:
    count = 0
    for article_id in store.article_ids():
        handle.write(json.dumps(to_dict(store.read(article_id)), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_acled(store: Store, handle: IO[str]) -> int:
    writer = csv.DictWriter(handle, fieldnames=acled.COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in acled.records(store):
        writer.writerow({key: cell(value) for key, value in row.items()})
        count += 1
    return count


_GEOJSON_SQL = f"""
SELECT merged_id, date, date_last, plover_type, plover_mode, cameo_code, acled_event_type,
       acled_sub_event_type, place_name, admin1,
       country, lat, lon, precision, source_name, target_name, num_mentions, num_articles,
       num_sources, first_report, last_report, first_url, why, {STORY_OF} AS story_id
FROM merged_events AS m WHERE lat IS NOT NULL AND lon IS NOT NULL ORDER BY date, merged_id
"""


def geojson(store: Store, *, merged_id: str | None = None) -> dict[str, Any]:
    """An RFC 7946 FeatureCollection of merged events with coordinates ([lon, lat]): all of
    them, or the one `merged_id`."""
    features = []
    sql, params = _GEOJSON_SQL, []
    if merged_id is not None:
        sql, params = f"SELECT * FROM ({_GEOJSON_SQL}) WHERE merged_id = ?", [merged_id]
    for row in store.rows(sql, params):
        props = {k: (v.isoformat() if hasattr(v, "isoformat") else v)
                 for k, v in row.items() if k not in ("lat", "lon")}
        features.append({"type": "Feature", "id": row["merged_id"],
                         "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
                         "properties": props})
    return {"type": "FeatureCollection", "features": features}


def write_geojson(store: Store, handle: IO[str]) -> int:
    data = geojson(store)
    json.dump(data, handle, ensure_ascii=False)
    handle.write("\n")
    return len(data["features"])


def write_plover(store: Store, handle: IO[str]) -> int:
    from .plover import records

    count = 0
    for record in records(store, coder=f"newsevents {package_version()}"):
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def export_gdelt(store: Store, out: Path) -> ExportResult:
    mentions = mentions_path(out)
    with writing(out, newline="") as handle:
        count = gdelt.write_tsv(gdelt.event_rows(store), handle)
    with writing(mentions, newline="") as handle:
        gdelt.write_tsv(gdelt.mention_rows(store), handle)
    return ExportResult(format="gdelt", records=count, paths=(str(out), str(mentions)))


def mentions_path(out: Path) -> Path:
    """events.tsv → events.mentions.tsv (the GDELT mentions table beside the events)."""
    suffix = out.suffix or ".tsv"
    return out.with_name(f"{out.stem}.mentions{suffix}")


def export_parquet(store: Store, out: Path) -> ExportResult:
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise output_error(out, err) from err
    paths = []
    for table in TABLES:
        path = out / f"{table}.parquet"
        try:
            store.con.execute(f"COPY {table} TO ? (FORMAT parquet)", [str(path)])
        except duckdb.IOException as err:
            raise StoreError(f"cannot write {path}: {err}", code=OUTPUT_ERROR) from err
        paths.append(str(path))
    return ExportResult(format="parquet", records=len(paths), paths=tuple(paths))


WRITERS = {"jsonl": write_jsonl, "acled": write_acled, "geojson": write_geojson,
           "plover": write_plover}
