"""Initials of the article's countries ("SA" after "South Africans"): our own sentences on
hand-built parses and a small in-memory gazetteer."""
from __future__ import annotations

import pytest

from newsevents.resources.gazetteer import InMemoryGazetteer
from newsevents.stages.places import GeocodeStage
from newsevents.stages.places.initials import initials

from .test_geocode_recall import region
from .test_geocode_recall_cues import at, run


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    entries = [
        (region(953987, "South Africa", "country", -29.0, 24.0, "ZAF", population=57_000_000),
         []),
        (region(203312, "Democratic Republic of the Congo", "country", -2.5, 23.5, "COD",
                population=84_000_000), []),
        (region(2186224, "New Zealand", "country", -42.0, 174.0, "NZL",
                population=4_900_000), []),
    ]
    return GeocodeStage(InMemoryGazetteer(entries, demonyms={"South African": "ZAF"},
                                          country_codes={}))


def test_initials_are_the_capitalised_words_first_letters() -> None:
    assert [initials(n) for n in ("South Africa", "Democratic Republic of the Congo",
                                  "Guinea-Bissau")] == ["SA", "DRC", "GB"]


@pytest.mark.parametrize(("text", "ents", "short", "lat"), [
    ("Millions of South African workers agree . Chiefs in SA hold land .",
     [("South African", "NORP"), ("SA", "ORG")], "SA", -29.0),
    ("Rebels in the Democratic Republic of the Congo fought . The DRC army replied .",
     [("Democratic Republic of the Congo", "GPE")], "DRC", -2.5),
    ("Fans in New Zealand cheered . Later N.Z. lost .", [("New Zealand", "GPE")], "N.Z.",
     -42.0),
])
def test_initials_of_a_country_the_article_names_are_that_country(
        stage: GeocodeStage, text: str, ents: list[tuple[str, str]], short: str,
        lat: float) -> None:
    place = at(run(stage, text, ents), text, short)
    assert place is not None and place.lat == lat


@pytest.mark.parametrize(("text", "ents"), [
    ("Chiefs in SA hold land .", [("SA", "ORG")]),  # no South Africa named
    ("Millions of South African workers agree . The SA Police Service replied .",
     [("South African", "NORP"), ("SA Police Service", "ORG")]),  # part of a longer name
    ("Fans in New Zealand cheered . Later nz lost .", [("New Zealand", "GPE")]),
])
def test_other_letters_are_no_country(stage: GeocodeStage, text: str,
                                      ents: list[tuple[str, str]]) -> None:
    short = next(w for w in ("SA", "nz") if f" {w} " in text)
    assert at(run(stage, text, ents), text, short) is None
