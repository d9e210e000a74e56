"""The `stories` table in Spark: the store's own functions (`store.stories`), aggregated by Spark.

1. Terms: each article's term counts (`stories.term_counts`, in the Python workers).
2. Document frequencies and the article count by Spark aggregations; each article's vector and
   key terms by `stories.make_doc` (one `applyInArrow` group per article).
3. Candidate pairs by a join of each key term's list (ordered by week and id; (term, week)
   lists longer than `max_postings` dropped first) with its next `neighbours` positions,
   published within the window, each article's `max_candidates` best kept (a window), as
   `stories.CANDIDATES_SQL` does in DuckDB; cosine by `stories.cosine` on both vectors (a
   pandas UDF).
4. Components over the edges that reach the threshold by min-label propagation (each round a
   join; rounds: the longest path), then each component's rows by `stories.cluster_component`
   (one `applyInArrow` group per component).
The rows equal the store's (`story_rows`): every number comes from the same Python functions on
the same inputs. Nothing but counts reaches the driver.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pandas as pd
import pyarrow as pa

from ..errors import BatchError
from ..store.schema import arrow_schema
from ..store.stories import (
    Doc,
    StorySettings,
    cluster_component,
    cosine,
    make_doc,
    term_counts,
    week,
)
from .spark_types import spark_schema

MAX_ROUNDS = 10_000
TERMS = pa.schema([("article_id", pa.string()), ("term", pa.string()), ("tf", pa.int64())])
VECTORS = pa.schema([("article_id", pa.string()), ("published", pa.date32()),
                     ("week", pa.int64()), ("terms", pa.list_(pa.string())),
                     ("weights", pa.list_(pa.float64())), ("keys", pa.list_(pa.string()))])
_EDGE = pa.struct([("a", pa.string()), ("b", pa.string()), ("sim", pa.float64())])
MEMBERS = VECTORS.append(pa.field("component", pa.string())).append(
    pa.field("links", pa.list_(_EDGE)))


def count_terms(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """mapInArrow body: (article_id, text) → (article_id, term, tf) rows."""
    for batch in batches:
        rows = [{"article_id": aid, "term": term, "tf": tf}
                for aid, text in zip(batch.column("id").to_pylist(),
                                     batch.column("text").to_pylist())
                for term, tf in sorted(term_counts(text or "").items())]
        yield pa.RecordBatch.from_pylist(rows, schema=TERMS)


def vector_group(table: pa.Table, *, articles: int, settings: StorySettings) -> pa.Table:
    """applyInArrow body: one article's (term, tf, df) rows → its vector row."""
    rows = table.to_pylist()
    first = rows[0]
    counts = {r["term"]: r["tf"] for r in rows if r["term"] is not None}
    df = {r["term"]: r["df"] for r in rows if r["term"] is not None}
    doc = make_doc(first["article_id"], first["published"], counts, df, articles=articles,
                   settings=settings)
    return pa.Table.from_pylist([_vector_row(doc, settings=settings)], schema=VECTORS)


def _vector_row(doc: Doc, *, settings: StorySettings) -> dict[str, Any]:
    return {"article_id": doc.article_id, "published": doc.published,
            "week": week(doc.published, settings=settings),
            "terms": [t for t, _ in doc.vector], "weights": [w for _, w in doc.vector],
            "keys": list(doc.keys)}


def cosine_series(terms_a: pd.Series, weights_a: pd.Series, terms_b: pd.Series,
                  weights_b: pd.Series) -> pd.Series:
    """The store's cosine of two columns of vectors (terms and weights as lists)."""
    return pd.Series([cosine(tuple(zip(ta, wa)), tuple(zip(tb, wb)))
                      for ta, wa, tb, wb in zip(terms_a, weights_a, terms_b, weights_b)],
                     dtype="float64")


def component_group(table: pa.Table, *, settings: StorySettings) -> pa.Table:
    """applyInArrow body: one component's articles (with its edges) → their `stories` rows."""
    rows = table.to_pylist()
    docs = [Doc(article_id=r["article_id"], published=r["published"],
                vector=tuple(zip(r["terms"], r["weights"])), keys=tuple(r["keys"]))
            for r in rows]
    links = [(e["a"], e["b"], e["sim"]) for r in rows for e in r["links"] or ()]
    out = cluster_component(docs, links, settings=settings)
    return pa.Table.from_pylist(out, schema=arrow_schema("stories"))


def stories(articles: Any, *, settings: StorySettings | None = None) -> Any:
    """The `stories` rows of the `articles` DataFrame (see the module docstring)."""
    settings = settings or StorySettings()
    vectors = _vectors(articles, settings=settings).localCheckpoint()
    links = _edges(vectors, settings=settings).localCheckpoint()
    labels = _components(vectors, links, threshold=settings.threshold)
    members = _members(vectors, links, labels)
    chosen = settings

    def body(table: pa.Table) -> pa.Table:  # annotated: PySpark reads the UDF kind from it
        return component_group(table, settings=chosen)

    return members.groupBy("component").applyInArrow(body, spark_schema(arrow_schema("stories")))


def _vectors(articles: Any, *, settings: StorySettings) -> Any:
    from pyspark.sql import functions as F

    total = articles.count()
    terms = articles.select("id", "text").mapInArrow(count_terms, spark_schema(TERMS))
    df = terms.groupBy("term").agg(F.count("*").alias("df"))
    rows = (articles.select(F.col("id").alias("article_id"), "published")
            .join(terms.join(df, "term"), "article_id", "left"))
    def body(table: pa.Table) -> pa.Table:
        return vector_group(table, articles=total, settings=settings)

    return rows.groupBy("article_id").applyInArrow(body, spark_schema(VECTORS))


def _edges(vectors: Any, *, settings: StorySettings) -> Any:
    """(a, b, sim) of every candidate pair, a < b: `stories.CANDIDATES_SQL` as joins."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F
    from pyspark.sql.functions import pandas_udf

    keys = vectors.select("article_id", "published", "week", F.explode("keys").alias("term"))
    size = F.count("*").over(Window.partitionBy("term", "week"))
    kept = keys.withColumn("_n", size).where(F.col("_n") <= settings.max_postings).drop("_n")
    order = Window.partitionBy("term").orderBy("week", "article_id")
    ordered = kept.withColumn("pos", F.row_number().over(order))
    x = (ordered.withColumn("_k", F.explode(F.sequence(F.lit(1), F.lit(settings.neighbours))))
         .withColumn("target", F.col("pos") + F.col("_k")).alias("x"))
    y = ordered.alias("y")
    days = F.abs(F.datediff(F.col("x.published"), F.col("y.published")))
    near = (F.col("x.published").isNull() & F.col("y.published").isNull()) | (
        days <= settings.window_days)
    pairs = (x.join(y, (F.col("y.term") == F.col("x.term")) & (F.col("y.pos") == F.col("x.target")))
             .where(near).groupBy(F.least("x.article_id", "y.article_id").alias("a"),
                                  F.greatest("x.article_id", "y.article_id").alias("b"))
             .agg(F.count("*").alias("shared")))
    sides = pairs.unionByName(pairs.select(F.col("b").alias("a"), F.col("a").alias("b"), "shared"))
    rank = Window.partitionBy("a").orderBy(F.desc("shared"), "b")
    best = (sides.withColumn("_r", F.row_number().over(rank))
            .where(F.col("_r") <= settings.max_candidates)
            .select(F.least("a", "b").alias("a"), F.greatest("a", "b").alias("b")).distinct())
    va = vectors.select(F.col("article_id").alias("a"), F.col("terms").alias("ta"),
                        F.col("weights").alias("wa"))
    vb = vectors.select(F.col("article_id").alias("b"), F.col("terms").alias("tb"),
                        F.col("weights").alias("wb"))
    sim = pandas_udf(cosine_series, "double")  # type: ignore[call-overload]
    return (best.join(va, "a").join(vb, "b")
            .select("a", "b", sim("ta", "wa", "tb", "wb").alias("sim")))


def _components(vectors: Any, links: Any, *, threshold: float) -> Any:
    """article_id → the smallest article id of its component (min-label propagation)."""
    from pyspark.sql import functions as F

    strong = links.where(F.col("sim") >= threshold).select("a", "b")
    both = strong.unionByName(strong.select(F.col("b").alias("a"), F.col("a").alias("b")))
    labels = vectors.select("article_id", F.col("article_id").alias("label")).localCheckpoint()
    for _ in range(MAX_ROUNDS):
        seen = (both.join(labels.withColumnRenamed("article_id", "b"), "b")
                .groupBy("a").agg(F.min("label").alias("other")))
        step = (labels.join(seen, labels.article_id == seen.a, "left")
                .select("article_id", F.least("label", F.coalesce("other", "label")).alias("new"),
                        "label").localCheckpoint())
        labels = step.select("article_id", F.col("new").alias("label")).localCheckpoint()
        if step.where(F.col("new") != F.col("label")).limit(1).count() == 0:
            return labels
    raise BatchError(f"story components did not settle in {MAX_ROUNDS} rounds")


def _members(vectors: Any, links: Any, labels: Any) -> Any:
    """Each article with its component and the candidate edges it starts inside it."""
    from pyspark.sql import functions as F

    la = labels.select(F.col("article_id").alias("a"), F.col("label").alias("la"))
    lb = labels.select(F.col("article_id").alias("b"), F.col("label").alias("lb"))
    inner = (links.join(la, "a").join(lb, "b").where(F.col("la") == F.col("lb"))
             .groupBy("a").agg(F.collect_list(F.struct("a", "b", "sim")).alias("links")))
    return (vectors.join(labels, "article_id")
            .join(inner, vectors.article_id == inner.a, "left")
            .select(*VECTORS.names, F.col("label").alias("component"), "links"))
