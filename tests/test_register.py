"""Published case reviews: the register parser on pages imitating the NSPCC's list and
partnerships' reviews pages (tests/sites/register/PROVENANCE.md), and the register
spider crawling them on loopback into `published_reviews`, twice."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from casewatch.demo import LOOPBACK_SETTINGS
from casewatch.jobs import crawl
from casewatch.pages.register import published_reviews
from casewatch.sample_sites import FILES as SAMPLE_FILES
from casewatch.sample_sites import SampleSites, load_routes
from casewatch.sources import parse_sources
from tests.ports import free_port

SITE = Path(__file__).parent / "sites" / "register"
WATCH_LIST = parse_sources(
    [
        {
            "slug": slug,
            "name": name,
            "kind": "partnership",
            "platform": "listing",
            "council": council,
            "start_urls": ["http://127.0.0.1/"],
        }
        for slug, name, council in (
            ("nspcc", "NSPCC national case review repository", ""),
            ("croydon", "Croydon Safeguarding Children Partnership", "E09000008"),
            ("southwark", "Southwark Safeguarding Children Board", "E09000028"),
        )
    ]
)
NSPCC, CROYDON, SOUTHWARK = WATCH_LIST.sources


def page(path: Path, url: str = "http://127.0.0.1/reviews/") -> HtmlResponse:
    return HtmlResponse(url, body=path.read_bytes())


def summary(entries) -> list[tuple]:
    return [(e.subject, e.type, e.published, e.year, e.la_code) for e in entries]


def test_partnership_page_lists_each_review_with_subject_type_and_date():
    entries = published_reviews(
        page(SITE / "files" / "croydonlcsb" / "serious-case-reviews.html"), CROYDON
    )
    assert summary(entries) == [
        ("Carl & Max", "CSPR", "2022-03-17", 2022, "E09000008"),
        ("Ben", "CSPR", "2022-03-04", 2022, "E09000008"),
        ("Child Q", "SCR", "", None, "E09000008"),
        ("Child L", "SCR", "2018-08-22", 2018, "E09000008"),
        ("Adult D", "DHR", "2021-05-03", 2021, "E09000008"),
    ]
    assert {e.board for e in entries} == {"Croydon Safeguarding Children Partnership"}
    assert entries[0].url == (
        "http://127.0.0.1/croydonlcsb/wp-content/uploads/2022/03/Carl-and-Max-SPR.pdf"
    )


def test_nspcc_list_gives_year_place_and_pseudonym_of_each_review():
    entries = published_reviews(
        page(SITE / "files" / "nspcc" / "recently-published-case-reviews.html"), NSPCC
    )
    assert [(e.year, e.board, e.subject, e.la_code) for e in entries] == [
        (2023, "", "Child A", ""),
        (2023, "Birmingham", "Child G", "E08000025"),
        (2023, "Kingston and Richmond", "Child F", ""),
    ]
    assert [e.type for e in entries] == ["", "LCSPR", "SCR"]
    assert entries[1].url.endswith("/2023BirminghamChildG.pdf")


def test_page_waiting_for_its_first_review_lists_none():
    path = SITE / "files" / "rbkc" / "local-child-safeguarding-practice-reviews.html"
    assert published_reviews(page(path), CROYDON) == []


def test_sample_board_page_lists_the_child_r_review():
    path = SAMPLE_FILES / "southwarklscb" / "serious-case-reviews.html"
    (entry,) = published_reviews(page(path), SOUTHWARK)
    assert summary([entry]) == [("Child R", "SCR", "2015-07", 2015, "E09000028")]
    assert entry.local_authority == "Southwark"


def rows(db_path: Path, sql: str, params=()) -> list[dict]:
    with sqlite3.connect(db_path) as connection:
        connection.row_factory = sqlite3.Row
        return [dict(row) for row in connection.execute(sql, params)]


@pytest.fixture(scope="module")
def register_archive(tmp_path_factory) -> tuple[Path, list[dict]]:
    """The register crawled twice; the rows after the first crawl."""
    folder = tmp_path_factory.mktemp("register")
    db_path, port = folder / "casewatch.db", free_port()
    first: list[dict] = []
    for _ in range(2):
        with SampleSites(
            port, load_routes(SITE / "routes.yml"), SITE / "files"
        ) as sites:
            sources = folder / "sources.yml"
            template = (SITE / "sources.yml").read_text(encoding="utf-8")
            sources.write_text(template.replace("{base}", sites.base_url))
            result = crawl("register", db_path, sources, settings=LOOPBACK_SETTINGS)
            assert result.returncode == 0
        first = first or rows(db_path, "select * from published_reviews")
    return db_path, first


def test_register_spider_stores_every_listed_review_once(register_archive):
    db_path, first = register_archive
    stored = rows(db_path, "select * from published_reviews order by source, title")
    assert len(stored) == len(first) == 8
    assert {row["source"] for row in stored} == {
        "nspcc-case-review-repository",
        "croydon-safeguarding-children-partnership",
    }
    by_id = {row["id"]: row["first_seen"] for row in first}
    assert {row["id"]: row["first_seen"] for row in stored} == by_id


def test_register_row_carries_the_review_as_listed(register_archive):
    db_path, _ = register_archive
    (child_l,) = rows(
        db_path, "select * from published_reviews where subject = 'Child L'"
    )
    assert child_l["type"] == "SCR"
    assert child_l["published"] == "2018-08-22"
    assert child_l["year"] == 2018
    assert child_l["local_authority"] == "Croydon"
    assert child_l["url"].endswith(
        "/croydonlcsb/wp-content/uploads/2018/08/Child-L-SCR.pdf"
    )


def test_register_spider_reads_only_partnership_sources(register_archive):
    db_path, _ = register_archive
    for run in rows(db_path, "select sources from crawl_runs"):
        assert json.loads(run["sources"]) == [
            "nspcc-case-review-repository",
            "croydon-safeguarding-children-partnership",
            "kensington-and-chelsea-safeguarding-children-partnership",
        ]
    assert not rows(db_path, "select * from failures")
