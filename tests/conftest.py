"""Shared fixtures: archives built by the real CLI, Datasette started for real."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from casewatch import jobs
from db import open_db
from tests.ports import free_port


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


@pytest.fixture(scope="session")
def datasette_url(demo_archive, tmp_path_factory):
    """Datasette on the demo archive, started as `casewatch serve` starts it."""
    port = free_port()
    metadata = tmp_path_factory.mktemp("datasette") / "metadata.json"
    metadata.write_text(json.dumps(jobs.datasette_metadata(demo_archive)))
    command = jobs.datasette_command(demo_archive, metadata, "127.0.0.1", port)
    server = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=os.environ
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/-/versions.json", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    else:
        server.kill()
        pytest.fail(f"Datasette did not start: {server.stderr.read().decode()[-2000:]}")
    yield url
    server.terminate()
    server.wait(timeout=10)
