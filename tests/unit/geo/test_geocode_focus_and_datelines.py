"""Issue 13, items 1 and 2: a town's namesake decided by the article's province when the name
is also an alternate name of a foreign province, names the model tagged PERSON or ORG that a
country or state qualifies, datelines written with a colon or qualified by a state, and the
context that makes a name a place (a place noun after a determiner, a possessive or a
capitalised adjective; "the capital, X"; "the mayor of X"; "in downtown X"; the object of
"control"; a facility's last word). Our own sentences on hand-built parses and a small
in-memory gazetteer (rounded real coordinates)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.model import Article, ArticleAnalysis, Mention, Place
from newsevents.parse import build_parse
from newsevents.resources.gazetteer import InMemoryGazetteer
from newsevents.stages.places import GeocodeStage

from .test_geocode_recall_cues import at, run, town, unit

ENTRIES = [
    (replace(town(2761369, "Vienna", 48.21, 16.37, "AUT", 1_691_468, code="09"),
             feature_code="PPLC"), []),
    (unit(2761367, "Wien", "admin1", 48.21, 16.38, "AUT", population=3_417_161, code="09"),
     ["Vienna"]),
    (town(4791160, "Vienna", 38.90, -77.27, "USA", 16_522, code="VA"), []),
    (town(4758023, "Fairfax", 38.85, -77.31, "USA", 24_013, code="VA"), []),
    (town(4751935, "Centreville", 38.84, -77.43, "USA", 71_135, code="VA"), []),
    (town(4833403, "Mannford", 36.13, -96.35, "USA", 3_000, code="OK"), []),
    (town(1566083, "Ho Chi Minh City", 10.82, 106.63, "VNM", 3_467_331, code="20"), []),
    (replace(town(287286, "Muscat", 23.58, 58.41, "OMN", 797_000, code="06"),
             feature_code="PPLC"), []),
    (unit(286916, "Zufar", "admin1", 17.5, 54.0, "OMN", population=249_729, code="08"),
     ["Dhofar"]),
    (unit(2328926, "Borno", "admin1", 11.68, 13.0, "NGA", population=1_674_695, code="02"),
     []),
    (town(2331447, "Maiduguri", 11.85, 13.16, "NGA", 1_112_449, code="02"), []),
    (unit(2328926 + 1, "Nigeria", "country", 10.0, 8.0, "NGA", population=195_874_740), []),
    (unit(4952349, "Suffolk County", "admin2", 42.33, -71.09, "USA", population=2_011_331,
          code="MA"), ["Suffolk"]),
    (unit(5138000, "Suffolk County", "admin2", 40.87, -72.90, "USA", population=1_502_006,
          code="NY"), ["Suffolk"]),
    (town(5139000, "Southold", 41.06, -72.43, "USA", 5_748, code="NY"), []),
    (unit(6254928, "Virginia", "admin1", 37.5, -78.5, "USA", population=8_500_000,
          code="VA"), ["Va."]),
    (unit(5815135, "Washington", "admin1", 47.5, -120.5, "USA", population=7_700_000,
          code="WA"), ["Wash."]),
    (unit(1562822, "Vietnam", "country", 16.17, 107.83, "VNM", population=95_540_000), []),
    (unit(286963, "Oman", "country", 21.0, 57.0, "OMN", population=4_829_000), []),
    (unit(6252001, "United States", "country", 39.76, -98.5, "USA",
          population=327_000_000), ["U.S."]),
    (unit(2782113, "Austria", "country", 47.33, 13.33, "AUT", population=8_847_037), []),
]


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    gaz = InMemoryGazetteer(ENTRIES, demonyms={"Austrian": "AUT", "Vietnamese": "VNM"},
                            country_codes={"US": "USA", "AT": "AUT"})
    return GeocodeStage(gaz)


# -- namesakes: the article's province ahead of a foreign capital's population ----------------

def test_a_town_named_like_a_foreign_capital_is_the_one_in_the_articles_province(
        stage: GeocodeStage) -> None:
    text = ("Homes in Fairfax and Centreville sold fast . Buyers in Vienna paid more than "
            "in Centreville .")
    places = run(stage, text, [("Fairfax", "GPE"), ("Centreville", "GPE"), ("Vienna", "GPE"),
                               ("Centreville", "GPE")])
    assert at(places, text, "Vienna").country == "USA"  # type: ignore[union-attr]


def test_without_context_the_capital_keeps_its_name(stage: GeocodeStage) -> None:
    text = "The orchestra played in Vienna on Sunday ."
    assert at(run(stage, text, [("Vienna", "GPE")]), text, "Vienna").country == "AUT"  # type: ignore[union-attr]


def test_an_austrian_story_keeps_the_capital(stage: GeocodeStage) -> None:
    text = "Austrian voters queued in Vienna , and Austria counted the ballots overnight ."
    places = run(stage, text, [("Austrian", "NORP"), ("Vienna", "GPE"), ("Austria", "GPE")])
    assert at(places, text, "Vienna").country == "AUT"  # type: ignore[union-attr]


# -- names tagged PERSON or ORG that a country or state qualifies ------------------------------

@pytest.mark.parametrize(("text", "name", "label"), [
    ("Clinics opened in Ho Chi Minh City ; Tan Hiep , Vietnam ; and Hue .", "Tan Hiep",
     "PERSON"),
    ("Water ran short in Lone Cedar , Va. , on Friday .", "Lone Cedar", "ORG"),
    ("Dust storms reached Mannford and Lone Cedar , Va. , by noon .", "Lone Cedar", "PERSON"),
])
def test_a_name_a_country_or_state_qualifies_is_a_place_known_or_not(
        stage: GeocodeStage, text: str, name: str, label: str) -> None:
    ents = [(name, label), ("Vietnam" if "Vietnam" in text else "Va.", "GPE")]
    place = at(run(stage, text, ents), text, name)
    assert place is not None and place.lat is not None  # placed at its qualifier
    assert place.country == ("VNM" if "Vietnam" in text else "USA")


@pytest.mark.parametrize(("text", "name"), [
    ("Coach Dana Cole , Virginia Tech 's coach , smiled .", "Dana Cole"),
    ("Shares of Lone Cedar Corp , Va. , fell .", "Lone Cedar Corp"),
])
def test_a_person_or_company_before_a_state_is_no_place(stage: GeocodeStage, text: str,
                                                         name: str) -> None:
    label = "PERSON" if "Corp" not in name else "ORG"
    places = run(stage, text, [(name, label)])
    assert at(places, text, name) is None


# -- datelines ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Muscat: The film festival opened on Monday .",
    "By Dana Cole\nMuscat: The film festival opened on Monday .",
    "MUSCAT: The film festival opened on Monday .",
])
def test_a_place_before_a_colon_opening_a_line_is_a_dateline(stage: GeocodeStage,
                                                              text: str) -> None:
    name = "MUSCAT" if "MUSCAT" in text else "Muscat"
    place = at(run(stage, text, []), text, name)
    assert place is not None and place.country == "OMN"


@pytest.mark.parametrize("text", [
    "Note: The film festival opened on Monday .",
    "The festival opened in two halls: Zufar and Sur .",
])
def test_a_word_before_a_colon_is_no_dateline_unless_it_opens_a_line_and_is_a_place(
        stage: GeocodeStage, text: str) -> None:
    assert run(stage, text, []) == ()


def test_an_unknown_dateline_qualified_by_a_state_is_placed_in_that_state(
        stage: GeocodeStage) -> None:
    text = "CAMP ORCHARD, Wash. - Soldiers trained all week ."
    places = run(stage, text, [("Wash.", "GPE")])
    camp = at(places, text, "CAMP ORCHARD")
    assert camp is not None and camp.country == "USA" and camp.admin1 == "Washington"


def test_unknown_capitals_without_a_qualifier_are_no_dateline(stage: GeocodeStage) -> None:
    assert run(stage, "CAMP ORCHARD - Soldiers trained all week .", []) == ()


# -- the context that makes a name the model took for a person or organisation a place ------

def parsed(stage: GeocodeStage, text: str, ents: list[tuple[str, str]], *,
           adjectives: tuple[str, ...] = (), nouns: tuple[str, ...] = (),
           heads: list[int] | None = None, deps: list[str] | None = None,
           lemmas: list[str] | None = None) -> tuple[Place, ...]:
    """Run the stage with part-of-speech tags: capitalised words are proper nouns, except
    the `adjectives` ("Omani"); lowercase `nouns` are common nouns."""
    words = text.split()
    spans, used = [], set()
    for name, label in ents:
        size = len(name.split())
        start = next(i for i in range(len(words)) if words[i:i + size] == name.split()
                     and not used & set(range(i, i + size)))
        used.update(range(start, start + size))
        spans.append((start, start + size, label))
    pos = ["ADJ" if w in adjectives else "NOUN" if w in nouns else "PROPN" if w[:1].isupper()
           else "X" for w in words]
    parse = build_parse(text, ents=spans, pos=pos, heads=heads, deps=deps, lemmas=lemmas)
    mentions = tuple(Mention(span=e.span, label=e.label, sentence=0) for e in parse.ents)
    article = Article(id="t", text=text)
    return stage(ArticleAnalysis(article=article, mentions=mentions), parse).places


@pytest.mark.parametrize(("text", "name", "adjectives"), [
    ("Gunmen shot two guards in the capital , Muscat , on Monday .", "Muscat", ()),
    ("Gunmen shot two guards in the Omani capital Muscat on Monday .", "Muscat", ("Omani",)),
    ("A bomb went off in Oman 's southern province Dhofar on Monday .", "Dhofar", ()),
    ("Mannford , a small Oklahoman town , lost power on Friday .", "Mannford",
     ("Oklahoman",)),
    ("The mayor of Mannford closed the roads .", "Mannford", ()),
    ("Residents of Mannford fled the fire .", "Mannford", ()),
    ("Sirens sounded in downtown Mannford overnight .", "Mannford", ()),
    ("Rebels shelled the northern perimeter of Mannford .", "Mannford", ()),
    ("Crews restored power to parts of Mannford by noon .", "Mannford", ()),
    ("Shells fell on the outskirts of Mannford overnight .", "Mannford", ()),
])
def test_the_context_makes_a_person_tagged_name_a_place(stage: GeocodeStage, text: str,
                                                        name: str,
                                                        adjectives: tuple[str, ...]) -> None:
    places = parsed(stage, text, [(name, "PERSON")], adjectives=adjectives)
    assert at(places, text, name) is not None


@pytest.mark.parametrize("text", [
    "Leaders in their community , Dana Cole , MLA , spoke .",
    "Critics of Dana Cole spoke on Monday .",
])
def test_a_person_after_such_words_is_still_a_person(stage: GeocodeStage, text: str) -> None:
    name = "Dana Cole" if "Dana" in text else "Mannford"
    assert at(parsed(stage, text, [(name, "PERSON")]), text, name) is None


@pytest.mark.parametrize(("lemma", "placed"), [("control", True), ("praise", False)])
def test_the_object_of_control_is_a_place(stage: GeocodeStage, lemma: str,
                                           placed: bool) -> None:
    text = "Rebels held Mannford on Monday ."
    places = parsed(stage, text, [("Mannford", "PERSON")], heads=[1, 1, 1, 1, 3, 1],
                    deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                    lemmas=["rebel", lemma, "Mannford", "on", "Monday", "."])
    assert (at(places, text, "Mannford") is not None) is placed


@pytest.mark.parametrize(("subject", "verb", "placed"), [
    ("shelling", "hit", True), ("storm", "batter", True), ("tornado", "strike", True),
    ("car", "hit", False), ("voter", "strike", False)])
def test_the_object_of_a_weapon_or_hazard_striking_is_a_place(
        stage: GeocodeStage, subject: str, verb: str, placed: bool) -> None:
    text = f"The {subject} {verb} Mannford on Monday ."
    places = parsed(stage, text, [("Mannford", "PERSON")], heads=[1, 2, 2, 2, 3, 4, 2],
                    deps=["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                    lemmas=["the", subject, verb, "Mannford", "on", "Monday", "."])
    assert (at(places, text, "Mannford") is not None) is placed


def test_a_striker_the_parser_took_for_an_auxiliary_still_strikes(stage: GeocodeStage
                                                                   ) -> None:
    text = "Jets bombed roads and shelling hit Mannford on Monday ."
    places = parsed(stage, text, [("Mannford", "PERSON")],
                    heads=[1, 1, 1, 1, 5, 1, 5, 5, 7, 1],
                    deps=["nsubj", "ROOT", "dobj", "cc", "aux", "conj", "dobj", "prep",
                          "pobj", "punct"],
                    lemmas=["jet", "bomb", "road", "and", "shelling", "hit", "Mannford",
                            "on", "Monday", "."])
    assert at(places, text, "Mannford") is not None


@pytest.mark.parametrize("name", ["Cedar Ridge Cement Factory", "Mannford Checkpoint",
                                  "Lone Cedar Farms"])
def test_a_name_ending_in_a_facility_word_is_a_facility(stage: GeocodeStage, name: str
                                                        ) -> None:
    text = f"Shells hit the {name} near Mannford on Monday ."
    places = parsed(stage, text, [(name, "ORG"), ("Mannford", "GPE")])
    facility = at(places, text, name)
    assert facility is not None and facility.country == "USA"  # placed near Mannford


# -- names that say they are areas -------------------------------------------------------------

@pytest.mark.parametrize(("name", "label"), [
    ("Dala Town", "PERSON"), ("Bani Harun Quarter", "PERSON"), ("Hilltop Suburb", "ORG"),
    ("Kafr Samir", "PERSON"), ("Deir Aboud", "ORG"), ("Beit Omar", "NORP"),
    ("Tal Hamra", "PERSON"),
])
def test_a_name_ending_in_an_area_word_or_opening_with_a_place_word_is_a_place(
        stage: GeocodeStage, name: str, label: str) -> None:
    text = f"Troops shelled {name} after a raid near Maiduguri ."
    place = at(parsed(stage, text, [(name, label), ("Maiduguri", "GPE")]), text, name)
    assert place is not None and place.country == "NGA"  # unknown: placed near Maiduguri


@pytest.mark.parametrize(("name", "label"), [
    ("Lakeside Unified School District", "ORG"), ("Dana Cole", "PERSON"),
    ("Town", "PERSON"),
])
def test_an_organisations_or_persons_name_is_no_area(stage: GeocodeStage, name: str,
                                                      label: str) -> None:
    text = f"Officials praised {name} after a meeting ."
    assert at(parsed(stage, text, [(name, label)]), text, name) is None


def test_an_untagged_name_with_its_admin_word_is_that_province(stage: GeocodeStage) -> None:
    text = "Soldiers gathered in Maiduguri Borno State on Monday ."
    places = parsed(stage, text, [("Maiduguri", "GPE")])
    borno = at(places, text, "Borno State")
    assert borno is not None and borno.name == "Borno" and borno.precision == 4


def test_an_untagged_area_name_unknown_to_the_gazetteer_is_a_place(stage: GeocodeStage
                                                                   ) -> None:
    text = "Shells fell on the Wadi Ruz District overnight , near Maiduguri ."
    place = at(parsed(stage, text, [("Maiduguri", "GPE")]), text, "Wadi Ruz District")
    assert place is not None and place.country == "NGA"


# -- a name before a facility noun; a country's name is no demonym ------------------------------

@pytest.mark.parametrize(("text", "name", "label", "kind"), [
    ("Gunmen burned the Mannford refugee camp on Monday .", "Mannford", "ORG", "town"),
    ("A bomb hit the Lone Cedar junction near Maiduguri .", "Lone Cedar", "PERSON", "facility"),
    ("Fans walked to Soba stadium near Maiduguri .", "Soba", "PERSON", "facility"),
    # a locative cue before the name belongs to the facility: "at the Kennedy airport"
    ("Crowds waited at the Mannford airport near Maiduguri .", "Mannford", "PERSON",
     "facility"),
    # a capital's name before a facility noun is the capital, whatever the model's label
    ("Jets struck the Muscat airport near Maiduguri .", "Muscat", "PERSON", "capital"),
])
def test_a_name_before_a_facility_noun_is_the_facilitys_place(
        stage: GeocodeStage, text: str, name: str, label: str, kind: str) -> None:
    ents = [(name, label)] + ([("Maiduguri", "GPE")] if "Maiduguri" in text else [])
    place = at(parsed(stage, text, ents, nouns=("refugee",)), text, name)
    assert place is not None
    if kind == "town":
        assert place.lat == 36.13 and place.reason.startswith("name of city")
    elif kind == "capital":
        assert place.country == "OMN" and place.reason.startswith("name of city")
    else:
        assert place.country == "NGA" and "placed at Maiduguri" in place.reason


@pytest.mark.parametrize(("text", "name"), [
    ("Dana Cole runs camp every summer .", "Dana Cole"),
    ("Clerks at the Lone Cedar Fuel Mart station sold the ticket .", "Lone Cedar Fuel Mart"),
    ("Crowds gathered outside the Cole home on Monday .", "Cole"),
])
def test_a_name_before_other_words_is_no_facilitys_place(stage: GeocodeStage, text: str,
                                                          name: str) -> None:
    assert at(parsed(stage, text, [(name, "PERSON")]), text, name) is None


def test_a_countrys_name_is_a_place_even_if_the_data_lists_it_as_a_demonym() -> None:
    entries = [(unit(1694008, "Philippines", "country", 13.0, 122.0, "PHL",
                     population=106_651_922), [])]
    stage = GeocodeStage(InMemoryGazetteer(entries, demonyms={"Philippines": "PHL",
                                                              "Filipino": "PHL"}))
    text = "He was captured last year in the Philippines ."
    places = parsed(stage, text, [("Philippines", "GPE")])
    assert at(places, text, "Philippines") is not None  # a mention, not a demonym
    text = "Filipino nurses arrived on Monday ."
    (place,) = parsed(stage, text, [("Filipino", "NORP")])
    assert place.mentions == () and len(place.demonyms) == 1


def test_a_bare_name_follows_the_final_choice_of_its_full_name(stage: GeocodeStage) -> None:
    text = ("Police in Suffolk County searched Southold on Monday . The Suffolk sheriff said "
            "the search would go on .")
    places = run(stage, text, [("Suffolk County", "GPE"), ("Southold", "GPE"),
                               ("Suffolk", "GPE")])
    full, bare = at(places, text, "Suffolk County"), at(places, text, "Suffolk")
    assert full is not None and full.lat == 40.87  # the county Southold is in
    assert bare is full


def test_a_bare_name_after_a_direction_is_not_its_full_names_county() -> None:
    stage = GeocodeStage(InMemoryGazetteer([
        (unit(5549030, "Utah", "admin1", 39.25, -111.75, "USA", population=3_300_000,
              code="UT"), []),
        (unit(5780000, "Utah County", "admin2", 40.12, -111.67, "USA", population=660_000,
              code="UT"), ["Utah"]),
        (town(5777000, "Ephraim", 39.36, -111.59, "USA", 7_000, code="UT"), []),
    ]))
    text = "Utah County officials met in Ephraim as central Utah sees new businesses ."
    places = run(stage, text, [("Utah County", "GPE"), ("Ephraim", "GPE"), ("Utah", "GPE")])
    state = at(places, text, "Utah")
    assert state is not None and state.feature_code == "ADM1"


# -- a neighbour's town is a reading of the name; a namesake across the world is not ----------

NEIGHBOURS = [
    (unit(294640, "Israel", "country", 31.5, 34.75, "ISR", population=8_883_800), []),
    (town(282615, "Ramallah", 31.90, 35.20, "PSE", 27_092, code="WE"), []),
    (unit(69543, "Yemen", "country", 15.5, 47.5, "YEM", population=28_498_687), []),
    (town(2706000, "Sarad", 59.36, 16.90, "SWE", 508, code="16"), []),
]


@pytest.mark.parametrize(("text", "name", "placed"), [
    ("Israeli troops raided a house in Ramallah on Monday .", "Ramallah", True),
    ("Yemeni troops raided a house in Sarad on Monday .", "Sarad", False),
])
def test_a_small_town_abroad_is_read_only_near_the_articles_country(
        text: str, name: str, placed: bool) -> None:
    stage = GeocodeStage(InMemoryGazetteer(NEIGHBOURS, demonyms={"Israeli": "ISR",
                                                                 "Yemeni": "YEM"}))
    place = at(parsed(stage, text, [(name, "GPE"), (text.split()[0], "NORP")]), text, name)
    assert place is not None
    if placed:
        assert place.lat == 31.90 and place.country == "PSE"
    else:  # not the Swedish village: left without coordinates, the reason given
        assert place.lat is None and "SWE" in place.reason


# -- the shipped data: names news uses that the packaged gazetteer sources lack ----------------

def test_the_shipped_regions_and_country_names_hold_names_news_uses() -> None:
    from newsevents.resources.gazetteer_build import data_file
    from newsevents.resources.geo_sources import GeoSources, read_regions

    unused = data_file("regions.csv")  # read_regions reads only our regions.csv here
    sources = GeoSources(cities=unused, countries=unused, subdivisions=unused,
                         regions=data_file("regions.csv"),
                         country_names=data_file("country_names.csv"))
    regions = {cand.name: (cand, aliases) for cand, aliases in read_regions(sources)}
    ossetia, _ = regions["South Ossetia"]
    assert (ossetia.lat, ossetia.lon, ossetia.country) == (42.35, 44.0, None)  # disputed
    assert "Bay Area" in regions["San Francisco Bay Area"][1]
    for name, iso3 in [("Niger Delta", "NGA"), ("Ogaden", "ETH"), ("Maghreb", None)]:
        assert regions[name][0].country == iso3  # conflict regions GeoNames' tables lack
    for name, iso3 in [("New England", "USA"), ("Upper Peninsula", "USA"), ("Ozarks", "USA"),
                       ("Lake Lanier", "USA"), ("Outback", "AUS"), ("Pacific Northwest", None),
                       ("South Island", "NZL"), ("Visayas", "PHL"), ("Cascade Range", None)]:
        assert regions[name][0].country == iso3  # regions local news names by common names
    assert "Midwestern United States" in regions["Midwest"][1]
    rows = data_file("country_names.csv").read_text(encoding="utf-8").splitlines()
    assert {"Bosnia,BIH,alias", "Burkina,BFA,alias"} <= set(rows)  # short names news uses
    demonyms = {r.split(",")[0]: r.split(",")[1] for r in rows if r.endswith(",demonym")}
    for name, iso3 in [("Argentine", "ARG"), ("Korean", "KOR"), ("Kazakh", "KAZ"),
                       ("Uzbek", "UZB"), ("Bosnian", "BIH"), ("Nepali", "NPL")]:
        assert demonyms.get(name) == iso3  # common forms countryinfo lacks
    assert not {"Serb", "Croat", "Kurdish"} & set(demonyms)  # ethnic names, not nationalities


@pytest.mark.parametrize(("text", "ents", "name"), [
    ("Gunmen raided Mubanga commune near Maiduguri on Monday .",
     [("Mubanga", "PERSON"), ("Maiduguri", "GPE")], "Mubanga"),
    ("Herders attacked farms in the Dalari local government area near Maiduguri .",
     [("Maiduguri", "GPE")], "Dalari"),
])
def test_an_admin_unit_noun_after_a_name_makes_it_a_place(
        stage: GeocodeStage, text: str, ents: list[tuple[str, str]], name: str) -> None:
    place = at(parsed(stage, text, ents), text, name)
    assert place is not None and place.country == "NGA"  # unknown: placed near Maiduguri


def test_a_groups_name_before_an_admin_unit_noun_is_no_place(stage: GeocodeStage) -> None:
    text = "Leaders of the Zorblati commune met on Monday ."  # the group's own commune
    assert at(parsed(stage, text, [("Zorblati", "NORP")]), text, "Zorblati") is None
