"""Ofsted judgements of councils' children's services: real passages, each rule
with cases it must find and cases it must not."""

import json
from pathlib import Path

import pytest

from casewatch.detectors import ofsted
from casewatch.text import pdf_pages

OFSTED = Path(__file__).parent / "fixtures" / "ofsted"
CORPUS = {
    row["id"]: row
    for row in map(
        json.loads,
        (Path(__file__).parent / "corpus" / "detector_corpus.jsonl").open(),
    )
}
SEED_002 = (  # seed 002, Surrey Comet (July 2012)
    "The report follows a two-week inspection by Ofsted which resulted in the council "
    "scoring inadequate for overall effectiveness at safeguarding children and "
    "adequate in safeguarding looked-after children."
)
NEWHAM = (  # https://www.cypnow.co.uk/content/news/corporate-parenting-failures-sees-newham-downgraded-to-inadequate
    'Inspectors have downgraded the department to "inadequate" for overall '
    "effectiveness after finding a raft of failures across its leadership, social "
    "work practice and support for children in care and those leaving care."
)
BIRMINGHAM = (  # https://themj.co.uk/watchdog-rates-birmingham-children-services-inadequate
    "Ofsted has published a damming report on Birmingham City Council's children's "
    "service, branding it as \u2018inadequate' with widespread and serious failures."
)
MANCHESTER_SIF = (  # https://pdfslide.us/documents/manchester-city-council-ofsted-executive-summary-this-is-a-re-inspection-of-childrens.html
    "Manchester City Council Re-inspection of services for children in need of help "
    "and\nprotection, children looked after and care leavers\nInspection dates: 9 "
    "October to 2 November 2017\nReport published: 21 December 2017\nChildren\u2019s "
    "services in Manchester require improvement to be\ngood\n1. Children who need "
    "help and protection Requires improvement\n2.1 Adoption performance Good\n"
)
CENTRAL_BEDFORDSHIRE_VISIT = (  # https://www.cypnow.co.uk/news/article/ofsted-latest-children-s-services-focused-visits
    "Ofsted has published the outcomes of a focused visit to Central Bedfordshire "
    "Council's children's services on 20 and 21 February 2024, examining the local "
    "authority's arrangements for children in need."
)
NATIONAL_STATISTIC = (  # https://www.publicsectorexecutive.com/Public-Sector-News/nearly-a-quarter-of-local-authority-childrens-services-inadequate
    "The report shows that 24% of the 87 local authorities inspected were rated "
    "\u2018inadequate\u2019 and 49% were rated \u2018requires improvement\u2019."
)
CHILDRENS_HOMES = (  # same page as NATIONAL_STATISTIC
    "Just 1% of children\u2019s homes were rated \u2018inadequate\u2019 and 2% were "
    "rated \u2018requires improvement\u2019."
)
SCHOOL = (  # seed-style sentence about a school: a provider, not a council
    "Ofsted inspectors rated the council-maintained primary school good in 2019, "
    "praising its safeguarding of children."
)
GOOD_PRACTICE = (  # seed 002 wording about the council, no grade
    "Kingston Council said that as a previously high scoring authority in children's "
    "safeguarding assessments it was one of a number of councils at the sharp end."
)
CQC = "The Care Quality Commission rated the council's care home service inadequate."
# tests/fixtures/ofsted/ilacs_80431_blackpool_2019-01-17_inadequate.pdf
BLACKPOOL_HEADING = (
    "The experiences and progress of children who need help and protection is "
    "inadequate\n1. Services for children in need of help and protection in Blackpool "
    "are inadequate because serious failures leave some children at risk."
)
# tests/fixtures/ofsted/ilacs_80514_southwark_2026-05-18.pdf, page 1
SOUTHWARK_SUMMARY = (
    "Children and families can access a good range of early help support, statutory "
    "social work is timely and proportionate, and children in care benefit from "
    "nurturing care, good health and education support."
)


def passage(passage_id):
    """A passage of the labelled corpus, which records its source."""
    return CORPUS[passage_id]["text"]


def negatives(*kinds):
    return [[row["text"]] for row in CORPUS.values() if row["negative_kind"] in kinds]


def judgements(pages, rule_id):
    return [m.fields for m in ofsted.detect(pages) if m.rule_id == rule_id]


def report_page(name):
    return pdf_pages(OFSTED / name)[:1]


POSITIVE = {
    "ofsted.report_table": [
        (
            report_page("ilacs_80514_southwark_2026-05-18.pdf"),
            "overall effectiveness",
            "good",
        ),
        ([MANCHESTER_SIF], "help and protection", "requires_improvement"),
        ([passage("c0030")], "adoption", "good"),  # numbered rows, no header
    ],
    "ofsted.report_headline": [
        ([MANCHESTER_SIF], "overall effectiveness", "requires_improvement"),
    ],
    "ofsted.prose": [
        ([SEED_002], "overall effectiveness", "inadequate"),
        ([SEED_002], "looked after children", "adequate"),
        ([NEWHAM], "overall effectiveness", "inadequate"),
        ([BIRMINGHAM], "overall effectiveness", "inadequate"),
        ([passage("c0094")], "overall effectiveness", "inadequate"),  # headline
        ([passage("c0031")], "safeguarding", "inadequate"),  # sentence before
        ([passage("c0095")], "overall effectiveness", "requires_improvement"),
        ([passage("c0164")], "overall effectiveness", "requires_improvement"),
        ([passage("c0159")], "overall effectiveness", "inadequate"),
    ],
    "ofsted.prose_visit": [
        ([CENTRAL_BEDFORDSHIRE_VISIT], "help and protection", None),
        ([passage("c0162")], "help and protection", None),  # "Inspectors visited"
        ([passage("c0197")], "other", None),  # a JTAI
    ],
    "ofsted.report_heading": [
        ([BLACKPOOL_HEADING], "help and protection", "inadequate")
    ],
}
NEGATIVE = {
    "ofsted.report_table": [[NATIONAL_STATISTIC], [SCHOOL]],
    "ofsted.report_headline": [[NATIONAL_STATISTIC], [SEED_002]],
    "ofsted.prose": [
        [NATIONAL_STATISTIC],
        [CHILDRENS_HOMES],
        [SCHOOL],
        [CQC],
        [GOOD_PRACTICE],
        [passage("c0097")],  # a question
        [passage("c0153")],  # what happens if
        *negatives("school_ofsted", "provider_ofsted", "cqc", "send_area"),
    ],
    "ofsted.prose_visit": [
        [SEED_002],
        [CQC],
        [passage("c0019")],  # focused visits in general
        [passage("c0153")],
    ],
    "ofsted.report_heading": [[SOUTHWARK_SUMMARY], [SEED_002]],
}
RULES = {
    "ofsted.report_table",
    "ofsted.report_headline",
    "ofsted.prose",
    "ofsted.prose_visit",
    "ofsted.report_heading",
}


def test_every_rule_has_positive_and_negative_cases():
    assert set(POSITIVE) == RULES
    assert set(NEGATIVE) == RULES


@pytest.mark.parametrize(
    ("rule_id", "pages", "area", "grade"),
    [(rule, *case) for rule, cases in POSITIVE.items() for case in cases],
)
def test_rule_finds_the_judgement(rule_id, pages, area, grade):
    found = {(f["judgement_area"], f.get("grade")) for f in judgements(pages, rule_id)}
    assert (area, grade) in found


@pytest.mark.parametrize(
    ("rule_id", "pages"),
    [(rule, pages) for rule, cases in NEGATIVE.items() for pages in cases],
)
def test_rule_ignores_other_judgements(rule_id, pages):
    assert judgements(pages, rule_id) == []


@pytest.mark.parametrize(
    ("report", "council", "date", "grades"),
    [
        (
            "ilacs_80431_blackpool_2019-01-17_inadequate.pdf",
            "Blackpool Borough Council",
            "2018-12",
            {
                "leadership": "inadequate",
                "help and protection": "inadequate",
                "children in care and care leavers": "requires_improvement",
                "overall effectiveness": "inadequate",
            },
        ),
        (
            "ilacs_2637539_north-northamptonshire_2026-07-07_post-april-2026-no-overall"
            ".pdf",
            "North Northamptonshire",
            "2026-05",
            {
                "leadership": "outstanding",
                "help and protection": "good",
                "children in care": "good",
                "care leavers": "good",
            },
        ),
    ],
)
def test_report_table_gives_every_judgement_of_the_inspection(
    report, council, date, grades
):
    found = judgements(report_page(report), "ofsted.report_table")
    assert {f["judgement_area"]: f["grade"] for f in found} == grades
    assert {f["local_authority"] for f in found} == {council}
    assert {f["date"] for f in found} == {date}


def test_a_table_read_without_its_line_breaks_gives_the_same_judgements():
    page = report_page("ilacs_80431_blackpool_2019-01-17_inadequate.pdf")
    flattened = [" ".join(page[0].split())]
    assert judgements(flattened, "ofsted.report_table") == judgements(
        page, "ofsted.report_table"
    )


def test_visits_carry_no_grade():
    (visit,) = judgements([CENTRAL_BEDFORDSHIRE_VISIT], "ofsted.prose_visit")
    assert visit == {
        "local_authority": "Central Bedfordshire Council",
        "visit_type": "focused_visit",
        "judgement_area": "help and protection",
        "date": "2024-02",
    }
