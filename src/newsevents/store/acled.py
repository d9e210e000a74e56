"""ACLED-style CSV export: one row per merged event that ACLED would code.

The event and sub-event types are the ones the events stage stored (one crosswalk:
`stages/events/acled.py`, data and codebook sections in `data/events/acled.toml`). The disorder
type follows from the event type as the ACLED codebook groups them. Events without an ACLED type
and the CASE 2021 "unseen" types (event type "Other events": disasters, organised crime,
diplomatic events, claims of responsibility) are not ACLED events and are left out.

`fatalities`: ACLED's rule for reports that differ or are vague — the most conservative
estimate, vague amounts coded as one unit of their size (cited and tabled in
`data/figures/acled_fatalities.json`; applied in `casualty_sql.py`) — over the killed counts of
the event's casualty summaries.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from .casualty_sql import MERGED_CASUALTIES, acled_fatalities

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)
DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Protests": "Demonstrations",
            "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}
# ACLED inter codes by PLOVER/CAMEO sector (1 state forces … 8 external/other forces).
INTER = {"GOV": 1, "MIL": 1, "COP": 1, "JUD": 1, "SPY": 1, "REB": 2, "INS": 2, "SEP": 2,
         "UAF": 3, "PRM": 3, "PTY": 3, "OPP": 6, "CVL": 7, "REF": 7, "MED": 7, "JRN": 7,
         "EDU": 7, "REL": 7, "LAB": 6, "AGR": 7, "BUS": 7}

EVENTS_SQL = f"""
SELECT m.*, (SELECT string_agg(DISTINCT mm.source, '; ' ORDER BY mm.source)
             FROM merged_event_mentions AS mm WHERE mm.merged_id = m.merged_id) AS sources,
       k.killed_reports
FROM merged_events AS m LEFT JOIN ({MERGED_CASUALTIES}) AS k USING (merged_id)
WHERE m.date IS NOT NULL
ORDER BY m.date, m.merged_id
"""


def classify(row: Mapping[str, Any]) -> tuple[str, str, str] | None:
    """(disorder_type, event_type, sub_event_type) of a stored event, None when ACLED codes
    nothing for it."""
    kind, sub = row.get("acled_event_type"), row.get("acled_sub_event_type")
    if not kind or not sub or kind not in DISORDER:
        return None
    return DISORDER[kind], kind, sub


def inter(sector: str | None, actor_country: str | None, country: str | None) -> int | None:
    code = INTER.get(sector or "")
    if code == 1 and actor_country and country and actor_country != country:
        return 8
    return code


@lru_cache(maxsize=512)
def country_info(iso3: str) -> tuple[str, str]:
    """(ISO 3166 numeric, English name) via pycountry, empty when unknown."""
    import pycountry

    found = pycountry.countries.get(alpha_3=iso3)
    return (found.numeric, found.name) if found else ("", "")


def geo_precision(precision: int | None) -> int:
    return 1 if (precision or 7) <= 2 else 2 if precision == 3 else 3


def record(number: int, row: Mapping[str, Any]) -> dict[str, Any] | None:
    labels = classify(row)
    if labels is None:
        return None
    date: dt.date = row["date"]
    country = row["country"] or ""
    i1 = inter(row["source_sector"], row["source_country"], country)
    i2 = inter(row["target_sector"], row["target_country"], country)
    codes = sorted(c for c in (i1, i2) if c is not None)
    iso, name = country_info(country) if country else ("", "")
    return {
        "event_id_cnty": f"{country or 'XXX'}{number}", "event_date": date.isoformat(),
        "year": date.year, "time_precision": 1 if row["date_last"] == date else 2,
        "disorder_type": labels[0], "event_type": labels[1], "sub_event_type": labels[2],
        "actor1": row["source_name"] or "", "assoc_actor_1": "", "inter1": i1 or "",
        "actor2": row["target_name"] or "", "assoc_actor_2": "", "inter2": i2 or "",
        "interaction": "".join(map(str, codes)).ljust(2, "0") if codes else "",
        "civilian_targeting": "Civilian targeting"
        if i2 == 7 or labels[1] == "Violence against civilians" else "", "iso": iso,
        "region": "", "country": name, "admin1": row["admin1"] or "", "admin2": "",
        "admin3": "", "location": row["place_name"] or "", "latitude": row["lat"],
        "longitude": row["lon"], "geo_precision": geo_precision(row["precision"]),
        "source": row["sources"] or "", "source_scale": "", "notes": notes(row),
        "fatalities": acled_fatalities(row["killed_reports"]),
        "tags": "", "timestamp": int(dt.datetime.combine(row["first_report"] or date,
                                                         dt.time(), dt.UTC).timestamp()),
    }


def notes(row: Mapping[str, Any]) -> str:
    who = row["source_name"] or "Unidentified actor"
    whom = f" against {row['target_name']}" if row["target_name"] else ""
    where = f" in {row['place_name']}" if row["place_name"] else ""
    return (f"On {row['date']:%d %B %Y}, {who}: {row['plover_type'].lower()}"
            f"{' (' + row['plover_mode'] + ')' if row['plover_mode'] else ''}{whom}{where}. "
            f"Reported by {row['num_articles']} article(s) from {row['num_sources']} source(s).")


def records(store: Any) -> Iterator[dict[str, Any]]:
    for number, row in enumerate(store.rows(EVENTS_SQL), start=1):
        out = record(number, row)
        if out is not None:
            yield out
