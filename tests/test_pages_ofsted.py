"""The Ofsted provider-page parser on the test site's pages (synthetic, imitating
reports.ofsted.gov.uk: tests/sites/ofsted/PROVENANCE.md) and the report check on the
real saved "Report not found" page and a real report."""

from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Response

from casewatch.pages.ofsted import not_a_report, reports, type_of
from casewatch.pages.papers import MarkupChanged

TESTS = Path(__file__).parent
PAGES = TESTS / "sites" / "ofsted" / "files"
REPORTS = TESTS / "fixtures" / "ofsted"


def provider_page(urn: str, body: bytes | None = None) -> HtmlResponse:
    url = f"https://reports.ofsted.gov.uk/provider/44/{urn}"
    page = (
        body if body is not None else (PAGES / f"provider-44-{urn}.html").read_bytes()
    )
    return HtmlResponse(url=url, body=page, encoding="utf-8")


def test_each_report_has_its_file_type_dates_and_council_name():
    kingston = reports(provider_page("80545"))
    assert [paper.url for paper in kingston] == [
        "https://files.ofsted.gov.uk/v1/file/50267803",
        "https://files.ofsted.gov.uk/v1/file/50135439",
        "https://files.ofsted.gov.uk/v1/file/50004300",
    ]
    latest = kingston[0]
    assert latest.title == (
        "Royal Borough of Kingston upon Thames: Children's services inspection,"
        " published 29 January 2025"
    )
    assert (latest.kind, latest.published) == ("inspection_report", "2025-01-29")
    assert latest.metadata == {
        "report_type": "inspection",
        "ofsted_urn": "80545",
        "event_date": "2024-12-06",
    }


def test_visits_are_told_apart_and_an_event_without_a_date_has_none():
    blackpool = reports(provider_page("80431"))
    assert [(p.metadata["report_type"], p.published, p.metadata["event_date"])
            for p in blackpool] == [
        ("focused_visit", "2021-04-09", "2021-03-03"),
        ("monitoring_visit", "2019-11-12", "2019-10-10"),
        ("inspection", "2019-01-17", "2018-12-07"),
        ("inspection", "2012-07-13", ""),
    ]  # fmt: skip


def test_a_publication_that_is_not_a_report_is_left_out():
    southwark = reports(provider_page("80514"))
    assert [p.metadata["report_type"] for p in southwark] == ["inspection", "jtai"]
    assert not [p for p in southwark if p.url.endswith("/50900004")]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Children's services inspection", "inspection"),
        ("Children\u2019s services inspection", "inspection"),
        ("Inspection of local authority children's services", "inspection"),
        ("Children's services focused visit", "focused_visit"),
        ("Monitoring visit", "monitoring_visit"),
        ("Joint targeted area inspection", "jtai"),
        ("Area SEND full inspection", None),
        ("Letter to parents and carers", None),
    ],
)
def test_report_types_by_label(label, expected):
    assert type_of(label) == expected


def test_a_page_without_the_timeline_is_markup_changed():
    with pytest.raises(MarkupChanged, match="no Ofsted timeline"):
        reports(
            provider_page("80545", b"<html><body><h1>Maintenance</h1></body></html>")
        )


def test_a_link_whose_hidden_text_has_no_date_is_markup_changed():
    page = (PAGES / "provider-44-2637539.html").read_bytes()
    broken = page.replace(b", PDF - 07 July 2026", b"")
    with pytest.raises(MarkupChanged, match="type, PDF - date"):
        reports(provider_page("2637539", broken))


def test_report_not_found_is_not_a_report_and_a_pdf_is():
    url = "https://files.ofsted.gov.uk/v1/file/50004178"
    not_found = HtmlResponse(
        url=url,
        body=(
            REPORTS / "reports_ofsted_report-not-found_page_saved-as-pdf-url.html"
        ).read_bytes(),
    )
    assert "'Report not found - Find an Inspection Report - Ofsted'" in not_a_report(
        not_found
    )
    pdf = REPORTS / "ilacs_80431_blackpool_2019-01-17_inadequate.pdf"
    assert not_a_report(Response(url=url, body=pdf.read_bytes())) == ""
    assert "begin b'PK" in not_a_report(Response(url=url, body=b"PK\x03\x04zip"))
