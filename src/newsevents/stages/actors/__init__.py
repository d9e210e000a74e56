"""Stage actors.dictionary.v1: mentions -> actors (one per real-world entity).

Each actor has all its mention spans, a canonical name, a kind (person, organization,
armed_group, media, country, agent), an ISO3 country, a PLOVER sector and a CAMEO-style code.

Metonymy (documented choice): a country's name ("Iran has sent troops") is an actor of kind
country with code ISO3 and no sector — the state as a whole. A capital used as an actor
("Tehran is monitoring", "Washington's allies") and phrases like "the Iraqi government" are the
country's government: one actor of kind country, sector GOV, code e.g. IRNGOV. A capital after a
locative preposition ("in Tehran") is a place, not an actor; so is a country after one.
"""
from __future__ import annotations

from dataclasses import replace

from ...model import Actor, ArticleAnalysis
from ...parse import Parse
from ...registry import Resources
from ...resources.actor_entries import INTERNATIONAL
from ...resources.dictionaries import ActorDictionary, Target
from ...resources.names import is_capitalised, name_key
from .candidates import (Candidate, dictionary_matches, person_candidates,
                               word_sequence)
from .phrases import agent_phrases, is_plural
from ..base import updated
from .office_country import state_title_countries
from .pronouns import (COLLECTIVE, mention_head, pronoun_candidates, quoted_ranges,
                       resolve_pronouns)
from .coref import (GOV_HEADS, LOCATIVE, Cluster, Context, cue_country, cue_entry, focus_country,
                    link_acronyms, only_country, resolve_persons, resolve_title,
                    sentence_country)

MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
# Unnamed groups whose country is where they are: "refugees fleeing the war in Liberia".
PLACED_SECTORS = frozenset({"REB", "REF", "CVL", "UAF"})
PLACE_NOUNS = frozenset({"province", "governorate", "region", "district", "city", "county"})


class ActorStage:
    name = "actors.dictionary.v1"
    requires = frozenset({"article", "parse", "sentences", "mentions"})
    provides = frozenset({"actors"})

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary

    def __call__(self, analysis: ArticleAnalysis, parse: Parse) -> ArticleAnalysis:
        actors = find_actors(analysis, parse, self.dictionary)
        return updated(analysis, self.name, actors=actors)


def find_actors(analysis: ArticleAnalysis, parse: Parse,
                dictionary: ActorDictionary) -> tuple[Actor, ...]:
    seq = word_sequence(parse)
    found = dictionary_matches(parse, seq, dictionary)
    persons, found = person_candidates(parse, seq, dictionary, analysis.mentions, found)
    ctx = Context(parse=parse, dictionary=dictionary, published=analysis.article.published,
                  focus=focus_country(found), country_cues=[
                      (c.start, c.targets[0].country) for c in found
                      if c.kind in {"country", "demonym", "capital"} and c.targets[0].country
                      and not _is_locative(parse, c)],
                  cue_spans=[(c.start, c.end, c.targets[0].country) for c in found
                             if c.kind in {"country", "demonym"}],
                  quoted=quoted_ranges(parse.text))
    resolve_persons(ctx, persons)
    found = _surnames(ctx, found, persons)
    taken = {i for c in persons for i in range((c.title_start or c.start), c.end)}
    taken |= {i for c in found if c.kind == "entry" for i in range(c.start, c.end)}
    cues = {c.start: c for c in found}
    phrases = agent_phrases(parse, seq, dictionary, taken, cues)
    consumed = _consumed(found, phrases, persons) | _inside_orgs(ctx, analysis, found)
    ctx.place_cues = [(c.start, c.targets[0].country) for c in found if c.start not in consumed
                      and c.kind in {"country", "capital"} and c.targets[0].country
                      and _is_locative(parse, c)]
    owner = _add_named(ctx, [c for c in found if c.start not in consumed])
    _add_phrases(ctx, phrases)
    _add_unknown_orgs(ctx, analysis, owner, taken | consumed, found)
    resolve_pronouns(ctx, pronoun_candidates(parse, quoted=ctx.quoted))
    state_title_countries(ctx)
    return build_actors(ctx)


def _surnames(ctx: Context, found: list[Candidate], persons: list[Candidate]) -> list[Candidate]:
    """Single words that are the surname of a person in the article join that person
    ("Rouhani" tagged NORP, "Washington" when a Mr Washington is in the story)."""
    surnames = {c.words[-1]: c for c in ctx.persons() if len(c.words) > 1}
    person_tokens = {i for p in persons for i in range(p.title_start or p.start, p.end)}
    rest = []
    for cand in found:
        word = name_key(ctx.parse.text[ctx.parse.tokens[cand.start].idx:ctx.parse.tokens[cand.end - 1].end])
        if word in surnames and not any(t.acronym for t in cand.targets):
            surnames[word].add(cand.start, cand.end)
        else:
            rest.append(cand)
    covered = person_tokens | {i for c in rest for i in range(c.start, c.end)}
    for tok in ctx.parse.tokens:
        if tok.i not in covered and tok.pos == "PROPN" and is_capitalised(tok.text):
            cluster = surnames.get(name_key(tok.text))
            if cluster is not None and (tok.i, tok.i + 1) not in cluster.mentions:
                cluster.add(tok.i, tok.i + 1)
    return rest


def _consumed(found: list[Candidate], phrases: list[Candidate],
              persons: list[Candidate]) -> set[int]:
    """Starts of country/demonym/capital matches used as cues inside a longer phrase."""
    reach: dict[int, int] = {}
    spans = [(p.start, p.end) for p in phrases] + [
        (p.title_start, p.start) for p in persons if p.title_start is not None]
    for a, b in spans:
        for i in range(a, b):
            reach[i] = max(reach.get(i, -1), b)
    return {c.start for c in found if c.kind in {"country", "demonym", "capital"}
            and reach.get(c.start, -1) >= c.end}


def _inside_orgs(ctx: Context, analysis: ArticleAnalysis, found: list[Candidate]) -> set[int]:
    """Country names that begin a longer organisation name ("Kenya Anti-Corruption Commission")."""
    starts = {c.start: c for c in found if c.kind in {"country", "demonym"}}
    out = set()
    for mention in analysis.mentions:
        if mention.label == "ORG":
            toks = ctx.parse.tokens_in(mention.span)
            if toks and toks[0].i in starts and starts[toks[0].i].end < toks[-1].i + 1:
                out.add(toks[0].i)
    return out


def _add_named(ctx: Context, found: list[Candidate]) -> dict[int, Cluster]:
    owner: dict[int, Cluster] = {}
    for cand in found:
        cluster = _named_cluster(ctx, cand)
        if cluster is not None:
            cluster.add(cand.start, cand.end)
            owner[cand.start] = cluster
    return owner


def _named_cluster(ctx: Context, cand: Candidate) -> Cluster | None:
    tokens = ctx.parse.tokens
    target: Target = cand.targets[0]
    if cand.kind == "entry" and target.entry is not None:
        if cand.end < len(tokens) and tokens[cand.end].text.lower() in PLACE_NOUNS:
            return None
        entry = target.entry
        return ctx.cluster(("entry", entry.name, entry.source), kind=entry.kind, name=entry.name,
                           country=entry.country, sector=entry.sector,
                           code=entry.code_on(ctx.published), wikidata_id=entry.wikidata_id)
    if cand.kind == "capital":
        return government_cluster(ctx, target.country or "") if _is_actor_use(ctx.parse, cand) \
            else None
    if cand.kind == "demonym" and _is_group_noun(ctx.parse, cand):
        return ctx.cluster(("agent", "CVL", target.country, "people"), kind="agent",
                           name=_text(ctx.parse, cand.start, cand.end),
                           country=target.country, sector="CVL", code=f"{target.country}CVL")
    if cand.kind in {"country", "demonym"}:
        return country_cluster(ctx, target.country or "")
    return None


def _is_actor_use(parse: Parse, cand: Candidate) -> bool:
    """A capital that stands for its government: not a modifier, not after "in", "near"..."""
    last = parse.tokens[cand.end - 1]
    if last.dep in MODIFIER_DEPS and parse.tokens[last.head].pos in {"NOUN", "PROPN"}:
        return False
    if last.text.isupper() and len(last.text) > 3:  # a dateline: "BAGHDAD (Reuters) --"
        return False
    head = parse.tokens[last.head]
    return not (last.dep in {"pobj", "appos"} and head.text.lower() in LOCATIVE | {"of"}) \
        and last.dep != "appos"


def _is_locative(parse: Parse, cand: Candidate) -> bool:
    last = parse.tokens[cand.end - 1]
    return last.dep == "pobj" and parse.tokens[last.head].text.lower() in LOCATIVE


def _is_group_noun(parse: Parse, cand: Candidate) -> bool:
    """ "Iraqis" as a group (a noun), not "Iraqi" as a modifier."""
    last = parse.tokens[cand.end - 1]
    return last.dep not in MODIFIER_DEPS | {"amod"} and is_plural(last)


def country_cluster(ctx: Context, iso3: str) -> Cluster:
    country = ctx.dictionary.countries.get(iso3)
    return ctx.cluster(("country", iso3), kind="country", name=country.name if country else iso3,
                       country=iso3, code=iso3,
                       wikidata_id=country.wikidata_id if country else None)


def government_cluster(ctx: Context, iso3: str) -> Cluster:
    country = ctx.dictionary.countries.get(iso3)
    return ctx.cluster(("gov", iso3), kind="country",
                       name=f"Government of {country.name if country else iso3}",
                       country=iso3, sector="GOV", code=f"{iso3}GOV")


def _add_phrases(ctx: Context, phrases: list[Candidate]) -> None:
    for cand in phrases:
        cluster = resolve_title(ctx, cand) if cand.kind == "title" else None
        if cand.kind == "recall":
            cluster = _earlier_agent(ctx, cand, cand.title, None, personal=True)
        if cluster is not None:
            cluster.add(cand.start, cand.end)
        if cluster is not None or cand.kind == "recall":
            continue
        parts = _split(ctx, cand)
        if len(parts) == 1:
            _agent_cluster(ctx, parts[0][0]).add(cand.start, cand.end)
            continue
        for k, (part, cue) in enumerate(parts):
            cluster = _agent_cluster(ctx, part)
            if cue is None:
                cluster.add(cand.start, cand.end)
            elif k == len(parts) - 1:  # "U.S. and Russian negotiators": "Russian negotiators"
                cluster.add(cue[0], cand.end)
            else:
                cluster.add(*cue)


def _split(ctx: Context, cand: Candidate) -> list[tuple[Candidate, tuple[int, int] | None]]:
    """ "Hungarian and Romanian officials": one agent per conjoined country, each also
    mentioned by its own country word."""
    countries = [t for t in cand.cue_targets if t.kind in {"country", "demonym"}]
    words = {t.text.lower() for t in ctx.parse.tokens[cand.start:cand.end]}
    if len({t.country for t in countries}) < 2 or not words & {"and", "or", ","}:
        return [(cand, None)]
    cues = [c for c in ctx.cue_spans if cand.start <= c[0] and c[1] <= cand.end]
    others = tuple(t for t in cand.cue_targets if t not in countries)
    return [(replace(cand, cue_targets=others + (t,)),
             next(((a, b) for a, b, c in cues if c == t.country), None)) for t in countries]


def _agent_cluster(ctx: Context, cand: Candidate) -> Cluster:
    country, entry = cue_country(cand.cue_targets), cue_entry(cand.cue_targets)
    if entry is not None and entry.sector not in INTERNATIONAL and (
            cand.sector == entry.sector or entry.kind == "armed_group"
            and cand.sector in {"REB", "UAF", "MIL"}):
        return ctx.cluster(("entry", entry.name, entry.source), kind=entry.kind, name=entry.name,
                           country=entry.country, sector=entry.sector,
                           code=entry.code_on(ctx.published), wikidata_id=entry.wikidata_id)
    if cand.title and cand.title[-1] in GOV_HEADS and cand.sector == "GOV":
        country = country or ctx.focus
        if country:
            return government_cluster(ctx, country)
    if country is None and entry is not None and entry.country and entry.sector not in INTERNATIONAL:
        country = entry.country
    if country is None and entry is None and cand.sector in PLACED_SECTORS:
        country = sentence_country(ctx, cand.start, kind="place")
        if country is None and not _definite(ctx.parse, cand):
            country = only_country(ctx, cand.start)
    return _unnamed_cluster(ctx, cand, country, entry)


def _unnamed_cluster(ctx: Context, cand: Candidate, country: str | None,
                     entry: object) -> Cluster:
    """One cluster per unnamed group ("Iraqi security forces"); unnamed persons apart when
    their descriptions differ ("a senior security official in Baghdad" is not "a senior
    Iranian government official"); a definite reference joins the group or person it recalls."""
    personal = personal_agent(ctx.parse, cand.start, cand.end)
    quals = _qualifiers(ctx.parse, cand) if personal else ()
    earlier = _earlier_agent(ctx, cand, quals, country, personal=personal)
    if earlier is not None:
        return earlier
    key: tuple[object, ...] = ("agent", cand.sector, country, cand.title)
    if personal:
        key += (quals,)
    return ctx.cluster(key, kind="agent", name=_agent_name(ctx.parse, cand), country=country,
                       sector=cand.sector, code=_agent_code(cand, country, entry))


def personal_agent(parse: Parse, start: int, end: int) -> bool:
    """One unnamed person ("a senior official"), not a group or a body ("the army")."""
    head = parse.tokens[mention_head(parse, start, end)]
    return not is_plural(head) and head.lemma.lower() not in COLLECTIVE | GOV_HEADS


def _qualifiers(parse: Parse, cand: Candidate) -> tuple[str, ...]:
    """What tells one unnamed person from another: "senior security official in Baghdad"."""
    return tuple(t.text.lower() for t in parse.tokens[cand.start:cand.end]
                 if t.pos not in {"DET", "PUNCT", "ADP", "CCONJ", "PART"})


def _definite(parse: Parse, cand: Candidate) -> bool:
    return parse.tokens[cand.start].text.lower() in {"the", "these", "those", "this", "that"}


def _earlier_agent(ctx: Context, cand: Candidate, quals: tuple[str, ...], country: str | None,
                   *, personal: bool) -> Cluster | None:
    """ "the official" after "a senior security official in Baghdad", "the militants" after
    "Sunni militants": the most recent unnamed actor of that sector it describes (a person:
    every word of the definite description in the earlier one; a group: the same head)."""
    if not _definite(ctx.parse, cand) or not personal and country is not None:
        return None
    found = [c for c in ctx.clusters.values() if c.kind == "agent" and c.sector == cand.sector
             and c.last < cand.start and country in (None, c.country)
             and (len(c.key) == 5 and set(quals) <= set(c.key[4])  # type: ignore[arg-type]
                  if personal else len(c.key) == 4 and c.key[3][-1:] == cand.title[-1:])]  # type: ignore[index]
    return max(found, key=lambda c: c.last) if found else None


def _agent_code(cand: Candidate, country: str | None, entry: object) -> str | None:
    block = cand.code or cand.sector or ""
    if cand.prefix:
        return cand.prefix + (country or "")
    entry_code = getattr(entry, "code", None)
    if country is None and entry_code and getattr(entry, "sector", None) in INTERNATIONAL:
        return entry_code + (block if block != getattr(entry, "sector", None) else "")
    if country is None and entry_code and entry_code.startswith("IMG"):
        return "IMG" + block  # an agent of a transnational group: "al-Qaeda leaders"
    return country + block if country else None


def _agent_name(parse: Parse, cand: Candidate) -> str:
    start = cand.start
    while start < cand.end - 1 and parse.tokens[start].pos == "DET":
        start += 1
    return _text(parse, start, cand.end)


def _text(parse: Parse, start: int, end: int) -> str:
    return parse.text[parse.tokens[start].idx:parse.tokens[end - 1].end]


def _add_unknown_orgs(ctx: Context, analysis: ArticleAnalysis, owner: dict[int, Cluster],
                      taken: set[int], found: list[Candidate]) -> None:
    """Organisation names the dictionary does not know, linked to their acronyms."""
    by_start = {c.start: c for c in found}
    orgs = []
    for mention in analysis.mentions:
        toks = ctx.parse.tokens_in(mention.span)
        if mention.label != "ORG" or not toks or any(t.i in taken for t in toks):
            continue
        inner = [by_start[t.i] for t in toks if t.i in by_start]
        if any(c.kind not in {"country", "demonym"} or c.end > toks[-1].i + 1 for c in inner) \
                or "©" in mention.span.of(ctx.parse.text):
            continue
        orgs.append(Candidate(start=toks[0].i, end=toks[-1].i + 1, kind="org",
                              cue_targets=tuple(t for c in inner for t in c.targets[:1])))
    aliases = link_acronyms(ctx, found, owner)
    for cand in orgs:
        cluster = aliases.get(name_key(_text(ctx.parse, cand.start, cand.end))) \
            or _org_cluster(ctx, cand)
        cluster.add(cand.start, cand.end)
        owner[cand.start] = cluster
        aliases.update(link_acronyms(ctx, [cand], owner))


def _org_cluster(ctx: Context, cand: Candidate) -> Cluster:
    """An organisation the dictionary does not know: its country from a name inside it
    ("Kenya Anti-Corruption Commission"), its sector from a final agent noun."""
    text = _text(ctx.parse, cand.start, cand.end)
    words = name_key(text).split()
    _, term = ctx.dictionary.agent_ending_at(words, len(words)) if words else (0, None)
    country = cue_country(cand.cue_targets)
    sector = term.sector if term is not None and not term.generic else None
    return ctx.cluster(("org", name_key(text)), kind="organization", name=text, country=country,
                       sector=sector, code=country + sector if country and sector else None)


def build_actors(ctx: Context) -> tuple[Actor, ...]:
    """Actors in order of first mention, ids a1, a2, ..., each mention a Span."""
    clusters = [c for c in ctx.clusters.values() if c.mentions]
    clusters.sort(key=lambda c: min(s for s, _ in c.mentions))
    return tuple(_actor(ctx.parse, f"a{k}", c) for k, c in enumerate(clusters, start=1))


def _actor(parse: Parse, ident: str, cluster: Cluster) -> Actor:
    spans = sorted({parse.span_of(s, e) for s, e in cluster.mentions})
    code = cluster.code
    if cluster.kind == "person" and code is None and cluster.country and cluster.sector:
        code = cluster.country + cluster.sector
    return Actor(id=ident, name=cluster.name, kind=cluster.kind, country=cluster.country,
                 sector=cluster.sector, code=code, wikidata_id=cluster.wikidata_id,
                 mentions=tuple(spans))


def make_stage(resources: Resources) -> ActorStage:
    return ActorStage(resources.get("actor_dictionary"))

