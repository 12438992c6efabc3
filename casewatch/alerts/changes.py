"""What is new in the archive between two watermarks, as items a follow can match.

A watermark is where a digest left off in each table that grows: the largest rowid
of `mentions`, `judgement_sources` and `pages` (rows are only ever added, so rowids
only grow) and the time up to which vanished URLs were read. Every query here reads
a rowid or time range and looks up by key from there, so a night's selection costs
what the night added, not what the archive holds. Text matches come from the search
index (casewatch/search_index/pages.py), and from FTS5 for pages it has not read.
"""

from __future__ import annotations

import json
from dataclasses import replace

from sqlite_utils import Database

from casewatch.alerts.documents import Documents, council_codes
from casewatch.alerts.items import CLOSE, IMPORTANCE, OPEN, Item, Watermark, marked
from casewatch.alerts.judgements import judgement_items
from casewatch.alerts.reasons import (
    quoted,
    review_reason,
    review_type,
    search_reason,
    vanished_reason,
)
from casewatch.dates import uk_date
from casewatch.detectors.records import STATUS_STRENGTH
from casewatch.search_index.pages import pages_matching as search_pages

STATUS_WORDS = {
    "withheld": "withheld, not to be published",
    "unpublished": "not published",
    "published": "published",
    "in_progress": "under way or awaiting publication",
}


def new_items(
    archive: Database, since: Watermark, until: Watermark, queries: frozenset[str]
) -> list[Item]:
    """Everything added between the watermarks: review mentions, Ofsted judgements,
    vanished documents, and new pages matching any of `queries`; each item knows
    which of `queries` its page matches."""
    documents = Documents(archive)
    items = [
        *review_items(archive, documents, since, until),
        *judgement_items(archive, documents, since, until),
        *vanished_items(archive, documents, since, until),
    ]
    matched = pages_matching(archive, queries, [item.page_rowid for item in items])
    items = [
        replace(item, queries=matched.get(item.page_rowid, frozenset()))
        for item in items
    ]
    return items + text_items(archive, documents, since, until, queries)


NEW_REVIEW_MENTIONS = """
select m.id, m.sha256, m.page_no, m.rule_id, m.fields, m.snippet,
  substr(p.text, m.start + 1, m.end - m.start) as matched, p.rowid as page_rowid,
  p.ocr,
  rm.review_id, r.la_code as review_council,
  (select prior.status from review_mentions prior
   join mentions earlier on earlier.id = prior.mention_id
   where prior.review_id = rm.review_id and earlier.rowid <= :since
     and prior.status != 'unknown'
   order by prior.rowid desc limit 1) as status_before
from mentions m
left join pages p on p.sha256 = m.sha256 and p.page_no = m.page_no
join review_mentions rm on rm.mention_id = m.id
join reviews r on r.id = rm.review_id
where m.rowid > :since and m.rowid <= :until and m.kind = 'case_review'
order by m.rowid
"""
REVIEW_PAGES = """
select m.sha256, m.page_no from review_mentions rm
join mentions m on m.id = rm.mention_id
where rm.review_id = ? order by m.rowid
"""


def review_items(
    archive: Database, documents: Documents, since: Watermark, until: Watermark
) -> list[Item]:
    """New mentions of case reviews: one item for each review they name. A
    mention of reviews in general is no item (it stays in the archive's search):
    on real papers one in four such passages is no news. A status the review was
    not given before (by the mentions before the watermark) is also a status
    change."""
    groups: dict[str, list[dict]] = {}
    window = {"since": since.mentions, "until": until.mentions}
    for row in archive.query(NEW_REVIEW_MENTIONS, window):
        groups.setdefault(row["review_id"], []).append(row)
    return [review_item(archive, documents, rows) for rows in groups.values()]


def review_item(archive: Database, documents: Documents, rows: list[dict]) -> Item:
    """One review, told by the mention that says the most of its status."""
    said = [json.loads(row["fields"] or "{}") for row in rows]
    telling = max(
        range(len(rows)),
        key=lambda n: STATUS_STRENGTH.index(said[n].get("status", "unknown")),
    )
    row, fields = rows[telling], said[telling]
    review_id = row["review_id"]
    status, before = fields.get("status", "unknown"), row["status_before"]
    changed = status not in ("unknown", before)
    document = documents.get(row["sha256"])
    return Item(
        key=f"mention:{rows[0]['id']}",
        kind="Case reviews",
        events=frozenset(
            {"review_mention"} | ({"review_status"} if changed else set())
        ),
        headline=review_headline(fields, status, before if changed else None),
        importance=review_importance(status, changed),
        why=review_reason(row["rule_id"], fields),
        excerpt=marked(row["snippet"], row["matched"]),
        sha256=row["sha256"],
        page_no=row["page_no"],
        title=document.title,
        published=document.published,
        source_url=document.source_url,
        councils=review_councils(documents, rows, said),
        source_kinds=frozenset().union(
            *(documents.get(each["sha256"]).source_kinds for each in rows)
        ),
        page_rowid=row["page_rowid"],
        ocr=bool(row["ocr"]),
        sources=review_sources(archive, documents, review_id),
        review_id=review_id,
    )


def review_headline(fields: dict, status: str, before: str | None) -> str:
    """ "Serious case review (Child R): withheld, not to be published (was ...)"."""
    what = review_type(fields.get("type", "")).capitalize()
    if fields.get("subject"):
        what += f" ({fields['subject']})"
    was = f" (was {STATUS_WORDS.get(before, before)})" if before else ""
    return f"{what}: {STATUS_WORDS.get(status, 'mentioned')}{was}"


def review_councils(
    documents: Documents, rows: list[dict], said: list[dict]
) -> frozenset[str]:
    """The councils the mentions name (by code, name or partnership), their
    review's, and those of the documents' sources."""
    found: set[str] = set()
    for row, fields in zip(rows, said, strict=True):
        found |= named_councils(row, fields) | documents.get(row["sha256"]).councils
    return frozenset(found)


def named_councils(row: dict, fields: dict) -> frozenset[str]:
    """The councils a mention names (by code, name or partnership), or its review's."""
    return council_codes(
        code=fields.get("la_code"), name=fields.get("local_authority")
    ) | council_codes(code=row["review_council"], partnership=fields.get("board"))


def review_sources(
    archive: Database, documents: Documents, review_id: str
) -> tuple[str, ...]:
    """Every document and page that names the review, in the order found."""
    pages = archive.execute(REVIEW_PAGES, [review_id]).fetchall()
    named = (f"{documents.get(sha).title}, page {page}" for sha, page in pages)
    return tuple(dict.fromkeys(named))


def review_importance(status: str, changed: bool) -> int:
    if status in ("withheld", "unpublished"):
        return IMPORTANCE[status]
    return IMPORTANCE["status_changed" if changed else "mention"]


VANISHED = """
select url, sha256, gone_at, gone_reason, replaced_by from document_urls
where gone_at >= :since and gone_at <= :until
order by gone_at
"""


def vanished_items(
    archive: Database, documents: Documents, since: Watermark, until: Watermark
) -> list[Item]:
    """URLs that stopped answering with their document: taken down, or replaced
    by new bytes at the same URL. The window includes its first second, so a URL
    gone in the second a digest was read is not missed; the ledger keeps it from
    being sent twice."""
    items = []
    window = {"since": since.vanished, "until": until.vanished}
    for row in archive.query(VANISHED, window):
        document = documents.get(row["sha256"])
        day = uk_date(row["gone_at"][:10])
        items.append(
            Item(
                key=f"vanished:{row['sha256']}:{row['gone_at']}:{row['url']}",
                kind="Vanished documents",
                events=frozenset({"vanished_document"}),
                headline=f"Replaced on {day} by a new version; our copy is kept"
                if row["replaced_by"]
                else f"Taken down on {day}; our copy is kept",
                importance=IMPORTANCE["vanished"],
                why=vanished_reason(row["gone_reason"]),
                excerpt="",
                sha256=row["sha256"],
                page_no=None,
                title=document.title,
                published=document.published,
                source_url=row["url"],
                councils=document.councils,
                source_kinds=document.source_kinds,
            )
        )
    return items


def text_items(
    archive: Database,
    documents: Documents,
    since: Watermark,
    until: Watermark,
    queries: frozenset[str],
) -> list[Item]:
    """New pages matching each query: one item a page, however many queries match."""
    items: dict[int, Item] = {}
    for query in sorted(queries):
        for match in search_pages(
            archive, query, since.pages + 1, until.pages, (OPEN, CLOSE)
        ):
            if match.rowid in items:
                found = items[match.rowid]
                queries = found.queries | {query}
                items[match.rowid] = replace(
                    found, queries=queries, why=search_reason(queries)
                )
                continue
            sha256, page_no, ocr = archive.execute(
                "select sha256, page_no, ocr from pages where rowid = ?", [match.rowid]
            ).fetchone()
            document = documents.get(sha256)
            items[match.rowid] = Item(
                key=f"page:{sha256}:{page_no}",
                kind="Search matches",
                events=frozenset({"text_match"}),
                headline=f"New page matching {quoted(query)}",
                importance=IMPORTANCE["text_match"],
                why=search_reason({query}),
                excerpt=" ".join(match.excerpt.split()),
                sha256=sha256,
                page_no=page_no,
                title=document.title,
                published=document.published,
                source_url=document.source_url,
                councils=document.councils,
                source_kinds=document.source_kinds,
                page_rowid=match.rowid,
                ocr=bool(ocr),
                queries=frozenset({query}),
            )
    return list(items.values())


def pages_matching(
    archive: Database, queries: frozenset[str], rowids: list[int | None]
) -> dict[int | None, frozenset[str]]:
    """Which of `queries` each of these pages matches, by the page's rowid. One
    search each over the span of the pages' rowids: a night's pages are
    neighbours."""
    wanted = {rowid for rowid in rowids if rowid is not None}
    matched: dict[int | None, frozenset[str]] = {}
    for query in sorted(queries) if wanted else ():
        for match in search_pages(archive, query, min(wanted), max(wanted), ("", "")):
            if match.rowid in wanted:
                matched[match.rowid] = matched.get(match.rowid, frozenset()) | {query}
    return matched
