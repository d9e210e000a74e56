"""Index build additions: the Arabic article dropped from names, and our admin1 points."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from newsevents.errors import GazetteerError
from newsevents.resources import gazetteer as gz
from newsevents.resources import gazetteer_build as build

from .gazdata import write_sources

KUT = {"geonameid": 99347, "name": "Al Kūt", "latitude": 32.51, "longitude": 45.82,
       "countrycode": "IQ", "admin1code": "16", "population": 315162,
       "alternatenames": ["Kut al-Amara"]}


def _build(tmp_path: Path, sources: build.GeoSources) -> gz.SQLiteGazetteer:
    path = build.build_index(sources, tmp_path / "g.sqlite", version="test-1")
    return gz.open_index(path, version="test-1")


def test_name_without_the_arabic_article_is_an_alias(tmp_path: Path) -> None:
    sources = write_sources(tmp_path / "src")
    cities = json.loads(sources.cities.read_text(encoding="utf-8"))
    cities[str(KUT["geonameid"])] = KUT
    sources.cities.write_text(json.dumps(cities), encoding="utf-8")
    index = _build(tmp_path, sources)
    (kut, *_) = index.candidates("Kut")
    assert kut.name == "Al Kūt" and kut.match == gz.MATCH_ALIAS
    assert index.candidates("Al Kut")[0].match == gz.MATCH_NAME
    assert index.candidates("Kut al-Amara")[0].name == "Al Kūt"  # its own alias still works


def test_admin1_point_from_our_table_replaces_the_derived_one(tmp_path: Path) -> None:
    sources = write_sources(tmp_path / "src")
    table = tmp_path / "src" / "points.csv"
    table.write_text("# test\ncountry,code,name,lat,lon\nIQ,14,Maysan,31.9,47.1\n"
                     "IQ,10,Diyala,34.0,45.0\n", encoding="utf-8")
    index = _build(tmp_path, replace(sources, admin1_points=table))
    maysan, diyala = index.admin1("IRQ", "14"), index.admin1("IRQ", "10")
    assert (maysan.lat, maysan.lon) == (31.9, 47.1)  # no cities: had no point before
    assert (diyala.lat, diyala.lon) == (34.0, 45.0)
    assert diyala.population == 152550  # population still comes from its cities


def test_admin1_point_row_naming_the_wrong_region_is_reported(tmp_path: Path) -> None:
    sources = write_sources(tmp_path / "src")
    table = tmp_path / "src" / "points.csv"
    table.write_text("# test\ncountry,code,name,lat,lon\nIQ,14,Diyala,31.9,47.1\n",
                     encoding="utf-8")
    with pytest.raises(GazetteerError, match="is not 'Diyala'"):
        _build(tmp_path, replace(sources, admin1_points=table))


def test_shipped_admin1_points_are_valid_and_inside_their_country() -> None:
    from newsevents.resources.geo_sources import _csv

    rows = list(_csv(build.data_file("admin1_points.csv")))
    assert rows and all(-90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180
                        for r in rows)
    canada = [r for r in rows if r["country"] == "CA"]
    assert all(48 < float(r["lat"]) < 84 and -141 < float(r["lon"]) < -52 for r in canada)


def test_a_few_settlements_filed_under_the_wrong_region_do_not_move_its_point() -> None:
    from newsevents.resources.geo_sources import Centroids

    centroids = Centroids()
    for k in range(40):  # a region 4 degrees square around (38 N, 116 E)
        centroids.add("r", 36.0 + (k % 5), 114.0 + (k // 5) / 2, 1_000)
    clean = centroids.point("r")
    centroids.add("r", 31.0, 88.0, 500)  # one town 2,500 km west, filed under the region
    lat, lon, population = centroids.point("r")
    assert clean[0] is not None and lat is not None and lon is not None
    assert abs(lat - clean[0]) < 0.3 and abs(lon - clean[1]) < 0.8  # type: ignore[operator]
    assert population == 40_500


def _with_districts(tmp_path: Path) -> gz.SQLiteGazetteer:
    """The tiny sources with two districts of Nineveh no town is filed under: one named
    after a town of the governorate (Tal Afar), one after none."""
    sources = write_sources(tmp_path / "src")
    rows = ("Tall ‘Afar District\tIQ-X1\tIQ.15.3\t-1\tDistrict\tTal Afar District\t2\t\t1\n"
            "Sinjar District\tIQ-X2\tIQ.15.4\t-1\tDistrict\t\t2\t\t1\n")
    with sources.subdivisions.open("a", encoding="utf-8") as out:
        out.write(rows)
    return _build(tmp_path, sources)


def test_a_district_no_town_is_filed_under_takes_its_namesake_towns_point(
        tmp_path: Path) -> None:
    index = _with_districts(tmp_path)
    (district,) = [c for c in index.candidates("Tal Afar District") if c.kind == "admin2"]
    assert (district.lat, district.lon) == (36.3791, 42.4481)
    (sinjar,) = [c for c in index.candidates("Sinjar District") if c.kind == "admin2"]
    assert sinjar.lat is None  # no town of its name in its governorate
