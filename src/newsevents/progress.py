"""A Rich progress bar on stderr showing articles per second (or nothing when disabled)."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeElapsedColumn,
)
from rich.text import Text


class RateColumn(ProgressColumn):
    """Completed items per second since the start."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:,.1f} articles/s", style="progress.data.speed")


@contextmanager
def progress_bar(*, total: int | None, enabled: bool = True, label: str = "articles"
                 ) -> Iterator[Callable[[int], None]]:
    """Yields `advance(n)`; the bar is drawn on stderr only when enabled."""
    if not enabled:
        yield lambda n: None
        return
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), RateColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)
