"""Names the model left untagged: a feature's name opened by its generic word ("the River
Aire", "Lake Lanier") and a district by its own name after a place cue ("in Southern
Leyte"), not the first part of a hyphenated word (our own sentences, hand-built parses, a
small in-memory gazetteer with rounded real coordinates)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsevents.resources.gazetteer import Candidate, InMemoryGazetteer
from newsevents.stages.places import GeocodeStage
from newsevents.stages.places.untagged import _compound_prefix

from .gazdata import stage_of
from .test_geocode_recall import run, town
from .test_geocode_recall_cues import at


def district(pid: int, name: str, lat: float, lon: float, country: str,
             population: int) -> Candidate:
    return Candidate(pid=pid, name=name, kind="admin2", feature_code="ADM2", country=country,
                     lat=lat, lon=lon, population=population, admin1_code="08")


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    thames = Candidate(pid=-9300, name="Thames", kind="region", feature_code="STM",
                       country="GBR", lat=51.5, lon=0.6)
    return stage_of([
        (thames, ["River Thames"]),
        (town(2653000, "Castleford", 53.72, -1.36, "GBR", 45_000, "ENG"), []),
        (district(1685000, "Southern Leyte", 10.23, 125.08, "PHL", 56_000), []),
    ])


def test_a_river_opened_by_its_generic_word_is_a_place_the_text_places(
        stage: GeocodeStage) -> None:
    text = "Water rose after the River Aire burst its banks in Castleford on Sunday ."
    places = run(stage, text, [("Castleford", "GPE")])
    river = at(places, text, "River Aire")
    assert river is not None and river.country == "GBR"  # placed at Castleford


def test_a_known_river_so_named_is_the_river(stage: GeocodeStage) -> None:
    text = "Boats were moored on the River Thames on Sunday ."
    place = at(run(stage, text, []), text, "River Thames")
    assert place is not None and place.feature_code == "STM"


def test_a_district_by_its_own_name_after_a_cue_is_the_district(stage: GeocodeStage) -> None:
    text = "Landslides buried houses in Southern Leyte on Friday ."
    place = at(run(stage, text, []), text, "Southern Leyte")
    assert place is not None and place.feature_code == "ADM2"


def test_the_first_part_of_a_hyphenated_word_is_no_district() -> None:
    # spaCy splits "Neo-natal" into three touching tokens; a hand-built parse cannot
    words = [SimpleNamespace(text=t, idx=i, end=i + len(t))
             for t, i in [("the", 0), ("Neo", 4), ("-", 7), ("natal", 8), ("unit", 14)]]
    assert _compound_prefix(words, 1)  # type: ignore[arg-type]
    spaced = [SimpleNamespace(text=t, idx=i, end=i + len(t))
              for t, i in [("in", 0), ("Neo", 3), ("-", 7), ("Natal", 9)]]
    assert not _compound_prefix(spaced, 1)  # type: ignore[arg-type]


# -- a feature named after a town is near the story, not at the town ----------------------------

@pytest.fixture(scope="module")
def maine() -> GeocodeStage:
    return stage_of([
        (town(4958141, "Bucksport", 44.57, -68.80, "USA", 5_000, "ME"), []),
        (town(4970000, "Orland", 44.57, -68.74, "USA", 2_200, "ME"), []),
        (town(4957280, "Bangor", 44.80, -68.77, "USA", 32_000, "ME"), []),
        (town(5278000, "Verona", 42.99, -89.53, "USA", 12_500, "WI"), []),
        (town(3164527, "Verona", 45.44, 10.99, "ITA", 257_000, "20"), []),
    ])


def test_an_island_named_after_a_far_town_is_placed_by_the_text(maine: GeocodeStage) -> None:
    text = ("Workers live in Bucksport , Orland and Verona Island , and others drive from "
            "Bangor .")
    places = run(maine, text, [("Bucksport", "GPE"), ("Orland", "GPE"),
                               ("Verona Island", "GPE"), ("Bangor", "GPE")])
    island = at(places, text, "Verona Island")
    assert island is not None and island.admin1 != "WI" and island.lat != 42.99


def test_a_town_of_that_name_alone_is_still_the_town(maine: GeocodeStage) -> None:
    text = "Workers live in Bucksport , Orland and Verona , and others drive from Bangor ."
    places = run(maine, text, [("Bucksport", "GPE"), ("Orland", "GPE"), ("Verona", "GPE"),
                               ("Bangor", "GPE")])
    town_ = at(places, text, "Verona")
    assert town_ is not None and town_.feature_code == "PPL"  # a town of the gazetteer: the
    # feature's rule leaves a town's name alone


def test_a_word_of_an_organisations_name_known_only_abroad_is_no_place() -> None:
    stage = stage_of([
        (town(5920000, "Conservation", 49.0, -97.0, "CAN", 1_500, "03"), []),
        (Candidate(pid=1227603, name="Sri Lanka", kind="country", feature_code="PCLI",
                   country="LKA", lat=7.75, lon=80.75, population=21_700_000), []),
        (town(1248991, "Colombo", 6.93, 79.85, "LKA", 650_000, "36"), []),
    ])
    text = ("The Department of Wildlife Conservation in Colombo said herds left the park in "
            "Sri Lanka .")
    places = run(stage, text, [("Department of Wildlife Conservation", "ORG"),
                               ("Colombo", "GPE"), ("Sri Lanka", "GPE")])
    assert {p.name for p in places} == {"Colombo", "Sri Lanka"}


@pytest.mark.parametrize(("population", "kept"), [(25_000, False), (28_000_000, True)])
def test_a_word_of_an_organisations_name_that_is_a_small_province_abroad_is_no_place(
        population: int, kept: bool) -> None:
    stage = stage_of([
        (Candidate(pid=408000, name="Unity", kind="admin1", feature_code="ADM1", country="SSD",
                   lat=9.3, lon=29.8, population=population, admin1_code="05"), []),
        (Candidate(pid=2215636, name="Libya", kind="country", feature_code="PCLI",
                   country="LBY", lat=28.0, lon=17.0, population=6_700_000), []),
        (town(2210247, "Tripoli", 32.89, 13.19, "LBY", 1_300_000, "77"), []),
        (town(80000, "Derna", 32.76, 22.64, "LBY", 100_000, "09"), []),
    ])
    text = ("The Government of National Unity in Tripoli sent aid to Derna , a port of "
            "Libya .")
    places = run(stage, text, [("Government of National Unity", "ORG"), ("Tripoli", "GPE"),
                               ("Derna", "GPE"), ("Libya", "GPE")])
    assert ("Unity" in {p.name for p in places}) == kept  # a big one stays: "the Bank of Texas"


def test_a_building_named_like_a_province_next_door_is_not_in_it() -> None:
    entries = [
        (Candidate(pid=153000, name="Pwani", kind="admin1", feature_code="ADM1", country="TZA",
                   lat=-7.3, lon=38.8, population=1_100_000, admin1_code="19"), ["Coast"]),
        (Candidate(pid=149590, name="Tanzania", kind="country", feature_code="PCLI",
                   country="TZA", lat=-6.0, lon=35.0, population=56_000_000), []),
        (Candidate(pid=192950, name="Kenya", kind="country", feature_code="PCLI",
                   country="KEN", lat=1.0, lon=38.0, population=51_000_000), []),
        (town(186301, "Mombasa", -4.05, 39.67, "KEN", 800_000, "19"), []),
        (town(184745, "Nairobi", -1.28, 36.82, "KEN", 2_750_000, "30"), []),
    ]
    stage = GeocodeStage(InMemoryGazetteer(entries, neighbours={"KEN": ["TZA"],
                                                                "TZA": ["KEN"]}))
    text = ("Nurses in Nairobi and Mombasa struck , and staff at Coast General Hospital in "
            "Mombasa said Kenya owed them .")
    places = run(stage, text, [("Nairobi", "GPE"), ("Mombasa", "GPE"),
                               ("Coast General Hospital", "FAC"), ("Mombasa", "GPE"),
                               ("Kenya", "GPE")])
    hospital = at(places, text, "Coast General Hospital")
    assert hospital is None or hospital.country == "KEN"


def test_a_place_with_no_other_anchor_is_in_the_datelines_country() -> None:
    countries = [(Candidate(pid=pid, name=name, kind="country", feature_code="PCLI",
                            country=iso3, lat=lat, lon=lon, population=pop), [])
                 for pid, name, iso3, lat, lon, pop in [
                     (149590, "Tanzania", "TZA", -6.0, 35.0, 56_000_000),
                     (226074, "Uganda", "UGA", 1.25, 32.5, 43_000_000),
                     (192950, "Kenya", "KEN", 1.0, 38.0, 51_000_000)]]
    stage = stage_of(countries)
    text = "A ferry sank near Ukerewe on Thursday ; Uganda , Kenya and Tanzania sent boats ."
    ents = [("Ukerewe", "GPE"), ("Uganda", "GPE"), ("Kenya", "GPE"), ("Tanzania", "GPE")]
    island = at(run(stage, text, ents, dateline="DAR ES SALAAM, Tanzania"), text, "Ukerewe")
    assert island is not None and island.country == "TZA"
    island = at(run(stage, text, ents), text, "Ukerewe")
    assert island is not None and island.country is None  # no dateline: nothing says where
    # a dateline abroad says where the reporter is ("BEIRUT" over a story about Syria)
    island = at(run(stage, text, ents, dateline="NAIROBI, Kenya"), text, "Ukerewe")
    assert island is not None and island.country == "KEN"  # Kenya is named: a place of it
    stage = stage_of(countries + [(Candidate(pid=272103, name="Lebanon", kind="country",
                                             feature_code="PCLI", country="LBN", lat=33.8,
                                             lon=35.8, population=6_800_000), [])])
    island = at(run(stage, text, ents, dateline="BEIRUT, Lebanon"), text, "Ukerewe")
    assert island is not None and island.country is None


@pytest.mark.parametrize("name", ["Wadi Derna", "Jebel Akhdar", "Jabal Sinjar"])
def test_an_arabic_features_generic_word_names_no_town(name: str) -> None:
    from newsevents.stages.places.lookup import name_parts

    assert name_parts(name) == []


def test_a_feature_named_with_a_demonym_is_not_in_that_country() -> None:
    canada = Candidate(pid=6251999, name="Canada", kind="country", feature_code="PCLI",
                       country="CAN", lat=60.1, lon=-113.6, population=37_000_000)
    stage = GeocodeStage(InMemoryGazetteer([
        (canada, []),
        (town(4547000, "Purcell", 35.01, -97.36, "USA", 6_400, "OK"), []),
    ], demonyms={"canadian": "CAN"}))
    text = "A bridge over the Canadian River near Purcell closed on Monday ."
    place = at(run(stage, text, [("Canadian River", "LOC"), ("Purcell", "GPE")]), text,
               "Canadian River")
    assert place is None or place.country == "USA"
