"""The Ofsted spider against four councils' provider pages on loopback (synthetic,
imitating reports.ofsted.gov.uk) linking the real saved reports, a real "Report not
found" page and synthetic visit letters (tests/sites/ofsted/PROVENANCE.md)."""

import json

import pytest

from db import open_db
from tests.sites import Site

KINGSTON, BLACKPOOL = "ofsted-kingston-upon-thames", "ofsted-blackpool"
NORTH_NORTHAMPTONSHIRE, SOUTHWARK = "ofsted-north-northamptonshire", "ofsted-southwark"


@pytest.fixture(scope="module")
def ofsted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ofsted")
    with Site("ofsted", folder) as site:
        result = site.crawl("ofsted", folder / "casewatch.db")
        assert result.returncode == 0  # the crawl's log is in the captured output
        yield open_db(folder / "casewatch.db"), site


def reports(db, source):
    """(file id, report type, council, published, event date, kind) of each report."""
    return [
        (
            row["url"].rsplit("/", 1)[1],
            json.loads(row["metadata"])["report_type"],
            row["council"],
            row["published"],
            json.loads(row["metadata"]).get("event_date"),
            row["kind"],
        )
        for row in db.query(
            "select u.*, d.kind from document_urls u join documents d using (sha256)"
            " where u.source = ? order by u.published desc",
            [source],
        )
    ]


def judgements(db, council, date):
    """{judgement area: grade} of a council's inspection, as its report gives them."""
    rows = db.query(
        "select judgement_area, grade from ofsted_judgements where source = 'report'"
        " and la_code = ? and date = ? and mention_id in (select id from mentions"
        " where page_no = 1)",
        [council, date],
    )
    return {row["judgement_area"]: row["grade"] for row in rows}


def test_every_report_is_a_document_with_council_type_and_dates(ofsted):
    db, _ = ofsted
    assert reports(db, KINGSTON) == [
        (
            "50267803",
            "inspection",
            "E09000021",
            "2025-01-29",
            "2024-12-06",
            "inspection_report",
        ),
        (
            "50135439",
            "inspection",
            "E09000021",
            "2019-12-19",
            "2019-10-25",
            "inspection_report",
        ),
        (
            "50004300",
            "inspection",
            "E09000021",
            "2015-08-03",
            "2015-06-18",
            "inspection_report",
        ),
    ]
    assert reports(db, BLACKPOOL) == [
        (
            "50900001",
            "focused_visit",
            "E06000009",
            "2021-04-09",
            "2021-03-03",
            "inspection_report",
        ),
        (
            "50900002",
            "monitoring_visit",
            "E06000009",
            "2019-11-12",
            "2019-10-10",
            "inspection_report",
        ),
        (
            "50050255",
            "inspection",
            "E06000009",
            "2019-01-17",
            "2018-12-07",
            "inspection_report",
        ),
    ]
    assert [report[:2] for report in reports(db, SOUTHWARK)] == [
        ("50301679", "inspection"),
        ("50900003", "jtai"),
    ]
    (title,) = db.query("select title from document_urls where url like '%/50267803'")
    assert title["title"] == (
        "Royal Borough of Kingston upon Thames: Children's services inspection,"
        " published 29 January 2025"
    )


def test_a_publication_that_is_not_a_report_is_not_requested(ofsted):
    _, site = ofsted
    assert "/files-ofsted/v1/file/50900004" not in site.requested
    assert "/files-ofsted/v1/file/50004300" in site.requested


def test_report_not_found_is_a_failure_of_that_report_not_a_document(ofsted):
    db, _ = ofsted
    (failure,) = db.query("select * from failures where resolved_at is null")
    assert failure["url"].endswith("/files-ofsted/v1/file/50004178")
    assert (failure["source"], failure["stage"], failure["error"]) == (
        BLACKPOOL,
        "text",
        "NotAPDF",
    )
    assert "Report not found" in failure["reason"]
    assert failure["title"].endswith(
        "Children's services inspection, published 13 July 2012"
    )
    assert not list(db.query("select * from document_urls where url like '%/50004178'"))
    assert not list(
        db.query("select * from pages where text like '%Report not found%'")
    )


def test_judgements_are_read_from_each_report(ofsted):
    db, _ = ofsted
    assert judgements(db, "E09000021", "2024-12") == {
        "leadership": "outstanding",
        "help and protection": "outstanding",
        "children in care": "outstanding",
        "care leavers": "outstanding",
        "overall effectiveness": "outstanding",
    }
    assert judgements(db, "E06000009", "2018-12") == {
        "leadership": "inadequate",
        "help and protection": "inadequate",
        "children in care and care leavers": "requires_improvement",
        "overall effectiveness": "inadequate",
    }
    assert judgements(db, "E06000061", "2026-05") == {
        "leadership": "outstanding",
        "help and protection": "good",
        "children in care": "good",
        "care leavers": "good",
    }


def test_visit_letters_are_kept_and_give_visits_without_grades(ofsted):
    db, _ = ofsted
    letters = list(
        db.query(
            "select u.metadata, d.extraction, j.visit_type, j.grade"
            " from document_urls u"
            " join documents d using (sha256) left join ofsted_judgements j"
            " using (sha256) where u.metadata not like '%\"inspection\"%'"
        )
    )
    assert len(letters) == 3
    for letter in letters:
        assert letter["extraction"] == "ok"
        kind = json.loads(letter["metadata"])["report_type"]
        # A joint targeted area inspection judges no council's services (LABELS.md).
        assert letter["visit_type"] == (None if kind == "jtai" else kind)
        assert letter["grade"] is None


def test_a_second_crawl_adds_nothing_and_asks_again_for_the_missing_report(
    ofsted, tmp_path
):
    db, _ = ofsted
    before = {
        table: db[table].count
        for table in ("documents", "document_urls", "ofsted_judgements")
    }
    db_path = tmp_path / "casewatch.db"
    with Site("ofsted", tmp_path) as site:  # URLs are identities: one port for both
        assert site.crawl("ofsted", db_path).returncode == 0
        assert site.crawl("ofsted", db_path).returncode == 0
    again = open_db(db_path)
    assert {table: again[table].count for table in before} == before
    (failure,) = again.query("select attempts from failures")
    assert failure["attempts"] == 2
