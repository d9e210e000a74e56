"""User verb dictionaries in the CAMEO/PETRARCH (TABARI) format, read into simple verb patterns.

Supported subset of the format:
- `--- VERB [code] ---` opens a verb block; `[---]` means "this verb codes no event"; of
  `[a:b]` the first code is used;
- `- words [code]` lines are patterns: `*` (or `X_*`, `*_Y`) marks the verb; the words after it
  must all occur after the verb in the sentence, those before it before the verb; `&SYNSET`
  stands for any member of that synset; `$`, `+`, `%` and `~` markers (source, target, compound)
  are ignored — our own argument rules find the actors;
- `&NAME` followed by `+WORD` lines defines a synset;
- `#` starts a comment; `<!-- … -->` lines are skipped.
Verb forms are matched by lemma, so the `{FORMS}` lists are not needed. Malformed block headers
and patterns raise DictionaryError with file and line.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import DictionaryError

HEADER = re.compile(r"^---\s+([^\[]+?)\s*\[([^\]]*)\]")
PATTERN = re.compile(r"^-\s*(.*?)\s*\[([^\]]*)\]")
MARKERS = frozenset({"$", "+", "%", "~", "^"})


@dataclass(frozen=True, slots=True)
class VerbPattern:
    before: tuple[frozenset[str], ...]
    after: tuple[frozenset[str], ...]
    code: str | None


@dataclass(frozen=True, slots=True)
class UserVerb:
    lemma: str
    code: str | None
    patterns: tuple[VerbPattern, ...]

    def code_for(self, before: set[str], after: set[str]) -> str | None:
        """The code of the first pattern whose words occur around the verb, else the default."""
        for pattern in self.patterns:
            if all(words & after for words in pattern.after) and all(
                    words & before for words in pattern.before):
                return pattern.code
        return self.code


def read_verb_dictionaries(paths: Iterable[str]) -> dict[str, UserVerb]:
    verbs: dict[str, UserVerb] = {}
    for path in paths:
        verbs.update(read_verb_dictionary(Path(path)))
    return verbs


def read_verb_dictionary(path: Path) -> dict[str, UserVerb]:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as err:
        raise DictionaryError(str(path), None, f"cannot read ({err})") from err
    synsets = _synsets(lines)
    blocks: dict[str, tuple[str | None, list[VerbPattern]]] = {}
    current: str | None = None
    for n, raw in enumerate(lines, 1):
        line = _strip_comment(raw)
        if not line or line.startswith("<!--"):
            continue
        if line.startswith("---"):
            current = _header(path, n, line, blocks)
        elif line.startswith("-") and current is not None:
            pattern = _pattern(path, n, line, synsets)
            if pattern is not None:
                blocks[current][1].append(pattern)
    return _by_first_word(blocks)


def _by_first_word(blocks: dict[str, tuple[str | None, list[VerbPattern]]]) -> dict[str, UserVerb]:
    """Phrasal blocks ("LASH OUT") become patterns of their first word's entry."""
    out: dict[str, UserVerb] = {}
    for lemma, (code, pats) in blocks.items():
        if " " not in lemma:
            out[lemma] = UserVerb(lemma, code, tuple(pats))
    for lemma, (code, pats) in blocks.items():
        first, *rest = lemma.split()
        if not rest:
            continue
        phrase = VerbPattern((), tuple(frozenset({w}) for w in rest), code)
        base = out.get(first, UserVerb(first, None, ()))
        out[first] = UserVerb(first, base.code, (phrase, *base.patterns))
    return out


def _strip_comment(raw: str) -> str:
    """Drop a trailing `# comment`; a `#` inside the [code] brackets is part of the code."""
    head, bracket, tail = raw.partition("[")
    if not bracket:
        return raw.split("#", 1)[0].strip()
    code, close, rest = tail.partition("]")
    return (head.split("#", 1)[0] + bracket + code + close + rest.split("#", 1)[0]).strip()


def _header(path: Path, n: int, line: str,
            blocks: dict[str, tuple[str | None, list[VerbPattern]]]) -> str:
    m = HEADER.match(line)
    if not m:
        raise DictionaryError(str(path), n, f"bad verb block header {line!r} "
                              "(expected '--- VERB [code] ---')")
    lemma = m.group(1).strip("_").lower().replace("_", " ")
    blocks.setdefault(lemma, (_code(m.group(2)), []))
    return lemma


def _code(raw: str) -> str | None:
    code = raw.split(":", 1)[0].strip()
    return None if not code or set(code) <= {"-"} else code


def _pattern(path: Path, n: int, line: str, synsets: dict[str, frozenset[str]]
             ) -> VerbPattern | None:
    m = PATTERN.match(line)
    if not m:
        raise DictionaryError(str(path), n, f"bad pattern {line!r} (expected '- words [code]')")
    words = m.group(1).replace("_", " ").replace("*", " * ").split()
    if "*" not in words:
        return None  # a pattern without the verb's position cannot be placed
    star = words.index("*")
    return VerbPattern(_slots(words[:star], synsets), _slots(words[star + 1:], synsets),
                       _code(m.group(2)))


def _slots(words: list[str], synsets: dict[str, frozenset[str]]) -> tuple[frozenset[str], ...]:
    out = []
    for word in words:
        if word in MARKERS or not any(c.isalnum() for c in word):
            continue
        if word.startswith("&"):
            out.append(synsets.get(word.rstrip("_").upper(), frozenset()))
        else:
            out.append(frozenset({word.strip("+$%~^").lower()}))
    return tuple(s for s in out if s)


def _synsets(lines: list[str]) -> dict[str, frozenset[str]]:
    """&NAME blocks: the first word of each `+MEMBER` line, lower case."""
    out: dict[str, set[str]] = {}
    name: str | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            name = line.split()[0].rstrip("_").upper()
            out[name] = set()
        elif line.startswith("+") and name is not None:
            member = line[1:].replace("_", " ").split()
            if member and not member[0].startswith("&"):
                out[name].add(member[0].lower())
        elif line:
            name = None
    return {k: frozenset(v) for k, v in out.items()}
