"""Killed and wounded per merged event, from the casualty summaries of its reports.

Each report (an article's event) has at most one casualty summary; a merged event's counts are
the lowest low and the highest high over its reports, and `killed_reports` keeps each report's
(low, high) for rules that need them (the ACLED export)."""
from __future__ import annotations

from functools import lru_cache

from ..resources.datafiles import read_json_data
from ..errors import DictionaryError

MERGED_CASUALTIES = """
SELECT mm.merged_id,
       min(c.killed_low) AS killed_low,
       max(coalesce(c.killed_high, c.killed_low)) AS killed_high,
       min(c.wounded_low) AS wounded_low,
       max(coalesce(c.wounded_high, c.wounded_low)) AS wounded_high,
       list([c.killed_low, c.killed_high] ORDER BY c.article_id)
           FILTER (WHERE c.killed_low IS NOT NULL OR c.killed_high IS NOT NULL)
           AS killed_reports,
       count(DISTINCT mm.source) AS casualty_sources
FROM merged_event_mentions AS mm
JOIN casualties AS c ON c.article_id = mm.article_id AND c.event = mm.event_id
GROUP BY mm.merged_id
"""
COLUMNS = ("killed_low", "killed_high", "wounded_low", "wounded_high")


@lru_cache(maxsize=1)
def vague_codes() -> dict[tuple[int, int], int]:
    """(low, high) of a vague band → the number ACLED codes it as (data/figures)."""
    data, where = read_json_data("figures", "acled_fatalities.json", None,
                                 what="ACLED fatalities rule")
    try:
        return {(int(b["low"]), int(b["high"])): int(b["code"]) for b in data["vague_codes"]}
    except (KeyError, TypeError, ValueError) as err:
        raise DictionaryError(where, None, f"bad 'vague_codes' ({err})") from err


def acled_value(low: int | None, high: int | None) -> int | None:
    """One report's killed count as ACLED codes it: a vague band by its code, else the low
    bound (the conservative end), else the high bound."""
    if low is not None and high is not None and (low, high) in vague_codes():
        return vague_codes()[(low, high)]
    return low if low is not None else high


def acled_fatalities(reports: list[list[int | None]] | None) -> int:
    """ACLED's rule for reports that differ: the most conservative (lowest) value; 0 without
    any report of killed."""
    values = [v for lo, hi in (reports or []) if (v := acled_value(lo, hi)) is not None]
    return min(values, default=0)
