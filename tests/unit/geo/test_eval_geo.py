"""Geoparsing eval: gold readers and scoring on tiny hand-made data; a real run under --limit."""
from __future__ import annotations

import math
from pathlib import Path

import pytest

from newsevents.errors import EvalDataError
from newsevents.evals.geo_gold import align, error_stats, match_spans, prf, read_gold
from newsevents.model import Span

GWN = """<?xml version="1.0" ?>
<articles><article file="7"><title>t</title><link>l</link>
<text>Floods hit Lagos and the Niger delta.</text><toponyms>
<toponym><extractedName>Lagos</extractedName><type>Literal</type><start>11</start><end>16</end>
<geonamesID>2332459</geonamesID><latitude>6.45</latitude><longitude>3.39</longitude></toponym>
<toponym><extractedName>Niger</extractedName><type>Demonym</type><start>25</start><end>30</end>
</toponym></toponyms></article></articles>
"""
GEOVIRUS = """<articles><article><source>u</source><text>Cases rose in Pune.</text>
<locations><location><name>Pune</name><start>15</start><end>19</end><lat>18.5</lat>
<lon>73.8</lon><page>p</page></location></locations></article></articles>
"""


def test_geo_gold_reads_geowebnews_toponyms_with_coordinates(tmp_path: Path) -> None:
    (tmp_path / "GWN.xml").write_text(GWN, encoding="utf-8")
    (article,) = read_gold(tmp_path)
    assert article.id == "7"
    assert [(t.name, t.span.of(article.text)) for t in article.toponyms] == [("Lagos", "Lagos")]


def test_geo_gold_realigns_shifted_geovirus_offsets(tmp_path: Path) -> None:
    (tmp_path / "GeoVirus.xml").write_text(GEOVIRUS, encoding="utf-8")
    (article,) = read_gold(tmp_path)
    assert article.toponyms[0].span.of(article.text) == "Pune"


def test_geo_gold_unknown_folder(tmp_path: Path) -> None:
    with pytest.raises(EvalDataError, match="no GWN.xml, GeoVirus.xml or places.jsonl"):
        list(read_gold(tmp_path))


OWN = ('{"id": "x1", "kind": "us", "text": "Rain hit Paris, Tenn.", "places": '
       '[{"name": "Paris", "start": 9, "end": 14, "lat": 36.3, "lon": -88.33, "note": "n"}]}\n')


def test_geo_gold_reads_our_own_stories_lines(tmp_path: Path) -> None:
    (tmp_path / "places.jsonl").write_text(OWN + "\n", encoding="utf-8")
    (article,) = read_gold(tmp_path)
    assert article.id == "x1"
    assert [(t.span.of(article.text), t.lat) for t in article.toponyms] == [("Paris", 36.3)]


@pytest.mark.parametrize(("line", "reason"), [
    (OWN.replace('"end": 14', '"end": 13'), "offsets do not give its name"),
    (OWN.replace('"lat": 36.3, ', ""), "malformed gold record"),
    ("{not json\n", "malformed gold record"),
])
def test_geo_gold_own_lines_that_do_not_hold_are_named(tmp_path: Path, line: str,
                                                       reason: str) -> None:
    (tmp_path / "places.jsonl").write_text(line, encoding="utf-8")
    with pytest.raises(EvalDataError, match=reason):
        list(read_gold(tmp_path))


def test_geo_align() -> None:
    assert align("in Pune today", 4, 8, "Pune") == Span(3, 7)
    assert align("in Pune today", 4, 8, "Delhi") is None


def test_geo_match_spans_one_to_one() -> None:
    gold = [Span(0, 5), Span(10, 20)]
    pred = [Span(0, 5), Span(12, 15), Span(14, 20)]
    assert match_spans(gold, pred, exact=False) == 2
    assert match_spans(gold, pred, exact=True) == 1
    assert prf(2, 2, 3) == pytest.approx({"precision": 2 / 3, "recall": 1.0, "f1": 0.8})


def test_geo_error_stats() -> None:
    stats = error_stats([0.0, 100.0, 200.0, 20039.0])
    assert stats["acc161"] == 0.5 and stats["median_km"] == 150.0
    logs = sorted(math.log(e + 1) for e in (0.0, 100.0, 200.0, 20039.0))
    area = sum((a + b) / 2 for a, b in zip(logs, logs[1:])) / 3
    assert stats["auc"] == pytest.approx(area / math.log(20039))
    assert error_stats([0.0])["auc"] == 0.0


@pytest.mark.eval
@pytest.mark.model
def test_geo_eval_runs_on_geovirus(shared_eval: Path, resources) -> None:  # type: ignore[no-untyped-def]
    from newsevents.evals.geo import evaluate

    result = evaluate(shared_eval / "geoparsing" / "GeoVirus", limit=3,
                      settings=resources.settings, resources=resources)
    assert result["articles"] == 3 and result["gold_toponyms"] > 0
    assert 0 <= result["recognition_overlap"]["f1"] <= 1
    assert result["geocoding_gold_spans"]["n"] == result["gold_toponyms"]


def test_score_article_counts_inferred_points_apart() -> None:
    from newsevents.evals.geo import Tally, score_article
    from newsevents.evals.geo_gold import GoldArticle, GoldToponym
    from newsevents.stages.places.resolution import Resolution
    from newsevents.model import Article, ArticleAnalysis

    from .gazdata import city

    text = "Crews closed Cypress Lane and Main Road ."
    gold = GoldArticle(id="1", text=text, toponyms=(
        GoldToponym(span=Span(13, 25), name="Cypress Lane", lat=29.96, lon=-90.06),
        GoldToponym(span=Span(30, 39), name="Main Road", lat=29.96, lon=-90.06)))
    town = city(4335045, "New Orleans", 29.95, -90.07, "USA", 389617)
    oracle = [Resolution(candidate=town, confidence=0.3, reason="r", inferred=True),
              Resolution(candidate=None, confidence=0.0, reason="none")]
    tally = Tally()
    score_article(gold, ArticleAnalysis(article=Article(id="a", text=text)), oracle, tally)
    assert tally.oracle_kinds == ["inferred", "none"]
    assert tally.oracle_errors[0] < 5 and tally.oracle_errors[1] == 20039.0


def test_end_to_end_counts_every_gold_toponym_and_places_found_by_demonym() -> None:
    from newsevents.evals.geo import Tally, score_article
    from newsevents.evals.geo_gold import GoldArticle, GoldToponym
    from newsevents.model import Article, ArticleAnalysis, Place

    text = "Greek ferries reached Pune and Lagos ."
    gold = GoldArticle(id="1", text=text, toponyms=(
        GoldToponym(span=Span(0, 5), name="Greek", lat=39.0, lon=22.0),
        GoldToponym(span=Span(22, 26), name="Pune", lat=18.5, lon=73.8),
        GoldToponym(span=Span(31, 36), name="Lagos", lat=6.45, lon=3.39)))
    places = (Place(id="p1", name="Greece", lat=39.0, lon=22.0, demonyms=(Span(0, 5),)),
              Place(id="p2", name="Pune", lat=18.5, lon=73.8, mentions=(Span(22, 26),)))
    analysis = ArticleAnalysis(article=Article(id="a", text=text), places=places)
    tally = Tally()
    score_article(gold, analysis, [None, None, None], tally)
    assert tally.e2e_errors[:2] == [0.0, 0.0] and tally.e2e_errors[2] == 20039.0
    assert len(tally.found_errors) == 2
    assert tally.overlap_tp == 2 and tally.names_tp == 1


def test_halves_split_articles_by_index_parity() -> None:
    from newsevents.evals.geo import select_half
    from newsevents.evals.geo_gold import GoldArticle

    golds = [GoldArticle(id=str(k), text="", toponyms=()) for k in range(5)]
    assert [g.id for g in select_half(golds, "look")] == ["0", "2", "4"]
    assert [g.id for g in select_half(golds, "score")] == ["1", "3"]
    assert len(select_half(golds, "all")) == 5
    with pytest.raises(EvalDataError, match="unknown half"):
        select_half(golds, "both")
