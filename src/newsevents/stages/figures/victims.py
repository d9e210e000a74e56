"""Victims counted from their description, not from a number: "a man was shot dead" is one
killed, "both officers were wounded" two, "a couple" two, "a family of five" five, "one of the
gunmen" one, "he died later" one (a reference: the casualty summary counts it once).

The category comes from what happened — the verb the victim is the patient of ("was killed",
"shot and wounded", "was found dead", "fatally stabbed"), the subject of ("died") or the sufferer
of ("suffered gunshot wounds") — never from the noun; the noun only says who the victims were
(`victim_kind`). Negated or merely threatened acts count nobody. Numbers are left to the figures
stage ("two men were shot" is a numeric figure); a coordination adds its parts ("a man and a
woman", "a mother and her two children").
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ... import numbers
from ...model import Span
from ...parse import Parse, Tok
from .roles import FATAL_ADVERBS, _word_category, from_verb, suffers
from ..quotes.speech import SourceLexicon, has_negation

# what can happen to a described victim; an arrest of "a man" is no count of interest
CATEGORIES = ("killed", "wounded", "casualties", "kidnapped", "missing")
VICTIM_DEPS = frozenset({"nsubjpass", "dobj", "nsubj"})
PAIRS = {"both": 2, "couple": 2, "pair": 2}
SINGULAR_PRONOUNS = frozenset({"he", "she", "him", "her", "himself", "herself"})
NOBODY = frozenset({"no", "nobody", "none", "noone"})
PREDICATES = frozenset({"xcomp", "oprd", "acomp"})  # "found shot dead"; not "said (that) …"
IRREALIS = frozenset({"threaten", "try", "attempt", "plan", "want", "vow", "fear", "could",
                      "would", "might", "may"})


@dataclass(frozen=True, slots=True)
class Victim:
    """A described victim (or coordinated victims): who, how many, what happened, the verb."""

    span: Span
    head: Tok
    count: int
    category: str
    verb: Tok


def find_victims(parse: Parse, *, lexicon: SourceLexicon) -> Iterator[Victim]:
    """Every described victim, once per victim phrase, in text order (linear in tokens)."""
    for tok in parse.tokens:
        if tok.dep not in VICTIM_DEPS or (tok.pos not in ("NOUN", "PROPN", "PRON", "NUM", "DET")
                                          and tok.text.lower() != "other"):
            if tok.pos == "NUM" and _elliptical_fatal(parse, tok):  # "two were shot, one fatally"
                yield Victim(tok.span, tok, _number_of(parse, tok) or 1, "killed",
                             parse.head(tok.i))
            continue
        verb = parse.head(tok.i)
        if verb.pos not in ("VERB", "AUX") or _counted(parse, tok) or irrealis(parse, verb):
            continue
        category = what_happened(parse, verb, tok, lexicon=lexicon)
        if category is None:
            continue
        found = describe(parse, tok, lexicon=lexicon)
        if found is not None:
            yield Victim(found[0], tok, found[1], category, verb)


def _counted(parse: Parse, tok: Tok) -> bool:
    """A victim phrase of one part counted by a number ("20 people were killed"): the figures
    stage reads it, `describe` gives None (tested first: it is cheaper than the verb rules)."""
    return _numeric(parse, tok) and not any(c.dep == "conj" for c in parse.children(tok.i))


def _elliptical_fatal(parse: Parse, tok: Tok) -> bool:
    return tok.pos == "NUM" and tok.dep in ("npadvmod", "appos", "conj") and any(
        c.text.lower() in FATAL_ADVERBS for c in parse.children(tok.i))


def irrealis(parse: Parse, verb: Tok) -> bool:
    """Negated, or under a modal or a verb of intent ("threatened to kill him")."""
    if has_negation(parse, verb):
        return True
    if any(c.dep == "aux" and c.lemma.lower() in IRREALIS for c in parse.children(verb.i)):
        return True
    return verb.dep == "xcomp" and parse.head(verb.i).lemma.lower() in IRREALIS


def what_happened(parse: Parse, verb: Tok, victim: Tok, *, lexicon: SourceLexicon) -> str | None:
    """The strongest category said of the victim: by its own predicate modifier ("left a man
    dead"), the verb, the verb's complements ("found shot dead") and the verbs conjoined to it
    that share its subject ("shot and killed" → killed)."""
    kids = [c for c in parse.children(victim.i) if c.dep in ("amod", "acl") and c.i > victim.i]
    found = {_word_category(c, lexicon=lexicon, passive=True) for c in kids}
    if any(suffers(parse, c, lexicon=lexicon) for c in kids):  # "a man suffering from wounds"
        found.add("wounded")
    found |= _verb_categories(parse, verb, victim, lexicon=lexicon)
    for conj in parse.children(verb.i):
        if conj.dep == "conj" and conj.pos == "VERB" and not any(
                c.dep in ("nsubj", "nsubjpass") for c in parse.children(conj.i)):
            found |= _verb_categories(parse, conj, victim, lexicon=lexicon)
    return next((c for c in CATEGORIES if c in found), None)


def _verb_categories(parse: Parse, verb: Tok, victim: Tok, *,
                     lexicon: SourceLexicon) -> set[str | None]:
    found = {_one_verb(parse, verb, victim, lexicon=lexicon)}
    for comp in parse.children(verb.i):
        if comp.dep in PREDICATES:
            found.add(_word_category(comp, lexicon=lexicon, passive=True))
            found |= {_word_category(c, lexicon=lexicon, passive=True)
                      for c in parse.children(comp.i) if c.dep in PREDICATES}
    if found & {"casualties", "wounded"} and _fatally(parse, verb):
        found.add("killed")
    return found


def _fatally(parse: Parse, verb: Tok) -> bool:
    return any(c.text.lower() in FATAL_ADVERBS for c in parse.children(verb.i))


def _one_verb(parse: Parse, verb: Tok, victim: Tok, *, lexicon: SourceLexicon) -> str | None:
    lemma = verb.lemma.lower()
    if victim.dep == "nsubj" and not _passive(parse, verb) and \
            lemma not in lexicon.figure_subject and lemma not in lexicon.words["injury_verbs"] \
            and verb.text.lower() not in lexicon.figure_adjectives:
        return None
    return from_verb(parse, verb, victim, lexicon=lexicon)


def _passive(parse: Parse, verb: Tok) -> bool:
    kids = parse.children(verb.i)
    return any(c.dep == "auxpass" for c in kids) or (
        verb.tag == "VBN" and not any(c.dep == "aux" for c in kids))


def describe(parse: Parse, tok: Tok, *, lexicon: SourceLexicon) -> tuple[Span, int] | None:
    """(span, count) of a victim phrase with its coordinated parts, or None when it is not a
    countable person (a thing, a plural without a number, "no one", a numeric count)."""
    parts = [tok, *conjuncts(parse, tok)]
    counts = [_count(parse, part, lexicon=lexicon) for part in parts]
    if any(c is None for c in counts) or (len(parts) == 1 and _numeric(parse, tok)):
        return None
    total = sum(c for c in counts if c is not None)
    last = parts[-1]
    span = Span(parse.tokens[_left(parse, tok)].idx, last.end)
    return (span, total) if total > 0 else None


def conjuncts(parse: Parse, tok: Tok) -> list[Tok]:
    out, todo = [], [tok]
    while todo:
        kids = [c for c in parse.children(todo.pop().i) if c.dep == "conj"]
        out.extend(kids)
        todo.extend(kids)
    return sorted(out, key=lambda t: t.i)


def _left(parse: Parse, tok: Tok) -> int:
    left = tok.i
    for child in parse.children(tok.i):
        if child.i < tok.i and child.dep not in ("punct", "cc"):
            left = min(left, child.left)
    return left


def _numeric(parse: Parse, tok: Tok) -> bool:
    """Counted by a number the figures stage reads ("two men", "3 were killed")."""
    if tok.pos == "NUM" and not _one_of(parse, tok):
        return True
    return any(c.dep == "nummod" for c in parse.children(tok.i))


def _one_of(parse: Parse, tok: Tok) -> bool:
    return tok.text.lower() == "one" and any(
        c.dep == "prep" and c.text.lower() == "of" for c in parse.children(tok.i))


def _count(parse: Parse, tok: Tok, *, lexicon: SourceLexicon) -> int | None:
    """How many people one part of a victim phrase names (None: not countable)."""
    text, lemma = tok.text.lower(), tok.lemma.lower()
    kids = parse.children(tok.i)
    if text in NOBODY or any(c.text.lower() in NOBODY for c in kids if c.dep == "det"):
        return None
    if tok.pos == "NUM":
        return 1 if _one_of(parse, tok) else _number_of(parse, tok)
    if text in PAIRS or any(c.text.lower() == "both" for c in kids):
        return 2 if text != "couple" or _has_det(kids) else None
    if lemma in lexicon.words["group_nouns"]:
        return _group_size(parse, tok)
    if any(c.dep == "nummod" for c in kids):
        return _number_of(parse, next(c for c in kids if c.dep == "nummod"))
    if tok.pos in ("PRON", "DET") or text == "other":
        return 1 if text in SINGULAR_PRONOUNS or text in ("another", "other") else None
    if tok.tag in ("NNS", "NNPS") or not is_person(tok, lexicon=lexicon):
        return None
    return 1


def _has_det(kids: tuple[Tok, ...]) -> bool:
    return any(c.dep == "det" for c in kids)


def _number_of(parse: Parse, tok: Tok) -> int | None:
    found = numbers.parse(parse.subtree_span(tok.i).of(parse.text)) or numbers.parse(tok.text)
    return found.low if found is not None and found.low == found.high else None


def _group_size(parse: Parse, tok: Tok) -> int | None:
    """'a family of five': the number after 'of'."""
    of = next((c for c in parse.children(tok.i) if c.dep == "prep" and c.text.lower() == "of"),
              None)
    obj = next((c for c in parse.children(of.i) if c.dep == "pobj"), None) if of else None
    return _number_of(parse, obj) if obj is not None and obj.pos == "NUM" else None


def is_person(tok: Tok, *, lexicon: SourceLexicon) -> bool:
    """A person noun or kind of victim, or a name that is not a place, group or thing."""
    lemma = tok.lemma.lower()
    if tok.ent_type == "PERSON" or lexicon.has("person_nouns", lemma):
        return True
    if tok.pos == "PROPN":
        return tok.ent_type == "" and tok.tag == "NNP" and tok.text[:1].isupper()
    return lemma in lexicon.victim_kinds and not lexicon.has("thing_nouns", lemma)
