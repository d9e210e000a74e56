"""A name that speaks is a person's or an organisation's, not a small town's; a place's name
before "virus" or "fever" names a disease (hand-built parses of our own sentences)."""
from __future__ import annotations

import pytest

from newsevents.model import Article, ArticleAnalysis, Mention, Place
from newsevents.parse import build_parse
from newsevents.resources.gazetteer import Candidate
from newsevents.stages.places import GeocodeStage

from .gazdata import stage_of
from .test_geocode_recall import region, town


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    nile = Candidate(pid=-10001, name="Nile", kind="region", feature_code="STM", country=None,
                     lat=30.17, lon=31.1)
    entries = [
        (town(4722000, "Reyes", 29.5, -98.4, "USA", 4_000, "TX"), []),
        (town(2644210, "Liverpool", 53.41, -2.98, "GBR", 864_122, "ENG"), []),
        (Candidate(pid=524901, name="Moscow", kind="city", feature_code="PPLC", country="RUS",
                   lat=55.75, lon=37.62, population=10_381_222), []),
        (region(4736286, "Texas", "admin1", 31.25, -99.25, "USA", population=29_000_000,
                code="TX"), []),
        (nile, ["Nile River"]),
        (Candidate(pid=3333001, name="Wessex", kind="admin2", feature_code="ADM2",
                   country="GBR", lat=50.7, lon=-3.7, population=650_000,
                   admin1_code="ENG"), []),
        (Candidate(pid=3333002, name="Mercia", kind="admin2", feature_code="ADM2",
                   country="GBR", lat=50.4, lon=-4.9, population=410_000,
                   admin1_code="ENG"), []),
    ]
    return stage_of(entries)


def run(stage: GeocodeStage, text: str, ents: dict[str, str], *,
        links: dict[int, tuple[int, str]] | None = None) -> tuple[Place, ...]:
    """`ents`: word → label (one-word names); `links`: token → (head, dependency)."""
    words = text.split()
    heads, deps = list(range(len(words))), [""] * len(words)
    for i, (head, dep) in (links or {}).items():
        heads[i], deps[i] = head, dep
    lemmas = ["say" if w == "said" else w.lower() for w in words]
    spans = [(i, i + 1, ents[w]) for i, w in enumerate(words) if w in ents]
    starts = [i + 1 for i, w in enumerate(words[:-1]) if w == "."]
    parse = build_parse(text, heads=heads, deps=deps, lemmas=lemmas, ents=spans,
                        pos=["PROPN" if w[:1].isupper() else "X" for w in words],
                        sent_starts=starts)
    mentions = tuple(Mention(span=e.span, label=e.label, sentence=0) for e in parse.ents)
    return stage(ArticleAnalysis(article=Article(id="t", text=text), mentions=mentions),
                 parse).places


def names(places: tuple[Place, ...]) -> set[str]:
    return {p.name for p in places}


@pytest.mark.parametrize(("text", "ents", "links"), [
    # "Reyes said": the subject of a verb of saying
    ("Flooding closed roads in Texas , Reyes said .", {"Texas": "GPE", "Reyes": "GPE"},
     {6: (7, "nsubj")}),
    # inverted: "said Reyes"
    ("Flooding closed roads in Texas , said Reyes .", {"Texas": "GPE", "Reyes": "ORG"},
     {7: (6, "nsubj")}),
    # "according to Reyes"
    ("According to Reyes , flooding closed roads in Texas .", {"Texas": "GPE", "Reyes": "GPE"},
     {2: (1, "pobj"), 1: (0, "prep")}),
    # the speaker's name elsewhere in the article is the same person
    ("Police closed the road near Reyes . Reyes said the bridge in Texas fell .",
     {"Texas": "GPE", "Reyes": "GPE"}, {7: (8, "nsubj")}),
])
def test_small_town_name_that_speaks_is_not_a_place(stage: GeocodeStage, text: str,
                                                    ents: dict[str, str],
                                                    links: dict[int, tuple[int, str]]) -> None:
    assert names(run(stage, text, ents, links=links)) == {"Texas"}


def test_small_town_name_that_does_not_speak_is_a_place(stage: GeocodeStage) -> None:
    text = "Police closed the road near Reyes on Monday ."
    assert names(run(stage, text, {"Reyes": "GPE"})) == {"Reyes"}


@pytest.mark.parametrize(("text", "name"), [
    ("Moscow said the talks had failed .", "Moscow"),  # a capital speaks by metonymy
    ("Liverpool said the fans would be banned .", "Liverpool"),  # a big city: its club
])
def test_capital_or_big_city_that_speaks_stays_a_place(stage: GeocodeStage, text: str,
                                                       name: str) -> None:
    assert names(run(stage, text, {name: "GPE"}, links={0: (1, "nsubj")})) == {name}


@pytest.mark.parametrize("labels", [("PERSON", "NORP"), ("GPE", "GPE")])
def test_big_districts_joined_before_their_service_speak_as_places(
        stage: GeocodeStage, labels: tuple[str, str]) -> None:
    text = "Wessex and Mercia police said the road was closed ."  # the parser: Wessex speaks
    ents = dict(zip(("Wessex", "Mercia"), labels))
    assert names(run(stage, text, ents, links={0: (4, "nsubj")})) == {"Wessex", "Mercia"}


def test_place_name_before_virus_or_fever_names_a_disease(stage: GeocodeStage) -> None:
    text = "Cases of Nile virus rose in Texas ."
    assert names(run(stage, text, {"Nile": "GPE", "Texas": "GPE"})) == {"Texas"}
    text = "Boats carried grain down the Nile to the sea ."
    assert names(run(stage, text, {"Nile": "LOC"})) == {"Nile"}


def test_a_dateline_the_parser_takes_for_a_speaker_stays_a_place(stage: GeocodeStage) -> None:
    # the parser may hang a dateline in capitals off the first verb as its subject
    text = "REYES - The mayor said the bridge fell ."
    assert names(run(stage, text, {"REYES": "ORG"}, links={0: (4, "nsubj")})) == {"Reyes"}
