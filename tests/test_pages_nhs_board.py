"""The NHS board-papers parser on the test sites' pages, which imitate the patterns of
the trusts' register (tests/sites/nhs-trusts/PROVENANCE.md; no real trust page was
saved), and the date and kind rules the parsers share."""

from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from casewatch.pages.nhs_board import board_page
from casewatch.pages.papers import date_in, kind_from_title

FILES = Path(__file__).parent / "sites" / "nhs-trusts" / "files"
KINGS = (
    Path(__file__).parent.parent / "casewatch/sample_sites/files/kingscollegehospital"
)
KINGS_PAGE = "/kingscollegehospital/about/how-we-are-organised/board-of-directors"
KINGS_PAGE += "/minutes-and-agendas/"
BASE = "https://trust.nhs.uk"
HOSTS = ("trust.nhs.uk",)


def page(name: str, path: str, landing: str = "", via: str = ""):
    folder = KINGS if name.startswith("kings") else FILES
    response = HtmlResponse(
        f"{BASE}{path}", body=(folder / name).read_bytes(), encoding="utf-8"
    )
    return board_page(response, HOSTS, f"{BASE}{landing or path}", via)


def test_packs_on_a_wordpress_page_carry_their_meeting_and_upload_month():
    found = page("kings-minutes-and-agendas.html", KINGS_PAGE)
    assert [(p.title, p.kind, p.meeting_date, p.published) for p in found.papers] == [
        ("BoD Agenda and Papers 14 May 2026", "pack", "2026-05-14", "2026-05"),
        ("BoD Agenda and Papers 12 March 2026", "pack", "2026-03-12", "2026-03"),
        ("BoD Agenda and Papers 13 November 2025", "pack", "2025-11-13", "2025-11"),
    ]
    assert found.follow == ()


def test_registers_of_interests_and_site_chrome_are_not_papers():
    found = page("kings-minutes-and-agendas.html", KINGS_PAGE)
    urls = " ".join(p.url for p in found.papers)
    assert "register-of-interests" not in urls
    assert "nhs.uk/" not in urls.replace(BASE, "")


def test_a_landing_page_of_year_archives_leads_to_each_year():
    found = page("sash-board-papers.html", "/sash/about-us/our-board/board-papers")
    assert [(link.url, link.when) for link in found.follow] == [
        (f"{BASE}/sash/about-us/our-board/board-papers/2026", "2026"),
        (f"{BASE}/sash/about-us/our-board/board-papers/2025", "2025"),
    ]
    assert found.papers == ()


def test_split_papers_take_their_date_from_the_heading_above_them():
    found = page(
        "sash-board-papers-2026.html",
        "/sash/about-us/our-board/board-papers/2026",
        landing="/sash/about-us/our-board/board-papers",
        via="2026",
    )
    assert [(p.title, p.kind, p.meeting_date) for p in found.papers] == [
        ("0.0 Agenda", "agenda", "2026-04-02"),
        ("0.0 Agenda", "agenda", "2026-02-05"),
        ("1.0 Minutes", "minutes", "2026-02-05"),
        ("5.0 Integrated Performance Report", "report", "2026-02-05"),
    ]


def test_meeting_sub_pages_are_followed_with_their_dates():
    found = page(
        "kmpt-board-meetings.html", "/kmpt/about-us/trust-board/board-meetings/"
    )
    assert [link.when for link in found.follow] == [
        "2026-05-28",
        "2026-03-26",
        "2025-11-27",
    ]
    assert all("council-of-governors" not in link.url for link in found.follow)


def test_a_pack_without_a_date_in_its_link_takes_the_file_names():
    found = page(
        "kmpt-board-26-march-2026.html",
        "/kmpt/about-us/trust-board/board-meetings/board-26-march-2026/",
        landing="/kmpt/about-us/trust-board/board-meetings/",
    )
    (pack,) = found.papers
    assert (pack.title, pack.kind, pack.meeting_date) == (
        "Public Board Meeting Pack",
        "pack",
        "2026-03-26",
    )


def test_a_page_built_by_javascript_is_unsupported_not_empty():
    found = page("bradford-bod-meetings.html", "/bradford/our-trust/bod-meetings/")
    assert found.papers == found.follow == ()
    assert found.unsupported.startswith("unsupported: the page needs JavaScript")


def test_a_plain_page_without_papers_is_not_called_unsupported():
    found = page("royal-marsden-access-denied.html", "/board-papers")
    assert (found.papers, found.follow, found.unsupported) == ((), (), "")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "Kingston and North Kingston - Thursday 15 January 2026 7:30 pm",
            "2026-01-15",
        ),
        ("15 Jan 2026\xa07:30 pm", "2026-01-15"),
        ("13/01/2026", "2026-01-13"),
        ("Board Meeting Thursday 28th May 2026", "2026-05-28"),
        ("public-board-meeting-pack-28052026-v1.pdf", "2026-05-28"),
        ("board-of-directors-open-meeting-pack-(04.06.26).pdf", "2026-06-04"),
        ("board-28-may-2026", "2026-05-28"),
        ("Trust Board Part 1 - July 2015", "2015-07"),
        ("board-papers-april-2026pdf.pdf", "2026-04"),
        ("31/02/2026, then 1 May 2020", "2020-05-01"),
        ("Board papers 2026", ""),
    ],
)
def test_dates_are_read_day_first_to_the_precision_written(text, iso):
    assert date_in(text) == iso


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Printed minutes", "minutes"),
        ("Printed decisions", "decisions"),
        ("Agenda reports pack", "pack"),
        ("Final Agenda Reports - 9th July 2026", "pack"),
        ("BoD Agenda and Papers 14 May 2026", "pack"),
        ("Agenda frontsheet", "agenda"),
        ("Annex 1 - Wolverton Avenue", "report"),
    ],
)
def test_a_title_gives_the_document_its_kind(title, kind):
    assert kind_from_title(title) == kind
