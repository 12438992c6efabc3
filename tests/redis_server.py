"""A real redis-server (Debian's package) on a free loopback port, for shared crawls."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

from redis import Redis
from redis.exceptions import ConnectionError as RedisDown

from tests.ports import free_port


class RedisServer:
    """redis-server on 127.0.0.1, keeping nothing on disk; `url` once it answers."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def __enter__(self) -> RedisServer:
        server = shutil.which("redis-server") or "/usr/bin/redis-server"
        options = {
            "port": self.port,
            "bind": "127.0.0.1",
            "save": "",
            "dir": self.folder,
        }
        arguments = [
            part
            for name, value in options.items()
            for part in (f"--{name}", str(value))
        ]
        self.process = subprocess.Popen([server, *arguments], stdout=subprocess.DEVNULL)
        client = Redis.from_url(self.url)
        deadline = time.monotonic() + 60  # a guard: the wait is for its answer
        while True:
            try:
                client.ping()
                return self
            except RedisDown:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def __exit__(self, *exc_info: object) -> None:
        self.process.terminate()
        self.process.wait()
