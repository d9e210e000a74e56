"""The actor dictionary: package data plus user dictionaries, indexed once for fast lookups.

`load_actor_dictionary(settings)` reads `data/actors/*.csv` (countries, organisations, armed
groups, agents) and `data/actors/office_holders/*.csv`, then each path in
`settings.user_dictionaries` (CSV or JSON in the schema of `data/actors/README.md`, or
CAMEO/PETRARCH actors/agents files). User entries add to the built-in ones; a user name or alias
that is already known replaces the built-in meaning of that name.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path

from ..config import Settings
from ..errors import DictionaryError
from .actor_entries import ActorEntry, AgentTerm, CountryEntry, OfficeHolder
from .dict_readers import DictionaryData, read_csv, read_json, read_text
from .names import is_acronym, name_key, name_words
from .petrarch import looks_like_petrarch, read_actors, read_agents

VERSION = "actors-1.0"
BUILTIN_FILES = ("countries.csv", "organizations.csv", "armed_groups.csv", "agents.csv")
# Generic English titles -> office, used when no office-holder file lists that title.
TITLE_OFFICES = {
    "president": "head_of_state", "prime minister": "head_of_government",
    "premier": "head_of_government", "chancellor": "head_of_government",
    "supreme leader": "head_of_state", "king": "head_of_state", "queen": "head_of_state",
    "emir": "head_of_state", "foreign minister": "foreign_minister",
    "secretary of state": "foreign_minister", "foreign secretary": "foreign_minister",
    "defense minister": "defence_minister", "defence minister": "defence_minister",
    "defense secretary": "defence_minister", "defence secretary": "defence_minister",
    "secretary general": "un_secretary_general",
    "high commissioner for human rights": "un_high_commissioner_human_rights",
    "high commissioner for refugees": "un_high_commissioner_refugees",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Target:
    """What a dictionary phrase names. `kind`: entry, country, demonym, capital, holder."""

    kind: str
    alias: str
    entry: ActorEntry | None = None
    country: str | None = None
    holder: OfficeHolder | None = None
    acronym: bool = False


class ActorDictionary:
    """Indexes built once: phrase -> targets, titles -> holders, demonyms/capitals -> country."""

    def __init__(self, data: DictionaryData, *, user: Sequence[DictionaryData] = (),
                 version: str = VERSION) -> None:
        self.version = version
        self.countries: dict[str, CountryEntry] = {}
        self.phrases: dict[str, list[Target]] = {}
        self.first_words: dict[str, set[int]] = {}
        self.agents: dict[tuple[str, ...], AgentTerm] = {}
        self.agent_lengths: dict[str, set[int]] = {}
        self.holders: list[OfficeHolder] = []
        self.surnames: dict[str, list[OfficeHolder]] = {}
        self.entries: list[ActorEntry] = []
        self._add(data, override=False)
        for extra in user:
            self._add(extra, override=True)
        self.holders.sort(key=lambda h: (h.country, h.office, h.start or dt.date.min))
        self.titles = self._title_index()
        self.title_keys = frozenset(tuple(k.split()) for k in TITLE_OFFICES) | frozenset(
            name_words(h.title) for h in self.holders)
        title_lengths: dict[str, set[int]] = {}
        for words in self.title_keys:
            title_lengths.setdefault(words[-1], set()).add(len(words))
        self.title_lengths = _descending(title_lengths)
        self.first_lengths = _descending(self.first_words)
        self.agent_sizes = _descending(self.agent_lengths)

    # -- building -------------------------------------------------------------------------
    def _add(self, data: DictionaryData, *, override: bool) -> None:
        for country in data.countries:
            self._add_country(country, override=override)
        for entry in data.entries:
            self.entries.append(entry)
            for alias in (entry.name, *entry.aliases):
                self._index(alias, Target(kind="entry", alias=alias, entry=entry,
                                          acronym=is_acronym(alias)), override=override)
        for holder in data.holders:
            self._add_holder(holder)
        for term in data.agents:
            self.agents[term.words] = term
            self.agent_lengths.setdefault(term.words[-1], set()).add(len(term.words))

    def _add_country(self, country: CountryEntry, *, override: bool) -> None:
        self.countries[country.iso3] = country
        for alias in (country.name, *country.aliases):
            self._index(alias, Target(kind="country", alias=alias, country=country.iso3,
                                      acronym=is_acronym(alias)), override=override)
        for alias in country.demonyms:
            self._index(alias, Target(kind="demonym", alias=alias, country=country.iso3,
                                      acronym=is_acronym(alias)), override=override)
        if country.capital:
            self._index(country.capital, Target(kind="capital", alias=country.capital,
                                                country=country.iso3), override=override)

    def _add_holder(self, holder: OfficeHolder) -> None:
        self.holders.append(holder)
        for alias in (holder.name, *holder.aliases):
            self._index(alias, Target(kind="holder", alias=alias, holder=holder,
                                      country=holder.country), override=False)
        words = name_words(holder.name)
        if len(words) > 1:
            self.surnames.setdefault(words[-1], []).append(holder)

    def _index(self, alias: str, target: Target, *, override: bool) -> None:
        words = name_words(alias)
        if not words:
            return
        key = " ".join(words)
        if override or key not in self.phrases:
            self.phrases[key] = [target]
        elif target not in self.phrases[key]:
            self.phrases[key].append(target)
        self.first_words.setdefault(words[0], set()).add(len(words))

    def _title_index(self) -> dict[tuple[str, str], list[OfficeHolder]]:
        index: dict[tuple[str, str], list[OfficeHolder]] = {}
        for holder in self.holders:
            index.setdefault((holder.country, name_key(holder.title)), []).append(holder)
            index.setdefault((holder.country, holder.office), []).append(holder)
        return index

    # -- lookups --------------------------------------------------------------------------
    def lookup(self, text: str) -> tuple[Target, ...]:
        return tuple(self.phrases.get(name_key(text), ()))

    def match_at(self, words: Sequence[str], start: int) -> tuple[int, tuple[Target, ...]]:
        """Longest dictionary phrase starting at words[start]: (length, targets) or (0, ())."""
        for n in self.first_lengths.get(words[start], ()):
            if start + n <= len(words):
                found = self.phrases.get(" ".join(words[start:start + n]))
                if found:
                    return n, tuple(found)
        return 0, ()

    def agent_ending_at(self, words: Sequence[str], end: int) -> tuple[int, AgentTerm | None]:
        """Longest agent term ending at words[end - 1]: (length, term)."""
        for n in self.agent_sizes.get(words[end - 1], ()):
            if end - n >= 0:
                term = self.agents.get(tuple(words[end - n:end]))
                if term:
                    return n, term
        return 0, None

    def title_ending_at(self, words: Sequence[str], end: int) -> tuple[int, bool]:
        """Longest office title or agent term ending at words[end - 1]: (length, is_office)."""
        for n in self.title_lengths.get(words[end - 1], ()):
            if end - n >= 0 and tuple(words[end - n:end]) in self.title_keys:
                return n, True
        n, _ = self.agent_ending_at(words, end)
        return n, False

    def country_of(self, text: str) -> str | None:
        """ISO3 for a country name, demonym or capital ("Iranian" -> "IRN")."""
        for target in self.lookup(text):
            if target.kind in {"country", "demonym", "capital"}:
                return target.country
        return None

    def office_of(self, title: str) -> str | None:
        return TITLE_OFFICES.get(name_key(title).replace("-", " "))

    def holder(self, country: str, title: str, day: dt.date) -> OfficeHolder | None:
        """The holder of `title` (or its office) in `country` on `day`."""
        key = name_key(title)
        by_title = self.titles.get((country, key), [])
        by_office = self.titles.get((country, TITLE_OFFICES.get(key, "")), [])
        for candidates in (by_title, by_office):
            current = [h for h in candidates if h.in_office(day)]
            if current:
                return current[-1]
        return None

    def holders_named(self, surname: str, day: dt.date | None) -> list[OfficeHolder]:
        found = self.surnames.get(surname, [])
        if day is None:
            return list(found)
        return [h for h in found if h.in_office(day)]


def _descending(lengths: dict[str, set[int]]) -> dict[str, tuple[int, ...]]:
    return {word: tuple(sorted(sizes, reverse=True)) for word, sizes in lengths.items()}


def package_data_dir() -> Path:
    return Path(str(importlib_resources.files("newsevents") / "data" / "actors"))


def load_builtin(directory: Path) -> DictionaryData:
    data = DictionaryData()
    for name in BUILTIN_FILES:
        data.extend(read_csv(directory / name))
    known = frozenset(c.iso3 for c in data.countries)
    holders_dir = directory / "office_holders"
    if holders_dir.is_dir():
        for path in sorted(holders_dir.glob("*.csv")):
            data.extend(read_csv(path, known=known))
    return data


def read_user_dictionary(path: Path, *, known: frozenset[str] | None = None) -> DictionaryData:
    """One user file: CSV, JSON, or a CAMEO/PETRARCH actors or agents file."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return read_csv(path, known=known)
    if suffix == ".json":
        return read_json(path, known=known)
    kind = looks_like_petrarch(path, read_text(path))
    if kind == "actors":
        return read_actors(path)
    if kind == "agents":
        return read_agents(path)
    raise DictionaryError(str(path), None, "unknown dictionary format (expected .csv, .json, "
                          "or a CAMEO/PETRARCH *.actors.txt / *agents*.txt file)")


def build_dictionary(paths: Iterable[str | Path] = (), *,
                     directory: Path | None = None) -> ActorDictionary:
    data = load_builtin(directory or package_data_dir())
    known = frozenset(c.iso3 for c in data.countries)
    user = [read_user_dictionary(Path(p), known=known) for p in paths]
    suffix = "+" + "+".join(Path(p).name for p in paths) if user else ""
    return ActorDictionary(data, user=user, version=VERSION + suffix)


def load_actor_dictionary(settings: Settings) -> ActorDictionary:
    """The resource loader named in registry.RESOURCES["actor_dictionary"]."""
    return build_dictionary(settings.user_dictionaries)
