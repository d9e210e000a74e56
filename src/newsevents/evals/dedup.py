"""`newsevents eval dedup`: what the store ships, scored on ECB+ (dev topics), beside a comparison.

Headline (see `dedup_store`): the ECB+ documents are ingested into a temporary store through
`newsevents ingest`'s own code path with the default settings and one fixed published date
(ECB+ has no dates); scored are the store's `duplicates` (documents B³ against the gold
sub-topics) and its `merged_events` (event-mention MUC, B³, CEAF-e, CoNLL F1 on predicted
mentions, with mention detection P/R/F1, and on the gold mentions the pipeline found).

Comparison only (`--compare`, not what ships): the evaluation-only method this command used to
score, on gold mentions:
1. Documents clustered by average-link agglomeration over TF-IDF vectors of their content
   words (lower-cased words of 4+ letters, stop words out), merging while the cosine
   similarity reaches `doc_threshold`.
2. Inside each document cluster, gold mentions whose trigger stems match are one event.
Halves (`--half look|score|all`): topics by their position in number order (see `ecb`).
"""
from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click
import numpy as np

from ..config import load_settings
from ..errors import EvalDataError
from .common import HALVES, limit_and_json, run_eval
from .coref_scores import b_cubed, conll
from .dedup_store import PUBLISHED, load_documents, score_store
from .ecb import GoldDocument, iter_documents

DOC_THRESHOLD = 0.2
STOP = frozenset(
    "that this with from have were been said will would their there they them than then "
    "into about after also more most other over some such what when where which while who "
    "whom your just only very could should year years people".split())
_WORD = re.compile(r"[a-z]{4,}")
_SUFFIXES = ("ations", "ation", "ings", "ing", "ied", "ies", "ed", "es", "s", "e")


def stem(text: str) -> str:
    """A crude stem of a trigger: its last word without common English suffixes."""
    word = text.lower().split()[-1] if text.split() else ""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> list[bytes]:
    return [w.encode() for w in set(_WORD.findall(text.lower())) if w not in STOP]


def tfidf_matrix(docs: Sequence[GoldDocument]) -> np.ndarray:
    """Row-normalised TF-IDF vectors of the documents' content words (dense, small corpora)."""
    counts = [Counter(w for w in _WORD.findall(d.text.lower()) if w not in STOP) for d in docs]
    vocab = {w: k for k, w in enumerate(sorted({w for c in counts for w in c}))}
    df = np.zeros(len(vocab))
    for c in counts:
        df[[vocab[w] for w in c]] += 1
    idf = np.log((1 + len(docs)) / (1 + df)) + 1
    matrix = np.zeros((len(docs), len(vocab)))
    for i, c in enumerate(counts):
        cols = [vocab[w] for w in c]
        matrix[i, cols] = (1 + np.log(np.array(list(c.values()), dtype=float))) * idf[cols]
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


def cluster_documents(docs: Sequence[GoldDocument], *, threshold: float) -> list[int]:
    """Average-link agglomerative clusters: merge while TF-IDF cosine >= threshold."""
    from scipy.cluster.hierarchy import fcluster, linkage

    if len(docs) == 1:
        return [0]
    matrix = tfidf_matrix(docs)
    tree = linkage(matrix, method="average", metric="cosine")
    return [int(c) for c in fcluster(tree, t=1 - threshold, criterion="distance")]


def mention_clusters(docs: Sequence[GoldDocument], doc_cluster: Sequence[Any]) -> dict[Any, Any]:
    return {(m.doc, m.m_id): (cid, stem(m.text)) for doc, cid in zip(docs, doc_cluster)
            for m in doc.mentions}


def evaluate(data_dir: str | Path, *, limit: int | None = None, half: str = "all",
             compare: bool = True, workers: int | None = None,
             doc_threshold: float = DOC_THRESHOLD) -> dict[str, Any]:
    """The store's scores, and the evaluation-only comparison (see the module docstring)."""
    started = time.perf_counter()
    docs = load_documents(Path(data_dir), limit=limit, half=half)
    if not docs:
        raise EvalDataError(f"no ECB+ documents found in {data_dir}")
    result: dict[str, Any] = {
        "half": half, "documents": len(docs),
        "mentions": sum(len(d.mentions) for d in docs),
        "setting": f"store: default settings, published {PUBLISHED.isoformat()} for every "
                   "document (ECB+ has no dates)",
        "store": score_store(docs, settings=load_settings(), workers=workers),
    }
    matched = result["store"].pop("matched_mentions")
    if compare:
        result["comparison"] = compare_tfidf(data_dir, limit=limit, half=half,
                                             doc_threshold=doc_threshold, subset=matched)
    result["seconds"] = round(time.perf_counter() - started, 2)
    return result


def compare_tfidf(data_dir: str | Path, *, limit: int | None, half: str, doc_threshold: float,
                  subset: Sequence[Any]) -> dict[str, Any]:
    """The evaluation-only method (not shipped): TF-IDF documents, trigger stems, gold mentions;
    also on `subset` (the gold mentions the store's events matched), beside the store's figure."""
    docs = list(iter_documents(Path(data_dir), limit=limit, half=half))
    predicted = cluster_documents(docs, threshold=doc_threshold)
    gold_docs = {d.name: d.subtopic for d in docs}
    gold_mentions = {(m.doc, m.m_id): m.cluster for d in docs for m in d.mentions}
    stems = mention_clusters(docs, predicted)
    return {
        "events_store_matched": conll({k: gold_mentions[k] for k in subset},
                                      {k: stems[k] for k in subset}),
        "setting": "NOT SHIPPED: gold mentions; TF-IDF document clusters; trigger-stem match",
        "doc_threshold": doc_threshold,
        "doc_clusters": {"predicted": len(set(predicted)), "gold": len(set(gold_docs.values()))},
        "doc_b3": b_cubed(gold_docs, {d.name: c for d, c in zip(docs, predicted)}),
        "events_predicted_docs": conll(gold_mentions, stems),
        "events_gold_docs": conll(gold_mentions,
                                  mention_clusters(docs, [d.subtopic for d in docs])),
    }


def _line(name: str, scores: dict[str, Any]) -> str:
    parts = [f"{k.upper()} F1 {scores[k]['f1']:.3f}" for k in ("muc", "b3", "ceaf_e")]
    return f"{name:<24} " + "  ".join(parts) + f"  CoNLL F1 {scores['conll_f1']:.3f}"


def _docs_line(name: str, clusters: dict[str, int], b3: dict[str, float]) -> str:
    return (f"{name:<34} {clusters['predicted']} clusters (gold {clusters['gold']})  "
            f"B3 P {b3['p']:.3f} R {b3['r']:.3f} F1 {b3['f1']:.3f}")


def _echo(result: dict[str, Any]) -> None:
    store = result["store"]
    det = store["mention_detection"]
    click.echo(f"half {result['half']}: {result['documents']} documents "
               f"({store['stored']} stored; ingest {store['ingest']}), {result['mentions']} "
               "gold event mentions "
               f"({result['seconds']} s); {result['setting']}")
    click.echo(_docs_line("store documents (duplicates)", store["doc_clusters"], store["doc_b3"]))
    click.echo(f"store mention detection: P {det['p']:.3f} R {det['r']:.3f} F1 {det['f1']:.3f} "
               f"({det['matched']} matched of {det['predicted']} events, {det['gold']} gold)")
    click.echo(_line("store events, predicted", store["events_predicted_mentions"]))
    click.echo(_line("store events, gold found", store["events_gold_mentions"]))
    comparison = result.get("comparison")
    if comparison:
        click.echo("comparison, NOT SHIPPED (evaluation-only TF-IDF + trigger stems, gold "
                   "mentions):")
        click.echo(_docs_line("  TF-IDF documents", comparison["doc_clusters"],
                              comparison["doc_b3"]))
        click.echo(_line("  stems, predicted docs", comparison["events_predicted_docs"]))
        click.echo(_line("  stems, gold docs", comparison["events_gold_docs"]))
        click.echo(_line("  stems, gold found", comparison["events_store_matched"]))


@click.command("dedup")
@click.option("--data", "data_dir", required=True, type=click.Path(file_okay=False),
              help="The ECBplus_dev folder (ECB+/<topic>/*.xml + the sentences CSV).")
@click.option("--half", type=click.Choice(HALVES), default="all", show_default=True,
              help="Topics at even positions are LOOK, the others SCORE.")
@click.option("--compare/--no-compare", default=True, show_default=True,
              help="Also score the evaluation-only TF-IDF method (not shipped).")
@click.option("--workers", type=int, default=None, help="Ingest worker processes.")
@limit_and_json("topics")
def command(data_dir: str, half: str, compare: bool, workers: int | None, limit: int | None,
            as_json: bool) -> None:
    """ECB+: the store's near-duplicates and merged events (documents B³, event CoNLL F1)."""
    result = run_eval(evaluate, data_dir, limit=limit, as_json=as_json, half=half,
                      compare=compare, workers=workers)
    if result is not None:
        _echo(result)
