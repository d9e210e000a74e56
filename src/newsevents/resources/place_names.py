"""Name keys for gazetteer lookup, and great-circle distance.

`fold` gives the exact lookup key: ASCII transliteration (unidecode), lower case, apostrophes
and ayn/hamza marks dropped, periods dropped, other punctuation turned into spaces, a leading
"the" removed ("Sāmarrā’" → "samarra", "Tall ‘Afar" → "tall afar", "U.S." → "us").
`skeleton` is the loose key for transliteration variants: no spaces, doubled letters collapsed,
a final "h" after a vowel dropped ("Samara"/"Samarra" → "samara", "Baqubah"/"Baquba" → "baquba",
"Tal Afar"/"Tall 'Afar" → "talafar").
"""
from __future__ import annotations

import functools
import math
import re

from unidecode import unidecode

_MARKS = re.compile(r"['`’‘ʿʾʻʼ´\"“”.]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLES = re.compile(r"([a-z])\1+")
_FINAL_H = re.compile(r"(?<=[aeiou])h\b")

# Trailing words that say "this name is an administrative region", with the level they suggest.
ADMIN_SUFFIXES = {
    "province": 1, "governorate": 1, "state": 1, "region": 1, "oblast": 1, "prefecture": 1,
    "territory": 1, "department": 1, "emirate": 1, "canton": 1, "krai": 1,
    "district": 2, "county": 2, "municipality": 2, "parish": 2, "borough": 2,
}
EARTH_RADIUS_KM = 6371.0088
# Romanised native words for a region's type that GeoNames keeps in the name and English drops:
# Chinese provinces, municipalities and autonomous regions (with the people named before
# "Zizhiqu"), Japanese and Chinese cities ("Shi"), Russian republics ("Adygeya, Respublika"),
# Korean special and metropolitan cities ("Busan-gwangyeoksi").
_NATIVE_TYPE = re.compile(
    r"(?:\s+(?:(?:Uygur|Zhuangzu|Huizu)\s+)?Zizhiqu|\s+Sheng|\s+Shi|,\s*Respublika"
    r"|-(?:teukbyeolsi|gwangyeoksi|teukbyeoljachido|teukbyeoljachisi))$")


@functools.lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """The exact lookup key of a name ('' for a name with no letters or digits).

    Memoised: a pure function called for every mention (the cache changes no result)."""
    text = _MARKS.sub("", unidecode(name).lower().replace("&", " and "))
    words = _NON_ALNUM.sub(" ", text).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


# Abbreviations news writes at the start of place names ("Ft. Oglethorpe", "Mt. Juliet");
# GeoNames writes the word in full. ("St." is kept: GeoNames writes "St. Louis" as often as
# "Saint-Louis", and both are indexed as written.)
_NAME_ABBREVIATIONS = {"ft": "fort", "mt": "mount", "mtn": "mountain"}


def expanded(key: str) -> str:
    """A folded name with its abbreviated first word written in full ("ft oglethorpe" →
    "fort oglethorpe"); the key itself when it opens with none."""
    first, _, rest = key.partition(" ")
    full = _NAME_ABBREVIATIONS.get(first)
    return f"{full} {rest}" if full and rest else key


def plain_name(name: str) -> str:
    """A gazetteer name in plain Latin letters for a reader ("Diyālá" → "Diyala",
    "Sāmarrā’" → "Samarra"); a name already in plain letters is unchanged."""
    if name.isascii():
        return name
    return " ".join(_MARKS.sub("", unidecode(name)).split())


def conventional_name(name: str) -> str:
    """A region's name as English writes it: plain letters, without the native word for its
    type that the gazetteer keeps ("Hebei Sheng" → "Hebei", "Ōbu Shi" → "Obu",
    "Adygeya, Respublika" → "Adygeya", "Busan-gwangyeoksi" → "Busan")."""
    plain = plain_name(name)
    bare = _NATIVE_TYPE.sub("", plain)
    return bare if bare else plain


# An alternate name that carries an English word for a region's type ("Diyala Governorate",
# "State of Lower Saxony", "Free State of Bavaria", "Kherson Oblast") is the English name
# with that word: its core is the name English writes.
_ENGLISH_TYPED = re.compile(
    r"^(?:(?:Free )?State of |Province of |Region of |(?:Autonomous )?Republic of )?"
    r"(?P<core>[A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*){0,3}?)"
    r"(?: (?:Governorate|Province|Region|Oblast|Krai|Prefecture|State|Department|Division"
    r"|District|Republic|Autonomous Region|Autonomous Community))?$")
_ENGLISH_TYPE_WORD = re.compile(r"^(?:(?:Free )?State of|Province of|Region of"
                                r"|(?:Autonomous )?Republic of) |"
                                r" (?:Governorate|Province|Region|Oblast|Krai|Prefecture|State"
                                r"|Department|Division|District|Republic|Autonomous Region"
                                r"|Autonomous Community)$")


# Cores that only qualify the type word, which then is the name: "Federal District", "Capital
# Region".
_TYPE_ADJECTIVES = frozenset({"Federal", "Capital", "National Capital", "Special",
                              "Autonomous", "Metropolitan", "Central"})


def english_region_name(name: str, aliases: list[str]) -> str:
    """A first-level region's English name for a reader: the core of the alternate names
    that carry an English word for its type ("Lower Saxony" from "State of Lower Saxony" for
    Niedersachsen, "Homs" from "Homs Governorate" for Ḩimş), the most frequent core first,
    a core the region also goes by alone counting once more, cut to a shorter name it also
    goes by ("Xinjiang", not "Xinjiang Uyghur"), the whole alias when its core only qualifies
    the type word ("Federal District" for Distrito Federal); else the gazetteer's name as
    English writes it (`conventional_name`)."""
    bare = [a for a in aliases if a.isascii() and not _ENGLISH_TYPE_WORD.search(a)]
    cores: dict[str, int] = {}
    for alias in aliases:
        if alias.isascii() and _ENGLISH_TYPE_WORD.search(alias) \
                and (hit := _ENGLISH_TYPED.match(alias)):
            core = _shortest_opening(hit.group("core"), bare)
            core = alias if core in _TYPE_ADJECTIVES else core  # "Federal District"
            cores[core] = cores.get(core, 0) + 1
    if not cores:
        return conventional_name(name)
    for alias in aliases:  # a core the region also goes by alone counts once more
        if alias in cores:  # ("Chechnya" over "Chechen", of "Chechen Republic")
            cores[alias] += 1
    return max(cores, key=cores.__getitem__)  # the first of equals wins


def _shortest_opening(core: str, bare: list[str]) -> str:
    """The shortest alternate name the core opens with, word for word ("Xinjiang" for
    "Xinjiang Uyghur", of "Xinjiang Uyghur Autonomous Region"), else the core."""
    openings = [a for a in bare if core == a or core.startswith(a + " ")]
    return min(openings, key=len) if openings else core


def skeleton(key: str) -> str:
    """The loose key of an already folded name (see module doc)."""
    return _DOUBLES.sub(r"\1", _FINAL_H.sub("", key)).replace(" ", "")


_NOT_CONSONANT = re.compile(r"[aeiouy'\- ]")


def consonants(key: str) -> str:
    """The consonants of an already folded name, each run once, a final "h" after a vowel
    dropped ("darnah" and "derna" → "drn"): two transliterations of one name share them."""
    return _DOUBLES.sub(r"\1", _NOT_CONSONANT.sub("", _FINAL_H.sub("", key)))


# Admin words of several words, and abbreviations of them: Nigeria's local government areas
# ("Gwoza Local Government Area", "Bichi LGA"), its second-level units.
PHRASE_SUFFIXES = {" local government area": 2, " local government": 2, " lga": 2}


def split_admin_suffix(key: str) -> tuple[str, int | None]:
    """("diyala", 1) for "diyala province", ("gwoza", 2) for "gwoza local government area";
    (key, None) when there is no admin suffix."""
    for suffix, level in PHRASE_SUFFIXES.items():
        if key.endswith(suffix) and len(key) > len(suffix):
            return key[:-len(suffix)], level
    head, _, last = key.rpartition(" ")
    if head and last in ADMIN_SUFFIXES:
        return head, ADMIN_SUFFIXES[last]
    return key, None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def destination(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    """The point `km` (finite) from (lat, lon) towards compass `bearing` (degrees), on a
    sphere."""
    d, b = km / EARTH_RADIUS_KM, math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    sin_p2 = math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b)
    p2 = math.asin(max(-1.0, min(1.0, sin_p2)))  # rounding may step just past ±1
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1),
                         math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 5), round((math.degrees(l2) + 540.0) % 360.0 - 180.0, 5)


def bearing_deg(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial compass bearing from point 1 to point 2, in degrees [0, 360)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(y, x)) + 360.0) % 360.0
