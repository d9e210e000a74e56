"""The event lexicon: CAMEO codes, the CAMEO→PLOVER crosswalk, trigger patterns and cue words.

Loaded once per pipeline (registry resource "event_lexicon") from the versioned data files in
`data/events/`, validated at load: a malformed file raises DictionaryError naming file, line
and problem. `settings.extra["event_lexicon_dir"]` points at a replacement folder, and
`settings.extra["verb_dictionaries"]` lists CAMEO/PETRARCH verb files whose verbs then take
precedence over the built-in patterns (see petrarch_verbs.py).
"""
from __future__ import annotations

import csv
import io
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import DictionaryError
from .petrarch_verbs import UserVerb, read_verb_dictionaries

PLOVER_TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
})
PATTERN_KEYS = frozenset({
    "lemma", "prt", "prep", "object", "mod", "purpose", "cameo", "mode", "plover",
    "theme_source", "light", "none", "descriptive", "subject", "clause", "support",
})


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Pattern:
    """One trigger pattern (see the header of data/events/triggers.toml)."""

    lemma: str
    cameo: str
    prt: str | None = None
    prep: str | None = None
    object: tuple[str, ...] | None = None  # lemmas; "-" = no object; "@territory" kept for places
    mod: tuple[str, ...] | None = None
    purpose: frozenset[str] | None = None
    mode: str | None = None
    plover: str | None = None
    theme_source: bool = False
    light: bool = False
    none: bool = False  # a blocking pattern: when it matches, the token is no trigger
    descriptive: bool = False  # as a bare participle on a noun it describes ("forces backed by")
    subject: tuple[str, ...] | None = None  # who acts: subject, "by" agent, noun's possessor
    clause: bool = False  # the verb needs a to-infinitive complement ("asked X to leave")
    support: bool = False  # the noun needs a support verb ("declared a ceasefire")


@dataclass(frozen=True, slots=True)
class Coding:
    """The full coding of a CAMEO code: PLOVER type and mode, quad class, Goldstein."""

    cameo: str
    plover_type: str
    plover_mode: str | None
    quad: int
    goldstein: float


@dataclass(frozen=True, slots=True, kw_only=True)
class EventLexicon:
    version: str
    cameo: Mapping[str, CameoCode]
    crosswalk: Mapping[str, tuple[str, str | None]]
    verbs: Mapping[str, tuple[Pattern, ...]]
    nouns: Mapping[str, tuple[Pattern, ...]]
    cues: Mapping[str, frozenset[str]]
    date_phrases: tuple[tuple[str, str, int], ...]
    user_verbs: Mapping[str, UserVerb] = field(default_factory=dict)

    def code(self, cameo: str, *, mode: str | None = None, plover: str | None = None) -> Coding:
        """PLOVER type/mode (longest crosswalk prefix), quad and Goldstein (root fallback)."""
        entry = self.cameo.get(cameo) or self.cameo[cameo[:2]]
        key = next(cameo[:n] for n in range(len(cameo), 1, -1) if cameo[:n] in self.crosswalk)
        ptype, pmode = self.crosswalk[key]
        if plover and plover != ptype:
            ptype, pmode = plover, None
        return Coding(cameo=cameo, plover_type=ptype, plover_mode=mode or pmode,
                      quad=entry.quad, goldstein=entry.goldstein)

    def codable(self, cameo: str) -> bool:
        """A CAMEO code we can code in PLOVER (user dictionaries may hold other codes)."""
        return (cameo.isdigit() and 2 <= len(cameo) <= 4 and cameo[:2] in self.cameo
                and any(cameo[:n] in self.crosswalk for n in range(len(cameo), 1, -1)))

    def cue(self, name: str) -> frozenset[str]:
        return self.cues.get(name, frozenset())

    @property
    def trigger_lemmas(self) -> frozenset[str]:
        """Every lemma that can start a trigger (patterns and demand-making reporting verbs)."""
        return self.cues["trigger_lemmas"]


def load_event_lexicon(settings: Settings) -> EventLexicon:
    folder = settings.extra.get("event_lexicon_dir")
    read = _reader(Path(folder) if folder else None)
    cameo = parse_cameo(*read("cameo.csv"))
    crosswalk = parse_crosswalk(*read("crosswalk.csv"), cameo=cameo)
    triggers_name, triggers_text = read("triggers.toml")
    triggers = _toml(triggers_name, triggers_text)
    classes = _classes(triggers_name, triggers.get("classes", {}))
    verbs = _patterns(triggers_name, triggers, "verbs", classes=classes, cameo=cameo,
                      crosswalk=crosswalk, lines=_entry_lines(triggers_text, "verbs"))
    nouns = _patterns(triggers_name, triggers, "nouns", classes=classes, cameo=cameo,
                      crosswalk=crosswalk, lines=_entry_lines(triggers_text, "nouns"))
    cues_name, cues_text = read("cues.toml")
    cues_data = _toml(cues_name, cues_text)
    cues = _cues(cues_name, cues_data)
    cues["theme_words"] = _theme_words(triggers_name, triggers, classes)
    user_verbs = read_verb_dictionaries(settings.extra.get("verb_dictionaries", ()))
    cues["trigger_lemmas"] = (frozenset(verbs) | frozenset(nouns) | frozenset(user_verbs)
                              | cues.get("reporting", frozenset()))
    versions = [_version(triggers_name, triggers), _version(cues_name, cues_data)]
    return EventLexicon(
        version="+".join(versions), cameo=cameo, crosswalk=crosswalk, verbs=verbs, nouns=nouns,
        cues=cues, date_phrases=_date_phrases(cues_name, cues_data), user_verbs=user_verbs,
    )


def _reader(folder: Path | None):  # type: ignore[no-untyped-def]
    def read(name: str) -> tuple[str, str]:
        if folder is not None:
            path = folder / name
            try:
                return str(path), path.read_text(encoding="utf-8")
            except OSError as err:
                raise DictionaryError(str(path), None, f"cannot read ({err})") from err
        ref = importlib_resources.files("newsevents") / "data" / "events" / name
        return f"data/events/{name}", ref.read_text(encoding="utf-8")
    return read


def _rows(name: str, text: str) -> list[tuple[int, dict[str, str]]]:
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1)
             if line.strip() and not line.startswith("#")]
    if not lines:
        raise DictionaryError(name, None, "no header line")
    header = next(csv.reader(io.StringIO(lines[0][1])))
    rows = []
    for n, line in lines[1:]:
        values = next(csv.reader(io.StringIO(line)))
        if len(values) != len(header):
            raise DictionaryError(name, n, f"expected {len(header)} fields, found {len(values)}")
        rows.append((n, dict(zip(header, (v.strip() for v in values)))))
    return rows


def packaged_cameo() -> dict[str, CameoCode]:
    """The package's CAMEO table (data/events/cameo.csv), validated."""
    return parse_cameo(*_reader(None)("cameo.csv"))


def parse_cameo(name: str, text: str) -> dict[str, CameoCode]:
    table: dict[str, CameoCode] = {}
    for n, row in _rows(name, text):
        code = row.get("code", "")
        if not (code.isdigit() and 2 <= len(code) <= 4):
            raise DictionaryError(name, n, f"bad CAMEO code {code!r}")
        try:
            goldstein, quad = float(row["goldstein"]), int(row["quad"])
        except (KeyError, ValueError) as err:
            raise DictionaryError(name, n, f"bad goldstein/quad ({err})") from err
        if not -10.0 <= goldstein <= 10.0 or quad not in (1, 2, 3, 4):
            raise DictionaryError(name, n, "goldstein must be in [-10, 10] and quad in 1..4")
        if code in table:
            raise DictionaryError(name, n, f"duplicate code {code}")
        table[code] = CameoCode(code, row.get("name", ""), goldstein, quad)
    missing = [f"{r:02d}" for r in range(1, 21) if f"{r:02d}" not in table]
    if missing:
        raise DictionaryError(name, None, f"missing root codes {', '.join(missing)}")
    return table


def parse_crosswalk(name: str, text: str, *, cameo: Mapping[str, CameoCode]
                    ) -> dict[str, tuple[str, str | None]]:
    table: dict[str, tuple[str, str | None]] = {}
    for n, row in _rows(name, text):
        code, ptype = row.get("code", ""), row.get("plover_type", "")
        if code[:2] not in cameo:
            raise DictionaryError(name, n, f"unknown CAMEO root in {code!r}")
        if ptype not in PLOVER_TYPES:
            raise DictionaryError(name, n, f"unknown PLOVER type {ptype!r}")
        table[code] = (ptype, row.get("plover_mode") or None)
    return table


def _toml(name: str, text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        found = re.search(r"at line (\d+)", str(err))
        line = int(found.group(1)) if found else None
        raise DictionaryError(name, line, f"invalid TOML ({err})") from err


def _version(name: str, data: dict[str, Any]) -> str:
    version = data.get("version")
    if not isinstance(version, str) or not version:
        raise DictionaryError(name, None, "missing 'version'")
    return version


def _classes(name: str, raw: dict[str, Any]) -> dict[str, frozenset[str]]:
    out = {}
    for key, value in raw.items():
        if not isinstance(value, str):
            raise DictionaryError(name, None, f"class {key!r} must be a '|'-separated string")
        out[key] = frozenset(w.strip() for w in value.split("|") if w.strip())
    return out


def _theme_words(name: str, data: dict[str, Any], classes: Mapping[str, frozenset[str]]
                 ) -> frozenset[str]:
    words: set[str] = set()
    for key in data.get("theme_classes", []):
        if key not in classes:
            raise DictionaryError(name, None, f"theme_classes: unknown class {key!r}")
        words |= classes[key]
    return frozenset(words)


def _expand(name: str, spec: str, classes: Mapping[str, frozenset[str]], where: str
            ) -> tuple[str, ...]:
    words: list[str] = []
    for part in spec.split("|"):
        part = part.strip()
        if part.startswith("@"):
            if part[1:] not in classes:
                raise DictionaryError(name, None, f"{where}: unknown class {part}")
            words.extend(sorted(classes[part[1:]]))
            if part in ("@territory", "@person", "@state"):
                words.append(part)
        elif part:
            words.append(part)
    return tuple(words)


def _entry_lines(text: str, key: str) -> list[int]:
    """Line numbers of the one-line entries of the array `key = [ … ]`."""
    lines, inside = [], False
    for n, line in enumerate(text.splitlines(), 1):
        if line.startswith(f"{key} = ["):
            inside = True
        elif inside and line.startswith("]"):
            break
        elif inside and line.lstrip().startswith("{"):
            lines.append(n)
    return lines


def _patterns(name: str, data: dict[str, Any], key: str, *, classes: Mapping[str, frozenset[str]],
              cameo: Mapping[str, CameoCode], crosswalk: Mapping[str, tuple[str, str | None]],
              lines: list[int]) -> dict[str, tuple[Pattern, ...]]:
    out: dict[str, list[Pattern]] = {}
    for k, raw in enumerate(data.get(key, [])):
        where = f"{key}[{k}] ({raw.get('lemma', '?') if isinstance(raw, dict) else raw!r})"
        line = lines[k] if k < len(lines) else None
        try:
            pattern = _pattern(name, raw, where, classes=classes)
            if not pattern.none:
                _check_code(name, pattern, where, cameo=cameo, crosswalk=crosswalk)
        except DictionaryError as err:
            raise DictionaryError(name, line, err.problem) from err
        out.setdefault(pattern.lemma, []).append(pattern)
    return {lemma: tuple(items) for lemma, items in out.items()}


def _pattern(name: str, raw: Any, where: str, *, classes: Mapping[str, frozenset[str]]) -> Pattern:
    if not isinstance(raw, dict) or "lemma" not in raw or ("cameo" in raw) == bool(
            raw.get("none")):
        raise DictionaryError(name, None, f"{where}: needs 'lemma' and either 'cameo' or "
                              "'none = true'")
    unknown = set(raw) - PATTERN_KEYS
    if unknown:
        raise DictionaryError(name, None, f"{where}: unknown keys {sorted(unknown)}")
    purpose = raw.get("purpose")
    if purpose is not None and purpose not in classes:
        raise DictionaryError(name, None, f"{where}: unknown purpose class {purpose!r}")
    return Pattern(
        lemma=raw["lemma"], cameo=str(raw.get("cameo", "")), prt=raw.get("prt"),
        prep=raw.get("prep"),
        object=_expand(name, raw["object"], classes, where) if "object" in raw else None,
        mod=_expand(name, raw["mod"], classes, where) if "mod" in raw else None,
        purpose=classes[purpose] if purpose else None, mode=raw.get("mode"),
        plover=raw.get("plover"), theme_source=bool(raw.get("theme_source", False)),
        light=bool(raw.get("light", False)), none=bool(raw.get("none", False)),
        descriptive=bool(raw.get("descriptive", False)),
        subject=_expand(name, raw["subject"], classes, where) if "subject" in raw else None,
        clause=bool(raw.get("clause", False)), support=bool(raw.get("support", False)),
    )


def _check_code(name: str, pattern: Pattern, where: str, *, cameo: Mapping[str, CameoCode],
                crosswalk: Mapping[str, tuple[str, str | None]]) -> None:
    code = pattern.cameo
    if code not in cameo and code[:2] not in cameo:
        raise DictionaryError(name, None, f"{where}: unknown CAMEO code {code!r}")
    if not any(code[:n] in crosswalk for n in range(len(code), 1, -1)):
        raise DictionaryError(name, None, f"{where}: CAMEO {code} has no PLOVER crosswalk entry")
    if pattern.plover and pattern.plover not in PLOVER_TYPES:
        raise DictionaryError(name, None, f"{where}: unknown PLOVER type {pattern.plover!r}")


def _cues(name: str, data: dict[str, Any]) -> dict[str, frozenset[str]]:
    out = {}
    for section in ("attribution", "modality"):
        table = data.get(section)
        if not isinstance(table, dict):
            raise DictionaryError(name, None, f"missing [{section}] table")
        for key, words in table.items():
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise DictionaryError(name, None, f"[{section}] {key} must be a list of strings")
            out[key] = frozenset(words)
    return out


DATE_KINDS = frozenset({
    "offset", "this_week_before", "this_week", "last_week", "next_week", "recent_days",
    "this_month_before", "this_month", "last_month", "this_year_before", "this_year", "last_year",
})


def _date_phrases(name: str, data: dict[str, Any]) -> tuple[tuple[str, str, int], ...]:
    out = []
    for k, raw in enumerate(data.get("dates", {}).get("phrases", [])):
        if not isinstance(raw, dict) or raw.get("kind") not in DATE_KINDS or "text" not in raw:
            raise DictionaryError(name, None, f"dates.phrases[{k}]: needs text and a known kind")
        out.append((str(raw["text"]).lower(), str(raw["kind"]), int(raw.get("days", 0))))
    return tuple(sorted(out, key=lambda p: -len(p[0])))
