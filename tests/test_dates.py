"""A document's date: printed on its first page, in its PDF metadata, or listed."""

from pathlib import Path

import pytest

from casewatch.dates import Dated, Sighting, calendar_date, document_date, pdf_date
from casewatch.first_page import printed_date
from casewatch.sample_sites import FILES
from casewatch.text import extract

FIXTURES = Path(__file__).parent / "fixtures"

# First pages of real documents: (address, the page's opening as extracted).
# Pages saved by text-extraction sites come flattened onto one line.
OWN_DATES = {
    "2017-04-25": (
        "https://paperzz.com/doc/9128830/southern-health-nhs-foundation-trust",
        "Southern Health NHS Foundation Trust Minutes of the Board Meeting in Public"
        " Tuesday 25 April 2017 10:15 \u2013 12:30 The ARK Conference Centre, Dinwoodie"
        " Drive, Basingstoke, RG24 9NN Members: Alan Yates",
    ),
    "2018-04-26": (
        "https://careersdocbox.com/Nursing/76778571-Approval-discussion-assurance.html",
        "1 TRUST BOARD IN PUBLIC Date: 26 th April 2018 REPORT TITLE: EXECUTIVE"
        " SPONSOR: REPORT AUTHOR (s): REPORT DISCUSSED PREVIOUSLY: (name of"
        " sub-committee/group & date) Action Required: Agenda Item: 2.3",
    ),
    "2020-05-20": (
        "https://vdocuments.site/report-nwas-this-safeguarding-annual-report-provides-"
        "an-overview-of-safeguarding.html",
        "1 REPORT Board of Directors Date: 20 May 2020 Subject: Safeguarding Annual"
        " Report 2019-2020 Presented by: Angela Hansen Chief Nurse",
    ),
    "2017-09-28": (
        "http://careersdocbox.com/Nursing/90680378-The-quality-and-safety-committee-"
        "is-asked-to-receive-and-discuss-this-report-approve-the-report-to-go-to-"
        "trust-board.html",
        "1 Recommendation DECISION NOTE The Quality and Safety Committee is asked to:"
        " Receive and discuss this report Approve the report to go to Trust Board"
        " Reporting to: Trust Board Date 28 th September 2017 Paper Title",
    ),
    "2015-10-29": (
        "https://careersdocbox.com/amp/76778566-Nursing/Date-29-10-2015-agenda-item-"
        "2-3.html",
        "Date: 29/10/2015 Agenda Item: 2.3",
    ),
    "2022-11-16": (
        "https://gatesheadhealth.nhs.uk/?p=6582",
        "A meeting of the Council of Governors was be held at 10.00am on Wednesday"
        " 16th November 2022.\n- Apologies for absence and attendance register\n"
        "- To approve the minutes of the previous meeting of the Council of"
        " Governors held on Wednesday 28th September 2022\n- The next meeting of the"
        " Council of Governors will be held on Wednesday 15th February 2023 at"
        " 10:00am",
    ),
    "2014-10": (
        "https://www.nottinghamshirehealthcare.nhs.uk/governors-october-2014",
        "October 2014\n\nPlease find below the agenda and supporting papers for the"
        " 'shadow' Council of Governors meeting on 21 October 2014.\n\n2. Minutes"
        " from the last meeting held on 1 July 2014",
    ),
    "2020-10-21": (
        "https://democracy.winchester.gov.uk/ieListDocuments.aspx?CId=136&MId=2390",
        "Agenda, decisions and minutes\n\nCabinet - Wednesday, 21st October, 2020"
        " 9.30 am\n\nVenue: This meeting will be held virtually",
    ),
    "2016-04-28": (
        "https://democracy.thanet.gov.uk/ieListDocuments.aspx?CId=151&MId=4054",
        "Thursday, 28th April, 2016 7.00 pm, CANCELLED\n\nNo documents are available",
    ),
}
# Dates on real first pages that are not the document's own.
OTHER_DATES = {
    "previous meetings": (
        "https://democracy.winchester.gov.uk/ieListDocuments.aspx?CId=136&MId=2390",
        "3.\n\nMinutes of the previous meetings held on 16 September 2020 and"
        " additional meeting held on 29 September 2020.",
    ),
    "next meeting": (
        "https://gatesheadhealth.nhs.uk/?p=6582",
        "14. Date and time of the next meeting\n- The next meeting of the Council of"
        " Governors will be held on Wednesday 15th February 2023 at 10:00am",
    ),
    "last meeting": (
        "https://paperzz.com/doc/9128830/southern-health-nhs-foundation-trust",
        "5. Minutes of Last Meeting (28.03.2017) and matters arising 5.1. In"
        " consideration of the minutes of the meeting held on 28.03.2017",
    ),
    "a period reported on": (
        "https://www.nottinghamshirehealthcare.nhs.uk/governors-october-2014",
        "6. Overview of Trust Board decisions (July - September 2014)",
    ),
    "dates in a report's prose": (
        "https://careersdocbox.com/Nursing/76778571-Approval-discussion-assurance.html",
        "Establishment of the MAPLE team within maternity. In September 2017, the"
        " Trust became the first health partner in England to implement CP-IS. From"
        " October 2017, demographics are automatically transferred.",
    ),
    "no date but a year": (
        "http://careersdocbox.com/Nursing/92781389-Safeguarding-annual-report-2016-"
        "2017.html",
        "1 Final Version Safeguarding Annual Report 2016 / 2017 Learning Disabilities"
        " MAPPA DHR/SCR/ SAR Governance & Assurance",
    ),
}
REAL_PDFS = {
    # committee report: committee, then the meeting date on a line of its own
    FILES
    / "kingston-moderngov"
    / "kingston_documents_s112215_zebra_crossing_report.pdf": "2026-01-15",
    # single inspection framework report: "Report published: 3 August 2015"
    FIXTURES / "ofsted" / "sif_80545_kingston-upon-thames_2015-08-03_good.pdf": (
        "2015-08-03"
    ),
    # ILACS reports print only their inspection dates, which are not the report's
    FIXTURES
    / "ofsted"
    / "ilacs_80545_kingston-upon-thames_2025-01-29_outstanding.pdf": "",
    FIXTURES / "ofsted" / "ilacs_80514_southwark_2026-05-18.pdf": "",
}


@pytest.mark.parametrize(("expected", "page"), OWN_DATES.items(), ids=list(OWN_DATES))
def test_a_first_page_s_own_date_is_read(expected, page):
    _, text = page
    assert printed_date(text) == expected


@pytest.mark.parametrize("page", OTHER_DATES.values(), ids=list(OTHER_DATES))
def test_other_dates_on_a_first_page_are_not_its_own(page):
    _, text = page
    assert printed_date(text) == ""


@pytest.mark.parametrize(("path", "expected"), REAL_PDFS.items(), ids=lambda p: "")
def test_real_first_pages(path, expected):
    assert printed_date(extract(path, "application/pdf").pages[0]) == expected


def test_the_july_2015_pack_is_dated_by_its_title_not_the_minutes_it_approves():
    # Synthetic (sample_sites/PROVENANCE.md): "Trust Board Part 1 — Agenda — 29 July
    # 2015", then the agenda item "Minutes of the meeting held on 27 May 2015".
    page = extract(FILES / "kingstonhospital" / "trust-board-part-1-july-2015.pdf")
    assert printed_date(page.pages[0]) == "2015-07-29"
    assert printed_date("3 Minutes of the meeting held on 27 May 2015 To approve") == ""


def test_a_month_gives_way_to_a_day_in_it_and_a_span_is_no_date():
    assert printed_date("Trust Board Part 1, July 2015\nThursday 2 July 2015") == (
        "2015-07-02"
    )
    assert printed_date("Published July 2015") == "2015-07"
    assert printed_date("Annual report April 2015 \u2013 March 2016") == ""
    assert printed_date("Inspection dates: 2 to 6 December 2024") == ""
    assert printed_date("Board papers 31 February 2015") == ""


def test_pdf_creation_dates():
    assert pdf_date("D:20150722090000+01'00'") == "2015-07-22"
    assert pdf_date("D:20000101000000+00'00'") == ""  # ReportLab's placeholder
    assert pdf_date("D:19700101") == ""
    assert pdf_date("") == pdf_date("garbage") == ""


def test_the_pdf_s_creation_date_is_extracted():
    july = extract(FILES / "kingstonhospital" / "trust-board-part-1-july-2015.pdf")
    assert july.created == "2015-07-22"


FOUND = "2026-12-04T21:00:00+00:00"


def test_the_most_trusted_date_wins():
    listed = [Sighting("2015-07-29", "2015-08", "nhs_trust")]
    assert document_date(listed, "2015-07-02", "2015-07-22", FOUND) == Dated(
        "2015-07-29", "meeting"
    )
    listed = [Sighting(None, "2015-09-10T15:30:00+00:00", "news")]
    assert document_date(listed, "", "", FOUND) == Dated("2015-09-10", "article")
    listed = [Sighting(None, "2025-01-29", "ofsted")]
    assert document_date(listed, "", "", FOUND) == Dated("2025-01-29", "ofsted")
    assert document_date([], "2015-07", "2015-07-22", FOUND) == Dated(
        "2015-07", "first_page"
    )
    assert document_date([], "", "2015-07-22", FOUND) == Dated(
        "2015-07-22", "pdf_created"
    )
    assert document_date([Sighting(None, None, "council")], None, None, FOUND) is None


def test_the_earliest_of_the_same_kind_wins():
    listed = [Sighting("2015-09-30", None, "council"), Sighting("2015-07-29", "", "")]
    assert document_date(listed, "", "", FOUND) == Dated("2015-07-29", "meeting")


def test_impossible_dates_are_not_the_document_s():
    # a first page's date months after we fetched it, a creation date after it
    assert document_date([], "2027-09-01", "", FOUND) is None
    assert document_date([], "", "2027-01-01", FOUND) is None
    assert document_date([], "2027-01-14", "", FOUND) == Dated(
        "2027-01-14", "first_page"
    )
    assert calendar_date("2015-13-01") == calendar_date("not a date") == ""
