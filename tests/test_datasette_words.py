"""The archive's codes and dates in a reporter's words."""

import pytest

from casewatch.datasette import words


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("2015-07-29", "29 July 2015"),
        ("2015-07", "July 2015"),
        ("2015", "2015"),
        # stored in UTC; a reporter reads London's day (BST: an hour ahead)
        ("2026-06-30T23:30:00+00:00", "1 July 2026"),
        ("2026-12-04T22:33:19+00:00", "4 December 2026"),
        ("", ""),
        ("next week", "next week"),
    ],
)
def test_dates_are_in_uk_words(value, said):
    assert words.uk_date(value) == said


def test_a_timestamp_keeps_its_london_time_and_loses_its_offset():
    assert words.uk_time("2026-06-30T23:30:00+00:00") == "1 July 2026, 00:30"
    assert "+00:00" not in words.uk_time("2026-12-04T22:33:19+00:00")


def test_a_document_without_its_own_date_says_it_is_only_the_found_date():
    assert words.document_date(
        "2015-07-29", "meeting", "2026-12-04T22:33:19+00:00"
    ) == ("29 July 2015 (meeting date)")
    assert words.document_date(None, None, "2026-12-04T22:33:19+00:00") == (
        "found 4 December 2026; it gives no date of its own"
    )


@pytest.mark.parametrize(
    ("review", "said"),
    [
        (("SCR", "Child R", "Southwark LSCB", None, "withheld"),
         "Serious case review, Child R: withheld"),
        (("SCR", None, "The Kingston and Richmond Local Safeguarding Children "
          "Board (LSCB)", None, "withheld"),
         "Serious case review, Kingston and Richmond Local Safeguarding Children "
         "Board: withheld"),
        # a board named by its acronym alone says nothing: the council does
        (("DHR", None, "CSP", "Lambeth", "in_progress"),
         "Domestic homicide review, Lambeth: under way"),
        (("LCSPR", None, None, None, "unpublished"),
         "Local child safeguarding practice review: not published yet"),
        (("SAR", "Adult B", None, None, None), "Safeguarding adults review, Adult B"),
    ],
)  # fmt: skip
def test_a_review_is_said_in_plain_words(review, said):
    assert words.review(*review) == said


def test_a_judgement_is_said_in_plain_words():
    assert words.judgement(
        "inspection", "2024-12", "children in care", "requires_improvement"
    ) == ("Ofsted inspection, December 2024: children in care requires improvement "
          "to be good")  # fmt: skip
    assert words.judgement("focused_visit", "2020-02", None, None) == (
        "Ofsted focused visit, February 2020"
    )
    assert (
        words.judgement("unknown", None, "other", None) == "Ofsted judgement, undated"
    )


def test_counts_are_singular_or_plural():
    assert words.plural(1, "mention") == "1 mention"
    assert words.plural(1200, "mention") == "1,200 mentions"
