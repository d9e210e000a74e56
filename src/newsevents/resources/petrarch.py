"""Readers for CAMEO/PETRARCH (TABARI-style) actors and agents dictionaries.

Actors file: `NAME [CODE]` starts an actor (underscores join words; a trailing "_" asks for an
exact match and is dropped); `+SYNONYM` lines add names; indented `[CODE <date]`, `[CODE >date]`
or `[CODE date-date]` lines give date-restricted codes (YYMMDD or YYYYMMDD). `#` starts a comment;
`<!-- ... -->` blocks are comments. Codes `---` and `+++` mean "no code".
Agents file: `!SET! = A, B` defines a substitution set; `TERM {PLURALS} [~CODE]` adds an agent
(`~CODE` appends CODE to the country code, `CODE~` puts it first; `{}` means no plural, no braces
means the regular English plural).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DictionaryError
from .actor_entries import ActorEntry, AgentTerm, DatedCode, split_code
from .dict_readers import DictionaryData, read_text
from .names import name_words

_COMMENT_BLOCK = re.compile(r"<!.*?-->", re.DOTALL)
_CODE = re.compile(r"\[\s*([^\]]*?)\s*\]")
_DATED = re.compile(r"^(\S+)\s*(?:(<|>)\s*(\d{6}|\d{8})|(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8}))?$")
NO_CODES = frozenset({"---", "+++"})


def looks_like_petrarch(path: Path, text: str) -> str | None:
    """"actors", "agents" or None, from the file name, else from the content."""
    name = path.name.lower()
    if name.endswith(".actors.txt"):
        return "actors"
    if "agents" in name and name.endswith(".txt"):
        return "agents"
    body = _COMMENT_BLOCK.sub("", text)
    if re.search(r"\[\s*~\w+\]|\[\s*\w+~\s*\]", body):
        return "agents"
    if re.search(r"^\S.*\[[A-Z0-9]{3,}[^\]]*\]", body, re.MULTILINE):
        return "actors"
    return None


def _blank_comments(text: str) -> str:
    """Comment blocks replaced by newlines, so line numbers stay right."""
    return _COMMENT_BLOCK.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def _strip_line(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _phrase(raw: str) -> str:
    return " ".join(w for w in raw.replace("_", " ").split())


def parse_date(raw: str, path: Path, line: int) -> dt.date:
    try:
        if len(raw) == 6:
            year = int(raw[:2])
            return dt.date(year + (2000 if year < 30 else 1900), int(raw[2:4]), int(raw[4:6]))
        return dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
    except ValueError as err:
        raise DictionaryError(str(path), line, f"bad date {raw!r} in code block") from err


def parse_code_block(block: str, path: Path, line: int) -> DatedCode | None:
    match = _DATED.match(block.strip())
    if not match:
        raise DictionaryError(str(path), line, f"malformed code block [{block}]")
    code, op, day, start, end = match.groups()
    code = code.upper()
    if code in NO_CODES:
        return None
    if op == "<":
        return DatedCode(code=code, end=parse_date(day, path, line) - dt.timedelta(days=1))
    if op == ">":
        return DatedCode(code=code, start=parse_date(day, path, line))
    if start:
        first, last = parse_date(start, path, line), parse_date(end, path, line)
        if last < first:
            raise DictionaryError(str(path), line, f"date range {start}-{end} ends before it starts")
        return DatedCode(code=code, start=first, end=last)
    return DatedCode(code=code)


@dataclass(slots=True)
class _Actor:
    names: list[str]
    line: int
    codes: list[DatedCode] = field(default_factory=list)
    blocked: bool = False


def read_actors(path: Path) -> DictionaryData:
    actors: list[_Actor] = []
    for line_no, raw in enumerate(_blank_comments(read_text(path)).splitlines(), start=1):
        line = _strip_line(raw)
        if not line.strip():
            continue
        _actor_line(line, line_no, path, actors)
    return DictionaryData(entries=[e for a in actors if (e := _to_entry(a, path))])


def _actor_line(line: str, line_no: int, path: Path, actors: list[_Actor]) -> None:
    if line.count("[") != line.count("]"):
        raise DictionaryError(str(path), line_no, "unbalanced brackets")
    stripped = line.strip()
    if stripped.startswith("+"):
        if not actors:
            raise DictionaryError(str(path), line_no, "synonym line before any actor")
        actors[-1].names.append(_phrase(_CODE.sub("", stripped[1:])))
        _add_codes(stripped, line_no, path, actors[-1])
    elif line[0].isspace() or stripped.startswith("["):
        if not actors:
            raise DictionaryError(str(path), line_no, "code line before any actor")
        _add_codes(stripped, line_no, path, actors[-1])
    else:
        actor = _Actor(names=[_phrase(_CODE.sub("", stripped))], line=line_no)
        _add_codes(stripped, line_no, path, actor)
        actors.append(actor)


def _add_codes(text: str, line_no: int, path: Path, actor: _Actor) -> None:
    for block in _CODE.findall(text):
        dated = parse_code_block(block, path, line_no)
        if dated is None:
            actor.blocked = True
        else:
            actor.codes.append(dated)


def _to_entry(actor: _Actor, path: Path) -> ActorEntry | None:
    names = [n for n in actor.names if name_words(n)]
    if not names or (not actor.codes and actor.blocked):
        return None
    plain = [c for c in actor.codes if c.start is None and c.end is None]
    code = plain[-1].code if plain else None
    dated = tuple(c for c in actor.codes if c.start is not None or c.end is not None)
    country, sector = split_code(code) if code else (None, None)
    return ActorEntry(
        name=_title(names[0]), kind="organization" if sector else "country",
        country=country if country and len(country) == 3 else None, sector=sector, code=code,
        aliases=tuple(_title(n) for n in names[1:]), dated_codes=dated, source=f"{path}:{actor.line}")


def _title(name: str) -> str:
    """PETRARCH names are in capitals by convention: "MINAS TIRITH" -> "Minas Tirith"."""
    return " ".join(w[:1] + w[1:].lower() for w in name.split())


def read_agents(path: Path) -> DictionaryData:
    sets: dict[str, list[str]] = {}
    terms: list[AgentTerm] = []
    for line_no, raw in enumerate(_blank_comments(read_text(path)).splitlines(), start=1):
        line = _strip_line(raw).strip()
        if not line:
            continue
        match = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if match:
            sets[match.group(1)] = [w.strip() for w in match.group(2).split(",") if w.strip()]
            continue
        terms += _agent_terms(line, line_no, path, sets)
    return DictionaryData(agents=terms)


def _agent_terms(line: str, line_no: int, path: Path, sets: dict[str, list[str]]) -> list[AgentTerm]:
    match = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[\s*([^\]]*?)\s*\]\s*$", line)
    if not match:
        raise DictionaryError(str(path), line_no, f"expected 'TERM {{PLURALS}} [~CODE]', got {line!r}")
    term, plurals, code = match.groups()
    if "~" not in code or not code.replace("~", "").isalnum():
        raise DictionaryError(str(path), line_no, f"agent code {code!r} lacks '~' or is malformed")
    prefix = code.endswith("~")
    block = code.replace("~", "").upper()
    forms = _expand(term, sets)
    if plurals is None:
        forms += [_plural(f) for f in forms]
    elif plurals.strip("{} "):
        forms += _expand(plurals.strip("{} "), sets)
    words = sorted({name_words(_phrase(f)) for f in forms} - {()})
    return [AgentTerm(words=w, sector=block[:3], code=None if prefix else block,
                      prefix=block if prefix else None) for w in words]


def _expand(term: str, sets: dict[str, list[str]]) -> list[str]:
    found = re.search(r"![A-Z]+!", term)
    if not found or found.group(0) not in sets:
        return [term]
    return [x for word in sets[found.group(0)] for x in _expand(term.replace(found.group(0), word, 1), sets)]


def _plural(term: str) -> str:
    upper = term.rstrip("_")
    if re.search(r"(S|X|CH|SH)$", upper, re.IGNORECASE):
        return upper + "ES"
    if re.search(r"[^AEIOU]Y$", upper, re.IGNORECASE):
        return upper[:-1] + "IES"
    return upper + "S"
