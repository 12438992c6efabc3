"""Alerts at a million pages: one night's digests cost what the night added.

Builds two archives of generated rows, PAGES and PAGES / 10 pages (board-paper text
from the words of the bundled sample PDFs, PAGES_PER_DOCUMENT pages a document, one
page in PLANT_EVERY with a planted case-review or Ofsted sentence and its mention,
review and judgement), each with SUBSCRIBERS subscriptions (a council each, some a
source kind, events or a full-text query) whose last digest left off at the
archive's end. Then adds one night, NIGHT new pages and VANISHED vanished URLs, and
times selecting every subscriber's digest (what is new, whether it matches, whether
it was sent, the message composed; no SMTP) on each. Prints both times and their
ratio; the target is about 1: the time depends on the night, not the archive.

    .venv/bin/python benchmarks/alerts.py [--pages 1000000]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.samples import vocabulary  # noqa: E402
from casewatch import places  # noqa: E402
from casewatch.alerts import compose, private, subscriptions  # noqa: E402
from casewatch.alerts.follows import EVENTS, SOURCE_KINDS, Follow  # noqa: E402
from casewatch.alerts.items import current_watermark  # noqa: E402
from casewatch.alerts.send import pending_digests  # noqa: E402
from casewatch.clock import now  # noqa: E402
from db import open_db  # noqa: E402

PAGES_PER_DOCUMENT = 20
WORDS_PER_PAGE = 60
PLANT_EVERY = 50
SOURCES = 300
SUBSCRIBERS = 1000
NIGHT = 1000
VANISHED = 5
RUNS = 5
SEEN = "2026-01-01T00:00:00+00:00"
TABLES = ("documents", "document_urls", "pages", "mentions", "reviews",
          "review_mentions", "ofsted_judgements", "judgement_sources")  # fmt: skip
QUERIES = ['"serious case review"', "inadequate", "withheld", "council", "Child"]
# (sentence, phrase the detector matched, mention kind, fields)
PLANTED = [
    ("The serious case review into Child {n} has not been published.",
     "serious case review", "case_review", {"type": "SCR", "status": "withheld"}),
    ("A local child safeguarding practice review began in {year}.",
     "child safeguarding practice review", "case_review",
     {"type": "LCSPR", "status": "unknown"}),
    ("The safeguarding adults review of Adult {n} was published in {year}.",
     "safeguarding adults review", "case_review",
     {"type": "SAR", "status": "published"}),
    ("Ofsted judged children's services inadequate in {year}.",
     "inadequate", "ofsted_judgement", {"grade": "inadequate"}),
]  # fmt: skip


class Rows:
    """Generated documents, pages and their mentions, from page `first` on."""

    def __init__(self, rng: random.Random, words: list[str]) -> None:
        self.rng, self.words = rng, words
        self.codes = [council.code for council in places.councils()]
        self.sources = [
            {
                "slug": f"source-{n}",
                "name": f"Source {n}",
                "kind": SOURCE_KINDS[n % len(SOURCE_KINDS)],
                "platform": "listing",
                "council": rng.choice(self.codes),
            }
            for n in range(SOURCES)
        ]

    def write(self, db, first: int, count: int) -> None:
        """Pages first..first+count-1 with their documents and planted records."""
        tables: dict[str, list[dict]] = {}
        for number in range(first, first + count):
            document, page_no = divmod(number, PAGES_PER_DOCUMENT)
            sha256 = hashlib.sha256(f"document {document}".encode()).hexdigest()
            if page_no == 0:
                self.document(tables, document, sha256)
            text = " ".join(self.rng.choices(self.words, k=WORDS_PER_PAGE))
            if number % PLANT_EVERY == 0:
                text = self.plant(tables, number, sha256, page_no + 1, text)
            tables.setdefault("pages", []).append(
                {"sha256": sha256, "page_no": page_no + 1, "text": text, "needs_ocr": 0}
            )
        for table in TABLES:
            db[table].insert_all(tables.get(table, []), batch_size=5000, ignore=True)

    def document(self, tables: dict, number: int, sha256: str) -> None:
        tables.setdefault("documents", []).append(
            {"sha256": sha256, "title": f"Board pack {number}", "size": 1,
             "extraction": "ok", "format": "pdf", "path": "", "first_seen": SEEN,
             "last_seen": SEEN}
        )  # fmt: skip
        tables.setdefault("document_urls", []).append(
            {"url": f"https://example.org/{number}.pdf", "sha256": sha256,
             "source": f"source-{self.rng.randrange(SOURCES)}", "first_seen": SEEN,
             "last_seen": SEEN}
        )  # fmt: skip

    def plant(self, tables: dict, number: int, sha256: str, page_no: int, text: str):
        sentence, phrase, kind, fields = PLANTED[number // PLANT_EVERY % len(PLANTED)]
        sentence = sentence.format(n=number % 97, year=2010 + number % 15)
        start = len(text) + 1 + sentence.lower().index(phrase)
        code = self.rng.choice(self.codes)
        mention_id = f"m{number}"
        tables.setdefault("mentions", []).append(
            {"id": mention_id, "sha256": sha256, "page_no": page_no, "start": start,
             "end": start + len(phrase), "snippet": sentence, "kind": kind,
             "rule_id": f"{kind}.bench", "first_seen": SEEN,
             "fields": json.dumps({**fields, "la_code": code})}
        )  # fmt: skip
        if kind == "case_review":
            review_id = f"r{code}{number % 7}"
            tables.setdefault("reviews", []).append(
                {"id": review_id, "type": fields["type"], "la_code": code,
                 "status": fields["status"], "first_seen": SEEN, "last_seen": SEEN}
            )  # fmt: skip
            tables.setdefault("review_mentions", []).append(
                {"review_id": review_id, "mention_id": mention_id,
                 "status": fields["status"], "first_seen": SEEN}
            )  # fmt: skip
        else:  # a judgement of its own, stated by this one source
            judgement = {
                "id": f"j{number}", "la_code": code, "visit_type": "inspection",
                "judgement_area": "overall effectiveness",
                "grade": self.rng.choice(["inadequate", "good"]),
                "date": f"{2010 + number % 15}-01", "source": "mention",
                "mention_id": mention_id, "sha256": sha256, "first_seen": SEEN,
            }  # fmt: skip
            tables.setdefault("ofsted_judgements", []).append(judgement)
            tables.setdefault("judgement_sources", []).append(
                {**judgement, "judgement_id": judgement["id"]}
            )
        return f"{text} {sentence}"


def build(path: Path, pages: int, rows: Rows) -> None:
    """The archive, written in bulk with the full-text index built once at the end."""
    db = open_db(path)
    db.conn.execute("pragma synchronous = off")
    triggers = db.execute(
        "select name, sql from sqlite_master"
        " where type = 'trigger' and tbl_name = 'pages'"
    ).fetchall()
    with db.atomic():
        for name, _ in triggers:
            db.execute(f"drop trigger [{name}]")
        db["sources"].insert_all(rows.sources)
        for first in range(0, pages, 50_000):
            rows.write(db, first, min(50_000, pages - first))
        db.execute("insert into pages_fts(pages_fts) values ('rebuild')")
        for _, sql in triggers:
            db.execute(sql)
    db.execute("analyze")
    db.close()


def subscribe_everyone(archive: Path, path: Path, rng: random.Random) -> None:
    """SUBSCRIBERS subscriptions whose last digest left off at the archive's end."""
    codes = [council.code for council in places.councils()]
    db = private.open_private(path)
    for number in range(SUBSCRIBERS):
        follow = Follow(
            councils=(rng.choice(codes),) if rng.random() < 0.8 else (),
            source_kinds=(rng.choice(SOURCE_KINDS),) if rng.random() < 0.15 else (),
            events=tuple(rng.sample(EVENTS[:4], 2)) if rng.random() < 0.15 else (),
            query=rng.choice(QUERIES) if rng.random() < 0.2 else "",
        )
        subscriptions.subscribe(db, f"reporter{number}@example.org", follow)
    watermark = current_watermark(open_db(archive)).to_json()
    db.execute("update subscribers set watermark = ?", [watermark])
    db.close()


def night(path: Path, pages: int, rows: Rows) -> None:
    """NIGHT new pages written as the store writes them (the same on any archive),
    and VANISHED URLs gone."""
    rows.rng = random.Random(13)
    db = open_db(path)
    with db.atomic():
        rows.write(db, pages, NIGHT)
        db.execute(
            "update document_urls set gone_at = ? where url in"
            " (select value from json_each(?))",
            [
                now(),
                json.dumps([f"https://example.org/{n}.pdf" for n in range(VANISHED)]),
            ],
        )
    db.close()


def select_digests(archive: Path, subscribed: Path) -> tuple[float, float, int, int]:
    """Seconds to select every subscriber's entries and to compose their digests;
    how many digests and entries."""
    archive_db, private_db = open_db(archive), private.open_private(subscribed)
    started = time.perf_counter()
    pending = [p for p in pending_digests(archive_db, private_db) if p.entries]
    selected = time.perf_counter()
    links = compose.Links("https://casewatch.example", "casewatch")
    for each in pending:
        compose.digest(each.email, each.entries, "casewatch@example.org", links)
    composed = time.perf_counter()
    archive_db.close()
    private_db.close()
    entries = sum(len(each.entries) for each in pending)
    return selected - started, composed - selected, len(pending), entries


def prepare(folder: Path, pages: int, words: list[str]) -> tuple[Path, Path]:
    """An archive of `pages` and its subscriptions, and then a night."""
    archive, subscribed = folder / f"{pages}.db", folder / f"{pages}-subscriptions.db"
    rows = Rows(random.Random(7), words)
    started = time.perf_counter()
    build(archive, pages, rows)
    subscribe_everyone(archive, subscribed, random.Random(11))
    night(archive, pages, rows)
    print(f"built {pages:,} pages in {time.perf_counter() - started:.0f} s")
    return archive, subscribed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1_000_000)
    sizes = (parser.parse_args().pages, parser.parse_args().pages // 10)
    words = vocabulary()
    with tempfile.TemporaryDirectory() as folder:
        prepared = [prepare(Path(folder), pages, words) for pages in sizes]
        # Runs alternate between the archives, so a busy machine slows both alike.
        timings = [[select_digests(*paths) for paths in prepared] for _ in range(RUNS)]
    medians = []
    for index, pages in enumerate(sizes):
        select = statistics.median(run[index][0] for run in timings)
        composing = statistics.median(run[index][1] for run in timings)
        _, _, digests, entries = timings[0][index]
        print(
            f"{pages:>9,} pages: {select * 1000:6.1f} ms to select {entries} entries"
            f" in {digests} digests for {SUBSCRIBERS} subscribers from a night of"
            f" {NIGHT} pages (then {composing * 1000:.0f} ms to compose them);"
            f" median of {RUNS}"
        )
        medians.append(select)
    print(f"ratio {sizes[0]:,} / {sizes[1]:,} pages: {medians[0] / medians[1]:.2f}")


if __name__ == "__main__":
    main()
