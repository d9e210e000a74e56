import pytest

from newsevents.model import Article, ArticleAnalysis
from newsevents.parse import build_parse
from newsevents.stages.actors.mentions import MentionStage


def run(parse):
    return MentionStage()(ArticleAnalysis(article=Article(id="t", text=parse.text)), parse)


def surfaces(analysis):
    return [(m.span.of(analysis.article.text), m.label) for m in analysis.mentions]


def test_norp_after_locative_cue_becomes_a_place():
    parse = build_parse("Commanders met in Karbala on Friday", ents=[(3, 4, "NORP")])
    assert surfaces(run(parse)) == [("Karbala", "GPE")]


@pytest.mark.parametrize(("text", "pos"), [
    ("Life in Nazi Germany was grim", ["NOUN", "ADP", "ADJ", "PROPN", "AUX", "ADJ"]),
    ("Shells fell in Syrian territory today", ["NOUN", "VERB", "ADP", "ADJ", "NOUN", "NOUN"]),
])
def test_a_nationality_before_a_noun_or_name_after_a_locative_cue_stays_norp(
        text: str, pos: list[str]) -> None:
    k = text.split().index("Nazi" if "Nazi" in text else "Syrian")
    parse = build_parse(text, ents=[(k, k + 1, "NORP")], pos=pos)
    assert surfaces(run(parse))[0][1] == "NORP"


def test_province_noun_joins_the_place():
    parse = build_parse("Fighting spread to Diyala province overnight", ents=[(3, 4, "GPE")])
    assert surfaces(run(parse)) == [("Diyala province", "GPE")]


def test_town_of_pattern():
    parse = build_parse("in the town of Samarra today", ents=[(4, 5, "ORG")])
    assert surfaces(run(parse)) == [("Samarra", "GPE")]


def test_norp_as_modifier_stays_norp():
    parse = build_parse("Iraqi officials said", ents=[(0, 1, "NORP")])
    assert surfaces(run(parse)) == [("Iraqi", "NORP")]


def test_split_person_name_is_rejoined():
    parse = build_parse("Commissioner Navi Pillay spoke", pos=["PROPN", "PROPN", "PROPN", "VERB"],
                        ents=[(1, 2, "PERSON"), (2, 3, "PERSON")])
    assert surfaces(run(parse)) == [("Navi Pillay", "PERSON")]


def test_person_extended_over_following_proper_noun():
    parse = build_parse("Minister Ahmed Bakr said", pos=["PROPN", "PROPN", "PROPN", "VERB"],
                        ents=[(1, 2, "PERSON")])
    assert surfaces(run(parse)) == [("Ahmed Bakr", "PERSON")]


def test_leading_article_dropped():
    parse = build_parse("the United Nations warned", ents=[(0, 3, "ORG")])
    assert surfaces(run(parse)) == [("United Nations", "ORG")]


@pytest.mark.model
def test_mentions_on_real_parse(analyze_text):
    analysis = analyze_text("Soldiers gathered in the town of Tikrit, north of Baghdad, "
                            "on Friday.", until="mentions")
    found = {(m.span.of(analysis.article.text), m.label) for m in analysis.mentions}
    assert ("Tikrit", "GPE") in found and ("Baghdad", "GPE") in found
