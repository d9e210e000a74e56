"""Toponym disambiguation: choose one gazetteer entry per distinct name in an article.

Score of a candidate = prior + context, in two passes (the second sees the first's choices):
- prior: population (log scale), feature type (country > region > capital > city > admin1 >
  admin2, unless an admin suffix asks for a region: "Diyala province"), how the name matched
  (official name > alternate name > loose transliteration variant); after "the" ("the
  Atlantic") or a lowercase direction ("central Washington", anywhere in the article) a
  town is unlikely;
- country focus: the share of the article's country evidence (countries named, demonyms, the
  dateline, the source's home country, then the first pass's choices) held by the
  candidate's country; a first-level region of the focus country outranks a foreign country
  of the same name when the focus is clear ("Georgia" in an American story);
- containment: "X, Y" / "X in Y" where Y is (or contains) the candidate's country or admin1;
- province focus (second pass): the share of the first pass's first-level regions (named,
  or holding the towns named) held by a town's or district's own region;
- enumerations: "Oregon, Texas and Washington" favours the reading of the kind its
  neighbours have (admin1 of the same country, or country);
- own names first: a town or district matched only by an alternate name that, in the same
  country, is another town's or district's own name is demoted ("Southold" is not South
  Bend);
- one name, one place: a bare name the article also gives with its admin word ("Suffolk
  County … Suffolk") is that region, unless the region is named after a big city in it;
- spatial coherence: distance to the other places chosen in the article;
- distance phrases: "X, about 80 miles north of Y" checks distance and bearing to Y;
- no foreign hamlets: when the article's focus country is clear, a small town in a country
  the article gives no evidence for is not a reading of the name ("Harad" in a story about
  Yemen is not the Swedish village), unless it lies near the focus country's point (a
  neighbour's town: Ramallah in a story about Israel's army) or is a town of 10,000+ in a
  country bordering it (Izium in a story about Russia's forces); with no other reading the
  name is placed as unknown names are (fallback.py), never abroad.
Confidence is the softmax weight of the winner; the reason lists the terms that decided.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from ...resources.gazetteer import MATCH_ALIAS, MATCH_NAME, Candidate, Gazetteer
from ...resources.place_names import bearing_deg, haversine_km, plain_name
from .context import Relation, abbreviated_qualifiers, containers, relations, siblings
from .fallback import anchor_unknown
from .landmarks import kind_word
from .lookup import borrowed, contains, lookup, namesakes
from .resolution import Resolution
from .toponym import CountryRef, Toponym

KIND_PRIOR = {"country": 2.0, "region": 2.5, "city": 0.0, "admin1": -0.3, "admin2": -1.2}
MATCH_PRIOR = {MATCH_NAME: 1.0, MATCH_ALIAS: 0.6}
LOOSE_PRIOR = 0.3
CAPITAL_PRIOR = 1.2
FOCUS_WEIGHT = 2.5
CONTAINER_BONUS = 2.5
MAX_CANDIDATES = 25
NAMESAKE_PENALTY = 1.5
SIBLING_BONUS = 2.5
LOCAL_SIBLING_BONUS = 1.0  # towns listed together: one province, a weaker hint than kind
HOME_WEIGHT = 1.5  # the source's home country, as much as a dateline
DOMESTIC_SHARE = 0.5  # the focus share that makes a region of that country beat a namesake
DOMESTIC_BONUS = 2.0
ARTICLE_PENALTY = 1.5
PROVINCE_WEIGHT = 1.5
FOREIGN_MAX_POPULATION = 100_000  # a town this small abroad is not the article's place
NEAR_ABROAD_KM = 400.0  # … unless it lies this near the focus country's point
NEIGHBOUR_MIN_POPULATION = 10_000  # … or is a town this big in a neighbouring country
PHRASE_END = re.compile(r"\s*(?:$|[,.;:!?)\]—–-]|[A-Z]|(?:in|on|at|for|from|to|and|or|with|"
                        r"was|were|is|are|has|had|have|where|which|who|when|after|before|"
                        r"since|until|during|near)\b)")


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


def population_prior(cand: Candidate) -> float:
    return 2.0 * math.log10(cand.population + 1) / 7.0


def prior(cand: Candidate, level: int | None, *, article: bool = False,
          directed: bool = False) -> float:
    match = MATCH_NAME if cand.kind == "region" and cand.match == MATCH_ALIAS else cand.match
    score = population_prior(cand) + MATCH_PRIOR.get(match, LOOSE_PRIOR)  # our region
    # aliases ("Atlantic" for the Atlantic Ocean) are curated: as good as the name
    if level is not None and cand.kind in {"admin1", "admin2", "region"}:
        score += 2.5 if cand.kind == f"admin{level}" else 1.5
    elif level is not None and cand.kind == "city":
        score -= 1.0
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


def make_groups(toponyms: list[Toponym], gazetteer: Gazetteer, *,
                qualifiers: dict[int, str] | None = None) -> tuple[list[Group], list[int]]:
    """Groups in order of first mention, and the group index of each toponym; a name
    qualified by an abbreviation ("Washington, D.C.") is a group of its own."""
    index: dict[tuple[str, int | None, str], int] = {}
    groups: list[Group] = []
    owner: list[int] = []
    directed = {(t.full_key, t.level) for t in toponyms if t.directed}
    for k, top in enumerate(toponyms):
        gkey = (top.full_key, top.level, (qualifiers or {}).get(k, ""))
        if gkey not in index:
            index[gkey] = len(groups)
            cands, partial = lookup(gazetteer, top)
            demoted = (namesakes(cands) if top.level is None else set()) | borrowed(cands)
            turned = gkey[:2] in directed
            scored = sorted(((prior(c, top.level, article=top.article, directed=turned)
                              - NAMESAKE_PENALTY * (c.pid in demoted), c) for c in cands),
                            key=lambda p: -p[0])
            scored = scored[:MAX_CANDIDATES]
            groups.append(Group(members=[], candidates=[c for _, c in scored],
                                priors=[s for s, _ in scored], partial=partial))
        groups[index[gkey]].members.append(k)
        owner.append(index[gkey])
    for group in groups:
        group.famous = all(toponyms[k].famous for k in group.members)
    return groups, owner


@dataclass(slots=True, kw_only=True)
class Context:
    evidence: Counter[str]
    own: list[Counter[str]]  # each group's own contribution to `evidence`
    inside: dict[int, set[int]]  # group -> groups named as its container ("X, Y")
    holds: dict[int, set[int]]  # group -> groups it was named as container of
    links: dict[int, list[tuple[int, Relation]]]  # group -> (reference group, relation)
    listed: dict[int, set[int]] = field(default_factory=dict)  # group -> enumeration neighbours
    suffixed: dict[int, list[int]] = field(default_factory=dict)  # bare name -> "X County" groups
    provinces: Counter[tuple[str, str]] = field(default_factory=Counter)  # first-pass provinces
    own_province: dict[int, tuple[tuple[str, str], float]] = field(default_factory=dict)
    points: dict[str, Candidate] = field(default_factory=dict)  # the evidence's countries
    borders: dict[str, frozenset[str]] = field(default_factory=dict)  # … and their neighbours


def focus_share(ctx: Context, g: int, country: str | None) -> float:
    if country is None:
        return 0.0
    total = sum(ctx.evidence.values()) - sum(ctx.own[g].values())
    mine = ctx.evidence[country] - ctx.own[g][country]
    return mine / total if total > 0 else 0.0


def build_context(groups: list[Group], owner: list[int], toponyms: list[Toponym],
                  refs: list[CountryRef], *, text: str, dateline: Candidate | None,
                  home: str | None = None, qualified: frozenset[int] = frozenset()
                  ) -> Context:
    own = [Counter[str]() for _ in groups]
    for g, group in enumerate(groups):
        if group.candidates and group.candidates[0].kind == "country" \
                and not state_or_country(group):
            own[g][group.candidates[0].country or ""] += len(group.members)
    evidence: Counter[str] = Counter()
    for counter in own:
        evidence.update(counter)
    for ref in refs:
        evidence[ref.country] += 0.5  # type: ignore[assignment]
    if dateline is not None and dateline.country:
        evidence[dateline.country] += 2
    if home:
        evidence[home] += HOME_WEIGHT
    ctx = Context(evidence=evidence, own=own, inside={}, holds={}, links={})
    for a, b in containers(toponyms, text).items():
        if owner[a] != owner[b]:
            ctx.inside.setdefault(owner[a], set()).add(owner[b])
            ctx.holds.setdefault(owner[b], set()).add(owner[a])
    for a, b in siblings(toponyms, text):
        if owner[a] != owner[b]:
            ctx.listed.setdefault(owner[a], set()).add(owner[b])
            ctx.listed.setdefault(owner[b], set()).add(owner[a])
    ctx.suffixed = suffixed_groups(groups, owner, toponyms, qualified)
    for rel in relations(toponyms, text):
        if owner[rel.anchor] != owner[rel.reference]:
            ctx.links.setdefault(owner[rel.anchor], []).append((owner[rel.reference], rel))
    return ctx


def province_evidence(groups: list[Group]
                      ) -> tuple[Counter[tuple[str, str]], dict[int, tuple[tuple[str, str], float]]]:
    """The first-level regions the first pass placed the article in: a region named counts
    1, a town or district in it half its confidence; and each group's own share."""
    found: Counter[tuple[str, str]] = Counter()
    own: dict[int, tuple[tuple[str, str], float]] = {}
    for g, group in enumerate(groups):
        cand = group.first
        if cand is None or not cand.country or not cand.admin1_code:
            continue
        if cand.kind == "admin1":
            weight = 1.0
        elif cand.kind in {"city", "admin2"} and group.first_confidence >= 0.4:
            weight = 0.5 * group.first_confidence
        else:
            continue
        key = (cand.country, cand.admin1_code)
        found[key] += weight  # type: ignore[assignment]
        own[g] = (key, weight)
    return found, own


def province_bonus(cand: Candidate, g: int, ctx: Context) -> tuple[float, list[str]]:
    """The article's province focus: a town or district in the first-level region that the
    article's other places are in ("Springfield" in a story that names Illinois), ahead of a
    bigger namesake elsewhere in the same country. Only among towns and districts (a name
    that may be a country or province is decided by the other terms)."""
    if cand.kind not in {"city", "admin2"} or not cand.country or not cand.admin1_code:
        return 0.0, []
    key = (cand.country, cand.admin1_code)
    mine_key, mine = ctx.own_province.get(g, (None, 0.0))
    total = sum(ctx.provinces.values()) - mine
    share = (ctx.provinces[key] - (mine if mine_key == key else 0.0)) / total if total > 0 else 0
    if share <= 0:
        return 0.0, []
    return PROVINCE_WEIGHT * share, ([f"in the article's province ({share:.0%})"]
                                     if share >= 0.3 else [])


def suffixed_groups(groups: list[Group], owner: list[int], toponyms: list[Toponym],
                    qualified: frozenset[int] = frozenset()) -> dict[int, list[int]]:
    """Group of a bare name → groups of the same name with an admin word or a state's
    abbreviation ("Suffolk" and "Suffolk County", "Cleveland" and "CLEVELAND, Tenn." in one
    article; not a bare name that may be a state: "Washington" and "Washington, D.C.");
    `qualified` are the indexes of the toponyms an abbreviation qualifies."""
    with_word: dict[str, list[int]] = {}
    qualified_groups = {owner[k] for k in qualified} - {
        owner[k] for k, top in enumerate(toponyms) if top.level is not None}
    for k, top in enumerate(toponyms):
        if (top.level is not None or k in qualified) \
                and owner[k] not in with_word.get(top.key, []):
            with_word.setdefault(top.key, []).append(owner[k])
    out: dict[int, list[int]] = {}
    for k, top in enumerate(toponyms):
        if top.level is None and k not in qualified and top.key in with_word:
            found = [o for o in with_word[top.key] if o not in qualified_groups
                     or towns_only(groups[owner[k]].candidates)]
            if found:  # a bare name that may be a state is not the city: "Washington, D.C."
                out[owner[k]] = found
    return {g: found for g, found in out.items() if groups[g].candidates}


def same_name_bonus(cand: Candidate, g: int, groups: list[Group], ctx: Context, *,
                    final: bool) -> tuple[float, list[str]]:
    """A bare name the article also gives with its admin word ("Suffolk County … Suffolk")
    is that region, unless the region is named after a big city in it ("Baghdad province …
    Baghdad": the bare name is the city). Second pass only: the full name's own choice."""
    for other in ctx.suffixed.get(g, ()) if final else ():
        hit = groups[other].choice or groups[other].first  # its final choice: chosen first
        if hit is not None and hit.pid == cand.pid and cand.pid not in namesakes(
                groups[g].candidates):
            return CONTAINER_BONUS, [f"named in full as {plain_name(hit.name)}"]
    return 0.0, []


def score(cand: Candidate, g: int, groups: list[Group], ctx: Context, *, final: bool
          ) -> tuple[float, list[str]]:
    """Context score of one candidate of group g, with the reasons that mattered."""
    total, why = 0.0, []
    share = focus_share(ctx, g, cand.country)
    if share > 0:
        scale = 1.0 if cand.kind != "city" else min(1.0, math.log10(cand.population + 10) / 6)
        total += FOCUS_WEIGHT * share * scale
        if share >= 0.2:
            why.append(f"country focus {cand.country} ({share:.0%})")
        if cand.kind == "admin1" and share >= DOMESTIC_SHARE and any(
                c.kind == "country" and c.country != cand.country for c in groups[g].candidates):
            total += DOMESTIC_BONUS  # "Georgia" in an American story is the state
            why.append(f"a region of {cand.country}, the article's country")
    for other in ctx.inside.get(g, ()):
        hit = _readings(groups[other], final, lambda c: contains(c, cand))
        if hit is not None:
            total += CONTAINER_BONUS
            why.append(f"named with {plain_name(hit.name)}")
    for other in ctx.holds.get(g, ()):
        hit = _readings(groups[other], final, lambda c: contains(cand, c))
        if hit is not None:
            total += CONTAINER_BONUS
            why.append(f"contains {plain_name(hit.name)}")
    for rule in (sibling_bonus, same_name_bonus):
        bonus, reason = rule(cand, g, groups, ctx, final=final)
        total += bonus
        why.extend(reason)
    if final and towns_only(groups[g].candidates):
        bonus, reason = province_bonus(cand, g, ctx)
        total += bonus
        why.extend(reason)
        bonus, reason = coherence(cand, g, groups)
        total += bonus
        why.extend(reason)
        bonus, reason = phrase_check(cand, g, groups, ctx)
        total += bonus
        why.extend(reason)
    return total, why


def towns_only(cands: list[Candidate]) -> bool:
    """True when every reading of the name is a town or district, counting only the entries
    it is the own name of when there are any: an alternate name of a province ("Vienna" for
    Wien) does not make "Vienna" a province's name, so the article's province and the places
    near it still decide among the towns called Vienna."""
    named = [c for c in cands if c.match == MATCH_NAME] or cands
    return all(c.kind in {"city", "admin2"} for c in named)


def sibling_bonus(cand: Candidate, g: int, groups: list[Group], ctx: Context, *, final: bool
                  ) -> tuple[float, list[str]]:
    """Names listed together are of one kind: a state among states, a country among
    countries (a list of provinces also shares their country); not a name qualified by a
    region, which is below that level ("Florida and Washington, D.C."). Towns and districts
    listed together lie in one province ("Chatsworth and Murray County")."""
    if cand.kind in {"city", "admin2"}:
        return _local_sibling(cand, g, groups, ctx)
    if cand.kind not in {"admin1", "country"} or any(
            (hit := _first_choice(groups[o], final)) is not None
            and hit.kind in {"admin1", "admin2"} for o in ctx.inside.get(g, ())):
        return 0.0, []  # qualified by a region ("Washington, D.C."): below a region's level
    for other in ctx.listed.get(g, ()):
        hit = _first_choice(groups[other], final)
        if hit is not None and hit.kind == cand.kind and (
                cand.kind == "country" or hit.country == cand.country):
            return SIBLING_BONUS, [f"listed with {plain_name(hit.name)}"]
    return 0.0, []


def _local_sibling(cand: Candidate, g: int, groups: list[Group], ctx: Context
                   ) -> tuple[float, list[str]]:
    """A town or district listed with a name that may be a town or district in the same
    first-level region: of "Chatsworth and Murray County", the readings in one state."""
    if not cand.admin1_code:
        return 0.0, []
    for other in ctx.listed.get(g, ()):
        hit = next((c for c in groups[other].candidates if c.kind in {"city", "admin2"}
                    and (c.country, c.admin1_code) == (cand.country, cand.admin1_code)), None)
        if hit is not None:
            return LOCAL_SIBLING_BONUS, [f"listed with {plain_name(hit.name)}"]
    return 0.0, []


def _readings(group: Group, final: bool, test: Callable[[Candidate], bool]
              ) -> Candidate | None:
    """The first pass's choice of the group when it passes `test` (second pass); in the
    first pass, any of its readings that does: of "Rome, Georgia" the pair of readings
    where one holds the other (the town in the state), not each name's likeliest alone."""
    if final:
        return group.first if group.first is not None and test(group.first) else None
    return next((c for c in group.candidates if test(c)), None)


def _first_choice(group: Group, final: bool) -> Candidate | None:
    if final:
        return group.first
    return group.candidates[0] if group.candidates else None


def coherence(cand: Candidate, g: int, groups: list[Group]) -> tuple[float, list[str]]:
    """Closeness to the places chosen for the other names (first-pass choices)."""
    if cand.lat is None or cand.lon is None or cand.kind in {"country", "region"}:
        return 0.0, []
    best, near = math.inf, None
    for k, group in enumerate(groups):
        other = group.first
        if k == g or other is None or other.lat is None or other.lon is None:
            continue
        if other.kind in {"country", "region"} or group.first_confidence < 0.4:
            continue
        dist = haversine_km(cand.lat, cand.lon, other.lat, other.lon)
        if dist < best:
            best, near = dist, other
    if near is None:
        return 0.0, []
    for limit, bonus in ((50, 1.2), (150, 1.0), (400, 0.6), (1000, 0.2)):
        if best < limit:
            return bonus, [f"{best:.0f} km from {plain_name(near.name)}"]
    return 0.0, []


def phrase_check(cand: Candidate, g: int, groups: list[Group], ctx: Context
                 ) -> tuple[float, list[str]]:
    """Check "N miles <direction> of Y" against the distance and bearing to Y's choice."""
    total, why = 0.0, []
    for ref_group, rel in ctx.links.get(g, []):
        ref = groups[ref_group].first
        if ref is None or ref.lat is None or cand.lat is None:
            continue
        dist = haversine_km(ref.lat, ref.lon, cand.lat, cand.lon)  # type: ignore[arg-type]
        if rel.km is not None:
            ok = abs(dist - rel.km) <= max(25.0, 0.35 * rel.km)
            total += 3.0 if ok else (-1.0 if dist > 2.5 * rel.km + 50 else 0.0)
        else:
            ok = dist < 300
            total += 1.0 if ok else 0.0
        if ok and rel.bearing is not None:
            turn = abs((bearing_deg(ref.lat, ref.lon, cand.lat, cand.lon)  # type: ignore[arg-type]
                        - rel.bearing + 180) % 360 - 180)
            total += 0.5 if turn <= 60 else -0.5
        if ok:
            why.append(f"{dist:.0f} km from {plain_name(ref.name)}, as the text says")
    return total, why


def focus_country(ctx: Context, g: int) -> tuple[str | None, float]:
    """The country with the largest share of the article's evidence (leaving out group g's
    own), and that share."""
    total = sum(ctx.evidence.values()) - sum(ctx.own[g].values())
    if total <= 0 or not ctx.evidence:
        return None, 0.0
    best = max(sorted(ctx.evidence), key=lambda c: ctx.evidence[c] - ctx.own[g][c])
    return best, (ctx.evidence[best] - ctx.own[g][best]) / total


def held_by_qualifier(g: int, groups: list[Group], ctx: Context, *, final: bool) -> bool:
    """True when a qualifier of the name ("X, Calif.", "X in Y") holds one of its readings."""
    for other in ctx.inside.get(g, ()):
        hit = _first_choice(groups[other], final)
        if hit is not None and any(contains(hit, c) for c in groups[g].candidates):
            return True
    return False


def foreign_hamlets(g: int, groups: list[Group], ctx: Context, *, final: bool) -> set[int]:
    """Indexes of candidates that are small towns or districts (under
    FOREIGN_MAX_POPULATION; any town, district or province when only a part of the name
    matched) in a country the article gives no evidence for, when its focus is clearly
    another country ("Harad" in a story about Yemen is not the Swedish village; "Salt +
    Smoke" in a story about St. Louis is not in Jordan): such a reading would move the
    place to another country than the text supports."""
    focus, share = focus_country(ctx, g)
    if focus is None or share < DOMESTIC_SHARE or held_by_qualifier(g, groups, ctx,
                                                                   final=final):
        return set()  # no clear focus, or a qualifier says where it is ("X, Calif.")
    partial = groups[g].partial  # only a part of the name matched ("Salt + Smoke")
    return {k for k, c in enumerate(groups[g].candidates)
            if (c.kind in {"city", "admin2"} and (partial or c.population < FOREIGN_MAX_POPULATION)
                or partial and c.kind == "admin1")
            and c.country != focus and focus_share(ctx, g, c.country) == 0
            and not near_focus(c, ctx.points.get(focus))
            and not (c.country in ctx.borders.get(focus, frozenset())
                     and c.population >= NEIGHBOUR_MIN_POPULATION)}


def near_focus(cand: Candidate, focus: Candidate | None) -> bool:
    """True when a town abroad lies within NEAR_ABROAD_KM of the focus country's point: a
    neighbour's town that news about the country names ("Israeli forces entered a Ramallah
    house"; a story about Turkey's army in Jarabulus), not a namesake across the world. A
    big country's point is far from its borders: a town of 10,000+ people in a country that
    borders the focus country is kept as well ("Russian forces left Izium")."""
    if focus is None or cand.lat is None or cand.lon is None:
        return False
    return haversine_km(cand.lat, cand.lon, focus.lat, focus.lon) <= NEAR_ABROAD_KM  # type: ignore[arg-type]


def choose(g: int, groups: list[Group], ctx: Context, *, final: bool) -> None:
    group = groups[g]
    if not group.candidates:
        group.choice, group.confidence, group.reason = None, 0.0, "no gazetteer match"
        return
    if group.famous:
        choose_famous(group)
        return
    foreign = foreign_hamlets(g, groups, ctx, final=final)
    if len(foreign) == len(group.candidates):
        where = ", ".join(sorted({c.country or "?" for c in group.candidates}))
        group.choice, group.confidence, group.abroad = None, 0.0, True
        group.reason = (f"the gazetteer knows the name only as small places in {where}, "
                        "countries the article does not name")
        return
    results = [score(c, g, groups, ctx, final=final) for c in group.candidates]
    totals = [-math.inf if k in foreign else p + s
              for k, (p, (s, _)) in enumerate(zip(group.priors, results))]
    best = max(range(len(totals)), key=lambda k: (totals[k], -k))
    top = max(totals)
    weights = [math.exp(t - top) for t in totals]
    cand = group.candidates[best]
    group.choice = cand
    group.confidence = round(min(0.99, weights[best] / sum(weights)), 3)
    partial = [f"the name contains {plain_name(cand.name)}"] if group.partial else []
    group.reason = "; ".join(partial + _prior_reasons(cand) + results[best][1])


def choose_famous(group: Group) -> None:
    """A name read only inside the name of an accord, an international body or an event
    ("the Paris Agreement", "the Venice Commission"): the world's best-known place of that
    name by its own name (the prior alone: population, capital), whatever the article's
    country."""
    named = [k for k, c in enumerate(group.candidates) if c.match == MATCH_NAME] \
        or list(range(len(group.candidates)))
    best = max(named, key=lambda k: (group.priors[k], -k))
    group.choice, group.confidence = group.candidates[best], 0.5
    group.reason = "; ".join(_prior_reasons(group.choice)
                             + ["named after it: an accord's or a body's name"])


def _prior_reasons(cand: Candidate) -> list[str]:
    how = {MATCH_NAME: "name", MATCH_ALIAS: "alternate name"}.get(cand.match, "spelling variant")
    out = [f"{how} of {kind_word(cand)} {cand.feature_code}"]
    if cand.population:
        out.append(f"population {cand.population:,}")
    return out


def resolve(toponyms: list[Toponym], refs: list[CountryRef], gazetteer: Gazetteer, *,
            text: str, dateline: Candidate | None = None, home: str | None = None,
            all_places: bool = False) -> list[Resolution]:
    """One resolution per toponym (toponyms with the same name share it); `home` is the
    ISO3 code of the source's home country; `all_places` when the toponyms are known to
    be places (gold spans): unknown ones are then all placed as facilities are."""
    qualifiers = abbreviated_qualifiers(toponyms, text=text)
    groups, owner = make_groups(toponyms, gazetteer, qualifiers=qualifiers)
    ctx = build_context(groups, owner, toponyms, refs, text=text, dateline=dateline,
                        home=home, qualified=frozenset(qualifiers))
    ctx.points = {iso3: c for iso3 in sorted(ctx.evidence)
                  if (c := gazetteer.country(iso3)) is not None and c.lat is not None}
    ctx.borders = {iso3: gazetteer.neighbours(iso3) for iso3 in ctx.evidence}
    for g in range(len(groups)):
        choose(g, groups, ctx, final=False)
    for g, group in enumerate(groups):
        group.first, group.first_confidence = group.choice, group.confidence
        if group.choice is not None and group.choice.kind != "country" \
                and not state_or_country(group):
            add_evidence(ctx, g, group)
    ctx.provinces, ctx.own_province = province_evidence(groups)
    for g in final_order(groups, ctx):
        choose(g, groups, ctx, final=True)
        if state_or_country(groups[g]):
            add_evidence(ctx, g, groups[g])  # decided: now it tells the others
    found = [Resolution(candidate=groups[g].choice, confidence=groups[g].confidence,
                        reason=groups[g].reason, partial=groups[g].partial,
                        abroad=groups[g].abroad) for g in owner]
    countries = {iso3: c for iso3 in {r.candidate.country for r in found if r.candidate}
                 if iso3 and (c := gazetteer.country(iso3)) is not None}
    return anchor_unknown(toponyms, found, countries=countries, all_places=all_places,
                          qualified=qualified(toponyms, text))


def state_or_country(group: Group) -> bool:
    """True when the name reads as a country and as another country's first-level region
    ("Georgia", "Niger"): which one it is, the rest of the article tells; until then it is no
    evidence of either country (a story about Dalton, Tunnel Hill and northwest Georgia is
    not about the Caucasus)."""
    countries = {c.country for c in group.candidates if c.kind == "country"}
    return bool(countries) and any(c.kind == "admin1" and c.country not in countries
                                   for c in group.candidates)


def add_evidence(ctx: Context, g: int, group: Group) -> None:
    """Group g's choice as country evidence: a country once per mention, another place
    half its confidence."""
    cand = group.choice
    if cand is None or not cand.country:
        return
    weight = len(group.members) if cand.kind == "country" else 0.5 * group.confidence
    ctx.own[g][cand.country] += weight  # type: ignore[assignment]
    ctx.evidence[cand.country] += weight  # type: ignore[assignment]


def final_order(groups: list[Group], ctx: Context) -> list[int]:
    """The order of the second pass: names given with their admin word first ("Suffolk
    County"), so that the bare name ("Suffolk") follows their final choice; then a name
    that is a country's and another country's province ("Georgia"), whose choice the
    others then see."""
    full = {other for others in ctx.suffixed.values() for other in others}
    return sorted(range(len(groups)), key=lambda g: (g not in full,
                                                     not state_or_country(groups[g])))


def qualified(toponyms: list[Toponym], text: str) -> dict[int, int]:
    """Toponyms qualified by the place after them, to that place's index: "X, Y" where Y
    ends the phrase (a punctuation mark, a capitalised word or a function word follows:
    "Greenlane, Auckland, on Friday"; not "X, New Orleans officials", where Y modifies a
    noun)."""
    return {a: b for a, b in containers(toponyms, text).items()
            if text[toponyms[a].span.end:toponyms[b].span.start].strip() == ","
            and PHRASE_END.match(text, toponyms[b].span.end)}
