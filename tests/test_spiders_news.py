"""The news spider against a title of every platform on loopback
(tests/sites/news/PROVENANCE.md), crawled twice: the second time the Surrey Comet's
feed has one new article above one already seen."""

from __future__ import annotations

import dataclasses
import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest

from casewatch.demo import LOOPBACK_SETTINGS
from casewatch.jobs import crawl
from casewatch.sample_sites import SampleSites, load_routes
from spiders.news import NEWS_SOURCES, news_sources
from tests.ports import free_port

TESTS = Path(__file__).parent
SITE = TESTS / "sites" / "news"
REAL_PAGES = TESTS / "fixtures" / "news"
FEED = "/surreycomet/news/kingston/rss/"
SCR_STORY = (
    "Serious case review into sexual assault of teenager missing from foster care"
    " will never be published"
)
OFSTED_STORY = "/news/10001766."
NEW_STORY = "Overnight lane closures on Kingston Bridge for resurfacing"


def site_files(folder: Path) -> Path:
    """The site's files, with the saved pages of tests/fixtures/news/ in fixtures/
    and the real BBC and Reach pages unpacked into real/."""
    files = folder / "files"
    shutil.copytree(SITE / "files", files)
    (files / "real").mkdir()
    for packed in REAL_PAGES.glob("*.html.gz"):
        (files / "real" / packed.stem).write_bytes(gzip.decompress(packed.read_bytes()))
    (files / "fixtures").mkdir()
    for page in REAL_PAGES.glob("*.html"):
        shutil.copy(page, files / "fixtures" / page.name)
    return files


def crawl_titles(routes, files: Path, port: int, db_path: Path) -> None:
    with SampleSites(port, routes, files) as sites:
        watch_list = db_path.parent / "news_sources.yml"
        template = (SITE / "sources.yml").read_text(encoding="utf-8")
        watch_list.write_text(template.replace("{base}", sites.base_url))
        settings = {**LOOPBACK_SETTINGS, "CASEWATCH_NEWS_SOURCES": watch_list}
        assert crawl("news", db_path, settings=settings).returncode == 0


def rows(db_path: Path, sql: str, params=()) -> list[dict]:
    with sqlite3.connect(db_path) as connection:
        connection.row_factory = sqlite3.Row
        return [dict(row) for row in connection.execute(sql, params)]


@dataclasses.dataclass
class Crawls:
    db_path: Path
    urls_after_first: list[dict]
    documents_after_first: int


@pytest.fixture(scope="module")
def crawls(tmp_path_factory) -> Crawls:
    folder = tmp_path_factory.mktemp("news")
    files, port, db_path = site_files(folder), free_port(), folder / "casewatch.db"
    routes = load_routes(SITE / "routes.yml")
    crawl_titles(routes, files, port, db_path)
    urls = rows(db_path, "select * from document_urls")
    documents = rows(db_path, "select count(*) as n from documents")[0]["n"]
    later = dataclasses.replace(
        routes[FEED], file="surreycomet/rss-news-kingston-later.xml"
    )
    crawl_titles({**routes, FEED: later}, files, port, db_path)
    return Crawls(db_path, urls, documents)


def test_syndicated_story_is_one_document_seen_at_each_titles_url(crawls):
    sightings = rows(
        crawls.db_path, "select * from document_urls where title = ?", [SCR_STORY]
    )
    assert {row["source"] for row in sightings} == {
        "surrey-comet",
        "richmond-and-twickenham-times",
    }
    assert len({row["sha256"] for row in sightings}) == 1
    # each title's own canonical URL and standfirst stay with its sighting
    assert len({row["metadata"] for row in sightings}) == 2
    mentions = rows(
        crawls.db_path,
        "select rule_id from mentions where sha256 = ? and rule_id = ?",
        [sightings[0]["sha256"], "case_review.scr"],
    )
    assert mentions


def test_article_already_seen_keeps_its_first_sighting(crawls):
    def sighting(urls):
        return next(row for row in urls if OFSTED_STORY in row["url"])

    before = sighting(crawls.urls_after_first)
    after = sighting(rows(crawls.db_path, "select * from document_urls"))
    assert after["sha256"] == before["sha256"]
    assert after["first_seen"] == before["first_seen"]
    assert after["last_seen"] >= before["last_seen"]
    documents = rows(crawls.db_path, "select count(*) as n from documents")[0]["n"]
    assert documents == crawls.documents_after_first + 1
    assert rows(
        crawls.db_path, "select 1 from document_urls where title = ?", [NEW_STORY]
    )


def test_article_is_searchable_text_with_its_byline_dates_and_canonical_url(crawls):
    (found,) = rows(
        crawls.db_path,
        "select u.source, u.published, u.metadata, d.kind from pages_fts"
        " join pages p on p.rowid = pages_fts.rowid"
        " join documents d using (sha256) join document_urls u using (sha256)"
        " where pages_fts match ? and u.source = 'surrey-comet'",
        ['"refuses to publish its investigation"'],
    )
    assert found["kind"] == "article"
    assert found["published"] == "2015-09-10T15:30:00+00:00"
    assert '"byline": "Local reporter"' in found["metadata"]
    assert "https://www.surreycomet.co.uk/news/13706518." in found["metadata"]


def test_ofsted_story_gives_a_judgement_mention(crawls):
    judgements = rows(
        crawls.db_path,
        "select m.fields from mentions m join document_urls u using (sha256)"
        " where u.url like ? and m.rule_id = 'ofsted.prose'",
        [f"%{OFSTED_STORY}%"],
    )
    assert any('"grade": "inadequate"' in row["fields"] for row in judgements)


def test_reach_and_bbc_articles_are_read_from_their_sitemaps(crawls):
    titles: dict[str, list[str]] = {}
    for row in rows(crawls.db_path, "select * from document_urls"):
        titles.setdefault(row["source"], []).append(row["title"])
    assert "What is Nato and which countries are in it?" in titles["bbc-news-london"]
    assert any(t.startswith("Man kept six women chained") for t in titles["mylondon"])


@pytest.mark.parametrize(
    ("slug", "headline"),
    [
        ("mylondon", "Gorgeous houseplants that can get rid of unwanted kitchen"),
        ("yorkshire-post", "Inspection's damning criticism for council's 'failing'"),
        ("kent-online", "Medway Council's safeguarding children's development team"),
        ("tavistock-times-gazette", "Library opening hours to change from April"),
        ("west-bridgford-wire", "City councillor apologises after council"),
        ("hucknall-nub-news", "Council faces criticism in wake of children"),
    ],
)
def test_every_platform_gives_its_stories(crawls, slug, headline):
    titles = [
        row["title"]
        for row in rows(
            crawls.db_path, "select title from document_urls where source = ?", [slug]
        )
    ]
    assert any(title.startswith(headline) for title in titles)


def test_a_story_is_kept_with_its_headline_first_and_every_paragraph(crawls):
    (page,) = rows(
        crawls.db_path,
        "select p.text from pages p join document_urls u using (sha256)"
        " where u.url like ?",
        ["%/gorgeous-houseplants-can-rid-unwanted-32676317"],
    )
    lines = page["text"].splitlines()
    assert lines[0].startswith("Gorgeous houseplants that can get rid of unwanted")
    assert lines[1].startswith("The kitchen might be home to your family meals")
    # the first paragraph holds an inline topic link marked as Reach marked them
    assert lines[2] == (
        "These plants aren't just gorgeous, they're also practical additions to"
        " your home."
    )
    assert not [line for line in lines if "READ MORE" in line or "sign up" in line]


def test_a_live_blog_is_skipped_not_failed(crawls):
    live = "%/uk-riots-live-hotel-rotherham-33386398"
    assert not rows(
        crawls.db_path,
        "select url from document_urls where url like ?"
        " union all select url from failures where url like ?",
        [live, live],
    )


def test_home_pages_lead_to_their_feeds_by_autodiscovery(crawls):
    found = rows(
        crawls.db_path,
        "select source, listed_on from document_urls"
        " where source in ('west-bridgford-wire', 'hucknall-nub-news')",
    )
    assert {row["listed_on"].split("/", 3)[3] for row in found} == {
        "westbridgfordwire/feed/",
        "hucknallnub/feed/atom/",
    }


def test_video_and_sport_pages_in_feeds_are_not_requested(crawls):
    seen = rows(
        crawls.db_path,
        "select url from document_urls union all select url from failures",
    )
    assert not [
        row
        for row in seen
        if any(part in row["url"] for part in ("/videos/", "/sport/", "/category/"))
    ]


def test_article_behind_bot_protection_is_a_blocked_failure(crawls):
    (failure,) = rows(
        crawls.db_path, "select * from failures where source = 'mylondon'"
    )
    assert failure["http_status"] == 403
    assert failure["reason"].startswith("blocked:")


def test_shipped_news_titles_are_all_usable():
    titles = news_sources(NEWS_SOURCES)
    assert not titles.problems
    assert {"surrey-comet", "richmond-and-twickenham-times"} <= {
        source.slug for source in titles.sources
    }


def test_a_bad_title_row_is_a_problem_and_the_others_stay(tmp_path):
    path = tmp_path / "news_sources.yml"
    path.write_text(
        "- {slug: surrey-comet, name: Surrey Comet, kind: news, platform: newsquest,"
        " start_urls: [https://www.surreycomet.co.uk/news/rss/]}\n"
        "- {slug: the-times, name: The Times, kind: news, platform: times,"
        " start_urls: [https://www.thetimes.com/]}\n"
        "- {slug: no-feeds, name: No feeds, kind: news, platform: reach}\n"
    )
    titles = news_sources(path)
    assert [source.platform for source in titles.sources] == ["newsquest"]
    assert {problem.slug for problem in titles.problems} == {"no-feeds", "the-times"}
