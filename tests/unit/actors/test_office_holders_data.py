"""Validation of the office-holder data files (src/newsevents/data/actors/office_holders/*.csv)."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

import newsevents

DATA_DIR = Path(newsevents.__file__).parent / "data" / "actors" / "office_holders"
HEADER = ["country", "office", "title", "name", "aliases", "start", "end", "wikidata_id", "checked"]
EXTRA_CODES = {"UNO", "PSE", "XKX"}
STATE_OFFICES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister"}
UN_OFFICES = {
    "un_secretary_general",
    "un_high_commissioner_human_rights",
    "un_high_commissioner_refugees",
}
MENA_EUROPE_AMERICAS_NORTH = (
    "IRQ SYR IRN ISR PSE LBN JOR SAU YEM ARE QAT KWT TUR EGY LBY TUN DZA MAR "
    "USA GBR FRA DEU RUS UKR ITA POL GEO ARM AZE BLR"
).split()
SPOT_DATE = dt.date(2014, 6, 14)
# Documented vacancies on the spot-check date: (country, office) -> reason.
VACANT_ON_SPOT_DATE = {
    ("LBN", "head_of_state"): "presidency vacant 2014-05-25 .. 2016-10-31",
}
MAX_OVERLAP_DAYS = 31
# The files this test was written with. Every CSV in the folder gets the format checks; the
# overlap and coverage checks apply to these files (other region files may list overlapping
# acting holders on purpose).
OWN_FILES = ("mena_europe_americas_north.csv", "un.csv")
QID = re.compile(r"^Q[1-9][0-9]*$")


def _files() -> list[Path]:
    return sorted(DATA_DIR.glob("*.csv"))


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    reader = csv.reader(lines)
    header = next(reader)
    rows = [dict(zip(header, values, strict=True)) for values in reader if values]
    return header, rows


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _all_rows() -> list[dict[str, str]]:
    return [row for path in _files() for row in _read(path)[1]]


def _own_rows() -> list[dict[str, str]]:
    return [row for name in OWN_FILES for row in _read(DATA_DIR / name)[1]]


def _terms(rows: list[dict[str, str]]) -> dict[tuple[str, str], list[tuple[dt.date, dt.date, str]]]:
    far_future = dt.date(9999, 12, 31)
    terms: dict[tuple[str, str], list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for row in rows:
        end = _date(row["end"]) if row["end"] else far_future
        terms[(row["country"], row["office"])].append((_date(row["start"]), end, row["name"]))
    return terms


def _overlaps(terms: dict[tuple[str, str], list[tuple[dt.date, dt.date, str]]]) -> list[tuple]:
    found = []
    for key, spans in terms.items():
        ordered = sorted(spans)
        for (_, end_a, name_a), (start_b, _, name_b) in zip(ordered, ordered[1:]):
            if (end_a - start_b).days > MAX_OVERLAP_DAYS:
                found.append((key, name_a, name_b))
    return found


def test_expected_files_exist() -> None:
    names = {path.name for path in _files()}
    assert {"mena_europe_americas_north.csv", "un.csv"} <= names


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_file_starts_with_version_and_has_exact_header(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert re.fullmatch(r"# version: \d+", first), first
    header, rows = _read(path)
    assert header == HEADER
    assert rows


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_every_field_is_well_formed(path: Path) -> None:
    problems = []
    for line_no, row in enumerate(_read(path)[1], start=1):
        code = row["country"]
        if code not in EXTRA_CODES and pycountry.countries.get(alpha_3=code) is None:
            problems.append((line_no, "country", code))
        if row["office"] not in STATE_OFFICES | UN_OFFICES:
            problems.append((line_no, "office", row["office"]))
        if (code == "UNO") != (row["office"] in UN_OFFICES):
            problems.append((line_no, "UN office outside UNO or vice versa", row["office"]))
        for field in ("title", "name", "start", "checked"):
            if not row[field].strip():
                problems.append((line_no, "empty", field))
        if row["aliases"] and any(not alias.strip() for alias in row["aliases"].split(";")):
            problems.append((line_no, "empty alias", row["aliases"]))
        if row["wikidata_id"] and not QID.match(row["wikidata_id"]):
            problems.append((line_no, "wikidata_id", row["wikidata_id"]))
    assert not problems


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_dates_parse_and_start_not_after_end(path: Path) -> None:
    bad = []
    for row in _read(path)[1]:
        start = _date(row["start"])
        if row["end"] and _date(row["end"]) < start:
            bad.append((row["country"], row["office"], row["name"]))
    assert not bad


def test_terms_of_one_office_do_not_overlap() -> None:
    assert not _overlaps(_terms(_own_rows()))


def test_each_country_has_head_of_state_and_government() -> None:
    keys = set(_terms(_own_rows()))
    missing = [
        (country, office)
        for country in MENA_EUROPE_AMERICAS_NORTH
        for office in ("head_of_state", "head_of_government")
        if (country, office) not in keys
    ]
    assert not missing
    assert {("UNO", office) for office in UN_OFFICES} <= keys


def test_someone_holds_each_listed_office_on_spot_date() -> None:
    terms = _terms(_own_rows())
    uncovered = [
        key
        for key, spans in terms.items()
        if key not in VACANT_ON_SPOT_DATE
        and not any(start <= SPOT_DATE <= end for start, end, _ in spans)
    ]
    assert not uncovered


def test_documented_vacancies_really_are_vacant() -> None:
    terms = _terms(_own_rows())
    for key in VACANT_ON_SPOT_DATE:
        assert not any(start < SPOT_DATE < end for start, end, _ in terms[key]), key


def test_known_holders_resolve_by_date() -> None:
    terms = _terms(_own_rows())

    def holder(country: str, office: str, day: dt.date) -> list[str]:
        return [name for start, end, name in terms[(country, office)] if start <= day < end]

    assert holder("IRQ", "head_of_government", dt.date(2014, 6, 14)) == ["Nouri al-Maliki"]
    assert holder("IRQ", "head_of_government", dt.date(2015, 3, 1)) == ["Haider al-Abadi"]
    assert holder("IRN", "head_of_government", dt.date(2014, 6, 14)) == ["Hassan Rouhani"]
    assert holder("USA", "head_of_state", dt.date(2014, 6, 14)) == ["Barack Obama"]
    assert holder("UNO", "un_high_commissioner_human_rights", dt.date(2014, 6, 14)) == ["Navi Pillay"]
