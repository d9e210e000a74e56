"""Peak resident memory of this process and all its children, sampled from /proc (Linux)."""
from __future__ import annotations

import os
import threading
from abc import ABC, abstractmethod
from pathlib import Path


def tree_rss_bytes(pid: int) -> int:
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += _rss(current)
        stack.extend(_children(current))
    return total


def _rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        return 0
    return 0


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            out += [int(c) for c in (task / "children").read_text().split()]
    except OSError:
        return out
    return out


class Sampler(ABC):
    """Context manager calling `sample()` every `interval` seconds in a background thread;
    subclasses say what one sample records."""

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self._stop = threading.Event()

    def __enter__(self):  # type: ignore[no-untyped-def]
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    @abstractmethod
    def sample(self) -> None:
        """Take one sample."""


class PeakMemory(Sampler):
    """The process tree's total RSS, sampled every `interval` seconds."""

    def __init__(self, interval: float = 0.2) -> None:
        super().__init__(interval)
        self.peak = 0

    def sample(self) -> None:
        self.peak = max(self.peak, tree_rss_bytes(os.getpid()))
