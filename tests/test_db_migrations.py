"""The schema: migrations apply once, WAL is on, page search stays in sync."""

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
