"""Links on a generic listing page (board-papers page, publications page, news section).

Which links matter is the source's business (its `documents` and `follow` patterns in
sources.yml); this module only reads `a[href]` and its text, e.g. in
casewatch/sample_sites/files/kingstonhospital/board-paper-archive.html.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import unquote, urldefrag, urlsplit

from scrapy.http import TextResponse

from casewatch.sources import Source

# Links read on one page. A trust's archive of a decade of board papers links about
# 2,500; each link costs 25-50 µs of the reactor's thread, so the 200,000 of a
# hostile page would hold every download for 5-10 s (benchmarks/hostile.py).
MAX_LINKS = 5_000


@dataclass(frozen=True)
class Link:
    """A link worth requesting: a document to keep, a listing page to read, or both."""

    url: str
    text: str
    is_document: bool
    is_listing: bool


def links(response: TextResponse, source: Source) -> list[Link]:
    """The source's document and listing links among the page's first MAX_LINKS
    links, first text wins."""
    found: dict[str, Link] = {}
    for anchor in response.xpath(f"(//a[@href])[position() <= {MAX_LINKS}]"):
        url = urldefrag(response.urljoin(anchor.attrib["href"].strip())).url
        if urlsplit(url).hostname not in source.allowed_domains:
            continue
        is_document, is_listing = source.is_document(url), source.is_followed(url)
        if not (is_document or is_listing):
            continue
        text = " ".join(" ".join(anchor.css("::text").getall()).split())
        if url not in found or not found[url].text:
            found[url] = Link(url, text, is_document, is_listing)
    return list(found.values())


def links_left_unread(response: TextResponse) -> str:
    """'too_costly: …' when the page has more links than `links` reads, else ''."""
    count = int(float(response.xpath("count(//a[@href])").get() or 0))
    if count <= MAX_LINKS:
        return ""
    return f"too_costly: {count:,} links on the page; the first {MAX_LINKS:,} were read"


def file_name(url: str) -> str:
    """The last path segment of a URL, decoded: a title of last resort."""
    return unquote(PurePosixPath(urlsplit(url).path).name)
