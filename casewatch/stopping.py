"""Stopping a long-running command (`casewatch schedule`, `casewatch store`) on
SIGINT or SIGTERM, after the work in hand."""

from __future__ import annotations

import signal
import time


class StopSignal:
    """Set by SIGINT or SIGTERM once installed; a second signal ends the process.

    The handler only sets a flag: a lock taken in a handler (`threading.Event.set`)
    deadlocks when the signal lands while the main thread holds that same lock,
    inside `Event.wait`, as a scheduler under load did.
    """

    def __init__(self) -> None:
        self.received = False
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, self._handle)

    def _handle(self, signum: int, _frame: object) -> None:
        signal.signal(signum, signal.SIG_DFL)
        self.received = True

    def wait(self, poll: float = 0.2) -> None:
        """Until a signal has come (a sleep, not a lock, between looks)."""
        while not self.received:
            time.sleep(poll)
