"""Hand-built, rich ArticleAnalysis objects for store tests (fictional news-style sentences)."""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from newsevents.model import (
    Actor, Article, ArticleAnalysis, Casualties, Claim, Contradiction, Diagnostic, Event, Figure,
    Mention,
    Place, Quote, Sentence, Span,
)

PLACES = {
    "Aleppo": (36.20124, 37.16117, "SYR", "Aleppo Governorate", 170063),
    "Idlib": (35.93062, 36.63393, "SYR", "Idlib Governorate", 169389),
    "Mosul": (36.335, 43.11889, "IRQ", "Nineveh", 99072),
    "Tikrit": (34.61581, 43.67861, "IRQ", "Salah ad Din", 97990),
}
ACTORS = {
    "government forces": ("SYR", "MIL", "SYRMIL", "Syrian Armed Forces"),
    "rebel fighters": ("SYR", "REB", "SYRREB", "Syrian rebels"),
    "Iraqi troops": ("IRQ", "MIL", "IRQMIL", "Iraqi Armed Forces"),
    "militants": ("IRQ", "REB", "IRQREB", "militants"),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    """The facts one fictional report states; texts differ by `style` and `extra`."""

    attacker: str = "government forces"
    victim: str = "rebel fighters"
    place: str = "Aleppo"
    verb: str = "shelled"
    killed: int = 12
    day: dt.date = dt.date(2016, 8, 3)
    published: dt.date | None = None
    source: str = "agency-a"
    extra: str = ""
    style: int = 0


def story_text(story: Story) -> str:
    lead = (f"{story.attacker.capitalize()} {story.verb} {story.place} on Wednesday, killing at "
            f"least {story.killed} people, a monitoring group said.")
    if story.style == 1:
        lead = (f"At least {story.killed} people died when {story.attacker} {story.verb} "
                f"{story.place} on Wednesday, according to a monitoring group.")
    rest = (f" A military spokesman denied that {story.attacker} had hit homes."
            f" \"We only strike armed positions,\" the spokesman said."
            f" Residents of {story.place} described a night of heavy bombardment.")
    return lead + rest + (" " + story.extra if story.extra else "")


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def find(text: str, part: str, start: int = 0) -> Span:
    k = text.index(part, start)
    return Span(k, k + len(part))


def make_analysis(story: Story | None = None, **changes: object) -> ArticleAnalysis:
    """A full analysis of the story: actors, a place with coordinates, an event, a quote,
    a figure, an asserting and a denying claim, their contradiction and a diagnostic."""
    story = story or Story(**changes)  # type: ignore[arg-type]
    text = story_text(story)
    published = story.published or story.day + dt.timedelta(days=1)
    article = Article(id=article_id(text), text=text, title=f"{story.place} {story.verb}",
                      published=published, source=story.source,
                      url=f"https://{story.source}.example/{article_id(text)}",
                      origin=f"corpus.jsonl:{article_id(text)}")
    actors = _actors(text, story)
    lat, lon, country, admin1, gid = PLACES[story.place]
    place = Place(id="p1", name=story.place, geonameid=gid, lat=lat, lon=lon, country=country,
                  admin1=admin1, feature_code="PPLA", precision=1, confidence=0.9,
                  reason="gazetteer", mentions=(find(text, story.place),))
    trigger = find(text, story.verb)
    killed = find(text, f"{story.killed} people")
    denial = find(text, "A military spokesman denied")
    quote_span = find(text, "\"We only strike armed positions,\"")
    first_sentence_end = text.index(".") + 1
    event = Event(
        id="e1", plover_type="ASSAULT", plover_mode="heavy-weapons", cameo_code="195",
        quad_class=4, intensity=-9.5, trigger=trigger, sentence=0, source_actors=("a1",),
        target_actors=("a2",), source_spans=(actors[0].mentions[0],),
        target_spans=(actors[1].mentions[0],) if story.victim in text else (),
        place="p1", place_reason="object of the verb", date=story.day.isoformat(),
        date_span=find(text, "Wednesday"), date_source="text", modality="asserted",
        attributed_to="a3", attribution_span=find(text, "a monitoring group"),
        evidence=Span(0, first_sentence_end), acled_event_type="Explosions/Remote violence",
        acled_sub_event_type="Shelling/artillery/missile attack",
    )
    return ArticleAnalysis(
        article=article,
        sentences=_sentences(text),
        mentions=tuple(Mention(span=m, label="ORG", sentence=0) for a in actors
                       for m in a.mentions[:1]) + (Mention(span=place.mentions[0], label="GPE",
                                                           sentence=0),),
        actors=actors, places=(place,), events=(event,),
        quotes=(Quote(id="q1", kind="direct", span=quote_span, speaker="a4",
                      speaker_span=find(text, "the spokesman"), cue="said",
                      cue_span=find(text, "said", quote_span.end)),),
        figures=(Figure(id="f1", category="killed", low=story.killed, high=None,
                        qualifier="at_least", span=killed, event="e1", place="p1",
                        attributed_to="a3", attribution_span=find(text, "a monitoring group")),),
        casualties=tuple(Casualties(id=f"k{k}", event=event_id, killed_low=story.killed,
                                    figures=("f1",), reported_by=("a3",))
                         for k, event_id in enumerate((None, "e1"), start=1)),
        claims=(Claim(id="c1", polarity="asserts", span=Span(0, first_sentence_end),
                      claimant="a3", claimant_span=find(text, "a monitoring group"),
                      event="e1", figure="f1"),
                Claim(id="c2", polarity="denies", span=find(text, denial.of(text)),
                      claimant="a4", claimant_span=find(text, "A military spokesman"),
                      event="e1", quote="q1")),
        contradictions=(Contradiction(id="x1", claim_a="c1", claim_b="c2", event="e1",
                                      reason="the spokesman denies the reported attack"),),
        diagnostics=(Diagnostic(stage="places.gazetteer.v1", code="W601",
                                message="ambiguous place name", span=place.mentions[0]),),
        stages_run=("segment.spacy.v1", "events.rules.v2"),
    )


def _actors(text: str, story: Story) -> tuple[Actor, ...]:
    out = []
    for k, name in enumerate((story.attacker, story.victim), start=1):
        country, sector, code, canonical = ACTORS[name]
        lowered = text.lower()
        spans = (find(lowered, name.lower()),) if name.lower() in lowered else ()
        out.append(Actor(id=f"a{k}", name=canonical, kind="group", country=country,
                         sector=sector, code=code, mentions=spans))
    out.append(Actor(id="a3", name="monitoring group", kind="org", sector="NGO",
                     mentions=(find(text, "a monitoring group"),)))
    out.append(Actor(id="a4", name="military spokesman", kind="person", sector="MIL",
                     mentions=(find(text, "A military spokesman"),)))
    return tuple(out)


def _sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for k, ch in enumerate(text):
        if ch == "." and (k + 1 == len(text) or text[k + 1] == " "):
            out.append(Sentence(index=len(out), span=Span(start, k + 1)))
            start = k + 2
    return tuple(out)


def sample_analyses() -> list[ArticleAnalysis]:
    """Four reports: two of one Aleppo shelling (two agencies), one in Idlib, one in Mosul."""
    aleppo = dt.date(2016, 8, 3)
    return [
        make_analysis(Story(source="agency-a", day=aleppo, extra="Local doctors said the dead "
                            "included three children and that the main bakery was destroyed.")),
        make_analysis(Story(source="agency-b", killed=20, style=1, day=aleppo,
                            extra="Diplomats in Geneva called for a pause in the fighting.")),
        make_analysis(Story(place="Idlib", source="agency-a", killed=4,
                            day=dt.date(2016, 8, 20), extra="Schools in the province "
                            "stayed closed for a second week, teachers said.")),
        make_analysis(Story(place="Mosul", attacker="Iraqi troops", victim="militants",
                            source="agency-c", day=dt.date(2014, 6, 10), killed=30,
                            extra="Thousands of families fled towards the Kurdish region.")),
    ]
