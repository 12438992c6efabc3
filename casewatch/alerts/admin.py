"""Admin alerts: which sources turned broken or blocked since the last run.

Source health has no table yet, so `source_troubles` reads it from the archive's
unresolved failures and each source's last error; when a health table exists, that
function is the one to change. The private database remembers each troubled
source's state, so a source is reported when it turns, not every night.
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from casewatch.clock import now

# Archive and text failures belong to one document (too large, encrypted), not to
# the site.
SOURCE_STAGES = ("fetch", "config", "store")
# Answers that mean the site refused us rather than failed.
BLOCKING_STATUSES = (401, 403, 429)

FAILURES = f"""
select source, url, stage, error, reason, http_status from failures
where resolved_at is null and stage in {SOURCE_STAGES}
order by source, url
"""


def source_troubles(archive: Database) -> dict[str, tuple[str, str]]:
    """Each source that is broken or blocked now, with its state and why: blocked
    when a site refused us (401, 403, 429, robots.txt), broken when a fetch, the
    watch list or the store failed, or the source has a last error."""
    troubles: dict[str, tuple[str, str]] = {}
    for row in archive.query(FAILURES):
        blocked = (
            row["http_status"] in BLOCKING_STATUSES
            or row["error"] == "Blocked"
            or "robots.txt" in row["reason"]
        )
        state = "blocked" if blocked else "broken"
        if troubles.get(row["source"], ("",))[0] != "blocked":
            troubles[row["source"]] = (state, f"{row['reason']} ({row['url']})")
    for row in archive.query(
        "select slug, last_error from sources where coalesce(last_error, '') != ''"
    ):
        troubles.setdefault(row["slug"], ("broken", row["last_error"]))
    return troubles


def turned(
    private: Database, troubles: dict[str, tuple[str, str]]
) -> list[tuple[str, str, str]]:
    """(slug, state, reason) of each troubled source whose state was another at
    the last run."""
    before = {row["slug"]: row["state"] for row in private["source_states"].rows}
    return [
        (slug, state, reason)
        for slug, (state, reason) in sorted(troubles.items())
        if before.get(slug) != state
    ]


def remember(private: Database, troubles: dict[str, tuple[str, str]]) -> None:
    """Keep the troubles of now for the next run to compare with; a source that
    recovered is forgotten, so its next trouble is news."""
    with private.atomic():
        private.execute(
            "delete from source_states where slug not in"
            " (select value from json_each(?))",
            [json.dumps(sorted(troubles))],
        )
        for slug, (state, reason) in troubles.items():
            private.execute(
                "insert into source_states (slug, state, reason, since)"
                " values (?, ?, ?, ?) on conflict (slug) do update set"
                " reason = excluded.reason,"
                " since = iif(state = excluded.state, since, excluded.since),"
                " state = excluded.state",
                [slug, state, reason, now()],
            )
