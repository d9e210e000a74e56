"""Paragraph starts are set in one pass: 20,000 paragraphs take well under a second (setting
`Token.is_sent_start` one by one re-checked the whole Doc each time: minutes)."""
from __future__ import annotations

import time

from newsevents.nlp import mark_paragraph_starts


def test_paragraph_starts_are_linear_in_paragraphs() -> None:
    import spacy

    nlp = spacy.blank("en")
    text = "\n\n".join(f"Item {k} was reported." for k in range(20_000))
    doc = nlp.make_doc(text)
    started = time.perf_counter()
    mark_paragraph_starts(doc)
    assert time.perf_counter() - started < 3.0
    starts = [t.i for t in doc[1:] if t.is_sent_start]
    assert len(starts) == 20_000 - 1 and all(doc[i - 1].text == "\n\n" for i in starts)
