"""The Spark engine of `newsevents batch` (PySpark, optional: `pip install newsevents[spark]`).

1. The driver plans splits (file listing only, `batch.splits`) and parallelises them; a job
   on the executors counts the lines of JSONL byte ranges (one number per range returns).
2. `mapInArrow` with an explicit schema runs `batch.analysis.analyse_splits` in the executors'
   Python workers: one pipeline per worker process, loaded once and reused across partitions
   (`analysis.process_worker`). The analysis gets up to 4 tasks per core; every later
   shuffle gets one partition per core unless `--partitions` or the session says otherwise.
3. Per-article tables are exploded from the analysis rows; the first copy of an article in
   input order wins (a window over its content-hash id), as in the store.
4. Near-duplicates (`batch.spark_tables.duplicates`: MinHash LSH banding as a join, the store's
   datasketch parameters), stories (`batch.spark_stories`) and event merging (`batch.spark_tables.merged`: the store's greedy
   blocked clustering run per (PLOVER type, country) group, which clusters never cross).
5. Every table is written with `mode("overwrite")` (re-running a batch replaces its output),
   four tables at a time from driver threads.
An incremental run (`batch.history`) broadcasts the history's article ids (skipped after
cleaning, before the NLP), and unions the history's tables into the inputs of step 4; only the new
articles' per-article tables are written.
Nothing but split descriptions and a few counts ever reaches the driver.
"""
from __future__ import annotations

import functools
import logging
import os
import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import BatchError
from ..store.runs import Run
from ..store.schema import ARTICLE_TABLES, arrow_schema
from .analysis import analyse_split_rows, analyse_splits
from .dataset import PARTITION, analysis_schema, partitioned, table_dir, table_schema
from .history import HISTORY_TABLES, NO_HISTORY, History
from .java import spark_environment
from .spark_types import spark_schema
from .splits import SPLIT_BYTES, Split, count_lines, number_lines, plan_splits

log = logging.getLogger(__name__)
_GLOB = re.compile(r"([\[\]{}*?\\])")
SUBMITTED = "PYSPARK_GATEWAY_PORT"  # set when spark-submit started the JVM before Python
WRITE_THREADS = 4  # table writes in flight at once
TASKS_PER_CORE = 4  # analysis tasks per core: splits differ in size, small tasks even out
SPLIT_COLUMNS = ("file_seq INT, path STRING, share INT, shares INT, error_code STRING, "
                 "error_message STRING, byte_start BIGINT, byte_stop BIGINT, first_line BIGINT")


# In local mode the driver JVM is also the executor: Spark's default 1 GB heap ran out while
# building a broadcast join at 20,000 articles on `local[1]` (java.lang.OutOfMemoryError).
LOCAL_DRIVER_MEMORY = "4g"


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
                **({"spark.driver.memory": LOCAL_DRIVER_MEMORY}
                   if master.startswith("local") and SUBMITTED not in os.environ else {}),
                **(conf or {})}
    for key, value in settings.items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("WARN")
    return session


def run_spark(paths: Sequence[str], *, out: str | Path, settings: Settings, run: Run,
              master: str = "local[*]", partitions: int | None = None,
              split_bytes: int = SPLIT_BYTES, session: Any = None, udf: str = "arrow",
              history: History = NO_HISTORY) -> None:
    from pyspark import StorageLevel

    spark = session or spark_session(master=master, partitions=partitions)
    cores = spark.sparkContext.defaultParallelism
    slices = partitions or TASKS_PER_CORE * cores
    splits = plan_splits(paths, split_bytes=split_bytes, exclude=out, min_shares=slices)
    splits = numbered(spark, splits)
    slices = max(1, min(slices, len(splits)))
    shuffles = shuffle_partitions(spark, partitions=partitions)
    log.info("batch run %s: %d split(s) in %d analysis task(s), %s shuffle partition(s)",
             run.run_id, len(splits), slices, shuffles)
    known = spark.sparkContext.broadcast(history.known) if history else None
    analysed = analyse(spark, splits, settings=settings, run_id=run.run_id, slices=slices,
                       udf=udf, known=known)
    analysed = analysed.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        write_all(spark, analysed, out=out, run=run, history=history)
    finally:
        analysed.unpersist()


def numbered(spark: Any, splits: list[Split]) -> list[Split]:
    """The splits with the first line number of every JSONL byte range, from a job that counts
    each range's lines on the executors (one number per range comes back to the driver)."""
    ranges = [s for s in splits if s.ranged]
    if not ranges:
        return splits
    counts = spark.sparkContext.parallelize(ranges, len(ranges)).map(count_lines).collect()
    return number_lines(splits, dict(zip(ranges, counts)))


def shuffle_partitions(spark: Any, *, partitions: int | None) -> str:
    """Set (and return) the partitions of every shuffle after the analysis: `--partitions`
    when given, else a value configured for the session (e.g. `spark-submit --conf
    spark.sql.shuffle.partitions=…`), else one per core. The rows after the analysis are
    small; Spark's default of 200 made a run of 100 articles at local[1] spend more than
    half of its time scheduling ~8,000 near-empty tasks (docs/scale.md, "Profile")."""
    key = "spark.sql.shuffle.partitions"
    configured = spark.sparkContext.getConf().get(key)
    value = str(partitions) if partitions else configured or str(spark.sparkContext.defaultParallelism)
    spark.conf.set(key, value)
    return value


def analyse(spark: Any, splits: Sequence[Split], *, settings: Settings, run_id: str,
            slices: int, udf: str = "arrow", known: Any = None) -> Any:
    """The analysis DataFrame: one row per input document (`dataset.analysis_schema()`).
    `udf="arrow"` runs mapInArrow (the default: its output reaches the JVM as Arrow batches,
    no per-row pickling; docs/scale.md says what was and was not measured);
    `udf="rows"` runs RDD mapPartitions with pickled rows, kept for the benchmark."""
    if udf == "rows":
        body = functools.partial(analyse_split_rows, settings=settings, run_id=run_id, known=known)
        rdd = spark.sparkContext.parallelize(list(splits), max(1, slices)).mapPartitions(body)
        return spark.createDataFrame(rdd, spark_schema(analysis_schema()), verifySchema=False)
    rows = [tuple(asdict(s).values()) for s in splits]  # file descriptions, not records
    # From a local list, not a Python RDD: an RDD of Python rows puts a second Python worker
    # in every analysis task (to convert the rows), and the two take turns, so each loads
    # a pipeline. Round robin also spreads the shares of one big file over the tasks.
    frame = spark.createDataFrame(rows, SPLIT_COLUMNS).repartition(max(1, slices))
    body = functools.partial(analyse_splits, settings=settings, run_id=run_id, known=known)
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


def write_all(spark: Any, analysed: Any, *, out: str | Path, run: Run,
              history: History = NO_HISTORY) -> None:
    """Every table: the per-article tables and signatures of this run's articles; duplicates,
    stories and merged events over them and the `history`'s (`batch.history`)."""
    from pyspark import StorageLevel

    from .spark_stories import stories
    from .spark_tables import duplicates, evidence, merged, signatures

    tables = article_tables(analysed)
    winners = tables.pop("_winners").persist(StorageLevel.MEMORY_AND_DISK)
    tables["runs"] = spark.createDataFrame([run.row()], spark_schema(arrow_schema("runs")))
    tables["signatures"] = signatures(winners, start=history.articles)
    old = read_history(spark, history=history)
    every = {t: tables[t].unionByName(old[t], allowMissingColumns=True) if t in old else tables[t]
             for t in tables}
    every["duplicates"] = duplicates(tables["signatures"], old=old.get("signatures"),
                                     old_links=old.get("duplicates"))
    tables["duplicates"] = every["duplicates"].persist(StorageLevel.MEMORY_AND_DISK)
    tables["stories"] = every["stories"] = stories(every["articles"]).persist(
        StorageLevel.MEMORY_AND_DISK)
    clustered = merged(every).persist(StorageLevel.MEMORY_AND_DISK)
    tables["merged_events"] = clustered.drop("mentions")
    tables["merged_event_mentions"] = every["merged_event_mentions"] = _explode_mentions(clustered)
    tables["merged_event_evidence"] = evidence(spark, every)
    write_tables(tables, out=out)
    for frame in (clustered, tables["duplicates"], tables["stories"], winners):
        frame.unpersist()


def read_history(spark: Any, *, history: History) -> dict[str, Any]:
    """The history's per-article tables, signatures and near-duplicate links (each
    article's link once: every night's duplicates table holds its whole history)."""
    if not history:
        return {}
    frames = {t: _read_union(spark, history=history, table=t)
              for t in (*HISTORY_TABLES, "signatures")}
    frames["duplicates"] = _read_union(spark, history=history, table="duplicates").dropDuplicates()
    return frames


def _read_union(spark: Any, *, history: History, table: str) -> Any:
    schema = spark_schema(table_schema(table))
    frames = [spark.read.schema(schema).parquet(literal_path(table_dir(d, table).resolve()))
              for d in history.dirs]
    return functools.reduce(lambda x, y: x.unionByName(y), frames)


def literal_path(path: str | Path) -> str:
    """`path` for Spark's readers, which take a path as a Hadoop glob: its glob characters
    (e.g. the brackets of a folder named after `local[2]`) escaped."""
    return _GLOB.sub(r"\\\1", str(path))


def _explode_mentions(clustered: Any) -> Any:
    from pyspark.sql import functions as F

    return clustered.select(F.explode("mentions").alias("r")).select("r.*")


def write_tables(tables: dict[str, Any], *, out: str | Path) -> None:
    """Every table, written by concurrent Spark jobs: the writes are independent and each is
    small next to the analysis, so while one job is planned on the driver, another's tasks
    keep the executors busy (Spark schedules the jobs of several driver threads at once)."""
    with ThreadPoolExecutor(max_workers=WRITE_THREADS, thread_name_prefix="write") as pool:
        futures = [pool.submit(write_table, frame, out=out, table=table)
                   for table, frame in tables.items()]
        for future in futures:
            future.result()


def write_table(frame: Any, *, out: str | Path, table: str) -> None:
    """One table in the dataset layout, columns cast to the store's types; replaces the old."""
    from pyspark.sql import functions as F

    schema = spark_schema(table_schema(table))
    columns = [F.col(f.name).cast(f.dataType).alias(f.name) for f in schema.fields]
    writer = frame.select(*columns).write.mode("overwrite")
    if partitioned(table):
        writer = writer.partitionBy(PARTITION)
    writer.parquet(str(table_dir(out, table).resolve()))
