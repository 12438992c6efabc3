"""End to end: `casewatch demo --no-serve` crawls the sample sites into an archive.

The sample sites (casewatch/sample_sites, see its PROVENANCE.md) are served on
loopback and crawled by the real spider and pipelines in a child process.
"""

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import time

import pytest

from casewatch.demo import SPIDERS
from casewatch.summary import counts, report
from db import open_db

# Where passages are planted: casewatch/sample_sites/PROVENANCE.md, "Planted facts".
JULY_PACK = "Trust Board Part 1 - July 2015"
JULY_PACK_SCR_PAGE = 111


def rows(db_path, sql, params=()):
    with sqlite3.connect(db_path) as connection:
        connection.row_factory = sqlite3.Row
        return [dict(row) for row in connection.execute(sql, params)]


def mentions_in(db_path, title):
    return rows(
        db_path,
        "select m.* from mentions m join document_urls u using (sha256)"
        " where u.title = ? order by page_no, start",
        [title],
    )


def test_board_pack_paragraph_is_a_mention_on_its_page(demo_archive):
    mentions = mentions_in(demo_archive, JULY_PACK)
    scr = [m for m in mentions if m["rule_id"] == "case_review.scr"]
    assert [m["page_no"] for m in scr] == [JULY_PACK_SCR_PAGE]
    assert (
        "Kingston and Richmond Local Safeguarding Children Board" in scr[0]["snippet"]
    )
    (page,) = rows(
        demo_archive,
        "select text from pages where sha256 = ? and page_no = ?",
        [scr[0]["sha256"], JULY_PACK_SCR_PAGE],
    )
    assert "This has not been published due to risks" in " ".join(page["text"].split())
    (document,) = rows(
        demo_archive,
        "select d.* from documents d join document_urls u using (sha256)"
        " where u.title = ?",
        [JULY_PACK],
    )
    assert document["page_count"] >= 150
    assert document["extraction"] == "ok"


def test_other_senses_in_the_board_pack_are_not_mentions(demo_archive):
    snippets = " ".join(m["snippet"] for m in mentions_in(demo_archive, JULY_PACK))
    for other_sense in ("catalytic", "Ombudsman", "root cause", "CQC"):
        assert other_sense not in snippets


def test_seed_reviews_are_mentions(demo_archive):
    snippets = [
        m["snippet"] for m in rows(demo_archive, "select snippet from mentions")
    ]
    for sentence in (
        "The Southwark Safeguarding Children Board received the Serious Case review",
        "launched a serious case review (SCR) investigating the 19 months",
        "the SCR was not published",
    ):
        assert any(sentence in snippet for snippet in snippets), sentence


BROKEN = {
    # link text or URL fragment: (stage, error, words of the reason)
    "Trust Board Part 1 - September 2015": ("text", "BrokenPDF", "PDFium cannot open"),
    "Annual report 2014": ("text", "EncryptedPDF", "password"),
    "Ofsted review of the LSCB": ("text", "NotAPDF", "Report not found"),
    "Trust Board Part 1 - November 2015": ("fetch", "HttpError", "HTTP 500"),
    "Trust Board Part 1 - January 2016": (
        "fetch",
        "DownloadTimeoutError",
        "took longer than",
    ),
    "learning-briefing": ("fetch", "IgnoreRequest", "max redirections"),
    "members/": ("fetch", "IgnoreRequest", "robots.txt"),
}


def failure_for(db_path, label):
    return rows(
        db_path,
        "select * from failures where title like ? or url like ?",
        [f"{label}%", f"%{label}%"],
    )


@pytest.mark.parametrize(("label", "expected"), BROKEN.items(), ids=list(BROKEN))
def test_every_broken_sample_is_a_failure_with_a_reason(demo_archive, label, expected):
    stage, error, words = expected
    (failure,) = failure_for(demo_archive, label)
    assert (failure["stage"], failure["error"]) == (stage, error)
    assert words in failure["reason"]
    assert failure["resolved_at"] is None


def test_broken_documents_keep_their_copy(demo_archive):
    failed = rows(demo_archive, "select * from documents where extraction = 'failed'")
    assert len(failed) == 3
    for document in failed:
        assert (demo_archive.parent / "files" / document["path"]).stat().st_size
        assert document["error"]


def test_scanned_minutes_are_read_by_ocr_and_searchable(demo_archive):
    (document,) = rows(
        demo_archive,
        "select d.* from documents d join document_urls u using (sha256)"
        " where u.title like 'Signed minutes%'",
    )
    assert document["pages_needing_ocr"] == document["page_count"] == 2
    assert document["extraction"] == "ok"
    found = rows(
        demo_archive,
        "select p.page_no, p.ocr, p.ocr_confidence from pages_fts"
        " join pages p on p.rowid = pages_fts.rowid where pages_fts match ?"
        " and p.sha256 = ?",
        ['"meeting held on 25 March 2015"', document["sha256"]],
    )
    assert [(page["page_no"], page["ocr"]) for page in found] == [(1, 1)]
    assert found[0]["ocr_confidence"] > 80


def test_the_crawl_stored_everything_else(demo_archive):
    titles = {r["title"] for r in rows(demo_archive, "select title from document_urls")}
    for expected in (
        JULY_PACK,
        "Trust Board Part 1 - May 2015",
        "Petition Regarding the Introduction of Traffic Management Measures On"
        " Manorgate Road PDF 161 KB",
    ):
        assert expected in titles
    run = rows(demo_archive, "select * from crawl_runs order by id desc")[0]
    assert run["status"] == "finished"
    assert run["documents"] > 0
    assert run["requests"] >= run["responses"] > 0


def test_second_run_adds_no_rows(demo, demo_archive, tmp_path):
    copy = tmp_path / "casewatch.db"
    shutil.copy(demo_archive, copy)
    shutil.copytree(demo_archive.parent / "files", tmp_path / "files")
    before = counts(open_db(copy))
    first_sightings = rows(copy, "select * from document_urls order by url")
    result = demo.run(copy)
    assert result.returncode == 0, result.stderr[-2000:]
    assert counts(open_db(copy)) == before
    runs = rows(copy, "select count(*) as n from crawl_runs")[0]["n"]
    assert runs == 2 * len(SPIDERS)  # each demo crawls once per platform
    sightings = rows(copy, "select * from document_urls order by url")
    assert [s["first_seen"] for s in sightings] == [
        s["first_seen"] for s in first_sightings
    ]
    assert all(
        again["last_seen"] > first["last_seen"]
        for again, first in zip(sightings, first_sightings, strict=True)
    )
    assert rows(copy, "select * from failures where stage = 'store'") == []


def test_killed_crawl_leaves_a_sound_archive_that_a_rerun_completes(
    demo, demo_archive, tmp_path
):
    db_path = tmp_path / "casewatch.db"
    crawl = subprocess.Popen(
        demo.command(db_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not _documents(db_path):
            time.sleep(0.05)
    finally:
        os.killpg(crawl.pid, signal.SIGKILL)
        crawl.wait()
    assert rows(db_path, "select status from crawl_runs")[0]["status"] == "running"
    assert rows(db_path, "pragma integrity_check")[0]["integrity_check"] == "ok"

    result = demo.run(db_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert rows(db_path, "pragma integrity_check")[0]["integrity_check"] == "ok"
    assert counts(open_db(db_path)) == counts(open_db(demo_archive))
    statuses = [r["status"] for r in rows(db_path, "select status from crawl_runs")]
    # killed during the first platform's crawl; the rerun crawls every platform
    assert statuses == ["aborted"] + ["finished"] * len(SPIDERS)
    for kept in (tmp_path / "files").rglob("*"):
        if kept.is_file() and not kept.name.startswith("tmp"):
            assert hashlib.sha256(kept.read_bytes()).hexdigest() == kept.name


def _documents(db_path) -> int:
    if not db_path.exists():
        return 0
    try:
        return rows(db_path, "select count(*) as n from documents")[0]["n"]
    except sqlite3.OperationalError:
        return 0


def test_mention_fields_are_json(demo_archive):
    mentions = rows(demo_archive, "select kind, fields from mentions")
    reviews = [json.loads(m["fields"]) for m in mentions if m["kind"] == "case_review"]
    # SCRs, seed 002's "internal management review of a domestic violence
    # homicide", and the King's College Hospital sample pack's local CSPR
    assert {fields["type"] for fields in reviews} == {"SCR", "other", "LCSPR"}


def test_the_2012_ofsted_story_is_two_judgements(demo_archive):
    mentions = rows(
        demo_archive,
        "select m.fields from mentions m join document_urls u using (sha256)"
        " where m.kind = 'ofsted_judgement' and u.source = 'surrey-comet'",
    )
    judgements = {
        (fields["judgement_area"], fields.get("grade"))
        for fields in (json.loads(m["fields"]) for m in mentions)
    }
    assert ("overall effectiveness", "inadequate") in judgements
    assert ("looked after children", "adequate") in judgements


def test_the_board_pack_review_is_a_withheld_review_record(demo_archive):
    (review,) = rows(
        demo_archive,
        "select r.* from reviews r join review_mentions rm on rm.review_id = r.id"
        " join mentions m on m.id = rm.mention_id join document_urls u"
        " using (sha256) where u.title = ?",
        [JULY_PACK],
    )
    assert (review["type"], review["status"]) == ("SCR", "withheld")
    assert review["board"].startswith("The Kingston and Richmond Local Safeguarding")
    assert review["status_sentence"].startswith("This has not been published due to")
    # the partnership's review is found under each of its two councils
    councils = rows(
        demo_archive,
        "select la_code, via from review_councils where review_id = ? order by 1",
        [review["id"]],
    )
    assert councils == [
        {"la_code": "E09000021", "via": "partnership"},
        {"la_code": "E09000027", "via": "partnership"},
    ]


def test_the_child_r_review_is_one_record_however_often_it_is_named(demo_archive):
    (review,) = rows(demo_archive, "select * from reviews where subject = 'Child R'")
    assert (review["type"], review["la_code"], review["year"]) == (
        "SCR",
        "E09000028",
        2015,
    )
    links = rows(
        demo_archive,
        "select * from review_mentions where review_id = ?",
        [review["id"]],
    )
    assert len(links) >= 2  # the response names the review in several sentences
    assert rows(demo_archive, "select * from reviews where la_code = 'E09000028'") == [
        review
    ]


def test_ofsted_judgements_of_the_2012_story_are_kingstons(demo_archive):
    # The kept story starts with its headline, "Calls for resignation as Kingston
    # Council child safeguarding labelled 'inadequate'", which names the council
    # and the grade: the headline is a judgement's mention of its own.
    judgements = rows(
        demo_archive,
        "select j.* from ofsted_judgements j join documents d using (sha256)"
        " where d.title like 'Calls for resignation%'",
    )
    (sha256,) = {j["sha256"] for j in judgements}
    councils = rows(
        demo_archive,
        "select la_code, via from document_councils where sha256 = ?",
        [sha256],
    )
    assert {"la_code": "E09000021", "via": "source"} in councils
    assert {j["source"] for j in judgements} == {"mention"}
    assert ("overall effectiveness", "inadequate") in {
        (j["judgement_area"], j["grade"]) for j in judgements
    }
    assert all(j["mention_id"] for j in judgements)
    headline = rows(
        demo_archive,
        "select m.fields from mentions m"
        " join ofsted_judgements j on j.mention_id = m.id"
        " where m.sha256 = ? and m.snippet like 'Calls for resignation as Kingston%'",
        [sha256],
    )
    assert any('"local_authority": "Kingston Council"' in m["fields"] for m in headline)


def test_the_demo_holds_kingstons_judgements_from_report_and_official_data(
    demo_archive,
):
    overall = rows(
        demo_archive,
        "select source, grade, url, judgement_id from judgement_sources"
        " where la_code = 'E09000021' and date = '2024-12'"
        " and judgement_area = 'overall effectiveness'",
    )
    assert {(j["source"], j["grade"]) for j in overall} == {
        ("report", "outstanding"),
        ("official", "outstanding"),
    }
    assert len({j["judgement_id"] for j in overall}) == 1
    report = next(j for j in overall if j["source"] == "report")
    (sighting,) = rows(
        demo_archive, "select * from document_urls where url = ?", [report["url"]]
    )
    assert sighting["source"] == "ofsted-kingston-upon-thames"
    assert sighting["council"] == "E09000021"
    assert json.loads(sighting["metadata"])["report_type"] == "inspection"
    councils = rows(
        demo_archive,
        "select count(distinct la_code) as n from judgement_sources"
        " where source = 'official'",
    )
    assert councils == [{"n": 153}]


def test_the_demo_holds_a_news_article_from_the_news_spider(demo_archive):
    articles = rows(
        demo_archive,
        "select u.title, u.metadata, d.kind from document_urls u join documents d"
        " using (sha256) where u.source = 'richmond-and-twickenham-times'",
    )
    assert {a["kind"] for a in articles} == {"article"}
    assert {a["title"] for a in articles} == {
        "Richmond Park gate closed for repairs",
        "Serious case review into sexual assault of teenager missing from foster"
        " care will never be published",
    }
    assert all(json.loads(a["metadata"])["canonical"] for a in articles)


def test_the_demo_summary_counts_ofsted_judgements_by_source_and_articles(
    demo_archive,
):
    summary = report(open_db(demo_archive))
    assert "  official: 1429 judgements of 153 councils" in summary
    reported = rows(
        demo_archive,
        "select count(*) as n from judgement_sources where source = ?",
        ["report"],
    )[0]["n"]
    assert f"  report: {reported} judgements of 1 councils" in summary
    articles = rows(
        demo_archive, "select count(*) as n from documents where kind = 'article'"
    )[0]["n"]
    assert articles >= 2
    assert f"news articles: {articles}" in summary


def test_the_july_2015_pack_is_dated_july_2015_not_when_it_was_found(demo_archive):
    (pack,) = rows(
        demo_archive,
        "select d.dated, d.dated_from, d.printed_date, d.created, d.first_seen"
        " from documents d join document_urls u using (sha256) where u.title = ?",
        [JULY_PACK],
    )
    assert (pack["dated"], pack["dated_from"]) == ("2015-07-29", "first_page")
    assert pack["created"] == "2015-07-22"
    assert not pack["first_seen"].startswith("2015")


def test_news_articles_store_their_date_published(demo_archive):
    (story,) = rows(
        demo_archive,
        "select d.dated, d.dated_from, count(u.url) as urls from documents d"
        " join document_urls u using (sha256) where d.title like 'Serious case%'"
        " group by d.sha256",
    )
    assert (story["dated"], story["dated_from"]) == ("2015-09-10", "article")
    published = rows(
        demo_archive,
        "select u.source, u.published from document_urls u join documents d"
        " using (sha256) where d.title like 'Serious case%' order by u.source",
    )
    assert published == [
        {
            "source": "richmond-and-twickenham-times",
            "published": "2015-09-10T15:30:00+00:00",
        },
        {"source": "surrey-comet", "published": "2015-09-10T15:30:00+00:00"},
    ]


def test_the_seed_story_concerns_kingston_and_richmond(demo_archive):
    councils = rows(
        demo_archive,
        "select c.la_code from document_councils c join documents d using (sha256)"
        " where d.title like 'Serious case%' order by c.la_code",
    )
    assert [c["la_code"] for c in councils] == ["E09000021", "E09000027"]
