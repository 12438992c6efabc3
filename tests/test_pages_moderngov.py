"""ModernGov parsers on every saved real page and web-service response.

Each fixture in tests/fixtures/moderngov/ (provenance: tests/fixtures/PROVENANCE.md)
has the parser's expected output beside it as <name>.expected.json, checked by hand
against the page; a page the parser does not read raises MarkupChanged.
"""

import json
from dataclasses import asdict
from datetime import date
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, XmlResponse

from casewatch.pages import moderngov
from casewatch.pages.papers import MarkupChanged

FIXTURES = Path(__file__).parent / "fixtures" / "moderngov"
SITES = Path(__file__).parent / "sites"
SAMPLES = Path(__file__).parent.parent / "casewatch" / "sample_sites" / "files"
KINGSTON = "https://moderngov.kingston.gov.uk/"
MANCHESTER = "https://democracy.manchester.gov.uk/mgWebService.asmx/"
KNK = moderngov.Committee("711", "Kingston and North Kingston Neighbourhood Committee")
AUDIT = moderngov.Committee("144", "Audit Committee")

# fixture: (parser, the URL it was saved from, the parser's other arguments)
CASES = {
    "kingston_mgCommitteeStructure.html": (
        moderngov.committee_structure,
        f"{KINGSTON}mgCommitteeStructure.aspx",
    ),
    "kingston_ieListMeetings_CommitteeId711.html": (
        moderngov.meeting_list,
        f"{KINGSTON}ieListMeetings.aspx?CommitteeId=711",
        KNK,
    ),
    "kingston_ieListDocuments_CId711_MId10221_2026-01-15.html": (
        moderngov.meeting_page,
        f"{KINGSTON}ieListDocuments.aspx?CId=711&MId=10221&Ver=4",
    ),
    "kingston_ieListDocuments_CId711_MId10161_2025-12-04_cancelled.html": (
        moderngov.meeting_page,
        f"{KINGSTON}ieListDocuments.aspx?CId=711&MId=10161&Ver=4",
    ),
    "kingston_ieListDocuments_CId179_MId10214_2025-11-18_heading-edited.html": (
        moderngov.meeting_page,
        f"{KINGSTON}ieListDocuments.aspx?CId=179&MId=10214&Ver=4",
    ),
    # pages the crawl does not read: the meeting parser refuses them
    "kingston_mgCommitteeDetails_ID711.html": (
        moderngov.meeting_page,
        f"{KINGSTON}mgCommitteeDetails.aspx?ID=711",
    ),
    "modgov_ieDecisionDetails_fragment.html": (
        moderngov.meeting_page,
        f"{KINGSTON}ieDecisionDetails.aspx?ID=1",
    ),
    "kirklees_mgDelegatedDecisions_table_fragment.html": (
        moderngov.meeting_list,
        "https://democracy.kirklees.gov.uk/mgDelegatedDecisions.aspx",
        KNK,
    ),
    "manchester_mgWebService_GetCommittees_trimmed.xml": (
        moderngov.committees,
        f"{MANCHESTER}GetCommittees",
    ),
    "manchester_mgWebService_GetMeetings_trimmed.xml": (
        moderngov.service_meetings,
        f"{MANCHESTER}GetMeetings?lCommitteeId=144",
    ),
    "manchester_mgWebService_GetMeeting_4967_trimmed.xml": (
        moderngov.service_meeting,
        f"{MANCHESTER}GetMeeting?lMeetingId=4967",
        AUDIT,
    ),
    "manchester_mgWebService_GetMeeting_4966_cancelled_trimmed.xml": (
        moderngov.service_meeting,
        f"{MANCHESTER}GetMeeting?lMeetingId=4966",
        AUDIT,
    ),
}


def saved(path: Path, url: str):
    if path.suffix == ".xml":
        return XmlResponse(url, body=path.read_bytes())
    return HtmlResponse(url, body=path.read_bytes(), encoding="utf-8")


def parsed(name: str):
    """What the fixture's parser returns, as JSON-ready data."""
    parser, url, *arguments = CASES[name]
    try:
        result = parser(saved(FIXTURES / name, url), *arguments)
    except MarkupChanged as error:
        return {"error": "MarkupChanged", "reason": str(error)}
    data = (
        [asdict(item) for item in result]
        if isinstance(result, list)
        else asdict(result)
    )
    return json.loads(json.dumps(data))


def expected_path(name: str) -> Path:
    return FIXTURES / f"{Path(name).stem}.expected.json"


@pytest.mark.parametrize("name", CASES)
def test_parser_output_is_the_expected_output_beside_the_fixture(name):
    assert parsed(name) == json.loads(expected_path(name).read_text())


def test_every_saved_page_has_a_case():
    saved_pages = {p.name for p in FIXTURES.iterdir() if p.suffix in {".html", ".xml"}}
    assert saved_pages == set(CASES)


def test_cancelled_meeting_yields_no_documents():
    for name in (
        "kingston_ieListDocuments_CId711_MId10161_2025-12-04_cancelled.html",
        "manchester_mgWebService_GetMeeting_4966_cancelled_trimmed.xml",
    ):
        meeting = parsed(name)
        assert meeting["status"] == "Cancelled"
        assert meeting["papers"] == []


def test_meeting_page_documents_carry_meeting_item_and_kind():
    meeting = parsed("kingston_ieListDocuments_CId711_MId10221_2026-01-15.html")
    by_title = {paper["title"]: paper for paper in meeting["papers"]}
    petition = by_title[
        "Petition Regarding the Introduction of Traffic Management Measures On "
        "Manorgate Road"
    ]
    assert petition["kind"] == "report"
    assert petition["meeting_date"] == "2026-01-15"
    assert petition["agenda_item"] == petition["title"]
    assert petition["metadata"]["item_number"] == "59."
    assert by_title["Annex 1 - Wolverton Avenue"]["agenda_item"] == petition["title"]
    assert [by_title[t]["kind"] for t in ("Agenda frontsheet", "Printed minutes")] == [
        "agenda",
        "minutes",
    ]
    assert by_title["Agenda reports pack"]["kind"] == "pack"


def test_web_service_documents_carry_their_publication_date():
    meeting = parsed("manchester_mgWebService_GetMeeting_4967_trimmed.xml")
    assert [(p["published"], p["agenda_item"]) for p in meeting["papers"]] == [
        ("2026-02-02", "Minutes"),
        ("2026-02-02", "Work Programme"),
    ]


def test_expired_committees_are_not_current():
    committees = parsed("manchester_mgWebService_GetCommittees_trimmed.xml")
    assert [c["id"] for c in committees if c["current"]] == ["163", "144"]


def test_service_dates_are_day_first():
    url = moderngov.service_url(
        "https://x.gov.uk/", "GetMeetings", lCommitteeId=1, sFromDate=date(2026, 1, 2)
    )
    assert url == (
        "https://x.gov.uk/mgWebService.asmx/GetMeetings"
        "?lCommitteeId=1&sFromDate=02%2F01%2F2026"
    )


def test_search_results_are_the_agenda_items_of_the_hits():
    page = SITES / "kingston-moderngov/files/ieSearchResults2_serious_case_review.html"
    hits = moderngov.search_results(saved(page, f"{KINGSTON}ieSearchResults2.aspx"))
    assert hits == [f"{KINGSTON}ieListDocuments.aspx?CId=179&MId=10214&Ver=4#AI51593"]
    assert moderngov.agenda_item_id(hits[0]) == "51593"


def test_a_search_without_results_has_no_hits():
    page = SAMPLES / "manchester-moderngov/ieSearchResults2_no_results.html"
    assert moderngov.search_results(saved(page, KINGSTON)) == []


def test_an_html_error_page_is_not_a_web_service_response():
    page = FIXTURES / "kingston_mgCommitteeStructure.html"
    with pytest.raises(MarkupChanged, match="<committees>"):
        moderngov.committees(saved(page, f"{MANCHESTER}GetCommittees"))
