"""Event dates resolved against the publication date, from the date words of the event's clause.

Resolution rules (documented choices):
- a bare weekday is the latest such weekday on or before publication ("Saturday" in an article
  of Saturday 2014-06-14 is 2014-06-14, "Tuesday" is 2014-06-10); "last Tuesday" is strictly
  before, "next Tuesday" strictly after;
- vague phrases come from cues.toml [dates] ("earlier this week" → Monday of the publication
  week … the day before publication, in `date` … `date_end`);
- a year ("in 2011") is the range 2011-01-01 … 2011-12-31, a month ("in June") its first to last
  day (the latest such month not after publication when no year is given);
- explicit dates ("June 10", "10 June 2014") are parsed here; only what is left (numeric forms)
  goes to dateparser, and only the date span itself, with the publication date as RELATIVE_BASE
  and the default PREFER_DATES_FROM (deps.md: 'past' makes "Saturday" a week early);
- durations ("five years", "the nine-year") are not dates.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ...model import Span
from ...parse import Ent, Tok
from ...resources.lexicon import EventLexicon
from .syntax import Tree, governing_verb, lemma, pobj

WEEKDAYS = {name.lower(): k for k, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): k for k, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): k for k, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAY_RE = re.compile(r"\b(?:(last|this|next|past)\s+)?(" + "|".join(WEEKDAYS) + r")\b")
YEAR_RE = re.compile(r"^(?:in |during |since |by |of |early |late |mid-?)*((?:19|20)\d\d)$")
DECADE_RE = re.compile(r"^(?:the )?((?:19|20)\d)0s$")
AGO_RE = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|a) (day|week)s? ago\b")
MONTH_DAY_RE = re.compile(
    r"\b(?:(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)|([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?)"
    r"(?:,? ((?:19|20)\d\d))?\b")
MONTH_YEAR_RE = re.compile(r"\b([a-z]+)\.?,? ((?:19|20)\d\d)\b")
NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
LINK_PREPS = frozenset({"during", "in", "amid", "after"})
DURATION_RE = re.compile(r"\b(year|month|week|day|decade)s?\b|-year\b")


@dataclass(frozen=True, slots=True)
class Resolved:
    date: str
    end: str | None = None


@lru_cache(maxsize=4096)  # an article repeats its date phrases; dateparser is slow
def resolve_date(text: str, published: dt.date | None, *,
                 phrases: tuple[tuple[str, str, int], ...]) -> Resolved | None:
    words = " ".join(re.sub(r"[^\w\s/.-]", " ", text.lower()).split()).strip(".")
    words = re.sub(r"^(on|the|in|since|by|from|during|over) ", "", words)
    absolute = _absolute(words, published)
    if absolute is not None or published is None:
        return absolute
    return (_phrase(words, published, phrases) or _ago(words, published)
            or _weekday(words, published) or _month(words, published))


def _absolute(words: str, published: dt.date | None) -> Resolved | None:
    year = YEAR_RE.match(words)
    if year:
        y = int(year.group(1))
        return Resolved(f"{y}-01-01", f"{y}-12-31")
    decade = DECADE_RE.match(words)
    if decade:
        start = int(decade.group(1)) * 10
        return Resolved(f"{start}-01-01", f"{start + 9}-12-31")
    found = _month_day(words, published)
    if found is not None:
        return found
    return _month_year(words) or _numeric(words, published)


def _month_day(words: str, published: dt.date | None) -> Resolved | None:
    for m in MONTH_DAY_RE.finditer(words):
        day, month_word = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        month = MONTHS.get(month_word or "")
        if month is None:
            continue
        year = int(m.group(5)) if m.group(5) else _year_for(month, int(day), published)
        if year is None:
            return None
        try:
            return Resolved(dt.date(year, month, int(day)).isoformat())
        except ValueError:
            return None
    return None


def _year_for(month: int, day: int, published: dt.date | None) -> int | None:
    """The year of a day-and-month without a year: the publication year, or the year before when
    that date would lie more than a month after publication."""
    if published is None:
        return None
    try:
        candidate = dt.date(published.year, month, day)
    except ValueError:
        return published.year
    return published.year - 1 if candidate > published + dt.timedelta(days=31) else published.year


def _month_year(words: str) -> Resolved | None:
    for m in MONTH_YEAR_RE.finditer(words):
        month = MONTHS.get(m.group(1))
        if month is not None:
            return _month_range(int(m.group(2)), month)
    return None


def _month_range(year: int, month: int) -> Resolved:
    last = calendar.monthrange(year, month)[1]
    return Resolved(f"{year}-{month:02d}-01", f"{year}-{month:02d}-{last:02d}")


def _numeric(words: str, published: dt.date | None) -> Resolved | None:
    if not re.search(r"\d{1,4}[/.-]\d{1,2}", words):
        return None
    import dateparser  # only numeric date spans reach dateparser (deps.md)

    base = dt.datetime.combine(published or dt.date(2000, 1, 1), dt.time(12))
    parsed = dateparser.parse(words, languages=["en"], settings={"RELATIVE_BASE": base})
    return Resolved(parsed.date().isoformat()) if parsed else None


def _phrase(words: str, pub: dt.date, phrases: tuple[tuple[str, str, int], ...]) -> Resolved | None:
    for text, kind, days in phrases:
        if re.search(rf"\b{re.escape(text)}\b", words):
            return window(kind, pub, days)
    return None


def window(kind: str, pub: dt.date, days: int = 0) -> Resolved:
    monday = pub - dt.timedelta(days=pub.weekday())
    one = dt.timedelta(days=1)
    if kind == "offset":
        return Resolved((pub + dt.timedelta(days=days)).isoformat())
    if kind == "this_week_before":
        return _range(monday, pub - one) if pub > monday else Resolved(pub.isoformat())
    if kind == "this_week":
        return _range(monday, pub)
    if kind == "last_week":
        return _range(monday - 7 * one, monday - one)
    if kind == "next_week":
        return _range(monday + 7 * one, monday + 13 * one)
    if kind == "recent_days":
        return _range(pub - days * one, pub - one)
    return _calendar_window(kind, pub)


def _calendar_window(kind: str, pub: dt.date) -> Resolved:
    first = pub.replace(day=1)
    if kind == "this_month_before":
        if pub == first:
            return Resolved(pub.isoformat())
        return _range(first, pub - dt.timedelta(days=1))
    if kind == "this_month":
        return _range(first, pub)
    if kind == "last_month":
        prev = first - dt.timedelta(days=1)
        return _month_range(prev.year, prev.month)
    if kind == "last_year":
        return Resolved(f"{pub.year - 1}-01-01", f"{pub.year - 1}-12-31")
    start = dt.date(pub.year, 1, 1)
    if kind == "this_year_before" and pub > start:
        return _range(start, pub - dt.timedelta(days=1))
    return _range(start, pub)


def _range(start: dt.date, end: dt.date) -> Resolved:
    return Resolved(start.isoformat(), end.isoformat() if end != start else None)


def _ago(words: str, pub: dt.date) -> Resolved | None:
    m = AGO_RE.search(words)
    if not m:
        return None
    n = int(m.group(1)) if m.group(1).isdecimal() else NUMBERS[m.group(1)]
    unit = 7 if m.group(2) == "week" else 1
    return Resolved((pub - dt.timedelta(days=n * unit)).isoformat())


def _weekday(words: str, pub: dt.date) -> Resolved | None:
    m = WEEKDAY_RE.search(words)
    if not m:
        return None
    back = (pub.weekday() - WEEKDAYS[m.group(2)]) % 7
    if m.group(1) == "next":
        ahead = (WEEKDAYS[m.group(2)] - pub.weekday()) % 7 or 7
        return Resolved((pub + dt.timedelta(days=ahead)).isoformat())
    if m.group(1) in ("last", "past") and back == 0:
        back = 7
    return Resolved((pub - dt.timedelta(days=back)).isoformat())


def _month(words: str, pub: dt.date) -> Resolved | None:
    if DURATION_RE.search(words):
        return None
    for word in words.split():
        if word in MONTHS and (len(word) > 3 or word == "may"):
            month = MONTHS[word]
            year = pub.year if month <= pub.month else pub.year - 1
            return _month_range(year, month)
    return None


@dataclass(frozen=True, slots=True)
class When:
    date: str | None
    end: str | None
    span: Span | None
    source: str  # "text" | "publication" | "none"


class DateFinder:
    """Date words of an article, each owned by the nearest trigger or verb above it."""

    def __init__(self, parse: Tree, lexicon: EventLexicon, triggers: set[int], *,
                 published: dt.date | None) -> None:
        self.parse, self.lexicon, self.published = parse, lexicon, published
        self.triggers = triggers
        self.owned: dict[int, list[Ent]] = {}
        for ent in parse.ents:
            if ent.label in ("DATE", "TIME"):
                owner = self._owner(ent)
                if owner is not None:
                    self.owned.setdefault(owner, []).append(ent)

    def _owner(self, ent: Ent) -> int | None:
        tokens = self.parse.tokens
        root = next((t for t in tokens[ent.start:ent.end]
                     if not ent.start <= t.head < ent.end or t.head == t.i), tokens[ent.start])
        for anc in self.parse.ancestors(root.i):
            if anc.i in self.triggers or anc.pos in ("VERB", "AUX"):
                return anc.i
        return None

    def find(self, tok: Tok) -> When:
        for ent in self._candidates(tok):
            resolved = resolve_date(ent.span.of(self.parse.text), self.published,
                                    phrases=self.lexicon.date_phrases)
            if resolved is not None:
                return When(resolved.date, resolved.end, ent.span, "text")
        if self.published is not None:
            return When(self.published.isoformat(), None, None, "publication")
        return When(None, None, None, "none")

    def _candidates(self, tok: Tok) -> list[Ent]:
        own = sorted(self.owned.get(tok.i, []), key=lambda e: abs(e.start - tok.i))
        if own:
            return own
        if tok.pos in ("NOUN", "PROPN"):
            verb = governing_verb(self.parse, tok.i)
            reporting = self.lexicon.cue("reporting")
            if verb is not None and lemma(verb) not in reporting and verb.i not in self.triggers:
                return self.owned.get(verb.i, [])
            return []
        head = self.parse.tokens[tok.head]
        purpose = tok.dep == "advcl" and any(k.dep == "aux" and lemma(k) == "to"
                                              for k in self.parse.children(tok.i))
        if (tok.dep == "xcomp" or purpose) and head.i not in self.triggers and lemma(
                head) not in self.lexicon.cue("reporting") and self.owned.get(head.i):
            return self.owned[head.i]  # "moved on Monday to impose a curfew"
        for kid in self.parse.children(tok.i):
            obj = pobj(self.parse, kid) if kid.dep == "prep" else None
            if obj is not None and obj.i in self.triggers and lemma(kid) in LINK_PREPS:
                return self.owned.get(obj.i, [])
        return []
