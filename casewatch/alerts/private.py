"""The private alerts database: subscribers, what they follow, and what they were sent.

It holds people's addresses, so it is a file of its own that Datasette never
publishes: by default `private/subscriptions.db` beside the archive, outside the
folder of kept copies that `casewatch serve` publishes. Its schema is append-only
migrations, like the archive's.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlite_utils
from sqlite_utils import Database, Migrations

migrations = Migrations("casewatch_alerts")


def default_path(archive_path: Path) -> Path:
    """CASEWATCH_SUBSCRIPTIONS, or private/subscriptions.db beside the archive."""
    configured = os.environ.get("CASEWATCH_SUBSCRIPTIONS")
    return (
        Path(configured)
        if configured
        else archive_path.parent / "private" / "subscriptions.db"
    )


def open_private(path: Path) -> Database:
    """Open (creating if needed, readable by its owner only) the private database."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.touch(mode=0o600, exist_ok=True)
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA busy_timeout = 30000")
    db.execute("PRAGMA foreign_keys = ON")
    migrations.apply(db)
    return db


@migrations()
def create_alerts(db: Database) -> None:
    """Subscribers and follows; the ledger of deliveries and the items each carried;
    each source's last known health, to tell when it turns."""
    db.table("subscribers").create(
        {"email": str, "created": str, "watermark": str, "last_digest": str},
        pk="email",
        not_null={"created", "watermark"},
    )
    db.table("follows").create(
        {
            "id": int,
            "email": str,
            "councils": str,
            "source_kinds": str,
            "events": str,
            "query": str,
            "created": str,
        },
        pk="id",
        foreign_keys=[("email", "subscribers", "email")],
        not_null={"email", "councils", "source_kinds", "events", "query", "created"},
    )
    db.table("deliveries").create(
        {
            "id": int,
            "email": str,
            "kind": str,
            "attempted": str,
            "status": str,
            "error": str,
            "items": int,
            "message_id": str,
        },
        pk="id",
        not_null={"email", "kind", "attempted", "status", "items"},
    )
    db.table("sent_items").create(
        {"email": str, "item": str, "delivery_id": int},
        pk=("email", "item"),
        foreign_keys=[("delivery_id", "deliveries", "id")],
        not_null={"delivery_id"},
    )
    db.table("source_states").create(
        {"slug": str, "state": str, "reason": str, "since": str},
        pk="slug",
        not_null={"state", "since"},
    )
    db.table("follows").create_index(["email"])
    db.table("deliveries").create_index(["email", "attempted"])
