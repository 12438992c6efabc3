"""`casewatch discover` against the imitation sites on loopback (tests/sites/discover):
the real spider in a child process, robots.txt obeyed, its own host only, within
its page budget; the page it proposes is saved for the watch-list generator."""

import pytest
import yaml
from click.testing import CliRunner

from casewatch.cli import cli
from casewatch.discover import discover, proposal, ranked
from tests.sites import Site

FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING"}
SETTINGS = [
    option for name, value in FAST.items() for option in ("-s", f"{name}={value}")
]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with Site("discover", tmp_path_factory.mktemp("discover")) as served:
        yield served


def test_board_papers_three_links_under_about_us_are_found(site):
    found = discover(f"{site.base_url}/discover/swyp/", "board_papers", 40, FAST)
    best = proposal(ranked(found))
    assert best is not None
    assert best.url == (
        f"{site.base_url}/discover/swyp/about-us-2/how-were-run/our-trust-board/"
        "meeting-papers/"
    )
    assert "6 documents of its kind" in best.reasons
    # robots.txt forbids the intranet the home page links to
    assert not [path for path in site.requested if "/intranet/" in path]
    # nothing but the site's own pages was read, documents included
    assert all(
        row["url"].startswith(f"{site.base_url}/discover/swyp/") for row in found
    )
    assert not [path for path in site.requested if path.endswith(".pdf")]


def test_discovery_reads_no_more_pages_than_its_budget(site):
    found = discover(f"{site.base_url}/discover/lewisham/", "adult_reviews", 3, FAST)
    assert len(found) == 3
    assert found[0]["path"] == []  # the start page, reached by no link


def test_the_command_saves_the_page_found_with_the_way_there(site, tmp_path):
    saved = tmp_path / "discovered.yml"
    saved.write_text("# pages discovery found\n[]\n")
    arguments = [
        "discover",
        "imitation-lcitylscb",
        "--sources-file",
        str(site.sources),
        "--save",
        str(saved),
        *SETTINGS,
    ]
    result = CliRunner().invoke(cli, arguments)
    assert result.exit_code == 0, result.output
    assert f"proposed: {site.base_url}/discover/lcitylscb/learning-from-reviews/" in (
        result.output
    )
    (entry,) = yaml.safe_load(saved.read_text())
    assert entry["slug"] == "imitation-lcitylscb"
    assert entry["path"] == ["Home", "Learning from reviews"]
    assert entry["score"] >= 6
    assert saved.read_text().startswith("# pages discovery found\n")


def test_the_command_says_so_when_no_page_scores_enough(site):
    url = f"{site.base_url}/discover/pendle/"
    result = CliRunner().invoke(cli, ["discover", url, "--target", "dhr", *SETTINGS])
    assert result.exit_code == 1
    assert f"no page of {url} scored" in result.output
