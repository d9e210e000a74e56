"""A local[2] Spark session for the Spark tests, or a skip saying why there is none."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from newsevents.errors import BatchError


def local_spark(*, partitions: int) -> Iterator[Any]:
    """Yield a `local[2]` session (stopped afterwards); skip without PySpark or Java."""
    pytest.importorskip("pyspark", reason="PySpark is not installed (pip install -r requirements.txt)")
    from newsevents.batch.spark import spark_session

    try:
        session = spark_session(master="local[2]", partitions=partitions)
    except BatchError as err:
        pytest.skip(f"no Java for Spark: {err}")
    yield session
    session.stop()
