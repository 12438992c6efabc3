"""Every canned query, run by a real Datasette over an archive of known rows.

The archive is built here with `open_db` and plain inserts, so each query's expected
rows can be written out in full: a lead and a review found in the register, a
contradicted Ofsted grade, a vanished URL, and a source in each state of health.
"""

from __future__ import annotations

import json
import shutil
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlite_utils import Database

from casewatch import councils, jobs
from casewatch.clock import TODAY
from casewatch.datasette import DATABASE, functions
from casewatch.dates import Sighting, document_date
from casewatch.health import archive_health
from casewatch.judgements import Statement, file_judgement
from casewatch.places import councils_concerned
from casewatch.search_index.catch_up import catch_up
from db import open_db
from tests.servers import running_datasette

PACK, ARTICLE, REPORT, INSPECTION = "a" * 64, "b" * 64, "c" * 64, "d" * 64
NOW = datetime.now(UTC).replace(microsecond=0)
TESTED = {
    "new_mentions",
    "latest_mentions",
    "search",
    "reviews_by_council",
    "leads",
    "ofsted_timeline",
    "vanished_documents",
    "source_health",
    "new_mentions_feed",
    "coverage",
}


def ago(**delta: float) -> str:
    return (NOW - timedelta(**delta)).isoformat()


def rows(names: str, values: list[tuple]) -> list[dict]:
    """Table rows written as tuples under a line of column names."""
    return [dict(zip(names.split(), value, strict=True)) for value in values]


SOURCES = rows("slug name kind council last_success", [
    ("kingston-hospital", "Kingston Hospital", "nhs_trust", "E09000021", ago(hours=1)),
    ("richmond-council", "Richmond Council", "council", "E09000027", ago(days=9)),
    ("surrey-comet", "Surrey Comet", "news", "", ago(hours=1)),
    ("southwark-lscb", "Southwark LSCB", "partnership", "E09000028", None),
    ("ofsted-reports", "Ofsted", "ofsted", "", ago(days=9)),
])  # fmt: skip
DOCUMENTS = rows("sha256 title kind format first_seen", [
    (PACK, "Trust Board July 2015", "board_pack", "pdf", ago(days=1)),
    (ARTICLE, "Council rated inadequate", "article", "html", ago(days=2)),
    (REPORT, "Adults board annual report", "report", "pdf", ago(days=30)),
    (INSPECTION, "Inspection report", "report", "pdf", ago(days=1200)),
])  # fmt: skip
# Seen again by the last crawl unless gone; the Ofsted site has had nothing new for
# 1,200 days, the Southwark partnership lists nothing. The store writes a date a
# platform does not give as "".
DOCUMENT_URLS = rows("url sha256 source first_seen meeting_date published gone_at", [
    ("https://kingston.example/pack.pdf", PACK, "kingston-hospital", ago(days=1),
     "2015-07-14", None, None),
    ("https://comet.example/news/1", ARTICLE, "surrey-comet", ago(days=2),
     "", "2019-04-02", None),
    ("https://richmond.example/old/report.pdf", REPORT, "richmond-council",
     ago(days=40), "", "", ago(days=5)),
    ("https://richmond.example/new/report.pdf", REPORT, "richmond-council",
     ago(days=30), None, "2020-01-10", None),
    ("https://ofsted.example/inspection.pdf", INSPECTION, "ofsted-reports",
     ago(days=1200), None, None, None),
])  # fmt: skip
PAGES = rows("sha256 page_no text", [
    (PACK, 1, "Minutes of the Trust Board. Apologies were received."),
    (PACK, 2, "Safeguarding. The serious case review into Child A has not been "
     "published. Actions follow."),
    (ARTICLE, 1, "Ofsted rated Richmond children's services inadequate in March "
     "2019. A local child safeguarding practice review was commissioned in Southwark."),
    (REPORT, 1, "The safeguarding adults review of Adult B was published. "
     "A domestic homicide review was commissioned in 2018."),
])  # fmt: skip
# The words each matched; start, end and sentence are worked out from the page.
MENTIONS = rows("id sha256 page_no words rule_id kind fields first_seen", [
    ("m1", PACK, 2, "serious case review", "case_review.scr", "case_review",
     {"type": "SCR", "subject": "Child A"}, ago(days=1)),
    ("m2", ARTICLE, 1, "inadequate", "ofsted.prose", "ofsted_judgement",
     {"grade": "inadequate", "judgement_area": "overall effectiveness"}, ago(days=2)),
    ("m4", ARTICLE, 1, "child safeguarding practice review", "case_review.cspr",
     "case_review", {"type": "LCSPR"}, ago(days=2, hours=1)),
    ("m3", REPORT, 1, "safeguarding adults review", "case_review.sar",
     "case_review", {"type": "SAR", "subject": "Adult B"}, ago(days=30)),
    ("m5", REPORT, 1, "domestic homicide review", "case_review.dhr", "case_review",
     {"type": "DHR"}, ago(days=30)),
])  # fmt: skip
KR_BOARD = "Kingston and Richmond LSCB"
WITHHELD = "The serious case review into Child A has not been published."
REVIEWS = rows("id type subject la_code board year status status_sentence mention", [
    ("r1", "SCR", "Child A", "E09000021", None, 2015, "withheld", WITHHELD, "m1"),
    ("r2", "SAR", "Adult B", "E09000027", None, 2019, "published", None, "m3"),
    ("r3", "LCSPR", None, "E09000028", None, 2021, "in_progress", None, "m4"),
    ("r4", "DHR", None, "E09000021", None, 2018, "unknown", None, "m5"),
    # a two-council partnership's review, named by its board alone
    ("r5", "SCR", "Child D", None, KR_BOARD, 2016, "unknown", None, "m1"),
])  # fmt: skip
# r2 and r5 are in the register as they are; r3 as a CSPR the year before. r1 and r4
# are not.
PUBLISHED = rows("id title subject type la_code board year", [
    ("p1", "SAR Adult B", "Adult B", "SAR", "E09000027", None, 2019),
    ("p2", "Child C", "Child C", "CSPR", "E09000028", None, 2020),
    ("p3", "Child Z", "Child Z", "SCR", "E09000021", None, 2015),
    ("p4", "Child D", "Child D", "SCR", None, KR_BOARD, 2016),
])  # fmt: skip
JUDGEMENTS = rows("id la_code judgement_area grade date source mention_id sha256", [
    ("o1", "E09000027", "overall effectiveness", "good", "2019-03", "official",
     None, None),
    ("o2", "E09000027", "overall effectiveness", "inadequate", "2019-03", "mention",
     "m2", ARTICLE),
    ("o3", "E09000027", "help and protection", "requires_improvement", "2019-03",
     "report", None, None),
    ("o4", "E09000021", "overall effectiveness", "good", "2022-05", "official",
     None, None),
])  # fmt: skip
FAILURES = rows("source url error reason http_status", [
    ("richmond-council", "https://richmond.example/", "HttpError",
     "HTTP 403 from the server", 403),
    ("surrey-comet", "https://comet.example/news/2", "HttpError",
     "HTTP 500 from the server", 500),
    ("surrey-comet", "https://comet.example/news/3", "DNSLookupError",
     "DNS lookup failed", None),
])  # fmt: skip


def build_archive(path) -> None:
    """The rows the expected results below are written against."""
    db = open_db(path)
    seen = {"first_seen": ago(days=1), "last_seen": ago(days=1)}
    with db.atomic():
        db["crawl_runs"].insert_all(
            {"id": run, "spider": "listing", "started": started, "status": "finished"}
            | {"sources": json.dumps([source["slug"] for source in SOURCES])}
            for run, started in [(1, ago(days=10)), (2, ago(hours=2))]
        )
        db["sources"].insert_all(
            {**row, "platform": "listing", "last_run_id": 2} for row in SOURCES
        )
        db["documents"].insert_all(
            {**row, "size": 100, "extraction": "ok", "last_seen": row["first_seen"]}
            | dated(row)
            for row in DOCUMENTS
        )
        db["document_councils"].insert_all(
            (
                {"sha256": url["sha256"], "la_code": code, "via": via}
                for url in DOCUMENT_URLS
                for code, via in councils.of_source(
                    *next(
                        (s["council"], None, s["name"])
                        for s in SOURCES
                        if s["slug"] == url["source"]
                    )
                )
            ),
            pk=("sha256", "la_code"),
            ignore=True,
        )
        db["document_urls"].insert_all(
            {**row, "last_seen": row["gone_at"] or ago(hours=1)}
            for row in DOCUMENT_URLS
        )
        db["pages"].insert_all({**row, "needs_ocr": 0} for row in PAGES)
        db["mentions"].insert_all(mention_row(row) for row in MENTIONS)
        db["reviews"].insert_all({**without(row, "mention"), **seen} for row in REVIEWS)
        db["review_councils"].insert_all(
            {"review_id": row["id"], "la_code": code, "via": via}
            for row in REVIEWS
            for code, via in councils_concerned(row["la_code"], row["board"])
        )
        db["review_mentions"].insert_all(
            {
                "review_id": row["id"],
                "mention_id": row["mention"],
                "status": row["status"],
                "first_seen": ago(days=1),
            }
            for row in REVIEWS
        )
        db["published_reviews"].insert_all(
            {**row, "source": "register", "first_seen": ago(days=1)}
            for row in PUBLISHED
        )
        for row in JUDGEMENTS:
            file_judgement(db, statement(row), ago(days=1))
        db["failures"].insert_all(
            {**row, "stage": "fetch", "attempts": 1, "last_run_id": 2, **seen}
            for row in FAILURES
        )
    db.close()


def statement(row: dict) -> Statement:
    """A judgement row as the source that states it."""
    return Statement(**row, local_authority=None, visit_type="inspection", url=None)


def dated(document: dict) -> dict:
    """A document's date as the store works it out from its listings."""
    kinds = {source["slug"]: source["kind"] for source in SOURCES}
    found = document_date(
        [
            Sighting(url["meeting_date"], url["published"], kinds[url["source"]])
            for url in DOCUMENT_URLS
            if url["sha256"] == document["sha256"]
        ],
        None,
        None,
        document["first_seen"],
    )
    return {"dated": found and found.date, "dated_from": found and found.source}


def without(row: dict, key: str) -> dict:
    return {name: value for name, value in row.items() if name != key}


def mention_row(row: dict) -> dict:
    """A mention as the store writes it: span and sentence found in its page."""
    page = next(
        page["text"]
        for page in PAGES
        if (page["sha256"], page["page_no"]) == (row["sha256"], row["page_no"])
    )
    start = page.lower().index(row["words"])
    sentence_start = page.rfind(". ", 0, start) + 2 if ". " in page[:start] else 0
    return {
        **without(row, "words"),
        "start": start,
        "end": start + len(row["words"]),
        "snippet": page[sentence_start : page.index(".", start) + 1],
        "detector": row["kind"],
        "fields": json.dumps(row["fields"]),
    }


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """The archive of known rows."""
    db_path = tmp_path_factory.mktemp("queries") / "archive.db"
    build_archive(db_path)
    return db_path


# The day the server takes as today (casewatch.clock), so months are counted alike.
FIXED_TODAY = "2026-12-04"


@pytest.fixture(scope="module")
def datasette(archive):
    """Datasette, as `casewatch serve` starts it, on the archive of known rows."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(TODAY, FIXED_TODAY)
        with running_datasette(archive, archive.parent) as url:
            yield f"{url}/{DATABASE}"


@pytest.fixture(scope="module", params=["index", "fts5"])
def searching(request, archive, tmp_path_factory):
    """Datasette on the archive of known rows, searching with the search index
    beside it, or with FTS5 where it has none yet."""
    if request.param == "fts5":
        yield request.getfixturevalue("datasette")
        return
    indexed = tmp_path_factory.mktemp("indexed") / "archive.db"
    shutil.copy(archive, indexed)
    catch_up(indexed)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(TODAY, FIXED_TODAY)
        with running_datasette(indexed, indexed.parent) as url:
            yield f"{url}/{DATABASE}"


def run(datasette: str, query: str, **params: str) -> list[dict]:
    """A canned query's rows through Datasette's JSON API; errors fail the test."""
    arguments = urllib.parse.urlencode({**params, "_shape": "objects"})
    with urllib.request.urlopen(f"{datasette}/{query}.json?{arguments}") as response:
        data = json.load(response)
    assert data["ok"], data.get("error")
    return data["rows"]


def columns(rows: list[dict], *names: str) -> list[tuple]:
    return [tuple(row[name] for name in names) for row in rows]


def test_every_canned_query_has_a_test_here():
    queries = jobs.datasette_metadata()["databases"][DATABASE]
    assert set(queries["queries"]) == TESTED


def test_new_mentions_are_this_weeks_newest_first_with_their_councils(datasette):
    rows = run(datasette, "new_mentions")
    assert columns(rows, "document", "page_no", "council", "review_type") == [
        ("Trust Board July 2015", 2, "Kingston upon Thames", "SCR"),
        ("Council rated inadequate", 1, "Richmond upon Thames", None),
        ("Council rated inadequate", 1, "Southwark", "LCSPR"),
    ]
    assert rows[0]["snippet"] == (
        "The <mark>serious case review</mark> into Child A has not been published."
    )
    assert rows[0]["source_url"] == "https://kingston.example/pack.pdf"


def test_latest_mentions_are_a_councils_newest_documents_first(datasette):
    rows = run(datasette, "latest_mentions", council="Kingston")
    # the report (2020) before the pack (2015): by the document's date, not found
    # (the report is Richmond's document naming a Kingston review)
    assert columns(rows, "mention_id", "document_date", "council") == [
        ("m5", "2020-01-10", "Kingston upon Thames; Richmond upon Thames"),
        ("m1", "2015-07-14", "Kingston upon Thames"),
    ]
    assert len(run(datasette, "latest_mentions", council="")) == len(MENTIONS)
    assert run(datasette, "latest_mentions", council="Atlantis") == []


def test_search_ranks_pages_and_marks_the_words(searching):
    rows = run(searching, "search", q="review")
    assert {(row["document"], row["page_no"]) for row in rows} == {
        ("Trust Board July 2015", 2),
        ("Council rated inadequate", 1),
        ("Adults board annual report", 1),
    }
    assert all("<mark>review</mark>" in row["snippet"] for row in rows)
    assert [row["rank"] for row in rows] == [1, 2, 3]


@pytest.mark.parametrize(
    ("filters", "documents"),
    [
        ({"q": '"serious case review"'}, {"Trust Board July 2015"}),
        ({"q": "serious case review's"}, set()),
        ({"q": "review", "council": "Kingston"}, {"Trust Board July 2015"}),
        ({"q": "review", "council": "E09000027"}, {"Adults board annual report"}),
        ({"q": "review", "source_kind": "news"}, {"Council rated inadequate"}),
        (
            {"q": "review", "since": "2019"},
            {"Council rated inadequate", "Adults board annual report"},
        ),
        ({"q": "review", "until": "2019-04"}, {"Trust Board July 2015",
                                               "Council rated inadequate"}),
        ({"q": "review", "until": "2019-03"}, {"Trust Board July 2015"}),
        ({"q": ""}, set()),
        ({"q": '"safeguarding adults reviews"'}, {"Adults board annual report"}),
        ({"q": "review", "council": "Atlantis"}, set()),
    ],
)  # fmt: skip
def test_search_filters_by_council_source_kind_and_date(searching, filters, documents):
    filters = {"council": "", "source_kind": "", "since": "", "until": "", **filters}
    assert {row["document"] for row in run(searching, "search", **filters)} == documents


def test_search_answers_a_since_that_is_not_a_date_with_an_error(searching):
    """Not a filter that matches nothing: the reader is told, with the search index
    or without (tests/test_datasette.py has the answer's words)."""
    arguments = urllib.parse.urlencode({"q": "review", "since": "spring"})
    with pytest.raises(urllib.error.HTTPError) as answer:
        urllib.request.urlopen(f"{searching}/search.json?{arguments}")
    assert answer.value.code == 400


def test_reviews_by_council_list_each_review_once_with_its_mentions(datasette):
    rows = run(datasette, "reviews_by_council", council="Kingston")
    # listed under the council asked for, the partnership's review too
    assert columns(rows, "council", "type", "status", "document", "page_no") == [
        ("Kingston upon Thames", "DHR", "unknown", "Adults board annual report", 1),
        ("Kingston upon Thames", "SCR", "withheld", "Trust Board July 2015", 2),
        ("Kingston upon Thames", "SCR", "unknown", "Trust Board July 2015", 2),
    ]
    assert columns(rows[:1], "document_date", "dated_from") == [
        ("2020-01-10", "published")
    ]
    assert columns(rows, "mentions", "documents", "mentioned_in")[1] == (
        1,
        1,
        "Trust Board July 2015 p. 2",
    )
    assert rows[1]["status_sentence"] == WITHHELD
    richmond = run(datasette, "reviews_by_council", council="Richmond upon Thames")
    assert columns(richmond, "review_id") == [("r2",), ("r5",)]
    assert len(run(datasette, "reviews_by_council", council="")) == len(REVIEWS)


def months_since(day: str) -> int:
    """Calendar months from the day's month to FIXED_TODAY's."""
    today = date.fromisoformat(FIXED_TODAY)
    return (today.year - int(day[:4])) * 12 + today.month - int(day[5:7])


def test_leads_are_reviews_missing_from_the_register_withheld_first(datasette):
    rows = run(datasette, "leads")
    assert columns(
        rows, "review_id", "type", "council", "subject", "first_mentioned",
        "months_since", "dated_from", "status_sentence", "document", "page_no",
    ) == [
        ("r1", "SCR", "Kingston upon Thames", "Child A", "2015-07-14",
         months_since("2015-07-14"), "meeting", WITHHELD, "Trust Board July 2015", 2),
        ("r4", "DHR", "Kingston upon Thames", None, "2020-01-10",
         months_since("2020-01-10"), "published", None,
         "Adults board annual report", 1),
    ]  # fmt: skip
    assert months_since("2015-07-14") == 137


def test_leads_of_one_council_include_its_partnerships(datasette):
    kingston = run(datasette, "leads", council="Kingston")
    assert columns(kingston, "review_id") == [("r1",), ("r4",)]
    assert run(datasette, "leads", council="Southwark") == []


def test_leads_look_reviews_up_in_the_registers_by_index(tmp_path):
    """A scan of the registers per review cost 8 s at ten million pages."""
    db = open_db(tmp_path / "casewatch.db")
    functions.register(db.conn)
    sql = jobs.datasette_metadata()["databases"][DATABASE]["queries"]["leads"]["sql"]
    plan = [row[3] for row in db.execute(f"explain query plan {sql}", {"council": ""})]
    lookups = [step for step in plan if "published_reviews" in step]
    assert len(lookups) == 3
    by_index = "SEARCH published_reviews USING INDEX"
    assert all(step.startswith(by_index) for step in lookups), plan


def test_ofsted_timeline_shows_each_judgement_once_with_its_sources(datasette):
    rows = run(datasette, "ofsted_timeline", council="Richmond upon Thames")
    assert columns(
        rows, "judgement_area", "grade", "source", "sources", "contradicted_by"
    ) == [
        ("help and protection", "requires_improvement", "report", "report", None),
        ("overall effectiveness", "good", "official",
         "Ofsted's data; Council rated inadequate p. 1: inadequate",
         "inadequate (mention)"),
    ]  # fmt: skip
    assert {row["date"] for row in rows} == {"2019-03"}
    assert rows[1]["document"] == "Council rated inadequate"
    assert rows[1]["judgement_id"] == "o1"
    assert columns(rows, "in_official", "in_report") == [(0, 1), (1, 0)]
    assert {
        row["council"] for row in run(datasette, "ofsted_timeline", council="")
    } == {
        "Kingston upon Thames",
        "Richmond upon Thames",
    }


def test_vanished_documents_point_at_the_kept_copy_and_the_new_address(datasette):
    rows = run(datasette, "vanished_documents")
    assert columns(rows, "url", "still_at", "sha256") == [
        (
            "https://richmond.example/old/report.pdf",
            "https://richmond.example/new/report.pdf",
            REPORT,
        )
    ]


def test_source_health_tells_blocked_from_broken_from_quiet(datasette):
    # (the days of silence are counted to the day the query runs, which may be the
    # day after the one the rows were written on: a run across midnight)
    before = datetime.now(UTC).date()
    rows = run(datasette, "source_health")
    after = datetime.now(UTC).date()
    since = ago(days=1200)[:10]
    quiet = {
        f"nothing new for {(day - date.fromisoformat(since)).days} days (since"
        f" {since}); it usually publishes within 1185"
        for day in (before, after)
    }
    listed = columns(rows, "slug", "health", "failing_urls", "reason")
    assert listed[3][:3] == ("ofsted-reports", "quiet", 0)
    assert listed[3][3] in quiet
    assert listed[:3] + listed[4:] == [
        ("richmond-council", "blocked", 1,
         "HTTP 403 from the server (https://richmond.example/)"),
        ("southwark-lscb", "broken", 0,
         "no crawl has listed a document: check its patterns"),
        ("surrey-comet", "broken", 2,
         "HTTP 500 from the server (https://comet.example/news/2) and 1 more"),
        ("kingston-hospital", "ok", 0,
         f"1 documents listed, newest from {ago(days=1)[:10]}"),
    ]  # fmt: skip


def test_source_health_of_one_council_has_its_sources_only(datasette):
    rows = run(datasette, "source_health", council="Richmond upon Thames")
    assert columns(rows, "slug", "health") == [("richmond-council", "blocked")]
    assert run(datasette, "source_health", council="Atlantis") == []


def test_source_health_agrees_with_casewatch_health(datasette, archive):
    by_query = {
        row["slug"]: (row["health"], row["reason"])
        for row in run(datasette, "source_health")
    }
    today = datetime.now(UTC).date()
    by_module = {
        state.slug: (state.state, state.reason)
        for state in archive_health(Database(archive), today)
    }
    assert by_query == by_module


def test_feed_query_has_one_entry_per_review_or_judgement(datasette):
    rows = run(datasette, "new_mentions_feed", council="Southwark")
    assert columns(rows, "atom_id", "atom_title") == [
        ("urn:casewatch:review:r3", "LCSPR, Southwark: in progress"),
    ]
    assert rows[0]["atom_link"].endswith("/casewatch/reviews/r3")
    assert "<b>child safeguarding practice review</b>" in rows[0]["atom_content_html"]
    everything = run(datasette, "new_mentions_feed", council="")
    assert {row["atom_id"] for row in everything} == {
        *(f"urn:casewatch:review:{review['id']}" for review in REVIEWS),
        "urn:casewatch:judgement:o1",  # the one judgement a document states
    }
    richmond = run(datasette, "new_mentions_feed", council="Richmond upon Thames")
    judged = next(row for row in richmond if "judgement" in row["atom_id"])
    assert judged["atom_title"] == (
        "Ofsted 2019-03: good (overall effectiveness), Richmond upon Thames"
    )
    assert (
        "Ofsted rated Richmond children's services <b>inadequate</b>"
        in (judged["atom_content_html"])
    )


def test_coverage_shows_each_councils_sources_with_their_health(archive, tmp_path):
    watch_list = tmp_path / "sources.yml"
    watch_list.write_text(
        json.dumps(
            [
                {
                    "slug": "richmond-council",
                    "name": "Richmond Council",
                    "kind": "council",
                    "platform": "moderngov",
                    "council": "E09000027",
                    "start_urls": ["https://richmond.example"],
                },
                {
                    "slug": "kingston-council",
                    "name": "Kingston Council",
                    "kind": "council",
                    "platform": "moderngov",
                    "council": "E09000021",
                    "start_urls": ["https://kingston.example"],
                },
            ]
        )
    )
    (tmp_path / "news.yml").write_text("[]")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CASEWATCH_SOURCES", str(watch_list))
        patch.setenv("CASEWATCH_NEWS_SOURCES", str(tmp_path / "news.yml"))
        with running_datasette(archive, tmp_path) as url:
            found = run(f"{url}/{DATABASE}", "coverage")
    by_council = {row["council"]: row for row in found}
    assert len(found) == 317  # every English council
    assert by_council["E09000027"]["papers"] == "richmond-council (blocked)"
    assert by_council["E09000021"]["papers"] == "kingston-council (not crawled)"
    assert (
        by_council["E09000021"]["gaps"] == "trusts, children, adults, dhr, news, ofsted"
    )
    assert by_council["E09000027"]["gaps"].startswith("papers, ")
    assert found[-1]["council"] == "E09000021"  # the fewest gaps last
    assert by_council["E10000016"]["papers"] == ""  # Kent: nothing watches it here
