"""Counted quantities as ranges with semantics: "about 500", "more than 500,000", "hundreds".

No spaCy here: `parse(phrase)` reads one quantity phrase, `find(text)` scans running text for
them, `render(quantity)` writes one back in words (so `parse(render(q)) == q`).

Semantics (one table, `VAGUE` below, plus the qualifier phrases in `QUALIFIER_PHRASES`):

- exact digits / words          "1,200", "1.2 million", "half a million", "twenty-five" → exact
- approximate                   "about|around|some|roughly|approximately|an estimated 500"
                                → low = high = 500; "a dozen" / "two dozen" → approximate 12 / 24
- more_than                     "more than|over|above|in excess of|upwards of 500" → low 501
- at_least                      "at least|no fewer than|a minimum of 12" → low 12; "500 or more"
- at_most                       "up to|at most|as many as|no more than 50" → high 50
- less_than                     "fewer than|less than|under|below 50" → high 49; and the
                                near-misses "nearly|almost|approaching|close to|just under 1,000"
                                → high 999 (below n: the text only promises it is not reached)
- range                         "between 20 and 30", "from 20 to 30", "20 to 30", "20-30",
                                "two or three"
- vague                         the table `VAGUE`: a plural of a round number means "several of
                                those" ("hundreds" → 200–999), the same word after "the" names the
                                whole band ("into the hundreds" → 100–999).
A qualifier before a vague amount keeps the vague band's bound: "more than a dozen" → low 13.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from text_to_num import text2num

# band name -> (low, high); a plural means "several", "the <plural>" means the whole band.
VAGUE: dict[str, tuple[int, int]] = {
    "a few": (2, 9),
    "a handful": (2, 9),
    "several": (3, 9),
    "dozens": (24, 99),
    "scores": (40, 99),
    "the hundreds": (100, 999),
    "hundreds": (200, 999),
    "several hundred": (200, 999),
    "the thousands": (1_000, 9_999),
    "thousands": (2_000, 9_999),
    "several thousand": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "the millions": (1_000_000, 9_999_999),
    "millions": (2_000_000, 9_999_999),
    "tens of millions": (20_000_000, 99_999_999),
}
RENDER_VAGUE = {band: phrase for phrase, band in reversed(list(VAGUE.items()))}

QUALIFIER_PHRASES: dict[str, str] = {
    "about": "approximate", "around": "approximate", "some": "approximate",
    "roughly": "approximate", "approximately": "approximate", "an estimated": "approximate",
    "estimated": "approximate", "more than": "more_than", "over": "more_than",
    "above": "more_than", "in excess of": "more_than", "upwards of": "more_than",
    "greater than": "more_than", "at least": "at_least", "no fewer than": "at_least",
    "no less than": "at_least", "not less than": "at_least", "a minimum of": "at_least",
    "up to": "at_most", "at most": "at_most", "as many as": "at_most",
    "no more than": "at_most", "not more than": "at_most", "a maximum of": "at_most",
    "fewer than": "less_than", "less than": "less_than", "under": "less_than",
    "below": "less_than", "nearly": "less_than", "almost": "less_than",
    "approaching": "less_than", "close to": "less_than", "just under": "less_than",
    "just shy of": "less_than",
}
UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
         "sixty seventy eighty ninety").split()
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
NUMBER_WORDS = frozenset(UNITS) | frozenset(SCALES)
TOKEN = re.compile(r"\d+(?:,\d+)*(?:\.\d+)?|[A-Za-z]+(?:-[A-Za-z]+)*|[^\sA-Za-z\d]")
DASHES = frozenset("-\u2013")
QUALIFIER_FIRST = frozenset(p.split()[0] for p in QUALIFIER_PHRASES)
VAGUE_FIRST = frozenset(p.split()[0] for p in VAGUE)
STARTERS = QUALIFIER_FIRST | VAGUE_FIRST | NUMBER_WORDS | {"a", "half", "between", "from"}
CORE_RE = re.compile(
    r"\d+|\b(?:" + "|".join(sorted(UNITS[:20], key=len, reverse=True))
    + r"|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundreds?|thousands?|millions?|billions?"
    + r"|dozens?|scores|several|few|handful)\b")
WINDOW = 60
LOOKBACK = 40


@dataclass(frozen=True, slots=True)
class Quantity:
    """A counted amount: bounds (None = open) and what the text promised about them."""

    low: int | None
    high: int | None
    qualifier: str


@dataclass(frozen=True, slots=True)
class Found:
    """A quantity phrase found in running text: character offsets [start, end)."""

    start: int
    end: int
    quantity: Quantity


class _Tok(NamedTuple):  # a named tuple: one is built for every word near a number
    text: str
    low: str
    start: int
    end: int


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[_Tok]:
    end = len(text) if end is None else end
    return [_Tok(word, word.lower(), m.start(), m.end())
            for m in TOKEN.finditer(text, start, end) for word in (m.group(),)]


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text that may hold a quantity: around each digit or starter word."""
    out: list[tuple[int, int]] = []
    low = text.lower()
    if len(low) != len(text):  # a few non-ASCII letters change length when lowered
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    for m in CORE_RE.finditer(low):
        lo, hi = _word_start(text, max(0, m.start() - LOOKBACK)), min(len(text), m.end() + WINDOW)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def parse(phrase: str) -> Quantity | None:
    """The quantity a whole phrase states, or None when it is not (only) a quantity."""
    toks = tokenize(phrase)
    hit = read_at(toks, 0)
    return hit[1] if hit and hit[0] == len(toks) else None


def find(text: str) -> list[Found]:
    """Every quantity phrase in running text, left to right, not overlapping."""
    out: list[Found] = []
    for lo, hi in _windows(text):
        _scan(tokenize(text, lo, _word_end(text, hi)), out)
    return out


def _word_start(text: str, k: int) -> int:
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    return k


def _word_end(text: str, k: int) -> int:
    while k < len(text) and not text[k].isspace():
        k += 1
    return k


def _scan(toks: list[_Tok], out: list[Found]) -> None:
    i = 0
    while i < len(toks):
        low = toks[i].low
        hit = read_at(toks, i) if low[0].isdecimal() or low.split("-")[0] in STARTERS else None
        if hit is None:
            i += 1
            continue
        end, quantity = hit
        if not out or toks[i].start >= out[-1].end:
            out.append(Found(toks[i].start, toks[end - 1].end, quantity))
        i = end


def read_at(toks: list[_Tok], i: int) -> tuple[int, Quantity] | None:
    """The quantity starting at token i: (index after it, quantity), or None."""
    qualifier, j = _qualifier_at(toks, i)
    if qualifier is None:
        return _read_unqualified(toks, i)
    core = _core_at(toks, j)
    if core is None:
        return None
    end, (low, high, kind) = core
    return end, _qualify(qualifier, low, high, kind)


def _read_unqualified(toks: list[_Tok], i: int) -> tuple[int, Quantity] | None:
    if toks[i].low in ("between", "from"):
        return _range_at(toks, i + 1, "and" if toks[i].low == "between" else "to")
    core = _core_at(toks, i)
    if core is None:
        return None
    end, (low, high, kind) = core
    tail = _tail_at(toks, end, low, high, kind)
    if tail is not None:
        return tail
    if kind == "vague":
        return end, Quantity(low, high, "vague")
    return end, Quantity(low, high, "approximate" if kind == "dozen" else "exact")


def _tail_at(toks: list[_Tok], i: int, low: int, high: int,
             kind: str) -> tuple[int, Quantity] | None:
    """'500 or more', '20 to 30', '20-30', 'two or three' after a core number."""
    words = [t.low for t in toks[i:i + 2]]
    if kind != "exact" or not words:
        return None
    if words == ["or", "more"]:
        return i + 2, Quantity(low, None, "at_least")
    if words[0] in ("to", "or") or (words[0] in DASHES and _touching(toks, i)):
        nxt = _core_at(toks, i + 1)
        if nxt and nxt[1][2] == "exact" and nxt[1][0] > high and not _chained(toks, nxt[0]):
            return nxt[0], Quantity(low, nxt[1][0], "range")
    return None


def _range_at(toks: list[_Tok], i: int, joiner: str) -> tuple[int, Quantity] | None:
    """'between X and Y' / 'from X to Y': try each joiner, since 'and' may belong to X
    ('between one hundred and five and two hundred')."""
    for k in range(i + 1, min(len(toks), i + 16)):
        if toks[k].low != joiner:
            continue
        first, second = _core_at(toks[:k], i), _core_at(toks, k + 1)
        if first is None or first[0] != k or second is None:
            continue
        low, high = first[1][0], second[1][1]
        if low < high:
            return second[0], Quantity(low, high, "range")
    return None


def _qualify(qualifier: str, low: int, high: int, kind: str) -> Quantity:
    if qualifier == "approximate":
        return Quantity(low, high, "vague" if kind == "vague" else "approximate")
    if qualifier == "more_than":
        return Quantity(high + 1 if kind != "vague" else low, None, "more_than")
    if qualifier == "at_least":
        return Quantity(low, None, "at_least")
    if qualifier == "at_most":
        return Quantity(None, high, "at_most")
    return Quantity(None, (low if kind == "vague" else high) - 1, "less_than")


def _qualifier_at(toks: list[_Tok], i: int) -> tuple[str | None, int]:
    if toks[i].low not in QUALIFIER_FIRST:
        return None, i
    for size in (3, 2, 1):
        words = " ".join(t.low for t in toks[i:i + size])
        if len(toks[i:i + size]) == size and words in QUALIFIER_PHRASES:
            return QUALIFIER_PHRASES[words], i + size
    return None, i


def _core_at(toks: list[_Tok], i: int) -> tuple[int, tuple[int, int, str]] | None:
    """A bare amount at token i: (end, (low, high, kind)) with kind exact|dozen|vague."""
    if i >= len(toks):
        return None
    for size in (3, 2, 1) if toks[i].low in VAGUE_FIRST else ():
        words = " ".join(t.low for t in toks[i:i + size])
        if len(toks[i:i + size]) == size and words in VAGUE:
            return i + size, (*VAGUE[words], "vague")
    return _dozen_at(toks, i) or _digits_at(toks, i) or _words_at(toks, i)


def _dozen_at(toks: list[_Tok], i: int) -> tuple[int, tuple[int, int, str]] | None:
    words = [t.low for t in toks[i:i + 3]]
    if words[:3] == ["half", "a", "dozen"]:
        return i + 3, (6, 6, "dozen")
    if len(words) >= 2 and words[1] == "dozen" and (words[0] == "a" or words[0] in UNITS[1:10]):
        n = 12 * (1 if words[0] == "a" else UNITS.index(words[0]))
        return i + 2, (n, n, "dozen")
    return None


def _digits_at(toks: list[_Tok], i: int) -> tuple[int, tuple[int, int, str]] | None:
    tok = toks[i]
    if not tok.text[0].isdecimal() or _code_like(toks, i) or _compound(toks, i):
        return None
    value = float(tok.text.replace(",", ""))
    scale = SCALES.get(toks[i + 1].low) if i + 1 < len(toks) else None
    if scale and scale >= 1000:
        n = round(value * scale)
        return i + 2, (n, n, "exact")
    if value != int(value):
        return None
    return i + 1, (int(value), int(value), "exact")


def _words_at(toks: list[_Tok], i: int) -> tuple[int, tuple[int, int, str]] | None:
    if toks[i].low == "half" and [t.low for t in toks[i + 1:i + 3]] in (
            ["a", "million"], ["a", "billion"]):
        n = SCALES[toks[i + 2].low] // 2
        return i + 3, (n, n, "exact")
    j, parts = i, []
    if toks[i].low == "a" and i + 1 < len(toks) and toks[i + 1].low in SCALES:
        parts, j = ["one"], i + 1
    while j < len(toks) and (_is_number_word(toks[j].low) or (
            toks[j].low == "and" and parts and parts[-1] in SCALES and j + 1 < len(toks)
            and _is_number_word(toks[j + 1].low))):
        parts.append(toks[j].low)
        j += 1
    if not parts or parts == ["one"] and j < len(toks) and toks[j].low == "of":
        return None
    try:
        n = text2num(" ".join(parts), "en")
    except ValueError:
        return None
    return j, (n, n, "exact")


def _is_number_word(word: str) -> bool:
    return all(part in NUMBER_WORDS for part in word.split("-"))


def _plain_number(text: str) -> bool:
    digits = text.replace(",", "").split(".")[0]
    if "," in text and not re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", text):
        return False
    return not (len(digits) > 1 and digits.startswith("0"))


def _touching(toks: list[_Tok], i: int) -> bool:
    """Token i touches both neighbours (no space): '20-30'."""
    return toks[i - 1].end == toks[i].start and i + 1 < len(toks) and \
        toks[i].end == toks[i + 1].start


def _compound(toks: list[_Tok], i: int) -> bool:
    """'35-year-old', '80-mile': a number glued by a dash to a word is a modifier, not a count."""
    nxt = i + 1
    return (nxt + 1 < len(toks) and toks[nxt].text in DASHES and _touching(toks, nxt)
            and toks[nxt + 1].text[0].isalpha())


def _chained(toks: list[_Tok], i: int) -> bool:
    """Digit groups continue after a dash at token i ('20-30-40')."""
    return (i + 1 < len(toks) and toks[i].text in DASHES and _touching(toks, i)
            and toks[i + 1].text[0].isdecimal())


def _code_like(toks: list[_Tok], i: int) -> bool:
    """Phone numbers and codes: '555-0199', '212-555-0199', a group with a leading zero, or
    a badly grouped '1,00'. Also true for any group after the first of such a run."""
    while i >= 2 and _chained(toks, i - 1) and toks[i - 2].text[0].isdecimal():
        i -= 2
    groups, j = [toks[i].text], i
    while _chained(toks, j + 1):
        j += 2
        groups.append(toks[j].text)
    return len(groups) >= 3 or not all(_plain_number(g) for g in groups)


# -- rendering -------------------------------------------------------------------------------

def render(quantity: Quantity, *, words: bool = False) -> str:
    """The quantity in words: `parse(render(q)) == q` for every quantity `parse` can return."""
    low, high, kind = quantity.low, quantity.high, quantity.qualifier
    say = spell if words else (lambda n: f"{n:,}")
    if kind == "vague":
        if (low, high) not in RENDER_VAGUE:
            raise ValueError(f"no word for the vague band {low}-{high}")
        return RENDER_VAGUE[(low, high)]  # type: ignore[index]
    if kind == "range":
        return f"between {say(low)} and {say(high)}"
    forms = {
        "exact": lambda: say(low), "approximate": lambda: f"about {say(low)}",
        "more_than": lambda: f"more than {say(low - 1)}", "at_least": lambda: f"at least {say(low)}",
        "at_most": lambda: f"up to {say(high)}", "less_than": lambda: f"fewer than {say(high + 1)}",
    }
    return forms[kind]()


def spell(n: int) -> str:
    """An integer in English words without 'and': 1203 -> 'one thousand two hundred three'."""
    if n < 20:
        return UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return UNITS[18 + tens] + (f"-{UNITS[unit]}" if unit else "")
    for word, size in reversed(SCALES.items()):
        if n >= size:
            head, rest = divmod(n, size)
            return f"{spell(head)} {word}" + (f" {spell(rest)}" if rest else "")
    raise AssertionError(n)  # pragma: no cover - unreachable for n >= 0
