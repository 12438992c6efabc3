"""What an unsubscribe link does when it is opened (GET) or pressed (POST).

The archive's server answers the links in digests (the plugin
casewatch_unsubscribe.py); this is all it may do to the private database: check
the token's signature, then say whether its follows are still there (GET, so a
mail scanner that opens the link changes nothing) or remove them (POST: RFC 8058's
one click, or the confirm page's button). A forged or altered token is refused
before the database is opened; a replayed one finds its follows gone and changes
nothing.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from enum import Enum
from pathlib import Path

from casewatch.alerts import private, subscriptions, tokens


class Outcome(Enum):
    """What the page says."""

    CONFIRM = "confirm"  # the follows are there: press the button to stop them
    STOPPED = "stopped"
    ALREADY = "already"  # nothing to stop: already unsubscribed
    INVALID = "invalid"  # not a token this server signed
    UNAVAILABLE = "unavailable"  # this server has no key or no subscriptions

    @property
    def status(self) -> int:
        return {"invalid": 400, "unavailable": 503}.get(self.value, 200)


def answer(private_path: Path, token: str, stop: bool) -> Outcome:
    """Check `token`; with `stop`, remove the follows it names."""
    try:
        key = private.signing_key(private_path)
    except private.NoSigningKey:
        return Outcome.UNAVAILABLE
    follows = tokens.named(key, token)
    if follows is None:
        return Outcome.INVALID
    try:
        db = private.open_existing(private_path)
    except sqlite3.OperationalError:
        return Outcome.UNAVAILABLE
    with closing(db.conn):
        if stop:
            removed = subscriptions.stop(db, follows)
            return Outcome.STOPPED if removed else Outcome.ALREADY
        there = subscriptions.still_followed(db, follows)
        return Outcome.CONFIRM if there else Outcome.ALREADY
