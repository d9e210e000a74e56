"""Names of a local story: a county's school board tagged as a person or speaking, a state
school named after its town, an institution "in" a place its name does not lie in, towns given
as examples of a place noun, and a list of small towns after a place cue (our own sentences,
hand-built parses, a small in-memory gazetteer with rounded real coordinates)."""
from __future__ import annotations

import pytest

from newsevents.model import Article, ArticleAnalysis, Mention, Place
from newsevents.resources.gazetteer import Candidate
from newsevents.parse import build_parse
from newsevents.stages.places import GeocodeStage

from .gazdata import stage_of
from .test_geocode_institutions import county
from .test_geocode_recall import analyse, by_text, region, run, town
from .test_geocode_recall_cues import at


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    entries = [
        (town(4190581, "Dalton", 34.77, -84.97, "USA", 33_853, "GA"), []),
        (town(4931482, "Dalton", 42.47, -73.17, "USA", 6_700, "MA"), []),
        (town(4203000, "Kennesaw", 34.02, -84.62, "USA", 33_584, "GA"), []),
        (county(4211000, "Murray County", 34.80, -84.75, "GA", 5_200), ["Murray"]),
        (county(4544000, "Murray County", 34.50, -97.07, "OK", 7_900), ["Murray"]),
        (town(5334000, "Chatsworth", 34.26, -118.60, "USA", 41_000, "CA"), []),
        (town(4186000, "Chatsworth", 34.77, -84.77, "USA", 4_300, "GA"), []),
        (town(4212000, "Eton", 34.82, -84.76, "USA", 900, "GA"), []),
        (town(2649800, "Eton", 51.49, -0.61, "GBR", 3_000, "ENG"), []),
        (town(4226000, "Tunnel Hill", 34.84, -85.04, "USA", 877, "GA"), []),
        (town(4225000, "Summerville", 34.48, -85.35, "USA", 4_452, "GA"), []),
        (town(4597000, "Summerville", 33.02, -80.18, "USA", 48_848, "SC"), []),
        (town(4227000, "Trion", 34.54, -85.31, "USA", 1_785, "GA"), []),
        (town(4407000, "St. Louis", 38.63, -90.20, "USA", 300_000, "MO"), []),
        (town(4413000, "Washington", 38.56, -91.01, "USA", 14_000, "MO"), []),
        (region(4140963, "Washington", "admin1", 47.5, -120.5, "USA", population=7_700_000,
                code="WA"), []),
        (region(5001836, "Michigan", "admin1", 44.25, -85.5, "USA", population=10_000_000,
                code="MI"), []),
        (town(4991640, "East Lansing", 42.74, -84.48, "USA", 48_000, "MI"), []),
        (region(4197000, "Georgia", "admin1", 32.75, -83.5, "USA", population=10_700_000,
                code="GA"), []),
    ]
    return stage_of(entries)


def in_georgia(place: Place) -> bool:
    return place.lon is not None and -86 < place.lon < -84 and 34 < (place.lat or 0) < 35.5


# -- a county's schools are a body named after the county --------------------------------------

@pytest.mark.parametrize("label", ["PERSON", "GPE", "ORG"])
def test_a_county_school_board_names_its_county_whatever_the_label(stage: GeocodeStage,
                                                                   label: str) -> None:
    text = "Parents in Georgia said Murray County Schools should close on Monday ."
    places = run(stage, text, [("Georgia", "GPE"), ("Murray County Schools", label)])
    place = by_text(places, text, "Murray County")
    assert place.embedded and in_georgia(place)


def test_a_county_school_board_that_speaks_still_names_its_county(stage: GeocodeStage
                                                                  ) -> None:
    text = "Murray County Schools asked for details about the plan in Georgia ."
    words = text.split()
    parse = build_parse(text, ents=[(0, 3, "GPE"), (11, 12, "GPE")],
                        pos=["PROPN" if w[:1].isupper() else "X" for w in words],
                        heads=[2, 2, 3, 3] + list(range(4, len(words))),
                        deps=["compound", "compound", "nsubj", "ROOT"] + ["dep"] * (len(words) - 4),
                        lemmas=[w.lower() if w != "asked" else "ask" for w in words])
    mentions = tuple(Mention(span=e.span, label=e.label, sentence=0) for e in parse.ents)
    places = stage(ArticleAnalysis(article=Article(id="t", text=text), mentions=mentions),
                   parse).places
    assert in_georgia(by_text(places, text, "Murray County"))


def test_schools_of_one_level_are_buildings_not_a_board(stage: GeocodeStage) -> None:
    text = "Parents in Georgia said Dalton Elementary Schools should close on Monday ."
    places = run(stage, text, [("Georgia", "GPE"), ("Dalton Elementary Schools", "PERSON")])
    assert at(places, text, "Dalton") is None


# -- a state school is named after its town ------------------------------------------------------

@pytest.mark.parametrize(("name", "town_name"), [
    ("Dalton State College", "Dalton"), ("Kennesaw State University", "Kennesaw")])
def test_a_state_school_names_its_town_of_any_size(stage: GeocodeStage, name: str,
                                                   town_name: str) -> None:
    text = f"A spokeswoman for {name} in Georgia said classes would resume ."
    places = run(stage, text, [(name, "ORG"), ("Georgia", "GPE")])
    place = by_text(places, text, town_name)
    assert place.embedded and in_georgia(place)


def test_a_school_not_of_the_state_needs_a_big_town(stage: GeocodeStage) -> None:
    text = "A spokeswoman for Dalton College in Georgia said classes would resume ."
    places = run(stage, text, [("Dalton College", "ORG"), ("Georgia", "GPE")])
    assert at(places, text, "Dalton") is None


# -- an institution "in" a place its name does not lie in ----------------------------------------

def test_an_institution_in_a_place_its_name_is_not_in_honours_a_person(stage: GeocodeStage
                                                                       ) -> None:
    text = "She joined Washington University in St. Louis last year ."
    places = run(stage, text, [("Washington University", "ORG"), ("St. Louis", "GPE")])
    assert at(places, text, "Washington") is None
    assert at(places, text, "St. Louis") is not None


@pytest.mark.parametrize(("name", "where", "inner"), [
    ("Michigan State University", "East Lansing", "Michigan"),  # the state holds the town
    ("Kennesaw State University", "Georgia", "Kennesaw"),  # the town lies in the state
])
def test_an_institution_in_the_place_its_name_holds_keeps_the_name(
        stage: GeocodeStage, name: str, where: str, inner: str) -> None:
    text = f"She joined {name} in {where} last year ."
    places = run(stage, text, [(name, "ORG"), (where, "GPE")])
    assert at(places, text, inner) is not None


# -- examples of a place noun ---------------------------------------------------------------------

@pytest.mark.parametrize("cue", ["towns such as", "towns like", "towns , including",
                                 "rural towns including"])
def test_towns_given_as_examples_are_places_of_any_size(stage: GeocodeStage, cue: str) -> None:
    text = f"Closures in Georgia hit {cue} Summerville and Trion hardest ."
    places = run(stage, text, [("Georgia", "GPE"), ("Summerville", "ORG")])
    assert in_georgia(by_text(places, text, "Summerville"))
    assert in_georgia(by_text(places, text, "Trion"))


@pytest.mark.parametrize("cue", ["investors such as", "firms like", "banks including"])
def test_examples_of_another_noun_are_not_places(stage: GeocodeStage, cue: str) -> None:
    text = f"Closures in Georgia hit {cue} Summerville and Trion hardest ."
    places = run(stage, text, [("Georgia", "GPE"), ("Summerville", "ORG")])
    assert at(places, text, "Summerville") is None and at(places, text, "Trion") is None


# -- a list of small towns after a place cue ------------------------------------------------------

def test_small_towns_listed_after_a_cue_in_the_story_s_state_are_places(stage: GeocodeStage
                                                                        ) -> None:
    text = ("Deputies in Georgia closed roads . Nurses from Chatsworth , Eton and Tunnel Hill "
            "rallied on Thursday .")
    places = run(stage, text, [("Georgia", "GPE"), ("Chatsworth , Eton", "ORG"),
                               ("Tunnel Hill", "ORG")])
    assert all(in_georgia(by_text(places, text, n)) for n in ("Chatsworth", "Eton", "Tunnel Hill"))


@pytest.mark.parametrize("text", [
    "Nurses from Chatsworth , Eton and Tunnel Hill rallied on Thursday .",  # no state named
    "Deputies in Georgia closed roads . Lawyers for Chatsworth , Eton and Tunnel Hill spoke .",
])
def test_small_towns_listed_without_a_cue_or_a_named_state_are_not_read(stage: GeocodeStage,
                                                                        text: str) -> None:
    ents = [("Chatsworth , Eton", "ORG"), ("Tunnel Hill", "ORG")]
    places = run(stage, text, ents + ([("Georgia", "GPE")] if "Georgia" in text else []))
    assert at(places, text, "Eton") is None and at(places, text, "Tunnel Hill") is None


# -- a town named like a building, a county named like a generic word, "X-based" ------------------

@pytest.fixture(scope="module")
def pennsylvania() -> GeocodeStage:
    entries = [
        (town(5213681, "State College", 40.79, -77.86, "USA", 42_161, "PA"), []),
        (town(4624180, "White House", 36.47, -86.65, "USA", 12_000, "TN"), []),
        (county(5183000, "Centre County", 40.89, -77.83, "PA", 89_397), ["Centre"]),
        (county(5183001, "Central County", 40.60, -77.90, "PA", 20_000), ["Central"]),
        (county(5193000, "Huntingdon County", 40.42, -77.98, "PA", 45_000), ["Huntingdon"]),
        (town(5178000, "Bellefonte", 40.91, -77.78, "USA", 6_248, "PA"), []),
        (region(6254927, "Pennsylvania", "admin1", 40.9, -77.8, "USA", population=12_800_000,
                code="PA"), []),
    ]
    return stage_of(entries)


def in_centre(place: Place | None) -> bool:
    return place is not None and place.lat is not None and 40 < place.lat < 41.5 \
        and place.lon is not None and -78.5 < place.lon < -77.5 and place.feature_code != "ADM1"


@pytest.mark.parametrize("cue", ["in", "from", "near"])
def test_a_town_named_like_a_building_after_a_preposition_is_the_town(
        pennsylvania: GeocodeStage, cue: str) -> None:
    text = f"Forecasters {cue} State College warned of storms on Friday ."
    assert in_centre(at(run(pennsylvania, text, [("State College", "ORG")]), text,
                           "State College"))


def test_a_town_named_like_a_building_in_a_list_after_a_preposition_is_the_town(
        pennsylvania: GeocodeStage) -> None:
    text = "Forecasters in Bellefonte and State College warned of storms on Friday ."
    places = run(pennsylvania, text, [("Bellefonte", "GPE"), ("State College", "PERSON")])
    place = at(places, text, "State College")
    assert in_centre(place) and place is not None and place.feature_code == "PPL"


def test_a_building_named_like_a_town_keeps_its_article(pennsylvania: GeocodeStage) -> None:
    text = "He spoke in the White House on Friday ."
    place = at(run(pennsylvania, text, [("White House", "ORG")]), text, "White House")
    assert place is None or place.country != "USA" or place.feature_code != "PPL"


@pytest.mark.parametrize("text", ["Crews in Centre and Huntingdon counties cleared trees .",
                                  "Crews in Huntingdon and Centre counties cleared trees ."])
def test_a_county_named_like_a_generic_word_before_counties_is_the_county(
        pennsylvania: GeocodeStage, text: str) -> None:
    places = run(pennsylvania, text, [("Centre", "GPE"), ("Huntingdon", "GPE")])
    assert in_centre(at(places, text, "Centre"))


@pytest.mark.parametrize(("text", "name"), [
    ("Crews in the Centre cleared trees .", "Centre"),  # no admin noun
    ("Crews in Central and Huntingdon counties cleared trees .", "Central"),  # a direction
])
def test_a_generic_word_alone_or_a_direction_is_no_county(pennsylvania: GeocodeStage,
                                                          text: str, name: str) -> None:
    assert at(run(pennsylvania, text, [(name, "GPE")]), text, name) is None


@pytest.mark.parametrize(("name", "label"), [("Bellefonte", None), ("Bellefonte", "ORG")])
def test_a_town_before_based_is_a_place(pennsylvania: GeocodeStage, name: str,
                                        label: str | None) -> None:
    text = f"Crews of the {name} -based utility said customers in Pennsylvania had no power ."
    ents = [("Pennsylvania", "GPE")] + ([(name, label)] if label else [])
    assert in_centre(at(run(pennsylvania, text, ents), text, name))


# -- what shares a border is a place ---------------------------------------------------------------

@pytest.fixture(scope="module")
def nigeria() -> GeocodeStage:
    entries = [
        (region(2595349, "Yobe", "admin1", 12.0, 11.5, "NGA", population=2_300_000, code="44"),
         []),
        (region(2565340, "Jigawa", "admin1", 12.2, 9.5, "NGA", population=4_300_000,
                code="39"), []),
        (region(2328926, "Nigeria", "country", 10.0, 8.0, "NGA", population=195_000_000), []),
    ]
    return stage_of(entries)


@pytest.mark.parametrize("text", [
    "Troops patrolled the Jigawa border with Yobe on Monday .",
    "Troops patrolled Jigawa 's frontier with Yobe on Monday .",
    "Troops patrolled towns bordering Yobe on Monday .",
    "Troops praised neighbouring Yobe on Monday .",
])
def test_a_name_that_shares_a_border_is_a_place_whatever_the_label(nigeria: GeocodeStage,
                                                                   text: str) -> None:
    places = run(nigeria, text, [("Yobe", "PERSON")])
    place = at(places, text, "Yobe")
    assert place is not None and place.country == "NGA"


def test_a_name_after_with_and_no_border_is_not_read(nigeria: GeocodeStage) -> None:
    text = "Troops signed a deal with Yobe on Monday ."
    assert at(run(nigeria, text, [("Yobe", "PERSON")]), text, "Yobe") is None


# -- a region of our table is no person's name ----------------------------------------------------

@pytest.fixture(scope="module")
def england() -> GeocodeStage:
    entries = [
        (Candidate(pid=-900, name="Yorkshire", kind="region", feature_code="RGN", country="GBR",
                   lat=54.0, lon=-1.5), []),
        (town(4791000, "Yorkshire", 38.79, -77.45, "USA", 7_541, "VA"), []),
        (town(2644688, "Leeds", 53.80, -1.55, "GBR", 536_000, "ENG"), []),
    ]
    return stage_of(entries)


def test_a_region_by_its_own_name_tagged_as_a_person_is_the_region(england: GeocodeStage
                                                                   ) -> None:
    text = "Floods hit Yorkshire on Monday , and police in Leeds closed roads ."
    place = at(run(england, text, [("Yorkshire", "PERSON"), ("Leeds", "GPE")]), text,
                  "Yorkshire")
    assert place is not None and place.country == "GBR"


@pytest.mark.parametrize(("text", "found"), [
    ("Floods swept across Yorkshire on Monday , and police in Leeds closed roads .", True),
    ("Cafes sold Yorkshire pudding on Monday , and police in Leeds closed roads .", False),
])
def test_an_untagged_region_by_its_own_name_after_a_cue_is_the_region(
        england: GeocodeStage, text: str, found: bool) -> None:
    place = at(run(england, text, [("Leeds", "GPE")]), text, "Yorkshire")
    assert (place is not None and place.country == "GBR") is found


# -- Nigeria's local government areas --------------------------------------------------------------

@pytest.fixture(scope="module")
def lgas() -> GeocodeStage:
    entries = [
        (Candidate(pid=2339000, name="Gwoza", kind="admin2", feature_code="ADM2", country="NGA",
                   lat=11.15, lon=13.59, population=22_268, admin1_code="27"), []),
        (town(2339001, "Gwoza", 11.08, 13.70, "NGA", 15_176, "27"), []),
        (Candidate(pid=2347000, name="Bama", kind="admin2", feature_code="ADM2", country="NGA",
                   lat=11.59, lon=13.85, population=123_121, admin1_code="27"), []),
        (town(2347001, "Bama", 11.52, 13.69, "NGA", 118_121, "27"), []),
        (Candidate(pid=2333000, name="Konduga", kind="admin2", feature_code="ADM2",
                   country="NGA", lat=11.65, lon=13.42, population=13_400, admin1_code="27"),
         []),
        (town(2333001, "Konduga", 11.65, 13.42, "NGA", 13_400, "27"), []),
        (region(2346794, "Borno", "admin1", 11.5, 13.0, "NGA", population=4_200_000,
                code="27"), ["Borno State"]),
    ]
    return stage_of(entries)


@pytest.mark.parametrize(("name", "label"), [
    ("Gwoza Local Government Area", "ORG"), ("Gwoza Local Government", "GPE"),
    ("Gwoza LGA", "PERSON"), ("Gwoza LGA", "GPE")])
def test_a_unit_named_with_its_local_government_words_is_the_unit(
        lgas: GeocodeStage, name: str, label: str) -> None:
    text = f"Gunmen attacked {name} of Borno State on Sunday ."
    place = at(run(lgas, text, [(name, label), ("Borno State", "GPE")]), text, name)
    assert place is not None and place.feature_code == "ADM2" and place.name == "Gwoza"


@pytest.mark.parametrize("unit", ["local government areas", "LGAs"])
def test_names_before_plural_local_government_words_are_the_units(lgas: GeocodeStage,
                                                                  unit: str) -> None:
    text = f"Gunmen attacked villages in Bama and Konduga {unit} on Sunday ."
    places = run(lgas, text, [("Bama", "GPE"), ("Konduga", "GPE")])
    assert all(at(places, text, n).feature_code == "ADM2" for n in ("Bama", "Konduga"))


# -- a local story across a state line -------------------------------------------------------------

ELKHART_AND_GOSHEN = [
    (town(4919987, "Elkhart", 41.68, -85.98, "USA", 52_000, "IN"), []),
    (town(4920808, "Goshen", 41.58, -85.83, "USA", 32_000, "IN"), []),
]


@pytest.fixture(scope="module")
def state_line() -> GeocodeStage:
    entries = [
        *ELKHART_AND_GOSHEN,
        (town(5014000, "White Pigeon", 41.80, -85.64, "USA", 1_500, "MI"), []),
        (town(5013000, "Sturgis", 41.80, -85.42, "USA", 11_000, "MI"), []),
        (town(4141000, "Clayton", 39.29, -75.63, "USA", 3_123, "DE"), ["Jimtown"]),
    ]
    return stage_of(entries)


@pytest.mark.parametrize(("text", "towns"), [
    ("Residents of Elkhart , Goshen , White Pigeon and Sturgis met . A man from Jimtown spoke .",
     ["Elkhart", "Goshen", "White Pigeon", "Sturgis"]),
    ("Residents of Elkhart and Goshen met . A man from Jimtown spoke .", ["Elkhart", "Goshen"]),
])
def test_a_far_hamlet_is_no_reading_in_a_story_whose_towns_lie_together(
        state_line: GeocodeStage, text: str, towns: list[str]) -> None:
    places = run(state_line, text, [(t, "GPE") for t in towns] + [("Jimtown", "GPE")])
    place = at(places, text, "Jimtown")
    assert place is None or place.lon is None or place.lon < -80


def test_a_hamlet_stays_a_reading_when_the_story_s_towns_are_spread(state_line: GeocodeStage
                                                                   ) -> None:
    text = "Residents of Elkhart and Clayton met . A man from Jimtown spoke ."
    places = run(state_line, text, [("Elkhart", "GPE"), ("Clayton", "GPE"), ("Jimtown", "GPE")])
    place = at(places, text, "Jimtown")
    assert place is not None and place.lon is not None and place.lon > -80


@pytest.mark.parametrize(("country", "admin1", "far", "size"), [
    ("USA", "IL", False, 14_500), ("USA", "IL", False, 90_000), ("GBR", "ENG", True, 14_500)])
def test_a_far_town_of_middling_size_is_no_reading_in_an_american_local_story(
        country: str, admin1: str, far: bool, size: int) -> None:
    # news in the United States writes an out-of-state town with its state; elsewhere a
    # town of another province may go unqualified ("a laboratory at Weybridge")
    home = "TN" if country == "USA" else "SCT"
    stage = stage_of([
        (town(4644585, "Nashville", 36.17, -86.78, country, 690_000, home), []),
        (town(4639848, "Murfreesboro", 35.85, -86.39, country, 150_000, home), []),
        (town(4640000, "Smyrna", 35.98, -86.52, country, 50_000, home), []),
        (town(4883207, "Antioch", 42.48, -88.10, country, size, admin1), []),
    ])
    text = ("Storms hit Nashville , Murfreesboro and Smyrna . Most outages were in Antioch , "
            "the utility said .")
    places = run(stage, text, [("Nashville", "GPE"), ("Murfreesboro", "GPE"),
                               ("Smyrna", "GPE"), ("Antioch", "GPE")])
    place = at(places, text, "Antioch")
    assert (place is not None and place.lat == 42.48) == far


@pytest.mark.parametrize(("body", "population", "far"), [
    ("the Troy Fire District", 83_000, True),
    ("the Troy Fire District", 370_000, False),  # a big city's name stays its own
])
def test_a_local_body_named_after_a_far_town_of_another_state_is_not_there(
        body: str, population: int, far: bool) -> None:
    stage = stage_of([
        (town(5600685, "Moscow", 46.73, -117.00, "USA", 25_000, "ID"), []),
        (town(5600000, "Potlatch", 46.92, -116.90, "USA", 800, "ID"), []),
        (town(5601000, "Kendrick", 46.61, -116.65, "USA", 300, "ID"), []),
        (town(5012639, "Troy", 42.61, -83.15, "USA", population, "MI"), []),
    ])
    text = (f"Crews from Moscow , Potlatch and Kendrick helped . {body[4:]} sent two engines "
            ".")
    places = run(stage, text, [("Moscow", "GPE"), ("Potlatch", "GPE"), ("Kendrick", "GPE"),
                               (body[4:], "ORG")])
    place = at(places, text, "Troy Fire District")
    assert (place is None or place.lat != 42.61) == far


# -- a legislator's home after the party letter ----------------------------------------------------

@pytest.mark.parametrize(("text", "name", "label"), [
    ("State Rep. Joanna Roe , R - Goshen , said she would ask .", "Goshen", None),
    ("State Rep. Joanna Roe , R - Goshen , said she would ask .", "Goshen", "ORG"),
    ("Sen. John Doe ( D - White Pigeon ) said he would ask .", "White Pigeon", None),
])
def test_the_home_after_a_party_letter_is_a_place_of_any_size(
        state_line: GeocodeStage, text: str, name: str, label: str | None) -> None:
    place = at(run(state_line, text, [(name, label)] if label else []), text, name)
    assert place is not None and place.lat is not None


def test_a_letter_and_a_hyphen_without_a_party_s_comma_are_no_home(state_line: GeocodeStage
                                                                   ) -> None:
    text = "The Model R - Goshen tractor sold well ."
    assert at(run(state_line, text, []), text, "Goshen") is None


def test_a_building_the_gazetteer_lacks_is_placed_at_the_town_its_name_holds(
        state_line: GeocodeStage) -> None:
    text = ("Goshen and Elkhart police met on Friday about the long road . She died at the IU "
            "Health Goshen Hospital . Her family moved from White Pigeon .")
    ents = [("Goshen", "GPE"), ("Elkhart", "GPE"), ("IU Health Goshen Hospital", "FAC"),
            ("White Pigeon", "GPE")]
    place = at(run(state_line, text, ents), text, "IU Health Goshen Hospital")
    assert place is not None and (place.lat, place.lon) == (41.58, -85.83)


# -- a county in the state its sentence names ------------------------------------------------------

@pytest.fixture(scope="module")
def two_states() -> GeocodeStage:
    entries = [
        *ELKHART_AND_GOSHEN,
        (town(4920000, "Nappanee", 41.44, -86.00, "USA", 6_700, "IN"), []),
        (county(4920400, "Cass County", 40.76, -86.35, "IN", 28_000), ["Cass"]),
        (county(4988000, "Cass County", 41.92, -85.99, "MI", 9_964), ["Cass"]),
        (region(5001836, "Michigan", "admin1", 44.25, -85.5, "USA", population=10_000_000,
                code="MI"), []),
    ]
    return stage_of(entries)


@pytest.mark.parametrize(("sentence", "lat"), [
    ("Across the line in Michigan , Cass County officials agreed .", 41.92),
    ("Cass County officials agreed .", 40.76),  # no state named: the story's province
])
def test_a_county_is_in_the_state_its_own_sentence_names(two_states: GeocodeStage,
                                                         sentence: str, lat: float) -> None:
    text = f"Crews from Elkhart , Goshen and Nappanee cleared the road . {sentence}"
    ents = [(n, "GPE") for n in ("Elkhart", "Goshen", "Nappanee", "Cass County")]
    ents += [("Michigan", "GPE")] if "Michigan" in text else []
    place = at(run(two_states, text, ents), text, "Cass County")
    assert place is not None and place.lat == lat


# -- a nation of the United Kingdom inside an organisation's name -----------------------------------

@pytest.fixture(scope="module")
def nations() -> GeocodeStage:
    entries = [
        (region(2634895, "Wales", "admin1", 52.5, -3.5, "GBR", population=3_100_000,
                code="WLS"), []),
        (region(2638360, "Scotland", "admin1", 56.5, -4.0, "GBR", population=5_400_000,
                code="SCT"), []),
    ]
    return stage_of(entries)


@pytest.mark.parametrize(("name", "nation"), [
    ("Marine Energy Wales Annual Conference", "Wales"), ("Tidal Scotland Forum", "Scotland")])
def test_a_uk_nation_anywhere_in_an_organisation_s_name_is_the_nation(
        nations: GeocodeStage, name: str, nation: str) -> None:
    text = f"Engineers met at the {name} on Monday ."
    place = at(run(nations, text, [(name, "ORG")]), text, nation)
    assert place is not None and place.embedded and place.country == "GBR"


# -- a list tagged as one place, a forest's name, a building's spelling ------------------------------

@pytest.fixture(scope="module")
def colorado() -> GeocodeStage:
    entries = [
        (town(5416000, "Cañon City", 38.44, -105.24, "USA", 16_400, "CO"), ["Canon City"]),
        (town(5424000, "Florence", 38.39, -105.12, "USA", 3_900, "CO"), []),
        (town(5421000, "Williamsburg", 38.38, -105.16, "USA", 700, "CO"), []),
        (town(4337000, "Williamsburg", 37.27, -76.71, "USA", 15_000, "VA"), []),
        (county(4428000, "Forest", 31.19, -89.26, "MS", 75_000), []),
        (region(5417618, "Colorado", "admin1", 39.0, -105.5, "USA", population=5_000_000,
                code="CO"), []),
    ]
    return stage_of(entries)


def test_a_list_tagged_as_one_place_is_each_town_of_any_size(colorado: GeocodeStage) -> None:
    text = "Deputies ordered evacuations in Florence and Williamsburg on Monday ."
    places = run(colorado, text, [("Florence and Williamsburg", "GPE")])
    town_ = at(places, text, "Williamsburg")
    assert town_ is not None and town_.lon == -105.16


def test_a_list_tagged_as_a_group_still_needs_towns_of_1000(colorado: GeocodeStage) -> None:
    text = "Deputies ordered evacuations in Florence and Williamsburg on Monday ."
    places = run(colorado, text, [("Florence and Williamsburg", "ORG")])
    assert at(places, text, "Williamsburg") is None


def test_a_forest_s_name_holds_no_county_named_forest(colorado: GeocodeStage) -> None:
    text = "Crews in Colorado said winds could push the fire into the San Isabel National Forest ."
    places = run(colorado, text, [("Colorado", "GPE"), ("San Isabel National Forest", "ORG")])
    assert at(places, text, "Forest") is None


def test_a_town_named_in_a_longer_name_keeps_its_own_name(colorado: GeocodeStage) -> None:
    text = ("A shelter opened at Canon City High School in Colorado , and Canon City Mayor Ann Roe "
            "spoke .")
    places = run(colorado, text, [("Canon City High School", "FAC"), ("Colorado", "GPE"),
                                  ("Canon City Mayor Ann Roe", "PERSON")])
    assert {p.name for p in places if p.feature_code == "PPL"} == {"Canon City"}


# -- a route named by its two ends -----------------------------------------------------------------

@pytest.fixture(scope="module")
def route() -> GeocodeStage:
    entries = [
        (town(1261731, "Nashik", 20.00, 73.79, "IND", 1_486_053, "16"), []),
        (town(1259229, "Pune", 18.52, 73.86, "IND", 3_124_458, "16"), []),
    ]
    return stage_of(entries)


@pytest.mark.parametrize("dash", ["-", "–"])
def test_the_second_end_of_a_route_is_a_town_not_the_road(route: GeocodeStage,
                                                          dash: str) -> None:
    text = f"Villagers blocked the Nashik {dash} Pune highway on Sunday ."
    place = at(run(route, text, []), text, "Pune")
    assert place is not None and place.feature_code == "PPL"


def test_a_name_before_a_road_word_alone_is_the_road(route: GeocodeStage) -> None:
    text = "Villagers blocked the Pune highway on Sunday ."
    place = at(run(route, text, []), text, "Pune")
    assert place is None or place.feature_code != "PPL"


# -- storms, barangays, and a region's name beside an airport's ------------------------------------

@pytest.fixture(scope="module")
def bicol() -> GeocodeStage:
    entries = [
        (region(7521309, "Bicol", "admin1", 13.4, 123.4, "PHL", population=3_046_294,
                code="05"), []),
        (town(1712000, "Guinobatan", 13.19, 123.60, "PHL", 80_000, "05"), []),
        (town(5536000, "Hurricane", 37.18, -113.29, "USA", 15_501, "UT"), []),
    ]
    return stage_of(entries)


@pytest.mark.parametrize(("name", "label"), [
    ("Typhoon Kammuri", "FAC"), ("Super Typhoon Kammuri", "GPE"),
    ("Hurricane Alma", "PERSON"), ("Tropical Storm Alma", "ORG")])
def test_a_storm_s_name_is_no_place(bicol: GeocodeStage, name: str, label: str) -> None:
    text = f"{name} tore through Guinobatan on Tuesday ."
    places = run(bicol, text, [(name, label), ("Guinobatan", "GPE")])
    assert at(places, text, name) is None and at(places, text, "Guinobatan") is not None


def test_a_storm_s_name_is_reported_as_a_storm(bicol: GeocodeStage) -> None:
    text = "Typhoon Kammuri tore through Guinobatan on Tuesday ."
    analysis = analyse(bicol, text, [("Typhoon Kammuri", "GPE"), ("Guinobatan", "GPE")])
    assert [d.message for d in analysis.diagnostics] == [
        "GPE 'Typhoon Kammuri' is not a place: a storm's name"]


def test_a_town_named_like_a_storm_word_stays_a_town(bicol: GeocodeStage) -> None:
    text = "Residents of Hurricane were safe on Tuesday ."
    assert at(run(bicol, text, [("Hurricane", "GPE")]), text, "Hurricane") is not None


def test_a_barangay_is_a_place_in_the_town_named_after_it(bicol: GeocodeStage) -> None:
    text = "Residents of Barangay Maipon in Guinobatan said they had little warning ."
    place = at(run(bicol, text, [("Barangay Maipon", "ORG"), ("Guinobatan", "GPE")]), text,
                  "Barangay Maipon")
    assert place is not None and place.lat == 13.19


def test_a_region_keeps_its_name_beside_an_airport_named_after_it(bicol: GeocodeStage) -> None:
    text = "Rain hit Bicol on Tuesday , and flights at the Bicol International Airport stopped ."
    places = run(bicol, text, [("Bicol", "GPE"), ("Bicol International Airport", "ORG")])
    assert all(p.name == "Bicol" for p in places if p.feature_code == "ADM1")



def test_a_party_letter_after_no_name_gives_no_home(state_line: GeocodeStage) -> None:
    text = "The motion passed 40 , R - Goshen , on Monday ."
    assert at(run(state_line, text, []), text, "Goshen") is None
