"""Issue 13, items 1, 2 and 4: the context that makes a name a place (lists, where a person
is from, datelines inside the text, direction words, admin words), namesakes decided by the
article (a state's name inside an organisation's, a region named like its country, a bare
name given in full elsewhere), and the fallback that never moves a place abroad. Our own
sentences on hand-built parses and a small in-memory gazetteer (rounded real coordinates)."""
from __future__ import annotations

import pytest

from newsevents.model import Article, ArticleAnalysis, Mention, Place, Span
from newsevents.parse import build_parse
from newsevents.resources.gazetteer import Candidate, InMemoryGazetteer
from newsevents.stages.places import GeocodeStage

from .gazdata import stage_of


def town(pid: int, name: str, lat: float, lon: float, country: str, population: int, *,
         code: str = "", admin2: str | None = None) -> Candidate:
    return Candidate(pid=pid, name=name, kind="city", feature_code="PPL", country=country,
                     lat=lat, lon=lon, population=population, admin1_code=code, admin2=admin2)


def unit(pid: int, name: str, kind: str, lat: float, lon: float, country: str, *,
         population: int = 0, code: str | None = None) -> Candidate:
    feature = {"country": "PCLI", "admin1": "ADM1", "admin2": "ADM2"}[kind]
    return Candidate(pid=pid, name=name, kind=kind, feature_code=feature, country=country,
                     lat=lat, lon=lon, population=population, admin1_code=code,
                     admin1=name if kind == "admin1" else None)


ENTRIES = [
    (town(4180439, "Atlanta", 33.75, -84.39, "USA", 463_878, code="GA"), []),
    (town(4221552, "Savannah", 32.08, -81.10, "USA", 145_674, code="GA"), []),
    (town(4701458, "Lakeview Falls", 41.50, -81.70, "USA", 4_200, code="OH"), []),
    (town(4250542, "Springfield", 39.80, -89.64, "USA", 116_250, code="IL"), []),
    (town(4409896, "Springfield", 37.22, -93.30, "USA", 169_176, code="MO"), []),
    (town(4900001, "Lakeport", 42.30, -87.90, "USA", 20_000, code="IL"), []),
    (town(4900002, "Lakeport", 39.90, -90.60, "USA", 30_000, code="MO"), []),
    (town(4717560, "Paris", 33.66, -95.56, "USA", 24_782, code="TX"), []),
    (town(2988507, "Paris", 48.85, 2.35, "FRA", 2_138_551, code="11"), []),
    (town(2643743, "London", 51.51, -0.13, "GBR", 8_961_989, code="ENG"), []),
    (town(611717, "Tbilisi", 41.69, 44.83, "GEO", 1_049_498, code="51"), []),
    (town(71137, "Sanaa", 15.35, 44.21, "YEM", 1_937_451, code="26"), []),
    (town(2706000, "Härad", 59.36, 16.90, "SWE", 508, code="16"), []),
    (town(75163, "Ḩaraḑ", 16.41, 43.06, "YEM", 0, code="15"), []),
    (town(2700000, "Korbo", 59.00, 15.00, "SWE", 300, code="16"), []),
    (town(3530597, "Mexico City", 19.43, -99.13, "MEX", 12_294_193, code="09"), []),
    (town(4800000, "Redfield", 42.00, -95.00, "USA", 1_400, code="IA"), []),
    (town(5128000, "Lakeview", 40.90, -72.70, "USA", 9_000, code="NY",
          admin2="Lakeview County"), []),
    (town(4900000, "Lakeview", 44.00, -100.00, "USA", 60_000, code="SD"), []),
    (unit(5128001, "Lakeview County", "admin2", 40.88, -72.83, "USA", population=1_500_000,
          code="NY"), ["Lakeview"]),
    (unit(4896861, "Illinois", "admin1", 40.0, -89.0, "USA", population=12_800_000,
          code="IL"), ["Ill."]),
    (unit(5165418, "Ohio", "admin1", 40.25, -83.0, "USA", population=11_700_000,
          code="OH"), []),
    (unit(4736286, "Texas", "admin1", 31.25, -99.25, "USA", population=29_000_000,
          code="TX"), ["Tex."]),
    (unit(4197000, "Georgia", "admin1", 32.75, -83.5, "USA", population=10_700_000,
          code="GA"), ["Ga."]),
    (unit(3523272, "México", "admin1", 19.35, -99.63, "MEX", population=14_448_418,
          code="15"), ["Mexico"]),
    (unit(614540, "Georgia", "country", 42.0, 43.5, "GEO", population=3_700_000), []),
    (unit(6252001, "United States", "country", 39.76, -98.5, "USA",
          population=327_000_000), ["U.S."]),
    (unit(3996063, "Mexico", "country", 23.0, -102.0, "MEX", population=126_190_788), []),
    (unit(1168579, "Pakistan", "country", 30.0, 70.0, "PAK", population=212_000_000), []),
    (unit(69543, "Yemen", "country", 15.5, 47.5, "YEM", population=28_498_687), []),
    (unit(7909807, "South Sudan", "country", 7.5, 30.0, "SSD", population=8_260_490), []),
    (unit(2635167, "United Kingdom", "country", 54.76, -2.70, "GBR",
          population=66_488_991), []),
    (unit(6269131, "England", "admin1", 52.51, -1.25, "GBR", population=53_000_000,
          code="ENG"), []),
    (unit(1873107, "North Korea", "country", 40.0, 127.0, "PRK", population=25_500_000), []),
    (unit(1835841, "South Korea", "country", 36.5, 127.75, "KOR", population=51_600_000), []),
    (unit(3576396, "Antigua and Barbuda", "country", 17.05, -61.8, "ATG",
          population=96_000), []),
    (unit(2634895, "Wales", "admin1", 52.30, -3.85, "GBR", population=3_100_000,
          code="WLS"), []),
    (town(1500000, "Chu", 21.37, 106.57, "VNM", 127_881, code="13"), []),
    (town(1268489, "Kallam", 18.58, 76.02, "IND", 25_713, code="16"), ["Kalam"]),
    (Candidate(pid=9000001, name="Swat Valley", kind="region", feature_code="VAL",
               country="PAK", lat=35.2, lon=72.4, population=0), []),
    (unit(3333158, "Kent", "admin2", 51.17, 0.83, "GBR", population=1_550_000,
          code="ENG"), []),
    (unit(1164536, "South Waziristan Agency", "admin2", 32.30, 69.57, "PAK",
          population=680_000, code="03"), ["South Waziristan"]),
]


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    gaz = InMemoryGazetteer(ENTRIES, demonyms={"American": "USA", "Yemeni": "YEM",
                                               "English": "GBR", "Welsh": "GBR"},
                            country_codes={"US": "USA", "YE": "YEM"},
                            neighbours={"PAK": frozenset({"IND"}), "IND": frozenset({"PAK"})})
    return GeocodeStage(gaz)


def analyse(stage: GeocodeStage, text: str, ents: list[tuple[str, str]], *,
            sents: tuple[str, ...] = (".",), pos: list[str] | None = None) -> ArticleAnalysis:
    """Run the stage on `text` (white-space tokens) with the named entities given as
    (surface, label), found left to right; `pos` tags (default: PROPN when capitalised)."""
    words = text.split()
    spans, used = [], set()
    for name, label in ents:
        parts = name.split()
        start = next(i for i in range(len(words))
                     if words[i:i + len(parts)] == parts and not used & set(range(
                         i, i + len(parts))))
        used.update(range(start, start + len(parts)))
        spans.append((start, start + len(parts), label))
    starts = [i + 1 for i, w in enumerate(words[:-1]) if w in sents]
    parse = build_parse(text, ents=spans, pos=pos or ["PROPN" if w[:1].isupper() else "X"
                                                       for w in words], sent_starts=starts)
    mentions = tuple(Mention(span=e.span, label=e.label, sentence=0) for e in parse.ents)
    article = Article(id="t", text=text)
    return stage(ArticleAnalysis(article=article, mentions=mentions), parse)


def run(stage: GeocodeStage, text: str, ents: list[tuple[str, str]]) -> tuple[Place, ...]:
    return analyse(stage, text, ents).places


def at(places: tuple[Place, ...], text: str, surface: str) -> Place | None:
    return next((p for p in places
                 if any(s.of(text) == surface for s in p.mentions + p.embedded)), None)


# -- recall: the context that makes a name a place ---------------------------------------------

@pytest.mark.parametrize(("text", "ents"), [
    ("Schools closed in Atlanta and Lakeview Falls on Monday .",
     [("Atlanta", "ORG"), ("Lakeview Falls", "ORG")]),
    ("Schools closed in Savannah , Atlanta and Lakeview Falls on Monday .",
     [("Savannah", "PERSON"), ("Atlanta", "PERSON"), ("Lakeview Falls", "ORG")]),
    ("Buses linked the towns of Savannah and Lakeview Falls for years .",
     [("Savannah", "ORG"), ("Lakeview Falls", "PERSON")]),
])
def test_a_locative_cue_before_a_list_places_every_name_of_it(
        stage: GeocodeStage, text: str, ents: list[tuple[str, str]]) -> None:
    place = at(run(stage, text, ents), text, "Lakeview Falls")
    assert place is not None and place.mentions


@pytest.mark.parametrize("text", [
    "Dana Cole of Lakeview Falls won the race .",
    "Dana Cole , of Lakeview Falls , won the race .",
    "Dana Cole , 54 , of Lakeview Falls , won the race .",
])
def test_where_a_person_is_from_is_a_place(stage: GeocodeStage, text: str) -> None:
    place = at(run(stage, text, [("Dana Cole", "PERSON"), ("Lakeview Falls", "ORG")]), text,
               "Lakeview Falls")
    assert place is not None and place.country == "USA"


def test_of_after_an_organisation_is_not_where_someone_is_from(stage: GeocodeStage) -> None:
    """The bank's town is inside its name (embedded), not a place mention."""
    text = "The Bank of Savannah raised its rates ."
    places = run(stage, text, [("Bank", "ORG"), ("Savannah", "ORG")])
    assert all(not p.mentions for p in places)
    assert [p.embedded for p in places] == [(Span(12, 20),)]


def test_a_place_noun_before_the_name_places_it(stage: GeocodeStage) -> None:
    text = "Flooding hit the town Lakeview Falls overnight ."
    assert at(run(stage, text, [("Lakeview Falls", "PERSON")]), text, "Lakeview Falls")


def test_a_town_at_the_head_of_a_person_tagged_name_is_still_a_place(stage: GeocodeStage
                                                                     ) -> None:
    text = "Springfield Health Officer Dana Cole spoke . Cases rose in Springfield ."
    places = run(stage, text, [("Springfield Health Officer Dana Cole", "PERSON"),
                               ("Springfield", "GPE")])
    assert at(places, text, "Springfield") is not None


def test_a_surname_alone_is_the_person_unless_the_text_places_it(stage: GeocodeStage) -> None:
    text = "Dana Springfield spoke . Springfield said the plan would work ."
    assert run(stage, text, [("Dana Springfield", "PERSON"), ("Springfield", "GPE")]) == ()
    text = "Dana Springfield spoke . Cases rose in Springfield , Ill. , on Monday ."
    places = run(stage, text, [("Dana Springfield", "PERSON"), ("Springfield", "GPE"),
                               ("Ill.", "GPE")])
    assert at(places, text, "Springfield").lat == 39.80  # type: ignore[union-attr]


def test_possessive_after_a_surname_is_the_person(stage: GeocodeStage) -> None:
    text = "Dana Springfield spoke . Crowds cheered in Springfield's speech ."
    assert run(stage, text, [("Dana Springfield", "PERSON"), ("Springfield's", "GPE")]) == ()


@pytest.mark.parametrize(("text", "name"), [
    ("Rain fell . ATLANTA ( AP ) — Crews cleared roads on Monday .", "ATLANTA"),
    ("By Dana Cole , Staff .\nATLANTA — Crews cleared roads on Monday .", "ATLANTA"),
    ("Rain fell . LAKEVIEW FALLS - Crews cleared roads on Monday .", "LAKEVIEW FALLS"),
    ("ATLANTA -- Crews cleared roads on Monday .", "ATLANTA"),  # a dash typed as two hyphens
    ("Rain fell . ATLANTA -- Crews cleared roads on Monday .", "ATLANTA"),
    ("Rain fell . SOUTH WAZIRISTAN ( APP ) — Troops cleared roads .", "SOUTH WAZIRISTAN"),
])
def test_a_dateline_inside_the_text_is_a_place(stage: GeocodeStage, text: str, name: str
                                               ) -> None:
    place = at(run(stage, text, []), text, name)
    assert place is not None and place.country == ("PAK" if "APP" in text else "USA")


@pytest.mark.parametrize("text", [
    "Birds died near Redfield , Illinois , on Monday .",
    "Birds died in the Redfield area of Illinois on Monday .",
])
def test_a_town_outside_the_place_the_text_puts_it_in_is_not_that_town(stage: GeocodeStage,
                                                                       text: str) -> None:
    place = at(run(stage, text, [("Redfield", "GPE"), ("Illinois", "GPE")]), text, "Redfield")
    assert place is not None and place.geonameid is None and place.lat == 40.0  # in Illinois
    assert "outside the place the text puts it in" in place.reason


def test_a_town_outside_a_one_country_region_the_text_puts_it_in_is_not_that_town(
        stage: GeocodeStage) -> None:
    text = "Helicopters landed in Kalam in the Swat Valley , Pakistan , on Monday ."
    place = at(run(stage, text, [("Kalam", "GPE"), ("Swat Valley", "LOC"),
                                 ("Pakistan", "GPE")]), text, "Kalam")
    assert place is not None and place.country == "PAK" and place.geonameid is None


def test_a_county_by_its_one_word_name_inside_a_body_s_name(stage: GeocodeStage) -> None:
    text = "The Kent Police closed the road ."
    place = at(run(stage, text, [("Kent Police", "ORG")]), text, "Kent")
    assert place is not None and place.embedded and place.country == "GBR"


def test_three_untagged_capitals_are_an_acronym_not_a_town(stage: GeocodeStage) -> None:
    text = "Doctors at the CHU in Atlanta said the boy was well ."
    places = run(stage, text, [("Atlanta", "GPE")])
    assert [p.name for p in places] == ["Atlanta"]
    text = "Doctors in Chu said the boy was well ."  # the town, written as a name
    assert at(run(stage, text, []), text, "Chu") is not None


def test_capitals_opening_a_sentence_before_a_comma_are_no_dateline(stage: GeocodeStage
                                                                    ) -> None:
    assert run(stage, "Rain fell . ATLANTA , the firm , was calm .", []) == ()


def test_a_datelines_state_is_a_place_and_picks_the_namesake(stage: GeocodeStage) -> None:
    text = "PARIS, Tex. — Crews cleared roads on Monday ."
    places = run(stage, text, [])
    assert at(places, text, "PARIS").country == "USA"  # type: ignore[union-attr]
    assert at(places, text, "Tex.").name == "Texas"  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "name", "place"), [
    ("Police searched homes in north west London on Monday .", "north west London", "London"),
    ("Police searched homes in Eastern Georgia on Monday .", "Eastern Georgia", "Georgia"),
])
def test_direction_words_before_a_place_are_left_out(stage: GeocodeStage, text: str,
                                                     name: str, place: str) -> None:
    (found,) = run(stage, text, [(name, "GPE")])
    assert [s.of(text) for s in found.mentions] == [place]


def test_capitalised_direction_words_stay_when_the_whole_name_is_a_place(stage: GeocodeStage
                                                                         ) -> None:
    text = "Police searched homes in South Paris on Monday ."
    out = analyse(stage, text, [("South Paris", "GPE")])  # unknown here, placed by "in":
    (place,) = out.places  # a Place without coordinates, not Paris
    assert place.name == "South Paris" and place.lat is None and place.precision == 7


def test_a_person_tagged_name_with_an_admin_word_is_the_region(stage: GeocodeStage) -> None:
    text = "Voting ended in Ohio State on Monday ."
    (ohio,) = run(stage, text, [("Ohio State", "PERSON")])
    assert ohio.name == "Ohio" and ohio.precision == 4


# -- namesakes decided by the article -----------------------------------------------------------

def test_georgia_inside_an_organisation_name_follows_the_article(stage: GeocodeStage) -> None:
    text = "The Georgia National Guard flew to Atlanta and Savannah , U.S. officials said ."
    ents = [("Georgia National Guard", "ORG"), ("Atlanta", "GPE"), ("Savannah", "GPE"),
            ("U.S.", "GPE")]
    assert at(run(stage, text, ents), text, "Georgia").country == "USA"  # type: ignore[union-attr]
    text = "The Georgia National Guard flew to Tbilisi on Monday ."
    ents = [("Georgia National Guard", "ORG"), ("Tbilisi", "GPE")]
    assert at(run(stage, text, ents), text, "Georgia").country == "GEO"  # type: ignore[union-attr]


def test_a_region_named_like_its_country_needs_its_admin_word(stage: GeocodeStage) -> None:
    text = "Migrants crossed southern Mexico on foot ."
    (mexico,) = run(stage, text, [("Mexico", "GPE")])
    assert mexico.feature_code == "PCLI"
    text = "Migrants crossed the state of Mexico on foot ."
    (state,) = run(stage, text, [("Mexico", "GPE")])
    assert state.feature_code == "ADM1"


def test_a_bare_name_given_in_full_elsewhere_is_that_region(stage: GeocodeStage) -> None:
    text = "Lakeview County police searched . Lakeview residents helped ."
    ents = [("Lakeview County", "GPE"), ("Lakeview", "GPE")]
    places = run(stage, text, ents)
    assert len(places) == 1 and places[0].feature_code == "ADM2"
    text = "Lakeview residents helped ."
    (town_,) = run(stage, text, [("Lakeview", "GPE")])
    assert town_.feature_code == "PPL"


def test_a_place_in_northern_y_is_inside_y(stage: GeocodeStage) -> None:
    text = "Rebels seized the town of Harad in northern Yemen on Saturday ."
    harad = at(run(stage, text, [("Harad", "GPE"), ("Yemen", "GPE")]), text, "Harad")
    assert harad is not None and harad.country == "YEM" and harad.lat == 16.41


# -- the fallback never moves a place abroad ----------------------------------------------------

def test_a_foreign_hamlet_is_not_the_place_of_a_story_about_another_country(
        stage: GeocodeStage) -> None:
    text = "Yemeni troops left Sanaa . Rebels seized Harad on Saturday ."
    harad = at(run(stage, text, [("Yemeni", "NORP"), ("Sanaa", "GPE"), ("Harad", "GPE")]),
               text, "Harad")
    assert harad is not None and harad.country == "YEM"


def test_a_name_known_only_abroad_is_placed_no_further_than_the_text_says(
        stage: GeocodeStage) -> None:
    text = "Yemeni troops left Sanaa . Rebels seized Korbo in Yemen on Saturday ."
    places = run(stage, text, [("Yemeni", "NORP"), ("Sanaa", "GPE"), ("Korbo", "GPE"),
                               ("Yemen", "GPE")])
    korbo = at(places, text, "Korbo")
    assert korbo is not None and korbo.country == "YEM" and korbo.geonameid is None
    assert korbo.precision == 5 and "Sweden" not in korbo.name
    assert "SWE" in korbo.reason and "placed at Yemen" in korbo.reason


def test_a_name_known_only_abroad_without_a_place_to_anchor_it_is_reported(
        stage: GeocodeStage) -> None:
    text = "Yemeni officials said rebels seized Korbo ."
    out = analyse(stage, text, [("Yemeni", "NORP"), ("Korbo", "GPE")])
    assert at(out.places, text, "Korbo") is None
    (diag,) = [d for d in out.diagnostics if d.span is not None and d.span.of(text) == "Korbo"]
    assert "SWE" in diag.message


def test_a_foreign_hamlet_without_a_clear_focus_is_still_the_reading(stage: GeocodeStage
                                                                     ) -> None:
    text = "Rebels seized Korbo on Saturday ."
    (korbo,) = run(stage, text, [("Korbo", "GPE")])
    assert korbo.country == "SWE"


def test_an_unknown_name_qualified_by_a_place_is_placed_there(stage: GeocodeStage) -> None:
    text = "Diners ate in Zorblat , Atlanta , on Friday ."
    places = run(stage, text, [("Zorblat", "GPE"), ("Atlanta", "GPE")])
    zorblat = at(places, text, "Zorblat")
    assert zorblat is not None and zorblat.lat == 33.75 and zorblat.geonameid is None
    assert zorblat.precision == 2


def test_an_unknown_name_before_a_place_used_as_a_modifier_is_not_placed(stage: GeocodeStage
                                                                         ) -> None:
    text = "Diners praised Zorblat , Atlanta officials said ."
    places = run(stage, text, [("Zorblat", "GPE"), ("Atlanta", "GPE")])
    assert at(places, text, "Zorblat") is None


def test_an_unknown_lake_tagged_gpe_is_a_feature(stage: GeocodeStage) -> None:
    text = "Fish died in Lake Zorblat near Lakeview Falls , Ohio ."
    places = run(stage, text, [("Lake Zorblat", "GPE"), ("Lakeview Falls", "GPE"),
                               ("Ohio", "GPE")])
    lake = at(places, text, "Lake Zorblat")
    assert lake is not None and lake.country == "USA" and lake.geonameid is None


# -- names outside place mentions ---------------------------------------------------------------

def test_a_country_before_a_possessive_in_an_organisation_name(stage: GeocodeStage) -> None:
    text = "Officials of Yemen’s Ministry of Water arrived ."
    (yemen,) = run(stage, text, [("Yemen’s Ministry of Water", "ORG")])
    assert yemen.name == "Yemen" and [s.of(text) for s in yemen.embedded] == ["Yemen"]


@pytest.mark.parametrize(("text", "ents"), [
    ("The fee is 900 Yemeni rials a year .", [("900 Yemeni rials", "MONEY")]),
    ("Yemeni traders opened early .", []),
])
def test_a_demonym_outside_place_mentions_is_a_country_reference(
        stage: GeocodeStage, text: str, ents: list[tuple[str, str]]) -> None:
    (yemen,) = run(stage, text, ents)
    assert yemen.name == "Yemen" and [s.of(text) for s in yemen.demonyms] == ["Yemeni"]


def test_a_language_is_not_a_country_reference(stage: GeocodeStage) -> None:
    assert run(stage, "The notice was printed in Yemeni .", []) == ()


@pytest.mark.parametrize(("text", "ents", "name", "kind"), [
    ("The U.S.-led coalition struck again .", [], "U.S.", "demonym"),
    ("An Atlanta-based firm hired staff .", [], "Atlanta", "mention"),
    ("By Dana Cole Atlanta-based writer .", [("Dana Cole Atlanta-based", "PERSON")], "Atlanta",
     "mention"),
])
def test_a_place_before_a_hyphenated_participle(stage: GeocodeStage, text: str,
                                                ents: list[tuple[str, str]], name: str,
                                                kind: str) -> None:
    (place,) = run(stage, text, ents)
    spans = place.demonyms if kind == "demonym" else place.mentions
    assert [s.of(text) for s in spans] == [name]


@pytest.mark.parametrize(("text", "ents"), [
    ("The firm paid US$5 million to settle .", [("US$5 million", "MONEY")]),
    ("The deal was worth 5 million US dollars .", [("5 million US dollars", "MONEY")]),
    ("Donors gave US$ 40,000 .", []),
    ("Donors gave 300 United States dollars .", []),
])
def test_a_currency_names_its_country(stage: GeocodeStage, text: str,
                                      ents: list[tuple[str, str]]) -> None:
    (place,) = run(stage, text, ents)
    assert place.country == "USA" and not place.mentions and len(place.embedded) == 1


@pytest.mark.parametrize(("text", "org"), [
    ("Atlanta officials thanked Lakeside Elementary for the mural .", "Lakeside Elementary"),
    ("Pine Ridge Career College signed a deal with Atlanta officials .",
     "Pine Ridge Career College"),
    ("Atlanta donors restored Mary Cole Hall and its garden .", "Mary Cole Hall"),
    ("The Stone Creek Golf Club hosts an Atlanta charity event .", "Stone Creek Golf Club"),
])
def test_a_school_s_or_a_house_s_name_is_its_premises(stage: GeocodeStage, text: str,
                                                      org: str) -> None:
    venue = at(run(stage, text, [(org, "ORG"), ("Atlanta", "GPE")]), text, org)
    assert venue is not None and venue.geonameid is None and venue.country == "USA"


@pytest.mark.parametrize(("text", "org"), [
    ("The Rotary Club gave Atlanta schools books .", "Rotary Club"),
    ("Lakeside University said Atlanta schools need books .", "Lakeside University"),
    ("Pine Row House published her Atlanta novel .", "Pine Row House"),  # a publisher
    ("The Atlanta Discussion Club met .", "Atlanta Discussion Club"),
])
def test_a_members_club_or_a_university_is_no_place_by_its_name(stage: GeocodeStage,
                                                                text: str, org: str) -> None:
    assert at(run(stage, text, [(org, "ORG")]), text, org) is None


@pytest.mark.parametrize("text", [
    "Officials in Paris paid US$5 million .",
    "Officials in Paris paid 5 million US dollars .",
])
def test_a_currency_is_no_evidence_of_the_story_s_country(stage: GeocodeStage,
                                                          text: str) -> None:
    place = at(run(stage, text, [("Paris", "GPE")]), text, "Paris")
    assert place is not None and place.country == "FRA"


def test_a_local_currency_s_demonym_stays_a_demonym_and_evidence(stage: GeocodeStage) -> None:
    text = "A fee of 8,000 Yemeni riyals is paid in Harad ."
    places = run(stage, text, [("Harad", "GPE")])
    yemen = next(p for p in places if p.country == "YEM" and p.feature_code == "PCLI")
    assert [s.of(text) for s in yemen.demonyms] == ["Yemeni"]
    assert at(places, text, "Harad").country == "YEM"  # type: ignore[union-attr]


def test_a_code_before_a_dollar_sign_needs_a_country_s_code(stage: GeocodeStage) -> None:
    assert run(stage, "The note read XQ$5 and Ohio dollars .", []) == ()


@pytest.mark.parametrize(("text", "org"), [
    ("She studies at the Lakeside School of Music in Atlanta .", "Lakeside School of Music"),
    ("The talks were held at the Palais Rouge in Atlanta .", "Palais Rouge"),
    ("Aides met in the Blue Office , Atlanta officials said .", "Blue Office"),
])
def test_an_organisation_named_as_a_venue_is_a_facility(stage: GeocodeStage, text: str,
                                                        org: str) -> None:
    places = run(stage, text, [(org, "ORG"), ("Atlanta", "GPE")])
    venue = at(places, text, org)
    assert venue is not None and venue.geonameid is None and venue.country == "USA"


@pytest.mark.parametrize("text", [
    "Shares of the Lakeside School Fund rose .",
    "She met the Palais Rouge board in Atlanta .",
])
def test_an_organisation_not_named_as_a_venue_is_no_place(stage: GeocodeStage, text: str
                                                          ) -> None:
    org = "Lakeside School Fund" if "Fund" in text else "Palais Rouge"
    places = run(stage, text, [(org, "ORG"), ("Atlanta", "GPE")] if "Atlanta" in text
                 else [(org, "ORG")])
    assert at(places, text, org) is None


def test_the_town_after_an_institution_between_commas_is_a_place(stage: GeocodeStage
                                                                 ) -> None:
    text = "The Federal College of Health , Savannah , hired staff ."
    places = run(stage, text, [("Federal College of Health", "ORG"), ("Savannah", "PERSON")])
    assert at(places, text, "Savannah").lat == 32.08  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "The governor of Mexico spoke on Monday .",
    "Mexico Governor Ana Ruiz spoke on Monday .",
    "Mexico Gov. Ana Ruiz spoke on Monday .",
])
def test_a_governors_region_is_a_first_level_region(stage: GeocodeStage, text: str) -> None:
    (mexico,) = run(stage, text, [("Mexico", "GPE")])
    assert mexico.feature_code == "ADM1"


def test_a_small_town_named_like_a_university_is_not_its_place(stage: GeocodeStage) -> None:
    text = "She teaches at Redfield University in the spring ."
    assert at(run(stage, text, [("Redfield University", "ORG")]), text, "Redfield") is None
    text = "The Redfield Police Department made an arrest ."
    assert at(run(stage, text, [("Redfield Police Department", "ORG")]), text, "Redfield")


def test_an_untagged_country_of_two_words_before_a_persons_name(stage: GeocodeStage) -> None:
    text = "The envoy for South Sudan Dana Cole spoke ."
    (place,) = run(stage, text, [("Dana Cole", "PERSON")])
    assert place.name == "South Sudan" and [s.of(text) for s in place.mentions] == [
        "South Sudan"]


def test_an_untagged_country_name_that_goes_on_is_not_the_country(stage: GeocodeStage
                                                                  ) -> None:
    assert run(stage, "The envoy met Yemen Dana on Monday .", []) == ()


def test_a_name_that_only_begins_with_a_foreign_city_stays_in_the_articles_country(
        stage: GeocodeStage) -> None:
    text = "Diners packed Paris Grill in Atlanta , U.S. officials said ."
    places = run(stage, text, [("Paris Grill", "GPE"), ("Atlanta", "GPE"), ("U.S.", "GPE")])
    grill = at(places, text, "Paris Grill")
    assert grill is not None and grill.country == "USA" and grill.geonameid is None
    text = "Diners packed Paris Grill on Monday ."
    (grill,) = run(stage, text, [("Paris Grill", "GPE")])
    assert grill.country == "FRA"  # no other country in the text: the name's own reading


def test_the_articles_province_picks_a_towns_namesake(stage: GeocodeStage) -> None:
    text = "Illinois lawmakers met on Monday . Later , prices rose in Lakeport ."
    places = run(stage, text, [("Illinois", "GPE"), ("Lakeport", "GPE")])
    assert at(places, text, "Lakeport").lat == 42.30  # type: ignore[union-attr]
    text = "Prices rose in Lakeport on Monday ."
    (lakeport,) = run(stage, text, [("Lakeport", "GPE")])
    assert lakeport.lat == 39.90  # no province named: the biggest namesake


def test_an_unknown_facility_is_not_put_in_the_one_city_of_a_two_country_story(
        stage: GeocodeStage) -> None:
    text = "Crews repaired Zorblat Bridge on Monday . Talks in Tbilisi stalled , U.S. envoys said ."
    ents = [("Zorblat Bridge", "FAC"), ("Tbilisi", "GPE"), ("U.S.", "GPE")]
    bridge = at(run(stage, text, ents), text, "Zorblat Bridge")
    assert bridge is not None and bridge.lat is None and bridge.country is None
    assert bridge.precision == 7 and "does not say" in bridge.reason
    text = "Crews repaired Zorblat Bridge on Monday . Talks in Tbilisi stalled , envoys said ."
    bridge = at(run(stage, text, ents[:2]), text, "Zorblat Bridge")
    assert bridge is not None and bridge.country == "GEO"


# -- organisations named after their town, street addresses, a name run into its place ------

@pytest.mark.parametrize(("text", "ents", "town"), [
    ("Atlanta beat Savannah two goals to one .", [("Atlanta", "ORG"), ("Savannah", "ORG")],
     "Savannah"),
    ("The striker left Springfield for a rival club .", [("Springfield", "ORG")],
     "Springfield"),
])
def test_an_organisation_named_exactly_like_a_town_gives_the_town_embedded(
        stage: GeocodeStage, text: str, ents: list[tuple[str, str]], town: str) -> None:
    place = at(run(stage, text, ents), text, town)
    assert place is not None and not place.mentions and place.lat is not None


@pytest.mark.parametrize(("text", "ents"), [
    ("Lakeport beat Redfield two goals to one .", [("Lakeport", "ORG"), ("Redfield", "ORG")]),
    ("Dana Savannah joined the board . Savannah said profits rose .",
     [("Dana Savannah", "PERSON"), ("Savannah", "ORG")]),
    ("The relief agency SAVANNAH said profits rose .", [("SAVANNAH", "ORG")]),
])
def test_a_small_town_or_a_persons_name_as_an_organisation_gives_no_place(
        stage: GeocodeStage, text: str, ents: list[tuple[str, str]]) -> None:
    assert all(p.name not in {"Lakeport", "Redfield", "Savannah"}
               for p in run(stage, text, ents))


@pytest.mark.parametrize(("text", "ents", "road"), [
    ("Police were called to the 500 block of Elmwood in Atlanta on Friday .", [], "Elmwood"),
    ("Police were called to the 500 block of Elmwood in Atlanta on Friday .",
     [("Elmwood", "PERSON")], "Elmwood"),
    ("A car was damaged in the 200-block of Cedar Crest in Atlanta .",
     [("Cedar Crest", "ORG")], "Cedar Crest"),
    ("A car was damaged on S. Elm Drive in Atlanta .", [("S. Elm Drive", "ORG")],
     "S. Elm Drive"),
    ("Traffic stopped on the Ridge parkway in Atlanta .", [], "Ridge"),
])
def test_a_street_address_or_a_road_word_makes_the_name_a_road_placed_in_its_town(
        stage: GeocodeStage, text: str, ents: list[tuple[str, str]], road: str) -> None:
    place = at(run(stage, text, ents), text, road)
    assert place is not None and place.feature_code is None
    assert (place.lat, place.lon) == (33.75, -84.39)  # Atlanta, named in the sentence


@pytest.mark.parametrize(("text", "name", "town"), [
    ("She studied at Ridgeway College in Savannah for two years .",
     "Ridgeway College in Savannah", "Savannah"),
    ("The Harbor Club at Atlanta hosted the gala .", "Harbor Club at Atlanta", "Atlanta"),
])
def test_a_name_run_into_the_place_it_is_in_is_split(stage: GeocodeStage, text: str,
                                                     name: str, town: str) -> None:
    place = at(run(stage, text, [(name, "ORG")]), text, town)
    assert place is not None and [s.of(text) for s in place.mentions] == [town]


def test_a_name_whose_in_phrase_is_no_place_stays_whole(stage: GeocodeStage) -> None:
    text = "The Society for Peace in Our Time met on Friday ."
    assert run(stage, text, [("Society for Peace in Our Time", "ORG")]) == ()


# -- regions' adjectives (UK nations, US states), and demonyms that name a language ------------

@pytest.mark.parametrize(("text", "ents", "nation"), [
    ("The English pianist played in Atlanta .", [("English", "NORP")], "England"),
    ("Welsh farmers protested on Monday .", [("Welsh", "PERSON")], "Wales"),
    ("Welsh farmers protested on Monday .", [], "Wales"),
    ("Crowds in two Welsh towns cheered .", [("Welsh", "PERSON")], "Wales"),
    ("Texan voters queued on Monday .", [("Texan", "NORP")], "Texas"),
    ("Thousands of Texans queued on Monday .", [("Texans", "NORP")], "Texas"),
])
def test_a_regions_adjective_names_the_region(stage: GeocodeStage, text: str,
                                              ents: list[tuple[str, str]],
                                              nation: str) -> None:
    places = run(stage, text, ents)
    (place,) = [p for p in places if p.demonyms]
    country = "USA" if nation == "Texas" else "GBR"
    assert (place.name, place.country, place.mentions) == (nation, country, ())


@pytest.mark.parametrize(("text", "ents"), [
    ("The minister spoke in English .", [("English", "LANGUAGE")]),
    ("The minister spoke in English .", [("English", "NORP")]),
    ("An English translation was published .", [("English", "NORP")]),
    ("An English translation was published .", []),
    ("The novelist Irvine Welsh spoke . Welsh farmers listened .",
     [("Irvine Welsh", "PERSON")]),
])
def test_a_language_or_a_persons_surname_is_no_place(stage: GeocodeStage, text: str,
                                                     ents: list[tuple[str, str]]) -> None:
    assert run(stage, text, ents) == ()


# -- US route numbers ----------------------------------------------------------------------

@pytest.mark.parametrize("number", ["129", "62/180"])  # two routes on one road
def test_a_countrys_short_name_before_a_route_number_is_a_road(stage: GeocodeStage,
                                                               number: str) -> None:
    text = f"Crews repaved U.S. {number} near Atlanta ."
    places = analyse(stage, text, [("U.S.", "GPE"), ("Atlanta", "GPE")],
                     pos=["NOUN", "VERB", "PROPN", "NUM", "ADP", "PROPN", "PUNCT"]).places
    road = at(places, text, f"U.S. {number}")
    assert road is not None and road.feature_code is None
    assert (road.lat, road.lon) == (33.75, -84.39)  # placed at Atlanta, not the country
    assert not [p for p in places if p.name == "United States"]


def test_a_route_number_before_a_direction_is_still_a_road(stage: GeocodeStage) -> None:
    text = "A wreck on U.S. 27 north of Atlanta killed one ."
    places = analyse(stage, text, [("U.S.", "GPE"), ("Atlanta", "GPE")],
                     pos=["DET", "NOUN", "ADP", "PROPN", "NUM", "NOUN", "ADP", "PROPN", "VERB",
                          "NUM", "PUNCT"]).places
    assert at(places, text, "U.S. 27") is not None
    assert not [p for p in places if p.name == "United States"]


def test_a_roads_name_cut_before_its_number_is_the_whole_road(stage: GeocodeStage) -> None:
    text = "Crews closed U.S. Highway 95 near Atlanta ."
    places = analyse(stage, text, [("U.S. Highway", "ORG"), ("Atlanta", "GPE")],
                     pos=["NOUN", "VERB", "PROPN", "PROPN", "NUM", "ADP", "PROPN",
                          "PUNCT"]).places
    assert at(places, text, "U.S. Highway 95") is not None


def test_a_quantity_after_the_country_leaves_it_the_country(stage: GeocodeStage) -> None:
    text = "The U.S. sent 3 ships to Atlanta ."
    places = analyse(stage, text, [("U.S.", "GPE"), ("Atlanta", "GPE")],
                     pos=["DET", "PROPN", "VERB", "NUM", "NOUN", "ADP", "PROPN", "PUNCT"]).places
    assert at(places, text, "U.S.").name == "United States"  # type: ignore[union-attr]


# -- what is done to a place, and a place's facilities ---------------------------------------

@pytest.mark.parametrize(("text", "ents", "town"), [
    ("The shelling of Savannah killed five people .", [], "Savannah"),
    ("After the fall of Savannah the rebels moved on .", [], "Savannah"),
    ("Rebels seized Sanaa 's airport on Monday .", [("Sanaa", "PERSON")], "Sanaa"),
    ("Troops guarded Atlanta 's main prison .", [("Atlanta", "PERSON")], "Atlanta"),
    ("Troops patrolled the port of Savannah .", [("Savannah", "ORG")], "Savannah"),
])
def test_the_object_of_an_attack_noun_and_a_facilitys_owner_are_places(
        stage: GeocodeStage, text: str, ents: list[tuple[str, str]], town: str) -> None:
    place = at(run(stage, text, ents), text, town)
    assert place is not None and place.mentions and place.lat is not None


def test_an_organisations_possessive_before_a_facility_is_no_place(stage: GeocodeStage
                                                                    ) -> None:
    text = "Lakeport 's plant closed on Monday ."  # a company named like a town
    place = at(run(stage, text, [("Lakeport", "ORG")]), text, "Lakeport")
    assert place is None or not place.mentions


def test_a_persons_possessive_before_a_facility_is_no_place(stage: GeocodeStage) -> None:
    text = "Jane Redfield spoke . Police searched Redfield 's compound ."
    assert at(run(stage, text, [("Jane Redfield", "PERSON"), ("Redfield", "PERSON")]), text,
              "Redfield") is None


@pytest.mark.parametrize("text", [
    "Rebels held the stronghold of Zorbla near Atlanta .",
    "The shelling of Zorbla near Atlanta went on .",
])
def test_an_unknown_name_a_nouns_of_calls_a_place_is_placed_by_the_text(stage: GeocodeStage,
                                                                      text: str) -> None:
    place = at(run(stage, text, [("Zorbla", "GPE"), ("Atlanta", "GPE")]), text, "Zorbla")
    assert place is not None and (place.lat, place.lon) == (33.75, -84.39)


# -- two places sharing their last words ("North and South Korea") -----------------------------

def test_two_places_that_share_their_last_words_are_both_found(stage: GeocodeStage) -> None:
    text = "Talks between North and South Korea resumed ."
    places = run(stage, text, [("North and South Korea", "GPE")])
    assert [(p.name, p.country, [m.of(text) for m in p.mentions]) for p in places] == [
        ("North Korea", "PRK", ["North"]), ("South Korea", "KOR", ["South Korea"])]


def test_a_place_named_with_and_stays_whole(stage: GeocodeStage) -> None:
    text = "Storms hit Antigua and Barbuda on Monday ."
    (place,) = run(stage, text, [("Antigua and Barbuda", "GPE")])
    assert place.country == "ATG" and [m.of(text) for m in place.mentions] == [
        "Antigua and Barbuda"]


@pytest.mark.parametrize("text", [
    "Lakeport , near Springfield , flooded again .",
    "Lakeport , in Ohio , flooded again .",
])
def test_an_appositive_saying_where_a_name_is_makes_it_a_place(stage: GeocodeStage,
                                                              text: str) -> None:
    place = at(run(stage, text, [("Lakeport", "ORG")]), text, "Lakeport")
    assert place is not None and place.mentions


# -- organisations' names that are all towns of one state ----------------------------------

def test_a_list_of_organisation_tagged_towns_of_one_state_is_towns(stage: GeocodeStage) -> None:
    text = "Lakeport and Springfield closed schools on Monday ."
    places = run(stage, text, [("Lakeport", "ORG"), ("Springfield", "ORG")])
    towns = sorted((p.name, p.lat) for p in places if p.mentions)
    assert towns in ([("Lakeport", 42.30), ("Springfield", 39.80)],  # both in Illinois
                     [("Lakeport", 39.90), ("Springfield", 37.22)])  # or both in Missouri


@pytest.mark.parametrize("labels", [("ORG", "PERSON"), ("PERSON", "ORG"), ("GPE", "ORG"),
                                    ("GPE", "NORP"), ("NORP", "PERSON")])
def test_a_list_of_towns_of_one_state_tagged_partly_as_persons_is_towns(
        stage: GeocodeStage, labels: tuple[str, str]) -> None:
    text = "Lakeport and Springfield closed schools on Monday ."
    places = run(stage, text, list(zip(("Lakeport", "Springfield"), labels)))
    assert sorted(p.name for p in places if p.mentions) == ["Lakeport", "Springfield"]


def test_a_persons_surname_in_a_list_stays_the_person(stage: GeocodeStage) -> None:
    text = "Dana Springfield spoke . Lakeport and Springfield closed schools on Monday ."
    places = run(stage, text, [("Dana Springfield", "PERSON"), ("Lakeport", "ORG"),
                               ("Springfield", "PERSON")])
    assert not [p for p in places if p.mentions]


def test_a_list_of_persons_alone_stays_persons(stage: GeocodeStage) -> None:
    text = "Lakeport and Springfield closed schools on Monday ."
    places = run(stage, text, [("Lakeport", "PERSON"), ("Springfield", "PERSON")])
    assert not [p for p in places if p.mentions]


def test_a_list_of_organisations_in_different_states_stays_organisations(stage: GeocodeStage
                                                                         ) -> None:
    text = "Lakeview Falls and Redfield closed schools on Monday ."
    places = run(stage, text, [("Lakeview Falls", "ORG"), ("Redfield", "ORG")])
    assert not [p for p in places if p.mentions]


@pytest.mark.parametrize("label", ["GPE", "ORG"])
def test_a_club_named_after_its_town_gives_the_town_embedded(stage: GeocodeStage,
                                                             label: str) -> None:
    text = "Savannah United drew with a rival on Saturday ."
    (place,) = run(stage, text, [("Savannah United", label)])
    assert (place.name, place.mentions, [s.of(text) for s in place.embedded]) == (
        "Savannah", (), ["Savannah"])


@pytest.mark.parametrize(("text", "name", "town"), [
    ("Floods hit Mexico City on Saturday .", "Mexico City", "Mexico City"),
    ("Shells fell on Savannah City on Saturday .", "Savannah City", "Savannah"),
])
def test_a_city_named_with_city_stays_the_city(stage: GeocodeStage, text: str, name: str,
                                               town: str) -> None:
    (place,) = run(stage, text, [(name, "GPE")])
    assert place.name == town and [s.of(text) for s in place.mentions] == [name]


@pytest.mark.parametrize(("text", "placed"), [
    ("Lakeport , near Springfield , flooded again .", True),  # the dictionary's full name only
    ("Dana Lakeport spoke . Lakeport , near Springfield , flooded again .", False),
])
def test_a_surname_only_the_actor_dictionary_gives_in_full_is_a_town_where_placed(
        stage: GeocodeStage, text: str, placed: bool) -> None:
    from newsevents.model import Actor

    words = text.split()
    k = len(words) - 1 - words[::-1].index("Lakeport")  # the last "Lakeport"
    ents = [(k, k + 1, "PERSON")] + ([(0, 2, "PERSON")] if text.startswith("Dana") else [])
    parse = build_parse(text, ents=ents, pos=["PROPN" if w[:1].isupper() else "X"
                                              for w in words])
    mentions = tuple(Mention(span=e.span, label=e.label, sentence=0) for e in parse.ents)
    actor = Actor(id="a1", name="Dana Lakeport", kind="person",
                  mentions=(parse.ents[-1].span if not placed else mentions[0].span,))
    analysis = stage(ArticleAnalysis(article=Article(id="t", text=text), mentions=mentions,
                                     actors=(actor,)), parse)
    assert bool(at(analysis.places, text, "Lakeport")) == placed


@pytest.mark.parametrize(("text", "ents"), [
    ("A Lakeport man was arrested on Friday .", [("Lakeport", "PERSON")]),
    ("Police said a Lakeport woman was hurt .", []),
    ("Lakeport police closed the road .", []),
])
def test_a_towns_name_before_a_noun_of_its_people_or_services_is_the_town(
        stage: GeocodeStage, text: str, ents: list[tuple[str, str]]) -> None:
    place = at(run(stage, text, ents), text, "Lakeport")
    assert place is not None and place.mentions


@pytest.mark.parametrize(("text", "ents"), [
    ("Deputies arrested two Lakeport men on Friday .", [("Lakeport", "ORG")]),
    ("Deputies arrested 2 Lakeport women on Friday .", [("Lakeport", "PERSON")]),
    ("Three Lakeport residents spoke .", [("Lakeport", "ORG")]),
])
def test_a_name_after_a_number_before_a_noun_of_people_is_the_town(
        stage: GeocodeStage, text: str, ents: list[tuple[str, str]]) -> None:
    pos = ["NUM" if w[0].isdigit() or w.lower() in {"two", "three"} else
           "PROPN" if w[:1].isupper() else "X" for w in text.split()]
    place = at(analyse(stage, text, ents, pos=pos).places, text, "Lakeport")
    assert place is not None and place.mentions


@pytest.mark.parametrize(("text", "ents"), [
    ("A Lakeport fan cried on Friday .", [("Lakeport", "PERSON")]),
    ("The Lakeport family gathered on Friday .", [("Lakeport", "PERSON")]),  # a surname
    ("Lakeport police patrolled the camp .", [("Lakeport", "ORG")]),  # an organisation's
])
def test_a_name_before_another_noun_or_an_organisations_stays_no_place(
        stage: GeocodeStage, text: str, ents: list[tuple[str, str]]) -> None:
    assert at(run(stage, text, ents), text, ents[0][0]) is None


def test_a_county_named_with_its_admin_word_before_a_noun_of_people_is_the_county(
        stage: GeocodeStage) -> None:
    text = "A Lakeview County man was charged ."  # the man is from the county
    place = at(run(stage, text, [("Lakeview County", "PERSON")]), text, "Lakeview County")
    assert place is not None and place.feature_code == "ADM2"


@pytest.mark.parametrize(("text", "placed"), [
    ("Mexico City traders said prices rose .", True),  # a metropolis by its own name
    ("Savannah traders said prices rose .", False),  # a smaller town needs a place context
    ("Mexico City Jones said prices rose .", False),  # a longer name goes on
])
def test_an_untagged_metropolis_is_a_place_anywhere(stage: GeocodeStage, text: str,
                                                    placed: bool) -> None:
    name = "Mexico City" if "Mexico" in text else "Savannah"
    assert (at(run(stage, text, []), text, name) is not None) == placed


def test_a_person_tagged_town_after_through_is_the_town(stage: GeocodeStage) -> None:
    text = "A tornado tore through Lakeport on Sunday ."
    place = at(run(stage, text, [("Lakeport", "PERSON")]), text, "Lakeport")
    assert place is not None and place.mentions


def test_an_organisation_after_through_stays_the_organisation(stage: GeocodeStage) -> None:
    text = "The company sells phones through Lakeport and Atlanta ."
    places = run(stage, text, [("Lakeport", "ORG"), ("Atlanta", "ORG")])
    assert not [p for p in places if p.mentions]  # at most a town behind a name, embedded


@pytest.mark.parametrize(("kind", "embedded"), [("armed_group", True), ("person", False)])
def test_a_place_inside_a_groups_name_the_actors_stage_found_is_embedded(
        stage: GeocodeStage, kind: str, embedded: bool) -> None:
    from newsevents.model import Actor

    text = "The Front in Savannah claimed the attack in Atlanta ."
    words = text.split()
    parse = build_parse(text, ents=[(1, 2, "ORG"), (3, 4, "GPE"), (8, 9, "GPE")],
                        pos=["PROPN" if w[:1].isupper() else "X" for w in words])
    mentions = tuple(Mention(span=e.span, label=e.label, sentence=0) for e in parse.ents)
    group = Span(text.index("Front"), text.index(" claimed"))  # "Front in Savannah"
    actor = Actor(id="a1", name="Front in Savannah", kind=kind, mentions=(group,))
    places = stage(ArticleAnalysis(article=Article(id="t", text=text), mentions=mentions,
                                   actors=(actor,)), parse).places
    savannah = at(places, text, "Savannah")
    assert savannah is not None and bool(savannah.embedded) == embedded
    assert bool(savannah.mentions) != embedded
    assert at(places, text, "Atlanta").mentions  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "label"), [
    ("Savannah , 34 , was shot on Monday .", "PERSON"),
    ("Savannah , 34 , was shot on Monday .", "GPE"),
    ("Police said Savannah , 34 ; her brother , 31 , fled .", "GPE"),
])
def test_a_name_with_an_age_between_commas_is_a_persons(stage: GeocodeStage, text: str,
                                                        label: str) -> None:
    assert at(run(stage, text, [("Savannah", label)]), text, "Savannah") is None


@pytest.mark.parametrize("text", [
    "Floods hit Savannah , 2017 , and Atlanta .",  # a year, not an age
    "Floods hit Savannah , 34 km away .",  # a distance
])
def test_a_name_with_a_number_that_is_no_age_stays_a_place(stage: GeocodeStage,
                                                           text: str) -> None:
    ents = [("Savannah", "GPE")] + ([("Atlanta", "GPE")] if "Atlanta" in text else [])
    assert at(run(stage, text, ents), text, "Savannah") is not None


@pytest.mark.parametrize(("text", "ents"), [
    ("The President of Mexico Ana Ruiz spoke on Monday .", []),
    ("The President of Mexico Ana Ruiz spoke on Monday .", [("Mexico Ana Ruiz", "PERSON")]),
    ("The Communist Party of Mexico Ana Ruiz spoke .", []),
])
def test_a_country_after_an_office_s_of_is_a_place_before_its_holder_s_name(
        stage: GeocodeStage, text: str, ents: list[tuple[str, str]]) -> None:
    place = at(run(stage, text, ents), text, "Mexico")
    assert place is not None and place.country == "MEX"


@pytest.mark.parametrize(("text", "ents"), [
    ("She is the wife of Mexico Ana Ruiz .", [("Mexico Ana Ruiz", "PERSON")]),
    ("The President of Mexico Ruiz spoke .", [("Mexico Ruiz", "PERSON")]),  # one word after
])
def test_a_country_opening_a_persons_name_elsewhere_is_the_name(
        stage: GeocodeStage, text: str, ents: list[tuple[str, str]]) -> None:
    assert at(run(stage, text, ents), text, "Mexico") is None


def test_a_name_before_a_digit_that_is_no_ascii_number_is_read_without_error(
        stage: GeocodeStage) -> None:
    text = "Floods hit Savannah , ² , on Monday ."
    assert at(run(stage, text, [("Savannah", "GPE")]), text, "Savannah") is not None


# -- small towns the model missed, in a province the article names ---------------------------

@pytest.fixture(scope="module")
def hamlets() -> GeocodeStage:
    entries = [
        (town(5600001, "Powderly", 33.81, -95.52, "USA", 1_178, code="TX"), []),
        (town(5600002, "Powderly", 37.24, -87.16, "USA", 732, code="KY"), []),
        (unit(5600003, "Texas", "admin1", 31.25, -99.25, "USA", population=22_000_000,
              code="TX"), []),
        (unit(5600004, "Ohio", "admin1", 40.3, -82.8, "USA", population=11_700_000,
              code="OH"), []),
    ]
    return stage_of(entries)


def untagged_run(stage: GeocodeStage, text: str, state: str, pos: dict[str, str]
                 ) -> tuple[Place, ...]:
    words = text.split()
    parse = build_parse(text, ents=[(words.index(state), words.index(state) + 1, "GPE")],
                        pos=[pos.get(w, "PROPN" if w[:1].isupper() else "X") for w in words])
    mentions = tuple(Mention(span=e.span, label=e.label, sentence=0) for e in parse.ents)
    return stage(ArticleAnalysis(article=Article(id="t", text=text), mentions=mentions),
                 parse).places


@pytest.mark.parametrize("pos", ["PROPN", "ADV", "NOUN"])
def test_a_small_town_after_a_place_cue_in_a_province_the_article_names_is_a_place(
        hamlets: GeocodeStage, pos: str) -> None:
    text = "Deputies in Texas chased the truck toward Powderly on Monday ."
    place = at(untagged_run(hamlets, text, "Texas", {"Powderly": pos}), text, "Powderly")
    assert place is not None and place.lat == 33.81


def test_a_small_town_driven_past_in_a_province_the_article_names_is_a_place(
        hamlets: GeocodeStage) -> None:
    text = "Deputies in Texas chased the truck past Powderly on Monday ."
    place = at(untagged_run(hamlets, text, "Texas", {}), text, "Powderly")
    assert place is not None and place.lat == 33.81


@pytest.mark.parametrize(("text", "state"), [
    ("Deputies in Ohio chased the truck toward Powderly on Monday .", "Ohio"),  # not its state
    ("Deputies in Texas chased the truck on Powderly Monday .", "Texas"),  # no place cue
])
def test_a_small_town_elsewhere_or_without_a_place_cue_is_not_read(
        hamlets: GeocodeStage, text: str, state: str) -> None:
    assert at(untagged_run(hamlets, text, state, {}), text, "Powderly") is None


def test_a_capitalised_common_word_opening_a_sentence_is_not_read(hamlets: GeocodeStage
                                                                  ) -> None:
    text = "Powderly the deputies in Texas drove on ."
    assert at(untagged_run(hamlets, text, "Texas", {"Powderly": "ADV"}), text, "Powderly") \
        is None


# -- a list the model tagged as one name --------------------------------------------------------

@pytest.fixture(scope="module")
def listed() -> GeocodeStage:
    entries = [
        (town(5800001, "Kalamazoo", 42.29, -85.59, "USA", 76_000, code="MI"), []),
        (town(5800002, "Portage", 42.20, -85.58, "USA", 48_000, code="MI"), []),
        (town(5800003, "Portage", 41.58, -87.18, "USA", 36_700, code="IN"), []),
        (town(5800004, "Richland", 42.38, -85.45, "USA", 786, code="MI"), []),
        (town(5800005, "Richland", 46.29, -119.28, "USA", 54_000, code="WA"), []),
        (town(5800006, "Smith", 32.0, -95.0, "USA", 600, code="TX"), []),
    ]
    return stage_of(entries)


@pytest.mark.parametrize(("name", "label"), [
    ("Kalamazoo , Portage and Richland", "ORG"), ("Kalamazoo and Portage", "ORG"),
    ("Kalamazoo , Portage , Richland", "GPE"), ("Portage or Kalamazoo", "PERSON"),
])
def test_a_list_of_towns_of_one_state_tagged_as_one_name_is_each_town(
        listed: GeocodeStage, name: str, label: str) -> None:
    text = f"Residents from {name} said trucks would crowd the road ."
    places = run(listed, text, [(name, label)])
    towns = [w for w in ("Kalamazoo", "Portage", "Richland") if w in name]
    assert all((p := at(places, text, w)) is not None and p.mentions and p.lon is not None
               and -86 < p.lon < -85 for w in towns)


@pytest.mark.parametrize("name", ["Kalamazoo and Richland",  # a small town in a pair
                                  "Portage , Richland and Smith",  # two small or elsewhere
                                  "Kalamazoo , Portage and Jones"])  # not a town
def test_a_name_that_is_no_list_of_towns_of_one_state_is_not_split(listed: GeocodeStage,
                                                                   name: str) -> None:
    text = f"Lawyers at {name} said trucks would crowd the road ."
    assert not [p for p in run(listed, text, [(name, "ORG")]) if p.mentions]


# -- a motion into a name placed in a tagged place ---------------------------------------------

@pytest.mark.parametrize("label", ["PERSON", "ORG", "NORP"])
@pytest.mark.parametrize("cue", ["into", "toward", "across"])
def test_a_name_moved_into_and_placed_in_a_place_is_a_place_there(
        stage: GeocodeStage, label: str, cue: str) -> None:
    text = f"Troops pushed {cue} Zabrat in Yemen on Saturday ."
    zabrat = at(run(stage, text, [("Zabrat", label), ("Yemen", "GPE")]), text, "Zabrat")
    assert zabrat is not None and zabrat.country == "YEM"


@pytest.mark.parametrize(("text", "ents"), [
    ("Troops spoke to Zabrat in Yemen on Saturday .", [("Zabrat", "PERSON"), ("Yemen", "GPE")]),
    ("Troops pushed into Zabrat on Saturday in Yemen .", [("Zabrat", "PERSON"),
                                                          ("Yemen", "GPE")]),
    ("Amal Zabrat spoke . Troops ran into Zabrat in Yemen .", [("Amal Zabrat", "PERSON"),
                                                             ("Zabrat", "PERSON"),
                                                             ("Yemen", "GPE")]),
])
def test_a_person_met_in_a_place_or_not_placed_right_after_stays_a_person(
        stage: GeocodeStage, text: str, ents: list[tuple[str, str]]) -> None:
    assert at(run(stage, text, ents), text, "Zabrat") is None


@pytest.fixture(scope="module")
def numbered() -> GeocodeStage:
    entries = [(town(5610001, "No", 6.6, 0.47, "GHA", 130_000), []),
               (town(5610002, "Accra", 5.56, -0.2, "GHA", 2_300_000), [])]
    return stage_of(entries)


@pytest.mark.parametrize(("text", "placed"), [
    ("The case was filed in Accra , No . 18 on Monday .", False),
    ("The case was filed in Accra , No 18 on Monday .", False),
    ("Crews in Accra and No met on Monday .", True),
])
def test_no_before_a_number_is_the_word_number_not_a_town(numbered: GeocodeStage, text: str,
                                                          placed: bool) -> None:
    assert (at(run(numbered, text, [("Accra", "GPE")]), text, "No") is not None) == placed


@pytest.fixture(scope="module")
def offices() -> GeocodeStage:
    entries = [(town(5620001, "Commissioner", 32.8, -83.2, "USA", 620), []),
               (town(5620002, "Bello", 9.1, 7.4, "NGA", 700), [])]
    return stage_of(entries)


@pytest.mark.parametrize(("text", "name", "placed"), [
    ("The state Commissioner of Police said 88 rifles were found .", "Commissioner", False),
    ("Gunmen raided the village of Bello on Monday .", "Bello", True),
])
def test_an_office_after_a_place_noun_used_as_an_adjective_is_no_place(
        offices: GeocodeStage, text: str, name: str, placed: bool) -> None:
    assert (at(run(offices, text, []), text, name) is not None) == placed


@pytest.fixture(scope="module")
def measured() -> GeocodeStage:
    entries = [(town(5630001, "Brookhaven", 34.0, -84.3, "USA", 55_000, code="GA"), [])]
    return stage_of(entries)


@pytest.mark.parametrize(("text", "placed"), [
    ("Brookhaven , 30 miles north , reported no delays .", True),
    ("Brookhaven , about 40 kilometres away , reported no delays .", True),
    ("Brookhaven , 30 miles north of the city , reported no delays .", True),
    ("Brookhaven , 30 miles of road , reported no delays .", False),
    ("Brookhaven reported no delays on Monday .", False),
])
def test_an_untagged_name_measured_from_where_the_story_is_is_a_place(
        measured: GeocodeStage, text: str, placed: bool) -> None:
    assert (at(run(measured, text, []), text, "Brookhaven") is not None) == placed
