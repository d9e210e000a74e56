"""Initials of the article's countries and provinces: news that names South Africa, or
South Africans, goes on to write "SA" ("chiefs in SA"), as it writes "DRC" after the
Democratic Republic of the Congo and "NZ" after New Zealand; the model tags such initials as
an organisation's name or nothing. Initials read so stand for the country or province the
article named in full, not for anything else the letters may abbreviate (a "SA" in a story
that names no South Africa is left alone).

The initials are the first letters of the capitalised words of the name ("Democratic
Republic of the Congo" → DRC), written in capitals, with or without dots ("S.A."), alone as a
token and not part of a longer mention. Linear in the article's tokens."""
from __future__ import annotations

from ...model import Mention
from ...parse import Parse
from ...resources.gazetteer import Gazetteer
from .entries import exact_places
from .toponym import CountryRef, Toponym, make_toponym

MAX_INITIALS = 4


def initials(name: str) -> str:
    """The first letters of the capitalised words of a name ("South Africa" → "SA")."""
    return "".join(word[0] for word in name.replace("-", " ").split() if word[:1].isupper())


def initialisms(parse: Parse, mentions: tuple[Mention, ...], toponyms: list[Toponym],
                refs: list[CountryRef], gazetteer: Gazetteer) -> list[Toponym]:
    """Toponyms for the initials of the countries and first-level regions the article names
    in full or by a demonym (module doc)."""
    named = _full_names(toponyms, refs, gazetteer)
    if not named:
        return []
    taken = {t.span for t in toponyms}
    longer = {tok.i for m in mentions if len(toks := parse.tokens_in(m.span)) > 1
              for tok in toks}
    out = []
    for tok in parse.tokens:
        key = tok.text.replace(".", "")
        if key in named and tok.text[:1].isupper() and key.isupper() \
                and tok.i not in longer and tok.span not in taken:
            out.append(make_toponym(tok.span, named[key], "GPE", parse))
    return out


def _full_names(toponyms: list[Toponym], refs: list[CountryRef], gazetteer: Gazetteer
                ) -> dict[str, str]:
    """Initials → the full name of each country or first-level region of several words the
    article names (as a place, or a country by its demonym), when the initials are no
    name of the gazetteer's already ("UK", "US" are aliases)."""
    names = {t.text for t in toponyms if " " in t.text and not t.embedded and exact_places(
        gazetteer, t.text, kinds=("country", "admin1"))}
    for ref in refs:
        country = gazetteer.country(ref.country)
        if country is not None and " " in country.name:
            names.add(country.name)
    out = {}
    for name in sorted(names):
        key = initials(name)
        if 2 <= len(key) <= MAX_INITIALS and not exact_places(gazetteer, key,
                                                              kinds=("country", "admin1")):
            out[key] = name
    return out

