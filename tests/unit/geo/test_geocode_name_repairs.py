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
