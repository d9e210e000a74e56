"""A state's name before a road's number is the road (our own sentences, hand-built parses, a
small in-memory gazetteer with rounded real coordinates); a town and the country after its
comma tagged as one mention, and a town cut at its possessive, through the real model
(test_geocode_model.py)."""
from __future__ import annotations

import pytest

from newsevents.stages.places import GeocodeStage

from .gazdata import stage_of
from .test_geocode_recall import region, run, town
from .test_geocode_recall_cues import at


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    return stage_of([
        (region(4736286, "Texas", "admin1", 31.25, -99.25, "USA", population=29_000_000,
                code="TX"), []),
        (town(4734825, "Sugar Land", 29.62, -95.63, "USA", 88_000, "TX"), []),
        (region(4398678, "Missouri", "admin1", 38.25, -92.5, "USA", population=6_100_000,
                code="MO"), []),
    ])


@pytest.mark.parametrize("text", [
    "Crews closed the interchange of Texas 6 and Main Street in Sugar Land .",
    "Crews closed lanes on Texas 6 in Sugar Land on Monday .",
])
def test_a_states_name_before_a_roads_number_is_the_road(stage: GeocodeStage, text: str
                                                         ) -> None:
    place = at(run(stage, text, [("Texas", "GPE"), ("Sugar Land", "GPE")]), text, "Texas 6")
    assert place is not None and place.feature_code != "ADM1" and place.lat == 29.62


def test_a_states_name_before_a_score_is_no_road(stage: GeocodeStage) -> None:
    text = "The Longhorns beat Texas 24 - 17 in Sugar Land ."
    assert at(run(stage, text, [("Texas", "GPE"), ("Sugar Land", "GPE")]), text,
              "Texas 24") is None


def test_a_state_highway_no_town_places_is_in_its_state(stage: GeocodeStage) -> None:
    text = "Crews closed lanes on Missouri 291 on Monday ."
    place = at(run(stage, text, [("Missouri", "GPE")]), text, "Missouri 291")
    assert place is not None and place.country == "USA" and place.lat == 38.25


def test_a_river_of_our_table_after_the_is_a_place_untagged() -> None:
    from newsevents.resources.gazetteer import Candidate

    thames = Candidate(pid=-100001, name="Thames", kind="region", feature_code="STM",
                       country="GBR", lat=51.5, lon=0.6, population=0)
    stage = stage_of([(thames, ["River Thames"]),
                      (town(2639842, "Putney", 51.46, -0.22, "GBR", 77_000, "ENG"), [])])
    text = "Rowers trained on the Thames near Putney on Monday ."
    place = at(run(stage, text, [("Putney", "GPE")]), text, "Thames")
    assert place is not None and place.feature_code == "STM"
    text = "Rowers trained with Thames near Putney on Monday ."  # no "the": a club's name
    assert at(run(stage, text, [("Putney", "GPE")]), text, "Thames") is None


@pytest.fixture(scope="module")
def countries() -> GeocodeStage:
    return stage_of([
        (region(146669, "Cyprus", "country", 35.0, 33.0, "CYP", population=1_200_000), []),
        (region(390903, "Greece", "country", 39.0, 22.0, "GRC", population=10_700_000), []),
        (region(3175395, "Italy", "country", 42.83, 12.83, "ITA", population=60_400_000), []),
        (region(2510769, "Spain", "country", 40.0, -4.0, "ESP", population=46_700_000), []),
        (region(248816, "Jordan", "country", 31.0, 36.0, "JOR", population=10_000_000), []),
        (region(3573374, "The Valley", "admin1", 18.22, -63.06, "AIA", population=1_100,
                code="09"), []),
        (region(5165418, "Ohio", "admin1", 40.25, -82.75, "USA", population=11_700_000,
                code="OH"), []),
        (region(4921868, "Indiana", "admin1", 40.0, -86.25, "USA", population=6_700_000,
                code="IN"), []),
    ])


@pytest.mark.parametrize(("text", "ents", "pair"), [
    ("Jobs are scarce in Cyprus , Greece Italy or Spain .",
     [("Cyprus", "GPE"), ("Greece Italy", "GPE"), ("Spain", "GPE")], ("Greece", "Italy")),
    ("Storms crossed Ohio Indiana and Illinois overnight .",
     [("Ohio Indiana", "GPE")], ("Ohio", "Indiana")),
])
def test_two_units_a_missing_comma_runs_together_are_each_a_place(
        countries: GeocodeStage, text: str, ents: list[tuple[str, str]],
        pair: tuple[str, str]) -> None:
    places = run(countries, text, ents)
    for name in pair:
        place = at(places, text, name)
        assert place is not None and place.name == name


def test_a_units_name_before_a_features_word_is_no_pair(countries: GeocodeStage) -> None:
    """"the Jordan Valley" is no list of Jordan and The Valley, Anguilla."""
    text = "Farmers in the Jordan Valley lost their crops ."
    places = run(countries, text, [("Jordan Valley", "LOC")])
    assert not any(p.country == "AIA" for p in places)


def test_run_together_names_before_a_plural_admin_noun_are_each_a_province() -> None:
    """"in Hama Idlib and Homs provinces": the noun after the list reaches the name whose
    comma is missing too."""
    stage = stage_of([
        (region(170016, "Hama", "admin1", 35.2, 36.7, "SYR", population=1_600_000,
                code="10"), []),
        (town(170017, "Hama", 35.13, 36.76, "SYR", 850_000, "10"), []),
        (region(169387, "Idlib", "admin1", 35.8, 36.6, "SYR", population=1_500_000,
                code="09"), []),
        (region(169575, "Homs", "admin1", 34.6, 37.1, "SYR", population=1_800_000,
                code="11"), []),
    ])
    text = "Jets struck rebel positions in Hama Idlib and Homs provinces on Monday ."
    places = run(stage, text, [("Hama Idlib", "GPE"), ("Homs", "GPE")])
    for name in ("Hama", "Idlib", "Homs"):
        place = at(places, text, name)
        assert place is not None and place.feature_code == "ADM1", name
