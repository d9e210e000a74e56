"""The casualty summary: how many were killed and wounded, per event and for the article.

Incident-selection rule (the article's summary, `event=None`; each event gets the same rule
applied to its own figures):

1. Only `killed`, `wounded` and `casualties` figures count (hedged ones — "the toll may rise
   into the hundreds" — only when nothing firmer is said) (casualties = people hit, not said
   whether they survived); a part of a total ("12 people, including 4 children") is never added
   to it.
2. Background is left out: a figure in a sentence that places it in another time or another
   incident — a year ("in 2016"), "last year", "this year", "so far", "since January", "years
   ago", "a separate shooting", "annual" or "nationwide" statistics, "in the past five years" —
   is not the article's incident.
3. The incident is the one of the headline and the lead: for each category the first counted
   figure in reading order holds (figures listed together, "two soldiers, three police officers
   and four children were killed", count as one: their sum); a later one replaces it only when
   it updates the toll (a measuring verb: "the toll rose to 12"; "has died", "later died",
   "now").
4. Single victims are counted through their description. A story re-describes its victim
   ("A father was killed" … "a 49-year-old man" … "he" … "Smith"), so descriptions in different
   sentences are the same people; victims described together in one sentence add up ("a man
   was killed and a woman wounded" are counted per category), and one marked as another person
   ("another man", "a second victim", "the other") adds. A category's count is the larger of
   its lead figure and its victims.
5. People who were hit (casualties) and are not among the killed were wounded:
   wounded = max(wounded, casualties - killed); a victim described as hit or hurt and named or
   described again among the killed ("Fears was found wounded … Fears died") is killed only.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ...model import Casualties, Figure
from ...parse import Parse

CATEGORIES = ("killed", "wounded", "casualties")
BACKGROUND = re.compile(
    r"\b(?:(?:in|since|during|through|of|by) (?:19|20)\d\d|last year|this year|so far"
    r"|since (?:january|february|march|april|may"
    r"|june|july|august|september|october|november|december|\d)|separate|unrelated|annual(?:ly)?"
    r"|per year|a year|each year|every year|in the past|last month|this month|so-far|earlier this"
    r"|year-to-date|statistics|homicides|shootings this|nationwide|nationally|statewide"
    r"|countywide|citywide|across the (?:country|nation|state)|on average"
    r"|(?:in|over|for|during) the (?:past|next|last|previous) \w+|in recent \w+"
    r"|years? (?:ago|earlier))\b", re.IGNORECASE)
UPDATE = re.compile(r"\b(?:rose|risen|rises|climbed|climbs|increased|jumped|now|later|has died"
                    r"|have died|since died|updated|revised)\b", re.IGNORECASE)
LIST_GAP = re.compile(r"\s*(?:,|,?\s*and)\s*")
OTHER = re.compile(r"^(?:another|a second|a third|a fourth|one other|the other)\b",
                   re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Count:
    low: int | None
    high: int | None
    figures: tuple[str, ...]

    @property
    def point(self) -> int:
        return self.low if self.low is not None else (self.high or 0)


NONE = Count(None, None, ())


def summarize(figures: Sequence[Figure], *, text: str, parse: Parse | None = None,
              ident: str = "k1", event: str | None = None) -> Casualties | None:
    """The casualty summary of one incident from its figures (see the module rule)."""
    counts = {c: count(figures, c, text=text, parse=parse, event_level=event is not None)
              for c in CATEGORIES}
    killed, wounded, hit = counts["killed"], counts["wounded"], counts["casualties"]
    if hit.figures and hit.point > killed.point and hit.point - killed.point > wounded.point:
        n = hit.point - killed.point
        wounded = Count(n, n, wounded.figures + hit.figures)
    if not killed.figures and not wounded.figures:
        return None
    used = set(killed.figures + wounded.figures)
    by_id = {f.id: f for f in figures}
    reporters = tuple(dict.fromkeys(by_id[i].attributed_to for i in sorted(used)
                                    if by_id[i].attributed_to))
    return Casualties(id=ident, event=event, killed_low=killed.low, killed_high=killed.high,
                      wounded_low=wounded.low, wounded_high=wounded.high,
                      figures=tuple(sorted(used, key=_order)), reported_by=reporters)


def _order(ident: str) -> tuple[int, str]:
    digits = ident.lstrip("f")
    return (int(digits), ident) if digits.isdigit() else (0, ident)


def count(figures: Sequence[Figure], category: str, *, text: str, parse: Parse | None,
          event_level: bool = False) -> Count:
    """Rules 2-4 for one category."""
    mine = [f for f in figures if f.category == category and f.part_of is None
            and (event_level or not is_background(f, text=text, parse=parse))]
    if any(not f.hedged for f in mine):  # "may rise into the hundreds" is no count yet
        mine = [f for f in mine if not f.hedged]
    lead = NONE
    for group in listed([f for f in mine if not _single(f)], text=text):
        if not lead.figures or is_update(group[0], text=text, parse=parse):
            lead = Count(_add(f.low for f in group), _add(f.high for f in group),
                         tuple(f.id for f in group))
    singles = [f for f in mine if _single(f)]
    if category != "killed":
        dead = _dead_heads(figures, text=text)
        singles = [f for f in singles if not _died(f, dead, text=text)]
    people = victims(singles, text=text, parse=parse)
    if people and people > lead.point:
        return Count(people, people, tuple(f.id for f in singles))
    return lead


def listed(figures: Sequence[Figure], *, text: str) -> list[list[Figure]]:
    """Figures in text order, those listed together ("two soldiers, three police officers
    and four children were killed") in one group: only a comma or "and" between them."""
    groups: list[list[Figure]] = []
    for figure in sorted(figures, key=lambda f: f.span.start):
        if groups and LIST_GAP.fullmatch(text[groups[-1][-1].span.end:figure.span.start]):
            groups[-1].append(figure)
        else:
            groups.append([figure])
    return groups


def _add(values: Iterable[int | None]) -> int | None:
    values = list(values)
    return None if any(v is None for v in values) else sum(values)  # type: ignore[arg-type]


def _single(figure: Figure) -> bool:
    """A victim counted from its description, not from a number ("a man", "both officers")."""
    return figure.described


def _dead_heads(figures: Sequence[Figure], *, text: str) -> frozenset[str]:
    """The last words of the victims described among the killed ("… Fears died": "fears")."""
    return frozenset(f.span.of(text).lower().split()[-1] for f in figures
                     if f.described and f.category == "killed" and f.span.of(text).split())


def _died(figure: Figure, dead: frozenset[str], *, text: str) -> bool:
    """A victim said to be hurt who is named or described again among the killed ("Fears was
    found wounded … Fears died"): the same head word, unless marked as another person."""
    said = figure.span.of(text).lower()
    if OTHER.match(said):
        return False
    return bool(said.split()) and said.split()[-1] in dead


def victims(singles: Sequence[Figure], *, text: str, parse: Parse | None = None) -> int:
    """Rule 4: a news story re-describes its victim ("A father was killed … a 49-year-old man
    was shot"), so descriptions in different sentences are taken to be the same people and
    only the victims described together in one sentence add up; a victim marked as another
    person ("another man", "a second victim", "the other") adds to them."""
    others = [f for f in singles if OTHER.match(f.span.of(text))]
    other_ids = {f.id for f in others}
    by_sentence: dict[int, dict[str, int]] = {}
    for figure in singles:
        if figure.id in other_ids:
            continue
        said = " ".join(figure.span.of(text).lower().split())
        key = _sentence_key(figure, text=text, parse=parse)
        by_sentence.setdefault(key, {})[said] = figure.low or 1
    base = max((sum(group.values()) for group in by_sentence.values()), default=0)
    return base + sum(f.low or 1 for f in others)


def _sentence_key(figure: Figure, *, text: str, parse: Parse | None) -> int:
    if parse is not None:
        return parse.sentence_of(figure.span.start)
    return text.rfind(". ", 0, figure.span.start)


def sentence_text(figure: Figure, *, text: str, parse: Parse | None) -> str:
    if parse is None:
        lo = text.rfind(".", 0, figure.span.start) + 1
        hi = text.find(".", figure.span.end)
        return text[lo:hi if hi >= 0 else len(text)]
    span = parse.sent_span(parse.sentence_of(figure.span.start))
    return span.of(text)


def is_background(figure: Figure, *, text: str, parse: Parse | None) -> bool:
    """Rule 2: the figure's sentence places it in another time or incident."""
    return BACKGROUND.search(sentence_text(figure, text=text, parse=parse)) is not None


def is_update(figure: Figure, *, text: str, parse: Parse | None) -> bool:
    """Rule 3: a later figure that updates the toll."""
    return UPDATE.search(sentence_text(figure, text=text, parse=parse)) is not None


def summaries(figures: Sequence[Figure], *, text: str,
              parse: Parse | None = None) -> tuple[Casualties, ...]:
    """The article's summary (first, event None), then one per event with casualty figures."""
    out: list[Casualties] = []
    article = summarize(figures, text=text, parse=parse, ident="k1")
    if article is not None:
        out.append(article)
    by_event: dict[str, list[Figure]] = {}
    for figure in figures:
        if figure.event:
            by_event.setdefault(figure.event, []).append(figure)
    events = sorted((e for e, fs in by_event.items() if any(f.category in CATEGORIES for f in fs)),
                    key=lambda e: (len(e), e))
    for event in events:
        found = summarize(by_event[event], text=text, parse=parse,
                          ident=f"k{len(out) + 1}", event=event)
        if found is not None:
            out.append(found)
    return tuple(out)
