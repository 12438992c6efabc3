"""Answers as cards against the same answers as Datasette tables.

Starts Datasette on an archive as `casewatch serve` does (127.0.0.1) and times, taking
turns, each card answer's HTML page as cards and as a table (`?_view=table`: the same
SQL and rows, without the lookups cards make for dates, sources and reviews). Prints
p50 and p95 of each and the ratio; also a council page (five canned queries, cards and
the chart), which has no table to compare with.

    .venv/bin/python benchmarks/cards.py [--db data/casewatch.db] [--repeats 30]

On the demo archive (`casewatch demo --no-serve --db /tmp/demo.db`), or the million
pages benchmarks/search.py builds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.search import Server
from casewatch.datasette import DATABASE

ANSWERS = [
    "new_mentions",
    "latest_mentions?council=Kingston",
    "search?q=%22serious+case+review%22",
    "leads",
    "reviews_by_council?council=Kingston",
]


def milliseconds(server: Server, path: str) -> float:
    started = time.perf_counter()
    server.get(path)
    return (time.perf_counter() - started) * 1000


def table_of(path: str) -> str:
    return f"{path}{'&' if '?' in path else '?'}_view=table"


def p50_p95(times: list[float]) -> str:
    cuts = statistics.quantiles(times, n=20)
    return f"p50 {statistics.median(times):7.1f} ms  p95 {cuts[18]:7.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("data/casewatch.db"))
    parser.add_argument("--repeats", type=int, default=30)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        server = Server(arguments.db, Path(folder))
        try:
            server.wait()
            for answer in ANSWERS:
                path = f"/{DATABASE}/{answer}"
                server.get(path), server.get(table_of(path))  # warm both
                cards, table = [], []
                for _ in range(arguments.repeats):
                    cards.append(milliseconds(server, path))
                    table.append(milliseconds(server, table_of(path)))
                ratio = statistics.median(cards) / statistics.median(table)
                print(f"{answer:40} cards {p50_p95(cards)}")
                print(f"{'':40} table {p50_p95(table)}  cards/table {ratio:.2f}")
            council = [
                milliseconds(server, "/council/E09000021")
                for _ in range(arguments.repeats)
            ]
            print(f"{'/council/E09000021':40} page  {p50_p95(council)}")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
