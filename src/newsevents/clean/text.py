"""Scraped plain text → story paragraphs, title, date: general furniture rules plus jusText.

Steps: split into paragraphs (one per line, or reflowed when the text is hard-wrapped: a
block whose lines run on at a common width is joined, and a short line or an indented line
starts a new paragraph, before any furniture rule sees a line; a list item's wrapped lines,
indented under it, stay one item); the
header zone before the first body paragraph gives the title and a date and loses its
furniture; the body loses furniture lines, link lists after a "Related"/"More" heading,
everything after a comment-form or copyright cut, the trailing block of non-sentences (a
sentence that ends in a colon to introduce a list or a quotation is a sentence), and
short non-sentences that jusText (run on <p>-wrapped lines) classes as boilerplate.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass

from . import furniture as f
from .header import date_line, is_body, is_title_like

SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
LIST_MARKER = re.compile(r"[ \t\u00a0]*(?:[*•·▪◦‣–-]|\d{1,2}[.)]|[a-z][.)])[ \t\u00a0]+\S")
ITEM_END = re.compile(r"[.;:!?][\"'”’)]*$")
LONG_WORDS = 40  # a paragraph this long is story even without final punctuation
WRAP_MIN = 55
WRAP_MAX = 100
RUN_ON_WORDS = frozenset({"the", "a", "an", "of", "and", "or", "but", "to", "in", "on", "at",
                          "by", "for", "with", "from", "that", "as", "his", "her", "its",
                          "their", "was", "were", "is", "are", "had", "has", "have"})
JUSTEXT_MAX_PARAGRAPHS = 2000
JUSTEXT_CONTEXT = 3  # paragraphs each side of a doubtful line given to jusText
JUSTEXT_LOW, JUSTEXT_HIGH = 40, 100  # lines of scraped text are whole paragraphs: lower bars


@dataclass(frozen=True, slots=True)
class TextResult:
    paragraphs: tuple[str, ...]
    title: str | None
    published: dt.date | None


def clean_text(text: str) -> TextResult:
    paragraphs = split_paragraphs(text)
    start = _first_body(paragraphs)
    title, published = _read_header(paragraphs[:start])
    kept = _keep_body(paragraphs[start:])
    body = [p for p, keep in zip(paragraphs[start:], kept) if keep]
    published = published or _labelled_date(body)
    body = [p for p in body if date_line(p, in_header=False) is None]
    decks = [p for p in paragraphs[:start] if _is_deck(p, title)]
    return TextResult(paragraphs=tuple(decks + body), title=title, published=published)


def tidy_extracted(paragraphs: tuple[str, ...]) -> tuple[tuple[str, ...], dt.date | None]:
    """Paragraphs an HTML extractor kept, minus furniture lines and the header's date line.

    Returns the paragraphs and the date a header line gave ("Updated: 11 November 2023").
    """
    start = _first_body(list(paragraphs))
    published = next((d for d in (date_line(p, in_header=True) for p in paragraphs[:start])
                      if d is not None), None)
    kept = tuple(p for k, p in enumerate(paragraphs)
                 if not f.is_furniture(p) and date_line(p, in_header=k < start) is None)
    return kept, published


def split_paragraphs(text: str) -> list[str]:
    """Non-empty paragraphs with normalised spaces; hard-wrapped blocks are reflowed."""
    blocks = re.split(r"\n[ \t\u00a0]*\n", text)
    out: list[str] = []
    for block in blocks:
        raw = _join_hanging([line.rstrip() for line in block.split("\n") if line.strip()])
        lines = [SPACES.sub(" ", line).strip() for line in raw]
        indents = [len(line) - len(line.lstrip(" \t\u00a0")) for line in raw]
        out.extend(_unwrap(lines, indents))
    return out


def _join_hanging(raw: list[str]) -> list[str]:
    """Join each list item's wrapped lines: after a line that opens with a bullet or an item
    number ("* a new station on Quarry Road, to be finished by next"), a line indented
    deeper than the item's marker and opening with no marker of its own goes on the item
    ("    autumn;"), unless the item has ended ("…fairgrounds;"): an indented paragraph may
    follow a list."""
    out: list[str] = []
    item_indent: int | None = None
    for line in raw:
        indent = len(line) - len(line.lstrip(" \t\u00a0"))
        marked = LIST_MARKER.match(line) is not None
        if item_indent is not None and not marked and indent > item_indent \
                and not ITEM_END.search(out[-1]):
            out[-1] = out[-1] + " " + line.strip()
            continue
        item_indent = indent if marked else None
        out.append(line)
    return out


def _unwrap(lines: list[str], indents: list[int] | None = None) -> list[str]:
    """Reflow a hard-wrapped block into its paragraphs (see `_is_wrapped`); any other block
    keeps one paragraph per line (a list of headlines of similar length)."""
    if len(lines) < 2:
        return lines
    indents = indents or [0] * len(lines)
    laid = [" " * ind + line for ind, line in zip(indents, lines)]  # as laid out on the page
    if not _is_wrapped(laid):
        return lines
    width = max(len(line) for line in laid)
    base = min(indents)
    out: list[list[str]] = [[lines[0]]]
    for k in range(1, len(lines)):
        if _ends_paragraph(laid[k - 1], width) or indents[k] > base and (
                indents[k] > indents[k - 1]):
            out.append([])
        out[-1].append(lines[k])
    return [" ".join(part) for part in out]


def _is_wrapped(lines: list[str]) -> bool:
    """A block is hard-wrapped when its longest line is of a usual wrap width, most lines
    reach near it, each such line broke because its next word would not fit on it, and the
    prose runs on somewhere (a line starts in lower case, or a full line ends in a comma or
    a word no sentence ends with: "the", "of", "and").
    Lines of a list of headlines of similar length have room for the next word."""
    width = max(len(line) for line in lines)
    if not WRAP_MIN <= width <= WRAP_MAX:
        return False
    pairs = [(a, b) for a, b in zip(lines, lines[1:]) if len(a) >= 0.75 * width]
    if len(pairs) < max(1, 0.5 * (len(lines) - 1)):
        return False
    broke = sum(len(a) + 1 + len(b.split()[0]) > width for a, b in pairs)
    runs_on = any(b.lstrip()[:1].islower() or a.endswith((",", ";", "-", "–"))
                  or a.rsplit(" ", 1)[-1] in RUN_ON_WORDS for a, b in pairs)
    return broke >= 0.8 * len(pairs) and runs_on


def _ends_paragraph(line: str, width: int) -> bool:
    """A line well short of the wrap width ends its paragraph (the last line of one)."""
    return len(line) < 0.75 * width


def _first_body(paragraphs: list[str]) -> int:
    for k, paragraph in enumerate(paragraphs):
        if is_body(paragraph):
            return k
    return 0


def _read_header(header: list[str]) -> tuple[str | None, dt.date | None]:
    title = next((p for p in header if is_title_like(p) and not f.opens_link_list(p)), None)
    published = next(
        (d for d in (date_line(p, in_header=True) for p in header) if d is not None), None)
    return title, published


def _is_deck(paragraph: str, title: str | None) -> bool:
    """A summary sentence under the headline belongs to the story."""
    return paragraph != title and f.is_story_sentence(paragraph) and len(paragraph.split()) >= 3 \
        and not f.is_furniture(paragraph) and date_line(paragraph, in_header=True) is None


def _labelled_date(body: list[str]) -> dt.date | None:
    return next((d for d in (date_line(p, in_header=False) for p in body) if d), None)


def _keep_body(body: list[str]) -> list[bool]:
    keep = [not f.is_furniture(p) for p in body]
    _apply_cut(body, keep)
    _drop_link_lists(body, keep)
    if any(keep[k] and _story_like(p) for k, p in enumerate(body)):
        _drop_trailing_block(body, keep)
        _drop_justext_boilerplate(body, keep)
    return keep


def _apply_cut(body: list[str], keep: list[bool]) -> None:
    """From a comment-form or copyright line after the story has begun, nothing is story."""
    for k, paragraph in enumerate(body):
        if k > 0 and f.is_cut(paragraph):
            keep[k:] = [False] * (len(body) - k)
            return


def _drop_link_lists(body: list[str], keep: list[bool]) -> None:
    k = 0
    while k < len(body):
        if f.opens_link_list(body[k]) and not f.is_sentence(body[k]):
            keep[k] = False
            k += 1
            while k < len(body) and f.is_link_item(body[k]):
                keep[k] = False
                k += 1
        else:
            k += 1


def _drop_trailing_block(body: list[str], keep: list[bool]) -> None:
    """After the story's last sentence (or long paragraph), short non-sentences are furniture."""
    last = max((k for k, p in enumerate(body) if keep[k] and _story_like(p)), default=-1)
    for k in range(last + 1, len(body)):
        keep[k] = False


def _story_like(paragraph: str) -> bool:
    return f.is_story_sentence(paragraph) or len(paragraph.split()) >= LONG_WORDS


def _drop_justext_boilerplate(body: list[str], keep: list[bool]) -> None:
    """Short non-sentences (subheads or stray widgets) are judged by jusText in context.

    Only the neighbourhood of each such line is classified: jusText is slow on long inputs.
    """
    kept = [k for k, p in enumerate(body) if keep[k]]
    doubtful = [n for n, k in enumerate(kept) if not _story_like(body[k])]
    if not doubtful or len(doubtful) > JUSTEXT_MAX_PARAGRAPHS:
        return
    window = sorted({m for n in doubtful for m in range(n - JUSTEXT_CONTEXT,
                                                        n + JUSTEXT_CONTEXT + 1)
                     if 0 <= m < len(kept)})
    classes = dict(zip(window, justext_classes([body[kept[m]] for m in window])))
    for n in doubtful:
        if classes[n] == "bad":
            keep[kept[n]] = False


def justext_classes(paragraphs: list[str]) -> list[str]:
    """jusText's good/bad class for each paragraph, each wrapped in its own <p>."""
    import justext

    page = "<html><body>" + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs) + \
        "</body></html>"
    found = justext.justext(page, justext.get_stoplist("English"), length_low=JUSTEXT_LOW,
                            length_high=JUSTEXT_HIGH)
    by_text = {_norm(p.text): p.class_type for p in found}
    return [by_text.get(_norm(p), "good") for p in paragraphs]


def _norm(text: str) -> str:
    return " ".join(text.split())
