"""CLI skins: `newsevents serve` (the desk) and `newsevents basemap build` (map boundaries)."""
from __future__ import annotations

import click

from ..errors import NewsEventsError
from ..store.commands import DB_OPTION

LOCAL = "127.0.0.1"


@click.command()
@DB_OPTION
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--host", default=LOCAL, show_default=True,
              help="Address to bind; anything but 127.0.0.1 exposes the desk to the network.")
def serve(db: str, port: int, host: str) -> None:
    """Open the analyst's desk (map, timeline, events, articles) in a local web server."""
    import uvicorn

    from .app import LOCAL_HOSTS, create_app
    from .boundaries import ensure_boundaries

    if host != LOCAL:
        click.echo(f"warning: binding to {host}: anyone who can reach this machine on port "
                   f"{port} can read the store (the desk has no login)", err=True)
    try:
        app = create_app(db, basemap=ensure_boundaries(),
                         hosts=LOCAL_HOSTS if host == LOCAL else ("*",))
    except NewsEventsError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"newsevents desk on http://{_shown(host)}:{port}/ (store {db}); Ctrl-C stops",
               err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning",
                server_header=False, proxy_headers=False)


def _shown(host: str) -> str:
    return f"[{host}]" if ":" in host else host


@click.group()
def basemap() -> None:
    """The map's country boundaries, compiled from the countryinfo package's data."""


@basemap.command("build")
@click.option("--force", is_flag=True, help="Rebuild even when the cached file exists.")
def build(force: bool) -> None:
    """Compile the boundaries once into the cache folder (done by `make install`)."""
    from .boundaries import cache_path, ensure_boundaries

    existed = cache_path().is_file()
    path = ensure_boundaries(force=force)
    state = "up to date" if existed and not force else "built"
    click.echo(f"map boundaries {state}: {path}")
