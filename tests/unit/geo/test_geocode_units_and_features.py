"""Units named with their admin word inside other names and as "facilities", the short form of
a saint's name, natural features named after a region, and small towns known only by an
alternate name far from the article's main province (our own sentences, hand-built parses, a
small in-memory gazetteer with rounded real coordinates)."""
from __future__ import annotations

import pytest

from newsevents.resources import gazetteer_build as build
from newsevents.resources.gazetteer import MATCH_ALIAS, MATCH_NAME, Candidate, InMemoryGazetteer
from newsevents.stages.places import GeocodeStage
from newsevents.stages.places.evidence import province_evidence
from newsevents.stages.places.groups import Group

from .gazdata import stage_of
from .test_geocode_institutions import county
from .test_geocode_recall import by_text, region, run, town
from .test_geocode_recall_cues import at

KANSAS = region(4273857, "Kansas", "admin1", 38.5, -98.5, "USA", population=2_900_000,
                code="KS")
ARKANSAS = region(4099753, "Arkansas", "admin1", 34.75, -92.5, "USA", population=3_000_000,
                  code="AR")


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    entries = [
        (KANSAS, []),
        (ARKANSAS, []),
        (county(5574000, "Park County", 39.12, -105.72, "CO", 19_000), ["Park"]),
        (county(4330000, "Saint Landry Parish", 30.60, -92.00, "LA", 82_000),
         ["Saint Landry", "St. Landry", "St. Landry Parish"]),
        (town(4879000, "Chicago", 41.85, -87.65, "USA", 2_700_000, "IL"), []),
        (town(5859000, "College", 64.86, -147.80, "USA", 13_000, "AK"), []),
        (town(4273000, "Garden City", 37.97, -100.87, "USA", 27_000, "KS"), []),
        (county(4273600, "Finney County", 38.04, -100.74, "KS", 29_000), ["Finney"]),
        (town(4273500, "Holcomb", 37.99, -100.99, "USA", 2_100, "KS"), []),
        (town(5419000, "Denver", 39.74, -104.98, "USA", 715_000, "CO"), []),
        (town(5516000, "Amarillo", 35.22, -101.83, "USA", 200_000, "TX"), []),
        (town(4184962, "Buchanan", 33.80, -85.19, "USA", 1_156, "GA"), ["Pierceville"]),
        (Candidate(pid=-7, name="Arabian Peninsula", kind="region", feature_code="PEN",
                   country=None, lat=23.0, lon=45.0), ["Arabia"]),
        (town(187000, "El Wak", 2.80, 40.93, "KEN", 10_000, "35"), []),
        (region(192950, "Kenya", "country", 1.0, 38.0, "KEN", population=51_000_000), []),
        (town(187585, "Wajir", 1.75, 40.06, "KEN", 90_000, "39"), []),
        (region(187584, "Wajir", "admin1", 1.9, 40.0, "KEN", population=780_000, code="39"), []),
        (town(197745, "Garissa", -0.45, 39.65, "KEN", 120_000, "09"), []),
        (region(197744, "Garissa", "admin1", -0.2, 40.0, "KEN", population=840_000,
                code="09"), []),
        (town(2335204, "Kano", 12.00, 8.52, "NGA", 4_900_000, "29"), []),
        (town(2339354, "Hadejia", 12.45, 10.04, "NGA", 110_000, "39"), []),
        (region(2328926, "Nigeria", "country", 10.0, 8.0, "NGA", population=200_000_000), []),
        (town(5809844, "Seattle", 47.61, -122.33, "USA", 780_000, "WA"), []),
        (town(5793933, "Everett", 47.98, -122.20, "USA", 108_000, "WA"), []),
        (town(5805687, "Olympia", 47.04, -122.90, "USA", 55_000, "WA"), []),
        (region(5815135, "Washington", "admin1", 47.5, -120.5, "USA", population=7_700_000,
                code="WA"), []),
        (Candidate(pid=4140963, name="Washington", kind="city", feature_code="PPLC",
                   country="USA", lat=38.90, lon=-77.04, population=690_000,
                   admin1_code="DC"), []),
        (town(4744091, "Alexandria", 38.80, -77.05, "USA", 160_000, "VA"), []),
        (region(6254928, "Virginia", "admin1", 37.5, -78.9, "USA", population=8_500_000,
                code="VA"), []),
        (town(4005492, "Guadalupe", 25.68, -100.26, "MEX", 673_000, "19"), []),
        (town(4700000, "Kerrville", 30.05, -99.14, "USA", 23_000, "TX"), []),
        (Candidate(pid=5192000, name="Hanover", kind="city", feature_code="PPL", country="USA",
                   lat=39.80, lon=-76.98, population=15_500, admin1_code="PA",
                   admin2="York County"), []),
        (county(5197000, "Northampton County", 40.75, -75.31, "PA", 184_000), ["Northampton"]),
        (county(5218000, "York County", 39.92, -76.73, "PA", 440_000), ["York"]),
        (town(709717, "Donetsk", 48.02, 37.80, "UKR", 900_000, "05"), []),
        (region(709716, "Donets'ka Oblast'", "admin1", 48.0, 37.5, "UKR", population=4_000_000,
                code="05"), ["Donetsk", "Donetsk Oblast"]),
    ]
    return stage_of(entries)


# -- a unit named with its admin word -----------------------------------------------------------

def test_a_county_named_in_a_sheriffs_office_is_the_county(stage: GeocodeStage) -> None:
    text = "A spokesman for the Park County Sheriff 's Office said the fire was out ."
    place = at(run(stage, text, [("Park County Sheriff 's Office", "ORG")]), text,
               "Park County")
    assert place is not None and place.feature_code == "ADM2"


def test_a_word_for_a_building_without_its_admin_word_is_no_unit(stage: GeocodeStage) -> None:
    text = "The Chicago Park District closed the beaches on Monday ."
    places = run(stage, text, [("Chicago Park District", "ORG")])
    assert at(places, text, "Park") is None and at(places, text, "Park District") is None
    assert at(places, text, "Chicago") is not None


def test_a_colleges_word_is_no_town_inside_its_name(stage: GeocodeStage) -> None:
    text = ("A hearing will be held at Garden City Community College , officials in Finney "
            "County said .")
    places = run(stage, text, [("Garden City Community College", "ORG"),
                               ("Finney County", "GPE")])
    assert at(places, text, "College") is None
    assert at(places, text, "Garden City") is not None


@pytest.mark.parametrize("label", ["FAC", "GPE"])
def test_a_parish_tagged_as_a_facility_is_the_parish(stage: GeocodeStage, label: str) -> None:
    text = "Flooding also hit St. Landry Parish on Monday , officials said ."
    place = at(run(stage, text, [("St. Landry Parish", label)]), text, "St. Landry Parish")
    assert place is not None and place.feature_code == "ADM2" and place.admin1 is None \
        and place.lon == pytest.approx(-92.0)


@pytest.mark.parametrize("label", ["ORG", "GPE", "PERSON"])
def test_a_unit_the_model_cut_before_its_admin_word_is_the_unit(stage: GeocodeStage,
                                                                label: str) -> None:
    text = "Neighboring St. Landry Parish faced floods on Monday , officials said ."
    place = at(run(stage, text, [("Neighboring St. Landry", label)]), text,
               "St. Landry Parish")
    assert place is not None and place.feature_code == "ADM2"


def test_a_building_tagged_as_a_facility_is_still_no_town(stage: GeocodeStage) -> None:
    text = "Traffic stopped near Denver Union Station on Monday ."
    places = run(stage, text, [("Denver Union Station", "FAC")])
    assert all(p.feature_code != "ADM2" for p in places)


# -- "the village of X" is a town ---------------------------------------------------------------

def test_the_village_of_a_name_is_no_peninsula(stage: GeocodeStage) -> None:
    text = "Gunmen attacked the village of Arabia near El Wak in Kenya on Sunday ."
    places = run(stage, text, [("Arabia", "GPE"), ("El Wak", "GPE"), ("Kenya", "GPE")])
    place = at(places, text, "Arabia")
    assert place is None or place.feature_code != "PEN"


def test_the_same_name_without_the_noun_is_still_the_peninsula(stage: GeocodeStage) -> None:
    text = "Gunmen came from Arabia to El Wak in Kenya on Sunday ."
    places = run(stage, text, [("Arabia", "LOC"), ("El Wak", "GPE"), ("Kenya", "GPE")])
    assert at(places, text, "Arabia").feature_code == "PEN"  # type: ignore[union-attr]


# -- "the counties of A and B" -----------------------------------------------------------------

def test_names_after_a_plural_admin_noun_and_of_are_units(stage: GeocodeStage) -> None:
    text = "Raids hit Kenya 's northeastern counties of Wajir and Garissa last year ."
    places = run(stage, text, [("Kenya", "GPE"), ("Wajir", "GPE"), ("Garissa", "GPE")])
    for name in ("Wajir", "Garissa"):
        assert at(places, text, name).feature_code == "ADM1"  # type: ignore[union-attr]


def test_names_after_a_plural_town_noun_and_of_are_towns(stage: GeocodeStage) -> None:
    text = "Raids hit Kenya 's northeastern towns of Wajir and Garissa last year ."
    places = run(stage, text, [("Kenya", "GPE"), ("Wajir", "GPE"), ("Garissa", "GPE")])
    for name in ("Wajir", "Garissa"):
        assert at(places, text, name).feature_code == "PPL"  # type: ignore[union-attr]


# -- names before a plural facility noun, a lowercase feature word after a name --------------

@pytest.mark.parametrize("labels", [("GPE", "ORG"), ("ORG", "GPE")])
def test_names_listed_before_a_plural_facility_noun_are_facilities(stage: GeocodeStage,
                                                                   labels: tuple[str, str]
                                                                   ) -> None:
    text = "The Tiga and Challawa dams released water , officials in Kano said ."
    places = run(stage, text, [("Tiga", labels[0]), ("Challawa", labels[1]), ("Kano", "GPE")])
    for name in ("Tiga", "Challawa"):
        place = at(places, text, name)
        assert place is not None and place.lat == 12.0  # placed at Kano, its sentence's place


def test_one_unknown_name_before_a_plural_noun_without_a_list_is_no_facility(
        stage: GeocodeStage) -> None:
    text = "The Tiga dams released water , officials in Kano said ."
    assert at(run(stage, text, [("Tiga", "GPE"), ("Kano", "GPE")]), text, "Tiga") is None


@pytest.mark.parametrize("label", ["GPE", "LOC"])
def test_names_listed_before_rivers_are_rivers(stage: GeocodeStage, label: str) -> None:
    text = "The Zorbla and Hadejia rivers fell , officials in Kano said ."
    places = run(stage, text, [("Zorbla", label), ("Hadejia", "LOC"), ("Kano", "GPE")])
    river = at(places, text, "Zorbla")
    assert river is not None and river.name == "Zorbla River" and river.lat == 12.0


def test_a_river_named_like_a_big_city_abroad_is_the_river(stage: GeocodeStage) -> None:
    text = "The Pedernales and Guadalupe rivers fell near Kerrville on Monday ."
    places = run(stage, text, [("Pedernales", "LOC"), ("Guadalupe", "GPE"),
                               ("Kerrville", "GPE")])
    river = at(places, text, "Guadalupe")
    assert river is not None and river.name == "Guadalupe River" and river.country != "MEX"


def test_a_lowercase_river_after_a_name_makes_it_a_river(stage: GeocodeStage) -> None:
    text = "Water rose in the Hadejia river , officials in Kano said ."
    place = at(run(stage, text, [("Hadejia", "LOC"), ("Kano", "GPE")]), text, "Hadejia river")
    assert place is not None and place.name == "Hadejia"


def test_a_dam_after_a_name_keeps_the_town_it_is_named_after(stage: GeocodeStage) -> None:
    text = "Water rose behind the Hadejia dam , officials in Kano said ."
    place = at(run(stage, text, [("Hadejia", "LOC"), ("Kano", "GPE")]), text, "Hadejia")
    assert place is not None and place.feature_code == "PPL"


# -- a state named like a town elsewhere, in a story about the state's towns ------------------

def test_a_state_named_like_the_capital_is_the_state_of_the_storys_towns(stage: GeocodeStage
                                                                         ) -> None:
    text = ("Researchers from the University of Washington tagged salmon near Everett , "
            "Olympia and Seattle on Monday .")
    places = run(stage, text, [("University of Washington", "ORG"), ("Everett", "GPE"),
                               ("Olympia", "GPE"), ("Seattle", "GPE")])
    assert at(places, text, "Washington").feature_code == "ADM1"  # type: ignore[union-attr]


def test_the_capital_stays_the_capital_in_a_story_about_another_state(stage: GeocodeStage
                                                                      ) -> None:
    text = "Officials from Alexandria , Virginia , met lawmakers in Washington on Monday ."
    places = run(stage, text, [("Alexandria", "GPE"), ("Virginia", "GPE"),
                               ("Washington", "GPE")])
    assert at(places, text, "Washington").feature_code == "PPLC"  # type: ignore[union-attr]


# -- "X in Y's Z" ------------------------------------------------------------------------------

def test_an_unknown_village_in_a_countrys_county_is_placed_at_the_county(stage: GeocodeStage
                                                                         ) -> None:
    text = "Gunmen raided the village of Zorbla in Kenya 's northern Wajir county on Sunday ."
    places = run(stage, text, [("Zorbla", "GPE"), ("Kenya", "GPE"), ("Wajir", "GPE")])
    village = at(places, text, "Zorbla")
    assert village is not None and (village.lat, village.lon) == (1.9, 40.0)


# -- "X, Y County": a town of another county of the state is no reading ----------------------

def test_a_town_of_another_county_is_no_reading_of_a_name_qualified_by_a_county(
        stage: GeocodeStage) -> None:
    text = "Warehouses were approved in Hanover Township , Northampton County , last year ."
    places = run(stage, text, [("Hanover Township", "GPE"), ("Northampton County", "GPE")])
    place = at(places, text, "Hanover Township")
    assert place is None or place.lon != pytest.approx(-76.98)


def test_a_town_of_the_county_qualifying_it_is_still_its_reading(stage: GeocodeStage) -> None:
    text = "Warehouses were approved in Hanover , York County , last year ."
    place = at(run(stage, text, [("Hanover", "GPE"), ("York County", "GPE")]), text, "Hanover")
    assert place is not None and place.lon == pytest.approx(-76.98)


# -- a big city's people ---------------------------------------------------------------------

@pytest.mark.parametrize("label", ["NORP", "PERSON"])
def test_a_big_citys_people_name_the_city(stage: GeocodeStage, label: str) -> None:
    text = "Seattleites lined up for hours on Monday ."
    place = by_text(run(stage, text, [("Seattleites", label)]), text, "Seattleites")
    assert place.name == "Seattle" and place.demonyms


@pytest.mark.parametrize("word", ["Everetters", "Republicans", "Olympians"])
def test_other_words_with_such_endings_name_no_city(stage: GeocodeStage, word: str) -> None:
    text = f"{word} lined up for hours on Monday ."
    assert run(stage, text, [(word, "NORP")]) == ()


# -- "Indian" of the Indigenous peoples of the Americas -------------------------------------

@pytest.fixture(scope="module")
def americas() -> GeocodeStage:
    entries = [(region(1269750, "India", "country", 22.0, 79.0, "IND",
                       population=1_350_000_000), [])]
    return GeocodeStage(InMemoryGazetteer(entries, demonyms={"Indian": "IND",
                                                             "Indians": "IND"}))


@pytest.mark.parametrize(("text", "ents"), [
    ("Residents of the Lac Zorbla Indian Band reserve left on Thursday .", []),
    ("He grew up on an Indian reservation near Zorbla .", [("Indian", "NORP")]),
    ("The Zorbla Indian Band asked for help .", [("Zorbla Indian Band", "ORG")]),
])
def test_indian_before_a_noun_of_indigenous_peoples_is_no_india(americas: GeocodeStage,
                                                                text: str,
                                                                ents: list[tuple[str, str]]
                                                                ) -> None:
    assert all(p.country != "IND" for p in run(americas, text, ents))


def test_indian_troops_are_still_indias(americas: GeocodeStage) -> None:
    text = "Indian troops fired across the border on Monday ."
    assert any(p.country == "IND" for p in run(americas, text, [("Indian", "NORP")]))


# -- "the X region" is a first-level region --------------------------------------------------

def test_a_name_before_the_word_region_is_the_first_level_region(stage: GeocodeStage) -> None:
    text = "Shelling left homes dark across the Donetsk region , the governor said ."
    place = at(run(stage, text, [("Donetsk", "GPE")]), text, "Donetsk")
    assert place is not None and place.feature_code == "ADM1"


def test_the_same_name_alone_is_still_the_city(stage: GeocodeStage) -> None:
    text = "Shelling left homes dark across Donetsk , the governor said ."
    place = at(run(stage, text, [("Donetsk", "GPE")]), text, "Donetsk")
    assert place is not None and place.feature_code == "PPL"


# -- "St." for "Saint" in districts' names ------------------------------------------------------

def test_a_districts_saint_is_also_indexed_as_st() -> None:
    keys = build._keys("Saint Tammany Parish", ["Saint Tammany"], short_saints=True)
    assert keys["st tammany parish"] == MATCH_ALIAS and keys["st tammany"] == MATCH_ALIAS
    assert keys["saint tammany parish"] == MATCH_NAME
    assert build._keys("Sainte Genevieve County", [], short_saints=True)[
        "ste genevieve county"] == MATCH_ALIAS


def test_a_towns_saint_is_left_to_its_own_alternate_names() -> None:
    assert "st louis" not in build._keys("Saint Louis", [])
    assert "st" not in build._keys("Saint", [], short_saints=True)


# -- natural features named after a region ------------------------------------------------------

def test_a_river_named_after_a_state_is_no_evidence_of_the_state() -> None:
    river = Group(members=[0], candidates=[ARKANSAS], partial=True, feature=True)
    state = Group(members=[1], candidates=[KANSAS])
    for group in (river, state):
        group.first, group.first_confidence = group.candidates[0], 0.99
    found, own = province_evidence([river, state])
    assert found == {("USA", "KS"): 1.0} and 0 not in own


# -- a small town known only by an alternate name, far from the article's main province --------

TEXT = ("A Denver firm met ranchers from Holcomb and Pierceville and buyers from Amarillo "
        "in Garden City , Kansas , on Tuesday .")
ENTS = [("Denver", "GPE"), ("Holcomb", "GPE"), ("Pierceville", "GPE"), ("Amarillo", "GPE"),
        ("Garden City", "GPE"), ("Kansas", "GPE")]


def test_an_old_name_of_a_far_hamlet_is_no_reading_outside_a_local_story(stage: GeocodeStage
                                                                         ) -> None:
    place = at(run(stage, TEXT, ENTS), TEXT, "Pierceville")
    assert place is None or place.lon != pytest.approx(-85.19)


def test_a_far_hamlet_by_its_own_name_is_still_a_reading(stage: GeocodeStage) -> None:
    text = TEXT.replace("Pierceville", "Buchanan")
    ents = [(name if name != "Pierceville" else "Buchanan", label) for name, label in ENTS]
    place = at(run(stage, text, ents), text, "Buchanan")
    assert place is not None and place.lon == pytest.approx(-85.19)


# -- a unit named with an admin word of its level: the gazetteer's own word for it ------------

@pytest.fixture(scope="module")
def oblasts() -> GeocodeStage:
    return stage_of([
        (Candidate(pid=571473, name="Bryanskaya oblast'", kind="admin1", feature_code="ADM1",
                   country="RUS", lat=52.92, lon=33.26, population=963_000,
                   admin1_code="10"), ["Bryansk Oblast"]),
        (town(571476, "Bryansk", 53.25, 34.37, "RUS", 427_000, "10"), []),
        (Candidate(pid=706482, name="Kharkivska oblast", kind="admin1", feature_code="ADM1",
                   country="UKR", lat=49.5, lon=36.5, population=3_050_000,
                   admin1_code="07"), ["Kharkiv Oblast", "Kharkiv Province"]),
        (town(706483, "Kharkiv", 50.0, 36.25, "UKR", 1_420_000, "07"), []),
    ])


@pytest.mark.parametrize(("text", "ents", "surface"), [
    ("A drone hit an oil depot in the Bryansk region on Monday .",
     [("Bryansk", "GPE")], "Bryansk"),
    ("Shelling hit Kharkiv province overnight .", [("Kharkiv province", "GPE")],
     "Kharkiv province"),
])
def test_a_name_called_a_region_is_the_unit_the_gazetteer_names_with_its_own_word(
        oblasts: GeocodeStage, text: str, ents: list[tuple[str, str]], surface: str) -> None:
    place = at(run(oblasts, text, ents), text, surface)
    assert place is not None and place.feature_code == "ADM1"


def test_the_city_stays_the_city_without_the_admin_word(oblasts: GeocodeStage) -> None:
    text = "A drone hit an oil depot in Bryansk on Monday ."
    place = at(run(oblasts, text, [("Bryansk", "GPE")]), text, "Bryansk")
    assert place is not None and place.feature_code == "PPL"


# -- "the [adjectives] department of X": a unit of the admin noun's level ----------------------

@pytest.fixture(scope="module")
def departments() -> GeocodeStage:
    return stage_of([
        (Candidate(pid=3440000, name="Rivera", kind="admin1", feature_code="ADM1",
                   country="URY", lat=-31.5, lon=-55.5, population=99_000,
                   admin1_code="14"), []),
        (town(3440034, "Rivera", -30.9, -55.55, "URY", 85_000, "14"), []),
        (Candidate(pid=229000, name="Isingiro", kind="admin2", feature_code="ADM2",
                   country="UGA", lat=-0.84, lon=30.8, population=120_000,
                   admin1_code="W"), []),
        (town(229001, "Isingiro", -0.77, 30.83, "UGA", 34_000, "W"), []),
    ])


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Floods hit the northern department of Rivera on Monday .", "Rivera", "ADM1"),
    ("Refugees reached the south-western district of Isingiro on Monday .", "Isingiro",
     "ADM2"),
    ("Floods hit the town of Rivera on Monday .", "Rivera", "PPL"),
])
def test_a_name_after_an_admin_noun_and_of_is_the_unit(departments: GeocodeStage, text: str,
                                                       name: str, code: str) -> None:
    place = at(run(departments, text, [(name, "GPE")]), text, name)
    assert place is not None and place.feature_code == code
