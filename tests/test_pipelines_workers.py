"""The pipelines' worker processes: work runs elsewhere, a crash is survived, and a
task past its limits is stopped and reported as too costly."""

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casewatch.text import extract
from pipelines.workers import Limits, TooCostly, Worker, WorkerCrashed
from tests.hostile_files import inflating_pdf

LIMITS = Limits(cpu_seconds=2, megabytes=256)


@pytest.fixture
def worker():
    worker = Worker(LIMITS)
    yield worker
    worker.close()


def test_work_runs_in_another_process_and_returns_its_result(worker):
    assert asyncio.run(worker.run(os.getpid)) != os.getpid()
    assert asyncio.run(worker.run(sorted, [3, 1, 2])) == [1, 2, 3]


def test_an_exception_in_the_worker_is_raised_in_the_caller(worker):
    with pytest.raises(ZeroDivisionError):
        asyncio.run(worker.run(divmod, 1, 0))
    assert asyncio.run(worker.run(len, "abc")) == 3


def test_an_input_that_kills_the_worker_is_reported_and_a_new_worker_goes_on(worker):
    first = asyncio.run(worker.run(os.getpid))
    with pytest.raises(WorkerCrashed, match=r"died \(signal SIGSEGV\)"):
        asyncio.run(worker.run(os.kill, first, signal.SIGSEGV))
    assert asyncio.run(worker.run(os.getpid)) != first


def spin() -> None:
    while True:
        pass


def test_a_task_past_its_cpu_time_is_too_costly_and_the_next_runs(worker):
    with pytest.raises(TooCostly, match="too_costly: more than 2 s of CPU time"):
        asyncio.run(worker.run(spin))
    assert asyncio.run(worker.run(len, "abc")) == 3


def use_cpu(seconds: float) -> float:
    """Keep a core busy for `seconds` of this process's CPU time."""
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass
    return seconds


def test_the_cpu_time_limit_is_for_each_task_not_the_worker(worker):
    for _ in range(3):  # 3.6 s of CPU in all, more than one task's 2 s
        assert asyncio.run(worker.run(use_cpu, 1.2)) == 1.2


def test_a_task_past_its_memory_is_too_costly_and_the_next_runs(worker):
    with pytest.raises(TooCostly, match="too_costly: more than 256 MB of memory"):
        asyncio.run(worker.run(bytearray, 512 * 1024 * 1024))
    assert asyncio.run(worker.run(len, "abc")) == 3


def test_a_pdf_that_inflates_past_the_memory_limit_is_too_costly(worker, tmp_path):
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(inflating_pdf(mebibytes=1024))
    with pytest.raises(TooCostly, match="memory limit"):
        asyncio.run(worker.run(extract, bomb, "application/pdf"))
    assert asyncio.run(worker.run(len, "abc")) == 3


def test_a_worker_ends_when_the_process_that_started_it_is_killed():
    code = (
        "import asyncio, os, time; from pipelines.workers import Limits, Worker;"
        "worker = Worker(Limits(60, 512));"
        "print(asyncio.run(worker.run(os.getpid)), flush=True); time.sleep(60)"
    )
    parent = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
    worker = int(parent.stdout.readline())
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and running(worker):
        time.sleep(0.1)
    assert not running(worker)


def running(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"
