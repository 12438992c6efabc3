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


KINGSTON, OVERALL = "E09000021", "overall effectiveness"


def legacy_judgements(db, rows: str) -> None:
    """Judgements as archives before `add_judgement_sources` held them, one row per
    source: id, source, area, grade, visit type, date, document, url."""
    for line in rows.strip().splitlines():
        rid, source, area, grade, visit, date, sha256, url = line.split()
        db["ofsted_judgements"].insert(
            {"id": rid, "la_code": KINGSTON, "judgement_area": area.replace("_", " ")}
            | {"grade": grade, "visit_type": visit, "source": source}
            | {"date": None if date == "-" else date, "first_seen": "2026-01"}
            | {"sha256": None if sha256 == "-" else sha256}
            | {"url": None if url == "-" else url}
        )


def test_judgements_so_far_become_one_per_inspection_with_their_sources(tmp_path):
    db = sqlite_utils.Database(tmp_path / "casewatch.db")
    migrations.apply(db, stop_before="add_judgement_sources")
    # The demo's Kingston rows, as the issue found them: a 2012 story's undated
    # mentions stored first, then each grade from the report's table and heading
    # and from the official data; a report a month off the data; two visits.
    legacy_judgements(
        db,
        """
        n1 mention safeguarding inadequate inspection 2012-07 news -
        n2 mention safeguarding inadequate inspection - news -
        n3 mention overall_effectiveness inadequate inspection - news -
        t1 report overall_effectiveness outstanding inspection 2024-12 report24 r24
        h1 report leadership outstanding inspection 2024-12 report24 r24
        t2 report leadership outstanding inspection 2024-12 report24 r24
        o1 official overall_effectiveness outstanding inspection 2024-12 - o24
        o2 official leadership outstanding inspection 2024-12 - o24
        o3 official overall_effectiveness outstanding inspection 2019-10 - o19
        t3 report overall_effectiveness outstanding inspection 2019-11 report19 r19
        v1 mention other None monitoring_visit 2019-10 news -
        v2 mention other None monitoring_visit 2019-11 news -
        u1 official help_and_protection good inspection - - r15
        u2 report help_and_protection good inspection 2015-06 report15 r15
        """,
    )
    migrations.apply(db)
    judgements = {
        row["id"]: (row["date"], row["judgement_area"], row["grade"], row["source"])
        for row in db.query("select * from ofsted_judgements")
    }
    assert judgements == {
        "n1": ("2012-07", "safeguarding", "inadequate", "mention"),
        "n3": (None, OVERALL, "inadequate", "mention"),
        "t1": ("2024-12", OVERALL, "outstanding", "official"),
        "h1": ("2024-12", "leadership", "outstanding", "official"),
        "o3": ("2019-10", OVERALL, "outstanding", "official"),
        "v1": ("2019-10", "other", "None", "mention"),
        "v2": ("2019-11", "other", "None", "mention"),
        "u1": ("2015-06", "help and protection", "good", "official"),
    }
    sources = {
        row["id"]: (row["rowid"], row["judgement_id"])
        for row in db.query("select rowid, * from judgement_sources")
    }
    # Every row is a source still, under the rowid digests' watermarks counted.
    assert [sources[rid][0] for rid in ("n1", "t1", "o3", "u2")] == [1, 4, 9, 14]
    assert {rid: judgement for rid, (_, judgement) in sources.items()} == {
        "n1": "n1", "n2": "n1", "n3": "n3", "t1": "t1", "o1": "t1", "h1": "h1",
        "t2": "h1", "o2": "h1", "o3": "o3", "t3": "o3", "v1": "v1", "v2": "v2",
        "u1": "u1", "u2": "u1",
    }  # fmt: skip


def legacy_review(db, rid, subject, status, sentence, board, councils, page):
    """A review as archives before `add_review_keys` held it, with its councils
    and the mention (on `page` of a document) that named it."""
    sha256, page_no = page.split(":")
    db["documents"].insert(
        {"sha256": sha256, "size": 1, "extraction": "ok"}
        | {"first_seen": "2026-01", "last_seen": "2026-01"},
        ignore=True,
    )
    db["mentions"].insert(
        {"id": f"m-{rid}", "sha256": sha256, "page_no": int(page_no), "start": 0}
        | {"end": 3, "snippet": sentence, "rule_id": "case_review.scr"}
        | {"kind": "case_review"}
    )
    db["reviews"].insert(
        {"id": rid, "type": "SCR", "subject": subject, "board": board}
        | {"status": status, "status_sentence": sentence}
        | {"first_seen": f"2026-0{page_no}", "last_seen": f"2026-0{page_no}"}
    )
    db["review_mentions"].insert(
        {"review_id": rid, "mention_id": f"m-{rid}", "status": status}
        | {"status_sentence": sentence, "first_seen": "2026-01"}
    )
    db["review_councils"].insert_all(
        {"review_id": rid, "la_code": code, "via": "partnership"} for code in councils
    )


def test_reviews_named_in_several_documents_so_far_become_one(tmp_path):
    db = sqlite_utils.Database(tmp_path / "casewatch.db")
    migrations.apply(db, stop_before="add_review_keys")
    both = ("E09000021", "E09000027")
    spokesman = "A Kingston and Richmond LSCB spokesman said the SCR was not published."
    for review in (
        ("pack", None, "withheld", "This has not been published.", "The Kingston"
         " and Richmond Local Safeguarding Children Board (LSCB)", both, "pack:1"),
        # two newspapers' copies of one story, before its council was known
        ("comet", None, "withheld", spokesman, "LSCB", (), "comet:1"),
        ("times", None, "withheld", spokesman, "LSCB", (), "times:1"),
        ("news", None, "withheld", spokesman, "Kingston and Richmond LSCB", both,
         "news:2"),
        # the same board's review of whose status nothing is said: another review
        ("other", None, "unknown", "A serious case review.", "LSCB", both, "pack:3"),
        ("child-r", "Child R", "in_progress", "It is being written.", None,
         ("E09000028",), "board:1"),
        ("child-r-2", "Child R", "unpublished", "It is not yet published.", None,
         ("E09000028",), "board:2"),
    ):  # fmt: skip
        legacy_review(db, *review)
    migrations.apply(db)

    reviews = {
        row["id"]: (row["status"], row["status_sentence"], row["first_seen"])
        for row in db.query("select * from reviews")
    }
    assert reviews == {
        "pack": ("withheld", "This has not been published.", "2026-01"),
        "comet": ("withheld", spokesman, "2026-01"),
        "other": ("unknown", "A serious case review.", "2026-03"),
        "child-r": ("unpublished", "It is not yet published.", "2026-01"),
    }
    linked = {
        row["mention_id"]: row["review_id"]
        for row in db.query("select * from review_mentions")
    }
    assert linked == {
        "m-pack": "pack", "m-news": "pack", "m-comet": "comet", "m-times": "comet",
        "m-other": "other", "m-child-r": "child-r", "m-child-r-2": "child-r",
    }  # fmt: skip
    assert {row["review_id"] for row in db.query("select * from review_keys")} == set(
        reviews
    )
