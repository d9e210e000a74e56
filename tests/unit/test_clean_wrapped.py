"""Hard-wrapped and indented plain text: every story sentence survives cleaning (issue 13)."""
from __future__ import annotations

import re
import textwrap

from newsevents.clean.text import split_paragraphs
from newsevents.config import Settings
from newsevents.io.raw import RawDocument
from newsevents.stages.clean import clean

TITLE = "Flood barrier holds as river peaks in Carrowby"
STORY = [
    "CARROWBY, England (Reuters) - The new flood barrier on the River Tamsin held through "
    "the night as the water rose to its highest level in forty years, the county council "
    "said on Tuesday.",
    "Engineers had worked in shifts since Saturday to seal the last gaps in the wall, and "
    "about 300 households in the lower town were asked to leave their homes as a precaution.",
    "\"We were ready for the worst, and the worst did not come,\" said Mara Quill, who leads "
    "the council's emergency team. She said pumps would run until the weekend.",
    "In the villages upstream, where no barrier exists, water entered dozens of homes and "
    "the main road to the coast was closed for most of Monday.",
    "Forecasters expect the river to fall slowly from Wednesday, though more rain is due "
    "in the hills by the end of the week.",
]


def sentences(paragraphs: list[str]) -> list[str]:
    return [s for p in paragraphs for s in re.split(r"(?<=[.!?\"])\s+(?=[A-Z\"])", p)]


def hard_wrapped(width: int, *, indent: str = "") -> str:
    """The story as an old wire or e-mail system sends it: wrapped at `width`, paragraphs
    marked by an indented first line and no blank line between them."""
    blocks = [textwrap.fill(p, width=width, initial_indent=indent) for p in STORY]
    return TITLE + "\n\n" + "\n".join(blocks) + "\n"


def test_every_sentence_survives_a_hard_wrapped_indented_article() -> None:
    raw = RawDocument(origin="wire.txt", content=hard_wrapped(68, indent="    "))
    article = clean(raw, settings=Settings())
    text = " ".join(article.text.split())
    for sentence in sentences(STORY[1:]):
        assert sentence in text
    assert article.title == TITLE
    assert article.dateline is not None and article.dateline.startswith("CARROWBY")
    assert "The new flood barrier on the River Tamsin held" in text


def test_wrapped_paragraphs_are_reflowed_one_per_paragraph() -> None:
    paragraphs = split_paragraphs(hard_wrapped(72, indent="  "))
    assert paragraphs[0] == TITLE
    assert paragraphs[1:] == STORY


def test_wrapped_lines_are_not_taken_as_the_title() -> None:
    text = "\n\n".join(textwrap.fill(p, width=64) for p in STORY[1:])
    article = clean(RawDocument(origin="wire.txt", content=text), settings=Settings())
    assert article.title is None or article.title not in STORY[1]
    assert sentences(STORY[1:])[0] in " ".join(article.text.split())


def test_wrapped_paragraphs_with_blank_lines_between_them() -> None:
    text = TITLE + "\n\n" + "\n\n".join(textwrap.fill(p, width=60) for p in STORY)
    assert split_paragraphs(text) == [TITLE, *STORY]
