"""Issue 13: places inside organisations' names, names the model tags as a person or an
organisation, demonyms, namesakes with and without context, the source's home country
(hand-built parses of our own sentences, a small in-memory gazetteer)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.model import Article, ArticleAnalysis, Mention, Place
from newsevents.parse import build_parse
from newsevents.resources.gazetteer import Candidate, InMemoryGazetteer
from newsevents.stages.places import GeocodeStage, dateline_place, home_country

from .gazdata import city, stage_of


def region(pid: int, name: str, kind: str, lat: float, lon: float, country: str, *,
           population: int = 0, code: str | None = None) -> Candidate:
    feature = {"country": "PCLI", "admin1": "ADM1"}[kind]
    return Candidate(pid=pid, name=name, kind=kind, feature_code=feature, country=country,
                     lat=lat, lon=lon, population=population, admin1_code=code,
                     admin1=name if kind == "admin1" else None)


def town(pid: int, name: str, lat: float, lon: float, country: str, population: int,
         code: str) -> Candidate:
    return Candidate(pid=pid, name=name, kind="city", feature_code="PPL", country=country,
                     lat=lat, lon=lon, population=population, admin1_code=code)


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    entries = [
        (town(4250542, "Springfield", 39.80, -89.64, "USA", 116_250, "IL"), []),
        (town(4409896, "Springfield", 37.22, -93.30, "USA", 169_176, "MO"), []),
        (town(4951788, "Springfield", 42.10, -72.59, "USA", 155_929, "MA"), []),
        (town(4701458, "Lakeview Falls", 41.50, -81.70, "USA", 4_200, "OH"), []),
        (town(2988507, "Paris", 48.85, 2.35, "FRA", 2_138_551, "11"), []),
        (town(4717560, "Paris", 33.66, -95.56, "USA", 24_782, "TX"), []),
        (region(4896861, "Illinois", "admin1", 40.0, -89.0, "USA", population=12_800_000,
                code="IL"), ["Ill."]),
        (region(5165418, "Ohio", "admin1", 40.25, -83.0, "USA", population=11_700_000,
                code="OH"), []),
        (region(4736286, "Texas", "admin1", 31.25, -99.25, "USA", population=29_000_000,
                code="TX"), ["Tex."]),
        (region(4197000, "Georgia", "admin1", 32.75, -83.5, "USA", population=10_700_000,
                code="GA"), ["Ga."]),
        (region(614540, "Georgia", "country", 42.0, 43.5, "GEO", population=3_700_000), []),
        (region(6252001, "United States", "country", 39.76, -98.5, "USA",
                population=327_000_000), ["U.S."]),
        (region(3017382, "France", "country", 46.0, 2.0, "FRA", population=66_900_000), []),
        (region(390903, "Greece", "country", 39.0, 22.0, "GRC", population=10_700_000), []),
        (city(4180439, "Atlanta", 33.75, -84.39, "USA", 463_878), []),
    ]
    gaz = InMemoryGazetteer(entries, demonyms={"Greek": "GRC", "American": "USA"},
                            country_codes={"US": "USA", "FR": "FRA", "GR": "GRC"})
    return GeocodeStage(gaz)


def run(stage: GeocodeStage, text: str, ents: list[tuple[str, str]], *,
        url: str | None = None, dateline: str | None = None) -> tuple[Place, ...]:
    return analyse(stage, text, ents, url=url, dateline=dateline).places


def analyse(stage: GeocodeStage, text: str, ents: list[tuple[str, str]], *,
            url: str | None = None, dateline: str | None = None) -> ArticleAnalysis:
    """The stage's analysis of `text` with the entities `ents` (name, label), the first
    unused occurrence of each, over a hand-built parse of its space-separated words."""
    words = text.split()
    spans, used = [], set()
    for name, label in ents:
        parts = name.split()
        start = next(i for i in range(len(words))
                     if words[i:i + len(parts)] == parts and i not in used)
        used.update(range(start, start + len(parts)))
        spans.append((start, start + len(parts), label))
    starts = [i + 1 for i, w in enumerate(words[:-1]) if w == "."]
    parse = build_parse(text, ents=spans, pos=["PROPN" if w[:1].isupper() else "X"
                                                for w in words], sent_starts=starts)
    mentions = tuple(Mention(span=e.span, label=e.label, sentence=0) for e in parse.ents)
    article = Article(id="t", text=text, url=url, dateline=dateline)
    return stage(ArticleAnalysis(article=article, mentions=mentions), parse)


def by_text(places: tuple[Place, ...], text: str, surface: str) -> Place:
    return next(p for p in places
                if any(s.of(text) == surface for s in p.mentions + p.embedded + p.demonyms))


# -- recall ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "org", "inner"), [
    ("Officers of the Springfield Police Department , Ill. , made the arrest .",
     "Springfield Police Department", "Springfield"),
    ("She studied at Ohio State University for four years .", "Ohio State University", "Ohio"),
    ("He lectures at the University of Illinois in the spring .", "University of Illinois",
     "Illinois"),
    ("The Lakeview Falls school board voted on Monday .", "Lakeview Falls school board",
     "Lakeview Falls"),
])
def test_place_inside_an_organisation_name_is_kept_flagged(stage: GeocodeStage, text: str,
                                                           org: str, inner: str) -> None:
    place = by_text(run(stage, text, [(org, "ORG")]), text, inner)
    assert [s.of(text) for s in place.embedded] == [inner] and place.mentions == ()
    assert place.lat is not None and place.country == "USA"


def test_small_town_in_a_company_name_is_not_a_place(stage: GeocodeStage) -> None:
    text = "Shares of Lakeview Falls Holdings rose on Monday ."
    assert run(stage, text, [("Lakeview Falls Holdings", "ORG")]) == ()


@pytest.mark.parametrize(("text", "name", "label"), [
    ("The storm flooded roads in Lakeview Falls on Monday .", "Lakeview Falls", "PERSON"),
    ("The storm flooded roads in Lakeview Falls on Monday .", "Lakeview Falls", "ORG"),
    ("Residents of Lakeview Falls , Ohio , cleaned up on Monday .", "Lakeview Falls",
     "PERSON"),
])
def test_person_or_org_tag_that_context_and_gazetteer_call_a_place(
        stage: GeocodeStage, text: str, name: str, label: str) -> None:
    place = by_text(run(stage, text, [(name, label)]), text, name)
    assert place.name == "Lakeview Falls" and place.lat is not None


def test_person_tag_without_a_place_context_stays_a_person(stage: GeocodeStage) -> None:
    text = "Lakeview Falls told reporters the plan would work ."
    assert run(stage, text, [("Lakeview Falls", "PERSON")]) == ()


def test_facility_tagged_as_organisation_is_a_place(stage: GeocodeStage) -> None:
    text = "Crowds gathered on Harbour Street in Springfield , Ill. , on Sunday ."
    places = run(stage, text, [("Harbour Street", "ORG"), ("Springfield", "GPE"),
                               ("Ill.", "GPE")])
    street = by_text(places, text, "Harbour Street")
    assert street.geonameid is None and street.lat is not None and street.country == "USA"


def test_demonym_used_as_a_place_is_kept_on_its_country(stage: GeocodeStage) -> None:
    text = "The ferry reached the Greek islands at dawn ."
    (greece,) = run(stage, text, [("Greek", "NORP")])
    assert greece.name == "Greece" and [s.of(text) for s in greece.demonyms] == ["Greek"]
    assert greece.mentions == ()


# -- namesakes ---------------------------------------------------------------------------------

def test_namesake_without_context_is_the_biggest(stage: GeocodeStage) -> None:
    text = "Prices rose in Springfield last month ."
    (place,) = run(stage, text, [("Springfield", "GPE")])
    assert place.lat == 37.22  # the Missouri one, by population


def test_namesake_with_a_state_abbreviation(stage: GeocodeStage) -> None:
    text = "Prices rose in Springfield , Ill. , last month ."
    places = run(stage, text, [("Springfield", "GPE"), ("Ill.", "GPE")])
    assert by_text(places, text, "Springfield").lat == 39.80


def test_famous_foreign_namesake_loses_to_the_town_of_the_articles_state(stage: GeocodeStage
                                                                        ) -> None:
    text = "Flooding closed schools in Paris , Texas , on Friday ."
    places = run(stage, text, [("Paris", "GPE"), ("Texas", "GPE")])
    assert by_text(places, text, "Paris").country == "USA"


def test_paris_alone_is_the_capital_of_france(stage: GeocodeStage) -> None:
    text = "Flooding closed schools in Paris on Friday ."
    (paris,) = run(stage, text, [("Paris", "GPE")])
    assert paris.country == "FRA"


def test_georgia_in_an_american_story_is_the_state(stage: GeocodeStage) -> None:
    text = "Voters in Atlanta and across Georgia lined up , U.S. officials said ."
    places = run(stage, text, [("Atlanta", "GPE"), ("Georgia", "GPE"), ("U.S.", "GPE")])
    assert by_text(places, text, "Georgia").country == "USA"


def test_georgia_without_context_is_the_country(stage: GeocodeStage) -> None:
    text = "Voters in Georgia lined up on Sunday ."
    (georgia,) = run(stage, text, [("Georgia", "GPE")])
    assert georgia.country == "GEO"


def test_source_home_country_from_the_url_decides_a_namesake(stage: GeocodeStage) -> None:
    text = "Voters in Georgia lined up on Sunday ."
    (georgia,) = run(stage, text, [("Georgia", "GPE")], url="https://news.example.us/a/1")
    assert georgia.country == "USA"


def test_home_country_reads_country_code_domains(stage: GeocodeStage) -> None:
    gaz = stage.gazetteer
    assert home_country(gaz, Article(id="a", text="x", url="https://www.example.fr/x")) == "FRA"
    assert home_country(gaz, Article(id="a", text="x", source="example.gr")) == "GRC"
    assert home_country(gaz, Article(id="a", text="x", url="https://example.com/x")) is None
    assert home_country(gaz, Article(id="a", text="x", source="CNN")) is None


def test_dateline_qualifier_picks_the_namesake(stage: GeocodeStage) -> None:
    found = dateline_place(stage.gazetteer, "SPRINGFIELD, Ill.")
    assert found is not None and found.lat == 39.80
    found = dateline_place(stage.gazetteer, "SPRINGFIELD")
    assert found is not None and found.lat == 37.22


def test_a_dateline_town_the_gazetteer_lacks_in_its_state_is_the_state(stage: GeocodeStage
                                                                       ) -> None:
    # no Paris lies in Illinois here: the dateline says Illinois, not France or Texas
    found = dateline_place(stage.gazetteer, "PARIS, Ill.")
    assert found is not None and found.name == "Illinois"
    found = dateline_place(stage.gazetteer, "PARIS, Tex.")
    assert found is not None and found.lat == 33.66


def test_alternate_name_of_a_town_inside_an_organisation_is_not_a_place() -> None:
    gaz = InMemoryGazetteer([(town(5768233, "Rapid City", 44.08, -103.23, "USA", 73_569,
                                   "SD"), ["Rapid"])])
    text = "Fighters of the Rapid Support Forces entered the town ."
    assert run(GeocodeStage(gaz), text, [("Rapid Support Forces", "ORG")]) == ()


def test_word_after_a_place_in_an_organisation_name_is_not_another_place() -> None:
    gaz = InMemoryGazetteer([(town(5105496, "Union", 40.70, -74.26, "USA", 56_771, "NJ"), []),
                             (region(390903, "Greece", "country", 39.0, 22.0, "GRC"), [])],
                            demonyms={"Greek": "GRC"})
    text = "The Greek Union of Farmers met on Monday ."
    places = run(GeocodeStage(gaz), text, [("Greek Union of Farmers", "ORG")])
    assert [p.name for p in places] == ["Greece"]


@pytest.mark.parametrize(("text", "ents"), [
    ("Cases rose in Atlanta and Lakeview Falls this week .",
     [("Atlanta", "GPE"), ("Lakeview Falls", "PERSON")]),
    ("Lakeview Falls , Atlanta and Springfield reported cases .",
     [("Lakeview Falls", "PERSON"), ("Atlanta", "GPE"), ("Springfield", "GPE")]),
    ("Crews reached the village of Lakeview Falls at noon .", [("Lakeview Falls", "PERSON")]),
])
def test_person_tag_listed_with_a_place_or_after_a_place_noun_is_a_place(
        stage: GeocodeStage, text: str, ents: list[tuple[str, str]]) -> None:
    place = by_text(run(stage, text, ents), text, "Lakeview Falls")
    assert place.country == "USA" and place.lat == 41.50


def test_person_listed_with_people_is_not_a_place(stage: GeocodeStage) -> None:
    text = "Maria Lopez and Lakeview Falls won the prize ."
    places = run(stage, text, [("Maria Lopez", "PERSON"), ("Lakeview Falls", "PERSON")])
    assert places == ()


def test_home_country_from_an_outlet_named_by_source_or_by_its_domain(stage: GeocodeStage
                                                                      ) -> None:
    gaz = stage.gazetteer
    assert home_country(gaz, Article(id="a", text="x", source="CNN"),
                        outlets=stage.outlets) == "USA"
    assert home_country(gaz, Article(id="a", text="x", url="https://www.dawn.com/news/1"),
                        outlets=stage.outlets) == "PAK"
    assert home_country(gaz, Article(id="a", text="x", source="Newsevents Wire"),
                        outlets=stage.outlets) is None


def test_outlet_source_decides_a_namesake(stage: GeocodeStage) -> None:
    text = "Voters in Georgia lined up on Sunday ."
    words = text.split()
    parse = build_parse(text, ents=[(2, 3, "GPE")], pos=["X"] * len(words))
    mentions = tuple(Mention(span=e.span, label=e.label, sentence=0) for e in parse.ents)
    article = Article(id="t", text=text, source="The Washington Post")
    (georgia,) = stage(ArticleAnalysis(article=article, mentions=mentions), parse).places
    assert georgia.country == "USA"


def test_place_mention_that_gives_no_place_is_reported(stage: GeocodeStage) -> None:
    text = "Officials in the West praised Atlanta on Monday ."
    words = text.split()
    parse = build_parse(text, ents=[(3, 4, "LOC"), (5, 6, "GPE")], pos=["X"] * len(words))
    mentions = tuple(Mention(span=e.span, label=e.label, sentence=0) for e in parse.ents)
    out = stage(ArticleAnalysis(article=Article(id="t", text=text), mentions=mentions), parse)
    assert [p.name for p in out.places] == ["Atlanta"]
    (diag,) = out.diagnostics
    assert diag.code == "W610" and diag.span is not None and diag.span.of(text) == "West"


def test_unknown_name_is_reported_as_not_in_the_gazetteer(stage: GeocodeStage) -> None:
    text = "Fighters of Zorblatia crossed into Atlanta ."
    words = text.split()
    parse = build_parse(text, ents=[(2, 3, "GPE"), (5, 6, "GPE")], pos=["X"] * len(words))
    mentions = tuple(Mention(span=e.span, label=e.label, sentence=0) for e in parse.ents)
    out = stage(ArticleAnalysis(article=Article(id="t", text=text), mentions=mentions), parse)
    assert [p.name for p in out.places] == ["Atlanta"]
    (diag,) = out.diagnostics
    assert diag.span is not None and diag.span.of(text) == "Zorblatia"
    assert "not in the gazetteer" in diag.message


@pytest.fixture(scope="module")
def capitals() -> GeocodeStage:
    entries = [
        (replace(town(1185241, "Dhaka", 23.71, 90.41, "BGD", 10_356_500, "81"),
                 feature_code="PPLC"), []),
        (town(1273000, "Dhaka", 26.67, 85.17, "IND", 42_063, "34"), []),
        (region(1269750, "India", "country", 22.0, 79.0, "IND", population=1_352_617_328), []),
        (region(1275715, "Bihar", "admin1", 25.75, 85.75, "IND", population=104_000_000,
                code="34"), []),
    ]
    return stage_of(entries)


@pytest.mark.parametrize(("text", "ents", "country"), [
    # the country focus alone does not make a big foreign capital a small town of the country
    ("Officials of India visited Dhaka on Friday .", [("India", "GPE"), ("Dhaka", "GPE")],
     "BGD"),
    # the town's province named: the town
    ("Officials of India met in Bihar and then in Dhaka on Friday .",
     [("India", "GPE"), ("Bihar", "GPE"), ("Dhaka", "GPE")], "IND"),
])
def test_a_foreign_capital_yields_to_a_small_town_only_where_its_province_is_named(
        capitals: GeocodeStage, text: str, ents: list[tuple[str, str]], country: str) -> None:
    assert by_text(run(capitals, text, ents), text, "Dhaka").country == country


@pytest.fixture(scope="module")
def renos() -> GeocodeStage:
    entries = [
        (town(5511077, "Reno", 39.53, -119.81, "USA", 264_165, "NV"), []),
        (town(4722600, "Reno", 33.67, -95.48, "USA", 3_281, "TX"), []),
        (town(4717560, "Paris", 33.66, -95.56, "USA", 24_782, "TX"), []),
        (region(4736286, "Texas", "admin1", 31.25, -99.25, "USA", population=29_000_000,
                code="TX"), []),
    ]
    return stage_of(entries)


@pytest.mark.parametrize(("dateline", "lat"), [("PARIS, Texas", 33.67), (None, 39.53)])
def test_the_dateline_s_province_is_the_article_s_province(renos: GeocodeStage,
                                                            dateline: str | None,
                                                            lat: float) -> None:
    text = "The driver was a man from Reno ."
    places = run(renos, text, [("Reno", "GPE")], dateline=dateline)
    assert by_text(places, text, "Reno").lat == lat
