"""Named-entity mentions from the parse, with the fix-ups news text needs.

- a capitalised name after a locative cue ("in X", "town of X") or before an admin noun
  ("X province") is a place even when the model said NORP/ORG/PERSON (not a nationality
  word before a noun or a name: "in Nazi Germany", "in Syrian territory");
- "X province/governorate/region/district" becomes one place mention;
- a person's name split into pieces ("Navi" + "Pillay") is re-joined;
- a leading "the" is dropped from names.
"""
from __future__ import annotations

from ...model import ArticleAnalysis, Mention, Span
from ...parse import Ent, Parse
from ...registry import Resources
from ..base import updated

LOCATIVE_CUES = frozenset({"in", "near", "outside", "around", "across", "from", "into", "at"})
PLACE_NOUNS = frozenset({
    "province", "governorate", "region", "district", "state", "county", "oblast",
    "prefecture", "municipality",
})
TOWN_NOUNS = frozenset({"town", "city", "village", "capital", "district", "province"})
KEEP_LABELS = frozenset({
    "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "QUANTITY",
    "ORDINAL", "EVENT", "MONEY", "PERCENT", "LANGUAGE", "LAW", "PRODUCT", "WORK_OF_ART",
})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


class MentionStage:
    name = "mentions.rules.v1"
    requires = frozenset({"article", "parse", "sentences"})
    provides = frozenset({"mentions"})

    def __call__(self, analysis: ArticleAnalysis, parse: Parse) -> ArticleAnalysis:
        ents = rejoin_names(parse, list(parse.ents))
        mentions = [fix_mention(parse, ent) for ent in ents if ent.label in KEEP_LABELS]
        return updated(analysis, self.name, mentions=tuple(mentions))


def fix_mention(parse: Parse, ent: Ent) -> Mention:
    start, end, label = ent.start, ent.end, ent.label
    tokens = parse.tokens
    if label in NAME_LABELS and tokens[start].text.lower() == "the" and end - start > 1:
        start += 1
    if label in {"NORP", "ORG", "PERSON", "GPE", "LOC"} and _is_place_context(parse, start, end):
        label = "GPE" if label != "LOC" else "LOC"
        if end < len(tokens) and tokens[end].text.lower() in PLACE_NOUNS:
            end += 1
    span = parse.span_of(start, end)
    return Mention(span=span, label=label, sentence=tokens[start].sent)


def _is_place_context(parse: Parse, start: int, end: int) -> bool:
    tokens = parse.tokens
    if not tokens[start].text[:1].isupper():
        return False
    if end < len(tokens) and tokens[end].text.lower() in PLACE_NOUNS:
        return True
    prev = tokens[start - 1].text.lower() if start > 0 else ""
    if prev in LOCATIVE_CUES and tokens[start].ent_type in {"NORP", "GPE", "LOC"}:
        # a nationality before a noun or a name modifies it ("in Nazi Germany", "in Syrian
        # territory"): the noun phrase, not the word, is where
        return not (tokens[start].ent_type == "NORP" and end < len(tokens)
                    and tokens[end].pos in {"NOUN", "PROPN"})
    before = tokens[start - 2].text.lower() if start > 1 else ""
    return prev == "of" and before in TOWN_NOUNS


def rejoin_names(parse: Parse, ents: list[Ent]) -> list[Ent]:
    """Merge PERSON pieces separated by nothing but white space, and extend a PERSON over
    directly following capitalised proper nouns the model left out."""
    out: list[Ent] = []
    for ent in ents:
        ent = _extend_person(parse, ent)
        if out and _adjacent_person(parse, out[-1], ent):
            prev = out.pop()
            ent = Ent(span=Span(prev.span.start, ent.span.end), label="PERSON",
                      start=prev.start, end=ent.end)
        out.append(ent)
    return out


def _adjacent_person(parse: Parse, a: Ent, b: Ent) -> bool:
    if "PERSON" not in {a.label, b.label} or a.end != b.start:
        return False
    gap = parse.text[a.span.end:b.span.start]
    return gap.strip() == "" and {a.label, b.label} <= {"PERSON", "NORP", "ORG"}


def _extend_person(parse: Parse, ent: Ent) -> Ent:
    if ent.label != "PERSON":
        return ent
    end = ent.end
    while (end < len(parse.tokens) and parse.tokens[end].pos == "PROPN"
           and not parse.tokens[end].ent_type and parse.tokens[end].text[:1].isupper()
           and parse.tokens[end].sent == parse.tokens[ent.start].sent):
        end += 1
    if end == ent.end:
        return ent
    return Ent(span=parse.span_of(ent.start, end), label="PERSON", start=ent.start, end=end)


def make_stage(resources: Resources) -> MentionStage:
    return MentionStage()
