"""Landmarks (our landmarks.csv: seats of government, parliaments, airports, squares) are
places, but news often names one for the institution it houses: "White House aides", "a
Kremlin spokesman" (the name modifies a noun for people or things of the institution) and
"the White House said", "according to the Pentagon" (the name speaks). Such a mention is not
a place mention; "outside the White House", "in the Oval Office", "the White House lawn" are.
"""
from __future__ import annotations

from ...parse import Parse, Tok
from ...resources.gazetteer import Candidate
from .resolution import Resolution
from .speakers import speaks
from .toponym import Toponym
from .words import FACILITY_WORDS, VENUE_WORDS

# GeoNames feature codes of the landmarks: building, palace, castle, square, airport,
# military base, prison. A landmark's point is exact (precision 1).
LANDMARK_CODES = frozenset({"BLDG", "PAL", "CSTL", "SQR", "AIRP", "MILB", "PRN"})
# Nouns after a landmark's name that keep it a place: its parts and grounds.
GROUNDS_WORDS = FACILITY_WORDS | VENUE_WORDS | frozenset({
    "residence", "lawn", "grounds", "gate", "gates", "room", "roof", "garden", "gardens",
    "runway", "runways", "terminal", "terminals", "fence", "steps", "balcony", "walls",
})


def kind_word(cand: Candidate) -> str:
    """What the entry is, for a reason shown to users: "landmark" for ours, else its kind."""
    return "landmark" if cand.feature_code in LANDMARK_CODES else cand.kind


def institution_uses(toponyms: list[Toponym], resolutions: list[Resolution], parse: Parse, *,
                     speech_verbs: frozenset[str]) -> list[int]:
    """Indexes of the toponyms resolved to a landmark that name the institution it houses
    (module doc)."""
    out = []
    for k, (top, res) in enumerate(zip(toponyms, resolutions)):
        cand = res.candidate
        if cand is None or cand.feature_code not in LANDMARK_CODES or res.inferred:
            continue
        toks = parse.tokens_in(top.span)
        if toks and (_modifies_a_noun(parse, toks[-1])
                     or speaks(parse, toks[-1], speech_verbs)):
            out.append(k)
    return out


def _modifies_a_noun(parse: Parse, tok: Tok) -> bool:
    """True when the name's last word modifies a noun after it that is not a part or the
    grounds of the building ("White House aides", not "the White House lawn")."""
    if tok.dep not in {"compound", "amod", "nmod"} or tok.head <= tok.i:
        return False
    head = parse.tokens[tok.head]
    return head.pos in {"NOUN", "PROPN"} and head.text.lower() not in GROUNDS_WORDS
