"""Tiny hand-made gazetteer data for the geo tests: source files for the index build and an
InMemoryGazetteer with the same places. Coordinates are rounded real ones."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from newsevents.resources.gazetteer import Candidate, InMemoryGazetteer
from newsevents.resources.geo_sources import GeoSources
from newsevents.stages.places import GeocodeStage

CITIES = [  # geonameid, name, lat, lon, cc, admin1, population, alternate names
    (91597, "Sāmarrā’", 34.1959, 43.8857, "IQ", "18", 158508, ["Samarra", "سامراء"]),
    (98182, "Baghdad", 33.3406, 44.4009, "IQ", "07", 7216000, ["Bagdad", "BGW"]),
    (97990, "Baqubah", 33.7540, 44.6052, "IQ", "10", 152550, ["Baquba", "Bakuba"]),
    (99072, "Mosul", 36.3350, 43.1189, "IQ", "15", 1683000, ["Al Mawsil"]),
    (90393, "Tall ‘Afar", 36.3791, 42.4481, "IQ", "15", 0, ["Tal Afar", "Tel Afar"]),
    (499099, "Samara", 53.2077, 50.1355, "RU", "65", 1163399, ["Kuybyshev"]),
    (1854849, "Obama", 35.4958, 135.7460, "JP", "06", 29435, ["Ohama"]),
    (2210247, "Tripoli", 32.8874, 13.1873, "LY", "77", 1302947, ["Tarabulus"]),
    (266826, "Tripoli", 34.4335, 35.8442, "LB", "09", 229398, ["Trablous"]),
    (276781, "Beirut", 33.8933, 35.5016, "LB", "04", 1916100, ["Bayrut"]),
    (2219905, "Misrata", 32.3754, 15.0925, "LY", "58", 386120, ["Misurata"]),
    (4180439, "Atlanta", 33.7490, -84.3880, "US", "GA", 463878, []),
    (4221552, "Savannah", 32.0835, -81.0998, "US", "GA", 145674, []),
    (611717, "Tbilisi", 41.6941, 44.8337, "GE", "51", 1049498, ["Tiflis"]),
    (703448, "Kyiv", 50.4547, 30.5238, "UA", "12", 2952301, ["Kiev", "Kijev"]),
    (112931, "Tehran", 35.6944, 51.4215, "IR", "26", 7153309, ["Teheran"]),
    (4192375, "Fort Oglethorpe", 34.9490, -85.2569, "US", "GA", 9803, []),
]
COUNTRIES = {  # iso2: (geonameid, name, iso3, capital, population)
    "IQ": (99237, "Iraq", "IRQ", "Baghdad", 38433600),
    "RU": (2017370, "Russia", "RUS", "Moscow", 144478050),
    "JP": (1861060, "Japan", "JPN", "Tokyo", 126529100),
    "LY": (2215636, "Libya", "LBY", "Tripoli", 6678567),
    "LB": (272103, "Lebanon", "LBN", "Beirut", 6848925),
    "US": (6252001, "United States", "USA", "Washington", 327167434),
    "GE": (614540, "Georgia", "GEO", "Tbilisi", 3731000),
    "UA": (690791, "Ukraine", "UKR", "Kyiv", 44622516),
    "IR": (130758, "Iran", "IRN", "Tehran", 81800269),
}
NEIGHBOURS = {"IQ": "IR,SY,TR", "RU": "GE,UA,XX", "UA": "RU", "IR": "IQ"}  # GeoNames' form
SUBDIVISIONS = [  # name, iso code, geonames code, geonameid, type, aliases, level
    ("Diyālá", "IQ-DI", "IQ.10", "96965", "Governorate", "Diyala Governorate|ديالى", "1"),
    ("Şalāḩ ad Dīn", "IQ-SD", "IQ.18", "91695", "Governorate", "Salah ad Din Governorate", "1"),
    ("Baghdād", "IQ-BG", "IQ.07", "98180", "Governorate", "Baghdad Governorate", "1"),
    ("Nīnawá", "IQ-NI", "IQ.15", "92877", "Governorate", "Nineveh", "1"),
    ("Georgia", "US-GA", "US.GA", "4197000", "State", "GA", "1"),
    ("Ash Shimāl", "LB-AS", "LB.09", "444", "Governorate", "North Governorate", "1"),
    ("Ţarābulus", "LY-TB", "LY.77", "2210245", "District", "Tripoli District", "1"),
    ("Maysān", "IQ-MA", "IQ.14", "93540", "Governorate", "Maysan Governorate", "1"),
]
REGIONS = """# test regions
name,aliases,feature_code,country,lat,lon
Middle East,Mideast,RGN,,29.0,41.0
Gaza Strip,Gaza,RGN,PSE,31.42,34.37
"""
NATURAL_FEATURES = """# test natural features
name,aliases,feature_code,country,lat,lon
Tigris,Tigris River|River Tigris,STM,,31.0,47.44
Lake Tharthar,,LK,IRQ,33.9,43.3
"""
LANDMARKS = """# test landmarks
name,aliases,feature_code,country,lat,lon
Green Hall,the Green Hall,BLDG,IRQ,33.30,44.40
Ridgeline Airport,Ridgeline,AIRP,IRQ,33.26,44.23
"""
COUNTRY_NAMES = """# test country names
name,iso3,kind
U.S.,USA,alias
America,USA,alias
Iraqi,IRQ,demonym
Iranian,IRN,demonym
Lebanese,LBN,demonym
Libyan,LBY,demonym
Russian,RUS,demonym
American,USA,demonym
"""
COUNTRYINFO = {"IQ": ([33.0, 44.0], "Iraqi"), "US": ([38.0, -97.0], "American"),
               "GE": ([42.0, 43.5], "Georgian"), "LB": ([33.83, 35.83], "Lebanese"),
               "LY": ([25.0, 17.0], "Libyan"), "RU": ([60.0, 100.0], "Russian"),
               "JP": ([36.0, 138.0], "Japanese"), "UA": ([49.0, 32.0], "Ukrainian"),
               "IR": ([32.0, 53.0], "Iranian")}


def data_rows(name: str) -> list[dict[str, str]]:
    """The rows of one of our packaged `data/geo` tables (comment lines skipped)."""
    from newsevents.resources.gazetteer_build import data_file

    lines = [ln for ln in data_file(name).read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines))


def table_names(name: str) -> set[str]:
    """Folded names and aliases of one of our region-like tables."""
    from newsevents.resources.place_names import fold

    return {fold(n) for r in data_rows(name)
            for n in [r["name"], *filter(None, r["aliases"].split("|"))]}


def check_own_table(name: str, codes: set[str] | frozenset[str], *,
                    country_required: bool) -> None:
    """One of our region-like tables is clean: names unique and in alphabetical order,
    feature codes known, points on the globe, countries ISO alpha-3."""
    rows = data_rows(name)
    names = [r["name"] for r in rows]
    assert names == sorted(names, key=str.lower) and len(set(names)) == len(names)
    for row in rows:
        assert row["feature_code"] in codes, row
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, row
        assert len(row["country"]) == 3 or not country_required and not row["country"], row


def write_sources(folder: Path) -> GeoSources:
    """Write the tiny source files into `folder` and describe them."""
    cities = {str(g): {"geonameid": g, "name": n, "latitude": la, "longitude": lo,
                       "countrycode": cc, "admin1code": a1, "population": pop,
                       "alternatenames": alt}
              for g, n, la, lo, cc, a1, pop, alt in CITIES}
    countries = {iso2: {"geonameid": g, "name": n, "iso": iso2, "iso3": iso3, "capital": cap,
                        "population": pop, "neighbours": NEIGHBOURS.get(iso2, "")}
                 for iso2, (g, n, iso3, cap, pop) in COUNTRIES.items()}
    subs = "".join("\t".join([*row[:6], row[6], "", "1"]) + "\n" for row in SUBDIVISIONS)
    info = folder / "countryinfo"
    info.mkdir(parents=True, exist_ok=True)
    for iso2, (latlng, demonym) in COUNTRYINFO.items():
        (info / f"{iso2.lower()}.json").write_text(json.dumps(
            {"ISO": {"alpha2": iso2}, "latlng": latlng, "demonym": demonym}), encoding="utf-8")
    files = {"cities.json": json.dumps(cities), "countries.json": json.dumps(countries),
             "subdivisions.tsv": subs, "regions.csv": REGIONS,
             "features.csv": NATURAL_FEATURES, "landmarks.csv": LANDMARKS,
             "names.csv": COUNTRY_NAMES,
             "admin.csv": "# test\nalias,country,code,name\nGa.,US,GA,Georgia\n"}
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return GeoSources(cities=folder / "cities.json", countries=folder / "countries.json",
                      subdivisions=folder / "subdivisions.tsv", regions=folder / "regions.csv",
                      country_names=folder / "names.csv", countryinfo=info,
                      admin_aliases=folder / "admin.csv",
                      natural_features=folder / "features.csv",
                      landmarks=folder / "landmarks.csv")


def memory_gazetteer() -> InMemoryGazetteer:
    """The same places as an InMemoryGazetteer, built by the real compile step."""
    import tempfile

    from newsevents.resources.gazetteer_build import compile_sources

    with tempfile.TemporaryDirectory() as tmp:
        compiled = compile_sources(write_sources(Path(tmp)))
    return InMemoryGazetteer.from_compiled(compiled)


def city(pid: int, name: str, lat: float, lon: float, country: str, population: int,
         **extra: object) -> Candidate:
    return Candidate(pid=pid, name=name, kind="city", feature_code="PPL", country=country,
                     lat=lat, lon=lon, population=population, geonameid=pid, **extra)  # type: ignore[arg-type]


def table_region(pid: int, name: str, code: str, lat: float, lon: float,
                 country: str | None) -> Candidate:
    """A row of our regions table: a region, river, island or former province
    (`code`: RGN, STM, ISL, ADM1H …), without people."""
    return Candidate(pid=pid, name=name, kind="region", feature_code=code, country=country,
                     lat=lat, lon=lon, population=0)


def stage_of(entries: list[tuple[Candidate, list[str]]], *,
             demonyms: dict[str, str] | None = None) -> GeocodeStage:
    """A places stage over a small in-memory gazetteer of these (candidate, aliases) and
    `demonyms` (demonym → ISO3)."""
    return GeocodeStage(InMemoryGazetteer(entries, demonyms=demonyms or {}, country_codes={}))
