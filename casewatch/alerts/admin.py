"""Admin alerts: which sources turned broken or blocked since the last run, told as
one notice grouped by kind of source, state and reason.

Source health has no table yet, so `source_troubles` reads it from the archive's
unresolved failures and each source's last error; when a health table exists, that
function is the one to change. The private database remembers each troubled
source's state, so a source is reported when it turns, not every night. A first
national run may find hundreds of broken URLs: `notice` makes them one readable
message, e.g. "NHS trusts: 120 (broken 100, blocked 20)", then each reason once
with the sources it struck.
"""

from __future__ import annotations

import json
import textwrap
from collections import defaultdict
from dataclasses import dataclass

from sqlite_utils import Database

from casewatch.clock import now
from casewatch.words import plural

# Archive and text failures belong to one document (too large, encrypted), not to
# the site.
SOURCE_STAGES = ("fetch", "config", "store")
# Answers that mean the site refused us rather than failed.
BLOCKING_STATUSES = (401, 403, 429)
# How the notice names each kind of source, in its order.
KIND_NAMES = {
    "council": "councils",
    "nhs_trust": "NHS trusts",
    "partnership": "partnerships",
    "ofsted": "Ofsted pages",
    "news": "news titles",
    "": "watch-list entries",
}
# A reason shared by more sources than this lists them by slug alone.
ONE_A_LINE = 5

FAILURES = f"""
select f.source, f.url, f.stage, f.error, f.reason, f.http_status,
  coalesce(s.kind, '') as kind
from failures f left join sources s on s.slug = f.source
where f.resolved_at is null and f.stage in {SOURCE_STAGES}
order by f.source, f.url
"""


@dataclass(frozen=True)
class Trouble:
    """A source that is broken or blocked now: its kind, state, why and where."""

    slug: str
    kind: str
    state: str
    reason: str
    url: str = ""

    @property
    def said(self) -> str:
        """The reason with its URL, as the admin reads it."""
        return f"{self.reason} ({self.url})" if self.url else self.reason


def source_troubles(archive: Database) -> dict[str, Trouble]:
    """Each source that is broken or blocked now: blocked when a site refused us
    (401, 403, 429, robots.txt), broken when a fetch, the watch list or the store
    failed, or the source has a last error."""
    troubles: dict[str, Trouble] = {}
    for row in archive.query(FAILURES):
        blocked = (
            row["http_status"] in BLOCKING_STATUSES
            or row["error"] == "Blocked"
            or "robots.txt" in row["reason"]
        )
        state = "blocked" if blocked else "broken"
        if getattr(troubles.get(row["source"]), "state", "") != "blocked":
            troubles[row["source"]] = Trouble(
                row["source"], row["kind"], state, row["reason"], row["url"] or ""
            )
    for row in archive.query(
        "select slug, kind, last_error from sources"
        " where coalesce(last_error, '') != ''"
    ):
        troubles.setdefault(
            row["slug"], Trouble(row["slug"], row["kind"], "broken", row["last_error"])
        )
    return troubles


def turned(private: Database, troubles: dict[str, Trouble]) -> list[Trouble]:
    """The troubled sources whose state was another at the last run."""
    before = {row["slug"]: row["state"] for row in private["source_states"].rows}
    return [
        trouble
        for slug, trouble in sorted(troubles.items())
        if before.get(slug) != trouble.state
    ]


def remember(private: Database, troubles: dict[str, Trouble]) -> None:
    """Keep the troubles of now for the next run to compare with; a source that
    recovered is forgotten, so its next trouble is news."""
    with private.atomic():
        private.execute(
            "delete from source_states where slug not in"
            " (select value from json_each(?))",
            [json.dumps(sorted(troubles))],
        )
        for slug, trouble in troubles.items():
            private.execute(
                "insert into source_states (slug, state, reason, since)"
                " values (?, ?, ?, ?) on conflict (slug) do update set"
                " reason = excluded.reason,"
                " since = iif(state = excluded.state, since, excluded.since),"
                " state = excluded.state",
                [slug, trouble.state, trouble.said, now()],
            )


def summary(troubles: list[Trouble]) -> str:
    """How many turned, by kind: "203 sources (NHS trusts 120, councils 83)"."""
    counts = _by(troubles, lambda t: t.kind)
    kinds = ", ".join(
        f"{_kind_name(kind)} {len(found)}" for kind, found in counts.items()
    )
    return f"{plural(len(troubles), 'source')} ({kinds})"


def notice(troubles: list[Trouble]) -> str:
    """The admin's notice: for each kind of source, its count by state, then each
    state's reasons, most common first, with the sources each struck."""
    lines = [f"{summary(troubles)} turned broken or blocked since the last run.", ""]
    for kind, of_kind in _by(troubles, lambda t: t.kind).items():
        states = _by(of_kind, lambda t: t.state)
        counts = ", ".join(f"{state} {len(found)}" for state, found in states.items())
        name = _kind_name(kind)
        lines.append(f"{name[0].upper()}{name[1:]}: {len(of_kind)} ({counts})")
        for state, found in states.items():
            for reason, struck in _by(found, lambda t: t.reason).items():
                lines += _reason_lines(state, reason, struck)
        lines.append("")
    lines.append("Each source's state and reason: casewatch health.")
    return "\n".join(lines) + "\n"


def _reason_lines(state: str, reason: str, struck: list[Trouble]) -> list[str]:
    if len(struck) <= ONE_A_LINE:
        return [f"  {t.slug}: {state}, {t.said}" for t in struck]
    slugs = ", ".join(t.slug for t in struck)
    rows = textwrap.wrap(slugs, 76, initial_indent="    ", subsequent_indent="    ")
    return [f"  {state}, {reason}: {plural(len(struck), 'source')}", *rows]


def _by(troubles: list[Trouble], key) -> dict[str, list[Trouble]]:
    """Troubles grouped by a key, largest group first (then by the key's order)."""
    groups: dict[str, list[Trouble]] = defaultdict(list)
    for trouble in troubles:
        groups[key(trouble)].append(trouble)
    order = list(KIND_NAMES)
    return dict(
        sorted(
            groups.items(),
            key=lambda item: (
                -len(item[1]),
                order.index(item[0]) if item[0] in order else 9,
                item[0],
            ),
        )
    )


def _kind_name(kind: str) -> str:
    return KIND_NAMES.get(kind, kind)
