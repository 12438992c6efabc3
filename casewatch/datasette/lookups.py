"""What a card says beside a canned query's row: the document's date, source and
original address, the reviews and judgements on the page, a review's councils.

Each lookup takes the keys many rows share (documents, pages, reviews) and asks the
archive once, so a page of cards costs a few queries whatever produced its rows.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable

DOCUMENTS = """
select d.sha256, d.title, d.dated, d.dated_from, d.first_seen, d.format,
  u.url, s.name as source_name, s.kind as source_kind,
  (select group_concat(dc.la_code) from document_councils dc
   where dc.sha256 = d.sha256) as councils
from json_each(:keys) k
join documents d on d.sha256 = k.value
left join document_urls u on u.rowid = (
  select v.rowid from document_urls v where v.sha256 = d.sha256
  order by v.gone_at is not null, v.first_seen limit 1)
left join sources s on s.slug = u.source
"""
PAGE_REVIEWS = """
select m.sha256, m.page_no, m.id as mention_id, r.id, r.type, r.subject, r.board,
  coalesce(council_name(r.la_code), r.local_authority) as council, r.status
from json_each(:keys) k
join mentions m on m.sha256 = json_extract(k.value, '$[0]')
  and m.page_no = json_extract(k.value, '$[1]')
join review_mentions rm on rm.mention_id = m.id
join reviews r on r.id = rm.review_id
order by m.start
"""
PAGE_JUDGEMENTS = """
select m.sha256, m.page_no, m.id as mention_id, o.id, o.visit_type, o.date,
  o.judgement_area, o.grade, o.la_code
from json_each(:keys) k
join mentions m on m.sha256 = json_extract(k.value, '$[0]')
  and m.page_no = json_extract(k.value, '$[1]')
join judgement_sources s on s.mention_id = m.id
join ofsted_judgements o on o.id = s.judgement_id
order by m.start
"""
REVIEW_COUNCILS = """
select k.value as review_id, rc.la_code
from json_each(:keys) k join review_councils rc on rc.review_id = k.value
union
select k.value, dc.la_code
from json_each(:keys) k
join review_mentions rm on rm.review_id = k.value
join mentions m on m.id = rm.mention_id
join document_councils dc on dc.sha256 = m.sha256
where not exists (select 1 from review_councils where review_id = k.value)
"""
REVIEW_MENTIONS = """
select m.sha256, m.page_no, m.id as mention_id, m.first_seen,
  mark(m.snippet, substr(p.text, m.start + 1, m.end - m.start)) as snippet,
  rm.status_sentence
from review_mentions rm
join mentions m on m.id = rm.mention_id
join documents d on d.sha256 = m.sha256
left join pages p on p.sha256 = m.sha256 and p.page_no = m.page_no
where rm.review_id = :review_id
order by coalesce(d.dated, substr(m.first_seen, 1, 10)), m.first_seen, m.rowid
"""
DOCUMENT_MENTIONS = """
select m.sha256, m.page_no, m.id as mention_id, m.first_seen,
  mark(m.snippet, substr(p.text, m.start + 1, m.end - m.start)) as snippet, p.ocr
from mentions m
left join pages p on p.sha256 = m.sha256 and p.page_no = m.page_no
where m.sha256 = :sha256
order by m.page_no, m.start
"""


async def documents(db, sha256s: Iterable[str]) -> dict[str, dict]:
    """Each document's title, own date, first live address, source and councils."""
    rows = await db.execute(DOCUMENTS, {"keys": json.dumps(sorted(set(sha256s)))})
    return {row["sha256"]: dict(row) for row in rows}


async def page_facts(
    db, pages: Iterable[tuple[str, int]]
) -> dict[tuple[str, int], list[dict]]:
    """The reviews and judgements each page's mentions belong to, in page order."""
    keys = {"keys": json.dumps(sorted(set(pages)))}
    facts: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for kind, sql in (("review", PAGE_REVIEWS), ("judgement", PAGE_JUDGEMENTS)):
        for row in await db.execute(sql, keys):
            facts[(row["sha256"], row["page_no"])].append({**dict(row), "fact": kind})
    return facts


async def review_councils(db, review_ids: Iterable[str]) -> dict[str, list[str]]:
    """Each review's councils: its own and its partnership's, else the councils of
    the documents that mention it."""
    keys = {"keys": json.dumps(sorted(set(review_ids)))}
    councils: dict[str, list[str]] = defaultdict(list)
    for row in await db.execute(REVIEW_COUNCILS, keys):
        councils[row["review_id"]].append(row["la_code"])
    return councils


async def review(db, review_id: str) -> dict | None:
    found = (
        await db.execute("select * from reviews where id = ?", [review_id])
    ).first()
    return dict(found) if found else None


async def review_mentions(db, review_id: str) -> list[dict]:
    """Every mention of a review, the earliest document first."""
    rows = await db.execute(REVIEW_MENTIONS, {"review_id": review_id})
    return [dict(row) for row in rows]


async def document_mentions(db, sha256: str) -> list[dict]:
    """Every mention in a document, in page order."""
    rows = await db.execute(DOCUMENT_MENTIONS, {"sha256": sha256})
    return [dict(row) for row in rows]
