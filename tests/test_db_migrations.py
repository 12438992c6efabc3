"""The schema: migrations apply once, WAL is on, page search stays in sync."""

import sqlite_utils

from db import open_db
from db.migrations import migrations


def test_opening_twice_applies_each_migration_once(tmp_path):
    path = tmp_path / "casewatch.db"
    open_db(path).close()
    db = open_db(path)
    applied = [m.name for m in migrations.applied(db)]
    assert applied == [m.name for m in migrations._migrations]
    assert db["_sqlite_migrations"].count == len(applied)


def test_archive_is_in_wal_mode(db):
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"


def test_page_search_follows_inserts_updates_and_deletes(db):
    db["documents"].insert(
        {
            "sha256": "a" * 64,
            "size": 1,
            "extraction": "ok",
            "first_seen": "t",
            "last_seen": "t",
        }
    )
    pages = db["pages"]
    key = ("a" * 64, 1)
    pages.insert(
        {
            "sha256": "a" * 64,
            "page_no": 1,
            "text": "serious case review",
            "needs_ocr": 0,
        }
    )
    assert [r["page_no"] for r in pages.search('"serious case review"')] == [1]
    pages.update(key, {"text": "domestic homicide review"})
    assert list(pages.search('"serious case review"')) == []
    assert len(list(pages.search("homicide"))) == 1
    pages.delete(key)
    assert list(pages.search("homicide")) == []


def test_old_versions_left_live_at_a_url_are_marked_replaced_by_the_newest(tmp_path):
    db = sqlite_utils.Database(tmp_path / "casewatch.db")
    migrations.apply(db, stop_before="add_incremental_crawling")
    db["sources"].insert({"slug": "s", "name": "S", "kind": "council", "platform": "p"})
    for sha256, seen, kind in (
        ("a" * 64, "2026-01", "pack"),
        ("b" * 64, "2026-02", "minutes"),
    ):
        db["documents"].insert(
            {
                "sha256": sha256,
                "kind": kind,
                "size": 1,
                "extraction": "ok",
                "first_seen": seen,
                "last_seen": seen,
            }
        )
        db["document_urls"].insert(
            {
                "url": "u",
                "sha256": sha256,
                "source": "s",
                "first_seen": seen,
                "last_seen": seen,
            }
        )
    migrations.apply(db)
    old, new = db.query("select * from document_urls order by first_seen")
    assert (old["gone_at"], old["gone_reason"]) == ("2026-01", "replaced")
    assert old["replaced_by"] == "b" * 64
    assert new["gone_at"] is None
    assert (old["kind"], new["kind"]) == ("pack", "minutes")


def test_reviews_found_before_get_their_councils_and_partnerships_councils(tmp_path):
    db = sqlite_utils.Database(tmp_path / "casewatch.db")
    migrations.apply(db, stop_before="add_review_councils")
    for rid, la_code, board in (
        ("r1", None, "Kingston and Richmond Safeguarding Children Partnership"),
        ("r2", "E09000028", "Southwark Safeguarding Children Partnership"),
        (
            "r3",
            "E09000027",
            "Kingston & Richmond Safeguarding Children\u2019s Partnership (KRSCP)",
        ),
    ):
        db["reviews"].insert(
            {"id": rid, "type": "SCR", "la_code": la_code, "board": board}
            | {"status": "unknown", "first_seen": "2026-01", "last_seen": "2026-01"}
        )
    migrations.apply(db)
    assert list(db.query("select * from review_councils order by 1, 2")) == [
        {"review_id": "r1", "la_code": "E09000021", "via": "partnership"},
        {"review_id": "r1", "la_code": "E09000027", "via": "partnership"},
        {"review_id": "r2", "la_code": "E09000028", "via": "council"},
        {"review_id": "r3", "la_code": "E09000021", "via": "partnership"},
        {"review_id": "r3", "la_code": "E09000027", "via": "council"},
    ]
