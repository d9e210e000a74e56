"""Places named in an institution's name that the model did not tag, or tagged as a facility:
"the Hall County Sheriff's Office", "the Dalton Daily Citizen", "the Hall County Jail"
(hand-built parses of our own sentences, a small in-memory gazetteer)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.model import Place
from newsevents.resources.gazetteer import Candidate, InMemoryGazetteer
from newsevents.stages.places import GeocodeStage

from .gazdata import stage_of
from .test_geocode_recall import by_text, region, run, town


def county(pid: int, name: str, lat: float, lon: float, code: str, population: int
           ) -> Candidate:
    return Candidate(pid=pid, name=name, kind="admin2", feature_code="ADM2", country="USA",
                     lat=lat, lon=lon, population=population, admin1_code=code)


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    entries = [
        (town(4190581, "Dalton", 34.77, -84.97, "USA", 33_853, "GA"), []),
        (town(4931482, "Dalton", 42.47, -73.17, "USA", 6_700, "MA"), []),
        (town(4207400, "Macon", 32.84, -83.63, "USA", 153_000, "GA"), []),
        (town(4260000, "Macon City", 41.50, -85.37, "USA", 1_400, "IN"), []),
        (town(4393000, "Kansas City", 39.10, -94.58, "USA", 475_000, "MO"), []),
        (town(4270000, "Kansas", 39.55, -87.94, "USA", 800, "IL"), []),
        (town(2644210, "Liverpool", 53.41, -2.98, "GBR", 864_122, "ENG"), []),
        (town(5181290, "Carnegie", 40.41, -80.08, "USA", 7_900, "PA"), []),
        (town(5323000, "Airport", 37.63, -120.97, "USA", 19_000, "CA"), []),
        (county(4196956, "Hall County", 34.32, -83.82, "GA", 203_000), []),
        (county(5069297, "Hall County", 40.87, -98.50, "NE", 61_000), []),
        (region(4197000, "Georgia", "admin1", 32.75, -83.5, "USA", population=10_700_000,
                code="GA"), []),
        (region(6252001, "United States", "country", 39.76, -98.5, "USA",
                population=327_000_000), []),
        (region(2155400, "New South Wales", "admin1", -33.0, 146.0, "AUS",
                population=8_000_000, code="02"), ["NSW"]),
        (region(4544379, "Oklahoma", "admin1", 35.5, -97.5, "USA", population=3_900_000,
                code="OK"), ["OK"]),
        (region(3527646, "Distrito Federal", "admin1", 19.4, -99.1, "MEX",
                population=8_900_000, code="09"), ["DF"]),
        (region(2629691, "Iceland", "country", 65.0, -18.0, "ISL", population=353_000),
         ["Island"]),
        (region(934292, "Mauritius", "country", -20.3, 57.58, "MUS", population=1_265_000),
         []),
        (region(3996063, "Mexico", "country", 23.0, -102.0, "MEX", population=126_190_788),
         []),
    ]
    gaz = InMemoryGazetteer(entries, demonyms={"American": "USA", "Mexican": "MEX"},
                            country_codes={"US": "USA", "MU": "MUS"})
    return GeocodeStage(gaz)


def names(places: tuple[Place, ...]) -> set[str]:
    return {p.name for p in places}


@pytest.mark.parametrize(("text", "inner", "admin1"), [
    ("The Hall County Sheriff 's Office said deputies searched the lake .", "Hall County", None),
    ("Deputies of the Hall County Sheriff 's Office searched a lake in Georgia .",
     "Hall County", "GA"),
    ("The Dalton Daily Citizen reported that the carpet plant would close .", "Dalton", "GA"),
    ("A reporter for the Dalton Telegraph asked about the plant in Georgia .", "Dalton", "GA"),
])
def test_untagged_institution_names_its_town(stage: GeocodeStage, text: str, inner: str,
                                             admin1: str | None) -> None:
    places = run(stage, text, [("Georgia", "GPE")] if "Georgia ." in text else [])
    place = by_text(places, text, inner)
    assert place.embedded and not place.mentions
    if admin1 == "GA":  # the Georgia namesake, not the one in Nebraska or Massachusetts
        assert place.lat is not None and abs(place.lat - 34.5) < 0.5


@pytest.mark.parametrize("label", ["GPE", "FAC", "ORG"])
def test_body_of_people_named_after_its_town_whatever_its_label(stage: GeocodeStage,
                                                                label: str) -> None:
    text = "The Dalton Police Department said the road in Georgia was closed ."
    places = run(stage, text, [("Dalton Police Department", label), ("Georgia", "GPE")])
    place = by_text(places, text, "Dalton")
    assert place.embedded and not place.mentions and abs(place.lat - 34.5) < 0.5


def test_untagged_company_names_its_country(stage: GeocodeStage) -> None:
    text = "The loan came from Acme Mauritius Limited last year ."
    (place,) = run(stage, text, [])
    assert place.name == "Mauritius" and place.embedded and not place.mentions


@pytest.mark.parametrize(("text", "org"), [
    ("The NSW Primary Industries Minister closed the tracks .",
     "NSW Primary Industries Minister"),
    ("Samples went to the Plum Island Animal Disease Center NSW .",
     "Plum Island Animal Disease Center NSW"),
])
def test_a_state_s_code_in_an_organisation_s_name_names_the_state(stage: GeocodeStage,
                                                                  text: str, org: str) -> None:
    place = by_text(run(stage, text, [(org, "ORG")]), text, "NSW")
    assert place.name == "New South Wales" and place.embedded and not place.mentions


def test_a_feature_word_in_an_organisation_s_name_is_no_country_s_alias(
        stage: GeocodeStage) -> None:
    text = "Samples went to the Plum Island Animal Disease Center ."
    assert run(stage, text, []) == ()  # untagged: read for the places inside it
    text = "Iceland Air Services said flights resumed ."  # the country's own name still is
    (place,) = run(stage, text, [("Iceland Air Services", "ORG")])
    assert place.country == "ISL" and place.embedded


@pytest.mark.parametrize(("text", "org"), [
    ("The DF Water Board raised prices .", "DF Water Board"),  # no state codes in news there
    ("Photo : Metropolitan Police/NSW .", "Metropolitan Police/NSW"),  # the agency's code
    ("Fans of OK COMPUTER cheered .", "OK COMPUTER"),  # in capitals, "OK" is a word
])
def test_other_capitals_in_an_organisation_s_name_are_no_state(stage: GeocodeStage, text: str,
                                                               org: str) -> None:
    assert run(stage, text, [(org, "ORG")]) == ()


@pytest.mark.parametrize("text", [
    "Dalton Smith said the carpet plant would close .",  # a person: no institution's word
    "The Carnegie Library Board met on Monday .",  # a library is often named after a person
])
def test_untagged_name_without_a_town_institution_is_no_place(stage: GeocodeStage,
                                                              text: str) -> None:
    assert run(stage, text, []) == ()


@pytest.mark.parametrize(("text", "facility", "seat"), [
    ("Deputies took him to the Hall County Jail in Georgia .", "Hall County Jail", "Hall County"),
    ("Officers took him to the Dalton Police Station in Georgia .",
     "Dalton Police Station", "Dalton"),
])
def test_facility_is_placed_at_the_town_or_county_its_name_starts_with(
        stage: GeocodeStage, text: str, facility: str, seat: str) -> None:
    places = run(stage, text, [(facility, "FAC"), ("Georgia", "GPE")])
    place = by_text(places, text, facility)
    assert place.name == seat and place.lat is not None and abs(place.lat - 34.5) < 0.5


@pytest.mark.parametrize(("text", "facility"), [
    ("The concert was held at the Carnegie Library in Georgia .", "Carnegie Library"),
    ("He will appear at the Airport Courthouse in Georgia on Friday .", "Airport Courthouse"),
])
def test_facility_named_after_a_person_or_a_building_is_not_in_that_namesake_town(
        stage: GeocodeStage, text: str, facility: str) -> None:
    places = run(stage, text, [(facility, "FAC"), ("Georgia", "GPE")])
    assert not names(places) & {"Carnegie", "Airport"}


@pytest.mark.parametrize(("text", "person"), [
    ("Dalton Mayor Ann Reyes said the plant in Georgia would close .", "Dalton Mayor Ann Reyes"),
    ("Hall County Sheriff Bo Lee said deputies searched Georgia lakes .",
     "Hall County Sheriff Bo Lee"),
])
def test_words_before_a_local_office_in_a_persons_name_name_its_place(
        stage: GeocodeStage, text: str, person: str) -> None:
    places = run(stage, text, [(person, "PERSON"), ("Georgia", "GPE")])
    seat = next(p for p in places if p.name != "Georgia")
    assert seat.embedded and not seat.mentions
    assert seat.lat is not None and abs(seat.lat - 34.5) < 0.5  # the Georgia namesake


def test_person_tagged_person_without_an_office_names_no_place(stage: GeocodeStage) -> None:
    text = "Dalton Reyes said the plant in Georgia would close ."
    assert names(run(stage, text, [("Dalton Reyes", "PERSON"), ("Georgia", "GPE")])) \
        == {"Georgia"}


@pytest.mark.parametrize("title", ["Chief", "Mayor", "Mr."])
def test_name_after_a_title_is_a_person_whatever_its_label(stage: GeocodeStage,
                                                           title: str) -> None:
    text = f"Police {title} Macon Smith said the road in Georgia was closed ."
    assert names(run(stage, text, [("Macon Smith", "ORG"), ("Georgia", "GPE")])) \
        == {"Georgia"}


def test_organisation_named_after_a_big_town_without_a_title_names_it(stage: GeocodeStage
                                                                      ) -> None:
    text = "The Macon Smith Company said the road in Georgia was closed ."
    places = run(stage, text, [("Macon Smith Company", "ORG"), ("Georgia", "GPE")])
    assert names(places) == {"Georgia", "Macon"}


def test_slum_is_a_place_noun_that_places_an_unknown_name(stage: GeocodeStage) -> None:
    text = "Police raided the slum of Westgate near Dalton in Georgia on Monday ."
    places = run(stage, text, [("Westgate", "GPE"), ("Dalton", "GPE"), ("Georgia", "GPE")])
    westgate = by_text(places, text, "Westgate")
    assert westgate.lat is not None and abs(westgate.lat - 34.77) < 0.1  # placed at Dalton
    text = "Police raided the homes of Westgate near Dalton in Georgia on Monday ."
    places = run(stage, text, [("Westgate", "GPE"), ("Dalton", "GPE"), ("Georgia", "GPE")])
    assert "Westgate" not in names(places)  # an unknown name nothing calls a place


@pytest.mark.parametrize(("first", "ents", "placed"), [
    # the English town is only the name of a club: the story's places are all American
    ("Fans in Dalton , Georgia cheered the Liverpool Football Club players .",
     [("Dalton", "GPE"), ("Georgia", "GPE"), ("Liverpool Football Club", "ORG")], True),
    # the story names places in two countries: the stadium may be in either
    ("Fans in Dalton , Georgia and in Liverpool cheered the players .",
     [("Dalton", "GPE"), ("Georgia", "GPE"), ("Liverpool", "GPE")], False),
])
def test_place_inside_an_organisation_name_does_not_say_where_the_story_is(
        stage: GeocodeStage, first: str, ents: list[tuple[str, str]], placed: bool) -> None:
    text = first + " The match was played at Westgate Stadium on Monday ."
    places = run(stage, text, [*ents, ("Westgate Stadium", "FAC")])
    stadium = by_text(places, text, "Westgate Stadium")
    assert (stadium.lat is not None) is placed
    if placed:
        assert stadium.country == "USA"


def test_list_after_a_place_noun_reads_across_a_name_particle(stage: GeocodeStage) -> None:
    text = "Floods hit the towns of Santa Cruz de Lava , Dalton and Westgate in Georgia ."
    ents = [("Santa Cruz de Lava", "ORG"), ("Dalton", "GPE"), ("Westgate", "PERSON"),
            ("Georgia", "GPE")]
    assert "Westgate" in names(run(stage, text, ents))
    text = "Floods hit the homes of Santa Cruz de Lava , Dalton and Westgate in Georgia ."
    assert "Westgate" not in names(run(stage, text, ents))  # no place noun: a person


def test_building_named_by_a_demonym_is_placed_by_the_text_not_in_that_country(
        stage: GeocodeStage) -> None:
    text = "Protesters gathered outside the Mexican Consulate in Macon on Monday ."
    places = run(stage, text, [("Mexican Consulate", "FAC"), ("Macon", "GPE")])
    consulate = by_text(places, text, "Mexican Consulate")
    assert consulate.country == "USA" and abs(consulate.lat - 32.84) < 0.1
    assert "Mexico" not in names(places)


@pytest.mark.parametrize(("text", "org", "inner"), [
    # the town's city commission, not the small town called "Macon City"
    ("The Macon City Commission voted on Monday .", "Macon City Commission", "Macon"),
    # a city named "X City" bigger than any town called X is itself
    ("The Kansas City Council voted on Monday .", "Kansas City Council", "Kansas City"),
])
def test_x_city_in_an_institutions_name_is_the_city_of_x_when_x_is_the_bigger_town(
        stage: GeocodeStage, text: str, org: str, inner: str) -> None:
    place = by_text(run(stage, text, [(org, "ORG")]), text, inner)
    assert place.embedded and place.name == inner


@pytest.mark.parametrize(("org", "label"), [("Dalton Fire", "FAC"), ("Dalton Fire", "GPE"),
                                            ("Dalton Sheriff", "GPE")])
def test_a_towns_fire_service_or_sheriff_is_a_body_named_after_the_town(
        stage: GeocodeStage, org: str, label: str) -> None:
    text = f"{org} Chief Ann Reyes said the road in Georgia was closed ."
    places = run(stage, text, [(org, label), ("Georgia", "GPE")])
    place = by_text(places, text, "Dalton")
    assert place.embedded and not place.mentions


@pytest.fixture(scope="module")
def shires() -> GeocodeStage:
    entries = [
        (replace(county(5100001, "Wessex", 50.7, -3.7, "ENG", 650_000), country="GBR"), []),
        (replace(county(5100002, "Mercia", 50.4, -4.9, "ENG", 410_000), country="GBR"), []),
        (county(5100003, "Smith County", 32.3, -95.3, "TX", 128_000), ["Smith"]),
        (town(5100004, "Mercia", 40.3, -76.4, "USA", 4_200, "PA"), []),
    ]
    return stage_of(entries)


@pytest.mark.parametrize("label", ["PERSON", "ORG", "-"])
def test_a_district_joined_to_the_one_a_body_is_named_after_is_a_place(
        shires: GeocodeStage, label: str) -> None:
    text = "Wessex and Mercia Police said on Monday ."
    ents = [("Mercia Police", "ORG")] + ([("Wessex", label)] if label != "-" else [])
    wessex = by_text(run(shires, text, ents), text, "Wessex")
    assert (wessex.country, wessex.lat) == ("GBR", 50.7)


def test_a_name_joined_to_a_body_s_district_that_is_no_district_there_is_no_place(
        shires: GeocodeStage) -> None:
    text = "Smith and Mercia Police said on Monday ."
    places = run(shires, text, [("Smith", "PERSON"), ("Mercia Police", "ORG")])
    assert names(places) == {"Mercia"}


@pytest.fixture(scope="module")
def hospitals() -> GeocodeStage:
    entries = [
        (town(5300001, "Erlanger", 39.02, -84.60, "USA", 18_800, "KY"), []),
        (town(5300002, "Chattanooga", 35.05, -85.31, "USA", 181_000, "TN"), []),
        (town(5300003, "Dalton", 34.77, -84.97, "USA", 33_853, "GA"), []),
        (region(5300004, "Georgia", "admin1", 32.75, -83.5, "USA", population=10_700_000,
                code="GA"), []),
    ]
    return stage_of(entries)


@pytest.mark.parametrize("label", ["ORG", "GPE", "-"])
def test_a_name_before_a_building_in_a_place_no_town_of_it_lies_in_is_the_building_s(
        hospitals: GeocodeStage, label: str) -> None:
    text = "He was taken to Erlanger hospital in Chattanooga on Monday ."
    ents = [("Chattanooga", "GPE")] + ([("Erlanger", label)] if label != "-" else [])
    erlanger = by_text(run(hospitals, text, ents), text, "Erlanger")
    assert "not in the gazetteer" in erlanger.reason and erlanger.lat == 35.05  # Chattanooga


def test_a_name_before_a_building_in_the_town_s_own_state_is_the_town(
        hospitals: GeocodeStage) -> None:
    text = "He was taken to Dalton hospital in Georgia on Monday ."
    places = run(hospitals, text, [("Dalton", "GPE"), ("Georgia", "GPE")])
    assert by_text(places, text, "Dalton").lat == 34.77


@pytest.fixture(scope="module")
def fields() -> GeocodeStage:
    entries = [
        (town(5400001, "Commerce", 34.00, -118.16, "USA", 13_000, "CA"), []),
        (town(5400002, "Justice", 41.74, -87.84, "USA", 12_900, "IL"), []),
        (town(5400003, "Dalton", 34.77, -84.97, "USA", 33_853, "GA"), []),
    ]
    return stage_of(entries)


@pytest.mark.parametrize(("text", "org"), [
    ("The Dalton Chamber of Commerce backed the plan .", "Dalton Chamber of Commerce"),
    ("The Department of Commerce said exports rose .", "Department of Commerce"),
    ("A lawyer for the Department of Justice spoke .", "Department of Justice"),
    ("The Dalton Commerce Department closed .", "Dalton Commerce Department"),
])
def test_a_body_s_field_in_its_name_is_no_town(fields: GeocodeStage, text: str, org: str
                                               ) -> None:
    assert names(run(fields, text, [(org, "ORG")])) <= {"Dalton"}


def test_a_town_named_like_a_field_is_still_a_town_by_itself(fields: GeocodeStage) -> None:
    text = "Police in Commerce said the road was closed ."
    assert names(run(fields, text, [("Commerce", "GPE")])) == {"Commerce"}


@pytest.fixture(scope="module")
def parises() -> GeocodeStage:
    entries = [
        (town(2988507, "Paris", 48.85, 2.35, "FRA", 2_138_551, "11"), []),
        (town(4717560, "Paris", 33.66, -95.56, "USA", 24_782, "TX"), []),
        (region(4736286, "Texas", "admin1", 31.25, -99.25, "USA", population=22_000_000,
                code="TX"), []),
    ]
    return stage_of(entries)


@pytest.mark.parametrize("label", ["ORG", "FAC"])
def test_a_building_named_after_a_town_is_in_the_namesake_the_story_is_about(
        parises: GeocodeStage, label: str) -> None:
    text = "He was taken to Paris Regional Medical Center . He lives in Paris , Texas ."
    places = run(parises, text, [("Paris Regional Medical Center", label), ("Paris", "GPE"),
                                 ("Texas", "GPE")])
    assert {by_text(places, text, n).lat for n in ("Paris Regional Medical Center",
                                                   "Paris")} == {33.66}


def test_a_building_named_after_a_town_alone_is_its_biggest_namesake(parises: GeocodeStage
                                                                     ) -> None:
    text = "He was taken to Paris Regional Medical Center on Monday ."
    places = run(parises, text, [("Paris Regional Medical Center", "FAC")])
    assert by_text(places, text, "Paris Regional Medical Center").lat == 48.85


@pytest.fixture(scope="module")
def campuses() -> GeocodeStage:
    entries = [
        (town(5500001, "New Paltz", 41.75, -74.09, "USA", 7_070, "NY"), []),
        (town(5500002, "Platteville", 42.73, -90.48, "USA", 11_800, "WI"), []),
        (town(5500003, "University", 28.07, -82.44, "USA", 41_000, "FL"), []),
        (town(5500004, "One", 40.00, -80.00, "USA", 2_000, "PA"), []),
        (town(5500005, "Murray", 36.61, -88.31, "USA", 19_000, "KY"), []),
    ]
    return stage_of(entries)


@pytest.mark.parametrize(("org", "campus"), [
    ("SUNY New Paltz", "New Paltz"), ("UW-Platteville", "Platteville"),
    ("Penn State Platteville", "Platteville"), ("Lakeland University , Platteville",
                                                "Platteville"),
])
def test_a_town_after_a_university_s_acronym_or_word_is_its_campus(
        campuses: GeocodeStage, org: str, campus: str) -> None:
    text = f"She studies at {org} this year ."
    place = by_text(run(campuses, text, [(org, "ORG")]), text, campus)
    assert place.embedded


@pytest.mark.parametrize("org", ["Colorado State University", "TV One", "CAMP MURRAY",
                                 "Lakeland Murray"])
def test_no_campus_in_a_body_s_own_words_another_acronym_or_capitals(
        campuses: GeocodeStage, org: str) -> None:
    text = f"She works at {org} this year ."
    assert not [p for p in run(campuses, text, [(org, "ORG")]) if p.embedded]


@pytest.mark.parametrize(("text", "name", "town"), [
    ("Fans watched every Liverpool Reds game this year .", "Liverpool Reds", "Liverpool"),
    ("She worked with Dalton Fire and others in the county .", "Dalton", "Dalton"),
    ("Officers said Dalton Police found the car .", "Dalton", "Dalton"),
])
def test_a_town_before_a_team_s_or_service_s_word_is_the_body_s_town_whatever_its_label(
        stage: GeocodeStage, text: str, name: str, town: str) -> None:
    place = by_text(run(stage, text, [(name, "PERSON")]), text, town)
    assert place.embedded and not place.mentions


@pytest.mark.parametrize(("text", "ents"), [
    ("Reporters asked Liverpool Reds about it .", [("Liverpool Reds", "PERSON")]),
    ("Ann Dalton spoke . She thanked Dalton Fire crews .", [("Ann Dalton", "PERSON"),
                                                            ("Dalton", "PERSON")]),
    ("She thanked Dalton for the fire service .", [("Dalton", "PERSON")]),
])
def test_a_person_without_a_determiner_or_a_service_word_stays_a_person(
        stage: GeocodeStage, text: str, ents: list[tuple[str, str]]) -> None:
    assert run(stage, text, ents) == ()


@pytest.fixture(scope="module")
def nashvilles() -> GeocodeStage:
    small = [(town(6000010 + k, "Nashville", 35.0 + k, -80.0 - k, "USA", 4_000 + k, code), [])
             for k, code in enumerate(["NC", "GA", "AR", "IL", "MI", "IN", "WI", "OH"])]
    entries = [(town(4644585, "Nashville", 36.17, -86.78, "USA", 689_447, "TN"), []), *small]
    return stage_of(entries)


@pytest.mark.parametrize("text", [
    "He was taken to Vanderbilt hospital in Nashville , where he died .",
    "He was taken to Vanderbilt Hospital in Nashville , where he died .",
])
def test_a_building_in_a_town_is_placed_there_however_sure_the_town_s_namesake_is(
        nashvilles: GeocodeStage, text: str) -> None:
    surface = "Vanderbilt" if "hospital" in text else "Vanderbilt Hospital"
    places = run(nashvilles, text, [("Nashville", "GPE")] + (
        [] if "hospital" in text else [("Vanderbilt Hospital", "FAC")]))
    nashville = by_text(places, text, "Nashville")
    building = by_text(places, text, surface)
    assert nashville.confidence < 0.5 and (building.lat, building.lon) == (36.17, -86.78)


@pytest.fixture(scope="module")
def scotts() -> GeocodeStage:
    entries = [(county(6100001, "Scott County", 41.58, -90.57, "IA", 157_000), ["Scott"]),
               (county(6100002, "Kent", 51.2, 0.7, "ENG", 1_500_000), [])]
    return stage_of(entries)


@pytest.mark.parametrize(("name", "placed"), [("Scott Pruitt", False), ("Kent Memorial Hall", True)])
def test_a_facility_s_first_word_names_a_big_district_only_by_its_own_name(
        scotts: GeocodeStage, name: str, placed: bool) -> None:
    text = f"Critics took aim at {name} on Thursday ."
    place = by_text(run(scotts, text, [(name, "FAC")]), text, name)
    assert (place.lat is not None) == placed


# -- a court's rank is no town ------------------------------------------------------------------

@pytest.fixture(scope="module")
def courts() -> GeocodeStage:
    return stage_of([
        (town(5275191, "Superior", 46.72, -92.10, "USA", 26_500, "WI"), []),
        (town(2166000, "Federal", -28.65, 153.45, "AUS", 700, "02"), []),
        (town(4341000, "Supreme", 29.86, -90.98, "USA", 1_100, "LA"), []),
        (town(4180439, "Atlanta", 33.75, -84.39, "USA", 500_000, "GA"), []),
    ])


@pytest.mark.parametrize("court", ["Superior Court", "Federal Court", "Supreme Court"])
def test_a_courts_rank_names_no_town(courts: GeocodeStage, court: str) -> None:
    text = f"A judge of the {court} ruled on Monday in Atlanta ."
    places = run(courts, text, [(court, "ORG"), ("Atlanta", "GPE")])
    assert {p.name for p in places} == {"Atlanta"}


def test_a_towns_police_keep_the_town(courts: GeocodeStage) -> None:
    text = "Officers of the Superior Police Department made the arrest on Monday ."
    places = run(courts, text, [("Superior Police Department", "ORG")])
    assert {p.name for p in places} == {"Superior"}


@pytest.mark.parametrize(("text", "facility"), [
    ("The couple had their first date at the Dalton cinema in Liverpool .", "Dalton"),
    ("They ate at the Macon restaurant in Liverpool last week .", "Macon"),
    ("Fans gathered outside the Carnegie pub in Liverpool on Friday .", "Carnegie"),
])
def test_a_business_named_after_a_town_far_away_is_in_the_town_the_text_puts_it_in(
        stage: GeocodeStage, text: str, facility: str) -> None:
    """A cinema, restaurant, pub, shop or store "in" a place no town of its name lies in."""
    places = run(stage, text, [(facility, "ORG"), ("Liverpool", "GPE")])
    place = by_text(places, text, facility)
    assert place.country == "GBR" and place.lat is not None and abs(place.lat - 53.41) < 0.1


def test_a_business_in_the_town_of_its_name_keeps_the_town(stage: GeocodeStage) -> None:
    text = "They ate at the Dalton restaurant in Georgia last week ."
    place = by_text(run(stage, text, [("Dalton", "GPE"), ("Georgia", "GPE")]), text, "Dalton")
    assert place.name == "Dalton" and place.lat == 34.77


@pytest.fixture(scope="module")
def santa_marias() -> GeocodeStage:
    entries = [
        (town(3450083, "Santa Maria", -29.68, -53.81, "BRA", 271_735, "S"), []),
        (town(1687000, "Santa Maria", 6.55, 125.47, "PHL", 55_000, "11"), []),
        (Candidate(pid=1715342, name="Davao del Sur", kind="admin2", feature_code="ADM2",
                   country="PHL", lat=6.77, lon=125.36, population=2_300_000,
                   admin1_code="11"), []),
        (town(2657832, "Aberdeen", 57.14, -2.10, "GBR", 196_670, "SCT"), []),
        (town(5225000, "Aberdeen", 45.46, -98.49, "USA", 28_000, "SD"), []),
        (region(5769223, "South Dakota", "admin1", 44.5, -100.0, "USA", population=880_000,
                code="SD"), []),
    ]
    return GeocodeStage(InMemoryGazetteer(entries))


def test_a_town_and_its_province_in_one_organisations_name_keep_their_context(
        santa_marias: GeocodeStage) -> None:
    text = "Farmers of the Growers Union of Santa Maria , Davao del Sur lost pigs ."
    places = run(santa_marias, text, [("Growers Union of Santa Maria , Davao del Sur", "ORG")])
    assert by_text(places, text, "Santa Maria").country == "PHL"


@pytest.mark.parametrize(("text", "ents", "country"), [
    ("Aberdeen Asset Management bought farms in South Dakota .",
     [("Aberdeen Asset Management", "ORG"), ("South Dakota", "GPE")], "GBR"),
    ("The Aberdeen Police Department closed roads in South Dakota .",
     [("Aberdeen Police Department", "ORG"), ("South Dakota", "GPE")], "USA"),
    ("The Aberdeen Times said farms in South Dakota were sold .",
     [("Aberdeen Times", "ORG"), ("South Dakota", "GPE")], "USA"),
    ("Aberdeen Asset Management opened an office in Aberdeen , South Dakota .",
     [("Aberdeen Asset Management", "ORG"), ("Aberdeen", "GPE"), ("South Dakota", "GPE")],
     "USA"),
])
def test_a_company_is_named_after_the_town_people_know_a_towns_own_body_after_its_own(
        santa_marias: GeocodeStage, text: str, ents: list[tuple[str, str]], country: str
        ) -> None:
    places = run(santa_marias, text, ents)
    assert by_text(places, text, "Aberdeen").country == country
