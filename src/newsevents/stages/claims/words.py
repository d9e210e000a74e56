"""The claim words (`data/sources/claims.json`): what turns a negation into a commitment rather
than a denial of fact, which words name the same kind of event, which sectors are the state."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ...errors import DictionaryError
from ...resources.datafiles import read_json_data, word_lists

CLAIM_WORDS = "claims.json"
WORD_LISTS = (
    "modal_auxiliaries", "future_verbs", "volitional_verbs", "denied_matters", "bare_subjects",
    "untrue_words", "true_words", "knowing_words", "state_sectors", "plural_words", "generic_words",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimWords:
    version: str
    words: Mapping[str, frozenset[str]]
    families: Mapping[str, str]  # lemma -> the first word of its family ("shelling" -> "shell")
    kinds: frozenset[str]  # the families' first words: kinds of event ("shell", "deploy")

    def has(self, name: str, word: str) -> bool:
        return word in self.words[name]

    def family(self, lemma: str) -> str:
        return self.families.get(lemma, lemma)


def load_claim_words(path: str | Path | None = None) -> ClaimWords:
    """Read and validate the claim words (the packaged file by default)."""
    data, where = read_json_data("sources", CLAIM_WORDS, path, what="claim words")
    return build_claim_words(data, where=where)


def build_claim_words(data: Any, *, where: str = "claims.json") -> ClaimWords:
    if not isinstance(data, dict) or "version" not in data.get("_header", {}):
        raise DictionaryError(where, None, "missing _header with a version")
    words = word_lists(data, WORD_LISTS, where=where, keep_case=frozenset({"state_sectors"}))
    families = _families(data.get("topic_families"), where)
    return ClaimWords(version=data["_header"]["version"], words=MappingProxyType(words),
                      families=families, kinds=frozenset(families.values()))


def _families(groups: Any, where: str) -> Mapping[str, str]:
    if not isinstance(groups, list) or not all(
            isinstance(g, list) and g and all(isinstance(w, str) for w in g) for g in groups):
        raise DictionaryError(where, None, "'topic_families' must be a list of word lists")
    out: dict[str, str] = {}
    for group in groups:
        for word in group:
            if out.setdefault(word.lower(), group[0].lower()) != group[0].lower():
                raise DictionaryError(where, None, f"{word!r} is in two topic families")
    return MappingProxyType(out)
