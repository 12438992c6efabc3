"""Work too heavy for the reactor's thread: a worker process of its own per pipeline,
each task within limits.

On the reactor's thread, extracting and reading a board pack stalls every download
for a quarter of a second; in a thread, PDFium (which must never be called from two
threads at once) and the detectors (pure Python) would fight the reactor for the
GIL. A process each runs beside the downloads on another core, and a document that
crashes PDFium takes down a worker, not the crawl.

One document must not cost the night: each task may use so many seconds of CPU
(RLIMIT_CPU, set afresh for each task: past it the kernel ends the worker with
SIGXCPU) and the worker so much memory (RLIMIT_AS: past it Python raises
MemoryError and PDFium aborts). CPU time, not time on the clock, so that a busy
machine does not fail documents that are fine. Tasks run one at a time, so a worker
that dies was killed by the task in hand; the next task gets a new worker.
"""

from __future__ import annotations

import asyncio
import math
import multiprocessing
import resource
import signal
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

from casewatch import settings

Result = TypeVar("Result")


@dataclass(frozen=True)
class Limits:
    """What one task may cost: CPU seconds, and the worker's memory in MB."""

    cpu_seconds: int = settings.CASEWATCH_TASK_CPU_SECONDS
    megabytes: int = settings.CASEWATCH_WORKER_MEGABYTES

    @classmethod
    def from_settings(cls, crawler_settings) -> Limits:
        return cls(
            crawler_settings.getint("CASEWATCH_TASK_CPU_SECONDS"),
            crawler_settings.getint("CASEWATCH_WORKER_MEGABYTES"),
        )


class TooCostly(Exception):
    """A task broke its worker's limits: its input costs more than a night affords."""


class WorkerCrashed(Exception):
    """The worker process died on this input, and not of a limit."""


class Worker:
    """One worker process, started on first use and replaced when it dies."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self.process: BaseProcess | None = None
        self.connection: Connection | None = None
        self.busy = asyncio.Lock()

    async def run(
        self,
        function: Callable[..., Result],
        *args: object,
        cpu_seconds: int | None = None,
    ) -> Result:
        """`function(*args)` in the worker, or the exception it raised there;
        TooCostly past a limit (the worker's CPU seconds, or `cpu_seconds` for this
        task), WorkerCrashed if the worker died otherwise."""
        seconds = cpu_seconds or self.limits.cpu_seconds
        async with self.busy:
            connection = self._connection()
            try:
                connection.send((function, args, seconds))
                failed, value = await asyncio.to_thread(connection.recv)
            except (EOFError, OSError):
                raise self._death(seconds) from None
            if isinstance(value, TooCostly):
                self.close()  # a worker that ran out of memory is not trusted again
        if failed:
            raise value
        return value

    def start(self) -> None:
        """Start the process now: better before the downloads than among them."""
        self._connection()

    def close(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.join()
            self.process = self.connection = None

    def _connection(self) -> Connection:
        if self.process is None or self.connection is None:
            # spawned, not forked: the crawl's process has threads, which fork copies
            # half of (a lock held by one of them stays held forever in the child)
            context = multiprocessing.get_context("spawn")
            ours, theirs = context.Pipe()
            self.process = context.Process(
                target=serve, args=(theirs, self.limits), daemon=True
            )
            self.process.start()
            theirs.close()  # so that the worker's death reads as the end of the pipe
            self.connection = ours
        return self.connection

    def _death(self, seconds: int) -> Exception:
        """Why the worker died on a task allowed `seconds` of CPU, as the exception
        the task gets."""
        assert self.process is not None
        self.process.join()
        code = self.process.exitcode
        self.process = self.connection = None
        if code == -signal.SIGXCPU:
            return TooCostly(f"too_costly: more than {seconds} s of CPU time")
        if code == -signal.SIGABRT:  # what PDFium does when an allocation fails
            return TooCostly(
                f"too_costly: the worker gave up at its {self.limits.megabytes} MB"
                " memory limit"
            )
        return WorkerCrashed(f"the worker process died ({exit_reason(code)})")


def exit_reason(code: int | None) -> str:
    if code is not None and code < 0:
        return f"signal {signal.Signals(-code).name}"
    return f"exit status {code}"


def serve(connection: Connection, limits: Limits) -> None:
    """In a worker: run each task sent, within the limits, and send back its result
    or the exception it raised. Ends when the crawl's process is gone."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    memory = limits.megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    while True:
        try:
            function, args, seconds = connection.recv()
        except EOFError:
            return
        allow_cpu(seconds)
        try:
            outcome: tuple[bool, Any] = (False, function(*args))
        except MemoryError:
            reason = f"too_costly: more than {limits.megabytes} MB of memory"
            outcome = (True, TooCostly(reason))
        except Exception as error:
            outcome = (True, error)
        send(connection, outcome)


def allow_cpu(seconds: int) -> None:
    """Let this process use `seconds` more of CPU time from now."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = math.ceil(usage.ru_utime + usage.ru_stime) + seconds
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def send(connection: Connection, outcome: tuple[bool, Any]) -> None:
    """Send an outcome; one that cannot be pickled goes as a description of itself."""
    try:
        connection.send(outcome)
    except MemoryError:
        connection.send((True, TooCostly("too_costly: the result is too large")))
    except Exception as error:
        failed, value = outcome
        what = f"{type(value).__name__}: {value}" if failed else "the result"
        connection.send((True, RuntimeError(f"{what} could not be sent: {error}")))
