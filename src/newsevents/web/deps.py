"""Request dependencies shared by the pages and the JSON API (documented in OpenAPI)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Query, Request

from ..store.duckdb import Store
from . import data
from .access import StoreInfo
from .filters import Filters, parse_filters, parse_page, parse_sort


def info(request: Request) -> StoreInfo:
    return request.app.state.info  # type: ignore[no-any-return]


def store(request: Request) -> Iterator[Store]:
    """The store, read-only, for this request (see access.Connections)."""
    with request.app.state.connections.open() as opened:
        yield opened


def choices(request: Request, store: Store) -> dict[str, list[str]]:
    """The filter drop-downs' values, computed once per opening of the store."""
    cache = request.app.state.connections.cache
    if "choices" not in cache:
        cache["choices"] = data.choices(store, info(request))
    return cache["choices"]  # type: ignore[no-any-return]


Text = Annotated[str | None, Query(max_length=200)]


def filters(
    request: Request,
    date_from: Annotated[str | None, Query(alias="from", description="YYYY-MM-DD")] = None,
    to: Annotated[str | None, Query(description="YYYY-MM-DD")] = None,
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-3")] = None,
    actor: Annotated[str | None, Query(description="part of an actor's name or code")] = None,
    type: Annotated[str | None, Query(description="PLOVER event type")] = None,  # noqa: A002
    mode: Annotated[str | None, Query(description="PLOVER mode")] = None,
    acled: Annotated[str | None, Query(description="ACLED event type (when stored)")] = None,
    modality: Annotated[str | None, Query(description="asserted, claimed, …")] = None,
    near: Annotated[str | None, Query(description="LAT,LON,KM")] = None,
    text: Annotated[str | None, Query(description="text of a reporting article")] = None,
    place: Annotated[str | None, Query(description="place or admin1 name")] = None,
) -> Filters:
    raw = {"from": date_from, "to": to, "country": country, "actor": actor, "type": type,
           "mode": mode, "acled": acled, "modality": modality, "near": near, "text": text,
           "place": place}
    has_acled = info(request).has("merged_events", "acled_event_type")
    return parse_filters({k: v for k, v in raw.items() if v}, acled=has_acled)


def sort(value: Annotated[str | None, Query(alias="sort",
                                           description="date, -date, reports, sources, type, "
                                                       "country or place")] = None) -> str:
    return parse_sort(value)


def page(value: Annotated[str | None, Query(alias="page", description="1, 2, …")] = None) -> int:
    return parse_page(value)


StoreDep = Annotated[Store, Depends(store)]
InfoDep = Annotated[StoreInfo, Depends(info)]
FiltersDep = Annotated[Filters, Depends(filters)]
SortDep = Annotated[str, Depends(sort)]
PageDep = Annotated[int, Depends(page)]
