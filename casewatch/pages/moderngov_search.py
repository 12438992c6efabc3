"""ModernGov's document search, `ieSearchResults2.aspx?SS=<phrase>&…&PG=<n>`.

Ten hits a page, best match first (tests/fixtures/moderngov/kent_ieSearchResults2_*,
kirklees_ieSearchResults2_*): inside div#modgov, hits are separated by <hr/>; each
starts with a p.mgAiTitleTxt saying "Meeting: <dd/mm/yyyy[, hh:mm]> - <committee>
(n)" or "Key issue:" / "Issue:" (an issue history, which belongs to no meeting). A
meeting hit on a current meeting links its page (ieListDocuments.aspx?CId=&MID=)
and then the agenda item (…#AI54346); a hit on an old archive links a
ceListDocuments.aspx meeting and, in a ul.mgBulletList, the matching documents
themselves (ceListDocuments.aspx?…&RD=, olddocuments/….pdf, mgConvert2PDF.aspx).
"Next page of search results" links the next page; the last page has no such link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from urllib.parse import quote, urldefrag, urlsplit

from parsel import Selector
from scrapy.http import TextResponse

from casewatch.pages.moderngov import (
    MEETING_PAGE,
    canonical_meeting_url,
    link_text,
    modgov_content,
    query_value,
    size_of,
    words,
)
from casewatch.pages.papers import Paper, date_in, kind_from_title

SEARCH_PHRASES = (
    "serious case review",
    "safeguarding practice review",
    "safeguarding adults review",
    "domestic homicide review",
    "Ofsted",
)
PARTS = (
    ".//*[self::hr or self::p[contains(@class, 'mgAiTitleTxt')]"
    " or self::ul[contains(@class, 'mgBulletList')]]"
)
NEXT_PAGE = ".//a[@title='Next page of search results']/@href"
HIT_NUMBER = re.compile(r"\s*\(\d+(?:\.\d+)*\)$")  # "(8)", "(7.1)"


@dataclass(frozen=True)
class Hit:
    """A search hit on a meeting: the meeting page and agenda item of a current
    meeting, and the documents the hit links itself (an old archive's)."""

    meeting_url: str
    agenda_item: str
    committee: str
    meeting_date: str
    papers: tuple[Paper, ...] = field(default=())


@dataclass(frozen=True)
class SearchPage:
    """One page of search results and the address of the next, if there is one."""

    hits: tuple[Hit, ...]
    next_page: str = ""


def search_url(base: str, phrase: str, page: int = 1) -> str:
    """The site's document search for an exact phrase, one page of hits."""
    return (
        f"{base.rstrip('/')}/ieSearchResults2.aspx?SS={quote(phrase)}"
        f"&DT=3&ADV=0&CA=false&SB=true&PG={page}"
    )


def search_results(response: TextResponse) -> SearchPage:
    """ieSearchResults2: the meeting hits, in order, and the next page's address.
    "No results found for your query" is a page without hits."""
    content = modgov_content(response)
    blocks: list[list[Selector]] = [[]]
    for part in content.xpath(PARTS):
        if part.root.tag == "hr":
            blocks.append([])
        else:
            blocks[-1].append(part)
    hits = tuple(hit for block in blocks if (hit := _hit(response, block)))
    next_page = content.xpath(NEXT_PAGE).get()
    return SearchPage(hits, response.urljoin(next_page) if next_page else "")


def _hit(response: TextResponse, block: list[Selector]) -> Hit | None:
    """The hit a block of parts describes, or None when it is not a meeting's."""
    headings = [
        part
        for part in block
        if part.root.tag == "p" and "Meeting:" in words(part.xpath("text()").getall())
    ]
    if not headings or not (link := headings[0].css("a[href]")):
        return None
    when, _, committee = HIT_NUMBER.sub("", link_text(link[0])).partition(" - ")
    href = response.urljoin(link[0].attrib["href"])
    items = [
        anchor.attrib["href"]
        for part in block
        if part.root.tag == "p"
        for anchor in part.css("a[href*='#AI']")
    ]
    hit = Hit(
        meeting_url=canonical_meeting_url(href) if MEETING_PAGE in href else "",
        agenda_item=urlsplit(items[0]).fragment[2:] if items else "",
        committee=committee.strip(),
        meeting_date=date_in(when),
    )
    papers = tuple(
        _paper(response, anchor, hit)
        for part in block
        if part.root.tag == "ul"
        for anchor in part.css("a[href]")
    )
    return replace(hit, papers=papers)


def _paper(response: TextResponse, anchor: Selector, hit: Hit) -> Paper:
    """A document a hit links itself, without the hit's number and search terms."""
    url = urldefrag(response.urljoin(anchor.attrib["href"])).url
    title = HIT_NUMBER.sub("", link_text(anchor))
    return Paper(
        url=url,
        title=title,
        kind=kind_from_title(title),
        committee=hit.committee,
        meeting_date=hit.meeting_date,
        metadata={
            "meeting_id": query_value(url, "MId") or query_value(url, "MID"),
            "size": size_of(anchor),
        },
    )
