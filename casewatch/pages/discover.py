"""Where on its own site an organisation lists its papers: a page's score as the
page that lists board papers, committee papers, published case reviews or domestic
homicide reviews, and which of its links to read next.

Public-sector sites bury these pages under "About us" or "Professionals" and name
them their own way ("Meetings and papers", "Learning from reviews", "Related death
reviews"), next to pages that look alike: the governors' papers, a news story
about one review, an explainer of what a review is. A page scores by
  its own title and headings   naming what is sought ("Trust Board meetings and papers")
  the link that led to it      its text ("Meetings and papers")
  what it links                documents that are what is sought (dated packs,
                               reviews' reports) and, for a landing page, year
                               archives and per-meeting pages
and loses points for being news, an archive of old years, or the papers of another
body (governors, members' council). The imitation sites in tests/sites/discover show
each pattern; PROVENANCE.md there says which real site each imitates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit

from bs4 import BeautifulSoup

from casewatch.pages.discover_targets import Target

DOCUMENT = re.compile(
    r"\.(?:pdf|docx?|odt|rtf|zip)(?:$|\?)|/download_file/|/download/|/downloads/file/|"
    r"/documents?/\d|/media/[^/]+/[^/]+\.\w+$",
    re.IGNORECASE,
)
DATE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s+\d{4}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)
YEAR_ONLY = re.compile(
    r"^\D{0,40}(?:19|20)\d\d(?:\s*(?:-|to|/)\s*(?:20)?\d\d)?\D{0,10}$"
)
# Not what anyone seeks, wherever it is: site furniture and other services.
NEVER = re.compile(
    r"cookie|privacy|accessibility|contact|vacanc|jobs?\b|careers|login|sign.in|"
    r"search|sitemap|feedback|complain|donate|shop|translate",
    re.IGNORECASE,
)
NEWS = re.compile(r"/(?:news|blog|press|events?|stories)(?:/|$)", re.IGNORECASE)
OLD = re.compile(r"\barchived?\b|previous years|historic|\bold\b", re.IGNORECASE)


@dataclass(frozen=True)
class Link:
    """A link on a page: where to, its words, and whether it is a document."""

    url: str
    text: str
    is_document: bool


@dataclass(frozen=True)
class Page:
    """What a page says of itself and links to."""

    url: str
    title: str
    headings: tuple[str, ...]
    links: tuple[Link, ...]


@dataclass(frozen=True)
class Score:
    """A page's points as the target's page, and why."""

    points: float
    reasons: tuple[str, ...] = field(default=())


def read_page(url: str, html: str | bytes) -> Page:
    """A page's title, headings (h1-h3) and links, first text for each URL; links
    with no text take their title or image's alt."""
    soup = BeautifulSoup(html, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    headings = tuple(
        " ".join(h.get_text(" ", strip=True).split())
        for h in soup.find_all(["h1", "h2", "h3"])
    )
    found: dict[str, Link] = {}
    for anchor in soup.find_all("a", href=True):
        href = urldefrag(urljoin(url, str(anchor["href"]).strip())).url
        if urlsplit(href).scheme not in ("http", "https"):
            continue
        alt = anchor.img.get("alt", "") if anchor.img else ""
        text = " ".join(anchor.get_text(" ", strip=True).split()) or str(
            anchor.get("title") or alt
        )
        if href not in found or not found[href].text:
            found[href] = Link(href, text, bool(DOCUMENT.search(href)))
    return Page(url, title, headings, tuple(found.values()))


def phrase_weight(text: str, target: Target) -> float:
    """The weight of the heaviest phrase of the target in a text (0 if none)."""
    folded = _fold(text)
    return max((w for phrase, w in target.phrases if phrase in folded), default=0.0)


def score_page(page: Page, target: Target, came_by: str = "") -> Score:
    """How well a page fits as the one that lists the target's papers."""
    main = page.headings[0] if page.headings else page.title
    named = max(phrase_weight(main, target), phrase_weight(page.title, target))
    other_body = bool(target.others.search(main) or target.others.search(page.title))
    papers = [link for link in page.links if _is_paper(link, target)]
    archives = [link for link in page.links if _is_archive(link, target)]
    parts = [
        (2 * named, f"its heading names it ({main!r})"),
        (phrase_weight(came_by, target), f"the link to it says {came_by!r}"),
        (0.5 * min(len(papers), 12), f"{len(papers)} documents of its kind"),
        (1.5 * min(len(archives), 6), f"{len(archives)} year or meeting pages"),
        (-4.0 * (not papers and not archives), "it links no documents of its kind"),
        (-6.0 * other_body, "it is another body's or another kind's page"),
        (-5.0 * bool(NEWS.search(urlsplit(page.url).path)), "it is news"),
        (-3.0 * bool(OLD.search(main) or YEAR_ONLY.match(main)), "it is one old year"),
    ]
    kept = [(points, why) for points, why in parts if points]
    return Score(round(sum(p for p, _ in kept), 2), tuple(why for _, why in kept))


def link_priority(link: Link, target: Target) -> float:
    """How promising a link is to follow, 0 and up (higher first); -1 for one not
    worth reading (a document, site furniture)."""
    path = urlsplit(link.url).path
    if link.is_document or NEVER.search(link.text) or NEVER.search(path):
        return -1.0
    text = _fold(link.text)
    points = 2 * phrase_weight(link.text, target)
    points += phrase_weight(path.replace("-", " ").replace("_", " "), target)
    points += 1.5 * any(section in text for section in target.sections)
    points -= 3 * bool(target.others.search(link.text))
    if NEWS.search(path):  # a story may point at the page, but the menus lead to it
        points = min(points, 0.5)
    return max(points, 0.0)


def same_site(url: str, home: str) -> bool:
    """True when a URL is on the organisation's own host (with or without www.)."""

    def host(u: str) -> str:
        return (urlsplit(u).hostname or "").removeprefix("www.")

    return host(url) == host(home)


def baseline_link(page: Page, target: Target) -> Link | None:
    """The naive rule discovery is measured against: the first link on the page
    whose text contains one of the target's baseline phrases."""
    return next(
        (
            link
            for link in page.links
            if any(phrase in _fold(link.text) for phrase in target.baseline)
        ),
        None,
    )


def _is_paper(link: Link, target: Target) -> bool:
    return (
        link.is_document
        and bool(target.documents.search(link.text) or DATE.search(link.text))
        and not target.others.search(link.text)
    )


def _is_archive(link: Link, target: Target) -> bool:
    """A year archive ("Public Board Papers 2026", "2025 - 2026") or a meeting's
    page ("Board Meeting Thursday 28th May 2026") of the page's own kind."""
    if link.is_document or target.others.search(link.text):
        return False
    dated = bool(DATE.search(link.text))
    return dated and (
        bool(YEAR_ONLY.match(link.text)) or phrase_weight(link.text, target) > 0
    )


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("\u2019", "'").replace("&", "and").split())
