"""Ofsted's official record of councils' children's services inspections, loaded into
`judgement_sources` with source 'official', each under its inspection's judgement
(casewatch/judgements.py), so that reports and mentions can be checked against it.

Two shapes are read (research/sources.md §4.3):

* the ODS workbook "Local authority inspection outcomes as at 31 March YYYY,
  underlying data", sheet `ILACS_inspection_history`: title rows, then a header row
  with "Local authority area code", "Local authority name", "Inspection date",
  "Inspection type", "Overall effectiveness" (any other column whose header names a
  judgement area is read too), one row per inspection;
* the per-inspection history CSV of JT-39/ofsted-ilacs-scrape-tool
  (tests/fixtures/ofsted_official/jt39_ofsted_csc_ilacs_history_scraped.csv): Ofsted
  URN, one column per judgement, the report's URL.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import click
from sqlite_utils import Database

from casewatch.clock import now
from casewatch.detectors.ofsted_terms import AREAS
from casewatch.judgements import Statement, file_judgement
from casewatch.options import db_option
from casewatch.places import Council, by_code, council_for, councils, former_councils
from db import open_db

SHEET = "ILACS_inspection_history"
ODS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
ODS_CODE, ODS_NAME, ODS_DATE = (
    "Local authority area code",
    "Local authority name",
    "Inspection date",
)
# The scraper's CSV: a grade column per judgement. Before 2023 children in care and
# care leavers were one judgement, written in `in_care_grade` while
# `care_leavers_grade` says "inspection_pre_dates_judgement".
CSV_AREAS = {
    "overall_effectiveness_grade": "overall effectiveness",
    "impact_of_leaders_grade": "leadership",
    "help_and_protection_grade": "help and protection",
    "in_care_grade": "children in care",
    "care_leavers_grade": "care leavers",
}
CARE_LEAVERS_NOT_JUDGED = "inspection_pre_dates_judgement"
# A grade as written; anything else ("data_unreadable", "not_reported_post_reform",
# blank) is no judgement, and no row.
GRADE = re.compile(
    r"requires?\s+improvement|inadequate|adequate|outstanding|good", re.I
)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


class OutcomesError(Exception):
    """A file that is not the outcomes workbook or the history CSV."""


@dataclass(frozen=True)
class OfficialJudgement:
    """One judgement of one inspection, as the official record states it."""

    la_code: str | None
    local_authority: str
    judgement_area: str
    grade: str
    date: str | None  # YYYY-MM, the month the inspection ended, as reports are dated
    url: str | None
    visit_type: str = "inspection"

    @property
    def id(self) -> str:
        """The natural key: the inspection (council and month, or report) and area."""
        inspection = self.date or self.url or ""
        key = f"official:{self.la_code or self.local_authority}:{inspection}"
        return hashlib.sha1(f"{key}:{self.judgement_area}".encode()).hexdigest()


@dataclass(frozen=True)
class Inspection:
    """One row of the record: whose inspection, when, and the report's address."""

    council: Council | None
    name: str  # as written
    date: str | None
    url: str | None

    def judgement(self, area: str, written: str) -> OfficialJudgement | None:
        """The judgement a grade cell states, or None when it states no grade."""
        grade = GRADE.search(written.replace("_", " "))
        if not grade:
            return None
        return OfficialJudgement(
            la_code=self.council.code if self.council else None,
            local_authority=(
                self.council.common_name
                if self.council
                else " ".join(self.name.split())
            ),
            judgement_area=area,
            grade=_grade_code(grade.group()),
            date=self.date,
            url=self.url,
        )


def read_outcomes(path: Path) -> list[OfficialJudgement]:
    """The judgements in an outcomes file, ODS or CSV by its first bytes."""
    data = path.read_bytes()
    if data.startswith(b"PK\x03\x04"):
        return ods_judgements(data)
    return csv_judgements(data.decode("utf-8-sig"))


def csv_judgements(text: str) -> list[OfficialJudgement]:
    """Judgements in the scraped history CSV, one per graded column of each row."""
    reader = csv.DictReader(io.StringIO(text))
    if not set(CSV_AREAS) | {"urn"} <= set(reader.fieldnames or ()):
        raise OutcomesError("not the inspection history CSV (no urn and grade columns)")
    by_urn = {
        council.ofsted_urn: council
        for council in (*councils(), *former_councils())
        if council.ofsted_urn
    }
    found = []
    for row in reader:
        council = by_urn.get(row["urn"].strip())
        areas = dict(CSV_AREAS)
        if row["care_leavers_grade"] == CARE_LEAVERS_NOT_JUDGED:
            areas["in_care_grade"] = "children in care and care leavers"
        inspection = Inspection(
            council,
            row["local_authority"],
            _month(row["inspection_end_date"]),
            row["inspection_link"].strip() or None,
        )
        found += [
            judgement
            for column, area in areas.items()
            if (judgement := inspection.judgement(area, row[column]))
        ]
    return found


def ods_judgements(data: bytes) -> list[OfficialJudgement]:
    """Judgements in the workbook's ILACS_inspection_history sheet."""
    rows = iter(_sheet_rows(data, SHEET))
    header = next((row for row in rows if ODS_NAME in row), None)
    if header is None or ODS_DATE not in header:
        raise OutcomesError(f"sheet {SHEET} has no {ODS_NAME!r} header row")
    areas = {
        index: area
        for index, title in enumerate(header)
        if title not in (ODS_CODE, ODS_NAME) and (area := _area(title))
    }
    found = []
    for row in rows:
        cells = dict(enumerate(row))
        name = cells.get(header.index(ODS_NAME), "")
        if not name:
            continue
        code = cells.get(header.index(ODS_CODE), "") if ODS_CODE in header else ""
        date = _month(cells.get(header.index(ODS_DATE), ""))
        inspection = Inspection(_council(code, name), name, date, None)
        found += [
            judgement
            for index, area in areas.items()
            if (judgement := inspection.judgement(area, cells.get(index, "")))
        ]
    return found


def load_outcomes(db: Database, judgements: list[OfficialJudgement]) -> int:
    """File each judgement as the official source of its inspection's judgement;
    return how many were not filed before."""
    seen = now()
    with db.atomic():
        return sum(
            file_judgement(db, _statement(judgement), seen) for judgement in judgements
        )


def _statement(judgement: OfficialJudgement) -> Statement:
    return Statement(
        id=judgement.id,
        source="official",
        la_code=judgement.la_code,
        local_authority=judgement.local_authority,
        judgement_area=judgement.judgement_area,
        grade=judgement.grade,
        visit_type=judgement.visit_type,
        date=judgement.date,
        mention_id=None,
        sha256=None,
        url=judgement.url,
    )


def _grade_code(grade: str) -> str:
    """The detectors' code: "Requires improvement" -> requires_improvement."""
    word = grade.lower().split()[0]
    return "requires_improvement" if word.startswith("require") else word


def _area(header: str) -> str | None:
    """The judgement area a column's header names, in the detectors' words."""
    return next((area for area, pattern in AREAS if pattern.search(header)), None)


def _council(code: str, name: str) -> Council | None:
    """The council by ONS code, by DfE code, else by name."""
    code = code.strip()
    if council := by_code(code):
        return council
    by_dfe = [
        council
        for council in (*councils(), *former_councils())
        if code and council.dfe_code == code
    ]
    return by_dfe[0] if len(by_dfe) == 1 else council_for(name)


def _month(written: str) -> str | None:
    """YYYY-MM from an ISO date(-time) or a British dd/mm/yyyy, else None."""
    written = written.strip()
    if ISO_DATE.match(written):
        return written[:7]
    if parts := DAY_MONTH_YEAR.match(written):
        _, month, year = parts.groups()
        return f"{year}-{int(month):02d}"
    return None


def _sheet_rows(data: bytes, name: str) -> Iterator[list[str]]:
    """The rows of one sheet of an ODS workbook, as cell texts; a date cell gives its
    ISO value. Repeated empty cells at a row's end (thousands, in every real sheet)
    are dropped rather than expanded."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as workbook:
            content = ElementTree.fromstring(workbook.read("content.xml"))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as error:
        raise OutcomesError(f"not an ODS workbook: {error}") from error
    sheet = content.find(f".//table:table[@table:name='{name}']", ODS)
    if sheet is None:
        raise OutcomesError(f"the workbook has no sheet {name}")
    repeat = f"{{{ODS['table']}}}number-columns-repeated"
    for row in sheet.iter(f"{{{ODS['table']}}}table-row"):
        cells: list[str] = []
        pending = 0
        for cell in row:
            value = _cell_text(cell)
            count = int(cell.get(repeat, "1"))
            if not value:
                pending += count
                continue
            cells += [""] * pending + [value] * count
            pending = 0
        yield cells


def _cell_text(cell: ElementTree.Element) -> str:
    date = cell.get(f"{{{ODS['office']}}}date-value")
    if date:
        return date[:10]
    paragraphs = cell.iterfind("text:p", ODS)
    return " ".join(" ".join("".join(p.itertext()) for p in paragraphs).split())


@click.group("import")
def import_group() -> None:
    """Load authoritative registers into the archive.

    Usage: casewatch import ofsted-outcomes inspection-outcomes.ods
    """


@import_group.command("ofsted-outcomes")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
def ofsted_outcomes(file: Path, db_path: Path) -> None:
    """Load Ofsted's inspection outcomes (the ODS workbook or the history CSV) as
    judgements with source 'official'; a second import of the same file adds nothing.

    Usage: casewatch import ofsted-outcomes outcomes_underlying_data.ods
    """
    try:
        judgements = read_outcomes(file)
    except OutcomesError as error:
        sys.exit(f"{file}: {error}")
    db = open_db(db_path)
    added = load_outcomes(db, judgements)
    db.close()
    unknown = {j.local_authority for j in judgements if not j.la_code}
    click.echo(f"{file}: {len(judgements)} judgements, {added} new")
    if unknown:
        click.echo(f"no council in the register for: {', '.join(sorted(unknown))}")
