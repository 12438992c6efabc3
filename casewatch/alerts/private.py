"""The private alerts database: subscribers, what they follow, and what they were sent.

It holds people's addresses, so it is a file of its own that Datasette never
publishes: by default `private/subscriptions.db` beside the archive, outside the
folder of kept copies that `casewatch serve` publishes. Its schema is append-only
migrations, like the archive's. Beside it is the key that signs unsubscribe links
(`unsubscribe.key`), unless CASEWATCH_SECRET gives one.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import tempfile
from collections.abc import Mapping
from pathlib import Path

import sqlite_utils
from sqlite_utils import Database, Migrations

migrations = Migrations("casewatch_alerts")
SECRET = "CASEWATCH_SECRET"
SHORTEST_SECRET = 16  # characters


class NoSigningKey(Exception):
    """Unsubscribe links cannot be made or checked: no key here."""


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


def open_existing(path: Path) -> Database:
    """The private database as it is, to change a row (the archive's server uses
    this): never created, never migrated. Raises sqlite3.OperationalError when
    there is none."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
    connection.execute("PRAGMA busy_timeout = 30000")
    return sqlite_utils.Database(connection)


def signing_key(
    private_path: Path, create: bool = False, environ: Mapping[str, str] = os.environ
) -> bytes:
    """The key that signs unsubscribe links: CASEWATCH_SECRET, else the key file
    beside the private database, made (random, mode 0600) when `create` is true.
    Raises NoSigningKey when there is none, or the one given is too short."""
    if given := environ.get(SECRET):
        if len(given) < SHORTEST_SECRET:
            raise NoSigningKey(
                f"{SECRET} must be at least {SHORTEST_SECRET} characters"
            )
        return given.encode()
    path = private_path.parent / "unsubscribe.key"
    if create and not path.exists():
        make_key(path)
    try:
        return path.read_bytes().strip()
    except FileNotFoundError:
        raise NoSigningKey(f"no {SECRET} and no {path}") from None


def make_key(path: Path) -> None:
    """Write a random key at `path` whole, readable by its owner only, unless
    another run made one first (a link never replaces a file)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    draft = Path(name)
    with os.fdopen(handle, "w") as key_file:  # mkstemp's file is its owner's only
        key_file.write(secrets.token_hex(32))
    try:
        os.link(draft, path)
    except FileExistsError:
        pass
    finally:
        draft.unlink()


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


@migrations()
def add_follow_nonces(db: Database) -> None:
    """A random value per follow that its unsubscribe link names: a follow id can be
    used again after its follow is removed, a nonce is never."""
    db.table("follows").add_column("nonce", str)
    db.execute("update follows set nonce = lower(hex(randomblob(8)))")
