"""A name the text puts in a county is no country or province ("Denmark in Lee County"), a
name's own other mentions do not make its sentence name a country, and a building named
after a small town the article names by itself is at that town (our own sentences,
hand-built parses, a small in-memory gazetteer with rounded real coordinates)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.model import Place
from newsevents.stages.places import GeocodeStage

from .gazdata import stage_of
from .test_geocode_local_namesakes import placed
from .test_geocode_recall import region, town
from .test_geocode_recall_cues import unit


def county_town(pid: int, name: str, lat: float, lon: float, population: int, state: str,
                county: str):
    return replace(town(pid, name, lat, lon, "USA", population, state), admin2=county)


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    return stage_of([
        (region(2623032, "Denmark", "country", 56.0, 10.0, "DNK", population=5_797_446), []),
        (county_town(4578737, "Denmark", 33.32, -81.14, 2_600, "SC", "Bamberg County"), []),
        (region(3144096, "Norway", "country", 62.0, 10.0, "NOR", population=5_314_336), []),
        (county_town(4869985, "Norway", 41.9, -91.92, 526, "IA", "Benton County"), []),
        (county_town(4971580, "Norway", 44.21, -70.54, 2_748, "ME", "Oxford County"), []),
        (region(2635167, "United Kingdom", "country", 54.76, -2.7, "GBR",
                population=66_488_991), []),
        (region(6269131, "England", "country", 52.16, -1.5, "GBR", population=54_000_000), []),
        (region(3017382, "France", "country", 46.0, 2.0, "FRA", population=66_987_244), []),
        (town(2988507, "Paris", 48.85, 2.35, "FRA", 2_138_551, "11"), []),
        (region(4862182, "Iowa", "admin1", 42.0, -93.5, "USA", population=3_190_369,
                code="IA"), []),
        (unit(4860327, "Lee County", "admin2", 40.64, -91.48, "USA", population=33_657,
              code="IA"), ["Lee"]),
        (unit(4077840, "Lee County", "admin2", 32.6, -85.35, "USA", population=174_241,
              code="AL"), ["Lee"]),
        (unit(4849405, "Benton County", "admin2", 42.08, -92.07, "USA", population=25_645,
              code="IA"), ["Benton"]),
        (county_town(4853828, "Keokuk", 40.4, -91.38, 10_609, "IA", "Lee County"), []),
        (county_town(4858228, "Fort Madison", 40.63, -91.32, 10_717, "IA", "Lee County"), []),
        (county_town(4847911, "Belle Plaine", 41.9, -92.28, 2_475, "IA", "Benton County"), []),
        (county_town(4848100, "Blairstown", 41.91, -92.08, 670, "IA", "Benton County"), []),
        (county_town(4876355, "Vinton", 42.17, -92.02, 5_148, "IA", "Benton County"), []),
    ])


def obituary(stage: GeocodeStage, survivors: str, ents: list[tuple[str, str]], surface: str
             ) -> Place | None:
    """The place of `surface` in the survivors' line of an obituary from Lee County, Iowa."""
    text = f"She was born in Fort Madison and taught in Keokuk . Survivors include {survivors} ."
    return placed(stage, text, [("Fort Madison", "GPE"), ("Keokuk", "GPE"), *ents], surface)


@pytest.mark.parametrize("survivors", [
    "a sister of Denmark in Lee County",
    "a sister , Ann Meyer of Denmark in Lee County , and two sons",
    "a brother in Denmark in Lee County , Iowa",
])
def test_a_name_the_text_puts_in_a_county_is_no_country(stage: GeocodeStage,
                                                        survivors: str) -> None:
    ents = [("Denmark", "GPE"), ("Lee County", "GPE")]
    if "Iowa" in survivors:
        ents.append(("Iowa", "GPE"))
    place = obituary(stage, survivors, ents, "Denmark")
    assert place is not None and place.lat == 40.64  # placed at Lee County, Iowa


def test_a_town_the_text_puts_in_its_county_is_that_town(stage: GeocodeStage) -> None:
    place = obituary(stage, "a brother of Norway in Benton County",
                     [("Norway", "GPE"), ("Benton County", "GPE")], "Norway")
    assert place is not None and place.lat == 41.9


def test_a_country_in_a_city_stays_the_country(stage: GeocodeStage) -> None:
    text = "France beat England in Paris on Saturday ."
    place = placed(stage, text, [("France", "GPE"), ("England", "GPE"), ("Paris", "GPE")],
                   "England")
    assert place is not None and place.country == "GBR" and place.feature_code == "PCLI"


def iowa_childhood(school: str) -> tuple[str, list[tuple[str, str]]]:
    text = (f"She was born on a farm north of Norway . She graduated from {school} in 1955 "
            "and married at a church in Norway . They farmed near Blairstown in Benton "
            "County and moved to Belle Plaine , Iowa , in 1992 .")
    return text, [("Norway", "GPE"), (school, "ORG"), ("Norway", "GPE"),
                  ("Blairstown", "GPE"), ("Benton County", "GPE"), ("Belle Plaine", "GPE"),
                  ("Iowa", "GPE")]


def test_a_names_own_mentions_do_not_make_its_sentence_name_the_country(
        stage: GeocodeStage) -> None:
    text, ents = iowa_childhood("Norway High School")
    place = placed(stage, text, ents, "Norway")
    assert place is not None and place.lat == 41.9


@pytest.mark.parametrize("school", ["Norway High School", "Norway Community School"])
def test_a_building_named_after_a_small_town_the_article_names_is_there(
        stage: GeocodeStage, school: str) -> None:
    text, ents = iowa_childhood(school)
    place = placed(stage, text, ents, school)
    assert place is not None and place.lat == 41.9
