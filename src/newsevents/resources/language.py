"""Which language an article is written in: lingua (offline, models inside its wheel) behind a
small Protocol, with a script-counting double for tests.

Only a sample of a long text is looked at (its start, middle and end), so detection costs the
same for a 2 MB report as for a news item. The detector chooses among the languages news is
commonly published in, not all 75 lingua knows: a smaller set is faster and confuses less.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Protocol

from ..config import Settings

SAMPLE = 1500  # characters from each of the start, middle and end of a text
PROBE = 200  # the same, for the fast first look (lingua's cost grows with the text's length)
NEWS_LANGUAGES = (
    "ENGLISH", "ARABIC", "CHINESE", "RUSSIAN", "FRENCH", "SPANISH", "GERMAN", "PORTUGUESE",
    "ITALIAN", "DUTCH", "TURKISH", "PERSIAN", "UKRAINIAN", "POLISH", "HINDI", "URDU",
    "JAPANESE", "KOREAN", "INDONESIAN", "HEBREW", "SWAHILI", "SOMALI", "VIETNAMESE",
)

# English function words that are not also common words of the other NEWS_LANGUAGES written in
# Latin script ("in", "is", "was", "had", "a" are left out: Dutch, German, Indonesian use them).
ENGLISH_FUNCTION_WORDS = frozenset({
    "the", "of", "and", "to", "that", "with", "for", "on", "by", "from", "has", "have", "were",
    "been", "it", "its", "they", "their", "this", "these", "which", "who", "after", "said",
    "would", "will", "not", "but", "he", "she", "his", "her", "are", "an", "at", "into",
})
ENGLISH_SHARE = 0.15  # English prose runs at 0.3–0.5 of its words; names do not dilute it below
WORD = re.compile(r"[^\W\d_]+")


def english_share(text: str) -> float:
    """The share of a text's words that are English function words: high for English prose
    whatever names it holds (a report listing Indonesian villages), near 0 for other languages."""
    words = WORD.findall(text.lower())
    return sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS) / len(words) if words else 0.0


@dataclass(frozen=True, slots=True)
class Detected:
    code: str  # ISO 639-1, lower case ("en", "ar"); "und" when nothing could be told
    name: str  # English name ("Arabic")
    score: float  # the detector's confidence, 0..1


class LanguageDetector(Protocol):
    name: str
    version: str

    def detect(self, text: str) -> Detected: ...


def sample(text: str, size: int = SAMPLE) -> str:
    """At most 3 × `size` characters: start, middle and end of the text."""
    if len(text) <= 3 * size:
        return text
    middle = len(text) // 2
    return " ".join((text[:size], text[middle:middle + size], text[-size:]))


class LinguaDetector:
    """lingua-language-detector over NEWS_LANGUAGES: its fast (low accuracy) mode first, on a
    short probe (3 × PROBE characters: most articles are English, and lingua's cost grows
    with the text), and its high accuracy mode, on the whole sample, to confirm any answer
    other than English (the fast mode takes one short English sentence in a hundred for
    Dutch or French; the accurate one none in 6,000 at the confidence that refuses an
    article). Its letter statistics take English prose that
    is dense with foreign names for that language ("Floods hit Kulon Progo and Bantul ..." is
    "Indonesian"): a text whose words are mostly English function words is English."""

    name = "lingua"

    def __init__(self, settings: Settings | None = None) -> None:
        from importlib.metadata import version

        from lingua import Language, LanguageDetectorBuilder

        builder = LanguageDetectorBuilder.from_languages(
            *(getattr(Language, n) for n in NEWS_LANGUAGES))
        self._fast = builder.with_low_accuracy_mode().build()
        self._accurate = LanguageDetectorBuilder.from_languages(
            *(getattr(Language, n) for n in NEWS_LANGUAGES)).build()
        self._english = Language.ENGLISH
        self.version = version("lingua-language-detector")

    def detect(self, text: str) -> Detected:
        values = self._fast.compute_language_confidence_values(sample(text, PROBE))
        text = sample(text)
        if values and values[0].language != self._english:
            values = self._accurate.compute_language_confidence_values(text)
        if not values:
            return Detected(code="und", name="undetermined", score=0.0)
        best = values[0]
        if best.language != self._english and english_share(text) >= ENGLISH_SHARE:
            best = next(v for v in values if v.language == self._english)
        return Detected(code=best.language.iso_code_639_1.name.lower(),
                        name=best.language.name.title(), score=round(best.value, 4))


SCRIPTS = {"ARABIC": ("ar", "Arabic"), "CJK": ("zh", "Chinese"), "CYRILLIC": ("ru", "Russian"),
           "LATIN": ("en", "English")}


class ScriptDetector:
    """The in-memory double: the language of the script most letters are written in."""

    name = "script-double"
    version = "1"

    def detect(self, text: str) -> Detected:
        counts: dict[str, int] = {}
        for char in sample(text):
            if char.isalpha():
                script = unicodedata.name(char, "OTHER").split()[0]
                counts[script] = counts.get(script, 0) + 1
        known = {s: n for s, n in counts.items() if s in SCRIPTS}
        if not known:
            return Detected(code="und", name="undetermined", score=0.0)
        script = max(known, key=known.__getitem__)
        code, name = SCRIPTS[script]
        return Detected(code=code, name=name, score=round(known[script] / sum(counts.values()), 4))


def load_detector(settings: Settings) -> LanguageDetector:
    return LinguaDetector(settings)
