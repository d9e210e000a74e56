"""Datelines in capitals opening the text, a line, or (before an agency or a dash) a sentence
("DURBAN, South Africa —", "TORONTO —", "SAN DIEGO (AP) -"), with the state or country that
qualifies them."""
from __future__ import annotations

import re

from ...model import Mention, Span
from ...parse import Parse
from ...resources.gazetteer import Gazetteer
from .entries import exact_places
from .toponym import PLACE_LABELS, Toponym, make_toponym

_CAPS = r"([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3})"
# A dateline opens the text or a line; after a sentence it needs the agency or a dash (a
# sentence may open with an acronym and a comma: "NATO, the alliance, …").
DATELINES = (re.compile(r"(?:^|(?<=\n))[ \t]*" + _CAPS + r"(?=,| ?\(| ?[—–]| - )"),
             re.compile(r"(?:(?<=[.!?]\s)|(?<=[.!?]\s\s))" + _CAPS + r"(?= ?\(| ?[—–]| - )"))
QUALIFIER = re.compile(r", ([A-Z][\w.]*(?: [A-Z][\w.]*){0,2}?)(?= ?\(| ?[—–]| ?-)")


def find_datelines(parse: Parse, mentions: tuple[Mention, ...], gazetteer: Gazetteer,
                   text: str) -> list[Toponym]:
    """Capitalised datelines ("DURBAN, South Africa —", "CAMP MURRAY, Wash.", "TORONTO —",
    "SAN DIEGO (AP) -"): up to four words in capitals opening the text, a line or a
    sentence, followed by a comma, a parenthesis or a dash, naming a known place. Wire
    copy often strings several stories (or a story after its byline) together."""
    found = {m.span for m in mentions if m.label in PLACE_LABELS}
    out = []
    for match in (m for pattern in DATELINES for m in pattern.finditer(text)):
        span = Span(match.start(1), match.end(1))
        name = match.group(1)
        if span in found or not 2 < len(name) <= 40 or not name.isupper():
            continue  # the model found it: already a toponym
        if exact_places(gazetteer, name.title()):
            out.append(make_toponym(span, name.title(), "GPE", parse))  # not an acronym
            out.extend(_dateline_qualifier(parse, gazetteer, text, match.end(1), found))
    return out


def _dateline_qualifier(parse: Parse, gazetteer: Gazetteer, text: str, end: int,
                        found: set[Span]) -> list[Toponym]:
    """The state or country after a dateline's place ("PLEASANTON, Calif.--", "DURBAN,
    South Africa —"), when it names one exactly."""
    match = QUALIFIER.match(text, end)
    if match is None:
        return []
    span = Span(match.start(1), match.end(1))
    name = match.group(1)
    if span in found or not exact_places(gazetteer, name, kinds=("country", "admin1")):
        return []
    return [make_toponym(span, name, "GPE", parse)]
