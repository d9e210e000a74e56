"""Long texts are parsed in pieces cut at paragraphs; the joined Parse has exact offsets."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents.config import load_settings
from newsevents.parse import build_parse, join_parses, split_text


@given(st.text(alphabet="ab .\n", max_size=400), st.integers(5, 60))
def test_split_text_covers_the_text_in_bounded_pieces(text: str, size: int) -> None:
    pieces = split_text(text, size=size)
    assert "".join(pieces) == text
    assert all(len(p) <= size + text.count("\n") + text.count(" ") for p in pieces)


def test_split_text_cuts_after_paragraph_breaks() -> None:
    text = "\n\n".join(f"Paragraph {k} is here." for k in range(50))
    pieces = split_text(text, size=100)
    assert len(pieces) > 5 and all(p.endswith("\n\n") for p in pieces[:-1])


def test_join_parses_shifts_every_offset() -> None:
    a = build_parse("Troops shelled Homs.\n\n", heads=[1, 1, 1], sent_starts=[0],
                    ents=[(2, 3, "GPE")])
    b = build_parse("Rebels fled.", heads=[1, 1, 1][:2], ents=[(0, 1, "NORP")])
    joined = join_parses([a, b])
    assert joined.text == a.text + b.text
    assert [(t.i, t.text, t.idx, t.head, t.sent) for t in joined.tokens] == [
        (0, "Troops", 0, 1, 0), (1, "shelled", 7, 1, 0), (2, "Homs.", 15, 1, 0),
        (3, "Rebels", 22, 4, 1), (4, "fled.", 29, 4, 1)]
    assert joined.sents == ((0, 3), (3, 5))
    assert [(e.span.of(joined.text), e.start, e.end) for e in joined.ents] == [
        ("Homs.", 2, 3), ("Rebels", 3, 4)]


@pytest.mark.model
def test_spacy_parse_in_pieces_matches_the_whole() -> None:
    from newsevents.nlp import SpacyParser

    text = "\n\n".join(
        f"Government forces shelled the town of Homs on Monday, killing {k + 3} people. "
        f"\"We saw the smoke,\" said a resident, who asked not to be named." for k in range(40))
    whole = SpacyParser(load_settings(parse_chunk_chars=10**6)).parse(text)
    pieces = SpacyParser(load_settings(parse_chunk_chars=700)).parse(text)
    assert pieces.text == text
    assert [(t.text, t.idx) for t in pieces.tokens] == [(t.text, t.idx) for t in whole.tokens]
    assert pieces.sents == whole.sents
    same = sum(a.pos == b.pos and a.head == b.head for a, b in zip(pieces.tokens, whole.tokens))
    assert same / len(whole.tokens) > 0.97
