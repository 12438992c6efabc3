"""Issue 5's acceptance, end to end: the Ofsted spider crawls the loopback provider
pages and real reports (tests/sites/ofsted) and `casewatch import ofsted-outcomes`
loads the official history CSV into the same archive; the database and the
`ofsted_timeline` canned query, served by Datasette for real, then agree."""

import json
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from casewatch.official import import_group
from db import open_db
from tests.servers import running_datasette
from tests.sites import Site

OFFICIAL = (
    Path(__file__).parent
    / "fixtures/ofsted_official/jt39_ofsted_csc_ilacs_history_scraped.csv"
)
KINGSTON, BLACKPOOL, NORTH_NORTHAMPTONSHIRE = "E09000021", "E06000009", "E06000061"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ofsted-acceptance")
    db_path = folder / "casewatch.db"
    with Site("ofsted", folder) as site:
        assert site.crawl("ofsted", db_path).returncode == 0
    imported = CliRunner().invoke(
        import_group, ["ofsted-outcomes", str(OFFICIAL), "--db", str(db_path)]
    )
    assert imported.exit_code == 0, imported.output
    return db_path


@pytest.fixture(scope="module")
def datasette(archive, tmp_path_factory):
    with running_datasette(archive, tmp_path_factory.mktemp("datasette")) as url:
        yield f"{url}/{archive.stem}"


def graded(db_path, council, source, dates=None):
    """{(month, judgement area, grade)} a source gives a council, in these months."""
    rows = open_db(db_path).query(
        "select date, judgement_area, grade from judgement_sources"
        " where la_code = ? and source = ? and grade is not null",
        [council, source],
    )
    found = {(row["date"], row["judgement_area"], row["grade"]) for row in rows}
    return {row for row in found if dates is None or row[0] in dates}


def timeline(datasette, council):
    query = urllib.parse.urlencode({"council": council, "_shape": "objects"})
    with urllib.request.urlopen(f"{datasette}/ofsted_timeline.json?{query}") as page:
        data = json.load(page)
    assert data["ok"], data.get("error")
    return data["rows"]


def test_kingstons_reports_and_official_record_agree(archive):
    official = graded(archive, KINGSTON, "official")
    months = {month for month, _, _ in official}
    assert months == {"2024-12", "2019-10"}
    assert len(official) == 9  # five judgements in 2024, four in 2019
    assert graded(archive, KINGSTON, "report", months) == official


def test_kingstons_timeline_has_each_judgement_once_with_its_sources(datasette):
    rows = timeline(datasette, "Kingston upon Thames")
    assert {row["council"] for row in rows} == {"Kingston upon Thames"}
    inspections = [
        (row["date"], row["visit_type"], row["judgement_area"]) for row in rows
    ]
    assert len(inspections) == len(set(inspections))
    overall = {
        (row["date"], row["grade"], row["source"], row["sources"])
        for row in rows
        if row["judgement_area"] == "overall effectiveness" and row["date"]
    }
    assert overall == {
        ("2024-12", "outstanding", "official", "Ofsted's data; report p. 1"),
        ("2019-10", "outstanding", "official", "Ofsted's data; report p. 1"),
        # The 2015 report's headline; the official CSV could not read its grades.
        ("2015-06", "good", "report", "report p. 1"),
    }
    # Each grade the report states twice (its table and its section heading),
    # and the official data once more: one judgement with three sources.
    (help_2019,) = [
        row
        for row in rows
        if (row["date"], row["judgement_area"]) == ("2019-10", "help and protection")
    ]
    assert help_2019["grade"] == "good"
    assert help_2019["sources"].startswith("Ofsted's data; report p. 1; report p. ")
    assert [row for row in rows if row["contradicted_by"]] == []
    assert all(row["document"] and row["page_no"] for row in rows if row["date"])
    # The 2015 report recalls the 2012 inspection ("Ofsted judged that services
    # were adequate"): a mention at the report's URL, but of the earlier inspection.
    looked_after = {
        (row["date"], row["grade"], row["source"])
        for row in rows
        if row["judgement_area"] == "looked after children"
    }
    assert {("2015-06", "good", "report"), ("2012-05", "adequate", "mention")} <= (
        looked_after
    )


def test_blackpool_2019_is_inadequate_in_both(archive):
    for source in ("official", "report"):
        overall = {
            grade
            for month, area, grade in graded(archive, BLACKPOOL, source, {"2018-12"})
            if area == "overall effectiveness"
        }
        assert overall == {"inadequate"}, source


def test_north_northamptonshire_2026_has_no_overall_grade_invented(archive):
    for source in ("official", "report"):
        judged = graded(archive, NORTH_NORTHAMPTONSHIRE, source, {"2026-05"})
        assert {area for _, area, _ in judged} == {
            "leadership",
            "help and protection",
            "children in care",
            "care leavers",
        }, source
    assert not list(
        open_db(archive).query(
            "select * from judgement_sources where la_code = ? and date like '2026%'"
            " and judgement_area = 'overall effectiveness'",
            [NORTH_NORTHAMPTONSHIRE],
        )
    )
