"""One name is one place in a story: the bare uses of the dateline's town and of a name the
article qualifies with a state's abbreviation are that place, not the country or the world
city of the name (our own sentences, hand-built parses, a small in-memory gazetteer with
rounded real coordinates)."""
from __future__ import annotations

import pytest

from newsevents.resources.gazetteer import Candidate
from newsevents.stages.places import GeocodeStage

from .gazdata import stage_of
from .test_geocode_recall import region, run, town
from .test_geocode_recall_cues import at


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    return stage_of([
        (region(272103, "Lebanon", "country", 33.83, 35.83, "LBN", population=6_850_000), []),
        (town(4636000, "Lebanon", 36.21, -86.29, "USA", 30_000, "TN"), []),
        (town(5197000, "Lebanon", 40.34, -76.41, "USA", 25_500, "PA"), []),
        (region(4662168, "Tennessee", "admin1", 35.75, -86.25, "USA", population=6_900_000,
                code="TN"), ["Tenn."]),
        (region(3996063, "Mexico", "country", 23.0, -102.0, "MEX", population=126_000_000), []),
        (town(4395052, "Mexico", 39.17, -91.88, "USA", 11_700, "MO"), []),
        (region(4398678, "Missouri", "admin1", 38.25, -92.5, "USA", population=6_100_000,
                code="MO"), ["Mo."]),
        (Candidate(pid=2950159, name="Berlin", kind="city", feature_code="PPLC", country="DEU",
                   lat=52.52, lon=13.41, population=3_430_000, admin1_code="16"), []),
        (town(5244000, "Berlin", 43.97, -88.94, "USA", 5_400, "WI"), []),
        (region(5279468, "Wisconsin", "admin1", 44.5, -90.0, "USA", population=5_800_000,
                code="WI"), ["Wis."]),
        (town(4061234, "Florence", 34.80, -87.68, "USA", 40_000, "AL"), []),
        (town(4409896, "Springfield", 37.22, -93.30, "USA", 170_000, "MO"), []),
        (town(4951788, "Springfield", 42.10, -72.59, "USA", 155_000, "MA"), []),
        (town(4938000, "Holyoke", 42.20, -72.62, "USA", 38_000, "MA"), []),
        (town(4933000, "Chicopee", 42.15, -72.61, "USA", 55_000, "MA"), []),
        (region(4829764, "Alabama", "admin1", 32.75, -86.75, "USA", population=5_000_000,
                code="AL"), ["Ala."]),
        (region(6252001, "United States", "country", 39.76, -98.5, "USA",
                population=327_000_000), []),
        (town(4140963, "Washington", 38.90, -77.04, "USA", 690_000, "DC"), []),
        (region(4138106, "District of Columbia", "admin1", 38.91, -77.0, "USA",
                population=690_000, code="DC"), ["D.C."]),
        (region(5815135, "Washington", "admin1", 47.5, -120.5, "USA", population=7_700_000,
                code="WA"), []),
    ])


@pytest.mark.parametrize(("text", "ents", "name", "lat"), [
    ("The council met on the Lebanon square . Students from Lebanon left .",
     [("Lebanon", "GPE"), ("Lebanon", "GPE")], "Lebanon", 36.21),
    ("She moved to Mexico in 1960 and worked at the Mexico Public Library .",
     [("Mexico", "GPE"), ("Mexico Public Library", "ORG")], "Mexico", 39.17),
    ("She moved to Mexico in 1960 and worked at the Mexico Public Library .",
     [("Mexico", "GPE"), ("Mexico Public Library", "ORG")], "Mexico Public Library", 39.17),
    ("The city of Berlin will repair the dam .", [("Berlin", "GPE")], "Berlin", 43.97),
])
def test_the_datelines_town_is_the_bare_name(stage: GeocodeStage, text: str,
                                             ents: list[tuple[str, str]], name: str,
                                             lat: float) -> None:
    dateline = {"Lebanon": "LEBANON, Tenn.", "Mexico": "MEXICO, Mo.",
                "Mexico Public Library": "MEXICO, Mo.", "Berlin": "BERLIN, Wis."}[name]
    place = at(run(stage, text, ents, dateline=dateline), text, name)
    assert place is not None and place.lat == lat


def test_a_direction_before_the_datelines_name_leaves_it_to_the_context(
        stage: GeocodeStage) -> None:
    text = "Fires burned in central Washington on Monday ."
    place = at(run(stage, text, [("Washington", "GPE")], dateline="WASHINGTON, D.C."), text,
               "Washington")
    assert place is not None and place.feature_code == "ADM1"


@pytest.mark.parametrize(("text", "ents"), [
    ("Officials in Lebanon , Tenn. , said the Lebanon square would close .",
     [("Lebanon", "GPE"), ("Tenn.", "GPE"), ("Lebanon", "GPE")]),
    ("The Lebanon square will close , officials in Lebanon , Tenn. , said .",
     [("Lebanon", "GPE"), ("Lebanon", "GPE"), ("Tenn.", "GPE")]),
])
def test_a_name_the_article_qualifies_is_that_place_bare(stage: GeocodeStage, text: str,
                                                         ents: list[tuple[str, str]]) -> None:
    places = run(stage, text, ents)
    lebanons = [p for p in places if p.name == "Lebanon"]
    assert len(lebanons) == 1 and lebanons[0].lat == 36.21 and len(lebanons[0].mentions) == 2


def test_a_name_that_may_be_the_qualifiers_state_is_not_spread(stage: GeocodeStage) -> None:
    text = "Agents in Washington , D.C. , flew to central Washington on Monday ."
    places = run(stage, text, [("Washington", "GPE"), ("D.C.", "GPE"), ("Washington", "GPE")])
    assert {p.feature_code for p in places if p.name == "Washington"} == {"PPL", "ADM1"}


# -- the dateline's town is the story's place wherever the story repeats it -------------------

@pytest.mark.parametrize(("text", "ents"), [
    ("Florence quarterback Zorblat Quux threw two passes .", [("Zorblat Quux", "PERSON")]),
    ("Florence quarterback Zorblat Quux threw two passes .",
     [("Florence", "ORG"), ("Zorblat Quux", "PERSON")]),
])
def test_the_datelines_town_untagged_or_mistagged_in_the_story_is_the_town(
        stage: GeocodeStage, text: str, ents: list[tuple[str, str]]) -> None:
    place = at(run(stage, text, ents, dateline="FLORENCE, Ala."), text, "Florence")
    assert place is not None and place.lat == 34.80


@pytest.mark.parametrize(("text", "ents"), [
    ("Coach Amy Florence said Florence would play Friday .",
     [("Amy Florence", "PERSON"), ("Florence", "PERSON")]),
    ("The coach spoke . Florence said the team would play Friday .",
     [("Florence", "PERSON")]),  # a speaker the model tags as a person
])
def test_a_person_named_like_the_datelines_town_stays_a_person(
        stage: GeocodeStage, text: str, ents: list[tuple[str, str]]) -> None:
    places = run(stage, text, ents, dateline="FLORENCE, Ala.")
    assert at(places, text, "Florence") is None


def test_a_bare_datelines_town_is_only_the_biggest_of_the_name_so_the_story_decides(
        stage: GeocodeStage) -> None:
    text = "Ramps in Springfield , Holyoke and Chicopee closed on Monday ."
    ents = [("Springfield", "GPE"), ("Holyoke", "GPE"), ("Chicopee", "GPE")]
    place = at(run(stage, text, ents, dateline="SPRINGFIELD"), text, "Springfield")
    assert place is not None and place.lat == 42.10


def test_another_towns_own_name_filed_as_an_old_name_of_the_datelines_town() -> None:
    """"Concord" in a story from Lisbon, New Hampshire: the gazetteer files it as an old name
    of Lisbon, but it is the state capital's own name."""
    stage = stage_of([
        (town(5088000, "Lisbon", 44.21, -71.91, "USA", 1_600, "NH"), ["Concord"]),
        (town(5084868, "Concord", 43.21, -71.54, "USA", 44_000, "NH"), []),
        (region(5090174, "New Hampshire", "admin1", 43.67, -71.5, "USA",
                population=1_380_000, code="NH"), ["N.H."]),
    ])
    text = "Lawmakers in Concord approved the money for the Lisbon fire station ."
    places = run(stage, text, [("Concord", "GPE"), ("Lisbon", "GPE")],
                 dateline="LISBON, N.H.")
    concord, lisbon = at(places, text, "Concord"), at(places, text, "Lisbon")
    assert concord is not None and concord.lat == 43.21
    assert lisbon is not None and lisbon.lat == 44.21
