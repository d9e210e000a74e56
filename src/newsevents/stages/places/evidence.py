"""What an article says about where it is, as the resolver reads it: the countries its names,
demonyms, dateline and source point to (country focus), the first pass's provinces, and the
links between its names (containment, lists, distance phrases, a bare name and its full
form); see resolve.py for the whole method."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any
from dataclasses import dataclass, field

from ...lookup import GrowingSpans
from ...resources.gazetteer import Candidate
from .context import Relation, siblings
from .groups import Group, state_or_country, towns_only
from .toponym import CountryRef, Toponym

HOME_WEIGHT = 1.5  # the source's home country, as much as a dateline


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
    local: tuple[tuple[str, str], float, float] | None = None  # a local story's province, centre
    main: tuple[tuple[str, str], float, float] | None = None  # the main province, its centre
    first_provinces: Counter[tuple[str | None, str | None]] = field(default_factory=Counter)
    sentence_states: dict[int, frozenset[tuple[str, str]]] = field(default_factory=dict)
    sentence_countries: dict[int, frozenset[str]] = field(default_factory=dict)
    dated: dict[int, Candidate] = field(default_factory=dict)  # group -> the dateline's town
    nations: dict[int, str] = field(default_factory=dict)  # group -> "the Bolivian city of"
    kin: dict[int, list[int]] = field(default_factory=dict)  # group -> others of its country
    named: set[int] = field(default_factory=set)  # places whole names chose in the second pass


def own_evidence(ctx: Context, g: int) -> Counter[str]:
    """What group g and the groups whose likeliest reading is the same country ("Lebanon"
    and "Lebanon High School", each "the name contains Lebanon") lent the article's
    evidence: a name does not vouch for its own reading by being written again, inside
    other names."""
    kin = ctx.kin.get(g)
    if not kin:
        return ctx.own[g]  # most names: no copy on the resolver's hot path
    own = Counter(ctx.own[g])
    for k in kin:
        own.update(ctx.own[k])
    return own


def focus_share(ctx: Context, g: int, country: str | None) -> float:
    if country is None:
        return 0.0
    own = own_evidence(ctx, g)
    total = sum(ctx.evidence.values()) - sum(own.values())
    mine = ctx.evidence[country] - own[country]
    return mine / total if total > 0 else 0.0


def kin_groups(groups: list[Group]) -> dict[int, list[int]]:
    """Group → the other groups whose likeliest reading is the same country (the same name,
    bare and inside other names: "Lebanon", "Lebanon High School"); a town's name lends its
    country to the names that hold it ("Rotterdam", "the Port of Rotterdam") as any other
    place does."""
    by_reading: dict[int, list[int]] = {}
    for g, group in enumerate(groups):
        if group.candidates and group.candidates[0].kind == "country":
            by_reading.setdefault(group.candidates[0].pid, []).append(g)
    return {g: [k for k in same if k != g] for same in by_reading.values() if len(same) > 1
            for g in same}


def build_context(groups: list[Group], owner: list[int], toponyms: list[Toponym],
                  refs: list[CountryRef], *, text: str, dateline: Candidate | None,
                  contained: dict[int, int], related: list[Relation],
                  home: str | None = None, qualified: frozenset[int] = frozenset()) -> Context:
    """The article's context; `contained`: each toponym's container (`containers`);
    `related`: the distance phrases between toponyms (`relations`)."""
    own = [Counter[str]() for _ in groups]
    undecided = [state_or_country(group) for group in groups]  # "Georgia": the rest tells
    held = {owner[k] for k in qualified}  # "LEBANON, Tenn.": a town, no evidence of a country
    for g, group in enumerate(groups):
        if group.candidates and group.candidates[0].kind == "country" and not undecided[g] \
                and g not in held:
            own[g][group.candidates[0].country or ""] += len(group.members)
    evidence: Counter[str] = Counter()
    for counter in own:
        evidence.update(counter)
    # "Georgian lawmakers" with "Georgia" in the text: which Georgia, the rest tells
    unsure = {c.country for g, group in enumerate(groups) if undecided[g]
              for c in group.candidates if c.kind == "country"}
    held_spans = GrowingSpans()  # by bisection: a long story may qualify a name often
    for k in qualified:
        held_spans.put(k, toponyms[k].span)
    for ref in refs:
        if held_spans.first_overlapping(ref.span) is not None:
            continue  # "the Lebanon square" in a story from "LEBANON, Tenn."
        if not ref.worldwide and ref.country not in unsure:  # "US$5m": paid anywhere
            evidence[ref.country] += 0.5  # type: ignore[assignment]
    if dateline is not None and dateline.country:
        evidence[dateline.country] += 2
    if home:
        evidence[home] += HOME_WEIGHT
    ctx = Context(evidence=evidence, own=own, inside={}, holds={}, links={},
                  kin=kin_groups(groups))
    for a, b in contained.items():
        if owner[a] != owner[b]:
            ctx.inside.setdefault(owner[a], set()).add(owner[b])
            ctx.holds.setdefault(owner[b], set()).add(owner[a])
    for a, b in siblings(toponyms, text):
        if owner[a] != owner[b]:
            ctx.listed.setdefault(owner[a], set()).add(owner[b])
            ctx.listed.setdefault(owner[b], set()).add(owner[a])
    ctx.suffixed = suffixed_groups(groups, owner, toponyms, qualified)
    for rel in related:
        if owner[rel.anchor] != owner[rel.reference]:
            ctx.links.setdefault(owner[rel.anchor], []).append((owner[rel.reference], rel))
    return ctx


def later_qualifiers(toponyms: list[Toponym], contained: dict[int, int],
                     qualifiers: dict[int, str]) -> frozenset[int]:
    """Indexes of the states and countries written as a town's qualifier after the lead
    sentence ("a daughter, Karen Mills of Murray, Ky."): news qualifies a town it names
    later only when the town lies outside the story's own state, so such a qualifier does
    not say where the story is; the lead's does ("LEBANON, Tenn.", "in Lebanon, Tenn.,
    police said"), and so does a dateline's, in capitals, opening a later story of a digest
    ("OAKLAND, Calif. (AP) -"), and so does the qualifier of a town the article names
    elsewhere too, its own town ("He was taken to Paris Regional Medical Center. He lives
    in Paris, Texas."). The town itself still counts: without it a story might lose its
    country's namesake to a famous one abroad."""
    if not qualifiers:
        return frozenset()
    named = Counter(part for top in toponyms for part in _word_runs(top.key))
    return frozenset(b for a, b in contained.items()
                     if a in qualifiers and toponyms[b].sentence > 0
                     and not toponyms[a].text.isupper() and named[toponyms[a].key] < 2)


MAX_RUN_WORDS = 4  # the longest town name looked for inside another name


def _word_runs(key: str) -> set[str]:
    """Every run of up to MAX_RUN_WORDS words of a folded name ("paris regional medical
    center" holds "paris", "paris regional", …), once each."""
    words = key.split()
    return {" ".join(words[i:j]) for i in range(len(words))
            for j in range(i + 1, min(len(words), i + MAX_RUN_WORDS) + 1)}


def province_evidence(groups: list[Group], later: frozenset[int] = frozenset()
                      ) -> tuple[Counter[tuple[str, str]], dict[int, tuple[tuple[str, str], float]]]:
    """The first-level regions the first pass placed the article in: a region named counts
    1, a town or district in it half its confidence; and each group's own share. A river
    or lake read by the region in its name counts nothing: it crosses or borders the region
    ("the Arkansas River" in a story about Kansas), nor does a region named only as a later
    town's qualifier (`later`, see `later_qualifiers`)."""
    found: Counter[tuple[str, str]] = Counter()
    own: dict[int, tuple[tuple[str, str], float]] = {}
    for g, group in enumerate(groups):
        cand = group.first
        if cand is None or not cand.country or not cand.admin1_code or group.feature:
            continue
        if cand.kind == "admin1" and group.members and set(group.members) <= later:
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


def sentence_countries(groups: list[Group], toponyms: list[Toponym],
                       kin: dict[int, list[int]] | None = None) -> dict[int, frozenset[str]]:
    """Group → the countries the first pass chose for other names written in its sentences
    (not inside organisations' names): "back from Lebanon, where they spent a decade in camps
    around the northern city of Tripoli". Not its `kin` (`kin_groups`): "Norway High School
    … St. Michael's in Norway" names the town twice, no country."""
    return _in_sentences(groups, toponyms, lambda c: c.country if c.kind == "country" else None,
                         others=kin or {})


def sentence_states(groups: list[Group], toponyms: list[Toponym]
                    ) -> dict[int, frozenset[tuple[str, str]]]:
    """Group → the first-level regions the first pass chose for names written in its
    sentences (not inside organisations' names): "in southwest Michigan, Cass County
    officials" names the county's state."""
    return _in_sentences(groups, toponyms, lambda c: (c.country, c.admin1_code)
                         if c.kind == "admin1" and c.country and c.admin1_code else None)


def _in_sentences(groups: list[Group], toponyms: list[Toponym],
                  pick: Callable[[Candidate], Any], *, others: dict[int, list[int]] | None = None
                  ) -> dict[int, frozenset[Any]]:
    """Group → what `pick` says (None: nothing) of the first pass's choices for the names
    written in its sentences outside organisations' names; when `others` is given, only other
    groups' than the group itself and those `others` lists for it. Linear in the number of
    toponyms."""
    by_sentence: dict[int, set[tuple[Any, int]]] = {}
    for g, group in enumerate(groups):
        value = pick(group.first) if group.first is not None else None
        if value is None:
            continue
        for m in group.members:
            if not toponyms[m].embedded:
                by_sentence.setdefault(toponyms[m].sentence, set()).add((value, g))
    out = {}
    for g, group in enumerate(groups):
        found = {value for m in group.members
                 for value, other in by_sentence.get(toponyms[m].sentence, ())
                 if others is None or other != g and other not in others.get(g, ())}
        if found:
            out[g] = frozenset(found)
    return out


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
        if top.level is None and k not in qualified and top.key in with_word \
                and not top.directed:  # "central Utah" is the state, beside "Utah County"
            found = [o for o in with_word[top.key] if o not in qualified_groups
                     or towns_only(groups[owner[k]].candidates, groups[owner[k]].level)]
            if found:  # a bare name that may be a state is not the city: "Washington, D.C."
                out[owner[k]] = found
    return {g: found for g, found in out.items() if groups[g].candidates}


def focus_country(ctx: Context, g: int) -> tuple[str | None, float]:
    """The country with the largest share of the article's evidence (leaving out group g's
    own), and that share."""
    own = own_evidence(ctx, g)
    total = sum(ctx.evidence.values()) - sum(own.values())
    if total <= 0 or not ctx.evidence:
        return None, 0.0
    best = max(sorted(ctx.evidence), key=lambda c: ctx.evidence[c] - own[c])
    return best, (ctx.evidence[best] - own[best]) / total


def add_evidence(ctx: Context, g: int, group: Group) -> tuple[str, float] | None:
    """Group g's choice as country evidence: a country once per mention, another place
    half its confidence; what it lent."""
    cand = group.choice
    if cand is None or not cand.country:
        return None
    weight = len(group.members) if cand.kind == "country" else 0.5 * group.confidence
    ctx.own[g][cand.country] += weight  # type: ignore[assignment]
    ctx.evidence[cand.country] += weight  # type: ignore[assignment]
    return cand.country, weight


def retract_evidence(ctx: Context, g: int, lent: tuple[str, float]) -> None:
    """Take back what group g lent the others as evidence (`add_evidence`'s answer)."""
    country, weight = lent
    ctx.own[g][country] -= weight  # type: ignore[assignment]
    ctx.evidence[country] -= weight  # type: ignore[assignment]


def final_order(groups: list[Group], ctx: Context) -> list[int]:
    """The order of the second pass: names given with their admin word first ("Suffolk
    County"), so that the bare name ("Suffolk") follows their final choice; then a name
    that is a country's and another country's province ("Georgia"), whose choice the
    others then see; names matched only in part ("Mexico High School") last, after the
    places the article names by themselves (`Context.named`)."""
    full = {other for others in ctx.suffixed.values() for other in others}
    return sorted(range(len(groups)), key=lambda g: (groups[g].partial, g not in full,
                                                     not state_or_country(groups[g])))
