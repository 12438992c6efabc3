"""The schema as append-only sqlite-utils migrations: add functions, edit none."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

from sqlite_utils import Database, Migrations

from db import first_page_2026_12

migrations = Migrations("casewatch")


@migrations()
def create_archive(db: Database) -> None:
    """Sources, documents and their URLs, page texts, mentions, runs, failures."""
    db.table("sources").create(
        {
            "slug": str,
            "name": str,
            "kind": str,
            "platform": str,
            "organisation": str,
            "council": str,
            "start_urls": str,
            "last_run_id": int,
            "last_success": str,
            "last_error": str,
        },
        pk="slug",
        not_null={"name", "kind", "platform"},
    )
    db.table("documents").create(
        {
            "sha256": str,
            "title": str,
            "kind": str,
            "content_type": str,
            "format": str,
            "size": int,
            "page_count": int,
            "pages_needing_ocr": int,
            "extraction": str,
            "error": str,
            "path": str,
            "first_seen": str,
            "last_seen": str,
        },
        pk="sha256",
        not_null={"size", "extraction", "first_seen", "last_seen"},
    )
    db.table("document_urls").create(
        {
            "url": str,
            "sha256": str,
            "source": str,
            "title": str,
            "http_status": int,
            "etag": str,
            "last_modified": str,
            "first_seen": str,
            "last_seen": str,
            "gone_at": str,
        },
        pk=("url", "sha256"),
        foreign_keys=[("sha256", "documents", "sha256"), ("source", "sources", "slug")],
        not_null={"source", "first_seen", "last_seen"},
    )
    db.table("pages").create(
        {"sha256": str, "page_no": int, "text": str, "needs_ocr": int},
        pk=("sha256", "page_no"),
        foreign_keys=[("sha256", "documents", "sha256")],
        not_null={"text", "needs_ocr"},
    )
    db.table("pages").enable_fts(["text"], tokenize="porter", create_triggers=True)
    db.table("mentions").create(
        {
            "id": str,
            "sha256": str,
            "page_no": int,
            "start": int,
            "end": int,
            "snippet": str,
            "detector": str,
            "rule_id": str,
            "detector_version": int,
            "kind": str,
            "fields": str,
            "first_seen": str,
        },
        pk="id",
        foreign_keys=[("sha256", "documents", "sha256")],
        not_null={"sha256", "page_no", "start", "end", "snippet", "rule_id", "kind"},
    )
    db.table("crawl_runs").create(
        {
            "id": int,
            "spider": str,
            "sources": str,
            "pid": int,
            "started": str,
            "finished": str,
            "status": str,
            "finish_reason": str,
            "requests": int,
            "responses": int,
            "documents": int,
            "failures": int,
            "bytes": int,
        },
        pk="id",
        not_null={"spider", "started", "status"},
    )
    db.table("failures").create(
        {
            "source": str,
            "url": str,
            "title": str,
            "stage": str,
            "error": str,
            "reason": str,
            "http_status": int,
            "sha256": str,
            "attempts": int,
            "first_seen": str,
            "last_seen": str,
            "last_run_id": int,
            "resolved_at": str,
        },
        pk=("source", "url"),
        not_null={"stage", "error", "reason", "attempts", "first_seen", "last_seen"},
    )
    db.table("mentions").create_index(["sha256", "page_no"])
    db.table("mentions").create_index(["first_seen"])
    db.table("document_urls").create_index(["sha256"])
    db.table("document_urls").create_index(["source"])


@migrations()
def add_records(db: Database) -> None:
    """Case reviews and Ofsted judgements as records, and what a platform says of a
    document where it was listed (meeting, committee, agenda item, dates)."""
    for column in (
        "council",
        "committee",
        "meeting_date",
        "agenda_item",
        "published",
        "modified",
        "metadata",
    ):
        db.table("document_urls").add_column(column, str)
    db.table("reviews").create(
        {
            "id": str,
            "type": str,
            "subject": str,
            "board": str,
            "local_authority": str,
            "la_code": str,
            "year": int,
            "status": str,
            "status_sentence": str,
            "first_seen": str,
            "last_seen": str,
        },
        pk="id",
        not_null={"type", "status", "first_seen", "last_seen"},
    )
    db.table("review_mentions").create(
        {
            "review_id": str,
            "mention_id": str,
            "status": str,
            "status_sentence": str,
            "first_seen": str,
        },
        pk=("review_id", "mention_id"),
        foreign_keys=[("review_id", "reviews", "id"), ("mention_id", "mentions", "id")],
        not_null={"status", "first_seen"},
    )
    db.table("ofsted_judgements").create(
        {
            "id": str,
            "la_code": str,
            "local_authority": str,
            "judgement_area": str,
            "grade": str,
            "visit_type": str,
            "date": str,
            "source": str,
            "mention_id": str,
            "sha256": str,
            "url": str,
            "first_seen": str,
        },
        pk="id",
        foreign_keys=[
            ("mention_id", "mentions", "id"),
            ("sha256", "documents", "sha256"),
        ],
        not_null={"judgement_area", "visit_type", "source", "first_seen"},
    )
    db.table("review_mentions").create_index(["mention_id"])
    db.table("reviews").create_index(["la_code", "type"])
    db.table("ofsted_judgements").create_index(["la_code", "date"])


@migrations()
def add_nightly_runs(db: Database) -> None:
    """One row per night's work: when it ran and how each of its steps ended."""
    db.table("nightly_runs").create(
        {"id": int, "started": str, "finished": str, "status": str, "steps": str},
        pk="id",
        not_null={"started", "status", "steps"},
    )


@migrations()
def add_published_reviews(db: Database) -> None:
    """Case reviews as registers list them (the NSPCC repository's yearly lists,
    partnerships' review pages): what reviews found in documents are matched to."""
    db.table("published_reviews").create(
        {
            "id": str,
            "title": str,
            "subject": str,
            "type": str,
            "board": str,
            "local_authority": str,
            "la_code": str,
            "year": int,
            "published": str,
            "url": str,
            "source": str,
            "first_seen": str,
        },
        pk="id",
        foreign_keys=[("source", "sources", "slug")],
        not_null={"title", "source", "first_seen"},
    )
    db.table("published_reviews").create_index(["la_code", "type"])
    db.table("published_reviews").create_index(["subject"])


@migrations()
def add_vanished_index(db: Database) -> None:
    """Alerts read the URLs that vanished since their last digest by time."""
    db.table("document_urls").create_index(["gone_at"])


@migrations()
def add_incremental_crawling(db: Database) -> None:
    """What a recrawl needs and finds: the kind a URL was listed as and the page
    that listed it, versions of a URL linked (replaces, replaced_by) and why it is
    gone; per run the documents new, changed, unchanged and gone, the extractions
    and the responses by status, and the same per source in crawl_run_sources."""
    for column in ("kind", "listed_on", "replaces", "replaced_by", "gone_reason"):
        db.table("document_urls").add_column(column, str)
    for column in (
        "documents_new",
        "documents_changed",
        "documents_unchanged",
        "documents_gone",
        "extractions",
    ):
        db.table("crawl_runs").add_column(column, int)
    db.table("crawl_runs").add_column("responses_by_status", str)
    db.table("crawl_run_sources").create(
        {
            "run_id": int,
            "source": str,
            "requests": int,
            "responses": int,
            "responses_by_status": str,
            "bytes": int,
            "documents": int,
            "documents_new": int,
            "documents_changed": int,
            "documents_unchanged": int,
            "documents_gone": int,
            "extractions": int,
            "failures": int,
        },
        pk=("run_id", "source"),
        foreign_keys=[("run_id", "crawl_runs", "id"), ("source", "sources", "slug")],
    )
    db.execute(
        "update document_urls set kind = (select d.kind from documents d"
        " where d.sha256 = document_urls.sha256) where kind is null"
    )
    # Before this, new bytes at a URL left the old version live beside them.
    db.execute(
        "update document_urls set gone_at = last_seen, gone_reason = 'replaced',"
        " replaced_by = (select v.sha256 from document_urls v where v.url ="
        " document_urls.url and v.last_seen > document_urls.last_seen"
        " order by v.last_seen desc limit 1)"
        " where gone_at is null and exists (select 1 from document_urls v"
        " where v.url = document_urls.url and v.last_seen > document_urls.last_seen)"
    )
    db.table("document_urls").create_index(["listed_on"])


@migrations()
def add_review_councils(db: Database) -> None:
    """Every council a review concerns (its own, and each council of the partnership
    that holds it), so a two-council partnership's review is found under both."""
    db.table("review_councils").create(
        {"review_id": str, "la_code": str, "via": str},
        pk=("review_id", "la_code"),
        foreign_keys=[("review_id", "reviews", "id")],
    )
    db.table("review_councils").create_index(["la_code"])
    db.table("review_councils").insert_all(
        {"review_id": review["id"], "la_code": code, "via": via}
        for review in db.query("select id, la_code, board from reviews")
        for code, via in _councils_concerned(review["la_code"], review["board"])
    )


# What add_review_councils read from casewatch/places when it was written: each
# partnership's names, as _partnership_key folds them, and its councils (ONS codes).
# A copy, so that what the migration did never changes with the place register.
PARTNERSHIP_COUNCILS = {
    "kingston and richmond safeguarding children partnership": (
        "E09000021",
        "E09000027",
    ),
    "krscp": ("E09000021", "E09000027"),
    "kingston and richmond local safeguarding children board": (
        "E09000021",
        "E09000027",
    ),
    "kingston and richmond lscb": ("E09000021", "E09000027"),
    "pan dorset safeguarding children partnership": ("E06000058", "E06000059"),
    "pdscp": ("E06000058", "E06000059"),
    "berkshire west safeguarding children partnership": (
        "E06000038",
        "E06000037",
        "E06000041",
    ),
    "bwscp": ("E06000038", "E06000037", "E06000041"),
    "cumbria safeguarding children partnership": ("E06000063", "E06000064"),
    "tri borough local safeguarding children board": (
        "E09000013",
        "E09000020",
        "E09000033",
    ),
    "tri borough lscb": ("E09000013", "E09000020", "E09000033"),
    "three borough local safeguarding children partnership": (
        "E09000013",
        "E09000020",
        "E09000033",
    ),
    "northamptonshire safeguarding children partnership": ("E06000061", "E06000062"),
    "northamptonshire children safeguarding partnership": ("E06000061", "E06000062"),
    "cambridgeshire and peterborough safeguarding children partnership board": (
        "E10000003",
        "E06000031",
    ),
    "cambridgeshire and peterborough safeguarding children board": (
        "E10000003",
        "E06000031",
    ),
    "cpscb": ("E10000003", "E06000031"),
    "leicestershire and rutland safeguarding children partnership": (
        "E10000018",
        "E06000017",
    ),
    "lrscp": ("E10000018", "E06000017"),
}


def _councils_concerned(
    la_code: str | None, board: str | None
) -> list[tuple[str, str]]:
    """casewatch.places.councils_concerned as it was: the review's council, then the
    other councils of the partnership named as its board."""
    concerned = [(la_code, "council")] if la_code else []
    joint = PARTNERSHIP_COUNCILS.get(_partnership_key(board)) if board else ()
    concerned += [(code, "partnership") for code in joint or () if code != la_code]
    return concerned


def _partnership_key(name: str) -> str:
    """casewatch.places' folding of a partnership's name, as it was."""
    name = re.sub(r"\s*\([A-Z]{2,8}\)\s*$", "", name)
    name = name.replace("\u2019", "'").replace("\u2018", "'")
    name = re.sub(r"[.,]", " ", name.casefold().replace("&", " and ")).replace("-", " ")
    words = name.split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words).replace("children's", "children").replace("'", "")


@migrations()
def add_listing_pages(db: Database) -> None:
    """Pages that linked to documents or to other pages, kept (compressed) with their
    validators: a recrawl asks for each conditionally and walks the kept copy of an
    unchanged one, so its links are followed and seen as linked without its bytes."""
    db.table("listing_pages").create(
        {
            "url": str,
            "source": str,
            "sha256": str,
            "content_type": str,
            "etag": str,
            "last_modified": str,
            "body": bytes,
            "fetched_at": str,
            "last_seen": str,
        },
        pk="url",
        foreign_keys=[("source", "sources", "slug")],
        not_null={"source", "sha256", "body", "fetched_at", "last_seen"},
    )


@migrations()
def add_document_dates(db: Database) -> None:
    """The date a document is of (`dated`) and where it came from (`dated_from`:
    meeting, published, article, ofsted, first_page or pdf_created), beside
    first_seen, when casewatch fetched it; and what the last two come from, the
    date its first page prints as its own and its PDF's creation day. An existing
    archive's are read from its listings and first pages (its PDFs' metadata is not
    in the database: new crawls fill `created`)."""
    for column in ("printed_date", "created", "dated", "dated_from"):
        db.table("documents").add_column(column, str)
    for sha256, text, found in db.execute(
        "select p.sha256, p.text, d.first_seen from pages p join documents d"
        " using (sha256) where p.page_no = 1"
    ).fetchall():
        printed = first_page_2026_12.printed_date(text)
        ahead = (date.fromisoformat(found[:10]) + timedelta(days=120)).isoformat()
        if printed and printed <= ahead:
            db.execute(
                "update documents set printed_date = ? where sha256 = ?",
                [printed, sha256],
            )
    db.execute(
        "with candidates as ("
        " select sha256, 1 as rank, 'meeting' as source,"
        "  substr(meeting_date, 1, 10) as day from document_urls"
        "  where meeting_date glob '[12][0-9][0-9][0-9]-[01][0-9]*'"
        " union all select u.sha256,"
        "  case s.kind when 'news' then 3 when 'ofsted' then 4 else 2 end,"
        "  case s.kind when 'news' then 'article' when 'ofsted' then 'ofsted'"
        "   else 'published' end, substr(u.published, 1, 10)"
        "  from document_urls u left join sources s on s.slug = u.source"
        "  where u.published glob '[12][0-9][0-9][0-9]-[01][0-9]*'"
        " union all select sha256, 5, 'first_page', printed_date from documents"
        "  where printed_date is not null)"
        " update documents set (dated, dated_from) = (select day, source"
        "  from candidates c where c.sha256 = documents.sha256"
        "  order by rank, day limit 1)"
    )
    db.table("documents").create_index(["dated"])


@migrations()
def add_document_councils(db: Database) -> None:
    """Every council a document concerns, so a council's filters find a story
    about two councils under both: the council of each source that listed it
    (`source`), each council of a partnership source (`partnership`), and for
    news the councils its records name (`record`) and its text names (`text`).
    An existing archive gets its sources' councils and its news stories' review
    and judgement councils; a source's partnership councils are added when it is
    next crawled, and an old story's text is not read again."""
    db.table("document_councils").create(
        {"sha256": str, "la_code": str, "via": str},
        pk=("sha256", "la_code"),
        foreign_keys=[("sha256", "documents", "sha256")],
        not_null={"via"},
    )
    db.table("document_councils").create_index(["la_code"])
    db.execute(
        "insert or ignore into document_councils (sha256, la_code, via)"
        " select sha256, code, 'source' from ("
        "  select u.sha256, s.council as code from document_urls u"
        "  join sources s on s.slug = u.source"
        "  union all select sha256, council from document_urls"
        "  union all select u.sha256, s.organisation from document_urls u"
        "  join sources s on s.slug = u.source)"
        " where code glob 'E0[6-9]*' or code glob 'E10*' or code glob 'W06*'"
    )
    db.execute(
        "insert or ignore into document_councils (sha256, la_code, via)"
        " select m.sha256, rc.la_code, 'record' from review_councils rc"
        " join review_mentions rm on rm.review_id = rc.review_id"
        " join mentions m on m.id = rm.mention_id"
        " join documents d on d.sha256 = m.sha256 where d.kind = 'article'"
        " union all select j.sha256, j.la_code, 'record' from ofsted_judgements j"
        " join documents d on d.sha256 = j.sha256"
        " where d.kind = 'article' and j.la_code is not null"
    )


@migrations()
def add_start_pages(db: Database) -> None:
    """The page a crawl of a source started from when the spider had to find it (the
    CMIS entry point that answered with a meetings calendar), per run and source."""
    db.table("crawl_run_sources").add_column("start_page", str)


@migrations()
def add_judgement_sources(db: Database) -> None:
    """One judgement per inspection: every row so far becomes a source of a
    judgement (keeping its rowid, which digests' watermarks count), and the rows of
    one inspection merge into the oldest, shown as its best source states it. The
    rule is casewatch/judgements.py's as this migration was written, copied here."""
    db.table("judgement_sources").create(
        {
            "id": str,
            "judgement_id": str,
            "source": str,
            "la_code": str,
            "local_authority": str,
            "judgement_area": str,
            "grade": str,
            "visit_type": str,
            "date": str,
            "mention_id": str,
            "sha256": str,
            "url": str,
            "first_seen": str,
        },
        pk="id",
        foreign_keys=[
            ("judgement_id", "ofsted_judgements", "id"),
            ("mention_id", "mentions", "id"),
            ("sha256", "documents", "sha256"),
        ],
        not_null={"judgement_id", "source", "judgement_area", "visit_type"},
    )
    columns = (
        "source, la_code, local_authority, judgement_area, grade, visit_type, date,"
        " mention_id, sha256, url, first_seen"
    )
    db.execute(
        f"insert into judgement_sources (rowid, id, judgement_id, {columns})"
        f" select rowid, id, id, {columns} from ofsted_judgements order by rowid"
    )
    for index in (["judgement_id"], ["mention_id"], ["url"]):
        db.table("judgement_sources").create_index(index)
    for judgement_id, members in _inspections_then(db).items():
        others = [member for member in members if member != judgement_id]
        if not others:
            continue
        db.execute(
            "update judgement_sources set judgement_id = ? where id in"
            " (select value from json_each(?))",
            [judgement_id, json.dumps(others)],
        )
        db.execute(
            "delete from ofsted_judgements where id in"
            " (select value from json_each(?))",
            [json.dumps(others)],
        )
        db.execute(BEST_SOURCE_THEN, [judgement_id])


BEST_SOURCE_THEN = """
update ofsted_judgements set
  (grade, source, mention_id, sha256, url) = (
    select grade, source, mention_id, sha256, url from judgement_sources s
    where s.judgement_id = ofsted_judgements.id
    order by case s.source when 'official' then 0 when 'report' then 1 else 2 end,
      s.rowid limit 1),
  date = (
    select date from judgement_sources s
    where s.judgement_id = ofsted_judgements.id and s.date is not null
    order by case s.source when 'official' then 0 when 'report' then 1 else 2 end,
      s.rowid limit 1)
where id = ?
"""


def _inspections_then(db: Database) -> dict[str, list[str]]:
    """The rows of each inspection, under the oldest row's id: one council (code,
    else name), visit type and area; the official record's and a report's URL in
    common (never a mention's: a report's prose may speak of earlier inspections);
    else (dated) within seven months for an inspection, the same month for a visit,
    the same year for a year; else (undated, same grade) a dated row from the same
    document."""
    groups: dict[tuple, list[dict]] = {}
    for row in db.query(
        "select rowid, * from ofsted_judgements order by date is null, rowid"
    ):
        council = row["la_code"] or (row["local_authority"] or "").lower()
        key = (council, row["visit_type"], row["judgement_area"])
        group = groups.setdefault(key if council else ("alone", row["id"]), [])
        inspection = _inspection_then(row, group)
        if inspection is None:
            inspection = {"rows": [], "urls": set(), "documents": set()}
            inspection.update(date=None, grade=None, rank=9, date_rank=9)
            group.append(inspection)
        inspection["rows"].append(row)
        rank = {"official": 0, "report": 1}.get(row["source"], 2)
        if rank < inspection["rank"]:
            inspection.update(rank=rank, grade=row["grade"])
        if row["date"] and rank < inspection["date_rank"]:
            inspection.update(date_rank=rank, date=row["date"])
        if row["source"] != "mention":
            inspection["urls"] |= {row["url"]} - {None}
        if row["date"] and row["sha256"]:
            inspection["documents"].add(row["sha256"])
    found: dict[str, list[str]] = {}
    for group in groups.values():
        for inspection in group:
            rows = sorted(inspection["rows"], key=lambda row: row["rowid"])
            found[rows[0]["id"]] = [row["id"] for row in rows]
    return found


def _inspection_then(row: dict, group: list[dict]) -> dict | None:
    if row["source"] != "mention" and (
        same := [i for i in group if row["url"] in i["urls"]]
    ):
        return same[0]
    if not row["date"]:
        return next(
            (
                i
                for i in group
                if row["sha256"] in i["documents"] and i["grade"] == row["grade"]
            ),
            None,
        )
    spread = 7 if row["visit_type"] == "inspection" else 0
    near = [
        (apart, index, inspection)
        for index, inspection in enumerate(group)
        if inspection["date"]
        and (apart := _months_apart_then(row["date"], inspection["date"])) is not None
        and apart <= spread
    ]
    return min(near, key=lambda each: each[:2])[2] if near else None


def _months_apart_then(first: str, second: str) -> int | None:
    if len(first) < 7 or len(second) < 7:
        return 0 if first[:4] == second[:4] else None
    months = [int(date[:4]) * 12 + int(date[5:7]) for date in (first, second)]
    return abs(months[0] - months[1])


@migrations()
def add_review_keys(db: Database) -> None:
    """One review across documents: the keys each review so far is recognised by
    (casewatch/reviews.py's as this migration was written, copied here), and the
    reviews that share one merged into the oldest, with all their mentions and
    councils and the most informative status any of them had."""
    db.table("review_keys").create(
        {"key": str, "review_id": str},
        pk="key",
        foreign_keys=[("review_id", "reviews", "id")],
    )
    db.table("review_keys").create_index(["review_id"])
    owners: dict[str, str] = {}
    merged: dict[str, list[dict]] = {}
    for row in db.query(REVIEWS_THEN):
        keys = _review_keys_then(row)
        owner = next((owners[key] for key in keys if key in owners), row["id"])
        for key in keys:
            owners.setdefault(key, owner)
        merged.setdefault(owner, []).append(row)
    db.table("review_keys").insert_all(
        {"key": key, "review_id": owner} for key, owner in owners.items()
    )
    for owner, rows in merged.items():
        if len(rows) > 1:
            _merge_reviews_then(db, owner, rows)


REVIEWS_THEN = """
select r.rowid, r.*,
  (select group_concat(la_code) from (select la_code from review_councils c
   where c.review_id = r.id order by la_code)) as councils,
  (select m.sha256 from review_mentions rm join mentions m on m.id = rm.mention_id
   where rm.review_id = r.id order by rm.rowid limit 1) as sha256,
  (select m.page_no from review_mentions rm join mentions m on m.id = rm.mention_id
   where rm.review_id = r.id order by rm.rowid limit 1) as page_no
from reviews r order by r.rowid
"""


def _review_keys_then(row: dict) -> list[str]:
    def folded(text: str | None) -> str:
        return " ".join((text or "").casefold().split())

    kind, place = row["type"], row["councils"] or ""
    # A review no mention names (none should be) is recognised by its own id.
    page = f"{row['sha256']}:{row['page_no']}" if row["sha256"] else row["id"]
    stated, year = row["status"] != "unknown", f"year:{row['year'] or ''}"
    sentence = folded(row["status_sentence"]) if stated else ""
    if row["subject"]:
        subject = f"subject:{row['subject'].casefold()}"
        if place:
            return [f"{kind}|{place}|{subject}"]
        copies = [f"{kind}|{subject}|sentence:{sentence}"] if sentence else []
        return [f"{kind}|{row['sha256'] or row['id']}|{subject}", *copies]
    keys = [f"{kind}|{place}|{year}|status:{row['status']}"] if place and stated else []
    if sentence:
        keys.append(f"{kind}|board:{folded(row['board'])}|{year}|sentence:{sentence}")
    return [*keys, f"{kind}|{page}"]


def _merge_reviews_then(db: Database, owner: str, rows: list[dict]) -> None:
    strength = ("unknown", "published", "in_progress", "unpublished", "withheld")
    telling = max(rows, key=lambda row: strength.index(row["status"]))
    others = json.dumps([row["id"] for row in rows if row["id"] != owner])

    def first(name: str):
        return next((row[name] for row in rows if row[name] is not None), None)

    for table in ("review_mentions", "review_councils"):
        db.execute(
            f"update or ignore {table} set review_id = ? where review_id in"
            " (select value from json_each(?))",
            [owner, others],
        )
        db.execute(
            f"delete from {table} where review_id in (select value from json_each(?))",
            [others],
        )
    db.execute(
        "delete from reviews where id in (select value from json_each(?))", [others]
    )
    db.table("reviews").update(
        owner,
        {
            **{name: first(name) for name in ("subject", "board", "local_authority")},
            **{name: first(name) for name in ("la_code", "year")},
            "status": telling["status"],
            "status_sentence": telling["status_sentence"],
            "first_seen": min(row["first_seen"] for row in rows),
            "last_seen": max(row["last_seen"] for row in rows),
        },
    )


@migrations()
def add_ocr_pages(db: Database) -> None:
    """Pages whose text OCR read (a scan, or a garbled text layer): `ocr` 1, with
    Tesseract's mean word confidence (0-100). Existing pages were all read from
    their text layer."""
    db.table("pages").add_column("ocr", int, not_null_default=0)
    db.table("pages").add_column("ocr_confidence", float)


@migrations()
def add_search_index_mark(db: Database) -> None:
    """Where the search index beside the archive stands: the index folder it
    describes (`index_id`), the last page it holds (`pages`, a pages rowid) and the
    last change it has taken in (`changes`); and the documents whose councils, date,
    source kinds or page texts changed since their pages were indexed
    (`search_index_changes`, kept by triggers), so the index learns of them without
    reading everything."""
    db.table("search_index").create(
        {"id": int, "index_id": str, "pages": int, "changes": int, "updated": str},
        pk="id",
        not_null={"index_id", "pages", "changes", "updated"},
    )
    # the catch-up keeps the last row it took in, so a seq is never used twice
    db.execute(
        "create table search_index_changes"
        " (seq integer primary key, sha256 text not null)"
    )
    changed = "insert into search_index_changes (sha256) values"
    db.execute(
        "create trigger search_index_council_added after insert on document_councils"
        f" begin {changed} (new.sha256); end"
    )
    db.execute(
        "create trigger search_index_council_removed after delete on document_councils"
        f" begin {changed} (old.sha256); end"
    )
    db.execute(
        "create trigger search_index_redated after update of dated, first_seen"
        " on documents when new.dated is not old.dated"
        " or new.first_seen is not old.first_seen"
        f" begin {changed} (new.sha256); end"
    )
    # a page replaced (OCR reads a scanned page into a new row) or rewritten
    db.execute(
        "create trigger search_index_page_removed after delete on pages"
        f" begin {changed} (old.sha256); end"
    )
    db.execute(
        "create trigger search_index_page_rewritten after update of text on pages"
        f" when new.text is not old.text begin {changed} (new.sha256); end"
    )
    # a listing by a source of a kind the document was not yet listed by
    db.execute(
        "create trigger search_index_new_source_kind after insert on document_urls"
        " when not exists (select 1 from document_urls u join sources s"
        " on s.slug = u.source where u.sha256 = new.sha256 and u.rowid != new.rowid"
        " and s.kind = (select kind from sources where slug = new.source))"
        f" begin {changed} (new.sha256); end"
    )


@migrations()
def add_shared_crawls(db: Database) -> None:
    """Crawls shared by many crawler processes (casewatch crawl --redis): a run's
    `crawler` names its process (host, pid, token) where the writer is another; the
    writer keeps a receipt of each message it stored, in the same transaction, so a
    message replayed after a kill is not stored twice."""
    db.table("crawl_runs").add_column("crawler", str)
    db.table("store_receipts").create({"id": str, "stored_at": str}, pk="id")


@migrations()
def add_mentions_capped(db: Database) -> None:
    """What the detectors' caps on mentions left out of a document, if anything: a
    page repeating "serious case review" ten thousand times is not ten thousand
    mentions, and a reader must know some were not kept."""
    db.table("documents").add_column("mentions_capped", str)


@migrations()
def add_published_reviews_nocase_indexes(db: Database) -> None:
    """`leads` looks a review up in the registers by board and by council name, each
    compared without case: without these indexes each review scanned every register
    entry twice (8 s for `leads` at ten million pages, 1 s with them)."""
    for column in ("board", "local_authority"):
        db.execute(
            f"create index idx_published_reviews_{column}_nocase"
            f" on published_reviews ({column} collate nocase)"
        )
