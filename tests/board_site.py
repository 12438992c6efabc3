"""A loopback trust site of generated board packs, for crawls that need documents in
number (resuming, progress): a landing page of PDF links, as the NHS trusts' board
papers pages in tests/sites/nhs-trusts are, and one short PDF per link, every third
one naming a serious case review (so that some packs have mentions)."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from casewatch.sample_sites import Route, SampleSites
from tests.ports import free_port

SLUG = "generated-trust"
SCR = (
    "The Local Safeguarding Children Board commissioned a serious case review "
    "following the death of Child T; the review has not been published."
)


def pack(number: int) -> bytes:
    """A one-page board pack, different bytes for each number."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.drawString(50, 800, f"Trust Board pack {number}: integrated performance")
    if number % 3 == 0:
        canvas.drawString(50, 780, SCR[:90])
        canvas.drawString(50, 765, SCR[90:])
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# How long a pack past the site's `slow_after` waits: under the loopback settings'
# DOWNLOAD_TIMEOUT (3 s), so the crawl is slowed, not failed.
SLOW_SECONDS = 2.5


class BoardSite(SampleSites):
    """`packs` board packs on a free port, each answered after `delay` seconds;
    the packs numbered in `missing` are linked but answer 404. After `slow(n)`, packs
    past the next n wait SLOW_SECONDS more each, until `release()`."""

    def __init__(
        self,
        folder: Path,
        packs: int,
        delay: float = 0,
        missing: tuple[int, ...] = (),
        host: str = "127.0.0.1",
    ) -> None:
        routes, links = {}, []
        for number in range(1, packs + 1):
            name = f"pack-{number:03d}.pdf"
            links.append(f'<li><a href="/board/{name}">Board pack {number}</a></li>')
            if number in missing:
                continue
            (folder / name).write_bytes(pack(number))
            routes[f"/board/{name}"] = Route(
                f"/board/{name}", name, "application/pdf", delay=delay
            )
        (folder / "papers.html").write_text(
            f"<html><body><h1>Board papers</h1><ul>{''.join(links)}</ul></body></html>"
        )
        routes["/board/papers/"] = Route("/board/papers/", "papers.html")
        super().__init__(free_port(), routes, folder, host)
        self.slow_after: int | None = None
        self.answered_packs = 0
        self.released = threading.Event()
        self.lock = threading.Lock()
        self.sources = folder / "sources.yml"
        self.sources.write_text(
            f"- slug: {SLUG}\n  name: Generated NHS Trust\n  kind: nhs_trust\n"
            f"  platform: nhs_board\n  start_urls: ['{self.base_url}/board/papers/']\n"
        )

    def slow(self, packs: int) -> None:
        with self.lock:
            self.slow_after, self.answered_packs = packs, 0
        self.released.clear()

    def release(self) -> None:
        with self.lock:
            self.slow_after = None
        self.released.set()

    def _handler(self):
        handler, site = super()._handler(), self

        class Slowed(handler):  # type: ignore[valid-type, misc]
            def do_GET(self) -> None:
                if self.path.endswith(".pdf"):
                    with site.lock:
                        site.answered_packs += 1
                        slowed = site.slow_after is not None and (
                            site.answered_packs > site.slow_after
                        )
                    if slowed and site.released.wait(SLOW_SECONDS):
                        return  # released: the crawl that asked has been killed
                super().do_GET()

        return Slowed

    def packs_requested(self) -> list[str]:
        """The packs asked for so far, in order."""
        return [key for key in self.requested if key.endswith(".pdf")]


# `casewatch crawl nhs_board` as the CLI runs it, in a process of its own.
CRAWL = (
    "import json, sys; from pathlib import Path; from casewatch import jobs;"
    "jobs.crawl('nhs_board', Path(sys.argv[1]), Path(sys.argv[2]),"
    " settings=json.loads(sys.argv[3]))"
)


def crawl_killed_when(
    site: BoardSite,
    db_path: Path,
    settings: dict,
    done: Callable[[], bool],
    packs: int,
) -> None:
    """Crawl the site as the CLI would and SIGKILL the crawl and its children (the
    crawl's own process, and what would run after it) as soon as `done()`, which
    `packs` packs must be enough for: the ones after them are slowed until the kill,
    so a crawl on a busy machine cannot finish before its watcher looks."""
    site.slow(packs)
    arguments = [str(db_path), str(site.sources), json.dumps(settings)]
    process = subprocess.Popen(
        [sys.executable, "-c", CRAWL, *arguments],
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 300  # a guard: the wait is for `done`
        while time.monotonic() < deadline and not done():
            time.sleep(0.05)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        site.release()


def count_now(db_path: Path, sql: str) -> int:
    """A count from an archive a crawl is writing, read-only and without waiting: a
    watcher that opened it with open_db would wait on the crawl's write lock (and
    migrate), missing the moment it watches for. 0 until the table is there."""
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=0) as db:
            return db.execute(sql).fetchone()[0]
    except sqlite3.Error:  # not created yet, being migrated, or busy this instant
        return 0
