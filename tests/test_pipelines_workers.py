"""The pipelines' worker processes: work runs elsewhere, and a crash is survived."""

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipelines.workers import Worker, WorkerCrashed


def test_work_runs_in_another_process_and_returns_its_result():
    worker = Worker()
    try:
        assert asyncio.run(worker.run(os.getpid)) != os.getpid()
        assert asyncio.run(worker.run(sorted, [3, 1, 2])) == [1, 2, 3]
    finally:
        worker.close()


def test_an_input_that_kills_the_worker_is_reported_and_a_new_worker_goes_on():
    worker = Worker()
    try:
        with pytest.raises(WorkerCrashed, match="died"):
            asyncio.run(worker.run(os.abort))
        assert asyncio.run(worker.run(len, "abc")) == 3
    finally:
        worker.close()


def test_a_worker_ends_when_the_process_that_started_it_is_killed():
    code = (
        "import asyncio, os, time; from pipelines.workers import Worker;"
        "print(asyncio.run(Worker().run(os.getpid)), flush=True); time.sleep(60)"
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
