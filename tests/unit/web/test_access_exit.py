"""The desk's idle-close of its read connection never runs while the interpreter finalises:
a DuckDB call on a thread that finalisation stops aborts the whole process ("terminate called
… exception not rethrown"), which is how a test run could pass every test and still fail."""
from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from newsevents.store.duckdb import Store
from newsevents.web.access import Connections, inspect_store

from .stores import hostile_analysis

# The idle check fires 0.05 s after the request and finds a close that is a long DuckDB call;
# the main module ends while that call runs, so a daemon timer would be inside DuckDB when
# the interpreter finalises.
SCRIPT = textwrap.dedent("""
    import sys, threading, time
    import duckdb
    from newsevents.web.access import Connections, inspect_store

    class SlowClose:
        def __init__(self):
            self.con = duckdb.connect()

        def close(self):
            self.con.execute("SELECT sum(i % 7) FROM range(400000000) t(i)").fetchall()

    def request():  # as a server runs it: in a daemon worker thread
        with connections.open() as store:
            store.con.execute("SELECT count(*) FROM articles").fetchall()
            real = connections._store
        real.close()
        connections._store = SlowClose()

    connections = Connections(inspect_store(sys.argv[1]), idle=0.0)
    worker = threading.Thread(target=request, daemon=True)
    worker.start()
    worker.join()
    time.sleep(0.3)
""")


def _store(tmp_path: Path) -> Path:
    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        store.write([hostile_analysis(0, "plain")], run=None)
    return path


def test_the_process_exits_cleanly_when_the_idle_close_is_due_during_exit(
        tmp_path: Path) -> None:
    db = _store(tmp_path)
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(db)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "terminate called" not in done.stderr


def test_one_pending_idle_check_which_close_cancels(tmp_path: Path) -> None:
    connections = Connections(inspect_store(_store(tmp_path)), idle=30.0)

    def request() -> None:
        with connections.open() as store:
            store.con.execute("SELECT 1").fetchall()

    for _ in range(3):  # in daemon threads, as a server's workers are
        worker = threading.Thread(target=request, daemon=True)
        worker.start()
        worker.join()
    timer = connections._timer
    assert timer is not None and timer.is_alive() and not timer.daemon
    connections.close()
    timer.join(5)
    assert not timer.is_alive() and connections._timer is None
