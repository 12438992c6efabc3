"""One Ofsted judgement per inspection, however many sources state it.

A judgement is a council's grade in one area at one inspection (its month and visit
type): one row of `ofsted_judgements`. Whatever states it - Ofsted's official data,
the report's table, headline or headings, a mention in the papers - is a row of
`judgement_sources`, with the grade and month that source gives. The judgement
shows its best source's grade (official, then report, then mention) and the month
of its best dated source.

Which sources are one inspection, measured on Ofsted's own history
(tests/fixtures/ofsted_official, 319 dated inspections): the data and the reports
date an inspection by the month it ended; it started at most a month earlier (70
of 319 span two months), its report came out one to seven months later (301 within
two), and a council's inspections are at least 30 months apart. So a source of an
inspection dated within seven months of a judgement's month is that inspection. A
visit (focused, monitoring, JTAI) can follow another within three months, so its
sources must give the same month. A source dated by year only joins a judgement of
that year. Whatever their dates, the official record and a report at the URL it
gives are one inspection (a report's prose may speak of earlier ones).
An undated source joins only that way, or a statement of the same grade in the
same document (a story's headline and its body say one thing); otherwise it stands
alone: compared with nothing, never a "previous" grade, never a contradiction.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlite_utils import Database

# Months either side of a judgement's month in which a source is of the same
# inspection; visits are matched to the month.
INSPECTION_SPREAD = 7


@dataclass(frozen=True)
class Statement:
    """What one source says of one judgement; `id` is the source's natural key."""

    id: str
    source: str  # official, report or mention
    la_code: str | None
    local_authority: str | None
    judgement_area: str
    grade: str | None
    visit_type: str
    date: str | None  # YYYY-MM or YYYY
    mention_id: str | None
    sha256: str | None
    url: str | None


@dataclass(frozen=True)
class Candidate:
    """A judgement a statement might belong to, as far as matching needs it."""

    id: str
    date: str | None
    grade: str | None
    same_url: bool
    same_document: bool


def months_apart(first: str, second: str) -> int | None:
    """Months between two YYYY-MM dates; between a year and a date in it, 0; None
    when a year-only date and a date in another year are compared."""
    if len(first) < 7 or len(second) < 7:
        return 0 if first[:4] == second[:4] else None

    def month(date: str) -> int:
        return int(date[:4]) * 12 + int(date[5:7])

    return abs(month(first) - month(second))


def same_judgement(statement: Statement, candidates: list[Candidate]) -> str | None:
    """The judgement, among those of its council, area and visit type (oldest
    first), that `statement` is a source of; None when it is a judgement of its own."""
    if statement.source != "mention" and (
        found := [c for c in candidates if c.same_url]
    ):
        return found[0].id
    if not statement.date:
        return next(
            (
                c.id
                for c in candidates
                if c.same_document and c.grade == statement.grade
            ),
            None,
        )
    spread = INSPECTION_SPREAD if statement.visit_type == "inspection" else 0
    near = [
        (apart, index, candidate.id)
        for index, candidate in enumerate(candidates)
        if candidate.date
        and (apart := months_apart(statement.date, candidate.date)) is not None
        and apart <= spread
    ]
    return min(near)[2] if near else None


CANDIDATES = """
select j.id, j.date, j.grade,
  exists(select 1 from judgement_sources s where s.judgement_id = j.id
    and s.url = :url and s.source != 'mention') as same_url,
  exists(select 1 from judgement_sources s where s.judgement_id = j.id
    and s.sha256 = :sha256) as same_document
from ofsted_judgements j
where j.la_code is :la_code
  and (:la_code is not null or lower(j.local_authority) = lower(:local_authority))
  and j.visit_type = :visit_type and j.judgement_area is :judgement_area
order by j.rowid
"""


COLUMNS = (
    "id, source, la_code, local_authority, judgement_area, grade, visit_type, date,"
    " mention_id, sha256, url, first_seen"
)
VALUES = ", ".join(f":{column.strip()}" for column in COLUMNS.split(","))
# A judgement as its best source (official, then report, then mention; the
# earliest of them) states it, in the month of its best dated source.
SHOWN_AS_BEST = """
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


def file_judgement(db: Database, statement: Statement, seen: str) -> bool:
    """Link a source to its judgement (made if it is the first); False when this
    source was filed before."""
    if db.execute(
        "select 1 from judgement_sources where id = ?", [statement.id]
    ).fetchone():
        return False
    row = {**asdict(statement), "first_seen": seen}
    if statement.la_code is None and statement.local_authority is None:
        candidates = []
    else:
        candidates = [Candidate(**found) for found in db.query(CANDIDATES, row)]
    judgement_id = same_judgement(statement, candidates)
    if judgement_id is None:
        judgement_id = statement.id
        db.execute(f"insert into ofsted_judgements ({COLUMNS}) values ({VALUES})", row)
    db.execute(
        f"insert into judgement_sources ({COLUMNS}, judgement_id)"
        f" values ({VALUES}, :judgement_id)",
        {**row, "judgement_id": judgement_id},
    )
    db.execute(SHOWN_AS_BEST, [judgement_id])
    return True
