"""The demo: crawl the bundled sample sites on loopback into an archive."""

from __future__ import annotations

import tempfile
from pathlib import Path

from casewatch import jobs
from casewatch.official import load_outcomes, read_outcomes
from casewatch.sample_sites import FILES as SAMPLE_FILES
from casewatch.sample_sites import HERE as SAMPLE_SITES
from casewatch.sample_sites import SampleSites
from db import open_db

# Loopback sites need no politeness delay; the short timeout keeps the slow sample
# (a board pack that never arrives) from holding the demo up for long.
LOOPBACK_SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
    "DOWNLOAD_TIMEOUT": 3,
    "RETRY_TIMES": 1,
    "LOG_LEVEL": "WARNING",
}
# A fixed port keeps the sample sites' URLs the same from run to run, as a real
# site's are, so a second demo run finds the same URLs rather than new ones.
SAMPLE_SITES_PORT = 8765
# One crawl per platform of the sample watch lists; the platform spiders' window
# starts at the oldest sample papers' year instead of 60 days ago.
SPIDERS = ("listing", "moderngov", "nhs_board", "news", "ofsted")
SAMPLE_PAPERS_SINCE = "2015-01-01"
# Ofsted's official record, as the real history CSV has it (sample_sites/PROVENANCE.md).
OFFICIAL_OUTCOMES = (
    SAMPLE_FILES / "ofsted" / "jt39_ofsted_csc_ilacs_history_scraped.csv"
)


def sample_sources(base_url: str, folder: Path, name: str = "sources.yml") -> Path:
    """Write a sample watch list (sources.yml, or the news titles' news_sources.yml)
    with its URLs pointing at `base_url`."""
    template = (SAMPLE_SITES / name).read_text(encoding="utf-8")
    path = folder / name
    path.write_text(template.replace("{base}", base_url), encoding="utf-8")
    return path


def build_archive(db_path: Path, port: int = SAMPLE_SITES_PORT) -> jobs.CrawlResult:
    """Serve the sample sites, crawl them with the real spiders and pipelines, load
    Ofsted's official outcomes; the result of the first spider that failed, else of
    the last."""
    with SampleSites(port) as sites, tempfile.TemporaryDirectory() as folder:
        sources = sample_sources(sites.base_url, Path(folder))
        settings = {
            **LOOPBACK_SETTINGS,
            "CASEWATCH_SINCE": SAMPLE_PAPERS_SINCE,
            "CASEWATCH_NEWS_SOURCES": sample_sources(
                sites.base_url, Path(folder), "news_sources.yml"
            ),
        }
        results = [
            jobs.crawl(spider, db_path, sources, settings=settings)
            for spider in SPIDERS
        ]
    db = open_db(db_path)
    load_outcomes(db, read_outcomes(OFFICIAL_OUTCOMES))
    db.close()
    return next((result for result in results if result.returncode), results[-1])
