"""The `alerts` group (send, load) and `subscribe`, `subscriptions`, `unsubscribe`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

import click
from sqlite_utils import Database

from casewatch.alerts import private, subscriptions
from casewatch.alerts.follows import EVENTS, SOURCE_KINDS, FollowError, follow
from casewatch.alerts.send import send_alerts
from casewatch.alerts.smtp import Settings
from casewatch.options import db_option
from casewatch.words import plural

subscriptions_option = click.option(
    "--subscriptions",
    "subscriptions_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The private subscriptions database (default: CASEWATCH_SUBSCRIPTIONS, or"
    " private/subscriptions.db beside the archive).",
)


def open_subscriptions(db_path: Path, subscriptions_path: Path | None) -> Database:
    return private.open_private(subscriptions_path or private.default_path(db_path))


@click.group()
def alerts() -> None:
    """E-mail digests for subscribers, notices for the admin.

    Usage: casewatch alerts send --dry-run
    """


@alerts.command()
@db_option
@subscriptions_option
@click.option(
    "--dry-run", is_flag=True, help="Print the messages; send and mark nothing."
)
def send(db_path: Path, subscriptions_path: Path | None, dry_run: bool) -> None:
    """Send each subscriber what is new for them since their last digest, and the
    admin the sources that turned broken or blocked. SMTP settings come from
    CASEWATCH_SMTP_* (see the README).

    Usage: casewatch alerts send --dry-run
    """
    if not db_path.is_file():
        sys.exit(f"no archive at {db_path}")
    try:
        settings = Settings.from_environment()
    except ValueError as error:
        sys.exit(str(error))
    try:
        report = send_alerts(db_path, settings, subscriptions_path, dry_run, click.echo)
    except private.NoSigningKey as error:
        sys.exit(str(error))
    click.echo(report.summary())
    if report.failed:
        sys.exit(1)


@alerts.command()
@click.argument("file", type=click.File("r", encoding="utf-8"))
@db_option
@subscriptions_option
def load(file: IO[str], db_path: Path, subscriptions_path: Path | None) -> None:
    """Load subscribers from a YAML file: each listed address's follows become the
    file's; one bad entry and nothing is loaded.

    \b
    - email: reporter@example.org
      follows:
        - councils: [Kingston, E09000027]
          events: [review_mention, review_status]
        - query: '"Child R"'

    Usage: casewatch alerts load subscribers.yml
    """
    try:
        count = subscriptions.load(
            open_subscriptions(db_path, subscriptions_path), file.read()
        )
    except (FollowError, KeyError) as error:
        sys.exit(f"nothing loaded: {error}")
    click.echo(f"{plural(count, 'subscriber')} loaded")


@click.command()
@click.argument("email")
@click.option(
    "--council",
    "councils",
    multiple=True,
    help="A council by name or ONS code; repeat for more.",
)
@click.option(
    "--source-kind",
    "source_kinds",
    multiple=True,
    type=click.Choice(SOURCE_KINDS),
    help="Only from sources of this kind; repeat for more.",
)
@click.option(
    "--event",
    "events",
    multiple=True,
    type=click.Choice(EVENTS),
    help="Only this kind of news; repeat for more.",
)
@click.option(
    "--query", default="", help="A full-text query on page texts (SQLite FTS5 syntax)."
)
@db_option
@subscriptions_option
def subscribe(
    email: str,
    councils: tuple[str, ...],
    source_kinds: tuple[str, ...],
    events: tuple[str, ...],
    query: str,
    db_path: Path,
    subscriptions_path: Path | None,
) -> None:
    """Add a follow for EMAIL: each option given narrows it. With no --event, a
    follow gets review mentions, review status changes, Ofsted judgements and
    vanished documents, or with --query, new pages that match it. A new address's
    first digest holds what the archive already has that matches.

    Usage: casewatch subscribe reporter@example.org --council Kingston
    """
    try:
        new = follow(councils, source_kinds, events, query)
        number = subscriptions.subscribe(
            open_subscriptions(db_path, subscriptions_path), email, new
        )
    except FollowError as error:
        sys.exit(str(error))
    click.echo(f"follow {number} for {email}: {new.describe()}")


@click.command("subscriptions")
@db_option
@subscriptions_option
def list_subscriptions(db_path: Path, subscriptions_path: Path | None) -> None:
    """List subscribers, their follows (with ids) and their last digest.

    Usage: casewatch subscriptions
    """
    for subscriber in subscriptions.subscribers(
        open_subscriptions(db_path, subscriptions_path)
    ):
        click.echo(
            f"{subscriber.email} (last digest: {subscriber.last_digest or 'none yet'})"
        )
        for each in subscriber.follows:
            click.echo(f"  {each.id}: {each.describe()}")


@click.command()
@click.argument("email")
@click.option(
    "--follow",
    "follow_id",
    type=int,
    help="Remove only this follow (see `casewatch subscriptions`).",
)
@db_option
@subscriptions_option
def unsubscribe(
    email: str, follow_id: int | None, db_path: Path, subscriptions_path: Path | None
) -> None:
    """Remove EMAIL's follows (or one of them); with none left, the subscriber goes.

    Usage: casewatch unsubscribe reporter@example.org
    """
    try:
        removed = subscriptions.unsubscribe(
            open_subscriptions(db_path, subscriptions_path), email, follow_id
        )
    except FollowError as error:
        sys.exit(str(error))
    if not removed:
        sys.exit(f"no such follow for {email}")
    click.echo(f"{plural(removed, 'follow')} removed for {email}")
