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

from typing import Any

import pandas as pd
import pyarrow as pa

from ..store import merge
from ..store.dedup import NUM_PERM, THRESHOLD, DuplicateIndex
from ..store.merge_sql import EVIDENCE_SQL
from ..store.schema import arrow_schema, column_names
from .spark_types import spark_schema

MAX_JUMPS = 64


def signatures(winners: Any) -> Any:
    from pyspark.sql import functions as F

    return winners.where(F.col("signature").isNotNull()).select(
        "article_id", F.lit(NUM_PERM).alias("num_perm"), F.col("signature").alias("hashes"))


def _bands(winners: Any) -> Any:
    from datasketch import MinHashLSH
    from pyspark.sql import functions as F

    ranges = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM).hashranges
    bands = F.array(*[F.struct(F.lit(k).alias("band"),
                               F.substring("signature", 4 * start + 1, 4 * (end - start))
                               .alias("key")) for k, (start, end) in enumerate(ranges)])
    return (winners.where(F.col("signature").isNotNull())
            .select("article_id", "file_seq", "rec_seq", F.explode(bands).alias("b"))
            .select("article_id", "file_seq", "rec_seq", "b.band", "b.key"))


def jaccard_series(left: pd.Series, right: pd.Series) -> pd.Series:
    """MinHash Jaccard of two columns of signature bytes (the store's own computation)."""
    index = DuplicateIndex()
    return pd.Series([float(index.from_bytes(a).jaccard(index.from_bytes(b)))
                      for a, b in zip(left, right)], dtype="float64")


def _jaccard_udf() -> Any:
    from pyspark.sql.functions import pandas_udf

    return pandas_udf(jaccard_series, "double")  # type: ignore[call-overload]


def duplicates(winners: Any) -> Any:
    """The `duplicates` rows of the store for these articles (see the module docstring)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    bands = _bands(winners)
    a, b = bands.alias("a"), bands.alias("b")
    earlier = (F.col("b.file_seq") < F.col("a.file_seq")) | (
        (F.col("b.file_seq") == F.col("a.file_seq")) & (F.col("b.rec_seq") < F.col("a.rec_seq")))
    pairs = (a.join(b, (F.col("a.band") == F.col("b.band")) & (F.col("a.key") == F.col("b.key"))
                    & earlier)
             .select(F.col("a.article_id").alias("article_id"),
                     F.col("b.article_id").alias("other"), F.col("b.file_seq").alias("o_file"),
                     F.col("b.rec_seq").alias("o_rec")).distinct())
    sigs = winners.select(F.col("article_id").alias("sid"), "signature")
    scored = (pairs.join(sigs, F.col("sid") == F.col("article_id")).drop("sid")
              .withColumnRenamed("signature", "sig_a")
              .join(sigs, F.col("sid") == F.col("other")).drop("sid")
              .withColumn("jaccard", _jaccard_udf()("sig_a", "signature"))
              .where(F.col("jaccard") >= THRESHOLD))
    best = Window.partitionBy("article_id").orderBy(F.desc("jaccard"), "o_file", "o_rec")
    links = (scored.withColumn("_k", F.row_number().over(best)).where("_k = 1")
             .select("article_id", F.col("other").alias("parent"), "jaccard").localCheckpoint())
    roots = _roots(links.select("article_id", "parent"))
    return links.join(roots, "article_id").select(
        "article_id", F.col("root").alias("duplicate_of"), "jaccard")


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
    items = [item for row in table.to_pylist() if (item := _to_item(row)) is not None]
    clusters = merge.cluster_items(items, merge.MergeSettings())
    rows = [{**merge.event_row(c), "mentions": merge.mention_rows(c)} for c in clusters]
    return pa.Table.from_pylist(rows, schema=clustered_schema())


def _to_item(row: dict[str, Any]) -> merge.Item | None:
    date = merge.event_date(row["date"], row["published"])
    if date is None:
        return None
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
