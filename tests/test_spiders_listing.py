"""The listing spider against the sample sites on loopback."""

from casewatch.demo import LOOPBACK_SETTINGS, sample_sources
from casewatch.jobs import crawl
from casewatch.sample_sites import SampleSites
from db import open_db


def test_a_document_over_the_size_cap_is_a_failure_and_the_crawl_goes_on(tmp_path):
    cap = {"DOWNLOAD_MAXSIZE": 200_000, "CASEWATCH_MAX_DOCUMENT_BYTES": 200_000}
    with SampleSites() as sites:
        sources = sample_sources(sites.base_url, tmp_path)
        result = crawl(
            "listing",
            tmp_path / "casewatch.db",
            sources,
            ("kingston-hospital",),
            {**LOOPBACK_SETTINGS, **cap},
        )
    assert result.returncode == 0
    db = open_db(tmp_path / "casewatch.db")
    (failure,) = db["failures"].rows_where(
        "title = ?", ["Trust Board Part 1 - July 2015"]
    )
    assert failure["error"] == "DownloadCancelledError"
    assert "larger than download max size (200000)" in failure["reason"]
    titles = {row["title"] for row in db["document_urls"].rows}
    assert "Trust Board Part 1 - May 2015" in titles
