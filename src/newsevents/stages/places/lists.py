"""Lists of names ("Suwon and Incheon", "the villages of A, B and C"): where the list that a
name ends begins, so a cue before the list ("in", "the towns of") reaches every name in it;
and lists of names the model took for organisations (some for persons) that are all towns of
one province or state ("Cartersville and Cedartown reported flooding", "Warner Robins and
Perry were hit"): towns, as a local story names them; and one mention that is such a list
("Kalamazoo, Portage and Richland", taken for a firm's name)."""
from __future__ import annotations

import re
from collections.abc import Iterable

from ...model import Mention, Span
from ...parse import Parse, Tok
from ...resources.gazetteer import MATCH_NAME, Gazetteer
from ...resources.place_names import fold
from .entries import PLACED_MIN_POPULATION, exact_places
from .titles import person_elsewhere
from .words import NAME_PARTICLES

LIST_WORDS = frozenset({",", "and", "or"})
MAX_LIST_NAMES = 5
MAX_NAME_WORDS = 4  # words of one listed name read forward


def list_start(parse: Parse, i: int) -> int:
    """The first token of the list of capitalised names that token i's name ends ("Suwon
    and Incheon", "A, B and C"; up to five names in one sentence), else i."""
    toks, start = parse.tokens, i
    for _ in range(MAX_LIST_NAMES):
        k = start - 1
        if k > 0 and toks[k].text.lower() in {"and", "or"} and toks[k - 1].text == ",":
            k -= 1
        if k < 1 or toks[k].text.lower() not in LIST_WORDS:
            break
        j = k - 1
        while j >= 0 and toks[j].sent == toks[i].sent and _in_name(toks, j):
            j -= 1
        if j == k - 1:
            break
        start = j + 1
    return start


def list_end(parse: Parse, i: int, *, stop: frozenset[str] = frozenset()) -> int:
    """The token after the list of capitalised names that token i ends a name of ("Tiga and
    Challawa" before "dams"; up to five names of up to four words in one sentence; a word
    of `stop` ends a name: "Bama and Konduga" before "LGAs"; a name may follow another with
    its comma missing: "Hama Idlib and Homs provinces", once repair.py has split the two),
    else i + 1."""
    toks, end = parse.tokens, i + 1
    for _ in range(MAX_LIST_NAMES):
        k = end
        while k < len(toks) and toks[k].text.lower() in LIST_WORDS:
            k += 1
        j, last = k, min(len(toks), k + MAX_NAME_WORDS)  # a name, not a run of capitals
        while j < last and toks[j].sent == toks[i].sent and toks[j].text[:1].isupper() \
                and toks[j].text not in stop:
            j += 1
        if j == k:
            break
        end = j
    return end


def after_list(parse: Parse, span: Span, *, stop: frozenset[str] = frozenset()
               ) -> int | None:
    """The index of the token right after the list of names the name is one of (`list_end`),
    None when the name is in no list or the list ends the text."""
    first, last = parse.token_at(span.start), parse.token_at(span.end - 1)
    if first is None or last is None:
        return None
    end = list_end(parse, last.i, stop=stop)
    listed = list_start(parse, first.i) < first.i or end > last.i + 1
    return end if listed and end < len(parse.tokens) else None


def _in_name(toks: tuple[Tok, ...], j: int) -> bool:
    """A capitalised word, or a particle after one ("de" in "Ceamurlia de Jos")."""
    return toks[j].text[:1].isupper() or j > 0 and toks[j].text in NAME_PARTICLES \
        and toks[j - 1].text[:1].isupper()


JOINERS = frozenset({",", "and", "or", "&", ", and", ", or"})


LISTED_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP"})
MISTAKEN_LABELS = frozenset({"ORG", "NORP"})  # a town's name the model took for a body's


def organisation_lists(text: str, mentions: Iterable[Mention], persons: frozenset[str]
                       ) -> list[list[Mention]]:
    """Runs of two or more ORG, NORP, GPE or one-word PERSON mentions of one sentence joined
    only by a comma, "and" or "or", with at least one ORG or NORP ("Cartersville and
    Cedartown", "Rome, Adairsville and Calhoun", "Warner Robins and Perry", "Terre Haute and
    West Terre Haute"), in text order. A PERSON mention
    that is the surname of a person the article names in full (`persons`, folded) ends a
    run."""
    named = sorted((m for m in mentions if m.label in LISTED_LABELS and (
        m.label != "PERSON" or " " not in (name := m.span.of(text))
        and not person_elsewhere(fold(name), persons))), key=lambda m: m.span.start)
    runs: list[list[Mention]] = []
    for mention in named:
        last = runs[-1][-1] if runs else None
        if last is not None and last.sentence == mention.sentence \
                and text[last.span.end:mention.span.start].strip() in JOINERS:
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return [run for run in runs if len(run) > 1 and any(m.label in MISTAKEN_LABELS for m in run)]


def towns_of_one_province(gazetteer: Gazetteer, names: list[str], *, small: int = 0,
                          within: frozenset[tuple[str | None, str | None]] | None = None
                          ) -> bool:
    """True when every name is the own name of a town or district of 1,000+ people, all in
    one province or state (a coincidence for organisations' names: "Apple and Amazon" are
    not; "Devon and Cornwall" are two English counties); up to `small` of them may be
    smaller towns; the province one of `within` ((country, code) pairs) when given."""
    shared: dict[tuple[str | None, str | None], int] | None = None  # home → names small there
    for name in names:
        towns = [c for c in exact_places(gazetteer, name, kinds=("city", "admin2"))
                 if c.match == MATCH_NAME and c.admin1_code]
        big = {(c.country, c.admin1_code) for c in towns if c.population >= PLACED_MIN_POPULATION}
        homes = {(c.country, c.admin1_code) for c in towns} if small else big
        counts = {home: int(home not in big) for home in homes}
        shared = counts if shared is None else {
            home: shared[home] + count for home, count in counts.items() if home in shared}
        if not shared:
            return False
    return shared is not None and any(count <= small and (within is None or home in within)
                                      for home, count in shared.items())


_LIST_ITEM = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}")
_LIST_JOINER = re.compile(r" ?, (?:(?:and|or|&) )?| (?:and|or|&) ")


def towns_listed_in(span: Span, surface: str, gazetteer: Gazetteer, persons: frozenset[str],
                    *, place: bool = False) -> list[tuple[Span, str]] | None:
    """The names of one mention that is a list ("Kalamazoo, Portage and Richland", which
    the model took for a firm's name) when each is a name of up to three capitalised words,
    none a person's the article names, and all are towns of one province or state
    (`towns_of_one_province`; of three or more, one may be a town under 1,000; of any size
    when the model tagged the list a place, `place`: "evacuations in Coal Creek and
    Rockvale"); the whole names no place."""
    items = list_items(span, surface)
    if len(items) < 2 or any(fold(name) in persons for _, name in items) \
            or exact_places(gazetteer, surface):
        return None
    names = [name for _, name in items]
    small = len(names) if place else int(len(names) > 2)
    return items if towns_of_one_province(gazetteer, names, small=small) else None


def list_items(span: Span, surface: str) -> list[tuple[Span, str]]:
    """The names of a mention written as a list ("Chatsworth, Eton"), each up to three
    capitalised words, with their spans; the mention whole when it is no such list."""
    items: list[tuple[Span, str]] = []
    position = 0
    for joiner in _LIST_JOINER.finditer(surface):
        items.append((Span(span.start + position, span.start + joiner.start()),
                      surface[position:joiner.start()]))
        position = joiner.end()
    items.append((Span(span.start + position, span.end), surface[position:]))
    if len(items) > 1 and all(_LIST_ITEM.fullmatch(name) for _, name in items):
        return items
    return [(span, surface)]
