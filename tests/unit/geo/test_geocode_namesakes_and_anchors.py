"""Namesakes and anchors: a city of the country its sentence names, a state qualifying a name
in a story from a namesake, world cities over hamlets, a list's neighbour as the first pass
read it, a city by the opening of its own name, names joined by "upon", a local story that
names a far country once, and a facility near a town (our own sentences, hand-built parses,
small in-memory gazetteers with rounded real coordinates)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.model import Place
from newsevents.stages.places import GeocodeStage

from .gazdata import stage_of
from .test_geocode_recall import region, run, town
from .test_geocode_recall_cues import at


# -- a city of the country its sentence names ----------------------------------------------------

@pytest.fixture(scope="module")
def tripolis() -> GeocodeStage:
    return stage_of([
        (region(163843, "Syria", "country", 35.0, 38.0, "SYR", population=16_900_000), []),
        (region(272103, "Lebanon", "country", 33.83, 35.83, "LBN", population=6_800_000), []),
        (town(170005, "Aleppo", 36.2, 37.16, "SYR", 2_098_000, "09"), []),
        (town(170063, "Raqqa", 35.95, 39.01, "SYR", 177_000, "04"), []),
        (replace(town(2210247, "Tripoli", 32.89, 13.19, "LBY", 1_300_000, "77"),
                 feature_code="PPLC"), []),
        (town(266826, "Tripoli", 34.44, 35.85, "LBN", 229_000, "09"), []),
    ])


def test_a_city_of_the_country_its_sentence_names_beats_a_capital_abroad(
        tripolis: GeocodeStage) -> None:
    text = ("Syria said families fled Aleppo on Monday . Syria 's army took Raqqa , and Syria "
            "asked for aid . Many came back from Lebanon , where they had lived in camps around "
            "the northern city of Tripoli .")
    ents = [("Syria", "GPE"), ("Aleppo", "GPE"), ("Syria", "GPE"), ("Raqqa", "GPE"),
            ("Syria", "GPE"), ("Lebanon", "GPE"), ("Tripoli", "GPE")]
    place = at(run(tripolis, text, ents), text, "Tripoli")
    assert place is not None and place.country == "LBN"


def test_a_countrys_name_does_not_pull_its_own_capital(tripolis: GeocodeStage) -> None:
    text = "Families fled Aleppo and Raqqa for Lebanon on Monday ."
    place = at(run(tripolis, text, [("Aleppo", "GPE"), ("Raqqa", "GPE"), ("Lebanon", "GPE")]),
               text, "Lebanon")
    assert place is not None and place.feature_code == "PCLI"


# -- a state qualifying a name in a story from a namesake ----------------------------------------

@pytest.fixture(scope="module")
def mariettas() -> GeocodeStage:
    return stage_of([
        (region(4197000, "Georgia", "admin1", 32.75, -83.5, "USA", population=10_700_000,
                code="GA"), ["Ga."]),
        (region(5165418, "Ohio", "admin1", 40.25, -83.0, "USA", population=11_700_000,
                code="OH"), []),
        (town(4207783, "Marietta", 33.95, -84.55, "USA", 59_000, "GA"), []),
        (town(4516233, "Marietta", 39.42, -81.45, "USA", 13_000, "OH"), []),
    ])


def place_at(places: tuple[Place, ...], start: int) -> Place | None:
    return next((p for p in places if any(s.start == start for s in p.mentions)), None)


def test_a_name_a_state_qualifies_is_not_the_datelines_namesake(mariettas: GeocodeStage
                                                                ) -> None:
    text = ("Marietta police chased a truck on Monday . It struck a car driven by a tourist "
            "from Marietta , Ohio , who was treated .")
    places = run(mariettas, text, [("Marietta", "GPE"), ("Marietta", "GPE"), ("Ohio", "GPE")],
                 dateline="MARIETTA, Ga.")
    home, visitor = place_at(places, 0), place_at(places, text.index("Marietta ,"))
    assert home is not None and home.lat == 33.95
    assert visitor is not None and visitor.lat == 39.42


def test_a_bare_name_in_a_story_from_its_town_is_the_town_though_a_state_qualifies_it_once(
        mariettas: GeocodeStage) -> None:
    text = ("Marietta police chased a truck on Monday . A tourist from Marietta , Ohio , was "
            "hurt . Marietta officials closed the road .")
    places = run(mariettas, text, [("Marietta", "GPE"), ("Marietta", "GPE"), ("Ohio", "GPE"),
                                   ("Marietta", "GPE")], dateline="MARIETTA, Ga.")
    last = place_at(places, text.rindex("Marietta"))
    assert last is not None and last.lat == 33.95


# -- world cities and their hamlets; a list's neighbour as the first pass read it ------------------

@pytest.fixture(scope="module")
def abroad() -> GeocodeStage:
    return stage_of([
        (region(2963597, "Ireland", "country", 53.0, -8.0, "IRL", population=4_900_000), []),
        (town(2964180, "Galway", 53.27, -9.05, "IRL", 80_000, "C"), []),
        (town(2966000, "Boston", 52.95, -8.65, "IRL", 570, "M"), []),
        (town(4930956, "Boston", 42.36, -71.06, "USA", 675_000, "MA"), []),
        (town(4887398, "Chicago", 41.85, -87.65, "USA", 2_700_000, "IL"), []),
    ])


def test_a_hamlet_of_the_storys_country_does_not_take_a_big_citys_name(abroad: GeocodeStage
                                                                        ) -> None:
    text = ("Hotels in Galway , Ireland , filled on Monday . Ireland welcomed visitors from "
            "Boston and Chicago .")
    ents = [("Galway", "GPE"), ("Ireland", "GPE"), ("Ireland", "GPE"), ("Boston", "GPE"),
            ("Chicago", "GPE")]
    place = at(run(abroad, text, ents), text, "Boston")
    assert place is not None and place.country == "USA"


@pytest.fixture(scope="module")
def flights() -> GeocodeStage:
    return stage_of([
        (region(6251999, "Canada", "country", 60.0, -95.0, "CAN", population=37_000_000), []),
        (region(1694008, "Philippines", "country", 13.0, 122.0, "PHL", population=106_000_000),
         []),
        (town(6173331, "Vancouver", 49.25, -123.12, "CAN", 600_000, "02"), []),
        (replace(town(1701668, "Manila", 14.6, 120.98, "PHL", 1_600_000, "NCR"),
                 feature_code="PPLC"), []),
        (town(1690000, "San Francisco", 8.54, 125.95, "PHL", 80_000, "13"), []),
        (town(1690001, "Los Angeles", 9.01, 125.61, "PHL", 4_000, "13"), []),
        (town(5391959, "San Francisco", 37.77, -122.42, "USA", 827_000, "CA"), []),
        (town(5368361, "Los Angeles", 34.05, -118.24, "USA", 3_800_000, "CA"), []),
    ])


def test_a_town_listed_with_a_city_the_first_pass_read_abroad_is_not_its_local_namesake(
        flights: GeocodeStage) -> None:
    text = ("Air Canada will fly from Vancouver to Manila , giving Canada a link to the "
            "Philippines . Many now fly via Los Angeles and San Francisco .")
    ents = [("Canada", "ORG"), ("Vancouver", "GPE"), ("Manila", "GPE"), ("Canada", "GPE"),
            ("Philippines", "GPE"), ("Los Angeles", "GPE"), ("San Francisco", "GPE")]
    place = at(run(flights, text, ents), text, "San Francisco")
    assert place is not None and place.country == "USA"


# -- a city called by the opening of its own name; names joined by "upon" -------------------------

@pytest.mark.parametrize(("city", "population", "borrowed_by_town"), [
    ("Newcastle upon Tyne", 300_000, False),  # the town's name opens the city's
    ("Newcastle upon Tyne", 50_000, True),  # not ten times the town
    ("Upper Newcastle", 300_000, True),  # the town's name does not open it
])
def test_a_big_city_keeps_the_opening_of_its_name_a_town_of_its_country_bears(
        city: str, population: int, borrowed_by_town: bool) -> None:
    from newsevents.resources.gazetteer import MATCH_ALIAS, MATCH_NAME
    from newsevents.stages.places.lookup import borrowed

    small = replace(town(2641000, "Newcastle", 54.22, -5.89, "GBR", 7_400, "NIR"),
                    match=MATCH_NAME)
    big = replace(town(2641170, city, 54.97, -1.61, "GBR", population, "ENG"),
                  match=MATCH_ALIAS)
    assert (big.pid in borrowed([small, big])) == borrowed_by_town


@pytest.fixture(scope="module")
def kingstons() -> GeocodeStage:
    return stage_of([
        (replace(town(3489854, "Kingston", 17.99, -76.79, "JAM", 937_000, "08"),
                 feature_code="PPLC"), []),
        (town(2645000, "Kingston upon Thames", 51.41, -0.3, "GBR", 10_000, "ENG"), []),
    ])


def test_a_name_cut_before_upon_is_joined(kingstons: GeocodeStage) -> None:
    text = "Prices in Kingston upon Thames rose on Monday ."
    place = at(run(kingstons, text, [("Kingston", "GPE")]), text, "Kingston upon Thames")
    assert place is not None and place.country == "GBR"


# -- a local story that names a far country once -------------------------------------------------

@pytest.fixture(scope="module")
def gresham() -> GeocodeStage:
    return stage_of([
        (town(5729080, "Gresham", 45.5, -122.43, "USA", 110_000, "OR"), []),
        (town(5756304, "Troutdale", 45.54, -122.39, "USA", 16_600, "OR"), []),
        (region(690791, "Ukraine", "country", 49.0, 32.0, "UKR", population=44_600_000), []),
    ])


def test_an_unknown_street_of_a_local_story_that_names_a_far_country_once_is_local(
        gresham: GeocodeStage) -> None:
    text = ("Crews from Gresham and Troutdale fought a fire on Monday . Police closed Stark "
            "Street . A family from Ukraine lost its home in Gresham , and Troutdale sent "
            "food .")
    ents = [("Gresham", "GPE"), ("Troutdale", "GPE"), ("Stark Street", "FAC"),
            ("Ukraine", "GPE"), ("Gresham", "GPE"), ("Troutdale", "GPE")]
    place = at(run(gresham, text, ents), text, "Stark Street")
    assert place is not None and place.country == "USA" and place.lat is not None


# -- a facility near a town ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def roads() -> GeocodeStage:
    return stage_of([
        (region(6251999, "Canada", "country", 60.0, -95.0, "CAN", population=37_000_000), []),
        (town(4180439, "Atlanta", 33.75, -84.39, "USA", 500_000, "GA"), []),
        (region(5549030, "Utah", "admin1", 39.5, -111.5, "USA", population=3_000_000,
                code="UT"), []),
        (town(5780993, "Salt Lake City", 40.76, -111.89, "USA", 215_000, "UT"), []),
    ])


def test_an_unknown_road_near_a_town_is_placed_at_it(roads: GeocodeStage) -> None:
    text = "A truck from Canada overturned on I-285 near Atlanta on Monday ."
    place = at(run(roads, text, [("Canada", "GPE"), ("I-285", "FAC"), ("Atlanta", "GPE")]),
               text, "I-285")
    assert place is not None and place.lat == 33.75


def test_a_facility_named_for_its_state_near_a_town_of_it_is_placed_at_the_town(
        roads: GeocodeStage) -> None:
    text = "He was taken to the Utah State Prison near Salt Lake City on Monday ."
    place = at(run(roads, text, [("Utah State Prison", "FAC"), ("Salt Lake City", "GPE")]),
               text, "Utah State Prison")
    assert place is not None and place.lat == 40.76


def test_a_hamlet_of_the_storys_own_province_keeps_its_name() -> None:
    stage = stage_of([
        (region(6254928, "Virginia", "admin1", 37.5, -78.9, "USA", population=8_500_000,
                code="VA"), []),
        (town(4744709, "Abingdon", 36.71, -81.98, "USA", 8_000, "VA"), []),
        (town(4747845, "Bristol", 36.6, -82.19, "USA", 17_000, "VA"), []),
        (town(4755280, "Damascus", 36.63, -81.79, "USA", 800, "VA"), []),
        (replace(town(170654, "Damascus", 33.51, 36.29, "SYR", 1_570_000, "13"),
                 feature_code="PPLC"), []),
    ])
    text = ("Hikers left Abingdon and Bristol in Virginia on Monday . The trail runs from "
            "Abingdon through Damascus to the state line .")
    ents = [("Abingdon", "GPE"), ("Bristol", "GPE"), ("Virginia", "GPE"), ("Abingdon", "GPE"),
            ("Damascus", "GPE")]
    place = at(run(stage, text, ents), text, "Damascus")
    assert place is not None and place.country == "USA"
