"""Rule-based coreference over the parse: one cluster per real-world entity.

- names: a partial name joins the most recent person whose name ends with (or contains) it
  ("al-Maliki" -> "Nuri al-Maliki"); a later full name absorbs an earlier bare surname;
- titles: "the Prime Minister" -> the most recent person in the article with that title (and
  country, when the phrase names one), else the dictionary's holder of that office in the
  article's country on its publication date;
- pronouns: see pronouns.py;
- acronyms: "the Islamic State in Iraq and Syria, or ISIS" / "the International Organization for
  Migration (IOM)" make the short form an alias of the long one.
"""
from __future__ import annotations

import bisect

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from ...parse import Parse
from ...resources.actor_entries import INTERNATIONAL, ActorEntry, OfficeHolder
from ...resources.dictionaries import TITLE_OFFICES, ActorDictionary, Target
from ...resources.names import name_key, name_words
from .candidates import Candidate

LOCATIVE = frozenset({"in", "at", "near", "inside", "across", "throughout", "within", "outside",
                      "around", "into", "through", "over", "from", "toward", "towards", "north",
                      "south", "east", "west", "on"})
FORMER = frozenset({"former", "ex", "onetime", "erstwhile"})
GOV_HEADS = frozenset({"government", "administration", "regime", "authorities", "authority",
                       "cabinet"})


@dataclass(slots=True)
class Cluster:
    """An entity being assembled (local to one stage call; never leaves the stage)."""

    key: tuple[object, ...]
    kind: str
    name: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    wikidata_id: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    words: tuple[str, ...] = ()
    titles: list[tuple[str, ...]] = field(default_factory=list)
    gender: str | None = None
    holder: OfficeHolder | None = None
    seen: set[tuple[int, int]] = field(default_factory=set)  # the mentions, for membership
    last: int = -1  # the start token of the latest mention

    def add(self, start: int, end: int) -> None:
        if (start, end) not in self.seen:
            self.seen.add((start, end))
            self.mentions.append((start, end))
            self.last = max(self.last, start)


@dataclass(slots=True)
class Context:
    parse: Parse
    dictionary: ActorDictionary
    published: dt.date | None
    focus: str | None = None
    country_cues: list[tuple[int, str]] = field(default_factory=list)
    cue_spans: list[tuple[int, int, str | None]] = field(default_factory=list)
    place_cues: list[tuple[int, str]] = field(default_factory=list)
    clusters: dict[tuple[object, ...], Cluster] = field(default_factory=dict)
    quoted: list[tuple[int, int]] = field(default_factory=list)  # sorted, disjoint
    _quote_starts: list[int] | None = None
    _by_sentence: dict[str, dict[int, list[tuple[int, str]]]] = field(default_factory=dict)

    def in_quote(self, token: int) -> bool:
        """Whether a token is inside a direct quote (its countries are the quote's, not a
        cue for the speaker); by bisection over the quoted ranges."""
        if self._quote_starts is None:
            self._quote_starts = [a for a, _ in self.quoted]
        at = self.parse.tokens[token].idx
        k = bisect.bisect_left(self._quote_starts, at) - 1
        return k >= 0 and at < self.quoted[k][1]

    def cues_in(self, sent: int, kind: str = "country") -> list[tuple[int, str]]:
        """The country cues of one sentence: "country" (actor cues), "place" (locative place
        cues; set once actors are known), "unquoted" (actor cues outside direct quotes).
        Indexed by sentence on first use, so each lookup costs the sentence's cues only."""
        index = self._by_sentence.get(kind)
        if index is None:
            cues = self.place_cues if kind == "place" else self.country_cues
            index = {}
            if cues:  # an empty list may still be filled in: index it once it has cues
                self._by_sentence[kind] = index
            for start, country in cues:
                if kind != "unquoted" or not self.in_quote(start):
                    index.setdefault(self.parse.tokens[start].sent, []).append((start, country))
        return index.get(sent, [])

    def cluster(self, key: tuple[object, ...], **fields: object) -> Cluster:
        if key not in self.clusters:
            self.clusters[key] = Cluster(key=key, **fields)  # type: ignore[arg-type]
        return self.clusters[key]

    def persons(self) -> list[Cluster]:
        return [c for c in self.clusters.values() if c.kind == "person"]


def focus_country(cands: list[Candidate]) -> str | None:
    """The country the article is mostly about: most cited country, first cited on a tie."""
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    for cand in cands:
        for target in cand.targets:
            if target.kind in {"country", "demonym", "capital"} and target.country:
                counts[target.country] += 1
                order.setdefault(target.country, cand.start)
                break
    if not counts:
        return None
    return min(counts, key=lambda c: (-counts[c], order[c]))


def cue_country(targets: tuple[Target, ...]) -> str | None:
    found = [t.country for t in targets if t.kind in {"country", "demonym", "capital"}]
    return found[-1] if found else None


def cue_entry(targets: tuple[Target, ...]) -> ActorEntry | None:
    found = [t.entry for t in targets if t.kind == "entry" and t.entry is not None]
    return found[-1] if found else None


# -- persons ---------------------------------------------------------------------------------



def person_words(ctx: Context, cand: Candidate) -> tuple[str, ...]:
    return name_words(ctx.parse.text[ctx.parse.tokens[cand.start].idx:ctx.parse.tokens[cand.end - 1].end])


def resolve_persons(ctx: Context, cands: list[Candidate]) -> None:
    """Full names first (so a bare surname can find its person anywhere), then partial names."""
    persons = [c for c in cands if c.kind == "person"]
    for cand in persons:
        if len(person_words(ctx, cand)) > 1:
            _place_person(ctx, cand)
    for cand in persons:
        if len(person_words(ctx, cand)) <= 1:
            _place_person(ctx, cand)


def _holders(cand: Candidate) -> list[OfficeHolder]:
    return [t.holder for t in cand.targets if t.holder is not None]


def choose_holder(ctx: Context, holders: list[OfficeHolder]) -> OfficeHolder | None:
    """One person among the holders a name matches: in office on the publication date, else
    of the article's focus country; None when still ambiguous."""
    if ctx.published is not None:
        holders = [h for h in holders if h.in_office(ctx.published)] or holders
    names = {h.name for h in holders}
    if len(names) > 1:
        holders = [h for h in holders if h.country == ctx.focus]
        names = {h.name for h in holders}
    return holders[0] if len(names) == 1 else None


def _place_person(ctx: Context, cand: Candidate) -> None:
    words = person_words(ctx, cand)
    if not words:
        return
    holder = choose_holder(ctx, _holders(cand))
    cluster = _find_person(ctx, words, holder, cand.start)
    if cluster is None:
        if holder is None and len(words) == 1 and ctx.published:
            holder = choose_holder(ctx, ctx.dictionary.holders_named(words[0], ctx.published))
        cluster = ctx.cluster(("person", len(ctx.clusters)), kind="person",
                              name=holder.name if holder else _surface(ctx, cand), words=words)
        if holder is not None:
            _set_holder(cluster, holder)
    elif len(words) > len(cluster.words) and cluster.holder is None:
        cluster.words, cluster.name = words, _surface(ctx, cand)
    cluster.add(cand.title_start if cand.title_start is not None else cand.start, cand.end)
    _apply_title(ctx, cluster, cand)


def _surface(ctx: Context, cand: Candidate) -> str:
    text = ctx.parse.text[ctx.parse.tokens[cand.start].idx:ctx.parse.tokens[cand.end - 1].end]
    return text[:-2] if text.endswith(("'s", "’s")) else text


def _find_person(ctx: Context, words: tuple[str, ...], holder: OfficeHolder | None,
                 at: int) -> Cluster | None:
    found = []
    for cluster in ctx.persons():
        if holder is not None and cluster.holder is not None and cluster.holder.name == holder.name:
            return cluster
        if _names_match(words, cluster.words):
            found.append(cluster)
    if not found:
        return None
    before = [c for c in found if c.mentions and min(s for s, _ in c.mentions) < at]
    return max(before or found, key=lambda c: c.last)


def _names_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if a == b:
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(short) == 1:
        return short[0] in (long_[-1], long_[0])
    return short[-1] == long_[-1] and set(short) <= set(long_)


def _set_holder(cluster: Cluster, holder: OfficeHolder) -> None:
    cluster.holder = holder
    cluster.name = holder.name
    cluster.wikidata_id = holder.wikidata_id
    if holder.country in INTERNATIONAL:
        cluster.sector, cluster.code = holder.country, f"IGO{holder.country}"
    else:
        cluster.country, cluster.sector = holder.country, "GOV"
    cluster.titles.append(name_words(holder.title))


def _apply_title(ctx: Context, cluster: Cluster, cand: Candidate) -> None:
    """Country, sector and title from the words before a name ("U.S. President Barack Obama")."""
    if cand.title:
        cluster.titles.append(cand.title)
    country, entry = cue_country(cand.cue_targets), cue_entry(cand.cue_targets)
    if cluster.country is None and country:
        cluster.country = country
    if entry is not None and cluster.sector is None:
        if entry.sector in INTERNATIONAL:
            cluster.sector, cluster.code = entry.sector, entry.code
        else:
            cluster.country = cluster.country or entry.country
            cluster.sector, cluster.code = entry.sector, entry.code
    if cluster.sector is None and cand.sector:
        cluster.sector = cand.sector
    if cluster.country is None and cluster.sector == "GOV" and cluster.code is None:
        cluster.country = _holder_country(ctx, cluster) or sentence_country(
            ctx, cand.start, kind="unquoted")
    if cand.title_start is not None and any(
            t.text.lower() in FORMER or t.text.lower().startswith("ex-")
            for t in ctx.parse.tokens[cand.title_start:cand.start]):
        cluster.sector = "ELI"  # CAMEO: former officials are elites


def _holder_country(ctx: Context, cluster: Cluster) -> str | None:
    """The country of the only office holder with this surname, in any year."""
    if not cluster.words:
        return None
    countries = {h.country for h in ctx.dictionary.holders_named(cluster.words[-1], None)
                 if set(cluster.words) <= set(name_words(h.name)) | set(
                     w for a in h.aliases for w in name_words(a))}
    return countries.pop() if len(countries) == 1 else None


def sentence_country(ctx: Context, at: int, *, kind: str = "country") -> str | None:
    """The country named nearest to token `at` in its sentence (a title with no country:
    "Planning Minister Tran Xuan Gia said Vietnam..."); `kind` as in `Context.cues_in`."""
    sent = ctx.parse.tokens[at].sent
    best: tuple[int, str] | None = None
    for start, country in ctx.cues_in(sent, kind):
        if best is None or abs(start - at) < best[0]:
            best = (abs(start - at), country)
    return best[1] if best else None


def only_country(ctx: Context, at: int) -> str | None:
    """The country named in token `at`'s sentence, as an actor or a place, when there is
    exactly one ("rebels" in "The Mozambique government accepted demands from rebels")."""
    sent = ctx.parse.tokens[at].sent
    found = {country for _, country in ctx.cues_in(sent) + ctx.cues_in(sent, "place")}
    return found.pop() if len(found) == 1 else None


# -- titles and pronouns ------------------------------------------------------------------------
def office_key(words: tuple[str, ...]) -> str:
    key = " ".join(words)
    for size in range(len(words), 0, -1):
        tail = " ".join(words[-size:])
        if tail in TITLE_OFFICES:
            return TITLE_OFFICES[tail]
    return key


def resolve_title(ctx: Context, cand: Candidate) -> Cluster | None:
    """A person for "the Prime Minister": someone in the article with that title, or the
    dictionary holder of that office in the (cued or focus) country on the publication date."""
    office = office_key(cand.title)
    country = cue_country(cand.cue_targets)
    found = [c for c in ctx.persons() if any(office_key(t) == office for t in c.titles)
             and (country is None or c.country in (None, country))]
    before = [c for c in found if any(s < cand.start for s, _ in c.mentions)]
    if before or found:
        cluster = max(before or found, key=lambda c: c.last)
        cluster.country = cluster.country or country
        return cluster
    return _title_holder(ctx, cand, country or ctx.focus)


def _title_holder(ctx: Context, cand: Candidate, country: str | None) -> Cluster | None:
    if country is None or ctx.published is None:
        return None
    holder = ctx.dictionary.holder(country, " ".join(cand.title), ctx.published)
    if holder is None:
        return None
    words = name_words(holder.name)
    existing = _find_person(ctx, words, holder, cand.start)
    if existing is not None:
        return existing
    cluster = ctx.cluster(("person", len(ctx.clusters)), kind="person", name=holder.name,
                          words=words)
    _set_holder(cluster, holder)
    return cluster


def link_acronyms(ctx: Context, cands: list[Candidate], owner: dict[int, Cluster]) -> dict[str, Cluster]:
    """ "Long Name (ABC)" and "Long Name, or ABC": the acronym names the long form's cluster."""
    aliases: dict[str, Cluster] = {}
    tokens = ctx.parse.tokens
    for cand in cands:
        cluster = owner.get(cand.start)
        if cluster is None:
            continue
        k = cand.end
        if k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")":
            acronym = tokens[k + 1].text
        elif k + 2 < len(tokens) and tokens[k].text == "," and tokens[k + 1].text.lower() == "or":
            acronym = tokens[k + 2].text
        else:
            continue
        if acronym.isupper() and acronym.isalpha() and len(acronym) >= 2:
            aliases[name_key(acronym)] = cluster
    return aliases
