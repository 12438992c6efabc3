"""The NHS board-papers spider against trust sites on loopback that imitate the
register's patterns (tests/sites/nhs-trusts, provenance in its PROVENANCE.md)."""

import pytest

from casewatch.summary import counts
from db import open_db
from tests.sites import Site

WINDOW = {"since": "2026-01-01", "until": "2026-06-30"}


@pytest.fixture(scope="module")
def trusts(tmp_path_factory):
    folder = tmp_path_factory.mktemp("trusts")
    with Site("nhs-trusts", folder) as site:
        result = site.crawl("nhs_board", folder / "casewatch.db", **WINDOW)
        assert result.returncode == 0  # the crawl's log is in the captured output
        yield open_db(folder / "casewatch.db"), site, folder


def papers(db, source):
    return [
        (row["title"], row["kind"], row["meeting_date"])
        for row in db.query(
            "select u.title, d.kind, u.meeting_date from document_urls u"
            " join documents d using (sha256) where u.source = ? order by u.url",
            [source],
        )
    ]


def test_packs_linked_on_a_wordpress_page_in_the_window(trusts):
    db, site, _ = trusts
    assert papers(db, "kings-college-hospital-nhs-ft") == [
        ("BoD Agenda and Papers 12 March 2026", "pack", "2026-03-12"),
        ("BoD Agenda and Papers 14 May 2026", "pack", "2026-05-14"),
    ]
    assert not [key for key in site.requested if "KCH-Board-Bundle" in key]
    (published,) = db.query(
        "select published from document_urls where title like '%14 May 2026'"
    )
    assert published == {"published": "2026-05"}


def test_the_board_pack_paragraph_is_a_mention_of_its_meeting(trusts):
    db, _, _ = trusts
    (mention,) = db.query(
        "select m.rule_id, m.page_no, u.source, u.meeting_date from mentions m"
        " join document_urls u using (sha256)"
    )
    assert mention == {
        "rule_id": "case_review.cspr",
        "page_no": 8,
        "source": "kings-college-hospital-nhs-ft",
        "meeting_date": "2026-05-14",
    }


def test_a_year_archive_in_the_window_is_followed_to_its_split_papers(trusts):
    db, site, _ = trusts
    assert papers(db, "surrey-and-sussex-healthcare-nhs-trust") == [
        ("0.0 Agenda", "agenda", "2026-02-05"),
        ("1.0 Minutes", "minutes", "2026-02-05"),
        ("5.0 Integrated Performance Report", "report", "2026-02-05"),
        ("0.0 Agenda", "agenda", "2026-04-02"),
    ]
    assert "/sash/about-us/our-board/board-papers/2025" not in site.requested


def test_meeting_sub_pages_lead_to_their_packs(trusts):
    db, site, _ = trusts
    assert papers(db, "kent-and-medway-mental-health-nhs-trust") == [
        ("Public Board Meeting Pack 28.05.2026", "pack", "2026-05-28"),
        ("Public Board Meeting Pack", "pack", "2026-03-26"),
    ]
    assert not [key for key in site.requested if "november-2025" in key]


def test_a_page_built_by_javascript_is_reported_unsupported(trusts):
    db, _, _ = trusts
    (failure,) = db["failures"].rows_where(
        "source = 'bradford-teaching-hospitals-nhs-ft'"
    )
    assert (failure["stage"], failure["error"]) == ("parse", "Unsupported")
    assert failure["reason"].startswith("unsupported: the page needs JavaScript")


def test_a_403_is_recorded_as_blocked(trusts):
    db, _, _ = trusts
    (failure,) = db["failures"].rows_where("source = 'royal-marsden-nhs-ft'")
    assert (failure["error"], failure["http_status"]) == ("Blocked", 403)
    assert (
        failure["reason"] == "blocked: the site refuses automated requests (HTTP 403)"
    )


def test_a_second_crawl_adds_no_rows(trusts):
    db, site, folder = trusts
    before = counts(db)
    result = site.crawl("nhs_board", folder / "casewatch.db", **WINDOW)
    assert result.returncode == 0  # the crawl's log is in the captured output
    assert counts(open_db(folder / "casewatch.db")) == before
