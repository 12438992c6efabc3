"""A second crawl of an unchanged site against the first: bytes and time.

The loopback board-papers site of benchmarks/crawl_pipeline.py (PACKS packs of
PAGES pages, about MEGABYTES each) is crawled twice by the nhs_board spider
through every pipeline, on the same port so that its URLs stay the same. The
second crawl asks for the board-papers page and each pack with the validators
the first kept (ETag, Last-Modified), gets 304s and reads nothing again: the page
is walked from its kept copy (listing_pages), the packs are the archive's. Prints
each run's bytes downloaded (crawl_runs.bytes, which count the 304s' headers),
wall time and text extractions, and the second as fractions of the first (the
goal: at most 5% of the bytes and 20% of the time, and no extraction).

    .venv/bin/python benchmarks/recrawl.py [--packs 500] [--pages 100]
                                           [--megabytes 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.crawl_pipeline import crawl, site  # noqa: E402
from db import open_db  # noqa: E402
from tests.ports import free_port  # noqa: E402


def last_run(folder: Path) -> dict:
    db = open_db(folder / "archive" / "casewatch.db")
    return next(db.query("select * from crawl_runs order by id desc limit 1"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--packs", type=int, default=500)
    # the board packs of crawl_pipeline.py; with small files (--pages 20
    # --megabytes 1) Scrapy's fixed second or so of start-up weighs more
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--megabytes", type=float, default=5)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        routes = site(folder, arguments.packs, arguments.pages, arguments.megabytes)
        print(f"{arguments.packs} packs of {arguments.pages} pages")
        port = free_port()
        runs = []
        for label in ("first crawl", "second crawl"):
            seconds, *_ = crawl(folder, routes, port)
            run = last_run(folder)
            runs.append((seconds, run))
            print(
                f"{label:>12}: {run['bytes'] / 1024 / 1024:.1f} MB downloaded in"
                f" {seconds:.1f} s; {run['documents_new']} new,"
                f" {run['documents_unchanged']} unchanged,"
                f" {run['extractions']} extracted; responses"
                f" {run['responses_by_status']}"
            )
    (first_seconds, first), (second_seconds, second) = runs
    print(f"second / first, bytes: {second['bytes'] / first['bytes']:.5f}")
    print(f"second / first, time:  {second_seconds / first_seconds:.3f}")
    print(f"re-extractions in the second crawl: {second['extractions']}")


if __name__ == "__main__":
    main()
