"""Cleaning: decoding, bad input, HTML and plain text, title/dateline/date, furniture rules."""
from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import pytest

from newsevents.clean import furniture
from newsevents.clean.decode import decode_mixed, repair
from newsevents.clean.header import date_line, find_dateline
from newsevents.clean.html import looks_like_html
from newsevents.clean.text import split_paragraphs
from newsevents.config import Settings
from newsevents.errors import InputError
from newsevents.io.raw import RawDocument
from newsevents.model import Article
from newsevents.stages.clean import clean

SETTINGS = Settings()
BODY = (
    "Rescue teams in the hill town of Morvale pulled two climbers from a collapsed ice cave on "
    "Sunday, the regional mountain service said in a statement.\n\n"
    "The climbers, both in their thirties, were taken to hospital with hypothermia but were "
    "expected to recover, a spokeswoman for the service said on Sunday evening.\n\n"
    "Heavy snow had slowed the rescue, which involved more than forty volunteers and a "
    "helicopter from the air force base at Drenna."
)


def run(content: str | bytes, **fields: Any) -> Article:
    return clean(RawDocument(origin="case.txt", content=content, **fields), settings=SETTINGS)


# -- bad input -------------------------------------------------------------------------------

@pytest.mark.parametrize("content", ["", b"", "   \n\n  ", b"\n\t\n"])
def test_clean_empty_input(content: str | bytes) -> None:
    with pytest.raises(InputError) as info:
        run(content)
    assert info.value.code == "E102"
    assert str(info.value) == "[E102] case.txt: empty input"


def test_clean_binary_nul_bytes() -> None:
    with pytest.raises(InputError) as info:
        run(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert info.value.code == "E103"
    assert info.value.reason == "binary data, not text (NUL bytes)"


def test_clean_binary_control_bytes() -> None:
    with pytest.raises(InputError) as info:
        run(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 50 + b"some words")
    assert info.value.code == "E103"


def test_clean_too_large_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (50 * 1024 * 1024))
    with pytest.raises(InputError) as info:
        run(path.read_bytes())
    assert info.value.code == "E104"
    assert info.value.reason == "too large: 52,428,800 characters (limit 2,000,000)"


def test_clean_too_large_respects_setting() -> None:
    small = Settings(max_chars=100)
    with pytest.raises(InputError) as info:
        clean(RawDocument(origin="x", content="word " * 30), settings=small)
    assert info.value.reason == "too large: 150 characters (limit 100)"


def test_clean_no_text_left() -> None:
    with pytest.raises(InputError) as info:
        run("<html><body><nav><a href='/'>Home</a></nav><script>var x = 1;</script>"
            "</body></html>", kind="html")
    assert info.value.code == "E107"
    assert info.value.reason == "no article text left after cleaning"


# -- decoding --------------------------------------------------------------------------------

def test_clean_invalid_utf8_falls_back_to_cp1252() -> None:
    article = run(("Caf\xe9 owners in Mirel said " + BODY).encode("cp1252"))
    assert article.text.startswith("Café owners in Mirel said")


def test_decode_mixed_encodings_repairs_each_run() -> None:
    data = "The poet’s café".encode() + " and Santé".encode("cp1252")
    assert decode_mixed(data) == "The poet’s café and Santé"


def test_clean_mixed_encodings() -> None:
    data = ("“Quoted,” she said of Santé. " + BODY).encode()
    data = data.replace("Santé".encode(), "Santé".encode("cp1252"))
    assert run(data).text.startswith("“Quoted,” she said of Santé.")


def test_repair_fixes_mojibake_and_keeps_curly_quotes() -> None:
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)

    original = "“It’s over,” he said — finally."
    mangled = original.encode("utf-8").decode("sloppy-windows-1252")
    assert "â€" in mangled
    assert repair(mangled) == original


def test_clean_utf16_with_bom() -> None:
    article = run(BODY.encode("utf-16"))
    assert article.text == BODY


def test_clean_strips_nul_characters_from_strings() -> None:
    article = run(BODY.replace("Sunday,", "Sun\x00day,", 1))
    assert "\x00" not in article.text and "Sunday," in article.text


# -- article fields --------------------------------------------------------------------------

def test_clean_id_is_sha1_of_text() -> None:
    article = run(BODY)
    assert article.id == hashlib.sha1(article.text.encode()).hexdigest()[:16]
    assert article.origin == "case.txt"


def test_clean_paragraphs_joined_by_blank_line() -> None:
    article = run(BODY.replace("\n\n", "\n  \n\n\n"))
    assert article.text == BODY


def test_clean_raw_fields_take_precedence() -> None:
    text = "Climbers rescued from ice cave\n\nUpdated 10:42 AM ET, Sat June 14, 2014\n\n" + BODY
    article = run(text, title="Given title", published=dt.date(2020, 1, 2), source="Wire",
                  url="https://example.org/a")
    assert (article.title, article.published, article.source, article.url) == (
        "Given title", dt.date(2020, 1, 2), "Wire", "https://example.org/a")


def test_clean_finds_title_and_date() -> None:
    text = "Climbers rescued from ice cave\n\nUpdated 10:42 AM ET, Sat June 14, 2014\n\n" + BODY
    article = run(text)
    assert article.title == "Climbers rescued from ice cave"
    assert article.published == dt.date(2014, 6, 14)
    assert article.text == BODY


def test_clean_dateline_taken_out_of_body() -> None:
    article = run("MORVALE, Elsland (AP) — " + BODY)
    assert article.dateline == "MORVALE, Elsland"
    assert article.source == "AP"
    assert article.text == BODY


def test_clean_html_path() -> None:
    page = ("<html><head><title>Climbers rescued | Hill News</title>"
            "<meta property='og:site_name' content='Hill News'></head><body>"
            "<nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article>"
            "<h1>Climbers rescued</h1>"
            + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
            + "</article><footer>© 2024 Hill News. All rights reserved.</footer></body></html>")
    article = run(page)
    assert article.text == BODY
    assert article.title == "Climbers rescued"
    assert article.source == "Hill News"


def test_clean_truncated_html_keeps_text() -> None:
    page = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    article = run(page[: len(page) - 20], kind="html")
    assert article.text.startswith("Rescue teams in the hill town of Morvale")


# -- rules -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "BAGHDAD (CNN) — Officials said",
    "KABUL, Afghanistan (AP) — Officials said",
    "LONDON (Reuters) - Officials said",
    "WASHINGTON — Officials said",
    "BAGHDAD, June 14 (Reuters) - Officials said",
    "Nairobi (AFP) - Officials said",
])
def test_find_dateline_forms(text: str) -> None:
    dateline = find_dateline(text)
    assert dateline is not None and text[dateline.end:] == "Officials said"


@pytest.mark.parametrize("text", [
    "U.S. officials — who asked not to be named — said", "ISIS — the group said",
    "Officials said the town - a hub - was quiet",
])
def test_find_dateline_rejects_ordinary_openings(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("Updated 10:42 AM ET, Sat June 14, 2014", dt.date(2014, 6, 14)),
    ("Published: 14 June 2014", dt.date(2014, 6, 14)),
    ("Posted on March 3rd, 2021", dt.date(2021, 3, 3)),
    ("2019-11-20", dt.date(2019, 11, 20)),
    ("The talks began on June 14, 2014, in Geneva and lasted for a week", None),
])
def test_date_line(line: str, expected: dt.date | None) -> None:
    assert date_line(line, in_header=True) == expected


@pytest.mark.parametrize("line", [
    "Leave a Reply", "You are commenting using your Twitter account. Log Out / Change )",
    "Share this article", "Facebook Twitter Email", "Sign up for our daily newsletter",
    "This is an archived article and the information in the article may be outdated.",
    "© 2020 Example Media. All rights reserved.", "ADVERTISEMENT",
    "Click here to read the full report", "Read more: Floods hit the coast again",
    "Photo: Jane Roe/Getty Images", "We use cookies to improve your experience.",
    "Skip to main content", "By Jane Roe and John Poe", "Already a subscriber? Log in",
])
def test_furniture_lines(line: str) -> None:
    assert furniture.is_furniture(line)


@pytest.mark.parametrize("line", [
    "The minister said the newsletter had published the memo in full last week, prompting "
    "calls for an inquiry into how the document was leaked.",
    "Officials said the talks would resume on Monday.",
    "Minister: We will study the ceasefire offer",
    "By the time rescuers arrived, the water had reached the roofs.",
    "By Sunday, most residents had left",
    "More than 200 people were hurt",
    "Like this year, the plan failed.",
    "Copyright lawyers said the case was weak.",
    "Voters must register by Friday to receive email updates.",
    "Share prices fell 3 percent on Monday.",
])
def test_furniture_keeps_story_lines(line: str) -> None:
    assert not furniture.is_furniture(line)


def test_split_paragraphs_unwraps_hard_wrapped_blocks() -> None:
    text = ("The ministry confirmed on Sunday an outbreak of cholera in the two\n"
            "districts, where at least 140 cases and nine deaths have been recorded\n"
            "since the middle of January.\n\nShort line one\nShort line two")
    assert split_paragraphs(text) == [
        "The ministry confirmed on Sunday an outbreak of cholera in the two districts, where "
        "at least 140 cases and nine deaths have been recorded since the middle of January.",
        "Short line one", "Short line two"]


def test_plain_text_cut_at_comment_form() -> None:
    text = BODY + "\n\nLeave a Reply\n\nA reader wrote a long comment about the rescue here, " \
        "praising the volunteers for their work in the snow."
    assert run(text).text == BODY


def test_plain_text_drops_related_list_midway() -> None:
    paragraphs = BODY.split("\n\n")
    text = "\n\n".join([paragraphs[0], "Related stories", "Avalanche risk rises in the north",
                        "Ten tips for winter hikers", *paragraphs[1:]])
    assert run(text).text == BODY


@pytest.mark.parametrize(("text", "expected"), [
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
    ("<div><p>One</p><p>Two</p></div>", True),
    ("Officials said x < y and <b> was used once.", False),
    ("Plain text article.", False),
])
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


def test_clean_html_declared_legacy_charset() -> None:
    page = ("<html><head><meta charset='iso-8859-1'><title>Caf\xe9 fire</title></head><body>"
            "<article>" + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
            + "<p>The owner of the caf\xe9 said she would rebuild.</p></article></body></html>")
    article = run(page.encode("latin-1"))
    assert "The owner of the café said she would rebuild." in article.text


def test_plain_text_subheads_kept_between_paragraphs() -> None:
    paragraphs = BODY.split("\n\n")
    text = "\n\n".join([paragraphs[0], "Volunteers praised", *paragraphs[1:]])
    assert "\n\nVolunteers praised\n\n" in run(text).text


def test_split_paragraphs_keeps_headline_lists_apart() -> None:
    lines = ["Avalanche risk rises across the northern ranges this week",
             "Ten tips for winter hikers heading into the high passes",
             "Rescue service marks fifty years of mountain operations"]
    assert split_paragraphs("\n".join(lines)) == lines


def test_clean_dateline_after_summary_line() -> None:
    article = run("Two climbers were rescued from an ice cave.\n\nMORVALE (AP) — " + BODY)
    assert article.dateline == "MORVALE"
    assert article.text == "Two climbers were rescued from an ice cave.\n\n" + BODY
