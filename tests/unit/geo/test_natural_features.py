"""Major rivers, lakes, ranges and peaks from our natural_features.csv: built into the index,
resolved as the feature, and the packaged file kept as a clean, ordered table."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.resources import gazetteer as gz
from newsevents.resources import gazetteer_build as build
from newsevents.resources.geo_sources import FEATURE_FIRST_PID
from newsevents.stages.places import GeocodeStage

from .gazdata import check_own_table, data_rows, memory_gazetteer, table_names, write_sources
from .test_geocode_rules import geocode

FEATURE_CODES = {"STM", "LK", "MTS", "MT", "VLC"}


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    return GeocodeStage(memory_gazetteer())


@pytest.mark.parametrize("variant", ["Tigris", "Tigris River", "River Tigris", "the Tigris"])
def test_natural_feature_names_and_aliases_are_indexed(tmp_path: Path, variant: str) -> None:
    path = build.build_index(write_sources(tmp_path / "src"), tmp_path / "g.sqlite",
                             version="t")
    (river,) = gz.open_index(path, version="t").candidates(variant)
    assert (river.name, river.kind, river.feature_code) == ("Tigris", "region", "STM")
    assert river.pid <= -FEATURE_FIRST_PID  # never collides with the regions' pids


@pytest.mark.parametrize(("text", "names", "surface", "code"), [
    ("Fishermen on the Tigris said the water had fallen .", [("Tigris", "LOC")],
     "Tigris", "STM"),
    ("The bodies were pulled from the River Tigris near the bridge .",
     [("River Tigris", "LOC")], "River Tigris", "STM"),
    ("Herders moved their flocks to the shore of Lake Tharthar .",
     [("Lake Tharthar", "LOC")], "Lake Tharthar", "LK"),
])
def test_natural_feature_mention_resolves_to_the_feature(stage: GeocodeStage, text: str,
                                                         names: list[tuple[str, str]],
                                                         surface: str, code: str) -> None:
    (place,) = geocode(stage, text, names)
    assert place.feature_code == code and place.lat is not None
    assert place.mentions[0].of(text) == surface


def test_natural_features_file_is_an_ordered_clean_table() -> None:
    check_own_table("natural_features.csv", FEATURE_CODES, country_required=False)


def test_natural_features_do_not_repeat_a_region_name() -> None:
    assert not table_names("regions.csv") & table_names("natural_features.csv")


def test_the_gulf_is_the_persian_gulf_not_a_province_named_gulf() -> None:
    from newsevents.resources.gazetteer import Candidate, InMemoryGazetteer

    gulf = Candidate(pid=-34, name="Persian Gulf", kind="region", feature_code="GULF",
                     country=None, lat=27.0, lon=51.0)
    province = Candidate(pid=2097853, name="Gulf", kind="admin1", feature_code="ADM1",
                         country="PNG", lat=-7.5, lon=144.5, population=6_358)
    qatar = Candidate(pid=289688, name="Qatar", kind="country", feature_code="PCLI",
                      country="QAT", lat=25.5, lon=51.25, population=2_781_682)
    stage = GeocodeStage(InMemoryGazetteer([(gulf, ["Gulf"]), (province, []), (qatar, [])],
                                           demonyms={}, country_codes={}))
    text = "Tankers waited in the Gulf off Qatar on Monday ."
    places = geocode(stage, text, [("Gulf", "LOC"), ("Qatar", "GPE")])
    assert {p.name for p in places} == {"Persian Gulf", "Qatar"}
    packaged = next(r for r in data_rows("regions.csv") if r["name"] == "Persian Gulf")
    assert "Gulf" in packaged["aliases"].split("|")  # the packaged data says so too


@pytest.mark.parametrize(("text", "placed"), [
    ("Tigris reported higher profits .", False),
    ("Boats sank in the Tigris on Monday .", True),
])
def test_a_natural_feature_tagged_as_an_organisation_needs_a_place_context(
        stage: GeocodeStage, text: str, placed: bool) -> None:
    assert bool(geocode(stage, text, [("Tigris", "ORG")])) == placed


@pytest.mark.parametrize(("name", "alias"), [("Soviet Union", "USSR"),
                                              ("East Germany", "GDR"),
                                              ("Czechoslovakia", None)])
def test_former_states_news_still_names_are_places(name: str, alias: str | None) -> None:
    row = next((r for r in data_rows("regions.csv") if r["name"] == name), None)
    assert row is not None and row["feature_code"] == "PCLH" and not row["country"]
    assert alias is None or alias in row["aliases"].split("|")


def test_no_former_state_takes_a_name_of_a_state_today() -> None:
    former = [r for r in data_rows("regions.csv") if r["feature_code"] == "PCLH"]
    names = {n.lower() for r in former for n in [r["name"], *r["aliases"].split("|")] if n}
    assert not names & {"federal republic of germany", "germany", "russia",
                        "russian federation", "czech republic", "serbia"}
