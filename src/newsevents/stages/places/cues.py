"""What the words right around a name say it is: a locative preposition or a direction before
it ("in X", "central X", "near X"), a place noun naming it ("the village of X", "X district",
"X, a farming town", "towns such as X"), a plural admin noun after its list ("Dawson and
Lumpkin counties"), an article before it, a word of a language's use after a demonym ("an
English translation"); and the token readers the other cue modules share (`word_before`,
`next_word`). Every cue reads a bounded window of tokens around the name. Whether the context
places a name is read in placing.py; roads, facilities and venues in facilities.py."""
from __future__ import annotations

from ...model import Span
from ...parse import Parse, Tok
from ...resources.place_names import ADMIN_SUFFIXES
from .lists import after_list, list_start
from .titles import TITLE_WORDS
from .words import (
    DIRECTION_WORDS,
    FEATURE_WORDS,
    PLACE_NOUNS,
    PLURAL_FEATURE_NOUNS,
    POSSESSIVES,
)

LOCATIVE_CUES = frozenset({"in", "near", "outside", "at", "into", "from", "across", "around",
                           "to", "towards", "toward", "inside", "throughout", "past"})
PLACE_CUES = frozenset({"in", "near", "outside", "inside", "around", "across", "throughout"})
NEAR_CUES = frozenset({"near", "outside", "around", "outskirts", "north", "south", "east",
                       "west", "northeast", "northwest", "southeast", "southwest"})
LISTED_LABELS = frozenset({"GPE", "LOC"})
# Nouns whose "of" names a place: "the mayor of X", "residents of X", "the rebel stronghold of
# X", "his hometown of X", "the streets of X", "the northern perimeter of X", "parts of X".
OF_PLACE_HEADS = frozenset({"mayor", "mayors", "residents", "inhabitants", "citizens", "streets",
                            "hometown", "stronghold", "strongholds", "enclave", "heartland",
                            "hilltop", "hilltops", "perimeter", "farms", "slope", "slopes",
                            "edge", "parts", "outskirts", "suburbs", "heart", "centre",
                            "center",
                            # what is done to a place: "the shelling of X", "the fall of X"
                            "shelling", "bombing", "bombardment", "siege", "fall", "capture",
                            "recapture", "liberation", "invasion", "occupation", "blockade",
                            "encirclement", "evacuation", "sack", "annexation"})
# Words a place may stand after ("in downtown X", "in nearby X") besides directions.
PLACE_MODIFIERS = frozenset({"downtown", "uptown", "nearby", "neighbouring", "neighboring"})
DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "'s", "’s"})
# Nouns after a demonym that make it a language's name: "an English translation".
LANGUAGE_NOUNS = frozenset({"translation", "translations", "language", "version", "versions",
                            "speaker", "speakers", "speaking", "subtitles", "subtitle",
                            "dub", "dubbing", "edition", "lessons", "lesson", "dictionary",
                            "grammar", "accent", "dialect", "-language", "-speaking"})
# Verbs whose object names a language when it is a demonym: "speak German", "learnt Welsh".
LANGUAGE_VERBS = frozenset({"speak", "learn", "teach", "study", "translate", "understand"})
ARTICLE_STOPS = frozenset({"of", "in", "to", "from", "and", "or", "for", "at", "by", "on",
                           "with", "near", "into", "across"})


def names_a_language(parse: Parse, span: Span) -> bool:
    """True when the demonym names a language: the object of "in" ("spoke in English."; not
    "in Russian hands", where it modifies a noun), before a word of a language's use ("an
    English translation", "Welsh speakers", "French-language"), or what one speaks, learns,
    teaches or translates, also in a list ("speak German, French and Italian", "translated
    from Spanish")."""
    first, last = parse.token_at(span.start), parse.token_at(span.end - 1)
    if first is None or last is None:
        return False
    toks = parse.tokens
    before = toks[first.i - 1].text.lower() if first.i > 0 else ""
    nxt = toks[last.i + 1] if last.i + 1 < len(toks) else None
    if nxt is not None and nxt.text.lower() in LANGUAGE_NOUNS:
        return True
    k = list_start(parse, first.i)
    if k > 0 and (toks[k - 1].lemma.lower() in LANGUAGE_VERBS
                  or toks[k - 1].text.lower() in {"from", "into"} and any(
                      t.lemma.lower() == "translate" for t in toks[max(0, k - 5):k - 1])):
        return True
    return before == "in" and (nxt is None or nxt.pos not in {"NOUN", "PROPN", "ADJ", "NUM"})


def named_by_place_noun(parse: Parse, span: Span, *, group: bool = False) -> bool:
    """A place noun says what the name is, before it ("the village of X", "the town X") or
    after it ("X village", "the X district"; not after a group's name (`group`): "the Sikh
    community"): a place even when the gazetteer does not know it and the model took it for
    a person or organisation, or missed it."""
    return has_place_noun(parse, span) or not group and _noun_after(parse, span)


def _noun_after(parse: Parse, span: Span) -> bool:
    """True when a lowercase place noun or feature word follows the name, also across a
    second name ("X village", "Rangitoto and Motutapu islands", "the X and Y provinces",
    "the X and Y rivers", "X commune", "X local government area")."""
    last = parse.token_at(span.end - 1)
    toks = parse.tokens
    if last is None:
        return False
    k = last.i + 1
    if k + 1 < len(toks) and toks[k].text in {"and", "or"} and toks[k + 1].pos == "PROPN":
        k += 2  # across the second name, of up to three words ("the X and Bhote Koshi rivers")
        end = min(k + 2, len(toks))
        while k < end and toks[k].pos == "PROPN":
            k += 1
    if [t.text for t in toks[k:k + 3]] == ["local", "government", "area"]:
        return True  # "the X local government area" (Nigeria's districts)
    return k < len(toks) and (toks[k].text in PLACE_NOUNS | FEATURE_WORDS
                              or toks[k].text in PLURAL_FEATURE_NOUNS)


def is_directed(parse: Parse, span: Span) -> bool:
    """True after a lowercase direction word ("central Washington", "northern Iraq")."""
    tok = parse.token_at(span.start)
    return tok is not None and tok.i > 0 and parse.tokens[tok.i - 1].text in DIRECTION_WORDS


def is_cued(parse: Parse, span: Span) -> bool:
    """A preposition of place before the name ("in X", "near X", "in A and X"; not "from X"
    or "to X", said of places far away too), a place noun naming it ("the village of X"), a
    place noun or feature word after it ("the X area", "X and Y islands"), or a noun whose
    "of" names a place ("the rebel stronghold of X", "the shelling of X")."""
    tok = parse.token_at(span.start)
    if tok is None:
        return False
    k = list_start(parse, tok.i)
    return word_before(parse, k) in PLACE_CUES or has_place_noun(parse, span) \
        or _noun_after(parse, span) or head_of_of(parse, k) in OF_PLACE_HEADS


def is_possessive(parse: Parse, span: Span) -> bool:
    """True when "'s" follows the name ("in Obama's speech" speaks of the person)."""
    return parse.text[span.end:span.end + 2] in POSSESSIVES


def after_possessive(parse: Parse, span: Span) -> int | None:
    """The index of the token after the name's possessive ("Goma" of "Goma's airport": the
    index of "airport"), else None."""
    last = parse.token_at(span.end - 1)
    toks = parse.tokens
    if last is None or last.i + 2 >= len(toks) or toks[last.i + 1].text not in POSSESSIVES:
        return None
    return last.i + 2


def next_word(parse: Parse, span: Span) -> str:
    """The token right after the span, as written (so "State" in a name is not "state")."""
    tok = parse.token_at(span.end - 1)
    if tok is None or tok.i + 1 >= len(parse.tokens):
        return ""
    return parse.tokens[tok.i + 1].text


def capitalised_word_after(parse: Parse, span: Span, words: frozenset[str]) -> Tok | None:
    """The token right after the span when it is capitalised and, in lower case, one of
    `words` ("River" after "the Canadian", "Quarter" after "the French"); else None."""
    tok = parse.token_at(span.end - 1)
    if tok is None or tok.i + 1 >= len(parse.tokens):
        return None
    word = parse.tokens[tok.i + 1]
    return word if word.text[:1].isupper() and word.text.lower() in words else None


# Admin nouns that as plurals name parts of the world as often ("the Sahel and West Africa
# regions", "the Palestinian territories").
WORLD_AREAS = frozenset({"region", "territory"})
LGA_WORDS = frozenset({"LGA", "LGAs"})  # Nigeria's local government areas, abbreviated


def plural_admin_level(parse: Parse, span: Span) -> int | None:
    """The admin level of a plural admin noun after the list the name is in ("Dawson and
    Lumpkin counties", "the Idlib, Hama and Aleppo provinces": each is a county or a
    province), over at most five names of one sentence; None when there is none or the name
    is in no list ("the Gulf states")."""
    end = after_list(parse, span, stop=LGA_WORDS)
    return None if end is None else admin_level_at(parse, end)


def admin_level_at(parse: Parse, k: int) -> int | None:
    """The admin level of the plural admin noun at token k, None when there is none."""
    toks = parse.tokens
    word = toks[k].text
    if word in LGA_WORDS or " ".join(t.text for t in toks[k:k + 3]) == "local government areas":
        return 2  # Nigeria's local government areas
    return _plural_level(word)


def leading_admin_level(parse: Parse, span: Span) -> int | None:
    """The admin level of a plural admin noun and "of" before the list the name is in ("the
    counties of Mandera, Wajir and Garissa", "the provinces of Idlib and Hama": each is a
    county or a province); None when there is none."""
    tok = parse.token_at(span.start)
    if tok is None:
        return None
    k = list_start(parse, tok.i)
    if k < 2 or parse.tokens[k - 1].text.lower() != "of":
        return None
    return _plural_level(parse.tokens[k - 2].text)


def _plural_level(word: str) -> int | None:
    """The admin level of a lower-case plural admin noun ("counties" → 2), not of one that
    names parts of the world as often ("regions")."""
    single = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") \
        else ""
    return ADMIN_SUFFIXES.get(single) if word.islower() and single not in WORLD_AREAS else None


def words_before(parse: Parse, span: Span, n: int) -> tuple[str, ...]:
    tok = parse.token_at(span.start)
    if tok is None or tok.i < n:
        return ()
    return tuple(t.text.lower() for t in parse.tokens[tok.i - n:tok.i])


def head_of_of(parse: Parse, k: int) -> str:
    """The word, lower-cased, before an "of" right before token k ("stronghold" of "the
    stronghold of X"), else ""."""
    if k < 2 or parse.tokens[k - 1].text.lower() != "of":
        return ""
    return parse.tokens[k - 2].text.lower()


# Capitalised words of offices and bodies a place noun may stand before as an adjective ("the
# state Commissioner of Police", "the county Board").
OFFICE_BODY_WORDS = frozenset({"police", "council", "board", "assembly", "government",
                               "legislature", "senate", "house", "department", "ministry",
                               "commission", "court", "attorney", "treasurer", "auditor"})


def has_place_noun(parse: Parse, span: Span) -> bool:
    """True when a place noun names what the name is: "the village of X", "the province X",
    "the towns of A, B and X" (then a town of any size is a place); not a title or a body
    after a place noun used as an adjective ("the state Commissioner of Police")."""
    tok = parse.token_at(span.start)
    if tok is None or tok.text.lower() in TITLE_WORDS | OFFICE_BODY_WORDS:
        return False  # "the state Commissioner", "the city Council": an office
    k = list_start(parse, tok.i)
    prev = word_before(parse, k)
    if _appositive_place(parse, span):  # "X, a farming town in …"
        return True
    if prev in PLACE_NOUNS:  # "the province X", "the provincial capital X"
        return _the_before(parse, k - 1)
    if prev == "," and k >= 2 and parse.tokens[k - 2].text.lower() == "capital":
        return _the_before(parse, k - 2)  # "the capital, X", "its provincial capital, X"
    if prev in {"called", "named"} and k >= 2:  # "a village called X"
        return parse.tokens[k - 2].text.lower() in PLACE_NOUNS
    if prev in EXAMPLE_WORDS:  # "towns such as X and Y", "counties including X"
        return _examples_of_places(parse, k)
    return prev == "of" and k >= 2 and parse.tokens[k - 1].text.lower() == "of" \
        and parse.tokens[k - 2].text.lower() in PLACE_NOUNS


EXAMPLE_WORDS = frozenset({"as", "including", "like"})  # "such as", "including", "like"


def _examples_of_places(parse: Parse, k: int) -> bool:
    """True when the words before token k introduce examples of a plural place noun: "towns
    such as", "rural counties including", "cities like" (not "such as" after another noun:
    "firms such as X")."""
    toks = parse.tokens
    j = k - 1
    if toks[j].text.lower() == "as":
        if j < 1 or toks[j - 1].text.lower() != "such":
            return False
        j -= 1
    if j >= 1 and toks[j - 1].text == ",":
        j -= 1  # "cities, including X"
    noun = toks[j - 1].text.lower() if j >= 1 else ""
    return noun in PLACE_NOUNS and noun.endswith("s")  # a plural: "towns", "cities"


PHRASE_GLUE = frozenset({"in", "of", "on", "near", "north", "south", "east", "west", "about",
                         "some", "where", "which", "that", "outside", "along", "with"})


def _appositive_place(parse: Parse, span: Span) -> bool:
    """True when an appositive says the name is a place: "X, a farming town", "X, the
    provincial capital", "X, a southeastern Turkish town": a comma, an article, up to
    three modifiers, a place noun)."""
    return bool(appositive_noun(parse, span))


def appositive_noun(parse: Parse, span: Span) -> str:
    """The place noun of an appositive after the name ("town" of "X, a farming town in"),
    else ""."""
    last = parse.token_at(span.end - 1)
    toks = parse.tokens
    if last is None or last.i + 3 >= len(toks) or toks[last.i + 1].text != "," \
            or toks[last.i + 2].text.lower() not in {"a", "an", "the"}:
        return ""
    for tok in toks[last.i + 3:last.i + 7]:
        if tok.text.lower() in PLACE_NOUNS:  # the head of the phrase, not "a state official"
            after = toks[tok.i + 1].text if tok.i + 1 < len(toks) else ""
            head = not (after.isalpha() and after.islower()) or after in PHRASE_GLUE
            return tok.text.lower() if head else ""
        if not _modifier(tok):
            return ""
    return ""


def _the_before(parse: Parse, k: int) -> bool:
    """True when a determiner or a possessive stands before token k, directly or across up
    to two modifiers ("the capital", "the provincial capital", "the Togolese capital",
    "Thailand's southern province", "its violence-hit province")."""
    toks = parse.tokens
    for j in range(k - 1, k - 4, -1):
        if j < 0:
            return False
        if toks[j].text.lower() in DETERMINERS:
            return True
        if not _modifier(toks[j]):
            return False
    return False


def _modifier(tok: Tok) -> bool:
    """A lowercase word, a hyphen inside one, or a capitalised adjective ("Togolese")."""
    return tok.text.isalpha() and (tok.text.islower() or tok.pos == "ADJ") or tok.text == "-"


def word_before(parse: Parse, k: int) -> str:
    """The word before token k, looking past "the" and a lowercase direction ("in the
    north X", "in central X") or a word such as "downtown" ("in downtown X", "in nearby
    X")."""
    j = k - 1
    if j > 0 and parse.tokens[j].text in DIRECTION_WORDS | PLACE_MODIFIERS:
        j -= 1
    if j > 0 and parse.tokens[j].text.lower() == "the":
        j -= 1
    return parse.tokens[j].text.lower() if j >= 0 else ""


def after_article(parse: Parse, span: Span) -> bool:
    """True after "the", directly or across lowercase modifiers ("the eastern Pacific"), but
    not across a preposition ("the north of Mosul"): English puts the article before
    oceans, seas, rivers, ranges and regions, rarely before a town's name."""
    tok = parse.token_at(span.start)
    if tok is None or next_word(parse, span)[:1].isupper():
        return False  # "the Washington Post": the article belongs to a longer name
    for prev in reversed(parse.tokens[max(0, tok.i - 4):tok.i]):
        word = prev.text
        if word.lower() == "the":
            return True
        if not word.isalpha() or not word.islower() or word in ARTICLE_STOPS:
            return False
    return False


def is_near(parse: Parse, span: Span) -> bool:
    tok = parse.token_at(span.start)
    if tok is None or tok.i < 1:
        return False
    window = [t.text.lower() for t in parse.tokens[max(0, tok.i - 3):tok.i]]
    if window and window[-1] == "of":
        return bool(set(window[:-1]) & NEAR_CUES)
    return bool(window) and window[-1] in {"near", "outside", "around"}

