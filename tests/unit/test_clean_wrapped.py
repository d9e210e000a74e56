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


LEAD_IN_STORY = [
    "Budget cuts at Harwick schools",
    "HARWICK — The school board of Harwick approved three changes to next year's budget at a "
    "long meeting on Tuesday night:",
    "The bus service to the outlying farms will run twice a day instead of four times.",
    "Two of the five libraries will close on Saturdays from the start of the autumn term.",
    "The music programme loses one of its three teachers, the board's chairwoman said.",
]


def test_a_lead_paragraph_that_ends_in_a_colon_is_story() -> None:
    """A sentence that introduces a list or a quotation ends in a colon, not a full stop."""
    text = "\n\n".join(LEAD_IN_STORY)
    article = clean(RawDocument(origin="board.txt", content=text), settings=Settings())
    body = " ".join(article.text.split())
    assert "approved three changes to next year's budget at a long meeting" in body
    assert article.title == LEAD_IN_STORY[0]
    for paragraph in LEAD_IN_STORY[2:]:
        assert paragraph in body


def test_a_colon_lead_in_without_dateline_or_title_is_story() -> None:
    text = "\n\n".join([
        "The fire chief of Oxbury gave residents of the old mill district this advice on "
        "Wednesday:",
        "\"Keep the doors to your stairwells shut and check your smoke alarms every month,\" "
        "she told a meeting at the town hall.",
        "Three fires in the district this winter started in kitchens, the brigade said."])
    article = clean(RawDocument(origin="fire.txt", content=text), settings=Settings())
    assert "gave residents of the old mill district this advice" in article.text


def test_short_labels_ending_in_a_colon_are_not_story() -> None:
    text = "\n\n".join(["Share this article:", "Related stories:", *LEAD_IN_STORY[1:]])
    article = clean(RawDocument(origin="labels.txt", content=text), settings=Settings())
    assert "Share this" not in article.text and "Related stories" not in article.text


def test_a_list_items_wrapped_lines_stay_one_item() -> None:
    text = ("Park plan approved for the Tilbury waterfront\n\n"
            "The Tilbury council on Monday approved a plan for the old waterfront that has "
            "three parts, the mayor said:\n\n"
            "  * a footpath along the river from the ferry landing to the boat\n"
            "    club, with lights every fifty metres;\n"
            "  - a playground on the site of the former coal yard;\n"
            "  1. a car park for two hundred cars behind the\n"
            "     railway station.\n\n"
            "Work on the footpath is to begin in March and end before the summer.")
    paragraphs = split_paragraphs(text)
    assert ("* a footpath along the river from the ferry landing to the boat club, with "
            "lights every fifty metres;") in paragraphs
    assert "1. a car park for two hundred cars behind the railway station." in paragraphs
    assert "- a playground on the site of the former coal yard;" in paragraphs


def test_an_indented_paragraph_after_a_finished_item_is_its_own() -> None:
    text = ("- the ferry will run every hour;\n"
            "    The council will meet again in May to decide on the fares, a spokesman "
            "said.")
    assert split_paragraphs(text) == [
        "- the ferry will run every hour;",
        "The council will meet again in May to decide on the fares, a spokesman said."]
