"""A crawl killed with SIGKILL midway and run again picks up where it stopped: the
same rows as a crawl never interrupted, none twice, and fewer documents fetched."""

import os
import time

import pytest

from casewatch import jobs
from casewatch.demo import LOOPBACK_SETTINGS
from casewatch.resume import stored_urls
from casewatch.summary import counts
from db import open_db
from tests.board_site import BoardSite, crawl_killed_when

PACKS = 24
# one pack at a time, each a little slow, so that a kill lands midway
SETTINGS = {**LOOPBACK_SETTINGS, "CONCURRENT_REQUESTS_PER_DOMAIN": 1}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with BoardSite(tmp_path_factory.mktemp("site"), PACKS, delay=0.15) as site:
        yield site


def crawl(site, db_path):
    return jobs.crawl("nhs_board", db_path, site.sources, settings=SETTINGS)


def rows(db_path):
    """Every row a crawl writes that should not depend on when it ran."""
    db = open_db(db_path)
    return {
        "documents": db.execute("select sha256, size from documents").fetchall(),
        "urls": db.execute(
            "select url, sha256, source, gone_at is null from document_urls"
        ).fetchall(),
        "pages": db.execute("select sha256, page_no, text from pages").fetchall(),
        "mentions": db.execute("select id, rule_id from mentions").fetchall(),
    }


def killed_midway(site, db_path, documents=5):
    """SIGKILL the crawl once it has journaled `documents` stored documents; the
    journal it left behind."""
    crawl_killed_when(
        site,
        db_path,
        SETTINGS,
        lambda: len(journaled(db_path)) >= documents,
        packs=documents,
    )
    (journal,) = (db_path.parent / "jobs").glob(f"nhs_board-*/{jobs.JOURNAL}")
    return journal


def journaled(db_path) -> set[str]:
    """The URLs the crawl's journal holds so far (written after each commit)."""
    journals = (db_path.parent / "jobs").glob(f"nhs_board-*/{jobs.JOURNAL}")
    return set().union(*(stored_urls(journal) for journal in journals))


def test_a_killed_crawl_resumes_without_fetching_stored_documents_again(site, tmp_path):
    whole = tmp_path / "whole" / "casewatch.db"
    assert crawl(site, whole).returncode == 0
    assert len(site.packs_requested()) == PACKS
    assert not (whole.parent / "jobs").exists()  # a finished crawl leaves no job

    resumed = tmp_path / "resumed" / "casewatch.db"
    site.requested.clear()
    journal = killed_midway(site, resumed)
    killed_run = len(site.packs_requested())
    journaled = journal.read_text().splitlines()
    assert 5 <= len(journaled) < PACKS
    assert all(url.startswith(site.base_url) for url in journaled)

    site.requested.clear()
    assert crawl(site, resumed).returncode == 0
    fetched_again = site.packs_requested()
    assert len(fetched_again) == PACKS - len(journaled)
    assert not {site.base_url + key for key in fetched_again} & set(journaled)
    assert killed_run + len(fetched_again) >= PACKS

    assert counts(open_db(resumed)) == counts(open_db(whole))
    assert {name: sorted(found) for name, found in rows(resumed).items()} == {
        name: sorted(found) for name, found in rows(whole).items()
    }
    statuses = open_db(resumed).execute("select status from crawl_runs").fetchall()
    assert [status for (status,) in statuses] == ["aborted", "finished"]
    # the documents it skipped were listed again, so seen in the resumed run: its
    # source does not look as though it stopped yielding documents
    db = open_db(resumed)
    (started,) = db.execute("select max(started) from crawl_runs").fetchone()
    assert db.execute(
        "select count(*) from document_urls where last_seen < ?", [started]
    ).fetchone() == (0,)
    assert not (resumed.parent / "jobs").exists()


def test_a_crawl_with_nothing_left_behind_starts_from_the_beginning(site, tmp_path):
    db_path = tmp_path / "casewatch.db"
    assert crawl(site, db_path).returncode == 0
    site.requested.clear()
    assert crawl(site, db_path).returncode == 0
    assert len(site.packs_requested()) == PACKS


def test_a_journal_older_than_the_resume_window_is_started_over(site, tmp_path):
    db_path = tmp_path / "casewatch.db"
    command = jobs.crawl_command("nhs_board", db_path, site.sources, settings=SETTINGS)
    job = jobs.job_folder(db_path, "nhs_board", command)
    job.mkdir(parents=True)
    journal = job / jobs.JOURNAL
    journal.write_text(f"{site.base_url}/board/pack-001.pdf\n")
    yesterday = time.time() - (jobs.RESUME_WITHIN_HOURS + 1) * 3600
    os.utime(journal, (yesterday, yesterday))
    site.requested.clear()
    assert crawl(site, db_path).returncode == 0
    assert "/board/pack-001.pdf" in site.packs_requested()
    assert not job.exists()
