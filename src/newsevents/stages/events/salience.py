"""The event a sentence reports: its main clause before what hangs on it.

An event's rank is (subordinate, depth, position): events in the main clause (or in the content
under a reporting verb, whose verb is no event) come before events in relative clauses, in
adverbial clauses of time, cause or condition ("after rebels seized the town, …"), in clauses
on nouns and in time phrases ("after the attack"); among the rest the trigger nearest the root
of the dependency tree wins, then the earliest.
"""
from __future__ import annotations

from ...model import Event
from ...parse import Parse

SUBORDINATE_DEPS = frozenset({"relcl", "acl"})
BACKGROUND_MARKS = frozenset({"after", "before", "since", "as", "when", "while", "because",
                              "until", "once", "although", "though", "whereas", "if", "unless"})
BACKGROUND_PREPS = frozenset({"after", "before", "since", "following", "despite", "amid",
                              "during", "until", "like", "than"})


def main_event(events: tuple[Event, ...] | list[Event], parse: Parse) -> Event | None:
    """The event the sentence (or text) reports; None when there is no event."""
    if not events:
        return None
    starts = {t.idx: t.i for t in parse.tokens}
    return min(events, key=lambda e: rank(parse, starts.get(e.trigger.start)) + (
        e.trigger.start,))


def rank(parse: Parse, i: int | None) -> tuple[int, int]:
    if i is None:
        return (2, 99)
    path = [parse.tokens[i], *parse.ancestors(i)]
    return (int(any(_is_background(parse, tok) for tok in path[:-1])), len(path) - 1)


def _is_background(parse: Parse, tok) -> bool:  # type: ignore[no-untyped-def]
    if tok.dep in SUBORDINATE_DEPS:
        return True
    if tok.dep == "advcl":
        return any(k.dep == "mark" and k.lemma.lower() in BACKGROUND_MARKS
                   for k in parse.children(tok.i))
    return tok.dep == "prep" and tok.lemma.lower() in BACKGROUND_PREPS
