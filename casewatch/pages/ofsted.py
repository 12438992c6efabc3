"""Ofsted's provider page of a council's children's services, and what it links to.

`reports.ofsted.gov.uk/provider/44/<URN>` lists every publication as an event of a
timeline, newest first (research/sources.md §4.2; tests/sites/ofsted/files/, which
imitates it):

    <h1 class="heading--title">Royal Borough of Kingston upon Thames</h1>
    <ol class="timeline">
      <li class="timeline__day"><div class="event">
        <p class="timeline__date"><time>06 December 2024</time></p>
        <a class="publication-link" href="https://files.ofsted.gov.uk/v1/file/50267803">
          Children's services inspection
          <span class="nonvisual">Children's services inspection, PDF - 29 January 2025
          </span>
        </a>
        <div>Published <time>29 January 2025</time></div>
      </div></li>

The hidden `span.nonvisual` says what the publication is and when it was published;
the event's own date is the inspection's or visit's. A link Ofsted no longer has
answers with an HTML "Report not found" page in place of the PDF
(tests/fixtures/ofsted/reports_ofsted_report-not-found_page_saved-as-pdf-url.html).
"""

from __future__ import annotations

import re

from scrapy.http import Response, TextResponse

from casewatch.pages.papers import MarkupChanged, Paper, date_in

KIND = "inspection_report"
# What a publication is, by the words of its label, most specific first; a label
# that names none of them (a letter, a SEND area inspection) is not read.
REPORT_TYPES = (
    ("jtai", re.compile(r"joint\s+targeted\s+area\s+inspection|\bJTAI\b", re.I)),
    ("focused_visit", re.compile(r"focused\s+visit", re.I)),
    ("monitoring_visit", re.compile(r"monitoring\s+visit", re.I)),
    ("inspection", re.compile(r"children['\u2019]?s\s+services\s+inspection", re.I)),
    (
        "inspection",
        re.compile(
            r"inspection\s+of\s+(?:local\s+authority\s+)?"
            r"(?:children['\u2019]?s\s+)?services",
            re.I,
        ),
    ),
)
# "Children's services inspection, PDF - 29 January 2025"
NONVISUAL = re.compile(r"^(?P<label>.+?),\s*PDF\s*-\s*(?P<published>.+)$", re.S)
URN = re.compile(r"/provider/\d+/(?P<urn>\w+)")
PDF_MAGIC = b"%PDF-"


def reports(response: Response) -> list[Paper]:
    """The inspection and visit reports a provider page lists, newest first."""
    if not isinstance(response, TextResponse) or not response.css("ol.timeline"):
        raise MarkupChanged(f"no Ofsted timeline of publications at {response.url}")
    provider = " ".join(
        " ".join(response.css("h1.heading--title ::text").getall()).split()
    )
    urn = URN.search(response.url)
    found = []
    for event in response.css("ol.timeline li.timeline__day"):
        event_date = date_in(" ".join(event.css(".timeline__date ::text").getall()))
        for link in event.css("a.publication-link"):
            label, published = _described(link, response.url)
            if report_type := type_of(label):
                metadata = {
                    "report_type": report_type,
                    "ofsted_urn": urn["urn"] if urn else "",
                    "event_date": event_date,
                }
                found.append(
                    Paper(
                        url=response.urljoin(link.attrib["href"]),
                        title=": ".join(
                            filter(None, [provider, f"{label}, published {published}"])
                        ),
                        kind=KIND,
                        published=date_in(published),
                        metadata=metadata,
                    )
                )
    return found


def type_of(label: str) -> str | None:
    """inspection, focused_visit, monitoring_visit or jtai, as a label says; None
    for another publication."""
    return next((kind for kind, words in REPORT_TYPES if words.search(label)), None)


def not_a_report(response: Response) -> str:
    """Why a response to a report link is not the PDF it lists ('' when it is): an
    HTML page such as Ofsted's "Report not found" in its place."""
    if response.body.startswith(PDF_MAGIC):
        return ""
    title = ""
    if isinstance(response, TextResponse):
        title = " ".join(response.css("title::text").get("").split())
    return "the provider page lists a PDF, but the bytes are not one" + (
        f": {title!r}" if title else f" (they begin {response.body[:20]!r})"
    )


def _described(link, url: str) -> tuple[str, str]:
    """The label and written publication date of a publication link's hidden text."""
    hidden = " ".join(" ".join(link.css("span.nonvisual ::text").getall()).split())
    described = NONVISUAL.match(hidden)
    if not described or not date_in(described["published"]):
        raise MarkupChanged(
            f"a publication link at {url} does not say 'type, PDF - date': {hidden!r}"
        )
    return described["label"].strip(), described["published"].strip()
