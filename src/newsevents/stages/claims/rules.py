"""Where claims come from: reported speech, denials of reports, and stated doubts.

A denial is (a) an explicit deny/reject/dismiss verb ("denied the reports that …", "dismissed
any notion that …", "rejected the army's account", "denied sending troops"), or (b) a negated
statement of fact in the past, present perfect or present ("have not shelled", "are not
involved", "there are no troops"), or (c) a flat "that is not true" / "this is a lie". A negated
commitment, plan or modal ("will not allow", "would not send", "cannot accept", "is not going
to", "do not want") asserts an intention and denies nothing.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ...lookup import SpanIndex
from ...model import ArticleAnalysis, Quote, Span
from ...parse import Parse, Tok
from .words import ClaimWords
from ..quotes.speech import SourceLexicon, actor_at, has_negation, name_span, subject_of

MIN_WORDS = 3
CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp"})
DOUBT_CLAUSES = frozenset({"ccomp", "advcl", "csubj", "xcomp"})
EDGE_MARKS = frozenset("\"“”‘’'.,;:—– ")
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "expl"})
NOBODY = frozenset({"none", "nobody", "nothing", "neither", "noone"})


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimDraft:
    polarity: str
    span: Span
    claimant: str | None = None
    claimant_span: Span | None = None
    quote: str | None = None
    anaphoric: bool = False  # answers something reported earlier ("denied the reports")
    bare: bool = False  # says nothing itself: "denied the army's account", "that is not true"


# -- reported speech -------------------------------------------------------------------------

def quote_claims(analysis: ArticleAnalysis, parse: Parse, *, lexicon: SourceLexicon,
                 words: ClaimWords) -> Iterator[ClaimDraft]:
    for quote in analysis.quotes:
        for piece in pieces(parse, quote):
            head = clause_head(parse, piece)
            denied_by_cue = quote.cue in lexicon.words["denial_verbs"]
            bare = head is not None and flat_denial(parse, head, words=words)
            polarity = "denies" if denied_by_cue or bare else "asserts"
            if polarity == "asserts" and head is not None and \
                    negated_fact(parse, head, words=words):
                polarity = "uncertain" if not_knowing(parse, head, words=words) else "denies"
            yield ClaimDraft(
                polarity=polarity, span=piece, claimant=quote.speaker,
                claimant_span=quote.speaker_span, quote=quote.id,
                anaphoric=denied_by_cue or bare or polarity == "uncertain", bare=bare)


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


def negated_fact(parse: Parse, head: Tok, *, words: ClaimWords) -> bool:
    """A negated statement of fact ('have not shelled', 'did not attack', 'are not involved',
    'no troops were sent'), not a negated commitment or modal ('will not allow', 'would not
    send', 'cannot accept', 'is not going to', 'do not want')."""
    if not negated(parse, head):
        return False
    kids = parse.children(head.i)
    if head.tag == "MD" or any(c.dep in ("aux", "auxpass") and _modal(c, words) for c in kids):
        return False
    lemma = head.lemma.lower()
    if words.has("volitional_verbs", lemma):
        return False
    return not (words.has("future_verbs", lemma) and any(c.dep == "xcomp" for c in kids))


def not_knowing(parse: Parse, head: Tok, *, words: ClaimWords) -> bool:
    """'It was not (immediately) clear what caused the blast': a doubt, not a denial."""
    preds = [head, *(c for c in parse.children(head.i) if c.dep in ("acomp", "attr"))]
    return any(words.has("knowing_words", p.lemma.lower()) or
               words.has("knowing_words", p.text.lower()) for p in preds)


def negated(parse: Parse, head: Tok) -> bool:
    """'not', 'never' on the word, or 'no'/'none' on its subject or object."""
    if has_negation(parse, head):
        return True
    for arg in parse.children(head.i):
        if arg.dep not in ARGUMENT_DEPS:
            continue
        if arg.text.lower() in NOBODY or any(
                c.dep == "det" and c.lemma.lower() == "no" for c in parse.children(arg.i)):
            return True
    return False


def _modal(tok: Tok, words: ClaimWords) -> bool:
    return tok.tag == "MD" or words.has("modal_auxiliaries", tok.text.lower()) or \
        words.has("modal_auxiliaries", tok.lemma.lower())


def flat_denial(parse: Parse, head: Tok, *, words: ClaimWords) -> bool:
    """'That is not true', 'this is a lie', 'these reports are baseless'."""
    kids = parse.children(head.i)
    subject = next((c for c in kids if c.dep in ("nsubj", "nsubjpass")), None)
    if subject is None or not (words.has("bare_subjects", subject.text.lower()) or any(
            c.dep == "det" and words.has("bare_subjects", c.text.lower())
            for c in parse.children(subject.i))):
        return False
    for pred in kids:
        if pred.dep not in ("acomp", "attr"):
            continue
        word = pred.lemma.lower()
        if words.has("untrue_words", word) and not negated(parse, head):
            return True
        if words.has("true_words", word) and negated(parse, head):
            return True
    return False


def clause_head(parse: Parse, span: Span) -> Tok | None:
    """The word heading the text of a span: the first whose head lies outside it."""
    toks = parse.tokens_in(span)
    if not toks:
        return None
    lo, hi = toks[0].i, toks[-1].i
    return next((t for t in toks if t.head == t.i or not lo <= t.head <= hi), None)


# -- denials ---------------------------------------------------------------------------------

def denials(analysis: ArticleAnalysis, parse: Parse, *, lexicon: SourceLexicon,
            words: ClaimWords, actors: SpanIndex) -> Iterator[ClaimDraft]:
    """'X denied the reports that …', 'dismissed any notion that …', 'rejected the claims',
    'denied sending troops', 'denied any involvement in …'."""
    for tok in parse.tokens:
        if tok.pos != "VERB" or tok.lemma.lower() not in lexicon.words["denial_verbs"]:
            continue
        if tok.lemma.lower() == "rule" and not any(
                c.dep == "prt" and c.text.lower() == "out" for c in parse.children(tok.i)):
            continue
        found = denied_thing(parse, tok, lexicon=lexicon, words=words)
        if found is not None:
            span, bare = found
            yield _held(analysis, parse, tok, span, polarity="denies", actors=actors, bare=bare)


def denied_thing(parse: Parse, verb: Tok, *, lexicon: SourceLexicon,
                 words: ClaimWords) -> tuple[Span, bool] | None:
    """What the verb denies, and whether that is only a pointer back ('the army's account')."""
    kids = parse.children(verb.i)
    obj = next((c for c in kids if c.dep == "dobj"), None)
    if obj is not None and lexicon.has("denial_objects", obj.lemma.lower()):
        return denied_span(parse, obj)
    if verb.lemma.lower() != "deny":
        return None
    if obj is not None and words.has("denied_matters", obj.lemma.lower()):
        bare = not any(c.dep in ("prep", "acl", "relcl") for c in parse.children(obj.i))
        return parse.subtree_span(obj.i), bare  # "denied any involvement": in what?
    gerund = next((c for c in kids if c.dep in ("xcomp", "dobj") and c.pos == "VERB"
                   and c.tag in ("VBG", "")), None)
    return (parse.subtree_span(gerund.i), False) if gerund is not None else None


def denied_span(parse: Parse, obj: Tok) -> tuple[Span, bool] | None:
    clause = next((c for c in parse.children(obj.i) if c.dep in CLAUSE_DEPS), None)
    if clause is not None:
        start = clause.left
        while start < clause.i and parse.tokens[start].text.lower() in ("that", "whether"):
            start += 1
        span = trim(parse.text, parse.span_of(start, clause.right + 1))
        return (span, False) if span is not None else None
    return parse.subtree_span(obj.i), True


def _held(analysis: ArticleAnalysis, parse: Parse, verb: Tok, span: Span, *, polarity: str,
          actors: SpanIndex, bare: bool = False) -> ClaimDraft:
    """A denial held by the verb's subject, else by the speaker of the quote around it."""
    quote = holder(analysis.quotes, verb.span)
    subject = subject_of(parse, verb)
    if subject is not None and subject.text.lower() not in ("it", "this", "that"):
        claimant_span = name_span(parse, subject)
        claimant = actor_at(actors, parse, subject, claimant_span)
    else:
        claimant = quote.speaker if quote else None
        claimant_span = quote.speaker_span if quote else None
    return ClaimDraft(polarity=polarity, span=span, anaphoric=True, bare=bare,
                      claimant=claimant, claimant_span=claimant_span,
                      quote=quote.id if quote else None)


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
            found = denied_span(parse, parse.head(tok.i))
            return found[0] if found is not None else None
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
