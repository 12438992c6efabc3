"""Write published case reviews, as registers list them, to `published_reviews`."""

from __future__ import annotations

import hashlib
from dataclasses import asdict

from casewatch.clock import now
from casewatch.pages.register import RegisterEntryItem
from db import open_db


def entry_id(item: RegisterEntryItem) -> str:
    """An entry's natural key: the register, the report it links to (the register
    page itself when it links none) and the heading it is listed under."""
    return hashlib.sha1(f"{item.source}:{item.url}:{item.title}".encode()).hexdigest()


class RegisterPipeline:
    """One upsert per entry, keeping when it was first seen; other items pass on."""

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings["CASEWATCH_DB"])

    def open_spider(self) -> None:
        self.db = open_db(self.db_path)

    def process_item(self, item):
        if not isinstance(item, RegisterEntryItem):
            return item
        row = {"id": entry_id(item), **asdict(item), "first_seen": now()}
        columns = ", ".join(f"[{column}]" for column in row)
        updates = ", ".join(
            f"[{column}] = excluded.[{column}]"
            for column in row
            if column not in ("id", "first_seen")
        )
        with self.db.atomic():
            self.db.execute(
                f"insert into published_reviews ({columns})"
                f" values ({', '.join('?' * len(row))})"
                f" on conflict (id) do update set {updates}",
                list(row.values()),
            )
        return item

    def close_spider(self) -> None:
        self.db.close()
