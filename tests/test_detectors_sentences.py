"""Sentences: where a detector's snippet and a rule's sentence begin and end."""

import re

import pytest

from casewatch.detectors import find
from casewatch.detectors.base import Caseless, lower_case_pattern, sentence_span

# https://childprotection.rcpch.ac.uk/resources/serious-case-reviews-scrs-in-child-protection-briefings
RCPCH = (
    "Child I. Northamptonshire: Northamptonshire Safeguarding Children Board. Fox, J. "
    "(2014)\nExecutive summary of a review into the death of an eight-week-old baby "
    "boy in March 2012 from a significant head injury."
)
# https://www.lambethsab.org.uk/news-and-events?month=201908
LAMBETH_HEADING = (
    "Safeguarding Adults Review - Martin\n\nMartin was a 51 year old man who at the "
    "time of his death had been living in squalid conditions and was physically frail."
)
# tests/fixtures/seeds/001_e6e542d9494bc471.txt: a PDF's paragraph broken mid-sentence
SEED_BROKEN = (
    "The Southwark Safeguarding Children Board received the Serious Case review at a "
    "meeting \n\ndated 24 February 2015 and endorsed the findings of the review.  "
    "Further guidance was given at this meeting."
)
# https://somersetsafeguardingadults.org.uk/publications-and-resources/learning-from-serious-cases
# (as casewatch.text.html_text gives a page: each block on a line of its own)
SOMERSET_LIST = (
    "Where a report is not published for these reasons we will produce a practice "
    "briefing containing learning identified.\nPublished reviews\nSafeguarding "
    "Adults Review: \u2018Family W\u2019 (2024)\nSafeguarding Adults Review: "
    "\u2018Peter\u2019 (2024)\nSafeguarding Adults Review: \u2018Robert\u2019 "
    "(2023)\nA Safeguarding Adults Review was commissioned in to the death of "
    "\u2018Robert\u2019 (pseudonym)."
)
# https://www.tsab.org.uk/professionals/safeguarding-adult-review-sar-reports/
TSAB_LIST = (
    "Safeguarding Adults Reviews (SARs) Reports\nNovember 2023\nSK: key themes on "
    "multi-agency working, safeguarding, self-neglect in a care setting, mental "
    "capacity and supporting Autistic people.\nSK \u2013 Safeguarding Adult Review "
    "Report\nSK \u2013 Learning Briefing\nJames: key themes on trauma, self-neglect, "
    "substance misuse, mental and physical health, safeguarding, multi-agency "
    "working, mental capacity and family/carer support.\nJames \u2013 Safeguarding "
    "Adult Review Report\nJames \u2013 Learning Briefing\nApril 2023\nAdult K: key "
    "themes on self-neglect and fire risks.\nAdult K \u2013 Safeguarding Adult Review "
    "\u2013 Executive Summary\nAdult K \u2013 Learning Briefing"
)
# https://www.safeguardingworcestershire.org.uk/wsab/sars/publications/
WORCESTERSHIRE_BULLETS = (
    "Learning from this review included:\n\u2022 Self-Neglect is complex and requires "
    "a Multi-agency approach \u2013 Self-Neglect Policy & CARM Framework\n\u2022 "
    "Managing Risk \u2013 Multi-agency approach\nJoseph (December 2023)\nThemes \u2013 "
    "Making Safeguarding Personal (MSP), Care Homes, Discharge to Assess"
)
# tests/fixtures/ofsted/sif_80545_kingston-upon-thames_2015-08-03_good.pdf page 6, as
# PDFium gives it: a paragraph wrapped into lines, some beginning with a capital
KINGSTON_WRAPPED = (
    "inspection of local authority arrangements for the protection of children also "
    "found \nprovision to be inadequate. Council leaders, together with Achieving for "
    "Children \n(AfC), the Local Safeguarding Children Board (LSCB) and the "
    "Children\u2019s Services \nImprovement Board (CSIB), have successfully "
    "delivered against an ambitious \nimprovement plan. This has led to an "
    "impressive level of change."
)
# casewatch/sample_sites/files/southwarklscb/child-r-scr-board-response.pdf page 1
SOUTHWARK_RESPONSE = (
    "Southwark Safeguarding Children Board \u2014 Response to the\nSerious Case "
    "Review: Child R\nPublished July 2015\nThe Southwark Safeguarding Children Board "
    "received the Serious Case review at a meeting dated 24 February 2015."
)


def sentence(text, words):
    at = text.index(words)
    left, right = sentence_span(text, at, at + len(words))
    return " ".join(text[left:right].split())


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # an initial after a name goes on; a pseudonym's letter ends a sentence
        (RCPCH, "Fox", "Fox, J. (2014) Executive summary of a review into the death "
         "of an eight-week-old baby boy in March 2012 from a significant head injury."),
        (RCPCH, "Child I", "Child I."),
        # a heading ends at its blank line; a broken paragraph goes on in lower case
        (LAMBETH_HEADING, "Review - Martin", "Safeguarding Adults Review - Martin"),
        (SEED_BROKEN, "dated", SEED_BROKEN.split("  ")[0].replace(" \n\n", " ")),
        # abbreviations
        ("He met Dr. Smith at St. Thomas' on 4 May. Then he left.", "Smith",
         "He met Dr. Smith at St. Thomas' on 4 May."),
        ("See para. 4 and No. 5 of the report. Next.", "No.",
         "See para. 4 and No. 5 of the report."),
        # a list's lines each end where they do, under their heading
        (SOMERSET_LIST, "Peter",
         "Safeguarding Adults Review: \u2018Peter\u2019 (2024)"),
        (SOMERSET_LIST, "Published", "Published reviews"),
        (TSAB_LIST, "James \u2013 Safeguarding",
         "James \u2013 Safeguarding Adult Review Report"),
        (TSAB_LIST, "SK \u2013 Learning", "SK \u2013 Learning Briefing"),
        (TSAB_LIST, "April", "April 2023"),
        # a bulleted line ends at its line break, however long; so does the line
        # before a bullet
        (WORCESTERSHIRE_BULLETS, "Joseph", "Joseph (December 2023)"),
        (WORCESTERSHIRE_BULLETS, "Self-Neglect is",
         "\u2022 Self-Neglect is complex and requires a Multi-agency approach \u2013 "
         "Self-Neglect Policy & CARM Framework"),
        # a paragraph PDF text wraps goes on across lines that begin with a capital,
        # and across a line that ends with a word that joins (the title it wraps
        # goes on to the next line: its second line does not begin a line of its own)
        (KINGSTON_WRAPPED, "Improvement Board", "Council leaders, together with "
         "Achieving for Children (AfC), the Local Safeguarding Children Board (LSCB) "
         "and the Children\u2019s Services Improvement Board (CSIB), have successfully "
         "delivered against an ambitious improvement plan."),
        (SOUTHWARK_RESPONSE, "Serious Case", "Southwark Safeguarding Children Board "
         "\u2014 Response to the Serious Case Review: Child R Published July 2015"),
    ],
)  # fmt: skip
def test_a_sentence_ends_where_its_words_do(text, words, expected):
    assert sentence(text, words) == expected


def test_each_line_of_a_list_of_reports_is_its_own_review():
    """Before lines ended sentences, "James \u2013 Safeguarding Adult Review Report"
    ran on into "April 2023 Adult K: ..." and took Adult K's name."""
    found = [(r.type, r.subject) for r in find([TSAB_LIST]).reviews]
    assert found == [("SAR", "SK"), ("SAR", "James"), ("SAR", "Adult K")]


def test_a_caseless_pattern_answers_as_the_pattern_itself_does():
    """Looked for in lower case, matched in the text as it is: the same spans, the
    text's own letters, a part that must be in capitals still checked."""
    pattern = r"\bOfsted\s+rated\s+(?-i:(?=[A-Z]))\w+"
    caseless, plain = Caseless(pattern), re.compile(pattern, re.IGNORECASE)
    texts = [
        "In 2019 OFSTED rated Kingston's services good.",
        "In 2019 Ofsted rated them good; then Ofsted rated Kingston good.",
        "Nothing here is rated.",
        "\u0130stanbul: Ofsted rated Leeds outstanding.",  # lower case is longer
    ]
    for text in texts:
        ours, theirs = caseless.search(text), plain.search(text)
        assert (ours and (ours.span(), ours[0])) == (
            theirs and (theirs.span(), theirs[0])
        )
        assert [m.span() for m in caseless.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
    assert caseless.search(texts[1])[0] == "Ofsted rated Kingston"


def test_a_caseless_pattern_substitutes_as_re_sub_does():
    """Blanking ("good practice" is no grade) keeps every offset; removing cuts."""
    pattern = r"\bgood\s+practice\b|in\s+good\s+time"
    caseless, plain = Caseless(pattern), re.compile(pattern, re.IGNORECASE)
    text = "GOOD practice, delivered in Good time, was judged good."
    blank = lambda m: " " * len(m.group())  # noqa: E731
    assert caseless.sub(blank, text) == plain.sub(blank, text)
    assert (
        caseless.sub("", text)
        == plain.sub("", text)
        == ", delivered , was judged good."
    )
    assert caseless.sub("", "Judged good.") == "Judged good."


def test_a_caseless_pattern_asked_again_answers_as_before():
    """A sentence's rules ask their shared tests of it again: the same text, from
    the same place, gets the same answer; any other question a fresh one."""
    pattern = Caseless(r"\bgood\b")
    text = "Good, then good."
    first = pattern.search(text)
    assert pattern.search(text) is first
    assert pattern.search(text, first.end()).start() == 11
    assert pattern.search(text).start() == 0
    assert pattern.search("Bad, then bad.") is None
    assert pattern.search(text[:4]).span() == (0, 4)


def test_a_caseless_pattern_needs_one_of_its_words():
    graded = Caseless(r"\brated\s+(?:good|inadequate)\b", needs=("good", "adequate"))
    assert graded.search("It was RATED Inadequate.")[0] == "RATED Inadequate"
    assert graded.search("It was rated poor.") is None


def test_a_lowered_pattern_keeps_its_escapes_and_group_names():
    assert lower_case_pattern(r"\bOF\S+(?P<Grade>A)[A-Z](?P=Grade)") == (
        r"\bof\S+(?P<Grade>a)[a-z](?P=Grade)"
    )
