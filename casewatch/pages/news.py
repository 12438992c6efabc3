"""Local news: feeds and sitemaps to article URLs, article pages to their story.

Three platforms carry the titles casewatch reads (research/sources.md §3):

* Newsquest (Surrey Comet, Richmond and Twickenham Times, ~150 titles): section RSS
  feeds (`/news/kingston/rss/`); articles at `/news/<id>.<slug>/` with JSON-LD
  NewsArticle, microdata headline, date and standfirst, and the body's paragraphs in
  `div.p402_hide` or `div.article-body`, inside a paywall wrapper
  (tests/sites/news/files/, which imitates that markup).
* Reach (MyLondon, SurreyLive, the Mirror): Google News sitemaps (`/map_news.xml`);
  articles at `/<section>/<slug>-<id>` with JSON-LD NewsArticle, `article:*` meta and
  paragraphs in `article[data-testid=body]` (2026) or `div.article-body` (earlier)
  (tests/fixtures/news/reach_mirror_article_2026-01-06.html.gz).
* BBC: a sitemap index of news sitemaps; articles at `/news/articles/<id>` with
  JSON-LD ReportageNewsArticle and `data-component` text and subheadline blocks
  (tests/fixtures/news/bbc_news_article_2026-04-25.html.gz).

Metadata comes from JSON-LD first, then `<meta>` and microdata, as each platform's
markup has changed over the years while its JSON-LD has not.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Tag
from parsel import Selector
from scrapy.http import Response

from casewatch.pages.papers import MarkupChanged
from casewatch.text import normalise


@dataclass(frozen=True)
class Platform:
    """Where one publishing platform puts the parts of its articles."""

    article_url: re.Pattern[str]
    body: str  # CSS: the story's paragraphs and subheadings, in reading order
    standfirst: str = ""
    headline: str = "h1"


PLATFORMS = {
    "newsquest": Platform(
        # `/news/13706518.slug/`; national wire copy is `/news/national/<id>.slug/`.
        article_url=re.compile(r"/news/(?:national/)?\d{6,9}\.[^/]+/?$"),
        body=".p402_hide > p, .article-body > p",
        standfirst="[itemprop=description]",
        headline="article h1, .headline",
    ),
    "reach": Platform(
        article_url=re.compile(r"/[a-z0-9-]+-\d{6,9}/?$"),
        body='article[data-testid="body"] > p, article[data-testid="body"] > h3,'
        " div.article-body > p, div.article-body > h3",
        standfirst='[data-testid="leadtext"], div.lead-content',
    ),
    "bbc": Platform(
        # Video and live pages are not stories (fundus filters them out too).
        article_url=re.compile(r"/news/(?:articles/[a-z0-9]+|[a-z-]+-\d{6,9})/?$"),
        body='article [data-component="text-block"] p,'
        ' article [data-component="subheadline-block"]',
    ),
}
ARTICLE_TYPES = {
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "Article",
}
# Paragraphs that advertise another story or an app (Reach, research/sources.md
# §3.2), and Newsquest's in-article promo links (§3.1): not the story.
PROMOTION = re.compile(r"^(?:read more\b|download the .{1,40} app\b)", re.I)
PROMOTED_LINK = '[data-link-tracking="InArticle|Link"]'


@dataclass(frozen=True)
class FeedEntry:
    """An article a feed or sitemap lists."""

    url: str
    published: str = ""


@dataclass(frozen=True)
class Feed:
    """What a feed lists: articles, and (in a sitemap index) more sitemaps."""

    articles: tuple[FeedEntry, ...] = ()
    sitemaps: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    """One story as an article page tells it."""

    headline: str
    byline: str
    published: str
    modified: str
    canonical: str
    standfirst: str
    paragraphs: tuple[str, ...]

    def document(self) -> bytes:
        """The kept copy: the story's paragraphs alone, as a minimal HTML page.

        Headline, standfirst and byline are left out because sister titles rewrite
        them; the same story syndicated to several titles is then the same bytes,
        so one content (one SHA-256) seen at several URLs.
        """
        lines = (f"<p>{html.escape(text, quote=False)}</p>" for text in self.paragraphs)
        page = "<!DOCTYPE html>\n<article>\n" + "\n".join(lines) + "\n</article>\n"
        return page.encode("utf-8")


def feed(response: Response) -> Feed:
    """Article entries of an RSS 2.0 feed or a (news) sitemap; sitemaps of an index."""
    selector = Selector(body=response.body, type="xml")
    selector.remove_namespaces()
    root = selector.xpath("name(/*)").get()
    if root == "rss":
        return Feed(articles=tuple(_rss_entries(selector)))
    if root == "urlset":
        return Feed(articles=tuple(_sitemap_entries(selector)))
    if root == "sitemapindex":
        locations = selector.xpath("//sitemap/loc/text()").getall()
        return Feed(sitemaps=tuple(location.strip() for location in locations))
    raise MarkupChanged(f"not an RSS feed or a sitemap (root element {root!r})")


def is_article(url: str, platform: str) -> bool:
    """True when a listed URL is a story on this platform, not a video or live page."""
    return bool(PLATFORMS[platform].article_url.search(url.split("?")[0]))


def article(response: Response, platform: str) -> Article:
    """The story on an article page of this platform; MarkupChanged if it has none."""
    soup = BeautifulSoup(response.body, "lxml")
    markup = PLATFORMS[platform]
    data = _json_ld(soup)
    headline = _text(data.get("headline")) or _meta(soup, "og:title")
    if not headline and (heading := soup.select_one(markup.headline)):
        headline = _words(heading.get_text(""))
    paragraphs = tuple(_paragraphs(soup, markup.body))
    if not headline or not paragraphs:
        raise MarkupChanged(f"no {platform} article headline or body at {response.url}")
    standfirst = soup.select_one(markup.standfirst) if markup.standfirst else None
    return Article(
        headline=headline,
        byline=_byline(data.get("author")) or _meta(soup, "author", "article:author"),
        published=_instant(
            _text(data.get("datePublished"))
            or _meta(soup, "article:published_time")
            or _itemprop_date(soup, "datePublished")
        ),
        modified=_instant(
            _text(data.get("dateModified")) or _meta(soup, "article:modified_time")
        ),
        canonical=_canonical(soup, data, response.url),
        standfirst=_words(standfirst.get_text("")) if standfirst else "",
        paragraphs=paragraphs,
    )


def _rss_entries(selector: Selector) -> Iterator[FeedEntry]:
    for item in selector.xpath("//item"):
        url = (item.xpath("link/text()").get() or "").strip()
        if url:
            yield FeedEntry(
                url=url,
                published=_instant(item.xpath("pubDate/text()").get() or ""),
            )


def _sitemap_entries(selector: Selector) -> Iterator[FeedEntry]:
    for entry in selector.xpath("//url"):
        url = (entry.xpath("loc/text()").get() or "").strip()
        if url:
            yield FeedEntry(
                url=url,
                published=_instant(
                    entry.xpath("news/publication_date/text()").get()
                    or entry.xpath("lastmod/text()").get()
                    or ""
                ),
            )


def _json_ld(soup: BeautifulSoup) -> dict:
    """The page's JSON-LD article object, or {} (a bad block is skipped, not fatal)."""
    for script in soup.select('script[type="application/ld+json"]'):
        try:
            found = json.loads(script.get_text())
        except ValueError:
            continue
        for thing in _things(found):
            kinds = thing.get("@type")
            kinds = set(kinds) if isinstance(kinds, list) else {kinds}
            if kinds & ARTICLE_TYPES:
                return thing
    return {}


def _things(found: object) -> Iterator[dict]:
    """Every object of a JSON-LD block: a list, an @graph, or one object."""
    if isinstance(found, list):
        for thing in found:
            yield from _things(thing)
    elif isinstance(found, dict):
        yield found
        yield from _things(found.get("@graph", []))


def _paragraphs(soup: BeautifulSoup, selector: str) -> Iterator[str]:
    for block in soup.select(selector):
        if block.select_one(PROMOTED_LINK):
            continue
        text = _words(normalise(block.get_text("")))
        if text and not PROMOTION.match(text):
            yield text


def _byline(author: object) -> str:
    """Author names from JSON-LD: one object, a list of them, or plain names."""
    authors = author if isinstance(author, list) else [author]
    names = [
        _text(item.get("name")) if isinstance(item, dict) else _text(item)
        for item in authors
    ]
    return ", ".join(name for name in names if name)


def _meta(soup: BeautifulSoup, *keys: str) -> str:
    """The first `<meta>` with one of these property or name keys, in key order."""
    for key in keys:
        for attribute in ("property", "name"):
            found = soup.find("meta", attrs={attribute: key})
            if isinstance(found, Tag) and found.get("content"):
                return _words(str(found["content"]))
    return ""


def _itemprop_date(soup: BeautifulSoup, prop: str) -> str:
    found = soup.select_one(f"[itemprop={prop}]")
    if found is None:
        return ""
    return str(found.get("datetime") or found.get("content") or "")


def _canonical(soup: BeautifulSoup, data: dict, url: str) -> str:
    """The page's own idea of its address: link rel=canonical, og:url, JSON-LD."""
    link = soup.select_one('link[rel="canonical"][href]')
    entity = data.get("mainEntityOfPage")
    if isinstance(entity, dict):
        entity = entity.get("@id")
    found = (
        (str(link["href"]) if link else "")
        or _meta(soup, "og:url")
        or _text(data.get("url"))
        or _text(entity)
    )
    return urljoin(url, found.strip()) if found else url


def _instant(value: str) -> str:
    """An ISO 8601 or RFC 822 date-time as UTC ISO 8601 to the second, as the archive
    stores times; a bare date stays a date; anything else is kept as written."""
    value = value.strip()
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return value
    if len(value) == 10:
        return moment.date().isoformat()
    if moment.tzinfo is None:
        return moment.isoformat(timespec="seconds")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _text(value: object) -> str:
    return _words(value) if isinstance(value, str) else ""


def _words(text: str) -> str:
    return " ".join(text.split())
