import json

from hypothesis import given, settings

from newsevents.io.serialize import dumps, from_dict, loads, to_dict
from newsevents.spans import validate_spans
from tests.strategies import analyses


@given(analyses())
@settings(max_examples=150, deadline=None)
def test_serialize_roundtrip_is_exact(analysis):
    assert from_dict(to_dict(analysis)) == analysis
    assert loads(dumps(analysis)) == analysis


@given(analyses())
@settings(max_examples=100, deadline=None)
def test_serialized_span_text_equals_surface(analysis):
    data = json.loads(dumps(analysis))
    text = analysis.article.text
    for actor in data["actors"]:
        for m in actor["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    for event in data["events"]:
        trig = event["trigger"]
        assert text[trig["start"]:trig["end"]] == trig["text"]


@given(analyses())
@settings(max_examples=100, deadline=None)
def test_generated_spans_are_valid(analysis):
    assert validate_spans(analysis) == []
