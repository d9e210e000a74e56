"""Entry file for `spark-submit`: the `newsevents batch` command with the submitted session.

    spark-submit [spark options] "$(python -c 'import newsevents.batch.submit as m; print(m.__file__)')" \\
        INPUT... --out DIR [--config settings.toml] [--partitions N]

(see docs/scale.md for a complete example).
"""
from __future__ import annotations

import sys

from newsevents.cli import main

if __name__ == "__main__":
    main(["batch", *sys.argv[1:]], prog_name="newsevents")
