"""A shared crawl's throughput: documents/s with 1, 2 and 4 crawler processes against
one writer (`casewatch store`), against the baseline of one process crawling alone
without Redis (the single-machine default), measured in the same run; and the
writer's own ceiling: items/s it stores from a list filled before it starts. Where
the crawlers' documents/s reach that ceiling, the writer is the limit.

SITES loopback sites (127.0.0.2, 127.0.0.3, ...: each its own site to the crawlers'
politeness, one request at a time) of PACKS generated board packs each
(tests/board_site.py), crawled by the nhs_board spider through every pipeline; a
real redis-server (Debian's package) on a loopback port. The machine's load
average is printed before and after: it is shared, and the figures move with it.

    .venv/bin/python benchmarks/scale_out.py [--sites 8] [--packs 30]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from redis import Redis  # noqa: E402

from casewatch import jobs  # noqa: E402
from casewatch.demo import LOOPBACK_SETTINGS  # noqa: E402
from casewatch.shared.messages import ITEMS, PROCESSING  # noqa: E402
from db import open_db  # noqa: E402
from tests.board_site import BoardSite, pack  # noqa: E402
from tests.redis_server import RedisServer  # noqa: E402

# One request at a time per site, as a real night's crawl (and a shared crawl's
# site turns) allow, in the baseline too.
SETTINGS = {
    **LOOPBACK_SETTINGS,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    "LOG_LEVEL": "ERROR",
}
CRAWL = (
    "import json, sys; from pathlib import Path; from casewatch import jobs;"
    "sys.exit(jobs.crawl('nhs_board', Path(sys.argv[1]), Path(sys.argv[2]),"
    " settings=json.loads(sys.argv[3])).returncode)"
)


def watch_list(folder: Path, sites: list[BoardSite]) -> Path:
    """One source per site, each with a slug of its own."""
    path = folder / "sources.yml"
    path.write_text(
        "".join(
            site.sources.read_text().replace("generated-trust", f"trust-{number}")
            for number, site in enumerate(sites)
        )
    )
    return path


def start_site(folder: Path, number: int, packs: int) -> BoardSite:
    """Site `number` on a loopback address of its own, its packs bytes of its own."""
    files = folder / f"site-{number}"
    files.mkdir()
    site = BoardSite(files, packs, host=f"127.0.0.{number + 2}")
    for pack_no in range(1, packs + 1):
        (files / f"pack-{pack_no:03d}.pdf").write_bytes(pack(number * 1000 + pack_no))
    return site.__enter__()


def documents(db_path: Path) -> int:
    try:
        return open_db(db_path).execute("select count(*) from documents").fetchone()[0]
    except Exception:  # not created yet
        return 0


def crawlers(count: int, db_path: Path, sources: Path, redis_url: str) -> list:
    settings = json.dumps({**SETTINGS, "CASEWATCH_REDIS": redis_url})
    command = [sys.executable, "-c", CRAWL, str(db_path), str(sources), settings]
    return [subprocess.Popen(command) for _ in range(count)]


def writer(redis_url: str, db_path: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "casewatch", "store", "--redis", redis_url]
    return subprocess.Popen([*command, "--db", str(db_path)], stdout=subprocess.DEVNULL)


def shared_crawl(folder: Path, sources: Path, redis_url: str, count: int, total: int):
    """Seconds from the crawlers' start until the writer has stored every document."""
    db_path = folder / f"shared-{count}" / "casewatch.db"
    store = writer(redis_url, db_path)
    started = time.perf_counter()
    running = crawlers(count, db_path, sources, redis_url)
    while documents(db_path) < total:
        time.sleep(0.05)
    elapsed = time.perf_counter() - started
    for crawler in running:
        crawler.wait()
    store.terminate()
    store.wait()
    return elapsed


def writer_ceiling(folder: Path, sources: Path, redis_url: str) -> tuple[int, float]:
    """Messages and seconds the writer takes to store a list crawlers filled
    before it started (two crawlers, no writer running), from its first message
    (its start and migrating the archive are not counted)."""
    db_path = folder / "ceiling" / "casewatch.db"
    for crawler in crawlers(2, db_path, sources, redis_url):
        crawler.wait()
    server = Redis.from_url(redis_url)
    filled = server.llen(ITEMS)
    store = writer(redis_url, db_path)
    while server.llen(ITEMS) == filled:  # the clock starts with its first message
        time.sleep(0.001)
    started, messages = time.perf_counter(), server.llen(ITEMS) + 1
    while server.llen(ITEMS) or server.llen(PROCESSING):
        time.sleep(0.01)
    elapsed = time.perf_counter() - started
    store.terminate()
    store.wait()
    return messages, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sites", type=int, default=8)
    parser.add_argument("--packs", type=int, default=30)
    options = parser.parse_args()
    total = options.sites * options.packs
    print(f"load average before: {os.getloadavg()}, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        sites = [
            start_site(folder, number, options.packs) for number in range(options.sites)
        ]
        sources = watch_list(folder, sites)
        started = time.perf_counter()
        alone = jobs.crawl("nhs_board", folder / "alone" / "casewatch.db", sources,
                           settings=SETTINGS)  # fmt: skip
        baseline = time.perf_counter() - started
        assert alone.returncode == 0
        assert documents(folder / "alone" / "casewatch.db") == total
        print(f"{total} documents on {options.sites} sites")
        print(
            f"baseline, one process without Redis: {total / baseline:6.1f} documents/s"
        )
        with RedisServer(folder) as redis:
            for count in (1, 2, 4):
                seconds = shared_crawl(folder, sources, redis.url, count, total)
                rate = total / seconds
                print(
                    f"{count} crawler(s) + 1 writer: {rate:6.1f} documents/s"
                    f" ({rate / (total / baseline):.2f}x the baseline)"
                )
            messages, seconds = writer_ceiling(folder, sources, redis.url)
            print(
                f"the writer alone: {messages / seconds:6.1f} items/s"
                f" ({messages} messages in {seconds:.1f} s)"
            )
        for site in sites:
            site.__exit__(None, None, None)
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
