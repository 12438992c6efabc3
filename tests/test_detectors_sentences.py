"""Sentences: where a detector's snippet and a rule's sentence begin and end."""

import pytest

from casewatch.detectors.base import sentence_span

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
    ],
)  # fmt: skip
def test_a_sentence_ends_where_its_words_do(text, words, expected):
    assert sentence(text, words) == expected
