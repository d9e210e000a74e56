"""The only module that imports spaCy: load and check the model, convert Docs into Parses."""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import repeat
from typing import Protocol

import numpy

from .config import Settings
from .errors import ModelError
from .model import Span
from .parse import Ent, Parse, Tok, edge_lists, split_text


class Parser(Protocol):
    """Turns cleaned text into a Parse. The spaCy parser and test doubles implement it."""

    name: str
    version: str

    def parse(self, text: str) -> Parse: ...

    def parse_many(self, texts: Iterable[str]) -> Iterator[Parse]: ...


class SpacyParser:
    """spaCy English pipeline, checked to be the expected model (name, version, build)."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self.nlp = load_model(settings)
        self.name = str(self.nlp.meta.get("name"))
        self.version = str(self.nlp.meta.get("version"))

    def parse(self, text: str) -> Parse:
        return next(self.parse_many([text]))

    def parse_many(self, texts: Iterable[str]) -> Iterator[Parse]:
        """Parses in order. A text longer than `parse_chunk_chars` is parsed in pieces cut at
        paragraph breaks and joined into one Parse with exact offsets: spaCy's memory grows
        with the length of a Doc, and its parser gains nothing across paragraphs, where
        sentences end anyway."""
        plan: deque[list[str]] = deque()

        def pieces() -> Iterator[str]:
            for text in texts:
                parts = split_text(text, size=self._settings.parse_chunk_chars)
                plan.append(parts)
                yield from parts

        docs = self.nlp.pipe(pieces(), batch_size=self._settings.batch_size,
                             n_process=self._settings.n_process)
        for doc in docs:
            parts = plan.popleft()
            yield to_parse(doc, *(next(docs) for _ in range(len(parts) - 1)), texts=parts)


def load_model(settings: Settings):  # type: ignore[no-untyped-def]
    try:
        import spacy
    except ImportError as err:  # pragma: no cover - spaCy is a hard dependency
        raise ModelError("spaCy is not installed; run the README's set-up command") from err
    try:
        nlp = spacy.load(settings.model)
    except OSError as err:
        raise ModelError(
            f"spaCy model {settings.model!r} is not installed; run the README's set-up command"
        ) from err
    check_model(dict(nlp.meta), settings)
    _add_paragraph_breaks(nlp)
    _add_irregular_verbs(nlp)
    nlp.max_length = max(nlp.max_length, settings.max_chars + 1)
    return nlp


PARAGRAPH_COMPONENT = "newsevents_paragraph_breaks"


def _add_paragraph_breaks(nlp) -> None:  # type: ignore[no-untyped-def]
    """A sentence never runs across a paragraph break: the token after a blank line starts a
    new sentence (set before the parser, which respects pre-set boundaries)."""
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_COMPONENT):
        Language.component(PARAGRAPH_COMPONENT, func=mark_paragraph_starts)
    nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")


IRREGULAR_COMPONENT = "newsevents_irregular_verbs"


def _add_irregular_verbs(nlp) -> None:  # type: ignore[no-untyped-def]
    """After the lemmatizer: a verb left as its own lemma that the lemmatizer's table of
    irregular forms knows ("retook", when the tagger took the rare form for a base form)
    gets the table's lemma ("retake"). The table is the model's own."""
    from spacy.language import Language

    if "lemmatizer" not in nlp.pipe_names:
        return
    if not Language.has_factory(IRREGULAR_COMPONENT):
        Language.factory(IRREGULAR_COMPONENT, func=lambda nlp, name: irregular_verbs(nlp))
    nlp.add_pipe(IRREGULAR_COMPONENT, after="lemmatizer")


def irregular_verbs(nlp):  # type: ignore[no-untyped-def]
    """The component's function over the lemmatizer's table of irregular verb forms."""
    from spacy.attrs import LEMMA, LOWER, POS
    from spacy.symbols import VERB

    forms = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc").get("verb", {})
    table = {form: lemmas[0] for form, lemmas in dict(forms).items()
             if lemmas and lemmas[0] != form}

    def fix(doc):  # type: ignore[no-untyped-def]
        cols = doc.to_array([POS, LEMMA, LOWER])  # one array read, not a Token per word
        for i in ((cols[:, 0] == VERB) & (cols[:, 1] == cols[:, 2])).nonzero()[0]:
            token = doc[int(i)]
            if token.lower_ in table:
                token.lemma_ = table[token.lower_]
        return doc

    return fix


def mark_paragraph_starts(doc):  # type: ignore[no-untyped-def]
    """Set every paragraph start in one array write: assigning `Token.is_sent_start` checks
    the whole Doc for a parse each time, which made 100,000 paragraphs take hours."""
    from spacy.attrs import IS_SPACE, SENT_START

    starts = doc.to_array([SENT_START])
    found = False
    for i in doc.to_array([IS_SPACE])[:-1].nonzero()[0].tolist():  # a Token per space only
        if doc[i].text.count("\n") >= 2:
            starts[i + 1] = 1
            found = True
    if found:
        doc.from_array([SENT_START], starts)
    return doc


def check_model(meta: dict, settings: Settings) -> None:
    """Fail clearly when the loaded model is not the expected one (name, version, build)."""
    want_name = settings.model.split("_", 1)[-1]
    got = (meta.get("name"), meta.get("version"), meta.get("spacy_git_version"))
    want = (want_name, settings.model_version, settings.model_git_version)
    if got != want:
        raise ModelError(
            f"expected spaCy model {want[0]} {want[1]} (build {want[2]}), "
            f"found {got[0]} {got[1]} (build {got[2]})"
        )


def to_parse(doc, *more, texts: list[str] | None = None) -> Parse:  # type: ignore[no-untyped-def]
    """Convert spaCy Docs in bulk (`Doc.to_array`), not token by token: one Parse of the
    concatenated texts of `doc` and the pieces in `more` (token, sentence and character
    offsets shifted; each piece's sentences and trees stay its own), every token built once.
    `texts` are the pieces' texts when the caller has them (spaCy keeps a text as given), so
    that `Doc.text`, which joins every token, is not rebuilt."""
    tokens: list[Tok] = []
    sents: list[tuple[int, int]] = []
    ents: list[Ent] = []
    chars = 0
    texts = texts if texts is not None else [piece.text for piece in (doc, *more)]
    for piece, piece_text in zip((doc, *more), texts):
        base = len(tokens)
        _add_tokens(piece, piece_text, tokens, sents, chars=chars)
        ents.extend(_entities(tokens, base))
        chars += len(piece_text)
    return Parse(text="".join(texts), tokens=tuple(tokens), sents=tuple(sents), ents=tuple(ents))


def _entities(tokens: list[Tok], base: int) -> list[Ent]:
    """The named entities of tokens[base:] from their IOB codes (B opens one, I goes on, O
    ends it), as `Doc.ents` gives them but without building a spaCy Token per word."""
    out: list[Ent] = []
    begin: int | None = None
    for tok in tokens[base:]:
        if tok.ent_iob == "I" and begin is not None:
            continue
        if begin is not None:
            out.append(_entity(tokens, begin, tok.i))
            begin = None
        if tok.ent_iob in ("B", "I"):
            begin = tok.i
    if begin is not None:
        out.append(_entity(tokens, begin, len(tokens)))
    return out


def _entity(tokens: list[Tok], start: int, end: int) -> Ent:
    first, last = tokens[start], tokens[end - 1]
    return Ent(span=Span(first.idx, last.idx + len(last.text)), label=first.ent_type,
               start=start, end=end)


def _add_tokens(doc, text: str, tokens: list[Tok],  # type: ignore[no-untyped-def]
                sents: list[tuple[int, int]], *, chars: int) -> None:
    """Append the Doc's tokens and sentences, shifted past those already there. Built column
    by column: each column is one list, each string is looked up once per distinct value, and
    each token is one tuple made from its row (`tuple.__new__`, which `Tok._make` also calls)."""
    from spacy.attrs import (
        DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, LENGTH, POS, SENT_START, TAG,
    )

    array = doc.to_array(
        [IDX, LENGTH, HEAD, DEP, POS, TAG, LEMMA, ENT_TYPE, ENT_IOB, SENT_START])
    idx, length, _, dep, pos, tag, lemma, ent_type, ent_iob, starts = array.T.tolist()
    strings = doc.vocab.strings
    names = {k: strings[k] for k in set(dep).union(pos, tag, lemma, ent_type)}
    base, sent_base, n = len(tokens), len(sents), len(idx)
    heads = (array[:, 2].astype("int64") + numpy.arange(n, dtype="int64")).tolist()
    left, right = edge_lists(heads)
    sent_of, bounds = _sentences(starts)
    name = names.__getitem__
    tokens.extend(map(tuple.__new__, repeat(Tok), zip(
        range(base, base + n), [text[a:a + k] for a, k in zip(idx, length)],
        _shifted(idx, chars), map(name, lemma), map(name, pos), map(name, tag), map(name, dep),
        _shifted(heads, base), _shifted(sent_of, sent_base), _shifted(left, base),
        _shifted(right, base), map(name, ent_type), map(IOB.__getitem__, ent_iob))))
    sents.extend((a + base, b + base) for a, b in bounds)


def _shifted(values: list[int], by: int) -> list[int]:
    return [v + by for v in values] if by else values


IOB = ("", "I", "O", "B")


def _sentences(starts: list[int]) -> tuple[list[int], tuple[tuple[int, int], ...]]:
    """Sentence index of each token and sentence token ranges, from SENT_START flags."""
    sent_of, bounds, current = [], [], -1
    for i, flag in enumerate(starts):
        if i == 0 or flag == 1:
            current += 1
            bounds.append(i)
        sent_of.append(current)
    ends = bounds[1:] + [len(starts)]
    return sent_of, tuple(zip(bounds, ends))
