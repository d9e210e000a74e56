"""Country boundaries for the map: the GeoJSON shipped in the `countryinfo` package's data,
simplified once (dropping vertices closer than TOLERANCE degrees to the last kept one, and
rounding to 3 decimals) into one cached file, `$XDG_CACHE_HOME/newsevents/boundaries-*.geojson`.
`make install` builds it (`newsevents basemap build`); `serve` builds it when it is missing.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from ..errors import GazetteerError

TOLERANCE = 0.08
FORMAT = 1
Ring = list[list[float]]


def cache_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    version = metadata.version("countryinfo")
    return Path(base) / "newsevents" / f"boundaries-{FORMAT}-countryinfo-{version}.geojson"


def ensure_boundaries(*, force: bool = False) -> Path:
    """The cached boundaries file, built first when missing (or when `force`)."""
    path = cache_path()
    if path.is_file() and not force:
        return path
    data = build_collection()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    tmp.replace(path)
    return path


def build_collection() -> dict[str, Any]:
    features = [f for f in _features() if f["geometry"]["coordinates"]]
    if not features:
        raise GazetteerError("the countryinfo package holds no country boundaries")
    return {"type": "FeatureCollection", "features": features}


def _features() -> Iterator[dict[str, Any]]:
    folder = resources.files("countryinfo") / "data"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        record = json.loads(entry.read_text(encoding="utf-8"))
        iso = (record.get("ISO") or {}).get("alpha3")
        for feature in (record.get("geoJSON") or {}).get("features", []):
            geometry = feature.get("geometry") or {}
            polygons = _polygons(geometry)
            yield {"type": "Feature", "properties": {"iso3": iso, "name": record.get("name")},
                   "geometry": {"type": "MultiPolygon",
                                "coordinates": [p for p in map(simplify_polygon, polygons) if p]}}


def _polygons(geometry: dict[str, Any]) -> list[list[Ring]]:
    if geometry.get("type") == "Polygon":
        return [geometry["coordinates"]]
    if geometry.get("type") == "MultiPolygon":
        return list(geometry["coordinates"])
    return []


def simplify_polygon(rings: list[Ring]) -> list[Ring]:
    """The polygon with simplified rings: [] when its outer ring vanishes; vanished holes go."""
    outer = simplify_ring(rings[0]) if rings else []
    if not outer:
        return []
    return [outer, *(r for r in map(simplify_ring, rings[1:]) if r)]


def simplify_ring(ring: Ring, *, tolerance: float = TOLERANCE) -> Ring:
    """Radial-distance simplification (linear); a ring left with fewer than 4 points is []."""
    if len(ring) < 4:
        return []
    kept = [ring[0]]
    for point in ring[1:-1]:
        last = kept[-1]
        if abs(point[0] - last[0]) > tolerance or abs(point[1] - last[1]) > tolerance:
            kept.append(point)
    kept.append(ring[0])
    rounded = [[round(x, 3), round(y, 3)] for x, y, *_ in kept]
    return rounded if len(rounded) >= 4 else []
