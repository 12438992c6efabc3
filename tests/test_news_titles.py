"""The news titles: the shipped list (casewatch/news_sources.yml) and the tool that
writes it from local_news_titles.csv (tools/make_news_sources.py)."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

from click.testing import CliRunner

from casewatch.cli import cli
from casewatch.pages.news_platforms import PLATFORMS
from spiders.news import NEWS_SOURCES, news_sources

ROOT = Path(__file__).parent.parent
COLUMNS = ("title", "publisher", "website", "area", "council", "feed_hint", "evidence")
ROW = "simonabisiani/local_news_by_LAD_shinyapp:files/data.csv@372c42f8"


def make_news_sources():
    spec = importlib.util.spec_from_file_location(
        "make_news_sources", ROOT / "tools" / "make_news_sources.py"
    )
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_titles(shared: Path, rows: list[tuple[str, ...]]) -> None:
    (shared / "data").mkdir(parents=True)
    with (shared / "data" / "local_news_titles.csv").open("w", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(COLUMNS)
        writer.writerows(rows)


def test_shipped_titles_are_usable_with_councils_and_evidence():
    titles = news_sources(NEWS_SOURCES)
    assert not titles.problems
    assert len(titles.sources) >= 500
    assert all(title.evidence for title in titles.sources)
    with_councils = [title for title in titles.sources if title.councils]
    assert len(with_councils) >= 0.95 * len(titles.sources)
    assert {title.platform for title in titles.sources} == set(PLATFORMS)
    by_slug = {title.slug: title for title in titles.sources}
    assert by_slug["surrey-comet"].council == "E09000021"
    assert len(by_slug["bbc-news-london"].councils) == 33  # every London borough


def test_casewatch_sources_lists_the_news_titles_by_council():
    result = CliRunner().invoke(
        cli, ["sources", "--kind", "news", "--council", "Dartford"]
    )
    lines = result.output.splitlines()
    assert result.exit_code == 0, result.output
    assert {"bbc-news-kent", "kent-online"} <= {line.split("\t")[0] for line in lines}


def generated(shared: Path, rows: list[tuple[str, ...]]) -> list[dict]:
    """The tool's titles from these rows, after the hand-written ones."""
    write_titles(shared, rows)
    found = make_news_sources().titles(shared)
    return [title for title in found if title["slug"] not in HAND]


HAND = {
    "surrey-comet",
    "richmond-and-twickenham-times",
    "your-local-guardian",
    "bbc-news",
}


def test_editions_of_a_site_are_one_title_with_all_their_councils(tmp_path):
    (title,) = generated(
        tmp_path,
        [
            (
                "Sutton Guardian",
                "Newsquest",
                "suttonguardian.co.uk",
                "Sutton",
                "London Borough of Sutton",
                "",
                ROW,
            ),
            (
                "Sutton Guardian (Cheam)",
                "Newsquest",
                "",
                "Sutton",
                "London Borough of Merton",
                "",
                ROW,
            ),
            (
                "Sutton Guardian (Epsom)",
                "Newsquest",
                "suttonguardian.co.uk/news/epsom",
                "Epsom",
                "Epsom and Ewell Borough Council",
                "",
                ROW,
            ),
        ],
    )
    assert (title["slug"], title["name"]) == ("sutton-guardian", "Sutton Guardian")
    assert title["councils"] == ["E07000208", "E09000024", "E09000029"]
    assert "council" not in title  # more than one
    assert title["start_urls"] == ["https://www.suttonguardian.co.uk/news/rss/"]
    assert "Newsquest's site feed /news/rss/" in title["evidence"]
    assert "not fetched" in title["evidence"]


def test_entry_points_are_the_feed_hint_the_platform_feed_or_the_home_page(tmp_path):
    rows = [
        (
            "Bristol Post",
            "Reach",
            "bristolpost.co.uk",
            "Bristol",
            "Bristol City Council",
            "https://www.bristolpost.co.uk/news/?service=rss",
            f"{ROW} | feed: seed list",
        ),
        (
            "Swindon Advertiser",
            "Newsquest",
            "swindodvertiser.co.uk",
            "Swindon",
            "Swindon Borough Council",
            "",
            ROW,
        ),
        (
            "Lincolnite",
            "independent",
            "thelincolnite.co.uk",
            "Lincoln",
            "City of Lincoln Council",
            "",
            ROW,
        ),
        (
            "Ashby Nub News",
            "Nub News",
            "ashby.nub.news",
            "North West Leicestershire",
            "North West Leicestershire District Council",
            "",
            ROW,
        ),
    ]
    titles = {t["name"]: t for t in generated(tmp_path, rows)}
    bristol = titles["Bristol Post"]
    assert bristol["start_urls"] == ["https://www.bristolpost.co.uk/news/?service=rss"]
    assert "feed hint (seed list)" in bristol["evidence"]
    swindon = titles["Swindon Advertiser"]  # the data lost "na" from the site
    assert swindon["start_urls"] == ["https://www.swindonadvertiser.co.uk/news/rss/"]
    assert "website repaired from swindodvertiser.co.uk" in swindon["evidence"]
    lincolnite = titles["Lincolnite"]
    assert (lincolnite["platform"], lincolnite["start_urls"]) == (
        "generic",
        ["https://www.thelincolnite.co.uk/"],
    )
    assert "RSS autodiscovery" in lincolnite["evidence"]
    ashby = titles["Ashby Nub News"]
    assert (ashby["platform"], ashby["start_urls"]) == (
        "nubnews",
        ["https://ashby.nub.news/"],
    )
    assert ashby["council"] == "E07000134"


def test_the_tool_writes_the_same_titles_on_every_run(tmp_path):
    rows = [
        ("B Times", "Newsquest", "btimes.co.uk", "", "Bristol City Council", "", ROW),
        ("A Echo", "Reach", "aecho.co.uk", "", "Swindon Borough Council", "", ROW),
    ]
    first = generated(tmp_path / "one", rows)
    assert first == generated(tmp_path / "two", list(reversed(rows)))
    assert [t["platform"] for t in first] == ["newsquest", "reach"]


def test_a_bbc_title_covers_the_councils_of_the_area_it_is_named_for(tmp_path):
    """The data places BBC Radio Berkshire at its base (Reading) and BBC News Tees
    in a region; each covers its area's councils, a county with its districts."""
    feed = "http://feeds.bbci.co.uk/news/england/{}/rss.xml"
    rows = [
        ("BBC Radio Berkshire", "BBC local", "", "Reading", "Reading Borough Council",
         feed.format("berkshire"), ROW),
        ("BBC News Tees", "BBC local", "bbc.co.uk", "Teesside", "",
         feed.format("tees"), ROW),
        ("BBC News Sussex", "BBC local", "bbc.co.uk", "Sussex", "",
         feed.format("sussex"), ROW),
        ("Reading Chronicle", "Newsquest", "readingchronicle.co.uk", "Reading",
         "Reading Borough Council", "", ROW),
    ]  # fmt: skip
    titles = {t["name"]: t for t in generated(tmp_path, rows)}
    berkshire = titles["BBC Radio Berkshire"]["councils"]
    assert {"E06000036", "E06000038", "E06000041"} <= set(berkshire)  # Bracknell...
    assert len(berkshire) == 6
    assert "E06000003" in titles["BBC News Tees"]["councils"]  # Redcar and Cleveland
    sussex = titles["BBC News Sussex"]["councils"]
    assert {"E07000223", "E07000061", "E06000043"} <= set(sussex)  # Adur, ...
    # any other title keeps the council its row names
    assert titles["Reading Chronicle"]["councils"] == ["E06000038"]


def test_every_english_council_has_a_news_title():
    result = CliRunner().invoke(cli, ["coverage", "--json"])
    assert result.exit_code == 0, result.output
    councils = json.loads(result.output)
    assert len(councils) >= 317
    assert [row["name"] for row in councils if not row["news"]] == []
