"""ACLED-style CSV export: one row per merged event that ACLED would code.

PLOVER → ACLED (ONTOLOGY.md §4), our own table, checked against the ACLED 2023/2024 codebook
lists there. The first matching rule wins; `*` matches any mode; "armed" means the target's
sector is MIL, REB, COP, UAF, INS, SEP or PRM. Verbal events (AGREE aside) and aid, sanctions
and consultations are not ACLED events and are left out.

| PLOVER type | mode(s) | extra condition | disorder / event type / sub-event type |
|---|---|---|---|
| ASSAULT | aerial, drone | | Political violence / Explosions/Remote violence / Air/drone strike |
| ASSAULT | heavy-weapons | | … / Explosions/Remote violence / Shelling/artillery/missile attack |
| ASSAULT | explosives | | … / Explosions/Remote violence / Remote explosive/landmine/IED |
| ASSAULT | suicide-attack | | … / Explosions/Remote violence / Suicide bomb |
| ASSAULT | unconventional | | … / Explosions/Remote violence / Chemical weapon |
| ASSAULT | abduct | | … / Violence against civilians / Abduction/forced disappearance |
| ASSAULT | sexual | | … / Violence against civilians / Sexual violence |
| ASSAULT | * | target armed | … / Battles / Armed clash |
| ASSAULT | * | | … / Violence against civilians / Attack |
| COERCE | seize | source REB/INS/SEP/UAF | … / Battles / Non-state actor overtakes territory |
| COERCE | seize | | … / Battles / Government regains territory |
| COERCE | arrest | | Strategic developments / Strategic developments / Arrests |
| COERCE | * | | Strategic developments / Strategic developments / Other |
| PROTEST | riot, vandalize | | Demonstrations / Riots / Violent demonstration |
| PROTEST | * | | Demonstrations / Protests / Peaceful protest |
| AGREE | * | | Strategic developments / Strategic developments / Agreement |
| RETREAT | ceasefire | | Strategic developments / Strategic developments / Agreement |
| RETREAT | withdraw | | … / Strategic developments / Non-violent transfer of territory |
| MOBILIZE | * | | … / Strategic developments / Change to group/activity |

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
PV, SD, DEM = "Political violence", "Strategic developments", "Demonstrations"
ERV, VAC = "Explosions/Remote violence", "Violence against civilians"
ARMED = frozenset({"MIL", "REB", "COP", "UAF", "INS", "SEP", "PRM"})
NON_STATE = frozenset({"REB", "INS", "SEP", "UAF"})
# (type, modes or "*", condition) → (disorder_type, event_type, sub_event_type)
RULES: tuple[tuple[str, frozenset[str] | str, str, tuple[str, str, str]], ...] = (
    ("ASSAULT", frozenset({"aerial", "drone"}), "", (PV, ERV, "Air/drone strike")),
    ("ASSAULT", frozenset({"heavy-weapons"}), "", (PV, ERV, "Shelling/artillery/missile attack")),
    ("ASSAULT", frozenset({"explosives"}), "", (PV, ERV, "Remote explosive/landmine/IED")),
    ("ASSAULT", frozenset({"suicide-attack"}), "", (PV, ERV, "Suicide bomb")),
    ("ASSAULT", frozenset({"unconventional"}), "", (PV, ERV, "Chemical weapon")),
    ("ASSAULT", frozenset({"abduct"}), "", (PV, VAC, "Abduction/forced disappearance")),
    ("ASSAULT", frozenset({"sexual"}), "", (PV, VAC, "Sexual violence")),
    ("ASSAULT", "*", "target_armed", (PV, "Battles", "Armed clash")),
    ("ASSAULT", "*", "", (PV, VAC, "Attack")),
    ("COERCE", frozenset({"seize"}), "source_non_state",
     (PV, "Battles", "Non-state actor overtakes territory")),
    ("COERCE", frozenset({"seize"}), "", (PV, "Battles", "Government regains territory")),
    ("COERCE", frozenset({"arrest"}), "", (SD, SD, "Arrests")),
    ("COERCE", "*", "", (SD, SD, "Other")),
    ("PROTEST", frozenset({"riot", "vandalize"}), "", (DEM, "Riots", "Violent demonstration")),
    ("PROTEST", "*", "", (DEM, "Protests", "Peaceful protest")),
    ("AGREE", "*", "", (SD, SD, "Agreement")),
    ("RETREAT", frozenset({"ceasefire"}), "", (SD, SD, "Agreement")),
    ("RETREAT", frozenset({"withdraw"}), "", (SD, SD, "Non-violent transfer of territory")),
    ("MOBILIZE", "*", "", (SD, SD, "Change to group/activity")),
)
# ACLED inter codes by PLOVER/CAMEO sector (1 state forces … 8 external/other forces).
INTER = {"GOV": 1, "MIL": 1, "COP": 1, "JUD": 1, "SPY": 1, "REB": 2, "INS": 2, "SEP": 2,
         "UAF": 3, "PRM": 3, "PTY": 3, "OPP": 6, "CVL": 7, "REF": 7, "MED": 7, "JRN": 7,
         "EDU": 7, "REL": 7, "LAB": 6, "AGR": 7, "BUS": 7}

EVENTS_SQL = f"""
SELECT m.*, (SELECT string_agg(DISTINCT mm.source, '; ' ORDER BY mm.source)
             FROM merged_event_mentions AS mm WHERE mm.merged_id = m.merged_id) AS sources,
       k.killed_reports
FROM merged_events AS m LEFT JOIN ({MERGED_CASUALTIES}) AS k USING (merged_id)
ORDER BY m.date, m.merged_id
"""


def classify(row: Mapping[str, Any]) -> tuple[str, str, str] | None:
    """(disorder_type, event_type, sub_event_type) by RULES, or None (not an ACLED event)."""
    mode = row["plover_mode"] or ""
    conditions = {"": True, "target_armed": row["target_sector"] in ARMED,
                  "source_non_state": row["source_sector"] in NON_STATE}
    for kind, modes, condition, labels in RULES:
        if kind == row["plover_type"] and (modes == "*" or mode in modes) \
                and conditions[condition]:
            return labels
    return None


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
        "civilian_targeting": "Civilian targeting" if i2 == 7 else "", "iso": iso,
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
