"""Speakers: a name that says something is a person's or an organisation's, not a town's.

News quotes people by their surname alone ("Philmont said", "said Okafor", "according to
Reyes"); when that surname is also a small town's name, the model may tag it as a place.
A name that is the subject of a verb of saying (active: "Reyes said", "Reyes told
reporters"; inverted: "said Reyes"), or the object of "according to", speaks: wherever the
article writes it, it is not a town. A country, province, region, capital or city of
100,000+ people does speak in news by metonymy ("Moscow said", "Texas announced",
"according to Japan", "Liverpool said" of its club or council; a district of 100,000+:
"Devon and Cornwall police said"): those stay places. So does a unit named with its admin
word ("Umatilla County agreed", "Bichi LGA said"): no person is named so.
"""
from __future__ import annotations

from ...model import Mention
from ...parse import Parse, Tok
from ...resources.gazetteer import Gazetteer
from ...resources.place_names import fold, split_admin_suffix
from .entries import exact_places
from .toponym import Toponym

SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
MAX_SPEAKER_WORDS = 3
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
METONYMY_MIN_POPULATION = 100_000  # a city this big speaks by its club, council or people


def speaker_names(parse: Parse, mentions: tuple[Mention, ...], *,
                  speech_verbs: frozenset[str]) -> frozenset[str]:
    """Folded names of the mentions (up to three words) that speak (module doc);
    `speech_verbs` are the sources lexicon's lemmas of verbs of saying."""
    out = set()
    for mention in mentions:
        toks = parse.tokens_in(mention.span)
        if mention.label in SPEAKER_LABELS and 0 < len(toks) <= MAX_SPEAKER_WORDS \
                and speaks(parse, toks[-1], speech_verbs):
            out.add(fold(mention.span.of(parse.text).removesuffix("'s").removesuffix("’s")))
    return frozenset(out)


def speaks(parse: Parse, tok: Tok, speech_verbs: frozenset[str]) -> bool:
    """True when the token heads the subject of a verb of saying, or is the object of
    "according to"."""
    if tok.head == tok.i:
        return False
    head = parse.head(tok.i)
    if tok.dep in SUBJECT_DEPS and head.lemma.lower() in speech_verbs:
        return True
    return tok.dep == "pobj" and head.text.lower() == "to" and head.head != head.i \
        and parse.head(head.i).text.lower() == "according"


def without_speakers(toponyms: list[Toponym], speakers: frozenset[str],
                     gazetteer: Gazetteer) -> list[Toponym]:
    """The toponyms but those named like a speaker of the article that the gazetteer knows
    only as a town or district (names inside organisations' names and demonyms are kept)."""
    if not speakers:
        return toponyms
    return [t for t in toponyms if t.embedded or t.demonym or fold(t.text) not in speakers
            or split_admin_suffix(fold(t.text))[1] is not None
            or _speaks_as_a_place(gazetteer, t.text)]


def _speaks_as_a_place(gazetteer: Gazetteer, name: str) -> bool:
    """A country, province, region, capital or big city or district ("Devon and Cornwall
    police said"): it speaks by metonymy."""
    return any(c.kind in {"country", "region", "admin1"} or c.feature_code == "PPLC"
               or c.population >= METONYMY_MIN_POPULATION
               for c in exact_places(gazetteer, name, kinds=("country", "region", "admin1",
                                                              "admin2", "city")))
