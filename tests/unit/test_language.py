"""Language detection: recorded on the article; languages not analysed are skipped with E111.

The non-English sentences below were written for this test (no third-party text)."""
from __future__ import annotations

import pytest

from newsevents.config import load_settings
from newsevents.errors import InputError
from newsevents.model import Article
from newsevents.pipeline import MIN_LANGUAGE_SCORE, Pipeline
from newsevents.registry import Resources
from newsevents.resources.language import (ENGLISH_SHARE, LinguaDetector, ScriptDetector,
                                            english_share, sample)
from newsevents.stages.segment import SegmentStage

ENGLISH = ("Rescue teams searched the rubble of the market on Tuesday after the floods, and the "
           "governor said dozens of families had left the valley.")
WRITTEN = {
    "ar": "قال المحافظ إن فرق الإنقاذ بحثت يوم الثلاثاء بين أنقاض السوق بعد الفيضانات، "
          "وإن عشرات العائلات غادرت الوادي.",
    "zh": "州长说，星期二洪水过后，救援队在市场的废墟中搜寻，数十个家庭已经离开了山谷。",
    "ru": "Губернатор сообщил, что во вторник спасатели обыскали развалины рынка после "
          "наводнения, а десятки семей покинули долину.",
    "fr": "Le gouverneur a déclaré mardi que les équipes de secours avaient fouillé les "
          "décombres du marché après les inondations et que des dizaines de familles avaient "
          "quitté la vallée.",
}


@pytest.fixture(scope="module")
def lingua() -> LinguaDetector:
    return LinguaDetector()


@pytest.mark.parametrize("code", sorted(WRITTEN))
def test_lingua_tells_the_language(lingua: LinguaDetector, code: str) -> None:
    found = lingua.detect(WRITTEN[code])
    assert found.code == code and found.score >= MIN_LANGUAGE_SCORE  # refused, not analysed


def test_the_probe_does_not_decide_a_long_article_framed_by_english(lingua: LinguaDetector
                                                                     ) -> None:
    """The fast look reads only a short probe; a French body between English furniture (a
    banner before it, a sharing line after it) is still French."""
    banner = "Breaking news from our partners: read more below and share this story. "
    body = " ".join([WRITTEN["fr"]] * 30)
    for text in (banner + body, body + banner * 3, banner * 2 + body + banner * 2):
        assert lingua.detect(text).code == "fr"


def test_lingua_english(lingua: LinguaDetector) -> None:
    found = lingua.detect(ENGLISH)
    assert (found.code, found.name) == ("en", "English") and found.score > 0.9


NAME_DENSE_ENGLISH = (
    "Floods hit Kabupaten Sleman, Kulon Progo, Gunungkidul and Bantul on Monday; Yogyakarta and "
    "Klaten were spared, the agency said.",
    "Residents of Desa Sukamaju, Kecamatan Cibeber and Kampung Baru fled to the district hall "
    "after the landslide, which the regent said had buried 14 homes.",
)


@pytest.mark.parametrize("text", NAME_DENSE_ENGLISH)
def test_english_dense_with_foreign_names_is_english(lingua: LinguaDetector, text: str) -> None:
    assert lingua.detect(text).code == "en"


@pytest.mark.parametrize("code", sorted(WRITTEN))
def test_other_languages_have_no_english_function_words(code: str) -> None:
    assert english_share(WRITTEN[code]) < ENGLISH_SHARE <= english_share(ENGLISH)


def test_sample_is_bounded_and_keeps_short_texts() -> None:
    assert sample(ENGLISH) == ENGLISH
    assert len(sample("x" * 3_000_000)) <= 3 * 1500 + 2


def pipeline(**settings: object) -> Pipeline:
    from .store.fakes import FakeParser

    resources = Resources(load_settings(**settings), parser=FakeParser(),
                          language_detector=ScriptDetector())
    return Pipeline([SegmentStage()], resources=resources)


def test_english_is_analysed_and_its_language_recorded() -> None:
    analysis = pipeline().run(Article(id="a", text=ENGLISH))
    assert analysis.article.language == "en" and analysis.article.language_score == 1.0


@pytest.mark.parametrize("code", ["ar", "zh", "ru"])
def test_other_languages_are_skipped_with_a_coded_diagnostic(code: str) -> None:
    texts = [Article(id="1", text=ENGLISH, origin="one"),
             Article(id="2", text=WRITTEN[code] * 2, origin="two"),
             Article(id="3", text=ENGLISH + " Again.", origin="three")]
    outcomes = list(pipeline().run_many(texts))
    assert [o.origin for o in outcomes] == ["one", "two", "three"]
    assert outcomes[0].analysis is not None and outcomes[2].analysis is not None
    error = outcomes[1].error
    assert error is not None and (error.stage, error.code) == ("language", "E111")
    assert f"({code}, confidence 1.00), which is not analysed (languages: en)" in error.message
    with pytest.raises(InputError, match=r"\[E111\]"):
        pipeline().run(texts[1])


def test_a_language_can_be_allowed_and_short_texts_are_not_judged() -> None:
    allowed = pipeline(languages=("en", "ru")).run(Article(id="r", text=WRITTEN["ru"]))
    assert allowed.article.language == "ru"
    short = pipeline().run(Article(id="s", text="Москва, 3 мая."))
    assert short.article.language == "ru"  # recorded, but too short to refuse


@pytest.mark.parametrize("text", [
    "Tens of thousands of protesters filled the square.",
    "Police said the convoy was ambushed near the border crossing late on Tuesday night.",
    "Der Zug kam an.",  # too short to refuse, even when it is not English
])
def test_short_or_english_texts_are_never_refused(lingua: LinguaDetector, text: str) -> None:
    from .store.fakes import FakeParser

    resources = Resources(load_settings(), parser=FakeParser(), language_detector=lingua)
    Pipeline([SegmentStage()], resources=resources).run(Article(id="t", text=text))


def test_run_traced_admits_like_run_many_and_keeps_the_parse() -> None:
    english, parse = pipeline().run_traced(Article(id="e", text=ENGLISH, origin="e"))
    assert english.analysis is not None and parse is not None
    assert english.analysis.article.language == "en"
    refused, none = pipeline().run_traced(Article(id="a", text=WRITTEN["ar"] * 2, origin="a"))
    assert none is None and refused.analysis is None
    assert refused.error is not None and refused.error.code == "E111"
