"""Issue 13, item 4: the name a reader expects for a region whose gazetteer name keeps the
native word for its type; GeoNames' name stays as the native name."""
from __future__ import annotations

import pytest

from newsevents.resources.gazetteer import Candidate, InMemoryGazetteer
from newsevents.resources.place_names import conventional_name, english_region_name
from newsevents.stages.places import GeocodeStage

from .gazdata import city
from .test_geocode_context_rules import named, run


@pytest.mark.parametrize(("gazetteer", "english"), [
    ("Hebei Sheng", "Hebei"),
    ("Beijing Shi", "Beijing"),
    ("Guangxi Zhuangzu Zizhiqu", "Guangxi"),
    ("Xizang Zizhiqu", "Xizang"),
    ("Ōbu Shi", "Obu"),
    ("Adygeya, Respublika", "Adygeya"),
    ("Incheon-gwangyeoksi", "Incheon"),
    ("Diyālá", "Diyala"),
    ("Gyeonggi-do", "Gyeonggi-do"),  # English keeps "-do"
    ("Shi", "Shi"),  # nothing is left without the word: the name stays
    ("New South Wales", "New South Wales"),
])
def test_conventional_name(gazetteer: str, english: str) -> None:
    assert conventional_name(gazetteer) == english



@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    hebei = Candidate(pid=1808773, name="Hebei Sheng", kind="admin1", feature_code="ADM1",
                      country="CHN", lat=39.0, lon=116.0, population=7_000_000,
                      admin1_code="10", admin1="Hebei Sheng", geonameid=1808773)
    town = city(1795270, "Shijiazhuang", 38.04, 114.48, "CHN", 2_000_000,
                admin1="Hebei Sheng", admin1_code="10")
    return GeocodeStage(InMemoryGazetteer([(hebei, ["Hebei"]), (town, [])]))


def test_a_region_is_named_as_the_article_and_english_name_it(stage: GeocodeStage) -> None:
    text = "Floods hit Shijiazhuang , the capital of Hebei , on Monday ."
    places = run(stage, text, [("Shijiazhuang", "GPE"), ("Hebei", "GPE")])
    region, town = named(places, text, "Hebei"), named(places, text, "Shijiazhuang")
    assert (region.name, region.native_name, region.geonameid) == ("Hebei", "Hebei Sheng",
                                                                   1808773)
    assert town.admin1 == "Hebei" and region.admin1 == "Hebei"


def test_a_region_named_in_full_still_reads_in_english(stage: GeocodeStage) -> None:
    text = "Floods hit Hebei Sheng on Monday ."
    (region,) = run(stage, text, [("Hebei Sheng", "GPE")])
    assert region.name == "Hebei" and region.native_name == "Hebei Sheng"


@pytest.fixture(scope="module")
def somalia() -> GeocodeStage:
    region = Candidate(pid=51966, name="Shabeellaha Hoose", kind="admin1", feature_code="ADM1",
                       country="SOM", lat=1.9, lon=44.6, population=1_200_000,
                       admin1_code="14", admin1="Shabeellaha Hoose", geonameid=51966)
    return GeocodeStage(InMemoryGazetteer([(region, ["Lower Shabelle", "L. Shab."])]))


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("Fighting spread in Lower Shabelle on Monday .", "Lower Shabelle", "Lower Shabelle"),
    ("Fighting spread in L. Shab. on Monday .", "L. Shab.", "Shabeellaha Hoose"),
])
def test_a_region_named_by_another_name_takes_the_articles_unless_abbreviated(
        somalia: GeocodeStage, text: str, surface: str, name: str) -> None:
    (region,) = run(somalia, text, [(surface, "GPE")])
    assert region.name == name and region.geonameid == 51966


@pytest.mark.parametrize(("text", "written", "name"), [
    ("Fighters seized Raqqa on Monday .", "Raqqa", "Raqqa"),  # English drops the article
    ("Fighters seized Ar Raqqah on Monday .", "Ar Raqqah", "Ar Raqqah"),
    ("Fighters seized Rakka on Monday .", "Rakka", "Ar Raqqah"),  # another spelling: GeoNames'
])
def test_a_town_is_named_without_the_arabic_article_as_the_article_writes_it(
        text: str, written: str, name: str) -> None:
    town = city(163808, "Ar Raqqah", 35.95, 39.01, "SYR", 531_952)
    stage = GeocodeStage(InMemoryGazetteer([(town, ["Raqqa", "Rakka"])]))
    (place,) = run(stage, text, [(written, "GPE")])
    assert place.name == name and place.native_name == (None if name == "Ar Raqqah"
                                                         else "Ar Raqqah")


@pytest.mark.parametrize(("text", "written", "native", "name"), [
    ("Floods swept through Derna on Monday .", "Derna", "Darnah", "Derna"),
    ("Rescuers came from Misrata on Monday .", "Misrata", "Misratah", "Misrata"),
    ("Aid reached Mekelle on Monday .", "Mekelle", "Mek'ele", "Mekelle"),
    ("Rescuers came from Bombay on Monday .", "Bombay", "Mumbai", "Mumbai"),  # another name
    ("Protests spread to Mansoura on Monday .", "Mansoura", "Al Mansurah", "Mansoura"),
])
def test_a_town_is_named_as_the_article_transliterates_it(text: str, written: str,
                                                          native: str, name: str) -> None:
    town = city(80000, native, 32.76, 22.64, "LBY", 100_000)
    stage = GeocodeStage(InMemoryGazetteer([(town, [written])]))
    (place,) = run(stage, text, [(written, "GPE")])
    assert place.name == name and place.native_name == (None if name == native else native)


@pytest.mark.parametrize(("text", "written", "name"), [
    ("Floods hit Lower Saxony on Monday .", "Lower Saxony", "Lower Saxony"),  # more words
    ("Floods hit Niedersachsen on Monday .", "Niedersachsen", "Niedersachsen"),
])
def test_a_region_named_in_english_in_more_words_than_its_native_name_keeps_them(
        text: str, written: str, name: str) -> None:
    region = Candidate(pid=2862926, name="Niedersachsen", kind="admin1", feature_code="ADM1",
                       country="DEU", lat=52.8, lon=9.1, population=8_000_000,
                       admin1_code="06", admin1="Niedersachsen", geonameid=2862926)
    stage = GeocodeStage(InMemoryGazetteer([(region, ["Lower Saxony"])]))
    (place,) = run(stage, text, [(written, "GPE")])
    assert place.name == name and place.geonameid == 2862926


@pytest.mark.parametrize(("name", "aliases", "english"), [
    ("Niedersachsen", ["Land Niedersachsen", "Lower Saxony", "State of Lower Saxony"],
     "Lower Saxony"),
    ("Bayern", ["Bavaria", "Free State of Bavaria"], "Bavaria"),
    ("Ḩimş", ["Homs", "Homs Governorate", "حمص"], "Homs"),
    ("Khersonska oblast", ["Kherson", "Kherson Oblast"], "Kherson"),
    ("Chechenskaya Respublika", ["Chechen Republic", "Chechnya", "Chechnya Republic"],
     "Chechnya"),  # the core it also goes by alone
    ("Fārs", ["Fars Province", "The 7th Province"], "Fars"),
    ("Xinjiang Uygur Zizhiqu", ["Xinjiang", "Xinjiang Uyghur Autonomous Region"],
     "Xinjiang"),  # the shorter name it also goes by
    ("Xizang Zizhiqu", ["Tibet", "Tibet Autonomous Region", "Xizang",
                        "Xizang Autonomous Region"], "Tibet"),
    ("Hebei Sheng", ["Hebei", "河北省"], "Hebei"),  # no typed alias: the conventional name
    ("Lombardia", ["Lombardie", "Lombardy"], "Lombardia"),  # which of two? neither
    ("Distrito Federal", ["Federal District", "DF"], "Federal District"),  # the type is the name
])
def test_a_regions_english_name_comes_from_its_typed_alternate_names(
        name: str, aliases: list[str], english: str) -> None:
    assert english_region_name(name, aliases) == english
