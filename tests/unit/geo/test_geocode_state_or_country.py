"""A name that is a country's and another country's first-level region ("Georgia", "Niger"):
the rest of the article decides which, and until it has, the name is no evidence of either
country (our own sentences, a small in-memory gazetteer with rounded real coordinates)."""
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
