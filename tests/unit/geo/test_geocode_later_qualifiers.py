"""A state written as the qualifier of a town named after the lead ("a son of Murray, Ky.")
marks a town outside the story's own state: it does not say where the story is; the lead's
qualifier does (hand-built parses of our own sentences, a small in-memory gazetteer)."""
from __future__ import annotations

import pytest

from newsevents.resources.gazetteer import InMemoryGazetteer
from newsevents.stages.places import GeocodeStage

from .test_geocode_recall import by_text, region, run, town


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    entries = [
        (town(4646571, "Paris", 36.30, -88.33, "USA", 10_150, "TN"), []),
        (town(4303602, "Paris", 38.21, -84.25, "USA", 9_870, "KY"), []),
        (town(4645000, "Martin", 36.34, -88.85, "USA", 10_900, "TN"), []),
        (town(4646000, "Dresden", 36.29, -88.71, "USA", 3_000, "TN"), []),
        (town(4640000, "Puryear", 36.44, -88.34, "USA", 670, "TN"), []),
        (town(4301000, "Murray", 36.61, -88.31, "USA", 19_000, "KY"), []),
        (town(4299000, "Mayfield", 36.74, -88.64, "USA", 10_000, "KY"), []),
        (region(6254925, "Kentucky", "admin1", 38.2, -84.9, "USA", population=4_300_000,
                code="KY"), ["Ky."]),
        (region(4662168, "Tennessee", "admin1", 35.75, -86.25, "USA", population=6_700_000,
                code="TN"), ["Tenn."]),
    ]
    return GeocodeStage(InMemoryGazetteer(entries))


OBITUARY = ("Ruth Miller , 81 , of Paris died Sunday . She was born in Puryear and taught in "
            "Martin and Dresden . Survivors include a son of Murray , Ky. , and a daughter "
            "of Mayfield , Ky. , who cared for her .")
ENTS = [("Paris", "GPE"), ("Puryear", "GPE"), ("Martin", "GPE"), ("Dresden", "GPE"),
        ("Murray", "GPE"), ("Ky.", "GPE"), ("Mayfield", "GPE"), ("Ky.", "GPE")]


def test_later_towns_qualified_by_a_state_do_not_make_it_the_storys_state(
        stage: GeocodeStage) -> None:
    places = run(stage, OBITUARY, ENTS)
    assert abs(by_text(places, OBITUARY, "Paris").lat - 36.30) < 0.1  # Tennessee's Paris
    assert abs(by_text(places, OBITUARY, "Murray").lat - 36.61) < 0.1


def test_the_leads_qualifier_still_says_where_the_story_is(stage: GeocodeStage) -> None:
    text = ("Flooding closed roads near Paris , Ky. , on Monday . Crews from Martin and "
            "Dresden helped , officials said .")
    places = run(stage, text, [("Paris", "GPE"), ("Ky.", "GPE"), ("Martin", "GPE"),
                               ("Dresden", "GPE")])
    assert abs(by_text(places, text, "Paris").lat - 38.21) < 0.1  # Kentucky's Paris
