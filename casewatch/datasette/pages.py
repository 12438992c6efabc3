"""What the casewatch templates are given: functions for answer pages (cards, human
labels, the council list) and a document's or a review's page."""

from __future__ import annotations

from functools import cache
from urllib.parse import parse_qsl, urlencode

from casewatch import places
from casewatch.datasette import answers, chart, lookups, words
from casewatch.datasette.cards import (
    CARD_KINDS,
    Link,
    council_links,
    mention_card,
    place,
)
from casewatch.datasette.functions import council_code

# Column names as a reporter reads them, for tables and forms.
LABELS = {
    "q": "Words",
    "council": "Council",
    "source_kind": "Source kind",
    "since": "From",
    "until": "To",
    "found": "Found",
    "document_date": "Document date",
    "dated_from": "Dated from",
    "document": "Document",
    "page_no": "Page",
    "kind": "Kind",
    "review_type": "Review",
    "ofsted_grade": "Ofsted grade",
    "snippet": "Sentence",
    "source": "Source",
    "source_url": "Original",
    "rule_id": "Rule",
    "sha256": "Kept copy",
    "mention_id": "Mention",
    "review_id": "Review",
    "judgement_id": "Judgement",
    "status_sentence": "Status sentence",
    "first_mentioned": "First mentioned",
    "months_since": "Months since",
    "mentioned_in": "Mentioned in",
    "judgement_area": "Area",
    "visit_type": "Visit",
    "gone_at": "Gone",
    "gone_reason": "Why gone",
    "still_at": "Still at",
    "replaced_by": "Replaced by",
    "first_seen": "First seen",
    "last_seen": "Last seen",
    "last_crawl": "Last crawl",
    "documents_found": "Documents found",
    "failing_urls": "Failing URLs",
    "contradicted_by": "Contradicted by",
    "in_official": "In Ofsted's data",
    "in_report": "In the report",
}
# Columns an answer's table leaves to JSON and CSV: bm25's rank means nothing to a
# reader (the rows are in its order).
UNSHOWN = frozenset({"rank"})
# Form fields in the order a reporter fills them; others after, as the query has them.
FIELDS = ("q", "council", "source_kind", "since", "until")
NOUNS = {"mentions": "mention", "pages": "page", "reviews": "review"}


def label(column: str) -> str:
    """A column's human label: its own, else its name in words."""
    return LABELS.get(column) or column.replace("_", " ").capitalize()


@cache
def council_names() -> tuple[str, ...]:
    """Every English council's common name, for a datalist, A to Z."""
    return tuple(
        sorted(c.common_name for c in places.councils() if c.code.startswith("E"))
    )


def fields(values: dict) -> list[tuple[str, str]]:
    """A query's parameters and their values, in FIELDS order."""
    order = {name: n for n, name in enumerate(FIELDS)}
    return sorted(values.items(), key=lambda item: order.get(item[0], len(order)))


def view_url(request, view: str | None) -> str:
    """This page's address showing `view` ('table'), or the cards without one."""
    arguments = [
        (key, value)
        for key, value in parse_qsl(request.query_string, keep_blank_values=True)
        if key != "_view"
    ]
    arguments += [("_view", view)] if view else []
    return request.path + (f"?{urlencode(arguments)}" if arguments else "")


def counted(kind: str | None, rows: int, truncated: bool) -> str:
    """'45 mentions', 'more than 1,000 reviews'."""
    said = words.plural(rows, NOUNS.get(kind or "", "row"))
    return f"more than {said}" if truncated else said


def template_functions(datasette, database: str | None) -> dict:
    async def casewatch_cards(query_name, rows):
        return await answers.cards(datasette, database, query_name, rows)

    return {
        "casewatch_cards": casewatch_cards,
        "casewatch_card_kind": CARD_KINDS.get,
        "casewatch_counted": counted,
        "casewatch_councils": council_names,
        "casewatch_source_kinds": words.SOURCE_KINDS,
        "casewatch_source_kind": words.SOURCE_KIND,
        "casewatch_label": label,
        "casewatch_unshown": UNSHOWN,
        "casewatch_fields": fields,
        "casewatch_date": words.uk_date,
        "casewatch_time": words.uk_time,
        "casewatch_view_url": view_url,
        "casewatch_links": answers.links_of(datasette),
        "casewatch_judgement": judgement_words,
        "casewatch_chart": ofsted_chart,
    }


def ofsted_chart(rows, council: str) -> chart.Timeline | None:
    """An ofsted_timeline answer of one council as its chart; none for all."""
    found = places.by_code(council_code(council) or "")
    if not found:
        return None
    return chart.timeline([dict(row) for row in rows], found.common_name)


def judgement_words(row) -> str:
    """An ofsted_timeline row in words."""
    return words.judgement(
        row["visit_type"], row["date"], row["judgement_area"], row["grade"]
    )


async def row_page(datasette, database: str, table: str, key: str) -> dict:
    db = datasette.get_database(database)
    links = answers.links_of(datasette)
    if table == "documents":
        return {"kept_document": await document(db, key, links)}
    return {"casewatch_review": await review(db, key, links)}


async def document(db, sha256: str, links) -> dict | None:
    """A document with every URL it was seen at and every mention in it as cards."""
    found = (await lookups.documents(db, [sha256])).get(sha256)
    if not found:
        return None
    row = (
        await db.execute("select * from documents where sha256 = ?", [sha256])
    ).first()
    urls = [dict(url) for url in await db.execute(DOCUMENT_URLS, [sha256])]
    mentions = await lookups.document_mentions(db, sha256)
    facts = await lookups.page_facts(
        db, ((m["sha256"], m["page_no"]) for m in mentions)
    )
    return {
        **dict(row),
        "date_words": words.document_date(
            row["dated"], row["dated_from"], row["first_seen"]
        ),
        "kept_url": links.kept(sha256),
        "ocr_pages": [
            page["page_no"] for page in await db.execute(OCR_PAGES, [sha256])
        ],
        "urls": urls,
        "councils": council_links((found["councils"] or "").split(","), links),
        "cards": [
            mention_card(m, found, facts.get((sha256, m["page_no"]), []), links)
            for m in mentions
        ],
    }


async def review(db, review_id: str, links) -> dict | None:
    """A review in plain words, its councils, every mention of it, and an FOI draft
    unless it is published."""
    found = await lookups.review(db, review_id)
    if not found:
        return None
    mentions = await lookups.review_mentions(db, review_id)
    documents = await lookups.documents(db, (m["sha256"] for m in mentions))
    councils = (await lookups.review_councils(db, [review_id])).get(review_id, [])
    facts = await lookups.page_facts(
        db, ((m["sha256"], m["page_no"]) for m in mentions)
    )
    council = places.by_code(found["la_code"] or "")
    return {
        **found,
        "words": words.review(
            found["type"],
            found["subject"],
            found["board"],
            council.common_name if council else found["local_authority"],
            found["status"],
        ),
        "councils": council_links(councils, links),
        "first": place(documents[mentions[0]["sha256"]], mentions[0]["page_no"], links)
        if mentions and mentions[0]["sha256"] in documents
        else None,
        "cards": [
            mention_card(
                m,
                documents[m["sha256"]],
                facts.get((m["sha256"], m["page_no"]), []),
                links,
            )
            for m in mentions
            if m["sha256"] in documents
        ],
        "foi": None
        if found["status"] == "published"
        else Link("Draft an FOI request", links.foi(review_id)),
    }


OCR_PAGES = "select page_no from pages where sha256 = ? and ocr order by page_no"
DOCUMENT_URLS = """
select u.url, u.title, u.source, s.name as source_name, u.first_seen, u.last_seen,
  u.gone_at, u.gone_reason, u.http_status
from document_urls u left join sources s on s.slug = u.source
where u.sha256 = ?
order by u.first_seen, u.url
"""
