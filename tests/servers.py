"""Datasette started for a test as `casewatch serve` starts it, on a free port."""

from __future__ import annotations

import json
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from casewatch import jobs
from tests.ports import free_port


@contextmanager
def running_datasette(db_path: Path, folder: Path) -> Iterator[str]:
    """Serve db_path until the block ends; yield the server's base URL."""
    metadata = folder / "metadata.json"
    metadata.write_text(json.dumps(jobs.datasette_metadata()))
    port = free_port()
    command = jobs.datasette_command(db_path, metadata, "127.0.0.1", port)
    server = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
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
    try:
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
