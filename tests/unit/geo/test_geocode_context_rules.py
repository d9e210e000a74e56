"""Rules added for unknown names, adjectives, admin hints, enumerations, possessives,
untagged country names and datelines (hand-built parses, a small in-memory gazetteer)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.model import Article, ArticleAnalysis, Mention, Place, Span
from newsevents.parse import build_parse
from newsevents.resources.gazetteer import Candidate, InMemoryGazetteer
from newsevents.stages.places import GeocodeStage
from newsevents.stages.places.lookup import adjective_lookup
from newsevents.stages.places.toponym import make_toponym

from .gazdata import city


def _place(pid: int, name: str, kind: str, lat: float, lon: float, *,
           country: str | None = None, population: int = 0, code: str = "") -> Candidate:
    feature = {"country": "PCLI", "admin1": "ADM1", "region": "RGN"}[kind]
    return Candidate(pid=pid, name=name, kind=kind, feature_code=feature, country=country,
                     lat=lat, lon=lon, population=population, admin1_code=code or None,
                     admin1=name if kind == "admin1" else None)


def capital(pid: int, name: str, lat: float, lon: float, country: str,
            population: int) -> Candidate:
    return replace(city(pid, name, lat, lon, country, population), feature_code="PPLC")


@pytest.fixture(scope="module")
def gazetteer() -> InMemoryGazetteer:
    entries = [
        (city(4335045, "New Orleans", 29.95, -90.07, "USA", 389617), []),
        (city(4333177, "Metairie", 29.98, -90.15, "USA", 143_440), []),
        (city(4315588, "Baton Rouge", 30.45, -91.15, "USA", 227_715), []),
        (capital(4140963, "Washington", 38.90, -77.04, "USA", 689545), ["Washington, D.C."]),
        (capital(276781, "Beirut", 33.89, 35.50, "LBN", 1916100), []),
        (_place(5815135, "Washington", "admin1", 47.5, -120.5, country="USA",
                population=7_700_000, code="WA"), []),
        (_place(5744337, "Oregon", "admin1", 44.0, -120.5, country="USA",
                population=4_200_000, code="OR"), []),
        (_place(5596512, "Idaho", "admin1", 44.5, -114.25, country="USA",
                population=1_800_000, code="ID"), []),
        (_place(6255148, "Europe", "region", 48.69, 9.14), []),
        (_place(-2, "Atlantic Ocean", "region", 10.0, -30.0), ["Atlantic"]),
        (city(4846960, "Atlantic", 41.40, -95.01, "USA", 6833), []),
        (city(3025466, "Chartres", 48.45, 1.49, "FRA", 38426), []),
        (_place(-1, "Middle East", "region", 29.0, 41.0), []),
        (_place(3190538, "Slovenia", "country", 46.08, 14.82, country="SVN"), []),
        (_place(239880, "Central African Republic", "country", 7.0, 21.0, country="CAF"),
         ["CAR"]),
        (_place(272103, "Lebanon", "country", 33.83, 35.83, country="LBN"), []),
        (_place(6252001, "United States", "country", 39.76, -98.5, country="USA"), []),
    ]
    return InMemoryGazetteer(entries, demonyms={"Lebanese": "LBN"})


@pytest.fixture(scope="module")
def stage(gazetteer: InMemoryGazetteer) -> GeocodeStage:
    return GeocodeStage(gazetteer)


def run(stage: GeocodeStage, text: str, ents: list[tuple[str, str]], *,
        pos: dict[str, str] | None = None) -> tuple[Place, ...]:
    words = text.split()
    spans, used = [], set()
    for name, label in ents:
        parts = name.split()
        start = next(i for i in range(len(words))
                     if words[i:i + len(parts)] == parts and i not in used)
        used.add(start)
        spans.append((start, start + len(parts), label))
    tags = [(pos or {}).get(w, "X") for w in words]
    starts = [i + 1 for i, w in enumerate(words[:-1]) if w == "."]  # "." ends a sentence
    parse = build_parse(text, ents=spans, pos=tags, sent_starts=starts)
    mentions = tuple(Mention(span=e.span, label=e.label, sentence=0) for e in parse.ents)
    return stage(ArticleAnalysis(article=Article(id="t", text=text), mentions=mentions),
                 parse).places


def named(places: tuple[Place, ...], text: str, surface: str) -> Place:
    return next(p for p in places if any(s.of(text) == surface for s in p.mentions))


def test_unknown_facility_is_placed_at_the_nearest_city(stage: GeocodeStage) -> None:
    text = "Crews repaved Cypress Lane last week , a council spokesman in New Orleans said ."
    places = run(stage, text, [("Cypress Lane", "FAC"), ("New Orleans", "GPE")])
    lane = named(places, text, "Cypress Lane")
    assert lane.name == "Cypress Lane" and lane.geonameid is None
    assert (lane.lat, lane.lon) == (29.95, -90.07)
    assert lane.precision == 2 and lane.confidence < 0.5 and "New Orleans" in lane.reason
    assert named(places, text, "New Orleans").id != lane.id


def test_unknown_facility_without_any_named_place_stays_unclear(stage: GeocodeStage) -> None:
    text = "Crews repaved Cypress Lane last week ."
    (lane,) = run(stage, text, [("Cypress Lane", "FAC")])
    assert lane.lat is None and lane.precision == 7


def test_unknown_gpe_is_reported_with_its_reason_not_anchored(stage: GeocodeStage) -> None:
    text = "Officials from Zorblatia met in New Orleans ."
    places = run(stage, text, [("Zorblatia", "GPE"), ("New Orleans", "GPE")])
    assert [p.name for p in places] == ["New Orleans"]


def test_adjective_names_its_region(gazetteer: InMemoryGazetteer) -> None:
    assert [c.name for c in adjective_lookup(gazetteer, "European")] == ["Europe"]
    assert [c.name for c in adjective_lookup(gazetteer, "Middle Eastern")] == ["Middle East"]
    assert adjective_lookup(gazetteer, "Europe") == []
    assert adjective_lookup(gazetteer, "european") == []  # not a proper adjective


def test_washington_state_is_the_state(stage: GeocodeStage) -> None:
    text = "The infected cow came from a Washington state dairy farm ."
    (place,) = run(stage, text, [("Washington", "GPE")])
    assert place.lat == 47.5 and place.precision == 4


def test_washington_alone_is_the_capital(stage: GeocodeStage) -> None:
    text = "Officials in Washington said the talks would resume ."
    (place,) = run(stage, text, [("Washington", "GPE")])
    assert place.lat == 38.90 and place.precision == 1


def test_name_in_a_list_of_states_is_a_state(stage: GeocodeStage) -> None:
    text = "New cases were confirmed in Oregon , Washington and Idaho ."
    places = run(stage, text, [("Oregon", "GPE"), ("Washington", "GPE"), ("Idaho", "GPE")])
    washington = named(places, text, "Washington")
    assert washington.lat == 47.5 and "listed with" in washington.reason


def test_possessive_is_not_part_of_the_place_name(stage: GeocodeStage) -> None:
    text = "Lebanon's army moved south ."
    (place,) = run(stage, text, [("Lebanon's", "GPE")])
    assert place.name == "Lebanon"
    assert [s.of(text) for s in place.mentions] == ["Lebanon"]


def test_untagged_country_name_is_a_toponym(stage: GeocodeStage) -> None:
    text = "Later , Slovenia closed two crossings ."
    (place,) = run(stage, text, [], pos={"Slovenia": "PROPN"})
    assert place.country == "SVN"


def test_untagged_short_alias_or_longer_name_is_not_a_country(stage: GeocodeStage) -> None:
    assert run(stage, "Car sales fell again .", [], pos={"Car": "PROPN"}) == ()
    text = "Later , Slovenia Smith closed the shop ."
    assert run(stage, text, [], pos={"Slovenia": "PROPN", "Smith": "PROPN"}) == ()


def test_capitalised_dateline_is_a_place(stage: GeocodeStage) -> None:
    text = "BEIRUT, Lebanon -- Protesters gathered again on Sunday ."
    places = run(stage, text, [("BEIRUT,", "ORG"), ("Lebanon", "GPE")])
    beirut = named(places, text, "BEIRUT")
    assert beirut.name == "Beirut" and beirut.country == "LBN"


def test_dateline_needs_capitals_and_a_known_place_or_a_qualifier(stage: GeocodeStage
                                                                   ) -> None:
    assert run(stage, "Beirut, Lebanon -- Protesters gathered .", []) == ()
    assert run(stage, "ZORBLAT -- Protesters gathered .", []) == ()
    text = "ZORBLAT, Lebanon -- Protesters gathered ."  # placed only as far as "Lebanon" says
    zorblat = named(run(stage, text, [("Lebanon", "GPE")]), text, "ZORBLAT")
    assert zorblat.country == "LBN" and zorblat.precision == 5


def test_unknown_facility_falls_back_to_the_country_of_its_sentence(stage: GeocodeStage
                                                                     ) -> None:
    text = "Crews repaved Cypress Lane , the Lebanon transport ministry said ."
    places = run(stage, text, [("Cypress Lane", "FAC"), ("Lebanon", "GPE")])
    lane = named(places, text, "Cypress Lane")
    assert lane.country == "LBN" and lane.precision == 5
    assert "same sentence" in lane.reason


def test_unknown_facility_falls_back_to_the_one_country_of_the_article(stage: GeocodeStage
                                                                       ) -> None:
    text = "Crews repaved Cypress Lane . The Lebanon transport ministry paid for it ."
    places = run(stage, text, [("Cypress Lane", "FAC"), ("Lebanon", "GPE")])
    lane = named(places, text, "Cypress Lane")
    assert lane.country == "LBN" and lane.precision == 5
    assert "all the places the article names are in it" in lane.reason


def test_a_sentence_naming_two_countries_unequally_does_not_place_an_unknown_facility(
        stage: GeocodeStage) -> None:
    # Lebanon is named more often, but the envoy may have spoken in his own country
    text = ("At the Cypress Hall the United States envoy said aid for Beirut and Lebanon "
            "would follow .")
    places = run(stage, text, [("Cypress Hall", "FAC"), ("United States", "GPE"),
                               ("Beirut", "GPE"), ("Lebanon", "GPE")])
    hall = named(places, text, "Cypress Hall")
    assert hall.lat is None and hall.country is None and "does not say" in hall.reason


@pytest.mark.parametrize(("text", "facility", "others"), [
    ("At the Cypress Hall the envoy said aid for Beirut and Lebanon would follow . "
     "Washington sent a plane .", "Cypress Hall", [("Beirut", "GPE"), ("Lebanon", "GPE")]),
    # a sea the sentence names lies in no country and says nothing of which
    ("Oil goes across the Atlantic from the Cypress Terminal , the Lebanon transport "
     "ministry said . Washington sent a plane .", "Cypress Terminal",
     [("Atlantic", "LOC"), ("Lebanon", "GPE")]),
])
def test_unknown_facility_goes_with_the_one_country_of_its_sentence(
        stage: GeocodeStage, text: str, facility: str, others: list[tuple[str, str]]) -> None:
    ents = [(facility, "FAC"), *others, ("Washington", "GPE")]
    place = named(run(stage, text, ents), text, facility)
    assert place.country == "LBN" and "same sentence" in place.reason


def test_unknown_facility_is_not_moved_to_another_country(stage: GeocodeStage) -> None:
    text = ("The president spoke at the Cypress Hall . Shells fell on Beirut . "
            "Aid reached New Orleans .")
    places = run(stage, text, [("Cypress Hall", "FAC"), ("Beirut", "GPE"),
                               ("New Orleans", "GPE")])
    hall = named(places, text, "Cypress Hall")
    assert hall.lat is None and hall.country is None and hall.precision == 7
    assert "does not say" in hall.reason


def test_the_before_a_name_means_a_sea_or_region_not_a_town(stage: GeocodeStage) -> None:
    text = "Storms form over the tropical Atlantic every autumn , officials in Iowa said ."
    (place,) = run(stage, text, [("Atlantic", "LOC")])
    assert place.name == "Atlantic Ocean"


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("storms over the tropical Atlantic grew", "Atlantic", True),
    ("ships in the Atlantic waited", "Atlantic", True),
    ("fighting in the north of Mosul went on", "Mosul", False),
    ("a reporter for the Washington Post wrote", "Washington", False),
    ("troops entered Mosul on Monday", "Mosul", False),
])
def test_article_flag(text: str, name: str, expected: bool) -> None:
    parse = build_parse(text)
    start = text.index(name)
    top = make_toponym(Span(start, start + len(name)), name, "GPE", parse)
    assert top.article is expected


def test_foreign_namesake_does_not_anchor_unknown_streets(stage: GeocodeStage) -> None:
    text = ("In New Orleans , the Chartres mural near Cypress Lane was restored , "
            "New Orleans officials said .")
    places = run(stage, text, [("New Orleans", "GPE"), ("Chartres", "GPE"),
                               ("Cypress Lane", "FAC"), ("New Orleans", "GPE")])
    lane = named(places, text, "Cypress Lane")
    assert lane.country == "USA" and "New Orleans" in lane.reason


@pytest.mark.parametrize("river_name", ["Cypress River", "River Cypress", "Loch Cypress"])
def test_unknown_natural_feature_is_a_place_unknown_loc_is_not(stage: GeocodeStage,
                                                               river_name: str) -> None:
    text = f"Fish died along the {river_name} and Zorblat Sector , New Orleans officials said ."
    places = run(stage, text, [(river_name, "LOC"), ("Zorblat Sector", "LOC"),
                               ("New Orleans", "GPE")])
    river = named(places, text, river_name)
    assert river.precision == 2 and river.country == "USA"
    assert not any(p.name == "Zorblat Sector" for p in places)


def test_unknown_facility_in_a_one_country_story_is_at_a_named_city_with_country_precision(
        stage: GeocodeStage) -> None:
    text = ("Crews repaved Cypress Lane on Monday . Officials in New Orleans praised them . "
            "Washington sent money .")
    places = run(stage, text, [("Cypress Lane", "FAC"), ("New Orleans", "GPE"),
                               ("Washington", "GPE")])
    lane = named(places, text, "Cypress Lane")
    assert (lane.lat, lane.lon) == (29.95, -90.07) and lane.country == "USA"
    assert lane.precision == 5 and "all its places are in United States" in lane.reason


@pytest.mark.parametrize("name", ["Slovenia Delta", "Slovenia River"])
def test_a_natural_feature_named_after_a_country_is_not_at_the_countrys_point(
        stage: GeocodeStage, name: str) -> None:
    text = f"Fishing boats sank in the {name} on Monday ."
    places = run(stage, text, [(name, "LOC")])
    assert not any(p.country == "SVN" and p.lat == 46.08 for p in places)


def test_a_word_before_another_name_of_a_country_is_no_modifier_of_it() -> None:
    gaz = InMemoryGazetteer([(_place(2629691, "Iceland", "country", 65.0, -18.0,
                                     country="ISL"), ["Island"]),
                             (_place(2921044, "Germany", "country", 51.5, 10.5,
                                     country="DEU"), [])])
    text = "A ferry runs to Fire Island and to Nazi Germany ."
    places = run(GeocodeStage(gaz), text, [("Fire Island", "LOC"), ("Nazi Germany", "GPE")])
    assert "ISL" not in {p.country for p in places}  # "Island" (Ísland) is no modifier's
    assert any(p.name == "Germany" for p in places)  # "Nazi Germany" is Germany


def test_a_part_of_the_town_is_placed_in_it_not_at_a_namesake_elsewhere() -> None:
    gaz = InMemoryGazetteer([
        (city(4335045, "New Orleans", 29.95, -90.07, "USA", 389617), []),
        (city(5122000, "Eltingville", 40.55, -74.17, "USA", 10_573), ["South Side"]),
    ])
    text = "New Orleans police said a fire hit a house on the city 's South Side ."
    places = run(GeocodeStage(gaz), text, [("New Orleans", "GPE"), ("South Side", "LOC")])
    side = named(places, text, "South Side")
    assert (side.lat, side.lon) == (29.95, -90.07) and "New Orleans" in side.reason
    text = "A fire hit a house in South Side on Monday ."  # no possessive: the gazetteer's
    (place,) = run(GeocodeStage(gaz), text, [("South Side", "LOC")])
    assert place.lat == 40.55


def test_a_local_story_naming_a_farther_place_once_stays_local(stage: GeocodeStage) -> None:
    text = ("Crews repaved Cypress Lane on Monday . New Orleans officials praised them . "
            "New Orleans and Metairie residents cheered . Baton Rouge sent money . "
            "New Orleans paid the rest .")
    places = run(stage, text, [("Cypress Lane", "FAC"), ("New Orleans", "GPE"),
                               ("New Orleans", "GPE"), ("Metairie", "GPE"),
                               ("Baton Rouge", "GPE"), ("New Orleans", "GPE")])
    lane = named(places, text, "Cypress Lane")
    assert (lane.lat, lane.lon) == (29.95, -90.07) and lane.precision != 5
    assert "near it" in lane.reason


def test_a_story_whose_places_are_spread_is_not_local(stage: GeocodeStage) -> None:
    text = ("Crews repaved Cypress Lane on Monday . New Orleans officials praised them . "
            "Baton Rouge sent money .")
    places = run(stage, text, [("Cypress Lane", "FAC"), ("New Orleans", "GPE"),
                               ("Baton Rouge", "GPE")])
    assert named(places, text, "Cypress Lane").precision == 5


def test_a_comma_inside_an_enumeration_is_not_containment(stage: GeocodeStage) -> None:
    from newsevents.stages.places.context import containers

    text = "Cases rose in Idaho , Oregon , Washington and Beirut ."
    words = text.split()
    parse = build_parse(text, ents=[], pos=["X"] * len(words))
    tops = [make_toponym(Span(text.index(n), text.index(n) + len(n)), n, "GPE", parse)
            for n in ("Idaho", "Oregon", "Washington", "Beirut")]
    assert containers(tops, text) == {}
    text2 = "Cases rose in Spokane , Washington on Monday ."
    parse2 = build_parse(text2, ents=[], pos=["X"] * len(text2.split()))
    tops2 = [make_toponym(Span(text2.index(n), text2.index(n) + len(n)), n, "GPE", parse2)
             for n in ("Spokane", "Washington")]
    assert containers(tops2, text2) == {0: 1}


def test_feature_and_direction_words_are_no_part_of_a_name_to_look_up() -> None:
    from newsevents.stages.places.lookup import name_parts

    assert name_parts("Lake Titicaca") == []
    assert name_parts("South West England") == []
    assert name_parts("Baghdad International Airport") == ["Baghdad International", "Baghdad"]


def test_unknown_facility_goes_with_the_place_that_qualifies_it(stage: GeocodeStage) -> None:
    text = "Cypress Lane , Beirut , was shut , Washington and New York officials said ."
    places = run(stage, text, [("Cypress Lane", "FAC"), ("Beirut", "GPE"),
                               ("Washington", "GPE"), ("New York", "GPE")])
    lane = named(places, text, "Cypress Lane")
    assert lane.country == "LBN" and "named after it" in lane.reason


def test_a_sentence_naming_two_countries_equally_does_not_place_an_unknown_facility(
        stage: GeocodeStage) -> None:
    text = "Shells hit the Cypress Hall , Slovenia said , and Lebanon denied it ."
    places = run(stage, text, [("Cypress Hall", "FAC"), ("Slovenia", "GPE"),
                               ("Lebanon", "GPE")])
    hall = named(places, text, "Cypress Hall")
    assert hall.lat is None and hall.country is None and "does not say" in hall.reason



def test_a_place_named_only_inside_an_organisation_s_name_draws_no_town_near_it() -> None:
    from newsevents.stages.places.groups import Group
    from newsevents.stages.places.resolve import coherence

    town = Candidate(pid=1, name="Rome", kind="city", feature_code="PPL", country="USA",
                     lat=43.2, lon=-75.5, population=32_000)
    state = Candidate(pid=2, name="New York", kind="admin1", feature_code="ADM1",
                      country="USA", lat=43.0, lon=-75.5, population=19_000_000)
    groups = [Group(members=[0], candidates=[town]),
              Group(members=[1], candidates=[state], first=state, first_confidence=0.9)]
    assert coherence(town, 0, groups)[0] > 0  # a place of the story draws it
    groups[1].embedded = True  # "the NY Plum Island center"
    assert coherence(town, 0, groups) == (0.0, [])
