"""Ofsted judgements new between two watermarks, each once with all its sources.

A digest reads the judgement sources added since its watermark and shows each
judgement they belong to once: a judgement none of whose sources was known before
is new; a new source of a known judgement is shown only when it gives a grade other
than one known before. "(was X)" is the council's grade in that area at its
previous dated inspection, one known from Ofsted's data or a report first; an
undated mention is never a previous grade.
"""

from __future__ import annotations

from sqlite_utils import Database

from casewatch.alerts.documents import Documents, council_codes
from casewatch.alerts.follows import council_name
from casewatch.alerts.items import IMPORTANCE, Item, Watermark, marked
from casewatch.alerts.reasons import judgement_reason
from casewatch.dates import uk_date

VISIT_NAMES = {
    "inspection": "inspection",
    "focused_visit": "focused visit",
    "monitoring_visit": "monitoring visit",
    "jtai": "joint targeted area inspection",
    "unknown": "visit or inspection",
}
NEW_SOURCES = """
select distinct judgement_id from judgement_sources
where rowid > :since and rowid <= :until
order by rowid
"""
SOURCES = """
select s.rowid, s.id, s.source, s.grade, s.sha256, s.mention_id, s.url, m.page_no,
  m.rule_id, m.snippet, substr(p.text, m.start + 1, m.end - m.start) as matched,
  p.rowid as page_rowid, p.ocr
from judgement_sources s
left join mentions m on m.id = s.mention_id
left join pages p on p.sha256 = m.sha256 and p.page_no = m.page_no
where s.judgement_id = ?
order by case s.source when 'official' then 0 when 'report' then 1 else 2 end,
  s.rowid
"""
# Year-only dates ("2012") are before a month of a later year only.
PREVIOUS_GRADE = """
select p.grade from ofsted_judgements p
where p.la_code = :la_code and p.judgement_area = :judgement_area
  and p.id != :id and p.grade is not null and p.date is not null
  and iif(length(p.date) >= 7, p.date < :date, p.date < substr(:date, 1, 4))
order by exists(select 1 from judgement_sources s where s.judgement_id = p.id
    and s.source in ('official', 'report')) desc,
  p.date desc
limit 1
"""


def judgement_items(
    archive: Database, documents: Documents, since: Watermark, until: Watermark
) -> list[Item]:
    """Judgements first known, or newly contradicted, between the watermarks."""
    window = {"since": since.judgement_sources, "until": until.judgement_sources}
    items = []
    for (judgement_id,) in archive.execute(NEW_SOURCES, window).fetchall():
        judgement = archive.table("ofsted_judgements").get(judgement_id)
        sources = list(archive.query(SOURCES, [judgement_id]))
        fresh = [s for s in sources if s["rowid"] > since.judgement_sources]
        known = {s["grade"] for s in sources if s not in fresh and s["grade"]}
        disputing = [s for s in fresh if s["grade"] and known - {s["grade"]}]
        if len(fresh) == len(sources) or disputing:
            told = disputing or fresh
            items.append(_item(archive, documents, judgement, sources, told))
    return items


def _item(
    archive: Database,
    documents: Documents,
    judgement: dict,
    sources: list[dict],
    told: list[dict],
) -> Item:
    """The judgement, told by the new sources (`told`, best first): the first in
    a document gives the excerpt."""
    grade = judgement["grade"]
    before = previous_grade(archive, judgement)
    changed = bool(grade and before and grade != before)
    others = sorted({s["grade"] for s in sources if s["grade"] not in (grade, None)})
    shown = next((s for s in told + sources if s["sha256"]), None)
    document = documents.get(shown["sha256"]) if shown else None
    first = min(told, key=lambda source: source["rowid"])
    return Item(
        key=f"mention:{first['mention_id']}"
        if first["mention_id"]
        else f"ofsted:{first['id']}",
        kind="Ofsted judgements",
        events=frozenset({"ofsted_judgement"}),
        headline=headline(judgement, before if changed else None, others),
        importance=importance(grade, changed, bool(others)),
        why=reason(judgement, told[0]),
        excerpt=marked(shown["snippet"] or "", shown["matched"]) if shown else "",
        sha256=shown["sha256"] if shown else "",
        page_no=shown["page_no"] if shown else None,
        title=document.title if document else "Ofsted's published inspection outcomes",
        published=document.published if document else "",
        source_url=document.source_url if document else official_url(sources),
        councils=council_codes(
            code=judgement["la_code"], name=judgement["local_authority"]
        )
        | (document.councils if document else frozenset()),
        source_kinds=source_kinds(documents, sources),
        page_rowid=shown["page_rowid"] if shown else None,
        ocr=bool(shown and shown["ocr"]),
        sources=described(documents, sources),
    )


def reason(judgement: dict, told: dict) -> str:
    """What the best of the new sources says, with its own grade."""
    code = judgement["la_code"]
    council = council_name(code) if code else judgement["local_authority"] or ""
    stated = {**judgement, "grade": told["grade"] or judgement["grade"]}
    return judgement_reason(stated, told["source"], council)


def official_url(sources: list[dict]) -> str:
    """The address of Ofsted's own record of the judgement, if it has one."""
    return next((s["url"] for s in sources if s["source"] == "official"), "") or ""


def previous_grade(archive: Database, judgement: dict) -> str | None:
    """The grade at the council's previous dated inspection in the same area."""
    if not (judgement["date"] and judgement["grade"] and judgement["la_code"]):
        return None
    row = archive.execute(
        PREVIOUS_GRADE,
        {key: judgement[key] for key in ("id", "la_code", "judgement_area", "date")},
    ).fetchone()
    return row[0] if row else None


def headline(judgement: dict, before: str | None, others: list[str]) -> str:
    """ "Ofsted, December 2024: outstanding (leadership) (was good)"."""
    grade, when, area = (
        judgement["grade"],
        judgement["date"],
        judgement["judgement_area"],
    )
    what = grade.replace("_", " ") if grade else VISIT_NAMES[judgement["visit_type"]]
    if area and area != "other":
        what += f" ({area})"
    was = f" (was {before.replace('_', ' ')})" if before else ""
    disagree = (
        f"; another source says {' or '.join(o.replace('_', ' ') for o in others)}"
        if others
        else ""
    )
    when = f", {uk_date(when)}" if when else ""
    return f"Ofsted{when}: {what}{was}{disagree}"


def importance(grade: str | None, changed: bool, disputed: bool) -> int:
    if grade in ("inadequate", "requires_improvement"):
        return IMPORTANCE[grade]
    if disputed:
        return IMPORTANCE["sources_disagree"]
    return IMPORTANCE["grade_changed" if changed else "mention"]


def source_kinds(documents: Documents, sources: list[dict]) -> frozenset[str]:
    """The kinds of the sites whose documents state it; Ofsted for its own data."""
    kinds = {"ofsted"} if any(s["source"] == "official" for s in sources) else set()
    for source in sources:
        if source["sha256"]:
            kinds |= documents.get(source["sha256"]).source_kinds
    return frozenset(kinds)


def described(documents: Documents, sources: list[dict]) -> tuple[str, ...]:
    """Each source once, best first: Ofsted's data, then each document's pages."""
    said: dict[str, None] = {}
    for source in sources:
        if source["source"] == "official":
            said["Ofsted's published outcomes"] = None
        elif source["sha256"]:
            title = documents.get(source["sha256"]).title
            said[f"{title}, page {source['page_no']}"] = None
    return tuple(said)
