from __future__ import annotations

from pathlib import Path

from newsevents.store.dedup import DuplicateIndex, shingles
from newsevents.store.duckdb import Store

from .factories import Story, make_analysis, story_text

BASE = Story(extra="Aid agencies said hospitals in the east of the city were running short of "
             "fuel and that two clinics had closed after the shelling damaged their roofs.")


def test_dedup_shingles_are_word_trigrams() -> None:
    assert shingles("Rebels took the town.") == {b"rebels took the", b"took the town"}
    assert shingles("Two words") == {b"two words"}
    assert shingles("  ") == set()


def test_dedup_wire_copy_with_other_boilerplate_is_linked() -> None:
    index = DuplicateIndex()
    text = story_text(BASE)
    copy = ("Home | World | Middle East\n" + text +
            "\nShare this story. Follow us for more news. All rights reserved.")
    sig = index.signature(text)
    index.add("orig", sig)
    match = index.match("copy", index.signature(copy))
    assert match is not None and match.duplicate_of == "orig" and match.jaccard > 0.7


def test_dedup_updated_version_is_linked_and_other_story_is_not() -> None:
    index = DuplicateIndex()
    index.add("orig", index.signature(story_text(BASE)))
    update = story_text(Story(killed=19, extra=BASE.extra + " The toll rose overnight as "
                                                           "rescuers reached collapsed buildings."))
    other = ("Farmers in the southern province protested on Monday against a new water tax, "
             "blocking the main road for several hours before police negotiated an end to the "
             "sit-in, local officials said.")
    assert index.match("update", index.signature(update)) is not None
    assert index.match("other", index.signature(other)) is None


def test_dedup_copies_link_to_the_canonical_article() -> None:
    index = DuplicateIndex()
    text = story_text(BASE)
    index.add("a", index.signature(text))
    index.add("b", index.signature(text + " Copy one."), duplicate_of="a")
    match = index.match("c", index.signature(text + " Copy two."))
    assert match is not None and match.duplicate_of == "a"


def test_dedup_store_matches_articles_of_an_earlier_ingest(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    first = make_analysis(BASE)
    copy = make_analysis(Story(extra=BASE.extra + " Reporting by our correspondent.",
                               source="agency-b"))
    with Store.open(db) as store:
        store.write([first], run=None)
    with Store.open(db) as store:
        result = store.write([copy], run=None)
        assert [(m.article_id, m.duplicate_of) for m in result.duplicates] == [
            (copy.article.id, first.article.id)]
        assert store.counts()["duplicates"] == 1
        assert store.counts()["signatures"] == 2
