"""The pipelines' worker processes: work runs elsewhere, and a crash is survived."""

import asyncio
import os

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
