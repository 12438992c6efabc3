"""A lead's Freedom of Information request, as plain text."""

from casewatch import places
from casewatch.datasette.foi import Review, Sighting, draft

BOARD = "The Kingston and Richmond Local Safeguarding Children Board (LSCB)"
PACK = Sighting(
    document="Trust Board Part 1 - July 2015",
    source="Kingston Hospital NHS Foundation Trust",
    page_no=111,
    date="29 July 2015 (date on its first page)",
    found="4 December 2026",
    sentence="<mark>Serious Case Review</mark>: The Kingston and Richmond Local "
    "Safeguarding Children Board (LSCB) commissioned a serious case review.",
    status_sentence="This has not been published due to risks particularly in "
    "relation to e-safety.",
    original_url="https://www.kingstonhospital.nhs.uk/pack.pdf#page=111",
    kept_url="https://archive.example/-/files/abc#page=111",
)
KINGSTON, RICHMOND = places.by_code("E09000021"), places.by_code("E09000027")


def withheld(*sightings: Sighting) -> str:
    assert KINGSTON
    assert RICHMOND
    review = Review("SCR", None, BOARD, "withheld", "It will never be published.")
    return draft(review, [KINGSTON, RICHMOND], [*sightings])


def test_the_request_goes_to_the_councils_foi_officer_with_a_copy_to_the_other():
    text = withheld(PACK)
    assert text.startswith(
        "To: the Freedom of Information officer, Royal Borough of Kingston upon "
        "Thames (kingston.gov.uk)\nCopy to: London Borough of Richmond upon Thames"
    )
    assert (
        "Subject: Freedom of Information request: serious case review by the "
        "Kingston and Richmond Local Safeguarding Children Board\n"
    ) in text


def test_it_says_where_and_when_the_archive_saw_the_review():
    text = withheld(PACK)
    assert (
        '1. "Trust Board Part 1 - July 2015" (Kingston Hospital NHS Foundation '
        "Trust), page 111, 29 July 2015 (date on its first page):"
    ) in text
    # the sentence without highlighting, and the one that says it was withheld
    assert '"Serious Case Review: The Kingston and Richmond' in text
    assert "commissioned a serious case review. ... This has not been published" in text
    assert "Published at: https://www.kingstonhospital.nhs.uk/pack.pdf#page=111" in text
    assert (
        "Archived copy (found 4 December 2026): "
        "https://archive.example/-/files/abc#page=111"
    ) in text
    assert (
        'The documents below say that it has not been published: "It will never be '
        'published."'
    ) in text


def test_it_asks_for_the_report_the_decision_and_when_it_was_last_considered():
    text = withheld(PACK)
    assert "1. A copy of the review's final report or, if you will not release" in text
    assert "its executive summary" in text
    assert "2. Any decision not to publish the report" in text
    assert "who made it" in text
    assert "3. The date on which publication of the review was last considered" in text
    assert "Freedom of Information Act 2000" in text
    assert "[Your name]" in text


def test_a_review_with_no_council_known_leaves_the_addressee_to_fill_in():
    text = draft(Review("SCR", "Child Q", None, "unknown"), [], [PACK])
    assert text.startswith("To: the Freedom of Information officer of [the council")
    assert "serious case review (Child Q)" in text
    assert "I cannot find it among the published case reviews." in text
