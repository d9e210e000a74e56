"""Places through the real spaCy model and gazetteer, on short articles written for these tests."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents.resources.place_names import haversine_km
from newsevents.model import ArticleAnalysis, Place

pytestmark = pytest.mark.model

IRAQ = (
    "Insurgents seized the northern city of Mosul on Tuesday and pushed south toward Tikrit, "
    "officials said. Iraqi commanders said reinforcements were flown in from Baghdad. "
    "Clashes were also reported in Diyala province, east of the capital. "
    "President Barack Obama said the United States was weighing its options, and Obama "
    "added that no ground troops would be sent. Iran offered help, according to Tehran."
)


def _place(analysis: ArticleAnalysis, surface: str) -> Place:
    text = analysis.article.text
    return next(p for p in analysis.places if any(s.of(text) == surface for s in p.mentions))


@pytest.fixture(scope="module")
def iraq(analyze_text: Callable[..., ArticleAnalysis]) -> ArticleAnalysis:
    return analyze_text(IRAQ, until="places")


@pytest.mark.parametrize(("surface", "lat", "lon"), [
    ("Mosul", 36.34, 43.13), ("Tikrit", 34.61, 43.68), ("Baghdad", 33.34, 44.40),
    ("Tehran", 35.69, 51.42),
])
def test_geocode_model_cities(iraq: ArticleAnalysis, surface: str, lat: float, lon: float
                              ) -> None:
    place = _place(iraq, surface)
    assert haversine_km(place.lat, place.lon, lat, lon) < 10
    assert place.precision == 1


def test_geocode_model_province(iraq: ArticleAnalysis) -> None:
    place = _place(iraq, "Diyala province")
    assert (place.country, place.feature_code, place.precision) == ("IRQ", "ADM1", 4)
    assert place.lat is not None


def test_geocode_model_countries_and_traps(iraq: ArticleAnalysis) -> None:
    countries = {p.country for p in iraq.places if p.precision == 5}
    assert {"USA", "IRN"} <= countries
    assert all(p.country != "JPN" for p in iraq.places)  # "Obama" is the president
    text = iraq.article.text
    assert not any(s.of(text) == "Iraqi" for p in iraq.places for s in p.mentions)
    assert [p.id for p in iraq.places] == [f"p{k}" for k in range(1, len(iraq.places) + 1)]


def test_geocode_model_georgia_state(analyze_text: Callable[..., ArticleAnalysis]) -> None:
    analysis = analyze_text("Heavy rain flooded streets in Atlanta, Georgia, on Monday, and "
                            "officials in Savannah closed schools.", until="places")
    assert _place(analysis, "Georgia").country == "USA"


def test_geocode_model_tripoli_lebanon(analyze_text: Callable[..., ArticleAnalysis]) -> None:
    analysis = analyze_text("Lebanese troops deployed in Tripoli after overnight clashes, a "
                            "security source in Beirut said.", until="places")
    assert _place(analysis, "Tripoli").country == "LBN"


@pytest.mark.eval
@pytest.mark.issue(5)
def test_geocode_model_seed_article(shared_eval, analyze_text) -> None:  # type: ignore[no-untyped-def]
    """Issue 5's done-means on the mission's example article (read at run time)."""
    seed = shared_eval.parent / "seed" / "mosul-2014-cnn.txt"
    if not seed.is_file():
        pytest.skip(f"example article not available at {seed}")
    analysis = analyze_text(seed.read_text(encoding="utf-8"), until="places")
    cities = {p.name: p for p in analysis.places if p.precision == 1}
    for name, lat, lon in (("Mosul", 36.34, 43.13), ("Samarra", 34.20, 43.87),
                           ("Baghdad", 33.34, 44.40), ("Tehran", 35.69, 51.42)):
        assert haversine_km(cities[name].lat, cities[name].lon, lat, lon) < 10
    (diyala,) = [p for p in analysis.places if p.feature_code == "ADM1"]
    assert (diyala.name, diyala.country, diyala.precision) == ("Diyala", "IRQ", 4)
    assert diyala.lat is not None
    countries = {p.country for p in analysis.places if p.feature_code == "PCLI"}
    assert {"IRQ", "IRN", "SYR", "USA"} <= countries
    assert all(p.country != "JPN" for p in analysis.places)


def test_geocode_model_a_joint_police_force_names_both_counties(
        analyze_text: Callable[..., ArticleAnalysis]) -> None:
    text = ("Devon and Cornwall Police said a woman was arrested in Exeter on Friday after "
            "a fire at a warehouse.")
    analysis = analyze_text(text, until="places")
    text_of = {p.name: p for p in analysis.places}
    assert {text_of[n].country for n in ("Devon", "Cornwall", "Exeter")} == {"GBR"}
    assert text_of["Devon"].embedded and text_of["Cornwall"].embedded


def test_geocode_model_a_name_with_an_age_is_a_person(
        analyze_text: Callable[..., ArticleAnalysis]) -> None:
    text = "Jordan, 56, was shot as he napped in his car near Wilmington, police said."
    analysis = analyze_text(text, until="places")
    assert {p.name for p in analysis.places} == {"Wilmington"}


STATES = {"Ala.": "Alabama", "Alaska": "Alaska", "Ariz.": "Arizona", "Ark.": "Arkansas",
          "Calif.": "California", "Colo.": "Colorado", "Conn.": "Connecticut",
          "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Hawaii": "Hawaii",
          "Idaho": "Idaho", "Ill.": "Illinois", "Ind.": "Indiana", "Iowa": "Iowa",
          "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Maine": "Maine",
          "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan",
          "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana",
          "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
          "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
          "N.D.": "North Dakota", "Ohio": "Ohio", "Okla.": "Oklahoma", "Ore.": "Oregon",
          "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina",
          "S.D.": "South Dakota", "Tenn.": "Tennessee", "Texas": "Texas", "Utah": "Utah",
          "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington",
          "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming"}


@pytest.mark.parametrize(("abbreviation", "state"), sorted(STATES.items()))
def test_geocode_model_a_town_qualified_by_a_state_s_news_abbreviation_is_in_that_state(
        analyze_text: Callable[..., ArticleAnalysis], abbreviation: str, state: str) -> None:
    text = f"A man from Franklin, {abbreviation}, was named to the board on Monday."
    analysis = analyze_text(text, until="places")
    assert _place(analysis, "Franklin").admin1 == state


PROVINCES = {  # abbreviation: (a town of the province, mostly one of several of its name)
    "B.C.": ("Richmond", "British Columbia"),
    "N.B.": ("Dieppe", "New Brunswick"),
    "N.S.": ("Truro", "Nova Scotia"), "Ont.": ("London", "Ontario"),
    "P.E.I.": ("Summerside", "Prince Edward Island"), "Que.": ("Granby", "Quebec"),
    "Sask.": ("Weyburn", "Saskatchewan")}


@pytest.mark.parametrize(("abbreviation", "where"), sorted(PROVINCES.items()))
def test_geocode_model_a_town_qualified_by_a_provinces_press_abbreviation_is_in_it(
        analyze_text: Callable[..., ArticleAnalysis], abbreviation: str,
        where: tuple[str, str]) -> None:
    town, province = where
    text = f"A woman from {town}, {abbreviation}, won the award on Monday."
    assert _place(analyze_text(text, until="places"), town).admin1 == province


def test_geocode_model_a_dateline_town_qualified_by_a_province_is_in_it(
        analyze_text: Callable[..., ArticleAnalysis]) -> None:
    text = ("LONDON, Ont. (CP) — Crews in London and Woodstock cleared fallen trees on "
            "Tuesday after a storm swept the region.")
    place = _place(analyze_text(text, until="places"), "Woodstock")
    assert place.country == "CAN" and place.admin1 == "Ontario"


@pytest.mark.parametrize(("text", "surface", "lat", "lon"), [
    ("Floods swept across Yorkshire on Monday, and police in Leeds closed roads.", "Yorkshire",
     54.0, -1.5),
    ("Lorries heading for Wolverhampton and the West Midlands use the road.", "West Midlands",
     52.5, -2.0),
])
def test_geocode_model_england_s_regions_are_in_england(
        analyze_text: Callable[..., ArticleAnalysis], text: str, surface: str, lat: float,
        lon: float) -> None:
    place = _place(analyze_text(text, until="places"), surface)
    assert place.country == "GBR" and haversine_km(place.lat, place.lon, lat, lon) < 50


@pytest.mark.parametrize(("qualifier", "code"), [("Utah", "ADM1"), ("Utah County", "ADM2")])
def test_geocode_model_a_town_s_qualifier_is_the_state_unless_written_as_a_county(
        analyze_text: Callable[..., ArticleAnalysis], qualifier: str, code: str) -> None:
    text = f"Residents of Provo, {qualifier}, said the storm had passed."
    place = _place(analyze_text(text, until="places"), qualifier)
    assert place.feature_code == code  # Utah County holds Provo, but news writes its word


def test_geocode_model_a_town_cut_at_its_possessive_and_a_town_with_its_country(
        analyze_text: Callable[..., ArticleAnalysis]) -> None:
    text = ("A business park opened along Missouri 291 in Lee's Summit on Monday. Years ago "
            "the owner traveled to Florence, Italy, at 75 with her sister.")
    analysis = analyze_text(text, until="places")
    lees = _place(analysis, "Lee's Summit")
    assert (lees.country, lees.admin1) == ("USA", "Missouri")
    florence = _place(analysis, "Florence")
    assert florence.country == "ITA"


def test_geocode_model_hyphenated_towns_and_a_town_tagged_as_a_date(
        analyze_text: Callable[..., ArticleAnalysis]) -> None:
    towns = analyze_text("Flooding hit Southend-on-Sea and Newcastle-under-Lyme.",
                         until="places")
    assert _place(towns, "Newcastle-under-Lyme").name == "Newcastle under Lyme"
    assert _place(towns, "Southend-on-Sea").country == "GBR"
    uganda = analyze_text("Smaller cases were then found in Masindi and Mbarara.",
                          until="places")
    assert _place(uganda, "Mbarara").country == "UGA"


def test_geocode_model_a_regions_possessive_before_a_district(
        analyze_text: Callable[..., ArticleAnalysis]) -> None:
    analysis = analyze_text("Rains flooded parts of Chhattisgarh's Bastar district.",
                            until="places")
    assert _place(analysis, "Chhattisgarh").feature_code == "ADM1"


def _surfaces(analysis: ArticleAnalysis) -> set[str]:
    text = analysis.article.text
    return {s.of(text) for p in analysis.places for s in p.mentions}


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("The people of Bogotá and Medellín voted for change, while the leftist carried "
     "Barranquilla and Cartagena.", "Bogotá", "COL"),
    ("The people of Bogotá and Medellín voted for change.", "Medellín", "COL"),
    ("Lilongwe and Blantyre account for most deaths, the ministry said.", "Lilongwe", "MWI"),
    ("The European Union has asked Sarajevo for more border police.", "Sarajevo", "BIH"),
    ('"We need more police," Sarajevo told the European Union on Monday.', "Sarajevo", "BIH"),
    ("“We need more police,” Sarajevo told the European Union on Monday.", "Sarajevo", "BIH"),
])
def test_geocode_model_a_big_citys_name_the_model_took_for_a_person_is_the_city(
        analyze_text: Callable[..., ArticleAnalysis], text: str, surface: str,
        country: str) -> None:
    assert _place(analyze_text(text, until="places"), surface).country == country


@pytest.mark.parametrize(("text", "surface"), [
    ("Charlotte Reyes, 34, runs the shelter. Charlotte said the beds were full.", "Charlotte"),
    ('He starred in the Broadway smash "Hamilton." Shingles is a viral disease.', "Hamilton"),
])
def test_geocode_model_a_persons_name_or_a_title_is_no_big_city(
        analyze_text: Callable[..., ArticleAnalysis], text: str, surface: str) -> None:
    assert surface not in _surfaces(analyze_text(text, until="places"))


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Heavy rains flooded the north on Monday, the Malawi government said.", "Malawi", "MWI"),
    ("Officials from Jordan and Niger attended the talks.", "Niger", "NER"),
])
def test_geocode_model_a_countrys_name_the_model_took_for_a_person_is_the_country(
        analyze_text: Callable[..., ArticleAnalysis], text: str, surface: str,
        country: str) -> None:
    assert _place(analyze_text(text, until="places"), surface).country == country


def test_geocode_model_a_person_named_like_a_country_is_no_country(
        analyze_text: Callable[..., ArticleAnalysis]) -> None:
    text = "Chad Williams, a farmer, lost his barn. Chad said he had never seen such rain."
    assert "Chad" not in _surfaces(analyze_text(text, until="places"))


def test_geocode_model_a_person_named_like_a_country_alone_in_a_sentence_is_no_country(
        analyze_text: Callable[..., ArticleAnalysis]) -> None:
    text = "Jordan was shot as he napped in his car on the shoulder of a highway."
    assert "Jordan" not in _surfaces(analyze_text(text, until="places"))
