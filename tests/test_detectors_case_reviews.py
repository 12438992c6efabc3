"""Case-review detector: every rule has real passages it must find and must not.

Passages are real text; each case names its source. "Seed" texts are in
../shared/seeds/ (the stories the project started from).
"""

import pytest

from casewatch.detectors import case_reviews, detect

SEED_SCR = (  # seed 000, a Surrey Comet story (2015)
    "The local safeguarding children's board (LSCB) launched a serious case review "
    "(SCR) investigating the 19 months leading up to the assault in December 2014."
)
SEED_SCR_NOT_PUBLISHED = (  # seed 000
    "A Kingston and Richmond LSCB spokesman said the SCR was not published "
    "\u201cto avoid risking the anonymity of individuals\u201d."
)
SEED_CHILD_R = (  # seed 001, Southwark Safeguarding Children Board's response
    "The Southwark Safeguarding Children Board received the Serious Case review at a "
    "meeting dated 24 February 2015 and endorsed the findings of the review."
)
RBKC_CSPR = (  # https://www.rbkc.gov.uk/lscp/about-us/local-child-safeguarding-practice-reviews
    "Future child safeguarding practice reviews (CSPRs) and learning reviews will be "
    "added to this page when published."
)
BARNSLEY_LCSPR = (  # https://www.barnsley.gov.uk/.../local-child-safeguarding-practice-reviews/
    "Local Child Safeguarding Practice Reviews play a vital role in helping local "
    "professionals and organisations to continually improve the way they work."
)
NEWCASTLE_LCSPR_ACRONYM = (  # https://newcastlesafeguarding.org.uk/child-safeguarding-review-practice-report
    "The Child Safeguarding Practice Review Panel's fourth annual report disseminates "
    "evidence and learning originating from rapid reviews and Local Child "
    "Safeguarding Practice Reviews (LCSPRs). Published LCSPRs are listed below."
)
LEWISHAM_SAR = (  # https://safeguardinglewisham.org.uk/lsab/lsab/about-us/safeguarding-adults-reviews
    "Lewisham Safeguarding Adults Board (LSAB) will arrange a Safeguarding Adults "
    "Review (SAR) when an adult in Lewisham dies as a result of abuse or neglect. "
    "We will also arrange a SAR if an adult in Lewisham has not died."
)
# https://maidstone.gov.uk/... Information Governance Report, 14 November 2022
MAIDSTONE_SUBJECT_ACCESS = (
    "The Information Governance Team oversees the management of complaints, "
    "information requests, subject access requests (SAR), information sharing "
    "requests as well as handling data breaches."
)
GREENWICH_DHR = (  # https://royalgreenwich.gov.uk/info/200203/domestic_abuse/2243/domestic_homicide_reviews
    "The Domestic Violence, Crime and Victims Act (2004) places a duty on Community "
    "Safety Partnerships to carry out a domestic homicide review (DHR) when a person "
    "who is aged 16 or over is killed. The objective of a DHR is to enable lessons "
    "to be learned."
)
EPA_SELECTIVE_CATALYTIC = (  # http://www.epa.gov/nrmrl/pubs/600r01087.html
    "This report provides a methodology for estimating costs associated with retrofit "
    "applications of selective catalytic reduction (SCR) technology on coal-fired "
    "boilers. SCR is a control technology for post-combustion nitrogen oxides."
)
B_CE_SOLVENCY = (  # https://financedocbox.com/Insurance/74008435-B-ce-group-solvency-and-financial-condition-report...
    "E.2 Solvency Capital Requirement and Minimum Capital Requirement. The SCR is "
    "covered by eligible own funds."
)
THE_KEY_SINGLE_CENTRAL_RECORD = (  # https://schoolgovernors.thekeysupport.com/curriculum-and-pupils/pastoral-care/safeguarding/governors-role-in-monitoring-the-scr/
    "The single central record (SCR) is the central record of the safeguarding "
    "checks that have been carried out on all staff and other relevant people."
)
SEED_SCR_PANEL = (  # seed 000 (the panel, not a review)
    "Learning has however been shared with the NSPCC, the Department for Education "
    "and the National SCR Panel."
)
SEED_INTERNAL_MANAGEMENT_REVIEW = (  # seed 002, Surrey Comet (2012)
    "The report said \u201cthe council has not adequately addressed all the areas "
    "identified in their internal management review of a domestic violence "
    "homicide\u201d."
)
BARNSLEY_PANEL = (  # https://www.barnsley.gov.uk/.../local-child-safeguarding-practice-reviews/
    "At a national level the responsibility lies with the Child Safeguarding "
    "Practice Review Panel (the panel)."
)

# rule id -> (pages of a document, what the hits' review types must be)
POSITIVE = {
    "case_review.scr": [([SEED_SCR], ["SCR"]), ([SEED_CHILD_R], ["SCR"])],
    "case_review.scr_acronym": [
        ([SEED_SCR, SEED_SCR_NOT_PUBLISHED], ["SCR"]),
        # no full name in the passage, but the LSCB that holds such reviews
        ([SEED_SCR_NOT_PUBLISHED], ["SCR"]),
    ],
    "case_review.cspr": [([RBKC_CSPR], ["CSPR"]), ([BARNSLEY_LCSPR], ["LCSPR"])],
    "case_review.cspr_acronym": [([NEWCASTLE_LCSPR_ACRONYM], ["LCSPR"])],
    "case_review.sar": [([LEWISHAM_SAR], ["SAR"])],
    "case_review.sar_acronym": [([LEWISHAM_SAR], ["SAR"])],
    "case_review.dhr": [([GREENWICH_DHR], ["DHR"])],
    "case_review.dhr_acronym": [([GREENWICH_DHR], ["DHR"])],
}
NEGATIVE = {
    "case_review.scr": [[SEED_SCR_PANEL], [SEED_INTERNAL_MANAGEMENT_REVIEW]],
    "case_review.scr_acronym": [
        [EPA_SELECTIVE_CATALYTIC],
        [B_CE_SOLVENCY],
        [SEED_SCR_PANEL],
        [THE_KEY_SINGLE_CENTRAL_RECORD],
    ],
    "case_review.cspr": [[BARNSLEY_PANEL]],
    "case_review.cspr_acronym": [[BARNSLEY_PANEL], [RBKC_CSPR]],
    "case_review.sar": [[MAIDSTONE_SUBJECT_ACCESS]],
    "case_review.sar_acronym": [[MAIDSTONE_SUBJECT_ACCESS]],
    "case_review.dhr": [[SEED_INTERNAL_MANAGEMENT_REVIEW]],
    "case_review.dhr_acronym": [[SEED_INTERNAL_MANAGEMENT_REVIEW]],
}


def hits(pages, rule_id):
    return [m for m in case_reviews.detect(pages) if m.rule_id == rule_id]


def test_every_rule_has_positive_and_negative_cases():
    rule_ids = {rule.id for rule in case_reviews.RULES}
    assert set(POSITIVE) == rule_ids
    assert set(NEGATIVE) == rule_ids


@pytest.mark.parametrize(
    ("rule_id", "pages", "types"),
    [
        (rule, pages, types)
        for rule, cases in POSITIVE.items()
        for pages, types in cases
    ],
)
def test_rule_finds_its_reviews(rule_id, pages, types):
    found = hits(pages, rule_id)
    assert found, f"{rule_id} missed {pages}"
    assert {m.fields["type"] for m in found} == set(types)


@pytest.mark.parametrize(
    ("rule_id", "pages"),
    [(rule, pages) for rule, cases in NEGATIVE.items() for pages in cases],
)
def test_rule_ignores_other_senses(rule_id, pages):
    assert hits(pages, rule_id) == []


@pytest.mark.parametrize(
    ("review_page", "other_sense"),
    [
        (SEED_CHILD_R, EPA_SELECTIVE_CATALYTIC),
        (SEED_CHILD_R, THE_KEY_SINGLE_CENTRAL_RECORD),
        (LEWISHAM_SAR, MAIDSTONE_SUBJECT_ACCESS),
    ],
)
def test_acronym_in_another_sense_is_ignored_in_a_document_about_reviews(
    review_page, other_sense
):
    found = case_reviews.detect([review_page, other_sense])
    assert found, "the review page itself is found"
    assert [m for m in found if m.page_no == 2] == []


def test_acronym_right_after_its_full_name_is_one_mention():
    found = case_reviews.detect([SEED_SCR])
    assert [m.rule_id for m in found] == ["case_review.scr"]


def test_mention_carries_page_span_and_sentence():
    pages = ["Contents\nAgenda item 4.", "Minutes.\n" + SEED_CHILD_R]
    (mention,) = detect(pages)
    assert mention.page_no == 2
    assert pages[1][mention.start : mention.end] == "Serious Case review"
    assert mention.snippet == SEED_CHILD_R
    assert mention.detector == "case_reviews"


def test_one_mention_per_sentence_and_review_type():
    text = (
        "Serious Case Review: the Board commissioned a serious case review in May. "
        "A second serious case review began in June."
    )
    found = detect([text])
    assert [text[m.start : m.end] for m in found] == [
        "Serious Case Review",
        "serious case review",
    ]
    assert found[1].snippet == "A second serious case review began in June."


def test_phrase_broken_across_lines_is_found():
    (mention,) = detect(["the Board commissioned a serious case\nreview in May."])
    assert mention.rule_id == "case_review.scr"


def test_pseudonym_in_the_sentence_becomes_the_subject():
    text = (
        "The Serious Case Review into the care of Child R was published in July 2015."
    )
    (mention,) = detect([text])
    assert mention.fields == {"type": "SCR", "subject": "Child R"}
