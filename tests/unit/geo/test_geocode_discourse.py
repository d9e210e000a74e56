"""Issue 13, item 1 (places.gazetteer.v4): one sense per discourse, place names the NER model
cut in two, particles inside names, and persons' names that are no phrase. Our own sentences
on hand-built parses and a small in-memory gazetteer (rounded real coordinates)."""
from __future__ import annotations

import pytest

from newsevents.model import Actor, Article, ArticleAnalysis, Mention, Span
from newsevents.parse import build_parse
from newsevents.resources.gazetteer import Candidate, InMemoryGazetteer
from newsevents.resources.place_names import destination, haversine_km
from newsevents.stages.places import GeocodeStage
from newsevents.stages.places.inside import name_windows
from newsevents.stages.places.toponyms import looks_like_name

from .test_geocode_recall_cues import ENTRIES, analyse, at, run, town, unit

MORE = [
    (town(5373900, "Mission Viejo", 33.60, -117.67, "USA", 97_156, code="CA"), []),
    (town(5373901, "Mission", 26.22, -98.33, "USA", 84_000, code="TX"), []),
    (town(1700000, "Santa Cruz", 6.83, 125.41, "PHL", 81_000, code="11"), []),
    (town(3000001, "Us", 49.10, 1.97, "FRA", 1_300, code="11"), []),
    (Candidate(pid=1705000, name="Davao del Sur", kind="admin2", feature_code="ADM2",
               country="PHL", lat=6.77, lon=125.35, population=680_000, admin1_code="11"), []),
    (town(2000001, "Sur", 22.57, 59.53, "OMN", 71_152, code="09"), []),
    (unit(6252002, "Philippines", "country", 13.0, 122.0, "PHL", population=100_000_000), []),
]


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    entries = [(c, ["U.S.", "US"] if c.name == "United States" else aliases)
               for c, aliases in ENTRIES]
    gaz = InMemoryGazetteer(entries + MORE, demonyms={"American": "USA"},
                            country_codes={"US": "USA"})
    return GeocodeStage(gaz)


def spans_of(place, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.of(text) for s in place.mentions]


# -- one sense per discourse --------------------------------------------------------------------

@pytest.mark.parametrize("label", ["ORG", "PERSON", "NORP"])
def test_a_place_name_repeated_with_another_label_is_the_same_place(stage: GeocodeStage,
                                                                     label: str) -> None:
    text = "Floods hit Lakeview Falls on Monday . Lakeview Falls asked the state for help ."
    place = at(run(stage, text, [("Lakeview Falls", "GPE"), ("Lakeview Falls", label)]), text,
               "Lakeview Falls")
    assert place is not None and len(place.mentions) == 2


def test_an_untagged_repetition_of_a_place_name_is_the_place(stage: GeocodeStage) -> None:
    text = "Floods hit Lakeview Falls on Monday . Crews said the Lakeview Falls bridge held ."
    (place,) = run(stage, text, [("Lakeview Falls", "GPE")])
    assert spans_of(place, text) == ["Lakeview Falls", "Lakeview Falls"]


def test_a_place_name_at_the_head_of_an_organisation_name_is_embedded(stage: GeocodeStage
                                                                      ) -> None:
    text = "Floods hit Lakeview Falls on Monday . The Lakeview Falls Credit Union closed ."
    (place,) = run(stage, text, [("Lakeview Falls", "GPE"),
                                 ("The Lakeview Falls Credit Union", "ORG")])
    assert [s.of(text) for s in place.embedded] == ["Lakeview Falls"]


def test_without_the_place_elsewhere_a_small_towns_organisation_names_no_place(
        stage: GeocodeStage) -> None:
    text = "The Lakeview Falls Credit Union closed on Monday ."
    assert run(stage, text, [("The Lakeview Falls Credit Union", "ORG")]) == ()


def test_a_persons_surname_is_not_taken_for_the_place_of_the_same_name(stage: GeocodeStage
                                                                       ) -> None:
    text = ("Dana Savannah spoke . Schools closed in Savannah on Monday . "
            "Savannah said the plan worked .")
    ents = [("Dana Savannah", "PERSON"), ("Savannah", "GPE"), ("Savannah", "PERSON")]
    (place,) = run(stage, text, ents)  # "in Savannah" is placed by its context
    assert [s.start for s in place.mentions] == [text.index("in Savannah") + 3]


def test_a_name_that_goes_on_is_not_the_place(stage: GeocodeStage) -> None:
    text = "Floods hit Savannah on Monday . Crews said Savannah Brooks helped ."
    (place,) = run(stage, text, [("Savannah", "GPE")])
    assert spans_of(place, text) == ["Savannah"]


def test_a_different_spelling_or_case_is_no_repetition(stage: GeocodeStage) -> None:
    text = "Floods hit Savannah on Monday . The SAVANNAH brand sold well ."
    (place,) = run(stage, text, [("Savannah", "GPE"), ("SAVANNAH", "ORG")])
    assert spans_of(place, text) == ["Savannah"]


# -- persons' names are names -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Dana Cole", True), ("Ludwig van Beethoven", True), ("Abu Bakr al-Baghdadi", True),
    ("the state of Guerrero", False), ("Bumbacari and Dudescu", False), ("", False),
    ("With Samos", False),
])
def test_looks_like_name(text: str, expected: bool) -> None:
    assert looks_like_name(text) is expected


def test_a_phrase_among_a_persons_mentions_makes_no_surname(stage: GeocodeStage) -> None:
    """An actor whose mentions hold a phrase ("the town of Savannah", a coreference slip)
    does not make "Savannah" a person's surname."""
    text = "Crews reached the town of Savannah on Monday ."
    words = text.split()
    parse = build_parse(text, ents=[(5, 6, "PERSON")],
                        pos=["PROPN" if w[:1].isupper() else "X" for w in words])
    start = text.index("the town")
    actor = Actor(id="a1", name="Savannah", kind="person",
                  mentions=(Span(start, start + len("the town of Savannah")),))
    analysis = ArticleAnalysis(article=Article(id="t", text=text), actors=(actor,),
                               mentions=tuple(Mention(span=e.span, label=e.label, sentence=0)
                                              for e in parse.ents))
    (place,) = stage(analysis, parse).places
    assert place.name == "Savannah"


# -- names the model cut in two ------------------------------------------------------------------

@pytest.mark.parametrize("ents", [
    [("Viejo", "PERSON")], [("Mission", "GPE"), ("Viejo", "ORG")], [("Mission", "GPE")],
])
def test_a_place_name_cut_by_the_model_is_joined(stage: GeocodeStage,
                                                 ents: list[tuple[str, str]]) -> None:
    text = "Crews reached Mission Viejo on Monday ."
    (place,) = run(stage, text, ents)
    assert place.name == "Mission Viejo" and spans_of(place, text) == ["Mission Viejo"]


def test_words_that_make_no_place_together_are_not_joined(stage: GeocodeStage) -> None:
    text = "Crews reached Mission Control on Monday ."
    (place,) = run(stage, text, [("Mission", "GPE")])
    assert spans_of(place, text) == ["Mission"]


@pytest.mark.parametrize("label", ["GPE", "PERSON"])
def test_a_name_cut_before_its_road_word_is_the_road(stage: GeocodeStage, label: str) -> None:
    text = "The body was found on Mission Street in Mission Viejo on Monday ."
    places = run(stage, text, [("Mission", label), ("Mission Viejo", "GPE")])
    road = at(places, text, "Mission Street")
    assert road is not None and road.name == "Mission Street" and road.country == "USA"
    assert at(places, text, "Mission") is None  # not the Texas town


def test_a_particle_inside_a_name_joins_it(stage: GeocodeStage) -> None:
    text = "Pigs died in Santa Cruz , Davao del Sur , on Monday ."
    places = run(stage, text, [("Santa Cruz", "GPE"), ("Davao", "GPE"), ("Sur", "GPE")])
    assert at(places, text, "Davao del Sur").name == "Davao del Sur"  # type: ignore[union-attr]
    assert at(places, text, "Santa Cruz").country == "PHL"  # type: ignore[union-attr]


def test_a_particle_inside_an_organisation_name_keeps_the_place_whole() -> None:
    windows = [part for _, part, _ in name_windows("Bank of Davao del Sur")]
    assert "Davao del Sur" in windows and windows.index("Davao del Sur") < windows.index("Sur")


# -- a place before a hyphen ----------------------------------------------------------------------

def test_a_country_before_a_hyphen_is_the_country_not_a_namesake_town(stage: GeocodeStage
                                                                      ) -> None:
    text = "The US-based firm opened in Atlanta ."
    out = analyse(stage, text, [("Atlanta", "GPE")])
    usa = next(p for p in out.places if p.country == "USA" and p.feature_code == "PCLI")
    assert [s.of(text) for s in usa.demonyms] == ["US"]


# -- an unknown place the context calls a place -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Floods hit Atlanta . Homes were lost in Zorblat on Monday .",
    "Floods hit Atlanta . Homes were lost in the Zorblat area on Monday .",
    "Floods hit Atlanta . Homes were lost in the village of Zorblat on Monday .",
])
def test_an_unknown_place_name_in_a_place_context_is_placed_as_the_text_allows(
        stage: GeocodeStage, text: str) -> None:
    place = at(run(stage, text, [("Atlanta", "GPE"), ("Zorblat", "GPE")]), text, "Zorblat")
    assert place is not None and place.country == "USA" and place.geonameid is None
    assert "not in the gazetteer" in place.reason


@pytest.mark.parametrize("text", [
    "She runs a studio at Zorblat , near Atlanta .",
    "Floods hit Atlanta . She runs a studio at Zorblat .",
    "Atlanta , Zorblat and Savannah reported cases .",
    "Atlanta and Zorblat reported cases on Monday .",
    "Police raided the Atlanta township Zorblat on Monday .",
])
def test_an_unknown_gpe_the_words_around_place_is_kept_and_placed(stage: GeocodeStage,
                                                                  text: str) -> None:
    place = at(analyse(stage, text, [("Atlanta", "GPE"), ("Zorblat", "GPE")]
                       + ([("Savannah", "GPE")] if "Savannah" in text else [])).places,
               text, "Zorblat")
    assert place is not None and place.country == "USA" and place.geonameid is None


def test_an_unknown_gpe_after_a_place_and_a_noun_of_no_part_of_it_is_not_kept(
        stage: GeocodeStage) -> None:
    text = "Fans cheered the Atlanta team Zorblat on Monday ."
    ents = [("Zorblat", "GPE"), ("Atlanta", "GPE")]
    assert at(analyse(stage, text, ents).places, text, "Zorblat") is None


def test_a_facility_the_gazetteer_lacks_is_in_the_place_after_in(stage: GeocodeStage) -> None:
    text = "London donors rebuilt the Zorblat Church in Atlanta ."
    ents = [("London", "GPE"), ("Zorblat Church", "FAC"), ("Atlanta", "GPE")]
    place = at(analyse(stage, text, ents).places, text, "Zorblat Church")
    assert place is not None and place.country == "USA" and place.lat == 33.75


def test_an_unknown_name_before_in_may_be_an_organisation_s_branch(stage: GeocodeStage
                                                                   ) -> None:
    text = "London donors said the Zorblat State in Atlanta grew ."
    out = analyse(stage, text, [("London", "GPE"), ("Zorblat State", "GPE"),
                                ("Atlanta", "GPE")])
    assert at(out.places, text, "Zorblat State") is None  # "the Islamic State in Iraq"


@pytest.mark.parametrize(("text", "label"), [
    ("Three were killed in Zorblat , 100 kilometers north of Atlanta .", "PRODUCT"),
    ("Fighting raged in Zorblat , about 30 miles ( 50 km ) south of Atlanta .", "ORG"),
    ("Zorblat , 12 km from Atlanta , was shelled .", "GPE"),
])
def test_a_name_measured_from_a_place_is_a_place(stage: GeocodeStage, text: str,
                                                 label: str) -> None:
    place = at(analyse(stage, text, [("Zorblat", label), ("Atlanta", "GPE")]).places, text,
               "Zorblat")
    assert place is not None and place.country == "USA" and place.geonameid is None


def test_a_person_measured_from_a_place_is_still_a_person(stage: GeocodeStage) -> None:
    text = "Zorblat , 2 miles from Atlanta , heard the blast ."
    out = analyse(stage, text, [("Zorblat", "PERSON"), ("Atlanta", "GPE")])
    assert at(out.places, text, "Zorblat") is None


def test_a_name_with_a_measure_that_is_no_distance_is_no_place(stage: GeocodeStage) -> None:
    text = "Zorblat , 100 kilometers of cable , was sold in Atlanta ."
    out = analyse(stage, text, [("Zorblat", "PRODUCT"), ("Atlanta", "GPE")])
    assert at(out.places, text, "Zorblat") is None


def test_an_unknown_acronym_after_at_is_no_place(stage: GeocodeStage) -> None:
    text = "She studies at ZQB in Atlanta ."
    out = analyse(stage, text, [("ZQB", "GPE"), ("Atlanta", "GPE")])
    assert at(out.places, text, "ZQB") is None


def test_a_town_tagged_loc_that_speaks_is_no_place(stage: GeocodeStage) -> None:
    text = "Lakeport said the plan failed ."
    parse = build_parse(text, heads=[1, 1, 3, 4, 1, 1],
                        deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "punct"],
                        lemmas=["Lakeport", "say", "the", "plan", "fail", "."],
                        pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "PUNCT"],
                        ents=[(0, 1, "LOC")])
    mentions = tuple(Mention(span=e.span, label=e.label, sentence=0) for e in parse.ents)
    out = stage(ArticleAnalysis(article=Article(id="t", text=text), mentions=mentions), parse)
    assert out.places == ()


@pytest.mark.parametrize("text", [
    "Floods hit Atlanta . Officials from Zorblat flew in on Monday .",
    "Floods hit Atlanta . Zorblat sent help on Monday .",
])
def test_an_unknown_name_without_a_place_context_is_not_placed(stage: GeocodeStage,
                                                               text: str) -> None:
    out = analyse(stage, text, [("Atlanta", "GPE"), ("Zorblat", "GPE")])
    assert at(out.places, text, "Zorblat") is None
    assert [d.code for d in out.diagnostics] == ["W610"]


def test_a_place_found_under_a_persons_label_is_repeated_too(stage: GeocodeStage) -> None:
    text = "Crews reached the town of Lakeview Falls . Lakeview Falls asked for help ."
    (place,) = run(stage, text, [("Lakeview Falls", "PERSON"), ("Lakeview Falls", "PERSON")])
    assert len(place.mentions) == 2


# -- more place contexts --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Rain fell 30 miles south of Lakeview Falls on Monday .",
    "Rain fell on the outskirts of Lakeview Falls on Monday .",
])
def test_a_direction_of_a_name_places_it(stage: GeocodeStage, text: str) -> None:
    place = at(run(stage, text, [("Lakeview Falls", "ORG")]), text, "Lakeview Falls")
    assert place is not None and place.lat == 41.50


def test_an_institutions_of_names_its_town(stage: GeocodeStage) -> None:
    text = "Doctors at the Children's Hospital of Savannah said so ."
    place = at(run(stage, text, []), text, "Savannah")
    assert place is not None and place.country == "USA"


def test_a_place_noun_makes_a_hamlet_a_place(stage: GeocodeStage) -> None:
    text = "Pigs died in the community of Korbo on Monday ."
    place = at(run(stage, text, [("Korbo", "ORG")]), text, "Korbo")
    assert place is not None and place.country == "SWE"
    text = "Pigs died near Korbo on Monday ."  # a locative cue alone: a hamlet is too small
    assert run(stage, text, [("Korbo", "ORG")]) == ()


# -- a building is not the town of the same name ---------------------------------------------------

WHITE_HOUSE = [(town(4667282, "White House", 36.47, -86.65, "USA", 11_226, code="TN"), []),
               (unit(4662168, "Tennessee", "admin1", 35.75, -86.25, "USA",
                     population=6_800_000, code="TN"), [])]


@pytest.fixture(scope="module")
def building_stage() -> GeocodeStage:
    return GeocodeStage(InMemoryGazetteer(ENTRIES + WHITE_HOUSE, demonyms={"American": "USA"}))


@pytest.mark.parametrize(("text", "label"), [
    ("Aides left the White House on Monday .", "GPE"),
    ("Reporters were barred from the White House on Monday .", "ORG"),
    ("White House aides left on Monday .", "ORG"),
])
def test_a_building_is_not_the_town_named_like_it(building_stage: GeocodeStage, text: str,
                                                  label: str) -> None:
    place = at(run(building_stage, text, [("White House", label)]), text, "White House")
    assert place is None or place.reason.startswith("not in the gazetteer")


def test_a_qualified_town_named_like_a_building_is_the_town(building_stage: GeocodeStage
                                                            ) -> None:
    text = "Floods hit White House , Tennessee , on Monday ."
    place = at(run(building_stage, text, [("White House", "GPE"), ("Tennessee", "GPE")]), text,
               "White House")
    assert place is not None and place.lat == 36.47 and "population" in place.reason


# -- namesakes: own names first, abbreviated qualifiers -------------------------------------------

NAMESAKES = [
    (town(5139000, "Southold", 41.06, -72.43, "USA", 5_748, code="NY"), []),
    (town(4926563, "South Bend", 41.68, -86.25, "USA", 101_516, code="IN"), ["Southold"]),
    (town(98182, "Baghdad", 33.34, 44.40, "IRQ", 7_216_000, code="07"), ["Bagdad"]),
    (town(5284000, "Bagdad", 34.58, -113.20, "USA", 1_876, code="AZ"), []),
    (town(4140963, "Washington", 38.90, -77.04, "USA", 689_545, code="DC"), []),
    (unit(4138106, "District of Columbia", "admin1", 38.91, -77.01, "USA",
          population=689_545, code="DC"), ["D.C."]),
    (unit(5815135, "Washington", "admin1", 47.50, -120.50, "USA", population=7_600_000,
          code="WA"), []),
    (unit(5879092, "Alaska", "admin1", 64.00, -150.00, "USA", population=730_000,
          code="AK"), []),
    (unit(4155751, "Florida", "admin1", 28.75, -82.50, "USA", population=21_500_000,
          code="FL"), []),
    (unit(99237, "Iraq", "country", 33.0, 44.0, "IRQ", population=38_433_600), []),
]


@pytest.fixture(scope="module")
def namesake_stage() -> GeocodeStage:
    return GeocodeStage(InMemoryGazetteer(NAMESAKES))


def test_a_towns_own_name_beats_another_towns_alternate_name(namesake_stage: GeocodeStage
                                                             ) -> None:
    text = "Police dug in Southold on Monday ."
    (place,) = run(namesake_stage, text, [("Southold", "GPE")])
    assert place.name == "Southold"


def test_an_alternate_name_still_names_its_place_when_no_town_has_it_as_its_own() -> None:
    stage = GeocodeStage(InMemoryGazetteer([e for e in NAMESAKES if e[0].name != "Southold"]))
    text = "Police dug in Southold on Monday ."
    (place,) = run(stage, text, [("Southold", "GPE")])
    assert place.name == "South Bend"


def test_an_alternate_name_abroad_is_not_demoted_by_a_hamlet(namesake_stage: GeocodeStage
                                                              ) -> None:
    text = "Bombs fell on Bagdad , Iraq , on Monday ."
    place = at(run(namesake_stage, text, [("Bagdad", "GPE"), ("Iraq", "GPE")]), text, "Bagdad")
    assert place is not None and place.country == "IRQ"


def test_an_abbreviated_qualifier_holds_inside_a_list(namesake_stage: GeocodeStage) -> None:
    text = "Sales rose in Alaska , Florida and Washington , D.C. , last year ."
    ents = [("Alaska", "GPE"), ("Florida", "GPE"), ("Washington", "GPE"), ("D.C.", "GPE")]
    place = at(run(namesake_stage, text, ents), text, "Washington")
    assert place is not None and place.feature_code == "PPL" and place.lat == 38.90
    text = "Sales rose in Alaska , Florida and Washington last year ."
    place = at(run(namesake_stage, text, ents[:3]), text, "Washington")
    assert place is not None and place.feature_code == "ADM1"


def test_a_district_of_several_words_inside_an_organisation_name_is_the_district(
        stage: GeocodeStage) -> None:
    text = "Pigs died , the Farmers Board of Davao del Sur said ."
    place = at(run(stage, text, [("the Farmers Board of Davao del Sur", "ORG")]), text,
               "Davao del Sur")
    assert place is not None and place.country == "PHL"
    assert at(run(stage, text, [("the Farmers Board of Davao del Sur", "ORG")]), text,
              "Sur") is None


def test_a_name_qualified_by_an_abbreviation_may_be_another_place_than_the_bare_name(
        namesake_stage: GeocodeStage) -> None:
    text = ("Crews drove from Washington , D.C. , on Monday . Fires burned in Alaska , "
            "Florida and Washington .")
    ents = [("Washington", "GPE"), ("D.C.", "GPE"), ("Alaska", "GPE"), ("Florida", "GPE"),
            ("Washington", "GPE")]
    places = run(namesake_stage, text, ents)
    kinds = sorted(p.feature_code for p in places if p.name == "Washington")
    assert kinds == ["ADM1", "PPL"]



def test_a_lowercase_direction_before_a_name_asks_for_a_region(namesake_stage: GeocodeStage
                                                               ) -> None:
    text = "Crews came home to Washington . Fires burned in central Washington on Monday ."
    places = run(namesake_stage, text, [("Washington", "GPE"), ("Washington", "GPE")])
    assert [p.feature_code for p in places] == ["ADM1"]
    text = "Crews came home to Washington on Monday ."
    places = run(namesake_stage, text, [("Washington", "GPE")])
    assert [p.feature_code for p in places] == ["PPL"]


def test_an_unknown_place_name_with_nothing_to_anchor_it_is_a_place_without_a_point(
        stage: GeocodeStage) -> None:
    text = "Gunmen struck in Zorblat on Monday ."
    (place,) = run(stage, text, [("Zorblat", "GPE")])
    assert place.lat is None and place.precision == 7 and "not in the gazetteer" in place.reason


@pytest.mark.parametrize("text", [
    "Rebels held the provincial capital Savannah on Monday .",
    "Rebels shelled the countryside of Savannah on Monday .",
])
def test_a_place_noun_with_its_adjective_places_the_name(stage: GeocodeStage, text: str
                                                         ) -> None:
    place = at(run(stage, text, [("Savannah", "ORG")]), text, "Savannah")
    assert place is not None and place.country == "USA"


def test_a_name_opening_with_an_arabic_article_is_a_name(stage: GeocodeStage) -> None:
    text = "A boy was killed in al-Zorblat on Sunday ."
    (place,) = run(stage, text, [("al-Zorblat", "GPE")])
    assert place.name == "al-Zorblat"


def test_a_town_the_model_takes_for_a_language_is_a_place(stage: GeocodeStage) -> None:
    text = "Troops advanced north of Savannah on Sunday ."
    place = at(run(stage, text, [("Savannah", "LANGUAGE")]), text, "Savannah")
    assert place is not None and place.country == "USA"
    text = "The talks were held in English on Sunday ."
    assert run(stage, text, [("English", "LANGUAGE")]) == ()


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Gunmen razed Zorblat village on Monday .", "Zorblat", "PERSON"),
    ("Gunmen razed the village of Zorblat on Monday .", "Zorblat", "ORG"),
    ("Troops patrolled the Zorblat district on Monday .", "Zorblat", "ORG"),
    ("Troops patrolled the town of Zorblat on Monday .", "Zorblat", "NORP"),
    ("Troops patrolled the Zorblat Gorge on Monday .", "Zorblat Gorge", "PERSON"),
])
def test_a_place_noun_or_a_feature_word_makes_an_unknown_name_a_place(
        stage: GeocodeStage, text: str, name: str, label: str) -> None:
    (place,) = run(stage, text, [(name, label)])
    assert place.name == name and place.geonameid is None


@pytest.mark.parametrize("text", [
    "Troops patrolled central Savannah on Monday .",
    "Troops patrolled in central Savannah on Monday .",
])
def test_a_lowercase_direction_before_a_name_is_a_place_context(stage: GeocodeStage,
                                                                text: str) -> None:
    place = at(run(stage, text, [("Savannah", "ORG")]), text, "Savannah")
    assert place is not None and place.country == "USA"


def test_a_groups_name_before_a_place_noun_is_no_place(stage: GeocodeStage) -> None:
    text = "Leaders of the Zorblati community met on Monday ."
    assert run(stage, text, [("Zorblati", "NORP")]) == ()


@pytest.mark.parametrize(("text", "heads", "deps", "lemmas"), [
    ("Rebels captured Savannah on Monday .", [1, 1, 1, 1, 3, 1],
     ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
     ["rebel", "capture", "Savannah", "on", "Monday", "."]),
    ("Jets bombed Savannah on Monday .", [1, 1, 1, 1, 3, 1],
     ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
     ["jet", "bomb", "Savannah", "on", "Monday", "."]),
    ("Guns pounded Savannah on Monday .", [1, 1, 1, 1, 3, 1],
     ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
     ["gun", "pound", "Savannah", "on", "Monday", "."]),
    ("Savannah was captured on Monday .", [2, 2, 2, 2, 3, 2],
     ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"],
     ["Savannah", "be", "capture", "on", "Monday", "."]),
])
def test_the_object_of_a_verb_of_capture_is_a_place(stage: GeocodeStage, text: str,
                                                    heads: list[int], deps: list[str],
                                                    lemmas: list[str]) -> None:
    at_ = text.split().index("Savannah")
    parse = build_parse(text, heads=heads, deps=deps, lemmas=lemmas,
                        pos=["PROPN" if w[:1].isupper() else "X" for w in text.split()],
                        ents=[(at_, at_ + 1, "PERSON")])
    mentions = tuple(Mention(span=e.span, label=e.label, sentence=0) for e in parse.ents)
    out = stage(ArticleAnalysis(article=Article(id="t", text=text), mentions=mentions), parse)
    assert [p.name for p in out.places] == ["Savannah"]


def test_the_object_of_another_verb_is_not_placed_by_it(stage: GeocodeStage) -> None:
    text = "Rebels thanked Savannah on Monday ."
    parse = build_parse(text, heads=[1, 1, 1, 1, 3, 1],
                        deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                        lemmas=["rebel", "thank", "Savannah", "on", "Monday", "."],
                        pos=["PROPN" if w[:1].isupper() else "X" for w in text.split()],
                        ents=[(2, 3, "PERSON")])
    mentions = tuple(Mention(span=e.span, label=e.label, sentence=0) for e in parse.ents)
    out = stage(ArticleAnalysis(article=Article(id="t", text=text), mentions=mentions), parse)
    assert out.places == ()


@pytest.mark.parametrize(("text", "mention", "label", "places"), [
    ("Shops closed on Savannah’s Bay Road on Monday .", "Savannah’s Bay Road", "FAC",
     ["Savannah", "Bay Road"]),
    ("Shops closed in Mission-Savannah on Monday .", "Mission-Savannah", "ORG",
     ["Mission", "Savannah"]),
    # the model tags a building or road a place owns as an organisation's name
    ("A ward opened at Savannah’s Memorial Hospital on Monday .", "Savannah’s Memorial Hospital",
     "ORG", ["Savannah", "Memorial Hospital"]),
    ("Crews repaved Savannah’s Bay Road on Monday .", "Savannah’s Bay Road", "ORG",
     ["Savannah", "Bay Road"]),
])
def test_a_place_run_into_another_name_is_split_off(stage: GeocodeStage, text: str,
                                                    mention: str, label: str,
                                                    places: list[str]) -> None:
    found = run(stage, text, [(mention, label)])
    assert sorted(s.of(text) for p in found for s in p.mentions) == sorted(places)


def test_a_hyphenated_place_name_is_not_split(stage: GeocodeStage) -> None:
    text = "Shops closed in Mission-Viejo on Monday ."
    gaz = InMemoryGazetteer([(town(1, "Mission-Viejo", 33.6, -117.67, "USA", 97_000), []),
                             (town(2, "Mission", 26.2, -98.3, "USA", 84_000), []),
                             (town(3, "Viejo", 10.0, -84.0, "CRI", 2_000), [])])
    (place,) = run(GeocodeStage(gaz), text, [("Mission-Viejo", "GPE")])
    assert place.name == "Mission-Viejo"


def test_a_persons_possessive_is_not_split(stage: GeocodeStage) -> None:
    text = "Aides of Savannah’s Office spoke on Monday ."
    assert run(stage, text, [("Savannah’s Office", "PERSON")]) == ()


def test_an_institutions_name_after_a_places_possessive_is_not_split(stage: GeocodeStage
                                                                      ) -> None:
    text = "Savannah’s Ministry of Trade spoke on Monday ."
    (place,) = run(stage, text, [("Savannah’s Ministry of Trade", "ORG")])
    assert place.mentions == () and [s.of(text) for s in place.embedded] == ["Savannah"]


def test_a_saints_possessive_inside_a_name_is_not_split(stage: GeocodeStage) -> None:
    text = "Crowds filled St. Savannah's Square on Monday ."
    found = run(stage, text, [("St. Savannah's Square", "FAC")])
    assert [s.of(text) for p in found for s in p.mentions] == ["St. Savannah's Square"]


def test_a_places_possessive_before_a_persons_name_is_not_split(stage: GeocodeStage) -> None:
    text = "Savannah’s Dana Cole scored twice ."
    found = run(stage, text, [("Savannah’s Dana Cole", "FAC")])
    assert [s.of(text) for p in found for s in p.mentions] != ["Savannah", "Dana Cole"]


@pytest.mark.parametrize(("text", "name"), [
    ("Swans died in the village of Zorblat Bay in Ohio .", "Zorblat Bay"),
    ("Pigs died in the Zorblat Marsh area of Ohio .", "Zorblat Marsh"),
])
def test_an_untagged_name_a_place_noun_names_is_a_place(stage: GeocodeStage, text: str,
                                                        name: str) -> None:
    place = at(run(stage, text, [("Ohio", "GPE")]), text, name)
    assert place is not None and place.country == "USA"


@pytest.mark.parametrize("text", [
    "The children came from Zorblat , a farming town in Ohio .",
    "The children came from Zorblat , the provincial capital .",
])
def test_an_appositive_place_noun_makes_a_person_tagged_name_a_place(stage: GeocodeStage,
                                                                     text: str) -> None:
    ents = [("Zorblat", "PERSON")] + ([("Ohio", "GPE")] if "Ohio" in text else [])
    assert at(run(stage, text, ents), text, "Zorblat") is not None
    text = "The children thanked Zorblat , a farmer from Ohio ."
    assert at(run(stage, text, [("Zorblat", "PERSON"), ("Ohio", "GPE")]), text,
              "Zorblat") is None


def test_a_place_noun_modifying_another_noun_is_no_appositive(stage: GeocodeStage) -> None:
    text = "The children thanked Zorblat , a state official , on Monday ."
    assert run(stage, text, [("Zorblat", "PERSON")]) == ()


def test_a_town_tagged_as_a_facility_is_the_town(stage: GeocodeStage) -> None:
    text = "Samples went to the laboratory at Savannah on Monday ."
    (place,) = run(stage, text, [("Savannah", "FAC")])
    assert place.name == "Savannah" and place.lat == 32.08
    text = "Crowds met at Savannah Bridge on Monday ."
    (bridge,) = run(stage, text, [("Savannah Bridge", "FAC")])
    assert bridge.reason.startswith("the name contains Savannah") and bridge.precision == 2


def test_a_city_inside_an_events_name_is_embedded(stage: GeocodeStage) -> None:
    text = "Films ran at the Atlanta Film Festival on Monday ."
    place = at(run(stage, text, [("the Atlanta Film Festival", "EVENT")]), text, "Atlanta")
    assert place is not None and [s.of(text) for s in place.embedded] == ["Atlanta"]


@pytest.mark.parametrize(("text", "ents", "name"), [
    ("A man was shot at the corner of Savannah and Zorblat streets in Atlanta .",
     [("Savannah", "PERSON"), ("Atlanta", "GPE")], "Savannah"),
    ("A man was shot at the corner of Savannah and Zorblat streets in Atlanta .",
     [("Atlanta", "GPE")], "Zorblat"),
    ("Traffic stopped on Savannah street in Atlanta .", [("Savannah", "ORG"), ("Atlanta", "GPE")],
     "Savannah"),
])
def test_a_name_before_a_lowercase_road_word_is_the_road(stage: GeocodeStage, text: str,
                                                         ents: list[tuple[str, str]],
                                                         name: str) -> None:
    place = at(run(stage, text, ents), text, name)
    assert place is not None and place.geonameid is None and place.lat == 33.75


@pytest.mark.parametrize(("text", "ents"), [
    ("Gunmen struck the Zorblat district on Monday .", [("Zorblat district", "GPE")]),
    ("Gunmen struck a village called Zorblat on Monday .", [("Zorblat", "LOC")]),
])
def test_an_unknown_name_its_own_place_noun_names_is_a_place(stage: GeocodeStage, text: str,
                                                             ents: list[tuple[str, str]]
                                                             ) -> None:
    (place,) = run(stage, text, ents)
    assert place.lat is None and place.precision == 7


def test_a_place_noun_after_a_pair_of_names_names_both(stage: GeocodeStage) -> None:
    text = "Seals rested between Zorblat and Quorn islands on Monday ."
    places = run(stage, text, [("Zorblat", "PERSON"), ("Quorn", "GPE")])
    assert sorted(p.name for p in places) == ["Quorn", "Zorblat"]


@pytest.mark.parametrize(("verb", "lemma", "places"), [
    ("shot", "shoot", []),  # a person is captured and shot
    ("looted", "loot", ["Savannah"]),  # a town is captured and looted
    ("freed", "free", ["Savannah"]),  # … and freed
    ("tried", "try", ["Savannah"]),  # "captured X and tried to hold it": not a trial
])
def test_the_object_of_capture_and_of_a_verb_only_persons_undergo_is_a_person(
        stage: GeocodeStage, verb: str, lemma: str, places: list[str]) -> None:
    text = f"Savannah was captured and {verb} on Monday ."
    parse = build_parse(text, heads=[2, 2, 2, 2, 2, 4, 5, 2],
                        deps=["nsubjpass", "auxpass", "ROOT", "cc", "conj", "prep", "pobj",
                              "punct"],
                        lemmas=["Savannah", "be", "capture", "and", lemma, "on", "Monday", "."],
                        pos=["PROPN" if w[:1].isupper() else "X" for w in text.split()],
                        ents=[(0, 1, "PERSON")])
    mentions = tuple(Mention(span=e.span, label=e.label, sentence=0) for e in parse.ents)
    out = stage(ArticleAnalysis(article=Article(id="t", text=text), mentions=mentions), parse)
    assert [p.name for p in out.places] == places


def test_a_name_measured_from_a_place_is_placed_where_the_text_measures(
        stage: GeocodeStage) -> None:
    text = "Three were killed in Zorblat , 100 kilometers north of Atlanta ."
    place = at(analyse(stage, text, [("Zorblat", "GPE"), ("Atlanta", "GPE")]).places, text,
               "Zorblat")
    assert place is not None and place.lat is not None and place.lon is not None
    assert abs(haversine_km(place.lat, place.lon, 33.75, -84.39) - 100) < 1
    assert place.lat > 33.75 and place.admin1 is None and place.precision == 3
    assert "100 km north of Atlanta" in place.reason


@pytest.mark.parametrize(("lat", "lon", "bearing", "km", "expected"), [
    (0.0, 0.0, 0.0, 111.195, (1.0, 0.0)),
    (0.0, 0.0, 90.0, 111.195, (0.0, 1.0)),
    (0.0, 179.5, 90.0, 111.195, (0.0, -179.5)),  # across the antimeridian
])
def test_destination_moves_a_point_along_a_bearing(lat: float, lon: float, bearing: float,
                                                   km: float,
                                                   expected: tuple[float, float]) -> None:
    got = destination(lat, lon, bearing, km)
    assert abs(got[0] - expected[0]) < 1e-3 and abs(got[1] - expected[1]) < 1e-3


def test_a_distance_no_place_on_earth_can_be_at_does_not_move_the_name(
        stage: GeocodeStage) -> None:
    text = f"Three were killed in Zorblat , {'9' * 40} kilometers north of Atlanta ."
    place = at(analyse(stage, text, [("Zorblat", "GPE"), ("Atlanta", "GPE")]).places, text,
               "Zorblat")
    assert place is not None and place.lat == 33.75  # at Atlanta, as an unmeasured name
