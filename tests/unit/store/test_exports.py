from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from newsevents.errors import StoreError
from newsevents.io.serialize import from_dict
from newsevents.store import acled
from newsevents.store.duckdb import Store
from newsevents.store.exports import export, mentions_path
from newsevents.store.gdelt import EVENT_COLUMNS, MENTION_COLUMNS
from newsevents.store.merge import merge_events
from newsevents.store.schema import TABLES

from .factories import sample_analyses


@pytest.fixture()
def db(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "e.duckdb"
    with Store.open(path) as store:
        store.write(sample_analyses(), run=None)
        merge_events(store)
    yield path


def text_export(db: Path, fmt: str) -> str:
    stream = io.StringIO()
    export(db, fmt=fmt, stream=stream)
    return stream.getvalue()


def test_exports_column_lists() -> None:
    assert len(EVENT_COLUMNS) == 61 and len(set(EVENT_COLUMNS)) == 61
    assert EVENT_COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert EVENT_COLUMNS[25:35] == (
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
        "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert EVENT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    assert len(MENTION_COLUMNS) == 16
    assert len(acled.COLUMNS) == 31


def test_exports_jsonl_is_the_full_schema(db: Path) -> None:
    lines = text_export(db, "jsonl").splitlines()
    back = sorted((from_dict(json.loads(line)) for line in lines), key=lambda a: a.article.id)
    assert back == sorted(sample_analyses(), key=lambda a: a.article.id)


def test_exports_gdelt_has_61_columns_and_loads_in_duckdb(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    result = export(db, fmt="gdelt", out=out)
    assert result.paths == (str(out), str(tmp_path / "events.mentions.tsv"))
    rows = out.read_text(encoding="utf-8").splitlines()
    assert len(rows) == 3 and all(len(r.split("\t")) == 61 for r in rows)
    con = duckdb.connect()
    table = con.execute("SELECT * FROM read_csv(?, delim='\t', header=false)",
                        [str(out)]).fetchall()
    assert len(table) == 3 and all(len(r) == 61 for r in table)
    aleppo = next(r for r in rows if "\tAleppo, " in r).split("\t")
    named = dict(zip(EVENT_COLUMNS, aleppo))
    assert named["SQLDATE"] == "20160803" and named["EventRootCode"] == "19"
    assert named["QuadClass"] == "4" and named["GoldsteinScale"] == "-10"
    assert (named["NumMentions"], named["NumSources"], named["NumArticles"]) == ("2", "2", "2")
    assert (named["ActionGeo_Lat"], named["ActionGeo_Long"]) == ("36.20124", "37.16117")
    assert named["Actor1Code"] == "SYRMIL" and named["ActionGeo_CountryCode"] == "SY"  # FIPS 10-4
    mentions = mentions_path(out).read_text(encoding="utf-8").splitlines()
    assert len(mentions) == 4 and all(len(r.split("\t")) == 16 for r in mentions)


def test_exports_geojson_is_a_valid_feature_collection(db: Path) -> None:
    data = json.loads(text_export(db, "geojson"))
    assert data["type"] == "FeatureCollection" and "crs" not in data
    assert len(data["features"]) == 3
    for feature in data["features"]:
        assert set(feature) == {"type", "id", "geometry", "properties"}
        assert feature["type"] == "Feature"
        lon, lat = feature["geometry"]["coordinates"]
        assert feature["geometry"]["type"] == "Point"
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    mosul = next(f for f in data["features"] if f["properties"]["place_name"] == "Mosul")
    assert mosul["geometry"]["coordinates"] == [43.11889, 36.335]


def test_exports_acled_rows(db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(text_export(db, "acled"))))
    assert [r["location"] for r in rows] == ["Mosul", "Aleppo", "Idlib"]
    aleppo = rows[1]
    assert (aleppo["disorder_type"], aleppo["event_type"], aleppo["sub_event_type"]) == (
        "Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert (aleppo["inter1"], aleppo["inter2"], aleppo["interaction"]) == ("1", "2", "12")
    assert (aleppo["iso"], aleppo["country"]) == ("760", "Syrian Arab Republic")
    assert aleppo["fatalities"] == "12" and aleppo["source"] == "agency-a; agency-b"
    assert aleppo["event_id_cnty"] == "SYR2" and aleppo["geo_precision"] == "1"


@pytest.mark.parametrize(("row", "expected"), [
    ({"acled_event_type": "Violence against civilians", "acled_sub_event_type": "Attack"},
     ("Political violence", "Violence against civilians", "Attack")),
    ({"acled_event_type": "Riots", "acled_sub_event_type": "Violent demonstration"},
     ("Demonstrations", "Riots", "Violent demonstration")),
    ({"acled_event_type": "Strategic developments", "acled_sub_event_type": "Arrests"},
     ("Strategic developments", "Strategic developments", "Arrests")),
    ({"acled_event_type": "Other events", "acled_sub_event_type": "Natural disaster"}, None),
    ({"acled_event_type": None, "acled_sub_event_type": None}, None),
])
def test_exports_acled_uses_the_stored_types(row: dict[str, object],
                                             expected: tuple[str, str, str] | None) -> None:
    assert acled.classify(row) == expected


def test_exports_plover_records(db: Path) -> None:
    records = [json.loads(x) for x in text_export(db, "plover").splitlines()]
    assert len(records) == 3
    aleppo = next(r for r in records if r["event_loc"]["resolved_place"] == "Aleppo")
    for key in ("id", "date", "actor", "event"):
        assert aleppo[key]
    assert aleppo["event"] == ["ASSAULT"] and aleppo["mode"] == ["heavy-weapons"]
    assert aleppo["actor"][0]["sector"] == "MIL" and aleppo["recipient"][0]["sector"] == "REB"
    assert aleppo["event_text"] == "shelled" and aleppo["quad_code"] == 4
    assert (aleppo["acled_event_type"], aleppo["acled_sub_event_type"]) == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert aleppo["text"].startswith("Government forces shelled Aleppo")
    assert len(aleppo["link"]) == 2 and aleppo["comment"].startswith("2 mentions merged")


def test_exports_parquet_reads_back(db: Path, tmp_path: Path) -> None:
    result = export(db, fmt="parquet", out=tmp_path / "pq")
    assert len(result.paths) == len(TABLES)
    assert pq.read_table(tmp_path / "pq" / "articles.parquet").num_rows == 4
    assert pq.read_table(tmp_path / "pq" / "merged_events.parquet").num_rows == 3


def test_exports_unknown_format_and_missing_path(db: Path) -> None:
    with pytest.raises(StoreError, match="unknown export format 'xml'; choose from jsonl,"):
        export(db, fmt="xml", stream=io.StringIO())
    with pytest.raises(StoreError, match="export format gdelt needs an output path"):
        export(db, fmt="gdelt")


def test_gdelt_geography_uses_fips_10_4_codes() -> None:
    from newsevents.store.gdelt import fips, fips_table

    assert [fips(c) for c in ("SYR", "IRQ", "DEU", "GBR", "ISR", "UKR", "CHN")] == [
        "SY", "IZ", "GM", "UK", "IS", "UP", "CH"]
    assert fips(None) == "" and fips("ZZZ") == ""
    table = fips_table()
    assert len(table) > 240 and "iso3" not in table
    assert all(len(k) == 3 and len(v) == 2 for k, v in table.items())


@pytest.mark.issue(11)
@pytest.mark.parametrize(("reports", "expected"), [
    ([[12, None], [20, None]], 12),  # reports differ: the most conservative
    ([[24, 99]], 12),  # "dozens"
    ([[200, 999], [100, 999]], 100),  # "hundreds", "into the hundreds"
    ([[None, 49]], 49),  # "fewer than 50": only a bound
    ([[3, 3], [24, 99]], 3),
    ([], 0), (None, 0),
])
def test_exports_acled_fatalities_rule(reports: list[list[int | None]] | None,
                                       expected: int) -> None:
    from newsevents.store.casualty_sql import acled_fatalities

    assert acled_fatalities(reports) == expected
