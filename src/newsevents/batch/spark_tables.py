"""The across-article tables in Spark, with the store's own logic and parameters.

Near-duplicates: the same MinHash signatures (`store.dedup`), banded with the parameters of
datasketch's MinHashLSH at the store's threshold; two articles are candidates when one band is
byte-equal (exactly when the store's LSH returns one for the other), matched when the MinHash
Jaccard reaches the threshold. Each article links to its best earlier match (ties: earliest),
and the link is followed to the first article of its group (pointer jumping in Spark), as the
store's `DuplicateIndex` does one article at a time.

Merging: the store's `cluster_items` compares events only inside blocks keyed by (PLOVER type,
country, cell, date bucket), and every candidate block of an event shares its type and country,
so clusters never cross a (type, country) group: each group is clustered by the store's own
code in one `applyInArrow` call, giving the store's merged rows exactly. The evidence of merged
events is the store's SQL (`merge_sql.EVIDENCE_SQL`) run by Spark SQL.
"""
from __future__ import annotations

from itertools import accumulate
from typing import Any

import pandas as pd
import pyarrow as pa

from ..store import merge
from ..store.dedup import NUM_PERM, THRESHOLD, DuplicateIndex
from ..store.merge_sql import EVIDENCE_SQL
from ..store.schema import arrow_schema, column_names
from .history import SEQ
from .spark_types import spark_schema

MAX_JUMPS = 64


def signatures(winners: Any, *, start: int = 0) -> Any:
    """The `signatures` rows of the winning copies, with `seq`: the position in input order
    (file, record) after the `start` articles of the history, then joined back."""
    from pyspark.sql import functions as F

    signed = winners.where(F.col("signature").isNotNull())
    seq = input_order(signed.select("article_id", "file_seq", "rec_seq"), start=start)
    return signed.select("article_id", F.lit(NUM_PERM).alias("num_perm"),
                         F.col("signature").alias("hashes")).join(seq, "article_id")


def input_order(keys: Any, *, start: int) -> Any:
    """(article_id, seq): consecutive numbers from `start` in (file_seq, rec_seq) order, with
    no single-task step: a range-partitioned sort, each partition numbered on its own, plus
    the sizes of the partitions before it (one row per partition reaches the driver)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    part = "_part"
    ordered = keys.orderBy("file_seq", "rec_seq").withColumn(part, F.spark_partition_id())
    within = Window.partitionBy(part).orderBy("file_seq", "rec_seq")
    numbered = ordered.withColumn("_k", F.row_number().over(within)).cache()
    sizes = sorted(tuple(r) for r in numbered.groupBy(part).count().collect())
    firsts = accumulate((n for _, n in sizes), initial=start)  # start, start + n0, …
    offsets = keys.sparkSession.createDataFrame(
        [(p, first) for (p, _), first in zip(sizes, firsts)], f"{part} INT, _offset LONG")
    return (numbered.join(F.broadcast(offsets), part)
            .select("article_id", (F.col("_offset") + F.col("_k") - 1).alias(SEQ)))


def _bands(sigs: Any) -> Any:
    from datasketch import MinHashLSH
    from pyspark.sql import functions as F

    ranges = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM).hashranges
    bands = F.array(*[F.struct(F.lit(k).alias("band"),
                               F.substring("hashes", 4 * start + 1, 4 * (end - start))
                               .alias("key")) for k, (start, end) in enumerate(ranges)])
    return (sigs.select("article_id", SEQ, F.explode(bands).alias("b"))
            .select("article_id", SEQ, "b.band", "b.key"))


def jaccard_series(left: pd.Series, right: pd.Series) -> pd.Series:
    """MinHash Jaccard of two columns of signature bytes (the store's own computation)."""
    index = DuplicateIndex()
    return pd.Series([float(index.from_bytes(a).jaccard(index.from_bytes(b)))
                      for a, b in zip(left, right)], dtype="float64")


def _jaccard_udf() -> Any:
    from pyspark.sql.functions import pandas_udf

    return pandas_udf(jaccard_series, "double")  # type: ignore[call-overload]


def duplicates(new: Any, *, old: Any = None, old_links: Any = None) -> Any:
    """The `duplicates` rows of the store (see the module docstring) for the articles of the
    signatures `new`, after the history's signatures `old` and links `old_links` (an
    incremental run: old articles come first, their links stand, and are kept)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    every = new if old is None else new.unionByName(old.select(*new.columns))
    a, b = _bands(new).alias("a"), _bands(every).alias("b")
    pairs = (a.join(b, (F.col("a.band") == F.col("b.band")) & (F.col("a.key") == F.col("b.key"))
                    & (F.col(f"b.{SEQ}") < F.col(f"a.{SEQ}")))
             .select(F.col("a.article_id").alias("article_id"),
                     F.col("b.article_id").alias("other"), F.col(f"b.{SEQ}").alias("o_seq"))
             .distinct())
    sigs = every.select(F.col("article_id").alias("sid"), "hashes")
    scored = (pairs.join(sigs, F.col("sid") == F.col("article_id")).drop("sid")
              .withColumnRenamed("hashes", "sig_a")
              .join(sigs, F.col("sid") == F.col("other")).drop("sid")
              .withColumn("jaccard", _jaccard_udf()("sig_a", "hashes"))
              .where(F.col("jaccard") >= THRESHOLD))
    best = Window.partitionBy("article_id").orderBy(F.desc("jaccard"), "o_seq")
    links = (scored.withColumn("_k", F.row_number().over(best)).where("_k = 1")
             .select("article_id", F.col("other").alias("parent"), "jaccard").localCheckpoint())
    chains = links.select("article_id", "parent")
    if old_links is not None:
        chains = chains.unionByName(old_links.select("article_id",
                                                     F.col("duplicate_of").alias("parent")))
    found = links.join(_roots(chains), "article_id").select(
        "article_id", F.col("root").alias("duplicate_of"), "jaccard")
    if old_links is None:
        return found
    return found.unionByName(old_links.select("article_id", "duplicate_of", "jaccard"))


def _roots(links: Any) -> Any:
    """article → the first article of its chain of best matches (pointer jumping)."""
    from pyspark.sql import functions as F

    current = links.select("article_id", F.col("parent").alias("root")).localCheckpoint()
    for _ in range(MAX_JUMPS):
        x, y = current.alias("x"), current.alias("y")
        step = (x.join(y, F.col("x.root") == F.col("y.article_id"), "left")
                .select(F.col("x.article_id").alias("article_id"),
                        F.coalesce(F.col("y.root"), F.col("x.root")).alias("root"),
                        F.col("y.root").isNotNull().alias("moved")).localCheckpoint())
        current = step.select("article_id", "root")
        if step.where("moved").limit(1).count() == 0:
            break
    return current


# -- merging ---------------------------------------------------------------------------------

def clustered_schema() -> pa.Schema:
    mentions = pa.field("mentions", pa.list_(pa.struct(list(arrow_schema("merged_event_mentions")))))
    return arrow_schema("merged_events").append(mentions)


def merge_items(tables: dict[str, Any]) -> Any:
    """The rows of `merge_sql.EVENTS_SQL`, with each event's first source and target actor."""
    from pyspark.sql import functions as F

    e, a, p = tables["events"].alias("e"), tables["articles"].alias("a"), tables["places"].alias("p")
    d = tables["duplicates"].alias("d")
    story = tables["stories"].select("article_id", "story_id").alias("st")
    actors = tables["actors"].select("article_id", "id", "name", "code", "country", "sector")
    joined = (e.where(~F.col("e.modality").isin(*merge.EXCLUDED_MODALITIES))
              .join(a, F.col("a.id") == F.col("e.article_id"))
              .join(p, (F.col("p.article_id") == F.col("e.article_id"))
                    & (F.col("p.id") == F.col("e.place")), "left")
              .join(d, F.col("d.article_id") == F.col("e.article_id"), "left")
              .join(story, F.col("st.article_id") == F.col("e.article_id"), "left")
              .select(*_item_columns()))
    for side, ids in (("s", "source_actors"), ("t", "target_actors")):
        found = actors.select(*[F.col(c).alias(f"{side}_{c}") for c in actors.columns])
        joined = joined.join(found, (F.col(f"{side}_article_id") == F.col("article_id"))
                             & (F.col(f"{side}_id") == F.get(ids, 0)), "left")
    country = F.coalesce(F.nullif("place_country", F.lit("")), F.nullif("s_country", F.lit("")),
                         F.lit(""))
    return joined.withColumn("group_country", country)


def _item_columns() -> list[Any]:
    """EVENTS_SQL's columns: every event column by its own name, the rest renamed as there."""
    from pyspark.sql import functions as F

    named = {"e.article_id": "article_id", "e.id": "event_id", "a.published": "published",
             "a.source": "source", "a.url": "url", "p.name": "place_name", "p.lat": "lat",
             "p.lon": "lon", "p.country": "place_country", "p.admin1": "admin1",
             "p.geonameid": "geonameid", "p.precision": "precision"}
    same = [c for c in column_names("events") if c not in ("article_id", "id")]
    return ([F.col(k).alias(v) for k, v in named.items()]
            + [F.col(f"e.{c}").alias(c) for c in same]
            + [F.get("e.source_starts", 0).alias("source_start"),
               F.get("e.target_starts", 0).alias("target_start"),
               F.coalesce("d.duplicate_of", "e.article_id").alias("article_group"),
               F.col("st.story_id").alias("story_id"),
               F.expr("substring(a.text, e.trigger_start + 1, e.trigger_end - e.trigger_start)")
               .alias("trigger_text")])


def cluster_group(table: pa.Table) -> pa.Table:
    """applyInArrow body: the store's clustering of one (type, country) group's events."""
    items = [_to_item(row) for row in table.to_pylist()]
    clusters = merge.cluster_items(items, merge.MergeSettings())
    rows = [{**merge.event_row(c), "mentions": merge.mention_rows(c)} for c in clusters]
    return pa.Table.from_pylist(rows, schema=clustered_schema())


def _to_item(row: dict[str, Any]) -> merge.Item:
    date = merge.event_date(row["date"], row["published"])
    actors = {(row["article_id"], row[f"{side}_id"]): merge.Side(
        name=row[f"{side}_name"], code=row[f"{side}_code"], country=row[f"{side}_country"],
        sector=row[f"{side}_sector"]) for side in ("s", "t") if row[f"{side}_id"] is not None}
    return merge.merge_item(row, date, actors)


def merged(tables: dict[str, Any]) -> Any:
    """Merged events, each with its mentions (`clustered_schema()`)."""
    items = merge_items(tables)
    return items.groupBy("plover_type", "group_country").applyInArrow(
        cluster_group, spark_schema(clustered_schema()))


def evidence(spark: Any, tables: dict[str, Any]) -> Any:
    """merged_event_evidence by the store's own SQL, run over temporary views."""
    from pyspark.sql import functions as F

    for name in ("figures", "claims", "contradictions", "articles", "actors",
                 "merged_event_mentions"):
        tables[name].createOrReplaceTempView(name)
    query = EVIDENCE_SQL.strip().split("\n", 1)[1]  # drop the INSERT INTO line
    frame = spark.sql(query).toDF(*column_names("merged_event_evidence"))
    schema = spark_schema(arrow_schema("merged_event_evidence"))
    return frame.select(*[F.col(f.name).cast(f.dataType) for f in schema.fields])
