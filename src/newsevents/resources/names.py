"""Name normalisation shared by the actor dictionary and the actor stage.

A name becomes a tuple of folded words: case and diacritics folded, apostrophes and dots
removed ("U.S." -> "us", "Kata'ib" -> "kataib"), hyphens and other punctuation split words, a
leading "the" and Arabic article particles ("al-", "el-") dropped, so "al-Maliki" ~ "Maliki".
"""
from __future__ import annotations

import functools
import re
import unicodedata

DROP_WORDS = frozenset({"al", "el"})
LEADING = frozenset({"the"})
_POSSESSIVE = re.compile(r"[’'`ʼ]s\b")
_APOSTROPHES = re.compile(r"[’'`ʼ‘.]")
_SPLIT = re.compile(r"[^\w]+")


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, without diacritics."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@functools.lru_cache(maxsize=1 << 16)  # pure: the same text always gives the same words
def name_words(text: str) -> tuple[str, ...]:
    """Folded words of a name, without punctuation, leading "the" or "al-" particles."""
    words = [w for w in _SPLIT.split(_APOSTROPHES.sub("", _POSSESSIVE.sub("", fold(text)))) if w]
    while words and words[0] in LEADING:
        words = words[1:]
    return tuple(w for w in words if w not in DROP_WORDS)


def name_key(text: str) -> str:
    return " ".join(name_words(text))


@functools.lru_cache(maxsize=1 << 16)  # pure, and asked about every token of every article
def token_words(text: str) -> tuple[str, ...]:
    """Words of one token (no "the" removal: that is a phrase-level rule)."""
    if text.isascii() and text.isalpha():
        word = text.lower()
        return () if word in DROP_WORDS else (word,)
    words = [w for w in _SPLIT.split(_APOSTROPHES.sub("", fold(text))) if w]
    return tuple(w for w in words if w not in DROP_WORDS)


def is_acronym(alias: str) -> bool:
    """"UN", "U.N.", "WHO", "ISIS": written in capitals, so it must match capitals in text."""
    letters = [ch for ch in alias if ch.isalpha()]
    return bool(letters) and len(letters) <= 6 and all(ch.isupper() for ch in letters) \
        and " " not in alias.strip()


def is_capitalised(text: str) -> bool:
    """ "Maliki", "al-Maliki", "U.S.": a capital letter starts the word or a hyphenated part."""
    return any(part[:1].isupper() for part in re.split(r"[-'’]", text) if part)
