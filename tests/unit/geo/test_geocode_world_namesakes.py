"""A world city or a province over a small American town that bears its name, in an American
story that names neither the town's state nor its towns (our own sentences, hand-built parses,
a small in-memory gazetteer with rounded real coordinates)."""
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
        (region(4971068, "Maine", "admin1", 45.5, -69.25, "USA", population=1_340_000,
                code="ME"), []),
        (town(4957280, "Bangor", 44.80, -68.77, "USA", 32_000, "ME"), []),
        (town(4963000, "Ellsworth", 44.54, -68.42, "USA", 8_000, "ME"), []),
        (town(4974000, "Orono", 44.88, -68.67, "USA", 11_000, "ME"), []),
        (region(6252001, "United States", "country", 39.76, -98.5, "USA",
                population=327_000_000), []),
        (town(4975000, "Paris", 44.26, -70.50, "USA", 5_000, "ME"), []),
        (Candidate(pid=2988507, name="Paris", kind="city", feature_code="PPLC", country="FRA",
                   lat=48.85, lon=2.35, population=2_140_000), []),
        (region(5165418, "Ohio", "admin1", 40.25, -83.0, "USA", population=11_700_000,
                code="OH"), []),
        # a town as big as a local story's far hamlets are not (the real Toronto, Ohio, is
        # smaller): only the world city's size speaks against it
        (town(5174000, "Toronto", 40.46, -80.60, "USA", 25_000, "OH"), []),
        (town(2146000, "Toronto", -33.01, 151.59, "AUS", 5_700, "02"), []),
        (Candidate(pid=6167866, name="Toronto county", kind="admin2", feature_code="ADM2",
                   country="CAN", lat=43.71, lon=-79.40, population=3_180_000,
                   admin1_code="08"), ["Toronto"]),
        (town(6167865, "Toronto", 43.70, -79.42, "CAN", 2_790_000, "08"), []),
        (town(5161000, "Steubenville", 40.37, -80.63, "USA", 18_000, "OH"), []),
        (region(6115047, "Quebec", "admin1", 52.0, -72.0, "CAN", population=8_500_000,
                code="10"), []),
        (town(4839000, "New Britain", 41.66, -72.78, "USA", 72_000, "CT"), ["Quebec"]),
    ])


def test_a_world_city_beats_a_small_town_of_another_state(stage: GeocodeStage) -> None:
    text = "Gov. Mills of Maine spoke in Bangor . The owner is based in Toronto ."
    place = at(run(stage, text, [("Maine", "GPE"), ("Bangor", "GPE"), ("Toronto", "GPE")]),
               text, "Toronto")
    assert place is not None and place.country == "CAN"


def test_the_small_town_wins_when_the_story_is_in_its_state(stage: GeocodeStage) -> None:
    text = "Officials in Steubenville , Ohio , said the buyer is based in Toronto ."
    place = at(run(stage, text, [("Steubenville", "GPE"), ("Ohio", "GPE"),
                                 ("Toronto", "GPE")]), text, "Toronto")
    assert place is not None and place.country == "USA"


def test_a_town_of_the_articles_state_keeps_a_capitals_name(stage: GeocodeStage) -> None:
    text = "Officials in Bangor , Maine , said the fair in Paris opens Friday ."
    place = at(run(stage, text, [("Bangor", "GPE"), ("Maine", "GPE"), ("Paris", "GPE")]),
               text, "Paris")
    assert place is not None and place.country == "USA"


def test_a_provinces_own_name_beats_a_towns_alternate_name(stage: GeocodeStage) -> None:
    text = "Officials in Bangor , Maine , said the company closed a mill in Quebec ."
    place = at(run(stage, text, [("Bangor", "GPE"), ("Maine", "GPE"), ("Quebec", "GPE")]),
               text, "Quebec")
    assert place is not None and place.feature_code == "ADM1" and place.country == "CAN"


# -- a state's name listed with a town of the story's state -------------------------------------

@pytest.fixture(scope="module")
def minnesota() -> GeocodeStage:
    return stage_of([
        (region(5037779, "Minnesota", "admin1", 46.25, -94.25, "USA", population=5_600_000,
                code="MN"), []),
        (town(5024719, "Duluth", 46.78, -92.11, "USA", 86_000, "MN"), []),
        (town(5046997, "Virginia", 47.52, -92.54, "USA", 8_700, "MN"), []),
        (town(5029500, "Hibbing", 47.43, -92.94, "USA", 16_000, "MN"), []),
        (region(6254928, "Virginia", "admin1", 37.5, -78.9, "USA", population=8_500_000,
                code="VA"), []),
        (region(4155751, "Florida", "admin1", 28.75, -82.5, "USA", population=21_000_000,
                code="FL"), []),
        (town(5117000, "Florida", 41.33, -74.36, "USA", 2_900, "NY"), []),
        (town(5128581, "New York City", 40.71, -74.01, "USA", 8_800_000, "NY"), []),
        (town(4351000, "Frederick", 39.41, -77.41, "USA", 72_000, "MD"), []),
        (region(4361885, "Maryland", "admin1", 39.0, -76.75, "USA", population=6_000_000,
                code="MD"), []),
    ])


def test_a_states_name_listed_with_a_town_of_the_storys_state_is_the_town(
        minnesota: GeocodeStage) -> None:
    text = ("Cold gripped Minnesota and Hibbing on Tuesday . Shelters in Duluth and Virginia "
            "were full .")
    places = run(minnesota, text, [("Minnesota", "GPE"), ("Hibbing", "GPE"),
                                   ("Duluth", "GPE"), ("Virginia", "GPE")])
    place = at(places, text, "Virginia")
    assert place is not None and place.feature_code == "PPL" and place.lat == 47.52


def test_a_state_listed_with_a_city_of_another_state_stays_the_state(
        minnesota: GeocodeStage) -> None:
    text = ("Agents in Frederick , Maryland , spoke . Reporters in New York City and Florida "
            "waited .")
    places = run(minnesota, text, [("Frederick", "GPE"), ("Maryland", "GPE"),
                                   ("New York City", "GPE"), ("Florida", "GPE")])
    place = at(places, text, "Florida")
    assert place is not None and place.feature_code == "ADM1"


def test_a_towns_alternate_name_a_unit_holding_it_bears_is_not_borrowed() -> None:
    from dataclasses import replace

    from newsevents.resources.gazetteer import MATCH_ALIAS, MATCH_NAME
    from newsevents.stages.places.lookup import borrowed

    state = replace(region(4197000, "Georgia", "admin1", 32.75, -83.5, "USA",
                           population=10_700_000, code="GA"), match=MATCH_NAME)
    country = replace(region(614540, "Georgia", "country", 42.0, 43.5, "GEO",
                             population=3_700_000), match=MATCH_NAME)
    held = replace(town(4200000, "Georgia Town", 33.0, -84.0, "USA", 2_000, "GA"),
                   match=MATCH_ALIAS)  # in the state: its namesake, not a borrowed name
    away = replace(town(5100000, "Quebec Town", 41.66, -72.78, "USA", 72_000, "CT"),
                   match=MATCH_ALIAS)  # held by neither
    assert borrowed([state, country, held, away]) == {away.pid}


@pytest.mark.parametrize(("name", "city", "borrowed_by_hamlet"), [
    ("Zaporizhzhya", 710_000, False),
    ("Zaporizhzhya", 30_000, True),  # not a big city
    ("Saint Zorblat", 710_000, True),  # a nickname ("Mound City" for St. Louis), no spelling
])
def test_a_big_city_keeps_a_spelling_of_its_name_a_hamlet_of_its_country_bears(
        name: str, city: int, borrowed_by_hamlet: bool) -> None:
    from dataclasses import replace

    from newsevents.resources.gazetteer import MATCH_ALIAS, MATCH_NAME
    from newsevents.stages.places.lookup import borrowed

    hamlet = replace(town(700001, "Zaporizhzhia", 46.96, 35.04, "UKR", 656, "26"),
                     match=MATCH_NAME)
    big = replace(town(687700, name, 47.85, 35.12, "UKR", city, "26"), match=MATCH_ALIAS)
    assert (big.pid in borrowed([hamlet, big])) == borrowed_by_hamlet


# -- a name the text calls a county counts only its counties ----------------------------------

@pytest.fixture(scope="module")
def indiana() -> GeocodeStage:
    def county(pid: int, name: str, lat: float, lon: float, population: int,
               code: str) -> Candidate:
        return Candidate(pid=pid, name=f"{name} County", kind="admin2", feature_code="ADM2",
                         country="USA", lat=lat, lon=lon, population=population,
                         admin1_code=code)
    return stage_of([
        (region(4921868, "Indiana", "admin1", 40.0, -86.25, "USA", population=6_800_000,
                code="IN"), []),
        (town(4919987, "Kokomo", 40.49, -86.13, "USA", 58_000, "IN"), []),
        (town(4926000, "Russiaville", 40.42, -86.27, "USA", 1_100, "IN"), []),
        (county(4256000, "Howard", 40.48, -86.11, 83_000, "IN"), ["Howard"]),
        (county(4258000, "Hamilton", 40.08, -86.05, 350_000, "IN"), ["Hamilton"]),
        (county(4517000, "Hamilton", 39.19, -84.52, 830_000, "OH"), ["Hamilton"]),
        (town(4513000, "Hamilton", 39.40, -84.56, "USA", 62_000, "OH"), []),
        (Candidate(pid=3573197, name="Hamilton", kind="admin1", feature_code="ADM1",
                   country="BMU", lat=32.35, lon=-64.72, population=5_900,
                   admin1_code="02"), []),
    ])


@pytest.mark.parametrize(("text", "ents"), [
    ("Deputies of Hamilton County searched woods near Russiaville and Kokomo , Indiana .",
     [("Hamilton County", "GPE"), ("Russiaville", "GPE"), ("Kokomo", "GPE"),
      ("Indiana", "GPE")]),
    ("Deputies from Howard and Hamilton counties searched woods near Russiaville and "
     "Kokomo , Indiana .",
     [("Howard", "GPE"), ("Hamilton", "GPE"), ("Russiaville", "GPE"), ("Kokomo", "GPE"),
      ("Indiana", "GPE")]),
])
def test_a_county_of_the_storys_state_beats_a_bigger_one_and_a_parish_abroad(
        indiana: GeocodeStage, text: str, ents: list[tuple[str, str]]) -> None:
    surface = "Hamilton County" if "Hamilton County" in text else "Hamilton"
    place = at(run(indiana, text, ents), text, surface)
    assert place is not None and place.feature_code == "ADM2" and place.lat == 40.08


# -- a big city the model takes for a facility ------------------------------------------------

@pytest.fixture(scope="module")
def ports() -> GeocodeStage:
    return stage_of([
        (town(377039, "Port Sudan", 19.62, 37.22, "SDN", 490_000, "36"), []),
        (town(3718426, "Port-au-Prince", 18.54, -72.34, "HTI", 1_235_000, "11"), []),
        (town(4654000, "Port Royal", 32.38, -80.69, "USA", 13_000, "SC"), []),
        (region(366755, "Sudan", "country", 16.0, 30.0, "SDN", population=42_000_000), []),
    ])


@pytest.mark.parametrize(("text", "name", "lat"), [
    ("The army moved to Port Sudan on Monday .", "Port Sudan", 19.62),
    ("Gangs control most of Port-au-Prince , officials said .", "Port-au-Prince", 18.54),
])
def test_a_big_citys_own_name_tagged_as_a_facility_is_the_city(
        ports: GeocodeStage, text: str, name: str, lat: float) -> None:
    place = at(run(ports, text, [(name, "FAC")]), text, name)
    assert place is not None and place.lat == lat and place.feature_code == "PPL"


def test_a_small_towns_own_name_tagged_as_a_facility_is_not_the_town(
        ports: GeocodeStage) -> None:
    text = "Sailors left Port Royal in Sudan on Monday ."
    place = at(run(ports, text, [("Port Royal", "FAC"), ("Sudan", "GPE")]), text, "Port Royal")
    assert place is None or place.feature_code != "PPL"


# -- a small province abroad does not make a name a province's ---------------------------------

@pytest.mark.parametrize(("population", "towns"), [(14_400, True), (3_200_000, False)])
def test_a_small_province_abroad_leaves_the_name_to_the_articles_province(
        population: int, towns: bool) -> None:
    from newsevents.stages.places.groups import towns_only

    cands = [
        Candidate(pid=1710500, name="Isabela", kind="admin2", feature_code="ADM2",
                  country="PHL", lat=17.04, lon=121.76, population=770_000, admin1_code="02"),
        town(1710519, "Isabela", 10.20, 122.99, "PHL", 15_900, "06"),
        Candidate(pid=4565000, name="Isabela", kind="admin1", feature_code="ADM1",
                  country="PRI", lat=18.48, lon=-67.03, population=population,
                  admin1_code="071"),
    ]
    assert towns_only(cands) == towns  # a small municipio is no province's name


# -- "the Bolivian city of X": the demonym's country holds the name ---------------------------

@pytest.fixture(scope="module")
def americas() -> GeocodeStage:
    from newsevents.resources.gazetteer import InMemoryGazetteer

    return GeocodeStage(InMemoryGazetteer([
        (town(3623000, "Santa Cruz", 9.93, -84.45, "CRI", 60_000, "05"), []),
        (town(3903000, "Santa Cruz", -17.8, -63.17, "BOL", 1_830_000, "08"), []),
        (region(3923057, "Bolivia", "country", -17.0, -65.0, "BOL", population=11_000_000),
         []),
        (region(3595528, "Guatemala", "country", 15.5, -90.25, "GTM", population=17_000_000),
         []),
        (town(3530000, "Tapachula", 14.90, -92.26, "MEX", 220_000, "05"), []),
    ], demonyms={"bolivian": "BOL", "guatemalan": "GTM"}))


def test_a_demonym_before_a_settlement_noun_puts_the_name_in_its_country(
        americas: GeocodeStage) -> None:
    text = "Migrants reached the Bolivian city of Santa Cruz on Monday ."
    place = at(run(americas, text, [("Bolivian", "NORP"), ("Santa Cruz", "GPE")]), text,
               "Santa Cruz")
    assert place is not None and place.country == "BOL"


def test_an_unknown_name_so_introduced_is_placed_in_the_demonyms_country(
        americas: GeocodeStage) -> None:
    text = "Migrants left the Guatemalan border town of Zorblat Quux for Tapachula ."
    place = at(run(americas, text, [("Guatemalan", "NORP"), ("Zorblat Quux", "GPE"),
                                    ("Tapachula", "GPE")]), text, "Zorblat Quux")
    assert place is not None and place.country == "GTM"


# -- "a Malta man": a town's people, where a country's would be "Maltese" --------------------

@pytest.mark.parametrize(("text", "country"), [
    ("A Malta man was arrested near Glasgow on Tuesday .", "USA"),
    ("Police said a Malta woman was hurt near Glasgow on Tuesday .", "USA"),
    ("Flights to Malta resumed on Tuesday .", "MLT"),  # no people after it: the country
])
def test_a_name_before_a_noun_of_people_is_a_towns_not_a_countrys(text: str,
                                                                 country: str) -> None:
    stage = stage_of([
        (region(2562770, "Malta", "country", 35.92, 14.41, "MLT", population=480_000), []),
        (town(5660000, "Malta", 48.36, -107.87, "USA", 2_000, "MT"), []),
        (town(5656000, "Glasgow", 48.20, -106.64, "USA", 3_400, "MT"), []),
    ])
    ents = [("Malta", "GPE")] + ([("Glasgow", "GPE")] if "Glasgow" in text else [])
    place = at(run(stage, text, ents), text, "Malta")
    assert place is not None and place.country == country


def test_a_state_listed_with_a_big_city_of_the_storys_state_stays_the_state(
        minnesota: GeocodeStage) -> None:
    text = ("Agents in New York City spoke on Monday . Reporters in New York City and Florida "
            "waited .")
    places = run(minnesota, text, [("New York City", "GPE"), ("New York City", "GPE"),
                                   ("Florida", "GPE")])
    place = at(places, text, "Florida")
    assert place is not None and place.feature_code == "ADM1"


@pytest.fixture(scope="module")
def delaware() -> GeocodeStage:
    return stage_of([
        (region(4142224, "Delaware", "admin1", 39.0, -75.5, "USA", population=990_000,
                code="DE"), ["Del."]),
        (region(5843591, "Wyoming", "admin1", 43.0, -107.5, "USA", population=580_000,
                code="WY"), []),
        (town(4142290, "Dover", 39.16, -75.52, "USA", 38_000, "DE"), []),
        (town(4141363, "Camden", 39.11, -75.54, "USA", 3_500, "DE"), []),
        (town(4501018, "Camden", 39.93, -75.12, "USA", 71_000, "NJ"), []),
        (town(4994391, "Wyoming", 42.91, -85.71, "USA", 75_000, "MI"), []),
        (town(4984000, "Camden", 41.76, -84.76, "USA", 500, "MI"), []),
        (town(4143861, "Wyoming", 39.12, -75.56, "USA", 1_500, "DE"), []),
        (town(4140000, "Felton", 39.01, -75.58, "USA", 1_400, "DE"), []),
        (town(4502000, "Magnolia", 39.85, -75.04, "USA", 4_400, "NJ"), []),
        (town(5161000, "Magnolia", 40.65, -81.30, "USA", 1_000, "OH"), []),
    ])


def test_a_states_name_in_a_list_of_small_towns_of_the_storys_state_is_the_town(
        delaware: GeocodeStage) -> None:
    text = ("Farmers near Felton waited on Monday . Others near Camden , Wyoming and Magnolia "
            "said they would plant .")
    places = run(delaware, text, [("Felton", "GPE"), ("Camden", "GPE"), ("Wyoming", "GPE"),
                                  ("Magnolia", "GPE")], dateline="DOVER, Del.")
    place = at(places, text, "Wyoming")
    assert place is not None and place.feature_code == "PPL" and place.lat == 39.12
