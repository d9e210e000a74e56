"""Lists of names ("Suwon and Incheon", "the villages of A, B and C"): where the list that a
name ends begins, so a cue before the list ("in", "the towns of") reaches every name in it."""
from __future__ import annotations

from ...parse import Parse, Tok
from .words import NAME_PARTICLES

LIST_WORDS = frozenset({",", "and", "or"})
MAX_LIST_NAMES = 5


def list_start(parse: Parse, i: int) -> int:
    """The first token of the list of capitalised names that token i's name ends ("Suwon
    and Incheon", "A, B and C"; up to five names in one sentence), else i."""
    toks, start = parse.tokens, i
    for _ in range(MAX_LIST_NAMES):
        k = start - 1
        if k > 0 and toks[k].text.lower() in {"and", "or"} and toks[k - 1].text == ",":
            k -= 1
        if k < 1 or toks[k].text.lower() not in LIST_WORDS:
            break
        j = k - 1
        while j >= 0 and toks[j].sent == toks[i].sent and _in_name(toks, j):
            j -= 1
        if j == k - 1:
            break
        start = j + 1
    return start


def _in_name(toks: tuple[Tok, ...], j: int) -> bool:
    """A capitalised word, or a particle after one ("de" in "Ceamurlia de Jos")."""
    return toks[j].text[:1].isupper() or j > 0 and toks[j].text in NAME_PARTICLES \
        and toks[j - 1].text[:1].isupper()
