"""Local news: feeds, sitemaps and home pages to article URLs, article pages to stories.

Each title is on one publishing platform (casewatch/pages/news_platforms.py says
where each puts a story's parts; tests/fixtures/news/ holds saved pages of each).
Entry points are an RSS 2.0 or Atom feed, a (news) sitemap or sitemap index, or the
title's home page, whose `<link rel="alternate">` names its feeds.

An article's headline, byline, dates and canonical URL come from its JSON-LD first,
then its markup (`<h1>` before `og:title`, which is often a social variant), then
`<meta>`: JSON-LD has outlived every template change. Live blogs are not stories
(their `published_time` is the last update): `NotAStory`.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Tag
from parsel import Selector
from scrapy.http import Response

from casewatch.pages.news_platforms import BYLINES, HEADLINES, PLATFORMS, is_story_url
from casewatch.pages.news_story import story_blocks, words
from casewatch.pages.papers import MarkupChanged

ARTICLE_TYPES = {"NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle"}
ARTICLE_TYPES |= {"Article", "OpinionNewsArticle", "BlogPosting", "ReviewNewsArticle"}
LIVE_TYPES = {"LiveBlogPosting"}
FEED_LINKS = (
    '//link[@rel="alternate"][contains(@type, "rss") or contains(@type, "atom")]/@href'
)
# " - BBC News", " | Surrey Comet": og:title's site suffix
SITE_SUFFIX = re.compile("\\s+[|\\-\u2013]\\s+[^|\\-\u2013]{2,40}$")


class NotAStory(Exception):
    """A page that is fine but not a story to keep (a live blog)."""


@dataclass(frozen=True)
class FeedEntry:
    """An article a feed or sitemap lists."""

    url: str
    published: str = ""


@dataclass(frozen=True)
class Feed:
    """What an entry point lists: articles, and more feeds to read (the sitemaps of
    an index, the feeds a home page links to)."""

    articles: tuple[FeedEntry, ...] = ()
    feeds: tuple[str, ...] = ()


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
        """The kept copy: headline, standfirst and the story's paragraphs, as a
        minimal HTML page. The headline often names the council and the grade, so
        it is searched too; the byline and the page's chrome are left out, so the
        same story on several titles is the same bytes (one content, many URLs)."""
        lines = [f"<h1>{_escaped(self.headline)}</h1>"]
        lines += [f"<p>{_escaped(text)}</p>" for text in self._body()]
        page = "<!DOCTYPE html>\n<article>\n" + "\n".join(lines) + "\n</article>\n"
        return page.encode("utf-8")

    def _body(self) -> tuple[str, ...]:
        lead = self.standfirst
        if not lead or (self.paragraphs and self.paragraphs[0] == lead):
            return self.paragraphs
        return (lead, *self.paragraphs)


def feed(response: Response) -> Feed:
    """Articles of an RSS, Atom or sitemap; sitemaps of an index; feeds a page names."""
    selector = Selector(body=response.body, type="xml")
    selector.remove_namespaces()
    root = selector.xpath("name(/*)").get()
    if root == "rss":
        return Feed(articles=tuple(_rss_entries(selector)))
    if root == "feed":
        return Feed(articles=tuple(_atom_entries(selector)))
    if root == "urlset":
        return Feed(articles=tuple(_sitemap_entries(selector)))
    if root == "sitemapindex":
        locations = selector.xpath("//sitemap/loc/text()").getall()
        return Feed(feeds=tuple(location.strip() for location in locations))
    linked = Selector(body=response.body, type="html").xpath(FEED_LINKS).getall()
    if linked:
        return Feed(feeds=tuple(dict.fromkeys(link.strip() for link in linked)))
    raise MarkupChanged(f"not a feed or a sitemap, and no feed linked (root {root!r})")


def is_article(url: str, platform: str) -> bool:
    """True when a listed URL is a story on this platform, not a video or live page."""
    return is_story_url(urlsplit(url).path, platform)


def article(response: Response, platform: str) -> Article:
    """The story on an article page of this platform; MarkupChanged if it has none,
    NotAStory for a live blog."""
    soup = BeautifulSoup(response.body, "lxml")
    data, kinds = _json_ld(soup)
    if kinds & LIVE_TYPES or soup.select_one('[itemtype*="LiveBlogPosting"]'):
        raise NotAStory(f"a live blog, not a story: {response.url}")
    markup = PLATFORMS[platform]
    headline = _text(data.get("headline")) or _first(soup, *markup.headline, *HEADLINES)
    headline = headline or SITE_SUFFIX.sub("", _meta(soup, "og:title"))
    standfirst = _first(soup, *markup.standfirst)
    story = Article(
        headline=headline,
        byline=_byline(data.get("author")) or _author(soup, *markup.byline, *BYLINES),
        published=_published(soup, data),
        modified=_instant(
            _text(data.get("dateModified"))
            or _meta(soup, "article:modified_time")
            or _itemprop_date(soup, "dateModified")
        ),
        canonical=_canonical(soup, data, response.url),
        standfirst=standfirst,
        # last, as it prunes the page; a lead inside the body is the standfirst
        paragraphs=tuple(
            text
            for text in story_blocks(soup, markup.body)
            if text not in (standfirst, headline)
        ),
    )
    if not story.headline or not story.paragraphs:
        raise MarkupChanged(f"no {platform} article headline or body at {response.url}")
    return story


def _rss_entries(selector: Selector) -> Iterator[FeedEntry]:
    for item in selector.xpath("//item"):
        url = (item.xpath("link/text()").get() or "").strip()
        if url:
            yield FeedEntry(url, _instant(item.xpath("pubDate/text()").get() or ""))


def _atom_entries(selector: Selector) -> Iterator[FeedEntry]:
    for entry in selector.xpath("//entry"):
        url = entry.xpath('link[not(@rel) or @rel="alternate"]/@href').get()
        when = entry.xpath("published/text()").get()
        when = when or entry.xpath("updated/text()").get() or ""
        if url:
            yield FeedEntry(url.strip(), _instant(when))


def _sitemap_entries(selector: Selector) -> Iterator[FeedEntry]:
    for entry in selector.xpath("//url"):
        url = (entry.xpath("loc/text()").get() or "").strip()
        when = entry.xpath("news/publication_date/text()").get()
        if url:
            yield FeedEntry(
                url, _instant(when or entry.xpath("lastmod/text()").get() or "")
            )


def _json_ld(soup: BeautifulSoup) -> tuple[dict, set[str]]:
    """The page's JSON-LD article object ({} if none) and every type its JSON-LD
    names (a bad block is skipped, not fatal)."""
    article: dict = {}
    kinds: set[str] = set()
    for script in soup.select('script[type="application/ld+json"]'):
        try:
            found = json.loads(script.get_text())
        except ValueError:
            continue
        for thing in _things(found):
            types = thing.get("@type")
            types = set(types) if isinstance(types, list) else {str(types)}
            kinds |= types
            if types & ARTICLE_TYPES and not article:
                article = thing
    return article, kinds


def _things(found: object) -> Iterator[dict]:
    """Every object of a JSON-LD block: a list, an @graph, or one object."""
    if isinstance(found, list):
        for thing in found:
            yield from _things(thing)
    elif isinstance(found, dict):
        yield found
        yield from _things(found.get("@graph", []))


def _first(soup: BeautifulSoup, *selectors: str) -> str:
    """The text of the first element with text that these selectors find, tried in
    turn (a `<meta>` has none: its words are in an attribute)."""
    for selector in selectors:
        for element in soup.select(selector):
            if element.name != "meta" and (text := words(element.get_text(" "))):
                return text
    return ""


def _byline(author: object) -> str:
    """Author names from JSON-LD: one object, a list of them, or plain names."""
    authors = author if isinstance(author, list) else [author]
    names = [
        _text(item.get("name")) if isinstance(item, dict) else _text(item)
        for item in authors
    ]
    return ", ".join(dict.fromkeys(name for name in names if name))


def _author(soup: BeautifulSoup, *selectors: str) -> str:
    """A byline without JSON-LD: `<meta name=author>` (not a profile URL), else the
    platform's byline element, without its "By"."""
    found = _meta(soup, "author", "article:author")
    if not found or found.startswith("http"):
        found = _first(soup, *selectors)
    return re.sub(r"^by\s+", "", found, flags=re.I)


def _published(soup: BeautifulSoup, data: dict) -> str:
    """JSON-LD, then `<meta>`, then microdata, then the BBC's 2014-2020 timestamp
    (seconds since 1970 on the story's date line), then the story's first `<time>`."""
    found = (
        _text(data.get("datePublished"))
        or _meta(soup, "article:published_time", "parsely-pub-date")
        or _itemprop_date(soup, "datePublished")
    )
    if not found and (stamp := soup.select_one(".story-body .date[data-seconds]")):
        found = datetime.fromtimestamp(int(str(stamp["data-seconds"])), UTC).isoformat()
    if not found and (time := soup.select_one("article time[datetime]")):
        found = str(time["datetime"])
    return _instant(found)


def _meta(soup: BeautifulSoup, *keys: str) -> str:
    """The first `<meta>` with one of these property or name keys, in key order."""
    for key in keys:
        for attribute in ("property", "name"):
            found = soup.find("meta", attrs={attribute: key})
            if isinstance(found, Tag) and found.get("content"):
                return words(str(found["content"]))
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
    return words(value) if isinstance(value, str) else ""


def _escaped(text: str) -> str:
    return html.escape(text, quote=False)
