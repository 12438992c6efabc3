"""The saved news article pages with their expected fields (tests/fixtures/news/
PROVENANCE.md): each `NAME.expected.json` labels the page `NAME.html[.gz]` (or the
file its `page` names), written from the page's text before a parser ran on it."""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from pathlib import Path

from scrapy.http import HtmlResponse

from casewatch.text import normalise

ROOT = Path(__file__).parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "news"
SENTENCE = re.compile(r"(.+?[.!?][\"'\u201d\u2019]*)(?:\s|$)")


@dataclass(frozen=True)
class SavedPage:
    """A saved article page and what a reader finds on it."""

    name: str
    expected: dict

    @property
    def platform(self) -> str:
        return self.expected["platform"]

    def response(self) -> HtmlResponse:
        return HtmlResponse(self.expected["url"], body=self.body())

    def body(self) -> bytes:
        if page := self.expected.get("page"):
            return (ROOT / page).read_bytes()
        packed = FIXTURES / f"{self.name}.html.gz"
        if packed.exists():
            return gzip.decompress(packed.read_bytes())
        return (FIXTURES / f"{self.name}.html").read_bytes()


def saved_pages(split: str = "") -> list[SavedPage]:
    """Every labelled page, or those of one split ('dev' or 'held_out')."""
    pages = [
        SavedPage(path.name.split(".")[0], json.loads(path.read_text()))
        for path in sorted(FIXTURES.glob("*.expected.json"))
    ]
    return [page for page in pages if split in ("", page.expected["split"])]


def same(text: str) -> str:
    """Text as casewatch keeps it: NFKC, single spaces."""
    return " ".join(normalise(text).split())


def first_sentence(paragraphs: list[str] | tuple[str, ...]) -> str:
    """The first sentence of a story's first paragraph."""
    if not paragraphs:
        return ""
    found = SENTENCE.match(paragraphs[0])
    return same(found.group(1) if found else paragraphs[0])
