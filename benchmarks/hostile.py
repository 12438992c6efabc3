"""Hostile input crawled in one run: every file ends as a row with a reason, no task
passes its limits, the crawl finishes and its processes stay under 1 GB together.

The files of tests/hostile_files.py (generated here, 55 MB: a looping page tree, a
1 MB PDF inflating to 1 GiB, pages repeating "serious case review" for 400 KB and
40 MB and a PDF repeating it on 8 pages, a listing of 200,000 links, a challenge page
with status 200 as a listing and as a document, a response that takes 30 s, a
redirect loop, an encrypted and a truncated PDF, and an ordinary board pack) are
linked from one trust's page on loopback and crawled by the listing spider as
`casewatch crawl` runs it, with the settings a night runs with (AutoThrottle,
retries, the worker limits). Prints each
file's outcome and how far into the crawl its row was written, the crawl's time and
its peak resident memory (all its processes together, sampled five times a second).

Then two measurements in this process against the uncapped baseline: reading the
200,000-link page's links (the reactor's time) and detecting the 400 KB page.

    .venv/bin/python benchmarks/hostile.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from scrapy.http import HtmlResponse  # noqa: E402

from benchmarks.crawl_pipeline import MemoryPeak  # noqa: E402
from casewatch import jobs  # noqa: E402
from casewatch.detectors import case_reviews, find  # noqa: E402
from casewatch.pages.listing import links  # noqa: E402
from casewatch.sources import load_sources  # noqa: E402
from db import open_db  # noqa: E402
from tests.hostile_files import (  # noqa: E402
    HOSTILE,
    SLOW_SECONDS,
    HostileSite,
    link_listing,
    repeating_page,
)

TIME_LIMIT = 900  # seconds the crawl may take: 12 files, one slow, 5 s apart at most
MEMORY_LIMIT = 2**30


def crawl(folder: Path) -> tuple[dict[str, str], float, int, str]:
    """Each file's outcome, the crawl's seconds and peak memory, and its status."""
    db_path = folder / "archive" / "casewatch.db"
    with HostileSite(folder, tuple(HOSTILE), slow=SLOW_SECONDS) as site:
        urls = {name: site.url(name) for name in HOSTILE}
        with MemoryPeak() as memory:
            started = time.perf_counter()
            result = jobs.crawl(
                "listing",
                db_path,
                site.sources,
                settings={"LOG_LEVEL": "WARNING"},
                timeout=TIME_LIMIT,
            )
            seconds = time.perf_counter() - started
    status = "timed out" if result.timed_out else f"exit {result.returncode}"
    db = open_db(db_path)
    return (
        {name: outcome(db, url) for name, url in urls.items()},
        seconds,
        memory.peak,
        status,
    )


def outcome(db, url: str) -> str:
    """What the archive says of one URL, and when into the crawl it said it."""
    (started,) = db.execute("select min(started) from crawl_runs").fetchone()
    failure = next(db["failures"].rows_where("url = ?", [url]), None)
    sighting = next(db["document_urls"].rows_where("url = ?", [url]), None)
    if failure:
        said = f"{failure['stage']} {failure['error']}: {failure['reason']}"
        written = failure["last_seen"]
    elif sighting:
        document = db["documents"].get(sighting["sha256"])
        mentions = db.execute(
            "select count(*) from mentions where sha256 = ?", [document["sha256"]]
        ).fetchone()[0]
        said = f"stored, {document['page_count']} pages, {mentions} mentions"
        if document["mentions_capped"]:
            said += f"; capped: {document['mentions_capped']}"
        written = sighting["first_seen"]
    else:
        return "NO ROW"
    into = datetime.fromisoformat(written) - datetime.fromisoformat(started)
    return f"{into.total_seconds():>4.0f} s  {said}"


def every_link(response: HtmlResponse) -> int:
    """The baseline: every link on the page read, as before the cap."""
    return sum(
        1
        for anchor in response.css("a[href]")
        if response.urljoin(anchor.attrib["href"]) and anchor.css("::text").getall()
    )


def timed(function, *args) -> float:
    started = time.perf_counter()
    function(*args)
    return time.perf_counter() - started


def in_process(folder: Path) -> None:
    """The capped and the uncapped reading of the 200,000 links and the 400 KB."""
    sources = folder / "baseline.yml"
    sources.write_text(
        "- {slug: hostile-trust, name: Hostile, kind: nhs_trust, platform: listing,"
        " start_urls: ['http://127.0.0.1/hostile/'], documents: ['/documents/']}\n"
    )
    (source,) = load_sources(sources).sources
    page = link_listing(200_000)
    url = "http://127.0.0.1/hostile/listings/links-200000.html"
    baseline = timed(every_link, HtmlResponse(url, body=page))
    capped = timed(links, HtmlResponse(url, body=page), source)
    print(
        f"200,000-link page on the reactor: every link (baseline) {baseline:.2f} s,"
        f" capped {capped:.2f} s; capped / baseline {capped / baseline:.3f}"
    )
    text = repeating_page(400_000).decode()
    baseline = timed(lambda: list(case_reviews.detect([text])))
    capped = timed(find, [text])
    print(
        f"detecting the 400 KB page: uncapped (baseline) {baseline:.2f} s,"
        f" capped {capped:.2f} s; capped / baseline {capped / baseline:.3f}"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        outcomes, seconds, peak, status = crawl(folder)
        width = max(map(len, outcomes))
        for file_name, said in outcomes.items():
            print(f"{file_name:<{width}}  {said}")
        print(
            f"crawl: {status} after {seconds:.0f} s (limit {TIME_LIMIT} s);"
            f" peak resident memory, all its processes: {peak / 2**20:.0f} MB"
            f" (limit {MEMORY_LIMIT / 2**20:.0f} MB)"
        )
        in_process(folder)
    missing = [file_name for file_name, said in outcomes.items() if said == "NO ROW"]
    if missing or status != "exit 0" or peak >= MEMORY_LIMIT:
        sys.exit(f"FAILED: no row for {missing}" if missing else "FAILED")


if __name__ == "__main__":
    main()
