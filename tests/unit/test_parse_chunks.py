"""Long texts are parsed in pieces cut at paragraphs; the joined Parse has exact offsets."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents.config import load_settings
from newsevents.nlp import to_parse
from newsevents.parse import Parse, split_text


@given(st.text(alphabet="ab .\n", max_size=400), st.integers(5, 60))
def test_split_text_covers_the_text_in_bounded_pieces(text: str, size: int) -> None:
    pieces = split_text(text, size=size)
    assert "".join(pieces) == text
    assert all(len(p) <= size + text.count("\n") + text.count(" ") for p in pieces)


def test_split_text_cuts_after_paragraph_breaks() -> None:
    text = "\n\n".join(f"Paragraph {k} is here." for k in range(50))
    pieces = split_text(text, size=100)
    assert len(pieces) > 5 and all(p.endswith("\n\n") for p in pieces[:-1])


def _doc(nlp, words, spaces, *, heads, sent_starts, ents):  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, sent_starts=sent_starts,
               deps=["dep"] * len(words), lemmas=[w.lower() for w in words], ents=ents)


def test_docs_in_pieces_become_one_parse_with_every_offset_shifted() -> None:
    import spacy

    nlp = spacy.blank("en")
    a = _doc(nlp, ["Troops", "shelled", "Homs", ".", "\n\n"], [True, True, False, False, False],
             heads=[1, 1, 1, 1, 3], sent_starts=[1, 0, 0, 0, 0],
             ents=["O", "O", "B-GPE", "O", "O"])
    b = _doc(nlp, ["Rebels", "fled", ".", "They", "ran", "."], [True, False, True, True, False,
             False], heads=[1, 1, 1, 4, 4, 4], sent_starts=[1, 0, 0, 1, 0, 0],
             ents=["B-NORP", "O", "O", "O", "O", "O"])
    joined = to_parse(a, b)
    assert joined.text == a.text + b.text == "Troops shelled Homs.\n\nRebels fled. They ran."
    assert [(t.i, t.text, t.idx, t.head, t.sent, t.left, t.right) for t in joined.tokens] == [
        (0, "Troops", 0, 1, 0, 0, 0), (1, "shelled", 7, 1, 0, 0, 4), (2, "Homs", 15, 1, 0, 2, 2),
        (3, ".", 19, 1, 0, 3, 4), (4, "\n\n", 20, 3, 0, 4, 4),
        (5, "Rebels", 22, 6, 1, 5, 5), (6, "fled", 29, 6, 1, 5, 7), (7, ".", 33, 6, 1, 7, 7),
        (8, "They", 35, 9, 2, 8, 8), (9, "ran", 40, 9, 2, 8, 10), (10, ".", 43, 9, 2, 10, 10)]
    assert all(joined.text[t.idx:t.end] == t.text for t in joined.tokens)
    assert joined.sents == ((0, 5), (5, 8), (8, 11))
    assert [(e.span.of(joined.text), e.label, e.start, e.end) for e in joined.ents] == [
        ("Homs", "GPE", 2, 3), ("Rebels", "NORP", 5, 6)]
    assert [k.i for k in joined.children(6)] == [5, 7]
    assert to_parse(a) == Parse(text=a.text, tokens=joined.tokens[:5], sents=((0, 5),),
                                ents=joined.ents[:1])


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
