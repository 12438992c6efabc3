"""The store across runs: failures are retried, and resolved when a run succeeds."""

from dataclasses import replace

from casewatch.demo import LOOPBACK_SETTINGS, sample_sources
from casewatch.jobs import crawl
from casewatch.sample_sites import SampleSites, load_routes
from db import open_db
from tests.ports import free_port

NOVEMBER_PACK = (
    "/kingstonhospital/download_file/0f7c2a91-6e58-4d3b-a1c4-29b8e6d05f73/355"
)


def crawl_trust(tmp_path, routes, port):
    with SampleSites(port, routes) as sites:
        sources = sample_sources(sites.base_url, tmp_path)
        settings = {**LOOPBACK_SETTINGS, "RETRY_TIMES": 0}
        return crawl(
            "listing",
            tmp_path / "casewatch.db",
            sources,
            ("kingston-hospital",),
            settings,
        )


def november_failure(tmp_path):
    db = open_db(tmp_path / "casewatch.db")
    return next(db["failures"].rows_where("url like ?", [f"%{NOVEMBER_PACK}"]))


def test_a_failed_document_is_retried_and_resolved_by_the_next_run(tmp_path):
    port, routes = free_port(), load_routes()
    crawl_trust(tmp_path, routes, port)
    failure = november_failure(tmp_path)
    assert failure["reason"] == "HTTP 500 from the server"
    assert failure["resolved_at"] is None

    fixed = replace(
        routes[NOVEMBER_PACK],
        status=200,
        file="kingstonhospital/trust-board-part-1-may-2015.pdf",
        content_type="application/pdf",
    )
    crawl_trust(tmp_path, {**routes, NOVEMBER_PACK: fixed}, port)
    failure = november_failure(tmp_path)
    assert failure["attempts"] == 1
    assert failure["resolved_at"] is not None


def test_a_failure_that_persists_counts_its_attempts(tmp_path):
    port, routes = free_port(), load_routes()
    crawl_trust(tmp_path, routes, port)
    crawl_trust(tmp_path, routes, port)
    failure = november_failure(tmp_path)
    assert failure["attempts"] == 2
    assert failure["resolved_at"] is None
    assert failure["first_seen"] <= failure["last_seen"]
