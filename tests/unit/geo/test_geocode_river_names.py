"""Rivers named like states and rivers named in a list before "rivers" (our own sentences,
hand-built parses, a small in-memory gazetteer with rounded real coordinates)."""
from __future__ import annotations

import pytest

from newsevents.stages.places import GeocodeStage

from .gazdata import stage_of, table_region
from .test_geocode_recall import region, run, town
from .test_geocode_recall_cues import at


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    return stage_of([
        (region(5165418, "Ohio", "admin1", 40.25, -83.0, "USA", population=11_700_000,
                code="OH"), []),
        (table_region(-10117, "Ohio River", "STM", 37.0, -89.1, "USA"), []),
        (region(4436296, "Mississippi", "admin1", 32.75, -89.75, "USA",
                population=2_900_000, code="MS"), []),
        (table_region(-10093, "Mississippi River", "STM", 29.15, -89.25, "USA"), []),
        (region(6185811, "Yukon", "admin1", 63.0, -136.0, "CAN", population=43_000,
                code="12"), []),
        (table_region(-10176, "Yukon River", "STM", 62.6, -164.8, None), []),
        (town(4246659, "Cairo", 37.0, -89.18, "USA", 2_000, "IL"), []),
        (region(1185241, "Bangladesh", "country", 24.0, 90.0, "BGD",
                population=160_000_000), []),
    ])


@pytest.mark.parametrize(("text", "ents", "surface"), [
    ("Rain upstream pushed water down the Ohio , officials in Cairo said .",
     [("Ohio", "GPE"), ("Cairo", "GPE")], "Ohio"),
    ("Barges waited on the Ohio and the Mississippi .",
     [("Ohio", "GPE"), ("Mississippi", "GPE")], "Mississippi"),
])
def test_a_states_name_after_the_is_the_river(stage: GeocodeStage, text: str,
                                              ents: list[tuple[str, str]], surface: str
                                              ) -> None:
    place = at(run(stage, text, ents), text, surface)
    assert place is not None and place.feature_code == "STM"


@pytest.mark.parametrize(("text", "ents", "surface"), [
    ("She moved to Ohio in 1990 .", [("Ohio", "GPE")], "Ohio"),
    ("Hunters in the Yukon saw caribou .", [("Yukon", "LOC")], "Yukon"),
    ("Voters from the Ohio Valley met .", [("Ohio", "GPE")], "Ohio"),
])
def test_a_states_name_without_the_or_in_the_territory_stays_the_state(
        stage: GeocodeStage, text: str, ents: list[tuple[str, str]], surface: str) -> None:
    place = at(run(stage, text, ents), text, surface)
    assert place is not None and place.feature_code == "ADM1"


@pytest.mark.parametrize(("text", "ents", "names"), [
    ("Officials said the Surma and Kushiyara rivers rose in Bangladesh .", [("Bangladesh", "GPE")],
     ("Surma", "Kushiyara")),
    ("Police moved people along the Indrawati and Bhote Koshi rivers in Bangladesh .",
     [("Indrawati", "ORG"), ("Bhote Koshi", "PERSON"), ("Bangladesh", "GPE")],
     ("Indrawati", "Bhote Koshi")),
])
def test_names_in_a_list_before_rivers_are_rivers(stage: GeocodeStage, text: str,
                                                  ents: list[tuple[str, str]],
                                                  names: tuple[str, ...]) -> None:
    places = run(stage, text, ents)
    for name in names:
        place = at(places, text, name)
        assert place is not None and place.name == f"{name} River"
