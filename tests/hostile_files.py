"""Hostile documents and pages, generated (the large ones are never committed), and a
loopback site that links them from a trust's board-papers page.

Each imitates what malformed input tried against the crawl showed (issue 20): a PDF
whose page tree loops, a 1 MB PDF whose content stream inflates to 1 GiB, HTML pages
that repeat "serious case review" for 400 KB or 40 MB (and a PDF for 8 pages), a
listing of 200,000 links, a Cloudflare challenge answered with status 200, a
response that takes 30 s, a redirect loop; and, from the sample sites, a real
encrypted and a real truncated PDF.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from casewatch.sample_sites import FILES, Route, SampleSites
from tests.ports import free_port

SLUG = "hostile-trust"
SITES = Path(__file__).parent / "sites"
DOCUMENTS = "/hostile/documents"
LISTINGS = "/hostile/listings"
CHALLENGE = SITES / "kingston-moderngov/files/cloudflare_challenge.html"
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
PAGE = b"BT /F1 12 Tf 72 720 Td (The Board noted the serious case review.) Tj ET"


def pdf(objects: list[bytes]) -> bytes:
    """A PDF of the numbered objects (the first is the catalogue), with a correct
    cross-reference table, as a minimal writer makes one."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def stream(data: bytes, dictionary: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n%s\nendstream" % (len(data), dictionary, data)


def one_page(contents: int, font: int = 5) -> bytes:
    """A page object whose content stream is object `contents`, font object `font`."""
    return (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
        b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (contents, font)
    )


def looping_pdf() -> bytes:
    """Page 1 reads; the page tree's Kids then point back at the tree itself, and
    PDFium raises PdfiumError ("Failed to load page") for page 2."""
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
            one_page(4),
            stream(PAGE),
            FONT,
        ]
    )


def inflating_pdf(mebibytes: int = 1024) -> bytes:
    """About 1 MB a GiB: one page whose content stream inflates to `mebibytes` MiB
    of spaces (a decompression bomb)."""
    squeeze = zlib.compressobj(9)
    spaces = b" " * (1 << 20)
    data = squeeze.compress(PAGE + b"\n")
    data += b"".join(squeeze.compress(spaces) for _ in range(mebibytes))
    data += squeeze.flush()
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            one_page(4),
            stream(data, b"/Filter /FlateDecode "),
            FONT,
        ]
    )


def repeating_page(size: int) -> bytes:
    """An HTML page of `size` bytes repeating the phrase the detectors look for."""
    head = b"<html><head><title>Reviews</title></head><body><main><p>"
    tail = b"</p></main></body></html>"
    phrase = b"serious case review "
    body = phrase * ((size - len(head) - len(tail)) // len(phrase))
    return head + body + tail


def repeating_pdf(pages: int, characters: int = 100_000) -> bytes:
    """A PDF of `pages` pages, each repeating "the serious case review of Child A" (B,
    C...) for `characters` characters: as much as the detectors read of a page, on
    every page (the pages differ, or all would be taken for a running header)."""
    first = 3 + pages  # the page objects, then their content streams, then the font
    font = first + pages
    kids = b" ".join(b"%d 0 R" % (3 + number) for number in range(pages))
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
            *(one_page(first + number, font) for number in range(pages)),
            *(stream(hits(number, characters)) for number in range(1, pages + 1)),
            FONT,
        ]
    )


def hits(page: int, characters: int) -> bytes:
    """A page's content stream: lines of 20,000 characters (PDFium reads 32,767 of a
    string) repeating the phrase."""
    phrase = b"the serious case review of Child %s " % bytes([64 + page])
    line = phrase * (20_000 // len(phrase))
    return b"\n".join(
        b"BT /F1 1 Tf 0 %d Td (%s) Tj ET" % (row, line)
        for row in range(characters // len(line) + 1)
    )


def link_listing(links: int) -> bytes:
    """A board-papers archive page with `links` links, none to a board paper."""
    items = "".join(
        f'<li><a href="/hostile/archive/item-{number}.html">Item {number}</a></li>'
        for number in range(links)
    )
    return f"<html><body><h1>Archive</h1><ul>{items}</ul></body></html>".encode()


def sample(name: str) -> Callable[[], bytes]:
    return lambda: (FILES / name).read_bytes()


@dataclass(frozen=True)
class Hostile:
    """One hostile file: where it is served, what the server answers, and whether
    the landing page links it as a document or as a page of more links."""

    name: str
    make: Callable[[], bytes] | None
    content_type: str = "application/pdf"
    listing: bool = False

    @property
    def path(self) -> str:
        return f"{LISTINGS if self.listing else DOCUMENTS}/{self.name}"


HTML = "text/html; charset=utf-8"
HOSTILE = {
    hostile.name: hostile
    for hostile in (
        Hostile("looping-page-tree.pdf", looping_pdf),
        Hostile("inflates-to-1-gib.pdf", inflating_pdf),
        Hostile("repeats-400-kb.html", lambda: repeating_page(400_000), HTML),
        Hostile("repeats-40-mb.html", lambda: repeating_page(40_000_000), HTML),
        Hostile("repeats-on-8-pages.pdf", lambda: repeating_pdf(8)),
        Hostile("links-200000.html", lambda: link_listing(200_000), HTML, True),
        Hostile("challenge.html", CHALLENGE.read_bytes, HTML, True),
        Hostile("challenge.pdf", CHALLENGE.read_bytes, HTML),
        Hostile("slow.pdf", sample("kingstonhospital/trust-board-part-1-may-2015.pdf")),
        Hostile("redirect-loop.pdf", None),
        Hostile(
            "encrypted.pdf", sample("southwarklscb/annual-report-2014-15-encrypted.pdf")
        ),
        Hostile(
            "truncated.pdf",
            sample("kingstonhospital/trust-board-part-1-september-2015-truncated.pdf"),
        ),
        Hostile(
            "ordinary.pdf", sample("kingstonhospital/trust-board-part-1-march-2016.pdf")
        ),
    )
}
# How long the slow response takes when the site is slow.
SLOW_SECONDS = 30


class HostileSite(SampleSites):
    """A trust's board-papers page at /hostile/ linking the named hostile files,
    written to `folder`, with a watch list of one `listing` source for it."""

    def __init__(self, folder: Path, names: tuple[str, ...], slow: float = 0) -> None:
        chosen = [HOSTILE[name] for name in names]
        routes = {"/hostile/": Route("/hostile/", "hostile.html", HTML)}
        for hostile in chosen:
            routes[hostile.path] = self._route(folder, hostile, slow)
        links = "".join(
            f'<li><a href="{hostile.path}">{hostile.name}</a></li>'
            for hostile in chosen
        )
        (folder / "hostile.html").write_text(
            f"<html><body><h1>Board papers</h1><ul>{links}</ul></body></html>"
        )
        super().__init__(free_port(), routes, folder)
        self.sources = folder / "sources.yml"
        self.sources.write_text(
            f"- slug: {SLUG}\n  name: Hostile NHS Trust\n  kind: nhs_trust\n"
            f"  platform: listing\n  start_urls: ['{self.base_url}/hostile/']\n"
            f"  documents: ['{DOCUMENTS}/']\n  follow: ['{LISTINGS}/']\n"
        )

    @staticmethod
    def _route(folder: Path, hostile: Hostile, slow: float) -> Route:
        if hostile.make is None:  # a redirect to itself
            return Route(hostile.path, status=302, location=hostile.path)
        (folder / hostile.name).write_bytes(hostile.make())
        delay = slow if hostile.name == "slow.pdf" else 0
        return Route(hostile.path, hostile.name, hostile.content_type, delay=delay)

    def url(self, name: str) -> str:
        return self.base_url + HOSTILE[name].path
