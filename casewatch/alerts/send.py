"""Delivery: each subscriber's digest and the admin's notice over SMTP, and the
ledger of what went to whom.

An item is marked sent, and its subscriber's watermark moved, in the transaction
that records the server's acceptance; a refused or failed message leaves both as
they were, so the next run sends it again, and the other digests go on. A server
that cannot be reached fails the rest of the run's messages without a retry each.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import cast

from sqlite_utils import Database

from casewatch.alerts import admin, compose, private, subscriptions
from casewatch.alerts.changes import new_items
from casewatch.alerts.follows import Follow
from casewatch.alerts.items import Watermark, current_watermark
from casewatch.alerts.links import DigestLinks, sending_warnings
from casewatch.alerts.smtp import Mailer, Settings
from casewatch.clock import now
from casewatch.words import plural
from db import open_db

log = logging.getLogger(__name__)


@dataclass
class Report:
    """What a run sent, what failed and why, and what the admin was told."""

    dry_run: bool = False
    sent: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    nothing_new: int = 0
    admin: str = ""
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        verb = "would be sent" if self.dry_run else "sent"
        parts = [
            f"{plural(len(self.sent), 'digest')} {verb}",
            f"{self.nothing_new} with nothing new",
        ]
        if self.failed:
            parts.append(f"{len(self.failed)} failed: {'; '.join(self.failed)}")
        said = ", ".join(parts) + (f"; admin: {self.admin}" if self.admin else "")
        return "".join([said, *(f"; warning: {each}" for each in self.warnings)])


class DeliveryFailed(Exception):
    """Some messages were not accepted; they go again on the next run."""


@dataclass(frozen=True)
class Pending:
    """A subscriber's digest-to-be: what is new for them and not yet sent."""

    email: str
    entries: list[compose.Entry]
    until: Watermark
    follows: tuple[Follow, ...]


def pending_digests(archive: Database, private_db: Database) -> Iterator[Pending]:
    """Each subscriber's entries new since their watermark and not yet sent. The
    archive is read once for all who left off at the same place (after a night,
    everyone)."""
    until = current_watermark(archive)
    groups: dict[Watermark, list[subscriptions.Subscriber]] = {}
    for subscriber in subscriptions.subscribers(private_db):
        groups.setdefault(Watermark.from_json(subscriber.watermark), []).append(
            subscriber
        )
    for since, group in groups.items():
        queries = frozenset(
            each.query for s in group for each in s.follows if each.query
        )
        items = new_items(archive, since, until, queries)
        for subscriber in group:
            found = compose.entries(items, subscriber.follows)
            yield Pending(
                subscriber.email,
                unsent(private_db, subscriber.email, found),
                until,
                subscriber.follows,
            )


def unsent(
    private_db: Database, email: str, found: list[compose.Entry]
) -> list[compose.Entry]:
    """The entries whose items the ledger has not recorded as sent to `email`."""
    keys = json.dumps([entry.item.key for entry in found])
    sent = {
        item
        for (item,) in private_db.execute(
            "select item from sent_items where email = ?"
            " and item in (select value from json_each(?))",
            [email, keys],
        )
    }
    return [entry for entry in found if entry.item.key not in sent]


def send_alerts(
    archive_path: Path,
    settings: Settings,
    private_path: Path | None = None,
    dry_run: bool = False,
    show: Callable[[str], None] = print,
) -> Report:
    """Send every subscriber's digest, then the admin's notice; with `dry_run`,
    show them and change nothing."""
    private_path = private_path or private.default_path(archive_path)
    key = private.signing_key(private_path, create=True)
    archive, private_db = open_db(archive_path), private.open_private(private_path)
    links = DigestLinks(settings.public_url, key)
    mailer, report = Mailer(settings), Report(dry_run)
    try:
        for pending in pending_digests(archive, private_db):
            if not pending.entries:
                report.nothing_new += 1
                if not dry_run:
                    moved(private_db, pending.email, pending.until)
                continue
            message = compose.digest(
                pending.email, pending.entries, pending.follows, settings.sender, links
            )
            if dry_run:
                show(readable(message))
                report.sent.append(
                    f"{pending.email} ({plural(len(pending.entries), 'item')})"
                )
                continue
            deliver_digest(private_db, mailer, message, pending, report)
        tell_admin(archive, private_db, mailer, dry_run, show, report)
        if report.sent and not dry_run:
            report.warnings += sending_warnings(settings.public_url)
            for warning in report.warnings:
                log.warning(warning)
    finally:
        mailer.close()
        archive.close()
        private_db.close()
    return report


def deliver_digest(
    private_db: Database,
    mailer: Mailer,
    message: EmailMessage,
    pending: Pending,
    report: Report,
) -> None:
    """Send one digest; mark its items sent and move the watermark only if accepted."""
    stamp(message, mailer.settings.sender)
    error = mailer.send(message)
    delivery = record(
        private_db, pending.email, "digest", message, len(pending.entries), error
    )
    if error:
        report.failed.append(f"{pending.email}: {error}")
        return
    with private_db.atomic():
        private_db.table("sent_items").insert_all(
            (
                {
                    "email": pending.email,
                    "item": entry.item.key,
                    "delivery_id": delivery,
                }
                for entry in pending.entries
            ),
            ignore=True,
        )
        moved(private_db, pending.email, pending.until, digest=True)
    report.sent.append(f"{pending.email} ({plural(len(pending.entries), 'item')})")


def tell_admin(
    archive: Database,
    private_db: Database,
    mailer: Mailer,
    dry_run: bool,
    show: Callable[[str], None],
    report: Report,
) -> None:
    """Tell the admin of sources that turned broken or blocked; remember the
    troubles once told, or once there is nothing to tell."""
    settings = mailer.settings
    troubles = admin.source_troubles(archive)
    news = admin.turned(private_db, troubles)
    report.admin = f"{plural(len(news), 'source')} turned broken or blocked"
    if not news:
        if not dry_run:
            admin.remember(private_db, troubles)
        return
    if not settings.admin_email:
        report.admin += "; no CASEWATCH_ADMIN_EMAIL to tell"
        return
    message = compose.admin_message(news, settings.sender, settings.admin_email)
    if dry_run:
        show(readable(message))
        return
    stamp(message, settings.sender)
    error = mailer.send(message)
    record(private_db, settings.admin_email, "admin", message, len(news), error)
    if error:
        report.failed.append(f"admin {settings.admin_email}: {error}")
        return
    admin.remember(private_db, troubles)
    report.admin += f", told {settings.admin_email}"


def stamp(message: EmailMessage, sender: str) -> None:
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)


def record(
    private_db: Database,
    email: str,
    kind: str,
    message: EmailMessage,
    items: int,
    error: str,
) -> int:
    """A ledger row for one attempt; its id."""
    row = {
        "email": email,
        "kind": kind,
        "attempted": now(),
        "status": "failed" if error else "sent",
        "error": error or None,
        "items": items,
        "message_id": message["Message-ID"],
    }
    return cast(int, private_db.table("deliveries").insert(row).last_pk)


def moved(
    private_db: Database, email: str, until: Watermark, digest: bool = False
) -> None:
    """Move a subscriber's watermark on (and date their last digest if one went)."""
    private_db.execute(
        "update subscribers set watermark = ?,"
        " last_digest = iif(?, ?, last_digest) where email = ?",
        [until.to_json(), digest, now(), email],
    )


def readable(message: EmailMessage) -> str:
    """A message's addressee, subject and text part, as a dry run shows it."""
    part = message.get_body(("plain",))
    text = part.get_content() if isinstance(part, EmailMessage) else ""
    return f"To: {message['To']}\nSubject: {message['Subject']}\n\n{text}"


def alert_step(archive_path: Path) -> str:
    """The nightly step: send with the environment's settings; a message that was
    not accepted fails the step, so the night's record shows it."""
    report = send_alerts(archive_path, Settings.from_environment())
    if report.failed:
        raise DeliveryFailed(report.summary())
    return report.summary()
