"""Every platform's saved article pages (real where one could be found, imitations of
the real markup otherwise; tests/fixtures/news/PROVENANCE.md) read to the fields
labelled beside them: headline, byline, date, canonical, standfirst and every story
paragraph, no promotion among them."""

from __future__ import annotations

from datetime import datetime

import pytest

from casewatch.pages.news import NotAStory, article
from casewatch.pages.news_platforms import PLATFORMS
from tests.news_pages import first_sentence, same, saved_pages

# Held-out pages are for benchmarks/news_fields.py: no test tunes the parser on them.
PAGES = saved_pages("dev")


def instant(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_article_page_gives_its_labelled_fields(page):
    wanted = page.expected
    if wanted.get("not_a_story"):
        with pytest.raises(NotAStory):
            article(page.response(), page.platform)
        return
    story = article(page.response(), page.platform)
    assert same(story.headline) == same(wanted["headline"])
    assert same(story.byline) == same(wanted["byline"])
    assert instant(story.published) == instant(wanted["published"])
    assert story.canonical == wanted["canonical"]
    assert same(story.standfirst) == same(wanted["standfirst"])
    assert first_sentence(story.paragraphs) == same(wanted["first_sentence"])
    paragraphs = [same(text) for text in story.paragraphs]
    assert paragraphs == [same(text) for text in wanted["paragraphs"]]


def test_every_platform_has_a_labelled_page():
    labelled = {page.platform for page in PAGES}
    assert labelled == set(PLATFORMS)


def test_a_real_page_is_held_out_for_the_benchmark():
    assert any(page.expected["real"] for page in saved_pages("held_out"))
