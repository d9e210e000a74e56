"""Situation reports in Markdown: what happened (earliest report first), the figures with their
sources and ranges, and the open contradictions — for a place, country, actor or day."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import Any

from ..report.markdown import escape
from .casualty_sql import MERGED_CASUALTIES
from .duckdb import Store
from .query import opened, where_clause

_EVENTS = (
    "SELECT m.* FROM merged_events AS m WHERE {where} "
    "ORDER BY m.first_report NULLS LAST, m.date, m.merged_id LIMIT ?"
)
_EVIDENCE = (
    "SELECT ev.*, a.title, a.published FROM merged_event_evidence AS ev "
    "JOIN articles AS a ON a.id = ev.article_id "
    "WHERE ev.merged_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY a.published, ev.article_id"
)
_CASUALTIES = ("SELECT * FROM (" + MERGED_CASUALTIES + ") AS k "
               "WHERE k.merged_id IN (SELECT unnest(?::VARCHAR[]))")
MAX_EVENTS = 200
MAX_FIGURE_LINES = 8


def sitrep(db: Store | str | Path, *, place: str | None = None, country: str | None = None,
           actor: str | None = None, date_from: dt.date | None = None,
           date_to: dt.date | None = None, day: dt.date | None = None, **more: Any) -> str:
    """A Markdown situation report over the merged events that match the filters (`more`:
    any other `query.where_clause` filter, e.g. event_type, near, text, article)."""
    if day is not None:
        date_from = date_to = day
    where, params = where_clause(date_from=date_from, date_to=date_to, country=country,
                                 actor=actor, place=place, **more)
    with opened(db) as store:
        events = store.rows(_EVENTS.format(where=where), [*params, MAX_EVENTS])
        ids = [e["merged_id"] for e in events]
        evidence = store.rows(_EVIDENCE, [ids]) if ids else []
        casualties = {r["merged_id"]: r for r in store.rows(_CASUALTIES, [ids])} if ids else {}
    by_event: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in evidence:
        by_event[item["merged_id"]].append(item)
    title = _title(place=place, country=country, actor=actor, date_from=date_from,
                   date_to=date_to)
    parts = [f"# Situation report: {title}", _overview(events), _happened(events, by_event),
             _casualties(events, casualties), _figures(events, by_event),
             _disputes(events, by_event)]
    return "\n\n".join(p for p in parts if p) + "\n"


def _title(*, place: str | None, country: str | None, actor: str | None,
           date_from: dt.date | None, date_to: dt.date | None) -> str:
    subject = " / ".join(escape(x) for x in (place, country, actor) if x) or "all places"
    if date_from and date_to and date_from == date_to:
        return f"{subject}, {date_from:%d %B %Y}"
    span = f"{date_from or '…'} to {date_to or '…'}" if (date_from or date_to) else "all dates"
    return f"{subject}, {span}"


def _overview(events: list[dict[str, Any]]) -> str:
    if not events:
        return "No events in the store match this report's filters."
    reports = sum(e["num_articles"] for e in events)
    days = sorted({e["date"] for e in events if e["date"] is not None})
    undated = sum(1 for e in events if e["date"] is None)
    between = f" between {days[0]:%d %B %Y} and {days[-1]:%d %B %Y}" if days else ""
    note = f" ({undated} without a date)" if undated else ""
    return (f"{len(events)} distinct event(s){between}{note}, from {reports} article "
            "report(s) after merging repeated reports of the same event.")


def _when(event: dict[str, Any]) -> str:
    if event["date"] is None:
        return "date unknown"
    if event["date_last"] and event["date_last"] != event["date"]:
        return f"{event['date']:%d %b %Y}–{event['date_last']:%d %b %Y}"
    return f"{event['date']:%d %b %Y}"


def _headline(event: dict[str, Any]) -> str:
    who = escape(event["source_name"] or "An unidentified actor")
    what = event["plover_type"].lower() + (f" ({event['plover_mode']})"
                                           if event["plover_mode"] else "")
    whom = f" against {escape(event['target_name'])}" if event["target_name"] else ""
    where = escape(event["place_name"] or event["country"] or "an unknown place")
    if event["admin1"] and event["admin1"] != event["place_name"]:
        where += f", {escape(event['admin1'])}"
    return f"{who} — {what}{whom} in {where}"


def _happened(events: list[dict[str, Any]], by_event: dict[str, list[dict[str, Any]]]) -> str:
    if not events:
        return ""
    lines = ["## What happened", ""]
    for event in events:
        first = event["first_report"]
        reported = f"first reported {first:%d %b %Y}" if first else "report date unknown"
        lines.append(f"- **{_when(event)}** {_headline(event)}. {reported}; "
                     f"{event['num_articles']} article(s) from {event['num_sources']} "
                     f"source(s).")
        quote = next((e["text"] for e in by_event[event["merged_id"]]
                      if e["kind"] == "claim" and e["stance"] == "supports" and e["text"]), None)
        if quote:
            lines.append(f"  > {_one_line(quote)}")
    return "\n".join(lines)


def _one_line(text: str, limit: int = 240) -> str:
    """Article text on one line, clipped, then escaped (clipping after escaping could cut an
    escape in two)."""
    text = " ".join(text.split())
    return escape(text if len(text) <= limit else text[: limit - 1] + "…")


def _casualties(events: list[dict[str, Any]], counts: dict[str, dict[str, Any]]) -> str:
    """Killed and wounded per event (lowest to highest over its reports)."""
    lines = []
    for event in events:
        row = counts.get(event["merged_id"])
        if row is None:
            continue
        said = [f"{what} {_span_of(row[f'{what}_low'], row[f'{what}_high'])}"
                for what in ("killed", "wounded")
                if row[f"{what}_low"] is not None or row[f"{what}_high"] is not None]
        if said:
            lines.append(f"- {_headline(event)} ({_when(event)}): {', '.join(said)} "
                         f"({row['casualty_sources']} source(s))")
    return "## Casualties\n\n" + "\n".join(lines) if lines else ""


def _span_of(low: int | None, high: int | None) -> str:
    if low is None or high is None or low == high:
        return f"{low if low is not None else high:,}"
    return f"{low:,}–{high:,}"


def _figures(events: list[dict[str, Any]], by_event: dict[str, list[dict[str, Any]]]) -> str:
    lines = []
    for event in events:
        figures = [e for e in by_event[event["merged_id"]] if e["kind"] == "figure"]
        if not figures:
            continue
        for category in sorted({f["category"] for f in figures}):
            group = [f for f in figures if f["category"] == category]
            lines.append(f"- **{category}**, {_headline(event)} ({_when(event)}): "
                         f"{_range(group)}")
            for f in group[:MAX_FIGURE_LINES]:
                who = escape(f["attributed_to"] or "unattributed")
                lines.append(f"  - {_amount(f)} — {who}, via {escape(f['source'] or 'an unnamed outlet')}: "
                             f"\"{_one_line(f['text'] or '', 120)}\"")
            if len(group) > MAX_FIGURE_LINES:
                lines.append(f"  - … and {len(group) - MAX_FIGURE_LINES} more report(s)")
    return "## Figures\n\n" + "\n".join(lines) if lines else ""


def _amount(figure: dict[str, Any]) -> str:
    low, high = figure["low"], figure["high"]
    if low is not None and high is not None and high != low:
        return f"{low:,}–{high:,}"
    value = low if low is not None else high
    return f"{value:,}" if value is not None else "unknown"


def _range(group: list[dict[str, Any]]) -> str:
    lows = [f["low"] for f in group if f["low"] is not None]
    highs = [f["high"] or f["low"] for f in group if (f["high"] or f["low"]) is not None]
    sources = len({f["source"] for f in group})
    if not lows and not highs:
        return f"no number given ({sources} source(s))"
    low, high = min(lows or highs), max(highs or lows)
    reports = f"{len(group)} report(s) from {sources} source(s)"
    if low == high:
        return f"{low:,} according to {reports}"
    return f"reported figures range {low:,} to {high:,} across {reports}"


def _disputes(events: list[dict[str, Any]], by_event: dict[str, list[dict[str, Any]]]) -> str:
    lines = []
    for event in events:
        items = [e for e in by_event[event["merged_id"]] if e["stance"] == "disputes"]
        if not items:
            continue
        lines.append(f"- {_headline(event)} ({_when(event)}):")
        for item in items:
            who = escape(item["attributed_to"] or "unnamed source")
            label = "contradiction" if item["kind"] == "contradiction" else f"denial by {who}"
            lines.append(f"  - {label}, via {escape(item['source'] or 'an unnamed outlet')}: "
                         f"\"{_one_line(item['text'] or '', 160)}\"")
    return "## Open contradictions\n\n" + "\n".join(lines) if lines else ""
