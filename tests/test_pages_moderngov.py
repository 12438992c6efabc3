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
from casewatch.pages import moderngov_search as search
from casewatch.pages import moderngov_service as service
from casewatch.pages.papers import MarkupChanged

FIXTURES = Path(__file__).parent / "fixtures" / "moderngov"
SITES = Path(__file__).parent / "sites"
KINGSTON = "https://moderngov.kingston.gov.uk/"
MANCHESTER = "https://democracy.manchester.gov.uk/mgWebService.asmx/"
KENT = "https://democracy.kent.gov.uk/"
KIRKLEES = "https://democracy.kirklees.gov.uk/"
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
        service.committees,
        f"{MANCHESTER}GetCommittees",
    ),
    "manchester_mgWebService_GetMeetings_trimmed.xml": (
        service.service_meetings,
        f"{MANCHESTER}GetMeetings?lCommitteeId=144",
    ),
    "manchester_mgWebService_GetMeeting_4967_trimmed.xml": (
        service.service_meeting,
        f"{MANCHESTER}GetMeeting?lMeetingId=4967",
        AUDIT,
    ),
    "manchester_mgWebService_GetMeeting_4966_cancelled_trimmed.xml": (
        service.service_meeting,
        f"{MANCHESTER}GetMeeting?lMeetingId=4966",
        AUDIT,
    ),
    "kent_ieSearchResults2_substance-misuse_page1.html": (
        search.search_results,
        f"{KENT}ieSearchResults2.aspx?SS=substance%20misuse&DT=3&CA=false&SB=true&PG=1",
    ),
    "kent_ieSearchResults2_no-results.html": (
        search.search_results,
        f"{KENT}ieSearchResults2.aspx?SS=zzqxwvnothinghere&DT=3&CA=false&SB=true&PG=1",
    ),
    "kirklees_ieSearchResults2_drug-and-alcohol_page1.html": (
        search.search_results,
        f"{KIRKLEES}ieSearchResults2.aspx?SS=drug%20and%20alcohol&DT=3&CA=false&SB=true",
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
    url = service.service_url(
        "https://x.gov.uk/", "GetMeetings", lCommitteeId=1, sFromDate=date(2026, 1, 2)
    )
    assert url == (
        "https://x.gov.uk/mgWebService.asmx/GetMeetings"
        "?lCommitteeId=1&sFromDate=02%2F01%2F2026"
    )


def test_get_meeting_carries_each_items_minutes_inline():
    meeting = parsed("manchester_mgWebService_GetMeeting_4967_trimmed.xml")
    assert [(m["number"], m["title"]) for m in meeting["minutes"]] == [
        ("1.", "Minutes"),
        ("9.", "Work Programme"),
    ]
    assert "Governance and Scrutiny Support Unit" in meeting["minutes"][1]["minutes"]


def test_inline_minutes_are_one_html_document_item_by_item():
    url = f"{MANCHESTER}GetMeeting?lMeetingId=4967"
    path = FIXTURES / "manchester_mgWebService_GetMeeting_4967_trimmed.xml"
    meeting = service.service_meeting(saved(path, url), AUDIT)
    page = HtmlResponse(url, body=service.minutes_page(meeting), encoding="utf-8")
    assert page.css("title::text").get() == "Audit Committee, 2026-02-10: minutes"
    assert page.css("h2::text").getall() == ["1. Minutes", "9. Work Programme"]
    assert "25 November 2025 as a correct record" in page.css("section")[0].get()
    assert service.minutes_page(meeting) == service.minutes_page(meeting)


def test_restricted_items_keep_no_minutes_and_titles_are_unescaped_once():
    """Synthetic responses in the real ones' shape (tests/sites/manchester-moderngov):
    5002 has an exempt item; 5001's item title arrives escaped twice."""
    files = SITES / "manchester-moderngov/files"
    art = moderngov.Committee("163", "Art Galleries Committee")
    exempt = service.service_meeting(
        saved(files / "GetMeeting_5002.xml", f"{MANCHESTER}GetMeeting"), art
    )
    assert [item.title for item in exempt.minutes] == ["Learning from case reviews"]
    questions = service.service_meeting(
        saved(files / "GetMeeting_5001.xml", f"{MANCHESTER}GetMeeting"), art
    )
    assert [(m.title, m.minutes) for m in questions.minutes] == [
        (
            "Members' Question Time",
            '<div class="WordSection1">\n<p class="MsoNormal">No questions had been'
            " received.</p>\n</div>",
        )
    ]
    assert questions.papers[0].agenda_item == "Members' Question Time"


def test_a_search_hit_is_its_meeting_page_and_agenda_item():
    page = parsed("kent_ieSearchResults2_substance-misuse_page1.html")
    # six of the ten hits are key issues and issues, which belong to no meeting
    assert [(hit["meeting_url"], hit["agenda_item"]) for hit in page["hits"]] == [
        (f"{KENT}ieListDocuments.aspx?CId=895&MId=8594&Ver=4", "54346"),
        (f"{KENT}ieListDocuments.aspx?CId=895&MId=7738&Ver=4", "44440"),
        (f"{KENT}ieListDocuments.aspx?CId=830&MId=6251&Ver=4", "43021"),
        (f"{KENT}ieListDocuments.aspx?CId=829&MId=6291&Ver=4", "41934"),
    ]
    assert page["hits"][2]["committee"] == (
        "Children's Social Care and Health Cabinet Committee"
    )
    assert page["hits"][2]["meeting_date"] == "2017-01-11"


def test_the_next_page_is_the_pages_own_link_not_a_count_of_hits():
    page = parsed("kent_ieSearchResults2_substance-misuse_page1.html")
    assert len(page["hits"]) == 4  # of "Results 1 to 10": counting them says nothing
    assert page["next_page"] == (
        f"{KENT}ieSearchResults2.aspx?SS=substance%20misuse&DT=3&CA=false&SB=true&PG=2"
    )
    assert parsed("kent_ieSearchResults2_no-results.html") == {
        "hits": [],
        "next_page": "",
    }


def test_an_old_archives_hits_are_the_documents_they_link():
    hits = parsed("kirklees_ieSearchResults2_drug-and-alcohol_page1.html")["hits"]
    old = [hit for hit in hits if not hit["meeting_url"]]
    assert [
        (hit["meeting_date"], paper["kind"], paper["title"], paper["url"])
        for hit in old
        for paper in hit["papers"]
    ] == [
        (
            "2011-02-08",
            "report",
            "Meeting",
            f"{KIRKLEES}ceListDocuments.aspx?MID=3776&RD=Meeting&DF=08%2f02%2f2011%2c"
            "%2010%3a00",
        ),
        (
            "2008-05-20",
            "report",
            "Meeting",
            f"{KIRKLEES}ceListDocuments.aspx?MID=3764&RD=Meeting&DF=20%2f05%2f2008%2c"
            "%2014%3a00",
        ),
        (
            "2013-10-14",
            "report",
            "Meeting",
            f"{KIRKLEES}ceListDocuments.aspx?MID=3745&RD=Meeting&DF=14%2f10%2f2013%2c"
            "%2010%3a00",
        ),
        (
            "2011-01-11",
            "report",
            "BBBC11011141562S",
            f"{KIRKLEES}olddocuments/BBBC11011141562S.pdf?F=BBBC11011141562S.pdf"
            "&MId=4628&D=201101111930&A=1&R=0",
        ),
        (
            "2011-02-08",
            "agenda",
            "SaferStrongerCommunitiesPartnershipBoard201102081000Agenda",
            f"{KIRKLEES}olddocuments/SaferStrongerCommunitiesPartnershipBoard"
            "201102081000Agenda.pdf?F=SaferStrongerCommunitiesPartnershipBoard"
            "201102081000Agenda.pdf&MId=3776&D=201102081000&A=1&R=0",
        ),
        (
            "2011-02-08",
            "decisions",
            "SaferStrongerCommunitiesPartnershipBoard20110208DecisionSummary",
            f"{KIRKLEES}olddocuments/SaferStrongerCommunitiesPartnershipBoard"
            "20110208DecisionSummary.pdf?F=SaferStrongerCommunitiesPartnershipBoard"
            "20110208DecisionSummary.pdf&MId=3776&D=201102081000&A=1&R=0",
        ),
    ]
    assert old[3]["committee"] == (
        "Town and Valley Committee - Batley, Birstall and Birkenshaw"
    )


def test_a_current_meetings_hit_links_its_matching_attachment_too():
    hits = parsed("kirklees_ieSearchResults2_drug-and-alcohol_page1.html")["hits"]
    licensing = next(hit for hit in hits if hit["agenda_item"] == "21510")
    assert [(p["title"], p["url"]) for p in licensing["papers"]] == [
        ("Appendix C - Objection 3", f"{KIRKLEES}mgConvert2PDF.aspx?ID=49857&ISATT=1")
    ]


def test_meeting_page_urls_are_written_one_way():
    assert (
        moderngov.canonical_meeting_url(
            f"{KENT}ieListDocuments.aspx?CId=895&MID=8594#AI54346"
        )
        == f"{KENT}ieListDocuments.aspx?CId=895&MId=8594&Ver=4"
    )
    listed = f"{KINGSTON}ieListDocuments.aspx?CId=711&MId=10221&Ver=4"
    assert moderngov.canonical_meeting_url(listed) == listed
    other = f"{KINGSTON}mgIssueHistoryHome.aspx?IId=53844"
    assert moderngov.canonical_meeting_url(other) == other


def test_a_page_without_modgov_is_not_search_results():
    page = FIXTURES / "kirklees_mgDelegatedDecisions_table_fragment.html"
    with pytest.raises(MarkupChanged, match="div#modgov"):
        search.search_results(saved(page, f"{KIRKLEES}ieSearchResults2.aspx"))


def test_an_html_error_page_is_not_a_web_service_response():
    page = FIXTURES / "kingston_mgCommitteeStructure.html"
    with pytest.raises(MarkupChanged, match="<committees>"):
        service.committees(saved(page, f"{MANCHESTER}GetCommittees"))
