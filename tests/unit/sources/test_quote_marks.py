"""Direct quotes found by their marks: straight, curly, across paragraphs, nested, apostrophes."""
from __future__ import annotations

from newsevents.stages.quotes.marks import find_marked


def contents(text: str) -> list[str]:
    return [m.content.of(text) for m in find_marked(text)]


def test_straight_and_curly_marks() -> None:
    text = 'He said "we will stay" and later \u201cwe will go,\u201d she said.'
    assert contents(text) == ["we will stay", "we will go"]


def test_quote_running_over_paragraphs_is_one_quote() -> None:
    text = "\u201cThe first part ends here.\n\n\u201cThe second part,\u201d the mayor said."
    (marked,) = find_marked(text)
    assert marked.content.of(text).startswith("The first part")
    assert marked.content.of(text).endswith("The second part")


def test_unclosed_paragraph_not_followed_by_a_quote_stops_at_its_end() -> None:
    text = "\u201cThe first part ends here.\n\nThe reporter went on."
    assert contents(text) == ["The first part ends here."]


def test_nested_single_marks_stay_inside() -> None:
    text = "\u201cThey told us \u2018leave now,\u2019 and we left,\u201d a resident said."
    assert contents(text) == ["They told us \u2018leave now,\u2019 and we left"]


def test_apostrophes_are_not_quote_marks() -> None:
    text = "Iraq's army and the rebels' leaders don't agree, officials' notes say."
    assert contents(text) == []
