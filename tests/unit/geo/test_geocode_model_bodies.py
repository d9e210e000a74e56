"""Towns inside the names of companies, clubs and teams, through the real spaCy model and
gazetteer, on sentences written for these tests: a body named after a town is named after
the town people know, unless it is the town's own institution or the article names the town
by itself; a club's word before or after its town's name; a team's plural name after its
town's; a town's quarter a demonym names ("the French Quarter"); a town before its
office's title and a person's name ("Mabini Vice-Mayor Ester Tabigue")."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents.model import ArticleAnalysis, Place

pytestmark = pytest.mark.model


def _inside(analysis: ArticleAnalysis, surface: str) -> Place:
    text = analysis.article.text
    return next(p for p in analysis.places
                if any(s.of(text) == surface for s in p.embedded + p.mentions))


def _places(analyze_text: Callable[..., ArticleAnalysis], text: str) -> ArticleAnalysis:
    return analyze_text(text, until="places")


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Shares of Aberdeen Asset Management fell in New York on Tuesday, traders in Texas said.",
     "Aberdeen", "GBR"),
    ("A fund run by the Aberdeen Trading Company bought farmland in Kansas and Nebraska.",
     "Aberdeen", "GBR"),
])
def test_a_company_named_after_a_town_is_named_after_the_town_people_know(
        analyze_text: Callable[..., ArticleAnalysis], text: str, surface: str,
        country: str) -> None:
    place = _inside(_places(analyze_text, text), surface)
    assert place.country == country and place.embedded and not place.mentions


@pytest.mark.parametrize("text", [
    "The Aberdeen Police Department said a driver was arrested near Sioux Falls, South Dakota.",
    "The Aberdeen Times reported that the county fair in South Dakota would open on Friday.",
    "Aberdeen Asset Management opened an office in Aberdeen, South Dakota, on Monday.",
])
def test_a_towns_own_institution_or_a_town_the_article_names_keeps_its_context(
        analyze_text: Callable[..., ArticleAnalysis], text: str) -> None:
    place = _inside(_places(analyze_text, text), "Aberdeen")
    assert place.country == "USA"


@pytest.mark.parametrize(("text", "towns"), [
    ("Atletico Madrid beat Dynamo Kyiv on Wednesday, and Sporting Lisbon lost to Inter Milan.",
     {"Madrid": "ESP", "Kyiv": "UKR", "Lisbon": "PRT", "Milan": "ITA"}),
    ("Arsenal drew with Manchester United, and Leeds United lost at home on Saturday.",
     {"Manchester": "GBR", "Leeds": "GBR"}),
])
def test_a_clubs_word_before_or_after_its_towns_name_whatever_the_models_label(
        analyze_text: Callable[..., ArticleAnalysis], text: str, towns: dict[str, str]
        ) -> None:
    analysis = _places(analyze_text, text)
    for surface, country in towns.items():
        place = _inside(analysis, surface)
        assert place.country == country and place.embedded


def test_a_teams_plural_name_after_its_town_names_the_town(
        analyze_text: Callable[..., ArticleAnalysis]) -> None:
    analysis = _places(analyze_text, "The Toronto Raptors beat the Denver Nuggets 110-98 on "
                                     "Friday night.")
    toronto = _inside(analysis, "Toronto")
    assert toronto.country == "CAN" and toronto.embedded and not toronto.mentions
    assert _inside(analysis, "Denver").country == "USA"


@pytest.mark.parametrize(("text", "absent"), [
    ("Four staff of the Union of Syrian Medical Relief Organisations were killed on Monday.",
     "Union"),
    ("Hikers crossed the Rocky Mountains and the Black Hills in June.", "Rocky"),
    ("01-10-2014 Twin Car Bombs in Syrias Homs Kill 32 Most School Students", "Car"),
])
def test_an_organisations_word_or_a_headlines_capitals_are_no_town(
        analyze_text: Callable[..., ArticleAnalysis], text: str, absent: str) -> None:
    analysis = _places(analyze_text, text)
    text = analysis.article.text
    assert not any(s.of(text) == absent for p in analysis.places
                   for s in p.embedded + p.mentions)
    assert all(p.country != "CAF" for p in analysis.places)


@pytest.mark.parametrize("text", [
    "Tourists crowded the French Quarter on Saturday, New Orleans police said.",
    "Builders extended the French Quarter street grid toward a bend of the Mississippi in New "
    "Orleans.",
])
def test_a_towns_quarter_named_by_a_demonym_is_in_the_town_not_the_country(
        analyze_text: Callable[..., ArticleAnalysis], text: str) -> None:
    analysis = _places(analyze_text, text)
    quarter = _inside(analysis, "French Quarter")
    assert quarter.country == "USA" and abs(quarter.lat - 29.95) < 0.2
    assert all(p.country != "FRA" for p in analysis.places)


def test_a_demonym_before_another_noun_is_still_its_country(
        analyze_text: Callable[..., ArticleAnalysis]) -> None:
    analysis = _places(analyze_text, "French troops arrived in the port on Monday.")
    assert any(p.country == "FRA" for p in analysis.places)


@pytest.mark.parametrize(("text", "town", "country"), [
    ("\"The pupils ate cassava,\" said Mabini Vice-Mayor Ester Tabigue of Bohol province.",
     "Mabini", "PHL"),
    ("The motion was seconded by Dalton councilman Peter Moyes, the Georgia paper said.",
     "Dalton", "USA"),
])
def test_a_name_before_a_town_offices_title_and_a_persons_name_is_the_town(
        analyze_text: Callable[..., ArticleAnalysis], text: str, town: str, country: str
        ) -> None:
    place = _inside(_places(analyze_text, text), town)
    assert place.country == country


def test_a_company_named_after_a_town_that_is_also_a_foreign_parish_is_the_town(
        analyze_text: Callable[..., ArticleAnalysis]) -> None:
    analysis = _places(analyze_text, "Shares of Portland General Electric rose 3 percent on "
                                     "Monday in New York.")
    portland = _inside(analysis, "Portland")
    assert portland.country == "USA" and portland.lon < -120  # Oregon's, not Maine's


def test_a_body_named_after_a_river_is_not_named_after_the_famous_town(
        analyze_text: Callable[..., ArticleAnalysis]) -> None:
    analysis = _places(analyze_text, "Downstream, the Trinity River Authority said it was "
                                     "releasing water from Lake Livingston, north of Houston.")
    assert _inside(analysis, "Trinity").country == "USA"
