"""Subscribers and their follows in the private database: add, remove, list, load.

A new subscriber's first digest holds what the archive already has that matches
(capped like any other); after that, only what is new since the last digest.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from dataclasses import dataclass
from email.utils import parseaddr
from typing import cast

import yaml
from sqlite_utils import Database

from casewatch.alerts.follows import Follow, FollowError, follow
from casewatch.clock import now


@dataclass(frozen=True)
class Subscriber:
    """An address, what it follows, and where its last digest left off."""

    email: str
    follows: tuple[Follow, ...]
    watermark: str  # JSON, read by changes.Watermark
    last_digest: str | None


def address(email: str) -> str:
    """A plain e-mail address, lower-cased; raises FollowError if it is not one."""
    _, parsed = parseaddr(email.strip())
    if "@" not in parsed or " " in parsed or parsed != email.strip():
        raise FollowError(f"not an e-mail address: {email!r}")
    return parsed.lower()


def check_query(query: str) -> None:
    """Raise FollowError when SQLite's full-text search cannot read the query."""
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("create virtual table probe using fts5(text, tokenize=porter)")
        probe.execute("select * from probe where probe match ?", [query]).fetchall()
    except sqlite3.OperationalError as error:
        raise FollowError(f"the query {query!r} is not valid: {error}") from None
    finally:
        probe.close()


def subscribe(db: Database, email: str, new: Follow) -> int:
    """Add a follow to a subscriber (created if new); return the follow's id."""
    email = address(email)
    if new.query:
        check_query(new.query)
    with db.atomic():
        db.execute(
            "insert into subscribers (email, created, watermark) values (?, ?, '{}')"
            " on conflict (email) do nothing",
            [email, now()],
        )
        row = {
            "email": email,
            "councils": json.dumps(new.councils),
            "source_kinds": json.dumps(new.source_kinds),
            "events": json.dumps(new.events),
            "query": new.query,
            "created": now(),
            "nonce": secrets.token_hex(8),
        }
        return cast(int, db.table("follows").insert(row).last_pk)


def unsubscribe(db: Database, email: str, follow_id: int | None = None) -> int:
    """Remove one follow, or the subscriber and all their follows; return how many
    follows went. The ledger keeps what was sent, so a return never repeats it."""
    email = address(email)
    only = " and id = ?" if follow_id is not None else ""
    keys = [email] + ([follow_id] if follow_id is not None else [])
    with db.atomic():
        removed = db.execute(
            f"delete from follows where email = ?{only}", keys
        ).rowcount
        forget_if_following_nothing(db, [email])
    return removed


def stop(db: Database, follows: list[tuple[int, str]]) -> int:
    """Remove the follows named by id and nonce (an unsubscribe link's); return how
    many there still were. Nothing else changes: a follow already removed, or one
    whose nonce differs, is left as it is."""
    removed, emails = 0, []
    with db.atomic():
        for number, nonce in follows:
            found = db.execute(
                "delete from follows where id = ? and nonce = ? returning email",
                [number, nonce],
            ).fetchall()
            removed += len(found)
            emails += [email for (email,) in found]
        forget_if_following_nothing(db, emails)
    return removed


def still_followed(db: Database, follows: list[tuple[int, str]]) -> int:
    """How many of the follows named by id and nonce are still there."""
    return sum(
        db.execute(
            "select count(*) from follows where id = ? and nonce = ?", [number, nonce]
        ).fetchone()[0]
        for number, nonce in follows
    )


def forget_if_following_nothing(db: Database, emails: list[str]) -> None:
    """Remove these subscribers if they have no follow left (the ledger stays, so a
    return never repeats what was sent)."""
    db.execute(
        "delete from subscribers where email in (select value from json_each(?))"
        " and not exists"
        " (select 1 from follows where follows.email = subscribers.email)",
        [json.dumps(emails)],
    )


def subscribers(db: Database) -> list[Subscriber]:
    """Every subscriber with their follows, by address."""
    follows: dict[str, list[Follow]] = {}
    for row in db.query("select * from follows order by email, id"):
        follows.setdefault(row["email"], []).append(
            Follow(
                tuple(json.loads(row["councils"])),
                tuple(json.loads(row["source_kinds"])),
                tuple(json.loads(row["events"])),
                row["query"],
                id=row["id"],
                nonce=row["nonce"],
            )
        )
    return [
        Subscriber(
            row["email"],
            tuple(follows.get(row["email"], ())),
            row["watermark"],
            row["last_digest"],
        )
        for row in db.query("select * from subscribers order by email")
    ]


def load(db: Database, text: str) -> int:
    """Load subscribers from YAML; each listed address's follows become the file's.

    The file is a list of `{email, follows: [{councils, source_kinds, events,
    query}]}`. All or nothing: one bad entry and nothing is loaded. Returns how
    many subscribers were loaded.
    """
    entries = yaml.safe_load(text) or []
    if not isinstance(entries, list):
        raise FollowError("the file must be a list of subscribers")
    parsed = {address(entry["email"]): follows_of(entry) for entry in entries}
    with db.atomic():
        for email, follows in parsed.items():
            db.execute("delete from follows where email = ?", [email])
            for each in follows:
                subscribe(db, email, each)
    return len(parsed)


def follows_of(entry: dict) -> list[Follow]:
    """The follows of one YAML entry: at least one."""
    if not isinstance(entry, dict) or "email" not in entry:
        raise FollowError(f"an entry without an email: {entry!r}")
    follows = [
        follow(
            listed(part.get("councils")),
            listed(part.get("source_kinds")),
            listed(part.get("events")),
            str(part.get("query") or ""),
        )
        for part in entry.get("follows") or []
    ]
    if not follows:
        raise FollowError(f"{entry['email']} follows nothing")
    return follows


def listed(value: str | list[str] | None) -> list[str]:
    """A YAML value that may be one name or a list of them."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(each) for each in value]
