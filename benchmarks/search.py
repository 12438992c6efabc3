"""Search and leads at a million pages and more, through Datasette over HTTP.

Builds an archive of --pages pages (once; a later run reuses it): board-paper text
generated from the words of the bundled sample PDFs, one page in PLANT_EVERY with a
planted case-review or Ofsted sentence and its mention, documents dated and each
concerning its source's council (one in ten a second council), reviews grouping
those mentions and a published register holding half of them. Then builds the
search index beside it (`casewatch index`; once too) and starts Datasette twice as
`casewatch serve` does, on 127.0.0.1: with the index, and (the baseline, in the
same run, on the same archive) without it, where the canned `search` uses SQLite's
FTS5. Both with a 60 s time limit, so that FTS5 finishes and is timed. Times the
`search` answer through Datasette's JSON API for reporters' phrases, one common
word and council-filtered queries; the target is p95 under 300 ms for all of them.
Then `leads` against the same SQL on a plain sqlite3 connection (target: p95 under
300 ms and within 3x).

    .venv/bin/python benchmarks/search.py [--pages 1000000] [--db PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from itertools import chain
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.samples import vocabulary  # noqa: E402
from casewatch import jobs, places  # noqa: E402
from casewatch.datasette import DATABASE, functions  # noqa: E402
from casewatch.search_index import INDEX_SETTING, index_folder  # noqa: E402
from casewatch.search_index.catch_up import catch_up  # noqa: E402
from db import open_db  # noqa: E402
from tests.ports import free_port  # noqa: E402

PAGES_PER_DOCUMENT = 100
WORDS_PER_PAGE = 160
PLANT_EVERY = 200
SOURCES = 300
REPEATS = 20
TIME_LIMIT_MS = 60_000
COMMON_WORD = "safeguarding"
COUNCIL_SEARCHES = ["serious case review", COMMON_WORD]
SEARCHES = [
    "serious case review",
    '"serious case review"',
    "safeguarding adults review",
    '"child safeguarding practice review"',
    "Child R",
    "not published",
    "domestic homicide",
    "Ofsted inadequate",
]
# (sentence, phrase the detector matched, mention kind, fields)
PLANTED = [
    ("The serious case review into Child {n} has not been published.",
     "serious case review", "case_review", {"type": "SCR"}),
    ("A local child safeguarding practice review was commissioned in {year}.",
     "child safeguarding practice review", "case_review", {"type": "LCSPR"}),
    ("The safeguarding adults review of Adult {n} was published in {year}.",
     "safeguarding adults review", "case_review", {"type": "SAR"}),
    ("A domestic homicide review is being withheld until the inquest.",
     "domestic homicide review", "case_review", {"type": "DHR"}),
    ("Ofsted judged children's services inadequate in {year}.",
     "inadequate", "ofsted_judgement", {"grade": "inadequate"}),
]  # fmt: skip
STATUSES = {"SCR": "unpublished", "LCSPR": "in_progress", "SAR": "published"}


def build(path: Path, pages: int) -> None:
    """The archive, written with executemany and the full-text index built once."""
    db = open_db(path)
    pages_triggers = "from sqlite_master where type = 'trigger' and tbl_name = 'pages'"
    triggers = db.execute(f"select name, sql {pages_triggers}").fetchall()
    connection = db.conn
    connection.execute("pragma synchronous = off")
    rows = Rows(random.Random(8), pages)
    with connection:
        for name, _ in triggers:
            connection.execute(f"drop trigger [{name}]")
        for table, values in rows.tables():
            insert(connection, table, values)
        insert(connection, "pages", rows.pages(pages))
        for table, values in rows.records():
            insert(connection, table, values)
        connection.execute("insert into pages_fts(pages_fts) values ('rebuild')")
        for _, sql in triggers:
            connection.execute(sql)
    connection.execute("analyze")
    db.close()


def insert(connection: sqlite3.Connection, table: str, rows) -> None:
    """Insert dicts that all have the same keys, in one executemany."""
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return
    columns = ", ".join(f"[{column}]" for column in first)
    marks = ", ".join(f":{column}" for column in first)
    connection.executemany(
        f"insert into [{table}] ({columns}) values ({marks})", chain([first], rows)
    )


class Rows:
    """The generated archive's rows, table by table."""

    def __init__(self, rng: random.Random, pages: int) -> None:
        self.rng = rng
        self.words = vocabulary()
        self.documents = [
            hashlib.sha256(f"document {n}".encode()).hexdigest()
            for n in range(-(-pages // PAGES_PER_DOCUMENT))
        ]
        codes = [c.code for c in places.councils() if c.children_services]
        self.councils = [rng.choice(codes) for _ in range(SOURCES)]
        # a document's council is its source's; one in ten concerns a second council
        self.second_councils = [rng.choice(codes) for _ in self.documents[::10]]
        self.days = [self.day() for _ in self.documents]
        self.mentions: list[dict] = []
        self.now = "2026-01-01T00:00:00+00:00"
        self.seen = {"first_seen": self.now, "last_seen": self.now}

    def tables(self):
        kinds = ["council", "nhs_trust", "partnership", "news", "ofsted"]
        yield (
            "sources",
            [
                {
                    "slug": f"source-{n}",
                    "name": f"Source {n}",
                    "kind": kinds[n % 5],
                    "platform": "listing",
                    "council": self.councils[n],
                }
                for n in range(SOURCES)
            ],
        )
        yield (
            "documents",
            [
                {
                    "sha256": sha,
                    "title": f"Board papers {n}",
                    "kind": "board_pack",
                    "format": "pdf",
                    "size": 100_000,
                    "page_count": PAGES_PER_DOCUMENT,
                    "extraction": "ok",
                    "path": f"{sha[:2]}/{sha}",
                    "dated": self.days[n],
                    "dated_from": "meeting",
                    **self.seen,
                }
                for n, sha in enumerate(self.documents)
            ],
        )
        yield (
            "document_urls",
            [
                {
                    "url": f"https://example.org/{n}.pdf",
                    "sha256": sha,
                    "source": f"source-{n % SOURCES}",
                    "meeting_date": self.days[n],
                    "published": "",
                    **self.seen,
                }
                for n, sha in enumerate(self.documents)
            ],
        )
        yield "document_councils", self.document_councils()

    def document_councils(self):
        for n, sha in enumerate(self.documents):
            yield {
                "sha256": sha,
                "la_code": self.councils[n % SOURCES],
                "via": "source",
            }
            second = self.second_councils[n // 10]
            if n % 10 == 0 and second != self.councils[n % SOURCES]:
                yield {"sha256": sha, "la_code": second, "via": "text"}

    def day(self) -> str:
        return f"{self.rng.randint(2014, 2025)}-{self.rng.randint(1, 12):02d}-14"

    def pages(self, count: int):
        for number in range(count):
            sha = self.documents[number // PAGES_PER_DOCUMENT]
            page_no = number % PAGES_PER_DOCUMENT + 1
            words = self.rng.choices(self.words, k=WORDS_PER_PAGE)
            text = ". ".join(
                " ".join(words[at : at + 16]) for at in range(0, len(words), 16)
            )
            if number % PLANT_EVERY == 0:
                text = self.plant(text, sha, page_no, number)
            yield {"sha256": sha, "page_no": page_no, "text": text, "needs_ocr": 0}

    def plant(self, text: str, sha: str, page_no: int, number: int) -> str:
        """A planted sentence in the middle of the page, and its mention."""
        template, phrase, kind, fields = PLANTED[number // PLANT_EVERY % len(PLANTED)]
        sentence = template.format(n=number, year=self.rng.randint(2014, 2025))
        middle = len(text) // 2
        text = f"{text[:middle]}. {sentence} {text[middle:]}"
        start = text.index(phrase)
        self.mentions.append(
            {
                "id": hashlib.sha1(f"{sha}:{page_no}".encode()).hexdigest(),
                "sha256": sha,
                "page_no": page_no,
                "start": start,
                "end": start + len(phrase),
                "snippet": sentence,
                "detector": kind,
                "rule_id": f"{kind}.planted",
                "detector_version": 1,
                "kind": kind,
                "fields": json.dumps(fields),
                "first_seen": self.now,
                "council": self.councils[number // PAGES_PER_DOCUMENT % SOURCES],
            }
        )
        return text

    def records(self):
        """Mentions; a review for each two review mentions; half of them registered."""
        yield (
            "mentions",
            [{k: v for k, v in m.items() if k != "council"} for m in self.mentions],
        )
        named = [m for m in self.mentions if m["kind"] == "case_review"]
        reviews, links, register = [], [], []
        for n in range(0, len(named) - 1, 2):
            first = named[n]
            kind = json.loads(first["fields"])["type"]
            review = {
                "id": f"review-{n}",
                "type": kind,
                "la_code": first["council"],
                "year": self.rng.randint(2014, 2025),
                "status_sentence": first["snippet"],
                "status": STATUSES.get(kind, "withheld"),
                **self.seen,
            }
            reviews.append(review)
            links += [
                {
                    "review_id": review["id"],
                    "mention_id": m["id"],
                    "status": review["status"],
                    "first_seen": self.now,
                }
                for m in (first, named[n + 1])
            ]
            if n % 4 == 0:
                register.append(
                    {
                        "id": f"register-{n}",
                        "title": "A review",
                        "type": kind,
                        "la_code": review["la_code"],
                        "year": review["year"],
                        "source": "bench",
                        "first_seen": self.now,
                    }
                )
        yield "reviews", reviews
        yield "review_mentions", links
        yield "published_reviews", register


def milliseconds(run) -> float:
    started = time.perf_counter()
    run()
    return (time.perf_counter() - started) * 1000


class Server:
    """Datasette on the archive, started as `casewatch serve` starts it."""

    def __init__(self, path: Path, folder: Path, index: bool = True) -> None:
        metadata = folder / "metadata.json"
        metadata.write_text(json.dumps(jobs.datasette_metadata()))
        self.port = free_port()
        self.log = folder / f"datasette-{self.port}.log"
        command = jobs.datasette_command(path, metadata, "127.0.0.1", self.port)
        command += ["--setting", "sql_time_limit_ms", str(TIME_LIMIT_MS)]
        no_index = {} if index else {INDEX_SETTING: str(folder / "no-index")}
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                command, stdout=log, stderr=log, env={**os.environ, **no_index}
            )
        self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        self.database = DATABASE

    def wait(self) -> None:
        for _ in range(300):
            try:
                self.get("/-/versions.json")
                return
            except OSError:
                self.connection.close()
                time.sleep(0.1)
        sys.exit("Datasette did not start")

    def get(self, path: str) -> bytes:
        try:
            response = self.response(path)
        except (http.client.RemoteDisconnected, ConnectionError):
            # closed while idle (uvicorn keeps a connection 5 s): once more, anew
            self.connection.close()
            try:
                response = self.response(path)
            except http.client.RemoteDisconnected:
                log = self.log.read_text()[-2000:]
                sys.exit(
                    f"{path}: Datasette hung up (exit {self.process.poll()}):\n{log}"
                )
        body = response.read()
        if response.status != 200:
            sys.exit(f"{path}: HTTP {response.status} {body[:300]!r}")
        return body

    def response(self, path: str) -> http.client.HTTPResponse:
        self.connection.request("GET", path)
        return self.connection.getresponse()

    def query(self, name: str, parameters: dict) -> int:
        query = urllib.parse.urlencode({**parameters, "_shape": "array"})
        return len(json.loads(self.get(f"/{self.database}/{name}.json?{query}")))

    def stop(self) -> None:
        self.connection.close()
        self.process.terminate()
        self.process.wait(timeout=10)


def compare(
    server: Server,
    raw: sqlite3.Connection,
    name: str,
    sql: str,
    parameter_sets: list[dict],
) -> None:
    """Time one canned query both ways, taking turns, over the same parameters."""
    ours, baseline, rows = [], [], 0
    for parameters in parameter_sets:
        rows += server.query(name, parameters)  # untimed: warms both caches
        raw.execute(sql, parameters).fetchall()
        for _ in range(REPEATS):
            ours.append(milliseconds(lambda p=parameters: server.query(name, p)))
            baseline.append(
                milliseconds(lambda p=parameters: raw.execute(sql, p).fetchall())
            )
    p50, p95 = percentile(ours, 50), percentile(ours, 95)
    raw50, raw95 = percentile(baseline, 50), percentile(baseline, 95)
    print(
        f"{name:>7}: Datasette p50 {p50:6.1f} ms  p95 {p95:6.1f} ms | sqlite3 p50"
        f" {raw50:6.1f} ms  p95 {raw95:6.1f} ms | ratio p50 {p50 / raw50:4.2f}x"
        f"  p95 {p95 / raw95:4.2f}x | {rows / len(parameter_sets):.0f} rows per query"
        f" | p95 {'under' if p95 < 300 else 'OVER'} 300 ms,"
        f" {'within' if p95 <= 3 * raw95 else 'NOT within'} 3x"
    )


def side_by_side(
    indexed: Server, fts5: Server, label: str, parameter_sets: list[dict]
) -> None:
    """Time the `search` answer with the index and with FTS5, taking turns."""
    ours, baseline, rows = [], [], 0
    for parameters in parameter_sets:
        rows += indexed.query("search", parameters)  # untimed: warms both caches
        fts5.query("search", parameters)
        for _ in range(REPEATS):
            ours.append(milliseconds(lambda p=parameters: indexed.query("search", p)))
            baseline.append(milliseconds(lambda p=parameters: fts5.query("search", p)))
    p50, p95 = percentile(ours, 50), percentile(ours, 95)
    fts50, fts95 = percentile(baseline, 50), percentile(baseline, 95)
    print(
        f"search, {label:>15}: index p50 {p50:6.1f} ms  p95 {p95:6.1f} ms | FTS5 p50"
        f" {fts50:7.1f} ms  p95 {fts95:7.1f} ms | FTS5/index p95 {fts95 / p95:5.1f}x"
        f" | {rows / len(parameter_sets):.0f} rows per query"
        f" | index p95 {'under' if p95 < 300 else 'OVER'} 300 ms,"
        f" FTS5 p95 {'under' if fts95 < 300 else 'OVER'} 300 ms"
    )


def busiest_council(path: Path) -> str:
    with sqlite3.connect(path) as db:
        return db.execute(
            "select la_code from document_councils group by la_code"
            " order by count(*) desc limit 1"
        ).fetchone()[0]


def ensure_index(path: Path) -> None:
    """Build the search index beside the archive once, saying how long it took."""
    started = time.perf_counter()
    progress = catch_up(path)
    if progress.pages:
        folder = index_folder(path)
        size = sum(f.stat().st_size for f in folder.iterdir() if f.is_file())
        seconds = time.perf_counter() - started
        print(
            f"indexed {progress.pages:,} pages in {seconds:.0f} s"
            f" ({progress.pages / seconds:,.0f} pages/s) into {size / 1e9:.2f} GB"
        )


def percentile(values: list[float], percent: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[percent - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1_000_000)
    default = Path(tempfile.gettempdir()) / "casewatch-bench" / "casewatch.db"
    parser.add_argument("--db", type=Path, default=default)
    arguments = parser.parse_args()
    path = arguments.db
    if not path.exists():
        started = time.perf_counter()
        build(path, arguments.pages)
        print(f"built {path} in {time.perf_counter() - started:.0f} s")
    ensure_index(path)
    with sqlite3.connect(path) as check:
        for table in ("pages", "mentions", "reviews", "published_reviews"):
            count = check.execute(f"select count(*) from {table}").fetchone()[0]
            print(f"{count:>11,} {table}")
    queries = jobs.datasette_metadata()["databases"][DATABASE]["queries"]
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    functions.register(raw)
    empty = {"council": "", "source_kind": "", "since": "", "until": ""}
    council = busiest_council(path)
    with tempfile.TemporaryDirectory() as folder:
        indexed = Server(path, Path(folder))
        fts5 = Server(path, Path(folder), index=False)
        try:
            indexed.wait()
            fts5.wait()
            for label, searches in (
                ("phrases", [{**empty, "q": q} for q in SEARCHES]),
                ("common word", [{**empty, "q": COMMON_WORD}]),
                (f"council {council}", [
                    {**empty, "q": q, "council": council} for q in COUNCIL_SEARCHES
                ]),
            ):  # fmt: skip
                side_by_side(indexed, fts5, label, searches)
            leads = [{"council": ""}, {"council": council}]
            compare(indexed, raw, "leads", queries["leads"]["sql"], leads)
        finally:
            indexed.stop()
            fts5.stop()


if __name__ == "__main__":
    main()
