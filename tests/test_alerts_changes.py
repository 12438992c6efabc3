"""What is new between two watermarks: reviews, status changes, judgements, vanished
documents and search matches, each with its councils, on archives written by hand."""

from __future__ import annotations

import hashlib
import json

import pytest

from casewatch.alerts.changes import new_items
from casewatch.alerts.items import CLOSE, OPEN, Watermark, current_watermark
from casewatch.judgements import Statement, file_judgement
from casewatch.search_index.catch_up import catch_up
from db import open_db

KINGSTON, RICHMOND, SOUTHWARK = "E09000021", "E09000027", "E09000028"
OVERALL = "overall effectiveness"
OFSTED_PAGE = "https://reports.ofsted.gov.uk/provider/44/80545"


class Archive:
    """An archive written row by row, as the store pipeline writes one."""

    def __init__(self, path):
        self.path = path
        self.db = open_db(path)
        self.count = self.db["mentions"].count

    def source(self, slug, kind="council", council="", name=None):
        self.db["sources"].insert(
            {
                "slug": slug,
                "name": name or slug.replace("-", " ").title(),
                "kind": kind,
                "platform": "listing",
                "council": council,
            }
        )

    def document(self, source, title, pages, url=None, published=""):
        """A document with these page texts, listed by `source`; its SHA-256."""
        sha256 = hashlib.sha256(title.encode()).hexdigest()
        seen = "2026-01-01T00:00:00+00:00"
        with self.db.atomic():
            self.db["documents"].insert(
                {
                    "sha256": sha256,
                    "title": title,
                    "size": 1,
                    "extraction": "ok",
                    "format": "pdf",
                    "first_seen": seen,
                    "last_seen": seen,
                    # as the store dates a document by its listing's date
                    "dated": published or None,
                    "dated_from": "published" if published else None,
                }
            )
            self.db["document_urls"].insert(
                {
                    "url": url or f"https://example.org/{sha256[:8]}.pdf",
                    "sha256": sha256,
                    "source": source,
                    "published": published,
                    "first_seen": seen,
                    "last_seen": seen,
                }
            )
            self.db["pages"].insert_all(
                {"sha256": sha256, "page_no": number, "text": text, "needs_ocr": 0}
                for number, text in enumerate(pages, start=1)
            )
        return sha256

    def mention(
        self, sha256, page_no, phrase, kind="case_review", rule_id=None, **fields
    ):
        """A mention of `phrase` on that page, its sentence the page's text; its id."""
        text = self.db["pages"].get((sha256, page_no))["text"]
        start = text.lower().index(phrase.lower())
        self.count += 1
        mention_id = f"m{self.count}"
        self.db["mentions"].insert(
            {
                "id": mention_id,
                "sha256": sha256,
                "page_no": page_no,
                "start": start,
                "end": start + len(phrase),
                "snippet": text,
                "rule_id": rule_id or f"{kind}.test",
                "kind": kind,
                "fields": json.dumps(fields),
                "first_seen": "2026-01-01T00:00:00+00:00",
            }
        )
        return mention_id

    def review_mention(self, sha256, page_no, phrase, review_id, status, **fields):
        """A case-review mention linked to its review record, as the store links it."""
        mention_id = self.mention(
            sha256, page_no, phrase, status=status, type="SCR", **fields
        )
        seen = "2026-01-01T00:00:00+00:00"
        review = {
            "id": review_id,
            "type": "SCR",
            "status": status,
            "first_seen": seen,
            "last_seen": seen,
        }
        self.db["reviews"].insert(review, ignore=True)
        self.db["review_mentions"].insert(
            {
                "review_id": review_id,
                "mention_id": mention_id,
                "status": status,
                "first_seen": seen,
            }
        )
        return mention_id

    def judgement(
        self, sha256, page_no, phrase, la_code, area, grade, date=None, source="mention"
    ):
        """An Ofsted judgement stated in a mention, filed as the store files one."""
        mention_id = self.mention(
            sha256,
            page_no,
            phrase,
            kind="ofsted_judgement",
            rule_id="ofsted.prose",
            grade=grade,
        )
        self.state(
            f"j{mention_id}", source, la_code, area, grade, date, mention_id, sha256
        )
        return mention_id

    def state(
        self,
        key,
        source,
        la_code,
        area,
        grade,
        date,
        mention_id=None,
        sha256=None,
        url=None,
    ):
        """A source's statement of a judgement (official data when no mention)."""
        statement = Statement(
            id=key,
            source=source,
            la_code=la_code,
            local_authority=None,
            judgement_area=area,
            grade=grade,
            visit_type="inspection",
            date=date,
            mention_id=mention_id,
            sha256=sha256,
            url=url,
        )
        with self.db.atomic():
            file_judgement(self.db, statement, "2026-01-01T00:00:00+00:00")

    def vanish(self, sha256, when, reason="HTTP 404"):
        self.db.execute(
            "update document_urls set gone_at = ?, gone_reason = ? where sha256 = ?",
            [when, reason, sha256],
        )


@pytest.fixture
def archive(tmp_path):
    built = Archive(tmp_path / "casewatch.db")
    built.source(
        "kingston-hospital",
        "nhs_trust",
        KINGSTON,
        "Kingston Hospital NHS Foundation Trust",
    )
    built.source(
        "southwark-board",
        "partnership",
        SOUTHWARK,
        "Southwark Safeguarding Children Board",
    )
    built.source(
        "krscp",
        "partnership",
        "",
        "Kingston and Richmond Safeguarding Children Partnership",
    )
    built.source("surrey-comet", "news")
    yield built
    built.db.close()


def items_between(archive, since, until=None, queries=()):
    until = until or current_watermark(archive.db)
    return {
        item.key: item
        for item in new_items(archive.db, since, until, frozenset(queries))
    }


def test_only_rows_added_after_the_watermark_are_new(archive):
    old = archive.document(
        "kingston-hospital", "May pack", ["A serious case review began."]
    )
    archive.review_mention(old, 1, "serious case review", "r-old", "unknown")
    mark = current_watermark(archive.db)
    new = archive.document(
        "kingston-hospital", "July pack", ["Another serious case review."]
    )
    fresh = archive.review_mention(new, 1, "serious case review", "r-new", "unknown")

    assert list(items_between(archive, mark)) == [f"mention:{fresh}"]
    assert items_between(archive, current_watermark(archive.db)) == {}


def test_a_review_mention_says_what_where_and_why(archive):
    pack = archive.document(
        "kingston-hospital",
        "Trust Board Part 1 - July 2015",
        ["Agenda", "The serious case review\nhas not been published."],
        url="https://kingstonhospital.example/board/july.pdf",
        published="2015-07-02",
    )
    mention = archive.review_mention(pack, 2, "serious case review", "r1", "withheld")

    item = items_between(archive, Watermark())[f"mention:{mention}"]
    assert item.headline == "Serious case review: withheld, not to be published"
    assert item.events == {"review_mention", "review_status"}
    assert item.why == (
        "it says a serious case review was withheld and will not be published"
    )
    assert (
        f"The {OPEN}serious case review{CLOSE} has not been published." == item.excerpt
    )
    assert (item.title, item.page_no, item.published) == (
        "Trust Board Part 1 - July 2015",
        2,
        "2 July 2015 (publication date)",
    )
    assert item.source_url == "https://kingstonhospital.example/board/july.pdf"
    assert item.councils == {KINGSTON}
    assert item.source_kinds == {"nhs_trust"}


def test_a_review_belongs_to_the_councils_its_mention_or_partnership_names(archive):
    article = archive.document(
        "surrey-comet", "News", ["The SCR was withheld.", "An SCR."]
    )
    named = archive.review_mention(
        article, 1, "SCR", "r1", "withheld", la_code=SOUTHWARK
    )
    board = archive.review_mention(
        article, 2, "SCR", "r2", "unknown", board="Kingston and Richmond LSCB"
    )
    partnership = archive.document("krscp", "Reviews", ["A serious case review."])
    listed = archive.review_mention(
        partnership, 1, "serious case review", "r3", "unknown"
    )

    items = items_between(archive, Watermark())
    assert items[f"mention:{named}"].councils == {SOUTHWARK}
    assert items[f"mention:{board}"].councils == {KINGSTON, RICHMOND}
    assert items[f"mention:{listed}"].councils == {KINGSTON, RICHMOND}


def test_a_status_other_documents_did_not_give_is_a_status_change(archive):
    may = archive.document(
        "kingston-hospital", "May", ["The SCR will be published soon."]
    )
    archive.review_mention(may, 1, "SCR", "r1", "in_progress")
    mark = current_watermark(archive.db)
    july = archive.document(
        "kingston-hospital", "July", ["The SCR was withheld.", "The SCR again."]
    )
    withheld = archive.review_mention(july, 1, "SCR", "r1", "withheld")
    again = archive.review_mention(july, 2, "SCR", "r1", "unpublished")
    september = archive.document(
        "kingston-hospital", "September", ["The SCR is unpublished."]
    )
    same = archive.review_mention(september, 1, "SCR", "r2", "unpublished")

    items = items_between(archive, mark)
    # July's two sentences are one review, told by the one that says the most.
    assert set(items) == {f"mention:{withheld}", f"mention:{same}"}
    assert items[f"mention:{withheld}"].headline.endswith(
        "(was under way or awaiting publication)"
    )
    assert "review_status" in items[f"mention:{withheld}"].events
    assert items[f"mention:{withheld}"].excerpt == f"The {OPEN}SCR{CLOSE} was withheld."
    assert again not in items
    # A new review's first status is news of its status.
    assert "review_status" in items[f"mention:{same}"].events


def test_a_review_repeating_its_known_status_is_no_status_change(archive):
    may = archive.document("kingston-hospital", "May", ["The SCR was withheld."])
    archive.review_mention(may, 1, "SCR", "r1", "withheld")
    mark = current_watermark(archive.db)
    july = archive.document("surrey-comet", "July", ["The SCR will never be seen."])
    again = archive.review_mention(july, 1, "SCR", "r1", "withheld")

    item = items_between(archive, mark)[f"mention:{again}"]
    assert item.events == {"review_mention"}
    assert item.sources == ("May, page 1", "July, page 1")


def test_a_review_named_in_three_documents_is_one_item_with_its_sources(archive):
    pack = archive.document("kingston-hospital", "Board pack", ["The SCR: withheld."])
    first = archive.review_mention(pack, 1, "SCR", "r1", "withheld")
    for title in ("Surrey Comet", "Richmond Times"):
        copy = archive.document("surrey-comet", title, ["x", "The SCR was withheld."])
        archive.review_mention(copy, 2, "SCR", "r1", "withheld")

    (item,) = items_between(archive, Watermark()).values()
    assert item.key == f"mention:{first}"
    assert item.sources == (
        "Board pack, page 1",
        "Surrey Comet, page 2",
        "Richmond Times, page 2",
    )
    assert item.source_kinds == {"nhs_trust", "news"}


def test_reviews_in_general_are_no_item(archive):
    """ "SCRs must be published": the archive keeps the mention, found by search,
    but a digest tells only of reviews."""
    article = archive.document("surrey-comet", "News", ["SCRs must be published."])
    archive.mention(article, 1, "SCRs", status="published", type="SCR")
    named = archive.review_mention(article, 1, "SCRs", "r1", "published")

    assert list(items_between(archive, Watermark())) == [f"mention:{named}"]


def test_an_ofsted_grade_unlike_the_councils_last_in_that_area_is_a_change(archive):
    report = archive.document(
        "surrey-comet", "2010 report", ["Kingston was rated good."]
    )
    archive.judgement(
        report, 1, "good", KINGSTON, "overall effectiveness", "good", "2010-05"
    )
    mark = current_watermark(archive.db)
    news = archive.document(
        "surrey-comet", "2012 news", ["Kingston is now inadequate. Adoption: good."]
    )
    worse = archive.judgement(
        news,
        1,
        "inadequate",
        KINGSTON,
        "overall effectiveness",
        "inadequate",
        "2012-07",
    )
    adoption = archive.judgement(
        news, 1, "good", KINGSTON, "adoption", "good", "2012-07"
    )

    items = items_between(archive, mark)
    changed, ordinary = items[f"mention:{worse}"], items[f"mention:{adoption}"]
    assert (
        changed.headline
        == "Ofsted, July 2012: inadequate (overall effectiveness) (was good)"
    )
    assert changed.why == (
        "it says Ofsted judged Kingston upon Thames's children's services"
        " inadequate overall in July 2012"
    )
    assert changed.events == {"ofsted_judgement"}
    assert changed.councils == {KINGSTON}
    assert OPEN + "inadequate" + CLOSE in changed.excerpt
    assert changed.importance > ordinary.importance


def test_an_undated_mention_is_never_the_previous_grade(archive):
    # The demo's case: a 2012 story says "inadequate" without a date, and was
    # stored first; the inspection before 2024's (2019's) was outstanding.
    story = archive.document(
        "surrey-comet", "2012 story", ["Kingston scored inadequate."]
    )
    archive.judgement(story, 1, "inadequate", KINGSTON, OVERALL, "inadequate")
    archive.state("o2019", "official", KINGSTON, OVERALL, "outstanding", "2019-10")
    mark = current_watermark(archive.db)
    report = archive.document(
        "ofsted", "2024 report", ["Overall effectiveness: outstanding."]
    )
    table = archive.judgement(
        report, 1, "outstanding", KINGSTON, OVERALL, "outstanding", "2024-12", "report"
    )
    archive.state("o2024", "official", KINGSTON, OVERALL, "outstanding", "2024-12")

    (item,) = items_between(archive, mark).values()
    assert item.headline == "Ofsted, December 2024: outstanding (overall effectiveness)"
    assert item.key == f"mention:{table}"
    assert item.sources == ("Ofsted's published outcomes", "2024 report, page 1")


def test_the_previous_grade_is_official_or_a_reports_before_a_mentions(archive):
    archive.state("o2019", "official", KINGSTON, OVERALL, "good", "2019-10")
    story = archive.document("surrey-comet", "2021 story", ["Rated inadequate."])
    archive.judgement(
        story, 1, "inadequate", KINGSTON, OVERALL, "inadequate", "2021-03"
    )
    mark = current_watermark(archive.db)
    archive.state(
        "o2024",
        "official",
        KINGSTON,
        OVERALL,
        "requires_improvement",
        "2024-12",
        url=OFSTED_PAGE,
    )

    (item,) = items_between(archive, mark).values()
    assert item.headline == (
        "Ofsted, December 2024: requires improvement (overall effectiveness) (was good)"
    )
    assert item.why == (
        "Ofsted's published outcomes say Ofsted judged Kingston upon Thames's"
        " children's services as requiring improvement to be good overall in"
        " December 2024"
    )
    assert item.title == "Ofsted's published inspection outcomes"
    # The outcome's own page at Ofsted is its source.
    assert item.source_url == OFSTED_PAGE
    assert item.source_kinds == {"ofsted"}


def test_a_known_judgement_is_shown_again_only_when_a_source_disputes_it(archive):
    archive.state("o2019", "official", RICHMOND, OVERALL, "good", "2019-03")
    mark = current_watermark(archive.db)
    agreeing = archive.document("surrey-comet", "April", ["Richmond is good."])
    archive.judgement(agreeing, 1, "good", RICHMOND, OVERALL, "good", "2019-04")
    assert items_between(archive, mark) == {}

    disputing = archive.document("surrey-comet", "May", ["Richmond is inadequate."])
    said = archive.judgement(
        disputing, 1, "inadequate", RICHMOND, OVERALL, "inadequate", "2019-05"
    )
    (item,) = items_between(archive, mark).values()
    assert item.key == f"mention:{said}"
    assert item.headline == (
        "Ofsted, March 2019: good (overall effectiveness); another source says"
        " inadequate"
    )
    # Why: what the new, disputing source says.
    assert item.why == (
        "it says Ofsted judged Richmond upon Thames's children's services"
        " inadequate overall in March 2019"
    )
    assert item.sources == (
        "Ofsted's published outcomes",
        "April, page 1",
        "May, page 1",
    )


def test_a_vanished_document_is_new_from_the_second_its_url_went(archive):
    pack = archive.document(
        "kingston-hospital", "July pack", ["A serious case review."]
    )
    archive.vanish(pack, "2026-02-01T00:00:00+00:00")
    until = Watermark(vanished="2026-03-01T00:00:00+00:00")

    gone = items_between(
        archive, Watermark(vanished="2026-02-01T00:00:00+00:00"), until
    )
    (item,) = gone.values()
    assert item.events == {"vanished_document"}
    assert item.headline == "Taken down on 1 February 2026; our copy is kept"
    assert item.why == 'its address now answers "not found" (HTTP 404)'
    assert item.councils == {KINGSTON}
    later = Watermark(vanished="2026-02-01T00:00:01+00:00")
    assert items_between(archive, later, until) == {}


@pytest.fixture(params=["index", "fts5"])
def searched_by(request):
    """How text matches are found: by the search index (brought up to date before
    the digest is read), or by FTS5 for pages the index has not read."""
    return request.param


def test_a_query_finds_new_pages_only_with_the_words_marked(archive, searched_by):
    old = archive.document("surrey-comet", "2014", ["Tania Clarence was named."])
    mark = current_watermark(archive.db)
    new = archive.document(
        "surrey-comet", "2015", ["Nothing here.", "The Tania Clarence review."]
    )
    if searched_by == "index":
        catch_up(archive.path)

    items = items_between(archive, mark, queries=['"Tania Clarence"', "nothing"])
    assert set(items) == {f"page:{new}:2", f"page:{new}:1"}
    found = items[f"page:{new}:2"]
    assert found.events == {"text_match"}
    assert found.queries == {'"Tania Clarence"'}
    assert (
        found.excerpt
        == {
            "fts5": f"The {OPEN}Tania Clarence{CLOSE} review.",
            "index": f"The {OPEN}Tania{CLOSE} {OPEN}Clarence{CLOSE} review.",
        }[searched_by]
    )
    assert found.why == "it matches the search “Tania Clarence”"
    assert f"page:{old}:1" not in items


def test_each_new_mention_knows_which_queries_its_page_matches(archive, searched_by):
    pack = archive.document(
        "kingston-hospital", "July", ["A serious case review of Child R."]
    )
    mention = archive.review_mention(pack, 1, "serious case review", "r1", "unknown")
    if searched_by == "index":
        catch_up(archive.path)

    item = items_between(archive, Watermark(), queries=['"Child R"', "Clarence"])[
        f"mention:{mention}"
    ]
    assert item.queries == {'"Child R"'}
