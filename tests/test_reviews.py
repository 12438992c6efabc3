"""One case review across documents: the keys of casewatch/reviews.py, filed into
an archive as the store files each document's review records."""

from __future__ import annotations

from casewatch.detectors import Mention, ReviewRecord
from casewatch.reviews import file_review

KR_BOARD = "Kingston and Richmond Local Safeguarding Children Board"
SEEN = "2026-01-01T00:00:00+00:00"


def record(status="unknown", subject=None, board=None, la_code=None, page=1,
           sentence="The serious case review.", year=None,
           la_codes=()) -> ReviewRecord:  # fmt: skip
    """A document's record of an SCR, as casewatch.detectors.records makes one."""
    mention = Mention(
        "case_reviews", 1, "case_review.scr", "case_review", page, 4, 23, sentence,
        {"type": "SCR", "status": status, "specific": "yes"},
    )  # fmt: skip
    return ReviewRecord(
        "SCR", subject, board, None, la_code, year, status, sentence, (mention,),
        la_codes,
    )  # fmt: skip


def councils_of(db, review_id: str) -> list[tuple[str, str]]:
    """A review's councils and how each is known, by code."""
    return db.execute(
        "select la_code, via from review_councils where review_id = ? order by 1",
        [review_id],
    ).fetchall()


def file(db, sha256: str, found: ReviewRecord) -> str:
    return file_review(
        db, found, [f"{sha256}-{found.mentions[0].page_no}"], sha256, SEEN
    )


def test_a_named_review_is_one_across_documents_of_its_council(db):
    pack = file(db, "pack", record("in_progress", "Child R", la_code="E09000028"))
    news = file(db, "news", record("published", "child r", la_code="E09000028"))
    other = file(db, "news", record("unknown", "Child R", la_code="E09000022"))
    assert pack == news != other


def test_a_named_review_with_no_council_is_known_in_its_own_document_only(db):
    said = {"status": "withheld", "sentence": "Child A's SCR will not be published."}
    first = file(db, "kent", record(subject="Child A", **said))
    assert file(db, "kent", record(subject="Child A", page=9)) == first
    assert file(db, "leeds", record(subject="Child A")) != first
    named = record(subject="Child A", la_code="E09000022", **said)
    assert file(db, "lambeth", named) != first
    # ... or in a copy of the document: the same sentence says its status.
    assert file(db, "copy", record(subject="Child A", **said)) == first


def test_an_unnamed_review_is_one_where_its_board_and_stated_status_agree(db):
    pack = file(db, "pack", record("withheld", board=f"The {KR_BOARD} (LSCB)"))
    news = file(db, "news", record("withheld", board="Kingston and Richmond LSCB"))
    assert news == pack
    # Nothing stated: another review for all anyone can tell.
    assert file(db, "later", record(board="Kingston and Richmond LSCB")) != pack
    assert file(db, "later", record("withheld", board=KR_BOARD, year=2016)) != pack


def test_copies_of_one_story_are_one_review_by_their_status_sentence(db):
    said = "A spokesman said the SCR was not published."
    comet = file(db, "comet", record("withheld", board="LSCB", sentence=said))
    assert file(db, "times", record("withheld", board="LSCB", sentence=said)) == comet
    assert file(db, "other", record("withheld", board="LSCB")) != comet


def test_its_status_is_the_most_informative_any_source_gives(db):
    named = {"subject": "Child R", "la_code": "E09000028"}
    review = file(
        db, "a", record("withheld", sentence="It will not be published.", **named)
    )
    file(db, "b", record("published", sentence="It was published.", **named))
    file(db, "c", record("unknown", **named))
    (row,) = db.query("select * from reviews where id = ?", [review])
    assert (row["status"], row["status_sentence"]) == (
        "withheld",
        "It will not be published.",
    )
    file(db, "d", record("in_progress", subject="Child Q", la_code="E09000028"))
    assert db.execute(
        "select count(*) from review_mentions where review_id = ?", [review]
    ).fetchone() == (3,)


def test_a_review_of_a_joint_area_is_every_named_councils(db):
    # "City and Hackney Safeguarding Children Partnership": the text names both
    hackney = file(
        db, "pack", record(
            "published", "Child Q", la_code="E09000012",
            la_codes=("E09000012", "E09000001"),
        ),
    )  # fmt: skip
    assert councils_of(db, hackney) == [
        ("E09000001", "partnership"),
        ("E09000012", "council"),
    ]
    # the City's own papers name the same review, and Lambeth's a different one
    city = file(db, "city", record("published", "Child Q", la_code="E09000001"))
    lambeth = file(db, "lambeth", record("published", "Child Q", la_code="E09000022"))
    assert city == hackney != lambeth


def test_a_review_of_an_abolished_council_is_its_successors_too(db):
    # "Bournemouth & Poole LSCB" (2011): both councils were abolished in 2019, and
    # Bournemouth, Christchurch and Poole's reporter finds the review under BCP.
    both = ("E06000028", "E06000029")
    review = file(db, "pack", record("unknown", "Baby F", la_codes=both))
    assert councils_of(db, review) == [
        ("E06000028", "partnership"),
        ("E06000029", "partnership"),
        ("E06000058", "successor"),
    ]
    # one council's own review: its successors are known as its successors
    cumbria = file(db, "pack", record("published", "Child L", la_code="E10000006"))
    assert councils_of(db, cumbria) == [
        ("E06000063", "successor"),
        ("E06000064", "successor"),
        ("E10000006", "council"),
    ]
