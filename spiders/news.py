"""Local news: each title's feeds or sitemaps, then every article they list."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from casewatch import PACKAGE_DIR
from casewatch.pages import news, news_feeds
from casewatch.sources import Problem, WatchList, load_sources
from spiders.base import SourceSpider, document_item

NEWS_SOURCES = PACKAGE_DIR / "news_sources.yml"


class NewsSpider(SourceSpider):
    """Crawl the titles in casewatch/news_sources.yml (or CASEWATCH_NEWS_SOURCES):
    all, or `-a source=slug,slug`. An article becomes a document whose text is the
    story's paragraphs, so a story syndicated to several titles is one document."""

    name = "news"

    @classmethod
    def watch_list(cls, settings) -> WatchList:
        """Titles have a list of their own."""
        return news_sources(Path(settings.get("CASEWATCH_NEWS_SOURCES", NEWS_SOURCES)))

    async def start(self):
        for source in self.sources:
            for url in source.start_urls:
                for request in self.follow(url, self.parse_feed, source):
                    yield request

    def parse_feed(self, response, source):
        found = yield from self.parse_page(news_feeds.feed, response, source)
        if found is None:
            return
        for url in found.feeds:
            yield from self.follow(response.urljoin(url), self.parse_feed, source)
        for entry in found.articles:
            url = response.urljoin(entry.url)
            if (
                news.is_article(url, source.platform)
                and urlsplit(url).hostname in source.allowed_domains
            ):
                yield from self.follow(url, self.parse_article, source, entry=entry)

    def parse_article(self, response, source, entry):
        try:
            story = yield from self.parse_page(
                news.article, response, source, source.platform
            )
        except news.NotAStory as why:
            self.crawler.stats.inc_value(f"news/not_a_story/{source.slug}")
            self.logger.info("skipped: %s", why)
            return
        if story is None:
            return
        details = {
            "byline": story.byline,
            "canonical": story.canonical,
            "standfirst": story.standfirst,
        }
        item = document_item(
            response,
            source,
            story.headline,
            "article",
            published=story.published or entry.published,
            modified=story.modified,
            metadata={key: value for key, value in details.items() if value},
        )
        # the kept copy is the story alone, so a syndicated story is one content;
        # the page's validators do not describe it, so none are kept to ask with
        item.body, item.content_type = story.document(), "text/html; charset=utf-8"
        item.etag = item.last_modified = ""
        yield item


def news_sources(path: Path) -> WatchList:
    """The titles: watch-list rows, each on a platform casewatch/pages/news.py reads."""
    titles = load_sources(path)
    others = [t for t in titles.sources if t.platform not in news.PLATFORMS]
    return WatchList(
        tuple(t for t in titles.sources if t not in others),
        titles.problems
        + tuple(
            Problem(t.slug, f"platform {t.platform!r} is not a news platform")
            for t in others
        ),
    )
