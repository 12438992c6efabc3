"""How far a crawl has got, per source and overall: a status line refreshed in place
on a terminal, plain log lines every CASEWATCH_PROGRESS_INTERVAL seconds elsewhere."""

from __future__ import annotations

import logging
import os
import sys
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import TextIO

from scrapy import Request, signals
from twisted.internet import task

from casewatch.items import DocumentItem, FailureItem
from casewatch.sources import Source

logger = logging.getLogger(__name__)

TERMINAL_REFRESH = 0.5  # most seconds between redraws of the status line


@dataclass
class Tally:
    """What one source (or the whole crawl) has asked for and what came of it."""

    requested: int = 0
    done: int = 0
    documents: int = 0
    failures: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.requested + other.requested,
            self.done + other.done,
            self.documents + other.documents,
            self.failures + other.failures,
        )

    @property
    def finished(self) -> bool:
        return self.requested > 0 and self.done == self.requested

    def __str__(self) -> str:
        failures = "failure" if self.failures == 1 else "failures"
        return (
            f"{self.done}/{self.requested} requests done, {self.documents} documents,"
            f" {self.failures} {failures}"
        )


class CrawlProgress:
    """A Scrapy extension counting requests, documents and failures per source."""

    def __init__(self, interval: float, stream: TextIO, terminal: bool) -> None:
        self.interval = interval
        self.stream = stream
        self.terminal = terminal
        self.tallies: dict[str, Tally] = defaultdict(Tally)
        self.reported: dict[str, Tally] = {}
        self.reported_overall = ""
        self.latest = ""
        self.sources = 0
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler):
        stream = sys.stderr
        extension = cls(
            crawler.settings.getfloat("CASEWATCH_PROGRESS_INTERVAL", 60),
            stream,
            stream.isatty(),
        )
        for handler, signal in (
            (extension.opened, signals.spider_opened),
            (extension.scheduled, signals.request_scheduled),
            (extension.left_downloader, signals.request_left_downloader),
            (extension.scraped, signals.item_scraped),
            (extension.failed, signals.item_error),
            (extension.closed, signals.spider_closed),
        ):
            crawler.signals.connect(handler, signal=signal)
        return extension

    def opened(self, spider) -> None:
        self.sources = len(getattr(spider, "sources", ()))
        self.loop = task.LoopingCall(self.show)
        every = min(TERMINAL_REFRESH, self.interval) if self.terminal else self.interval
        self.loop.start(every, now=False)

    def scheduled(self, request: Request) -> None:
        if slug := _slug(request):
            self.tallies[slug].requested += 1
            self.latest = slug

    def left_downloader(self, request: Request) -> None:
        if slug := _slug(request):
            self.tallies[slug].done += 1

    def scraped(self, item) -> None:
        if isinstance(item, DocumentItem) and not item.error:
            self.tallies[item.source].documents += 1
        elif isinstance(item, DocumentItem | FailureItem):
            self.tallies[item.source].failures += 1

    def failed(self, item) -> None:
        if isinstance(item, DocumentItem | FailureItem):
            self.tallies[item.source].failures += 1

    def closed(self) -> None:
        if self.loop and self.loop.running:
            self.loop.stop()
        self.show()
        if self.terminal:
            self.stream.write("\n")

    def show(self) -> None:
        if self.terminal:
            self.stream.write("\r\x1b[K" + _fit(self.status_line(), self.stream))
            self.stream.flush()
        else:
            self.log_changes()

    def overall(self) -> str:
        total = sum(self.tallies.values(), Tally())
        finished = sum(tally.finished for tally in self.tallies.values())
        return f"{total}; {finished}/{self.sources} sources finished"

    def status_line(self) -> str:
        latest = f"; {self.latest}: {self.tallies[self.latest]}" if self.latest else ""
        return f"Progress: {self.overall()}{latest}"

    def log_changes(self) -> None:
        """The overall line, then a line for each source, when they moved."""
        if (overall := self.overall()) != self.reported_overall:
            logger.info("Progress: %s", overall)
            self.reported_overall = overall
        for slug, tally in sorted(self.tallies.items()):
            if self.reported.get(slug) != tally:
                logger.info("Progress of %s: %s", slug, tally)
                self.reported[slug] = replace(tally)


def _slug(request: Request) -> str:
    """The source a spider's request is for ('' for robots.txt and the like)."""
    source = request.cb_kwargs.get("source")
    return source.slug if isinstance(source, Source) else ""


def _fit(line: str, stream: TextIO) -> str:
    """The line cut to the terminal's width, so that it redraws in place."""
    try:
        width = os.get_terminal_size(stream.fileno()).columns
    except OSError:
        return line
    return line if len(line) < width else line[: width - 2] + "…"
