"""`newsevents eval geo --data …/GeoWebNews` (or …/GeoVirus): toponym recognition and geocoding.

- recognition: our places' mention spans against the gold toponym spans, one-to-one; the
  headline rule counts a predicted span as correct when it overlaps a gold span ("overlap");
  "exact" needs identical offsets (a leading "the" or a trailing "province" then counts wrong);
- geocoding on gold spans (the literature's setting): every gold span is resolved by the
  stage's disambiguation with the article as context; error = great-circle km to the gold
  point, and the worst possible error (20,039 km) when we give no coordinates;
- end to end: for EVERY gold toponym, the error of our own place for it; a gold toponym we did
  not find (or found without coordinates) counts as the worst error, so this is the figure a
  user sees. The older "found only" figure (gold toponyms our recognition found) is kept next
  to it;
- recognition counts every span by which a place is referred to: its names, names inside an
  organisation's name, and demonyms ("Russian"); it is also given without the demonyms:
  GeoWebNews annotates such modifiers with coordinates, GeoVirus does not;
- the gold-span figures are also split by the kind of entry we chose (city, admin1, country,
  region; "inferred" for a name the gazetteer lacks, placed at a place named near it; none): country and continent points are conventions (GeoNames vs Wikipedia centres
  differ by 200-1,000 km), so their misses say little about disambiguation;
- what runs is what `newsevents extract` runs: the default settings and every default stage,
  language admission included; the gold text is given as already-clean text (so the gold
  offsets hold), and the gold-span figures use that same pipeline's places stage;
- ms per article: the whole analysis (parse and every stage);
- `--half look|score|all`: articles with an even index are the half rules are tuned on
  ("look"), odd ones are only scored ("score").
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from ..config import Settings, load_settings
from ..errors import EvalDataError
from ..model import Article, ArticleAnalysis, Place, Span
from ..parse import Parse
from ..pipeline import build_pipeline
from ..registry import Resources
from ..resources.place_names import haversine_km
from ..stages.places import GeocodeStage, geocode_spans
from .common import HALVES, in_half
from .geo_gold import (
    MAX_ERROR_KM,
    GoldArticle,
    error_stats,
    match_spans,
    prf,
    read_gold,
)


@dataclass(slots=True)
class Tally:
    gold: int = 0
    predicted: int = 0
    overlap_tp: int = 0
    exact_tp: int = 0
    names_predicted: int = 0
    names_tp: int = 0
    unaligned: int = 0
    oracle_errors: list[float] = field(default_factory=list)
    oracle_kinds: list[str] = field(default_factory=list)
    e2e_errors: list[float] = field(default_factory=list)  # every gold toponym
    found_errors: list[float] = field(default_factory=list)  # gold toponyms we found
    stage_ms: list[float] = field(default_factory=list)


def _error(lat: float | None, lon: float | None, gold_lat: float, gold_lon: float) -> float:
    if lat is None or lon is None:
        return MAX_ERROR_KM
    return haversine_km(lat, lon, gold_lat, gold_lon)


def score_article(gold: GoldArticle, analysis: ArticleAnalysis, oracle: list[Any],
                  tally: Tally) -> None:
    """Add one article's recognition counts and errors to `tally`; the second recognition
    figure leaves out the demonyms (GeoWebNews annotates them with coordinates, GeoVirus
    does not)."""
    predicted = sorted(s for p in analysis.places for s in place_spans(p))
    gold_spans = [t.span for t in gold.toponyms]
    names = sorted(s for p in analysis.places for s in p.mentions + p.embedded)
    tally.names_predicted += len(names)
    tally.names_tp += match_spans(gold_spans, names, exact=False)
    tally.gold += len(gold_spans)
    tally.predicted += len(predicted)
    tally.unaligned += gold.unaligned
    tally.overlap_tp += match_spans(gold_spans, predicted, exact=False)
    tally.exact_tp += match_spans(gold_spans, predicted, exact=True)
    for top, res in zip(gold.toponyms, oracle):
        cand = res.candidate if res is not None else None
        tally.oracle_errors.append(_error(cand.lat if cand else None, cand.lon if cand else None,
                                          top.lat, top.lon))
        tally.oracle_kinds.append("none" if cand is None else
                                  "inferred" if res.inferred else cand.kind)
        place = _place_at(analysis.places, top.span)
        error = MAX_ERROR_KM if place is None else _error(place.lat, place.lon, top.lat, top.lon)
        tally.e2e_errors.append(error)
        if place is not None:
            tally.found_errors.append(error)


def place_spans(place: Place) -> tuple[Span, ...]:
    """Every span by which the text refers to the place: names (also inside organisations'
    names) and demonyms."""
    return place.mentions + place.embedded + place.demonyms


def _place_at(places: tuple[Place, ...], span: Any) -> Place | None:
    return next((p for p in places for s in place_spans(p) if s.overlaps(span)), None)


def summarise(tally: Tally, *, dataset: str, articles: int) -> dict[str, Any]:
    return {
        "dataset": dataset, "articles": articles, "gold_toponyms": tally.gold,
        "unaligned_gold": tally.unaligned, "predicted_toponyms": tally.predicted,
        "recognition_overlap": prf(tally.overlap_tp, tally.gold, tally.predicted),
        "recognition_exact": prf(tally.exact_tp, tally.gold, tally.predicted),
        "recognition_without_demonyms": prf(tally.names_tp, tally.gold, tally.names_predicted),
        "geocoding_gold_spans": error_stats(tally.oracle_errors),
        "geocoding_end_to_end": error_stats(tally.e2e_errors),
        "geocoding_found_only": error_stats(tally.found_errors),
        "geocoding_gold_spans_by_kind": {
            kind: error_stats([e for e, k in zip(tally.oracle_errors, tally.oracle_kinds)
                               if k == kind])
            for kind in sorted(set(tally.oracle_kinds))},
        "ms_per_article": (sum(tally.stage_ms) / len(tally.stage_ms)) if tally.stage_ms else 0.0,
    }




def select_half(golds: list[GoldArticle], half: str) -> list[GoldArticle]:
    """The look half (even article index), the score half (odd) or all, in corpus order."""
    return [g for k, g in enumerate(golds) if in_half(k, half)]


def evaluate(data_dir: str | Path, *, limit: int | None = None, half: str = "all",
             settings: Settings | None = None, resources: Resources | None = None
             ) -> dict[str, Any]:
    """Score recognition and geocoding on a GeoWebNews or GeoVirus folder."""
    pipeline = build_pipeline(settings or load_settings(), resources=resources)
    stage = places_stage(pipeline)
    golds = select_half(list(read_gold(data_dir)), half)[:limit]
    tally = Tally()
    for gold in golds:
        analysis, parse = _analyse(pipeline, gold, tally)
        oracle = (geocode_spans(analysis, parse, stage.gazetteer, [t.span for t in gold.toponyms],
                                outlets=stage.outlets, speech_verbs=stage.speech_verbs)
                  if parse is not None else [None] * len(gold.toponyms))
        score_article(gold, analysis, oracle, tally)
    result = summarise(tally, dataset=Path(data_dir).name, articles=len(golds))
    return {**result, "half": half}


def places_stage(pipeline: Any) -> GeocodeStage:
    """The pipeline's own places stage (the gold-span figures use its gazetteer and outlets)."""
    found = [stage for stage in pipeline.stages if isinstance(stage, GeocodeStage)]
    if not found:
        raise EvalDataError("the configured stages have no places stage to evaluate")
    return found[0]


def _analyse(pipeline: Any, gold: GoldArticle, tally: Tally
             ) -> tuple[ArticleAnalysis, Parse | None]:
    article = Article(id=f"gold-{gold.id}", text=gold.text)
    started = time.perf_counter()
    outcome, parse = pipeline.run_traced(article)
    tally.stage_ms.append((time.perf_counter() - started) * 1000)
    return outcome.analysis or ArticleAnalysis(article=article), parse


def format_report(result: dict[str, Any]) -> str:
    rec, exact = result["recognition_overlap"], result["recognition_exact"]
    names = result["recognition_without_demonyms"]
    lines = [
        f"{result['dataset']} ({result.get('half', 'all')}): {result['articles']} articles, "
        f"{result['gold_toponyms']} gold toponyms ({result['unaligned_gold']} unaligned), "
        f"{result['predicted_toponyms']} predicted",
        f"recognition (overlap)  P {rec['precision']:.3f}  R {rec['recall']:.3f}  "
        f"F1 {rec['f1']:.3f}",
        f"recognition (exact)    P {exact['precision']:.3f}  R {exact['recall']:.3f}  "
        f"F1 {exact['f1']:.3f}",
        f"recognition (overlap, demonyms left out)  P "
        f"{names['precision']:.3f}  R {names['recall']:.3f}  F1 {names['f1']:.3f}",
    ]
    for label, key in (("geocoding, END TO END", "geocoding_end_to_end"),
                       ("geocoding, gold spans", "geocoding_gold_spans"),
                       ("geocoding, found only", "geocoding_found_only")):
        s = result[key]
        lines.append(f"{label:22s} n {s['n']}  acc@161 {s['acc161']:.3f}  mean "
                     f"{s['mean_km']:.0f} km  median {s['median_km']:.1f} km  AUC {s['auc']:.3f}")
    for kind, s in result["geocoding_gold_spans_by_kind"].items():
        lines.append(f"  resolved as {kind:8s} n {s['n']:5d}  acc@161 {s['acc161']:.3f}  "
                     f"median {s['median_km']:.1f} km")
    lines.append(f"whole analysis: {result['ms_per_article']:.2f} ms per article")
    return "\n".join(lines)


@click.command("geo")
@click.option("--data", "data_dir", required=True, type=click.Path(exists=True, file_okay=False),
              help="A GeoWebNews or GeoVirus folder (with GWN.xml or GeoVirus.xml).")
@click.option("--limit", type=int, default=None, help="Score only the first N articles.")
@click.option("--half", type=click.Choice(HALVES), default="all", show_default=True,
              help="look: even-numbered articles (tuned on); score: odd ones (only scored).")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def command(data_dir: str, limit: int | None, half: str, as_json: bool) -> None:
    """End-to-end accuracy@161 km over every gold toponym, the gold-span figure, and
    toponym recognition P/R/F1."""
    result = evaluate(data_dir, limit=limit, half=half)
    click.echo(json.dumps(result, indent=2) if as_json else format_report(result))
