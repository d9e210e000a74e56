"""A Rich progress bar on standard error, with a rate (items/s)."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn,
)


@contextmanager
def progress_bar(*, total: int | None, unit: str) -> Iterator[Callable[[int], None]]:
    columns = (
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TaskProgressColumn(), TextColumn("{task.fields[speed_text]}"), TimeElapsedColumn(),
    )
    console = Console(stderr=True)
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task(unit, total=total, speed_text="")

        def advance(n: int = 1) -> None:
            progress.advance(task, n)
            speed = progress.tasks[task].speed
            if speed:
                progress.update(task, speed_text=f"{speed:.1f} {unit}/s")

        yield advance
