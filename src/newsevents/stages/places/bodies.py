"""Bodies named after their town whatever the model's label: a team's name after a
determiner ("every Seattle Seahawks game"), a town's name before the capitalised word of
its service that the model left out of the name ("Seattle Fire and Police", "Dalton
Police said"), and a local office opening a person's mention ("Dalton Mayor David Reyes").
Each looks at a few tokens beside the mention."""
from __future__ import annotations

from ...model import Mention, Span
from ...parse import Parse, Tok
from ...resources.place_names import fold
from .titles import LOCAL_TITLE_WORDS, office_place_span, person_elsewhere


def town_body_span(mention: Mention, parse: Parse, persons: frozenset[str]) -> Span | None:
    """The span of the body's name that holds its town's, for a person's or organisation's
    mention (module doc): the team's name, the name and its service's word (not for the
    surname of a person the article names in full, `persons`), or the words up to a local
    office; else None."""
    if mention.label == "PERSON" and is_team_name(parse, mention.span):
        return mention.span
    if not person_elsewhere(fold(mention.span.of(parse.text)), persons) \
            and (body := service_after(parse, mention.span)):
        return body
    return office_place_span(mention, parse) if mention.label == "PERSON" else None


# Capitalised words of a town's services that the model leaves out of the town's name before
# them ("Seattle Fire and Police", "Rome Police said").
SERVICE_WORDS = frozenset({"police", "fire", "sheriff", "council"})


def service_after(parse: Parse, span: Span) -> Span | None:
    """The span of the name and the capitalised word of a town's service right after it
    ("Seattle Fire" of "worked with Seattle Fire and Police", the model having tagged
    "Seattle" as a person), or of the name and the title of a town's office before a
    person's name ("Rugare councillor Peter Moyo"): a body named after its town, read as an
    organisation's name."""
    last = parse.token_at(span.end - 1)
    toks = parse.tokens
    if last is None or last.i + 1 >= len(toks):
        return None
    word = toks[last.i + 1]
    if word.sent != last.sent:
        return None
    if (title := _title_after(parse, last.i)) is not None:
        return Span(span.start, title.end)  # "Mabini Vice-Mayor Ester Tabigue"
    if word.text.lower() not in SERVICE_WORDS or not word.text[:1].isupper() or word.ent_type:
        return None
    return Span(span.start, word.end)


# Words before a local office's title that keep it the office ("Vice-Mayor", "Deputy Mayor"),
# at most MAX_TITLE_OPENERS of them.
TITLE_OPENERS = frozenset({"vice", "-", "deputy", "acting", "assistant"})
MAX_TITLE_OPENERS = 5


def _title_after(parse: Parse, i: int) -> Tok | None:
    """The title of a town's own office right after token i (a few opening words, "Vice-",
    "Deputy", may come first) when a person's capitalised name follows it ("Mabini
    Vice-Mayor Ester Tabigue", "Rugare councillor Peter Moyo"): its last token, else None."""
    toks = parse.tokens
    k = i + 1
    while k < len(toks) and k - i <= MAX_TITLE_OPENERS and toks[k].text.lower() in TITLE_OPENERS:
        k += 1
    if k + 1 >= len(toks) or toks[k].text.lower() not in LOCAL_TITLE_WORDS:
        return None
    name = toks[k + 1]
    return toks[k] if name.pos == "PROPN" and name.text[:1].isupper() \
        and name.sent == toks[i].sent else None


TEAM_DETERMINERS = frozenset({"the", "every", "each", "a", "an", "this", "that", "their",
                              "its", "our"})


def is_team_name(parse: Parse, span: Span) -> bool:
    """True for a name of two or three capitalised words ending in a plural (not a
    possessive) after a determiner ("the Seattle Seahawks", "every Dallas Cowboys game"),
    whatever the model's label: a team's name, which a person's is not ("the Austin Roberts"
    is not written)."""
    toks = parse.tokens_in(span)
    if not 2 <= len(toks) <= 3 or toks[0].i == 0 \
            or parse.tokens[toks[0].i - 1].text.lower() not in TEAM_DETERMINERS:
        return False
    last = toks[-1].text
    return all(t.text[:1].isupper() for t in toks) and len(last) > 3 and last.endswith("s") \
        and not last.endswith(("ss", "'s", "’s"))
