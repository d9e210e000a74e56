"""Stories: two stories of three reports each among unrelated articles (all text our own)."""
from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.errors import StoreError
from newsevents.model import Article, ArticleAnalysis, Event, Place, Span
from newsevents.store.duckdb import Store
from newsevents.store.merge import Item, MergeSettings, cluster_items, merge_events
from newsevents.store.stories import (
    LINKS,
    StorySettings,
    Vectors,
    average_link,
    candidate_pairs,
    cluster_component,
    components,
    cosine,
    make_doc,
    story_rows,
    term_counts,
)

DAY = dt.date(2021, 3, 4)
DAM = [
    ("The Korvel dam burst before dawn and floodwater swept through the valley town of "
    "Varnholt, destroying bridges and farmhouses along the river."),
    ("Rescue teams in Varnholt searched farmhouses along the river after the Korvel dam burst "
    "and floodwater swept the valley; engineers said cracks in the dam wall had been reported "
    "for months."),
    ("Families returned to Varnholt as the floodwater receded; the regional governor promised "
    "an inquiry into why the Korvel dam burst and which engineers inspected the wall."),
]
STRIKE = [
    ("Nurses at Pelmora General Hospital walked out on Tuesday, demanding overtime pay and "
    "more staff on the night shifts."),
    ("The nurses' strike at Pelmora General Hospital entered its second day as the hospital "
    "board offered talks on overtime pay."),
    ("Pelmora General Hospital and the nurses' union agreed on overtime pay and night shift "
    "staffing, ending the strike after three days."),
]
OTHER = [
    "A grandmaster from Lisbon won the chess tournament in Oslo with a quiet endgame.",
    "The bakery on Quay Street reopened with sourdough loaves and cinnamon buns.",
    "A weather satellite reached orbit after launch from the coastal spaceport.",
]
ARTICLES = ([(f"dam{k}", DAY + dt.timedelta(days=k), t) for k, t in enumerate(DAM)]
            + [(f"strike{k}", DAY + dt.timedelta(days=k), t) for k, t in enumerate(STRIKE)]
            + [(f"other{k}", DAY, t) for k, t in enumerate(OTHER)])


def groups(rows: list[dict[str, object]]) -> set[frozenset[str]]:
    by_story: dict[object, set[str]] = {}
    for row in rows:
        by_story.setdefault(row["story_id"], set()).add(str(row["article_id"]))
    return {frozenset(g) for g in by_story.values()}


def test_stories_found_among_unrelated_articles() -> None:
    rows = story_rows(ARTICLES)
    assert groups(rows) == {frozenset({"dam0", "dam1", "dam2"}),
                            frozenset({"strike0", "strike1", "strike2"}),
                            frozenset({"other0"}), frozenset({"other1"}), frozenset({"other2"})}
    dam = next(r for r in rows if r["article_id"] == "dam1")
    assert dam["articles"] == 3 and 0 < dam["similarity"] <= 1
    assert "korvel" in dam["terms"] and "varnholt" in dam["terms"]
    alone = next(r for r in rows if r["article_id"] == "other0")
    assert alone["articles"] == 1 and alone["similarity"] is None


def test_stories_date_window_separates_reports_a_year_apart() -> None:
    late = [(aid, published + dt.timedelta(days=365) if aid == "dam2" else published, text)
            for aid, published, text in ARTICLES]
    assert frozenset({"dam2"}) in groups(story_rows(late))
    undated = [(aid, None if aid == "dam2" else published, text)
               for aid, published, text in ARTICLES]
    assert frozenset({"dam2"}) in groups(story_rows(undated))


def test_stories_terms_are_content_words() -> None:
    counts = term_counts("The dam's wall: they said WALL walls 2021 a1b2 of")
    assert counts == {"wall": 2, "walls": 1, "a1b2": 1}


def test_stories_common_terms_are_no_blocking_keys() -> None:
    docs = [make_doc(f"d{k}", DAY, {"shared": 1, f"own{k}": 1}, {"shared": 3, f"own{k}": 1},
                     articles=3, settings=StorySettings(key_terms=2)) for k in range(3)]
    assert candidate_pairs(docs, settings=StorySettings(max_postings=3)) == [
        ("d0", "d1"), ("d0", "d2"), ("d1", "d2")]
    assert candidate_pairs(docs, settings=StorySettings(max_postings=2)) == []
    assert candidate_pairs(docs, settings=StorySettings(max_candidates=1)) == [
        ("d0", "d1"), ("d0", "d2")]  # d1 and d2 each keep d0 (smallest id): d1-d2 dropped


def test_stories_candidates_are_sorted_neighbours() -> None:
    docs = [make_doc(f"d{k}", DAY, {"dam": 1}, {"dam": 5}, articles=9, settings=StorySettings())
            for k in range(5)]
    assert candidate_pairs(docs, settings=StorySettings(neighbours=1)) == [
        ("d0", "d1"), ("d1", "d2"), ("d2", "d3"), ("d3", "d4")]
    assert len(candidate_pairs(docs, settings=StorySettings(neighbours=4))) == 10


def test_stories_candidates_share_a_week_window() -> None:
    def doc(aid: str, published: dt.date | None) -> object:
        return make_doc(aid, published, {"dam": 1}, {"dam": 2}, articles=9,
                        settings=StorySettings())

    week = [doc("a", DAY), doc("b", DAY + dt.timedelta(days=7)),
            doc("c", DAY + dt.timedelta(days=8)), doc("d", DAY + dt.timedelta(days=15)),
            doc("u", None), doc("v", None)]
    assert candidate_pairs(week, settings=StorySettings()) == [
        ("a", "b"), ("b", "c"), ("c", "d"), ("u", "v")]  # 7 days at most


def test_stories_average_link_does_not_chain() -> None:
    links = [("a", "b", 0.9), ("b", "c", 0.9), ("a", "c", 0.0)]
    assert components("abc", links, threshold=0.5) == {"a": "a", "b": "a", "c": "a"}
    assert average_link(list("abc"), links, threshold=0.5) == {"a": "a", "b": "a", "c": "c"}
    links[2] = ("a", "c", 0.3)  # average of {a, b} with c: (0.3 + 0.9) / 2 = 0.6
    assert average_link(list("abc"), links, threshold=0.5) == {"a": "a", "b": "a", "c": "a"}


def test_stories_settings_are_checked() -> None:
    with pytest.raises(StoreError, match="unknown story link"):
        StorySettings(link="complete")
    with pytest.raises(StoreError, match="unknown story rule"):
        MergeSettings(story_rule="lemma")


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_stories_do_not_depend_on_input_order(rng: random.Random) -> None:
    shuffled = list(ARTICLES)
    rng.shuffle(shuffled)
    assert story_rows(shuffled) == story_rows(ARTICLES)


# -- the event merge inside and across stories -----------------------------------------------

def item(k: int, *, story: str, stem: str, lat: float, place: str) -> Item:
    return Item(article_id=f"art{k}", group=f"art{k}", event_id="e1", plover_type="ASSAULT",
                plover_mode=None, cameo_code="190", quad_class=4, intensity=-9.0, date=DAY,
                sentence=0, trigger=(0, 5), offsets=(None, None), published=DAY,
                source=f"src{k}", url=None, place=place, lat=lat, lon=20.0, country="XYZ",
                admin1=None, geonameid=None, precision=1, story=story, stem=stem)


def test_merge_joins_same_stem_events_of_one_story_not_across() -> None:
    items = [item(1, story="s1", stem="attack", lat=10.0, place="North"),
             item(2, story="s1", stem="attack", lat=14.0, place="South"),  # 440 km away
             item(3, story="s2", stem="attack", lat=18.0, place="East"),
             item(4, story="s1", stem="bomb", lat=22.0, place="West")]
    clusters = cluster_items(items, MergeSettings())
    members = sorted(sorted(m.article_id for m in c.members) for c in clusters)
    assert members == [["art1", "art2"], ["art3"], ["art4"]]
    joined = next(c for c in clusters if len(c.members) == 2)
    assert "same story s1; trigger stem 'attack'" in joined.reasons[1]
    without = cluster_items(items, MergeSettings(story_rule="none"))
    assert len(without) == 4  # places 440 km apart: the old rules keep them apart
    no_stem = [item(5, story="s1", stem="", lat=10.0, place="North"),
               item(6, story="s1", stem="", lat=14.0, place="South")]
    assert len(cluster_items(no_stem, MergeSettings())) == 2
    by_mode = cluster_items(items, MergeSettings(story_rule="mode"))
    assert sorted(len(c.members) for c in by_mode) == [1, 3]  # s1: one mode (None) for all


def analysis(aid: str, published: dt.date, text: str, trigger: str, place: str,
             lat: float) -> ArticleAnalysis:
    start = text.index(trigger)
    return ArticleAnalysis(
        article=Article(id=aid, text=text, published=published),
        places=(Place(id="p1", name=place, lat=lat, lon=20.0, country="XYZ", precision=1,
                      mentions=(Span(text.index(place), text.index(place) + len(place)),)),),
        events=(Event(id="e1", plover_type="ASSAULT", plover_mode=None, cameo_code="190",
                      quad_class=4, intensity=-9.0, trigger=Span(start, start + len(trigger)),
                      sentence=0, place="p1", date=published.isoformat()),))


def corpus() -> list[ArticleAnalysis]:
    """The dam story's reports name the damage with 'destroying', 'destroyed', 'destroys' at
    three places far apart; the strike story 'destroyed' nothing but a deal."""
    dam = [DAM[0], DAM[1] + " Floods destroyed the lower Varnholt bridge.",
           DAM[2] + " The flood destroys crops near Varnholt."]
    places = ["valley", "bridge", "crops"]
    made = [analysis(f"dam{k}", DAY, t, ["destroying", "destroyed", "destroys"][k], places[k],
                     10.0 + 3 * k) for k, t in enumerate(dam)]
    strike = STRIKE[1] + " The board said the strike destroyed trust at the hospital."
    made.append(analysis("strike1", DAY, strike, "destroyed", "hospital", 11.5))
    return made + [analysis(f"x{k}", DAY, t + " Storms destroyed a shed.", "destroyed",
                            "shed", 30.0 + 3 * k) for k, t in enumerate(OTHER[:1])]


def test_store_merge_uses_stories() -> None:
    with Store.open(":memory:") as store:
        store.write(corpus(), run=None)
        summary = merge_events(store)
        stories = dict(store.con.execute("SELECT article_id, story_id FROM stories").fetchall())
        merged = store.con.execute(
            "SELECT list(article_id ORDER BY article_id), any_value(why) "
            "FROM merged_event_mentions GROUP BY merged_id ORDER BY 1").fetchall()
    assert len(stories) == 5 and len({stories[f"dam{k}"] for k in range(3)}) == 1
    assert summary.stories == 3
    assert [m[0] for m in merged] == [["dam0", "dam1", "dam2"], ["strike1"], ["x0"]]


def test_store_stories_do_not_depend_on_ingest_order() -> None:
    made = corpus()
    tables = []
    for order in (made, made[::-1], made[2:] + made[:2]):
        with Store.open(":memory:") as store:
            for one in order:
                store.write([one], run=None)
            merge_events(store)
            tables.append(store.con.execute("SELECT * FROM stories ORDER BY article_id")
                          .fetchall())
    assert tables[0] == tables[1] == tables[2]


def test_merge_across_stories_needs_an_agreeing_actor() -> None:
    from dataclasses import replace

    from newsevents.store.merge import Side

    first = item(1, story="s1", stem="attack", lat=10.0, place="North")
    other = item(2, story="s2", stem="shell", lat=10.1, place="North")  # 11 km away
    assert len(cluster_items([first, other], MergeSettings())) == 2
    army = Side(name="Army", code="XYZMIL")
    (joined,) = cluster_items([replace(first, actor1=army), replace(other, actor1=army)],
                              MergeSettings())
    assert joined.reasons[1].endswith("source code XYZMIL; target unknown on one side; "
                                      "across stories")
    unknown_story = replace(other, story=None)
    assert len(cluster_items([first, unknown_story], MergeSettings())) == 1


def test_query_and_geojson_carry_the_story() -> None:
    from newsevents.store.exports import geojson
    from newsevents.store.query import query

    with Store.open(":memory:") as store:
        store.write(corpus(), run=None)
        merge_events(store)
        (dam,) = store.con.execute(
            "SELECT story_id FROM stories WHERE article_id = 'dam0'").fetchall()[0]
        found = query(store, story=dam)
        features = geojson(store)["features"]
    assert list(found["num_articles"]) == [3] and list(found["story_id"]) == [dam]
    assert sorted(f["properties"]["story_id"] == dam for f in features) == [False, False, True]


# -- compact vectors give the rows the Doc functions give ----------------------------------


def reference_rows(articles: list[tuple[str, dt.date | None, str]],
                   settings: StorySettings) -> list[dict[str, object]]:
    """The stories as the Doc-level functions compute them: one Python Doc per article, the
    cosine of every candidate pair, components, then each component's rows."""
    counted = sorted((aid, published, term_counts(text)) for aid, published, text in articles)
    df: dict[str, int] = {}
    for _, _, counts in counted:
        for term in counts:
            df[term] = df.get(term, 0) + 1
    docs = {aid: make_doc(aid, published, counts, df, articles=len(counted), settings=settings)
            for aid, published, counts in counted}
    links = [(a, b, cosine(docs[a].vector, docs[b].vector))
             for a, b in candidate_pairs(list(docs.values()), settings=settings)]
    comp = components(docs, links, threshold=settings.threshold)
    rows = []
    for root in sorted(set(comp.values())):
        inner = [e for e in links if comp[e[0]] == root == comp[e[1]]]
        rows += cluster_component([d for k, d in docs.items() if comp[k] == root], inner,
                                  settings=settings)
    return sorted(rows, key=lambda r: r["article_id"])


WORDS = [f"word{k}" for k in range(40)] + ["korvel", "varnholt", "pelmora", "nurses"]


@settings(max_examples=30, deadline=None)
@given(st.randoms(use_true_random=False), st.integers(2, 40), st.sampled_from([0.05, 0.2, 0.4]))
def test_story_rows_equal_the_doc_level_computation(rng: random.Random, n: int,
                                                     threshold: float) -> None:
    articles = [(f"a{rng.randrange(10**6):06d}-{k}",
                 None if rng.random() < 0.1 else DAY + dt.timedelta(days=rng.randrange(30)),
                 " ".join(rng.choices(WORDS, k=rng.randint(0, 60)))) for k in range(n)]
    chosen = StorySettings(threshold=threshold, vector_terms=rng.choice([5, 100]),
                           key_terms=rng.choice([3, 20]), neighbours=rng.choice([2, 25]),
                           max_candidates=rng.choice([3, 50]), link=rng.choice(LINKS))
    rows = story_rows(articles, settings=chosen)
    expected = reference_rows(articles, chosen)
    assert [repr(r) for r in rows] == [repr(r) for r in expected]  # floats to the last bit


def test_compact_vectors_give_back_each_doc() -> None:
    docs = [make_doc(aid, published, term_counts(text), term_counts(" ".join(
        t for _, _, t in ARTICLES)), articles=9, settings=StorySettings())
        for aid, published, text in ARTICLES]
    vectors = Vectors.of(list(reversed(docs)))
    assert [vectors.doc(k) for k in range(len(docs))] == sorted(docs, key=lambda d: d.article_id)
    assert vectors.terms.dtype == np.int32 and vectors.weights.dtype == np.float64
