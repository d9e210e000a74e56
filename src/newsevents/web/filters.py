"""The desk's filters: parsed from the URL's query string, turned back into one, and passed to
`store.query.where_clause` (bound parameters only). Sorting comes from a fixed allow-list."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any
from urllib.parse import urlencode

from ..errors import RequestError

# URL parameter → Filters field (the URL names are short and shared with the JSON API).
PARAMS = {
    "from": "date_from", "to": "date_to", "country": "country", "actor": "actor",
    "type": "event_type", "mode": "mode", "acled": "acled_type", "modality": "modality",
    "near": "near", "text": "text", "place": "place",
}
SORTS = {
    "date": "m.date, m.first_report, m.merged_id",
    "-date": "m.date DESC, m.first_report DESC, m.merged_id",
    "reports": "m.num_articles DESC, m.date, m.merged_id",
    "sources": "m.num_sources DESC, m.date, m.merged_id",
    "type": "m.plover_type, m.date, m.merged_id",
    "country": "m.country NULLS LAST, m.date, m.merged_id",
    "place": "m.place_name NULLS LAST, m.date, m.merged_id",
}
MAX_TEXT = 200


@dataclass(frozen=True, slots=True, kw_only=True)
class Filters:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    country: str | None = None
    actor: str | None = None
    event_type: str | None = None
    mode: str | None = None
    acled_type: str | None = None
    modality: str | None = None
    near: tuple[float, float, float] | None = None
    text: str | None = None
    place: str | None = None

    def where_args(self) -> dict[str, Any]:
        return asdict(self)

    def params(self) -> dict[str, str]:
        """The non-empty filters as URL parameters."""
        out = {}
        for name, field in PARAMS.items():
            value = getattr(self, field)
            if value is None:
                continue
            out[name] = ",".join(f"{v:g}" for v in value) if field == "near" else str(value)
        return out

    def query_string(self, **extra: str | int | None) -> str:
        items = {**self.params(), **{k: str(v) for k, v in extra.items() if v is not None}}
        return urlencode(items)

    def without(self, *fields: str) -> Filters:
        return replace(self, **{f: None for f in fields})


def parse_filters(query: Mapping[str, str], *, acled: bool = True) -> Filters:
    """Filters from URL parameters; raises RequestError E901 for a bad value."""
    values: dict[str, Any] = {}
    for name, field in PARAMS.items():
        raw = (query.get(name) or "").strip()
        if not raw or (field == "acled_type" and not acled):
            continue
        if len(raw) > MAX_TEXT:
            raise RequestError(f"filter {name!r} longer than {MAX_TEXT} characters", code="E901")
        values[field] = _convert(name, field, raw)
    filters = Filters(**values)
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        raise RequestError("filter 'from' is after 'to'", code="E901")
    return filters


def _convert(name: str, field: str, raw: str) -> Any:
    if field in ("date_from", "date_to"):
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            raise RequestError(f"filter {name!r}: not a date (YYYY-MM-DD): {raw!r}",
                               code="E901") from None
    if field == "near":
        return parse_near(raw)
    return raw


def parse_near(raw: str) -> tuple[float, float, float]:
    try:
        lat, lon, km = (float(x) for x in raw.split(","))
    except ValueError:
        raise RequestError(f"filter 'near': expected LAT,LON,KM, got {raw!r}",
                           code="E901") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 < km <= 20_000):
        raise RequestError(f"filter 'near' out of range: {raw!r}", code="E901")
    return lat, lon, km


def parse_sort(value: str | None) -> str:
    """A key of SORTS (the SQL comes from the allow-list, never from the request)."""
    if not value:
        return "date"
    if value not in SORTS:
        raise RequestError(f"unknown sort {value!r}; choose from {', '.join(SORTS)}",
                           code="E901")
    return value


def parse_page(value: str | None) -> int:
    try:
        page = int(value) if value else 1
    except ValueError:
        raise RequestError(f"page: not a number: {value!r}", code="E901") from None
    if not 1 <= page <= 100_000:
        raise RequestError(f"page out of range: {page}", code="E901")
    return page
