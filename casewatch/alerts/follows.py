"""What a subscriber follows, and whether something new in the archive is one of them.

A follow narrows by everything it names: councils (by name or ONS code; a council
covers its partnerships and every source whose watch-list entry names it), source
kinds, events and a full-text query. Pure: no database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from casewatch import places
from casewatch.alerts.reasons import quoted

EVENTS = (
    "review_mention",  # a new mention of a case review
    "review_status",  # a review is now said to be withheld, unpublished, published...
    "ofsted_judgement",  # a new or changed Ofsted judgement of a council
    "vanished_document",  # a document's URL stopped answering with it
    "text_match",  # a new page matches the follow's query
)
SOURCE_KINDS = ("council", "nhs_trust", "partnership", "ofsted", "news")
# Kinds and events as a digest says them.
KIND_WORDS = {
    "council": "councils",
    "nhs_trust": "NHS trusts",
    "partnership": "safeguarding partnerships",
    "ofsted": "Ofsted",
    "news": "local news",
}
EVENT_WORDS = {
    "review_mention": "mentions of case reviews",
    "review_status": "changes in a review's status",
    "ofsted_judgement": "Ofsted judgements",
    "vanished_document": "documents taken down",
    "text_match": "new pages matching a search",
}
# What a follow that names no events gets: what its query finds, or else everything
# the detectors and the crawl report.
DETECTED = frozenset(EVENTS) - {"text_match"}


class FollowError(ValueError):
    """A follow that names an unknown council, kind or event, or cannot match."""


@dataclass(frozen=True)
class Follow:
    """One thing a subscriber follows; every field given narrows it."""

    councils: tuple[str, ...] = ()  # ONS codes
    source_kinds: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    query: str = ""  # an FTS5 query on page texts
    id: int | None = field(default=None, compare=False)
    nonce: str = field(default="", compare=False)  # what unsubscribe links name

    @property
    def wanted_events(self) -> frozenset[str]:
        if self.events:
            return frozenset(self.events)
        return frozenset({"text_match"}) if self.query else DETECTED

    def matches(self, item: Followable) -> bool:
        """True when the item is an event this follows, from its councils and kinds,
        on a page its query matches."""
        return (
            bool(self.wanted_events & item.events)
            and (not self.councils or not item.councils.isdisjoint(self.councils))
            and (
                not self.source_kinds
                or not item.source_kinds.isdisjoint(self.source_kinds)
            )
            and (not self.query or self.query in item.queries)
        )

    def describe(self) -> str:
        """What the follow narrows by, in a line: "Kingston upon Thames; nhs_trust"."""
        parts = [
            ", ".join(council_name(code) for code in self.councils),
            ", ".join(self.source_kinds),
            ", ".join(self.events),
            f"search {self.query}" if self.query else "",
        ]
        return "; ".join(part for part in parts if part) or "everything"

    def in_words(self) -> str:
        """The follow as a digest names it: "Kingston upon Thames, from NHS trusts"."""
        parts = [
            " and ".join(council_name(code) for code in self.councils),
            "from " + " and ".join(KIND_WORDS[kind] for kind in self.source_kinds)
            if self.source_kinds
            else "",
            "only " + " and ".join(EVENT_WORDS[event] for event in self.events)
            if self.events
            else "",
            f"the search {quoted(self.query)}" if self.query else "",
        ]
        return ", ".join(part for part in parts if part) or "everything casewatch finds"


class Followable(Protocol):
    """What a follow looks at in an item (changes.Item has these)."""

    @property
    def events(self) -> frozenset[str]: ...
    @property
    def councils(self) -> frozenset[str]: ...
    @property
    def source_kinds(self) -> frozenset[str]: ...
    @property
    def queries(self) -> frozenset[str]: ...


def follow(
    councils: Iterable[str] = (),
    source_kinds: Iterable[str] = (),
    events: Iterable[str] = (),
    query: str = "",
) -> Follow:
    """A follow from what a person typed; raises FollowError saying what is wrong."""
    codes = tuple(dict.fromkeys(council_code(name) for name in councils))
    kinds = tuple(dict.fromkeys(source_kinds))
    named_events = tuple(dict.fromkeys(events))
    for kind in kinds:
        if kind not in SOURCE_KINDS:
            raise FollowError(f"unknown source kind {kind!r}: one of {SOURCE_KINDS}")
    for event in named_events:
        if event not in EVENTS:
            raise FollowError(f"unknown event {event!r}: one of {EVENTS}")
    query = query.strip()
    if "text_match" in named_events and not query:
        raise FollowError("text_match needs a query")
    return Follow(codes, kinds, named_events, query)


def council_code(name_or_code: str) -> str:
    """The ONS code of a council named by code, name or alias ("RBK")."""
    council = places.by_code(name_or_code) or places.council_for(name_or_code)
    if council is None:
        raise FollowError(
            f"no one council is called {name_or_code!r}: give its name or ONS code"
        )
    return council.code


def council_name(code: str) -> str:
    """A council's common name, or the code itself when the register lacks it."""
    council = places.by_code(code)
    return council.common_name if council else code
