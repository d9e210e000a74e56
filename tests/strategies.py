"""Hypothesis strategies for the data contract (analyses with spans inside their text)."""
from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from newsevents.model import (
    MODALITIES, POLARITIES, QUALIFIERS, QUOTE_KINDS, VICTIM_KINDS, Actor, Article,
    ArticleAnalysis, Casualties, Claim, Contradiction, Diagnostic, Event, Figure, Mention, Place,
    Quote, Sentence, Span,
)

names = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)
ids = st.from_regex(r"[a-z][0-9]{1,3}", fullmatch=True)
opt_ids = st.none() | ids
codes = st.none() | st.from_regex(r"[A-Z]{3}", fullmatch=True)


@st.composite
def spans(draw: st.DrawFn, text: str) -> Span:
    start = draw(st.integers(0, len(text)))
    return Span(start, draw(st.integers(start, len(text))))


@st.composite
def analyses(draw: st.DrawFn) -> ArticleAnalysis:
    text = draw(st.text(min_size=0, max_size=200))
    sp = spans(text)
    osp = st.none() | sp
    article = Article(
        id=draw(st.from_regex(r"[0-9a-f]{16}", fullmatch=True)), text=text,
        title=draw(st.none() | names), published=draw(st.none() | st.dates(dt.date(1900, 1, 1))),
        dateline=draw(st.none() | names), source=draw(st.none() | names),
        url=draw(st.none() | names), origin=draw(st.none() | names),
        language=draw(st.sampled_from(("en", "ar", "zh", "ru", "und"))),
        language_score=draw(st.none() | st.floats(0, 1)),
    )
    actors = draw(st.lists(st.builds(
        Actor, id=ids, name=names, kind=names, country=codes, sector=codes, code=codes,
        wikidata_id=st.none() | st.from_regex(r"Q[0-9]{1,6}", fullmatch=True),
        mentions=st.lists(sp, max_size=3).map(tuple)), max_size=3))
    places = draw(st.lists(st.builds(
        Place, id=ids, name=names, geonameid=st.none() | st.integers(1, 10**8),
        lat=st.none() | st.floats(-90, 90), lon=st.none() | st.floats(-180, 180),
        country=codes, admin1=st.none() | names, admin2=st.none() | names,
        feature_code=codes, precision=st.integers(1, 7), confidence=st.floats(0, 1),
        reason=names, mentions=st.lists(sp, max_size=2).map(tuple),
        native_name=st.none() | names, embedded=st.lists(sp, max_size=2).map(tuple),
        demonyms=st.lists(sp, max_size=2).map(tuple)), max_size=2))
    events = draw(st.lists(st.builds(
        Event, id=ids, plover_type=names, plover_mode=st.none() | names,
        cameo_code=st.from_regex(r"[0-9]{2,4}", fullmatch=True), quad_class=st.integers(1, 4),
        intensity=st.floats(-10, 10), trigger=sp, sentence=st.integers(0, 50),
        source_actors=st.lists(ids, max_size=2).map(tuple),
        target_actors=st.lists(ids, max_size=2).map(tuple),
        source_spans=st.lists(sp, max_size=2).map(tuple), place=opt_ids,
        place_reason=st.none() | names, date=st.none() | st.just("2014-06-14"),
        date_span=osp, date_source=st.sampled_from(["text", "publication", "none"]),
        modality=st.sampled_from(MODALITIES), attributed_to=opt_ids, attribution_span=osp,
        evidence=osp, acled_event_type=st.none() | names,
        acled_sub_event_type=st.none() | names), max_size=2))
    quotes = draw(st.lists(st.builds(
        Quote, id=ids, kind=st.sampled_from(QUOTE_KINDS), span=sp, speaker=opt_ids,
        speaker_span=osp, cue=st.none() | names, cue_span=osp), max_size=2))
    figures = draw(st.lists(st.builds(
        Figure, id=ids, category=names, low=st.none() | st.integers(0, 10**7),
        high=st.none() | st.integers(0, 10**7), qualifier=st.sampled_from(QUALIFIERS), span=sp,
        hedged=st.booleans(), event=opt_ids, place=opt_ids, attributed_to=opt_ids,
        attribution_span=osp, victims=st.none() | st.sampled_from(VICTIM_KINDS),
        part_of=opt_ids, described=st.booleans()), max_size=2))
    counts = st.none() | st.integers(0, 10**6)
    casualties = draw(st.lists(st.builds(
        Casualties, id=ids, event=opt_ids, killed_low=counts, killed_high=counts,
        wounded_low=counts, wounded_high=counts, figures=st.lists(ids, max_size=3).map(tuple),
        reported_by=st.lists(ids, max_size=2).map(tuple)), max_size=2))
    claims = draw(st.lists(st.builds(
        Claim, id=ids, polarity=st.sampled_from(POLARITIES), span=sp, claimant=opt_ids,
        claimant_span=osp, event=opt_ids, figure=opt_ids, quote=opt_ids), max_size=2))
    return ArticleAnalysis(
        article=article,
        sentences=tuple(Sentence(index=k, span=s) for k, s in enumerate(
            draw(st.lists(sp, max_size=3)))),
        mentions=tuple(draw(st.lists(st.builds(Mention, span=sp, label=names,
                                               sentence=st.integers(0, 9)), max_size=3))),
        actors=tuple(actors), places=tuple(places), events=tuple(events),
        quotes=tuple(quotes), figures=tuple(figures), claims=tuple(claims),
        casualties=tuple(casualties),
        contradictions=tuple(draw(st.lists(st.builds(
            Contradiction, id=ids, claim_a=ids, claim_b=ids, reason=names, event=opt_ids,
            figure=opt_ids), max_size=1))),
        diagnostics=tuple(draw(st.lists(st.builds(
            Diagnostic, stage=names, code=names, message=names, span=osp), max_size=2))),
        stages_run=tuple(draw(st.lists(names, max_size=3))),
    )
