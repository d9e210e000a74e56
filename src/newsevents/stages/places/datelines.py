"""Datelines in capitals (a town or a district) opening the text, a line, or (before an
agency or a dash) a sentence ("DURBAN, South Africa —", "TORONTO —", "SAN DIEGO (AP) -",
"MUSCAT:", "SOUTH WAZIRISTAN, April 5 (APP):"), with the state or
country that qualifies them; a place's name before a colon opening the text or a line
("Muscat: The festival …"), as some outlets write datelines."""
from __future__ import annotations

import re

from ...model import Mention, Span
from ...parse import Parse
from ...resources.gazetteer import Gazetteer
from .entries import exact_places, named_places
from .toponym import PLACE_LABELS, Toponym, make_toponym

_CAPS = r"([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3})"
# A dateline opens the text or a line; after a sentence it needs the agency or a dash (a
# sentence may open with an acronym and a comma: "NATO, the alliance, …").
# A dash may be typed as two hyphens ("DALTON -- A man …").
DATELINES = (re.compile(r"(?:^|(?<=\n))[ \t]*" + _CAPS + r"(?=,| ?\(| ?[—–]| --? |:\s)"),
             re.compile(r"(?:(?<=[.!?]\s)|(?<=[.!?]\s\s))" + _CAPS
                        + r"(?= ?\(| ?[—–]| --? )"))
# "Muscat: The festival opened …": a name in title case, a colon, a capitalised word.
COLON_DATELINE = re.compile(r"(?:^|(?<=\n))[ \t]*([A-Z][a-z’'.-]+(?: [A-Z][a-z’'.-]+){0,2})"
                            r"(?=: [A-Z])")
QUALIFIER = re.compile(r", ([A-Z][\w.]*(?: [A-Z][\w.]*){0,2}?)(?= ?\(| ?[—–]| ?-)")


def find_datelines(parse: Parse, mentions: tuple[Mention, ...], gazetteer: Gazetteer,
                   text: str) -> list[Toponym]:
    """Capitalised datelines ("DURBAN, South Africa —", "CAMP MURRAY, Wash.", "TORONTO —",
    "SAN DIEGO (AP) -"): up to four words in capitals opening the text, a line or a
    sentence, followed by a comma, a parenthesis, a dash or a colon, naming a known place,
    or any place when a state or country qualifies it ("CAMP MURRAY, Wash. —": the camp is
    placed in Washington); and a known place's name in title case before a colon opening
    the text or a line ("Muscat: …"). Wire copy often strings several stories (or a story
    after its byline) together."""
    found = {m.span for m in mentions if m.label in PLACE_LABELS}
    out = []
    for match in (m for pattern in DATELINES for m in pattern.finditer(text)):
        span = Span(match.start(1), match.end(1))
        name = match.group(1)
        if span in found or not 2 < len(name) <= 40 or not name.isupper():
            continue  # the model found it: already a toponym
        qualifier = _dateline_qualifier(gazetteer, text, match.end(1))
        if qualifier is None and not named_places(gazetteer, name.title()):
            continue
        out.append(make_toponym(span, name.title(), "GPE", parse))  # not an acronym
        if qualifier is not None and qualifier not in found:
            out.append(make_toponym(qualifier, qualifier.of(text), "GPE", parse))
    for match in COLON_DATELINE.finditer(text):
        span = Span(match.start(1), match.end(1))
        if span not in found and exact_places(gazetteer, match.group(1)):
            out.append(make_toponym(span, match.group(1), "GPE", parse))
    return out


def _dateline_qualifier(gazetteer: Gazetteer, text: str, end: int) -> Span | None:
    """The state or country after a dateline's place ("PLEASANTON, Calif.--", "DURBAN,
    South Africa —"), when it names one exactly."""
    match = QUALIFIER.match(text, end)
    if match is None or not exact_places(gazetteer, match.group(1), kinds=("country", "admin1")):
        return None
    return Span(match.start(1), match.end(1))
