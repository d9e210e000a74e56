"""A local story's town whose name is also a country's or a capital territory's abroad, a name
repeated inside other names that does not vouch for its own reading, "the county of X" as a
district, a bare hamlet's name across the country in an American local story, a town named with
a facility's word first, an unknown building in a story from a dateline town that is no capital
or whose dateline names a county too, a name before "volcano", and an untagged feature of ours
by its own name (our own sentences, hand-built parses, small in-memory gazetteers with rounded
real coordinates)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.model import Place
from newsevents.stages.places import GeocodeStage

from .gazdata import stage_of, table_region
from .test_geocode_recall import region, run, town
from .test_geocode_recall_cues import at, unit


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    return stage_of([
        # Lebanon, the country, and towns called Lebanon; central Indiana
        (region(272103, "Lebanon", "country", 33.8, 35.8, "LBN", population=6_848_925), []),
        (region(163843, "Syria", "country", 35.0, 38.0, "SYR", population=17_500_000), []),
        (town(276781, "Beirut", 33.89, 35.49, "LBN", 1_916_100, "04"), []),
        (town(4259418, "Lebanon", 40.05, -86.47, "USA", 15_892, "IN"), []),
        (town(4634946, "Lebanon", 36.21, -86.29, "USA", 30_262, "TN"), []),
        (town(5197159, "Lebanon", 40.34, -76.41, "USA", 25_534, "PA"), []),
        (region(4921868, "Indiana", "admin1", 40.0, -86.25, "USA", population=6_700_000,
                code="IN"), []),
        (town(4928096, "Zionsville", 39.95, -86.26, "USA", 26_296, "IN"), []),
        (town(4927052, "Thorntown", 40.13, -86.61, "USA", 1_485, "IN"), []),
        (town(4257227, "Frankfort", 40.28, -86.51, "USA", 16_060, "IN"), []),
        (unit(4255295, "Boone County", "admin2", 40.05, -86.47, "USA", population=52_683,
              code="IN"), ["Boone"]),
        # Delhi, India's capital territory and city, and the village in New York
        (region(1273293, "Delhi", "admin1", 28.6, 77.2, "IND", population=16_787_941,
                code="07"), []),
        (replace(town(1273294, "Delhi", 28.65, 77.23, "IND", 11_034_555, "07"),
                 feature_code="PPLC"), []),
        (town(5115614, "Delhi", 42.28, -74.92, "USA", 3_157, "NY"), []),
        (town(5143307, "Walton", 42.17, -75.13, "USA", 2_930, "NY"), []),
        (town(5140402, "Stamford", 42.41, -74.61, "USA", 1_071, "NY"), []),
        (town(5116497, "Margaretville", 42.15, -74.65, "USA", 577, "NY"), []),
        (unit(5114418, "Delaware County", "admin2", 42.2, -74.97, "USA", population=44_135,
              code="NY"), ["Delaware"]),
        (town(1275339, "Mumbai", 19.07, 72.88, "IND", 12_691_836, "16"), []),
        # Mackenzie: Alberta's county and British Columbia's town
        (unit(6153332, "Mackenzie County", "admin2", 58.42, -117.18, "CAN", population=4_364,
              code="01"), ["Mackenzie"]),
        (town(6063191, "Mackenzie", 55.34, -123.09, "CAN", 3_262, "02"), []),
        # upper East Tennessee, an Alabama hamlet and a Virginia town across the line
        (town(4624180, "Greeneville", 36.16, -82.83, "USA", 15_062, "TN"), []),
        (town(4644312, "Morristown", 36.21, -83.29, "USA", 29_137, "TN"), []),
        (town(4605999, "Bulls Gap", 36.26, -83.08, "USA", 738, "TN"), []),
        (town(4634950, "Knoxville", 35.96, -83.92, "USA", 190_740, "TN"), []),
        (town(4046800, "Baileyton", 34.27, -86.61, "USA", 625, "AL"), []),
        (town(4743815, "Abingdon", 36.71, -81.98, "USA", 8_191, "VA"), []),
        # Kenya's lake port, and a namesake in the Seychelles by an alias
        (region(192950, "Kenya", "country", 1.0, 38.0, "KEN", population=51_393_010), []),
        (town(200061, "Port Victoria", 0.1, 33.97, "KEN", 12_194, "04"), []),
        (replace(town(241131, "Victoria", -4.62, 55.45, "SYC", 22_881, "10"),
                 feature_code="PPLC"), ["Port Victoria"]),
        # Belfast and its Maine namesake; Glasgow, Dublin
        (town(2655984, "Belfast", 54.6, -5.93, "GBR", 348_005, "NIR"), []),
        (town(4957003, "Belfast", 44.43, -69.01, "USA", 6_668, "ME"), []),
        (region(2635167, "United Kingdom", "country", 54.76, -2.7, "GBR",
                population=66_488_991), []),
        (town(2648579, "Glasgow", 55.86, -4.26, "GBR", 626_410, "SCT"), []),
        (town(2964574, "Dublin", 53.35, -6.26, "IRL", 1_024_027, "L"), []),
        # Mombasa, the county and the city; two ports abroad
        (region(186824, "Mombasa", "admin1", -4.03, 39.62, "KEN", population=1_300_000,
                code="19"), []),
        (town(186301, "Mombasa", -4.05, 39.67, "KEN", 1_208_333, "19"), []),
        (town(160263, "Dar es Salaam", -6.82, 39.27, "TZA", 4_364_541, "23"), []),
        (town(1007311, "Durban", -29.86, 31.03, "ZAF", 3_120_282, "02"), []),
        # Oregon's Willamette Valley, a feature of our table
        (table_region(-9201, "Willamette Valley", "VAL", 44.9, -123.0, "USA"), []),
        # the Philippines' Albay province
        (unit(1731616, "Albay", "admin2", 13.2, 123.6, "PHL", population=1_314_826,
              code="05"), []),
    ])


def placed(stage: GeocodeStage, text: str, ents: list[tuple[str, str]], surface: str, *,
           dateline: str | None = None) -> Place | None:
    """The place the stage gives the mention `surface` of `text`."""
    return at(run(stage, text, ents, dateline=dateline), text, surface)


def east_tennessee_fire(stage: GeocodeStage, name: str, sentence: str) -> Place | None:
    """The place of `name`, written in `sentence` of a story about a fire in upper East
    Tennessee."""
    text = (f"Crews from Greeneville , Morristown and Bulls Gap fought the fire . {sentence} "
            "Knoxville sent a ladder truck .")
    return placed(stage, text, [("Greeneville", "GPE"), ("Morristown", "GPE"),
                                ("Bulls Gap", "GPE"), (name, "GPE"), ("Knoxville", "GPE")],
                  name)


def test_a_local_storys_town_is_not_the_country_of_its_name(stage: GeocodeStage) -> None:
    text = ("Parents from Zionsville , Thorntown and Frankfort asked for new bus routes . "
            "Lebanon High School will add ten rooms . Boone County will pay for buses to "
            "Lebanon , the largest town in central Indiana .")
    place = placed(stage, text, [("Zionsville", "GPE"), ("Thorntown", "GPE"),
                                 ("Frankfort", "GPE"), ("Lebanon High School", "ORG"),
                                 ("Boone County", "GPE"), ("Lebanon", "GPE"),
                                 ("Indiana", "GPE")], "Lebanon")
    assert place is not None and place.lat == 40.05


def test_the_country_listed_with_a_country_stays_the_country(stage: GeocodeStage) -> None:
    text = ("Soldiers from Zionsville , Thorntown and Frankfort served in Lebanon and Syria "
            "for a year .")
    place = placed(stage, text, [("Zionsville", "GPE"), ("Thorntown", "GPE"),
                                 ("Frankfort", "GPE"), ("Lebanon", "GPE"), ("Syria", "GPE")],
                   "Lebanon")
    assert place is not None and place.country == "LBN"


def test_a_name_written_again_inside_other_names_does_not_vouch_for_itself(
        stage: GeocodeStage) -> None:
    text = ("The Lebanon Youth Choir sang at the Lebanon Public Library in Lebanon on "
            "Sunday .")
    place = placed(stage, text, [("Lebanon Youth Choir", "ORG"),
                                 ("Lebanon Public Library", "ORG"), ("Lebanon", "GPE")],
                   "Lebanon")
    assert place is not None and "country focus LBN" not in place.reason


def test_a_local_storys_village_is_not_a_capital_territory_abroad(stage: GeocodeStage) -> None:
    text = ("Delaware County supervisors met in Delhi on Tuesday . Crews from Walton , "
            "Stamford and Margaretville cleared the roads .")
    place = placed(stage, text, [("Delaware County", "GPE"), ("Delhi", "GPE"),
                                 ("Walton", "GPE"), ("Stamford", "GPE"),
                                 ("Margaretville", "GPE")], "Delhi")
    assert place is not None and place.country == "USA"


def test_the_capital_in_a_story_about_its_country_stays_the_capital(
        stage: GeocodeStage) -> None:
    text = "The minister flew from Delhi to Mumbai on Tuesday ."
    place = placed(stage, text, [("Delhi", "GPE"), ("Mumbai", "GPE")], "Delhi")
    assert place is not None and place.country == "IND"


@pytest.mark.parametrize("text", [
    "Wildfires burned across the county of Mackenzie on Monday .",
    "Wildfires burned across the County of Mackenzie on Monday .",
])
def test_the_county_of_x_is_the_district(stage: GeocodeStage, text: str) -> None:
    place = placed(stage, text, [("Mackenzie", "GPE")], "Mackenzie")
    assert place is not None and place.feature_code == "ADM2"


def test_a_bare_hamlets_name_across_the_country_is_the_local_storys(
        stage: GeocodeStage) -> None:
    place = east_tennessee_fire(stage, "Baileyton",
                                "A church in the Baileyton community burned .")
    assert place is None or place.lat is None or place.lat > 35.5


def test_a_town_across_the_state_line_keeps_its_reading(stage: GeocodeStage) -> None:
    place = east_tennessee_fire(stage, "Abingdon", "A church in Abingdon sent food .")
    assert place is not None and place.lat == 36.71


def test_a_town_named_with_a_facilitys_word_first_is_the_town(stage: GeocodeStage) -> None:
    text = "Floods hit western Kenya , and residents of Port Victoria fled to higher ground ."
    place = placed(stage, text, [("Kenya", "GPE"), ("Port Victoria", "FAC")], "Port Victoria")
    assert place is not None and place.feature_code == "PPL" and place.lat == 0.1


def test_an_unknown_building_in_a_story_from_a_dateline_town_it_places_is_put_there(
        stage: GeocodeStage) -> None:
    text = ("The shipyard in Belfast won a navy contract . A jobs fair will open at the "
            "Waterfront Hall . Welders came from Dublin and Glasgow .")
    place = placed(stage, text, [("Belfast", "GPE"), ("Waterfront Hall", "FAC"),
                                 ("Dublin", "GPE"), ("Glasgow", "GPE")], "Waterfront Hall",
                   dateline="BELFAST (Reuters)")
    assert place is not None and place.lat == 54.6 and "dateline" in place.reason


def test_a_name_before_a_lowercase_volcano_is_the_volcano(stage: GeocodeStage) -> None:
    text = "Villagers fled the slopes of Mayon volcano in Albay province on Monday ."
    place = placed(stage, text, [("Mayon", "PERSON"), ("Albay province", "GPE")], "Mayon")
    assert place is not None and place.lat == 13.2


def test_an_untagged_feature_of_ours_by_its_name_and_generic_word_is_a_place(
        stage: GeocodeStage) -> None:
    text = "Snow coated the Willamette Valley overnight ."
    place = placed(stage, text, [], "Willamette Valley")
    assert place is not None and place.feature_code == "VAL"


def test_a_dateline_names_the_town_not_the_county_of_its_name(stage: GeocodeStage) -> None:
    text = ("Dock workers marched in Mombasa on Monday . Police closed Moi Avenue . Cargo went "
            "to Dar es Salaam and Durban .")
    place = placed(stage, text, [("Mombasa", "GPE"), ("Moi Avenue", "FAC"),
                                 ("Dar es Salaam", "GPE"), ("Durban", "GPE")], "Moi Avenue",
                   dateline="MOMBASA (Reuters)")
    assert place is not None and place.lat == -4.05
