"""`newsevents eval dedup`: what the store ships, scored on ECB+ (dev topics).

The ECB+ documents are ingested into a temporary store through `newsevents ingest`'s own code
path with the default settings and one fixed published date (ECB+ has no dates; see
`dedup_store`). Scored are the store's `stories` (documents B³ against the gold sub-topics, with
the `duplicates` groups beside them) and its `merged_events` (event-mention MUC, B³, CEAF-e,
CoNLL F1 on predicted mentions, with mention detection P/R/F1, and on the gold mentions the
pipeline found). Halves (`--half look|score|all`): topics by their position in number order
(see `ecb`).
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import click

from ..config import load_settings
from ..errors import EvalDataError
from .common import HALVES, limit_and_json, run_eval
from .dedup_store import PUBLISHED, load_documents, score_store


def evaluate(data_dir: str | Path, *, limit: int | None = None, half: str = "all",
             workers: int | None = None) -> dict[str, Any]:
    """The store's scores on the ECB+ documents of `half` (see the module docstring)."""
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
    result["seconds"] = round(time.perf_counter() - started, 2)
    return result


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
    click.echo(_docs_line("store documents (stories)", store["doc_clusters"], store["doc_b3"]))
    click.echo(_docs_line("store near-duplicate groups", store["duplicate_clusters"],
                          store["duplicate_b3"]))
    click.echo(f"store mention detection: P {det['p']:.3f} R {det['r']:.3f} F1 {det['f1']:.3f} "
               f"({det['matched']} matched of {det['predicted']} events, {det['gold']} gold)")
    click.echo(_line("store events, predicted", store["events_predicted_mentions"]))
    click.echo(_line("store events, gold found", store["events_gold_mentions"]))


@click.command("dedup")
@click.option("--data", "data_dir", required=True, type=click.Path(file_okay=False),
              help="The ECBplus_dev folder (ECB+/<topic>/*.xml + the sentences CSV).")
@click.option("--half", type=click.Choice(HALVES), default="all", show_default=True,
              help="Topics at even positions are LOOK, the others SCORE.")
@click.option("--workers", type=int, default=None, help="Ingest worker processes.")
@limit_and_json("topics")
def command(data_dir: str, half: str, workers: int | None, limit: int | None,
            as_json: bool) -> None:
    """ECB+: the store's stories, near-duplicates and merged events (documents B³, event
    CoNLL F1)."""
    result = run_eval(evaluate, data_dir, limit=limit, as_json=as_json, half=half,
                      workers=workers)
    if result is not None:
        _echo(result)
