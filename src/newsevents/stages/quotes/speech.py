"""The sources lexicon (speech verbs, hedges, denials, figure words) and parse helpers shared by
the quotes, figures and claims stages: who is the subject of a cue verb, which span names them."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ...errors import DictionaryError
from ...resources.datafiles import read_json_data, word_lists
from ...lookup import SpanIndex
from ...model import FIGURE_CATEGORIES, VICTIM_KINDS, Span
from ...parse import Parse, Tok

LEXICON = "lexicon.json"
WORD_LISTS = (
    "speech_verbs", "quote_only_verbs", "speech_nouns", "denial_verbs", "denial_objects",
    "uncertain_predicates", "uncertain_verbs", "hedge_modals", "hedge_adverbs", "hedge_verbs",
    "person_nouns", "thing_nouns", "measure_verbs", "injury_verbs", "injury_nouns",
    "group_nouns", "projectile_nouns",
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
CUT_DEPS = frozenset({"relcl", "appos", "acl", "punct", "cc", "conj", "prep"})


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceLexicon:
    version: str
    words: Mapping[str, frozenset[str]]
    figure_patient: Mapping[str, str]  # verb lemma whose object/passive subject is counted
    figure_subject: Mapping[str, str]  # verb lemma whose active subject is counted
    figure_nouns: Mapping[str, str]
    figure_adjectives: Mapping[str, str]
    units: Mapping[str, str]
    groups: Mapping[str, str]  # word -> the first word of its group of near-synonyms
    victim_kinds: Mapping[str, str]  # noun lemma -> who the victims were (model.VICTIM_KINDS)
    figure_event_nouns: Mapping[str, str]  # "killing" -> killed ("the killing of 12 people")

    def has(self, name: str, word: str) -> bool:
        return word in self.words[name]


def load_lexicon(path: str | Path | None = None) -> SourceLexicon:
    """Read and validate the lexicon (the packaged one by default)."""
    data, where = read_json_data("sources", LEXICON, path, what="sources lexicon")
    return _build(data, where)


def _build(data: Any, where: str) -> SourceLexicon:
    words = word_lists(data, WORD_LISTS, where=where)
    patient, subject = {}, {}
    for category, roles in _categories(data, "figure_verbs", where).items():
        patient.update({w: category for w in roles.get("patient", [])})
        subject.update({w: category for w in roles.get("subject", [])})
    return SourceLexicon(
        version=data["_header"]["version"], words=MappingProxyType(words),
        figure_patient=MappingProxyType(patient), figure_subject=MappingProxyType(subject),
        figure_nouns=_invert(_categories(data, "figure_nouns", where)),
        figure_adjectives=_invert(_categories(data, "figure_adjectives", where)),
        units=MappingProxyType(dict(data.get("figure_units", {}))),
        groups=_groups(data.get("term_groups", []), where),
        victim_kinds=_victim_kinds(data, where),
        figure_event_nouns=_invert(_categories(data, "figure_event_nouns", where)),
    )


def _victim_kinds(data: Any, where: str) -> Mapping[str, str]:
    table = data.get("victim_kinds", {})
    unknown = sorted(set(table) - set(VICTIM_KINDS)) if isinstance(table, dict) else ["?"]
    if unknown:
        raise DictionaryError(where, None, f"'victim_kinds': unknown kinds {unknown}")
    return _invert(table)


def _groups(groups: Any, where: str) -> Mapping[str, str]:
    if not isinstance(groups, list) or not all(
            isinstance(g, list) and g and all(isinstance(w, str) for w in g) for g in groups):
        raise DictionaryError(where, None, "'term_groups' must be a list of word lists")
    return MappingProxyType({w: g[0] for g in groups for w in g})


def _categories(data: dict, name: str, where: str) -> dict:
    table = data.get(name)
    if not isinstance(table, dict):
        raise DictionaryError(where, None, f"{name!r} must be an object")
    unknown = sorted(set(table) - set(FIGURE_CATEGORIES))
    if unknown:
        raise DictionaryError(where, None, f"{name!r}: unknown figure categories {unknown}")
    return table


def _invert(table: dict[str, list[str]]) -> Mapping[str, str]:
    return MappingProxyType({w: category for category, ws in table.items() for w in ws})


# -- parse helpers ----------------------------------------------------------------------------

def subject_of(parse: Parse, verb: Tok) -> Tok | None:
    """The grammatical subject of a verb: its own, or that of the verb it is conjoined to or
    an adverbial/participle clause of ("… said, adding that …")."""
    for _ in range(4):
        for child in parse.children(verb.i):
            if child.dep in SUBJECT_DEPS and child.dep != "csubj":
                return child
        if verb.dep not in ("conj", "advcl", "xcomp") or verb.head == verb.i:
            return None
        verb = parse.tokens[verb.head]
    return None


def name_span(parse: Parse, head: Tok) -> Span:
    """The words naming an entity headed by `head`: its modifiers, without the relative
    clauses, appositions and comma-separated parts that follow it."""
    start, end = head.i, head.i
    for child in parse.children(head.i):
        if child.i < head.i and child.dep not in ("punct", "cc"):
            start = min(start, child.left)
        elif child.i > head.i and child.dep not in CUT_DEPS:
            end = max(end, child.right)
        elif child.i > head.i and child.dep == "prep" and _short_prep(parse, child) \
                and child.text.lower() not in ("including", "like", "among"):
            end = max(end, child.right)
    while start < head.i and parse.tokens[start].pos == "PUNCT":
        start += 1
    start, end = _glued(parse, start, -1), _glued(parse, end, 1)
    return parse.span_of(start, end + 1)


def _glued(parse: Parse, k: int, step: int) -> int:
    """Extend over tokens written without a space: 'al' '-' 'Maliki'."""
    toks = parse.tokens
    while 0 <= k + step < len(toks):
        a, b = (toks[k], toks[k + step]) if step > 0 else (toks[k + step], toks[k])
        if a.end != b.idx or not (b.text[0].isalnum() or b.text == "-") or \
                not (a.text[-1].isalnum() or a.text == "-"):
            break
        k += step
    return k


def _short_prep(parse: Parse, prep: Tok) -> bool:
    """'an official in Baghdad', 'the head of the agency': a short attached phrase."""
    return prep.right - prep.i <= 4 and not any(
        parse.tokens[k].text == "," for k in range(prep.i, prep.right + 1))


def actor_at(index: SpanIndex, parse: Parse, head: Tok, span: Span) -> str | None:
    """The actor whose mention covers the speaker's head word, else any word naming it."""
    hit = index.at(head.span)
    if hit is not None:
        return hit
    return index.at(span)


def has_negation(parse: Parse, tok: Tok) -> bool:
    """The word is negated: 'not involved', 'never sent', 'no troops were sent'."""
    return any(c.dep == "neg" or c.text.lower() in ("never", "no")
               for c in parse.children(tok.i))
