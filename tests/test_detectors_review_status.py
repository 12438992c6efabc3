"""A review's status, year and board as the text says them of it; one record per
review whatever sentence names it; the records `casewatch detect --jsonl` writes."""

from pathlib import Path

import pytest

from casewatch.detectors import detect, find
from casewatch.detectors.records import review_records
from casewatch.detectors.review_terms import status_of
from casewatch.text import extract
from tests.corpus_passages import TEXTS

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "tests" / "fixtures" / "seeds"


def records(text):
    return review_records(detect([text]))


def test_the_boards_response_being_published_says_nothing_of_the_review():
    """Issue 14: Southwark's response to the Child R review is "Published July
    2015"; the review itself was being prepared for publication: complete, its
    publication pending, which ../shared/LABELS.md calls in_progress."""
    pdf = (
        ROOT
        / "casewatch/sample_sites/files/southwarklscb/child-r-scr-board-response.pdf"
    )
    findings = find(extract(pdf).pages)
    (review,) = findings.reviews
    assert (review.type, review.subject, review.la_codes) == (
        "SCR",
        "Child R",
        ("E09000028",),
    )
    assert review.status == "in_progress"
    assert "preparing the report for publication" in review.status_sentence
    # the title's "Child R Published July 2015" is no line of a register either
    assert {m.fields["status"] for m in review.mentions} == {"unknown", "in_progress"}


def test_the_seed_story_names_its_board_in_full_and_each_review_it_counts():
    """Issue 14's board "as written in full", and issue 13's reviews named in the
    sentences after the one that counts them (the Surrey Comet story)."""
    text = (SEEDS / "000_6691984872464c97.txt").read_text(encoding="utf-8")
    found = {(r.subject, r.board, r.la_codes, r.status) for r in records(text)}
    assert (
        None,
        "Kingston and Richmond LSCB",
        ("E09000021", "E09000027"),
        "withheld",
    ) in found
    named = {subject: status for subject, _, _, status in found if subject}
    assert named == {
        "Tania Clarence": "unknown",
        "Joon Kyu Kim": "unknown",
        "Tom and Vic": "unpublished",  # "no longer available online"
    }


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # c0059: "A small paragraph referencing the review was made public ..."
        (TEXTS["c0059"], "unknown"),
        # the title page of https://vdocument.in/hertfordshire-safeguarding-children-board-2018-08-22-hertfordshire-safeguarding.html
        (
            "Serious Case Review:\n\nChild A\n\nEpisode that triggered the review "
            "March 2013\n\nLSCB adoption of the review findings September 2014\n\n"
            "Publication November 2016",
            "published",
        ),
    ],
)
def test_a_status_said_of_something_else_is_not_the_reviews(text, status):
    (review,) = records(text)
    assert review.status == status


def test_a_review_held_instead_of_a_sar_is_another_kind_of_review():
    # c0233, https://ssab.safeguardingsomerset.org.uk/about-us/publications/learning-from-serious-cases/
    (review,) = records(TEXTS["c0233"])
    assert (review.type, review.subject) == ("other", "Kevin")
    # the same page's first sentence alone: a SAR not held, and nothing instead
    assert records(TEXTS["c0233"].split(". However")[0] + ".") == []


def test_a_status_said_of_its_report_in_the_next_sentence_is_the_review_s():
    # u0410 (a regional paper): "... was not a \u201cpredictable event\u201d, a
    # serious case review has found. A report investigating the death of Hamzah
    # Khan, published this morning, claims ..."
    (review,) = records(TEXTS["u0410"])
    assert (review.subject, review.status) == ("Hamzah Khan", "published")
    # u0404 (a Welsh paper): "... their deaths triggered a serious case review.
    # While the full reports have not been made public, yesterday afternoon the
    # Swansea Safeguarding Children Board released the executive summaries"
    assert {review.status for review in records(TEXTS["u0404"])} == {"withheld"}
    # ... not a report on something else, nor what is said of someone else's
    text = "A serious case review into Child A has begun. A report on knife crime,"
    assert records(f"{text} published today, found rises.")[0].status != "published"


def test_a_review_said_not_to_be_required_is_not_held():
    # shaped as minutes: a decision that no review was needed names no review
    for text in (
        "It was agreed that a Domestic Homicide Review was not required in the case"
        " of Ms H.",
        "The panel decided a Safeguarding Adults Review was not necessary for Mr G.",
    ):
        assert records(text) == []
    # ... but what a review found was not required is the review's finding
    text = "The Safeguarding Adults Review into Mr G found training was not required."
    (review,) = records(text)
    assert (review.type, review.subject) == ("SAR", "Mr G")


def test_detect_jsonl_writes_every_council_of_a_joint_board():
    text = (SEEDS / "000_6691984872464c97.txt").read_text(encoding="utf-8")
    (withheld,) = [r for r in find([text]).reviews if r.status == "withheld"]
    written = withheld.as_dict()
    assert (written["board"], written["la_code"], written["la_codes"]) == (
        "Kingston and Richmond LSCB",
        None,
        ["E09000021", "E09000027"],
    )
    assert written["local_authority"] == "Kingston and Richmond"


def test_ongoing_is_the_review_s_status_only_when_said_of_it():
    """h0130: "Adult E\u2019s SAR was ongoing"; h0310: "A Local Child Safeguarding
    Practice Review into the case is ongoing"; but j0204's review "uncovered
    serial failures ... including around not acting on ongoing alerts and
    referrals": what is ongoing there is not the review."""
    adult_e = [r for r in records(TEXTS["h0130"]) if r.subject == "Adult E"]
    assert [r.status for r in adult_e] == ["in_progress"]
    assert {r.status for r in records(TEXTS["h0310"])} == {"in_progress"}
    assert [r.status for r in records(TEXTS["j0204"])] == ["unknown"]


def test_a_headline_that_the_board_releases_a_report_says_it_is_published():
    """l0110: "Oxfordshire Safeguarding Children Board Releases New Report A serious
    case review into the death of a 22-month-old boy in Oxfordshire ..."; a report
    still to be released is not."""
    assert [r.status for r in records(TEXTS["l0110"])] == ["published"]
    later = (
        "The Oxfordshire Safeguarding Children Board said the serious case review "
        "into the death of Child Y would be released in the spring."
    )
    statuses = [r.status for r in records(later)]
    assert statuses
    assert "published" not in statuses


@pytest.mark.parametrize(
    ("passage_id", "status"),
    [
        # m0106, a partnership chair's blog: "We discussed a Local Child
        # Safeguarding Practice Review with its author and agreed it is ready for
        # publication."
        ("m0106", "in_progress"),
        # m0201 (news): "The Local Safeguarding Children's Board (LSCB) is to
        # conduct a "serious case review" into the child's death."
        ("m0201", "in_progress"),
        # m0027, a DHR's title page: "This report is the property of Safer
        # Communities Torbay and must not be distributed or published without the
        # express permission of the Chair." A marking, not its publication.
        ("m0027", "unknown"),
    ],
)
def test_a_review_ready_for_publication_or_to_be_held_and_a_marking(passage_id, status):
    (review,) = records(TEXTS[passage_id])
    assert review.status == status


def test_a_marking_leaves_what_else_the_sentence_says_of_publication():
    # shaped as m0027's marking after words that say the report is published
    text = (
        "The report was published in June 2014 and must not be copied without the "
        "permission of the Chair."
    )
    assert status_of(text) == "published"


@pytest.mark.parametrize(
    ("passage_id", "status"),
    [
        # i0001 (Yorkshire Post): "AN EIGHTH serious case review has been launched
        # in Doncaster after the death of a baby ..."
        ("i0001", "in_progress"),
        # h0308 (Telegraph & Argus): "... following the release of the national review
        # into her and Arthur Labinjo-Hughes deaths earlier today"
        ("h0308", "published"),
    ],
)
def test_a_review_launched_is_under_way_and_one_released_is_published(
    passage_id, status
):
    (review,) = records(TEXTS[passage_id])
    assert review.status == status


def test_a_report_commissioned_and_prepared_is_no_review_under_way():
    # p0140, a review's own title page: "The Overview Report of the Serious Case
    # Review In respect of Child C This Report has been commissioned and prepared on
    # behalf of Wigan Safeguarding Children Board."
    (review,) = records(TEXTS["p0140"])
    assert review.status != "in_progress"


def test_a_review_named_at_a_title_page_s_head_is_published_by_its_line():
    # p0140, a review's title page: "The Overview Report of the Serious Case Review
    # In respect of Child C ... Author: Jane Leather MA. RN. RM. HV. Published by
    # WSCB \u2013 3 rd June 2015"
    (review,) = records(TEXTS["p0140"])
    assert (review.subject, review.status) == ("Child C", "published")
    # named far down a page, a review is not the page's title (shaped as minutes)
    minutes = (
        "Published: 3 June 2015. "
        + "The Board met and discussed its budget. " * 10
        + "Members noted the Serious Case Review of Child C."
    )
    assert [r.status for r in records(minutes)] == ["unknown"]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # 12cpbarristers.co.uk/blog/disclosure-of-serious-case-reviews/, of a
        # Serious Case Review its LSCB undertook
        ("The Board decided against publication.", "withheld"),
        # shaped as news stories, each LABELS.md's status table in other words
        ("The SCR into her death was released on Tuesday.", "published"),
        ("The review, released today, found failings.", "published"),
        ("Only an executive summary of the SCR was released.", "withheld"),
        (
            "Publication of the SCR has been delayed until the trial ends.",
            "in_progress",
        ),
        ("The SCR into her death has never been published.", "unpublished"),
        ("The SCR has still not been published.", "unpublished"),
        ("The board has agreed to carry out an SCR.", "in_progress"),
        ("An SCR into her death is now taking place.", "in_progress"),
        ("An SCR into her death has begun.", "in_progress"),
        # ... and what is said of someone else, or of nothing
        ("The SCR found he was released on licence in 2019.", "unknown"),
        ("The SCR found he had been released from prison.", "unknown"),
        ("The SCR found that agencies missed chances.", "unknown"),
    ],
)
def test_what_a_sentence_says_of_a_reviews_publication_in_other_words(sentence, status):
    assert status_of(sentence) == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # shaped as news stories and minutes, LABELS.md's status table in more words
        ("The SCR into her death came out last week.", "published"),
        ("The SCR into her death was unveiled today.", "published"),
        ("The SCR into her death is available here.", "published"),
        # p0104 (kingstonandrichmondsafeguardingchildrenpartnership.org.uk): "Family
        # L ... commissioned a lessons' learnt review ... The Executive Summary is
        # here"
        ("The Executive Summary is here", "published"),
        ("Click the icon to view the Learning Brief", "published"),
        # x0012 (an Information Commissioner's decision): "The London Borough of
        # Haringey ... concluded that the public interest in maintaining both the
        # exemptions outweighed the public interest in disclosing the information"
        (
            "The Council concluded that the public interest in maintaining both the"
            " exemptions outweighed the public interest in disclosing the SCR.",
            "withheld",
        ),
        # j0201 (Wigan Today): "any lessons to be learned will remain a secret"
        ("The lessons of the SCR will remain a secret.", "withheld"),
        # ... not a secret the review found, nor an exemption from something else
        ("The SCR found the abuse was a secret.", "unknown"),
        ("The SCR found the home was exempt from council tax.", "unknown"),
        # ... not a link to something else (h0215, essexsab.org.uk: "Click here to
        # access the ESAB Safeguarding Adult Review (SAR) e-Learning")
        ("Click here to access the SAR e-Learning.", "unknown"),
        ("Click here to read more about what a SAR is.", "unknown"),
        ("Her father is here to help.", "unknown"),
        ("The SCR into her death is still being written.", "in_progress"),
        ("The SCR into her death is nearing completion.", "in_progress"),
        ("The SCR into her death went public last week.", "published"),
        ("A copy of the SAR into Mr B is on the Board's website.", "published"),
        ("The SAR into Mr B is in its final stages.", "in_progress"),
        # ... each pattern's words among the marks that let a sentence be read
        ("The DHR into Mr K was submitted to the Home Office.", "in_progress"),
        ("The DHR is with the Home Office for quality assurance.", "in_progress"),
        ("The DHR is awaiting quality assurance.", "in_progress"),
        ("The board refused to disclose the SCR.", "withheld"),
        ("The Board agreed to publish the SAR.", "in_progress"),
        ("The board said the SCR would be published in July.", "in_progress"),
        ("The DHR had been returned by the Home Office for amendments.", "in_progress"),
        ("The board said the SCR would never be published.", "withheld"),
        # u0708 (BBC): "Flintshire council said it was co-operating with an
        # independent child practice review by the North Wales Safeguarding Board"
        ("The council said it was co-operating with the SCR.", "in_progress"),
        ("The Trust is contributing to the serious case review.", "in_progress"),
        ("Staff were engaging with the family before the review.", "unknown"),
        ("The SAR into Mr B is being finalised.", "in_progress"),
        ("The SAR into Mr B is at draft report stage.", "in_progress"),
        ("Work on the SAR into Mr B continues.", "in_progress"),
        ("The SAR was signed off and is due for publication.", "in_progress"),
        ("The SCR into her death is expected to report in the summer.", "in_progress"),
        ("An SCR into her death has been set up.", "in_progress"),
        ("The board is carrying out an SCR into her death.", "in_progress"),
        ("The board has refused to release the SCR into her death.", "withheld"),
        ("The SCR into her death will remain confidential.", "withheld"),
        ("The SCR into her death has yet to be made public.", "unpublished"),
        ("The SCR into her death is not publicly available.", "unpublished"),
        ("The SCR has been removed from the board's website.", "unpublished"),
        # ... and what is kept back or removed is not the review
        ("The SCR said her identity will be kept confidential.", "unknown"),
        ("The SCR found the man was carrying out repairs.", "unknown"),
        ("The draft SAR was shared with the family.", "unknown"),
        ("The SAR found the council's website was out of date.", "unknown"),
        ("The SAR found the final stages of his care were poor.", "unknown"),
        ("The board continues to monitor the SAR's actions.", "unknown"),
        # i0018 (local news): "Sheffield Council has launched a safeguarding review
        # after a woman died following an error."; z0219 (local news):
        # "Lincolnshire Safeguarding Children Partnership has decided to do an
        # in-depth independent review into the case of Bronson"
        ("Sheffield Council has launched a safeguarding review.", "in_progress"),
        ("The partnership has decided to do an in-depth review.", "in_progress"),
        # ... but not what else was launched or done
        ("The SCR found the council has launched an appeal.", "unknown"),
        # d0106 (a board's news): "The release today of a Serious Case Review by
        # Suffolk Safeguarding Adults Board has been welcomed by the family"
        ("The release today of a Serious Case Review was welcomed.", "published"),
        ("The release today of a prisoner was reported in the SCR.", "unknown"),
        # "not published until": published at last in the past tense (c0146: "the
        # SCR was not published until January 2008"), not yet in the future
        ("The SCR will not be published until the trial has ended.", "unpublished"),
        (
            "The SCR will not be published until the conclusion of criminal"
            " proceedings.",
            "unpublished",
        ),
        ("The SCR cannot be published until the inquest has concluded.", "unpublished"),
        ("The SAR will not be published until next year.", "in_progress"),
        ("The SAR will not be made public until the spring.", "in_progress"),
        ("The SCR was not published until January 2008.", "published"),
        ("The board said the SAR will not be made public.", "withheld"),
    ],
)
def test_more_of_what_a_sentence_says_of_a_reviews_publication(sentence, status):
    assert status_of(sentence) == status


def test_a_named_review_s_status_told_again_unnamed_is_one_review():
    # shaped as news: what is said again of the one named review is its own, though
    # its status moved on (f0010's unnamed DHR, published, is another: see
    # test_detectors_case_reviews)
    text = (
        "The serious case review into Child A was delayed by the criminal trial."
        " The review was finally published in May."
    )
    assert [(r.subject, r.status) for r in records(text)] == [("Child A", "published")]
    text = (
        "The serious case review into Child A is being written. The SCR will be"
        " published next year."
    )
    assert [(r.subject, r.status) for r in records(text)] == [
        ("Child A", "in_progress")
    ]


def test_published_said_of_the_report_past_what_happened_is_the_review_s():
    # q0206 (local news): "Cumbria County Council commissioned a safeguarding review
    # following the death of the one-year-old ... Castle was jailed for at least 18
    # years ... The report, published by Cumbria Safeguarding Children
    # Partnership, finds that ..."; x0303: "A serious case review ... came despite
    # an inquest ... Police have also stated there were no suspicious
    # circumstances. The 31-page review was published ..."
    for passage_id in ("q0206", "x0303"):
        assert [r.status for r in records(TEXTS[passage_id])] == ["published"]
    # ... but not what a sentence past them claims otherwise, nor said in passing
    # (shaped as q0206)
    for after in (
        "The report has not been published.",
        "A report on the trial was published by the court.",
        # ... nor another body's findings, nor someone released (shaped as r0204)
        "Police said their findings have now been released to the family.",
        "Hospital bosses published a report on staffing last week.",
        "The man, released by police on bail, denies the charges.",
    ):
        text = (
            "Hull City Council commissioned a serious case review following the death"
            " of a baby. Her mother was jailed for 18 years. " + after
        )
        assert [r.status for r in records(text)] == ["unknown"]


@pytest.mark.parametrize(
    ("passage_id", "status"),
    [
        # r0204 (EDP): "... a safeguarding review commissioned by the Norfolk
        # Safeguarding Children Partnership (NSCP). Undertaken following the
        # three-month-old's death in 2019, its findings have now been released"
        ("r0204", "published"),
        # k0216 (BBC): "A Serious Case Review has been carried out into the death of
        # the baby ... Stoke-on-Trent Safeguarding Children Board published a report
        # of its findings on Wednesday."
        ("k0216", "published"),
        # j0210 (BBC): "... a safeguarding review has concluded. ... The report,
        # released by the Derby and Derbyshire Safeguarding Children Partnership
        # (DDSCP), found"
        ("j0210", "published"),
    ],
)
def test_its_findings_made_public_past_what_happened_are_the_review_s(
    passage_id, status
):
    assert [r.status for r in records(TEXTS[passage_id])] == [status]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # y0000 (Northampton Chronicle): "Northamptonshire Safeguarding Children
        # Board will launch a serious case review after a toddler died", "there will
        # be a serious case review carried out in relation to the child's death"
        (
            "The Board will launch a serious case review after a toddler died.",
            "in_progress",
        ),
        (
            "We can confirm that there will be a serious case review carried out.",
            "in_progress",
        ),
        # s0232 (Birmingham Mail): "as the child protection agencies now undertake a
        # serious case review", "The case review ... is being handled by Birmingham
        # Safeguarding Children Board"
        ("The agencies now undertake a serious case review.", "in_progress"),
        (
            "The case review is being handled by Birmingham Safeguarding Children"
            " Board.",
            "in_progress",
        ),
        # ls07 (careappointments.com): "Now, a serious case review is to be carried
        # out by Leicester, Leicestershire and Rutland Local Safeguarding Children
        # Board"
        (
            "Now, a serious case review is to be carried out by Leicester,"
            " Leicestershire and Rutland Local Safeguarding Children Board.",
            "in_progress",
        ),
        # ... not a person handled by someone, nor what else will be
        ("The SCR found he was being handled roughly.", "unknown"),
        ("The SCR found checks were to be carried out by social workers.", "unknown"),
        ("The SCR found there will be a shortfall.", "unknown"),
        ("The SCR found staff will hold a meeting.", "unknown"),
    ],
)
def test_a_review_to_come_or_at_work_is_in_progress(sentence, status):
    assert status_of(sentence) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # shaped as news: the next sentence opens on the review's publication
        (
            "The serious case review into Child T was completed in 2018. Publication"
            " has been delayed until after the trial.",
            "in_progress",
        ),
        (
            "The serious case review into Child T was completed in 2018. Publication"
            " of the report is expected in May.",
            "in_progress",
        ),
        # ... not another document's
        (
            "The serious case review into Child T was completed in 2018. Publication"
            " of the annual report is due in May.",
            "unknown",
        ),
    ],
)
def test_a_next_sentence_on_the_review_s_publication_says_its_status(text, status):
    assert [r.status for r in review_records(detect([text]))] == [status]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a review's terms of reference published: the review is under way
        # (r0117 of tests/corpus)
        ("In January 2022, the Panel published initiation letters and terms of"
         " reference for a national review into safeguarding children with"
         " disabilities and complex health needs in residential settings.",
         "in_progress"),
        # publication to come (shaped)
        ("The Partnership will publish the serious case review in June.",
         "in_progress"),
        ("The Partnership will shortly publish the review.", "in_progress"),
        ("The review is to be published on Friday.", "in_progress"),
        # ... but a press release's "Today ... will publish" is the day it is
        # (q0100 of tests/corpus, labelled published)
        ("Today, Cambridgeshire and Peterborough Safeguarding Children Partnership"
         " will publish a Child Safeguarding Practice Review into the tragic death"
         " of a young baby aged 12 weeks.", "published"),
        # ... and what else a board will publish is not the review's (shaped)
        ("The board published the review and will publish an action plan.",
         "published"),
    ],
)  # fmt: skip
def test_a_review_to_be_published_or_whose_terms_are_is_in_progress(sentence, status):
    assert status_of(sentence) == status
