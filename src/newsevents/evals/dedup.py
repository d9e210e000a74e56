"""`newsevents eval dedup`: cross-document clustering on ECB+ (dev topics).

Setting (documented in the README): **gold event mentions**, predicted document clusters.
1. Documents are clustered by average-link agglomeration over TF-IDF vectors of their content
   words (lower-cased words of 4+ letters, stop words out), merging while the cosine
   similarity reaches `doc_threshold`. (MinHash Jaccard, the near-duplicate detector, is the
   wrong tool here: articles on one event share topic words, not text; with it document B³
   F1 stays near 0.2.) Scored with B³ against the seminal-event sub-topics (each topic's "ecb"
   and "ecbplus" halves).
2. Inside each document cluster, gold mentions whose trigger stems match are one event (the
   lemma-match rule the merge step relies on when actors and places agree). Scored with MUC,
   B³, CEAF-e and CoNLL F1, with predicted and with gold document clusters.
The pipeline's own type/actor/place/date merge (store/merge.py) needs full articles with dates
and places; ECB+ gives sentences only, so it is not what is scored here.
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

from ..errors import EvalDataError
from .common import limit_and_json, run_eval
from .coref_scores import b_cubed, conll
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


def evaluate(data_dir: str | Path, *, limit: int | None = None,
             doc_threshold: float = DOC_THRESHOLD) -> dict[str, Any]:
    """Document and event-mention clustering scores (see the module docstring)."""
    started = time.perf_counter()
    docs = list(iter_documents(Path(data_dir), limit=limit))
    if not docs:
        raise EvalDataError(f"no ECB+ documents found in {data_dir}")
    predicted = cluster_documents(docs, threshold=doc_threshold)
    gold_docs = {d.name: d.subtopic for d in docs}
    gold_mentions = {(m.doc, m.m_id): m.cluster for d in docs for m in d.mentions}
    return {
        "setting": "gold mentions; TF-IDF document clusters; trigger-stem match in cluster",
        "documents": len(docs), "mentions": len(gold_mentions),
        "doc_threshold": doc_threshold,
        "doc_clusters": {"predicted": len(set(predicted)), "gold": len(set(gold_docs.values()))},
        "doc_b3": b_cubed(gold_docs, {d.name: c for d, c in zip(docs, predicted)}),
        "events_predicted_docs": conll(gold_mentions, mention_clusters(docs, predicted)),
        "events_gold_docs": conll(gold_mentions,
                                  mention_clusters(docs, [d.subtopic for d in docs])),
        "seconds": round(time.perf_counter() - started, 2),
    }


def _line(name: str, scores: dict[str, Any]) -> str:
    parts = [f"{k.upper()} F1 {scores[k]['f1']:.3f}" for k in ("muc", "b3", "ceaf_e")]
    return f"{name:<24} " + "  ".join(parts) + f"  CoNLL F1 {scores['conll_f1']:.3f}"


@click.command("dedup")
@click.option("--data", "data_dir", required=True, type=click.Path(file_okay=False),
              help="The ECBplus_dev folder (ECB+/<topic>/*.xml + the sentences CSV).")
@limit_and_json("topics")
def command(data_dir: str, limit: int | None, as_json: bool) -> None:
    """Cross-document clustering on ECB+: document B³ and event CoNLL F1 (gold mentions)."""
    result = run_eval(evaluate, data_dir, limit=limit, as_json=as_json)
    if result is None:
        return
    b3 = result["doc_b3"]
    click.echo(f"{result['documents']} documents, {result['mentions']} gold event mentions "
               f"({result['seconds']} s); setting: {result['setting']}")
    click.echo(f"documents: {result['doc_clusters']['predicted']} clusters (gold "
               f"{result['doc_clusters']['gold']})  B3 P {b3['p']:.3f} R {b3['r']:.3f} "
               f"F1 {b3['f1']:.3f}")
    click.echo(_line("events, predicted docs", result["events_predicted_docs"]))
    click.echo(_line("events, gold docs", result["events_gold_docs"]))
