"""SIGINT and SIGTERM stop `casewatch schedule` and `casewatch store` after the
work in hand; a second signal ends the process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from casewatch.stopping import StopSignal


@pytest.fixture
def handlers():
    """The test process's own handlers, put back after."""
    kept = {
        signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM)
    }
    yield
    for signum, handler in kept.items():
        signal.signal(signum, handler)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_is_received_and_the_next_one_is_not_caught(handlers, signum):
    stop = StopSignal()
    assert not stop.received
    os.kill(os.getpid(), signum)
    stop.wait()  # returns: the handler ran
    assert stop.received
    assert signal.getsignal(signum) == signal.SIG_DFL


CHILD = """
from casewatch.stopping import StopSignal
stop = StopSignal()
print("ready", flush=True)
stop.wait(poll=0.001)
print("stopped", flush=True)
"""


def test_a_signal_at_once_stops_the_waiting_process_cleanly(handlers):
    for _ in range(20):  # a signal as soon as it is ready, again and again
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout.readline() == "ready\n"
        child.send_signal(signal.SIGTERM)
        assert child.wait(timeout=60) == 0
        assert child.stdout.read() == "stopped\n"
