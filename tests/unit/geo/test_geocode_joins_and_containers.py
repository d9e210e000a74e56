"""Names of two places joined by "and" that the model cut in two, "X, in Y" as a container, a
county that speaks, and a district's building "in" a town (our own sentences, hand-built
parses, a small in-memory gazetteer with rounded real coordinates)."""
from __future__ import annotations

import pytest

from newsevents.model import Article, ArticleAnalysis, Mention, Place, Span
from newsevents.parse import build_parse
from newsevents.resources.gazetteer import Candidate
from newsevents.stages.places import GeocodeStage
from newsevents.stages.places.context import containers
from newsevents.stages.places.toponym import Toponym

from .gazdata import stage_of
from .test_geocode_institutions import county
from .test_geocode_recall import region, town
from .test_geocode_recall_cues import at


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    entries = [
        (region(1269320, "Jammu and Kashmir", "admin1", 33.5, 74.8, "IND",
                population=3_600_000, code="12"), ["Kashmir"]),
        (town(1269321, "Jammu", 32.73, 74.86, "IND", 576_000, "12"), []),
        (region(1269750, "India", "country", 22.0, 79.0, "IND", population=1_300_000_000), []),
        (region(3573591, "Trinidad and Tobago", "country", 11.0, -61.0, "TTO",
                population=1_390_000), []),
        (town(1684000, "La Trinidad", 16.46, 120.59, "PHL", 143_000, "15"), ["Trinidad"]),
        (region(3573600, "Tobago", "admin1", 11.23, -60.67, "TTO", population=60_000,
                code="11"), []),
        (region(5165418, "Ohio", "admin1", 40.25, -83.0, "USA", population=11_700_000,
                code="OH"), []),
        (region(4662168, "Tennessee", "admin1", 35.75, -86.25, "USA", population=6_900_000,
                code="TN"), []),
        (region(6254925, "Kentucky", "admin1", 37.5, -85.25, "USA", population=4_500_000,
                code="KY"), []),
        (region(2361809, "Burkina Faso", "country", 12.5, -1.67, "BFA",
                population=20_000_000), []),
        (region(2440476, "Niger", "country", 17.0, 9.0, "NER", population=22_000_000), []),
        (Candidate(pid=2355000, name="Seno Province", kind="admin2", feature_code="ADM2",
                   country="BFA", lat=14.0, lon=-0.1, population=260_000,
                   admin1_code="SA"), ["Seno"]),
        (county(5747000, "Umatilla County", 45.59, -118.74, "OR", 80_000), ["Umatilla"]),
        (county(4226000, "Walker County", 34.73, -85.30, "GA", 68_000), ["Walker"]),
        (county(4736000, "Walker County", 30.74, -95.57, "TX", 76_000), ["Walker"]),
        (town(4205000, "LaFayette", 34.70, -85.28, "USA", 7_100, "GA"), []),
        (county(4330200, "Lafayette Parish", 30.21, -92.06, "LA", 240_000), ["Lafayette"]),
    ]
    return stage_of(entries)


def run(stage: GeocodeStage, text: str, ents: list[tuple[str, str]], *,
        links: dict[int, tuple[int, str]] | None = None,
        lemmas: dict[str, str] | None = None,
        pos: dict[str, str] | None = None) -> tuple[Place, ...]:
    """The stage's places for `text` with entities `ents` (name, label; the first
    occurrence of each), `links` (token → head, dependency), `lemmas` (word → lemma) and
    `pos` (word → part of speech; else PROPN for a capitalised word, X for another)."""
    words = text.split()
    spans = []
    for name, label in ents:
        parts = name.split()
        start = next(i for i in range(len(words)) if words[i:i + len(parts)] == parts)
        spans.append((start, start + len(parts), label))
    heads, deps = list(range(len(words))), [""] * len(words)
    for i, (head, dep) in (links or {}).items():
        heads[i], deps[i] = head, dep
    parse = build_parse(text, heads=heads, deps=deps, ents=spans,
                        lemmas=[(lemmas or {}).get(w, w.lower()) for w in words],
                        pos=[(pos or {}).get(w, "PROPN" if w[:1].isupper() else "X")
                             for w in words],
                        sent_starts=[i + 1 for i, w in enumerate(words[:-1]) if w == "."])
    mentions = tuple(Mention(span=e.span, label=e.label, sentence=0) for e in parse.ents)
    return stage(ArticleAnalysis(article=Article(id="t", text=text), mentions=mentions),
                 parse).places


# -- one name of two joined by "and" -------------------------------------------------------------

@pytest.mark.parametrize(("text", "ents", "whole", "code"), [
    ("Snow closed the highway in Jammu and Kashmir on Tuesday .",
     [("Jammu", "GPE"), ("Kashmir", "LOC")], "Jammu and Kashmir", "ADM1"),
    ("Troops were sent to Trinidad and Tobago last week .",
     [("Trinidad", "GPE"), ("Tobago", "GPE")], "Trinidad and Tobago", "PCLI"),
    ("The ship sailed for Trinidad and Tobago on Monday .",
     [("Trinidad", "GPE")], "Trinidad and Tobago", "PCLI"),  # the rest left untagged
])
def test_a_name_the_model_cut_at_and_is_the_whole_place(stage: GeocodeStage, text: str,
                                                        ents: list[tuple[str, str]],
                                                        whole: str, code: str) -> None:
    places = run(stage, text, ents)
    place = at(places, text, whole)
    assert place is not None and place.feature_code == code
    assert len(places) == 1  # no Philippine town for "Trinidad", no city for "Jammu"


def test_two_places_joined_by_and_stay_two(stage: GeocodeStage) -> None:
    text = "Storms hit Ohio and Kentucky on Monday ."
    places = run(stage, text, [("Ohio", "GPE"), ("Kentucky", "GPE")])
    assert {p.name for p in places} == {"Ohio", "Kentucky"}


# -- "X, in Y" ----------------------------------------------------------------------------------

def test_a_village_the_gazetteer_lacks_after_a_comma_and_in_is_in_the_district(
        stage: GeocodeStage) -> None:
    text = ("Gunmen struck in Seytenga , in Seno province near the border with Niger , on "
            "Saturday , officials in Burkina Faso said .")
    places = run(stage, text, [("Seytenga", "GPE"), ("Seno province", "GPE"),
                               ("Niger", "GPE"), ("Burkina Faso", "GPE")])
    village = at(places, text, "Seytenga")
    assert village is not None and village.country == "BFA" and village.lat == 14.0


def toponyms_of(text: str, names: list[str]) -> list[Toponym]:
    out = []
    for name in names:
        start = text.index(name)
        out.append(Toponym(span=Span(start, start + len(name)), text=name, key=name.lower(),
                           full_key=name.lower(), level=None, label="GPE", sentence=0))
    return out


def test_x_comma_in_y_is_a_container_but_a_list_of_in_phrases_is_not() -> None:
    text = "Fighting reached Seytenga , in Seno province , on Monday ."
    assert containers(toponyms_of(text, ["Seytenga", "Seno"]), text) == {0: 1}
    text = "Attacks were reported in Kirkuk , in Diyala and in Basra ."
    assert containers(toponyms_of(text, ["Kirkuk", "Diyala", "Basra"]), text) == {}


# -- a county named with its admin word speaks as the county ------------------------------------

def test_a_county_named_with_its_admin_word_that_speaks_stays_a_place(
        stage: GeocodeStage) -> None:
    text = "Umatilla County said it would pay for the road ."
    places = run(stage, text, [("Umatilla County", "GPE")], links={1: (2, "nsubj")},
                 lemmas={"said": "say"})
    assert {p.feature_code for p in places} == {"ADM2"}


# -- a district's building "in" a town ----------------------------------------------------------

def test_a_countys_jail_in_a_town_leaves_the_county_a_county(stage: GeocodeStage) -> None:
    text = "He was taken to the Walker County jail in LaFayette on Monday ."
    places = run(stage, text, [("Walker County", "GPE"), ("LaFayette", "GPE")])
    place = at(places, text, "Walker County")
    assert place is not None and place.feature_code == "ADM2"


# -- a part of a state named before it ----------------------------------------------------------

@pytest.mark.parametrize(("text", "ents"), [
    ("Storms moved across Middle Tennessee on Friday .", [("Middle Tennessee", "GPE")]),
    ("Snow fell in Upper Tennessee and Lower Ohio .",
     [("Upper Tennessee", "LOC"), ("Lower Ohio", "LOC")]),
])
def test_a_state_after_a_word_for_its_part_is_the_state(stage: GeocodeStage, text: str,
                                                        ents: list[tuple[str, str]]) -> None:
    places = run(stage, text, ents)
    assert len(places) == len(ents) and all(p.feature_code == "ADM1" for p in places)


# -- a region's name that is also a town's, qualified by the town's state ------------------------

@pytest.fixture(scope="module")
def regions() -> GeocodeStage:
    england = Candidate(pid=-9001, name="New England", kind="region", feature_code="RGN",
                        country="USA", lat=43.9, lon=-71.5)
    midwest = Candidate(pid=-9002, name="Midwest", kind="region", feature_code="RGN",
                        country="USA", lat=41.5, lon=-91.0)
    return stage_of([
        (england, []), (midwest, []),
        (town(5061000, "New England", 46.54, -102.87, "USA", 659, "ND"), []),
        (region(5690763, "North Dakota", "admin1", 47.5, -100.5, "USA", population=770_000,
                code="ND"), ["N.D."]),
    ])


def test_a_region_named_alone_is_the_region(regions: GeocodeStage) -> None:
    text = "Snow fell across New England and the Midwest on Monday ."
    places = run(regions, text, [("New England", "LOC"), ("Midwest", "LOC")])
    assert {p.feature_code for p in places} == {"RGN"} and len(places) == 2


def test_a_regions_name_qualified_by_a_state_is_the_town_there(regions: GeocodeStage) -> None:
    text = "A farmer in New England , N.D. , said the wheat was late ."
    places = run(regions, text, [("New England", "GPE"), ("N.D.", "GPE")])
    place = at(places, text, "New England")
    assert place is not None and place.feature_code == "PPL" and place.lat == 46.54


# -- "Y's X": X is in Y -------------------------------------------------------------------------

def test_a_place_after_a_possessive_is_inside_it() -> None:
    text = "A quake shook New Zealand 's South Island on Tuesday ."
    assert containers(toponyms_of(text, ["New Zealand", "South Island"]), text) == {1: 0}
    text = "Rain fell in Kerala 's hill district Idukki on Monday ."
    assert containers(toponyms_of(text, ["Kerala", "Idukki"]), text) == {1: 0}


# -- a district named with a direction word is the district -------------------------------------

def test_a_district_named_with_a_direction_word_is_not_the_region_after_it() -> None:
    yorkshire = Candidate(pid=-9100, name="Yorkshire", kind="region", feature_code="RGN",
                          country="GBR", lat=54.0, lon=-1.5)
    north = Candidate(pid=2641209, name="North Yorkshire", kind="admin2", feature_code="ADM2",
                      country="GBR", lat=54.11, lon=-1.35, population=480_000,
                      admin1_code="ENG")
    stage = stage_of([(yorkshire, []), (north, [])])
    text = "Firefighters from North Yorkshire rescued two people ."
    places = run(stage, text, [("North Yorkshire", "GPE")])
    assert [p.feature_code for p in places] == ["ADM2"]


# -- a name run into the list of places it is at ------------------------------------------------

def test_a_name_run_into_the_places_it_is_at_gives_each_place() -> None:
    stage = stage_of([
        (town(5768000, "Pine Ridge", 43.03, -102.56, "USA", 3_300, "SD"), []),
        (town(5764000, "Kyle", 43.42, -102.18, "USA", 850, "SD"), []),
        (town(5768233, "Rapid City", 44.08, -103.23, "USA", 75_000, "SD"), []),
    ])
    text = "Members of the Oglala Band at Pine Ridge and Kyle were flown to Rapid City ."
    places = run(stage, text, [("Oglala Band at Pine Ridge and Kyle", "ORG"),
                               ("Rapid City", "GPE")])
    assert {"Pine Ridge", "Kyle", "Rapid City"} <= {p.name for p in places}
    assert at(places, text, "Oglala Band at Pine Ridge and Kyle") is None


@pytest.mark.parametrize("word", ["around", "near", "outside"])
def test_a_region_run_into_the_town_it_is_around_gives_both(word: str) -> None:
    stage = stage_of([
        (region(51966, "Lower Shabelle", "admin1", 1.9, 44.6, "SOM", population=370_000,
                code="14"), []),
        (town(65000, "Afgoye", 2.14, 45.12, "SOM", 65_000, "14"), []),
        (town(53654, "Mogadishu", 2.04, 45.34, "SOM", 2_590_000, "02"), []),
    ])
    text = f"Fighters held parts of Lower Shabelle {word} Afgoye , officials in Mogadishu said ."
    places = run(stage, text, [(f"Lower Shabelle {word} Afgoye", "GPE"), ("Mogadishu", "GPE")])
    assert at(places, text, "Lower Shabelle") is not None
    assert at(places, text, "Afgoye") is not None


# -- "the X district of Y" ----------------------------------------------------------------------

def test_the_district_of_a_province_is_in_it() -> None:
    text = "A bus fell into a gorge in the Kohistan district of Khyber Pakhtunkhwa ."
    assert containers(toponyms_of(text, ["Kohistan district", "Khyber Pakhtunkhwa"]),
                      text) == {0: 1}
    text = "Fans of Kohistan of Khyber Pakhtunkhwa cheered ."  # no unit's word: no container
    assert containers(toponyms_of(text, ["Kohistan", "Khyber Pakhtunkhwa"]), text) == {}


@pytest.fixture(scope="module")
def pakistan() -> GeocodeStage:
    return stage_of([
        (region(1168873, "Khyber Pakhtunkhwa", "admin1", 34.5, 72.0, "PAK",
                population=35_000_000, code="03"), []),
        (region(1168579, "Pakistan", "country", 30.0, 70.0, "PAK", population=212_000_000),
         []),
        (Candidate(pid=1138000, name="Kohistan", kind="admin2", feature_code="ADM2",
                   country="AFG", lat=35.38, lon=64.77, population=0, admin1_code="07"), []),
        (region(1167710, "Punjab", "admin1", 30.5, 72.5, "PAK", population=110_000_000,
                code="04"), []),
        (region(1259223, "Punjab", "admin1", 31.0, 75.5, "IND", population=28_000_000,
                code="23"), []),
        (region(1269750, "India", "country", 22.0, 79.0, "IND", population=1_300_000_000),
         []),
        (region(1122000, "Mara", "admin1", -1.75, 34.5, "TZA", population=1_700_000,
                code="08"), []),
    ])


def test_a_district_of_a_province_is_no_district_of_another_country(
        pakistan: GeocodeStage) -> None:
    text = ("A bus fell into a gorge in the Kohistan district of Khyber Pakhtunkhwa , police "
            "in Pakistan said .")
    places = run(pakistan, text, [("Kohistan district", "GPE"), ("Khyber Pakhtunkhwa", "GPE"),
                                  ("Pakistan", "GPE")])
    place = at(places, text, "Kohistan district")
    assert place is not None and place.country == "PAK"


def test_a_valley_region_of_a_state_is_not_a_province_abroad() -> None:
    stage = stage_of([
        (town(5391295, "Salinas", 36.68, -121.66, "USA", 157_000, "CA"), []),
        (region(4565000, "Salinas", "admin1", 17.98, -66.3, "PRI", population=22_500,
                code="SA"), []),
        (region(5332921, "California", "admin1", 37.25, -119.75, "USA",
                population=39_000_000, code="CA"), []),
    ])
    text = "The spinach was traced to the Salinas Valley region of California last week ."
    places = run(stage, text, [("Salinas Valley region", "LOC"), ("California", "GPE")])
    place = at(places, text, "Salinas Valley region")
    assert place is not None and place.country == "USA"


def test_a_name_the_text_calls_a_district_is_no_province_abroad(pakistan: GeocodeStage) -> None:
    text = ("Police in Pakistan closed the districts of Kohistan and Mara in Khyber "
            "Pakhtunkhwa on Monday .")
    places = run(pakistan, text, [("Pakistan", "GPE"), ("Kohistan", "GPE"), ("Mara", "GPE"),
                                  ("Khyber Pakhtunkhwa", "GPE")])
    place = at(places, text, "Mara")
    assert place is None or place.country != "TZA"


# -- a place mention that is a list of places ---------------------------------------------------

@pytest.fixture(scope="module")
def klamath() -> GeocodeStage:
    return stage_of([
        (town(5355000, "Happy Camp", 41.79, -123.38, "USA", 1_190, "CA"), []),
        (town(5391000, "Yreka", 41.74, -122.63, "USA", 7_800, "CA"), []),
        (Candidate(pid=-9400, name="South America", kind="region", feature_code="CONT",
                   country=None, lat=-14.6, lon=-57.7), []),
        (Candidate(pid=-9401, name="Central America", kind="region", feature_code="RGN",
                   country=None, lat=12.8, lon=-85.6), []),
    ])


def test_a_place_mention_listing_places_gives_each(klamath: GeocodeStage) -> None:
    text = "Cameras near Happy Camp and Seiad Valley , west of Yreka , saw wolves ."
    places = run(klamath, text, [("Happy Camp and Seiad Valley", "FAC"), ("Yreka", "GPE")])
    assert at(places, text, "Happy Camp and Seiad Valley") is None
    assert at(places, text, "Seiad Valley") is not None


def test_a_shared_last_word_is_not_split_off_as_a_generic_word(klamath: GeocodeStage
                                                               ) -> None:
    text = "Species live in the jungles of Central and South America ."
    places = run(klamath, text, [("Central and South America", "LOC")])
    assert {p.name for p in places} <= {"Central America", "South America"} and places


@pytest.fixture(scope="module")
def portlands() -> GeocodeStage:
    return stage_of([
        (town(5746545, "Portland", 45.52, -122.68, "USA", 650_000, "OR"), []),
        (town(4975802, "Portland", 43.66, -70.26, "USA", 67_000, "ME"), []),
        (region(3488996, "Portland", "admin1", 18.1, -76.5, "JAM", population=82_000,
                code="07"), []),
        (region(4971068, "Maine", "admin1", 45.5, -69.25, "USA", population=1_340_000,
                code="ME"), []),
        (region(5744337, "Oregon", "admin1", 44.0, -120.5, "USA", population=4_200_000,
                code="OR"), []),
        (town(6077243, "Montreal", 45.51, -73.59, "CAN", 1_760_000, "10"), []),
        (region(4197000, "Georgia", "admin1", 32.75, -83.5, "USA", population=10_700_000,
                code="GA"), []),
        (region(4544379, "Oklahoma", "admin1", 35.5, -97.5, "USA", population=3_900_000,
                code="OK"), []),
        (region(6254927, "Pennsylvania", "admin1", 40.5, -77.5, "USA",
                population=12_800_000, code="PA"), []),
    ])


def test_a_town_and_its_state_listed_with_another_town_is_a_qualified_town(
        portlands: GeocodeStage) -> None:
    """"Portland, Maine, and Montreal": a town, its state and another town, not three
    items of one kind."""
    text = "Visitors came from as far away as Portland , Maine , and Montreal last summer ."
    places = run(portlands, text, [("Portland", "GPE"), ("Maine", "GPE"),
                                        ("Montreal", "GPE")])
    place = at(places, text, "Portland")
    assert place is not None and place.lat == 43.66


def test_a_list_of_states_is_no_state_in_a_state(portlands: GeocodeStage) -> None:
    text = "Fans came from Georgia , Oklahoma , Pennsylvania and Maine ."
    places = run(portlands, text, [("Georgia", "GPE"), ("Oklahoma", "GPE"),
                                        ("Pennsylvania", "GPE"), ("Maine", "GPE")])
    for name in ("Georgia", "Oklahoma", "Pennsylvania"):
        place = at(places, text, name)
        assert place is not None and place.feature_code == "ADM1", name


def test_a_town_its_state_and_another_town_make_a_container_not_a_list() -> None:
    states = {"Maine", "Georgia", "Oklahoma", "Pennsylvania"}

    def unit(top: Toponym) -> bool:
        return top.text in states

    text = "Visitors came from Portland , Maine , and Montreal last summer ."
    tops = toponyms_of(text, ["Portland", "Maine", "Montreal"])
    assert containers(tops, text, unit) == {0: 1}
    text = "Fans came from Georgia , Oklahoma , Pennsylvania and Maine ."
    tops = toponyms_of(text, ["Georgia", "Oklahoma", "Pennsylvania", "Maine"])
    assert containers(tops, text, unit) == {}


def test_a_list_of_towns_or_districts_holds_no_container() -> None:
    text = "The road runs through Espinar , Chumbivilcas , Cotabambas and Antabamba ."
    tops = toponyms_of(text, ["Espinar", "Chumbivilcas", "Cotabambas", "Antabamba"])
    assert containers(tops, text, lambda top: False) == {}
