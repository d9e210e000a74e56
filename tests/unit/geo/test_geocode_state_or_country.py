"""Which country a name is read in: a name that is a country's and another country's
first-level region ("Georgia", "Niger") is decided by the rest of the article, and until it
is, the name is no evidence of either country; a town in a country bordering the story's
country is a reading though far from that country's point (our own sentences, small
in-memory gazetteers with rounded real coordinates)."""
from __future__ import annotations

import pytest

from newsevents.resources.gazetteer import InMemoryGazetteer
from newsevents.stages.places import GeocodeStage

from .test_geocode_recall import by_text, region, run, town


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    entries = [
        (region(614540, "Georgia", "country", 42.0, 43.5, "GEO", population=3_731_000), []),
        (region(4197000, "Georgia", "admin1", 32.75, -83.5, "USA", population=4_800_000,
                code="GA"), []),
        (town(4263000, "Ringgold", 34.92, -85.11, "USA", 3_500, "GA"), []),
        (town(4226000, "Tunnel Hill", 34.84, -85.04, "USA", 900, "GA"), []),
        (town(614455, "Gori", 41.98, 44.11, "GEO", 48_000, "05"), []),
        (region(2440476, "Niger", "country", 17.0, 10.0, "NER", population=22_400_000), []),
        (region(2328925, "Niger", "admin1", 10.0, 6.0, "NGA", population=3_950_000,
                code="31"), []),
        (town(2330100, "Minna", 9.61, 6.56, "NGA", 291_905, "31"), []),
        (town(2440485, "Niamey", 13.51, 2.11, "NER", 774_235, "08"), []),
    ]
    return GeocodeStage(InMemoryGazetteer(entries, demonyms={}, country_codes={}))


@pytest.mark.parametrize(("text", "towns", "name", "country"), [
    # small American towns: the state, and the towns are not read as foreign hamlets
    ("Storms cut power in Ringgold , Tunnel Hill and northwest Georgia .",
     ["Ringgold", "Tunnel Hill"], "Georgia", "USA"),
    ("Police in Tunnel Hill said the man had moved to Georgia last year .",
     ["Tunnel Hill"], "Georgia", "USA"),
    ("Troops shelled Gori , and Georgia asked for talks .", ["Gori"], "Georgia", "GEO"),
    ("Floods reached Minna , the capital of Niger .", ["Minna"], "Niger", "NGA"),
    ("Floods reached Niamey , the capital of Niger .", ["Niamey"], "Niger", "NER"),
])
def test_the_other_places_decide_between_the_country_and_the_province(
        stage: GeocodeStage, text: str, towns: list[str], name: str, country: str) -> None:
    places = run(stage, text, [(t, "GPE") for t in towns] + [(name, "GPE")])
    assert by_text(places, text, name).country == country
    assert all(by_text(places, text, t).lat is not None for t in towns)


def test_without_other_places_the_country_is_the_reading(stage: GeocodeStage) -> None:
    text = "Voters in Georgia went to the polls ."
    assert by_text(run(stage, text, [("Georgia", "GPE")]), text, "Georgia").country == "GEO"


def _borders_stage(neighbours: dict[str, list[str]]) -> GeocodeStage:
    entries = [
        (region(2017370, "Russia", "country", 60.0, 100.0, "RUS", population=144_478_050), []),
        (region(690791, "Ukraine", "country", 49.0, 32.0, "UKR", population=44_622_516), []),
        (town(706524, "Izium", 49.21, 37.26, "UKR", 45_000, "07"), []),
        (town(706525, "Lyman", 48.99, 37.81, "UKR", 2_000, "07"), []),
    ]
    return GeocodeStage(InMemoryGazetteer(entries, demonyms={"Russian": "RUS"},
                                          neighbours=neighbours))


@pytest.mark.parametrize(("neighbours", "placed"), [
    ({"RUS": ["UKR"]}, True),  # a town of a country bordering the story's country
    ({}, False),  # far from the story's country's point, in a country not bordering it
])
def test_a_town_in_a_neighbouring_country_is_read_though_far_from_the_focus_point(
        neighbours: dict[str, list[str]], placed: bool) -> None:
    text = "Russian forces left Izium on Saturday , Russian officers said ."
    places = run(_borders_stage(neighbours), text, [("Russian", "NORP"), ("Izium", "GPE"),
                                                   ("Russian", "NORP")])
    assert any(p.name == "Izium" and p.country == "UKR" for p in places) == placed


def test_a_hamlet_in_a_neighbouring_country_is_still_no_reading() -> None:
    text = "Russian forces left Lyman on Saturday , Russian officers said ."
    places = run(_borders_stage({"RUS": ["UKR"]}), text,
                 [("Russian", "NORP"), ("Lyman", "GPE"), ("Russian", "NORP")])
    assert not any(p.name == "Lyman" and p.country == "UKR" for p in places)
