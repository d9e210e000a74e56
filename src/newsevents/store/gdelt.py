"""GDELT 2.0 export: the event table's 61 tab-separated columns (one row per merged event) and
the 16-column mentions table (one row per merged event mention).

Geographic country codes (ActionGeo_CountryCode, and the country in its FullName) are FIPS
10-4 as in GDELT's own files (`data/geo/iso3_fips.tsv`); actor country codes stay CAMEO/ISO
alpha-3 as GDELT's do. Differences from GDELT, by necessity: FeatureID is the GeoNames id, ADM1/ADM2 codes are empty (we keep names),
Actor1Geo/Actor2Geo are empty (type 0: we locate the action, not the actors), AvgTone and
MentionDocTone are 0 (no tone model), DATEADDED is the first report's date at 00:00:00.
"""
from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

EVENT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                             "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                             "Type3Code")),
    *(f"Actor2{f}" for f in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                             "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                             "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}_{f}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
      for f in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
MENTION_COLUMNS = (
    "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras",
)
ROOT_QUAD = {**{f"{r:02d}": 1 for r in range(1, 6)}, **{f"{r:02d}": 2 for r in range(6, 9)},
             **{f"{r:02d}": 3 for r in range(9, 14)}, **{f"{r:02d}": 4 for r in range(14, 21)}}

EVENTS_SQL = """
SELECT m.*, (SELECT min(mm.sentence) FROM merged_event_mentions AS mm
             WHERE mm.merged_id = m.merged_id) AS first_sentence
FROM merged_events AS m WHERE m.date IS NOT NULL ORDER BY m.date, m.merged_id
"""
MENTIONS_SQL = """
SELECT m.merged_id, m.first_report, mm.article_id, mm.sentence, mm.trigger_start,
       mm.source_start, mm.target_start, mm.source, mm.published, a.url, length(a.text) AS doc_len,
       e.modality
FROM merged_event_mentions AS mm
JOIN merged_events AS m ON m.merged_id = mm.merged_id
JOIN articles AS a ON a.id = mm.article_id
LEFT JOIN events AS e ON e.article_id = mm.article_id AND e.id = mm.event_id
WHERE m.date IS NOT NULL
ORDER BY m.date, m.merged_id, mm.published, mm.article_id, mm.event_id
"""


@lru_cache(maxsize=1)
def fips_table() -> dict[str, str]:
    """ISO 3166-1 alpha-3 → FIPS 10-4 country code (the package's data file)."""
    from importlib import resources as pkg_resources

    ref = pkg_resources.files("newsevents") / "data" / "geo" / "iso3_fips.tsv"
    lines = [ln for ln in ref.read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    return dict(line.split("\t") for line in lines[1:])  # after the header row


def fips(iso3: str | None) -> str:
    """The FIPS 10-4 code of an ISO alpha-3 country code ("" when unknown or none)."""
    return fips_table().get(iso3 or "", "")


@lru_cache(maxsize=1)
def goldstein_table() -> dict[str, float]:
    """CAMEO code → Goldstein value, from the package's CAMEO table."""
    from ..resources.lexicon import packaged_cameo

    return {code: entry.goldstein for code, entry in packaged_cameo().items()}


def goldstein(code: str) -> float | str:
    table = goldstein_table()
    for key in (code, code[:3], code[:2]):
        if key in table:
            return table[key]
    return ""


def clean_field(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.6f}".rstrip("0").rstrip(".") if value == value else ""
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _day(value: dt.date | None) -> str:
    return value.strftime("%Y%m%d") if value else ""


def _actor(row: Mapping[str, Any], side: str) -> list[Any]:
    code = row[f"{side}_code"] or "".join(x for x in (row[f"{side}_country"],
                                                      row[f"{side}_sector"]) if x)
    name = (row[f"{side}_name"] or "").upper()
    return [code, name, row[f"{side}_country"], "", "", "", "", row[f"{side}_sector"], "", ""]


def geo_type(precision: int | None) -> int:
    """GDELT geo type: 1 country, 5 world state (admin1), 4 world city."""
    if precision is None:
        return 0
    return 1 if precision >= 5 else 5 if precision == 4 else 4


def _action_geo(row: Mapping[str, Any]) -> list[Any]:
    if row["lat"] is None and not row["country"]:
        return [0, "", "", "", "", "", "", ""]
    full = ", ".join(x for x in (row["place_name"], row["admin1"], row["country"]) if x)
    return [geo_type(row["precision"]), full, fips(row["country"]), "", "", row["lat"], row["lon"],
            row["geonameid"]]


def event_record(number: int, row: Mapping[str, Any]) -> list[Any]:
    date: dt.date = row["date"]
    code = row["cameo_code"] or ""
    fraction = date.year + (date.timetuple().tm_yday - 1) / 365.0
    return [
        number, _day(date), date.strftime("%Y%m"), date.year, f"{fraction:.4f}",
        *_actor(row, "source"), *_actor(row, "target"),
        1 if (row["first_sentence"] or 0) <= 2 else 0, code, code[:3], code[:2],
        ROOT_QUAD.get(code[:2], row["quad_class"]), goldstein(code) if code else "",
        row["num_mentions"], row["num_sources"], row["num_articles"], 0,
        *([0, "", "", "", "", "", "", ""] * 2), *_action_geo(row),
        _day(row["first_report"] or date) + "000000", row["first_url"] or row["first_article_id"],
    ]


def event_rows(store: Any) -> Iterator[list[str]]:
    for number, row in enumerate(store.rows(EVENTS_SQL), start=1):
        yield [clean_field(v) for v in event_record(number, row)]


def mention_rows(store: Any) -> Iterator[list[str]]:
    numbers = {r["merged_id"]: k for k, r in enumerate(store.rows(EVENTS_SQL), start=1)}
    for row in store.rows(MENTIONS_SQL):
        record = [
            numbers[row["merged_id"]], _day(row["first_report"] or row["published"]) + "000000",
            _day(row["published"]) + "000000" if row["published"] else "", 1, row["source"],
            row["url"] or row["article_id"], row["sentence"] + 1,
            _offset(row["source_start"]), _offset(row["target_start"]), row["trigger_start"], 1,
            100 if row["modality"] in (None, "asserted") else 50, row["doc_len"], 0, "", "",
        ]
        yield [clean_field(v) for v in record]


def _offset(value: int | None) -> int:
    return -1 if value is None else value


def write_tsv(rows: Iterator[list[str]], handle: io.TextIOBase | Any) -> int:
    count = 0
    for row in rows:
        handle.write("\t".join(row) + "\n")
        count += 1
    return count
