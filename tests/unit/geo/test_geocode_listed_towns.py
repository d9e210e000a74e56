"""Towns and districts listed together lie in one province: of two ambiguous names in a
list, the readings in one state are chosen (our own sentences, a small in-memory gazetteer
with rounded real coordinates)."""
from __future__ import annotations

import pytest

from newsevents.resources.gazetteer import Candidate, InMemoryGazetteer
from newsevents.stages.places import GeocodeStage

from .test_geocode_recall import by_text, run, town


def county(pid: int, name: str, lat: float, lon: float, code: str, population: int
           ) -> Candidate:
    return Candidate(pid=pid, name=name, kind="admin2", feature_code="ADM2", country="USA",
                     lat=lat, lon=lon, population=population, admin1_code=code)


def in_georgia(lon: float | None) -> bool:
    return lon is not None and -86 < lon < -84


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    entries = [
        (town(5334000, "Chatsworth", 34.26, -118.60, "USA", 41_000, "CA"), []),
        (town(4186000, "Chatsworth", 34.77, -84.77, "USA", 4_300, "GA"), []),
        (county(4544000, "Murray County", 34.50, -97.07, "OK", 7_900), []),
        (county(4211000, "Murray County", 34.80, -84.75, "GA", 5_200), []),
        (town(4212000, "Eton", 34.82, -84.76, "USA", 900, "GA"), []),
    ]
    return GeocodeStage(InMemoryGazetteer(entries, demonyms={}, country_codes={}))


@pytest.mark.parametrize("text", [
    "Officials in Chatsworth and Murray County met on Monday .",
    "Officials in Murray County and Chatsworth met on Monday .",
    "Schools in Eton , Chatsworth and Murray County closed .",
])
def test_names_listed_together_are_read_in_one_province(stage: GeocodeStage,
                                                        text: str) -> None:
    names = [n for n in ("Eton", "Chatsworth", "Murray County") if n in text]
    places = run(stage, text, [(n, "GPE") for n in names])
    assert all(in_georgia(by_text(places, text, n).lon) for n in names)


def test_a_name_alone_is_its_biggest_namesake(stage: GeocodeStage) -> None:
    text = "Officials in Chatsworth met on Monday ."
    assert not in_georgia(by_text(run(stage, text, [("Chatsworth", "GPE")]), text,
                                  "Chatsworth").lon)
