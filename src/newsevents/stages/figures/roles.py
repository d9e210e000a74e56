"""What a number counts, from the parse: the counted noun, its category and whether it is hedged.

- the counted noun is the noun the number modifies ("500 troops"), the noun after "of"
  ("thousands of volunteers"), or the number itself ("12 were killed");
- the category comes first from the verb the counted noun is the patient of ("killed 12",
  "12 were arrested") or the subject of ("500,000 fled"), then from its modifiers ("people
  killed", "injured civilians"), then from the noun ("refugees", "troops");
- when the number is what a measuring verb reaches ("the toll rose to 45", "may run into the
  hundreds", "is approaching 1,000"), the counted thing is that verb's subject ("the number of
  people killed");
- a verb-derived category needs a counted person (or a bare number): "seized 3 villages" is not
  an arrest.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...parse import Parse, Tok
from ..quotes.speech import SourceLexicon, subject_of

COMPLEMENTS = frozenset({"xcomp", "oprd", "acomp", "ccomp"})
MODIFIERS = frozenset({"acl", "amod", "relcl", "appos"})
PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})
NUMBER_DEPS = frozenset({"nummod", "quantmod", "amod", "compound", "det", "advmod"})
AGENT_SUFFIXES = ("er", "or", "ist", "man", "men", "ian", "ant", "ent", "eer", "ee", "girl",
                  "boy", "ite")
STRONG_NOUNS = frozenset({"kidnapped", "killed", "wounded"})
WEAK_VERBS = frozenset({"arrested", "troops", "displaced", "affected"})


@dataclass(frozen=True, slots=True)
class Counted:
    noun: Tok
    category: str
    verb: Tok | None


def counted_noun(parse: Parse, num: Tok, phrase: range | None = None) -> Tok:
    """The noun a number token counts (through "of": "tens of thousands of people")."""
    phrase = phrase or range(num.i, num.i + 1)
    for _ in range(3):
        if num.dep in NUMBER_DEPS and parse.head(num.i).pos in ("NOUN", "PROPN", "ADJ") \
                and parse.head(num.i).i not in phrase:
            return parse.head(num.i)
        of = next((c for c in parse.children(num.i)
                   if c.dep == "prep" and c.text.lower() == "of"), None)
        obj = next((c for c in parse.children(of.i) if c.dep == "pobj"), None) if of else None
        if obj is None:
            return num
        if obj.i not in phrase:
            return obj
        num = obj
    return num


def categorize(parse: Parse, num: Tok, *, lexicon: SourceLexicon,
               phrase: range | None = None) -> Counted | None:
    noun = counted_noun(parse, num, phrase)
    role = num if _via_of(parse, noun, num) else noun
    person = is_person(noun, num, lexicon=lexicon)
    verb = governing_verb(parse, role)
    if verb is not None and verb.lemma in lexicon.words["measure_verbs"] and role.dep in (
            "pobj", "dobj", "attr", "npadvmod"):
        found = from_subject(parse, verb, lexicon=lexicon)
        if found is not None:
            return Counted(noun, found, verb)
    own = noun_category(noun, num, lexicon=lexicon)
    if verb is not None and person:
        found = from_verb(parse, verb, role, lexicon=lexicon)
        if found is not None:
            return Counted(noun, own if own in STRONG_NOUNS and found in WEAK_VERBS else found, verb)
    found = from_modifiers(parse, noun, num, lexicon=lexicon) or own
    return Counted(noun, found, verb) if found is not None else None


def noun_category(noun: Tok, num: Tok, *, lexicon: SourceLexicon) -> str | None:
    if noun.i == num.i:
        return None
    return lexicon.figure_nouns.get(noun.lemma.lower()) or lexicon.figure_nouns.get(
        noun.text.lower())


def _via_of(parse: Parse, noun: Tok, num: Tok) -> bool:
    """The noun hangs on the number through "of" (its syntactic role is the number's)."""
    return noun.dep == "pobj" and noun.i != num.i and parse.head(noun.i).text.lower() == "of" \
        and parse.head(noun.i).head != noun.i and noun.i > num.i


def is_person(noun: Tok, num: Tok, *, lexicon: SourceLexicon) -> bool:
    """Counted people: a bare number, a nationality, a person or figure noun, or a noun of
    agent ("climbers", "fishermen", "migrants") that is not a known thing."""
    lemma = noun.lemma.lower()
    if noun.i == num.i or noun.ent_type == "NORP" or noun.pos == "PRON":
        return True
    if lemma in lexicon.figure_nouns or lexicon.has("person_nouns", lemma):
        return True
    return lemma.endswith(AGENT_SUFFIXES) and not lexicon.has("thing_nouns", lemma)


def governing_verb(parse: Parse, noun: Tok) -> Tok | None:
    """The verb whose argument the counted noun is (through a preposition for pobj)."""
    tok = noun
    if tok.dep == "pobj":
        tok = parse.head(tok.i)
    if tok.dep in ("prep", "agent", "nsubj", "nsubjpass", "dobj", "attr", "npadvmod", "pobj",
                   "dative"):
        head = parse.head(tok.i)
        if head.pos in ("VERB", "AUX"):
            return head
    return None


def from_verb(parse: Parse, verb: Tok, noun: Tok, *, lexicon: SourceLexicon) -> str | None:
    for child in parse.children(verb.i):
        if child.dep in COMPLEMENTS:
            found = _word_category(child, lexicon=lexicon, passive=True)
            if found is not None:
                return found
    lemma = verb.lemma.lower()
    kids = parse.children(verb.i)
    # "4,000 wounded": a bare past participle after its subject is an elided passive
    passive = any(c.dep == "auxpass" for c in kids) or (
        verb.tag == "VBN" and not any(c.dep == "aux" for c in kids))
    if noun.dep in PATIENT_DEPS or (noun.dep == "nsubj" and passive):
        return lexicon.figure_patient.get(lemma)
    if noun.dep == "nsubj":
        return lexicon.figure_subject.get(lemma) or lexicon.figure_adjectives.get(
            verb.text.lower())
    return None


def from_modifiers(parse: Parse, noun: Tok, num: Tok, *, lexicon: SourceLexicon) -> str | None:
    for tok in (noun, num) if noun.i != num.i else (num,):
        for child in parse.children(tok.i):
            if child.dep in MODIFIERS and child.i != num.i:
                found = _word_category(child, lexicon=lexicon, passive=child.tag == "VBN")
                if found is not None:
                    return found
    return None


def from_subject(parse: Parse, verb: Tok, *, lexicon: SourceLexicon) -> str | None:
    """'the number of people killed may run into the hundreds': search the subject phrase."""
    subject = subject_of(parse, verb)
    if subject is None:
        return None
    span = parse.tokens[subject.left:min(subject.right + 1, subject.left + 14)]
    for passive in (True, False):
        for tok in span:
            found = _word_category(tok, lexicon=lexicon, passive=passive)
            if found is not None:
                return found
    return None


def _word_category(tok: Tok, *, lexicon: SourceLexicon, passive: bool) -> str | None:
    lemma, text = tok.lemma.lower(), tok.text.lower()
    if tok.pos == "VERB" and passive and tok.tag == "VBN" and lemma in lexicon.figure_patient:
        return lexicon.figure_patient[lemma]
    if tok.pos == "VERB" and tok.dep == "relcl" and lemma in lexicon.figure_subject:
        return lexicon.figure_subject[lemma]
    return lexicon.figure_adjectives.get(text) or (
        lexicon.figure_nouns.get(lemma) if tok.pos in ("NOUN", "ADJ") else None)


def is_hedged(parse: Parse, num: Tok, *, lexicon: SourceLexicon) -> bool:
    """A modal (may, might, could), a hedging adverb (reportedly) or verb (suggest, estimate,
    a passive 'is said to') on the way from the number to its sentence's root."""
    for tok in [num, *parse.ancestors(num.i)]:
        if _hedges(parse, tok, lexicon=lexicon):
            return True
    return False


def _hedges(parse: Parse, tok: Tok, *, lexicon: SourceLexicon) -> bool:
    kids = parse.children(tok.i)
    if any(c.dep == "aux" and c.lemma.lower() in lexicon.words["hedge_modals"] for c in kids):
        return True
    if any(c.dep == "advmod" and c.text.lower() in lexicon.words["hedge_adverbs"] for c in kids):
        return True
    lemma = tok.lemma.lower()
    if lemma not in lexicon.words["hedge_verbs"] or tok.pos != "VERB":
        return False
    passive = any(c.dep == "auxpass" for c in kids)
    return passive or lemma not in ("say", "report")
