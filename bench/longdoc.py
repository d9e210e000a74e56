"""Long synthetic news-style documents for the long-document benchmark (text written here).

Sentences come from templates filled with fictional names, places and numbers, so every stage
has work to do (actors, places, events, quotes, figures, claims) at any length.
"""
from __future__ import annotations

import random

PLACES = ("Aleppo", "Idlib", "Mosul", "Homs", "Raqqa", "Kirkuk", "Daraa", "Hama", "Tikrit",
          "Deir ez-Zor", "Fallujah", "Ramadi", "Latakia", "Tartus", "Basra", "Erbil")
ACTORS = ("government forces", "rebel fighters", "Iraqi troops", "the army", "militants",
          "police", "Kurdish fighters", "opposition groups", "the air force", "tribal gunmen")
SOURCES = ("the ministry of health", "a local monitoring group", "the United Nations",
           "the provincial governor", "witnesses", "hospital officials", "the Red Crescent")
PEOPLE = ("Ahmad Karim", "Layla Haddad", "Omar Nasser", "Sara Yousef", "Khalid Mansour",
          "Rania Saleh", "Yusuf Darwish", "Hana Jaber")
DAYS = ("on Monday", "on Tuesday", "on Wednesday", "overnight", "on Friday", "last week",
        "on Sunday", "early on Saturday")
TEMPLATES = (
    "{actor} shelled {place} {day}, killing at least {n} people, {source} said.",
    "{source} said {n} civilians were wounded when {actor} attacked a market in {place}.",
    "\"We have no water and no power,\" said {person}, a resident of {place}.",
    "{person}, a spokesman for {actor}, denied that his men had fired on the convoy.",
    "More than {n} families fled {place} {day} as {actor} advanced from the south.",
    "{actor} said they had captured {n} fighters near {place}, a claim {source} disputed.",
    "Talks between {actor} and {actor2} in {place} broke down {day}.",
    "Around {n} protesters gathered in the centre of {place} to demand the release of "
    "detainees.",
    "{source} warned that the death toll in {place} could rise above {n2}.",
    "Aid convoys reached {place} {day} for the first time in {n} days.",
)


def sentence(rng: random.Random) -> str:
    text = rng.choice(TEMPLATES).format(
        actor=rng.choice(ACTORS), actor2=rng.choice(ACTORS), place=rng.choice(PLACES),
        day=rng.choice(DAYS), n=rng.randint(2, 900), n2=rng.randint(100, 5000),
        source=rng.choice(SOURCES), person=rng.choice(PEOPLE))
    return text[0].upper() + text[1:]


def document(chars: int, *, seed: int = 7) -> str:
    """Paragraphs of two to five sentences, joined by blank lines, about `chars` long."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    size = 0
    while size < chars:
        paragraph = " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:chars].rstrip()


def one_line_paragraphs(count: int) -> str:
    """`count` one-line paragraphs (the shape of a list, a table or a log pasted as text)."""
    return "\n\n".join(f"Item {k}: shelling was reported in {PLACES[k % len(PLACES)]} overnight."
                       for k in range(count))


def casualty_phrases(count: int, *, seed: int = 3) -> str:
    """One article with `count` casualty phrases (a long list of incidents)."""
    rng = random.Random(seed)
    return " ".join(f"In {rng.choice(PLACES)}, {rng.randint(2, 90)} people were killed and "
                    f"{rng.randint(2, 90)} wounded." for _ in range(count))
