"""Records of the actor dictionary: entries, countries, office holders, agent terms."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

KINDS = frozenset({"person", "organization", "country", "armed_group", "agent", "media"})
INTERNATIONAL = frozenset({"IGO", "UNO", "NGO", "EUR", "IMG", "MNC", "ISM"})


@dataclass(frozen=True, slots=True, kw_only=True)
class DatedCode:
    """A code valid from `start` to `end` (both inclusive, None = open)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.start is None and self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorEntry:
    """A named actor: organisation, armed group, media outlet, person or country organ."""

    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    wikidata_id: str | None = None
    aliases: tuple[str, ...] = ()
    dated_codes: tuple[DatedCode, ...] = ()
    source: str = ""

    def code_on(self, day: dt.date | None) -> str | None:
        for dated in self.dated_codes:
            if dated.valid_on(day):
                return dated.code
        return self.code


@dataclass(frozen=True, slots=True, kw_only=True)
class CountryEntry:
    iso3: str
    iso2: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    wikidata_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class OfficeHolder:
    country: str
    office: str
    title: str
    name: str
    aliases: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    wikidata_id: str | None = None
    source: str = ""

    def in_office(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True, kw_only=True)
class AgentTerm:
    """A noun (phrase) naming an unnamed actor by role: "security forces" -> COP.

    `code` is the CAMEO-style block added to the country code ("GOVMED"); `prefix` is a fixed
    first block for international agents ("NGO~" in PETRARCH files)."""

    words: tuple[str, ...]
    sector: str
    generic: bool = False
    code: str | None = None
    prefix: str | None = None


def split_code(code: str) -> tuple[str | None, str | None]:
    """(country, sector) of a CAMEO-style code: "IRQGOV" -> ("IRQ", "GOV"), "IGOUNO" -> (None, "UNO")."""
    code = code.upper()
    head, rest = code[:3], code[3:6] or None
    if head in INTERNATIONAL:
        return None, rest or head
    return head, rest
