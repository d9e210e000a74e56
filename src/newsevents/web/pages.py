"""The desk's HTML pages (server-rendered; every filter lives in the URL)."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import FileResponse, PlainTextResponse, Response

from ..store.sitrep import sitrep
from . import data
from .analyse import add_to_store, analyse, document
from .boundaries import ensure_boundaries
from .deps import FiltersDep, InfoDep, PageDep, SortDep, StoreDep, choices
from .filters import SORTS, Filters
from .security import MAX_TEXT
from .views import EXPORTS, article_view, mention_segments

router = APIRouter(include_in_schema=False)


def _page(request: Request, name: str, context: dict[str, Any]) -> Response:
    response: Response = request.app.state.templates.TemplateResponse(request, name, context)
    return response


def _filter_context(request: Request, store: Any, info: Any, filters: Filters
                    ) -> dict[str, Any]:
    return {"filters": filters, "params": filters.params(), "qs": filters.query_string(),
            "choices": choices(request, store),
            "has_acled": info.has("merged_events", "acled_event_type")}


@router.get("/")
def map_page(request: Request, store: StoreDep, info: InfoDep, filters: FiltersDep) -> Response:
    context = _filter_context(request, store, info, filters)
    return _page(request, "map.html", {**context, "nav": "map"})


@router.get("/events")
def events_page(request: Request, store: StoreDep, info: InfoDep, filters: FiltersDep,
                sort: SortDep, page: PageDep) -> Response:
    result = data.events_page(store, info, filters, sort=sort, page=page)
    return _page(request, "events.html", {**_filter_context(request, store, info, filters),
                                          **result, "sort": sort, "sorts": list(SORTS),
                                          "nav": "events"})


@router.get("/events/{merged_id}")
def event_page(request: Request, store: StoreDep, info: InfoDep, merged_id: str) -> Response:
    detail = data.event_detail(store, info, merged_id)
    for mention in detail["mentions"]:
        mention["segments"] = mention_segments(mention)
    return _page(request, "event.html", {**detail, "exports": EXPORTS, "nav": "events",
                                         "extra": data.extra_fields(detail["event"])})


@router.get("/articles/{article_id}")
def article_page(request: Request, store: StoreDep, article_id: str) -> Response:
    view = article_view(store.read(article_id))
    summary = sitrep(store, article=article_id).split("\n", 1)[1]  # without its title line
    return _page(request, "article.html", {**view, "summary": summary, "stored": True,
                                           "nav": ""})


@router.get("/sitrep")
def sitrep_page(request: Request, store: StoreDep, info: InfoDep,
                filters: FiltersDep) -> Response:
    text = sitrep(store, **data.where_args(info, filters))
    return _page(request, "sitrep.html", {**_filter_context(request, store, info, filters),
                                          "markdown": text, "nav": "sitrep"})


@router.get("/sitrep.md")
def sitrep_download(store: StoreDep, info: InfoDep, filters: FiltersDep) -> Response:
    text = sitrep(store, **data.where_args(info, filters))
    return PlainTextResponse(text, media_type="text/markdown; charset=utf-8",
                             headers={"content-disposition": 'attachment; filename="sitrep.md"'})


@router.get("/try")
def try_form(request: Request) -> Response:
    return _page(request, "try.html", {"limit": MAX_TEXT, "nav": "try"})


@router.post("/try")
async def try_run(request: Request, text: Annotated[str | None, Form()] = None,
                  upload: Annotated[UploadFile | None, File()] = None,
                  store_it: Annotated[str | None, Form(alias="store")] = None) -> Response:
    from starlette.concurrency import run_in_threadpool

    content = await upload.read(MAX_TEXT + 1) if upload is not None else None
    raw = document(text=text, filename=upload.filename if upload else None, content=content,
                   limit=MAX_TEXT)
    analysis = await run_in_threadpool(analyse, request.app.state.engine, raw)
    added = None
    if store_it:
        added = await run_in_threadpool(_store_it, request, analysis)
    return _page(request, "article.html", {**article_view(analysis), "summary": None,
                                           "stored": False, "added": added, "nav": "try"})


def _store_it(request: Request, analysis: Any) -> bool:
    with request.app.state.connections.paused():
        return add_to_store(request.app.state.info.path, analysis,
                            engine=request.app.state.engine)


@router.get("/api-docs")
def api_docs(request: Request) -> Response:
    return _page(request, "apidocs.html", {"schema": request.app.openapi(), "nav": "api"})


@router.get("/docs")
def swagger(request: Request) -> Response:
    """FastAPI's interactive OpenAPI page (Swagger UI from the swagger-ui-bundle package)."""
    return _page(request, "swagger.html", {})


@router.get("/basemap.geojson")
def basemap(request: Request) -> Response:
    path = request.app.state.basemap or ensure_boundaries()
    return FileResponse(path, media_type="application/geo+json")
