"""Reviews named without a review word of their own (issue 13, list round): the
entries of a register under a heading or on a page that names the kind of review
("December 2013 - Derbyshire - BDS12", "Case Diana/2020", "Case GN13:", "John
(January 2024)" with "John was a 54 year old ..."), reviews named in the plural
into a list of cases ("serious case reviews into Baby P, Shannon Matthews ..."),
a review's sentence that points back at the one person named before it
("... Daniel Pelka. ... The Serious Case Review, ..."), a listing's "Published:"
field, each title's own subject on a joint report's cover, and a subject the
story names in the sentence around the review's: by number ("known as Child 24"),
by what the report calls them ("referred to him as Matt"), or as who died.

Passages come from tests/fixtures/reviews_unseen.jsonl (its "dev" half) and the
tuning corpus, which keep their addresses, or are quoted here with theirs. A
register's page gives each entry a line of its own (casewatch.text.html_text
writes a block a line); the corpus lost those breaks, so each register is tried
both ways: as stored, and with its line breaks put back where the page has them.
"""

import json
from pathlib import Path

import pytest

from casewatch.detectors import detect
from casewatch.detectors.records import review_records
from casewatch.text import html_text
from tests.corpus_passages import TUNING

HERE = Path(__file__).parent


def _rows(path: Path, keep) -> dict[str, dict]:
    rows = (json.loads(line) for line in path.open() if line.strip())
    return {row["id"]: row for row in rows if keep(row)}


DEV = _rows(HERE / "fixtures" / "reviews_unseen.jsonl", lambda r: r["split"] == "dev")


def reviews(text: str) -> list[tuple]:
    """(type, subject, council, status) of each review record the text makes."""
    return [
        (record.type, record.subject, record.local_authority, record.status)
        for record in review_records(detect([text]))
    ]


def with_lines(text: str, *breaks: str) -> str:
    """The passage with a line break before each of `breaks`, as its page has."""
    for at in breaks:
        text = text.replace(f" {at}", f"\n{at}", 1)
    return text


NSPCC_2013 = DEV["v0030"]["text"]  # nspcc.org.uk .../serious_case_reviews_2013_...
MEDWAY_DHRS = DEV["v0057"]["text"]  # medway.gov.uk .../domestic_homicide_reviews
WORCESTERSHIRE_SARS = TUNING["n0151"]["text"]  # safeguardingworcestershire.org.uk


@pytest.mark.parametrize("lined", [False, True], ids=["joined", "lines"])
def test_a_yearly_register_lists_each_review_with_its_council(lined):
    text = NSPCC_2013
    if lined:
        text = with_lines(
            text, "A chronological", "December 2013", "Death of", "December 2013",
            "Abduction",
        )  # fmt: skip
    assert reviews(text) == [
        ("other", "BDS12", "Derbyshire", "published"),
        ("other", "Child G", "East Sussex", "published"),
    ]


@pytest.mark.parametrize("lined", [False, True], ids=["joined", "lines"])
def test_a_councils_dhr_documents_are_one_review_each(lined):
    text = MEDWAY_DHRS
    if lined:
        text = with_lines(text, "Case review documents", *(["Case "] * 6))
    found = reviews(text)
    assert [subject for _, subject, _, _ in found] == [
        "Diana", "Kitty", "Leanne", "Simran", "Jean", "Tamana",
    ]  # fmt: skip
    assert {(kind, council, status) for kind, _, council, status in found} == {
        ("DHR", "Medway", "unknown")
    }


@pytest.mark.parametrize("lined", [False, True], ids=["joined", "lines"])
def test_a_pseudonym_dated_whose_lines_give_the_persons_age(lined):
    text = WORCESTERSHIRE_SARS
    if lined:
        text = with_lines(text, "A Safeguarding", "John (January", "Themes", "John was")
    assert reviews(text) == [("SAR", "John", "Worcestershire", "published")]
    # ... on the page's other entry, with no heading: a review of a kind not named
    assert reviews(TUNING["n0150"]["text"]) == [("other", "Joseph", None, "unknown")]


def test_case_codes_listed_on_a_page_of_serious_case_reviews():
    found = reviews(TUNING["p0077"]["text"])  # nottinghamshire.gov.uk/nscb/...
    assert [(kind, subject) for kind, subject, _, _ in found] == [
        ("SCR", "GN13"), ("SCR", "EN12"), ("SCR", "CN10"), ("SCR", "FN13"),
    ]  # fmt: skip


def test_a_run_of_first_names_each_with_its_date_on_a_page_of_reviews():
    # shaped as boards' and partnerships' registers with their lines run together
    text = (
        "Published Safeguarding Adults Reviews Joanna - March 2019 Ben - June 2020"
        " Clare - July 2021"
    )
    assert reviews(text) == [
        ("SAR", "Joanna", None, "published"),
        ("SAR", "Ben", None, "published"),
        ("SAR", "Clare", None, "published"),
    ]
    text = "Safeguarding Adults Reviews 'Joanna' published March 2019 'Ben' published"
    assert reviews(f"{text} June 2020") == [
        ("SAR", "Joanna", None, "published"),
        ("SAR", "Ben", None, "published"),
    ]
    # ... each with what its own words say of it, and the board the page names
    text = (
        "Domestic Homicide Reviews Anne (2018) - The Safer Hull Partnership has"
        " published the overview report. Beth (2019) - The review is being"
        " finalised."
    )
    found = review_records(detect([text]))
    assert [(r.subject, r.year, r.status, r.board) for r in found] == [
        ("Anne", 2018, "published", "The Safer Hull Partnership"),
        ("Beth", 2019, "in_progress", "The Safer Hull Partnership"),
    ]
    # ... or each with its document to open (shaped as council DHR pages)
    for text in (
        "Domestic Homicide Reviews Anne Overview Report (PDF, 500KB) Anne Executive"
        " Summary (PDF, 200KB) Ben Overview Report (PDF, 600KB)",
        "Community Safety Partnership: domestic homicide reviews. Anne: overview"
        " report and action plan. Ben: overview report and action plan.",
    ):
        assert reviews(text) == [
            ("DHR", "Anne", None, "published"),
            ("DHR", "Ben", None, "published"),
        ]
    # ... or who the person was, under "published the following reviews"
    text = (
        "Safeguarding Adults Reviews. The Board has published the following reviews."
        " Joanna: a woman with learning disabilities who died in hospital. Ben: a man"
        " who died of self-neglect."
    )
    assert reviews(text) == [
        ("SAR", "Joanna", None, "published"),
        ("SAR", "Ben", None, "published"),
    ]
    text = "Safeguarding Adults Reviews. Note: a man may ask for one. Update: the"
    assert reviews(f"{text} woman's family were told.") == []
    # ... a table's cells, or two joined by "and" (shaped as partnerships' pages)
    text = (
        "Safeguarding Adults Reviews Joanna | March 2019 | Overview report Ben |"
        " June 2020 | Overview report"
    )
    assert [subject for _, subject, _, _ in reviews(text)] == ["Joanna", "Ben"]
    text = "Domestic homicide reviews published by the partnership: Anne (2019) and"
    assert [subject for _, subject, _, _ in reviews(f"{text} Beth (2020).")] == [
        "Anne",
        "Beth",
    ]
    # ... not one alone, nor authors cited, nor on a page that names no review
    for text in (
        "Domestic Homicide Reviews Annual Report Executive Summary Strategy"
        " Overview Report",
        "Board papers Anne Executive Summary Ben Executive Summary",
        "Safeguarding Adults Reviews Joanna (2019) was the first.",
        "Safeguarding Adults Reviews. Research by Taylor (2019) and Morgan (2020)"
        " shows that self-neglect is common.",
        "Safeguarding Adults Reviews Learning from research: Taylor (2019), Morgan"
        " (2020).",
        "Board members Joanna (2019) Ben (2020) Clare (2021)",
    ):
        assert reviews(text) == []


def test_first_names_alone_after_a_plural_heading_are_a_review_each():
    # h0205 (a council's page, its link titles run together): "Each summary domestic
    # homicide review is published on this page. ... Policies and guidance Domestic
    # Homicide Reviews Rosie Deborah"
    assert reviews(TUNING["h0205"]["text"]) == [
        ("DHR", "Rosie", None, "published"),
        ("DHR", "Deborah", None, "published"),
    ]
    # shaped as a board's page with its lines kept
    text = "Safeguarding Adults Reviews\nJoanna\nBen\nLearning from reviews\n"
    assert reviews(text) == [
        ("SAR", "Joanna", None, "unknown"),
        ("SAR", "Ben", None, "unknown"),
    ]
    # ... not one alone, whoever speaks, or a page's other headings
    for text in (
        "Safeguarding Adults Reviews Sarah Jones, chair of the board, said reviews"
        " matter.",
        "Serious Case Reviews Learning Briefings Practice Guidance",
        "Safeguarding Adults Reviews\nJoanna\nLearning from reviews\n",
    ):
        assert reviews(text) == []


# West Yorkshire safeguarding week's programme: a date, a dash and a place on
# each line, on a page that names domestic homicide reviews.
LEEDS_WEEK = (  # https://www.leedsscp.org.uk/safeguardingweek
    "Monday 19 June 2023 - Hosted by Leeds\n\n11.00 to 12.00    How to complete an "
    "Organisational Safeguarding Assessment (Online)\n\n14.00 to 16.00    Domestic "
    "Homicide Reviews Briefing: Overall Learning (Online)\n\nTuesday 20 June 2023 - "
    "Hosted by Kirklees\n\n10.00 to 12.30    Mental Capacity Act (Making decisions)"
    "What does it mean for you in your role?\n\nVenue: Brian Jackson House "
    "Huddersfield HD1 Tuesday 20 June\n\nWednesday 21 June 2023 - Hosted by Wakefield"
)
# A board's minutes list its members by name, initials and post.
STOCKTON_MEMBERS = (  # https://pdfslide.net/documents/stockton-on-tees-local-
    # safeguarding-apols-guests-rhona-bollands-rb-sbc-.html
    "Apols Dave Pickard (DP) LSCB Independent Chair SLSCB LSCB Chair Hartlepool "
    "Pauline Beall (PB) Business Manager MALAP (Multi Agency Looked After Part- "
    "nership) Stockton VCSE Safeguarding Forum Leanne Bain (LB) Lay Member Lesley "
    "Cooke (LC) Lay Member Eastern Ravens Trust Catalyst Apols Deborah Wray (DW) Lay "
    "Member Governor Bowesfield Primary School Apols Jane Humphreys (JH) Director of "
    "Children's Services Local Authority"
)


@pytest.mark.parametrize("text", [LEEDS_WEEK, STOCKTON_MEMBERS], ids=["week", "staff"])
def test_lists_of_meetings_and_members_name_no_review(text):
    assert reviews(text) == []
    assert reviews(text.replace("\n", " ")) == []


def test_reviews_into_a_list_of_cases_are_one_each_with_its_own_status():
    # communitycare.co.uk/2010/09/15/government-denies-serious-case-review-u-turn/
    assert reviews(TUNING["n0127"]["text"]) == [
        ("SCR", "Baby P", None, "in_progress"),
        ("SCR", "Shannon Matthews", None, "in_progress"),
        ("SCR", "Edlington", None, "in_progress"),
        ("SCR", "Khyra Ishaq", None, "published"),
    ]


def test_reviews_named_as_cases_or_into_people_described_are_one_each():
    # i0010, Norfolk LSCB: "published three Serious Case Reviews; Cases M, N and O"
    assert reviews(TUNING["i0010"]["text"]) == [
        ("SCR", f"Case {letter}", "Norfolk", "published") for letter in "MNO"
    ]
    # i0024, Northamptonshire Telegraph: "two high-profile Serious Case Reviews
    # published earlier this summer into the murders of Kettering one-year-old
    # Evelyn Rose Muggleton and Northampton two-year-old Dylan Tiffin-Brown"
    found = {
        (kind, subject) for kind, subject, _, _ in reviews(TUNING["i0024"]["text"])
    }
    assert found == {("SCR", "Evelyn Rose Muggleton"), ("SCR", "Dylan Tiffin-Brown")}
    # shaped as news: first names, which the list of first names tells from towns
    text = "Domestic homicide reviews followed the deaths of Anne and Beth."
    assert reviews(text) == [
        ("DHR", "Anne", None, "unknown"),
        ("DHR", "Beth", None, "unknown"),
    ]
    text = "The serious case reviews of Holly and Kettering found failings."
    assert reviews(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Shaped as i0024 and i0116's sentences, with places and services where
        # they name people: neither is a review's subject.
        "The partnership completed two Domestic Homicide Reviews for Kettering and "
        "Corby in 2019.",
        "The board published two serious case reviews of Children\u2019s Services "
        "and Adult Social Care last year.",
    ],
    ids=["towns", "services"],
)
def test_reviews_for_places_or_services_name_no_one(text):
    assert all(subject is None for _, subject, _, _ in reviews(text))


def test_reviews_of_services_listed_are_not_cases():
    # the same sentence's shape with what reviews are of, not whom (Sunderland
    # Echo, 2016-09-06, sunderlandecho.com/.../1-8107368)
    text = (
        "To coincide with the publication of the serious case reviews, SSCB "
        "commissioned Dr Mark Peel and Dr Trish Shorrock to compile and independent "
        "report looking at issues that emerged from the incidents."
    )
    assert all(subject is None for _, subject, _, _ in reviews(text))


def test_the_review_pointing_back_is_of_the_one_child_named_before():
    # scepticalthoughts.blogspot.com/2014/02/
    assert reviews(DEV["v0039"]["text"]) == [("SCR", "Daniel Pelka", None, "unknown")]


def test_a_person_who_speaks_of_a_death_is_not_the_reviews_subject():
    # www3.northamptonshire.gov.uk/news/council-news/Pages/2013/
    # statement-response-maisie-harrison-serious-case-review.aspx
    text = (
        "Councillor Catherine Boardman, cabinet member for children and education, "
        "said, \u201cNobody could have foreseen Maisie\u2019s death. But we could "
        "have and should have given her better care, support and protection while "
        "she was alive.\u201d The findings of the serious case review into Maisie "
        "Harrison's death are available on the Local Safeguarding Children Board "
        "Northamptonshire website."
    )
    (found,) = reviews(text)
    assert "Boardman" not in (found[1] or "")


@pytest.mark.parametrize(
    ("passage_id", "council"),
    [
        ("h0302", "Gloucestershire"),
        ("j0110", "Uttlesford"),
        # ... or the fields before its name, the page's head cut off: "Norfolk review
        # CSP: Norfolk Published: May 2025 Year of death: 2020 Extracted: 25 recs
        # Statutory domestic homicide review under section 9 of the ... Act 2004"
        ("a0101", "Norfolk"),
        ("l0123", "Kent"),
    ],
)
def test_a_listing_s_published_field_makes_its_review_one(passage_id, council):
    # A DHR index's entries: "Source \u00b7 Domestic Homicide Review Uttlesford
    # review CSP: Uttlesford Published: August 2023 Year of death: 2020 ..."
    assert reviews(TUNING[passage_id]["text"]) == [("DHR", None, council, "published")]


def test_a_published_field_does_not_make_reviews_in_general_one():
    # Shaped as GOV.UK's listing of its guidance (www.gov.uk/government/
    # publications/revised-statutory-guidance-for-the-conduct-of-domestic-homicide-
    # reviews), with a colon as the DHR index above writes its field.
    text = "Domestic homicide reviews: statutory guidance Published: 9 December 2016"
    assert reviews(text) == []
    # ... nor a page's date before what a statutory review is
    text = (
        "Published: 9 December 2016 A statutory domestic homicide review under"
        " section 9 of the Domestic Violence, Crime and Victims Act 2004 is held"
        " when a death meets the criteria."
    )
    assert reviews(text) == []


def test_each_title_s_quoted_subject_is_its_own():
    # j0111, the cover of a joint report: "Lancashire Safeguarding Children Board
    # Lancaster District Community Safety Partnership A Serious Case Review \u2018Child
    # L\u2019 A Domestic Homicide Review \u2018Adult L\u2019 The Overview Report"
    found = {
        (kind, subject) for kind, subject, _, _ in reviews(TUNING["j0111"]["text"])
    }
    assert found == {("SCR", "Child L"), ("DHR", "Adult L")}


def test_a_register_code_before_the_review_s_name_is_its_subject():
    # j0118: "publishes the Executive summary of the A2 Serious Case Review"
    assert reviews(TUNING["j0118"]["text"]) == [
        ("SCR", "A2", "Birmingham", "published")
    ]


def test_a_review_s_acronym_in_quotes_is_no_subject():
    # j0116: "A Safeguarding Adult Review (\u201cSAR\u201d) concerns the ..."
    assert all(
        subject != "SAR" for _, subject, _, _ in reviews(TUNING["j0116"]["text"])
    )


def test_the_review_naming_again_the_one_child_named_before_is_of_that_child():
    # k0200 (Birmingham Mail): "Aalihya Jordan-Fellows suffered serious head
    # injuries and died in 2008 ... A Serious Case Review by Birmingham Safeguarding
    # Children Board (BSCB) found that Aalihya would probably have been alive today"
    assert reviews(TUNING["k0200"]["text"]) == [
        ("SCR", "Aalihya Jordan-Fellows", "Birmingham", "unknown")
    ]
    # the same story's review without her name again: still the one child it tells
    # of as harmed
    other = TUNING["k0200"]["text"].replace("that Aalihya", "that the girl")
    assert [subject for _, subject, _, _ in reviews(other)] == [
        "Aalihya Jordan-Fellows"
    ]
    # ... but of no one it tells of only as named
    other = other.replace(
        "suffered serious head injuries and died", "was known to services"
    )
    assert [subject for _, subject, _, _ in reviews(other)] == [None]


def test_a_case_s_letters_after_the_review_s_name_are_its_subject():
    # l0127, a Norfolk title page: "Norfolk SCR Case R PUBLICATION DATE: JANUARY 2017"
    assert reviews(TUNING["l0127"]["text"]) == [
        ("SCR", "Case R", "Norfolk", "published")
    ]
    # a group's name is no case
    minutes = "The Serious Case Review Case Management Group met in May."
    assert all(subject is None for _, subject, _, _ in reviews(minutes))


def test_a_pseudonym_by_number_is_the_review_s_subject():
    # l0239 (BBC, Torbay): "The toddler, known as Child 24, died in hospital in
    # 2010 ... A serious case review said the girl had lived in squalid conditions"
    assert reviews(TUNING["l0239"]["text"]) == [
        ("SCR", "Child 24", "Torbay Council", "unknown")
    ]
    # a year after the word is no pseudonym (shaped as the same story)
    year = TUNING["l0239"]["text"].replace(
        "known as Child 24", "a child in need under Working Together Children 2018"
    )
    assert [subject for _, subject, _, _ in reviews(year)] == [None]


def test_the_name_the_report_refers_to_them_by_is_the_subject():
    # k0209 (BBC, Coventry): "The serious case review followed the June 2019 death
    # of the infant ... The report referred to him as Matt, who lived with his
    # parents in Coventry."
    assert reviews(TUNING["k0209"]["text"]) == [("SCR", "Matt", "Coventry", "unknown")]
    # what it calls them is no name (shaped as the same story)
    called = TUNING["k0209"]["text"].replace("as Matt", "as a vulnerable infant")
    assert [subject for _, subject, _, _ in reviews(called)] == [None]
    # u0117 (a news release): "A Serious Case Review (SCR) into the care of a child
    # known as BA is being published today by the Jersey Child Protection Committee."
    assert [subject for _, subject, _, _ in reviews(TUNING["u0117"]["text"])] == ["BA"]
    # ... but not a word in capitals that runs on (shaped as the same release)
    known = "A Serious Case Review into the care of a child known as BAD things"
    known += " happened to is being published."
    assert [subject for _, subject, _, _ in reviews(known)] == [None]


# careappointments.com/care-news/england/92998/oxfordshire-county-council-missed-
# opportunity-over-toddler-s-death
OXFORDSHIRE_CHILD_Y = (
    "Oxfordshire County Council missed opportunity over toddler\u2019s death A "
    "22-month-old boy\u2019s death may have been prevented if organisations had "
    "worked more effectively together, a report has concluded. The boy, known as "
    "\u2018Child Y\u2019, died from a fractured skull in November 2010. His father "
    "was jailed for 15 months in May, after admitting child neglect. Oxfordshire "
    "Safeguarding Children Board\u2019s serious case review found a concern raised "
    "over his condition five months earlier was not acted upon."
)


def test_a_board_s_review_is_one_review_of_the_one_pseudonym_named_near():
    # "Oxfordshire Safeguarding Children Board's serious case review": a possessive
    # points at one review as "the" does, and "known as 'Child Y'" (quoted) is the
    # one pseudonym near it
    assert reviews(OXFORDSHIRE_CHILD_Y) == [
        ("SCR", "Child Y", "Oxfordshire", "unknown")
    ]
    # j0104: "the Birmingham Community Safety Partnership's Domestic Homicide Review
    # following the two homicides"
    assert reviews(TUNING["j0104"]["text"]) == [("DHR", None, "Birmingham", "unknown")]
    # a board's process is still no review (shaped as the Oxfordshire story)
    process = OXFORDSHIRE_CHILD_Y.replace(
        "serious case review found", "serious case review sub-group found"
    )
    assert reviews(process) == []


def test_the_one_who_died_named_after_the_review_s_sentence_is_its_subject():
    # j0208 (Community Care): "... a serious case review has found. Keegan Downer,
    # whose birth name was Shi-Anne, was killed by Kandyce Downer ..."
    assert reviews(TUNING["j0208"]["text"]) == [
        ("SCR", "Keegan Downer", "Birmingham council", "unknown")
    ]


def test_whoever_else_the_next_sentence_opens_with_is_not_the_subject():
    # www.sacpa.org.uk/2021/10/05/serious-case-review-highlights-safeguarding-
    # failures-in-lead-up-to-toddlers-death/: the next sentence opens with the man
    # convicted
    text = (
        "A series of safeguarding concerns have been highlighted in a serious case "
        "review over the death of a 21-month-old girl. Sean Sadler, 32, from "
        "Northfield, Birmingham was convicted of the murder of Lilly Hanrahan after "
        "her death in November 2017."
    )
    # ... whom it says was murdered is the one the text tells of as dead
    assert [subject for _, subject, _, _ in reviews(text)] == ["Lilly Hanrahan"]


def test_each_review_concerning_its_people_is_theirs():
    # m0100, a board's list of its reviews: "Safeguarding Adult Review (SAR)
    # concerning Alan Alan SAR - 7 Minute Briefing ... concerning Angela, Barry and
    # Claire Safeguarding Adult Review (SAR) concerning Tracy" (a link repeats a
    # name; the people a review concerns are not the next one's)
    found = {subject for _, subject, _, _ in reviews(TUNING["m0100"]["text"])}
    assert found == {"Alan", "Eva", "Angela, Barry and Claire", "Tracy"}


def test_the_one_person_introduced_by_their_age_is_the_review_s_subject():
    # m0115: "Learning from Safeguarding Adult Reviews (SAR) Jack was 20 years old.
    # ... This Safeguarding Adult Review (SAR) looks at how services worked ..."
    text = TUNING["m0115"]["text"]
    assert reviews(text) == [("SAR", "Jack", None, "unknown")]
    # two people introduced: neither is taken (shaped as the same page) ...
    two = text.replace("Jack was 20 years old.", "Jack was 20 years old. Sam was 30.")
    two = two.replace("He had been", "Sam was 30 years old. He had been")
    unsaid = two.replace("to support Jack", "with Jack")
    assert [subject for _, subject, _, _ in reviews(unsaid)] == [None]
    # ... unless the review's own sentence says whom services worked to support
    assert [subject for _, subject, _, _ in reviews(two)] == ["Jack"]


def test_a_grade_in_quotes_is_no_subject():
    # m0313 (news): "Birmingham children's services 'Good' after more than a decade
    # of 'inadequate' ratings ... Less than a year after a serious case review into
    # the death of a seven year old Birmingham boy ..."
    assert reviews(TUNING["m0313"]["text"]) == [("SCR", None, "Birmingham", "unknown")]


def test_a_review_following_reports_of_abuse_is_one_review():
    # m0011: "South Gloucestershire's Safeguarding Adults Board commissioned a
    # Serious Case Review following reports of patient abuse at Winterbourne ..."
    assert ("SCR", None, "South Gloucestershire", "unknown") in reviews(
        TUNING["m0011"]["text"]
    )
    # a review's reports are still reviews in general (shaped as the same page)
    process = (
        "South Gloucestershire's Safeguarding Adults Board receives Serious Case "
        "Review progress reports each quarter."
    )
    assert reviews(process) == []


def test_a_review_a_board_is_to_conduct_is_one_review():
    # m0201 (news): "The Local Safeguarding Children's Board (LSCB) is to conduct a
    # "serious case review" into the child's death."
    assert reviews(TUNING["m0201"]["text"]) == [
        ("SCR", "Alexander Gallon", "Newcastle", "in_progress")
    ]
    # reluctance to conduct one is none (shaped as the same story)
    reluctant = TUNING["m0201"]["text"].replace(
        "is to conduct", "has shown reluctance to conduct"
    )
    assert reviews(reluctant) == []
    # nor what a board is for (shaped as a board's page)
    role = (
        "The role of the Safeguarding Adults Board is to arrange a Safeguarding "
        "Adults Review when an adult dies."
    )
    assert reviews(role) == []


def test_reviews_counted_then_named_as_the_cases_in_the_next_sentence():
    # m0202 (Community Care): "Two serious case reviews published this week have
    # revealed failings ... The two cases late 2007 involve the death of a
    # four-month-old girl, known as Sarah; and injuries to an 11-month-old boy,
    # known as John"; each has the counting sentence's status
    assert sorted(reviews(TUNING["m0202"]["text"])) == [
        ("SCR", "John", "Nottinghamshire", "published"),
        ("SCR", "Sarah", "Nottinghamshire", "published"),
    ]


def test_reviews_whose_next_sentence_lists_the_deaths_they_looked_into():
    # m0214 (BBC): "... serious case reviews have found. Investigations into the
    # killings of Dylan Tiffin-Brown and Evelyn-Rose Muggleton, both by men with
    # histories of violence, ..."
    assert sorted(reviews(TUNING["m0214"]["text"])) == [
        ("SCR", "Dylan Tiffin-Brown", "Northamptonshire", "unknown"),
        ("SCR", "Evelyn-Rose Muggleton", "Northamptonshire", "unknown"),
    ]
    # deaths named after reviews in general are not theirs (shaped as a guidance
    # page)
    general = (
        "Serious case reviews are held when a child dies or is seriously harmed and "
        "abuse is suspected. The deaths of Peter Connelly and Victoria Climbie "
        "changed how they are done."
    )
    assert reviews(general) == []


@pytest.mark.parametrize(
    ("passage_id", "subject"),
    [
        # q0004 (minutes): "the serious case review relating to Faith"
        ("q0004", "Faith"),
        # q0125 (a board's page): "The Anderson Family Serious Case Review"
        ("q0125", "Anderson Family"),
    ],
)
def test_a_review_relating_to_someone_or_a_family_s_named_one(passage_id, subject):
    assert [found for _, found, _, _ in reviews(TUNING[passage_id]["text"])] == [
        subject
    ]


def test_a_review_of_the_one_named_after_what_befell_them_and_its_report():
    # q0209 (localgov.co.uk): "a Serious Case Review found it failed to
    # adequately protect murdered four-year-old Daniel Pelka. A report into the
    # Daniel's death published by the independent ...": one review, his, published
    assert reviews(TUNING["q0209"]["text"]) == [
        ("SCR", "Daniel Pelka", "Coventry", "published")
    ]
    # who welcomes a review is not whom it is of (shaped as a news story)
    welcomed = "The serious case review was welcomed by grandmother Mary Smith."
    assert [subject for _, subject, _, _ in reviews(welcomed)] == [None]


@pytest.mark.parametrize(
    "age", ["4-year old", "4 year old", "16 month old", "four-year-old", "81-year-old"]
)
def test_a_review_into_the_death_of_someone_aged_however_it_is_hyphenated(age):
    # s0202 (a news story): "a serious case review yesterday into the death of
    # 4-year old Daniel Pelka found numerous chances had been missed"
    text = TUNING["s0202"]["text"].replace("4-year old", age)
    assert [subject for _, subject, _, _ in reviews(text)] == ["Daniel Pelka"]
    # the age of someone else in the sentence names no subject (shaped as it)
    other = "A serious case review found failings, said 45 year old Martin Reeves."
    assert [subject for _, subject, _, _ in reviews(other)] == [None]


@pytest.mark.parametrize(
    ("passage_id", "subject"),
    [
        # f0201 (a board's page): "it is very likely Callum Wilson's death could
        # have been prevented" (was "Wilson")
        ("f0201", "Callum Wilson"),
        # l0031 (a council's release): "the Serious Case Review into Khyra Ishaq's
        # death was published" (was "Ishaq")
        ("l0031", "Khyra Ishaq"),
    ],
)
def test_a_name_before_its_possessive_is_whole(passage_id, subject):
    assert [found for _, found, _, _ in reviews(TUNING[passage_id]["text"])] == [
        subject
    ]
    # a council's possessive is no subject (shaped as a news story)
    council = "The serious case review found Kirklees Council's case work was poor."
    assert [found for _, found, _, _ in reviews(council)] == [None]


@pytest.mark.parametrize(
    ("what", "subject"),
    [
        # shaped as news stories: who died by name and age, what befell them
        ("launched after Holly Smith, 3, died", "Holly Smith"),
        ("launched after Holly Smith was found dead", "Holly Smith"),
        ("held into the murder of mother-of-two Holly Smith", "Holly Smith"),
        ("held into the abuse of Holly Smith", "Holly Smith"),
        ("held into the neglect of Holly Smith", "Holly Smith"),
        # ... and not whoever else the words name
        ("launched after Holly's mother, 25, died", None),
        ("launched after Social Services was told", None),
        ("held into the neglect of five siblings", None),
    ],
)
def test_whom_a_review_is_of_by_what_befell_them(what, subject):
    text = f"A serious case review was {what}."
    assert [found for _, found, _, _ in reviews(text)] == [subject]


def test_whom_a_review_is_into_about_or_for_is_its_subject():
    # shaped as news: "The serious case review into Daniel Pelka"; not a council
    text = "The serious case review into Holly Smith found failings."
    assert [subject for _, subject, _, _ in reviews(text)] == ["Holly Smith"]
    text = "The national review into Arthur and Star found failings."
    assert [subject for _, subject, _, _ in reviews(text)] == ["Arthur and Star"]
    # ... about, for, into what happened to, or whose case it examined
    for joined in (
        "about",
        "for",
        "into what happened to",
        "which examined the case of",
    ):
        text = f"The serious case review {joined} Holly Smith found failings."
        assert [subject for _, subject, _, _ in reviews(text)] == ["Holly Smith"]
    # ... its acronym perhaps between; "Baby" or a title before a name (l0002, a
    # board's minutes: "since the Serious Case Review (SCR) of Baby Peter")
    for text, subject in (
        ("The serious case review (SCR) of Baby Peter was discussed.", "Baby Peter"),
        ("The serious case review into Mr Smith found failings.", "Mr Smith"),
        ("The serious case review into Baby P found failings.", "Baby P"),
    ):
        assert [named for _, named, _, _ in reviews(text)] == [subject]
    for text in (
        "The serious case review into Rotherham Council's handling was published.",
        "The serious case review for Ofsted found failings.",
        "The serious case review about Social Services found failings.",
        "The serious case review into Child Sexual Exploitation was published.",
        "The serious case review about Early Help found failings.",
        "The serious case review about Domestic Abuse found failings.",
        "The serious case review about Young People found failings.",
    ):
        assert [subject for _, subject, _, _ in reviews(text)] == [None]


def test_whose_review_it_is_by_the_possessive_or_an_acronym_s_for_is_its_subject():
    # shaped as news and minutes: "Peter Connelly's serious case review", "the SAR
    # for Joanna"; a DHR's acronym alone is vouched for by the murder it is of
    for text, review in (
        ("Holly Smith's serious case review found failings.", ("SCR", "Holly Smith")),
        (
            "The SAR for Joanna was published by the Safeguarding Adults Board.",
            ("SAR", "Joanna"),
        ),
        ("The DHR examines the events leading to Holly's murder.", ("DHR", "Holly")),
    ):
        assert [(kind, subject) for kind, subject, _, _ in reviews(text)] == [review]
    # ... not a body's
    for text in (
        "The council's serious case review found failings.",
        "Ofsted's serious case review evaluation found failings.",
    ):
        assert [subject for _, subject, _, _ in reviews(text)] == [None]
    # ... nor another DHR (a department of human resources)
    assert reviews("The DHR examined the staffing of the unit.") == []


def test_initials_whose_death_the_next_sentence_tells_are_the_subject():
    # u0405 (Wolverhampton's statement): "The Serious Case Review has looked closely
    # at everything that happened ... \"Although the review did not conclude that
    # FJ's tragic death was preventable"
    assert reviews(TUNING["u0405"]["text"]) == [
        ("SCR", "FJ", "Wolverhampton", "unknown")
    ]
    # ... not a body's or a post's
    for text in (
        "The serious case review found the NHS's death rates were high.",
        "The serious case review has been published. The review found the MP's"
        " death was not preventable.",
    ):
        assert [subject for _, subject, _, _ in reviews(text)] == [None]


def test_a_child_named_after_their_age_is_the_review_s_subject():
    # u0004 (regional news): "A TEENAGE girl stabbed to death ... a serious case
    # review has revealed. Rotherham\u2019s social services and South Yorkshire
    # Police were among the list of agencies who \u2018lost sight\u2019 of
    # 17-year-old Laura Wilson"
    # (by the whole name the story gives her)
    assert reviews(TUNING["u0004"]["text"]) == [
        ("SCR", "Laura Wilson", "Rotherham", "unknown")
    ]
    # ... not an adult by their age (shaped as the story)
    text = (
        "A serious case review has revealed failings. Agencies spoke to"
        " 45-year-old Laura Wilson."
    )
    assert [subject for _, subject, _, _ in reviews(text)] == [None]


def test_a_contraction_after_a_first_name_is_no_surname():
    # u0827 (Salford's partnership news): "Newly Published Safeguarding Review:
    # Steven We\u2019ve recently published the Safeguarding Adult Review (SAR) for
    # Steven" ("Steven We" was its subject)
    assert [subject for _, subject, _, _ in reviews(TUNING["u0827"]["text"])] == [
        "Steven"
    ]


def test_a_title_s_person_named_in_full_is_its_subject():
    # shaped as headlines and a register's lines: a name in full before or after
    # the review's name, beginning with a first name
    for text, review in (
        ("Serious case review: Holly Smith. The review found failings.", "SCR"),
        ("Holly Smith: serious case review published.", "SCR"),
        ("Serious case review \u2013 Holly Smith (2019)", "SCR"),
        ("Safeguarding Adults Review: Holly Smith\nThe Board published it.", "SAR"),
    ):
        assert [(kind, subject) for kind, subject, _, _ in reviews(text)] == [
            (review, "Holly Smith")
        ]
    # ... not a title's other words, nor its author
    for text in (
        "Serious Case Review: Sarah Jones, Independent Author. The review was"
        " commissioned by the Board.",
        "Domestic Homicide Review: Sarah Jones (Chair)",
        "Serious case review: Lessons Learned. The review found failings.",
        "Serious Case Review \u2013 Working Together (2019)",
        "Domestic Homicide Review \u2013 Hull City (2019)",
    ):
        assert reviews(text) == []


def test_a_first_name_and_the_full_name_it_is_part_of_are_one_review():
    # e0102 (a charity's page): "Jaden Moodie was 14 years old when he was murdered
    # in 2018. The serious case review into the circumstances of his death ... We
    # spoke to John Drew, the author of Jaden\u2019s serious case review."
    assert reviews(TUNING["e0102"]["text"]) == [
        ("SCR", "Jaden Moodie", None, "unknown")
    ]


@pytest.mark.parametrize(
    ("passage_id", "review"),
    [
        # r0126 (a document mirror of Warwickshire's): "In response to the Gemma
        # Hayter Serious Case Review, a range of work has been undertaken"
        ("r0126", ("SCR", "Gemma Hayter", "Warwickshire County Council", "unknown")),
        # r0020 (Bolton's DHR page): "a Domestic Homicide Review (DHR)) carried out
        # by Be Safe Bolton Strategic Partnership in the case of Andrew (not the
        # true name of the person involved)"
        ("r0020", ("DHR", "Andrew", "Bolton", "unknown")),
    ],
)
def test_a_review_named_after_someone_in_full_or_in_the_case_of(passage_id, review):
    assert reviews(TUNING[passage_id]["text"]) == [review]


def test_a_body_before_a_review_s_name_is_no_subject():
    # m0336 (Herefordshire's DHR page): "The criteria are set out in the Home Office
    # Domestic Homicide Review ..." names no review (it was "Home Office")
    assert reviews(TUNING["m0336"]["text"]) == []


def test_a_review_conducted_under_guidance_published_is_not_thereby_published():
    # r0114 (a Brighton & Hove DHR report): "This Domestic Homicide Review (OHR) was
    # commissioned by the Safe in the City Partnership ... in accordance statutory
    # with the Revised Statutory Guidance for the conduct of Domestic Homicide
    # Reviews published by the Home Office in March 201..."
    assert [status for _, _, _, status in reviews(TUNING["r0114"]["text"])] == [
        "unknown"
    ]


@pytest.mark.parametrize(
    ("passage_id", "subjects"),
    [
        # s0101 (the Cumbria adults board's register, its lines run together):
        # "Donna SAR Report and recommendation for learning ... Poppy SAR Report and
        # Learning Brief Jessica SAR Report, Learning Brief and Lunch and Learn ..."
        ("s0101", {"Donna", "Poppy", "Jessica", "Sarah"}),
        # s0102 (the same page): "Kate SAR Report ... Pauline and George SAR Report
        # ... Mr. X SAR Report ..."
        ("s0102", {"Kate", "Pauline and George", "Mr X", "Barry", "Robyn", "Adult B"}),
    ],
)
def test_each_review_s_report_listed_by_its_title(passage_id, subjects):
    assert {subject for _, subject, _, _ in reviews(TUNING[passage_id]["text"])} == (
        subjects
    )


def test_an_audit_of_reviews_is_none():
    # s0118 (the Cambridgeshire and Peterborough partnership's briefing): "The SAR
    # Audit The review focused on SARs completed locally between 2019 to 2021"
    assert reviews(TUNING["s0118"]["text"]) == []


def test_two_reviews_told_apart_as_one_and_the_other():
    # s0224 (a blog): "two serious case reviews are published, one into the death of
    # four year old Daniel Pelka who lived in Coventry and the other into 81 year
    # old Gloria Foster who lived in Surrey"
    found = {
        (subject, status) for _, subject, _, status in reviews(TUNING["s0224"]["text"])
    }
    assert found == {("Daniel Pelka", "published"), ("Gloria Foster", "published")}
    # one counted, one named is no pair (shaped as the same post)
    one = "Two serious case reviews are published, one into the death of a baby."
    assert {subject for _, subject, _, _ in reviews(one)} <= {None}


def test_reviews_into_the_deaths_of_people_listed_with_their_ages_are_theirs():
    # lk15 (Sunderland Echo): "Serious case reviews were today published into the
    # deaths of 14-year-olds Sarah Clerkson and Danielle Formosa, who both died in
    # 2013."
    text = (
        "Serious case reviews were today published into the deaths of 14-year-olds"
        " Sarah Clerkson and Danielle Formosa, who both died in 2013."
    )
    assert {(subject, status) for _, subject, _, status in reviews(text)} == {
        ("Sarah Clerkson", "published"),
        ("Danielle Formosa", "published"),
    }
    # ... not ages alone (shaped as the same story)
    text = "Serious case reviews were today published into the deaths of 14-year-olds."
    assert {subject for _, subject, _, _ in reviews(text)} <= {None}


def test_a_review_going_on_now_is_one_review_and_its_case_is_whom_it_is_of():
    # t0307 (a regional news story): "A serious case review is under way into all
    # agencies' contact with Hakeem and his family, to be published within weeks."
    assert [(t, subject, status) for t, subject, _, status in reviews(
        TUNING["t0307"]["text"]
    )] == [("SCR", "Hakeem", "in_progress")]  # fmt: skip
    # what such a review is, in the present, is none (shaped as guidance)
    assert reviews("A SAR is carried out when an adult dies of abuse or neglect.") == []


def test_a_review_begun_is_one_and_his_death_named_before_is_its_subject():
    # t0310 (a partnership's chair in a news story): "... saddened by the death of
    # Alfie. ... Following his death, we began a process of conducting a local Child
    # Safeguarding Practice Review."
    assert reviews(TUNING["t0310"]["text"]) == [
        ("LCSPR", "Alfie", "Worcestershire", "in_progress")
    ]
    # the process in general is none, and "his death" after a death of no one
    # named names no one (shaped as guidance and as a story)
    process = "The process of conducting a Safeguarding Adults Review involves all."
    assert reviews(process) == []
    unnamed = (
        "Ann Smith spoke of the death of her son. After his death an SCR was held."
    )
    assert [subject for _, subject, _, _ in reviews(unnamed)] == [None]


def test_a_previous_review_is_another_than_the_one_named():
    # t0214 (an opposition group's statement): "horrified to read the Serious Case
    # Review (SCR) and the tragic circumstances leading to the death of Daniel. ...
    # In 2009 ... a previous SCR was published": two reviews
    assert reviews(TUNING["t0214"]["text"]) == [
        ("SCR", "Daniel", None, "unknown"),
        ("SCR", None, None, "published"),
    ]
    # the same review spoken of again is one (shaped as the statement)
    again = (
        "We were horrified to read the Serious Case Review into the death of Daniel."
        " The SCR was published in 2013."
    )
    assert reviews(again) == [("SCR", "Daniel", None, "published")]


@pytest.mark.parametrize(
    "passage_id",
    [
        # t0005 (CQC's page on a trust): "We have published a rapid review of
        # Nottinghamshire Healthcare NHS Foundation Trust ..."
        "t0005",
        # t0006 (CQC): "... commissioned CQC to carry out a rapid review of
        # Nottinghamshire Healthcare NHS Foundation Trust (NHFT)"
        "t0006",
        # t0023 (health and wellbeing board minutes): "the panel review all deaths
        # of children ... reported to the Local Safeguarding Children Board"
        "t0023",
    ],
)
def test_a_regulators_review_of_a_trust_or_review_the_verb_is_no_review(passage_id):
    assert reviews(TUNING[passage_id]["text"]) == []


def test_a_rapid_review_of_a_system_is_no_review():
    # lm21 (Healthcare Inspectorate Wales): "In October 2022 Welsh Government asked
    # Care Inspectorate Wales (CIW) to lead on a multi-agency rapid review of decision
    # making in relation to child protection. ... to implement the Child Protection
    # Rapid Review (CPRR) recommendations."
    for text in (
        "Welsh Government asked Care Inspectorate Wales to lead on a multi-agency"
        " rapid review of decision making in relation to child protection after a"
        " child's death.",
        "Partners have implemented the Child Protection Rapid Review (CPRR)"
        " recommendations after the death of a child.",
        "The partnership held a rapid review of its processes after a baby died.",
    ):
        assert reviews(text) == []


def test_a_nation_s_safeguarding_review_is_no_case_review():
    # lf05 (Daily Mail): "Social workers have been 'over-optimistic' in removing
    # children from the protection register ..., as was seen in the case of
    # murdered Logan Mwangi, a Welsh safeguarding review has found."
    text = (
        "Social workers have been over-optimistic in removing children from the"
        " register, as was seen in the case of murdered Logan Mwangi, a Welsh"
        " safeguarding review has found."
    )
    assert reviews(text) == []
    # ... but a local one of someone named is (shaped as r0204)
    text = text.replace("a Welsh safeguarding", "a Bridgend safeguarding")
    assert [subject for _, subject, _, _ in reviews(text)] == ["Logan Mwangi"]


def test_a_rapid_review_of_a_case_is_still_one():
    # shaped as a partnership's page (the negatives' near miss)
    text = "A rapid review of the death of Child K was held by the Surrey Safeguarding"
    text += " Children Partnership."
    assert [(t, subject) for t, subject, _, _ in reviews(text)] == [
        ("other", "Child K")
    ]


@pytest.mark.parametrize(
    ("passage_id", "subject"),
    [
        # w0105 (a DHR report's title page on a mirror): "... Act 2004 In respect of
        # the deaths of Elizabeth and George Draft report produced by ..."
        ("w0105", "Elizabeth and George"),
        # j0121 (a DHR's title page): "Report of the Domestic Homicide Review Panel
        # into the death of Susan Commissioned by the Epping Forest Community Safety
        # Partnership"
        ("j0121", "Susan"),
        # w0106 (a news story): "in the wake of Luisa Mendes\u2019 death. Following
        # the inquest, a Domestic Homicide Review (DHR) was published, which looks at
        # the way agencies interacted with Ms Mendes"
        ("w0106", "Luisa Mendes"),
        # w0104 (a DHR's overview report): "On arrival they found Sarah dead. ...
        # These events led to the commencement of this Domestic Homicide Review"
        ("w0104", "Sarah"),
    ],
)
def test_whom_a_dhr_is_of_on_its_title_page_or_before_it(passage_id, subject):
    assert [found for _, found, _, _ in reviews(TUNING[passage_id]["text"])] == [
        subject
    ]


@pytest.mark.parametrize(
    "text",
    [
        # shaped as the passages above, each without what names the subject: a
        # title page's words alone, someone else by title, people named but nobody
        # told of as dead (who died would be the one the text tells of)
        "In respect of the Final Draft Report, a serious case review was published.",
        "We spoke of Luisa Mendes\u2019 work."
        " The DHR was published in May, said Ms Jones.",
        "They found Sarah at home. John was held. A domestic homicide review was held.",
    ],
)
def test_no_subject_where_nothing_names_it(text):
    assert [found for _, found, _, _ in reviews(text)] == [None]


def test_a_review_s_name_as_words_or_a_system_is_no_review():
    # w0131 (a charity's report): "reviewed under the \u2018Domestic Homicide
    # Review\u2019 system ... retaining the name \u2018Domestic Homicide Review\u2019
    # in the case of a death by suicide"
    assert reviews(TUNING["w0131"]["text"]) == []


def test_a_register_s_coded_entries_listed_with_their_documents():
    # w0100 (Barnsley's DHR page): "- DHR01 - executive summary and DHR01 - action
    # plan (October 2015) - DHR02 - executive summary and action plan (November
    # 2016) ...": one published DHR a code, dated by its entry
    found = review_records(detect([TUNING["w0100"]["text"]]))
    assert [(r.type, r.subject, r.year, r.status) for r in found] == [
        ("DHR", "DHR01", 2015, "published"),
        ("DHR", "DHR02", 2016, "published"),
        ("DHR", "DHR03", 2016, "published"),
        ("DHR", "DHR04", 2017, "published"),
    ]
    assert {r.local_authority for r in found} == {"Barnsley"}
    # a document of no coded review is none (shaped as the register)
    for line in (
        "DHR reports - executive summary (June 2017)",
        "Appendix 3 - action plan",
    ):
        assert reviews(line) == []


def test_the_home_office_template_s_first_sentence_names_one_dhr_and_whom():
    # The Home Office DHR report template opens "This report of a domestic homicide
    # review examines agency responses and support given to <name>, a resident of
    # <area>, prior to the point of <their> death" (as w0103 opens "This report of a
    # domestic homicide review undertaken by the Safer Devon Partnership ..."):
    # shaped from it, one review of whom the support was given to
    template = (
        "This report of a domestic homicide review examines agency responses and"
        " support given to Jane Smith, a resident of Leeds, prior to the point of her"
        " death on 12 May 2019."
    )
    assert reviews(template) == [("DHR", "Jane Smith", "Leeds", "unknown")]
    # what such a review does, said of reviews in general, is none
    assert (
        reviews("A domestic homicide review examines agency responses to a death.")
        == []
    )


def test_the_report_s_name_for_its_subject_two_sentences_on():
    # l0233 (Cornwall Council's release): "the combined Domestic Homicide Review and
    # Safeguarding Adults Review published today ... The joint review is published
    # by ... To protect her identity the report refers to her as 'Margaret'": a
    # joint review is two records with one subject (LABELS.md)
    found = review_records(detect([TUNING["l0233"]["text"]]))
    assert sorted((r.type, r.subject) for r in found) == [
        ("DHR", "Margaret"),
        ("SAR", "Margaret"),
    ]
    # a name two sentences on, past one about something else, is not the review's
    # (shaped as a news story)
    text = "A domestic homicide review was published today. Police said the case was"
    text += " closed. Her friend is known as Jane."
    assert [subject for _, subject, _, _ in reviews(text)] == [None]


def test_a_review_dated_as_expected_is_one_and_pending():
    # r0107 (a board's newsletter): "The publication of a Safeguarding Adult Review
    # (SAR), expected May 2022, the learning from which illustrates ..."
    assert reviews(TUNING["r0107"]["text"]) == [("SAR", None, None, "in_progress")]
    # the publication of such reviews in general is none (shaped as guidance)
    general = "The publication of a Safeguarding Adult Review (SAR) is for the board."
    assert reviews(general) == []


def test_each_review_told_apart_takes_where_its_subject_lived():
    # s0224 (a blog): "two serious case reviews are published, one into the death of
    # four year old Daniel Pelka who lived in Coventry and the other into 81 year
    # old Gloria Foster who lived in Surrey"
    found = review_records(detect([TUNING["s0224"]["text"]]))
    assert sorted((r.subject, r.la_code) for r in found) == [
        ("Daniel Pelka", "E08000026"),
        ("Gloria Foster", "E10000030"),
    ]
    # with no place said of either, neither has a council (shaped as the blog)
    text = "Two serious case reviews are published, one into the death of Daniel"
    text += " Pelka and the other into Gloria Foster."
    assert {r.la_code for r in review_records(detect([text]))} == {None}


@pytest.mark.parametrize(
    ("passage_id", "subject"),
    [
        # m0201 (a news story): "a blaze, which killed Alexander Gallon ... The LSCB
        # is to conduct a "serious case review" into the child's death."
        ("m0201", "Alexander Gallon"),
        # x0310 (a news story): "a safeguarding review into the murder of toddler
        # Star Hobson has been delayed ... A Local Child Safeguarding Practice
        # Review was due to be published"
        ("x0310", "Star Hobson"),
        # h0310 (a council's news): "the death of 16 month old Star. ... A Local
        # Child Safeguarding Practice Review into the case is ongoing"
        ("h0310", "Star"),
        # i0203 (a board's page): "has today published a Safeguarding Adults Review
        # ... very sadly Vicky died on her own"
        ("i0203", "Vicky"),
        # x0303 (a news story): "the death of two-year-old "Sam" ... A serious case
        # review, which is generally launched when a child ... dies"
        ("x0303", "Sam"),
        # m0109 (a council's news): "published a domestic homicide review ... our
        # thoughts and condolences are with Tina\u2019s family and friends"
        ("m0109", "Tina"),
        # n0126 (a news story): "a serious case review was launched amid claims
        # that Kirklees Council's social services failed Shannon"
        ("n0126", "Shannon"),
        # j0210 (a news story): "should have been one of the most protected
        # children", a safeguarding review has concluded. ... found guilty of
        # murdering Finley Boden, who died on Christmas Day in 2020": the words
        # quoted make it no general sentence
        ("j0210", "Finley Boden"),
        # q0206 (a news story): "the murder of looked-after child Leiland-James
        # Corkill ... Cumbria County Council commissioned a safeguarding review"
        ("q0206", "Leiland-James Corkill"),
        # o0010 (a news story): "Ryan Lovell-Hancox was battered to death after being
        # systematically abused ... A Serious Case Review into the tragedy"
        ("o0010", "Ryan Lovell-Hancox"),
    ],
)
def test_a_review_is_of_the_one_person_the_text_tells_of_as_dead(passage_id, subject):
    assert [found for _, found, _, _ in reviews(TUNING[passage_id]["text"])] == [
        subject
    ]


@pytest.mark.parametrize(
    "text",
    [
        # i0220 (a council's DHR page): "Laura, aged 31, and her daughter Ella, aged
        # 11, died ... A joint Domestic Homicide Review (DHR) and Serious Case Review
        # (SCR) into their murders was commissioned": not Ella alone
        TUNING["i0220"]["text"],
        # two people dead, a code's first word, and one who killed (shaped as news)
        "Ann Lee died in May and Tom Cole was killed in June. An SCR was published.",
        "After the death of Baby Q, Hull's SCR was published in May.",
        "The review of the death of Subject A was published. It was a DHR.",
        "She was killed by Kandyce Downer. A serious case review was published.",
        # two people's families
        "Amy\u2019s family and Ben\u2019s family spoke. The SCR was published in May.",
    ],
)
def test_no_subject_from_several_dead_a_code_s_word_or_a_killer(text):
    assert all(
        found in (None, "Baby Q", "Subject A") for _, found, _, _ in reviews(text)
    )
    assert "Ella" not in [found for _, found, _, _ in reviews(text)]


@pytest.mark.parametrize(
    "text",
    [
        # shaped as j0210: a general sentence is general when it is not quoted
        "Boards should hold a safeguarding review after Finley Boden, who died,"
        " was failed.",
        'The chair said "a safeguarding review should be held when a child dies".',
    ],
)
def test_what_a_sentence_says_should_be_done_is_no_review(text):
    assert reviews(text) == []


@pytest.mark.parametrize(
    ("passage_id", "subject"),
    [
        # d0116 (a charity's case study): "Some information is taken from the
        # serious case review ... Michael met James Watt when he was 14 ...
        # Michael's early years had been characterised by instability": named twice
        ("d0116", "Michael"),
        # m0002 (a board's page): "The outcome of the Serious Case Review published
        # in February 2011 noted that \u2018the review concluded that Nathan\u2019s
        # quality of life would have been much improved"
        ("m0002", "Nathan"),
        # b0122 (a SAR's acknowledgements): "sincere thanks to Anne\u2019s parents
        # ... the SAR Panel ... care and support for Anne"
        ("b0122", "Anne"),
        # q0202 (a news story): "Michael Roe, 33, was jailed for life ... for
        # shaking his baby daughter Holly to death. Holly\u2019s mother Tiffany Tate,
        # 22, who was found by the court ...": not the man tried, nor an adult
        # whose age a story gives
        ("q0202", "Holly"),
    ],
)
def test_a_review_is_of_the_one_person_the_text_names_by_first_name(
    passage_id, subject
):
    assert [found for _, found, _, _ in reviews(TUNING[passage_id]["text"])] == [
        subject
    ]


# A specific review whose sentence names nobody (shaped as a board's news).
PUBLISHED = (
    "Hull Safeguarding Adults Board published its Safeguarding Adults Review in May"
    " 2023."
)


def test_a_first_name_said_twice_beside_a_review_names_its_subject():
    text = f"Amy lived alone. {PUBLISHED} Amy had been in hospital."
    assert reviews(text) == [("SAR", "Amy", "Hull", "published")]
    # one killed, whose killer was tried, is still the one
    text = f"Amy, 19, was killed by Tom Hill, who was jailed. {PUBLISHED} Amy was 19."
    assert reviews(text) == [("SAR", "Amy", "Hull", "published")]
    assert reviews(PUBLISHED) == [("SAR", None, "Hull", "published")]


@pytest.mark.parametrize(
    ("text", "not_a_subject"),
    [
        # f0010 (a CSP's minutes): "Kay Wilson-White informed the CSP that Council
        # have now published their DHR. Kay to provide a link to partners. Kay is
        # also working with Torbay": an officer, whatever else is said of her
        (TUNING["f0010"]["text"], "Kay"),
        # y0000 (a news story): "Tributes to the little boy were left in Arthur
        # Street ... Raphael Kennedy, of Arthur Street, was arrested": a street
        (TUNING["y0000"]["text"], "Arthur"),
        # shaped as minutes and news: someone who speaks, a common word at a
        # sentence's start, two names said twice, a name said once
        (
            f"Jane Hill said the board had learned a lot. {PUBLISHED} Jane thanked us.",
            "Jane",
        ),
        (f"Grant funding was agreed. Grant conditions apply. {PUBLISHED}", "Grant"),
        # ... an officer as minutes record her acts, or named with her post
        (f"Sarah gave an update. {PUBLISHED} Sarah will circulate the plan.", "Sarah"),
        (f"Jane, the designated nurse, said so. {PUBLISHED} Jane thanked us.", "Jane"),
        # ... a role a story gives before the name, and two people tried together
        (f"Social worker Lisa Smith was sacked. {PUBLISHED} Lisa saw them.", "Lisa"),
        (
            f"{PUBLISHED} Paul, 34, and his wife Kim, 29, were jailed. Paul hit her.",
            "Paul",
        ),
        (f"Amy met Ben. Amy and Ben lived in Hull. {PUBLISHED}", "Amy"),
        (f"{PUBLISHED} Amy lived in Hull.", "Amy"),
    ],
)
def test_no_subject_from_an_officer_a_street_a_word_or_two_people(text, not_a_subject):
    assert not any(
        found and found.startswith(not_a_subject) for _, found, _, _ in reviews(text)
    )
    assert reviews(text)  # the review is still found


@pytest.mark.parametrize(
    "passage_id",
    [
        # e0107 (a partnership's page): "When a child dies or is seriously injured
        # ... the statutory partners are required to undertake a Rapid Review. The
        # Rapid Review aims to:- \u2022 Gather the facts about the case ..."
        "e0107",
        # z0038 (a council's news): "Child Safeguarding Practice Review Panel:
        # first national review ... Chair of the independent Child Safeguarding
        # Practice Review Panel Edward Timpson ... Edward Timpson\u2019s letter
        # announces the first national child safeguarding practice review into
        # adolescents": nor is Edward its subject
        "z0038",
    ],
)
def test_a_review_with_no_fact_of_its_own_on_a_page_about_reviews_is_general(
    passage_id,
):
    assert reviews(TUNING[passage_id]["text"]) == []


def test_a_review_told_of_as_done_or_with_a_fact_is_one_beside_reviews_in_general():
    # shaped as a trust's board paper: a general sentence, then the one review
    general = "Serious case reviews are held when a child dies."
    for one, expected in (
        ("The Trust contributed to the serious case review.", None),
        ("The Trust is contributing to the serious case review.", None),
        ("The serious case review into Child A is due in May.", "Child A"),
    ):
        assert [s for _, s, _, _ in reviews(f"{general} {one}")] == [expected]
    # ... and what such a review does is no review of its own
    assert reviews(f"{general} The serious case review aims to find learning.") == []


def test_a_first_name_and_the_full_name_it_begins_are_one_person():
    # shaped as x0310 (a news story) with the name again by itself, and a school
    # that failed Ofsted, which is no person
    text = (
        "A review into the murder of toddler Star Hobson has been delayed. The school"
        " failed Ofsted twice. Star\u2019s family want answers. A Local Child"
        " Safeguarding Practice Review was due to be published in May."
    )
    assert [found for _, found, _, _ in reviews(text)] == ["Star Hobson"]


def test_a_name_run_into_the_next_sentence_s_first_word_is_cut_there():
    # y0202 (a board's newsletter): "PUBLISHED: Safeguarding Adults Review in
    # respect of Tom We have now published the Safeguarding Adults Review in
    # respect of Tom.": one review, of Tom
    assert reviews(TUNING["y0202"]["text"]) == [("SAR", "Tom", None, "published")]
    # a name in full keeps its words (shaped as the newsletter)
    full = "PUBLISHED: Safeguarding Adults Review in respect of Amy Ward Smith"
    assert [found for _, found, _, _ in reviews(full)] == ["Amy Ward Smith"]


@pytest.mark.parametrize(
    "passage_id",
    [
        # y0213 (a board's page): "Cuckooing Thematic SAR (Katie, James and Luke)
        # ... published an independent thematic Safeguarding Adults Review (SAR) into
        # the circumstances surrounding three individuals"
        "y0213",
        # j0116 (a trust's news): "scrutinised as part of a Thematic Safeguarding
        # Adult Review published by Thurrock Safeguarding Adults in August 2023. What
        # is a Safeguarding Adult Review? A Safeguarding Adult Review (\u201cSAR\u201d)
        # concerns the process of considering ..."
        "j0116",
        # u0103 (a board's news): "Herefordshire Safeguarding Adults Board (HSAB)
        # published a Thematic Review into premature deaths."
        "u0103",
    ],
)
def test_a_thematic_review_and_what_one_is_are_no_review(passage_id):
    assert reviews(TUNING[passage_id]["text"]) == []


def test_a_review_beside_a_thematic_one_or_a_question_is_still_one():
    # g0222 (a board's page): "Safeguarding Adults Review \u201cDorothy\u201d was
    # published in January 2023 ... A thematic review into premature deaths of
    # adults was published in March 2022": Dorothy's review only
    assert [(t, s) for t, s, _, _ in reviews(TUNING["g0222"]["text"])] == [
        ("SAR", "Dorothy")
    ]
    # a review with its acronym in quotes, after a question (shaped as j0116)
    text = (
        "What is a Safeguarding Adult Review? A Safeguarding Adult Review"
        " (\u201cSAR\u201d) into the death of Mr B was published in May."
    )
    assert reviews(text) == [("SAR", "Mr B", None, "published")]


def test_a_subject_known_by_a_letter_in_the_report():
    # w0101 (a DHR's executive summary): "This domestic homicide review relates to
    # the death of a female adult, known as X, in this report, who was murdered"
    assert [(t, s) for t, s, _, _ in reviews(TUNING["w0101"]["text"])] == [("DHR", "X")]
    # a letter that names no one (shaped as a report)
    text = "The unit known as A&E was short of staff. The DHR was published in May."
    assert [s for _, s, _, _ in reviews(text)] == [None]


@pytest.mark.parametrize(
    ("passage_id", "subject", "council"),
    [
        # r0204 (news): "made by a safeguarding review commissioned by the Norfolk
        # Safeguarding Children Partnership (NSCP). ... The report - which
        # identifies Eleanor as Child AJ"
        ("r0204", "Child AJ", "Norfolk"),
        # i0018 (news): "Sheffield Council has launched a safeguarding review after
        # a woman died ... Carol Leesley died in April last year"
        ("i0018", "Carol Leesley", "Sheffield Council"),
    ],
)
def test_a_safeguarding_review_of_someone_named_is_one(passage_id, subject, council):
    found = reviews(TUNING[passage_id]["text"])
    assert [(t, s, c) for t, s, c, _ in found] == [("other", subject, council)]


@pytest.mark.parametrize(
    "text",
    [
        # nobody named, or a panel (shaped as council papers; a title page's quoted
        # code in capitals is still a name: test below)
        "The council will hold a safeguarding review of its procedures in May.",
        "Ann Lee chairs the safeguarding review panel, which met in May.",
    ],
)
def test_a_safeguarding_review_of_no_one_named_is_none(text):
    assert reviews(text) == []


def test_a_title_page_s_quoted_code_in_capitals_is_its_subject():
    # q0027 (a document mirror): "LONDON BOROUGH OF SOUTHWARK SAFEGUARDING CHILDREN
    # BOARD SERIOUS CASE REVIEW \u2018CHILD Y\u2019 FERGUS SMITH 07.09.18"
    assert [s for _, s, _, _ in reviews(TUNING["q0027"]["text"])] == ["Child Y"]


def test_a_title_page_s_name_after_its_document_s_kind():
    # e0112 (a report's cover): "Serious Case Review Overview Report Holly Author:
    # Isobel Colquhoun Date: 22nd June 2021 Publication Date: 28th July 2021"
    assert [s for _, s, _, _ in reviews(TUNING["e0112"]["text"])] == ["Holly"]
    # ... and its lines as a PDF's first page has them
    cover = "Serious Case Review\nOverview Report\nHolly\nAuthor: Isobel Colquhoun"
    assert [s for _, s, _, _ in reviews(cover)] == ["Holly"]
    # the author's line straight after is no name, nor a capitalised word the
    # document's kind runs into (shaped as the cover)
    for text in (
        "Serious Case Review Overview Report Author: Isobel Colquhoun",
        "Serious Case Review Overview Report Draft Date: June 2021",
    ):
        assert all(s is None for _, s, _, _ in reviews(text))


def test_cases_counted_as_a_review_s_subjects_are_statistics():
    # z0021 (a written answer): "78 cases from 2003-04 were the subject of a Serious
    # Case Review (SCR), while 82 cases from 2004-05 were the subject of a SCR."
    assert reviews(TUNING["z0021"]["text"]) == []
    # two children one review is of are one review (shaped as news)
    text = "Two children were the subject of a serious case review published in May"
    text += " by the Kent Safeguarding Children Board."
    assert reviews(text) == [("SCR", None, "Kent", "published")]


@pytest.mark.parametrize(
    ("passage_id", "subject"),
    [
        # z0113 (a blog): "A serious case review into the case of Keanu Williams
        # said his death in 2011 could not be predicted"
        ("z0113", "Keanu Williams"),
        # z0229 (a board's bulletin): "ESAB have produced a Learning Brief for the
        # recent William SAR"
        ("z0229", "William"),
        # x0205 (a blog): "Serious Case Review on Keanu Williams The serious case
        # review on Keanu Williams was published earlier today."
        ("x0205", "Keanu Williams"),
    ],
)
def test_a_review_into_the_case_of_someone_or_the_recent_one_named(passage_id, subject):
    assert [s for _, s, _, _ in reviews(TUNING[passage_id]["text"])] == [subject]


@pytest.mark.parametrize(
    "text",
    [
        # shaped as x0205: a review "on" a day or a date names no one
        "The Kent LSCB published the serious case review on Monday.",
        "The Kent LSCB published the serious case review on Tuesday 4 May.",
        "The Kent LSCB will publish the serious case review on May 4.",
    ],
)
def test_a_review_on_a_day_names_no_one(text):
    assert [s for _, s, _, _ in reviews(text)] == [None]


def test_the_recent_review_of_a_kind_names_no_one():
    # shaped as the bulletin: a word of a kind, not a name
    text = "The board produced a brief on the recent Annual SAR report in May 2021."
    assert [s for _, s, _, _ in reviews(text)] in ([], [None])


def test_a_register_s_numbered_reviews_are_each_one():
    # l0101 (an adults' board's register): "Pre-Care Act 2014 Serious Case Reviews
    # (SCRs) ... SCR 0001 \u2013 In relation to a \u2018near miss event\u2019
    # Executive Summary SCR 0002 \u2013 In relation to a house fire."
    subjects = {s for _, s, _, _ in reviews(TUNING["l0101"]["text"])}
    assert {"SCR 0001", "SCR 0002"} <= subjects
    # y0209 (a community safety partnership's page): "... were formerly known as
    # Domestic Homicide Reviews (DHRs). DHR 1:"
    assert ("DHR", "DHR 1") in {
        (t, s) for t, s, _, _ in reviews(TUNING["y0209"]["text"])
    }
    # m0321 (a council's register): "2020 - Domestic Homicide Review 2020 -
    # executive summary (PDF) ... 2017 - Domestic Homicide Review 2017 - executive
    # summary (PDF)": each review by its year
    subjects = [s for _, s, _, _ in reviews(TUNING["m0321"]["text"])]
    assert subjects == [f"Domestic Homicide Review {y}" for y in (2020, 2017, 2015)]


@pytest.mark.parametrize(
    "text",
    [
        # shaped as l0101's entries: a span of years, a count of years, a number not
        # followed by a register's dash, a solvency capital requirement's number
        "SAR 2019-20 Annual Report of the Safeguarding Adults Board.",
        "Serious Case Review 2019 \u2013 2020: the board's annual report.",
        "The LSCB held a Serious Case Review 2 years ago.",
        "The LSCB said Serious Case Review 2 was in the pack.",
        "SCR 1 \u2013 the solvency capital requirement for the fund.",
    ],
)
def test_a_number_that_is_no_register_s_is_no_subject(text):
    assert all(subject is None for _, subject, _, _ in reviews(text))


def test_a_review_s_sub_groups_and_panels_are_no_review():
    # a0015 (a board's meeting notes): "updates on the Learning and Development, the
    # Quality Assurance and the Safeguarding Adults Review Sub-Groups were provided
    # by their respective Chairs"
    assert reviews(TUNING["a0015"]["text"]) == []
    # one named after a panel's meeting is still one (shaped as the notes)
    text = "The Safeguarding Adults Review Panel met. The Safeguarding Adults Review"
    text += " of Adult K was published in May."
    assert [s for _, s, _, _ in reviews(text)] == ["Adult K"]


def test_a_headline_s_last_word_run_into_the_story_is_no_one():
    # a0223 (local news): "Council chiefs in Walsall under fire over stabbed boy
    # Calls are being made for council bosses to ... A serious case review ..."
    assert [s for _, s, _, _ in reviews(TUNING["a0223"]["text"])] == [None]
    # a boy named after the same words is still the review's (shaped as the story)
    text = "Fears over stabbed boy Tom Reed. A serious case review was published."
    assert [s for _, s, _, _ in reviews(text)] == ["Tom Reed"]


def test_a_child_the_story_refers_to_by_a_quoted_code():
    # a0222 (local news): "The nine-week-old, referred to as \u2018child R\u2019,
    # died on December 20, 2014 ... the death prompted a Serious Case Review"
    assert [s for _, s, _, _ in reviews(TUNING["a0222"]["text"])] == ["Child R"]
    # a child in general is no code (shaped as the story)
    text = "The board said every child referred to it was seen. The death prompted"
    text += " a Serious Case Review."
    assert [s for _, s, _, _ in reviews(text)] == [None]


def test_a_name_quoted_with_a_closing_quote_on_both_sides():
    # e0100 (a charity's digest): "the serious case review (SCR) into the death of
    # a 21 month old toddler (\u201dPolly\u201d) following a fatal heart laceration",
    # as a word processor turns a quote after a bracket
    assert [s for _, s, _, _ in reviews(TUNING["e0100"]["text"])] == ["Polly"]
    # a closing quote then a capitalised word is no name without its own close
    # (shaped as the digest)
    text = "The serious case review (SCR) was \u201dthorough\u201d Derbyshire said."
    assert [s for _, s, _, _ in reviews(text)] == [None]


def test_a_coded_entry_s_documents_in_capitals():
    # a0108 (a council's DHR page): "Sefton DHR9 - Executive Summary (pdf 460KB)
    # Sefton DHR9 - Overview Report (pdf 800KB)"
    assert ("DHR", "DHR9", "Sefton", "published") in reviews(TUNING["a0108"]["text"])
    # a number with no review's kind before it is no entry (shaped as the page)
    assert reviews("Sefton Table 9 - Executive Summary (pdf 460KB)") == []


def test_one_review_done_by_a_body_the_text_names():
    # h0304 (an NHS investigation): "The requirement was for an independent
    # investigation to support the Domestic Homicide Review which was commissioned
    # by Uttlesford Community Safety Partnership."
    assert reviews(TUNING["h0304"]["text"]) == [("DHR", None, "Uttlesford", "unknown")]
    # what such reviews are, in the present or the plural, is none (shaped as the
    # passage)
    for text in (
        "A Domestic Homicide Review is one which is commissioned by a Community"
        " Safety Partnership.",
        "The requirement was to support Domestic Homicide Reviews which were"
        " commissioned by Uttlesford Community Safety Partnership.",
    ):
        assert reviews(text) == []


def test_a_dhr_s_subject_a_is_the_whole_code():
    # w0103 (a DHR's executive summary): "a domestic homicide review undertaken by
    # the Safer Devon Partnership ... to review the death of Subject A, who was
    # killed by her son Subject B"
    assert [s for _, s, _, _ in reviews(TUNING["w0103"]["text"])] == ["Subject A"]
    # the word in its other senses is no code (shaped as the summary)
    for text in (
        "The domestic homicide review was subject to a Home Office review.",
        "The domestic homicide review made a Subject Access Request to the police.",
    ):
        assert all(s is None for _, s, _, _ in reviews(text))


def test_this_review_with_a_modal_verb_is_the_document_s_own():
    # b0122 (a SAR's acknowledgements): "This Safeguarding Adults Review would not
    # have been possible to undertake without the co- operation ..."
    assert [(t, c) for t, _, c, _ in reviews(TUNING["b0122"]["text"])] == [
        ("SAR", "North Yorkshire")
    ]
    # a review in general with the same verb is none (shaped as the page)
    for text in (
        "A Safeguarding Adults Review would not be possible without the agencies.",
        "Each Safeguarding Adults Review should be published by the board.",
    ):
        assert reviews(text) == []


def test_whichever_body_is_relevant_holds_no_one_review():
    # b0106 (an FOI answer): "... then the relevant local authority Safeguarding
    # Adults Board launches a Safeguarding Adults Review."
    assert reviews(TUNING["b0106"]["text"]) == []
    # x0102 (a news story): "the relevant agencies in each local authority area
    # (police, schools, health, social services etc), held a Serious Case Review":
    # agencies, no body in general
    assert [t for t, _, _, _ in reviews(TUNING["x0102"]["text"])] == ["SCR"]


@pytest.mark.parametrize(
    ("passage_id", "subject"),
    [
        # y0200 (a SAR library's page): "Damien published by Somerset SAB Damien had
        # diagnoses of Asperger's Syndrome and ADHD."
        ("y0200", "Damien"),
        # y0201 (the same library): "Other SAB SAR Lesson Learnt Briefings Joanna,
        # Jon and Ben published by Norfolk SAB"
        ("y0201", "Joanna, Jon and Ben"),
    ],
)
def test_a_library_line_of_people_published_by_a_board(passage_id, subject):
    assert ("SAR", subject) in {
        (t, s) for t, s, _, _ in reviews(TUNING[passage_id]["text"])
    }


@pytest.mark.parametrize(
    "text",
    [
        # shaped as the library's lines: a document, or no board, is no review
        "Guidance published by Norfolk SAB sets out how referrals are made.",
        "Report published by Somerset SAB on its work in 2022.",
        "Damien published by Somerset County Council, a book on ADHD.",
    ],
)
def test_what_else_a_board_publishes_is_no_review(text):
    assert reviews(text) == []


def test_a_network_named_after_reviews_is_no_review():
    # d0217 (a chair's profile): "Clare is AAFDA trained Domestic Homicide Review
    # Chair as well as a member of the AAFDA DHR Network. What is a Domestic Homicide
    # Review?"
    assert reviews(TUNING["d0217"]["text"]) == []
    # a network's own review is still one (shaped as the profile)
    text = "The DHR Network welcomed the DHR into the death of Mrs K, published in May."
    assert [s for _, s, _, _ in reviews(text)] == ["Mrs K"]


def test_a_review_s_publications_in_the_plural_are_no_review():
    # x0004 (an FOI request): "2) The internet address where the adult serious case
    # review publications are uploaded."
    assert reviews(TUNING["x0004"]["text"]) == []
    # one review's publication is still one (shaped as the request)
    text = "The serious case review publication on Child K was delayed until May."
    assert [s for _, s, _, _ in reviews(text)] == ["Child K"]


@pytest.mark.parametrize(
    "text",
    [
        # y0000's headline (a news story): "Two-year-old's death in Northampton
        # prompts serious case review"
        TUNING["y0000"]["text"].split(" Tributes")[0],
        # a headline's review that reports, or is said to (shaped as news
        # headlines, which drop "the")
        "Serious case review finds missed chances to save baby",
        "Domestic homicide review published into death of mother in Leeds",
        "Social workers missed signs, serious case review finds.",
        "Hospital failed vulnerable man, says safeguarding adults review.",
        "Lessons learned from serious case review into baby's death.",
        # ... or is done, anchored in time, a case or a body
        "Serious case review ordered after baby death",
        "Safeguarding adults review launched into death of Hull man",
        "Serious Case Review published today by Hull Safeguarding Children Board.",
    ],
)
def test_a_headline_s_review_that_reports_or_follows_a_death_is_one(text):
    assert len(reviews(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Serious case reviews find that agencies fail to share information.",
        "A serious case review finds out what happened and what could be learned.",
        "Each serious case review identifies learning for agencies.",
        "Such deaths trigger serious case reviews.",
        "The council says serious case review guidance will change.",
        "Baby's death leads to serious case review call by MP.",
        # a procedure's steps, done but anchored to nothing
        "Serious case review commissioned \u2192 panel set up \u2192 report published.",
        "Safeguarding adults review commissioned by the Board when the criteria are"
        " met.",
    ],
)
def test_reviews_in_general_that_find_or_follow_are_not_one(text):
    assert reviews(text) == []


def test_a_word_for_someone_a_headline_capitalises_is_no_subject():
    # shaped as y0000's headline: "Toddler's death prompts serious case review"
    # is a review of nobody named, not of "Toddler"
    for text, kind in (
        ("Toddler's death prompts serious case review.", "SCR"),
        ("Woman's murder prompts domestic homicide review.", "DHR"),
        ("Mum's death leads to safeguarding adults review.", "SAR"),
    ):
        assert reviews(text) == [(kind, None, None, "unknown")]
    # a name, or a pseudonym that begins with such a word, still is (b0112's
    # "Baby Matt")
    assert [
        s for _, s, _, _ in reviews("Star's death prompts serious case review.")
    ] == ["Star"]
    text = "Baby Matt's death: serious case review published."
    assert [s for _, s, _, _ in reviews(text)] == ["Baby Matt"]


def test_a_review_that_reports_the_words_before_it_is_one():
    # h0005 (a trade paper): "An understaffed social work team's
    # \u201cinappropriate\u201d decision to close an investigation ... ended their
    # involvement with parents who went on to seriously harm their other child a
    # year later, a serious case review has found." The words a review reports may
    # say "could", "should" or "if" (shaped as h0005's first sentence): they are the
    # finding's, not a sign of reviews in general.
    first = TUNING["h0005"]["text"].split(". ")[0] + "."
    assert [kind for kind, *_ in reviews(first)] == ["SCR"]
    for text in (
        "Social workers could have saved the baby, a serious case review has found.",
        "The mother would have been safer if agencies had talked, a domestic homicide"
        " review found.",
        "Agencies should have shared information about the family, according to a"
        " serious case review published today.",
        "Staff did not consider the risks, a safeguarding adults review into the death"
        " of a pensioner found.",
    ):
        assert len(reviews(text)) == 1
    # ... but a review that does not report is still what they say of it
    for text in (
        "Councillors asked how the serious case review would be published.",
        "If a child dies, a serious case review must be held.",
        "Where abuse is suspected, the board should consider whether a SAR is"
        " required.",
    ):
        assert reviews(text) == []


def test_words_of_reviews_in_general_in_another_clause_do_not_make_one_done_general():
    # p0163 (a council's page): "We carry out our reviews using Home Office
    # guidance: ... statutory guidance - GOV.UK (www.gov.uk) There has been one
    # domestic homicide review and report in South Cumbria the details of which are
    # published in full here:" ("guidance" is the clause before's)
    assert [kind for kind, *_ in reviews(TUNING["p0163"]["text"])] == ["DHR"]
    # shaped as news and minutes: a review told of as done in its own clause
    for text in (
        "In its annual report, the board said a serious case review had been"
        " commissioned after the death of a baby.",
        "Under the statutory guidance, a domestic homicide review was commissioned by"
        " Hull CSP.",
        # ... or one the clause after it dates
        "The case met the criteria for a safeguarding adults review, which was"
        " commissioned in May 2019.",
    ):
        assert len(reviews(text)) == 1
    # what a procedure says should be done, in any clause, is still no review
    for text in (
        "As required by statutory guidance, the board will commission a serious case"
        " review.",
        "In line with guidance, a serious case review should be completed within six"
        " months.",
        "If the criteria are not met, the board may decide that a serious case review"
        " was not needed.",
    ):
        assert reviews(text) == []


def test_someone_s_would_about_the_review_is_theirs():
    # shaped as news and minutes reporting what someone said of one review
    for text in (
        "He said the council would learn lessons from the serious case review.",
        "The chair said the board would publish the serious case review in full.",
        "Mr Smith told the meeting that the safeguarding adults review would be"
        " published in June.",
    ):
        assert len(reviews(text)) == 1
    # ... not of "a" review, nor what a document says
    for text in (
        "She said a serious case review should have been held.",
        "The guidance says the serious case review should be completed within six"
        " months.",
        "The Board's policy states that the SAR must be published.",
        "The chair said the serious case review process would change.",
    ):
        assert reviews(text) == []


def test_a_list_s_first_acronym_after_its_heading_is_an_entry_not_a_definition():
    # shaped as a community safety partnership's page of its published reviews
    text = "Published domestic homicide reviews: DHR 'Anne' (2019); DHR 'Beth' (2020)."
    assert [subject for _, subject, _, _ in reviews(text)] == ["Anne", "Beth"]
    # ... but one in brackets or between dashes restates the name, and is no
    # subject
    assert reviews("A Domestic Homicide Review (DHR) is held when someone dies.") == []
    text = "The serious case review - SCR - was published."
    assert reviews(text) == [("SCR", None, None, "published")]


def test_cases_listed_after_a_plural_heading_s_colon_are_one_each():
    # shaped as partnerships' pages of their published reviews
    text = "Domestic Homicide Reviews: 'Anne' (2019), 'Beth' (2020)."
    assert [subject for _, subject, _, _ in reviews(text)] == ["Anne", "Beth"]
    text = (
        "Safeguarding Adults Reviews: \u2018Jack\u2019 (published 2021)"
        " \u2018Mary\u2019 (published 2022)"
    )
    assert reviews(text) == [
        ("SAR", "Jack", None, "published"),
        ("SAR", "Mary", None, "published"),
    ]
    # ... not what a page offers about them, nor places
    for text in (
        "Safeguarding Adults Reviews: Guidance for practitioners and Referral form.",
        "DHRs: Kettering and Corby",
    ):
        assert reviews(text) == []


def test_a_review_into_someone_s_care_is_of_them():
    # shaped as news of Liam Fee's review (a name the text gives in full)
    text = (
        "The serious case review into the care of Liam Fee found agencies failed him."
    )
    assert reviews(text) == [("SCR", "Liam Fee", None, "unknown")]
    # ... not of children in general
    text = "The SCR into the care of children in Hull found failings."
    assert [subject for _, subject, _, _ in reviews(text)] == [None]


def test_an_acronym_for_or_before_pseudonyms_is_a_case_review():
    # shaped as a safeguarding adults board's minutes, which say "SAR" only
    text = (
        "The Board received an update on the SAR for Mr D, which is due to be"
        " published in March."
    )
    assert reviews(text) == [("SAR", "Mr D", None, "in_progress")]
    text = (
        "An update was given on the three ongoing SARs (Adult X, Adult Y and Adult Z)."
    )
    assert [subject for _, subject, _, _ in reviews(text)] == [
        "Adult X",
        "Adult Y",
        "Adult Z",
    ]
    text = "The CSPR relating to Child U has been completed and is being prepared"
    assert reviews(f"{text} for publication.") == [
        ("CSPR", "Child U", None, "in_progress")
    ]
    # ... or about someone quoted, or commissioned after a death
    text = "The learning from the SAR about 'Joe' has been shared with partners."
    assert [subject for _, subject, _, _ in reviews(text)] == ["Joe"]
    text = "The SAR, commissioned after the death of a woman in Hull, found failings."
    assert [kind for kind, _, _, _ in reviews(text)] == ["SAR"]
    # ... not another SAR's: a subject access request someone makes
    for text in (
        "The council received a SAR about 'Joe' from his solicitor.",
        "The council received a SAR from Mr D for his records.",
        "Mr D made a SAR for his records to the council.",
        "Search and rescue (SAR) for Mr D was called off.",
    ):
        assert reviews(text) == []
    # ... though a SAR referral is made for a review
    text = (
        "The police made a SAR referral in respect of Mr D. The Safeguarding Adults"
        " Board commissioned the SAR in May."
    )
    assert [subject for _, subject, _, _ in reviews(text)] == ["Mr D"]


def test_a_community_safety_partnership_s_report_on_a_death_is_a_review():
    # j0019 (a council's statement): "Bijan Ebrahimi's murder in 2013 was truly
    # appalling ... Yesterday, Safer Bristol Partnership published an independent
    # review which examines and responds to the ways local organisations ...
    # interacted with Mr Ebrahimi prior to his death."
    assert reviews(TUNING["j0019"]["text"]) == [
        ("other", "Bijan Ebrahimi", "Bristol", "published")
    ]
    # shaped as a story of one death
    text = (
        "A report into the death of Jane Smith, commissioned by Hull Community Safety"
        " Partnership, was published today."
    )
    assert reviews(text) == [("other", "Jane Smith", "Hull", "published")]
    # ... not a report on deaths counted, a partnership's or a board's, nor a review
    # of a service
    for text in (
        "Safer Hull Partnership published a report on knife crime deaths in the city.",
        "Hull Safeguarding Children Partnership published a report on child deaths in"
        " the city.",
        "Hull Community Safety Partnership has published its review of night-time"
        " economy policing after the death of a student.",
        # ... nor a road death's review, whoever holds it
        "The Safer Hull Partnership commissioned a review after the death of a"
        " cyclist on the A63.",
    ):
        assert reviews(text) == []
    text = "Hull Safeguarding Adults Board published its review of the death of Mr K."
    assert reviews(text) == [("other", "Mr K", "Hull", "published")]
    # ... or of the care of someone it names, with no death said (x0114, a
    # coroner's report: "the post- death reviews conducted into Oskar Nash's death
    # by ... the Surrey Safeguarding Children Partnership"; shaped as news)
    text = (
        "A report by the Hull Safeguarding Adults Board into the care of Mr K was"
        " published today."
    )
    assert reviews(text) == [("other", "Mr K", "Hull", "published")]
    text = "The Safeguarding Adults Board review of Mr K's care found failings."
    assert [(kind, subject) for kind, subject, _, _ in reviews(text)] == [
        ("other", "Mr K")
    ]
    # ... not of no one named, nor of several
    for text in (
        "A review commissioned by the Norfolk Safeguarding Children Partnership into"
        " the care of two children found failings.",
        "The Hull Safeguarding Adults Board report into the care of older people in"
        " care homes was published.",
    ):
        assert reviews(text) == []


def test_a_learning_or_multi_agency_review_of_someone_named_is_one():
    # a0116 (a summary of a Scottish review): "the Highland Adult Protection
    # Committee published a Learning Review into the case of three vulnerable
    # brothers, referred to in the review as Mr A, Mr B and Mr C"
    assert [
        (kind, subject) for kind, subject, _, _ in reviews(TUNING["a0116"]["text"])
    ] == [("other", "Mr A, Mr B and Mr C")]
    # s0112 (a partnership's page): "Child A's tragic death occurred in
    # circumstances where a local multi-agency review was considered to be of
    # benefit by the Safeguarding Partnership."
    assert ("other", "Child A") in {
        (k, s) for k, s, _, _ in reviews(TUNING["s0112"]["text"])
    }
    # shaped as news: a multi-agency learning review of a named child
    text = "The partnership carried out a multi-agency learning review after the death"
    assert reviews(f"{text} of baby Ava.") == [("other", "Ava", None, "unknown")]
    # ... not what such a review is, nor one of no one, its panel, a review of a
    # service, or a hospital's internal one (shaped as board and trust papers)
    for text in (
        "A learning review is held when a case does not meet the criteria for a SAR.",
        "The multi-agency review of referrals found delays in the MASH.",
        "The learning review panel met to consider the referral for Mrs F.",
        "A learning review of the hospital's maternity services found failings in the"
        " care of Baby B.",
        "An internal learning review into the death of patient Mr C was carried out"
        " by the Trust.",
    ):
        assert reviews(text) == []


def test_an_untyped_review_of_one_death_is_one():
    # y0017 (a partnership's news page): "A review into the death of a baby on
    # Teesside has heard how there were \u201cmissed opportunities\u201d to spot
    # neglect. The three-month-old, named Emma, was found unconscious in her pram ..."
    assert reviews(TUNING["y0017"]["text"]) == [("other", "Emma", None, "unknown")]
    # w0320 (news) without the sentence that names him: the headline's quoted words
    # name no one ("Safeguarding review into death of city teenager makes
    # \u2018significant progress\u2019 - \u201cSIGNIFICANT PROGRESS\u201d has been made
    # with a review into the death of a Leeds teenager who starved to death")
    text = TUNING["w0320"]["text"].split(" The review into")[0]
    assert reviews(text) == [("other", None, "Leeds", "unknown")]
    # shaped as news: a story's review of a death, by what it found, or named
    for text, subject in (
        (
            "The safeguarding partnership launched a review after the death of a baby"
            " in Hull.",
            None,
        ),
        (
            "Agencies missed chances to help Jordan Burling, who starved to death, a"
            " review has found. Social services had closed his case.",
            "Jordan Burling",
        ),
        (
            "A review into the murder of Ruth Jones by her partner found domestic"
            " abuse was missed.",
            "Ruth Jones",
        ),
        # ... or opening a sentence (u0717, a charity's digest of The Independent:
        # "A review has found that both social services workers and a doctor missed
        # opportunities to spot anything abnormal when Elsie Scully-Hicks suffered
        # a catalogue of injuries in the months before she died.")
        (
            "A review has found that social services workers missed opportunities"
            " to spot injuries before she died.",
            None,
        ),
        # ... what it found is no general word ("could")
        (
            "Social workers could have saved the toddler who was killed by her"
            " stepfather, a review has found. Social services apologised.",
            None,
        ),
        # ... of someone's death, or concluding (x0302, news: "A comprehensive review
        # concluded that more could and should have been done ..., highlighting
        # ... failures that led to Finley's untimely death")
        (
            "The safeguarding partnership has begun a review into Jack's death, which"
            " social services said was a tragedy.",
            "Jack",
        ),
        (TUNING["x0302"]["text"], "Finley Boden"),
        # ... or a review of the case (lk18, The Northern Echo: "THE murder of a
        # domestic abuse victim was difficult to prevent because she would not leave
        # her partner, a review of the case has concluded. A 58-page report into the
        # death of 42-year-old Sarah Gosling found ...")
        (
            "The murder of a domestic abuse victim was difficult to prevent, a review"
            " of the case has concluded. A report into the death of 42-year-old Sarah"
            " Gosling found she never felt able to leave.",
            "Sarah Gosling",
        ),
        # ... by agencies together, or of a killing at home
        (
            "A multi-agency review into the death of six-year-old Leon found that"
            " his school had raised concerns.",
            "Leon",
        ),
        (
            "A case review into the death of Nikki Smith, who was killed by her"
            " ex-partner, has been published.",
            "Nikki Smith",
        ),
    ):
        assert [(kind, named) for kind, named, _, _ in reviews(text)] == [
            ("other", subject)
        ]
    # ... not a hospital's, a coroner's or a road's review of a death, deaths counted
    # or a review said not to be held; and a typed review named next is the same one
    for text in (
        "A review into the death of a patient on the ward found failings in"
        " safeguarding training.",
        "The coroner said a review into the death of a man in custody had found that"
        " neglect contributed.",
        "A review into the death of a man on the A38 found the junction was unsafe.",
        "The patient's death on the ward was avoidable, a review of the case has"
        " concluded.",
        # ... nor another process's review of a death (shaped as trust and board
        # papers: child death, perinatal mortality, LeDeR, structured judgement)
        "The child death review into the death of a baby found unsafe sleeping was a"
        " factor, the safeguarding partnership said.",
        "A perinatal mortality review into the death of a baby found the care was"
        " good; safeguarding was not a concern.",
        "An LeDeR review into the death of a man with learning disabilities found"
        " neglect by his carers.",
        "The structured judgement review into the death of a woman found abuse had"
        " not been recognised.",
        "Police have launched a review into the death of a man in custody after"
        " concerns about neglect.",
        "A review has found that the trust's patients waited too long before one died.",
        "A review has found that safeguarding training was poor.",
        "A review of the deaths of 15 children found neglect in each case.",
        # ... nor a hospital's rates, a school's policy or a ward's care
        "A review into the hospital's death rates found safeguarding was poor.",
        "A review concluded that the school's safeguarding policy was out of date.",
        "A review into the man's death found that the trust's ward staff missed"
        " signs of neglect.",
        # ... nor a road's or a hospital's with agencies or a killer near it
        "A multi-agency review into the death of a man in a crash on the M1 found the"
        " junction was unsafe.",
        "A review into the death of a patient killed by her son on the ward found"
        " failings.",
        "A review into the death of a baby was not commissioned, as the case did not"
        " meet the criteria for safeguarding.",
    ):
        assert reviews(text) == []
    text = (
        "A baby died of neglect in Crawley, a review has concluded. The West Sussex"
        " Safeguarding Children Partnership carried out the serious case review."
    )
    assert [kind for kind, _, _, _ in reviews(text)] == ["SCR"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shaped as a board's news: reviews counted, then named after a comma
        (
            "Swindon LSCB published two serious case reviews, S and D.",
            [
                ("SCR", "S", "Swindon", "published"),
                ("SCR", "D", "Swindon", "published"),
            ],
        ),
        (
            "Two domestic homicide reviews, Joanna and Ben, were published in May.",
            [("DHR", "Joanna", None, "published"), ("DHR", "Ben", None, "published")],
        ),
        # ... letters alone only as many as counted, and no places
        ("Two serious case reviews, S, D and K, were published.", []),
        ("Serious case reviews of A and E attendances were discussed.", []),
        ("Two serious case reviews, Swindon and Wiltshire, were published.", []),
    ],
)
def test_reviews_counted_and_named_after_a_comma_are_one_each(text, expected):
    assert reviews(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # first names of later births than the 1990 Census (first_names_ssa.txt)
        (
            "Domestic Homicide Reviews\nCallum - March 2019\nIsla - June 2020",
            [("DHR", "Callum", None, "unknown"), ("DHR", "Isla", None, "unknown")],
        ),
        (
            "Two domestic homicide reviews, Callum and Isla, were published in May.",
            [
                ("DHR", "Callum", None, "published"),
                ("DHR", "Isla", None, "published"),
            ],
        ),
        # ... not a word a council writes in capitals, nor a council's name
        ("Domestic Homicide Reviews\nSummer - March 2019\nWinter - June 2020", []),
        ("Domestic Homicide Reviews\nKingston - March 2019\nSutton - June 2020", []),
    ],
)
def test_first_names_of_later_births_are_first_names(text, expected):
    assert reviews(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # shaped as registers as casewatch.text.html_text writes them, a block a
        # line: each entry after a line's end is an entry as when joined
        "Domestic Homicide Reviews\nJoanna - March 2019\nBen - June 2020",
        "Domestic Homicide Reviews\nJoanna | March 2019 | Overview report\nBen |"
        " June 2020 | Overview report",
        "Domestic Homicide Reviews\nJoanna Overview Report (PDF, 500KB)\nBen"
        " Overview Report (PDF, 600KB)",
    ],
)
def test_a_register_s_entries_on_lines_of_their_own(text):
    assert [subject for _, subject, _, _ in reviews(text)] == ["Joanna", "Ben"]


def test_authors_cited_on_lines_of_their_own_are_no_entries():
    text = "Safeguarding Adults Reviews\nResearch by\nTaylor (2019) and Morgan (2020)"
    assert reviews(text) == []


CROYDON_REGISTER = HERE / "sites/register/files/croydonlcsb/serious-case-reviews.html"


def test_a_register_entry_is_of_the_kind_its_heading_names():
    # tests/sites/register's Croydon page (its markup imitating the partnership's):
    # "Child Safeguarding Practice Reviews and Serious Case Reviews ... Child 'L'
    # - SCR published 22nd August 2018 ... Domestic Homicide Reviews ... Adult D -
    # published 3rd May 2021", a block a line as casewatch.text.html_text writes it
    found = {
        (kind, subject, status)
        for kind, subject, _, status in reviews(
            html_text(CROYDON_REGISTER.read_bytes())
        )
    }
    assert ("DHR", "Adult D", "published") in found
    assert ("SCR", "Child L", "published") in found
    assert not {subject for _, subject, _ in found} & {"L"}
    # ... a heading naming two kinds gives neither, and an entry's summary above
    # (shaped as the NSPCC's list) is no heading
    text = (
        "Serious Case Reviews and Domestic Homicide Reviews\nAdult D - published"
        " 3rd May 2021\nAdult E - published 4th June 2021"
    )
    assert {kind for kind, _, _, _ in reviews(text)} == {"other"}
    text = (
        "Case reviews published in 2023\n2023 - Birmingham - Child G\nA local child"
        " safeguarding practice review after serious harm to a baby.\n2023 - Kingston"
        " - Child F\nA serious case review begun before the 2019 reforms."
    )
    kinds_of_f = {kind for kind, subject, _, _ in reviews(text) if subject == "Child F"}
    assert kinds_of_f
    assert kinds_of_f <= {"SCR", "other"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The serious case review into Child \u2018L\u2019 was published.", "Child L"),
        ("The serious case review into Child 'B2' was published.", "Child B2"),
        ("The serious case review into Child 'Lucy' was published.", "Child Lucy"),
    ],
)
def test_a_pseudonym_s_quoted_letters_are_its_own(text, expected):
    assert [subject for _, subject, _, _ in reviews(text)] == [expected]


def test_a_board_s_own_report_on_a_death_is_one_but_another_body_s_is_none():
    # shaped as minutes and news: the board's report, by its possessive
    text = (
        "Hull Safeguarding Children Board's report into the death of a baby in Hull"
        " found missed chances."
    )
    assert [(kind, council) for kind, _, council, _ in reviews(text)] == [
        ("other", "Hull")
    ]
    # ... not another body's report the board was sent or noted
    for text in (
        "The police report on the death of a man in Hull was shared with Leeds"
        " Safeguarding Adults Board.",
        "A hospital's serious incident report into the death of a patient was"
        " presented to Leeds Safeguarding Adults Board.",
        "An inquest report on the killing of a woman was shared with Safer Leeds"
        " Partnership.",
        "Leeds Safeguarding Children Partnership's annual report describes the death"
        " of a baby in 2019 and the learning from it.",
    ):
        assert reviews(text) == []


# liverpoolsab.org/professionals/safeguarding-adults-reviews/ (a stored copy of the
# board's page, its list of link titles a line each, as html_text writes them)
LIVERPOOL_SARS = """\
How to make a referral
If you think your referral meets the criteria above, please speak to your \
organisation\u2019s Safeguarding Lead.
Published SARs
- Briefing note \u2013 SAR Colin
- 7-minute briefing \u2013 SAR Colin
- Briefing note \u2013 SAR Joseph
- Brief summary report \u2013 SAR Joseph
- Briefing note \u2013 SAR Hazel
- SAR \u2013 Hazel
- Briefing note \u2013 SAR \u2018Mr A\u2019
- Executive summary \u2013 SAR \u2018Mr A\u2019
- Briefing note \u2013 SAR Paul and James
- SAR \u2013 Paul and James
- Executive Summary \u2013 SAR June
National SAR library
There is also a National SAR library where Safeguarding Adults Boards are asked \
to submit all published reviews from 1st April 2019.
"""


def test_each_title_under_a_published_heading_is_a_published_review():
    assert [
        (kind, subject, status) for kind, subject, _, status in reviews(LIVERPOOL_SARS)
    ] == [
        ("SAR", name, "published")
        for name in ("Colin", "Joseph", "Hazel", "Mr A", "Paul and James", "June")
    ]
    # ... up to the first line of prose: a review named after it says its own
    text = LIVERPOOL_SARS + (
        "The Board noted that the SAR for Mr B, commissioned in March, is expected"
        " to report next year and is under way.\n- SAR \u2013 Kate\n"
    )
    found = {subject: status for _, subject, _, status in reviews(text)}
    assert found["Mr B"] == "in_progress"
    assert found["Kate"] == "unknown"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # u0527 (westsussexsab.org.uk): "You can find each of the SARs and Learning
        # Reviews published in the last 12 months below. ... Safeguarding Adults
        # Review in respect of Tom (October 2024)"
        (TUNING["u0527"]["text"], [("SAR", "Tom", "published")]),
        # l0311 (saferneighbourhoods.net): "Published Reviews North Lincolnshire
        # Community Safety Partnership has published ... DHR Adult A Following the
        # death of adult A"
        (TUNING["l0311"]["text"], [("DHR", "Adult A", "published")]),
        # ... up to a list of reviews under way
        (
            "Published reviews\nThe reviews below are published.\nSAR Mrs E was a"
            " 82 year old woman with dementia who lived in a care home and was left"
            " unattended.\nCurrent reviews\nSAR Mr F was a 70 year old man who lived"
            " alone and had not been seen by his doctor for several years.\n",
            [("SAR", "Mrs E", "published"), ("SAR", "Mr F", "unknown")],
        ),
        # ... and not a list of reviews that are not yet published
        (
            "The list below includes the reviews that are in progress.\nSAR Mr F was"
            " a 70 year old man who lived alone.\n",
            [("SAR", "Mr F", "unknown")],
        ),
    ],
)
def test_a_review_named_after_a_page_says_its_reviews_are_published(text, expected):
    assert [(kind, subject, status) for kind, subject, _, status in reviews(text)] == (
        expected
    )


def test_a_child_s_first_name_pseudonym_ending_a_title_is_its_subject():
    # lm09 (somersetsafeguardingchildren.org.uk): "Child Safeguarding Practice
    # Review: Child Alex\n\nSerious injuries to a 10-week-old infant in early 2020."
    text = (
        "Child Safeguarding Practice Review: Child Alex\n\nSerious injuries to a"
        " 10-week-old infant in early 2020.\n"
    )
    assert [(kind, subject) for kind, subject, _, _ in reviews(text)] == [
        ("CSPR", "Child Alex")
    ]
    # ... not a title's other words ("Child Protection", "Child Exploitation")
    for words in ("Child Protection", "Child Exploitation", "Baby Loss"):
        text = f"Serious Case Review: {words}\n\nThe board met in May.\n"
        assert [subject for _, subject, _, _ in reviews(text)] in ([], [None])


def test_two_first_names_ending_a_title_are_its_subject():
    text = "Safeguarding Adults Reviews\nOur reviews:\nSAR \u2013 Paul and James\n"
    assert [subject for _, subject, _, _ in reviews(text)] == ["Paul and James"]
    # ... not a place's words or a theme's
    for text in (
        "Safeguarding Adults Reviews\nSafeguarding Adults Review \u2013 Kent and"
        " Medway\n",
        "Safeguarding Adults Reviews\nSafeguarding Adults Review \u2013 Health and"
        " Wellbeing\n",
    ):
        assert [subject for _, subject, _, _ in reviews(text)] in ([], [None])


def test_one_name_written_with_and_without_a_hyphen_is_one_review():
    # norfolksafeguardingadultsboard.info ... sars-published-by-other-safeguarding-
    # adult-boards (a stored copy): "JoJo | published June 2019 Safeguarding Adults
    # Review tells the story of what happened to Jo-Jo"
    text = (
        "City and Hackney Safeguarding Adults Board (CHSAB)\n\nJoJo | published June"
        " 2019\n\nSafeguarding Adults Review tells the story of what happened to"
        " Jo-Jo during the last year of her life. Jo-Jo was 38 when she died."
    )
    assert [(kind, subject) for kind, subject, _, _ in reviews(text)] == [
        ("SAR", "JoJo")
    ]


def test_the_pages_with_their_lines_keep_their_lines_and_addresses():
    """tests/fixtures/pages_with_lines.jsonl (benchmarks/pages_with_lines.py) is there
    for what a line's end does to a rule: every page keeps its breaks and address."""
    path = HERE / "fixtures" / "pages_with_lines.jsonl"
    rows = [json.loads(line) for line in path.open() if line.strip()]
    assert len(rows) == len({row["id"] for row in rows}) == 987
    held_out = HERE / "fixtures" / "pages_with_lines_heldout.jsonl"
    held = [json.loads(line) for line in held_out.open() if line.strip()]
    assert len(held) == len({row["id"] for row in held}) == 60
    assert all(row["split"] == "heldout" for row in held)
    assert all(row["source"].startswith("http") for row in held)
    assert not {row["id"] for row in held} & {row["id"] for row in rows}
    assert all(row["source"].startswith("http") for row in rows)
    # (ln02's, lq18's and my03's pages are stored as one paragraph)
    one_paragraph = [row["id"] for row in rows if "\n" not in row["text"]]
    assert one_paragraph == ["ln02", "lq18", "my03"]
    assert sum(bool(row["reviews"] or row["ofsted"]) for row in rows) == 673


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ln08 (gazetteandherald.co.uk, a stored copy): "There have been four serious
        # case reviews in the past year, including the death of 16-year-old Kate
        # Walsh who was found dead in a derelict squat"
        (
            "There have been four serious case reviews in the past year, including the"
            " death of 16-year-old Kate Walsh who was found dead in a squat.",
            [("SCR", "Kate Walsh")],
        ),
        (
            "The board has completed three safeguarding adults reviews, including that"
            " into the death of Anne Smith.",
            [("SAR", "Anne Smith")],
        ),
        # ... not reviews counted by where or what they were
        (
            "There have been four serious case reviews in the past year, including two"
            " in Swindon.",
            [],
        ),
        (
            "Four serious case reviews were held, including one into a baby's death.",
            [],
        ),
    ],
)
def test_one_named_among_reviews_counted_is_a_review(text, expected):
    assert [(kind, subject) for kind, subject, _, _ in reviews(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # i0012 (a news column): "no fewer than 23 serious case reviews (SCRs) ...
        # The most recent, published this month, revealed that professionals missed
        # a string of chances to step in and save two-year-old Keanu Williams"
        (TUNING["i0012"]["text"], [("SCR", "Keanu Williams", "published")]),
        # shaped as a board's news
        (
            "The board published three serious case reviews. The latest found failings"
            " in the care of Child Q.",
            [("SCR", "Child Q", "published")],
        ),
        # ... not the latest named by no one
        (
            "There have been 23 serious case reviews since 2005. The most recent was in"
            " 2013.",
            [],
        ),
    ],
)
def test_the_latest_of_reviews_counted_is_one_review(text, expected):
    assert [(kind, s, status) for kind, s, _, status in reviews(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # m0015 (Nottingham City SAB's page): "- SAR 'Valentina' - SAR Chris": each
        # acronym's own title before a name elsewhere in its sentence
        (TUNING["m0015"]["text"], ["Billy", "Valentina", "Chris"]),
        # ... a register's year before the first name it lists is no subject (shaped
        # as h0215: "FEBRUARY Alan - SAR 2021: Frank - SAR 2020: Wendy - SAR")
        (
            "SARS: Ruth - SAR 2021: Alan - SAR 2020: Wendy - SAR",
            ["Ruth", "Alan", "Wendy"],
        ),
        # ... but names a review it alone names (m0321: "Domestic Homicide Review
        # 2020 - executive summary (PDF)")
        (
            TUNING["m0321"]["text"],
            [f"Domestic Homicide Review {year}" for year in (2020, 2017, 2015)],
        ),
    ],
)
def test_a_title_s_own_subject_comes_before_a_name_elsewhere(text, expected):
    assert [subject for _, subject, _, _ in reviews(text)] == expected


def test_reviews_counted_and_not_all_named_are_completed_by_the_next_sentence():
    # h0130 (minutes): "He pointed out the 4 Safeguarding Adult Reviews (SARs) that
    # were included in the annual report, and explained that learning from Adult C
    # and D was being implemented, and Adult E's SAR was ongoing. Adult B's case had
    # been scrutinised by the Community and Wellbeing Scrutiny Committee"
    text = (
        "He pointed out the 4 Safeguarding Adult Reviews (SARs) that were included in"
        " the annual report, and explained that learning from Adult C and D was being"
        " implemented, and Adult E\u2019s SAR was ongoing. Adult B\u2019s case had been"
        " scrutinised by the Community and Wellbeing Scrutiny Committee."
    )
    assert sorted(subject for _, subject, _, _ in reviews(text)) == [
        "Adult B",
        "Adult C",
        "Adult D",
        "Adult E",
    ]
    # ... not when the next sentence names more than were counted (shaped)
    text = text.replace(
        "Adult B\u2019s case", "Adult B\u2019s and Adult F\u2019s cases"
    )
    assert "Adult B" not in {subject for _, subject, _, _ in reviews(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Croydon Safeguarding Children Partnership's register (lj04 of the pages
        # with their lines): "Child Safeguarding Practice Reviews\nBaby Eva
        # (published April 2024)\nBaby Eva, just four months old, ..."
        (
            "Child Safeguarding Practice Reviews\nBaby Eva (published April 2024)\n"
            "Baby Eva, just four months old, entered the hospital with a fracture.",
            [("CSPR", "Baby Eva", None, "published")],
        ),
        (
            "Child Safeguarding Practice Reviews\nChild L (published April 2024)\n",
            [("CSPR", "Child L", None, "published")],
        ),
        # ... not without a register's heading, nor a baby's name in a sentence
        ("Latest news\nBaby Eva (published April 2024)\n", []),
        (
            "Child Safeguarding Practice Reviews\nThe midwife saw Baby Eva (born April"
            " 2024) at home.",
            [],
        ),
    ],
)
def test_a_register_s_pseudonym_with_its_publication_in_brackets(text, expected):
    assert reviews(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a SAB's page of others' reviews (o0114): "July 2023 \u2013 Kingston SAB;
        # Ella \u2013 themes around Fabricated or Induced Illness. Hampshire SAB; Sam
        # \u2013 themes around transition."
        (
            TUNING["o0114"]["text"],
            [
                ("SAR", "Ella", "Kingston", "unknown"),
                ("SAR", "Sam", "Hampshire", "unknown"),
                ("SAR", "Eileen Dean", "Lewisham", "unknown"),
            ],
        ),
        # a list of serious case reviews (m0001): "CHILD C (CUMBRIA LSCB) \u2013 Child
        # C was a few weeks old ... BD09 (DERBY LSCB) \u2013 The two young people",
        # below "The list below includes those Serious Case Reviews that have been
        # published recently"
        (
            TUNING["m0001"]["text"],
            [
                ("SCR", "Child C", "Cumbria", "published"),
                ("SCR", "BD09", "Derby", "published"),
            ],
        ),
        # ... not a thematic review, nor minutes' attendees with their boards
        (
            "SAR learning: Sutton SAB; Thematic Review \u2013 themes around fire"
            " risks.",
            [],
        ),
        (
            "Present: Jane Smith (Kent SAB) \u2013 Independent Chair; Kent SAB; Ann"
            " Jones \u2013 Board Manager. The safeguarding adults review was noted.",
            [("SAR", None, "Kent", "unknown")],
        ),
    ],
)
def test_a_review_listed_with_its_board_beside_its_name(text, expected):
    assert reviews(text) == expected
