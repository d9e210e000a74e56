"""A person's home town as American news writes it: "of X" set off by commas after the person
("The suspect, of Summerville, was held"; "John Doe, 34, of rural Summerville,"), and "a X
native" (our own sentences, hand-built parses, a small in-memory gazetteer with rounded real
coordinates)."""
from __future__ import annotations

import pytest

from newsevents.stages.places import GeocodeStage

from .gazdata import stage_of
from .test_geocode_recall import run, town
from .test_geocode_recall_cues import at


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    return stage_of([
        (town(4225000, "Summerville", 34.48, -85.35, "USA", 4_400, "GA"), []),
        (town(4226000, "Lindale", 34.19, -85.18, "USA", 4_200, "GA"), []),
    ])


@pytest.mark.parametrize(("text", "label"), [
    ("The suspect , of Summerville , was held on Monday .", "PERSON"),
    ("John Doe , 34 , of rural Summerville , was held on Monday .", "PERSON"),
    ("The driver , of Summerville , was not hurt .", "ORG"),
])
def test_a_home_town_after_of_between_commas_is_a_place(stage: GeocodeStage, text: str,
                                                        label: str) -> None:
    place = at(run(stage, text, [("Summerville", label)]), text, "Summerville")
    assert place is not None and place.lat == 34.48


def test_of_without_the_commas_names_no_home(stage: GeocodeStage) -> None:
    text = "The songs of Summerville were played on Monday ."
    assert at(run(stage, text, [("Summerville", "PERSON")]), text, "Summerville") is None


def test_a_name_before_native_is_a_town(stage: GeocodeStage) -> None:
    text = "The chairman , a Lindale native , said traffic had doubled ."
    assert at(run(stage, text, [("Lindale", "PRODUCT")]), text, "Lindale") is not None
