"""Why an item is in a digest, in a reporter's words: never a rule id."""

from __future__ import annotations

import pytest

from casewatch.alerts.reasons import (
    judgement_reason,
    quoted,
    review_reason,
    search_reason,
    vanished_reason,
)
from casewatch.detectors.case_reviews import RULES

SCR = {"type": "SCR"}


@pytest.mark.parametrize(
    ("status", "said"),
    [
        (
            "withheld",
            "it says a serious case review was withheld and will not be published",
        ),
        ("unpublished", "it says a serious case review has not been published"),
        (
            "in_progress",
            "it says a serious case review is under way or awaiting publication",
        ),
        ("published", "it says a serious case review was published"),
        ("unknown", "it names a serious case review"),
    ],
)
def test_a_review_mention_says_what_the_document_says_of_its_status(status, said):
    assert review_reason("case_review.scr", {**SCR, "status": status}) == said


def test_a_review_is_named_by_its_type_and_subject():
    fields = {"type": "CSPR", "subject": "Child R", "status": "published"}
    assert review_reason("case_review.cspr", fields) == (
        "it says a child safeguarding practice review (Child R) was published"
    )
    assert review_reason("case_review.other_review", {"type": "other"}) == (
        "it names a case review"
    )


def test_a_register_lists_its_reviews():
    fields = {"type": "SAR", "subject": "Adult V", "status": "published"}
    assert review_reason("case_review.register_entry", fields) == (
        "it lists a safeguarding adults review (Adult V) among its reviews as published"
    )


@pytest.mark.parametrize("rule", [rule.id for rule in RULES])
def test_no_reason_names_a_rule(rule):
    for status in ("withheld", "unknown", "published"):
        said = review_reason(rule, {**SCR, "status": status})
        assert "rule" not in said
        assert "case_review" not in said


def judgement(grade, area="overall effectiveness", visit="inspection", date="2024-12"):
    return {
        "grade": grade,
        "judgement_area": area,
        "visit_type": visit,
        "date": date,
    }


def test_ofsted_says_who_judged_what_of_which_council_and_when():
    assert judgement_reason(judgement("inadequate"), "official", "Kingston") == (
        "Ofsted's published outcomes say Ofsted judged Kingston's children's"
        " services inadequate overall in December 2024"
    )
    assert judgement_reason(
        judgement("good", "leadership", date="2019-10-25"), "report", "Kingston"
    ) == (
        "Ofsted's inspection report says Ofsted judged Kingston's children's"
        " services good for leadership on 25 October 2019"
    )
    assert judgement_reason(
        judgement("requires_improvement", "other", date=None), "mention", ""
    ) == (
        "it says Ofsted judged a council's children's services as requiring"
        " improvement to be good"
    )


def test_a_visit_without_a_grade_says_what_ofsted_did():
    visit = judgement(None, "other", "focused_visit", "2022-10")
    assert judgement_reason(visit, "mention", "Blackpool") == (
        "it says Ofsted made a focused visit to Blackpool's children's services"
        " in October 2022"
    )


@pytest.mark.parametrize(
    ("gone", "said"),
    [
        ("HTTP 404", 'its address now answers "not found" (HTTP 404)'),
        ("HTTP 410", 'its address now answers "gone" (HTTP 410)'),
        (
            "replaced",
            "new bytes were published at its address; the old version is kept",
        ),
        (
            "no longer linked from https://example.org/board",
            "the page that listed it (https://example.org/board) no longer links to it",
        ),
        (None, "its address stopped answering with it"),
    ],
)
def test_a_vanished_document_says_what_happened_to_its_address(gone, said):
    assert vanished_reason(gone) == said


def test_a_search_is_quoted_once():
    assert quoted('"Child R"') == "“Child R”"
    assert quoted("Clarence") == "“Clarence”"
    assert quoted('"Child R" OR "Child S"') == '“"Child R" OR "Child S"”'
    assert search_reason({"Clarence", '"Child R"'}) == (
        "it matches the search “Child R” and “Clarence”"
    )
