"""Local news: each title's feeds or sitemaps, then every article they list."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from casewatch import PACKAGE_DIR
from casewatch.clock import now
from casewatch.items import DocumentItem
from casewatch.pages import news
from casewatch.sources import Problem, SourcesError, WatchList, parse_sources
from spiders.base import SourceSpider

NEWS_SOURCES = PACKAGE_DIR / "news_sources.yml"


class NewsSpider(SourceSpider):
    """Crawl the titles in casewatch/news_sources.yml (or CASEWATCH_NEWS_SOURCES):
    all, or `-a source=slug,slug`. An article becomes a document whose text is the
    story's paragraphs, so a story syndicated to several titles is one document."""

    name = "news"

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        # Skips SourceSpider's own, which reads sources.yml: titles have their list.
        spider = super(SourceSpider, cls).from_crawler(crawler, *args, **kwargs)
        path = Path(crawler.settings.get("CASEWATCH_NEWS_SOURCES", NEWS_SOURCES))
        watch_list = news_sources(path)
        spider.sources = watch_list.select(spider.wanted)
        known = {source.slug for source in watch_list.sources}
        spider.problems = [
            problem
            for problem in watch_list.problems
            if not spider.wanted or problem.slug in spider.wanted
        ] + [
            Problem(slug, "no such source")
            for slug in spider.wanted
            if slug not in known
        ]
        return spider

    async def start(self):
        for source in self.sources:
            for url in source.start_urls:
                for request in self.follow(url, self.parse_feed, source):
                    yield request

    def parse_feed(self, response, source):
        found = yield from self.parse_page(news.feed, response, source)
        if found is None:
            return
        for url in found.sitemaps:
            yield from self.follow(response.urljoin(url), self.parse_feed, source)
        for entry in found.articles:
            url = response.urljoin(entry.url)
            if (
                news.is_article(url, source.platform)
                and urlsplit(url).hostname in source.allowed_domains
            ):
                yield from self.follow(url, self.parse_article, source, entry=entry)

    def parse_article(self, response, source, entry):
        story = yield from self.parse_page(
            news.article, response, source, source.platform
        )
        if story is None:
            return
        details = {
            "byline": story.byline,
            "canonical": story.canonical,
            "standfirst": story.standfirst,
        }
        yield DocumentItem(
            source=source.slug,
            url=response.url,
            title=story.headline,
            body=story.document(),
            content_type="text/html; charset=utf-8",
            fetched_at=now(),
            kind="article",
            http_status=response.status,
            etag=response.headers.get(b"ETag", b"").decode("latin-1"),
            last_modified=response.headers.get(b"Last-Modified", b"").decode("latin-1"),
            published=story.published or entry.published,
            modified=story.modified,
            metadata={key: value for key, value in details.items() if value},
        )


def news_sources(path: Path) -> WatchList:
    """The titles, validated as sources.yml rows are. sources.py does not know the
    news platforms, so each row is checked as a `listing` row, then given back its
    own platform, which must be one casewatch/pages/news.py reads."""
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise SourcesError(f"{path}: cannot read the news titles: {error}") from error
    if not isinstance(entries, list):
        raise SourcesError(f"{path}: the news titles must be a YAML list")
    rows = [{**e, "platform": "listing"} if isinstance(e, dict) else e for e in entries]
    platforms = {
        e.get("slug"): e.get("platform") for e in entries if isinstance(e, dict)
    }
    checked = parse_sources(rows)
    sources, problems = [], list(checked.problems)
    for source in checked.sources:
        platform = platforms[source.slug]
        if platform in news.PLATFORMS:
            sources.append(dataclasses.replace(source, platform=platform))
        else:
            problems.append(
                Problem(source.slug, f"platform {platform!r} is not a news platform")
            )
    return WatchList(tuple(sources), tuple(problems))
