"""Ofsted judgements in real passages gathered after the detector was written (issue
13, second round), by the kind of failure each showed: a news story's lede taken for
a report's title page, a grade given to a list of judgements, a sentence that goes
on about the judgements the one before gave, a grade given in two years, a change
of grade, "a focused Ofsted visit", a children's home's or an adoption agency's
own judgements, a grade aimed at, areas counted and not named ("good in three out of
four areas", "some aspects 'good'"), a grade's "elements".

tests/fixtures/ofsted_unseen_round2.jsonl holds the passages with their addresses,
labelled by ../shared/LABELS.md (see tests/fixtures/PROVENANCE.md). Only its
"fixing" half is used here: the "remeasure" half is kept for
benchmarks/ofsted_unseen.py to measure these rules on text they were not made from.
"""

import json
from collections import Counter
from pathlib import Path

import pytest

from casewatch.detectors import detect, ofsted
from casewatch.detectors.records import ofsted_records
from casewatch.places import council_for
from casewatch.text import pdf_pages

FIXTURES = Path(__file__).parent / "fixtures"
FIXING = {
    row["id"]: row
    for row in map(json.loads, (FIXTURES / "ofsted_unseen_round2.jsonl").open())
    if row["split"] == "fixing"
}
CORPUS = {
    row["id"]: row["text"]
    for name in ("detector_corpus.jsonl", "papers.jsonl", "news.jsonl")
    for row in map(json.loads, (Path(__file__).parent / "corpus" / name).open())
    if row.get("split") != "heldout"
}


def code(name):
    return council_for(name).code if name else None


def text(passage_id):
    return FIXING[passage_id]["text"]


def sentence(passage_id, holding):
    """The sentence of a passage that holds `holding`."""
    (found,) = [s for s in text(passage_id).split(". ") if holding in s]
    return found


def found(words):
    """(council code, grade) of each record, as many times as there are records."""
    return Counter((r.la_code, r.grade) for r in ofsted_records(detect([words])))


def labelled(passage_id):
    return Counter(
        (code(label["local_authority"]), label["grade"])
        for label in FIXING[passage_id]["ofsted"]
    )


@pytest.mark.parametrize(
    "passage_id",
    [
        "u0001",  # adequate in two areas and inadequate in one; overall, next sentence
        "u0007",  # "Good ratings were received for" three areas, "Outstanding" one
        "u0021",  # "from the 'inadequate' awarded in 2013 and 2015, to ..."
        "u0025",  # a story's lede: "services in the county has moved out of its ..."
        "u0041",  # "Staffordshire and Devon ... both received a rating of adequate for"
        "u0056",  # "a focused Ofsted visit"
        "u0070",  # "good in two of the three categories"; "The overall result was ..."
        "u0085",  # "Good with Outstanding elements", "Outstanding in two of four"
        "u0094",  # "rating leadership ..., in addition to adoption support, as 'good'"
        "u0096",  # "the Ofsted focus visit on 7 - 8 July 2021"
        "u0098",  # "... lower rating than the previous 'Requires Improvement' judgment"
        # "good across all service areas, except for care leavers"; its headline's
        # "good" (this inspection's) is taken for the 2015 "good" said again, as
        # undated grades of a kind the page dates are: a known miss, measured worth
        # it (held out, 11 fewer false judgements for 3 lost of this kind)
        pytest.param(
            "u0100",
            marks=pytest.mark.xfail(
                strict=True, reason="an undated grade the page dates is said again"
            ),
        ),
        "u0103",  # a timeline: "'adequate' and some aspects 'good'"
    ],
)
def test_a_passage_gives_the_judgements_it_states(passage_id):
    assert found(text(passage_id)) == labelled(passage_id)


@pytest.mark.parametrize(
    "passage_id", sorted(i for i, row in FIXING.items() if row["negative_kind"])
)
def test_a_hard_negative_gives_no_judgement(passage_id):
    assert not found(text(passage_id))


def test_a_news_story_s_lede_is_no_report_s_title_page():
    """A report's headline names its council capitalised ("Children's services in
    Manchester require improvement to be good"); a story's "services in the county
    has moved out of its inadequate rating" is prose, and so is the rest of its page."""
    rules = {mention.rule_id for mention in ofsted.detect([text("u0025")])}
    assert rules == {"ofsted.prose"}
    assert (code("Worcestershire"), "requires_improvement") in found(text("u0025"))


def test_a_grade_given_in_two_years_is_two_judgements_and_a_change_ends_undated():
    dated = {(r.grade, r.date) for r in ofsted_records(detect([text("u0021")]))}
    assert dated == {
        ("inadequate", "2013"),
        ("inadequate", "2015"),
        ("requires_improvement", None),
    }


def test_an_area_excepted_is_not_the_grade_s():
    """u0100: "judged to be good across all service areas, except for care
    leavers" is an overall grade."""
    areas = {r.judgement_area for r in ofsted_records(detect([text("u0100")]))}
    assert areas == {"overall effectiveness"}


def test_no_longer_rated_as_a_grade_states_none():
    assert not found(sentence("u0021", "no longer rated as inadequate"))


def test_a_grade_tied_to_a_list_of_judgements_is_one_for_each():
    areas = {
        (r.judgement_area, r.grade) for r in ofsted_records(detect([text("u0007")]))
    }
    assert areas == {
        ("leadership", "good"),
        ("help and protection", "good"),
        ("overall effectiveness", "good"),
        ("children in care and care leavers", "outstanding"),
    }


@pytest.mark.parametrize(
    ("passage_id", "count"),
    [
        # "scoring inadequate for overall effectiveness at safeguarding children and
        # adequate in safeguarding looked-after children": what a judgement is of
        ("c0077", 2),
        # "downgraded the department to 'inadequate' for overall effectiveness after
        # finding a raft of failures across its leadership, ...": a new clause
        ("c0087", 1),
    ],
)
def test_a_list_of_judgements_ends_where_its_grade_s_clause_does(passage_id, count):
    assert sum(found(CORPUS[passage_id]).values()) == count


def test_ratings_in_two_categories_then_named_are_one_for_each_and_not_the_next_s():
    """n0078: "outstanding ratings in two categories, children's experience in care
    and the impact of leaders ... It said: 'Since the last inspection in 2022, when
    services were judged to require improvement, ...'": the later grade is overall,
    not the topic sentence's last area."""
    areas = {
        (r.judgement_area, r.grade) for r in ofsted_records(detect([CORPUS["n0078"]]))
    }
    assert areas == {
        ("children in care", "outstanding"),
        ("leadership", "outstanding"),
        ("overall effectiveness", "requires_improvement"),
    }


def test_a_sentence_judging_again_takes_the_judged_sentence_before_as_its_topic():
    """u0070: "... last rated as inadequate in April 2016. It was rated 'good' in two
    of the three categories ... The overall result was 'requires improvement to be
    good'." The areas counted are no judgement; the result is Dudley's."""
    assert found(text("u0070")) == Counter(
        {(code("Dudley"), "inadequate"): 1, (code("Dudley"), "requires_improvement"): 1}
    )


def test_a_report_s_prose_after_its_heading_is_no_judgement_of_its_own():
    """Kingston's 2015 report: "The graded judgment about the experience and progress
    of care leavers is that it is good 85. ... This dual-role team provides a good
    service to care leavers" says no more than its heading."""
    page = pdf_pages(
        FIXTURES / "ofsted" / "sif_80545_kingston-upon-thames_2015-08-03_good.pdf"
    )[25]
    assert [m.rule_id for m in ofsted.detect([page])] == ["ofsted.report_heading"]


def test_a_grade_by_ofsted_with_no_provider_near_is_a_council_s():
    """n0080 (a blog's list of councils): "Rated inadequate by Ofsted in December
    2021"; a school "rated 'outstanding'" under Ofsted's framework is not."""
    assert found(CORPUS["n0080"])[(None, "inadequate")] == 1
    assert not found(text("u0057"))


@pytest.mark.parametrize(
    "words",
    [
        sentence("u0031", "Chelmaren"),  # a children's home's own judgements
        sentence("u0035", "Inspection of Adoption Services"),
        text("u0036"),  # "a Random Inspection of the Adoption Service"
        sentence("u0061", "in order to get"),  # 'good' aimed at
    ],
)
def test_a_provider_s_grade_or_an_aim_is_no_judgement(words):
    assert all(grade != "good" and grade != "outstanding" for _, grade in found(words))


def test_a_council_s_adoption_performance_is_its_judgement():
    assert found(text("u0022")) == Counter({(None, "outstanding"): 1})


def test_a_grade_after_one_aimed_at_is_aimed_at_too():
    """ofsted_passages.jsonl (baroque4): "working towards taking the service
    towards a 'good' and, ultimately, 'outstanding' rating"."""
    words = (
        "Today service chiefs said they were confident that the new rating would see "
        "the children's minister moving the service out of intervention and said "
        'they were now working towards taking the service towards a "good" and, '
        'ultimately, "outstanding" rating.'
    )
    assert not found(words)


def clause(passage_id, start, end):
    """The words of a passage from `start` through `end`."""
    words = text(passage_id)
    at = words.index(start)
    return words[at : words.index(end, at) + len(end)]


@pytest.mark.parametrize(
    ("words", "grades"),
    [
        # "found the council's Children's Services to be Good in its overall
        # effectiveness, with judgments of Outstanding in two of four categories,
        # and good in the remaining two categories"
        (clause("u0085", "The inspection took place", "categories."), {"good"}),
        (text("u0102"), set()),  # "good in two out of three judgement areas"
    ],
)
def test_a_grade_of_areas_counted_and_not_named_is_none(words, grades):
    assert {grade for _, grade in found(words)} == grades
