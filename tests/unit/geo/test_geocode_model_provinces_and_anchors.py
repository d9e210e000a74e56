"""Through the real spaCy model and gazetteer, on sentences written for these tests: a name
the text calls a province may be a second-level unit where a country's provinces are
(GeoNames files the Philippines' provinces as ADM2), but not where a first-level one of the
name exists; an unknown name is placed at the most specific place its sentence names, not at
the province or state that holds it."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents.model import ArticleAnalysis, Place

pytestmark = pytest.mark.model


def _place(analysis: ArticleAnalysis, surface: str) -> Place:
    text = analysis.article.text
    return next(p for p in analysis.places if any(s.of(text) == surface for s in p.mentions))


def test_provinces_filed_as_second_level_units_stay_in_the_storys_country(
        analyze_text: Callable[..., ArticleAnalysis]) -> None:
    analysis = analyze_text("At least 14 people were killed in the provinces of Cagayan and "
                            "Isabela in the northern Philippines, officials in Manila said.",
                            until="places")
    assert _place(analysis, "Isabela").country == "PHL"


@pytest.mark.parametrize(("text", "surface", "code"), [
    ("Fighting spread to Bandundu province on Monday, officials said.", "Bandundu province",
     "ADM1H"),
    ("Floods hit the state of Veracruz on Monday, officials said.", "Veracruz", "ADM1"),
])
def test_a_first_level_province_still_beats_its_namesake_district(
        analyze_text: Callable[..., ArticleAnalysis], text: str, surface: str, code: str
        ) -> None:
    assert _place(analyze_text(text, until="places"), surface).feature_code == code


def test_an_unknown_name_is_placed_at_the_town_not_at_the_state_that_holds_it(
        analyze_text: Callable[..., ArticleAnalysis]) -> None:
    analysis = analyze_text("GENEVA, Ala. (AP) — Residents of this small Wiregrass town "
                            "filled sandbags on Monday as the Pea River rose.", until="places")
    for name in ("Wiregrass", "Pea River"):
        place = _place(analysis, name)
        assert abs(place.lat - 31.03) < 0.1 and abs(place.lon + 85.86) < 0.1  # Geneva


def test_an_unknown_name_in_a_province_stays_there_beside_another_provinces_town(
        analyze_text: Callable[..., ArticleAnalysis]) -> None:
    analysis = analyze_text("Shells hit the village of Tell Abu Zaid in Hama province on "
                            "Monday as fighters from Aleppo advanced.", until="places")
    village = _place(analysis, "Tell Abu Zaid")
    hama = _place(analysis, "Hama province")
    assert (village.lat, village.lon) == (hama.lat, hama.lon)
