"""The Spark engine of `newsevents batch` (PySpark, optional: `pip install newsevents[spark]`).

1. The driver plans splits (file listing only, `batch.splits`) and parallelises them.
2. `mapInArrow` with an explicit schema runs `batch.analysis.analyse_splits` in the executors'
   Python workers: one pipeline per worker process, loaded once and reused across partitions.
3. Per-article tables are exploded from the analysis rows; the first copy of an article in
   input order wins (a window over its content-hash id), as in the store.
4. Near-duplicates (`batch.spark_tables.duplicates`: MinHash LSH banding as a join, the store's
   datasketch parameters), stories (`batch.spark_stories`) and event merging (`batch.spark_tables.merged`: the store's greedy
   blocked clustering run per (PLOVER type, country) group, which clusters never cross).
5. Every table is written with `mode("overwrite")`: re-running a batch replaces its output.
Nothing but split descriptions and a few counts ever reaches the driver.
"""
from __future__ import annotations

import functools
import logging
import os
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import BatchError
from ..store.runs import Run
from ..store.schema import ARTICLE_TABLES, arrow_schema
from .analysis import analyse_split_rows, analyse_splits
from .dataset import PARTITION, analysis_schema, partitioned, table_dir, table_schema
from .java import spark_environment
from .spark_types import spark_schema
from .splits import SPLIT_BYTES, Split, plan_splits

log = logging.getLogger(__name__)
SUBMITTED = "PYSPARK_GATEWAY_PORT"  # set when spark-submit started the JVM before Python
SPLIT_COLUMNS = "file_seq INT, path STRING, share INT, shares INT, error_code STRING, " \
                "error_message STRING"


def spark_session(*, master: str = "local[*]", partitions: int | None = None,
                  app_name: str = "newsevents-batch", conf: dict[str, str] | None = None) -> Any:
    """A SparkSession (the existing one when already started, e.g. under spark-submit)."""
    if SUBMITTED not in os.environ:
        os.environ.update(spark_environment())
    try:
        from pyspark.sql import SparkSession
    except ImportError as err:
        raise BatchError("the Spark engine needs PySpark: pip install 'newsevents[spark]'") from err
    builder = SparkSession.builder.appName(app_name)
    if SUBMITTED not in os.environ:  # under spark-submit the master comes from its --master
        builder = builder.master(master)
    settings = {"spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false", "spark.python.worker.reuse": "true",
                "spark.sql.session.timeZone": "UTC",
                "spark.sql.parquet.outputTimestampType": "TIMESTAMP_MICROS",
                "spark.sql.execution.arrow.maxRecordsPerBatch": "256",
                **({"spark.sql.shuffle.partitions": str(partitions)} if partitions else {}),
                **(conf or {})}
    for key, value in settings.items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("WARN")
    return session


def run_spark(paths: Sequence[str], *, out: str | Path, settings: Settings, run: Run,
              master: str = "local[*]", partitions: int | None = None,
              split_bytes: int = SPLIT_BYTES, session: Any = None, udf: str = "arrow") -> None:
    from pyspark import StorageLevel

    spark = session or spark_session(master=master, partitions=partitions)
    if partitions:
        spark.conf.set("spark.sql.shuffle.partitions", str(partitions))
    slices = partitions or spark.sparkContext.defaultParallelism
    splits = plan_splits(paths, split_bytes=split_bytes, exclude=out, min_shares=slices)
    log.info("batch run %s: %d split(s) over %d partition(s)", run.run_id, len(splits), slices)
    analysed = analyse(spark, splits, settings=settings, run_id=run.run_id, slices=slices,
                       udf=udf)
    analysed = analysed.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        write_all(spark, analysed, out=out, run=run)
    finally:
        analysed.unpersist()


def analyse(spark: Any, splits: Sequence[Split], *, settings: Settings, run_id: str,
            slices: int, udf: str = "arrow") -> Any:
    """The analysis DataFrame: one row per input document (`dataset.analysis_schema()`).
    `udf="arrow"` runs mapInArrow (the default: measured faster, see docs/scale.md);
    `udf="rows"` runs RDD mapPartitions with pickled rows, kept for the benchmark."""
    if udf == "rows":
        body = functools.partial(analyse_split_rows, settings=settings, run_id=run_id)
        rdd = spark.sparkContext.parallelize(list(splits), max(1, slices)).mapPartitions(body)
        return spark.createDataFrame(rdd, spark_schema(analysis_schema()), verifySchema=False)
    rows = [tuple(asdict(s).values()) for s in splits]
    frame = spark.createDataFrame(spark.sparkContext.parallelize(rows, max(1, slices)),
                                  SPLIT_COLUMNS)
    body = functools.partial(analyse_splits, settings=settings, run_id=run_id)
    return frame.mapInArrow(body, spark_schema(analysis_schema()))


def article_tables(analysed: Any) -> dict[str, Any]:
    """Per-article tables, first copy of each article (in input order) only; input-level
    diagnostics (no article) once per (origin, stage, code, message), as the store keeps them."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    first = Window.partitionBy("article_id").orderBy("file_seq", "rec_seq")
    winners = (analysed.where(F.col("article_id").isNotNull())
               .withColumn("_copy", F.row_number().over(first)).where("_copy = 1"))
    tables = {t: _explode(winners, t) for t in ARTICLE_TABLES}
    failed = _explode(analysed.where(F.col("article_id").isNull()), "diagnostics")
    tables["diagnostics"] = tables["diagnostics"].unionByName(failed.dropDuplicates())
    return {"_winners": winners, **tables}


def _explode(frame: Any, table: str) -> Any:
    from pyspark.sql import functions as F

    return frame.select(F.explode(table).alias("r"), PARTITION).select("r.*", PARTITION)


def write_all(spark: Any, analysed: Any, *, out: str | Path, run: Run) -> None:
    from pyspark import StorageLevel

    from .spark_stories import stories
    from .spark_tables import duplicates, evidence, merged, signatures

    tables = article_tables(analysed)
    winners = tables.pop("_winners").persist(StorageLevel.MEMORY_AND_DISK)
    tables["runs"] = spark.createDataFrame([run.row()], spark_schema(arrow_schema("runs")))
    tables["signatures"] = signatures(winners)
    tables["duplicates"] = duplicates(winners).persist(StorageLevel.MEMORY_AND_DISK)
    tables["stories"] = stories(tables["articles"]).persist(StorageLevel.MEMORY_AND_DISK)
    clustered = merged(tables).persist(StorageLevel.MEMORY_AND_DISK)
    tables["merged_events"] = clustered.drop("mentions")
    tables["merged_event_mentions"] = _explode_mentions(clustered)
    tables["merged_event_evidence"] = evidence(spark, tables)
    for table, frame in tables.items():
        write_table(frame, out=out, table=table)
    for frame in (clustered, tables["duplicates"], tables["stories"], winners):
        frame.unpersist()


def _explode_mentions(clustered: Any) -> Any:
    from pyspark.sql import functions as F

    return clustered.select(F.explode("mentions").alias("r")).select("r.*")


def write_table(frame: Any, *, out: str | Path, table: str) -> None:
    """One table in the dataset layout, columns cast to the store's types; replaces the old."""
    from pyspark.sql import functions as F

    schema = spark_schema(table_schema(table))
    columns = [F.col(f.name).cast(f.dataType).alias(f.name) for f in schema.fields]
    writer = frame.select(*columns).write.mode("overwrite")
    if partitioned(table):
        writer = writer.partitionBy(PARTITION)
    writer.parquet(str(table_dir(out, table).resolve()))
