"""The archive's writer as functions of (db, item), on an in-memory database: one
upsert path, counts and attempts added in SQL, register entries, receipts that
make a replayed message store nothing, a write that fails kept as a failure, and
what the caps on mentions left out."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from casewatch.items import DocumentItem, FailureItem, PageItem
from casewatch.pages.register import RegisterEntryItem
from casewatch.sources import parse_sources
from casewatch.store import Closing, Links, Opening, close_run, open_run, store_item
from casewatch.store.upsert import upsert
from db.migrations import migrations
from pipelines.workers import TooCostly

(TRUST,) = parse_sources(
    [
        {
            "slug": "kingston-hospital",
            "name": "Kingston Hospital NHS Foundation Trust",
            "kind": "nhs_trust",
            "platform": "listing",
            "start_urls": ["http://127.0.0.1/board/"],
        }
    ]
).sources
BOARD = "http://127.0.0.1/board/"


@pytest.fixture
def db() -> Database:
    database = Database(memory=True)
    migrations.apply(database)
    return database


@pytest.fixture
def run_id(db) -> int:
    return open_run(db, Opening("listing", [TRUST]))


def pack(number: int, **fields) -> DocumentItem:
    return DocumentItem(
        source=TRUST.slug,
        url=f"{BOARD}pack-{number}.pdf",
        title=f"Board pack {number}",
        body=None,
        content_type="application/pdf",
        fetched_at="2026-05-01T00:00:00+00:00",
        listed_on=BOARD,
        sha256=f"{number:064x}",
        path=f"00/{number:064x}",
        format="pdf",
        pages=["Minutes of the board", "A serious case review was discussed"],
        **fields,
    )


def outage(url: str = f"{BOARD}pack-9.pdf") -> FailureItem:
    return FailureItem(TRUST.slug, url, "fetch", "HttpError", "HTTP 500", 500)


def run_counts(db, run_id) -> dict:
    row = db.execute(
        "select documents, documents_new, extractions, failures from crawl_runs"
        " where id = ?",
        [run_id],
    ).fetchone()
    return dict(zip(("documents", "new", "extractions", "failures"), row, strict=True))


def test_a_failure_stored_again_adds_an_attempt_and_keeps_when_it_was_first_seen(
    db, run_id
):
    store_item(db, run_id, outage())
    (first,) = db["failures"].rows
    store_item(db, run_id, outage())
    (again,) = db["failures"].rows
    assert (first["attempts"], again["attempts"]) == (1, 2)
    assert again["first_seen"] == first["first_seen"]
    assert run_counts(db, run_id)["failures"] == 2


def test_a_run_counts_what_it_stored_in_all_and_per_source(db, run_id):
    for number in (1, 2):
        store_item(db, run_id, pack(number))
    store_item(db, run_id, outage())
    assert run_counts(db, run_id) == {
        "documents": 2,
        "new": 2,
        "extractions": 2,
        "failures": 1,
    }
    (per_source,) = db["crawl_run_sources"].rows
    assert (per_source["documents"], per_source["failures"]) == (2, 1)


def test_a_replayed_message_stores_nothing_the_second_time(db, run_id):
    assert store_item(db, run_id, outage(), receipt="message-1")
    assert not store_item(db, run_id, outage(), receipt="message-1")
    assert store_item(db, run_id, pack(1), receipt="message-2")
    assert not store_item(db, run_id, pack(1), receipt="message-2")
    (failure,) = db["failures"].rows
    assert failure["attempts"] == 1
    assert run_counts(db, run_id) == {
        "documents": 1,
        "new": 1,
        "extractions": 1,
        "failures": 1,
    }


def test_a_write_that_fails_is_the_items_failure_row(db, run_id):
    broken = pack(3, mentions=[None])  # not a mention: the write raises
    store_item(db, run_id, broken)
    (failure,) = db["failures"].rows
    assert (failure["stage"], failure["url"]) == ("store", broken.url)
    assert failure["error"] == "AttributeError"
    (document,) = db["documents"].rows  # kept, as failed, with the reason
    assert (document["extraction"], document["error"]) == ("failed", failure["reason"])
    assert db["pages"].count == db["mentions"].count == 0  # what was read rolled back


def test_a_document_whose_failed_rows_cannot_be_written_is_its_failure_row(db, run_id):
    db.execute(
        "create trigger full_disk before insert on documents"
        " begin select raise(abort, 'database or disk is full'); end"
    )
    store_item(db, run_id, pack(4))
    (failure,) = db["failures"].rows
    assert (failure["stage"], failure["error"], failure["reason"]) == (
        "store",
        "IntegrityError",
        "database or disk is full",
    )
    assert db["documents"].count == db["document_urls"].count == 0


def test_a_document_says_what_the_caps_on_mentions_left_out(db, run_id):
    capped = "1,000 mentions on page 2: the first 200 kept"
    store_item(db, run_id, pack(5, mentions_capped=capped))
    store_item(db, run_id, pack(6))
    assert db["documents"].get(f"{5:064x}")["mentions_capped"] == capped
    assert db["documents"].get(f"{6:064x}")["mentions_capped"] is None


def test_a_document_failed_in_a_pipeline_is_its_failure_at_that_stage(db, run_id):
    failed = pack(7)
    failed.fail("detect", TooCostly("too_costly: more than 60 s of CPU time"))
    store_item(db, run_id, failed)
    (failure,) = db["failures"].rows
    assert (failure["stage"], failure["error"], failure["sha256"]) == (
        "detect",
        "TooCostly",
        failed.sha256,
    )
    assert db["documents"].get(failed.sha256)["extraction"] == "failed"


def test_a_failure_that_is_not_a_document_is_its_sources_failure_row(db, run_id):
    page = PageItem(TRUST.slug, BOARD, "<html></html>", "text/html", "", "")  # type: ignore[arg-type]
    store_item(db, run_id, page)  # a body that is not bytes: the write raises
    (failure,) = db["failures"].rows
    assert (failure["stage"], failure["url"]) == ("store", BOARD)


def test_register_entries_are_upserted_keeping_when_they_were_first_seen(db, run_id):
    entry = RegisterEntryItem(
        TRUST.slug, "Child L", "Child L", "SCR", "Croydon LSCB", "Croydon",
        "E09000008", 2018, "2018-08-22", f"{BOARD}child-l.pdf",
    )  # fmt: skip
    store_item(db, run_id, entry)
    (first,) = db["published_reviews"].rows
    db.execute("update published_reviews set first_seen = '2020-01-01'")
    store_item(db, run_id, entry)
    (again,) = db["published_reviews"].rows
    assert again["first_seen"] == "2020-01-01" != first["first_seen"]
    assert again["subject"] == "Child L"


def test_a_finished_run_marks_gone_what_its_listing_no_longer_links(db, run_id):
    for number in (1, 2):
        store_item(db, run_id, pack(number))
    second = open_run(db, Opening("listing", [TRUST]))
    links = Links()
    links.walk(BOARD)
    links.note(pack(1))
    store_item(db, second, pack(1))
    close_run(db, second, Closing("finished", {}, links))
    gone = db.execute(
        "select url, gone_reason from document_urls where gone_at is not null"
    ).fetchall()
    assert gone == [(f"{BOARD}pack-2.pdf", f"no longer linked from {BOARD}")]
    assert db["crawl_runs"].get(second)["documents_gone"] == 1
    assert db["sources"].get(TRUST.slug)["last_success"]


def test_a_run_marks_gone_nothing_listed_on_a_page_another_crawler_walked(db, run_id):
    for number in (1, 2):
        store_item(db, run_id, pack(number))
    second = open_run(db, Opening("listing", [TRUST]))
    links = Links()  # pack 1 came from a page this crawler did not walk
    links.note(pack(1))
    close_run(db, second, Closing("finished", {}, links))
    assert db.execute(
        "select count(*) from document_urls where gone_at is not null"
    ).fetchone() == (0,)


def test_a_run_that_did_not_finish_marks_nothing_gone(db, run_id):
    store_item(db, run_id, pack(1))
    close_run(db, run_id, Closing("shutdown", {}, Links()))
    assert db.execute(
        "select count(*) from document_urls where gone_at is not null"
    ).fetchone() == (0,)
    assert db["crawl_runs"].get(run_id)["status"] == "finished"


def test_upsert_keeps_first_values_adds_counters_and_updates_only_when_asked(db):
    db.execute("create table tallies (k text primary key, first, last, n, via)")
    row = {"k": "a", "first": 1, "last": 1, "n": 1, "via": "text"}
    upsert(db, "tallies", [row], key=("k",), keep=("first",), add=("n",))
    upsert(db, "tallies", [{**row, "first": 2, "last": 2}], ("k",), ("first",), ("n",))
    assert db.execute("select first, last, n from tallies").fetchone() == (1, 2, 2)
    closer = "instr(:order, excluded.via) < instr(:order, tallies.via)"
    for via in ("text", "source"):
        upsert(
            db,
            "tallies",
            [{"k": "a", "via": via}],
            ("k",),
            when=closer,
            order="source text",
        )
    assert db.execute("select via from tallies").fetchone() == ("source",)
