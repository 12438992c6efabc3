"""Where each publishing platform puts the parts of its article pages.

A platform is one CMS behind many titles (research/sources.md §3 and
tests/fixtures/news/PROVENANCE.md say what each selector was read from):

* newsquest: `/news/<id>.<slug>/`; the first paragraph in `.article-first-paragraph`,
  the rest in `#subscription-content` inside `.p402_hide` (older titles:
  `.article-body`); standfirst `[itemprop=description]`, byline `.author-name`.
* reach: `/<section>/<slug>-<id>`; `article[data-testid=body]` (2025 on) or
  `div.article-body` (before), lead text `[data-testid=leadtext]`/`.lead-content`.
* nationalworld (JPIMedia before 2021): `/<section>/<slug>-<id>`; paragraphs in
  `#content-wrapper` (`.markup` blocks), standfirst `article > h2`.
* iliffe (KentOnline and its sister titles): `/<area>/news/<slug>-<id>/`; paragraphs
  in `.PageStory`.
* bbc: `/news/articles/<id>` (2021 on: `data-component` text and subheadline blocks)
  or `/news/<section>-<id>` (2014-2020: `.story-body__inner`).
* tindle, nubnews, generic: no saved page was found; their articles are read from
  JSON-LD, `<h1>` and the page's densest run of paragraphs (pages/news_story.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Any story URL ending in a slug of three or more words or a numeric id; listing,
# tag, author, video, gallery and live pages are not stories.
ANY_STORY = re.compile(
    r"/(?:[a-z0-9]+(?:[-_][a-z0-9]+){2,}|[0-9]{5,})(?:\.html?|\.aspx)?/?$", re.I
)
NOT_STORY = re.compile(
    r"/(?:live|video|videos|gallery|galleries|pictures|tag|tags|topic|topics|"
    r"category|author|authors|page|search|all-about|sport)/",
    re.I,
)


# Where any template puts a headline and a byline, tried after the platform's own.
HEADLINES = ('h1[itemprop~="headline"]', "article h1", "main h1", "h1")
BYLINES = (
    '[itemprop="author"] [itemprop="name"]',
    '[itemprop="author"]:not(meta)',
    '[rel="author"]',
    ".author-name",
    ".byline",
)


@dataclass(frozen=True)
class Platform:
    """One CMS: which URLs are stories and where a story's parts are (each part's
    selectors are tried in turn; the body's elements are read in document order)."""

    article_url: re.Pattern[str]
    # CSS of the elements holding the story's paragraphs
    body: str = ""
    headline: tuple[str, ...] = ()
    standfirst: tuple[str, ...] = ()
    byline: tuple[str, ...] = ()


PLATFORMS = {
    "newsquest": Platform(
        # `/news/13706518.slug/`; national wire copy `/news/national/<id>.slug/`
        article_url=re.compile(r"/news/(?:[a-z-]+/)?\d{6,9}\.[^/]+/?$"),
        body=".article-first-paragraph, .p402_hide, .article-body",
        headline=("article h1", "h1.headline", ".headline"),
        standfirst=('[itemprop="description"]:not(meta)',),
        byline=(".author-name",),
    ),
    "reach": Platform(
        article_url=re.compile(r"/[a-z0-9-]+-\d{6,9}/?$"),
        body='article[data-testid="body"], div.article-body',
        standfirst=(
            '[data-testid="leadtext"]',
            'div.lead-content [itemprop="description"]',
            "div.lead-content > p",
            "p.lead-text",
        ),
        byline=(".author a", '[data-testid="byline"] a'),
    ),
    "nationalworld": Platform(
        article_url=re.compile(r"/[a-z0-9-]+-\d{6,8}/?$"),
        body='#content-wrapper, [itemprop="articleBody"], .article-content',
        standfirst=("article > h2", ".article-standfirst", ".standfirst"),
        byline=(".article-author",),
    ),
    "iliffe": Platform(
        article_url=re.compile(r"/news/[a-z0-9-]+-\d{4,8}/?$"),
        body=".PageStory",
        standfirst=(".PageIntro", ".Intro"),
        byline=(".AuthorName", ".Author"),
    ),
    "bbc": Platform(
        # video and live pages are not stories (fundus filters them out too)
        article_url=re.compile(r"/news/(?:articles/[a-z0-9]+|[a-z0-9_-]+-\d{6,9})/?$"),
        body='article [data-component="text-block"],'
        ' article [data-component="subheadline-block"], .story-body__inner',
        headline=("h1.story-body__h1",),
    ),
    "tindle": Platform(article_url=ANY_STORY),
    "nubnews": Platform(article_url=ANY_STORY),
    "generic": Platform(article_url=ANY_STORY),
}


def is_story_url(path: str, platform: str) -> bool:
    """True when a listed URL's path is a story on this platform."""
    return not NOT_STORY.search(path) and bool(
        PLATFORMS[platform].article_url.search(path)
    )
