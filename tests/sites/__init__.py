"""The spider tests' sites (tests/sites/<name>/: routes.yml, sources.yml, files/,
PROVENANCE.md), served on loopback by the sample-sites server and crawled by the
real spiders and pipelines in a child process, as `casewatch crawl` runs them."""

from __future__ import annotations

from pathlib import Path

from casewatch.demo import LOOPBACK_SETTINGS
from casewatch.jobs import CrawlResult, crawl
from casewatch.sample_sites import SampleSites, load_routes
from tests.ports import free_port

SITES = Path(__file__).parent
TESTS = SITES.parent


class Site(SampleSites):
    """One test site on a free port, with its watch list written for that port."""

    def __init__(self, name: str, folder: Path) -> None:
        super().__init__(free_port(), load_routes(SITES / name / "routes.yml"), TESTS)
        self.sources = folder / "sources.yml"
        template = (SITES / name / "sources.yml").read_text(encoding="utf-8")
        self.sources.write_text(template.replace("{base}", self.base_url))

    def crawl(self, spider: str, db_path: Path, **arguments: str) -> CrawlResult:
        """Run `scrapy crawl spider -a name=value…` over this site into db_path."""
        return crawl(
            spider,
            db_path,
            self.sources,
            settings=LOOPBACK_SETTINGS,
            timeout=300,
            arguments=arguments,
        )
