"""Work too heavy for the reactor's thread: a worker process of its own per pipeline.

On the reactor's thread, extracting and reading a board pack stalls every download
for a quarter of a second; in a thread, PDFium (which must never be called from two
threads at once) and the detectors (pure Python) would fight the reactor for the
GIL. A process each runs beside the downloads on another core, and a document that
crashes PDFium takes down a worker, not the crawl.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

Result = TypeVar("Result")


class WorkerCrashed(Exception):
    """The worker process died on this input, twice: the input is what kills it."""


class Worker:
    """One worker process, started on first use and replaced when it dies."""

    def __init__(self) -> None:
        self.pool: ProcessPoolExecutor | None = None

    async def run(self, function: Callable[..., Result], *args: object) -> Result:
        """`function(*args)` in the worker; a crash is retried once in a new one (the
        input that caused it may have been another's), then raised as WorkerCrashed."""
        for attempt in (1, 2):
            pool = self._pool()
            try:
                return await asyncio.wrap_future(pool.submit(function, *args))
            except BrokenProcessPool as error:
                if self.pool is pool:
                    self.pool = None
                if attempt == 2:
                    raise WorkerCrashed(f"the worker process died: {error}") from None
        raise AssertionError("unreachable")

    def start(self) -> None:
        """Start the process now: starting it blocks the reactor's thread, which is
        better done before the downloads than in the middle of them."""
        self._pool().submit(int).result()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None

    def _pool(self) -> ProcessPoolExecutor:
        if self.pool is None:
            # spawned, not forked: the crawl's process has threads, which fork copies
            # half of (a lock held by one of them stays held forever in the child)
            context = multiprocessing.get_context("spawn")
            self.pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=context,
                initializer=end_with_parent,
                initargs=(os.getpid(),),
            )
        return self.pool


def end_with_parent(parent: int) -> None:
    """In a worker: exit when the crawl's process is gone, however it ended (a
    killed parent's workers would otherwise wait for work forever)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()
