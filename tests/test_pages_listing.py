"""Links on saved listing pages: which are documents, which are more listings."""

from scrapy.http import HtmlResponse

from casewatch.pages.listing import file_name, links
from casewatch.sample_sites import FILES
from casewatch.sources import parse_sources

BASE = "http://127.0.0.1:8765"
TRUST = parse_sources(
    [
        {
            "slug": "kingston-hospital",
            "name": "Kingston Hospital NHS Foundation Trust",
            "kind": "nhs_trust",
            "platform": "listing",
            "start_urls": [
                f"{BASE}/kingstonhospital/about-us/trust-board/board-meetings"
            ],
            "follow": ["/board-meetings/board-paper-archive$"],
            "documents": ["/kingstonhospital/download_file/"],
        }
    ]
).sources[0]


def saved(path: str, url: str) -> HtmlResponse:
    return HtmlResponse(url, body=(FILES / path).read_bytes(), encoding="utf-8")


def test_archive_page_lists_each_board_pack_with_its_link_text():
    response = saved(
        "kingstonhospital/board-paper-archive.html",
        f"{BASE}/kingstonhospital/about-us/trust-board/board-meetings/board-paper-archive",
    )
    found = links(response, TRUST)
    documents = [link for link in found if link.is_document]
    assert len(documents) == 6
    assert "Trust Board Part 1 - July 2015" in {link.text for link in documents}
    assert all(link.url.startswith(f"{BASE}/kingstonhospital/") for link in found)


def test_landing_page_leads_to_the_archive_and_the_latest_pack():
    response = saved(
        "kingstonhospital/board-meetings.html",
        f"{BASE}/kingstonhospital/about-us/trust-board/board-meetings",
    )
    found = links(response, TRUST)
    assert [link.is_listing for link in found].count(True) == 1
    assert [link.is_document for link in found].count(True) == 1


def test_offsite_and_chrome_links_are_left_alone():
    response = saved(
        "kingstonhospital/board-meetings.html",
        f"{BASE}/kingstonhospital/about-us/trust-board/board-meetings",
    )
    urls = {link.url for link in links(response, TRUST)}
    assert "https://www.nhs.uk/" not in urls
    assert f"{BASE}/kingstonhospital/contact-us" not in urls


def test_file_name_is_decoded():
    assert file_name("http://x.org/documents/s112217/Petition%20TMO.pdf?T=1") == (
        "Petition TMO.pdf"
    )
