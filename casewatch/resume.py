"""A killed crawl resumes where it stopped: documents it stored are not fetched again.

Scrapy's JOBDIR cannot do this after SIGKILL (or the OOM killer, or a power cut):
its request queue and spider state are written only when the crawl closes. So the
crawl journals, in CASEWATCH_JOB_DIR, every URL whose document has been stored, one
line appended as it happens; a rerun with the same job directory drops requests for
those URLs. Listing pages are always fetched again: they are how the rest is found.
jobs.crawl gives each spider and watch list its job directory and removes it after
a crawl that finished.
"""

from __future__ import annotations

import os
from pathlib import Path

from scrapy import Request, signals
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from casewatch.items import DocumentItem
from casewatch.jobs import FINISHED, JOURNAL, STARTED

# Sent as the spider opens, with `urls`: the documents a killed run stored, which
# this run skips (the store counts them seen when they are listed again).
journal_read = object()


class ResumeJournal:
    """A spider middleware: journal stored documents, skip journaled requests.

    A URL is journaled once its document is stored and its response led nowhere
    else (a page that is both a document and a listing is always fetched again).
    """

    def __init__(self, folder: Path, stats, signals_manager) -> None:
        self.folder = folder
        self.stats = stats
        self.signals = signals_manager
        self.done = stored_urls(folder / JOURNAL)
        self.journal = os.open(
            folder / JOURNAL, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644
        )
        self.leaves: set[str] = set()  # responses whose output yielded no request
        self.stored: dict[str, list[str]] = {}  # response URL: URLs it answered

    @classmethod
    def from_crawler(cls, crawler):
        folder = crawler.settings.get("CASEWATCH_JOB_DIR")
        if not folder:
            raise NotConfigured  # a crawl started by hand, not through jobs.crawl
        middleware = cls(Path(folder), crawler.stats, crawler.signals)
        crawler.signals.connect(middleware.opened, signal=signals.spider_opened)
        crawler.signals.connect(middleware.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(middleware.closed, signal=signals.spider_closed)
        if middleware.done:
            crawler.stats.set_value("casewatch/resume/journaled", len(middleware.done))
        return middleware

    async def process_start(self, start):
        async for output in start:
            if not self._skipped(output):
                yield output

    async def process_spider_output(self, response: Response, result):
        follows = False
        async for output in result:
            if self._skipped(output):
                continue
            follows = follows or isinstance(output, Request)
            yield output
        if not follows and isinstance(response, Response):
            self.leaves.add(response.url)
            self._settle(response.url)

    def item_scraped(self, item, response: Response) -> None:
        if isinstance(item, DocumentItem) and isinstance(response, Response):
            urls = [*response.meta.get("redirect_urls", []), response.url]
            self.stored[response.url] = urls
            self._settle(response.url)

    def opened(self) -> None:
        """Hand the journal to the store, then mark the crawl started: the
        pipelines are open and its run recorded, so jobs.crawl starts counting
        its time limit."""
        self.signals.send_catch_log(journal_read, urls=self.done)
        (self.folder / STARTED).touch()

    def closed(self, reason: str) -> None:
        os.close(self.journal)
        if reason == "finished":
            (self.folder / FINISHED).touch()

    def _skipped(self, output) -> bool:
        if isinstance(output, Request) and output.url in self.done:
            self.stats.inc_value("casewatch/resume/skipped")
            return True
        return False

    def _settle(self, url: str) -> None:
        """Journal a response's URLs once it is both stored and a leaf."""
        if url in self.leaves and url in self.stored:
            self.leaves.discard(url)
            lines = "".join(f"{each}\n" for each in self.stored.pop(url))
            os.write(self.journal, lines.encode())


def stored_urls(journal: Path) -> set[str]:
    """The URLs a journal lists; a line cut short by a kill is not one of them."""
    if not journal.exists():
        return set()
    text = journal.read_text(encoding="utf-8")
    return set(text[: text.rfind("\n") + 1].splitlines())
