"""Discovery's scores on the imitation sites' saved pages (tests/sites/discover,
PROVENANCE.md there): the papers page outscores its look-alikes, menus are
followed before furniture, and the naive rule falls for a news story."""

from pathlib import Path

import pytest

from casewatch.pages.discover import (
    baseline_link,
    link_priority,
    read_page,
    same_site,
    score_page,
)
from casewatch.pages.discover_targets import TARGETS

FILES = Path(__file__).parent / "sites/discover/files"
BASE = "https://www.example.nhs.uk/discover"


def page(site: str, name: str):
    path = FILES / site / name
    return read_page(f"{BASE}/{site}/{name}", path.read_text(encoding="utf-8"))


def score(site: str, name: str, target: str, came_by: str = "") -> float:
    return score_page(page(site, name), TARGETS[target], came_by).points


def test_a_page_reads_its_heading_and_links_with_documents_marked():
    meetings = page(
        "swyp", "about-us-2-how-were-run-our-trust-board-meeting-papers.html"
    )
    assert meetings.headings[0] == "Trust Board meetings and papers"
    documents = [link for link in meetings.links if link.is_document]
    assert len(documents) == 6
    assert documents[0].text == "Public agenda and papers - Trust Board 30 June 2026"
    logo = next(link for link in meetings.links if link.url.endswith("/discover/swyp/"))
    assert logo.text == "South West Yorkshire Partnership NHS Foundation Trust home"


@pytest.mark.parametrize(
    ("site", "right", "look_alike", "target"),
    [
        # the governors' council lists dated papers too
        (
            "swyp",
            "about-us-2-how-were-run-our-trust-board-meeting-papers.html",
            "about-us-2-how-were-run-members-council.html",
            "board_papers",
        ),
        # a news story names the papers in its heading
        (
            "swyp",
            "about-us-2-how-were-run-our-trust-board-meeting-papers.html",
            "news-trust-board-30-june.html",
            "board_papers",
        ),
        # one year's folder lists more papers than the landing page that links it
        (
            "humber",
            "about-trust-board-public-board-papers.html",
            "about-trust-board-public-board-papers-public-board-papers-2026.html",
            "board_papers",
        ),
        # an archive of old years is all that says "board papers"
        (
            "kmpt",
            "about-us-trust-board-board-meetings.html",
            "about-us-trust-board-archived-board-papers.html",
            "board_papers",
        ),
        # the children's partnership's reviews on a site shared with the adults board
        (
            "lewisham",
            "lsab-lsab-about-us-safeguarding-adults-reviews.html",
            "lscp-lscp-cspr.html",
            "adult_reviews",
        ),
        (
            "lcitylscb",
            "learning-from-reviews.html",
            "professionals-rapid-reviews.html",
            "child_reviews",
        ),
        (
            "bury",
            "social-care-and-support-domestic-abuse-training-and-resources-resources-"
            "related-death-reviews.html",
            "social-care-and-support-domestic-abuse-get-support.html",
            "dhr",
        ),
    ],
)
def test_the_papers_page_outscores_its_look_alike(site, right, look_alike, target):
    assert score(site, right, target) > score(site, look_alike, target)
    assert score(site, right, target) >= 6  # enough to be proposed


def test_a_page_that_names_the_papers_but_links_none_is_not_enough():
    schedule = page(
        "barnsleyhospital", "about-board-of-directors-meetings-and-papers.html"
    )
    scored = score_page(schedule, TARGETS["board_papers"], "Meetings and papers")
    assert "it links no documents of its kind" in scored.reasons
    assert scored.points < 6


def test_menus_lead_before_site_furniture_and_news_stories():
    home = page("swyp", "index.html")
    target = TARGETS["board_papers"]
    priority = {link.text: link_priority(link, target) for link in home.links}
    assert priority["About us"] > priority["Trust board papers for 30 June published"]
    assert priority["Accessibility"] < 0  # never read
    assert priority["Cookies"] < 0


def test_the_naive_rule_takes_the_first_link_that_says_the_phrase():
    home = page("swyp", "index.html")
    found = baseline_link(home, TARGETS["board_papers"])
    assert found is not None
    assert found.text == "Trust board papers for 30 June published"


def test_an_organisations_site_is_its_host_with_or_without_www():
    home = "https://www.example.nhs.uk/"
    assert same_site("https://example.nhs.uk/board-papers", home)
    assert not same_site("https://www.nhs.uk/conditions", home)
    assert not same_site("https://docs.example.nhs.uk/papers", home)
