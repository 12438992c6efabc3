"""NHS trust board-papers pages: packs and papers, year archives, meeting sub-pages.

Every trust runs its own CMS, so this reads links, not markup (research sources.md
§2.1 and the register in ../shared/fixtures/real/nhs/davewest84_trust_urls_excerpt.csv):
  packs on the landing page   WordPress /wp-content/uploads/2026/05/…Board…pack.pdf
                              (King's College), VerseOne /download/board-papers-….pdf
  year archives               /board-papers/2026 (Surrey and Sussex), then split
                              papers /download_file/view/<id>/<n>, the date only in
                              the link text
  one sub-page per meeting    /board-meetings/board-28-may-2026/ then
                              /media/<hash>/public-board-meeting-pack-28052026-v1.pdf
  JavaScript-built lists      no links without a browser (Bradford, Queen Victoria)
A paper's meeting date comes from its link text, else its file name, else the
nearest heading above it, the page's heading, or the link that led to the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import unquote, urldefrag, urlsplit

from scrapy.http import TextResponse

from casewatch.pages.papers import Paper, date_in, kind_from_title

DOCUMENT = re.compile(
    r"\.(?:pdf|docx?|pptx?|xlsx?|odt|rtf)$|/download_file/|/download/|/documents/\d",
    re.IGNORECASE,
)
BOARDISH = re.compile(r"board|papers|meeting", re.IGNORECASE)
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# Documents and pages on a board-papers page that are not board papers (the
# register's exclude_patterns): registers of interests, expenses, governors.
NOT_PAPERS = re.compile(
    r"interests|expenses|governors|pay.gap|terms.of.reference|members|meeting.dates"
    r"|privacy|cookie|accessibility|vacanc|contact",
    re.IGNORECASE,
)
WORDPRESS_UPLOAD = re.compile(r"/wp-content/uploads/(\d{4})/(\d{2})/")
SECTION = "preceding::*[self::h2 or self::h3 or self::h4][1]//text()"
APP_ROOT = re.compile(r'<div id="(?:root|app|__next)"[^>]*>\s*</div>', re.IGNORECASE)


@dataclass(frozen=True)
class BoardLink:
    """A page to read for more papers: a year archive or a meeting's page, with the
    date or year its link names (YYYY-MM-DD, YYYY-MM, YYYY or '')."""

    url: str
    text: str
    when: str


@dataclass(frozen=True)
class BoardPage:
    """The papers on a page, the pages to read for more, and, if the page cannot
    be read without a browser, why."""

    papers: tuple[Paper, ...]
    follow: tuple[BoardLink, ...]
    unsupported: str = ""


def board_page(
    response: TextResponse, hosts: tuple[str, ...], landing: str, via: str = ""
) -> BoardPage:
    """What a trust's board-papers page (or one of its archive or meeting pages)
    links to on the trust's hosts; `landing` is the board-papers page's URL and
    `via` the text of the link that led here."""
    heading = _words(response.css("h1 ::text").getall())
    papers: dict[str, Paper] = {}
    follow: dict[str, BoardLink] = {}
    for anchor in response.css("a[href]"):
        url = urldefrag(response.urljoin(anchor.attrib["href"].strip())).url
        text = _words(anchor.css("::text").getall()) or anchor.attrib.get("title", "")
        if urlsplit(url).hostname not in hosts or NOT_PAPERS.search(f"{text} {url}"):
            continue
        if DOCUMENT.search(urlsplit(url).path):
            section = _words(anchor.xpath(SECTION).getall())
            papers.setdefault(url, _paper(url, text, (section, heading, via)))
        elif _is_board_page(url, text, landing) and url != response.url:
            follow.setdefault(url, _link(url, text))
    unsupported = "" if papers or follow else _needs_browser(response)
    return BoardPage(tuple(papers.values()), tuple(follow.values()), unsupported)


def _link(url: str, text: str) -> BoardLink:
    path = unquote(urlsplit(url).path)
    year = YEAR.search(f"{text} {path}")
    when = date_in(text) or date_in(path) or (year[0] if year else "")
    return BoardLink(url, text, when)


def _paper(url: str, text: str, context: tuple[str, ...]) -> Paper:
    """A document; its date from its link text, its file name, or else the nearest
    heading above it, the page's heading and the link that led to the page."""
    name = unquote(PurePosixPath(urlsplit(url).path).name)
    upload = WORDPRESS_UPLOAD.search(url)
    dates = (date_in(words) for words in (text, name, *context))
    return Paper(
        url=url,
        title=text or name,
        kind=_kind(text or name),
        meeting_date=next((found for found in dates if found), ""),
        published=f"{upload[1]}-{upload[2]}" if upload else "",
    )


def _kind(title: str) -> str:
    """A title naming a board meeting and its date is the meeting's whole pack."""
    kind = kind_from_title(title)
    if kind == "report" and re.search(r"\bboard\b", title, re.I) and date_in(title):
        return "pack"
    return kind


def _is_board_page(url: str, text: str, landing: str) -> bool:
    """A page under the board-papers page, or one naming a year and the board."""
    path, landing_path = urlsplit(url).path, urlsplit(landing).path
    if path.rstrip("/").startswith(landing_path.rstrip("/") + "/"):
        return True
    words = f"{text} {path}"
    return bool(YEAR.search(words) and BOARDISH.search(words))


def _needs_browser(response: TextResponse) -> str:
    """Why a page that links to nothing is built by JavaScript, or '' if it is not."""
    visible = response.xpath(
        "//body//text()[not(ancestor::script) and not(ancestor::noscript)]"
    ).getall()
    noscript = _words(response.css("noscript ::text").getall())
    if "javascript" in noscript.lower():
        return f"unsupported: the page needs JavaScript ({noscript[:80]!r})"
    scripted = response.css("script") and len(_words(visible)) < 200
    if APP_ROOT.search(response.text) or scripted:
        return "unsupported: the page builds its list of papers with JavaScript"
    return ""


def _words(texts: list[str]) -> str:
    return " ".join(" ".join(texts).split())
