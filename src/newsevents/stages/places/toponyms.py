"""Toponym recognition: which mentions name places, fixing the NER model's usual confusions.

- GPE, LOC and FAC mentions are toponyms, unless the name is the surname of a person named
  in the article, by a PERSON mention or a person actor ("Obama" after "Barack Obama" is
  the person, not Obama, Japan); lowercase direction words before the name are not part of
  it ("north west London" → "London"), nor capitalised ones when the whole is no entry and
  the rest names a country or province ("Eastern China"; not "South Africa");
- a NORP mention that is a demonym ("Iraqi", "Iranians") is a *country reference*: it counts
  towards the article's country focus and is kept on the country's Place as a demonym, never
  as a mention (an event is not "in Iraqi"); a region's adjective ("European", "Central
  American") is a demonym of the region; so is a demonym outside the place and organisation
  mentions ("8,000 Egyptian pounds", an untagged "Danish"), but not a language ("in
  English");
- a NORP mention that is not a demonym but names a sizeable populated place or admin region
  by its own name ("Samarra", "Cornwall" tagged NORP; not "Christian" for Christian County)
  is a toponym; so is an ORG (or PRODUCT) mention that is exactly the name of a country or
  admin region ("KwaZulu-Natal", "Sokoto State"), or of a town the context places (below;
  without it "Liverpool" is more often the football club);
- a PERSON or ORG name that the gazetteer knows as a place and that the context places is a
  toponym: a locative cue ("in X", "near X"), also before the first name of a list ("in
  Suwon and X", "the cities of A, B and X"); a place noun ("the village of X", "the
  province X"); where a person is from ("Jane Roe of X", "Jane Roe, 54, of X"); a qualifier
  ("X, Ohio", "X, Ill."); a place it is listed with ("Cairo, X and Luxor"); the town of an
  institution set off by commas ("the Federal College of Health, X,"); a longer PERSON
  mention that is exactly the name of a country, admin region or sizeable city ("Tamil
  Nadu") is one without context;
- a GPE that is the surname of a person named in the article stays a toponym only when it
  names a country, admin region or region ("Jordan"), or the context places it ("in
  Hammond", "Reston, Virginia"); bare directions ("the West") are not toponyms;
- "X province/governorate/district", "X state", "the state of X", "X Governor" and "the
  governor of X" carry an admin-level hint; "near X", "outside X", "north of X" mark a place
  that is only approximately the one named (precision 2 for cities);
- names inside an organisation's name ("the Springfield Police Department", "Ohio State
  University", "University of Kent", "Air France", "Japan’s Ministry of Agriculture"): a
  country's name or a demonym anywhere in it is a country reference (kept on the country's
  Place as `embedded` or as a demonym), except a name that is also a province of another
  country ("the Georgia National Guard"), left to the article's context as a place; a
  region, province, district named with its admin word, or town by its own name at the
  start of a run of capitalised words, after "of" or at the end of the name is a place
  flagged `embedded` (a town of 50,000+ people, or of 1,000+ when the organisation is a
  local institution: police, council, school …, not a university, often named after its
  founder); an organisation's name ending in a facility word ("Royal Street", "Mercy
  Hospital", "Kilburn Estate") is a facility (FAC), and so is one named as a venue ("at
  the X School of Music", "at the Palais X in Geneva");
- an untagged proper noun of one to three words that is exactly a country name, or in a
  place context (above) a province or a town of 10,000+ people, is a toponym the model
  missed; so is a place before a hyphenated participle ("Ohio-based"; a country so named,
  "U.S.-led", is a country reference); and a dateline in capitals opening the text, a
  line, or (before an agency or a dash) a sentence ("DURBAN, South Africa —", "TORONTO —",
  "SAN DIEGO (AP) -"), with the state or country that qualifies it; a trailing possessive
  is not part of a name.

Added in places.gazetteer.v6: a name that speaks ("Reyes said", "according to Reyes") is a
person's or organisation's wherever the article writes it, unless it is a country, province,
region, capital or big city (speakers.py); a place's name before "virus", "fever" or
"disease" names the disease ("West Nile virus"); an untagged organisation's name is read for
the places inside it ("the Gwinnett County Sheriff's Office", untagged.py); a name after a
title is a person's ("Police Chief Cleveland Spruill"), and the words before a local office's
title in a person's name name its town ("Dalton Mayor Ann Reyes", titles.py).

Added in places.gazetteer.v7: an organisation's name that is exactly a town's own name (a
town of 50,000+ people) is named after the town ("Liverpool beat Reading"): the town flagged
`embedded` (inside.py); "the 500 block of X" and a road word ("Drive", "Parkway") make X a
road; a name run into the place it is in is split ("Washington University in St. Louis",
repair.py); a short country or state name before a route number is the road ("along U.S.
129"), and a facility named by a number is never the place inside its name (lookup.py); a UK
nation's adjective names the nation ("Welsh farmers": Wales), a demonym naming a language
("an English translation") no place; two places sharing their last words are both read
("North and South Korea", "Central and South America"); a noun whose "of" names a place ("the
rebel stronghold of X", "the shelling of X", "the port of X"), a town's possessive before a
facility noun ("Goma's airport") and an appositive saying where a name is ("X, near Lyon,")
make it a place; landmarks (landmarks.py) are exact places unless they name the institution
they house ("White House aides"); a list the model took for organisations whose names are all
towns of one state is a list of towns ("Cartersville and Cedartown", lists.py); a natural
feature tagged as an organisation needs a place context ("Amazon" alone is the company); a
club named with its town and a club word ("Leeds United", "Bristol Rovers") gives the
town, embedded, unless the whole is a town; a name before a noun of a town's
people or services ("a Jackson man", "Ridgeland police", "two Hogansville men") is placed
(placing.py).

Added in places.gazetteer.v8: a dateline is a place whatever the parser makes of it; a list of
towns of one state may mix organisation-, place- and person-tagged names ("Warner Robins and
Perry"); an untagged city of 500,000+ by its own name is a place anywhere; a person-tagged
name after "through" is placed; one before a facility noun is the capital, country or
province it names ("the Sanaa airport"), else the facility's ("the Kennedy airport"); a
place inside an armed group's dictionary name is embedded ("al-Qaeda in Iraq"); a place
named in an accord's, an international body's or an event's name is `famous` ("the Paris
Agreement"), and one after "the city's" is a part of a town (`in_town`, toponym.py); a
currency's country is an embedded reference ("US$5 million", "5 million US dollars";
untagged.py); a school's, college's, academy's or hall's name is its premises; a state's
code in capitals inside an organisation's name is the state ("the NSW Primary Industries
Minister", inside.py); a GPE the gazetteer lacks is placed when "at", an appositive, a list
or a distance says where it is ("X, 100 km north of Y", any label but a person's for the
distance); three untagged capitals are an acronym, never a town.

Added in places.gazetteer.v9: a name before a building noun in a place no town of the name
lies in is the building's, placed there ("Erlanger hospital in Chattanooga", any label; not
"the Kandahar airport in southern Afghanistan", facilities.py); a GPE the gazetteer lacks after a
tagged place and a noun of a part of it is placed in it ("the Nairobi slum X"); a district
joined by "and" to the one an organisation's name opens with is a place too ("Devon and
Cornwall Police", inside.py); a place before "Gov." is a first-level region (toponym.py); a
name with an age between commas after it is a person's ("Jordan, 56, was shot", titles.py);
the object of a verb of capture is no place when a verb only persons undergo is coordinated
with it ("X was captured and shot", verbs.py); a country's own name after an office's "of"
is the country, before its holder's name ("the President of Kenya William Ruto", tagged as
one person or not tagged at all; untagged.py).

Added in places.gazetteer.v10: one mention that is a list of towns of one state is each town
("Kalamazoo, Portage and Richland" tagged as a firm), and a list of towns or districts of one
province the model tagged partly as a group is places ("Terre Haute and West Terre Haute",
"Devon and Cornwall", lists.py); a town after a university's acronym or its word State,
University or College is the campus's ("SUNY New Paltz", inside.py); a body's field after
"of" is no town ("the Chamber of Commerce"); a team's name after a determiner and a town
before its service's capitalised word give the town ("every Seattle Seahawks game", "Seattle
Fire"); a name moved into and placed in a tagged place is a place there ("pushed into Marjah
in Helmand", verbs.py); a town of 1,000+ after a place cue in a province the article names is
a place the model missed, also when tagged as an adverb ("toward Powderly", untagged.py);
the initials of a country the article names are that country ("SA", initials.py); "No."
before a number, and a title after a place noun used as an adjective ("the state
Commissioner"), are no places; a name cut before its road word is the road (repair.py).

Added in places.gazetteer.v11: a name ending in a body's word is an organisation's also when
tagged as a person ("Murray County Schools"), so the county inside it is read; a town before
"State University" or "State College" is the school's of any size ("Dalton State College",
inside.py); an institution "in" a place its inside name does not lie in honours a person
("Washington University in St. Louis", facilities.py); names given as examples of a plural place
noun are places ("towns such as Summerville and Trion"); a list of towns after a place cue,
all in a province the article names, is places of any size ("from Chatsworth, Eton and
Tunnel Hill", lists.py); a town's own name of 10,000+ right after a preposition is the town
though it ends in a building's word ("in State College"); a generic word before a plural
admin noun is the unit ("Centre and Huntingdon counties"); a name before "-based" is in a
place context ("the Bellefonte-based utility"), and so is what shares a border ("the Jigawa
border with Yobe", "towns bordering Yobe", "neighbouring Yobe", placing.py); a region of our
table by its own name is no person's name ("Floods hit Yorkshire") and, untagged, a place
after a cue ("across Yorkshire", untagged.py); regions.csv v8 adds England's regions and
areas (Yorkshire, the Midlands, the West Midlands, East Anglia, the Lake District); a unit
named with Nigeria's local government words is the unit whatever the label ("Gwoza Local
Government Area", "Bichi LGA", "Bama and Konduga LGAs"; place_names.py, cues.py); a story
whose towns lie together across a state line is local (local.py); a US legislator's home
after the party letter is a place of any size ("Rep. Jane Roe, R-Middlebury,", placing.py); a
building the gazetteer lacks is placed at the town its own name holds (fallback.py); a
district is read in the state its own sentence names ("in southwest Michigan, Cass County
officials", resolve.py); a nation of the United Kingdom is read anywhere in an
organisation's name, as a country is ("Marine Energy Wales Annual Conference", inside.py);
a list the model tagged as one place is each town of one province, of any size
("evacuations in Florence and Williamsburg", lists.py); a natural feature's word inside an
organisation's name names no town ("the San Isabel National Forest"); a town's name is not
spelt as the building that holds it ("Canon City High School" for Cañon City); the second
end of a route named by its ends is a town, not the road ("the Nashik-Pune highway", facilities.py);
a storm's name is no place ("Typhoon Kammuri"); "Barangay X" is a Philippine village
(words.py); a region keeps its name beside an airport named after it ("Bicol"); a district
read by an alias without its admin word holds no town ("Provo, Utah" is the state, not Utah
County, which news writes with its word; resolve.py).

Added in places.gazetteer.v16: a direction word opening a region's full name stays in it
("the Upper East Region", toponym.py); a name the text calls a first-level unit is the
province, not the town or district named like it ("the state of Veracruz", "Bandundu
province", lookup.py); the last name of a list that holds a place-tagged name is in a place
context ("Wexford, Waterford and Cork"), and so are both names of "between A and B" when both
are towns of 10,000+ or larger units (placing.py); one mention "A to B" of two places gives
both (repair.py); "Neighbouring" or "Nearby" opening a mention is no part of the name, nor of a
person's (toponym.py); a river, lake or range after "the" with no noun after it is the
feature whatever the model's label ("The Brahmaputra rose", labels.py), and so is a name before
a lowercase feature word ("the Llyn peninsula", tagged.py); a name before a lowercase
facility noun "in" a place where no town of the name lies is looked up with that noun ("the
Santa Rosa hospital in Piura", facilities.py); an island of our table after "on" is a place
("on Upolu and Savai'i"), a run of capitalised words ending in a capitalised road word is the
road ("Providence Road"), an ordinal before a road word is a street ("Third Street", "42nd
Street"; untagged.py, facilities.py); a LOC mention in a place context is kept when the
gazetteer lacks it ("at Pecem in Ceara"); a list of towns tagged as a title is the towns
("Ludlow, Bridgnorth and Much Wenlock"), a town tagged as a language after a place cue is the
town ("from Idabel and Broken Bow"), a town before a noun of people after an age is a town
("a 64-year-old Corvallis man", placing.py), a numbered road tagged as a firm is the road
("Interstate 65", labels.py); a word the model tagged as a date that no date is written with
is read as untagged ("in Masindi and Mbarara"), and so is a hyphenated name ("Southend-on-Sea",
untagged.py); a mention is joined across hyphens and "under" ("Newcastle-under-Lyme",
repair.py); what one speaks, learns or translates is a language ("speak German and French",
cues.py); an appositive that calls a name a town makes it a town, not the country its
spelling is the demonym of ("Welsh, a town in Jefferson Davis Parish", lookup.py), and a
demonym before a capitalised feature word names the feature ("the Canadian River");
a building named after a town is at the town of that name the article places ("Clinton High
School" in a story about Clinton, Ark.); an unknown building or town quarter in a story whose
sure dateline town the article names is put near that town when nothing nearer places it,
and an unknown name placed among the article's places is put among those of the province
that holds most of them (fallback.py).

Added in places.gazetteer.v17: a town or district of a story's province near its places, whose
name is also a country's or a region's abroad and no region's at home, is weighed by the
province and the places near it as a town's name is ("Lebanon Middle School … Clinton County"
is Lebanon, Indiana; "the county office building in Delhi" in a story about Delaware County,
New York, is not India's capital; local.py, resolve.py); a name does not vouch for its own
reading by being written again inside other names (evidence.py); "the county of X", "the
municipality of X" and other admin nouns before "of" make X a unit of that level (toponym.py);
a bare hamlet's name in an American local story is no reading 250 km or more away in another
state ("a church in the Baileyton community" in a story about Greene County, Tennessee, is not
Baileyton, Alabama; local.py); a region's possessive before a place is the region whatever the
model's label ("Chhattisgarh's Bastar district", placing.py, tagged.py); a town named with a
facility's word first is the town ("nearby Port Victoria" tagged FAC, labels.py); an unknown
building is put at the dateline's town also when the dateline is no capital and names no
region, once the text places its mention of that town there ("BELFAST (Reuters) — … the
shipyard in Belfast … the Waterfront Hall", fallback.py); "volcano" is a feature word ("Mayon
volcano", words.py). An untagged feature of our table by its own name and generic word is a
place without a cue ("the mid-Willamette Valley", untagged.py). A dateline names a town: of a
city and a county of one name ("MOMBASA"), the city (__init__.py).

Added in places.gazetteer.v18: a name the text puts in a district is no country or province
("a sister of Denmark in Lee County"; ruled_out.py) and, the gazetteer lacking the town, is
placed in that county (resolve.py, fallback.py); a name's own mentions inside other names do
not make its sentence name its country ("Norway High School … St. Michael's in Norway",
evidence.py); a building named after a town the article also names by itself reads every
town of that name, and takes the one the bare name took ("Mexico High School" beside the
town of Mexico, Missouri; lookup.py, groups.py, resolve.py); a one-word name the model took
for a person's that is a city of 500,000 people or a national capital of 100,000 by its own
name is the city, unless a person of the article bears it or a quotation mark opens it ("The
people of Bogotá and Medellín", "has asked Sarajevo"; labels.py); a qualified dateline's town
is searched among all the entries of its name ("MANCHESTER, Vt.", __init__.py). The
gazetteer gives a district no town is filed under its namesake town's point ("Afrin
District"), and reads the Canadian Press abbreviations of the provinces ("LONDON, Ont.").

Added in places.gazetteer.v19: two countries or provinces a missing comma runs into one
mention are each a place ("Cyprus, Greece Italy or Spain"; repair.py); a cinema, theatre,
restaurant, pub, café, shop, store, supermarket, nightclub or bakery named after a town is
the business "in" the place the text puts it in, when no town of its name lies there ("the
Pioneer cinema in Dewsbury"; facilities.py); a plural admin noun after a list reaches a name
whose comma is missing ("in Hama Idlib and Homs provinces"; lists.py); a country's own name
the model took for a person's is the country where it modifies a noun and no person of the
article bears it ("the Malawi government said"; labels.py); a state's name right after
"the", no noun after it, is its river ("down the Ohio"; tagged.py); names listed before
"rivers", "creeks" or "valleys" are those features, also across a second name of several
words ("the Indrawati and Bhote Koshi rivers"; cues.py); a town, its state and another
town are no list of units ("Portland, Maine, and Montreal"; context.py); another town's own
name filed as an old name of the dateline's town is that town ("Concord" in a story from
Lisbon, N.H.; resolve.py).

Added in places.gazetteer.v20: a town's name opening a company's, club's or university's
name, or after its "of", is the town people know when the article names it nowhere else
and no qualifier says which ("Aberdeen Asset Management"), not a town's own institution's
or newspaper's ("the Aberdeen Times"; inside.py); a club's word before its town's name and
a club under any label ("Atletico Madrid" tagged as a person, "Dynamo Kyiv" as a product);
an untagged team's plural name after its town's ("the Toronto Raptors"; untagged.py); an
organisation's word is no town in an organisation's name ("the Union of …"); a demonym before
a town's quarter word is the quarter, not the country ("the French Quarter"; tagged.py,
untagged.py); a name before a town office's title and a person's name is the office's town
("Mabini Vice-Mayor Ester Tabigue", "Dalton councilman Peter Moyes"; bodies.py); a name the
text calls a province may be a second-level unit where no first-level one of the name lies
in that country ("the provinces of Cagayan and Isabela"; lookup.py); a state written as the
qualifier of a town named after the lead says nothing of the story's own state ("a son of
Murray, Ky."; evidence.py); an unknown name is placed at the most specific place its
sentence names, not at the state that holds it ("GENEVA, Ala. — … this small Wiregrass
town"; fallback.py).

Place contexts added in places.gazetteer.v4 (issue 13): a lowercase direction ("central X",
"south of X"), an institution's "of" ("the Children's Hospital of X"), the object of a verb
of capture or patrol ("rebels captured X", also passive), an appositive place noun ("X, a
farming town"), "a village called X", a place noun after the name or a pair of names ("X
village", "X and Y islands"). A place noun, a feature word ("Kodori Gorge") or a lowercase
road word ("Bourbon and Dauphine streets") makes a name tagged PERSON, ORG or NORP a place
even when the gazetteer lacks it; a town the model took for a language or a work of art
("Aleppo") is one; a name ending in a building's word is the building, not a town named
like it ("the White House"); a place's name tagged FAC without such a word is the place.
Mentions are first repaired (repair.py) and repeated names added (discourse.py). The rules
live by concern: the Toponym and CountryRef types (toponym.py), what the words around a
name say (cues.py, placing.py, verbs.py, facilities.py), what a name's own words make it
(name_kinds.py), what the gazetteer knows a name as (entries.py), one tagged mention
(tagged.py, labels.py), names inside organisations' names (inside.py), names the model did
not tag (untagged.py) and datelines (datelines.py); this module gathers them in text order.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...model import ArticleAnalysis, Mention, Span
from ...parse import Parse
from ...resources.gazetteer import Gazetteer
from ...resources.place_names import fold
from .datelines import find_datelines
from .inside import inside_actor_names
from .lists import list_items, organisation_lists, towns_of_one_province
from .lookup import is_acronym
from .placing import is_located, is_placed
from .repair import repair_mentions
from .speakers import speaker_names, without_speakers
from .tagged import read_mention
from .toponym import LEADING_MODIFIERS, CountryRef, Toponym, make_toponym, settle
from .untagged import (
    currency_names,
    find_loose_names,
    find_missed,
    find_untagged_organisations,
    named_provinces,
)
from .words import DISEASE_WORDS, NAME_PARTICLES

# Words that, capitalised at a sentence's start, open a phrase rather than a name ("With
# Samos's economy in ruins" is no person "With Samos").
OPENING_WORDS = frozenset({"with", "in", "at", "the", "from", "for", "of", "on", "by", "to",
                           "and", "but", "as", "after", "before", "a", "an", "his", "her",
                           "their", "its", "this", "that", "when", "while", "if", "under"}
                          ) | LEADING_MODIFIERS  # "Neighbouring Tamil Nadu" is no person


def person_names(analysis: ArticleAnalysis, *, written: bool = False) -> frozenset[str]:
    """Folded names and surnames (last words) of the persons in the article: PERSON mentions,
    and the person actors (with every mention co-referred to them) when the actors stage ran,
    by their dictionary names too unless `written` (names as the article writes them only).
    Only the last word: a name is repeated by its surname, and the model often runs a
    person's name into a place before it ("Hammond Health Officer Rodrigo Panares")."""
    text = analysis.article.text
    names = [m.span.of(text) for m in analysis.mentions if m.label == "PERSON"]
    for actor in analysis.actors:
        if actor.kind == "person":
            names.extend([] if written else [actor.name])
            names.extend(span.of(text) for span in actor.mentions)
    out: set[str] = set()
    for name in filter(looks_like_name, names):
        key = fold(name)
        out.add(key)
        if len(last := key.rsplit(" ", 1)[-1]) > 2:
            out.add(last)  # "Obama" after "Barack Obama"; not "Reston" of "Ebola Reston"
    return frozenset(out)


def looks_like_name(text: str) -> bool:
    """True for a person's name as written: every word capitalised but name particles ("Abu
    Bakr al-Baghdadi", "Ludwig van Beethoven"); not a phrase an actor's mentions may also
    hold ("the state of Guerrero", "Smith and Jones", "With Samos"), whose last word is no
    surname."""
    words = text.split()
    return bool(words) and words[0].lower() not in OPENING_WORDS and all(
        w[:1].isupper() or w.lower().split("-")[0] in NAME_PARTICLES or not w[:1].isalpha()
        for w in words)


def recognize(analysis: ArticleAnalysis, parse: Parse, gazetteer: Gazetteer, *,
              speech_verbs: frozenset[str]) -> tuple[list[Toponym], list[CountryRef]]:
    """Toponyms and demonym country references, in text order; `speech_verbs` tell which
    names speak (speakers.py)."""
    text = analysis.article.text
    persons = person_names(analysis)
    written = person_names(analysis, written=True)
    toponyms: list[Toponym] = []
    refs: list[CountryRef] = []
    mentions = repair_mentions(analysis.mentions, parse=parse, gazetteer=gazetteer)
    provinces = named_provinces(parse, mentions, gazetteer)  # read once: lists, untagged names
    listed = town_lists(parse, mentions, gazetteer, persons, provinces=provinces)
    in_lists = {t.span for t in listed}
    for mention in mentions:
        if mention.span in in_lists:
            continue  # "Cartersville and Cedartown": read as a list of towns
        tops, found = read_mention(mention, text=text, parse=parse, gazetteer=gazetteer,
                                   persons=persons, written=written)
        toponyms.extend(tops)
        refs.extend(found)
    toponyms.extend(listed)
    currencies = currency_names(parse)  # read once: both untagged readers skip them
    toponyms.extend(find_missed(parse, mentions, gazetteer, persons, currencies=currencies,
                                provinces=provinces))
    org_tops, org_refs = find_untagged_organisations(parse, mentions, gazetteer, persons)
    toponyms.extend(org_tops)
    refs.extend(org_refs)
    loose_tops, loose_refs = find_loose_names(parse, mentions, gazetteer,
                                              currencies=currencies)
    toponyms.extend(loose_tops)
    refs.extend(loose_refs)
    speakers = speaker_names(parse, mentions, speech_verbs=speech_verbs)
    toponyms = without_speakers(toponyms, speakers, gazetteer)
    # a dateline is a place whatever the parser makes of it ("CAMP X, Wash. - … said")
    toponyms.extend(find_datelines(parse, mentions, gazetteer, text))
    toponyms = inside_actor_names([t for t in toponyms if not names_a_disease(parse, t.span)],
                                  analysis.actors)
    refs = [r for r in refs if not names_a_disease(parse, r.span) and not _PAN.search(
        text[max(0, r.span.start - len("Pan-")):r.span.start])]
    return settle(located(toponyms, parse, gazetteer), refs)


def located(toponyms: list[Toponym], parse: Parse, gazetteer: Gazetteer) -> list[Toponym]:
    """The toponyms, a GPE or LOC the words around say where it is ("at X", "X, near Lyon",
    "in A, X and B" for a GPE, "at Pecem in Ceara") marked `cued`: the model and the context
    agree it is a place, so a name the gazetteer lacks is kept and placed by the text
    (fallback.py)."""
    return [replace(t, cued=True) if not t.cued and t.label in {"GPE", "LOC"}
            and not is_acronym(t.text, longest=4)  # "a student at IBA": an institution
            and is_located(parse, t.span, gazetteer, lists=t.label == "GPE") else t
            for t in toponyms]  # a LOC listed after a place may be any area ("the Cypress
    # River and Zorblat Sector")


def town_lists(parse: Parse, mentions: tuple[Mention, ...], gazetteer: Gazetteer,
               persons: frozenset[str], *,
               provinces: frozenset[tuple[str | None, str | None]]) -> list[Toponym]:
    """The names of a list the model took for organisations (some for persons) when all are
    towns of one province or state ("Cartersville and Cedartown closed schools"; lists.py),
    or, after a place cue, towns of any size of a province the article names (`provinces`:
    "nurses from Chatsworth, Eton and Tunnel Hill" in a story naming Georgia). A mention
    written as a list ("Chatsworth, Eton") gives each of its names."""
    out = []
    for run in organisation_lists(parse.text, mentions, persons):
        items = [item for m in run for item in list_items(m.span, m.span.of(parse.text))]
        names = [name for _, name in items]
        if not towns_of_one_province(gazetteer, names):
            if not is_placed(parse, run[0].span, gazetteer) \
                    or any(fold(name) in persons for name in names):
                continue
            if not towns_of_one_province(gazetteer, names, small=len(names), within=provinces):
                continue
        out.extend(make_toponym(span, name, "GPE", parse) for span, name in items)
    return out


# "Pan American", "pan-African", "Pan-Arab": the adjective names a continent's or a people's
# whole, not the country whose demonym it is.
_PAN = re.compile(r"\b[Pp]an[- ]$")
MAX_DISEASE_WORDS = 3  # "Crimean-Congo haemorrhagic fever", "Venezuelan equine encephalitis"


def names_a_disease(parse: Parse, span: Span) -> bool:
    """True for a place's name or a demonym that names a disease or virus by the lowercase
    word after it, or adjectives and then that word ("West Nile virus", "Lassa fever",
    "Middle East respiratory syndrome", "Japanese encephalitis"): the disease is meant, not
    the place. Not "a Texas man with flu"."""
    tok = parse.token_at(span.end - 1)
    if tok is None:
        return False
    for nxt in parse.tokens[tok.i + 1:tok.i + 1 + MAX_DISEASE_WORDS]:
        if nxt.sent != tok.sent or not nxt.text[:1].islower():
            return False
        if nxt.text in DISEASE_WORDS:
            return True
        if nxt.pos != "ADJ":
            return False
    return False

