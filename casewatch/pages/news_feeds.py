"""Feeds, sitemaps and home pages of news titles: the articles they list.

An entry point is an RSS 2.0 or Atom feed, a (news) sitemap or sitemap index, or a
title's home page, whose `<link rel="alternate">` names its feeds (RSS autodiscovery);
tests/sites/news/ has one of each.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from parsel import Selector
from scrapy.http import Response

from casewatch.pages.papers import MarkupChanged

FEED_LINKS = (
    '//link[@rel="alternate"][contains(@type, "rss") or contains(@type, "atom")]/@href'
)


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


def _rss_entries(selector: Selector) -> Iterator[FeedEntry]:
    for item in selector.xpath("//item"):
        url = (item.xpath("link/text()").get() or "").strip()
        if url:
            yield FeedEntry(url, instant(item.xpath("pubDate/text()").get() or ""))


def _atom_entries(selector: Selector) -> Iterator[FeedEntry]:
    for entry in selector.xpath("//entry"):
        url = entry.xpath('link[not(@rel) or @rel="alternate"]/@href').get()
        when = entry.xpath("published/text()").get()
        when = when or entry.xpath("updated/text()").get() or ""
        if url:
            yield FeedEntry(url.strip(), instant(when))


def _sitemap_entries(selector: Selector) -> Iterator[FeedEntry]:
    for entry in selector.xpath("//url"):
        url = (entry.xpath("loc/text()").get() or "").strip()
        when = entry.xpath("news/publication_date/text()").get()
        if url:
            yield FeedEntry(
                url, instant(when or entry.xpath("lastmod/text()").get() or "")
            )


def instant(value: str) -> str:
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
