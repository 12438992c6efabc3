"""News parsers on saved pages: the real BBC and Reach pages against the fields fundus
expects of them (tests/fixtures/news/PROVENANCE.md), Newsquest on pages imitating its
markup (tests/sites/news/PROVENANCE.md), and the feeds and sitemaps that list them."""

from __future__ import annotations

import gzip
import json
from datetime import datetime
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, XmlResponse

from casewatch.pages.news import article, is_article
from casewatch.pages.news_feeds import Feed, feed
from casewatch.pages.papers import MarkupChanged
from casewatch.text import html_text, normalise

TESTS = Path(__file__).parent
REAL = TESTS / "fixtures" / "news"
SITE = TESTS / "sites" / "news" / "files"
BBC_ARTICLE = "https://www.bbc.com/news/articles/clymn8zyrp9o"
BBC_EXPLAINER = "https://www.bbc.com/news/explainers-63159607"
MIRROR = "https://www.mirror.co.uk/news/us-news/man-kept-six-women-chained-36501522"
SCR = (
    "13706518.serious-case-review-into-sexual-assault-of-teenager-missing-from-"
    "foster-care-will-never-be-published/"
)


def real_page(name: str, url: str) -> HtmlResponse:
    return HtmlResponse(url, body=gzip.decompress((REAL / name).read_bytes()))


def site_page(name: str, url: str = "http://127.0.0.1/page") -> HtmlResponse:
    return HtmlResponse(url, body=(SITE / name).read_bytes())


def expected(name: str, version: str) -> dict:
    return json.loads((REAL / name).read_text(encoding="utf-8"))[version]


def blocks(body: dict) -> list[str]:
    """fundus's body in reading order, each section's headline before its paragraphs;
    casewatch applies NFKC to all text (an ellipsis is three full stops)."""
    sections = [[*s["headline"], *s["paragraphs"]] for s in body["sections"]]
    return [normalise(text) for section in sections for text in section]


def instant(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.mark.parametrize(
    ("name", "url", "version"),
    [
        ("bbc_news_article_2026-04-25.html.gz", BBC_ARTICLE, "V2"),
        ("bbc_news_explainer_2024-08-01.html.gz", BBC_EXPLAINER, "V1"),
    ],
)
def test_bbc_article_gives_fundus_fields(name, url, version):
    story = article(real_page(name, url), "bbc")
    fields = expected("bbc_fundus_expected_fields.json", version)
    assert story.headline == fields["title"]
    assert story.byline == ", ".join(fields["authors"])
    assert instant(story.published) == instant(fields["publishing_date"])
    assert story.canonical == url
    # the BBC's bold first paragraph is fundus's summary; here it is the first paragraph
    assert list(story.paragraphs) == fields["body"]["summary"] + blocks(fields["body"])


def test_bbc_article_modified_date_is_json_ld_date_modified():
    story = article(
        real_page("bbc_news_article_2026-04-25.html.gz", BBC_ARTICLE), "bbc"
    )
    assert story.published == "2012-05-10T14:29:05+00:00"
    assert story.modified == "2026-04-24T11:16:53+00:00"


def test_reach_article_gives_fundus_fields():
    story = article(
        real_page("reach_mirror_article_2026-01-06.html.gz", MIRROR), "reach"
    )
    fields = expected("reach_mirror_fundus_expected_fields.json", "V1_2")
    assert story.headline == fields["title"]
    assert story.byline == "Steffan Rhys" == fields["authors"][0]
    assert instant(story.published) == instant(fields["publishing_date"])
    assert story.modified == "2026-01-06T08:41:33+00:00"
    assert story.canonical == MIRROR
    assert [story.standfirst] == fields["body"]["summary"]
    assert list(story.paragraphs) == blocks(fields["body"])


def test_newsquest_article_reads_microdata_page_and_json_ld():
    story = article(site_page("surreycomet/article-13706518.html"), "newsquest")
    assert story.headline.startswith("Serious case review into sexual assault")
    assert story.byline == "Local reporter"
    assert story.published == "2015-09-10T15:30:00+00:00"
    assert story.canonical == f"https://www.surreycomet.co.uk/news/{SCR}"
    assert story.standfirst.startswith("Safeguarding board says")
    assert len(story.paragraphs) == 18
    assert story.paragraphs[2].startswith("The local safeguarding children\u2019s")


def test_newsquest_promotions_and_adverts_are_not_the_story():
    story = article(
        site_page("richmondandtwickenhamtimes/article-13706518.html"), "newsquest"
    )
    assert len(story.paragraphs) == 18
    assert not [p for p in story.paragraphs if "Twickenham Riverside" in p]
    assert "Advertisement" not in story.paragraphs


def test_reach_read_more_and_app_paragraphs_are_not_the_story():
    # research/sources.md §3.2: SurreyLive's "Read more:" and app paragraphs
    page = (
        b'<html><head><meta property="og:title" content="Council story"></head>'
        b'<body><article data-testid="body"><h1>Council story</h1>'
        b"<p>The council met on Tuesday.</p><p>READ MORE: Another story</p>"
        b"<p>Download the SurreyLive app for the latest news</p>"
        b"<p>It meets again in May.</p></article></body></html>"
    )
    story = article(HtmlResponse("http://127.0.0.1/news/x-1234567", body=page), "reach")
    assert story.paragraphs == ("The council met on Tuesday.", "It meets again in May.")


def test_syndicated_copies_with_different_markup_are_the_same_bytes():
    surrey = article(site_page("surreycomet/article-13706518.html"), "newsquest")
    richmond = article(
        site_page("richmondandtwickenhamtimes/article-13706518.html"), "newsquest"
    )
    # one CMS record under one id: the same headline and standfirst, another
    # title's address, markup, promotions and adverts
    assert surrey.canonical != richmond.canonical
    assert surrey.document() == richmond.document()


def test_kept_copy_reads_back_as_the_story_text():
    story = article(site_page("surreycomet/article-10001766.html"), "newsquest")
    text = html_text(story.document())
    assert text.splitlines() == [story.headline, story.standfirst, *story.paragraphs]
    # the headline names the council and the grade: it is searched and detected too
    assert text.startswith("Calls for resignation as Kingston Council child")
    assert "inadequate for overall effectiveness" in text


def test_page_without_a_story_is_markup_changed():
    section_page = (
        b"<html><body><h1>Kingston news</h1><ul><li>More</li></ul></body></html>"
    )
    with pytest.raises(MarkupChanged):
        article(HtmlResponse("http://127.0.0.1/news/", body=section_page), "newsquest")


def test_newsquest_rss_lists_articles_with_utc_dates():
    found = feed(
        XmlResponse(
            "http://127.0.0.1/rss/", body=read("surreycomet/rss-news-kingston.xml")
        )
    )
    assert [entry.url.split("/")[3][:8] for entry in found.articles] == [
        "13706518",
        "10001766",
    ]
    assert found.articles[0].published == "2015-09-10T15:30:00+00:00"
    assert found.feeds == ()


def test_sitemap_index_lists_sitemaps_and_news_sitemap_lists_articles():
    index = feed(
        XmlResponse("http://127.0.0.1/i", body=read("bbc/https-index-uk-news.xml"))
    )
    assert index.feeds == ("/bbc/sitemaps/https-sitemap-uk-news-1.xml",)
    news = feed(XmlResponse("http://127.0.0.1/s", body=read("mylondon/map_news.xml")))
    assert news.articles[0].url.endswith("-36501522")
    assert news.articles[0].published == "2026-01-06T08:39:42+00:00"


def test_a_page_that_is_not_a_feed_is_markup_changed():
    with pytest.raises(MarkupChanged):
        feed(XmlResponse("http://127.0.0.1/x", body=b"<html><body>Hello</body></html>"))


@pytest.mark.parametrize(
    ("url", "platform", "wanted"),
    [
        (f"https://www.surreycomet.co.uk/news/{SCR}", "newsquest", True),
        ("https://www.surreycomet.co.uk/news/national/26577214.x/", "newsquest", True),
        ("https://www.surreycomet.co.uk/sport/13710400.round-up/", "newsquest", False),
        ("https://www.surreycomet.co.uk/news/kingston/", "newsquest", False),
        (MIRROR, "reach", True),
        ("https://www.mylondon.news/news/south-london-news/", "reach", False),
        (BBC_ARTICLE, "bbc", True),
        ("https://www.bbc.co.uk/news/uk-england-london-18790296", "bbc", True),
        ("https://www.bbc.co.uk/news/videos/c4gdjk0000vo", "bbc", False),
        ("https://www.bbc.co.uk/news/live/c0000000000t", "bbc", False),
    ],
)
def test_only_story_urls_are_articles(url, platform, wanted):
    assert is_article(url, platform) is wanted


def read(name: str) -> bytes:
    return (SITE / name).read_bytes()


def test_atom_feed_lists_entries_with_their_published_time():
    found = feed(XmlResponse("http://127.0.0.1/a", body=read("hucknallnub/atom.xml")))
    (entry,) = found.articles
    assert entry.url.endswith("-inspection-188801")
    assert entry.published == "2022-11-05T09:30:00+00:00"


def test_home_page_names_its_feeds_and_lists_no_articles():
    found = feed(
        HtmlResponse("http://127.0.0.1/", body=read("westbridgfordwire/home.html"))
    )
    assert found == Feed(feeds=("/westbridgfordwire/feed/",))
