"""Synthetic ModernGov meeting pages (ieListDocuments.aspx) for the test sites, in the
markup of the real Kingston pages (tests/fixtures/moderngov/kingston_ieListDocuments_
*.html), for meetings no public project saved a page of: the web-service council's
meetings and the meetings real search results point at. Each page says so in its
first line. `make_test_sites.py` writes them with the PDFs they link."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

OWN = {  # meeting-level PDFs: our file's slug, link text, the site's name, ?T=
    "frontsheet": ("agenda-frontsheet", "Agenda frontsheet", "Agenda frontsheet", 0),
    "pack": ("public-reports-pack", "Agenda reports pack", "Public reports pack", 10),
    "minutes": ("printed-minutes", "Printed minutes", "Printed minutes", 1),
}
LABEL = (
    "<!-- SYNTHETIC page made for casewatch tests by tools/moderngov_pages.py: a "
    "ModernGov meeting page (ieListDocuments.aspx?CId={cid}&MId={mid}&Ver=4) in the "
    "markup of the real Kingston pages "
    "(tests/fixtures/moderngov/kingston_ieListDocuments_*.html); no real copy of "
    "this meeting's page was saved. -->\n"
)


@dataclass(frozen=True)
class Item:
    """An agenda item: number, id (#AI…), and its documents (id, title); the first
    document's title is the item's, as on the real pages."""

    number: str
    id: str
    documents: tuple[tuple[str, str], ...]
    served: bool = True  # False: the crawl must never ask for its documents


@dataclass(frozen=True)
class Page:
    committee_id: str
    meeting_id: str
    committee: str
    when: str  # as the heading says it
    date: str  # DC.date
    own: tuple[str, ...]  # keys of OWN
    items: tuple[Item, ...] = field(default=())


MANCHESTER = "tests/sites/manchester-moderngov/files"
KIRKLEES = "tests/sites/kirklees-moderngov/files"
SAFER = "Safer Stronger Communities Executive (Community Safety Partnership)"
KENT_HEALTH = "Health Reform and Public Health Cabinet Committee"
AUDIT_4967 = Page(
    "144",
    "4967",
    "Audit Committee",
    "Tuesday 10 February 2026 10:00 am",
    "2026-02-10",
    ("frontsheet", "pack"),
    (
        Item(
            "1.",
            "18831",
            (("60860", "6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025"),),
            False,
        ),
        Item("9.", "18833", (("60909", "DRAFT WP FEBRUARY 2026"),), False),
    ),
)
PAGES = {
    "casewatch/sample_sites/files/manchester-moderngov": (AUDIT_4967,),
    MANCHESTER: (
        AUDIT_4967,
        Page(
            "163",
            "5001",
            "Art Galleries Committee",
            "Thursday 12 February 2026 2:00 pm",
            "2026-02-12",
            ("frontsheet", "pack", "minutes"),
            (Item("3.", "19001", (("61001", "Questions and answers"),), False),),
        ),
        Page(
            "163",
            "5002",
            "Art Galleries Committee",
            "Tuesday 24 February 2026 2:00 pm",
            "2026-02-24",
            ("frontsheet", "pack"),
        ),
    ),
    KIRKLEES: (
        Page(
            "133",
            "377",
            SAFER,
            "Thursday 17 September 2015 10:00 am",
            "2015-09-17",
            ("frontsheet", "pack"),
            (
                Item(
                    "4.", "1550", (("30376", "Minutes of the previous meeting"),), False
                ),
                Item(
                    "5.",
                    "1551",
                    (("30377", "Re-Commissioning of Alcohol and Drug Services"),),
                ),
            ),
        ),
        Page(
            "135",
            "6806",
            "Overview and Scrutiny Management Committee",
            "Thursday 3 February 2022 10:00 am",
            "2022-02-03",
            ("frontsheet", "pack"),
            (
                Item("52.", "19445", (("80001", "Minutes of Previous Meeting"),)),
                Item("53.", "19446", (("80002", "Council Budget 2022-23"),), False),
            ),
        ),
        Page(
            "156",
            "7241",
            "Licensing Panel",
            "Wednesday 18 January 2023 10:00 am",
            "2023-01-18",
            ("frontsheet", "pack"),
            (
                Item(
                    "8.",
                    "21510",
                    (
                        (
                            "49854",
                            "Application for the Grant of a Premises Licence -"
                            " Sun News",
                        ),
                        ("49857", "Appendix C - Objection 3"),
                    ),
                ),
                Item(
                    "9.",
                    "21511",
                    (("49860", "Application for a Review of a Premises Licence"),),
                    False,
                ),
            ),
        ),
        Page(
            "895",
            "8594",
            KENT_HEALTH,
            "Wednesday 9 September 2020 2:00 pm",
            "2020-09-09",
            ("frontsheet", "pack"),
            (
                Item(
                    "119.",
                    "54346",
                    (("101119", "The Context for Substance Misuse Services in Kent"),),
                ),
                Item("120.", "54347", (("101120", "Work Programme 2020-21"),), False),
            ),
        ),
        Page(
            "895",
            "7738",
            KENT_HEALTH,
            "Friday 22 September 2017 10:00 am",
            "2017-09-22",
            ("frontsheet", "pack"),
            (
                Item(
                    "21.",
                    "44440",
                    (("79021", "Young Persons' Substance Misuse Service"),),
                ),
                Item("22.", "44441", (("79022", "Work Programme 2017-18"),), False),
            ),
        ),
        Page(
            "830",
            "6251",
            "Children's Social Care and Health Cabinet Committee",
            "Wednesday 11 January 2017 10:00 am",
            "2017-01-11",
            ("frontsheet", "pack"),
            (
                Item(
                    "191.",
                    "43021",
                    (
                        (
                            "72191",
                            "Young People's Substance Misuse"
                            " Services - Contract Extension",
                        ),
                    ),
                ),
                Item("192.", "43022", (("72192", "Work Programme 2017"),), False),
            ),
        ),
        Page(
            "829",
            "6291",
            "Adult Social Care and Health Cabinet Committee",
            "Tuesday 11 October 2016 10:00 am",
            "2016-10-11",
            ("frontsheet", "pack"),
            (
                Item(
                    "11.",
                    "41934",
                    (
                        (
                            "70011",
                            "Public Health Adult Substance Misuse Service procurements",
                        ),
                    ),
                ),
                Item("12.", "41935", (("70012", "Work Programme 2016-17"),), False),
            ),
        ),
    ),
}


def own_href(page: Page, key: str) -> str:
    """A meeting-level PDF's link, as on the Kingston pages (documents/g…/…?T=n)."""
    _, _, name, number = OWN[key]
    return f"documents/g{page.meeting_id}/{name}.pdf?T={number}"


def page_html(page: Page) -> str:
    meeting = f"{page.committee} - {page.when}"
    own = "".join(
        f'\t\t<li><a  href="{html.escape(own_href(page, key))}"   title="Link&#32;to'
        f'&#32;pdf&#32;file">{OWN[key][1]}\n\t\t<span  class="mgFileSize" >PDF 120 '
        "KB</span> </a></li>\n"
        for key in page.own
    )
    rows = "".join(_row(item) for item in page.items)
    return (
        LABEL.format(cid=page.committee_id, mid=page.meeting_id)
        + '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="DC.date" scheme="W3CDTF"  content="{page.date}"/>\n'
        f"<title>Agenda for {html.escape(page.committee)} on {page.when} - Modern "
        'Council</title>\n</head>\n<body>\n<div id="modgov"><div class="mgHeader">'
        '<h1  class="mgMainTitleTxt" >Agenda, decisions and minutes</h1></div>\n'
        f'<h2 class="mgSubTitleTxt"><a  href="mgCommitteeDetails.aspx?ID='
        f'{page.committee_id}">{html.escape(meeting)}</a></h2>\n'
        '<div class="mgLinks" >\n<ul  class="mgActionList" >\n\t\t<li><a  href='
        f'"mgMeetingAttendance.aspx?ID={page.meeting_id}">Attendance details</a></li>\n'
        f"{own}</ul>\n</div>\n"
        '<table class="mgItemTable"  summary="Table of agenda items" id="mgItemTable">'
        f"\n{rows}</table>\n</div>\n</body>\n</html>\n"
    )


def _row(item: Item) -> str:
    (first, title), *more = item.documents
    bullets = "".join(
        f'\t<li><a  href="{_document_href(number, text)}">{html.escape(text)} '
        '<span  class="mgFileSize" >PDF 80 KB</span> </a></li>\n'
        for number, text in more
    )
    return (
        f'<tr>\n<td  class="mgItemNumberCell" ><p  class="mgAiTitleTxt" ><a name="AI'
        f'{item.id}" aria-disabled="true"></a>{item.number}</p></td>\n<td >\n'
        f'<p  class="mgAiTitleTxt" ><a  class="mgAiTitleLnk"   href="'
        f'{_document_href(first, title)}">{html.escape(title)} '
        '<span  class="mgFileSize" >PDF 150 KB</span> </a></p>\n'
        + (f'<ul  class="mgBulletList" >\n{bullets}</ul>\n' if bullets else "")
        + "</td>\n</tr>\n"
    )


def _document_href(number: str, title: str) -> str:
    return html.escape(f"documents/s{number}/{title}.pdf")


def _documents() -> dict[str, dict[str, tuple[str, str]]]:
    """Each page's PDFs that the crawl may ask for: (title, meeting) by file name."""
    found: dict[str, dict[str, tuple[str, str]]] = {}
    for folder, pages in PAGES.items():
        for page in pages:
            meeting = f"{page.committee}, {page.when} (meeting {page.meeting_id})"
            for key in page.own:
                name = f"g{page.meeting_id}-{OWN[key][0]}.pdf"
                found.setdefault(folder, {})[name] = (OWN[key][1], meeting)
            for item in page.items:
                for number, title in item.documents if item.served else ():
                    found.setdefault(folder, {})[f"s{number}.pdf"] = (title, meeting)
    return found


MEETING_DOCUMENTS = _documents()


def write_meeting_pages(root: Path) -> None:
    for folder, pages in PAGES.items():
        for page in pages:
            name = f"ieListDocuments_CId{page.committee_id}_MId{page.meeting_id}.html"
            path = root / folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(page_html(page), encoding="utf-8")
            print(f"{folder}/{name}")
