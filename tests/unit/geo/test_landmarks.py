"""Landmarks from our landmarks.csv (seats of government, airports, squares): built into the
index, resolved as exact places, and not a place where the name stands for the institution
the building houses ("Green Hall aides", "the Green Hall said"). Our own sentences on
hand-built parses; the packaged file kept as a clean, ordered table."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.model import Article, ArticleAnalysis, Mention, Place
from newsevents.parse import build_parse
from newsevents.resources import gazetteer as gz
from newsevents.resources import gazetteer_build as build
from newsevents.resources.geo_sources import LANDMARK_FIRST_PID
from newsevents.stages.places import GeocodeStage
from newsevents.stages.places.landmarks import LANDMARK_CODES

from .gazdata import check_own_table, memory_gazetteer, table_names, write_sources


@pytest.fixture(scope="module")
def stage() -> GeocodeStage:
    return GeocodeStage(memory_gazetteer(), speech_verbs=frozenset({"say", "tell"}))


def run(stage: GeocodeStage, text: str, ent: tuple[int, int, str], *, heads: list[int],
        deps: list[str], pos: list[str], lemmas: list[str] | None = None
        ) -> ArticleAnalysis:
    parse = build_parse(text, ents=[ent], heads=heads, deps=deps, pos=pos,
                        lemmas=lemmas or [w.lower() for w in text.split()])
    mentions = tuple(Mention(span=e.span, label=e.label, sentence=0) for e in parse.ents)
    return stage(ArticleAnalysis(article=Article(id="t", text=text), mentions=mentions), parse)


def named(places: tuple[Place, ...], name: str) -> list[Place]:
    return [p for p in places if p.name == name]


def test_a_landmark_is_an_exact_place(stage: GeocodeStage) -> None:
    text = "Crowds gathered outside the Green Hall on Monday ."
    analysis = run(stage, text, (4, 6, "FAC"), heads=[1, 1, 1, 2, 5, 3, 1, 6, 1],
                   deps=["nsubj", "ROOT", "advmod", "prep", "compound", "pobj", "prep", "pobj",
                         "punct"],
                   pos=["NOUN", "VERB", "ADV", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"])
    (place,) = named(analysis.places, "Green Hall")
    assert (place.feature_code, place.precision, place.lat) == ("BLDG", 1, 33.30)


def test_an_airport_by_its_short_name(stage: GeocodeStage) -> None:
    text = "Flights left Ridgeline on Friday ."
    analysis = run(stage, text, (2, 3, "GPE"), heads=[1, 1, 1, 1, 3, 1],
                   deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                   pos=["NOUN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"])
    (place,) = named(analysis.places, "Ridgeline Airport")
    assert place.feature_code == "AIRP" and place.precision == 1


@pytest.mark.parametrize(("text", "heads", "deps", "pos"), [
    ("Green Hall aides left .", [1, 2, 3, 3, 3], ["compound", "compound", "nsubj", "ROOT",
                                                  "punct"],
     ["PROPN", "PROPN", "NOUN", "VERB", "PUNCT"]),
    ("Green Hall said the talks would go on .", [1, 2, 2, 4, 6, 6, 2, 6, 2],
     ["compound", "nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "prt", "punct"],
     ["PROPN", "PROPN", "VERB", "DET", "NOUN", "AUX", "VERB", "ADP", "PUNCT"]),
])
def test_a_landmark_naming_its_institution_is_no_place(stage: GeocodeStage, text: str,
                                                      heads: list[int], deps: list[str],
                                                      pos: list[str]) -> None:
    lemmas = [{"said": "say"}.get(w, w.lower()) for w in text.split()]
    analysis = run(stage, text, (0, 2, "FAC"), heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert named(analysis.places, "Green Hall") == []
    (diag,) = [d for d in analysis.diagnostics if d.code == "W610"]
    assert "institution" in diag.message


def test_the_grounds_of_a_landmark_keep_it_a_place(stage: GeocodeStage) -> None:
    text = "Green Hall lawn was closed ."
    analysis = run(stage, text, (0, 2, "FAC"), heads=[1, 2, 4, 4, 4, 4],
                   deps=["compound", "compound", "nsubjpass", "auxpass", "ROOT", "punct"],
                   pos=["PROPN", "PROPN", "NOUN", "AUX", "VERB", "PUNCT"])
    assert len(named(analysis.places, "Green Hall")) == 1


def test_landmarks_are_indexed_with_their_own_pids(tmp_path: Path) -> None:
    path = build.build_index(write_sources(tmp_path / "src"), tmp_path / "g.sqlite",
                             version="t")
    (hall,) = gz.open_index(path, version="t").candidates("the Green Hall")
    assert (hall.name, hall.feature_code) == ("Green Hall", "BLDG")
    assert hall.pid <= -LANDMARK_FIRST_PID


def test_landmarks_file_is_an_ordered_clean_table() -> None:
    check_own_table("landmarks.csv", LANDMARK_CODES, country_required=True)


def test_landmarks_repeat_no_region_or_feature_name() -> None:
    assert not table_names("landmarks.csv") & (table_names("regions.csv")
                                               | table_names("natural_features.csv"))
