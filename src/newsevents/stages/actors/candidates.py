"""Candidate actor mentions in one parse, before coreference.

Sources, cheapest first: dictionary phrases found directly in the tokens (a phrase index built
once in the dictionary; it recovers names the model splits or misses), the model's PERSON
mentions, title + capitalised-name patterns ("High Commissioner for Human Rights Navi Pillay"),
agent noun phrases ("a senior security official in Baghdad"), title references ("the Prime
Minister") and pronoun subjects of speech verbs ("he said").
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from ...model import Mention
from ...parse import Parse, Tok
from ...resources.dictionaries import TITLE_OFFICES, ActorDictionary, Target
from ...resources.names import is_capitalised, name_words, token_words

POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
NAME_CONNECTORS = frozenset({"al", "el", "bin", "ibn", "abu", "-", "de", "van", "von", "da"})
TITLE_GLUE = frozenset({"for", "of", "and", "-", "'s", "’s"})
NON_NAME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY",
                           "PERCENT", "GPE", "LOC"})
TITLE_MODIFIERS = frozenset({
    "former", "acting", "deputy", "senior", "top", "junior", "vice", "interim", "outgoing",
    "incoming", "chief", "state", "federal", "foreign", "defense", "defence", "interior",
    "finance", "justice", "health", "army", "military", "police", "security", "rebel", "opposition",
})
TITLE_WORDS = frozenset(tuple(k.split()) for k in TITLE_OFFICES)


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """A token range [start, end) that may name an actor. `kind`: person, entry, country,
    capital, demonym, agent, title, pronoun."""

    start: int
    end: int
    kind: str
    targets: tuple[Target, ...] = ()
    title: tuple[str, ...] = ()
    title_start: int | None = None
    cue_targets: tuple[Target, ...] = ()
    sector: str | None = None
    generic: bool = False
    code: str | None = None
    prefix: str | None = None


@dataclass(frozen=True, slots=True)
class WordSeq:
    """The article's folded words, each with the token it came from."""

    words: tuple[str, ...]
    token_of: tuple[int, ...]
    first_word: tuple[int, ...]  # per token: index of its first word, or -1


def word_sequence(parse: Parse) -> WordSeq:
    words: list[str] = []
    token_of: list[int] = []
    first: list[int] = []
    cache: dict[str, tuple[str, ...]] = {}
    for tok in parse.tokens:
        parts = cache.get(tok.text)
        if parts is None:
            parts = () if tok.text in POSSESSIVES else token_words(tok.text)
            cache[tok.text] = parts
        first.append(len(words) if parts else -1)
        words += parts
        token_of += [tok.i] * len(parts)
    return WordSeq(tuple(words), tuple(token_of), tuple(first))


def _case_ok(parse: Parse, target: Target, start: int, end: int) -> bool:
    toks = parse.tokens[start:end]
    if target.acronym:
        return all(t.text.upper() == t.text for t in toks)
    first = next((t for t in toks if t.text[:1].isalpha()), None)
    return first is not None and is_capitalised(first.text)


def dictionary_matches(parse: Parse, seq: WordSeq, dictionary: ActorDictionary) -> list[Candidate]:
    """Longest dictionary phrases, left to right, inside one sentence, with the case rules."""
    out: list[Candidate] = []
    k = 0
    while k < len(seq.words):
        n, targets = dictionary.match_at(seq.words, k)
        if n:
            start, end = seq.token_of[k], seq.token_of[k + n - 1] + 1
            kept = tuple(t for t in targets if _case_ok(parse, t, start, end))
            start = _particle_start(parse, start)
            if kept and parse.tokens[start].sent == parse.tokens[end - 1].sent:
                out.append(Candidate(start=start, end=end, kind=_kind(kept), targets=kept))
                k += n
                continue
        k += 1
    return out


def _particle_start(parse: Parse, start: int) -> int:
    """Include an Arabic article written as its own token: "Al Iraqiya", "al - Qaeda"."""
    k = start
    if k > 1 and parse.tokens[k - 1].text == "-" and parse.tokens[k - 2].text.lower() in {"al", "el"}:
        k -= 2
    elif k > 0 and parse.tokens[k - 1].text.lower() in {"al", "el"}:
        k -= 1
    return k if parse.tokens[k].sent == parse.tokens[start].sent else start


def _kind(targets: tuple[Target, ...]) -> str:
    kinds = {t.kind for t in targets}
    for kind in ("holder", "entry", "country", "capital", "demonym"):
        if kind in kinds:
            return "person" if kind == "holder" else kind
    return "entry"


def person_ranges(parse: Parse, mentions: tuple[Mention, ...],
                  dictionary: ActorDictionary) -> list[tuple[int, int]]:
    """PERSON mentions as token ranges, cut at a possessive ("bin Laden's al-Qaeda"), without
    those made only of demonyms ("Bosnian Serbs")."""
    out = []
    for mention in mentions:
        toks = parse.tokens_in(mention.span) if mention.label == "PERSON" else ()
        cut = next((k for k, t in enumerate(toks) if t.text in POSSESSIVES), len(toks))
        toks = toks[:cut]
        if toks and not all(_is_demonym(dictionary, t.text) for t in toks):
            out.append((toks[0].i, toks[-1].i + 1))
    return out


def _is_demonym(dictionary: ActorDictionary, text: str) -> bool:
    return any(t.kind == "demonym" for t in dictionary.lookup(text))


def _holder_fits(parse: Parse, cand: Candidate, ranges: list[tuple[int, int]]) -> bool:
    """A holder's name matched inside a longer PERSON name must be that name
    ("Levy" in "Levy Mwanawasa" is not David Levy)."""
    for lo, hi in ranges:
        if lo < cand.start or hi > cand.end:
            person = name_words(parse.text[parse.tokens[lo].idx:parse.tokens[hi - 1].end])
            holders = [t.holder for t in cand.targets if t.holder is not None]
            return any(set(person) <= set(name_words(h.name)) for h in holders)
    return True


def title_before(parse: Parse, seq: WordSeq, dictionary: ActorDictionary,
                 start: int) -> tuple[int, tuple[str, ...]]:
    """Where a title run before token `start` begins, and the title words found in it."""
    k = start
    sent = parse.tokens[start].sent if start < len(parse.tokens) else -1
    while k > 0 and start - k < 10:
        tok = parse.tokens[k - 1]
        if tok.sent != sent or tok.ent_type == "PERSON" or not _title_token(tok, seq, dictionary):
            break
        if tok.text.lower() in {"and", "or"} and not parse.tokens[k].text[:1].isupper():
            break
        k -= 1
    while k < start and parse.tokens[k].text.lower() in TITLE_GLUE:
        k += 1
    return k, title_words(parse, seq, dictionary, k, start)


def _title_token(tok: Tok, seq: WordSeq, dictionary: ActorDictionary) -> bool:
    if tok.text in TITLE_GLUE or tok.text.lower() in TITLE_GLUE:
        return True
    if tok.pos in {"PROPN"} or tok.text[:1].isupper():
        return tok.ent_type not in {"DATE", "TIME", "CARDINAL"} and tok.pos not in {"VERB", "AUX"}
    first = seq.first_word[tok.i]
    if first < 0:
        return False
    word = seq.words[first]
    return word in dictionary.agent_lengths or word in TITLE_MODIFIERS


def title_words(parse: Parse, seq: WordSeq, dictionary: ActorDictionary,
                start: int, end: int) -> tuple[str, ...]:
    """The longest office title ("prime minister") or person agent term inside [start, end)."""
    lo, hi = bisect.bisect_left(seq.token_of, start), bisect.bisect_left(seq.token_of, end)
    words = seq.words[lo:hi] if hi - lo < 12 else ()
    best: tuple[str, ...] = ()
    for a in range(len(words)):
        for b in range(len(words), a, -1):
            piece = tuple(words[a:b])
            if len(piece) > len(best) and (piece in TITLE_WORDS or piece in dictionary.title_keys):
                best = piece
    return best


def title_name_persons(parse: Parse, seq: WordSeq, dictionary: ActorDictionary,
                       taken: set[int]) -> list[tuple[int, int]]:
    """Capitalised names right after a title phrase that the model did not tag as PERSON."""
    out = []
    tokens = parse.tokens
    for j in range(len(seq.words) - 1):
        i = seq.token_of[j]
        nxt = seq.token_of[j + 1]
        if nxt != i + 1 or nxt in taken or i in taken or tokens[nxt].pos != "PROPN":
            continue
        tok = tokens[i]
        n, term = dictionary.title_ending_at(seq.words, j + 1)
        if not n:
            continue
        end = _name_run(parse, tok.i + 1, taken)
        if end - (tok.i + 1) >= 2 or (end > tok.i + 1 and term):
            out.append((tok.i + 1, end))
    return out


def _name_run(parse: Parse, start: int, taken: set[int]) -> int:
    end = start
    sent = parse.tokens[start].sent
    while end < len(parse.tokens) and end - start < 5:
        tok = parse.tokens[end]
        if tok.sent != sent or end in taken:
            break
        capital = tok.text[:1].isupper() and tok.pos == "PROPN" and tok.ent_type not in NON_NAME_ENTS
        if not (capital or (tok.text.lower() in NAME_CONNECTORS and end > start)):
            break
        end += 1
    while end > start and parse.tokens[end - 1].text.lower() in NAME_CONNECTORS:
        end -= 1
    return end


def person_candidates(parse: Parse, seq: WordSeq, dictionary: ActorDictionary,
                      mentions: tuple[Mention, ...],
                      found: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """Persons (model PERSON mentions joined with dictionary office holders, each with the title
    run before it) and the dictionary matches that remain. A place or organisation name inside a
    longer PERSON name is dropped ("Jordan Peterson", "Paris Hilton")."""
    ranges = person_ranges(parse, mentions, dictionary)  # sorted, disjoint
    starts, ends = [r[0] for r in ranges], [r[1] for r in ranges]
    alive = set(range(len(ranges)))
    titled = TitleCues(found)
    rest, persons = [], []
    for cand in found:
        near = range(bisect.bisect_right(ends, cand.start), bisect.bisect_left(starts, cand.end))
        inside = [ranges[k] for k in near if k in alive]
        if cand.kind == "person" and not _holder_fits(parse, cand, inside):
            continue
        if cand.kind == "person":
            alive -= set(near)
            lo = min([cand.start] + [r[0] for r in inside])
            hi = max([cand.end] + [r[1] for r in inside])
            persons.append(_with_title(parse, seq, dictionary, lo, hi, cand.targets, titled))
        elif not inside or all(r[0] >= cand.start and r[1] <= cand.end for r in inside):
            alive -= set(near)
            rest.append(cand)
    for k in sorted(alive):
        persons.append(_with_title(parse, seq, dictionary, *ranges[k], (), titled))
    taken = {i for c in persons for i in range(c.title_start or c.start, c.end)}
    taken |= {i for c in rest for i in range(c.start, c.end)}
    for lo, hi in title_name_persons(parse, seq, dictionary, taken):
        persons.append(_with_title(parse, seq, dictionary, lo, hi, (), titled))
    return sorted(persons, key=lambda c: c.start), rest


class TitleCues:
    """The dictionary matches by start token: the targets of those lying inside a title run,
    found by bisection (not by scanning every match for every person)."""

    def __init__(self, found: list[Candidate]) -> None:
        self._found = sorted(found, key=lambda c: c.start)
        self._starts = [c.start for c in self._found]

    def between(self, start: int, end: int) -> tuple[Target, ...]:
        lo, hi = bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)
        return tuple(t for c in self._found[lo:hi] if c.end <= end for t in c.targets)


def _with_title(parse: Parse, seq: WordSeq, dictionary: ActorDictionary, start: int, end: int,
                targets: tuple[Target, ...], titled: TitleCues) -> Candidate:
    while end > start and parse.tokens[end - 1].text in POSSESSIVES:
        end -= 1
    title_start, title = title_before(parse, seq, dictionary, start)
    cues = titled.between(title_start, start)
    sector = _title_sector(seq, dictionary, title_start, start) if title_start < start else None
    return Candidate(start=start, end=end, kind="person", targets=targets, title=title,
                     title_start=title_start, cue_targets=cues,
                     sector=sector or ("GOV" if title in dictionary.title_keys else None))


def _title_sector(seq: WordSeq, dictionary: ActorDictionary, start: int, end: int) -> str | None:
    """The sector of the last specific agent term in a title run ("army spokesman" -> MIL)."""
    lo, hi = bisect.bisect_left(seq.token_of, start), bisect.bisect_left(seq.token_of, end)
    specific = generic = None
    for k in range(lo + 1, hi + 1):
        _, term = dictionary.agent_ending_at(seq.words, k)
        if term is not None:
            specific, generic = (term.sector, generic) if not term.generic else (specific, term.sector)
    return specific or generic
