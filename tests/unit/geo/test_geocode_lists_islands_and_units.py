"""A direction word opening a region's full name, "the state of X" and "X province" as the
province, the last name of a list the model took for a person's, "between A and B", "from A
to B" as one mention, "Neighbouring X", "the <river>" under an organisation's label, a name
before a lowercase facility noun "in" a place, islands after "on", and an unknown name in a
story from a dateline's town (our own sentences, hand-built parses, small in-memory
gazetteers with rounded real coordinates)."""
from __future__ import annotations

import pytest

from newsevents.stages.places import GeocodeStage

from .gazdata import stage_of, table_region
from .test_geocode_joins_and_containers import run as run_parsed
from .test_geocode_recall import region, run, town
from .test_geocode_recall_cues import at, unit


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    return stage_of([
        # Ghana's Upper East, and a Philippine region by the alias "Region"
        (region(2294206, "Upper East", "admin1", 10.9, -0.7, "GHA", population=1_300_000,
                code="10"), []),
        (region(2300660, "Ghana", "country", 8.1, -1.2, "GHA", population=29_700_000), []),
        (region(7521309, "Calabarzon", "admin1", 14.1, 121.3, "PHL", population=11_600_000,
                code="40"), ["Region"]),
        # Veracruz: the state (by an alias), the municipality and the city (by name)
        (region(3514780, "Veracruz de Ignacio de la Llave", "admin1", 19.5, -96.6, "MEX",
                population=6_000_000, code="30"), ["Veracruz"]),
        (unit(3514781, "Veracruz", "admin2", 19.18, -96.24, "MEX",
              population=524_517, code="30"), []),
        (town(3514783, "Veracruz", 19.18, -96.14, "MEX", 428_323, "30"), []),
        # the Congo's former Bandundu province, and the district of its old capital
        (table_region(-9101, "Bandundu", "ADM1H", -4.5, 18.6, "COD"), []),
        (unit(2317398, "Bandundu", "admin2", -3.32, 17.38, "COD",
              population=202_904, code="20"), []),
        # Ireland and Wales
        (town(2960992, "Wexford", 52.33, -6.46, "IRL", 21_524, "L"), []),
        (town(2960991, "Waterford", 52.26, -7.11, "IRL", 60_079, "M"), []),
        (town(2965140, "Cork", 51.9, -8.47, "IRL", 224_004, "M"), []),
        (town(2964180, "Galway", 53.27, -9.05, "IRL", 79_934, "C"), []),
        (town(2961698, "Rosslare", 52.27, -6.39, "IRL", 1_547, "L"), []),
        (region(2963597, "Ireland", "country", 53.0, -8.0, "IRL", population=4_850_000), []),
        # Slovakia
        (town(3060972, "Bratislava", 48.15, 17.11, "SVK", 423_737, "02"), []),
        (town(3058000, "Komarno", 47.76, 18.13, "SVK", 32_287, "06"), []),
        (town(9999001, "Smith", 40.0, -80.0, "USA", 900, "PA"), []),
        (town(4431410, "Jackson", 32.3, -90.18, "USA", 153_701, "MS"), []),
        # India
        (region(1267254, "Kerala", "admin1", 10.4, 76.4, "IND", population=33_000_000,
                code="13"), []),
        (region(1255053, "Tamil Nadu", "admin1", 11.0, 78.4, "IND", population=72_000_000,
                code="25"), []),
        (region(1278253, "Assam", "admin1", 26.0, 92.8, "IND", population=31_000_000,
                code="03"), []),
        (table_region(-9102, "Brahmaputra River", "STM", 23.8, 89.7, None), ["Brahmaputra"]),
        # Peru and the Philippines
        (town(3693529, "Piura", -5.19, -80.63, "PER", 630_000, "20"), []),
        (town(1687801, "Santa Rosa", 14.31, 121.11, "PHL", 216_650, "40"), []),
        # Samoa's islands
        (region(4034894, "Samoa", "country", -13.8, -172.2, "WSM", population=196_130), []),
        (table_region(-9103, "Upolu", "ISL", -13.92, -171.75, "WSM"), []),
        (table_region(-9104, "Savai'i", "ISL", -13.65, -172.45, "WSM"), ["Savaii"]),
        # Pakistan, Bangladesh, India
        (town(1174872, "Karachi", 24.86, 67.01, "PAK", 11_624_219, "05"), []),
        (region(1168579, "Pakistan", "country", 30.0, 70.0, "PAK", population=212_000_000),
         []),
        (town(1185241, "Dhaka", 23.71, 90.41, "BGD", 10_356_500, "81"), []),
        (town(1273294, "Delhi", 28.65, 77.23, "IND", 11_034_555, "07"), []),
    ])


def test_a_direction_word_opening_a_regions_full_name_stays(stage: GeocodeStage) -> None:
    text = "Cases were found in the Upper East Region of Ghana ."
    place = at(run(stage, text, [("Upper East Region", "LOC"), ("Ghana", "GPE")]), text,
               "Upper East Region")
    assert place is not None and place.name == "Upper East" and place.country == "GHA"


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Cases rose in the state of Veracruz on Monday .", "Veracruz", "ADM1"),
    ("Cases rose in Veracruz state on Monday .", "Veracruz state", "ADM1"),
    ("Ebola cases rose in Bandundu province in May .", "Bandundu province", "ADM1H"),
])
def test_a_name_the_text_calls_a_province_is_the_province(
        stage: GeocodeStage, text: str, name: str, code: str) -> None:
    place = at(run(stage, text, [(name, "GPE")]), text, name)
    assert place is not None and place.feature_code == code


def test_the_last_name_of_a_list_with_a_place_is_a_place(stage: GeocodeStage) -> None:
    text = "Flooding hit Wexford , Waterford and Cork on Sunday ."
    places = run(stage, text, [("Wexford", "GPE"), ("Waterford", "ORG"), ("Cork", "PERSON")])
    place = at(places, text, "Cork")
    assert place is not None and place.country == "IRL"


def test_between_two_towns_both_are_places(stage: GeocodeStage) -> None:
    text = "Farms between Bratislava and Komarno were closed ."
    places = run(stage, text, [("Bratislava", "PERSON"), ("Komarno", "ORG")])
    assert {p.name for p in places} == {"Bratislava", "Komarno"}


def test_between_a_town_and_a_hamlet_is_no_stretch_of_land(stage: GeocodeStage) -> None:
    text = "The match between Jackson and Smith was delayed ."
    assert not run(stage, text, [("Jackson", "PERSON"), ("Smith", "PERSON")])


def test_from_a_to_b_tagged_as_one_name_gives_both_towns(stage: GeocodeStage) -> None:
    text = "Buses from Galway to Rosslare were cancelled in Ireland ."
    places = run(stage, text, [("Galway to Rosslare", "ORG"), ("Ireland", "GPE")])
    assert {"Galway", "Rosslare"} <= {p.name for p in places}


def test_neighbouring_opening_a_persons_tag_is_no_part_of_the_name(stage: GeocodeStage) -> None:
    text = "Kerala reported two cases . Neighbouring Tamil Nadu began screening ."
    places = run(stage, text, [("Kerala", "GPE"), ("Neighbouring Tamil Nadu", "PERSON")])
    assert "Tamil Nadu" in {p.name for p in places}


def test_a_river_after_the_under_an_organisations_tag_is_the_river(stage: GeocodeStage) -> None:
    text = "The Brahmaputra rose above the danger mark in Assam ."
    places = run(stage, text, [("Brahmaputra", "ORG"), ("Assam", "GPE")])
    place = at(places, text, "Brahmaputra")
    assert place is not None and place.feature_code == "STM"


def test_a_name_before_a_lowercase_facility_noun_in_a_place_is_the_facility(
        stage: GeocodeStage) -> None:
    text = "Patients were taken to the Santa Rosa hospital in Piura ."
    place = at(run(stage, text, [("Piura", "GPE")]), text, "Santa Rosa")
    assert place is not None and place.country == "PER" and place.lat == -5.19


def test_islands_after_on_are_places(stage: GeocodeStage) -> None:
    text = "Dengue spread in Samoa , with most cases on Upolu and Savai'i ."
    places = run(stage, text, [("Samoa", "GPE")])
    assert {"Upolu", "Savai'i"} <= {p.name for p in places}


def test_an_unknown_name_in_a_story_from_a_dateline_town_it_names_is_put_there(
        stage: GeocodeStage) -> None:
    text = ("He died in Karachi . He had been treated at the Aga Khan Hospital for weeks . "
            "He reported from Dhaka and Delhi .")
    places = run(stage, text, [("Karachi", "GPE"), ("Aga Khan Hospital", "FAC"),
                               ("Dhaka", "GPE"), ("Delhi", "GPE")],
                 dateline="KARACHI, Pakistan")
    place = at(places, text, "Aga Khan Hospital")
    assert place is not None and place.lat == 24.86 and "dateline" in place.reason


# -- features, roads and streets the model tags as something else -------------------------------

@pytest.fixture(scope="module")
def local() -> GeocodeStage:
    return stage_of([
        (unit(2647841, "Gwynedd", "admin2", 52.9, -4.0, "GBR", population=85_136, code="WLS"), []),
        (town(2637355, "King's Lynn", 52.75, 0.4, "GBR", 46_093, "ENG"), ["Lynn"]),
        (region(3402362, "Ceara", "admin1", -5.0, -39.5, "BRA", population=8_700_000,
                code="06"), []),
        (region(3469034, "Brazil", "country", -10.0, -55.0, "BRA", population=209_000_000),
         []),
        (town(4381982, "Columbia", 38.95, -92.33, "USA", 129_330, "MO"), []),
        (town(5224151, "Providence", 41.82, -71.41, "USA", 190_934, "RI"), []),
        (region(4398678, "Missouri", "admin1", 38.25, -92.5, "USA", population=6_100_000,
                code="MO"), []),
        (town(890299, "Harare", -17.83, 31.05, "ZWE", 1_542_813, "10"), []),
        (town(2964574, "Dublin", 53.33, -6.25, "IRL", 1_024_027, "L"), []),
    ])


def test_a_name_before_the_lowercase_peninsula_is_the_feature_whatever_its_tag(
        local: GeocodeStage) -> None:
    text = "The boat left Aberdaron , a village on the Llyn peninsula in Gwynedd ."
    places = run(local, text, [("Aberdaron", "ORG"), ("Llyn", "PERSON"), ("Gwynedd", "GPE")])
    assert "GBR" in {p.country for p in places}
    assert all(p.name != "King's Lynn" for p in places)
    feature = at(places, text, "Llyn peninsula")
    assert feature is not None and feature.lat == 52.9


def test_an_unknown_location_at_a_place_in_a_province_is_put_in_the_province(
        local: GeocodeStage) -> None:
    text = "The plant will be built at Pecem in Ceara , Brazil 's northeast ."
    places = run(local, text, [("Pecem", "LOC"), ("Ceara", "GPE"), ("Brazil", "GPE")])
    place = at(places, text, "Pecem")
    assert place is not None and place.country == "BRA" and place.lat == -5.0


def test_a_towns_name_before_a_capitalised_road_word_is_the_road(local: GeocodeStage) -> None:
    text = "Traffic moved to Providence Road in Columbia , Missouri ."
    places = run(local, text, [("Columbia", "GPE"), ("Missouri", "GPE")])
    road = at(places, text, "Providence Road")
    assert road is not None and road.admin1 != "Rhode Island" and road.lat == 38.95


@pytest.mark.parametrize(("text", "ents", "street"), [
    ("Harare will rename Third Street after him .", [("Third", "ORDINAL"), ("Harare", "GPE")],
     "Third Street"),
    ("Harare will rename Fourth street after him .", [("Fourth", "LOC"), ("Harare", "GPE")],
     "Fourth street"),
    ("Harare will rename 42nd Street after him .", [("42nd Street", "FAC"), ("Harare", "GPE")],
     "42nd Street"),
])
def test_an_ordinal_before_a_road_word_is_a_street(
        local: GeocodeStage, text: str, ents: list[tuple[str, str]], street: str) -> None:
    place = at(run(local, text, ents), text, street)
    assert place is not None and place.country == "ZWE"


def test_an_ordinal_alone_is_no_street(local: GeocodeStage) -> None:
    text = "He finished third in Harare ."
    assert [p.name for p in run(local, text, [("third", "ORDINAL"), ("Harare", "GPE")])] \
        == ["Harare"]


def test_a_terrace_tagged_as_a_person_is_a_facility(local: GeocodeStage) -> None:
    text = "The concert was held at Merrion Terrace in Dublin ."
    places = run(local, text, [("Merrion Terrace", "PERSON"), ("Dublin", "GPE")])
    place = at(places, text, "Merrion Terrace")
    assert place is not None and place.country == "IRL"


# -- whole names, titles that are lists, ages and one town per name ------------------------------

@pytest.fixture(scope="module")
def shire() -> GeocodeStage:
    return stage_of([
        (table_region(-9201, "Lake District", "RGN", 54.5, -3.1, "GBR"), []),
        (unit(4899581, "Lake", "admin2", 42.35, -87.83, "USA",
              population=627_003, code="IL"), ["Lake County"]),
        (unit(2638655, "Shropshire", "admin2", 52.67, -2.75, "GBR",
              population=273_634, code="ENG"), []),
        (town(2643745, "Ludlow", 52.37, -2.72, "GBR", 10_515, "ENG"), []),
        (town(2654730, "Bridgnorth", 52.53, -2.42, "GBR", 12_657, "ENG"), []),
        (town(2642436, "Much Wenlock", 52.6, -2.56, "GBR", 2_211, "ENG"), []),
        (town(5674900, "Stevensville", 46.51, -114.09, "USA", 2_002, "MT"), []),
        (town(5656882, "Hamilton", 46.25, -114.16, "USA", 4_602, "MT"), []),
        (region(5667009, "Montana", "admin1", 47.0, -109.5, "USA", population=1_000_000,
                code="MT"), ["Mont."]),
        (town(4101114, "Clinton", 35.59, -92.46, "USA", 2_538, "AR"), []),
        (town(4381072, "Clinton", 38.37, -93.78, "USA", 8_899, "MO"), []),
        (region(4099753, "Arkansas", "admin1", 34.75, -92.5, "USA", population=3_000_000,
                code="AR"), ["Ark."]),
        (town(4409896, "Springfield", 37.22, -93.3, "USA", 169_176, "MO"), []),
        (region(4398678, "Missouri", "admin1", 38.25, -92.5, "USA", population=6_100_000,
                code="MO"), ["Mo."]),
    ])


def test_our_regions_own_name_ending_in_an_admin_word_is_the_region(
        shire: GeocodeStage) -> None:
    text = "Flooding hit the Lake District on Monday ."
    place = at(run(shire, text, [("Lake District", "LOC")]), text, "Lake District")
    assert place is not None and place.feature_code == "RGN" and place.country == "GBR"


def test_a_list_of_towns_the_model_took_for_a_title_is_towns(shire: GeocodeStage) -> None:
    text = "The festival visits Ludlow , Bridgnorth and Much Wenlock in Shropshire ."
    places = run(shire, text, [("Ludlow , Bridgnorth and Much Wenlock", "WORK_OF_ART"),
                               ("Shropshire", "GPE")])
    assert {"Ludlow", "Bridgnorth", "Much Wenlock"} <= {p.name for p in places}


def test_a_town_before_a_noun_of_people_after_an_age_is_a_town(shire: GeocodeStage) -> None:
    text = "A 64 - year - old Stevensville man was held in Hamilton , Mont. , on Friday ."
    places = run(shire, text, [("Stevensville", "PERSON"), ("Hamilton", "GPE"),
                               ("Mont.", "GPE")])
    place = at(places, text, "Stevensville")
    assert place is not None and place.lat == 46.51


def test_a_building_named_after_a_town_is_at_the_town_the_article_names(
        shire: GeocodeStage) -> None:
    text = ("Jane Doe , 81 , of Clinton , Ark. , died in Springfield , Mo. . She taught at "
            "Clinton High School for years .")
    places = run(shire, text, [("Clinton", "GPE"), ("Ark.", "GPE"), ("Springfield", "GPE"),
                               ("Mo.", "GPE"), ("Clinton High School", "FAC")])
    place = at(places, text, "Clinton High School")
    assert place is not None and place.lat == 35.59


@pytest.fixture(scope="module")
def roads() -> GeocodeStage:
    return stage_of([
        (town(4830198, "Athens", 34.8, -86.97, "USA", 24_966, "AL"), []),
        (region(4829764, "Alabama", "admin1", 32.75, -86.75, "USA", population=4_900_000,
                code="AL"), []),
        (town(4535961, "Idabel", 33.9, -94.83, "USA", 7_007, "OK"), []),
        (town(4529292, "Broken Bow", 34.03, -94.74, "USA", 4_131, "OK"), []),
        (region(4544379, "Oklahoma", "admin1", 35.5, -98.0, "USA", population=3_900_000,
                code="OK"), []),
    ])


def test_a_numbered_road_tagged_as_a_firm_is_a_road(roads: GeocodeStage) -> None:
    text = "The crash closed Interstate 65 near Athens , Alabama , on Friday ."
    places = run(roads, text, [("Interstate 65", "ORG"), ("Athens", "GPE"),
                               ("Alabama", "GPE")])
    road = at(places, text, "Interstate 65")
    assert road is not None and road.lat == 34.8


def test_a_town_tagged_as_a_language_after_a_place_cue_is_the_town(roads: GeocodeStage) -> None:
    text = "Families came from Idabel and Broken Bow in Oklahoma ."
    places = run(roads, text, [("Idabel", "LANGUAGE"), ("Broken Bow", "GPE"),
                               ("Oklahoma", "GPE")])
    assert "Idabel" in {p.name for p in places}


@pytest.fixture(scope="module")
def speakers() -> GeocodeStage:
    spain = region(2510769, "Spain", "country", 40.0, -4.0, "ESP", population=46_700_000)
    return stage_of([(spain, [])], demonyms={"Spanish": "ESP"})


@pytest.mark.parametrize(("text", "language"), [
    ("Staff there speak Spanish and English .", False),
    ("The letters were translated from Spanish .", False),
    ("Spanish troops crossed the river .", True),
])
def test_a_demonym_one_speaks_or_translates_is_a_language(
        speakers: GeocodeStage, text: str, language: bool) -> None:
    places = run_parsed(speakers, text, [("Spanish", "NORP")],
                        lemmas={"translated": "translate", "speak": "speak"})
    assert bool(places) is language


def test_an_unknown_road_is_put_in_the_province_that_holds_most_of_the_story() -> None:
    stage = stage_of([
        (town(5294810, "Flagstaff", 35.2, -111.65, "USA", 73_964, "AZ"), []),
        (town(5318313, "Tucson", 32.22, -110.93, "USA", 545_975, "AZ"), []),
        (town(5322053, "Yuma", 32.73, -114.62, "USA", 97_908, "AZ"), []),
        (town(4905687, "Peoria", 40.69, -89.59, "USA", 115_070, "IL"), []),
        (region(4896861, "Illinois", "admin1", 40.0, -89.0, "USA", population=12_800_000,
                code="IL"), ["Ill."]),
        (region(6252001, "United States", "country", 39.76, -98.5, "USA",
                population=327_000_000), []),
    ])
    text = ("Crews worked in Flagstaff . Schools shut in Tucson and Yuma . A Peoria , Ill. , "
            "man was hurt . The car hit him near the Mill Avenue exit in the night .")
    places = run(stage, text, [("Flagstaff", "GPE"), ("Tucson", "GPE"), ("Peoria", "GPE"),
                               ("Ill.", "GPE"), ("Mill Avenue", "FAC"), ("Yuma", "GPE")])
    road = at(places, text, "Mill Avenue")
    assert road is not None and road.lon is not None and road.lon < -109


def test_a_direction_before_a_feature_word_is_a_name_not_a_direction() -> None:
    stage = stage_of([
        (region(3723988, "Haiti", "country", 19.0, -72.42, "HTI", population=11_100_000), []),
        (region(2324433, "Plateau", "admin1", 9.17, 9.75, "NGA", population=1_175_403,
                code="49"), []),
    ])
    text = "Cholera spread to Haiti 's Central Plateau in May ."
    places = run(stage, text, [("Haiti", "GPE"), ("Central Plateau", "LOC")])
    assert "NGA" not in {p.country for p in places}


@pytest.fixture(scope="module")
def demonyms() -> GeocodeStage:
    entries = [
        (town(4343327, "Welsh", 30.24, -92.82, "USA", 3_227, "LA"), []),
        (unit(4328857, "Jefferson Davis Parish", "admin2", 30.27, -92.81, "USA",
              population=31_000, code="LA"), []),
        (region(4331987, "Louisiana", "admin1", 31.0, -92.0, "USA", population=4_600_000,
                code="LA"), []),
        (region(2635167, "United Kingdom", "country", 54.0, -2.0, "GBR",
                population=66_000_000), []),
        (region(6251999, "Canada", "country", 60.1, -113.6, "CAN", population=37_000_000),
         []),
        (town(5516233, "Amarillo", 35.22, -101.83, "USA", 198_645, "TX"), []),
        (region(4736286, "Texas", "admin1", 31.25, -99.25, "USA", population=29_000_000,
                code="TX"), []),
    ]
    return stage_of(entries, demonyms={"Welsh": "GBR", "Canadian": "CAN"})


def test_a_demonyms_spelling_called_a_town_by_its_appositive_is_the_town(
        demonyms: GeocodeStage) -> None:
    text = "The car was found in Welsh , a town in Jefferson Davis Parish , Louisiana ."
    places = run(demonyms, text, [("Welsh", "ORG"), ("Jefferson Davis Parish", "GPE"),
                                  ("Louisiana", "GPE")])
    place = at(places, text, "Welsh")
    assert place is not None and place.country == "USA"


def test_a_demonym_before_a_capitalised_feature_word_names_the_feature(
        demonyms: GeocodeStage) -> None:
    text = "Crews searched the Canadian River north of Amarillo , Texas , on Sunday ."
    places = run(demonyms, text, [("Canadian", "NORP"), ("Amarillo", "GPE"),
                                  ("Texas", "GPE")])
    assert "CAN" not in {p.country for p in places}
    river = at(places, text, "Canadian River")
    assert river is not None and river.country == "USA"


def test_a_known_towns_name_before_a_lowercase_feature_word_stays_the_town() -> None:
    stage = stage_of([(town(99347, "Al Faw", 29.98, 48.47, "IRQ", 104_569, "02"), [])])
    text = "They were captured while sailing in the al Faw peninsula on Sunday ."
    place = at(run(stage, text, [("al Faw", "ORG")]), text, "al Faw")
    assert place is not None and place.name == "Al Faw"
