"""What FTS5 costs the store's writes: page inserts with `pages_fts`'s triggers on.

Inserts the same generated board-paper pages (benchmarks/search.py's) into a fresh
archive in 100-page transactions, as the store writes a document, twice: with the
FTS5 triggers the schema has, and (the baseline, in the same run) without them.
Prints pages per second of each and the ratio. The search index is brought up to date
after a crawl instead, at its own pace (`casewatch index`).

    .venv/bin/python benchmarks/fts_writes.py [--pages 50000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.search import PAGES_PER_DOCUMENT, Rows  # noqa: E402
from db import open_db  # noqa: E402

INSERT = (
    "insert into pages (sha256, page_no, text, needs_ocr)"
    " values (:sha256, :page_no, :text, :needs_ocr)"
)


def pages_per_second(pages: list[dict], documents: list[str], fts: bool) -> float:
    with tempfile.TemporaryDirectory() as folder:
        db = open_db(Path(folder) / "archive.db")
        db["documents"].insert_all(
            {"sha256": sha, "size": 1, "extraction": "ok"}
            | {"first_seen": "2026-01-01", "last_seen": "2026-01-01"}
            for sha in documents
        )
        if not fts:
            for (name,) in db.execute(
                "select name from sqlite_master where type = 'trigger'"
                " and tbl_name = 'pages' and sql like '%pages_fts%'"
            ).fetchall():
                db.execute(f"drop trigger [{name}]")
        started = time.perf_counter()
        for at in range(0, len(pages), PAGES_PER_DOCUMENT):
            with db.conn:
                db.conn.executemany(INSERT, pages[at : at + PAGES_PER_DOCUMENT])
        seconds = time.perf_counter() - started
        db.close()
    return len(pages) / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50_000)
    count = parser.parse_args().pages
    rows = Rows(random.Random(8), count)
    pages = list(rows.pages(count))
    with_fts = pages_per_second(pages, rows.documents, fts=True)
    without = pages_per_second(pages, rows.documents, fts=False)
    print(
        f"{count:,} pages: with FTS5 triggers {with_fts:,.0f} pages/s, without"
        f" {without:,.0f} pages/s: FTS5 makes page writes {without / with_fts:.1f}x"
        " slower"
    )


if __name__ == "__main__":
    main()
