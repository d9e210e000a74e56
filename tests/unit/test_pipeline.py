from dataclasses import dataclass

import pytest

from newsevents.config import load_settings
from newsevents.errors import PipelineError
from newsevents.model import Article, ArticleAnalysis, Mention, Span
from newsevents.parse import build_parse
from newsevents.pipeline import Pipeline, build_pipeline, check_order
from newsevents.registry import Resources, make_stage
from newsevents.stages.base import updated


class FakeParser:
    name, version = "fake", "0"

    def parse(self, text):
        return build_parse(text)

    def parse_many(self, texts):
        return (self.parse(t) for t in texts)


@dataclass
class Step:
    name: str
    requires: frozenset
    provides: frozenset
    fail_on: str | None = None

    def __call__(self, analysis, parse):
        if self.fail_on and self.fail_on in analysis.article.text:
            raise RuntimeError("boom")
        mention = Mention(span=Span(0, 1), label="X", sentence=0)
        return updated(analysis, self.name, mentions=analysis.mentions + (mention,))


def make_pipeline(*stages, **settings):
    resources = Resources(load_settings(**settings), parser=FakeParser())
    return Pipeline(list(stages), resources=resources)


def test_pipeline_checks_requires_at_build():
    late = Step("b.v1", frozenset({"mentions"}), frozenset({"events"}))
    with pytest.raises(PipelineError, match="b.v1 requires mentions"):
        check_order([late])


def test_pipeline_accepts_satisfied_order():
    first = Step("a.v1", frozenset({"article", "parse"}), frozenset({"mentions"}))
    then = Step("b.v1", frozenset({"mentions"}), frozenset({"events"}))
    analysis = make_pipeline(first, then).run(Article(id="x", text="Some text here"))
    assert analysis.stages_run == ("a.v1", "b.v1")
    assert len(analysis.mentions) == 2


def test_run_raises_but_run_many_records_and_goes_on():
    step = Step("a.v1", frozenset({"article"}), frozenset({"mentions"}), fail_on="bad")
    pipeline = make_pipeline(step)
    with pytest.raises(RuntimeError):
        pipeline.run(Article(id="1", text="a bad one"))
    outcomes = list(pipeline.run_many([Article(id="1", text="a bad one", origin="in.txt"),
                                       Article(id="2", text="a good one")]))
    assert outcomes[0].analysis is None
    assert outcomes[0].origin == "in.txt"
    assert outcomes[0].error.code == "E401" and "boom" in outcomes[0].error.message
    assert outcomes[1].analysis is not None


def test_span_validation_catches_a_bad_stage():
    class Bad(Step):
        def __call__(self, analysis, parse):
            mention = Mention(span=Span(0, 999), label="X", sentence=0)
            return updated(analysis, self.name, mentions=(mention,))

    pipeline = make_pipeline(Bad("bad.v1", frozenset(), frozenset({"mentions"})),
                             check_spans=True)
    with pytest.raises(PipelineError, match="bad.v1 produced bad spans"):
        pipeline.run(Article(id="1", text="short"))


def test_unknown_stage_name_lists_known_ones():
    with pytest.raises(PipelineError, match="unknown stage 'nope.v1'; known stages: "):
        make_stage("nope.v1", Resources(load_settings()))


def test_build_pipeline_uses_injected_resources():
    resources = Resources(load_settings(), parser=FakeParser())
    pipeline = build_pipeline(resources=resources, stages=("segment.spacy.v1",))
    analysis = pipeline.run(Article(id="1", text="One two three"))
    assert isinstance(analysis, ArticleAnalysis)
    assert [s.span for s in analysis.sentences] == [Span(0, 13)]
