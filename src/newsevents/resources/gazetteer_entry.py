"""What a gazetteer entry is: the types shared by the index, its builder and its sources.

They live here, below `gazetteer`, `gazetteer_build` and `geo_sources`, so that none of those
modules imports another in a circle.
"""
from __future__ import annotations

from dataclasses import dataclass

SCHEMA_VERSION = "3"
MATCH_NAME, MATCH_ALIAS, MATCH_LOOSE = 0, 1, 2
KINDS = ("country", "region", "admin1", "admin2", "city")


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """One gazetteer entry, as returned for a looked-up name (`match` says how it matched)."""

    pid: int  # our key: the GeoNames id, or a negative id for our own regions
    name: str
    kind: str  # one of KINDS
    feature_code: str
    country: str | None  # ISO 3166-1 alpha-3
    lat: float | None
    lon: float | None
    population: int = 0
    geonameid: int | None = None
    admin1: str | None = None
    admin1_code: str | None = None  # GeoNames admin1 code, e.g. "10" for Diyala (IQ.10)
    admin2: str | None = None
    match: int = MATCH_NAME
