"""Names the model did not tag as places.

An untagged proper noun of one to three words that is exactly a country name, or in a place
context (cues.py, placing.py) a province or a town of 10,000+ people (1,000+ in a province
the article names), is a toponym the model missed (also a capitalised word inside a sentence
the tagger read as an adverb: "toward Powderly"), and
so is a run of proper nouns a place noun names or a feature's generic word opens ("the River
Aire"); a place before a hyphenated participle
("Ohio-based") is a toponym, a country so named ("U.S.-led") a country reference, like a
demonym outside the place and organisation mentions ("8,000 Egyptian pounds")."""
from __future__ import annotations

import calendar
import re
from dataclasses import replace

from ...model import Mention, Span
from ...parse import Parse, Tok
from ...resources.gazetteer import MATCH_NAME, Gazetteer
from ...resources.place_names import fold
from .cues import (
    capitalised_word_after,
    has_place_noun,
    named_by_place_noun,
    names_a_language,
    next_word,
    word_before,
)
from .entries import (
    MISSED_MIN_POPULATION,
    NORP_MIN_POPULATION,
    PLACED_MIN_POPULATION,
    exact_places,
    named_with_admin_word,
    nation_of,
)
from .facilities import facility_after, facility_elsewhere, facility_title, is_road_name
from .inside import embedded_toponyms
from .lists import list_start
from .lookup import is_acronym
from .name_kinds import names_indigenous_people
from .placing import before_local_noun, distance_after, is_placed, party_home
from .toponym import CountryRef, Toponym, is_area_name, make_toponym
from .words import (
    FEATURE_FIRST_WORDS,
    PLURAL_FEATURE_NOUNS,
    POSSESSIVES,
    LOCAL_INSTITUTION_WORDS,
    ORGANISATION_WORDS,
    ROAD_END_WORDS,
    TOWN_PART_WORDS,
    ends_in_feature_word,
)

SCANNED_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG"})  # read for places by label
ISLAND_CODES = frozenset({"ISL", "ISLS"})
MAX_HYPHENED = 8  # tokens of a hyphenated name ("Ashby-de-la-Zouch")
METROPOLIS_MIN_POPULATION = 500_000  # a city this big is a place by its own name anywhere
# Last words of an organisation's name (with its buildings' words and a local institution's:
# "Office", "Telegraph", "Limited").
ORGANISATION_END_WORDS = ORGANISATION_WORDS | LOCAL_INSTITUTION_WORDS | {"limited"}
_CURRENCY = re.compile(r"([A-Z]{2})\$")  # "US$", "HK$10": the dollar of the country so coded
CURRENCY_WORDS = frozenset({"dollar", "dollars", "pound", "pounds", "peso", "pesos", "rupee",
                            "rupees", "franc", "francs", "shilling", "shillings", "dinar",
                            "dinars", "riyal", "riyals", "rand", "yuan", "yen", "euro", "euros",
                            "lira", "naira", "cedi", "birr", "kwacha"})
_CURRENCY_CUE = re.compile(r"\b(?:[A-Z]{2}\$|(?:" + "|".join(sorted(CURRENCY_WORDS)) + r")\b)")
WORLD_CURRENCIES = frozenset({"USA"})  # amounts are given in them wherever the story is
# Generic words that, capitalised before a name, open a natural feature's name whatever the
# gazetteer knows ("the River Aire", "Lake Lanier", "Loch Fyne"): the features' first words
# but "Cape" and "Gulf", which open companies' names as often ("Gulf Power"), "Strait" and
# the abbreviation "Mt".
FEATURE_OPENERS = FEATURE_FIRST_WORDS - {"cape", "gulf", "strait", "mt"}


def find_missed(parse: Parse, mentions: tuple[Mention, ...], gazetteer: Gazetteer,
                persons: frozenset[str], *, currencies: list[tuple[int, int]],
                provinces: frozenset[tuple[str | None, str | None]]) -> list[Toponym]:
    """Untagged capitalised proper nouns (one to three words, longest first) that exactly
    name a country or a city of 500,000+ people by its own name (anywhere, unless a longer
    name goes on: "Jordan Smith", "Phoenix Jones"), or, in a place context (see `is_placed`,
    or a distance after it), a province or a town of 10,000+ people ("from Sukoharjo,
    Central Java,"), or of 1,000+ in a province the article names (`provinces`, see
    `named_provinces`); and a run of them that
    a place noun names ("the village of Cellardyke", "the Danube Delta area"), known to the
    gazetteer or not; never a currency's country (`currencies`, see `currency_names`), nor
    "No." before a number. A single capitalised word the model tagged as a date is read as
    untagged ("in Masindi and Mbarara", Mbarara a DATE), and so is a hyphenated name
    ("in Heddon-on-the-Wall")."""
    covered = {tok.i for m in mentions if not _misread_date(parse, m)
               for tok in parse.tokens_in(m.span)}
    covered.update(i for first, last in currencies for i in range(first, last + 1))
    out: list[Toponym] = []
    toks = parse.tokens
    for tok in toks:
        if not _untagged_name(tok, toks) or tok.i in covered or _number_sign(toks, tok.i):
            continue
        if (compound := _hyphened(parse, tok.i)) is not None and _missed_place(
                gazetteer, compound.of(parse.text), cue=is_placed(parse, compound, gazetteer)):
            out.append(make_toponym(compound, compound.of(parse.text), "GPE", parse))
            continue  # "in Heddon-on-the-Wall"
        on = _on_island(parse, tok)  # read once for the name's three sizes
        for size in (3, 2, 1):
            words = toks[tok.i:tok.i + size]
            if len(words) < size or not all(_untagged_name(w, toks) for w in words) or any(
                    w.i in covered for w in words):
                continue
            span = Span(words[0].idx, words[-1].end)
            name = span.of(parse.text)
            if fold(name) in persons or _name_goes_on(parse, words[-1].i) and not \
                    office_of_country(parse, words[0].i, name, gazetteer):
                continue
            if _run_start(toks, tok.i) and (is_road_name(parse, span) or size > 1
                                            and _road_end(words[-1])):
                out.append(make_toponym(span, name, "FAC", parse))
                break
            if _run_start(toks, tok.i) and facility_elsewhere(parse, span, gazetteer):
                out.append(make_toponym(span, facility_title(parse, span), "FAC", parse))
                break  # "Erlanger hospital in Y"
            if size > 1 and _run_start(toks, tok.i) and fold(tok.text) in FEATURE_OPENERS:
                out.append(make_toponym(span, name, "LOC", parse))  # "the River Aire"
                break
            cue = is_placed(parse, span, gazetteer) or facility_after(parse, span) \
                or before_local_noun(parse, span) or distance_after(parse, span)
            if _the_feature(parse, words[0].i, gazetteer, name) or _missed_place(
                    gazetteer, name, cue=cue, on=on,
                    named=has_place_noun(parse, span) or party_home(parse, span),
                    provinces=provinces, whole=not _compound_prefix(toks, words[-1].i)) or (
                    _run_start(toks, tok.i) and (named_by_place_noun(parse, span)
                                                 or is_area_name(name))):
                out.append(make_toponym(span, name, "GPE", parse))
                break
    return out


def find_untagged_organisations(parse: Parse, mentions: tuple[Mention, ...],
                                gazetteer: Gazetteer, persons: frozenset[str]
                                ) -> tuple[list[Toponym], list[CountryRef]]:
    """A run of two or more untagged capitalised words (a possessive may join them) that
    ends in an organisation's word is an organisation's name the model missed ("the Gwinnett
    County Sheriff's Office", "SME Mauritius Limited", "the Dalton Daily Citizen"): the
    places and countries inside it are read as in a tagged organisation's name (inside.py),
    the places flagged `embedded`."""
    covered = {tok.i for m in mentions for tok in parse.tokens_in(m.span)}
    tops: list[Toponym] = []
    refs: list[CountryRef] = []
    for first, last in _capitalised_runs(parse.tokens, covered):
        words = [t for t in parse.tokens[first:last + 1] if t.text not in POSSESSIVES]
        span = Span(parse.tokens[first].idx, parse.tokens[last].end)
        if len(words) < 2 or words[-1].text.lower() not in ORGANISATION_END_WORDS and not \
                _team_name(parse, words, gazetteer):
            continue
        inner, found = embedded_toponyms(span, parse, gazetteer, persons)
        tops.extend(inner)
        refs.extend(found)
    return tops, refs


def _team_name(parse: Parse, words: list[Tok], gazetteer: Gazetteer) -> bool:
    """True for a run of two or three words that a town's own name opens and a plural
    proper noun ends ("the Toronto Raptors", "the Kansas City Chiefs"): a team's or a
    body's name after its town, when the whole is no place's name ("the Rocky Mountains")
    and its last word no feature's ("Hills"); not inside a headline's run of capitals
    ("Twin Car Bombs", "Tags Aleppo Syria Assad Russia Airstrikes")."""
    last, before = words[-1], words[0].i - 1
    if len(words) > 3 or last.tag != "NNPS" or fold(last.text) in PLURAL_FEATURE_NOUNS \
            or before >= 0 and parse.tokens[before].text[:1].isupper() \
            and parse.tokens[before].text != "The":
        return False
    town = Span(words[0].idx, words[-2].end).of(parse.text)
    return not exact_places(gazetteer, Span(words[0].idx, last.end).of(parse.text)) and any(
        c.match == MATCH_NAME and c.kind in {"city", "admin1", "region"}
        for c in exact_places(gazetteer, town, kinds=("city", "admin1", "region")))


def _capitalised_runs(toks: tuple[Tok, ...] | list[Tok], covered: set[int]
                      ) -> list[tuple[int, int]]:
    """(first, last) token indexes of each maximal run of uncovered capitalised words and
    the possessives between them; "The" opens no run."""
    runs: list[tuple[int, int]] = []
    start = None
    for tok in toks:
        inside = tok.i not in covered and (
            tok.text[:1].isupper() and tok.text != "The" and tok.pos in {"PROPN", "NOUN"}
            or start is not None and tok.text in POSSESSIVES)
        if inside and start is None:
            start = tok.i
        elif not inside and start is not None:
            runs.append((start, tok.i - 1))
            start = None
    if start is not None:
        runs.append((start, len(toks) - 1))
    return runs


def _run_start(toks: tuple[Tok, ...] | list[Tok], i: int) -> bool:
    """True when token i opens a run of proper nouns."""
    return i == 0 or toks[i - 1].pos != "PROPN"


NUMBER_SIGNS = frozenset({"no", "nos", "no.", "nos."})


def _number_sign(toks: tuple[Tok, ...], i: int) -> bool:
    """True for "No." or "Nos" before a number ("Case No. 18-cr-10083", "No 10"): the
    abbreviation of "number", never a town called No."""
    if toks[i].text.lower() not in NUMBER_SIGNS:
        return False
    k = i + 1 + (i + 1 < len(toks) and toks[i + 1].text == ".")
    return k < len(toks) and toks[k].text[:1].isascii() and toks[k].text[:1].isdigit()


# "toward Powderly": an adverb by its ending; "in Long An": a capitalised determiner inside a
# sentence is a name's word, not the article.
MISREAD_POS = frozenset({"ADV", "ADJ", "NOUN", "DET"})


# Words a date is written with: a capitalised one the model tagged as a date is a date. The
# months' and weekdays' names (and the months' abbreviations) come from `calendar`.
DATE_WORDS = frozenset(
    name.lower() for name in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name)
    if name) | {
    "sept", "christmas", "easter", "ramadan", "eid", "thanksgiving", "diwali", "hanukkah",
    "passover", "lent", "advent", "today", "tonight", "yesterday", "tomorrow", "spring",
    "summer", "autumn", "fall", "winter", "noon", "midnight", "year", "years",
}


def _road_end(tok: Tok) -> bool:
    """A capitalised word that ends a road's name ("Providence Road")."""
    return tok.text[:1].isupper() and tok.text.lower() in ROAD_END_WORDS


def _misread_date(parse: Parse, mention: Mention) -> bool:
    """True for a DATE or TIME mention that is one capitalised proper noun no date is
    written with ("Mbarara" tagged as a date)."""
    if mention.label not in {"DATE", "TIME"}:
        return False
    toks = parse.tokens_in(mention.span)
    return len(toks) == 1 and _no_date_word(toks[0])


def _no_date_word(tok: Tok) -> bool:
    """A capitalised proper noun no date is written with ("Mbarara"; not "March")."""
    return tok.pos == "PROPN" and tok.text[:1].isupper() and tok.text.isalpha() \
        and tok.text.lower() not in DATE_WORDS


def _hyphened(parse: Parse, i: int) -> Span | None:
    """The hyphenated name token i opens, written without spaces and ending in a
    capitalised word ("Heddon-on-the-Wall", "Stratford-upon-Avon"), else None."""
    toks = parse.tokens
    j = i
    while j + 2 < len(toks) and j - i < MAX_HYPHENED and toks[j + 1].text == "-" \
            and toks[j + 1].idx == toks[j].end and toks[j + 2].idx == toks[j + 1].end:
        j += 2
    if j == i or not toks[j].text[:1].isupper():
        return None
    return Span(toks[i].idx, toks[j].end)


def _untagged_name(tok: Tok, toks: tuple[Tok, ...]) -> bool:
    """An untagged capitalised proper noun, or a capitalised word inside a sentence the
    tagger read as an adverb, adjective or common noun ("fled toward Powderly"); a date's
    tag on a word no date is written with counts as none ("Mbarara")."""
    if not tok.text[:1].isupper() or tok.ent_type and not (
            tok.ent_type in {"DATE", "TIME"} and _no_date_word(tok)):
        return False
    return tok.pos == "PROPN" or tok.pos in MISREAD_POS and tok.i > 0 \
        and toks[tok.i - 1].sent == tok.sent and toks[tok.i - 1].pos != "PUNCT"


def find_loose_names(parse: Parse, mentions: tuple[Mention, ...], gazetteer: Gazetteer, *,
                     currencies: list[tuple[int, int]]
                     ) -> tuple[list[Toponym], list[CountryRef]]:
    """Names outside the place, group and organisation mentions (untagged, or inside a
    money amount, a law, an event …): demonyms ("Danish wave energy developers", "8,000
    Egyptian pounds"; not a language, "in English", "an English translation", nor the
    surname of a person named in full, "Irvine Welsh"), a UK nation's adjective as the
    nation ("Welsh farmers": Wales), a town's part a demonym names ("the French Quarter"
    tagged as a date), a place before a hyphen and a lowercase word
    ("U.S.-led", "Ohio-based"), and a country's two-letter code before a dollar sign
    ("US$5 million", "HK$10"; `currencies`, see `currency_names`): a country so named is a
    country reference (a modifier, like a demonym), a region or city a toponym."""
    covered = {tok.i for m in mentions if m.label in SCANNED_LABELS
               for tok in parse.tokens_in(m.span)}
    # surnames of persons named in full ("Irvine Welsh"), not a lone "Welsh" tagged PERSON
    surnames = {toks[-1].text.lower() for m in mentions if m.label == "PERSON"
                if len(toks := parse.tokens_in(m.span)) > 1}
    tops: list[Toponym] = []
    refs: list[CountryRef] = []
    for first, last in currencies:  # whatever the model made of the amount
        if ref := _currency_country(parse, first, last, gazetteer):
            refs.append(ref)
        covered.update(range(first, last + 1))
    for tok in parse.tokens:
        if tok.i in covered or not tok.text[:1].isupper():
            continue
        head = _before_hyphen(parse, tok)
        if head:
            span = Span(tok.idx, tok.idx + len(head))
            found = exact_places(gazetteer, head, kinds=("country", "admin1", "city"))
            if country := next((c for c in found if c.kind == "country"), None):
                refs.append(CountryRef(span=span, country=country.country or "", text=head))
            elif any(c.kind == "admin1" or c.population >= NORP_MIN_POPULATION for c in found):
                tops.append(make_toponym(span, head, "GPE", parse))
        elif gazetteer.demonym(tok.text) and (
                word := capitalised_word_after(parse, tok.span, TOWN_PART_WORDS)):
            part = Span(tok.idx, word.end)  # "the French Quarter" the model took for a date
            tops.append(make_toponym(part, part.of(parse.text), "LOC", parse))
        elif (iso3 := gazetteer.demonym(tok.text)) and tok.text.lower() not in surnames \
                and not names_a_language(parse, tok.span) \
                and not names_indigenous_people(tok.text, next_word(parse, tok.span)):
            # not "Irvine Welsh", "in English", "the Lac La Ronge Indian Band"
            if nation := nation_of(gazetteer, tok.text):  # "Welsh farmers": Wales
                tops.append(replace(make_toponym(tok.span, nation, "GPE", parse), demonym=True))
            else:
                refs.append(CountryRef(span=tok.span, country=iso3, text=tok.text))
    return tops, [r for r in refs if r.country]


def currency_names(parse: Parse) -> list[tuple[int, int]]:
    """(first, last) token indexes of each name of the country whose money an amount is in:
    a two-letter code before a dollar sign ("US$5 million", "HK$10"), or up to three
    capitalised words before a currency's name ("5 million US dollars", "United States
    dollars"). Never a place by itself."""
    toks = parse.tokens
    out = []
    for match in _CURRENCY_CUE.finditer(parse.text):  # the text's few cues, not every token
        tok = parse.token_at(match.start())
        if tok is None or tok.idx != match.start():
            continue
        if _CURRENCY.match(tok.text):
            out.append((tok.i, tok.i))
        elif tok.text in CURRENCY_WORDS and tok.pos != "VERB" and tok.i > 0 \
                and toks[tok.i - 1].text[:1].isupper():  # not "Israel pounds Gaza"
            first = tok.i - 1
            while first > max(0, tok.i - 3) and toks[first - 1].text[:1].isupper():
                first -= 1
            out.append((first, tok.i - 1))
    return out


def _currency_country(parse: Parse, first: int, last: int, gazetteer: Gazetteer
                      ) -> CountryRef | None:
    """The country reference of a currency's name (`currency_names`): evidence of the
    article's country like a demonym ("8,000 Egyptian pounds"), except the US dollar's,
    in which amounts are given everywhere."""
    toks = parse.tokens
    code = _CURRENCY.match(toks[first].text)
    span = Span(toks[first].idx, toks[first].idx + 2 if code else toks[last].end)
    name = span.of(parse.text)
    if len(name) == 2 and name.isupper():
        iso3 = gazetteer.country_iso3(name)
    else:  # "United States dollars"
        iso3 = next((c.country for c in exact_places(gazetteer, name, kinds=("country",))
                     if c.match == MATCH_NAME), None)
    demonym = None if iso3 else gazetteer.demonym(name)  # "Egyptian pounds"
    if not (iso3 or demonym):
        return None
    return CountryRef(span=span, country=iso3 or demonym or "", text=name,
                      embedded=not demonym, worldwide=(iso3 or demonym) in WORLD_CURRENCIES)


def _before_hyphen(parse: Parse, tok: Tok) -> str:
    """The name before "-<lowercase word>" in "U.S.-led" (one token) or "Ohio - based"
    written "Ohio-based" (three tokens), else ""."""
    head, dash, rest = tok.text.partition("-")
    if dash:
        return head if rest[:1].islower() else ""
    toks = parse.tokens
    if tok.i + 2 < len(toks) and toks[tok.i + 1].text == "-" and toks[tok.i + 1].idx == tok.end \
            and toks[tok.i + 2].idx == tok.end + 1 and toks[tok.i + 2].text[:1].islower():
        return tok.text
    return ""


def named_provinces(parse: Parse, mentions: tuple[Mention, ...], gazetteer: Gazetteer
                    ) -> frozenset[tuple[str | None, str | None]]:
    """(country, code) of every first-level region a place mention names ("Texas",
    "Punjab"): a local story's towns lie in them."""
    return frozenset((c.country, c.admin1_code) for m in mentions if m.label in {"GPE", "LOC"}
                     for c in exact_places(gazetteer, m.span.of(parse.text), kinds=("admin1",)))


def _compound_prefix(toks: tuple[Tok, ...] | list[Tok], i: int) -> bool:
    """True when token i opens a hyphenated word with a lowercase rest ("Neo-natal")."""
    return i + 2 < len(toks) and toks[i + 1].text == "-" and toks[i + 1].idx == toks[i].end \
        and toks[i + 2].idx == toks[i + 1].end and toks[i + 2].text[:1].islower()


# Features English names with "the" (rivers, lakes, seas, ranges, straits, gulfs): "the
# Thames", "the Mersey", "the Dardanelles".
THE_FEATURE_CODES = frozenset({"STM", "LK", "SEA", "OCN", "GULF", "STRT", "MTS", "SD"})


def _the_feature(parse: Parse, first: int, gazetteer: Gazetteer, name: str) -> bool:
    """True for a name after a lowercase "the" that is the own name or alias of a river,
    lake, sea or range of our tables ("rowers trained on the Thames")."""
    return first > 0 and parse.tokens[first - 1].text == "the" and any(
        c.feature_code in THE_FEATURE_CODES
        for c in exact_places(gazetteer, name, kinds=("region",)))


def _on_island(parse: Parse, tok: Tok) -> bool:
    """True after "on", or before a list after "on" ("on Upolu and Savai'i"): where an
    island's name stands."""
    return word_before(parse, list_start(parse, tok.i)) == "on"


def _missed_place(gazetteer: Gazetteer, text: str, *, cue: bool, on: bool = False,
                  named: bool = False,
                  provinces: frozenset[tuple[str | None, str | None]] = frozenset(),
                  whole: bool = True) -> bool:
    """A country or a city of 500,000+ people by its own name anywhere; a province or district
    named with its admin word ("Borno State", "Suffolk County"); with a place context a
    province, a district by its own name when it is a `whole` word ("in Southern Leyte"), a
    region or former province of our table by its own name ("across Yorkshire", "in Long
    An"), or a town of 10,000+ people, or of 1,000+ by its own name in a province the
    article names (`provinces`: "fled toward Powderly" in a story naming Texas); after a
    place noun ("the village of X") a town of any size; a feature of our table by its own
    name ending in its generic word anywhere ("the mid-Willamette Valley"); an island of
    our table by its own name after a place context or "on" (`on`: "on Viti Levu", "on
    Mallorca and Gran Canaria"); never a town by three capitals, an acronym."""
    if named_with_admin_word(gazetteer, text):
        return True
    acronym = is_acronym(text, longest=3)  # "the CHU in Montpellier": a hospital
    for c in exact_places(gazetteer, text, kinds=("country", "admin1", "admin2", "city",
                                                  "region")):
        if cue and whole and c.kind == "admin2" and c.match == MATCH_NAME:
            return True  # a district by its own name ("in Southern Leyte"; not "Neo-natal")
        if c.kind == "admin2":
            continue
        if c.kind == "country" and (c.match == MATCH_NAME or len(text) > 3 or text.isupper()):
            return True  # an alias as short as "CAR" must be written in capitals
        if (cue or on) and c.kind == "region" and c.match == MATCH_NAME \
                and c.feature_code in ISLAND_CODES and not acronym:
            return True  # "on Viti Levu", "in Tahiti"
        if c.kind == "region" and c.match == MATCH_NAME and len(text.split()) > 1 \
                and ends_in_feature_word(text):
            return True  # a feature of our table by its own name and generic word ("the
            # mid-Willamette Valley"): the word says it is a place
        if cue and c.kind == "region" and c.match == MATCH_NAME \
                and c.feature_code in {"RGN", "ADM1H"} and not acronym:
            return True  # a region of our table by its own name ("across Yorkshire", "in
            # Long An", a province before Vietnam's mergers)
        if acronym and c.kind == "city":
            continue  # three capitals are an acronym, not a town ("Chu", Vietnam)
        if cue and (c.kind == "admin1" or c.population >= MISSED_MIN_POPULATION or named):
            return True
        if cue and c.kind == "city" and c.match == MATCH_NAME \
                and c.population >= PLACED_MIN_POPULATION \
                and (c.country, c.admin1_code) in provinces:
            return True
        if c.kind == "city" and c.match == MATCH_NAME and c.population >= METROPOLIS_MIN_POPULATION:
            return True
    return False


def office_of_country(parse: Parse, first: int, name: str, gazetteer: Gazetteer) -> bool:
    """A country's own name after "of" and a capitalised word: the office's country, and
    the name after it the holder's ("the Prime Minister of India Narendra Modi", "the
    Communist Party of Vietnam Nguyen Phu Trong"; not "the wife of Jordan Smith")."""
    toks = parse.tokens
    return first >= 2 and toks[first - 1].text == "of" and toks[first - 2].text[:1].isupper() \
        and any(c.match == MATCH_NAME for c in exact_places(gazetteer, name, kinds=("country",)))


def _name_goes_on(parse: Parse, i: int) -> bool:
    """True when a proper noun follows that is not the start of a person's name ("Jordan
    Smith" goes on; "the Communist Party of Vietnam Nguyen Van An" does not)."""
    return i + 1 < len(parse.tokens) and parse.tokens[i + 1].pos == "PROPN" \
        and parse.tokens[i + 1].ent_type != "PERSON"
