"""A rare irregular past form the tagger takes for a base form keeps no wrong lemma: the
model's own table of irregular forms gives it ("retook" → "retake"), so the event is found."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "verb", "lemma"), [
    ("Government troops retook the town on Sunday.", "retook", "retake"),
    ("The army said it retook two villages near the border.", "retook", "retake"),
])
def test_an_irregular_past_gets_its_lemma(resources, text: str, verb: str,  # type: ignore[no-untyped-def]
                                          lemma: str) -> None:
    parse = resources.get("parser").parse(text)
    (tok,) = [t for t in parse.tokens if t.text == verb]
    assert tok.lemma == lemma


def test_the_retaken_town_is_an_event(analyze_text) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze_text("Government troops retook the town on Sunday.", until="events")
    assert [e.cameo_code for e in analysis.events] == ["192"]
