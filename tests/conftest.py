"""Shared fixtures: archives built by the real CLI, Datasette started for real."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from casewatch.clock import TODAY
from db import open_db
from tests.ports import free_port
from tests.servers import running_datasette


class Demo:
    """Runs `casewatch demo --no-serve` in a child process, always on one port.

    A site's URLs must not change between the runs a test compares, and another
    test session must not collide with this one, hence one free port per session.
    """

    def __init__(self) -> None:
        self.sites_port = free_port()

    def command(self, db_path: Path) -> list[str]:
        return [
            sys.executable,
            "-m",
            "casewatch",
            "demo",
            "--no-serve",
            "--db",
            str(db_path),
            "--sites-port",
            str(self.sites_port),
        ]

    def run(self, db_path: Path, timeout: float = 300) -> subprocess.CompletedProcess:
        return subprocess.run(
            self.command(db_path), capture_output=True, text=True, timeout=timeout
        )


@pytest.fixture(scope="session")
def demo() -> Demo:
    """The demo command, bound to this session's sample-sites port."""
    return Demo()


@pytest.fixture(scope="session")
def demo_archive(demo, tmp_path_factory) -> Path:
    """An archive built once by `casewatch demo --no-serve` from the sample sites."""
    db_path = tmp_path_factory.mktemp("demo") / "casewatch.db"
    result = demo.run(db_path)
    assert result.returncode == 0, result.stderr[-3000:]
    return db_path


@pytest.fixture
def db(tmp_path):
    """A fresh, migrated archive."""
    database = open_db(tmp_path / "casewatch.db")
    yield database
    database.close()


# The day Datasette takes as today (casewatch.clock.TODAY): leads count months to it.
DEMO_TODAY = "2026-12-04"


@pytest.fixture(scope="session")
def datasette_url(demo_archive, tmp_path_factory):
    """Datasette on the demo archive, started as `casewatch serve` starts it, on
    a fixed day."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(TODAY, DEMO_TODAY)
        folder = tmp_path_factory.mktemp("datasette")
        with running_datasette(demo_archive, folder) as url:
            yield url
