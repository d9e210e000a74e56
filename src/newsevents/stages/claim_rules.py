"""Where claims come from: reported speech, denials of reports, and stated doubts."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..lookup import SpanIndex
from ..model import ArticleAnalysis, Quote, Span
from ..parse import Parse, Tok
from .speech import SourceLexicon, actor_at, has_negation, name_span, subject_of

MIN_WORDS = 3
CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp"})
DOUBT_CLAUSES = frozenset({"ccomp", "advcl", "csubj", "xcomp"})
EDGE_MARKS = frozenset("\"“”‘’'.,;:—– ")


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimDraft:
    polarity: str
    span: Span
    claimant: str | None = None
    claimant_span: Span | None = None
    quote: str | None = None
    anaphoric: bool = False  # answers something reported earlier ("denied the reports")


# -- reported speech -------------------------------------------------------------------------

def quote_claims(analysis: ArticleAnalysis, parse: Parse, *,
                 lexicon: SourceLexicon) -> Iterator[ClaimDraft]:
    for quote in analysis.quotes:
        for piece in pieces(parse, quote):
            yield ClaimDraft(
                polarity=speech_polarity(parse, piece, quote, lexicon=lexicon), span=piece,
                claimant=quote.speaker, claimant_span=quote.speaker_span, quote=quote.id)


def pieces(parse: Parse, quote: Quote) -> list[Span]:
    """Indirect speech is one proposition; a direct quote, one per sentence it holds."""
    if quote.kind != "direct":
        return [quote.span]
    out = []
    first = parse.sentence_of(quote.span.start)
    last = parse.sentence_of(max(quote.span.start, quote.span.end - 1))
    for k in range(first, last + 1):
        sent = parse.sent_span(k)
        piece = trim(parse.text, Span(max(sent.start, quote.span.start),
                                      min(sent.end, quote.span.end)))
        if piece is not None and len(parse.text[piece.start:piece.end].split()) >= MIN_WORDS:
            out.append(piece)
    return out


def trim(text: str, span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and text[start] in EDGE_MARKS:
        start += 1
    while end > start and text[end - 1] in EDGE_MARKS:
        end -= 1
    return Span(start, end) if end > start else None


def speech_polarity(parse: Parse, span: Span, quote: Quote, *, lexicon: SourceLexicon) -> str:
    if quote.cue in lexicon.words["denial_verbs"]:
        return "denies"
    head = clause_head(parse, span)
    if head is not None and has_negation(parse, head):
        return "denies"
    return "asserts"


def clause_head(parse: Parse, span: Span) -> Tok | None:
    """The word heading the text of a span: the first whose head lies outside it."""
    for tok in parse.tokens_in(span):
        if tok.head == tok.i or not span.contains(parse.head(tok.i).span):
            return tok
    return None


# -- denials ---------------------------------------------------------------------------------

def denials(analysis: ArticleAnalysis, parse: Parse, *, lexicon: SourceLexicon,
            actors: SpanIndex) -> Iterator[ClaimDraft]:
    """'X denied the reports that …', 'dismissed any notion that …', 'rejected the claims'."""
    for tok in parse.tokens:
        if tok.pos != "VERB" or tok.lemma.lower() not in lexicon.words["denial_verbs"]:
            continue
        if tok.lemma.lower() == "rule" and not any(
                c.dep == "prt" and c.text.lower() == "out" for c in parse.children(tok.i)):
            continue
        obj = next((c for c in parse.children(tok.i) if c.dep == "dobj"), None)
        if obj is None or not lexicon.has("denial_objects", obj.lemma.lower()):
            continue
        span = denied_span(parse, obj)
        if span is not None:
            yield _held(analysis, parse, tok, span, polarity="denies", actors=actors)


def denied_span(parse: Parse, obj: Tok) -> Span | None:
    clause = next((c for c in parse.children(obj.i) if c.dep in CLAUSE_DEPS), None)
    if clause is not None:
        start = clause.left
        while start < clause.i and parse.tokens[start].text.lower() in ("that", "whether"):
            start += 1
        return trim(parse.text, parse.span_of(start, clause.right + 1))
    return parse.subtree_span(obj.i)


def _held(analysis: ArticleAnalysis, parse: Parse, verb: Tok, span: Span, *, polarity: str,
          actors: SpanIndex) -> ClaimDraft:
    """A denial held by the verb's subject, else by the speaker of the quote around it."""
    quote = holder(analysis.quotes, verb.span)
    subject = subject_of(parse, verb)
    if subject is not None and subject.text.lower() not in ("it", "this", "that"):
        claimant_span = name_span(parse, subject)
        claimant = actor_at(actors, parse, subject, claimant_span)
    else:
        claimant = quote.speaker if quote else None
        claimant_span = quote.speaker_span if quote else None
    return ClaimDraft(polarity=polarity, span=span, anaphoric=True, claimant=claimant,
                      claimant_span=claimant_span, quote=quote.id if quote else None)


def holder(quotes: Sequence[Quote], span: Span) -> Quote | None:
    holders = [q for q in quotes if q.span.contains(span)]
    return min(holders, key=lambda q: q.span.end - q.span.start, default=None)


# -- doubts ----------------------------------------------------------------------------------

def doubts(analysis: ArticleAnalysis, parse: Parse, *,
           lexicon: SourceLexicon) -> Iterator[ClaimDraft]:
    """'It is unclear whether …', 'unconfirmed reports that …', '… could not be confirmed'.
    The doubt is the reporter's, or the speaker's when it sits inside a quote."""
    for tok in parse.tokens:
        span = doubted_span(parse, tok, lexicon=lexicon)
        if span is None or len(parse.tokens_in(span)) < 2:
            continue
        quote = holder(analysis.quotes, tok.span)
        yield ClaimDraft(polarity="uncertain", span=span, anaphoric=True,
                         claimant=quote.speaker if quote else None,
                         claimant_span=quote.speaker_span if quote else None,
                         quote=quote.id if quote else None)


def doubted_span(parse: Parse, tok: Tok, *, lexicon: SourceLexicon) -> Span | None:
    word, lemma = tok.text.lower(), tok.lemma.lower()
    if word not in lexicon.words["uncertain_predicates"] and \
            lemma not in lexicon.words["uncertain_verbs"]:
        return None
    kids = parse.children(tok.i)
    if word in lexicon.words["uncertain_predicates"] and tok.pos == "ADJ":
        if tok.dep == "acomp":  # "it is unclear whether …": the clause hangs on "is"
            kids = kids + parse.children(tok.head)
        clause = next((c for c in kids if c.dep in DOUBT_CLAUSES), None)
        if clause is not None:
            return _clause(parse, clause)
        if tok.dep == "amod" and lexicon.has("denial_objects", parse.head(tok.i).lemma.lower()):
            return denied_span(parse, parse.head(tok.i))
        return None
    if lemma in lexicon.words["uncertain_verbs"] and tok.pos == "VERB" and has_negation(parse, tok):
        target = next((c for c in kids if c.dep in ("nsubjpass", "dobj")), None)
        return parse.subtree_span(target.i) if target is not None else None
    return None


def _clause(parse: Parse, clause: Tok) -> Span | None:
    start = clause.left
    while start < clause.i and parse.tokens[start].text.lower() in ("whether", "if", "that"):
        start += 1
    return trim(parse.text, parse.span_of(start, clause.right + 1))
