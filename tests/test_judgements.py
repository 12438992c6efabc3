"""Which sources are one inspection: the rule of casewatch/judgements.py, on the
months Ofsted's own history gives (tests/fixtures/ofsted_official), and filed into
an archive as the store and the official import file them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from casewatch.alerts.items import Watermark
from casewatch.judgements import Statement, file_judgement, months_apart

KINGSTON = "E09000021"
SEEN = "2026-01-01T00:00:00+00:00"
OFFICIAL = Statement(
    id="official-2019",
    source="official",
    la_code=KINGSTON,
    local_authority="Kingston upon Thames",
    judgement_area="overall effectiveness",
    grade="outstanding",
    visit_type="inspection",
    date="2019-10",  # inspection_end_date 25/10/2019
    mention_id=None,
    sha256=None,
    url="https://files.ofsted.gov.uk/v1/file/50135439",
)


def said(key: str, **changes) -> Statement:
    """A mention's statement: OFFICIAL as a document in the papers gives it."""
    mention = {"id": key, "source": "mention", "mention_id": key, "sha256": key}
    return replace(OFFICIAL, **{**mention, "url": None, **changes})


def filed(db, *statements: Statement) -> dict[str, str]:
    """{source id: judgement id} once every statement is filed, in order."""
    for statement in statements:
        file_judgement(db, statement, SEEN)
    return {
        row["id"]: row["judgement_id"]
        for row in db.query("select * from judgement_sources")
    }


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        ("2019-10", "2019-12", 2),  # Kingston: ended October, published December
        ("2024-12", "2025-01", 1),
        ("2018-12", "2018-11", 1),  # started in November
        ("2012", "2012-07", 0),
        ("2012", "2013-01", None),
    ],
)
def test_months_apart(first, second, apart):
    assert months_apart(first, second) == apart


def test_a_story_published_months_after_the_inspection_states_its_judgement(db):
    story = said("story", date="2020-02")  # four months after October 2019
    assert filed(db, OFFICIAL, story) == {
        "official-2019": "official-2019",
        "story": "official-2019",
    }


def test_inspections_more_than_seven_months_apart_are_two(db):
    earlier = said("2015-report", source="report", date="2015-06", grade="good")
    assert filed(db, earlier, OFFICIAL)["official-2019"] == "official-2019"


def test_visits_a_month_apart_are_two(db):
    visit = said("visit-1", visit_type="monitoring_visit", grade=None)
    again = said("visit-2", visit_type="monitoring_visit", grade=None, date="2019-11")
    assert set(filed(db, visit, again).values()) == {"visit-1", "visit-2"}


def test_an_undated_mention_stands_alone_unless_its_document_dates_it(db):
    elsewhere = said("undated", date=None)
    dated = said("dated", sha256="story")
    repeat = said("repeat", sha256="story", date=None)
    other_grade = said("other", sha256="story", date=None, grade="good")
    assert filed(db, OFFICIAL, elsewhere, dated, repeat, other_grade) == {
        "official-2019": "official-2019",
        "undated": "undated",
        "dated": "official-2019",
        "repeat": "official-2019",
        "other": "other",
    }
    (judgement,) = db.query("select * from ofsted_judgements where id = 'undated'")
    assert judgement["date"] is None


def test_a_storys_headline_and_body_stating_one_undated_grade_are_one(db):
    # The 2012 Surrey Comet story: "Kingston Council child safeguarding labelled
    # 'inadequate'" above a paragraph that says it again, neither dated.
    headline = said("headline", sha256="story", date=None, grade="inadequate")
    body = said("body", sha256="story", date=None, grade="inadequate")
    elsewhere = said("elsewhere", sha256="other", date=None, grade="inadequate")
    assert filed(db, headline, body, elsewhere) == {
        "headline": "headline",
        "body": "headline",
        "elsewhere": "elsewhere",
    }


def test_the_official_record_and_its_report_are_one_whatever_their_months(db):
    report = said("table", source="report", date="2019-12", url=OFFICIAL.url)
    recalled = said("recalled", date="2015-06", grade="good", url=OFFICIAL.url)
    assert filed(db, report, OFFICIAL, recalled) == {
        "table": "table",
        "official-2019": "table",
        "recalled": "recalled",
    }
    # The judgement shows the official record's grade and month.
    (judgement,) = db.query("select * from ofsted_judgements where id = 'table'")
    assert (judgement["source"], judgement["date"]) == ("official", "2019-10")


def test_a_source_filed_twice_is_filed_once(db):
    assert file_judgement(db, OFFICIAL, SEEN)
    assert not file_judgement(db, OFFICIAL, SEEN)
    assert db["judgement_sources"].count == 1


def test_a_watermark_saved_before_judgement_sources_reads_their_rowids():
    saved = '{"mentions": 3, "ofsted_judgements": 5, "pages": 2, "vanished": ""}'
    assert Watermark.from_json(saved) == Watermark(3, 5, 2, "")
