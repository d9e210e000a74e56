"""What the verbs and motion words around a name say about it: the object of a verb of
capture or patrol is a place ("rebels captured X", "X was overrun"), and of a verb of
striking when a weapon or a hazard strikes ("shelling hit X"), unless a verb only
persons undergo is coordinated with it ("X was captured and shot"); a motion into a name
placed in a tagged place is a place there ("pushed into Marjah in Helmand"); "through"
before a name the model took for a person's makes it a place ("a tornado tore through X")."""
from __future__ import annotations

from ...model import Span
from ...parse import Parse, Tok
from .cues import word_before

# Verbs whose direct object is a place: "captured X", "patrolled X", "fled X".
PLACE_VERBS = frozenset({
    "capture", "recapture", "seize", "storm", "shell", "bombard", "liberate", "enter",
    "patrol", "besiege", "overrun", "raid", "invade", "occupy", "encircle", "evacuate",
    "flee", "retake", "reach", "annex", "blockade", "control", "surround", "bomb", "raze",
    "pound",
})


# Verbs of striking whose object is a place when a weapon or a hazard strikes ("shelling hit
# X", "the storm battered X"; not "the car hit Jones").
STRIKE_VERBS = frozenset({"hit", "strike", "batter", "lash", "ravage", "rock", "pummel"})
STRIKERS = frozenset({
    "shelling", "shell", "airstrike", "strike", "missile", "rocket", "bomb", "drone",
    "artillery", "mortar", "barrage", "bombardment", "explosion", "blast", "storm",
    "hurricane", "typhoon", "cyclone", "tornado", "earthquake", "quake", "flood", "flooding",
    "wildfire", "fire", "landslide", "drought", "outbreak", "epidemic", "warplane", "jet",
    "aircraft", "helicopter", "gunship", "wind", "rain", "surge", "wave",
})


def object_of_place_verb(parse: Parse, span: Span) -> bool:
    """True for the direct object of a verb whose object is a place ("rebels captured X",
    "troops patrolled X", "thousands fled X", "shelling hit X"), also in the passive ("X was
    captured", "X was hit by shelling")."""
    heads = [t for t in parse.tokens_in(span) if not span.start <= parse.tokens[t.head].idx
             < span.end or t.head == t.i]
    return any(t.dep in {"dobj", "nsubjpass"} and t.head != t.i
               and _places_its_object(parse, parse.tokens[t.head]) for t in heads)


def _places_its_object(parse: Parse, verb: Tok) -> bool:
    lemma = verb.lemma.lower()
    if lemma in PLACE_VERBS:
        return not _done_to_a_person(parse, verb)
    return lemma in STRIKE_VERBS and any(
        k.lemma.lower() in STRIKERS for k in _striker_words(parse, verb))


def _striker_words(parse: Parse, verb: Tok) -> list[Tok]:
    """The subject of the verb (or of the verb it is coordinated with), or the noun after
    "by" in the passive; a striker's noun the parser took for an auxiliary counts ("shelling
    hit X")."""
    out = []
    for k in parse.children(verb.i):
        if k.dep in {"nsubj", "aux"}:
            out.append(k)
        elif k.dep == "agent":
            out.extend(c for c in parse.children(k.i) if c.dep == "pobj")
    if not any(k.dep == "nsubj" for k in out) and verb.dep == "conj" and verb.head != verb.i:
        out.extend(k for k in parse.children(verb.head) if k.dep == "nsubj")
    return out


# Verbs only a person undergoes: one coordinated with a verb of capture says its object is
# a person ("X was captured and shot", "captured and jailed X"). Not "free" (a town is freed
# too) nor "try" ("captured X and tried to hold it").
PERSON_VERBS = frozenset({"kill", "shoot", "execute", "torture", "behead", "imprison", "jail",
                          "hang", "interrogate", "deport", "sentence", "kidnap", "abduct",
                          "arrest", "detain", "wound", "injure", "release", "extradite",
                          "convict"})


def _done_to_a_person(parse: Parse, verb: Tok) -> bool:
    """A verb coordinated with `verb` that only a person undergoes."""
    near = [k for k in parse.children(verb.i) if k.dep == "conj"]
    if verb.dep == "conj" and verb.head != verb.i:
        near.append(parse.tokens[verb.head])
    return any(k.lemma.lower() in PERSON_VERBS for k in near)


def after_through(parse: Parse, span: Span) -> bool:
    """True when "through" stands before the name ("a tornado tore through X"): a place
    for a name the model took for a person's; not for an organisation's, which things go
    through as well ("sold through Amazon", "routed through Barclays")."""
    tok = parse.token_at(span.start)
    return tok is not None and word_before(parse, tok.i) == "through"


MOTION_CUES = frozenset({"into", "toward", "towards", "through", "across"})
PLACED_IN = frozenset({"in", "near", "outside"})


def moved_into_place(parse: Parse, span: Span) -> bool:
    """True when a motion preposition stands before the name and "in", "near" or "outside"
    and a place the model tagged follow it ("Marines pushed into Marjah in Helmand",
    "fled toward Bardarash near Dohuk"): a place in or near that one, whatever the
    model made of the name and whether the gazetteer knows it."""
    first, last = parse.token_at(span.start), parse.token_at(span.end - 1)
    toks = parse.tokens
    if first is None or last is None or last.i + 2 >= len(toks) \
            or word_before(parse, first.i) not in MOTION_CUES:
        return False
    after, place = toks[last.i + 1], toks[last.i + 2]
    return after.text in PLACED_IN and place.ent_type in {"GPE", "LOC"} \
        and place.sent == last.sent
