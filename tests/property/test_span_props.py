"""Properties of the real pipeline on generated news-like text: every span lies inside the
article text, surfaces serialise exactly, and running twice gives equal analyses."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.io.serialize import to_dict
from newsevents.spans import iter_spans, validate_spans

pytestmark = pytest.mark.model

SUBJECTS = ["Rebels", "The army", "Police", "Protesters", "President Amina Diallo",
            "The United Nations", "Officials in Kabul", "He", "They", "A senior official"]
VERBS = ["seized", "attacked", "denied", "said", "fled", "arrested", "met", "threatened",
         "will not send", "may have killed"]
OBJECTS = ["the town of Gao", "about 300 troops", "more than 1,200 people", "Baghdad",
           "the reports", "\u201cwe are ready\u201d", "two journalists", "dozens of civilians"]
TAILS = ["", " on Tuesday", " in Idlib province", ", officials said", " earlier this week",
         " \u2014 according to the IOM"]

sentence = st.builds(lambda s, v, o, t: f"{s} {v} {o}{t}.", st.sampled_from(SUBJECTS),
                     st.sampled_from(VERBS), st.sampled_from(OBJECTS), st.sampled_from(TAILS))
paragraphs = st.lists(st.lists(sentence, min_size=1, max_size=3).map(" ".join),
                      min_size=1, max_size=4).map("\n\n".join)


@given(paragraphs)
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_pipeline_spans_are_inside_text_and_stable(analyze_text, text):
    analysis = analyze_text(text, published=None)
    assert validate_spans(analysis) == []
    assert all(0 <= s.start <= s.end <= len(text) for s in iter_spans(analysis.events))
    data = to_dict(analysis)
    for key in ("actors", "places"):
        for record in data[key]:
            assert all(text[m["start"]:m["end"]] == m["text"] for m in record["mentions"])
    for key in ("quotes", "figures", "claims"):
        assert all(text[r["start"]:r["end"]] == r["text"] for r in data[key])
    assert analyze_text(text, published=None) == analysis
