"""Towns and districts listed together lie in one province: of two ambiguous names in a
list, the readings in one state are chosen; names of one story decide each other's country
(our own sentences, a small in-memory gazetteer with rounded real coordinates)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.stages.places import GeocodeStage

from .gazdata import stage_of
from .test_geocode_institutions import county
from .test_geocode_recall import by_text, region, run, town


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
    return stage_of(entries)


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


@pytest.fixture(scope="module")
def counties() -> GeocodeStage:
    entries = [
        (town(4190000, "Dawson", 31.77, -84.45, "USA", 4_400, "GA"), []),
        (county(4190001, "Dawson County", 34.42, -84.12, "GA", 26_000), ["Dawson"]),
        (town(4200000, "Lumpkin", 32.05, -84.80, "USA", 1_100, "GA"), []),
        (county(4200001, "Lumpkin County", 34.53, -83.98, "GA", 33_000), ["Lumpkin"]),
    ]
    return stage_of(entries)


@pytest.mark.parametrize(("text", "kind"), [
    ("Growth in Dawson and Lumpkin counties slowed .", "county"),  # the plural noun names both
    ("Growth in Dawson , Lumpkin and other counties slowed .", "town"),  # not a list of names
    ("Growth in Dawson and Lumpkin slowed .", "town"),
    ("Growth in Dawson counties and Lumpkin slowed .", "town"),  # one name: "the Gulf states"
])
def test_a_plural_admin_noun_after_a_list_makes_each_name_that_unit(
        counties: GeocodeStage, text: str, kind: str) -> None:
    places = run(counties, text, [("Dawson", "GPE"), ("Lumpkin", "GPE")])
    lats = {by_text(places, text, n).lat for n in ("Dawson", "Lumpkin")}
    assert lats == ({34.42, 34.53} if kind == "county" else {31.77, 32.05})


@pytest.fixture(scope="module")
def shires() -> GeocodeStage:
    entries = [
        (town(5000001, "Wessex", 45.0, -75.0, "CAN", 6_500, "08"), []),
        (replace(county(5000002, "Wessex", 50.7, -3.7, "ENG", 650_000), country="GBR"), []),
        (town(5000003, "Mercia", 40.3, -76.4, "USA", 4_200, "PA"), []),
        (county(5000004, "Mercia", 41.0, -77.0, "NY", 650_000), []),
    ]
    return stage_of(entries)


def test_a_district_no_town_of_its_country_shares_a_name_with_outranks_a_far_hamlet(
        shires: GeocodeStage) -> None:
    text = "Police in Wessex said on Monday ."
    assert by_text(run(shires, text, [("Wessex", "GPE")]), text, "Wessex").country == "GBR"


def test_a_district_named_like_a_town_of_its_own_country_keeps_the_town_first(
        shires: GeocodeStage) -> None:
    text = "Police in Mercia said on Monday ."
    assert by_text(run(shires, text, [("Mercia", "GPE")]), text, "Mercia").lat == 40.3


@pytest.fixture(scope="module")
def two_countries() -> GeocodeStage:
    entries = [
        (town(5200001, "Wessex", 45.0, -74.7, "CAN", 48_821, "08"), []),
        (replace(county(5200002, "Wessex", 50.4, -4.9, "ENG", 408_130), country="GBR"), []),
        (town(5200003, "Esk", 50.7, -3.5, "GBR", 130_709, "ENG"), []),
        (town(5200004, "Esk", 43.3, -81.5, "CAN", 4_863, "08"), []),
    ]
    return stage_of(entries)


def test_a_name_the_second_pass_moves_abroad_takes_its_evidence_along(
        two_countries: GeocodeStage) -> None:
    """Wessex is Canadian at first (the town outranks the county by a hair), then English
    beside Esk; Esk must not follow Wessex's first reading to Canada."""
    text = "Wessex police arrested a man in Esk on Friday ."
    places = run(two_countries, text, [("Wessex", "GPE"), ("Esk", "GPE")])
    assert {by_text(places, text, n).country for n in ("Wessex", "Esk")} == {"GBR"}


@pytest.fixture(scope="module")
def local() -> GeocodeStage:
    entries = [
        (town(5700001, "Dalton", 34.77, -84.97, "USA", 33_853, "GA"), []),
        (town(5700002, "Cedartown", 34.01, -85.25, "USA", 9_750, "GA"), []),
        (town(5700003, "Silver Creek", 42.54, -79.17, "USA", 2_545, "NY"), []),
        (region(5700004, "New York", "admin1", 43.0, -75.5, "USA", population=19_500_000,
                code="NY"), ["N.Y."]),
    ]
    return stage_of(entries)


def test_a_far_hamlet_of_another_state_is_not_a_local_story_s_place(local: GeocodeStage
                                                                    ) -> None:
    text = "Crews from Dalton and Cedartown built a station in Silver Creek on Monday ."
    places = run(local, text, [("Dalton", "GPE"), ("Cedartown", "GPE"), ("Silver Creek", "GPE")])
    creek = by_text(places, text, "Silver Creek")
    assert in_georgia(creek.lon) and "far from the local story's province" in creek.reason


@pytest.mark.parametrize(("text", "ents"), [
    ("Crews from Dalton and Cedartown built a station in Silver Creek , N.Y. , on Monday .",
     [("Dalton", "GPE"), ("Cedartown", "GPE"), ("Silver Creek", "GPE"), ("N.Y.", "GPE")]),
    ("Crews built a station in Silver Creek on Monday .", [("Silver Creek", "GPE")]),
])
def test_a_hamlet_of_another_state_stays_when_qualified_or_in_no_local_story(
        local: GeocodeStage, text: str, ents: list[tuple[str, str]]) -> None:
    assert by_text(run(local, text, ents), text, "Silver Creek").lat == 42.54


@pytest.fixture(scope="module")
def qualified() -> GeocodeStage:
    entries = [
        (town(5900001, "Franklin", 42.89, -88.04, "USA", 36_222, "WI"), []),
        (region(5900002, "Iowa", "admin1", 42.0, -93.5, "USA", population=3_200_000,
                code="IA"), []),
        (county(5900003, "Iowa County", 43.02, -90.14, "WI", 23_700), ["Iowa"]),
    ]
    return stage_of(entries)


def test_a_town_a_state_qualifies_is_in_the_state_not_in_a_county_named_like_it(
        qualified: GeocodeStage) -> None:
    text = "A man from Franklin , Iowa , was named to the board ."
    franklin = by_text(run(qualified, text, [("Franklin", "GPE"), ("Iowa", "GPE")]), text,
                       "Franklin")
    assert (franklin.admin1, franklin.lat) == ("Iowa", 42.0)


@pytest.fixture(scope="module")
def homecoming() -> GeocodeStage:
    entries = [
        (region(285570, "Kuwait", "country", 29.5, 47.75, "KWT", population=4_100_000), []),
        (town(6200001, "Ringgold", 34.92, -85.11, "USA", 3_700, "GA"), []),
        (town(6200002, "Rossville", 34.98, -85.29, "USA", 4_000, "GA"), []),
        (town(6200003, "Lafayette", 30.22, -92.02, "USA", 121_000, "LA"), []),
        (town(6200004, "Lafayette", 34.70, -85.28, "USA", 7_100, "GA"), []),
    ]
    return stage_of(entries)


def test_one_foreign_country_named_in_passing_does_not_rule_out_the_story_s_own_towns(
        homecoming: GeocodeStage) -> None:
    text = ("Families welcomed soldiers home from Kuwait . They live in Ringgold and "
            "Rossville . The major is from Lafayette .")
    places = run(homecoming, text, [("Kuwait", "GPE"), ("Ringgold", "GPE"),
                                    ("Rossville", "GPE"), ("Lafayette", "GPE")])
    assert by_text(places, text, "Lafayette").lat == 34.70


# -- a town in a list after a place cue, though a person of the story bears its name ----------

@pytest.mark.parametrize(("text", "placed"), [
    ("Crews from Harrison , Kearny and Nutley came . Chief Tom Harrison said so .", True),
    ("Crews and Harrison , Kearny and Nutley came . Chief Tom Harrison said so .", False),
])
def test_a_town_listed_with_places_after_a_cue_is_a_town_though_a_person_bears_it(
        text: str, placed: bool) -> None:
    stage = stage_of([
        (town(5099000, "Harrison", 40.75, -74.16, "USA", 15_500, "NJ"), []),
        (town(5099500, "Kearny", 40.77, -74.15, "USA", 42_000, "NJ"), []),
        (town(5102000, "Nutley", 40.82, -74.16, "USA", 28_000, "NJ"), []),
    ])
    places = run(stage, text, [("Harrison", "PERSON"), ("Kearny", "GPE"), ("Nutley", "GPE"),
                               ("Tom Harrison", "PERSON")])
    harrison = [p for p in places if p.name == "Harrison"]
    assert bool(harrison and harrison[0].mentions) == placed
