"""The desk's application factory: routes, middleware, error pages, static files."""
from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..errors import InputError, NewsEventsError, RequestError, StoreError
from .access import Connections, inspect_store
from .render import templates
from .security import MAX_BODY, BodyTooLarge, Guard

LOCAL_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")
STATIC = Path(__file__).parent / "static"
_STATUS = {"E704": 503, "E705": 503, "E706": 503, "E702": 503, "E707": 404}
log = logging.getLogger("newsevents.web")


def create_app(db: str | Path, *, lock_wait: float = 2.0, basemap: Path | None = None,
               hosts: Sequence[str] = LOCAL_HOSTS) -> FastAPI:
    """The desk over the store at `db` (checked now: coded StoreError when unusable).

    `hosts`: the Host headers answered (a local desk refuses other names, which stops DNS
    rebinding); ("*",) when bound to a public address."""
    from . import api, pages

    info = inspect_store(db, lock_wait=lock_wait)
    app = FastAPI(title="newsevents desk", docs_url=None, redoc_url=None, lifespan=_lifespan,
                  openapi_url="/openapi.json",
                  description="The analyst's desk over a newsevents store: the JSON API "
                              "behind every page, with the same filters as the pages.")
    app.state.info = info
    app.state.connections = Connections(info)
    app.state.templates = templates()
    app.state.basemap = basemap
    app.state.engine = {}
    app.add_middleware(Guard, max_body=MAX_BODY)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(hosts))
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    _mount_vendor(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    _handlers(app)
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    app.state.connections.close()


def _mount_vendor(app: FastAPI) -> None:
    """Leaflet and its marker-cluster plugin (XStatic packages) and Swagger UI for the
    OpenAPI page (swagger-ui-bundle), served from the installed packages."""
    import xstatic.pkg.leaflet as leaflet
    import xstatic.pkg.leaflet_markercluster as cluster
    from swagger_ui_bundle import swagger_ui_path

    app.mount("/vendor/leaflet", StaticFiles(directory=leaflet.BASE_DIR), name="leaflet")
    app.mount("/vendor/markercluster", StaticFiles(directory=cluster.BASE_DIR),
              name="markercluster")
    app.mount("/vendor/swagger", StaticFiles(directory=swagger_ui_path), name="swagger")


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(NewsEventsError)
    async def coded(request: Request, err: NewsEventsError) -> Response:
        status = _status(err)
        if isinstance(err, StoreError) and status >= 500:
            log.warning("%s", err)
        return error_response(request, status=status, code=err.code, message=err.message)

    @app.exception_handler(BodyTooLarge)
    async def too_large(request: Request, err: BodyTooLarge) -> Response:
        return error_response(request, status=413, code="E902", message=str(err))


def _status(err: NewsEventsError) -> int:
    if isinstance(err, RequestError):
        return err.status
    if isinstance(err, InputError):
        return 413 if err.code == "E104" else 400
    return _STATUS.get(err.code, 500)


def error_response(request: Request, *, status: int, code: str, message: str) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
    page: Any = request.app.state.templates.TemplateResponse(
        request, "error.html", {"code": code, "message": message, "status": status},
        status_code=status)
    return page  # type: ignore[no-any-return]
