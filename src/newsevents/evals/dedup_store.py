"""What the store ships, scored on ECB+: stories, near-duplicate groups and the event merge.

The documents (text built from the ECB+ tokens, see `ecb_text`) are ingested into a temporary
in-memory store by `store.ingest.ingest_documents`, the function `newsevents ingest` runs, with
the default settings. ECB+ gives no dates, so every document is ingested with one fixed
published date (`PUBLISHED`): the merge's date window then separates nothing and the scores show
what type, place and actors alone do. Scored from the store's own tables:
- documents: the `stories` table, B³ against the gold sub-topics (each topic's "ecb" and
  "ecbplus" halves); `duplicates` groups (an article with no row is its own group) are shown
  beside it (they promise less: wire copies, not stories);
- events on predicted mentions: each stored event of a scored sentence is matched to at most one
  gold event mention whose span overlaps its trigger (largest overlap first); mention detection
  P/R/F1; MUC, B³, CEAF-e and CoNLL F1 of `merged_event_mentions` (an event outside the merged
  view is a singleton) with unmatched events and unmatched gold mentions kept on their sides;
- events on gold mentions (as far as the pipeline finds them): the same merge restricted to the
  gold mentions an event matched, against their gold clusters.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..config import Settings
from ..io.raw import RawDocument
from ..store.duckdb import Store
from ..store.ingest import ingest_documents
from .coref_scores import b_cubed, conll
from .ecb import document_paths
from .ecb_text import TextDocument, read_text_document, relocate

PUBLISHED = dt.date(2010, 1, 1)


def load_documents(data_dir: Path, *, limit: int | None, half: str) -> list[TextDocument]:
    return [read_text_document(path, selected=sentences)
            for path, sentences in document_paths(data_dir, limit=limit, half=half)]


def ingest_store(docs: Sequence[TextDocument], *, store: Store, settings: Settings,
                 workers: int | None) -> tuple[dict[str, tuple[str, str]], dict[str, Any]]:
    """Ingest the documents: document name → (stored article id, stored text), and what the
    ingest counted (new, already present, failed by error code)."""
    raws = [RawDocument(origin=d.name, content=d.text, kind="text", published=PUBLISHED)
            for d in docs]
    summary = ingest_documents(raws, store=store, settings=settings, workers=workers)
    rows = store.con.execute("SELECT origin, id, text FROM articles").fetchall()
    counts = {"new": summary.new, "present": summary.present,
              "failed": dict(Counter(code for _, code, _ in summary.failed))}
    return {origin: (aid, text) for origin, aid, text in rows}, counts


def document_groups(store: Store, ids: dict[str, str], *, table: str) -> dict[str, str]:
    """Document name → its group in `table` ("duplicates" or "stories"; no row: itself)."""
    sql = {"duplicates": "SELECT article_id, duplicate_of FROM duplicates",
           "stories": "SELECT article_id, story_id FROM stories"}[table]
    links = dict(store.con.execute(sql).fetchall())
    return {name: links.get(aid, aid) for name, aid in ids.items()}


def stored_events(store: Store) -> list[tuple[str, str, int, int, str | None]]:
    """(article id, event id, trigger start, trigger end, merged id or None) of every event."""
    return store.con.execute(
        "SELECT e.article_id, e.id, e.trigger_start, e.trigger_end, m.merged_id "
        "FROM events AS e LEFT JOIN merged_event_mentions AS m "
        "ON m.article_id = e.article_id AND m.event_id = e.id").fetchall()


def match_mentions(doc: TextDocument, events: Sequence[tuple[str, int, int]]
                   ) -> dict[str, str]:
    """Gold m_id → event id: one-to-one by trigger span overlap, largest overlap first."""
    pairs = sorted(((min(e, m.end) - max(s, m.start), m.start, m.mention.m_id, eid)
                    for eid, s, e in events for m in doc.mentions
                    if min(e, m.end) > max(s, m.start)), key=lambda p: (-p[0], p[1], p[2], p[3]))
    gold_used: dict[str, str] = {}
    event_used: set[str] = set()
    for _, _, m_id, eid in pairs:
        if m_id not in gold_used and eid not in event_used:
            gold_used[m_id] = eid
            event_used.add(eid)
    return gold_used


def _in_scored_sentence(doc: TextDocument, start: int) -> bool:
    return any(s <= start <= e for number, s, e in doc.sentences if number in doc.selected)


def event_clusterings(docs: Sequence[TextDocument], ids: dict[str, str],
                      events: Sequence[tuple[str, str, int, int, str | None]]
                      ) -> tuple[dict[Any, Any], dict[Any, Any], dict[Any, Any]]:
    """Gold clusters of all gold mentions, the merge's clusters of the predicted mentions (keyed
    by the gold mention they matched, else by the event), and the matched gold mentions' keys."""
    by_article: dict[str, list[tuple[str, int, int, str | None]]] = {}
    for aid, eid, start, end, merged in events:
        by_article.setdefault(aid, []).append((eid, start, end, merged))
    gold: dict[Any, Any] = {}
    response: dict[Any, Any] = {}
    matched: dict[Any, Any] = {}
    for doc in docs:
        gold.update({(doc.name, m.mention.m_id): m.mention.cluster for m in doc.mentions})
        aid = ids.get(doc.name)
        own = [e for e in by_article.get(aid, []) if _in_scored_sentence(doc, e[1])] if aid else []
        found = match_mentions(doc, [(eid, s, e) for eid, s, e, _ in own])
        key_of = {eid: (doc.name, m_id) for m_id, eid in found.items()}
        for eid, _, _, merged in own:
            key = key_of.get(eid, ("event", aid, eid))
            response[key] = merged if merged is not None else ("single", aid, eid)
        matched.update({key: response[key] for key in key_of.values()})
    return gold, response, matched


def detection(gold: dict[Any, Any], response: dict[Any, Any],
              matched: dict[Any, Any]) -> dict[str, float]:
    p = len(matched) / len(response) if response else 0.0
    r = len(matched) / len(gold) if gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "predicted": len(response), "gold": len(gold), "matched": len(matched)}


def score_store(docs: Sequence[TextDocument], *, settings: Settings,
                workers: int | None = None) -> dict[str, Any]:
    """Ingest `docs` into a fresh in-memory store and score its stories, duplicates and merged
    events."""
    with Store.open(":memory:") as store:
        stored, counts = ingest_store(docs, store=store, settings=settings, workers=workers)
        return {"stored": len(stored), "ingest": counts, **score_tables(store, docs, stored)}


def score_tables(store: Store, docs: Sequence[TextDocument],
                 stored: dict[str, tuple[str, str]]) -> dict[str, Any]:
    """The scores of a store that holds `docs` (`stored`: name → (article id, stored text))."""
    ids = {name: aid for name, (aid, _) in stored.items()}
    stories = document_groups(store, ids, table="stories")
    copies = document_groups(store, ids, table="duplicates")
    events = stored_events(store)
    docs = [relocate(d, stored[d.name][1]) if d.name in stored else d for d in docs]
    gold_docs = {d.name: d.subtopic for d in docs if d.name in ids}
    gold, response, matched = event_clusterings(docs, ids, events)
    return {
        "doc_clusters": _clusters(gold_docs, stories), "doc_b3": b_cubed(gold_docs, stories),
        "duplicate_clusters": _clusters(gold_docs, copies),
        "duplicate_b3": b_cubed(gold_docs, copies),
        "mention_detection": detection(gold, response, matched),
        "events_predicted_mentions": conll(gold, response),
        "events_gold_mentions": conll({k: gold[k] for k in matched}, matched),
    }


def _clusters(gold: dict[str, str], groups: dict[str, str]) -> dict[str, int]:
    return {"predicted": len(set(groups.values())), "gold": len(set(gold.values()))}
