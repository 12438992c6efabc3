"""Does the first nightly run over the whole watch list fit in one night?

An estimate, not a crawl (there is no internet here): each source's requests on a
first night (nothing kept yet, every document in the window fetched) by platform,
from the spiders' behaviour and the sizes research/sources.md gives (or, with
--db, each source's requests and bytes in an archive's latest crawl); then the
politeness settings casewatch/settings.py sets: one request at a time per host, a
DOWNLOAD_DELAY floor that AutoThrottle raises to the server's latency, and
CONCURRENT_REQUESTS hosts at once. A host's time is the sum of its requests'
max(delay, latency + bytes / bandwidth); a spider's is the longest host or the
hosts' total shared among the concurrent slots, whichever is longer, or the text
extraction of what it fetched (pypdfium2's pages per second, measured in this run),
if that is longer. The night runs the spiders one after another.

    .venv/bin/python benchmarks/national_night.py [--window-hours 4.5] [--db ARCHIVE]

Baseline: the same night crawled one request at a time (concurrency 1); prints the
ratio, and the concurrency across hosts the night needs to fit the window.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from casewatch import PACKAGE_DIR, settings
from casewatch.nightly import NIGHTLY_SPIDERS
from casewatch.sources import Source, load_sources
from casewatch.text import pdf_pages
from db import open_db

ROOT = Path(__file__).parent.parent
LATENCY = 0.8  # seconds to first byte from a council or NHS server, assumed
BANDWIDTH = 4e6  # bytes a second on one connection, assumed
PAGE_BYTES = 80e3


@dataclass(frozen=True)
class Load:
    """A source's first night: pages (HTML, XML) and documents, with their size."""

    pages: int
    documents: int
    document_bytes: float
    pages_per_document: int  # printed pages, for text extraction


# One source's first night by platform, from what each spider asks for (window 60
# days back, 30 ahead) and the sizes research/sources.md reports.
LOADS = {
    # committees, meetings by date, ~25 meetings' GetMeeting, 5 search phrases of
    # 1-2 result pages; ~7 documents a meeting plus search hits, reports ~0.6 MB
    "moderngov": Load(
        pages=35, documents=185, document_bytes=0.6e6, pages_per_document=12
    ),
    # calendar month views, ~25 meeting pages, their documents
    "cmis": Load(pages=30, documents=175, document_bytes=0.6e6, pages_per_document=12),
    # landing, year archive or meeting pages; ~2 meetings in the window, a combined
    # pack (5-40 MB) or a dozen split papers
    "nhs_board": Load(pages=4, documents=8, document_bytes=3e6, pages_per_document=40),
    # a reviews page and every PDF it links (all new on the first night)
    "listing": Load(pages=2, documents=12, document_bytes=1e6, pages_per_document=30),
    # the same reviews pages again, read for their entries
    "register": Load(pages=2, documents=0, document_bytes=0, pages_per_document=0),
    # the provider page and every report it lists (on files.ofsted.gov.uk)
    "ofsted": Load(pages=2, documents=8, document_bytes=0.5e6, pages_per_document=12),
    # a title's feeds or sitemap and a day's articles
    "news": Load(pages=32, documents=0, document_bytes=0, pages_per_document=0),
}
NEWS_PLATFORMS = ("newsquest", "reach", "bbc")


def spider_of(source: Source) -> str:
    return "news" if source.platform in NEWS_PLATFORMS else source.platform


def crawled(sources: list[Source]) -> dict[str, list[Source]]:
    """The sources each nightly spider reads (`discover` ones wait, retired rest)."""
    by_spider: dict[str, list[Source]] = defaultdict(list)
    for source in sources:
        if source.retired or source.platform == "discover":
            continue
        by_spider[spider_of(source)].append(source)
        if source.kind == "partnership":
            by_spider["register"].append(source)
    return by_spider


def host_seconds(
    spider: str, sources: list[Source], measured: dict
) -> tuple[dict, int]:
    """Seconds of requests per host, and printed pages to extract, for one spider."""
    delay = max(
        settings.DOWNLOAD_DELAY, LATENCY / settings.AUTOTHROTTLE_TARGET_CONCURRENCY
    )
    hosts: dict[str, float] = defaultdict(float)
    printed = 0
    for source in sources:
        load = LOADS[spider]
        host = urlsplit(source.start_urls[0]).hostname or ""
        if spider in measured and source.slug in measured[spider]:
            requests, size = measured[spider][source.slug]
            hosts[host] += requests * max(delay, LATENCY) + size / BANDWIDTH
            continue
        pages = load.pages * max(delay, LATENCY + PAGE_BYTES / BANDWIDTH)
        each = max(delay, LATENCY + load.document_bytes / BANDWIDTH)
        # Ofsted's reports are on one host for every council; others on the site's
        documents_host = "files.ofsted.gov.uk" if spider == "ofsted" else host
        hosts[host] += pages
        hosts[documents_host] += load.documents * each
        printed += load.documents * load.pages_per_document
    return hosts, printed


def spider_hours(hosts: dict, printed: int, rate: float, concurrency: int) -> float:
    """A spider's wall time at a concurrency: the longest host, the hosts' total
    over the slots, or the extraction, whichever is longest."""
    seconds = max(max(hosts.values(), default=0), sum(hosts.values()) / concurrency)
    return max(seconds, printed / rate) / 3600


def measured_loads(db_path: Path | None) -> dict:
    """Per spider, per source: requests and bytes in the archive's latest crawl."""
    if db_path is None:
        return {}
    db = open_db(db_path)
    rows = db.query(
        "select c.spider, s.source, s.requests, s.bytes from crawl_run_sources s"
        " join crawl_runs c on c.id = s.run_id"
        " where s.run_id = (select max(run_id) from crawl_run_sources t"
        " where t.source = s.source)"
    )
    found: dict = defaultdict(dict)
    for row in rows:
        found[row["spider"]][row["source"]] = (row["requests"] or 0, row["bytes"] or 0)
    return found


def extraction_rate() -> float:
    """pypdfium2's pages a second on this machine, over the sample sites' PDFs."""
    paths = sorted((PACKAGE_DIR / "sample_sites/files").rglob("*.pdf"))
    pages, started = 0, time.perf_counter()
    for path in paths:
        try:
            pages += len(pdf_pages(path))
        except Exception:  # the samples include an encrypted and a broken PDF
            continue
    return pages / (time.perf_counter() - started)


def needed_concurrency(nights: dict, rate: float, window: float) -> int | None:
    """The fewest concurrent hosts with which the night fits the window."""
    for concurrency in range(1, 257):
        total = sum(spider_hours(h, p, rate, concurrency) for h, p in nights.values())
        if total <= window:
            return concurrency
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--window-hours", type=float, default=4.5)
    parser.add_argument(
        "--db", type=Path, help="an archive to take measured loads from"
    )
    arguments = parser.parse_args()
    sources = [
        *load_sources(PACKAGE_DIR / "sources.yml").sources,
        *load_sources(PACKAGE_DIR / "news_sources.yml").sources,
    ]
    by_spider, measured = crawled(sources), measured_loads(arguments.db)
    rate = extraction_rate()
    nights = {s: host_seconds(s, by_spider[s], measured) for s in NIGHTLY_SPIDERS}
    now = settings.CONCURRENT_REQUESTS
    print(f"text extraction on this machine: {rate:.0f} pages/s (pypdfium2, measured)")
    print(
        f"{'spider':<10}{'sources':>8}{'hosts':>7}{'longest host h':>16}"
        f"{'serial h':>10}{f'at {now} h':>8}"
    )
    for spider, (hosts, printed) in nights.items():
        print(
            f"{spider:<10}{len(by_spider[spider]):>8}{len(hosts):>7}"
            f"{max(hosts.values(), default=0) / 3600:>16.2f}"
            f"{spider_hours(hosts, printed, rate, 1):>10.2f}"
            f"{spider_hours(hosts, printed, rate, now):>8.2f}"
        )
    serial = sum(spider_hours(h, p, rate, 1) for h, p in nights.values())
    at_now = sum(spider_hours(h, p, rate, now) for h, p in nights.values())
    waiting = sum(s.platform == "discover" for s in sources)
    print(
        f"\nfirst night: {at_now:.2f} h at CONCURRENT_REQUESTS={now}; "
        f"baseline, one request at a time: {serial:.2f} h ({serial / at_now:.1f}x)"
    )
    print(
        f"window {arguments.window_hours} h: "
        f"{'fits' if at_now <= arguments.window_hours else 'does NOT fit'}; "
        f"{waiting} sources awaiting discovery are not crawled"
    )
    needed = needed_concurrency(nights, rate, arguments.window_hours)
    print(
        f"concurrency across hosts needed to fit: {needed or 'none suffices'}"
        f" (per host it stays {settings.CONCURRENT_REQUESTS_PER_DOMAIN})"
    )
    floor = sum(max(max(h.values(), default=0), p / rate) for h, p in nights.values())
    print(f"floor (each spider's longest host or extraction): {floor / 3600:.2f} h")


if __name__ == "__main__":
    main()
