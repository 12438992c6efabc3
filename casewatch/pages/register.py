"""Published case reviews as registers list them: the NSPCC repository's yearly
"recently published case reviews" lists and each partnership's reviews page.

Both are headings over a few paragraphs and links (research/sources.md §5.2-5.3):

* NSPCC: `<h3>2023 - Anonymous - Child A</h3>` (en dashes), then what happened,
  "Learning focuses on: ...", and links to the report
  (tests/sites/register/files/nspcc/recently-published-case-reviews.html).
* Partnerships: one heading per review, newest first, naming the subject and often
  the type and date ("Carl & Max - SPR published 17th March 2022", "Child Q SCR:
  'Where were you when I was six?'"), under section headings such as "Domestic
  Homicide Reviews" (tests/sites/register/files/croydonlcsb/serious-case-reviews.html).

A heading that names no subject, or neither a type nor a date, is a section heading:
its review type carries to the entries below it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urldefrag

from bs4 import BeautifulSoup, Tag
from scrapy.http import Response

from casewatch.pages.papers import date_in
from casewatch.places import by_code, council_for
from casewatch.sources import Source

HEADINGS = ["h2", "h3", "h4"]
CONTENT = ("main", "article", "[role=main]", "#content", "body")
DASH = "[\u2013\u2014-]"  # en dash, em dash, hyphen
NSPCC_HEADING = re.compile(
    rf"^(?P<year>(?:19|20)\d\d)\s*{DASH}\s*(?P<place>.+?)\s*{DASH}\s*(?P<subject>.+)$"
)
# Review types in the detectors' codes, most specific first.
TYPES = tuple(
    (code, re.compile(pattern, re.IGNORECASE))
    for code, pattern in (
        ("DHR", r"domestic\s+homicide|\bDHRs?\b"),
        ("SAR", r"safeguarding\s+adults?\s+reviews?|\bSARs?\b"),
        ("LCSPR", r"local\s+child\s+safeguarding\s+practice|\bLCSPRs?\b"),
        ("CSPR", r"safeguarding\s+practice\s+reviews?|\bC?SPRs?\b"),
        ("SCR", r"serious\s+case\s+reviews?|\bSCRs?\b"),
    )
)
QUOTES = "'\u2018\u2019\""
PSEUDONYM = re.compile(
    r"\b(?P<code>Child|Baby|Adult|Family|Children|Sibling\s+Group)\s+"
    rf"[{QUOTES}]?(?P<letter>[A-Z]{{1,2}})[{QUOTES}]?(?!\w)"
)
# "Carl & Max - SPR ...", "'Ben' - SPR ...": the name before the first dash.
BEFORE_DASH = re.compile(
    rf"^[{QUOTES}]?(?P<name>[^\u2013\u2014:-]{{1,40}}?)[{QUOTES}]?\s*{DASH}\s"
)
PUBLISHED = re.compile(r"\bpublished\b(?P<when>.{0,40})", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
ANONYMOUS = {"anonymous", "anonymised"}


@dataclass(frozen=True)
class RegisterEntryItem:
    """One published review as a register lists it: a row of `published_reviews`."""

    source: str
    title: str
    subject: str
    type: str
    board: str
    local_authority: str
    la_code: str
    year: int | None
    published: str  # YYYY-MM-DD or YYYY-MM when the entry says, else ''
    url: str  # the report it links to, else the register page


@dataclass(frozen=True)
class Heading:
    """A heading of a register page, with the text and links of what follows it."""

    title: str
    text: str
    url: str


def published_reviews(response: Response, source: Source) -> list[RegisterEntryItem]:
    """The reviews a register page lists, in page order; [] for a page that lists
    none yet ("will be added to this page when published")."""
    soup = BeautifulSoup(response.body, "lxml")
    content = next(
        (found for selector in CONTENT if (found := soup.select_one(selector))), soup
    )
    entries: list[RegisterEntryItem] = []
    section_type = ""
    for tag in content.find_all(HEADINGS):
        heading = _heading(tag, response)
        if nspcc := NSPCC_HEADING.match(heading.title):
            entries.append(_nspcc_entry(heading, nspcc, source))
        elif entry := _partnership_entry(heading, source, section_type):
            entries.append(entry)
        else:
            section_type = _type(heading.title)
    return entries


def _nspcc_entry(heading: Heading, nspcc: re.Match[str], source: Source):
    place = nspcc["place"]
    council = council_for(place)
    return RegisterEntryItem(
        source=source.slug,
        title=heading.title,
        subject=_pseudonym(nspcc["subject"]) or nspcc["subject"].strip(QUOTES + " "),
        type=_type(heading.text),
        board="" if place.lower() in ANONYMOUS else place,
        local_authority=council.common_name if council else "",
        la_code=council.code if council else "",
        year=int(nspcc["year"]),
        published="",
        url=heading.url,
    )


def _partnership_entry(heading: Heading, source: Source, section_type: str):
    """A heading naming a subject and a type or a publication date; else None."""
    before = BEFORE_DASH.match(heading.title)
    subject = _pseudonym(heading.title) or (before["name"].strip() if before else "")
    published = date_in(heading.title) or _published_date(heading.text)
    title_type = _type(heading.title)
    if not subject or _type(subject) or not (title_type or published):
        return None
    year = YEAR.search(published or heading.title)
    council = by_code(source.council) if source.council else None
    return RegisterEntryItem(
        source=source.slug,
        title=heading.title,
        subject=subject,
        type=title_type or section_type,
        board=source.name,
        local_authority=council.common_name if council else "",
        la_code=source.council,
        year=int(year.group()) if year else None,
        published=published,
        url=heading.url,
    )


def _heading(tag: Tag, response: Response) -> Heading:
    below = []
    for sibling in tag.find_next_siblings():
        if sibling.name in HEADINGS:
            break
        below.append(sibling)
    title = _words(tag.get_text(" "))
    text = " ".join([title, *(_words(element.get_text(" ")) for element in below)])
    return Heading(title, text, _link(below, response))


def _link(below: list[Tag], response: Response) -> str:
    """The entry's report: its first PDF link, else its first link, else the page."""
    links = [str(a["href"]).strip() for tag in below for a in tag.select("a[href]")]
    pdfs = [href for href in links if ".pdf" in href.lower()]
    chosen = (pdfs or links or [""])[0]
    return urldefrag(response.urljoin(chosen)).url if chosen else response.url


def _pseudonym(text: str) -> str:
    """'Child L' from "Child 'L' - SCR published ..."."""
    found = PSEUDONYM.search(text)
    return f"{found['code']} {found['letter']}" if found else ""


def _published_date(text: str) -> str:
    """The date just after "published" ("SCR published 22nd August 2018")."""
    found = PUBLISHED.search(text)
    return date_in(found["when"]) if found else ""


def _type(text: str) -> str:
    return next((code for code, pattern in TYPES if pattern.search(text)), "")


def _words(text: str) -> str:
    return " ".join(text.split())
