"""Arrow schemas (from `dataset`) as Spark schemas, timestamps without time zone as in the store."""
from __future__ import annotations

from typing import Any


def spark_schema(schema: Any) -> Any:
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(schema, prefer_timestamp_ntz=True)
