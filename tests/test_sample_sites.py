"""The sample sites' server answers from its routes table."""

import urllib.error
import urllib.request

import pytest

from casewatch.sample_sites import (
    FILES,
    SampleSites,
    find_route,
    load_routes,
    request_key,
)


def test_every_route_file_exists():
    for route in load_routes().values():
        assert not route.file or (FILES / route.file).is_file(), route.path


def test_request_key_decodes_path_and_query():
    assert request_key("/k/documents/s1/Petition%20Report.pdf") == (
        "/k/documents/s1/Petition Report.pdf"
    )
    assert request_key("/k/ieListDocuments.aspx?CId=711&MId=10221&Ver=4") == (
        "/k/ieListDocuments.aspx?CId=711&MId=10221&Ver=4"
    )


def test_server_serves_files_statuses_and_redirects():
    with SampleSites() as sites:
        page = urllib.request.urlopen(f"{sites.base_url}/robots.txt", timeout=5)
        assert b"Disallow: /southwarklscb/members/" in page.read()
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(f"{sites.base_url}/no/such/page", timeout=5)
        assert missing.value.code == 404
        with pytest.raises(urllib.error.HTTPError, match="redirect"):
            urllib.request.urlopen(
                f"{sites.base_url}/southwarklscb/learning-briefing-child-r/", timeout=5
            )


def test_a_route_answers_a_request_whose_query_adds_parameters():
    routes = load_routes()
    meetings = "/manchester-moderngov/mgWebService.asmx/GetMeetings?lCommitteeId=144"
    asked = f"{meetings}&sFromDate=01/01/2026&sToDate=28/02/2026"
    assert find_route(routes, asked) is routes[meetings]
    assert find_route(routes, asked.replace("=144", "=999")) is None


def test_a_real_pages_own_host_is_served_as_this_server():
    with SampleSites() as sites:
        url = f"{sites.base_url}/manchester-moderngov/mgWebService.asmx/GetMeeting"
        body = urllib.request.urlopen(f"{url}?lMeetingId=4967", timeout=5).read()
        assert sites.requested[-1] == (
            "/manchester-moderngov/mgWebService.asmx/GetMeeting?lMeetingId=4967"
        )
    assert b"democracy.manchester.gov.uk" not in body
    assert (
        f"{sites.base_url}/manchester-moderngov/mgConvert2PDF.aspx?ID=60860".encode()
        in body
    )
