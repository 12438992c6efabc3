"""The one writer of a shared crawl: messages are taken from the crawlers' list to
a list of its own (BLMOVE), stored with casewatch/store in the item's transaction
with the message's receipt, and removed only after that commits. A writer killed
midway finds its message still in hand when it starts again and stores it, or,
if the transaction had committed, finds the receipt and stores nothing."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import click
from redis import Redis
from sqlite_utils import Database

from casewatch.options import db_option
from casewatch.shared.messages import ITEMS, PROCESSING, Message, alive_key, loads
from casewatch.stopping import StopSignal
from casewatch.store import Closing, Opening, close_run, open_run, store_item
from casewatch.store.items import claim_receipt
from casewatch.store.runs import process_alive
from db import open_db

logger = logging.getLogger(__name__)
# Messages that could not be read, kept for a person to look at.
UNREAD = "casewatch:items:unread"
# Receipts are needed only while their message may be replayed: they are cleared
# when the writer has no message in hand, at most once per this many.
PRUNE_EVERY = 1000


class Writer:
    """Store the messages of every crawler of every shared crawl into one archive."""

    def __init__(self, server: Redis, db: Database) -> None:
        self.server = server
        self.db = db
        self.runs: dict[str, int] = {}  # crawler name: its run's id
        self.stored = 0

    def recover(self) -> int:
        """Store the messages a killed writer had in hand (oldest first)."""
        in_hand = self.server.lrange(PROCESSING, 0, -1)
        for raw in reversed(in_hand):
            self.handle(raw)
        self._prune()
        return len(in_hand)

    def step(self, timeout: int = 1) -> bool:
        """Take one message, store it, let it go; False if none came in `timeout`."""
        raw = self.server.blmove(ITEMS, PROCESSING, timeout, "RIGHT", "LEFT")
        if raw is None:
            return False
        self.handle(raw)
        self.stored += 1
        if self.stored % PRUNE_EVERY == 0:
            self._prune()
        return True

    def handle(self, raw: Any) -> None:
        try:
            message = loads(raw)
        except Exception as error:  # not ours, or cut short: kept aside, not lost
            logger.error("A message that is not one (%s) moved to %s", error, UNREAD)
            self.server.lpush(UNREAD, raw)
        else:
            self.store(message)
        self.server.lrem(PROCESSING, 1, raw)

    def store(self, message: Message) -> None:
        payload = message.payload
        if isinstance(payload, Opening | Closing):
            with self.db.atomic():
                if not claim_receipt(self.db, message.id):
                    return
                if isinstance(payload, Opening):
                    opening = replace(payload, crawler=message.crawler)
                    run_id = open_run(self.db, opening, self.alive)
                    self.runs[message.crawler] = run_id
                else:
                    close_run(self.db, self.run_of(message.crawler), payload)
            return
        store_item(self.db, self.run_of(message.crawler), payload, message.id)

    def run_of(self, crawler: str) -> int:
        if crawler not in self.runs:
            row = self.db.execute(
                "select id from crawl_runs where crawler = ?", [crawler]
            ).fetchone()
            self.runs[crawler] = row[0] if row else 0
        return self.runs[crawler]

    def alive(self, run: dict) -> bool:
        """A shared crawl's run is alive while its crawler keeps its name alive."""
        if run["crawler"]:
            return bool(self.server.exists(alive_key(run["crawler"])))
        return process_alive(run["pid"])

    def _prune(self) -> None:
        if not self.server.llen(PROCESSING):
            with self.db.atomic():
                self.db.execute("delete from store_receipts")


def write(redis_url: str, db_path: Path, stopped: Callable[[], bool]) -> int:
    """Store messages until `stopped()`; how many were stored."""
    writer = Writer(Redis.from_url(redis_url), open_db(db_path))
    recovered = writer.recover()
    logger.info("writing %s (%d messages recovered)", db_path, recovered)
    try:
        while not stopped():
            writer.step()
    finally:
        writer.db.close()
    return writer.stored


@click.command("store")
@db_option
@click.option(
    "--redis",
    required=True,
    metavar="redis://HOST:PORT/DB",
    envvar="CASEWATCH_REDIS",
    show_envvar=True,
    help="The Redis server the crawlers send to.",
)
def store(db_path: Path, redis: str) -> None:
    """Be the one writer of the archive for shared crawls until stopped (SIGTERM or
    Ctrl-C end it after the message in hand).

    Usage: casewatch store --redis redis://10.0.0.5:6379/0 --db data/casewatch.db
    """
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    stop = StopSignal()
    stored = write(redis, db_path, lambda: stop.received)
    click.echo(f"stored {stored} messages")
