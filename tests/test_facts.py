"""One record per fact (issue 14): each Ofsted judgement once per inspection, each
case review once across documents - on the demo archive served by Datasette, and
through the store with the seed story's three documents."""

from __future__ import annotations

import hashlib
import json
import urllib.parse
import urllib.request
from dataclasses import replace
from pathlib import Path

import pytest

from casewatch.alerts import private, subscriptions
from casewatch.alerts.follows import follow
from casewatch.alerts.send import send_alerts
from casewatch.detectors import find
from casewatch.items import DocumentItem
from casewatch.sample_sites import FILES as SAMPLE_FILES
from casewatch.store import store_item
from casewatch.text import extract
from db import open_db
from tests.servers import running_datasette
from tests.test_alerts_send import Inbox, settings, text

# The seed story: the July 2015 board pack and two newspapers' copies of the
# Surrey Comet story about the same withheld serious case review.
SEED_DOCUMENTS = (
    (
        "kingston-hospital",
        "kingstonhospital/trust-board-part-1-july-2015.pdf",
        "2015-07",
    ),
    ("surrey-comet", "surreycomet/article-13706518.html", "2015-09-10"),
    (
        "richmond-and-twickenham-times",
        "richmondandtwickenhamtimes/article-13706518.html",
        "2015-09-10",
    ),
)
# The board as a story writes it in full ("A Kingston and Richmond LSCB spokesman
# said ..."); the detectors give "LSCB" until a story's board is read in full
# (issue 14, item 4), and the store files what the detectors give.
STORY_BOARD = "Kingston and Richmond LSCB"


def run(datasette: str, query: str, **params: str) -> list[dict]:
    arguments = urllib.parse.urlencode({**params, "_shape": "objects"})
    with urllib.request.urlopen(f"{datasette}/{query}.json?{arguments}") as response:
        data = json.load(response)
    assert data["ok"], data.get("error")
    return data["rows"]


def seed_item(source: str, name: str, published: str) -> DocumentItem:
    """A document as the text and detect pipelines hand it to the store."""
    path = SAMPLE_FILES / name
    extraction = extract(path)
    found = find(extraction.pages)
    return DocumentItem(
        source=source,
        url=f"https://example.org/{name}",
        title=name,
        body=None,
        content_type="application/pdf" if extraction.format == "pdf" else "text/html",
        fetched_at="2026-01-01T00:00:00+00:00",
        published=published,
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        format=extraction.format,
        pages=extraction.pages,
        mentions=found.mentions,
        reviews=[
            replace(review, board=STORY_BOARD) if review.board == "LSCB" else review
            for review in found.reviews
        ],
        judgements=found.judgements,
    )


@pytest.fixture(scope="module")
def seed_archive(tmp_path_factory) -> Path:
    """The seed story's documents, stored as the store pipeline stores them."""
    path = tmp_path_factory.mktemp("seed") / "casewatch.db"
    db = open_db(path)
    for document in SEED_DOCUMENTS:
        store_item(db, 0, seed_item(*document))
    assert not list(db["failures"].rows)
    db.close()
    return path


@pytest.fixture(scope="module")
def seed_datasette(seed_archive):
    with running_datasette(seed_archive, seed_archive.parent) as url:
        yield f"{url}/{seed_archive.stem}"


def test_the_withheld_review_in_a_pack_and_two_newspapers_is_one_lead(
    seed_datasette,
):
    # the story's other reviews (Tania Clarence's, ...) are leads of their own
    (lead,) = [
        row for row in run(seed_datasette, "leads") if row["status"] == "withheld"
    ]
    assert (lead["type"], lead["status"]) == ("SCR", "withheld")
    assert lead["document"].endswith("trust-board-part-1-july-2015.pdf")
    assert lead["first_mentioned"] == "2015-07"
    assert lead["status_sentence"] == (
        "This has not been published due to risks particularly in relation to e-safety."
    )
    for council in ("Kingston", "Richmond upon Thames"):
        rows = run(seed_datasette, "reviews_by_council", council=council)
        (review,) = [row for row in rows if row["review_id"] == lead["review_id"]]
        assert review["documents"] == 3


def test_a_kingston_digest_tells_the_review_once_with_its_three_sources(
    seed_archive, tmp_path
):
    path = tmp_path / "subscriptions.db"
    db = private.open_private(path)
    subscriptions.subscribe(db, "kingston@example.org", follow(councils=["Kingston"]))
    db.close()
    with Inbox() as inbox:
        send_alerts(seed_archive, settings(inbox.port), path)
    (message,) = inbox.to("kingston@example.org")
    body = text(message)
    reviews = [
        line for line in body.splitlines() if line.startswith("* Serious case review:")
    ]
    assert reviews == ["* Serious case review: withheld, not to be published"]
    assert "Stated in 3 sources: kingstonhospital/" in body


def test_kingstons_timeline_on_the_demo_holds_each_judgement_once(datasette_url):
    rows = run(f"{datasette_url}/casewatch", "ofsted_timeline", council="Kingston")
    inspections = [
        (row["date"], row["visit_type"], row["judgement_area"]) for row in rows
    ]
    assert len(inspections) == len(set(inspections))
    by_inspection = {
        (row["date"], row["judgement_area"]): row for row in rows if row["date"]
    }
    for month in ("2024-12", "2019-10"):
        overall = by_inspection[(month, "overall effectiveness")]
        assert (overall["grade"], overall["source"]) == ("outstanding", "official")
        assert overall["sources"] == "Ofsted's data; report p. 1"
        leadership = by_inspection[(month, "leadership")]
        # the report's table (page 1) and its section heading, and Ofsted's data
        assert leadership["sources"].startswith("Ofsted's data; report p. 1; report")
    assert not [row for row in rows if row["contradicted_by"]]


def test_the_2012_storys_undated_grades_stand_alone_on_the_demo(datasette_url):
    rows = run(f"{datasette_url}/casewatch", "ofsted_timeline", council="")
    story = [row for row in rows if (row["document"] or "").startswith("Calls for")]
    assert ("overall effectiveness", "inadequate") in {
        (row["judgement_area"], row["grade"]) for row in story
    }
    assert all(row["date"] is None and not row["contradicted_by"] for row in story)


def test_the_demo_newspapers_copies_of_one_story_are_one_review(datasette_url):
    rows = run(f"{datasette_url}/casewatch", "reviews_by_council", council="")
    # the story's withheld review is the board pack's too (one review)
    story = [row for row in rows if (row["type"], row["status"]) == ("SCR", "withheld")]
    (review,) = story
    leads = run(f"{datasette_url}/casewatch", "leads")
    assert [row["review_id"] for row in leads].count(review["review_id"]) == 1
