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
CASUALTY_ORDER = ("killed", "wounded", "casualties")
FATAL_ADVERBS = frozenset({"fatally", "mortally"})
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
    if verb is None and person:
        nominal = from_event_noun(parse, noun, lexicon=lexicon)
        if nominal is not None:  # "the shooting of four people"
            return Counted(noun, nominal, None)
    if verb is not None and person:
        found = strongest(parse, verb, coordinated_head(parse, role), lexicon=lexicon)
        if found is not None:
            strong = own if own in STRONG_NOUNS and found in WEAK_VERBS else found
            return Counted(noun, strong, verb)
    found = from_modifiers(parse, noun, num, lexicon=lexicon) or own
    return Counted(noun, found, verb) if found is not None else None


def from_event_noun(parse: Parse, role: Tok, *, lexicon: SourceLexicon) -> str | None:
    """The nominal form: the counted people are what an event noun happened to ("the killing
    of 12 villagers", "the shootings of four people", "the abduction of 30 girls")."""
    tok = role if role.dep == "pobj" else None
    if tok is None or parse.head(tok.i).text.lower() != "of":
        return None
    head = parse.head(parse.head(tok.i).i)
    if head.pos != "NOUN":
        return None
    return lexicon.figure_event_nouns.get(head.lemma.lower())


def coordinated_head(parse: Parse, tok: Tok) -> Tok:
    """The first conjunct: "two soldiers and three police officers" → soldiers (a list the
    parser reads as an apposition, "two soldiers, three officers and …", alike)."""
    while tok.dep in ("conj", "appos") and tok.head != tok.i:
        tok = parse.head(tok.i)
    return tok


def strongest(parse: Parse, verb: Tok, role: Tok, *, lexicon: SourceLexicon) -> str | None:
    """What the verb says happened, raised by the verbs conjoined to it that share its
    subject ("shot and wounded" → wounded, "shot and killed" → killed) and by "fatally"."""
    found = from_verb(parse, verb, role, lexicon=lexicon)
    if found not in CASUALTY_ORDER:
        return found
    said = {found}
    for conj in parse.children(verb.i):
        if conj.dep == "conj" and conj.pos == "VERB" and not any(
                c.dep in ("nsubj", "nsubjpass") for c in parse.children(conj.i)):
            said.add(from_verb(parse, conj, role, lexicon=lexicon))
    if any(c.text.lower() in FATAL_ADVERBS for c in parse.children(verb.i)):
        said.add("killed")
    return next(c for c in CASUALTY_ORDER if c in said)


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
    tok = coordinated_head(parse, noun)
    if tok.dep == "pobj":
        tok = parse.head(tok.i)
    if tok.dep in ("prep", "agent", "nsubj", "nsubjpass", "dobj", "attr", "npadvmod", "pobj",
                   "dative"):
        head = parse.head(tok.i)
        if head.dep == "prt":  # "revised the toll down to 18"
            head = parse.head(head.i)
        if head.pos in ("VERB", "AUX"):
            return head
    return None


def from_verb(parse: Parse, verb: Tok, noun: Tok, *, lexicon: SourceLexicon) -> str | None:
    """The category of what the verb says happened to the counted people: "shot to death",
    "suffered gunshot wounds", complements ("found dead"), patients and subjects."""
    if _to_death(parse, verb):
        return "killed"
    if _shot_at(parse, verb):
        return None  # "were shot at": fired upon, not hit
    if noun.dep == "nsubjpass" and _hit_by_fire(parse, verb, lexicon=lexicon):
        return "casualties"  # "12 of them were hit by pellets"
    if noun.dep in ("nsubj", "nsubjpass") and suffers(parse, verb, lexicon=lexicon):
        return "wounded"
    if noun.dep in ("nsubj", "nsubjpass", "dobj") and _with_injury(parse, verb, lexicon=lexicon):
        return "wounded"  # "taken to hospital with gunshot wounds", "arrived with injuries"
    for child in parse.children(verb.i):
        if child.dep in COMPLEMENTS and child.i > verb.i:
            found = _word_category(child, lexicon=lexicon, passive=True)
            if found is not None:
                return found
    lemma = verb.lemma.lower()
    kids = parse.children(verb.i)
    # "4,000 wounded": a bare past participle after its subject is an elided passive
    passive = any(c.dep == "auxpass" for c in kids) or (
        verb.tag == "VBN" and not any(c.dep == "aux" for c in kids))
    if noun.dep == "nsubj" and lemma in lexicon.figure_subject and \
            lemma not in lexicon.figure_patient and not any(c.dep == "auxpass" for c in kids):
        return lexicon.figure_subject[lemma]  # "thousands protested" (mis-tagged participle)
    if noun.dep in PATIENT_DEPS or (noun.dep == "nsubj" and passive):
        return lexicon.figure_patient.get(lemma)
    if noun.dep == "nsubj" and lemma == "go":  # "went on strike"
        return _went_on(parse, verb, lexicon=lexicon)
    if noun.dep == "nsubj":
        return lexicon.figure_subject.get(lemma) or lexicon.figure_adjectives.get(
            verb.text.lower())
    return None


def suffers(parse: Parse, verb: Tok, *, lexicon: SourceLexicon) -> bool:
    """'suffered gunshot wounds', 'suffering from injuries', 'treated for a graze'."""
    if verb.lemma.lower() not in lexicon.words["injury_verbs"]:
        return False
    for child in parse.children(verb.i):
        if child.dep == "dobj" and child.lemma.lower() in lexicon.words["injury_nouns"]:
            return True
        if child.dep == "prep" and child.text.lower() in ("from", "for", "with") and any(
                o.dep == "pobj" and o.lemma.lower() in lexicon.words["injury_nouns"]
                for o in parse.children(child.i)):
            return True
    return False


def _went_on(parse: Parse, verb: Tok, *, lexicon: SourceLexicon) -> str | None:
    for prep in parse.children(verb.i):
        if prep.dep == "prep" and prep.text.lower() == "on":
            obj = next((o for o in parse.children(prep.i) if o.dep == "pobj"), None)
            if obj is not None and obj.lemma.lower() in lexicon.figure_subject:
                return lexicon.figure_subject[obj.lemma.lower()]
    return None


def _with_injury(parse: Parse, verb: Tok, *, lexicon: SourceLexicon) -> bool:
    """'with gunshot wounds' on the verb or on its place ('taken to hospital with …')."""
    preps = [c for c in parse.children(verb.i) if c.dep == "prep"]
    preps += [g for p in preps for o in parse.children(p.i) if o.dep == "pobj"
              for g in parse.children(o.i) if g.dep == "prep"]
    return any(p.text.lower() == "with" and any(
        o.dep == "pobj" and o.lemma.lower() in lexicon.words["injury_nouns"]
        for o in parse.children(p.i)) for p in preps)


def _hit_by_fire(parse: Parse, verb: Tok, *, lexicon: SourceLexicon) -> bool:
    """'were hit/struck by bullets': people hit by fire (the verb alone says 'affected')."""
    return verb.lemma.lower() in ("hit", "strike") and any(c.dep == "agent" and any(
        o.dep == "pobj" and o.lemma.lower() in lexicon.words["projectile_nouns"]
        for o in parse.children(c.i)) for c in parse.children(verb.i))


def _shot_at(parse: Parse, verb: Tok) -> bool:
    return verb.lemma.lower() in ("shoot", "fire") and any(
        c.dep == "prep" and c.text.lower() == "at" and c.i == verb.i + 1
        and not any(g.dep == "pobj" for g in parse.children(c.i))
        for c in parse.children(verb.i))


def _to_death(parse: Parse, verb: Tok) -> bool:
    """'shot to death', 'beaten to death'."""
    return any(c.dep == "prep" and c.text.lower() == "to" and any(
        g.dep == "pobj" and g.lemma.lower() == "death" for g in parse.children(c.i))
        for c in parse.children(verb.i))


def from_modifiers(parse: Parse, noun: Tok, num: Tok, *, lexicon: SourceLexicon) -> str | None:
    for tok in (noun, num) if noun.i != num.i else (num,):
        for child in parse.children(tok.i):
            if child.dep in MODIFIERS and child.i != num.i and not _shot_at(parse, child):
                found = _word_category(child, lexicon=lexicon, passive=child.tag == "VBN")
                if found is not None:
                    return found
    return None


def from_subject(parse: Parse, verb: Tok, *, lexicon: SourceLexicon) -> str | None:
    """'the number of people killed may run into the hundreds': search the subject phrase;
    'officials put/revised the death toll at/to 18': the object phrase."""
    for arg in (subject_of(parse, verb), _object_of(parse, verb)):
        if arg is None:
            continue
        span = parse.tokens[arg.left:min(arg.right + 1, arg.left + 14)]
        for passive in (True, False):
            for tok in span:
                found = _word_category(tok, lexicon=lexicon, passive=passive)
                if found is not None:
                    return found
    return None


def _object_of(parse: Parse, verb: Tok) -> Tok | None:
    return next((c for c in parse.children(verb.i) if c.dep == "dobj"), None)


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
