"""council_fields: the councils a fact belongs to, from its board as written, a
council named as one, a joint area or the one place a passage names; on real
passages (addresses beside them, or in tests/review_passages.py)."""

import json
from pathlib import Path

import pytest

from casewatch.detectors import find
from casewatch.detectors.base import sentence_span
from casewatch.detectors.council_fields import (
    BOARD_WORDS,
    _board_words,
    board_councils,
    boards_in,
    council_fields,
)
from tests.corpus_passages import PAGES, TEXTS
from tests.review_passages import (
    BARNET,
    BRENT,
    CITY_OF_LONDON,
    DEVON,
    DONCASTER,
    HACKNEY,
    ISLINGTON,
    KINGSTON,
    LAMBETH,
    NEWHAM,
    PASSAGES,
    RICHMOND,
    SOUTHWARK,
)

BARNSLEY = "E08000038"
CORPUS = [
    json.loads(line)
    for line in (Path(__file__).parent / "corpus" / "detector_corpus.jsonl").open()
]
TEESWIDE = ("E06000001", "E06000002", "E06000003", "E06000004")


def passage(url_part, words=""):
    return next(p.text for p in PASSAGES if url_part in p.url and words in p.text)


def fields_at(text, words):
    """council_fields for the sentence holding `words`, with the board it names."""
    at = text.index(words)
    left, right = sentence_span(text, at, at + len(words))
    board = next(
        (name for name, start, _ in boards_in(text) if left <= start < right), None
    )
    return council_fields(text, left, right, board)


@pytest.mark.parametrize(
    ("board", "written", "codes"),
    [
        # issue 13's boards as named in the text
        ("Barnsley Safeguarding Children Partnership", "Barnsley", (BARNSLEY,)),
        ("Kingston and Richmond LSCB", "Kingston and Richmond", (KINGSTON, RICHMOND)),
        ("the Devon Safeguarding Adults Partnership", "Devon", (DEVON,)),
        # a joint area spelled out, and one known by its own name
        (
            "City and Hackney Safeguarding Adults Board",
            "City and Hackney",
            (CITY_OF_LONDON, HACKNEY),
        ),
        ("Teeswide Safeguarding Adults Board", "Teeswide", TEESWIDE),
        ("KRSCP", None, (KINGSTON, RICHMOND)),
    ],
)
def test_a_board_as_named_gives_every_council_it_spans(board, written, codes):
    found = board_councils(board)
    assert (found.local_authority, found.la_codes) == (written, codes)
    assert found.la_code == (codes[0] if len(codes) == 1 else None)


def test_a_board_without_a_place_names_no_council():
    # http://www.dailymail.co.uk/... (the Doncaster passage): "the board"
    assert board_councils("Safeguarding Children Board") is None
    assert board_councils("LSCB") is None


def test_a_place_never_matched_alone_is_the_council_its_board_names():
    # z0112 (local news): "A serious case review conducted by the Bury Safeguarding
    # Partnership Board identified a series of failings, chiefly involving
    # Manchester social services": Bury's review, its board named in full
    text = TEXTS["z0112"]
    found = fields_at(text, "A serious case review conducted by")
    assert found.local_authority == "Bury"
    assert [name for name, _, _ in boards_in(text)] == [
        "the Bury Safeguarding Partnership Board"
    ]
    # shaped as board names: Reading, Westminster
    reading = board_councils("Reading Local Safeguarding Children Board")
    assert (reading.local_authority, reading.la_codes) == ("Reading", ("E06000038",))
    assert board_councils("the Westminster Safeguarding Children Partnership")
    # ... but not the word before a board of no place (shaped as minutes)
    sentence = "Reading the report, the Safeguarding Partnership said it was glad."
    assert [board_councils(name) for name, _, _ in boards_in(sentence)] == [None]


def test_boards_are_read_in_full_from_their_place():
    seed = "A Kingston and Richmond LSCB spokesman said the SCR was not published."
    assert [name for name, _, _ in boards_in(seed)] == ["Kingston and Richmond LSCB"]
    yi = passage("month=201908", "Yi")  # Lambeth SAB's news: SAR Yi
    assert [name for name, _, _ in boards_in(yi)] == [
        "Newham, Islington, City and Hackney & Lambeth\u2019s Safeguarding Adults"
        " Boards"
    ]
    assert board_councils(boards_in(yi)[0][0]).la_codes == (
        NEWHAM,
        ISLINGTON,
        CITY_OF_LONDON,
        HACKNEY,
        LAMBETH,
    )


def test_a_council_named_as_a_council_in_another_sentence():
    text = passage("dailymail")  # "Doncaster Council confirmed ..." two sentences up
    found = fields_at(text, "known only as Child D")
    assert (found.la_codes, found.source) == ((DONCASTER,), "passage")


def test_london_borough_of_in_a_title():
    # written as a place is, "of" in lower case, where the title shouts it
    found = fields_at(passage("london-borough-of-southwark"), "SERIOUS CASE")
    assert (found.local_authority, found.la_codes) == (
        "London Borough of Southwark",
        (SOUTHWARK,),
    )


def test_a_board_named_in_another_sentence_of_the_minutes():
    text = passage("brent.gov.uk")  # "(Independent Chair, Brent Safeguarding ...)"
    found = fields_at(text, "Adult E")
    assert (found.la_codes, found.source) == ((BRENT,), "passage")


def test_the_one_place_a_passage_names_when_nothing_else_does():
    text = passage("barnet.moderngov")  # "how Barnet has dealt with ..."
    found = fields_at(text, "full DHR process")
    assert (found.la_codes, found.source) == ((BARNET,), "place")


# c0059 (seed 000): the review's board is "the local safeguarding children's board";
# Kingston is named only in a hospital's name.
SEED_HOSPITAL = (
    "The local safeguarding children\u2019s board (LSCB) launched a serious case "
    "review (SCR) investigating the 19 months leading up to the assault in December "
    "2014. A small paragraph referencing the review was made public in Kingston "
    "Hospital\u2019s July board papers."
)
# https://modgov.sefton.gov.uk/ieIssueDetails.aspx?IId=68891&Opt=3 (the Sefton
# minutes: Merseyside Fire and Rescue and the Liverpool City Region, no council)
NO_PLACE = passage("sefton.gov.uk")


@pytest.mark.parametrize(
    ("text", "words"),
    [(SEED_HOSPITAL, "serious case review"), (NO_PLACE, "Domestic Homicide Reviews.")],
)
def test_a_place_in_another_bodys_name_or_none_gives_no_council(text, words):
    assert fields_at(text, words) is None


def test_councils_for_an_ofsted_judgement_the_same_way():
    """The helper detect-ofsted uses: a judgement sentence's council from a council
    named as one elsewhere in the passage."""
    # https://www.thurrockgazette.co.uk/news/17272019.leader-happy-with-probe-into-toddlers-death-despite-not-reading-full-report/
    text = (
        "The leader of Thurrock Council says people should be satisfied with the "
        "outcome of a whistleblower investigation into a toddler\u2019s "
        "death...despite not having seen a full report into the allegations himself. "
        "He admitted at a "
        "council meeting he had not seen the report, which cleared the council of "
        "wrongdoing, but said everybody should be satisfied the council \u201cacted "
        "appropriately\u201d now Ofsted had closed the case."
    )
    found = fields_at(text, "Ofsted had closed")
    assert (found.local_authority, found.la_code) == ("Thurrock Council", "E06000034")


def test_boards_are_found_fast_where_their_pattern_finds_them():
    """_board_words looks for a board's words from a word they hold: it must find
    what BOARD_WORDS finds, on every corpus passage and passage here."""
    texts = [row["text"] for row in CORPUS] + [p.text for p in PASSAGES]
    found = 0
    for text in texts:
        fast = [words.span() for words in _board_words(text)]
        assert fast == [words.span() for words in BOARD_WORDS.finditer(text)]
        found += len(fast)
    assert found > 50


def test_a_review_takes_the_board_of_its_kind_on_a_joint_report_s_cover():
    """j0111 (tests/corpus/fresh5.jsonl, a joint SCR and DHR's overview report):
    "Lancashire Safeguarding Children Board Lancaster District Community Safety
    Partnership A Serious Case Review \u2018Child L\u2019 A Domestic Homicide Review
    \u2018Adult L\u2019". The two boards are two, the second's place not run back
    into the first's name; the DHR is the community safety partnership's, the SCR
    the children's board's."""
    rows = (Path(__file__).parent / "corpus" / "fresh5.jsonl").open()
    text = next(row["text"] for row in map(json.loads, rows) if row["id"] == "j0111")
    assert [name for name, _, _ in boards_in(text)] == [
        "Lancashire Safeguarding Children Board",
        "Lancaster District Community Safety Partnership",
    ]
    found = {r.type: (r.board, r.la_codes) for r in find([text]).reviews}
    assert found == {
        "SCR": ("Lancashire Safeguarding Children Board", ("E10000017",)),
        "DHR": ("Lancaster District Community Safety Partnership", ("E07000121",)),
    }


def test_the_one_place_a_review_s_own_sentence_names_before_the_passage_s():
    """f0305 (tests/corpus/fresh.jsonl, Oxfordshire's health and wellbeing board):
    "... the Serious Case Review of Children A-F into Child Sexual Exploitation in
    Oxfordshire. Representatives from ... Oxfordshire Clinical Commissioning Group,
    Oxford University Hospitals ..." names Oxford too, but the review's sentence
    names one place; a sentence naming two leaves it to the passage."""
    rows = (Path(__file__).parent / "corpus" / "fresh.jsonl").open()
    text = next(row["text"] for row in map(json.loads, rows) if row["id"] == "f0305")
    (review,) = find([text]).reviews
    assert (review.subject, review.la_codes) == ("Children A-F", ("E10000025",))
    two = "A serious case review of a boy who lived in Oxfordshire and Swindon."
    assert [r.la_codes for r in find([two]).reviews] == [()]


def test_a_board_s_place_does_not_run_back_over_a_sentence_s_end():
    """k0209 (tests/corpus/fresh6.jsonl, BBC Coventry): "The report referred to him
    as Matt, who lived with his parents in Coventry. Coventry Safeguarding Children
    Partnership (CSCP) said ..." is the Coventry partnership, not "Coventry.
    Coventry"; "St. Helens" keeps its full stop."""
    rows = (Path(__file__).parent / "corpus" / "fresh6.jsonl").open()
    text = next(row["text"] for row in map(json.loads, rows) if row["id"] == "k0209")
    (review,) = find([text]).reviews
    assert review.local_authority == "Coventry"
    assert review.board == "Coventry Safeguarding Children Partnership (CSCP)"
    (board,) = boards_in("the St. Helens Safeguarding Children Partnership said")
    assert board[0] == "the St. Helens Safeguarding Children Partnership"


def _corpus_text(name, passage_id):
    rows = (Path(__file__).parent / "corpus" / name).open()
    return next(row["text"] for row in map(json.loads, rows) if row["id"] == passage_id)


@pytest.mark.parametrize(
    ("name", "passage_id", "board", "council"),
    [
        # c0142, a review's title page in capitals: "BEXLEY SAFEGUARDING CHILDREN
        # BOARD SERIOUS CASE REVIEW - BABY F"
        (
            "detector_corpus.jsonl",
            "c0142",
            "BEXLEY SAFEGUARDING CHILDREN BOARD",
            "Bexley",
        ),
        # q0027 (a document mirror of Southwark's): "LONDON BOROUGH OF SOUTHWARK
        # SAFEGUARDING CHILDREN BOARD SERIOUS CASE REVIEW 'CHILD Y'"
        (
            "fresh9.jsonl",
            "q0027",
            "LONDON BOROUGH OF SOUTHWARK SAFEGUARDING CHILDREN BOARD",
            "London Borough of Southwark",
        ),
    ],
)
def test_a_board_in_capitals_on_a_title_page(name, passage_id, board, council):
    (review,) = find([_corpus_text(name, passage_id)]).reviews
    assert (review.board, review.local_authority) == (board, council)


@pytest.mark.parametrize(
    ("text", "council"),
    [
        # lt03 (a document mirror of Stoke-on-Trent's SCR SOT14 (1), 2015): a
        # place in capitals with its hyphens, whose small words are in lower case
        (
            "STOKE-ON-TRENT SAFEGUARDING CHILDREN BOARD\nSerious Case Review SOT14"
            " (1)\nFinal report",
            "Stoke-on-Trent",
        ),
        # shaped as a title page: "&" within a place in capitals
        (
            "BRIGHTON & HOVE SAFEGUARDING CHILDREN PARTNERSHIP\nChild Safeguarding"
            " Practice Review Child Z",
            "Brighton & Hove",
        ),
        (
            "SOUTHEND-ON-SEA SAFEGUARDING ADULTS BOARD\nSafeguarding Adults Review"
            " Adult F",
            "Southend-on-Sea",
        ),
    ],
)
def test_a_hyphenated_or_joined_place_in_capitals_is_its_council(text, council):
    (review,) = find([text]).reviews
    assert review.local_authority == council


def test_an_acronym_labelling_a_field_is_no_board_the_board_after_it_is():
    # n0088 (the NSPCC repository's record): "Title: Child safeguarding practice
    # review 'Child D'. LSCB: Cambridgeshire and Peterborough Safeguarding Children
    # Partnership Board Author: ..." (the board was "Child D'. LSCB")
    (review,) = find([_corpus_text("news.jsonl", "n0088")]).reviews
    assert review.board == (
        "Cambridgeshire and Peterborough Safeguarding Children Partnership Board"
    )
    # an acronym in a sentence is still a board (shaped as minutes)
    (board,) = boards_in("The Kingston LSCB agreed the plan.")
    assert board[0] == "The Kingston LSCB"


def test_a_board_s_own_acronym_is_its_board():
    # g0203 (Teeswide SAB's newsletter): "In November 2024, TSAB published the
    # Susan SAR."
    (review,) = find([_corpus_text("fresh2.jsonl", "g0203")]).reviews
    assert (review.subject, review.board) == ("Susan", "TSAB")
    # an acronym that holds a board's letters inside a word is none (shaped)
    assert boards_in("The TSABLE project reported.") == []


def test_a_board_s_place_is_the_one_right_before_it_not_a_heading_s():
    # r0123 (the Buckinghamshire adults board's page): "Buckinghamshire Serious
    # Case Reviews Buckinghamshire Safeguarding Adults Board (BSAB) commissioned a
    # Safeguarding Adult Review (SAR) after the death of Adult FF." (the council
    # was written "Buckinghamshire Serious Case Reviews Buckinghamshire")
    text = _corpus_text("fresh10.jsonl", "r0123")
    assert next(name for name, _, _ in boards_in(text)) == (
        "Buckinghamshire Safeguarding Adults Board (BSAB)"
    )
    assert {r.local_authority for r in find([text]).reviews} == {"Buckinghamshire"}


def test_an_area_of_former_districts_named_as_a_place_is_their_successor_once():
    """A place named "South Cumbria" is Barrow-in-Furness's and South Lakeland's,
    both now Westmorland and Furness's: that one council, not it twice."""
    text = "There has been one domestic homicide review and report in South Cumbria."
    found = council_fields(text, 0, len(text))
    assert (found.local_authority, found.la_codes) == ("South Cumbria", ("E06000064",))


@pytest.mark.parametrize(
    ("text", "board"),
    [
        # a board's acronym after its place at a sentence's end (not a heading in
        # capitals, which looks back for a place in capitals)
        ("The review was published by Stockport LSCB.", "Stockport LSCB"),
        ("The review was published by the NORFOLK LSCB.", "the NORFOLK LSCB"),
        (
            "GLOUCESTERSHIRE SAFEGUARDING CHILDREN BOARD SERIOUS CASE REVIEW",
            "GLOUCESTERSHIRE SAFEGUARDING CHILDREN BOARD",
        ),
    ],
)
def test_a_board_s_place_before_its_acronym_at_a_sentence_s_end(text, board):
    assert [name for name, _, _ in boards_in(text)] == [board]


@pytest.mark.parametrize(
    ("text", "council"),
    [
        # la24 (BBC News, 2014): a page that names two councils, and where the
        # child died: "Coventry & Warwickshire ... Two years ago, Daniel Pelka died
        # in Coventry ... A serious case review into Daniel's death criticised his
        # school"
        (
            "Coventry & Warwickshire\n\nTwo years ago, Daniel Pelka died in Coventry."
            " The four-year-old had suffered a life of starvation.\n\nA serious case"
            " review into Daniel's death criticised his school.",
            "Coventry",
        ),
        # la08 (Tameside Reporter, 2020): "Child V's parents lived together in
        # Tameside", the father's earlier home "in the Devon and Cornwall area"
        (
            "A serious case review into the injuries sustained by 'Child V' made"
            " recommendations.\n\nChild V's parents lived together in Tameside.\n\nHe"
            " was accused of an offence dating back to when he lived in the Devon and"
            " Cornwall area.",
            "Tameside",
        ),
        # ... none where the text says of two places that someone lived there
        (
            "A serious case review into the injuries sustained by 'Child V' made"
            " recommendations.\n\nChild V's parents lived together in Tameside. His"
            " mother had lived in Oldham.",
            None,
        ),
        # la12 (SafeCIC, 2018): where the people a story tells of are from, set
        # apart: "The "wicked" mother and her partner, from Rochdale, Greater
        # Manchester, have been convicted ... Minshull Street crown court in
        # Manchester ... the council has launched a serious case review"
        (
            "The mother and her partner, from Rochdale, Greater Manchester, have been"
            " convicted. Minshull Street crown court in Manchester heard the case."
            " The council has launched a serious case review.",
            "Rochdale",
        ),
        # ... not whoever speaks from somewhere
        (
            "A spokesman, from Manchester, said the case was tragic. The mother's"
            " case was heard in Oldham. The council has launched a serious case"
            " review.",
            None,
        ),
    ],
)
def test_where_someone_lived_or_died_is_the_council_of_a_page_of_several(text, council):
    (review,) = find([text]).reviews
    assert review.local_authority == council


@pytest.mark.parametrize(
    ("board", "codes"),
    [
        # Wales's regional safeguarding boards (places/partnerships.yml), each with
        # its councils
        (
            "Cwm Taf Morgannwg Safeguarding Board",
            ("W06000016", "W06000024", "W06000013"),
        ),
        ("CYSUR", ("W06000010", "W06000008", "W06000009", "W06000023")),
        (
            "North Wales Safeguarding Board",
            tuple(f"W0600000{n}" for n in range(1, 7)),
        ),
        (
            "South East Wales Safeguarding Children Board",
            ("W06000019", "W06000018", "W06000021", "W06000022", "W06000020"),
        ),
        ("West Glamorgan Safeguarding Board", ("W06000011", "W06000012")),
        ("Cardiff and Vale Regional Safeguarding Board", ("W06000015", "W06000014")),
    ],
)
def test_wales_s_regional_boards_span_their_councils(board, codes):
    assert board_councils(board).la_codes == codes


@pytest.mark.parametrize(
    ("text", "council"),
    [
        # x0014 (news of a judgment): a regional board's review of a child the page
        # places in one of its councils ("Its refusal was communicated to her by
        # Pembrokeshire County Council")
        (
            "The claimant had applied to CYSUR: Mid and West Wales Safeguarding"
            " Children Board to disclose the overview report of the serious case review"
            " into the death in 2012 of Child M. Its refusal was communicated to her by"
            " Pembrokeshire County Council.",
            "Pembrokeshire County Council",
        ),
        # u0708 (news): "Flintshire council said it was co-operating with an
        # independent child practice review by the North Wales Safeguarding Board"
        (
            "Flintshire council said it was co-operating with an independent child"
            " practice review by the North Wales Safeguarding Board.",
            "Flintshire council",
        ),
        # ... but a partnership named by its councils keeps its name (shaped)
        (
            "The East and Mid Devon Community Safety Partnership published a domestic"
            " homicide review of Subject A, who lived in Mid Devon.",
            "East and Mid Devon",
        ),
    ],
)
def test_a_regional_board_s_review_is_of_the_one_council_its_page_names(text, council):
    (review,) = find([text]).reviews
    assert review.local_authority == council


def test_a_review_named_after_a_council_is_its_not_the_page_s_other_board_s():
    # a forum's two posts (lf30 of the pages with their lines): "a Serious Case
    # Review (SCR) by Luton Safeguarding Children Board ... Luton SCR Child J" and
    # "Derbyshire SCR Polly ... This serious case review into the death of a 21
    # month old girl was published in September 2017. Polly, as she is known in the
    # review, ..."
    found = {
        (r.subject, r.local_authority, r.board) for r in find([PAGES["lf30"]]).reviews
    }
    assert found == {
        ("Child J", "Luton", "Luton Safeguarding Children Board"),
        ("Polly", "Derbyshire", None),
    }


@pytest.mark.parametrize(
    ("passage_id", "board"),
    [
        # a protection committee is the board before 2006 in England, and still in
        # Scotland and Jersey: Lancashire Telegraph (d0233), gov.je (u0117),
        # poaabusescotland.co.uk (a0116), whose heading's capitals ("THE MCCULLOCH
        # CASE Highland ...") lend the board no letter
        ("d0233", "the Lancashire Area Child Protection Committee"),
        ("u0117", "the Jersey Child Protection Committee"),
        ("a0116", "Highland Adult Protection Committee"),
    ],
)
def test_a_protection_committee_is_a_board(passage_id, board):
    (review,) = find([TEXTS[passage_id]]).reviews
    assert review.board == board


def test_a_protection_committee_s_review_of_a_case_is_one_with_its_council():
    # d0233: "The review into the case of baby Jack Shackleton will be conducted by
    # the Lancashire Area Child Protection Committee."
    (review,) = find([TEXTS["d0233"]]).reviews
    assert (review.type, review.subject) == ("other", "Jack Shackleton")
    assert (review.local_authority, review.status) == ("Lancashire", "in_progress")
    # ... but the committee's report on nobody's case is none
    text = (
        "The Lancashire Area Child Protection Committee published its report on"
        " training."
    )
    assert find([text]).reviews == []


@pytest.mark.parametrize(
    ("page_id", "council"),
    [
        # Community Care (le19 of the pages with their lines): Star Hobson's
        # review, on a page that names Bradford three times and Solihull once (for
        # Arthur Labinjo-Hughes)
        ("le19", "Bradford"),
        # studylib.net (my07): "Tameside \u2013 Child M" on a page that names West
        # Sussex's board too, once
        ("my07", "Tameside"),
        # Worcester News (mp11): Worcestershire five times, Herefordshire twice
        ("mp11", "Worcestershire"),
    ],
)
def test_the_place_a_page_names_most_by_far_is_its_review_s_council(page_id, council):
    (review,) = find([PAGES[page_id]]).reviews
    assert review.local_authority == council


@pytest.mark.parametrize(
    ("text", "council"),
    [
        # two places named as often, or one not twice as often, give none ...
        ("A serious case review into the death of Child A was published. The family"
         " had moved from Leeds to Bradford in 2019. Bradford schools and Leeds health"
         " visitors knew the family.", None),
        ("A serious case review into the death of Child A was published. The family"
         " had moved from Leeds to Bradford in 2019. Leeds health visitors knew the"
         " family.", None),
        # ... three times against once, the one named most
        ("A serious case review into the death of Child A was published. The family"
         " had moved from Leeds to Bradford in 2019. Leeds health visitors knew the"
         " family. Leeds schools did too.", "Leeds"),
    ],
)  # fmt: skip
def test_a_place_named_not_much_more_than_another_is_no_review_s_council(text, council):
    (review,) = find([text]).reviews
    assert review.local_authority == council
