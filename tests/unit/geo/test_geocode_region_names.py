"""Names news gives regions and the places inside them: a first-level region by the English name
a reader sees for it, a Persian pair with a hyphen, a former province by its own name, a list
whose last item opens with "the", a place "in the southern province of" or "a village in"
another, a city called by the opening of the name it was given in full, a name the model cut
before its particle, the head of an Arabic name, disease names, a continent's whole, a
country's short name and a state's old name (our own sentences, hand-built parses, small
in-memory gazetteers with rounded real coordinates)."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.model import Place
from newsevents.resources import gazetteer as gz
from newsevents.resources import gazetteer_build as build
from newsevents.resources.gazetteer import Candidate
from newsevents.stages.places import GeocodeStage
from newsevents.stages.places.context import containers, siblings

from . import gazdata
from .gazdata import stage_of, table_region, write_sources
from .test_geocode_joins_and_containers import run as run_parsed
from .test_geocode_joins_and_containers import toponyms_of
from .test_geocode_recall import region, run, town
from .test_geocode_recall_cues import at

# -- the index -----------------------------------------------------------------------------------

EXTRA_SUBDIVISIONS = [  # name, iso code, geonames code, geonameid, type, aliases, level
    ("Dagestan, Respublika", "RU-DA", "RU.17", "567293", "Republic", "Dagestan Republic", "1"),
    ("Sīstān va Balūchestān", "IR-SB", "IR.04", "1159456", "Province",
     "Sistan and Baluchestan Province", "1"),
    ("Al Janūb", "LB-JA", "LB.06", "555", "Governorate", "South Governorate", "1"),
]


@pytest.fixture()
def index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> gz.SQLiteGazetteer:
    monkeypatch.setattr(gazdata, "SUBDIVISIONS", gazdata.SUBDIVISIONS + EXTRA_SUBDIVISIONS)
    path = build.build_index(write_sources(tmp_path / "src"), tmp_path / "g.sqlite",
                             version="t")
    return gz.open_index(path, version="t")


@pytest.mark.parametrize(("name", "country"), [
    ("Dagestan", "RUS"),  # the English name of "Dagestan, Respublika"
    ("Sistan-Baluchestan", "IRN"),  # "Sistan va Baluchestan" as news writes it
])
def test_a_first_level_region_is_found_by_the_name_news_gives_it(
        index: gz.SQLiteGazetteer, name: str, country: str) -> None:
    assert [(c.kind, c.country) for c in index.candidates(name)] == [("admin1", country)]


def test_a_region_is_not_found_by_a_compass_word_alone(index: gz.SQLiteGazetteer) -> None:
    assert not [c for c in index.candidates("South") if c.kind == "admin1"]


# -- a former province by its own name -----------------------------------------------------------

@pytest.fixture(scope="module")
def provinces() -> GeocodeStage:
    return stage_of([
        (region(1562822, "Vietnam", "country", 16.0, 106.0, "VNM", population=96_000_000), []),
        (table_region(-9001, "Long An", "ADM1H", 10.7, 106.2, "VNM"), []),
        (table_region(-9002, "Tien Giang", "ADM1H", 10.4, 106.3, "VNM"), []),
        (town(1580541, "Long", 18.07, 99.83, "THA", 11_800, "50"), []),
    ])


def untagged(stage: GeocodeStage, text: str, pos: dict[str, str]) -> tuple[Place, ...]:
    """The places of a text the model tagged nothing in, `pos` overriding the capitalised
    words' PROPN."""
    return run_parsed(stage, text, [], pos=pos)


@pytest.mark.parametrize("pos", ["PROPN", "DET"])
def test_a_former_province_after_a_place_cue_is_read_whole(provinces: GeocodeStage,
                                                           pos: str) -> None:
    text = "Bird flu was found on farms in Long An province on Monday ."
    place = at(untagged(provinces, text, {"An": pos}), text, "Long An")
    assert place is not None and place.feature_code == "ADM1H" and place.country == "VNM"


def test_a_former_province_in_a_list_after_a_cue_is_read(provinces: GeocodeStage) -> None:
    text = "Culling went on in Tien Giang on Monday ."
    place = at(untagged(provinces, text, {}), text, "Tien Giang")
    assert place is not None and place.feature_code == "ADM1H"


def test_a_capitalised_determiner_opening_a_sentence_is_no_name(provinces: GeocodeStage
                                                                 ) -> None:
    text = "An outbreak was found on farms on Monday ."
    assert untagged(provinces, text, {"An": "DET"}) == ()


# -- lists and containers ------------------------------------------------------------------------

def test_a_list_whose_last_item_opens_with_the_holds_no_container() -> None:
    text = "Among them China , Japan , and the United Kingdom warned travellers ."
    tops = toponyms_of(text, ["China", "Japan", "United Kingdom"])
    assert containers(tops, text) == {}
    assert siblings(tops, text) == [(0, 1), (1, 2)]


@pytest.mark.parametrize(("text", "names"), [
    ("Water at the Mazar dam in the southern province of Azuay fell .", ["Mazar dam", "Azuay"]),
    ("Clashes hit Kadugli in the state of South Kordofan .", ["Kadugli", "South Kordofan"]),
    ("Floods reached Rivas , in the western department of Rivera .", ["Rivas", "Rivera"]),
])
def test_a_place_in_the_unit_of_another_is_held_by_it(text: str, names: list[str]) -> None:
    assert containers(toponyms_of(text, names), text) == {0: 1}


def test_a_unit_of_another_without_in_is_no_container() -> None:
    text = "Mazar and the southern province of Azuay were dry ."
    assert containers(toponyms_of(text, ["Mazar", "Azuay"]), text) == {}


# -- a city called by the opening of its full name -----------------------------------------------

@pytest.fixture(scope="module")
def santiagos() -> GeocodeStage:
    return stage_of([
        (region(3562981, "Cuba", "country", 22.0, -79.5, "CUB", population=11_300_000), []),
        (region(3895114, "Chile", "country", -33.0, -71.0, "CHL", population=18_700_000), []),
        (town(3871336, "Santiago", -33.46, -70.65, "CHL", 4_837_000, "12"), []),
        (town(3536729, "Santiago de Cuba", 20.02, -75.82, "CUB", 555_000, "15"), []),
        (town(3904906, "Santa Cruz de la Sierra", -17.79, -63.18, "BOL", 1_831_000, "08"), []),
        (region(3904907, "Santa Cruz", "admin1", -17.0, -61.5, "BOL", population=2_260_000,
                code="08"), []),
    ])


def test_the_opening_of_a_name_given_in_full_is_that_place(santiagos: GeocodeStage) -> None:
    text = "Power failed in Santiago de Cuba on Monday . In Santiago , residents banged pots ."
    place = at(run(santiagos, text, [("Santiago de Cuba", "GPE"), ("Santiago", "GPE")]),
               text, "Santiago")
    assert place is not None and place.country == "CUB"


def test_the_opening_before_the_full_name_is_its_own_place(santiagos: GeocodeStage) -> None:
    text = "Flights from Santiago resumed on Monday . Santiago de Cuba was quiet ."
    place = at(run(santiagos, text, [("Santiago", "GPE"), ("Santiago de Cuba", "GPE")]),
               text, "Santiago")
    assert place is not None and place.country == "CHL"


def test_a_name_cut_before_its_particles_is_joined(santiagos: GeocodeStage) -> None:
    text = "Smoke closed the airport of Santa Cruz de la Sierra on Monday ."
    place = at(run(santiagos, text, [("Santa Cruz de la", "GPE")]), text,
               "Santa Cruz de la Sierra")
    assert place is not None and place.feature_code == "PPL"


# -- the head of an Arabic name ------------------------------------------------------------------

@pytest.fixture(scope="module")
def crossings() -> GeocodeStage:
    return stage_of([
        (town(170017, "Al Bab", 36.37, 37.52, "SYR", 130_000, "09"), ["Bab", "Al-Bab"]),
        (town(170005, "Aleppo", 36.2, 37.16, "SYR", 2_098_000, "09"), []),
        (region(163843, "Syria", "country", 35.0, 38.0, "SYR", population=16_900_000), []),
    ])


def test_the_head_of_an_arabic_name_is_no_place(crossings: GeocodeStage) -> None:
    text = "Trucks crossed at the Bab al-Hawa crossing on Monday ."
    place = at(run(crossings, text, [("Bab al-Hawa crossing", "FAC")]), text,
               "Bab al-Hawa crossing")
    assert place is None or place.name != "Al Bab"


def test_a_city_before_an_arabic_adjective_still_places_the_name(crossings: GeocodeStage
                                                                 ) -> None:
    text = "Doctors at the Aleppo al-Jadida hospital said on Monday ."
    place = at(run(crossings, text, [("Aleppo al-Jadida hospital", "FAC")]), text,
               "Aleppo al-Jadida hospital")
    assert place is not None and place.name == "Aleppo"


def test_a_name_and_the_abbreviation_after_its_comma_are_no_list() -> None:
    text = "She taught in Georgia , Vt . , before Calais ."
    assert siblings(toponyms_of(text, ["Georgia", "Vt ."]), text) == []


# -- names of diseases, of a continent's whole, and a country's short name -----------------------

@pytest.fixture(scope="module")
def world() -> GeocodeStage:
    from newsevents.resources.gazetteer import InMemoryGazetteer
    entries = [
        (Candidate(pid=-900001, name="Middle East", kind="region", feature_code="RGN",
                   country=None, lat=29.0, lon=41.0, population=0), []),
        (region(102358, "Saudi Arabia", "country", 24.0, 45.0, "SAU", population=33_700_000),
         []),
        (town(108410, "Riyadh", 24.69, 46.72, "SAU", 4_200_000, "10"), []),
        (region(1861060, "Japan", "country", 36.0, 138.0, "JPN", population=126_500_000), []),
        (region(6252001, "United States", "country", 39.8, -98.5, "USA",
                population=327_000_000), []),
        (region(1269750, "India", "country", 22.0, 79.0, "IND", population=1_352_600_000), []),
        (region(1278253, "Assam", "admin1", 26.0, 92.5, "IND", population=31_000_000,
                code="03"), []),
        (region(4736286, "Texas", "admin1", 31.25, -99.25, "USA", population=29_000_000,
                code="TX"), []),
        (region(203312, "Democratic Republic of the Congo", "country", -2.88, 23.66, "COD",
                population=84_000_000), ["Democratic Republic of Congo", "Congo"]),
        (region(2260494, "Congo", "country", -0.68, 15.22, "COG", population=5_200_000),
         ["Republic of the Congo"]),
        (town(2260535, "Brazzaville", -4.27, 15.28, "COG", 1_980_000, "12"), []),
    ]
    return GeocodeStage(InMemoryGazetteer(entries, demonyms={"Japanese": "JPN",
                                                             "American": "USA"}))


def tagged(stage: GeocodeStage, text: str, ents: list[tuple[str, str]],
           pos: dict[str, str]) -> tuple[Place, ...]:
    return run_parsed(stage, text, ents, pos=pos)


@pytest.mark.parametrize(("text", "ents", "pos"), [
    ("Deaths from Middle East respiratory syndrome rose in Riyadh .",
     [("Middle East", "LOC"), ("Riyadh", "GPE")], {"respiratory": "ADJ"}),
    ("Four cases of Japanese encephalitis were found in Assam .",
     [("Japanese", "NORP"), ("Assam", "GPE")], {}),
])
def test_a_name_before_adjectives_and_a_diseases_word_names_the_disease(
        world: GeocodeStage, text: str, ents: list[tuple[str, str]],
        pos: dict[str, str]) -> None:
    names = {p.name for p in tagged(world, text, ents, pos)}
    assert names == {ents[1][0]}


def test_a_name_before_a_person_and_a_disease_is_a_place(world: GeocodeStage) -> None:
    text = "A Texas man with flu died on Monday ."
    places = tagged(world, text, [("Texas", "GPE")], {"man": "NOUN", "with": "ADP"})
    assert {p.name for p in places} == {"Texas"}


def test_a_continents_whole_is_no_country(world: GeocodeStage) -> None:
    text = "Across the region , the Pan American Health Organization counted cases in Texas ."
    places = tagged(world, text, [("Pan American Health Organization", "ORG"),
                                  ("Texas", "GPE")], {})
    assert "United States" not in {p.name for p in places}


def test_a_countrys_short_name_is_the_country_named_in_full_before(world: GeocodeStage
                                                                   ) -> None:
    text = ("Officials in the Democratic Republic of Congo said the virus spread . Congo 's "
            "health ministry counted 40 deaths .")
    place = at(tagged(world, text, [("Democratic Republic of Congo", "GPE"), ("Congo", "GPE")],
                      {}), text, "Congo")
    assert place is not None and place.country == "COD"


def test_a_countrys_short_name_alone_is_left_to_the_context(world: GeocodeStage) -> None:
    text = "Congo 's health ministry counted 40 deaths in Brazzaville ."
    place = at(tagged(world, text, [("Congo", "GPE"), ("Brazzaville", "GPE")], {}), text,
               "Congo")
    assert place is not None and place.country == "COG"


@pytest.fixture(scope="module")
def capitals() -> GeocodeStage:
    return stage_of([
        (region(3471168, "Bahia", "admin1", -12.99, -40.77, "BRA", population=14_300_000,
                code="05"), []),
        (town(3450554, "Salvador", -12.98, -38.49, "BRA", 2_700_000, "05"), ["Bahia"]),
        (region(5128638, "New York", "admin1", 43.0, -75.5, "USA", population=19_500_000,
                code="NY"), []),
        (town(5128581, "New York City", 40.71, -74.01, "USA", 8_800_000, "NY"), ["New York"]),
    ])


def test_a_state_is_not_its_capital_that_once_bore_its_name(capitals: GeocodeStage) -> None:
    text = "Health officials in Bahia said cases rose ."
    place = at(run(capitals, text, [("Bahia", "GPE")]), text, "Bahia")
    assert place is not None and place.feature_code == "ADM1"


def test_a_state_named_like_the_big_city_in_it_is_the_city(capitals: GeocodeStage) -> None:
    text = "Health officials in New York said cases rose ."
    place = at(run(capitals, text, [("New York", "GPE")]), text, "New York")
    assert place is not None and place.feature_code == "PPL"


# -- "X, a village in Y" ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "names", "held"), [
    ("It is named after Sungai Nipah , a village in Malaysia 's Negeri Sembilan state .",
     ["Sungai Nipah", "Malaysia", "Negeri Sembilan"], {0: 2, 2: 1}),
    ("The healer lived in Koindu , a busy market town in eastern Sierra Leone .",
     ["Koindu", "Sierra Leone"], {0: 1}),
])
def test_a_place_a_settlements_noun_puts_in_another_is_held_by_it(
        text: str, names: list[str], held: dict[int, int]) -> None:
    assert containers(toponyms_of(text, names), text) == held


def test_a_persons_title_after_a_place_is_no_container() -> None:
    text = "Officials in Koindu , a town leader in Sierra Leone said , met on Monday ."
    assert containers(toponyms_of(text, ["Koindu", "Sierra Leone"]), text) == {}


# -- the packaged regions table ----------------------------------------------------------------

def test_former_and_historic_units_in_our_regions_table_name_their_country() -> None:
    rows = gazdata.data_rows("regions.csv")
    former = [r for r in rows if r["feature_code"] in {"ADM1H", "ADM2H"}]
    assert former and all(len(r["country"]) == 3 for r in former)
    names = [r["name"] for r in rows]
    assert len(set(names)) == len(names)
