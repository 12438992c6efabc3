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


@dataclass(frozen=True)
class Link:
    """A link worth requesting: a document to keep, a listing page to read, or both."""

    url: str
    text: str
    is_document: bool
    is_listing: bool


def links(response: TextResponse, source: Source) -> list[Link]:
    """The source's document and listing links on this page, first text wins."""
    found: dict[str, Link] = {}
    for anchor in response.css("a[href]"):
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


def file_name(url: str) -> str:
    """The last path segment of a URL, decoded: a title of last resort."""
    return unquote(PurePosixPath(urlsplit(url).path).name)
