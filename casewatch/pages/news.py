"""Local news article pages: which listed URLs are stories, and each story's parts.

Each title is on one publishing platform (casewatch/pages/news_platforms.py says
where each puts a story's parts; tests/fixtures/news/ holds saved pages of each);
its feeds are read by casewatch/pages/news_feeds.py.

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
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Tag
from scrapy.http import Response

from casewatch.pages.news_feeds import instant
from casewatch.pages.news_platforms import BYLINES, HEADLINES, PLATFORMS, is_story_url
from casewatch.pages.news_story import story_blocks, words
from casewatch.pages.papers import MarkupChanged

ARTICLE_TYPES = {"NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle"}
ARTICLE_TYPES |= {"Article", "OpinionNewsArticle", "BlogPosting", "ReviewNewsArticle"}
LIVE_TYPES = {"LiveBlogPosting"}
# " - BBC News", " | Surrey Comet": og:title's site suffix
SITE_SUFFIX = re.compile("\\s+[|\\-\u2013]\\s+[^|\\-\u2013]{2,40}$")


class NotAStory(Exception):
    """A page that is fine but not a story to keep (a live blog)."""


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
        modified=instant(
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
    return instant(found)


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


def _text(value: object) -> str:
    return words(value) if isinstance(value, str) else ""


def _escaped(text: str) -> str:
    return html.escape(text, quote=False)
