"""`newsevents gazetteer build|info|lookup`: a thin skin over resources.gazetteer."""
from __future__ import annotations

import json

import click

from ..config import load_settings
from ..errors import GazetteerError
from . import gazetteer_build as build
from .gazetteer import index_path, load_gazetteer, open_index, prune_stale


def _path():  # type: ignore[no-untyped-def]
    return index_path(load_settings(), build.current_version())


@click.group("gazetteer")
def gazetteer() -> None:
    """Build and inspect the local gazetteer index (GeoNames data shipped in PyPI packages)."""


@gazetteer.command("build")
@click.option("--force", is_flag=True, help="Rebuild even when a valid index exists.")
def build_command(force: bool) -> None:
    """Compile the index (about a minute; shows progress on stderr)."""
    path = _path()
    try:
        if not force:
            open_index(path, version=build.current_version())
            click.echo(f"gazetteer index is up to date: {path} (use --force to rebuild)")
            return
    except GazetteerError:
        pass
    try:
        build.build_index(build.default_sources(), path, progress=True)
    except GazetteerError as err:
        raise click.ClickException(str(err)) from err
    if not load_settings().gazetteer_path:
        prune_stale(path)
    click.echo(f"built {path}")


@gazetteer.command("info")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def info_command(as_json: bool) -> None:
    """Path, version, counts and size of the index."""
    path = _path()
    try:
        gaz = open_index(path, version=build.current_version())
        info = {"path": str(path), "version": gaz.version, "bytes": path.stat().st_size,
                "counts": gaz.counts()}
    except GazetteerError as err:
        raise click.ClickException(str(err)) from err
    if as_json:
        click.echo(json.dumps(info, indent=2, sort_keys=True))
        return
    click.echo(f"path     {info['path']}\nversion  {info['version']}\n"
               f"size     {info['bytes'] / 1e6:.1f} MB")
    for kind, count in sorted(info["counts"].items()):
        click.echo(f"{kind:8s} {count:,}")


@gazetteer.command("lookup")
@click.argument("name")
@click.option("--limit", type=int, default=10, show_default=True)
def lookup_command(name: str, limit: int) -> None:
    """Top candidates for NAME (by how the name matched, then population)."""
    try:
        gaz = load_gazetteer(load_settings())
    except GazetteerError as err:
        raise click.ClickException(str(err)) from err
    found = gaz.candidates(name, limit=limit)
    if not found:
        raise click.ClickException(f"no gazetteer entry for {name!r}")
    match = {0: "name", 1: "alias", 2: "variant"}
    for cand in found:
        where = ", ".join(x for x in (cand.admin1, cand.country) if x)
        coords = f"{cand.lat:.4f}, {cand.lon:.4f}" if cand.lat is not None else "no coordinates"
        click.echo(f"{cand.name} [{cand.feature_code}] {where} ({coords}) pop {cand.population:,}"
                   f" geonameid {cand.geonameid} ({match.get(cand.match, '?')})")
