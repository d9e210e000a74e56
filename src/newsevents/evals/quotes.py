"""`newsevents eval quotes`: quotes and speakers on the Gender Gap Tracker evaluation set.

Gold: `quotes_gold_derived.jsonl` (one article a line, `quotations` with quote, speaker, verb and
character indexes) and `rawtext/<id>.txt`. The indexes are shifted against the text, so each gold
quote is aligned by string search (the occurrence nearest its stated index) and its speaker by
the nearest occurrence of the speaker string. Scoring follows the tracker's evaluate_quotes.py:
a predicted quote matches a gold one when it covers more than `threshold` of the gold span
(|gold ∩ pred| / |gold|), best match first, each prediction used once. For matched quotes:
speaker accuracy (our speaker span overlaps the gold speaker's; a gold quote with no speaker
matches a prediction with no cue of its own, like the tracker's floating quotes), and verb
accuracy (the cue word as written, lower case, equals the gold verb). Beyond the tracker's
metrics, `speaker_resolved_accuracy` checks coreference: over matched quotes whose gold has a
resolved speaker name ("reference"), does our speaker (actor name, or the naming words when no
actor was found) contain that person's last name?
"""
from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from ..errors import EvalDataError
from ..model import ArticleAnalysis, Span
from .common import limit_and_json, run_eval, shipped_pipeline

THRESHOLDS = (0.3, 0.8)


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldQuote:
    span: Span
    speaker: Span | None
    verb: str
    reference: str = ""  # the annotators' resolved name of the speaker ("Darian Lonechild")


@dataclass(frozen=True, slots=True, kw_only=True)
class PredQuote:
    span: Span
    speaker: Span | None
    verb: str
    name: str = ""  # our resolved speaker: the actor's name, else the words naming them


def iter_gold(data_dir: Path, *, limit: int | None = None
              ) -> Iterator[tuple[str, str, list[GoldQuote]]]:
    """(doc id, raw text, aligned gold quotes) for each article with raw text."""
    path = data_dir / "quotes_gold_derived.jsonl"
    if not path.is_file():
        raise EvalDataError(f"{data_dir}: no quotes_gold_derived.jsonl (is this GenderGapTracker_eval?)")
    count = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        raw = data_dir / "rawtext" / f"{record['doc_id']}.txt"
        if not raw.is_file():
            continue
        text = raw.read_text(encoding="utf-8")
        quotations = record["quotations"]
        if isinstance(quotations, str):
            quotations = _objects(quotations)
        yield record["doc_id"], text, [g for g in map(lambda q: align(text, q), quotations) if g]
        count += 1
        if limit is not None and count >= limit:
            return


def _objects(raw: str) -> list[dict[str, Any]]:
    """The quotation objects of a list kept as a string; one record of the set holds two lists
    run together without the closing bracket, so objects are read one by one."""
    decoder, out, k = json.JSONDecoder(), [], raw.find("{")
    while k >= 0:
        try:
            obj, end = decoder.raw_decode(raw, k)
        except json.JSONDecodeError:
            k = raw.find("{", k + 1)
            continue
        if isinstance(obj, dict):
            out.append(obj)
        k = raw.find("{", end)
    return out


def align(text: str, item: dict[str, Any]) -> GoldQuote | None:
    quote = item.get("quote", "").strip()
    stated = _index(item.get("quote_index"))
    start = _nearest(text, quote, stated[0] if stated else 0)
    if start is None:
        return None
    shift = start - stated[0] if stated else 0
    speaker = None
    name = (item.get("speaker") or "").strip()
    said = _index(item.get("speaker_index"))
    if name:
        found = _nearest(text, name, (said[0] + shift) if said else start)
        speaker = Span(found, found + len(name)) if found is not None else None
    return GoldQuote(span=Span(start, start + len(quote)), speaker=speaker,
                     verb=(item.get("verb") or "").strip().lower(),
                     reference=(item.get("reference") or "").strip())


def _index(value: str | None) -> tuple[int, int] | None:
    parts = [p.strip() for p in (value or "").strip("() ").split(",") if p.strip()]
    return (int(parts[0]), int(parts[1])) if len(parts) == 2 else None


def _nearest(text: str, needle: str, near: int) -> int | None:
    if not needle:
        return None
    hits, k = [], text.find(needle)
    while k >= 0:
        hits.append(k)
        k = text.find(needle, k + 1)
    return min(hits, key=lambda h: abs(h - near)) if hits else None


def predicted(analysis: ArticleAnalysis) -> list[PredQuote]:
    text = analysis.article.text
    names = {a.id: a.name for a in analysis.actors}
    return [PredQuote(span=q.span, speaker=q.speaker_span,
                      verb=q.cue_span.of(text).lower() if q.cue_span else "",
                      name=names.get(q.speaker or "", "") or (
                          q.speaker_span.of(text) if q.speaker_span else ""))
            for q in analysis.quotes]


def coverage(gold: Span, pred: Span) -> float:
    inter = min(gold.end, pred.end) - max(gold.start, pred.start)
    return max(0, inter) / (gold.end - gold.start) if gold.end > gold.start else 0.0


def score(gold: list[GoldQuote], pred: list[PredQuote], *, threshold: float) -> dict[str, int]:
    """TP/FP/FN and speaker/verb matches of one article, the tracker's greedy way."""
    remaining = list(pred)
    tp = speakers = verbs = references = resolvable = 0
    for g in gold:
        best = max(remaining, key=lambda p: coverage(g.span, p.span), default=None)
        if best is None or coverage(g.span, best.span) <= threshold:
            continue
        remaining.remove(best)
        tp += 1
        speakers += speaker_matches(g, best)
        verbs += (g.verb == best.verb)
        if g.reference:
            resolvable += 1
            references += reference_matches(g.reference, best.name)
    return {"tp": tp, "fp": len(remaining), "fn": len(gold) - tp,
            "speaker": speakers, "verb": verbs, "reference": references,
            "resolvable": resolvable}


def speaker_matches(gold: GoldQuote, pred: PredQuote) -> bool:
    if gold.speaker is None:
        return not pred.verb
    return pred.speaker is not None and pred.speaker.overlaps(gold.speaker)


def reference_matches(reference: str, name: str) -> bool:
    """Our resolved speaker is the annotated person: the reference's last name is one of the
    words of our speaker's name (so "he" only counts once resolved to "Obama")."""
    words = reference.lower().replace("-", " ").split()
    last = words[-1] if words else ""
    return bool(last) and last in name.lower().replace("-", " ").split()


def summarize(counts: list[dict[str, int]]) -> dict[str, float]:
    tp, fp, fn = (sum(c[k] for c in counts) for k in ("tp", "fp", "fn"))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn,
            "speaker_accuracy": sum(c["speaker"] for c in counts) / tp if tp else 0.0,
            "verb_accuracy": sum(c["verb"] for c in counts) / tp if tp else 0.0,
            "speaker_resolved_accuracy": _ratio(counts, "reference", "resolvable")}


def _ratio(counts: list[dict[str, int]], part: str, whole: str) -> float:
    total = sum(c.get(whole, 0) for c in counts)
    return sum(c.get(part, 0) for c in counts) / total if total else 0.0


def evaluate(data_dir: str | Path, *, limit: int | None = None,
             pipeline: Any = None) -> dict[str, Any]:
    """Run the pipeline up to quotes on each article and score it at both thresholds."""
    from ..model import Article

    pipeline = pipeline or shipped_pipeline()
    per_threshold: dict[float, list[dict[str, int]]] = {t: [] for t in THRESHOLDS}
    started, articles = time.perf_counter(), 0
    for doc_id, text, gold in iter_gold(Path(data_dir), limit=limit):
        analysis = pipeline.run(Article(id=doc_id, text=text))
        pred = predicted(analysis)
        for threshold in THRESHOLDS:
            per_threshold[threshold].append(score(gold, pred, threshold=threshold))
        articles += 1
    result: dict[str, Any] = {"articles": articles, "seconds": round(time.perf_counter() - started, 2)}
    for threshold, counts in per_threshold.items():
        result[f"@{threshold}"] = summarize(counts)
    return result


@click.command("quotes")
@click.option("--data", "data_dir", required=True, type=click.Path(file_okay=False),
              help="The GenderGapTracker_eval folder (quotes_gold_derived.jsonl + rawtext/).")
@limit_and_json("articles")
def command(data_dir: str, limit: int | None, as_json: bool) -> None:
    """Quote extraction P/R/F1 at span overlap 0.3 and 0.8, speaker and cue-verb accuracy."""
    result = run_eval(evaluate, data_dir, limit=limit, as_json=as_json)
    if result is None:
        return
    click.echo(f"articles {result['articles']}  ({result['seconds']} s)")
    for threshold in THRESHOLDS:
        r = result[f"@{threshold}"]
        click.echo(f"overlap {threshold}: P {r['precision']:.3f}  R {r['recall']:.3f}  "
                   f"F1 {r['f1']:.3f}  speaker {r['speaker_accuracy']:.3f}  "
                   f"verb {r['verb_accuracy']:.3f}  resolved speaker "
                   f"{r['speaker_resolved_accuracy']:.3f}  (tp {r['tp']} fp {r['fp']} fn {r['fn']})")
