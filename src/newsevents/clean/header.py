"""Metadata found in the text itself: the dateline, publication-date lines and the title line.

Dates are recognised by pattern ("Updated 10:42 AM ET, Sat June 14, 2014", "Published: 14 June
2014", "2014-06-14") and only the matched date string is handed to dateparser.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .furniture import is_furniture, is_story_sentence

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
DATE = re.compile(
    rf"\b(?:{MONTH}\s+{DAY},?\s+(?:19|20)\d\d|{DAY}\s+{MONTH},?\s+(?:19|20)\d\d|"
    r"(?:19|20)\d\d-[01]\d-[0-3]\d)\b", re.I)
DATE_LABEL = re.compile(
    r"^(?:(?:last |first |originally )?(?:updated|published|posted|modified|dated?)|"
    r"posted on|published on|updated on|date)\b", re.I)
TIME_WORDS = re.compile(
    r"\b(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|[ap]\.?m\.?|gmt|utc|bst|cet|[ecmp][sd]?t|"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|at|on|,)\b", re.I)
AGENCY = r"\((?P<agency>[A-Z][\w.&' -]{0,29})\)"
DASH = r"\s*(?:—|–|--|-|―)\s*"
WORD_PLACE = r"[^\W\d_][\w'’.]*(?:[ -][^\W\d_][\w'’.]*){0,3}"
REGION = r"(?:,\s*[^\W\d_][\w.'’-]*(?:\s[^\W\d_][\w.'’-]*){0,2}){0,2}"
DATE_PIECE = rf"(?:,\s*{MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?"
OPENING = r"(?=[\"“‘'\w])"
UPPER_DATELINE = re.compile(  # BAGHDAD (CNN) — / KABUL, Afghanistan (AP) — / WASHINGTON —
    rf"^(?P<place>{WORD_PLACE}{REGION}){DATE_PIECE}\s*(?:{AGENCY})?{DASH}{OPENING}")
AGENCY_DATELINE = re.compile(  # Baghdad (AFP) - : any case, but the agency is required
    rf"^(?P<place>{WORD_PLACE}{REGION}){DATE_PIECE}\s*{AGENCY}{DASH}{OPENING}")
MAX_DATE_LINE = 150
MAX_TITLE_WORDS = 30
LONG_WORDS = 40  # a paragraph this long is story even without final punctuation


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str
    agency: str | None
    end: int  # characters of the paragraph the dateline takes up


def find_dateline(paragraph: str) -> Dateline | None:
    """"BAGHDAD (CNN) —" → place "BAGHDAD", agency "CNN"; None when the paragraph has none."""
    match = UPPER_DATELINE.match(paragraph)
    if match is None or not _upper_place(match.group("place")):
        match = AGENCY_DATELINE.match(paragraph)
    if match is None or match.end() >= len(paragraph) or paragraph[match.end()].islower():
        return None
    agency = match.group("agency")
    return Dateline(place=match.group("place").strip(" ,"),
                    agency=agency.strip() if agency else None, end=match.end())


def _upper_place(place: str) -> bool:
    """The place before any region is written in capitals ("KABUL", "STA. LUCÍA")."""
    head = place.split(",")[0]
    return head.isupper() and sum(ch.isalpha() for ch in head) >= 2


def date_line(line: str, *, in_header: bool) -> dt.date | None:
    """The date of a line that is a publication-date line, else None.

    Anywhere in the text a short line opening with a label ("Updated", "Published: …") counts;
    in the header zone a short line that is mostly a date and times counts too.
    """
    if len(line) > MAX_DATE_LINE:
        return None
    match = DATE.search(line)
    if match is None:
        return None
    labelled = DATE_LABEL.search(line) is not None
    if not labelled and not (in_header and _mostly_date(line, match)):
        return None
    return parse_date(match.group(0))


def _mostly_date(line: str, match: re.Match[str]) -> bool:
    rest = line[:match.start()] + " " + line[match.end():]
    rest = TIME_WORDS.sub(" ", rest)
    return len(re.findall(r"[A-Za-z]{2,}", rest)) <= 2


def parse_date(text: str) -> dt.date | None:
    import dateparser

    found = dateparser.parse(
        text, languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"})
    return found.date() if found is not None else None


def is_title_like(line: str) -> bool:
    """A short heading line: few words, not a sentence of the story, not furniture."""
    words = line.split()
    if not 2 <= len(words) <= MAX_TITLE_WORDS or len(line) > 250:
        return False
    if line.endswith(".") and not line.endswith("..."):
        return False
    if DATE_LABEL.search(line) or find_dateline(line):
        return False
    return not is_furniture(line)


def is_body(line: str) -> bool:
    """A paragraph of the story: a sentence of some length (or a lead-in ending in a colon),
    not furniture."""
    words = len(line.split())
    return ((is_story_sentence(line) and words >= 8) or words >= LONG_WORDS) \
        and not is_furniture(line)
