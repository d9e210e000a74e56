"""Quotes and speakers: direct (by their marks), indirect (a speech verb's clause) and mixed.

A direct quote's cue is the speech verb right after it (`…,” he said`, `…,” said Obama`) or
right before it (`She said, “…”`); its speaker is that verb's subject, mapped to an actor
(so "he" and "the President" become whoever the actors stage resolved them to). A quote with
no cue of its own continues the previous quote's speaker when it follows in the same or the
next paragraph, or takes the person the previous paragraph ends on as its subject. Reported
speech is a speech verb's clausal complement ("said that …", "told CNN that …", "…, the IOM
said"), a parenthetical ("Iran, he said, …") or "according to X"; a complement that holds a
quoted fragment makes a mixed quote. Speech verbs inside a quote are part of it (nested quotes
are not quotes of their own), and "is said to" is a hedge, not a quote. Short cue-less quoted
names (scare quotes, titles) are not quotes.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from ...lookup import SpanIndex, actor_index
from ...model import ArticleAnalysis, Quote, Span
from ...parse import Parse, Tok
from ...registry import Resources
from ...lookup import GrowingSpans
from ..base import updated
from .marks import Marked, find_marked
from .speech import SourceLexicon, actor_at, load_lexicon, name_span, subject_of

AFTER_WINDOW = 7
BEFORE_WINDOW = 14
SCARE_WORDS = 3
CLAUSE_MARKS = frozenset({"that", "whether", "if"})
STOP_AFTER = frozenset({"and", "but", "that", "while", "as", "because", "."})


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    kind: str
    span: Span
    cue_tok: int | None = None
    cue: str | None = None
    cue_span: Span | None = None
    speaker_tok: int | None = None
    speaker: str | None = None
    speaker_span: Span | None = None


class QuoteStage:
    name = "quotes.rules.v1"
    requires = frozenset({"article", "parse", "sentences", "mentions", "actors"})
    provides = frozenset({"quotes"})

    def __init__(self, lexicon: SourceLexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, analysis: ArticleAnalysis, parse: Parse) -> ArticleAnalysis:
        finder = QuoteFinder(parse, lexicon=self.lexicon, actors=actor_index(analysis.actors))
        drafts = finder.find()
        quotes = tuple(
            Quote(id=f"q{k}", kind=d.kind, span=d.span, speaker=d.speaker,
                  speaker_span=d.speaker_span, cue=d.cue, cue_span=d.cue_span)
            for k, d in enumerate(drafts, start=1)
        )
        return updated(analysis, self.name, quotes=quotes)


class QuoteFinder:
    """One article's quotes: marks first, then speech verbs, then speakers carried over."""

    def __init__(self, parse: Parse, *, lexicon: SourceLexicon, actors: SpanIndex) -> None:
        self.parse, self.lexicon, self.actors = parse, lexicon, actors
        self.marked = find_marked(parse.text)
        self.contents = GrowingSpans()
        for k, mark in enumerate(self.marked):
            self.contents.put(k, mark.content)
        self._starts = [m.outer.start for m in self.marked]

    def find(self) -> list[Draft]:
        direct = [d for d in (self.direct(m) for m in self.marked) if d is not None]
        used = {d.cue_tok for d in direct if d.cue_tok is not None}
        indirect = [d for d in self.indirect() if d.cue_tok not in used]
        drafts = _drop_nested(_merge(direct, indirect))
        return self.carry_speakers(drafts)

    # -- direct and mixed ---------------------------------------------------------------------

    def direct(self, marked: Marked) -> Draft | None:
        verb = self.cue_after(marked) or self.cue_before(marked)
        if verb is None:
            words = len(self.parse.text[marked.content.start:marked.content.end].split())
            return None if words <= SCARE_WORDS else Draft(kind="direct", span=marked.content)
        span, kind = marked.content, "direct"
        clause = next((c for c in self.clauses_of(verb) if self.mixes(c, marked)), None)
        if clause is not None:
            span, kind = _union(self.clause_span(clause), marked.content), "mixed"
        elif verb.idx < marked.outer.start and self.words_between(verb, marked):
            lead = self.trimmed(verb.i + 1, max(verb.right, verb.i + 1))
            span, kind = _union(lead, marked.content), "mixed"
        return self.with_cue(Draft(kind=kind, span=span), verb)

    def words_between(self, verb: Tok, marked: Marked) -> bool:
        """Unquoted words between a cue verb and the quote it introduces ("said police were
        “very committed” to …"): the quote is a fragment of indirect speech."""
        between = self.parse.tokens_in(Span(verb.end, marked.outer.start))
        return any(t.pos not in ("PUNCT", "SPACE") and t.text.lower() not in CLAUSE_MARKS
                   for t in between)

    def cue_after(self, marked: Marked) -> Tok | None:
        toks = self.parse.tokens
        first = bisect.bisect_left(self.parse._starts, marked.outer.end)  # noqa: SLF001
        for tok in toks[first:first + AFTER_WINDOW]:
            if self.breaks(tok) or tok.text.lower() in STOP_AFTER or \
                    "\n" in self.parse.text[marked.outer.end:tok.idx]:
                return None
            if self.is_cue(tok):
                return tok
        return None

    def cue_before(self, marked: Marked) -> Tok | None:
        toks = self.parse.tokens
        last = bisect.bisect_left(self.parse._starts, marked.outer.start) - 1  # noqa: SLF001
        first_quoted = self.parse.token_at(marked.content.start)
        for k in range(last, max(-1, last - BEFORE_WINDOW), -1):
            tok = toks[k]
            if self.breaks(tok) or tok.text in (".", "?", "!") or \
                    "\n" in self.parse.text[tok.end:marked.outer.start]:
                return None
            if self.is_cue(tok) and self.introduces(tok, k, last, first_quoted):
                return tok
        return None

    def introduces(self, verb: Tok, k: int, last: int, first_quoted: Tok | None) -> bool:
        """The verb introduces the quote: only punctuation between them, or the quote lies in
        the verb's own clause ("said the United States “will not …”")."""
        between = self.parse.tokens[k + 1:last + 1]
        if all(t.pos in ("PUNCT", "SPACE") for t in between):
            return True
        return first_quoted is not None and verb.left <= first_quoted.i <= verb.right

    def clauses_of(self, verb: Tok) -> list[Tok]:
        """The verb's clausal complements in its own paragraph."""
        return [c for c in self.parse.children(verb.i)
                if c.dep == "ccomp" and not self.paragraph_between(verb, c)]

    def paragraph_between(self, a: Tok, b: Tok) -> bool:
        lo, hi = sorted((a.i, b.i))
        if b.i < a.i:
            lo = b.right
        return any("\n" in t.text for t in self.parse.tokens[lo:hi])

    def mixes(self, clause: Tok, marked: Marked) -> bool:
        """The speech verb's clause holds the quote plus unquoted words of its own."""
        span = self.clause_span(clause)
        if span is None or not span.overlaps(marked.content):
            return False
        outside = [t for t in self.parse.tokens_in(span)
                   if not marked.outer.contains(t.span) and t.pos not in ("PUNCT", "SPACE")]
        return len(outside) > 0

    # -- indirect -----------------------------------------------------------------------------

    def indirect(self) -> list[Draft]:
        out = []
        for tok in self.parse.tokens:
            if self.is_cue(tok) and not self.lexicon.has("quote_only_verbs", tok.lemma):
                reader = self.reported
            elif tok.text.lower() == "according":
                reader = self.according
            else:
                continue
            draft = reader(tok) if self.inside_marked(tok.idx) is None else None
            if draft is not None:
                out.append(draft)
        return out

    def reported(self, verb: Tok) -> Draft | None:
        clauses = self.clauses_of(verb)
        if clauses:
            span = self.clause_span(clauses[-1] if len(clauses) > 1 and clauses[0].i < verb.i
                                    else clauses[0])
        elif verb.dep == "parataxis" and self.inside_marked(self.parse.head(verb.i).idx) is None:
            head = self.parse.head(verb.i)
            span = self.trimmed(head.left, head.right)
        else:
            return None
        if span is None or len(self.parse.tokens_in(span)) < 2:
            return None
        return self.with_cue(Draft(kind=self.kind_of(span), span=span), verb)

    def according(self, tok: Tok) -> Draft | None:
        to = next((c for c in self.parse.children(tok.i) if c.text.lower() == "to"), None)
        source = next((c for c in self.parse.children(to.i) if c.dep == "pobj"), None) if to else None
        head = self.parse.tokens[tok.head]
        if source is None or head.i == tok.i or self.is_cue(head):
            return None
        if tok.right < head.i:
            span = self.trimmed(tok.right + 1, head.right)
        else:
            span = self.trimmed(head.left, tok.left - 1)
        if span is None:
            return None
        speaker_span = name_span(self.parse, source)
        return Draft(kind=self.kind_of(span), span=span, cue_tok=tok.i, cue="according to",
                     cue_span=self.parse.span_of(tok.i, to.i + 1), speaker_tok=source.i,
                     speaker=actor_at(self.actors, self.parse, source, speaker_span),
                     speaker_span=speaker_span)

    def kind_of(self, span: Span) -> str:
        found = self.contents.first_overlapping(span)
        return "mixed" if found is not None else "indirect"

    # -- shared -------------------------------------------------------------------------------

    def is_cue(self, tok: Tok) -> bool:
        if tok.pos not in ("VERB", "AUX") or not self.lexicon.has("speech_verbs", tok.lemma):
            return False
        return not any(c.dep == "auxpass" for c in self.parse.children(tok.i))

    def breaks(self, tok: Tok) -> bool:
        """A paragraph break or another quote ends the search for a cue."""
        return "\n" in tok.text or (
            tok.text in ('"', "“", "”") and self.inside_marked(tok.idx) is not None)

    def inside_marked(self, offset: int) -> Marked | None:
        k = bisect.bisect_right(self._starts, offset) - 1
        if k >= 0 and self.marked[k].outer.start <= offset < self.marked[k].outer.end:
            return self.marked[k]
        return None

    def clause_span(self, clause: Tok) -> Span | None:
        start = clause.left
        while start < clause.i and self.parse.tokens[start].text.lower() in CLAUSE_MARKS:
            start += 1
        return self.trimmed(start, clause.right)

    def trimmed(self, start: int, end: int) -> Span | None:
        toks = self.parse.tokens
        while start <= end and toks[start].pos in ("PUNCT", "SPACE") and toks[start].text not in "“\"":
            start += 1
        while end >= start and toks[end].pos in ("PUNCT", "SPACE") and toks[end].text not in "”\"":
            end -= 1
        return self.parse.span_of(start, end + 1) if start <= end else None

    def with_cue(self, draft: Draft, verb: Tok) -> Draft:
        speaker = subject_of(self.parse, verb)
        if speaker is not None and speaker.tag in ("WP", "WDT"):
            speaker = self.parse.head(verb.i) if verb.dep == "relcl" else None
        if speaker is not None and self.inside_marked(speaker.idx) and not self.inside_marked(verb.idx):
            speaker = None
        draft = replace(draft, cue_tok=verb.i, cue=verb.lemma, cue_span=verb.span)
        if speaker is None:
            return draft
        span = name_span(self.parse, speaker)
        return replace(draft, speaker_tok=speaker.i, speaker_span=span,
                       speaker=actor_at(self.actors, self.parse, speaker, span))

    def carry_speakers(self, drafts: list[Draft]) -> list[Draft]:
        """A quote without a speaker of its own continues the previous one's when it follows in
        the same or the next paragraph, or the same sentence (“…,” he said, and added that …)."""
        out: list[Draft] = []
        for draft in drafts:
            prev = out[-1] if out else None
            if draft.speaker_span is None and prev is not None and prev.speaker_span is not None \
                    and self.near(prev.span, draft.span):
                draft = replace(draft, speaker=prev.speaker, speaker_span=prev.speaker_span,
                                speaker_tok=prev.speaker_tok)
            elif draft.speaker_span is None and draft.cue is None:
                draft = self.introduced(draft)
            out.append(draft)
        return out

    def introduced(self, draft: Draft) -> Draft:
        """A quote paragraph with no attribution, after a paragraph whose last sentence has a
        named person (or a person actor) as its subject: "Mayor Ana Ruiz spoke on Friday."."""
        first = self.parse.token_at(draft.span.start)
        sent = first.sent - 1 if first is not None else -1
        if sent < 0 or "\n" not in self.parse.text[self.parse.sent_span(sent).end - 1:
                                                     draft.span.start]:
            return draft
        start, end = self.parse.sents[sent]
        root = next((t for t in self.parse.tokens[start:end] if t.head == t.i), None)
        subject = subject_of(self.parse, root) if root is not None else None
        if subject is None or self.inside_marked(subject.idx) is not None:
            return draft
        span = name_span(self.parse, subject)
        actor = actor_at(self.actors, self.parse, subject, span)
        if actor is None and subject.ent_type != "PERSON":
            return draft
        return replace(draft, speaker=actor, speaker_span=span, speaker_tok=subject.i)

    def near(self, prev: Span, span: Span) -> bool:
        """No whole paragraph lies between two quotes."""
        gap = self.parse.text[prev.end:span.start]
        return len([line for line in gap.split("\n")[1:-1] if line.strip()]) == 0


def _union(a: Span | None, b: Span) -> Span:
    return b if a is None else Span(min(a.start, b.start), max(a.end, b.end))


def _merge(direct: list[Draft], indirect: list[Draft]) -> list[Draft]:
    """Indirect speech that covers a direct quote makes it mixed; identical spans merge."""
    out = list(direct)
    spans = GrowingSpans()
    for k, draft in enumerate(out):
        spans.put(k, draft.span)
    for draft in indirect:
        k = spans.first_overlapping(draft.span)
        clash = out[k] if k is not None else None
        if clash is None:
            spans.put(len(out), draft.span)
            out.append(draft)
        elif clash.kind == "direct" and draft.span.contains(clash.span) and clash.cue is None:
            out[k] = replace(draft, kind="mixed")
            spans.put(k, draft.span)
    return sorted(out, key=lambda d: (d.span.start, -d.span.end))


def _drop_nested(drafts: list[Draft]) -> list[Draft]:
    """Reported speech inside another quote's span is part of that quote."""
    out: list[Draft] = []
    for draft in drafts:
        if out and out[-1].span.contains(draft.span) and draft.kind == "indirect":
            continue
        out.append(draft)
    return out


def make_stage(resources: Resources) -> QuoteStage:
    return QuoteStage(load_lexicon())
