"""The cards of a canned query's answer, whatever SQL (or index) produced its rows.

A row needs only the columns its card kind names: mentions and pages `sha256`,
`page_no` and `snippet` (and `mention_id`, `council`, `found` where it has them);
reviews `review_id` with the review's columns. The rest is looked up, once per page
of rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from casewatch.datasette import lookups
from casewatch.datasette.cards import (
    CARD_KINDS,
    MentionCard,
    ReviewCard,
    mention_card,
    review_card,
)
from casewatch.links import Links


def links_of(datasette) -> Links:
    return Links(datasette.setting("base_url") or "/")


async def cards(
    datasette, database: str, query_name: str | None, rows: Sequence
) -> list[MentionCard] | list[ReviewCard]:
    """The query's rows as cards of its kind; none for a query without cards."""
    kind = CARD_KINDS.get(query_name or "")
    if not kind or not rows:
        return []
    rows = [dict(row) for row in rows]
    db = datasette.get_database(database)
    if kind == "reviews":
        return await review_cards(db, rows, links_of(datasette), query_name == "leads")
    return await mention_cards(db, rows, links_of(datasette), kind == "pages")


async def mention_cards(
    db, rows: list[dict], links: Links, whole_page: bool = False
) -> list[MentionCard]:
    documents = await lookups.documents(db, (row["sha256"] for row in rows))
    facts = await lookups.page_facts(db, ((r["sha256"], r["page_no"]) for r in rows))
    return [
        mention_card(
            row,
            documents[row["sha256"]],
            facts.get((row["sha256"], row["page_no"]), []),
            links,
            whole_page,
        )
        for row in rows
        if row["sha256"] in documents
    ]


async def review_cards(
    db, rows: list[dict], links: Links, lead: bool = False
) -> list[ReviewCard]:
    documents = await lookups.documents(db, (r["sha256"] for r in rows if r["sha256"]))
    councils = await lookups.review_councils(db, (row["review_id"] for row in rows))
    return [
        review_card(
            row,
            documents.get(row.get("sha256") or ""),
            councils.get(row["review_id"], []),
            links,
            lead,
        )
        for row in rows
    ]
