"""Figures: numbers that count something of interest (killed, wounded, displaced, troops …) as
ranges with semantics (`numbers.py`), with who they are attributed to, and their event and place.

Not figures: dates and years, times, money (a currency sign, or a counted noun that is no
person: spaCy's MONEY label is not trusted, it calls "4 million refugees" money), percentages, ages and other "35-year-old"
compounds, distances and other measures ("80 miles": the counted noun is no person), phone
numbers, "one of the …", and numbers whose counted thing is of no interest ("5 people
attended"). Attribution is the speaker of the innermost quote (direct or reported) holding the
figure, else the attribution of the event it belongs to.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ... import numbers
from ...model import ArticleAnalysis, Event, Figure, Place, Quote, Span
from ...parse import Parse, Tok
from ...lookup import GrowingSpans
from ...registry import Resources
from ..base import updated
from .casualties import summaries
from .parts import covers, link_parts, part_of_total, victim_kind
from .index import FigureIndex
from .roles import Counted, categorize, is_hedged
from .victims import Victim, find_victims
from ..quotes.speech import SourceLexicon, load_lexicon

SKIP_ENTS = frozenset({"TIME", "PERCENT", "ORDINAL", "QUANTITY"})
MONTHS = frozenset("january february march april may june july august september october "
                   "november december jan feb mar apr jun jul aug sep sept oct nov dec".split())
TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "decade",
                        "century", "night", "time", "s"})
CURRENCY = frozenset("$€£¥₹")
PERCENT_WORDS = frozenset({"%", "percent", "per", "pc"})
NOUN_REACH = 6
ROAD_WORDS = frozenset({"highway", "hwy", "route", "rte", "interstate", "road", "exit", "i",
                        "us", "sr", "county"})
AGE_FOLLOWERS = frozenset({",", "of", "and", ".", ")", "was", "were", "is", "died", "who"})


class FigureStage:
    name = "figures.rules.v2"
    requires = frozenset({"article", "parse", "sentences", "mentions", "actors"})
    provides = frozenset({"figures", "casualties"})

    def __init__(self, lexicon: SourceLexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, analysis: ArticleAnalysis, parse: Parse) -> ArticleAnalysis:
        figures: list[Figure] = []
        index = FigureIndex.build(analysis, parse)
        for found in numbers.find(parse.text):
            figure = self.figure(analysis, parse, found, ident=f"f{len(figures) + 1}",
                                 index=index, before=figures[-1] if figures else None)
            if figure is not None:
                figures.append(figure)
        figures = self.with_victims(analysis, parse, figures, index=index)
        figures = link_parts(parse.text, sorted(figures, key=lambda f: f.span.start))
        casualties = summaries(figures, text=parse.text, parse=parse)
        return updated(analysis, self.name, figures=tuple(figures), casualties=casualties)

    def with_victims(self, analysis: ArticleAnalysis, parse: Parse, figures: list[Figure], *,
                     index: FigureIndex) -> list[Figure]:
        """Add a figure for each described victim; numeric figures inside a described total
        become its parts (overlaps found by bisection, not by scanning every figure)."""
        spans = GrowingSpans()
        for position, figure in enumerate(figures):
            spans.put(position, figure.span)
        for victim in find_victims(parse, lexicon=self.lexicon):
            inside = spans.overlapping(victim.span)
            if inside and not covers(victim, [figures[k] for k in inside]):
                continue
            total = self.described(analysis, parse, victim, ident=f"f{len(figures) + 1}",
                                   index=index)
            for k in inside:
                figures[k] = replace(figures[k], part_of=total.id)
            spans.put(len(figures), total.span)
            figures.append(total)
        return figures

    def figure(self, analysis: ArticleAnalysis, parse: Parse, found: numbers.Found, *,
               ident: str, index: FigureIndex | None = None,
               before: Figure | None = None) -> Figure | None:
        toks = parse.tokens_in(Span(found.start, found.end))
        if not toks or is_trap(parse, toks) or _glued_code(parse.text, found.start):
            return None
        num = number_token(parse, toks)
        phrase = range(toks[0].i, toks[-1].i + 1)
        counted = categorize(parse, num, lexicon=self.lexicon, phrase=phrase) or part_of_total(
            parse, num, found, before, lexicon=self.lexicon, phrase=phrase)
        if counted is None:
            return None
        span = figure_span(found, counted.noun)
        index = index or FigureIndex.build(analysis, parse)
        analysis = index.narrowed(analysis, parse, sent=counted.noun.sent, span=span)
        event = event_of(analysis.events, parse, counted)
        attributed, attribution_span = attribute(analysis, span, event=event)
        phrase = parse.text[found.start:found.end].lower()
        return Figure(
            id=ident, category=counted.category, low=found.quantity.low,
            high=found.quantity.high, qualifier=found.quantity.qualifier, span=span,
            hedged="estimated" in phrase or is_hedged(parse, num, lexicon=self.lexicon),
            unit=self.lexicon.units.get(counted.noun.lemma.lower(), "people"), event=event,
            place=place_of(analysis.places, parse, counted),
            attributed_to=attributed, attribution_span=attribution_span,
            victims=victim_kind(counted.noun, lexicon=self.lexicon),
        )

    def described(self, analysis: ArticleAnalysis, parse: Parse, victim: Victim, *,
                  ident: str, index: FigureIndex | None = None) -> Figure:
        """A figure for victims counted from their description ("a man was shot dead")."""
        counted = Counted(victim.head, victim.category, victim.verb)
        index = index or FigureIndex.build(analysis, parse)
        analysis = index.narrowed(analysis, parse, sent=victim.head.sent, span=victim.span)
        event = event_of(analysis.events, parse, counted)
        attributed, attribution_span = attribute(analysis, victim.span, event=event)
        return Figure(
            id=ident, category=victim.category, low=victim.count, high=victim.count,
            qualifier="exact", span=victim.span, described=True,
            hedged=is_hedged(parse, victim.head, lexicon=self.lexicon), event=event,
            place=place_of(analysis.places, parse, counted),
            attributed_to=attributed, attribution_span=attribution_span,
            victims=victim_kind(victim.head, lexicon=self.lexicon),
        )


def is_trap(parse: Parse, toks: Sequence[Tok]) -> bool:
    """Dates, times, money, percentages, measures, ordinals, and numbers inside names."""
    if any(t.ent_type in SKIP_ENTS for t in toks):
        return True
    first, last = toks[0], toks[-1]
    if first.text.lower() == "one" and first.i > 0 and \
            parse.tokens[first.i - 1].text.lower() == "no":  # "no one was hurt"
        return True
    around = parse.text[max(0, first.idx - 1):first.idx] + parse.text[last.end:last.end + 1]
    if "/" in around:  # fractions, photo counters ("1/2"), dates
        return True
    if is_age(parse, toks) or _glued_code(parse.text, first.idx):
        return True
    if first.i > 0 and parse.tokens[first.i - 1].text.lower().rstrip(".") in ROAD_WORDS:
        return True  # "Highway 880", "Route 9"
    if any(t.ent_type == "DATE" for t in toks) and _date_like(parse, toks):
        return True
    before = parse.text[max(0, first.idx - 2):first.idx]
    if any(ch in CURRENCY for ch in before):
        return True
    after = parse.tokens[last.i + 1] if last.i + 1 < len(parse.tokens) else None
    if after is not None and after.text.lower() in PERCENT_WORDS:
        return True
    spelled_name = first.text[:1].isupper() and first.pos == "PROPN" and first.i > 0 \
        and parse.tokens[first.i - 1].pos == "PROPN"
    return spelled_name


def is_age(parse: Parse, toks: Sequence[Tok]) -> bool:
    """An age set off after a person: "Alex Anderson, 19, was …", "a teenage boy, 16, …"."""
    first, last = toks[0], toks[-1]
    if len(toks) != 1 or not (first.text.isascii() and first.text.isdigit()) \
            or int(first.text) > 120 or first.i < 2:
        return False
    nxt = parse.tokens[last.i + 1].text.lower() if last.i + 1 < len(parse.tokens) else "."
    k = first.i - 1
    while k >= 2 and parse.tokens[k].text == "and" and parse.tokens[k - 1].text.isascii() \
            and parse.tokens[k - 1].text.isdigit():
        k -= 2  # "two men, 24 and 31, were …"
    comma, person = parse.tokens[k], parse.tokens[k - 1]
    return comma.text == "," and nxt in AGE_FOLLOWERS and (
        person.pos == "PROPN" or person.ent_type == "PERSON" or person.tag in ("NN", "NNS"))


def _glued_code(text: str, start: int) -> bool:
    """A number glued by a dash to letters before it: road and model names ("I-45")."""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()


def _date_like(parse: Parse, toks: Sequence[Tok]) -> bool:
    """A year, a day of a month, or a count of time units ("15 days", "the 1990s")."""
    first, last = toks[0], toks[-1]
    if any(t.text.isdecimal() and len(t.text) == 4 and 1000 <= int(t.text) <= 2100 for t in toks):
        return True
    near = [parse.tokens[k] for k in (first.i - 1, last.i + 1) if 0 <= k < len(parse.tokens)]
    return any(t.text.lower().rstrip(".") in MONTHS or t.lemma.lower() in TIME_UNITS
               for t in near)


def number_token(parse: Parse, toks: Sequence[Tok]) -> Tok:
    """The word that heads the amount phrase: the first whose head lies outside it."""
    lo, hi = toks[0].i, toks[-1].i
    for tok in toks:
        if tok.pos in ("NUM", "NOUN", "ADJ", "PRON") and not lo <= tok.head <= hi:
            return tok
    numeric = [t for t in toks if t.pos == "NUM" or t.text[:1].isdecimal()]
    return numeric[0] if numeric else toks[-1]


def figure_span(found: numbers.Found, noun: Tok) -> Span:
    if noun.idx >= found.end and noun.idx - found.end < NOUN_REACH * 12:
        return Span(found.start, noun.end)
    return Span(found.start, found.end)


def attribute(analysis: ArticleAnalysis, span: Span, *,
              event: str | None) -> tuple[str | None, Span | None]:
    """The speaker of the innermost quote holding the figure, else the source of its event
    (`event_of`)."""
    quote = quote_of(analysis.quotes, span)
    if quote is not None and (quote.speaker or quote.speaker_span):
        return quote.speaker, quote.speaker_span
    found = next((e for e in analysis.events if e.id == event), None)
    if found is not None and found.attributed_to:
        return found.attributed_to, found.attribution_span
    return None, None


def quote_of(quotes: Sequence[Quote], span: Span) -> Quote | None:
    holders = [q for q in quotes if q.span.contains(span)]
    return min(holders, key=lambda q: q.span.end - q.span.start, default=None)


def event_of(events: Sequence[Event], parse: Parse, counted: Counted) -> str | None:
    """The event whose trigger is the counting verb, else the nearest trigger in the sentence."""
    sent = counted.noun.sent
    same = [e for e in events if parse.sentence_of(e.trigger.start) == sent]
    if counted.verb is not None:
        hit = next((e for e in same if e.trigger.overlaps(counted.verb.span)), None)
        if hit is not None:
            return hit.id
    anchor = counted.noun.idx
    nearest = min(same, key=lambda e: abs(e.trigger.start - anchor), default=None)
    return nearest.id if nearest is not None else None


def place_of(places: Sequence[Place], parse: Parse, counted: Counted) -> str | None:
    """A place in the same clause (the counting verb's phrase), else in the sentence; a place
    named as a location ("in Diyala", "fled Mosul") before one named as an actor ("Iran sent")."""
    scope = counted.verb or counted.noun
    clause = Span(parse.tokens[scope.left].idx, parse.tokens[scope.right].end)
    sent = parse.sent_span(counted.noun.sent)
    for window in (clause, sent):
        hits = [(_as_actor(parse, m), abs(m.start - counted.noun.idx), p.id)
                for p in places for m in p.mentions if window.contains(m)]
        if hits:
            return min(hits)[2]
    return None


def _as_actor(parse: Parse, mention: Span) -> bool:
    """The place mention is a subject (a government acting), not a location."""
    toks = parse.tokens_in(mention)
    head = next((t for t in toks if not mention.contains(parse.head(t.i).span)), None)
    return head is not None and head.dep in ("nsubj", "nsubjpass", "poss")


def make_stage(resources: Resources) -> FigureStage:
    return FigureStage(load_lexicon())
