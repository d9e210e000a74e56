"""Which country a name is read in: a name that is a country's and another country's
first-level region ("Georgia", "Niger") is decided by the rest of the article, and until it
is, the name is no evidence of either country; a town and the place qualifying it are read
together ("Rome, Georgia"); a town in a country bordering the story's country is a reading
though far from that country's point; a town an accord or an international body is named
after is the best-known one (our own sentences, small in-memory gazetteers with rounded real
coordinates)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.model import Span
from newsevents.resources.gazetteer import Candidate, InMemoryGazetteer
from newsevents.stages.places import GeocodeStage

from .gazdata import stage_of
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
    return GeocodeStage(InMemoryGazetteer(entries, demonyms={"Georgian": "GEO"},
                                          country_codes={}))


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


@pytest.mark.parametrize(("text", "country"), [
    ("Georgian lawmakers met in Ringgold and Tunnel Hill , Georgia , on Monday .", "USA"),
    ("Georgian troops shelled Gori , and Georgia asked for talks .", "GEO"),
])
def test_the_demonym_of_a_name_of_a_country_and_a_province_follows_the_name(
        stage: GeocodeStage, text: str, country: str) -> None:
    ents = [(t, "GPE") for t in ("Ringgold", "Tunnel Hill", "Gori", "Georgia") if t in text]
    places = run(stage, text, [("Georgian", "NORP")] + ents)
    (georgia,) = [p for p in places if p.name == "Georgia"]
    assert georgia.country == country
    assert [s.of(text) for s in georgia.demonyms] == ["Georgian"]


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


@pytest.fixture(scope="module")
def namesakes() -> GeocodeStage:
    entries = [
        (replace(town(2988507, "Paris", 48.85, 2.35, "FRA", 2_138_551, "11"),
                 feature_code="PPLC"), []),
        (town(4717560, "Paris", 33.66, -95.56, "USA", 24_782, "TX"), []),
        (region(4736286, "Texas", "admin1", 31.25, -99.25, "USA", population=29_000_000,
                code="TX"), []),
        (replace(town(3169070, "Rome", 41.89, 12.51, "ITA", 2_318_895, "07"),
                 feature_code="PPLC"), []),
        (town(4219762, "Rome", 34.26, -85.16, "USA", 36_323, "GA"), []),
        (region(614540, "Georgia", "country", 42.0, 43.5, "GEO", population=3_731_000), []),
        (region(4197000, "Georgia", "admin1", 32.75, -83.5, "USA", population=4_800_000,
                code="GA"), []),
    ]
    return stage_of(entries)


@pytest.mark.parametrize(("text", "org", "label", "country"), [
    # an accord or an international body named after a town: the world's best-known one
    ("Officials in Texas said the state would honour the Paris Agreement .",
     "Paris Agreement", "EVENT", "FRA"),
    ("Officials in Texas wrote to the Paris Commission .", "Paris Commission", "ORG", "FRA"),
    # a town's own body: the article's town
    ("Officials in Texas wrote to the Paris City Commission .", "Paris City Commission",
     "ORG", "USA"),
])
def test_a_town_an_accord_or_body_is_named_after_is_the_best_known_one(
        namesakes: GeocodeStage, text: str, org: str, label: str, country: str) -> None:
    places = run(namesakes, text, [("Texas", "GPE"), (org, label)])
    paris = next(p for p in places if p.name == "Paris")
    assert paris.embedded and paris.country == country


@pytest.mark.parametrize(("text", "country"), [
    ("Floods hit Rome , Georgia , on Monday .", "USA"),  # the town in the state
    ("Floods hit Paris , Texas , on Monday .", "USA"),
    ("Crowds filled Rome on Monday .", "ITA"),
])
def test_a_town_and_the_place_qualifying_it_are_read_together(
        namesakes: GeocodeStage, text: str, country: str) -> None:
    names = [n for n in ("Rome", "Paris", "Georgia", "Texas") if f" {n} " in text]
    places = run(namesakes, text, [(n, "GPE") for n in names])
    assert {p.country for p in places} == {country}


def test_a_bare_name_follows_the_same_name_qualified_by_a_state_abbreviation() -> None:
    entries = [
        (town(5150529, "Cleveland", 41.50, -81.70, "USA", 372_624, "OH"), []),
        (town(4614867, "Cleveland", 35.16, -84.88, "USA", 43_898, "TN"), []),
        (region(4662168, "Tennessee", "admin1", 35.75, -86.25, "USA", population=6_900_000,
                code="TN"), ["Tenn."]),
    ]
    stage = stage_of(entries)
    text = ("CLEVELAND , Tenn. - Crews cleared roads on Monday . Later , Cleveland "
            "officials thanked them .")
    places = run(stage, text, [("CLEVELAND", "GPE"), ("Tenn.", "GPE"), ("Cleveland", "GPE")])
    cleveland = next(p for p in places if p.name == "Cleveland")
    assert cleveland.lon == -84.88 and len(cleveland.mentions) == 2


def test_a_bare_name_is_as_sure_as_the_same_name_qualified_by_a_state() -> None:
    from newsevents.parse import build_parse
    from newsevents.resources.gazetteer import Candidate
    from newsevents.stages.places.resolve import resolve
    from newsevents.stages.places.toponym import make_toponym

    entries = [
        (town(5150529, "Cleveland", 41.50, -81.70, "USA", 372_624, "OH"), []),
        (town(4614867, "Cleveland", 35.16, -84.88, "USA", 43_898, "TN"), []),
        (town(5145476, "Akron", 41.08, -81.52, "USA", 190_469, "OH"), []),
        (region(4662168, "Tennessee", "admin1", 35.75, -86.25, "USA", population=6_900_000,
                code="TN"), ["Tenn."]),
    ]
    gaz = InMemoryGazetteer(entries, demonyms={}, country_codes={})
    text = ("CLEVELAND , Tenn. - Crews cleared roads . A truck from Akron broke down . "
            "Cleveland officials thanked them .")
    parse = build_parse(text, ents=[])
    names = [("CLEVELAND", 0), ("Tenn.", 0), ("Akron", 0), ("Cleveland", 1)]
    tops, start = [], 0
    for name, _ in names:
        k = text.index(name, start)
        start = k + len(name)
        tops.append(make_toponym(Span(k, start), name, "GPE", parse))
    found = resolve(tops, [], gaz, text=text)
    bare = found[3]
    assert isinstance(bare.candidate, Candidate) and bare.candidate.admin1_code == "TN"
    assert bare.confidence > 0.8  # as sure as "CLEVELAND, Tenn.": an anchor for others


def test_a_body_named_after_a_region_by_its_curated_alias_is_the_region() -> None:
    entries = [
        (Candidate(pid=-7, name="Persian Gulf", kind="region", feature_code="GULF",
                   country=None, lat=27.0, lon=51.0), ["Gulf"]),
        (region(2095000, "Gulf", "admin1", -7.9, 145.6, "PNG", population=6_358, code="05"),
         []),
    ]
    stage = stage_of(entries)
    text = "Experts spoke at the Gulf Security Conference on Monday ."
    places = run(stage, text, [("Gulf Security Conference", "EVENT")])
    assert [p.name for p in places] == ["Persian Gulf"]
