"""Readers for actor-dictionary files (CSV, JSON), validated line by line.

Every problem raises DictionaryError(path, line, problem). Lists inside a cell are ";"-separated;
lines starting with "#" are comments. The CSV kind is recognised from its header.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DictionaryError
from .actor_entries import KINDS, ActorEntry, AgentTerm, CountryEntry, OfficeHolder, split_code
from .names import name_words

ENTITY_COLUMNS = ("name", "aliases", "kind", "country", "sector", "code", "wikidata_id")
COUNTRY_COLUMNS = ("iso3", "iso2", "name", "aliases", "demonyms", "capital", "wikidata_id")
HOLDER_COLUMNS = ("country", "office", "title", "name", "aliases", "start", "end",
                  "wikidata_id", "checked")
AGENT_COLUMNS = ("term", "plural", "sector", "generic")
NON_COUNTRY_CODES = frozenset({"UNO", "IGO", "NGO", "EUR", "IMG"})
_ISO3 = re.compile(r"^[A-Z]{3}$")
_SECTOR = re.compile(r"^[A-Z]{3}$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_OFFICE = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(slots=True)
class DictionaryData:
    """What one file (or the package data) contributes."""

    entries: list[ActorEntry] = field(default_factory=list)
    countries: list[CountryEntry] = field(default_factory=list)
    holders: list[OfficeHolder] = field(default_factory=list)
    agents: list[AgentTerm] = field(default_factory=list)

    def extend(self, other: DictionaryData) -> None:
        self.entries += other.entries
        self.countries += other.countries
        self.holders += other.holders
        self.agents += other.agents


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise DictionaryError(str(path), None, "file not found") from err
    except (OSError, UnicodeDecodeError) as err:
        raise DictionaryError(str(path), None, f"cannot read file ({err})") from err


def csv_rows(path: Path, text: str) -> tuple[tuple[str, ...], Iterator[tuple[int, dict[str, str]]]]:
    """Header and (line number, row) pairs of a CSV text with "#" comment lines."""
    numbered = [(k, line) for k, line in enumerate(text.splitlines(), start=1)
                if line.strip() and not line.lstrip().startswith("#")]
    if not numbered:
        raise DictionaryError(str(path), None, "no header line")
    header_no, header_line = numbered[0]
    header = tuple(h.strip() for h in next(csv.reader([header_line])))

    def rows() -> Iterator[tuple[int, dict[str, str]]]:
        for line_no, line in numbered[1:]:
            cells = next(csv.reader(io.StringIO(line)))
            if len(cells) != len(header):
                raise DictionaryError(str(path), line_no,
                                      f"expected {len(header)} columns, found {len(cells)}")
            yield line_no, {h: c.strip() for h, c in zip(header, cells)}

    return header, rows()


def read_csv(path: Path, *, known: frozenset[str] | None = None) -> DictionaryData:
    """One CSV file; `known` country codes are checked in office-holder files."""
    header, rows = csv_rows(path, read_text(path))
    for columns, parse in _CSV_KINDS:
        if set(columns) <= set(header):
            return parse(path, rows, known)
    raise DictionaryError(str(path), None, f"unknown CSV header {','.join(header)!r}; expected "
                          f"one of: {'; '.join(','.join(c) for c, _ in _CSV_KINDS)}")


def split_list(cell: str | list[str] | None) -> tuple[str, ...]:
    if cell is None:
        return ()
    items = cell if isinstance(cell, list) else cell.split(";")
    return tuple(s.strip() for s in items if s and s.strip())


def parse_date(value: str, path: Path, line: int | None, column: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise DictionaryError(str(path), line, f"{column}: not an ISO date: {value!r}") from err


def _check(ok: bool, path: Path, line: int | None, problem: str) -> None:
    if not ok:
        raise DictionaryError(str(path), line, problem)


def entity_from_row(row: dict[str, Any], path: Path, line: int | None) -> ActorEntry:
    name = str(row.get("name") or "").strip()
    _check(bool(name_words(name)), path, line, "name is empty")
    kind = str(row.get("kind") or "organization").strip()
    _check(kind in KINDS, path, line, f"kind {kind!r} is not one of {', '.join(sorted(KINDS))}")
    code = str(row.get("code") or "").strip().upper() or None
    country = str(row.get("country") or "").strip().upper() or None
    sector = str(row.get("sector") or "").strip().upper() or None
    if code and not (country or sector):
        country, sector = split_code(code)
    _check(country is None or bool(_ISO3.match(country)), path, line,
           f"country {country!r} is not an ISO 3166-1 alpha-3 code")
    _check(sector is None or bool(_SECTOR.match(sector)), path, line,
           f"sector {sector!r} is not a 3-letter sector code")
    qid = str(row.get("wikidata_id") or "").strip() or None
    _check(qid is None or bool(_QID.match(qid)), path, line, f"bad wikidata_id {qid!r}")
    return ActorEntry(name=name, kind=kind, country=country, sector=sector, code=code,
                      wikidata_id=qid, aliases=split_list(row.get("aliases")), source=str(path))


def _parse_entities(path: Path, rows: Iterator[tuple[int, dict[str, str]]],
                    known: frozenset[str] | None) -> DictionaryData:
    return DictionaryData(entries=[entity_from_row(row, path, k) for k, row in rows])


def country_from_row(row: dict[str, Any], path: Path, line: int | None) -> CountryEntry:
    iso3, iso2 = str(row.get("iso3", "")).upper(), str(row.get("iso2", "")).upper()
    _check(bool(_ISO3.match(iso3)), path, line, f"iso3 {iso3!r} is not a 3-letter code")
    _check(bool(re.match(r"^[A-Z]{2}$", iso2)), path, line, f"iso2 {iso2!r} is not a 2-letter code")
    _check(bool(str(row.get("name", "")).strip()), path, line, "name is empty")
    qid = str(row.get("wikidata_id") or "").strip() or None
    _check(qid is None or bool(_QID.match(qid)), path, line, f"bad wikidata_id {qid!r}")
    return CountryEntry(
        iso3=iso3, iso2=iso2, name=str(row["name"]).strip(), aliases=split_list(row.get("aliases")),
        demonyms=split_list(row.get("demonyms")), capital=str(row.get("capital") or "") or None,
        wikidata_id=qid)


def _parse_countries(path: Path, rows: Iterator[tuple[int, dict[str, str]]],
                     known: frozenset[str] | None) -> DictionaryData:
    return DictionaryData(countries=[country_from_row(row, path, k) for k, row in rows])


def holder_from_row(row: dict[str, Any], path: Path, line: int | None,
                    known: frozenset[str] | None = None) -> OfficeHolder:
    country = str(row.get("country", "")).strip().upper()
    _check(bool(_ISO3.match(country)), path, line, f"country {country!r} is not a 3-letter code")
    _check(known is None or country in known or country in NON_COUNTRY_CODES, path, line,
           f"unknown country code {country!r}")
    office = str(row.get("office", "")).strip()
    _check(bool(_OFFICE.match(office)), path, line, f"office {office!r} is not snake_case")
    name, title = str(row.get("name", "")).strip(), str(row.get("title", "")).strip()
    _check(bool(name), path, line, "name is empty")
    _check(bool(title), path, line, "title is empty")
    start = parse_date(str(row.get("start") or ""), path, line, "start")
    end = parse_date(str(row.get("end") or ""), path, line, "end")
    _check(not (start and end and end < start), path, line, f"end {end} is before start {start}")
    qid = str(row.get("wikidata_id") or "").strip() or None
    _check(qid is None or bool(_QID.match(qid)), path, line, f"bad wikidata_id {qid!r}")
    return OfficeHolder(country=country, office=office, title=title, name=name,
                        aliases=split_list(row.get("aliases")), start=start, end=end,
                        wikidata_id=qid, source=str(row.get("checked") or path))


def _parse_holders(path: Path, rows: Iterator[tuple[int, dict[str, str]]],
                   known: frozenset[str] | None) -> DictionaryData:
    return DictionaryData(holders=[holder_from_row(row, path, k, known) for k, row in rows])


def agent_from_row(row: dict[str, Any], path: Path, line: int | None) -> list[AgentTerm]:
    term = str(row.get("term", "")).strip()
    _check(bool(name_words(term)), path, line, "term is empty")
    sector = str(row.get("sector", "")).strip().upper()
    _check(bool(_SECTOR.match(sector)), path, line, f"sector {sector!r} is not a 3-letter code")
    generic = str(row.get("generic") or "no").strip().lower()
    _check(generic in {"yes", "no", "true", "false", ""}, path, line,
           f"generic must be yes or no, not {generic!r}")
    forms = {name_words(term)} | {name_words(p) for p in split_list(row.get("plural"))}
    return [AgentTerm(words=w, sector=sector, generic=generic in {"yes", "true"}, code=sector)
            for w in sorted(forms) if w]


def _parse_agents(path: Path, rows: Iterator[tuple[int, dict[str, str]]],
                  known: frozenset[str] | None) -> DictionaryData:
    return DictionaryData(agents=[t for k, row in rows for t in agent_from_row(row, path, k)])


_CSV_KINDS = (
    (COUNTRY_COLUMNS, _parse_countries),
    (HOLDER_COLUMNS, _parse_holders),
    (AGENT_COLUMNS, _parse_agents),
    (("name",), _parse_entities),
)


def read_json(path: Path, *, known: frozenset[str] | None = None) -> DictionaryData:
    """A JSON list of actor objects, or {"actors", "countries", "office_holders", "agents"}."""
    try:
        data = json.loads(read_text(path))
    except json.JSONDecodeError as err:
        raise DictionaryError(str(path), err.lineno, f"not valid JSON ({err.msg})") from err
    if isinstance(data, list):
        data = {"actors": data}
    _check(isinstance(data, dict), path, None, "expected a JSON list or object")
    unknown = sorted(set(data) - {"actors", "countries", "office_holders", "agents"})
    _check(not unknown, path, None, f"unknown top-level key(s): {', '.join(unknown)}")
    out = DictionaryData()
    for key in ("actors", "countries", "office_holders"):
        for k, item in enumerate(_records(data, key, path)):
            record = (_json_entity(item, path, k) if key == "actors" else
                      holder_from_row(item, path, None, known) if key == "office_holders"
                      else country_from_row(item, path, None))
            getattr(out, {"actors": "entries", "countries": "countries",
                          "office_holders": "holders"}[key]).append(record)
    for k, item in enumerate(_records(data, "agents", path)):
        out.agents += _json_agent(item, path, k)
    return out


def _records(data: dict[str, Any], key: str, path: Path) -> list[dict[str, Any]]:
    items = data.get(key, [])
    _check(isinstance(items, list) and all(isinstance(i, dict) for i in items), path, None,
           f"{key!r} must be a list of objects")
    return items  # type: ignore[no-any-return]


def _json_entity(item: dict[str, Any], path: Path, index: int) -> ActorEntry:
    try:
        return entity_from_row(item, path, None)
    except DictionaryError as err:
        raise DictionaryError(str(path), None, f"actors[{index}]: {err.problem}") from err


def _json_agent(item: dict[str, Any], path: Path, index: int) -> list[AgentTerm]:
    try:
        return agent_from_row(item, path, None)
    except DictionaryError as err:
        raise DictionaryError(str(path), None, f"agents[{index}]: {err.problem}") from err
