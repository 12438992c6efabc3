"""`casewatch import ofsted-outcomes`: the scraped inspection history CSV (real,
tests/fixtures/ofsted_official/PROVENANCE.md) and an ODS workbook written here with
the published sheet's name and header, both loaded as official judgements."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from click.testing import CliRunner

from casewatch.detectors import detect
from casewatch.official import import_group
from casewatch.places import council_for
from casewatch.text import extract

TESTS = Path(__file__).parent
HISTORY = (
    TESTS / "fixtures" / "ofsted_official" / "jt39_ofsted_csc_ilacs_history_scraped.csv"
)
REPORTS = TESTS / "fixtures" / "ofsted"
KINGSTON, BLACKPOOL, NORTH_NORTHAMPTONSHIRE = "E09000021", "E06000009", "E06000061"
GRADES = {"outstanding", "good", "requires_improvement", "inadequate", "adequate"}


def import_outcomes(path: Path, db_path: Path):
    return CliRunner().invoke(
        import_group, ["ofsted-outcomes", str(path), "--db", str(db_path)]
    )


def judgements(db_path: Path, where: str = "1", params=()) -> list[dict]:
    with sqlite3.connect(db_path) as connection:
        connection.row_factory = sqlite3.Row
        sql = f"select * from ofsted_judgements where {where}"
        return [dict(row) for row in connection.execute(sql, params)]


@pytest.fixture(scope="module")
def history(tmp_path_factory) -> Path:
    db_path = tmp_path_factory.mktemp("official") / "casewatch.db"
    result = import_outcomes(HISTORY, db_path)
    assert result.exit_code == 0, result.output
    return db_path


def test_history_gives_kingstons_judgements_as_official(history):
    rows = judgements(history, "la_code = ?", [KINGSTON])
    assert {(row["date"], row["judgement_area"], row["grade"]) for row in rows} == {
        ("2019-10", "overall effectiveness", "outstanding"),
        ("2019-10", "leadership", "outstanding"),
        ("2019-10", "help and protection", "good"),
        ("2019-10", "children in care and care leavers", "outstanding"),
        ("2024-12", "overall effectiveness", "outstanding"),
        ("2024-12", "leadership", "outstanding"),
        ("2024-12", "help and protection", "outstanding"),
        ("2024-12", "children in care", "outstanding"),
        ("2024-12", "care leavers", "outstanding"),
    }
    assert {row["source"] for row in rows} == {"official"}
    assert {row["local_authority"] for row in rows} == {"Kingston upon Thames"}
    assert "https://files.ofsted.gov.uk/v1/file/50267803" in {
        row["url"] for row in rows
    }


def test_blackpool_inspection_reported_in_january_2019_is_inadequate(history):
    (overall,) = judgements(
        history,
        "la_code = ? and judgement_area = ? and date = '2018-12'",
        [BLACKPOOL, "overall effectiveness"],
    )
    assert overall["grade"] == "inadequate"
    assert overall["url"] == "https://files.ofsted.gov.uk/v1/file/50050255"


def test_north_northamptonshire_2026_has_no_overall_grade_and_none_is_invented(history):
    rows = judgements(
        history, "la_code = ? and date = '2026-05'", [NORTH_NORTHAMPTONSHIRE]
    )
    assert {row["judgement_area"] for row in rows} == {
        "leadership",
        "help and protection",
        "children in care",
        "care leavers",
    }


def test_every_row_has_a_known_council_and_a_normalised_grade(history):
    rows = judgements(history)
    assert len(rows) == 1429
    assert all(row["la_code"] for row in rows)
    assert {row["grade"] for row in rows} <= GRADES
    assert {row["visit_type"] for row in rows} == {"inspection"}


def test_unreadable_grades_give_no_rows(history):
    # the scraper could not read Kingston's 2015 report: no judgement, not a guess
    assert not judgements(
        history, "url = ?", ["https://files.ofsted.gov.uk/v1/file/50004300"]
    )


def test_reimport_adds_no_rows(history):
    before = len(judgements(history))
    result = import_outcomes(HISTORY, history)
    assert result.exit_code == 0
    assert "0 new" in result.output
    assert len(judgements(history)) == before


@pytest.mark.parametrize(
    "report",
    [
        "ilacs_80545_kingston-upon-thames_2025-01-29_outstanding.pdf",
        "ilacs_80545_kingston-upon-thames_2019-12-19_outstanding.pdf",
        "ilacs_80431_blackpool_2019-01-17_inadequate.pdf",
        "ilacs_2637539_north-northamptonshire_2026-07-07_post-april-2026-no-overall.pdf",
    ],
)
def test_official_record_agrees_with_the_reports_judgement_table(history, report):
    table = [
        mention.fields
        for mention in detect(extract(REPORTS / report).pages)
        if mention.rule_id == "ofsted.report_table"
    ]
    assert table
    for fields in table:
        council = council_for(fields["local_authority"])
        assert council is not None
        official = judgements(
            history,
            "la_code = ? and judgement_area = ? and date = ?",
            [council.code, fields["judgement_area"], fields["date"]],
        )
        assert [row["grade"] for row in official] == [fields["grade"]]


# An ODS workbook as Ofsted publishes the outcomes (research/sources.md §4.3): a
# contents sheet, then ILACS_inspection_history with two title rows above its header.
# The inspections are real ones, from the history CSV; Richmond's date is written as
# text, the others as date cells; North Northamptonshire 2026 has no overall grade.
HEADER = [
    "Local authority area code",
    "Local authority name",
    "Ofsted region",
    "Inspection date",
    "Inspection type",
    "Overall effectiveness",
]
INSPECTIONS = [
    line.split(",")
    for line in """\
E09000021,Kingston upon Thames,London,2019-10-25,Short,Outstanding
E09000021,Kingston upon Thames,London,2024-12-06,Short,Outstanding
E06000009,Blackpool,North West,2018-12-07,Standard,Inadequate
E09000027,Richmond upon Thames,London,04/07/2025,Short,Outstanding
E06000061,North Northamptonshire,East Midlands,2026-05-22,Standard,
E08000025,Birmingham,West Midlands,2018-12-14,Standard,Requires improvement to be good
E10000006,Cumbria,North West,2022-09-30,Standard,Requires improvement to be good
""".splitlines()
]


def write_workbook(path: Path, sheet: str = "ILACS_inspection_history") -> Path:
    """A minimal, valid ODS: mimetype first and stored, a manifest, content.xml."""
    rows = [
        row_xml(["Local authority inspection outcomes: ILACS inspection history"]),
        row_xml(["Source: Ofsted (test workbook written by tests/test_official.py)"]),
        row_xml(HEADER),
        *(row_xml(cells) for cells in INSPECTIONS),
        '<table:table-row table:number-rows-repeated="1048560">'
        '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>',
    ]
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content office:version="1.2"'
        ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        "<office:body><office:spreadsheet>"
        '<table:table table:name="Contents">'
        f"{row_xml(['Contents', 'ILACS_inspection_history'])}</table:table>"
        f'<table:table table:name="{sheet}">'
        '<table:table-column table:number-columns-repeated="16384"/>'
        f"{''.join(rows)}</table:table>"
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest manifest:version="1.2"'
        ' xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.2"'
        ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml"'
        ' manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as workbook:
        workbook.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        workbook.writestr("META-INF/manifest.xml", manifest)
        workbook.writestr("content.xml", content)
    return path


def row_xml(cells: list[str]) -> str:
    """A row: ISO dates as date cells, other text as strings, a run of empty cells
    repeated, and the rest of the row's 16384 columns empty, as spreadsheets write."""
    xml = []
    for value in cells:
        if not value:
            xml.append("<table:table-cell/>")
        elif len(value) == 10 and value[4] == "-":
            shown = f"{value[8:]}/{value[5:7]}/{value[:4]}"
            xml.append(
                '<table:table-cell office:value-type="date"'
                f' office:date-value="{value}"><text:p>{shown}</text:p>'
                "</table:table-cell>"
            )
        else:
            xml.append(
                '<table:table-cell office:value-type="string">'
                f"<text:p>{escape(value)}</text:p></table:table-cell>"
            )
    rest = 16384 - len(cells)
    xml.append(f'<table:table-cell table:number-columns-repeated="{rest}"/>')
    return f"<table:table-row>{''.join(xml)}</table:table-row>"


def test_workbook_sheet_gives_overall_judgements_under_its_header(tmp_path):
    workbook = write_workbook(tmp_path / "outcomes.ods")
    result = import_outcomes(workbook, tmp_path / "casewatch.db")
    assert result.exit_code == 0, result.output
    rows = judgements(tmp_path / "casewatch.db")
    assert {(row["la_code"], row["date"], row["grade"]) for row in rows} == {
        (KINGSTON, "2019-10", "outstanding"),
        (KINGSTON, "2024-12", "outstanding"),
        (BLACKPOOL, "2018-12", "inadequate"),
        ("E09000027", "2025-07", "outstanding"),
        ("E08000025", "2018-12", "requires_improvement"),
        # a council abolished since (2023) is still the council it judged
        ("E10000006", "2022-09", "requires_improvement"),
    }
    assert {row["judgement_area"] for row in rows} == {"overall effectiveness"}
    assert {row["source"] for row in rows} == {"official"}


def test_workbook_import_twice_adds_nothing(tmp_path):
    workbook = write_workbook(tmp_path / "outcomes.ods")
    import_outcomes(workbook, tmp_path / "casewatch.db")
    again = import_outcomes(workbook, tmp_path / "casewatch.db")
    assert "6 judgements, 0 new" in again.output


def test_workbook_without_the_history_sheet_is_refused(tmp_path):
    workbook = write_workbook(tmp_path / "outcomes.ods", sheet="Sheet1")
    result = import_outcomes(workbook, tmp_path / "casewatch.db")
    assert result.exit_code != 0
    assert "no sheet ILACS_inspection_history" in result.output
