"""The JSON API under /api: everything the pages show, with the same URL filters."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request
from fastapi.responses import PlainTextResponse, Response

from ..errors import RequestError
from ..io.serialize import to_dict
from ..store.sitrep import sitrep
from . import data
from .analyse import analyse, document
from .deps import FiltersDep, InfoDep, PageDep, SortDep, StoreDep, choices
from .security import MAX_TEXT
from .views import EXPORTS, article_view, event_export, fact_json

router = APIRouter(prefix="/api", tags=["api"])


@router.get("/events", summary="Merged events matching the filters, one page")
def events(store: StoreDep, info: InfoDep, filters: FiltersDep, sort: SortDep,
           page: PageDep) -> dict[str, Any]:
    return data.events_page(store, info, filters, sort=sort, page=page)


@router.get("/choices", summary="Values for the filter drop-downs")
def choices_api(request: Request, store: StoreDep) -> dict[str, list[str]]:
    return choices(request, store)


@router.get("/map", summary="Map points, or grid cells with counts when there are many")
def map_points(store: StoreDep, info: InfoDep, filters: FiltersDep,
               bbox: Annotated[str | None, Query(description="WEST,SOUTH,EAST,NORTH")] = None,
               zoom: Annotated[int, Query(ge=0, le=20)] = 2) -> dict[str, Any]:
    return data.map_data(store, info, filters, bbox=parse_bbox(bbox), zoom=zoom)


def parse_bbox(raw: str | None) -> data.Bbox | None:
    if not raw:
        return None
    try:
        west, south, east, north = (float(x) for x in raw.split(","))
    except ValueError:
        raise RequestError(f"bbox: expected WEST,SOUTH,EAST,NORTH, got {raw!r}",
                           code="E901") from None
    return data.Bbox(west=west, south=south, east=east, north=north)


@router.get("/timeline", summary="Events per day or week, by PLOVER type")
def timeline(store: StoreDep, info: InfoDep, filters: FiltersDep) -> dict[str, Any]:
    return data.timeline(store, info, filters)


@router.get("/events/{merged_id}", summary="One merged event with its reports and evidence")
def event(store: StoreDep, info: InfoDep, merged_id: str) -> dict[str, Any]:
    return data.event_detail(store, info, merged_id)


@router.get("/events/{merged_id}/export/{fmt}", summary="One event as jsonl, plover or geojson")
def export(store: StoreDep, info: InfoDep, merged_id: str, fmt: str) -> Response:
    if fmt not in EXPORTS:
        raise RequestError(f"unknown format {fmt!r}; choose from {', '.join(EXPORTS)}",
                           code="E901")
    detail = data.event_detail(store, info, merged_id)
    if fmt == "plover" and detail["event"]["date"] is None:
        raise RequestError("this event has no date (neither its text nor its article gives "
                           "one), and a PLOVER record needs one: use jsonl or geojson",
                           code="E906")
    body, media = event_export(store, merged_id, fmt, detail["mentions"])
    name = f"event-{merged_id}.{'json' if fmt == 'geojson' else 'jsonl'}"
    return Response(body, media_type=media,
                    headers={"content-disposition": f'attachment; filename="{name}"'})


@router.get("/articles/{article_id}", summary="One article's analysis and its facts")
def article(store: StoreDep, article_id: str) -> dict[str, Any]:
    view = article_view(store.read(article_id))
    return {"analysis": to_dict(view["analysis"]),
            "facts": [fact_json(f) for f in view["facts"]], "span_count": view["span_count"]}


@router.get("/sitrep", summary="The situation report for the filters, as Markdown")
def sitrep_md(store: StoreDep, info: InfoDep, filters: FiltersDep) -> PlainTextResponse:
    return PlainTextResponse(sitrep(store, **data.where_args(info, filters)),
                             media_type="text/markdown; charset=utf-8")


@router.post("/analyse", summary="Analyse a text (not stored)")
def analyse_text(request: Request,
                 text: Annotated[str, Body(embed=True, max_length=1_000_000)]) -> dict[str, Any]:
    view = article_view(analyse(request.app.state.engine,
                                document(text=text, filename=None, content=None,
                                         limit=MAX_TEXT)))
    return {"analysis": to_dict(view["analysis"]),
            "facts": [fact_json(f) for f in view["facts"]], "span_count": view["span_count"]}
