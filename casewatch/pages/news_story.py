"""A story's paragraphs, from its platform's containers or the page's densest run of
paragraphs: never a caption, an embedded post, a related-stories list, an advert or
a promotion ("Read more: ...", "Do you have a story to tell? Email ...", newsletter
sign-ups), so one story syndicated to several titles is one text.

A paragraph is kept for what it is, not for its links: Reach's pre-2025 template
marks every inline topic link with `data-link-tracking`, so a rule on that attribute
dropped real paragraphs (tests/fixtures/news/PROVENANCE.md). A paragraph that is
nothing but a link is a pointer to another story and is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from bs4 import BeautifulSoup, Tag

from casewatch.text import normalise

BLOCKS = ("p", "h2", "h3", "h4", "li")
# What sits inside a story's container but is not the story.
# Class words match in any case ("VideoCaption", "related-links").
CHROME_CLASSES = (
    "related",
    "newsletter",
    "promo",
    "advert",
    "read-more",
    "share",
    "social",
    "caption",
    "comments",
)
NOT_STORY = ", ".join(
    [
        "figure, figcaption, aside, nav, form, header, footer, script, style",
        "noscript, template, iframe, button, [aria-hidden=true], .off-screen",
        "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed",
        '[data-testid*="newsletter"], [data-testid*="related"]',
        "reach-mpu, reach-adyoulike, reach-taboola, reach-viafoura-comments",
        *(f'[class*="{word}" i]' for word in CHROME_CLASSES),
    ]
)
PAGE_CHROME = "script, style, noscript, template, nav, header, footer, aside, form"
# Openings of the lines a publisher adds to every story (research/sources.md §3).
PROMOTION = re.compile(
    r"^(?:read (?:more|next)\b|related(?: stories| articles)?:|more on this story\b"
    r"|see also\b|also read\b|most read\b|don'?t miss\b|trending\b"
    r"|download (?:the|our) .{1,40} app\b"
    r"|(?:do|did) you have a (?:story|news story)\b|have you got a story\b"
    r"|got a (?:news )?story\b|if you have a story\b|want more stories\b"
    r"|want to see more stories\b|send us your (?:news|story|stories)\b"
    r"|(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|inbox|alerts)\b"
    r"|get (?:the|all the|our) (?:latest|biggest|top)\b.{0,100}"
    r"\b(?:inbox|newsletter)\b"
    r"|(?:follow|like) us on\b"
    r"|join (?:our|the)\b.{0,50}\b(?:whatsapp|facebook|community)\b"
    r"|to (?:view|read) (?:our|the) (?:latest )?e-?editions?\b|click here to\b"
    r"|scroll down for\b|send your story ideas\b|follow bbc\b"
    r"|-?\s*advertisement\s*-?$|(?:hide ad\s*)+$)",
    re.I,
)
LINK_SHARE = 0.9  # a block this much link text is a pointer, not a paragraph


def story_blocks(soup: BeautifulSoup, containers: str) -> list[str]:
    """The story's paragraphs and subheadings in reading order: from the platform's
    containers when they hold any, else from the page's densest run of paragraphs."""
    found = list(_blocks(_outermost(soup.select(containers)))) if containers else []
    if not found:
        found = list(_blocks(_densest(soup)))
    return _unique(found)


def words(text: str) -> str:
    """Text with its whitespace runs made single spaces."""
    return " ".join(text.split())


def _outermost(elements: list[Tag]) -> list[Tag]:
    """The elements not inside another of them (selectors overlap across years)."""
    chosen = set(map(id, elements))
    return [e for e in elements if not any(id(p) in chosen for p in e.parents)]


def _blocks(containers: Iterable[Tag]) -> Iterator[str]:
    for container in containers:
        for unwanted in container.select(NOT_STORY):
            unwanted.decompose()
        for block in container.find_all(BLOCKS):
            if _inside_block(block, container):
                continue
            text = words(normalise(block.get_text("")))
            if text and not PROMOTION.match(text) and not _pointer(block, text):
                yield text


def _inside_block(block: Tag, container: Tag) -> bool:
    for parent in block.parents:
        if parent is container:
            return False
        if parent.name in BLOCKS:
            return True
    return False


def _pointer(block: Tag, text: str) -> bool:
    """True for a block that is all link: another story's title."""
    linked = sum(len(words(a.get_text(""))) for a in block.find_all("a"))
    return linked >= LINK_SHARE * len(text)


def _densest(soup: BeautifulSoup) -> list[Tag]:
    """The element holding most paragraph text, counting a paragraph for its parent
    and half for its grandparent (so a run of wrapped paragraphs still counts)."""
    for chrome in soup.select(PAGE_CHROME):
        chrome.decompose()
    scores: dict[int, float] = {}
    elements: dict[int, Tag] = {}
    for paragraph in soup.find_all("p"):
        length = len(words(paragraph.get_text(" ")))
        for share, holder in zip((1.0, 0.5), paragraph.parents, strict=False):
            elements[id(holder)] = holder
            scores[id(holder)] = scores.get(id(holder), 0.0) + share * length
    if not scores:
        return []
    best = max(scores, key=lambda key: scores[key])
    return [elements[best]]


def _unique(blocks: list[str]) -> list[str]:
    """Each text once: templates print some blocks twice (mobile and desktop)."""
    return list(dict.fromkeys(blocks))
