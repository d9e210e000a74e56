"""Pipeline: ordered stages checked at build time; `run` raises, `run_many` records and goes on."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from .config import Settings, load_settings
from .errors import InputError, NewsEventsError, PipelineError
from .model import Article, ArticleAnalysis, Diagnostic
from .parse import Parse
from .registry import Resources, make_stage
from .spans import validate_spans
from .stages.base import BUILTIN_PROVIDES, Stage

MIN_LANGUAGE_SCORE = 0.95  # below this the detector is unsure: the article is analysed
MIN_LETTERS = 40  # a text with fewer letters is too short to tell its language
UNSUPPORTED = "E111"


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome:
    """One input's result in a batch: an analysis, the diagnostic saying why there is none,
    or `known` when the article's id was among those the caller asked to skip."""

    origin: str
    analysis: ArticleAnalysis | None = None
    error: Diagnostic | None = None
    known: bool = False


class Pipeline:
    def __init__(self, stages: Sequence[Stage], *, resources: Resources) -> None:
        check_order(stages)
        self.stages = tuple(stages)
        self.resources = resources
        self.settings = resources.settings

    @property
    def parser(self):  # type: ignore[no-untyped-def]
        return self.resources.get("parser")

    def run(self, article: Article) -> ArticleAnalysis:
        """Analyse one article; any stage error is raised (E111 for a language not analysed)."""
        admitted = self.admit(article)
        if isinstance(admitted, Diagnostic):
            raise InputError(article.origin or article.id, admitted.message, code=admitted.code)
        return self._apply(admitted, self.parser.parse(admitted.text))

    def run_traced(self, article: Article) -> tuple[Outcome, Parse | None]:
        """`run_many`'s path for one article (language admission, the parse, every stage; a
        failure becomes the outcome's diagnostic), with the parse kept for callers that read
        spans of it (the evaluations)."""
        admitted = self._admitted(article)
        if isinstance(admitted, Outcome):
            return admitted, None
        parse = self.parser.parse(admitted.text)
        return self.run_parsed(admitted, parse), parse

    def admit(self, article: Article) -> Article | Diagnostic:
        """The article with its detected language recorded, or the E111 diagnostic when it is
        confidently written in a language this pipeline does not analyse."""
        found = self.resources.get("language_detector").detect(article.text)
        article = replace(article, language=found.code if found.code != "und" else
                          article.language, language_score=found.score)
        letters = sum(1 for c in article.text[:4 * MIN_LETTERS] if c.isalpha())
        if (found.code in self.settings.languages or found.code == "und"
                or found.score < MIN_LANGUAGE_SCORE or letters < MIN_LETTERS):
            return article
        return Diagnostic(stage="language", code=UNSUPPORTED, message=(
            f"written in {found.name} ({found.code}, confidence {found.score:.2f}), which is "
            f"not analysed (languages: {', '.join(self.settings.languages)})"))

    def run_many(self, articles: Iterable[Article]) -> Iterator[Outcome]:
        """Analyse many articles; a failing article becomes a diagnostic and the batch goes on."""
        pending: list[Article | Outcome] = []
        for article in articles:
            pending.append(self._admitted(article))
            if len(pending) >= self.settings.batch_size * max(1, self.settings.n_process):
                yield from self._run_batch(pending)
                pending = []
        yield from self._run_batch(pending)

    def _admitted(self, article: Article) -> Article | Outcome:
        admitted = self.admit(article)
        if isinstance(admitted, Diagnostic):
            return Outcome(origin=article.origin or article.id, error=admitted)
        return admitted

    def _run_batch(self, batch: list[Article | Outcome]) -> Iterator[Outcome]:
        articles = [entry for entry in batch if isinstance(entry, Article)]
        parses = iter(self.parser.parse_many(a.text for a in articles))
        for entry in batch:
            yield self.run_parsed(entry, next(parses)) if isinstance(entry, Article) else entry

    def run_parsed(self, article: Article, parse: Parse) -> Outcome:
        origin = article.origin or article.id
        try:
            return Outcome(origin=origin, analysis=self._apply(article, parse))
        except NewsEventsError as err:
            diag = Diagnostic(stage="pipeline", code=err.code, message=err.message)
        except Exception as err:  # noqa: BLE001 - a batch must survive a bug in one article
            diag = Diagnostic(stage="pipeline", code="E401", message=f"{type(err).__name__}: {err}")
        return Outcome(origin=origin, error=diag)

    def _apply(self, article: Article, parse: Parse) -> ArticleAnalysis:
        analysis = ArticleAnalysis(article=article)
        for stage in self.stages:
            analysis = stage(analysis, parse)
            if self.settings.check_spans:
                problems = validate_spans(analysis)
                if problems:
                    raise PipelineError(f"stage {stage.name} produced bad spans: {problems[:3]}")
        return analysis


def check_order(stages: Sequence[Stage]) -> None:
    """Fail at build time when a stage needs something no earlier stage provides."""
    available = set(BUILTIN_PROVIDES)
    for stage in stages:
        missing = stage.requires - available
        if missing:
            raise PipelineError(
                f"stage {stage.name} requires {', '.join(sorted(missing))}, "
                "which no earlier stage provides"
            )
        available |= stage.provides


def build_pipeline(
    settings: Settings | None = None, *, resources: Resources | None = None, **overrides: object
) -> Pipeline:
    """A pipeline from settings (defaults, keyword overrides) and optional injected resources."""
    settings = settings or load_settings()
    if overrides:
        settings = settings.with_(**overrides)
    resources = resources or Resources(settings)
    if resources.settings is not settings:
        resources = Resources(settings, **resources._cache)  # noqa: SLF001
    stages = [make_stage(name, resources) for name in settings.stages]
    return Pipeline(stages, resources=resources)

