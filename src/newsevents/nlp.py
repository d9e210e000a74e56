"""The only module that imports spaCy: load and check the model, convert Docs into Parses."""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Protocol

from .config import Settings
from .errors import ModelError
from .parse import Ent, Parse, Tok, _edges, join_parses, split_text


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
        plan: deque[int] = deque()

        def pieces() -> Iterator[str]:
            for text in texts:
                parts = split_text(text, size=self._settings.parse_chunk_chars)
                plan.append(len(parts))
                yield from parts

        docs = self.nlp.pipe(pieces(), batch_size=self._settings.batch_size,
                             n_process=self._settings.n_process)
        for doc in docs:
            count = plan.popleft()
            parts = [to_parse(doc)] + [to_parse(next(docs)) for _ in range(count - 1)]
            yield parts[0] if count == 1 else join_parses(parts)


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


def mark_paragraph_starts(doc):  # type: ignore[no-untyped-def]
    """Set every paragraph start in one array write: assigning `Token.is_sent_start` checks
    the whole Doc for a parse each time, which made 100,000 paragraphs take hours."""
    from spacy.attrs import SENT_START

    starts = doc.to_array([SENT_START])
    found = False
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            starts[token.i + 1] = 1
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


def to_parse(doc) -> Parse:  # type: ignore[no-untyped-def]
    """Convert a spaCy Doc in bulk (`Doc.to_array`), not token by token."""
    from spacy.attrs import (
        DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, LENGTH, POS, SENT_START, TAG,
    )

    cols = doc.to_array(
        [IDX, LENGTH, HEAD, DEP, POS, TAG, LEMMA, ENT_TYPE, ENT_IOB, SENT_START]).tolist()
    text, strings = doc.text, doc.vocab.strings
    names = {k: strings[k] for k in {v for row in cols for v in row[3:8]}}
    heads = [i + _signed(row[2]) for i, row in enumerate(cols)]
    edges = _edges(heads)
    sent_of, sents = _sentences([row[9] for row in cols])
    tokens = tuple(
        Tok(i, text[row[0]:row[0] + row[1]], row[0], names[row[6]], names[row[4]],
            names[row[5]], names[row[3]], heads[i], sent_of[i], edges[i][0], edges[i][1],
            names[row[7]], IOB[row[8]])
        for i, row in enumerate(cols)
    )
    ents = tuple(Ent(span=_span(e), label=e.label_, start=e.start, end=e.end) for e in doc.ents)
    return Parse(text=text, tokens=tokens, sents=sents, ents=ents)


IOB = ("", "I", "O", "B")


def _signed(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


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


def _span(ent):  # type: ignore[no-untyped-def]
    from .model import Span

    return Span(ent.start_char, ent.end_char)
