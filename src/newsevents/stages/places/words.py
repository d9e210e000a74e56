"""Word lists of the places stage: nouns for places, facilities, natural features and
institutions' buildings (English; lower case)."""
from __future__ import annotations

from ...resources.place_names import fold

PLACE_NOUNS = frozenset({
    "village", "town", "city", "state", "province", "region", "district", "county", "island",
    "municipality", "community", "suburb", "capital", "borough", "township", "governorate",
    "hamlet", "parish", "prefecture", "neighbourhood", "neighborhood",
    "villages", "towns", "cities", "states", "provinces", "regions", "districts", "counties",
    "islands", "municipalities", "communities", "suburbs", "boroughs", "townships",
    "governorates", "hamlets", "parishes", "prefectures", "neighbourhoods", "neighborhoods",
    "area", "countryside", "vicinity", "environs", "locality", "settlement", "settlements",
    "commune", "communes", "canton", "cantons", "oblast", "raion", "tehsil", "taluka",
    "woreda", "subdistrict", "slum", "slums", "favela", "favelas", "shantytown", "shantytowns",
    "port", "ports", "barangay", "barangays",
})

# Last words of names of buildings, roads, estates and grounds: such a name is a facility.
FACILITY_WORDS = frozenset({
    "street", "avenue", "road", "boulevard", "lane", "highway", "bridge", "square", "plaza",
    "church", "cathedral", "chapel", "mosque", "temple", "synagogue", "hospital", "library",
    "museum", "stadium", "arena", "racecourse", "airport", "station", "estate", "plantation",
    "park", "prison", "jail", "inn", "hotel", "tower", "mall", "market", "centre", "center",
    "palace", "castle", "camp", "base", "port", "harbour", "harbor", "terminal", "building",
    "farm", "farms", "plant", "factory", "complex", "checkpoint", "crossing", "refinery",
    "compound", "bazaar", "junction", "drive", "parkway", "expressway", "freeway", "motorway",
    "turnpike", "terrace", "quay", "wharf", "pier", "docks",
})

# Words that end a road's own name, capitalised ("North State Street", "Providence Road",
# "Columbia Pike"): the road, not the town or state named like its first words.
ROAD_END_WORDS = frozenset({"street", "avenue", "road", "boulevard", "lane", "drive", "highway",
                            "parkway", "expressway", "freeway", "turnpike", "pike"})

# Generic words of natural features: "Cuyahoga River", "Kodori Gorge" name a place.
FEATURE_WORDS = frozenset({
    "river", "lake", "mountain", "mountains", "valley", "island", "islands", "bay", "canal",
    "creek", "delta", "desert", "forest", "beach", "coast", "peninsula", "sea", "strait",
    "falls", "hills", "plateau", "basin", "reservoir", "dam", "glacier", "lagoon", "range",
    "gorge", "hill", "plain", "plains", "marsh", "swamp", "oasis", "wadi", "volcano",
})

# A town's quarters named by a people's adjective ("the French Quarter" of New Orleans, "the
# Armenian Quarter" of Jerusalem, "the Latin Quarter"): a part of a town, not the country.
TOWN_PART_WORDS = frozenset({"quarter", "concession"})

# Plural feature nouns after a list of the features' own names, with the word each name
# takes ("the Pedernales and Guadalupe rivers": the Guadalupe River, not a town). Not
# islands, which are named without the word ("the Lampedusa and Linosa islands"), nor lakes,
# whose word comes first ("Lake Erie").
PLURAL_FEATURE_NOUNS = {"rivers": "River", "creeks": "Creek", "valleys": "Valley",
                        "mountains": "Mountains", "hills": "Hills"}

# Generic words that open a natural feature's name ("Lake Manassas", "River Eden").
FEATURE_FIRST_WORDS = frozenset({"lake", "mount", "mt", "cape", "gulf", "river", "loch",
                                 "lough", "isle", "strait"})

# Words for the building or grounds of an institution: "at the X School" is a place.
VENUE_WORDS = frozenset({
    "school", "college", "university", "academy", "institute", "court", "courthouse", "hall",
    "office", "club", "house", "cottage", "campus", "centre", "center", "theatre", "theater",
    "embassy", "consulate", "parliament", "ministry", "headquarters", "barracks", "zoo",
})

# Last words of the names of institutions that are one building or grounds, whatever the
# sentence does with them ("Lakeside Elementary", "Carnegie Hall", "Pine Golf Club"): not a
# university (often many campuses), a club of members ("the Rotary Club") nor a house, which
# names publishers and institutes as often ("Random House", "Chatham House").
PREMISES_WORDS = frozenset({"school", "college", "academy", "elementary", "hall"})
PREMISES_CLUBS = frozenset({"golf", "country", "yacht", "tennis", "cricket", "sailing",
                            "rowing", "bowling"})  # "X Golf Club"

DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                             "western", "central", "northeast", "northwest", "southeast",
                             "southwest", "northeastern", "northwestern", "southeastern",
                             "southwestern"})
# Words the model tags as places that name no place by themselves ("the West", "Centre").
GENERIC_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "downtown", "uptown", "city", "state", "capital", "metro",
})
# Words for a court's rank or reach before its word ("the Supreme Court", "the Superior
# Court", "the Federal Court", "the Circuit Court"): no town there, though towns bear them
# ("the Superior Police Department" is Superior, Wisconsin's).
RANK_WORDS = frozenset({"supreme", "superior", "federal", "circuit", "high", "appeals",
                        "appellate", "magistrates", "magistrate", "crown"})
COURT_WORDS = frozenset({"court", "courts", "tribunal"})
# Words of organisations' names (with those of institutions' buildings): "Acme Corp, Ohio"
# names a company, not a place in Ohio.
ORGANISATION_WORDS = VENUE_WORDS | FACILITY_WORDS | frozenset({
    "inc", "inc.", "corp", "corp.", "co", "co.", "company", "corporation", "group", "party",
    "bank", "association", "union", "agency", "ltd", "ltd.", "llc", "times", "post", "news",
    "herald", "press", "council", "department", "ministry", "police", "board", "committee",
    "foundation", "trust", "fund", "society", "institute", "service", "services", "team",
})
# Words of an institution of a town (its police, council, schools, newspaper): its name names
# the town ("the Dalton Daily Citizen", "the Macon Telegraph"). Not "university" or "college":
# they are often named after their founders (a small town called Cornell is not where Cornell
# University is).
LOCAL_INSTITUTION_WORDS = frozenset({
    "police", "sheriff", "fire", "council", "school", "schools", "hospital", "court",
    "library", "mayor", "city", "county", "township", "borough", "district", "department",
    "councillor", "councilor", "councilman", "councilwoman", "alderman", "selectman",
    "transit", "water", "parks", "board", "chamber", "jail", "courthouse",
    "daily", "gazette", "tribune", "journal", "courier", "telegraph", "chronicle", "herald",
    "citizen", "examiner", "sentinel", "dispatch", "enquirer", "inquirer", "ledger",
})
# Fields a ministry, department, chamber, court or school is "of" ("the Chamber of Commerce",
# "the Department of Justice", "the Court of Appeals", "the School of Mines"): in an
# organisation's name such a word is its field, never the town of the same name
# (Commerce, Texas; Justice, Illinois; Industry, California).
FIELD_WORDS = frozenset({
    "commerce", "industry", "justice", "health", "labor", "labour", "education", "agriculture",
    "defense", "defence", "energy", "transportation", "transport", "interior", "treasury",
    "finance", "science", "sciences", "technology", "arts", "culture", "tourism", "trade",
    "environment", "housing", "appeals", "corrections", "mines", "fisheries", "forestry",
    "welfare", "safety", "security", "revenue", "customs", "immigration", "information",
    "communications", "works", "planning", "veterans", "affairs", "wildlife", "recreation",
    "medicine", "law", "engineering", "economics", "music", "design", "enterprise",
    "development", "investment", "employment", "sport", "sports", "youth", "religion",
})
# Words for an institution, a building, a body's field or a natural feature: by itself, no
# town's name inside another name ("Garden City Community College" names no College, Alaska).
INSTITUTION_OR_FEATURE_WORDS = LOCAL_INSTITUTION_WORDS | VENUE_WORDS | FACILITY_WORDS \
    | FIELD_WORDS | FEATURE_WORDS
# Lowercase words after a place's name that make the name a disease's or a virus's ("West
# Nile virus", "Lassa fever", "Minamata disease", "Reston ebolavirus"): not a place mention.
DISEASE_WORDS = frozenset({"virus", "viruses", "ebolavirus", "fever", "disease", "flu",
                           "influenza", "syndrome", "encephalitis"})

# Institutions often named after a person ("the Carnegie Library", "Kennedy Memorial
# Hospital"): a town's name in them is no sign of the town.
PERSON_NAMED_WORDS = frozenset({"library", "hospital", "memorial"})
# Words of a newspaper's or broadcaster's name besides the local institution's ("the Suffolk
# Times", "the Denver Post"): named after the town it serves, whichever that is.
NEWS_WORDS = frozenset({"times", "news", "post", "press", "record", "register", "star",
                        "observer", "bulletin", "standard", "review", "mail", "globe",
                        "gazette", "democrat", "republican", "leader", "tv", "radio"})


def is_local_institution(words: set[str]) -> bool:
    """True for the (folded) words of a town's own institution's name: its police, council,
    schools, newspaper; not one often named after a person."""
    return bool(words & LOCAL_INSTITUTION_WORDS) and not words & PERSON_NAMED_WORDS


# Capitalised last words that make a name an area's ("Bama Town", "Bani Zaid Quarter", "Deir
# Hafer District"): a person's or organisation's name does not end in them.
AREA_WORDS = frozenset({"town", "village", "quarter", "suburb", "governorate", "province",
                        "district", "hamlet", "township", "neighbourhood", "neighborhood"})
# First words of Arabic and Hebrew place names: hill, village, house, monastery, mountain,
# valley, well, spring, meadow, palace, river ("Tal Abyad", "Kafr Nabl", "Beit Lahia", "Deir
# Hafer", "Ein Gedi", "Nahr al-Bared"); and the Philippines' word for a village.
PLACE_PREFIXES = frozenset({"tal", "tel", "tell", "kafr", "kfar", "beit", "deir", "jabal",
                            "jebel", "wadi", "bir", "ain", "ein", "marj", "qasr", "nahr",
                            "barangay", "brgy."})

# Lowercase words inside persons' and places' names ("Ludwig van Beethoven", "Abu Bakr
# al-Baghdadi", "Ceamurlia de Jos").
NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "du",
                            "la", "le", "bin", "ibn", "bint", "al", "el", "ben", "y", "dos",
                            "das", "ter", "op", "zu", "af"})
# First words of a storm's name ("Typhoon Kammuri", "Tropical Storm Alberto", "Cyclone Idai"):
# the storm, not a place, whatever the model's label.
STORM_WORDS = frozenset({"typhoon", "hurricane", "cyclone", "storm"})
STORM_MODIFIERS = frozenset({"super", "tropical", "severe"})


# The possessive's token after a name ("Goma's airport").
POSSESSIVES = frozenset({"'s", "’s"})


def ends_in_feature_word(name: str) -> bool:
    """True when the name's last word is a natural feature's generic word ("Willamette
    Valley", "the Canadian River")."""
    return fold(name).rsplit(" ", 1)[-1] in FEATURE_WORDS

