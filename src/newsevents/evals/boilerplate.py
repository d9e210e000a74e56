"""`newsevents eval boilerplate`: article-body extraction on the Zyte/Scrapinghub benchmark.

Gold: `ground-truth.json` ({id: {"articleBody", "url"}}) and `html/<id>.html.gz`. The metric is
the benchmark's own: tokens are `\\w+` runs, texts become multisets of 4-token shingles, and each
page's TP/FP/FN counts are normalised to sum to 1 so long pages do not weigh more. The reported
("macro") precision and recall are means of the per-page scores and F1 is their harmonic mean,
exactly as the benchmark's evaluate.py does; "micro" pools the raw shingle counts of all pages.
"""
from __future__ import annotations

import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from ..config import Settings, load_settings
from ..errors import EvalDataError, InputError
from ..io.raw import RawDocument
from .common import limit_and_json, run_eval

TOKEN = re.compile(r"\w+")
SHINGLE = 4


@dataclass(frozen=True, slots=True)
class PageScore:
    """Raw shingle counts of one page."""

    tp: int
    fp: int
    fn: int


def shingles(text: str, *, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles; a text shorter than n gives one short shingle."""
    tokens = TOKEN.findall(text or "")
    count = max(1, len(tokens) - n + 1)
    return Counter(tuple(tokens[k:k + n]) for k in range(count) if tokens[k:k + n])


def score_page(gold: str, predicted: str) -> PageScore:
    true, pred = shingles(gold), shingles(predicted)
    tp = sum((true & pred).values())
    return PageScore(tp=tp, fp=sum(pred.values()) - tp, fn=sum(true.values()) - tp)


def _precision(score: PageScore) -> float | None:
    if score.fp == score.fn == 0:
        return 1.0
    return score.tp / (score.tp + score.fp) if score.tp + score.fp else None


def _recall(score: PageScore) -> float | None:
    if score.fp == score.fn == 0:
        return 1.0
    return score.tp / (score.tp + score.fn) if score.tp + score.fn else None


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def aggregate(scores: list[PageScore]) -> dict[str, float]:
    """Macro (benchmark) and micro P/R/F1, plus exact-match accuracy is computed by the caller."""
    precisions = [p for p in map(_precision, scores) if p is not None]
    recalls = [r for r in map(_recall, scores) if r is not None]
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    tp = sum(s.tp for s in scores)
    micro_p = tp / (tp + sum(s.fp for s in scores)) if scores else 0.0
    micro_r = tp / (tp + sum(s.fn for s in scores)) if scores else 0.0
    return {
        "precision": precision, "recall": recall, "f1": _f1(precision, recall),
        "micro_precision": micro_p, "micro_recall": micro_r, "micro_f1": _f1(micro_p, micro_r),
    }


def iter_gold(data_dir: Path, *, limit: int | None = None) -> Iterator[tuple[str, str, str, bytes]]:
    """(id, url, gold body, raw HTML bytes) for each page, in sorted id order."""
    truth_path = data_dir / "ground-truth.json"
    if not truth_path.is_file():
        raise EvalDataError(f"{data_dir}: no ground-truth.json (is this scrapinghub_aeb?)")
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    for key in sorted(truth)[:limit]:
        page = data_dir / "html" / f"{key}.html.gz"
        if not page.is_file():
            raise EvalDataError(f"{page}: missing HTML page for gold item {key}")
        item = truth[key]
        yield key, item.get("url") or "", item.get("articleBody") or "", gzip.decompress(
            page.read_bytes())


def extract_body(html: bytes, *, url: str, settings: Settings) -> str:
    """Our cleaned body text for one page ('' when cleaning finds no article)."""
    from ..stages.clean import clean

    raw = RawDocument(origin=url or "<page>", content=html, kind="html", url=url or None)
    try:
        return clean(raw, settings=settings).text
    except InputError:
        return ""


def evaluate(data_dir: str | Path, *, limit: int | None = None,
             settings: Settings | None = None) -> dict[str, Any]:
    """Score the HTML cleaning path against the gold bodies."""
    settings = settings or load_settings()
    scores: list[PageScore] = []
    exact = 0
    started = time.perf_counter()
    for _key, url, gold, html in iter_gold(Path(data_dir), limit=limit):
        predicted = extract_body(html, url=url, settings=settings)
        scores.append(score_page(gold, predicted))
        exact += TOKEN.findall(gold) == TOKEN.findall(predicted)
    seconds = time.perf_counter() - started
    result: dict[str, Any] = aggregate(scores)
    result.update(pages=len(scores), accuracy=exact / len(scores) if scores else 0.0,
                  seconds=round(seconds, 2))
    return result


@click.command("boilerplate")
@click.option("--data", "data_dir", required=True, type=click.Path(file_okay=False),
              help="The scrapinghub_aeb folder (ground-truth.json + html/*.html.gz).")
@limit_and_json("pages")
def command(data_dir: str, limit: int | None, as_json: bool) -> None:
    """Article-body extraction: shingle P/R/F1 of the HTML cleaning path against gold bodies."""
    result = run_eval(evaluate, data_dir, limit=limit, as_json=as_json)
    if result is None:
        return
    click.echo(f"pages {result['pages']}  ({result['seconds']} s)")
    click.echo("macro (benchmark)  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  "
               "accuracy {accuracy:.3f}".format(**result))
    click.echo("micro              P {micro_precision:.3f}  R {micro_recall:.3f}  "
               "F1 {micro_f1:.3f}".format(**result))
