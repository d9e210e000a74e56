"""Groups of toponyms by name (one choice per distinct name in an article), their
candidates and the prior of each: population, feature type, how the name matched (see
resolve.py for the whole method)."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ...resources.gazetteer import MATCH_ALIAS, MATCH_NAME, Candidate, Gazetteer
from ...resources.place_names import fold
from .landmarks import kind_word
from .lookup import borrowed, lookup, namesakes
from .toponym import Toponym
from .words import ends_in_feature_word

KIND_PRIOR = {"country": 2.0, "region": 2.5, "city": 0.0, "admin1": -0.3, "admin2": -1.2}
MATCH_PRIOR = {MATCH_NAME: 1.0, MATCH_ALIAS: 0.6}
LOOSE_PRIOR = 0.3
CAPITAL_PRIOR = 1.2
MAX_CANDIDATES = 25
SMALL_PROVINCE = 100_000  # a first-level region this small does not make a name a province's
NAMESAKE_PENALTY = 1.5
ARTICLE_PENALTY = 1.5


@dataclass(slots=True, kw_only=True)
class Group:
    """All toponyms with the same folded name (and admin hint)."""

    members: list[int]
    candidates: list[Candidate]
    partial: bool = False  # the candidates are for a part of the name only
    priors: list[float] = field(default_factory=list)
    choice: Candidate | None = None
    confidence: float = 0.0
    reason: str = ""
    first: Candidate | None = None  # the first pass's choice, seen by the second pass
    first_confidence: float = 0.0
    abroad: bool = False  # every candidate is a small place in a country the text never names
    famous: bool = False  # named only inside accords' and bodies' names ("the Paris Agreement")
    embedded: bool = False  # named only inside organisations' names ("the NY Plum Island center")
    feature: bool = False  # a natural feature read by a place in its name ("the Arkansas River")
    level: int | None = None  # the admin level the text gives the name ("the X district")


def population_prior(cand: Candidate) -> float:
    return 2.0 * math.log10(cand.population + 1) / 7.0


def by_own_name(cand: Candidate) -> bool:
    """Matched by its own name, or by an alias of one of our regions: those are curated
    ("Atlantic" for the Atlantic Ocean, "Gulf" for the Persian Gulf), as good as the name."""
    return cand.match == MATCH_NAME or cand.kind == "region" and cand.match == MATCH_ALIAS


def prior(cand: Candidate, level: int | None, *, article: bool = False,
          directed: bool = False, lone: bool = False) -> float:
    """The candidate's score before context. `lone`: no town of its country has the name,
    so a district is not the namesake of its own seat ("Devon", an English county, where
    Devon the town is Canadian or American) and ranks as a first-level region would."""
    match = MATCH_NAME if by_own_name(cand) else cand.match
    score = population_prior(cand) + MATCH_PRIOR.get(match, LOOSE_PRIOR)
    if level is not None and cand.kind in {"admin1", "admin2", "region"}:
        score += 2.5 if cand.kind == f"admin{level}" else 1.5
    elif level is not None and cand.kind == "city":
        score -= 1.0
    elif lone and cand.kind == "admin2":
        score += KIND_PRIOR["admin1"]
    else:
        score += KIND_PRIOR.get(cand.kind, 0.0)
    if cand.feature_code == "PPLC":
        score += CAPITAL_PRIOR
    if article and cand.kind == "city":  # "the Atlantic" is the ocean, not a town
        score -= ARTICLE_PENALTY
    if directed and cand.kind == "city":  # "central Washington" is the state
        score -= ARTICLE_PENALTY
    if cand.lat is None:
        score -= 1.5
    return score


def spread_qualifiers(toponyms: list[Toponym], qualifiers: dict[int, str],
                      gazetteer: Gazetteer, *, town: str | None = None) -> dict[int, str]:
    """`qualifiers` (toponym index → the state or country qualifying it) with the article's
    bare uses of a name it qualifies with one qualifier only: one name is one place in a story
    ("LEBANON, Tenn. … the Lebanon square … Lebanon High School" are the Tennessee town, not
    the country), unless the bare name may be a first-level region of the qualifier's country
    ("Washington, D.C." … "central Washington"), or is the name of the town a sure dateline
    gives (`town`): "MARIETTA, Ga. — … Marietta police … a tourist from Marietta, Ohio"."""
    by_name: dict[str, set[str]] = {}
    for k, qualifier in qualifiers.items():
        by_name.setdefault(toponyms[k].full_key, set()).add(qualifier)
    out = dict(qualifiers)
    home = fold(town) if town else None
    for k, top in enumerate(toponyms):
        found = by_name.get(top.full_key, set())
        if k in qualifiers or top.level is not None or len(found) != 1 or top.key == home:
            continue
        (qualifier,) = found
        if not _province_of_qualifier(gazetteer, top.text, qualifier):
            out[k] = qualifier
    return out


def _province_of_qualifier(gazetteer: Gazetteer, name: str, qualifier: str) -> bool:
    countries = {c.country for c in gazetteer.candidates(qualifier) if c.kind == "admin1"}
    return any(c.kind == "admin1" and c.country in countries and c.match <= MATCH_ALIAS
               for c in gazetteer.candidates(name))


# A name and a particle before the rest of a Spanish, Portuguese, French or Italian place's
# name ("Santiago de Cuba", "Santa Cruz de la Sierra", "Rio de Janeiro"): news calls the place
# by the opening once it has named it in full.
_PARTICLE_REST = re.compile(r"^(.+?) (?:de|del|de la|de las|de los|do|da|dos|das|di|du) \S")


# A country's name in full ends in its short name: "the Democratic Republic of the Congo",
# later "Congo"; "the Islamic Republic of Iran", later "Iran".
_OF_TAIL = re.compile(r"^.+ of (?:the )?(.+)$")
GroupKey = tuple[str, int | None, str]


def _short_forms(top: Toponym, cands: list[Candidate]) -> list[tuple[str, bool]]:
    """The short names news gives a place it named in full (its readings `cands`), each with
    whether it is a country's: a place's name up to a particle (`_PARTICLE_REST`), and the
    end of a country's name in full after "of" (`_OF_TAIL`)."""
    out = [(hit.group(1), False)] if (hit := _PARTICLE_REST.match(top.full_key)) else []
    if (tail := _OF_TAIL.match(top.full_key)) and any(
            c.kind == "country" and c.match <= MATCH_ALIAS for c in cands):
        out.append((tail.group(1), True))
    return out


def make_groups(toponyms: list[Toponym], gazetteer: Gazetteer, *,
                qualifiers: dict[int, str] | None = None) -> tuple[list[Group], list[int]]:
    """Groups in order of first mention, and the group index of each toponym; a name
    qualified by an abbreviation ("Washington, D.C.") is a group of its own; a bare name that
    opens a name the article gave in full before it, up to a particle, joins that name's group
    unless it may be a country ("Santiago de Cuba … in Santiago, the island's second city"),
    and a country's short name joins the country named in full before it ("the Democratic
    Republic of Congo … Congo's health ministry")."""
    index: dict[tuple[str, int | None, str], int] = {}
    groups: list[Group] = []
    owner: list[int] = []
    directed = {(t.full_key, t.level) for t in toponyms if t.directed}
    short: dict[str, tuple[GroupKey, bool]] = {}  # "santiago" → Santiago de Cuba's key
    bare = frozenset(fold(top.text) for top in toponyms)  # "Norway" of "Norway High School"
    for k, top in enumerate(toponyms):
        gkey = (top.full_key, top.level, (qualifiers or {}).get(k, ""))
        found = lookup(gazetteer, top, bare) if gkey not in index else None  # once a group
        if found is not None and gkey[1:] == (None, ""):
            full, country = short.get(top.key, (gkey, False))
            if full != gkey and country == any(c.kind == "country" for c in found[0]):
                gkey = full  # "Santiago de Cuba … in Santiago": the same city
            else:
                for name, is_country in _short_forms(top, found[0]):
                    short.setdefault(name, (gkey, is_country))
        if gkey not in index:
            index[gkey] = len(groups)
            cands, partial = found if found is not None else lookup(gazetteer, top, bare)
            demoted = (namesakes(cands) if top.level is None else set()) | borrowed(cands)
            turned = gkey[:2] in directed
            towns = {c.country for c in cands if c.kind == "city"}
            scored = sorted(((prior(c, top.level, article=top.article, directed=turned,
                                    lone=c.country not in towns)
                              - NAMESAKE_PENALTY * (c.pid in demoted), c) for c in cands),
                            key=lambda p: -p[0])
            scored = scored[:MAX_CANDIDATES]
            groups.append(Group(members=[], candidates=[c for _, c in scored],
                                priors=[s for s, _ in scored], partial=partial,
                                level=top.level,
                                feature=partial and ends_in_feature_word(top.key)))
        groups[index[gkey]].members.append(k)
        owner.append(index[gkey])
    for group in groups:
        group.famous = all(toponyms[k].famous for k in group.members)
        group.embedded = all(toponyms[k].embedded for k in group.members)
    return groups, owner


def state_or_country(group: Group) -> bool:
    """True when the name reads as a country and as another country's first-level region
    ("Georgia", "Niger"): which one it is, the rest of the article tells; until then it is no
    evidence of either country (a story about Dalton, Tunnel Hill and northwest Georgia is
    not about the Caucasus)."""
    countries = {c.country for c in group.candidates if c.kind == "country"}
    return bool(countries) and any(c.kind == "admin1" and c.country not in countries
                                   for c in group.candidates)


def towns_only(cands: list[Candidate], level: int | None = None) -> bool:
    """True when every reading of the name is a town or district, counting only the entries
    it is the own name of when there are any: an alternate name of a province ("Vienna" for
    Wien) does not make "Vienna" a province's name, so the article's province and the places
    near it still decide among the towns called Vienna. A name the text calls a district
    (level 2: "Hamilton County", "Howard and Hamilton counties") counts only its districts.
    A province smaller than SMALL_PROVINCE does not make a name a province's either:
    Puerto Rico's Isabela municipio (14,000 people) leaves "Isabela" in a story about the
    Cagayan Valley to the article's province, as Bermuda's Hamilton parish leaves Hamilton."""
    if level == 2:
        cands = [c for c in cands if c.kind == "admin2"] or cands
    named = [c for c in cands if c.match == MATCH_NAME] or cands
    return all(c.kind in {"city", "admin2"} or c.kind == "admin1"
               and c.population < SMALL_PROVINCE for c in named)


def prior_reasons(cand: Candidate) -> list[str]:
    how = {MATCH_NAME: "name", MATCH_ALIAS: "alternate name"}.get(cand.match, "spelling variant")
    out = [f"{how} of {kind_word(cand)} {cand.feature_code}"]
    if cand.population:
        out.append(f"population {cand.population:,}")
    return out


def first_choice(group: Group, final: bool) -> Candidate | None:
    """The reading the other names see: the first pass's choice in the second pass, the
    likeliest reading before it."""
    if final:
        return group.first
    return group.candidates[0] if group.candidates else None
