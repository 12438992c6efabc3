"""The casewatch command: help for every command, crawl of one source."""

import json

import pytest
from click.testing import CliRunner

from casewatch.cli import cli
from casewatch.demo import LOOPBACK_SETTINGS, sample_sources
from casewatch.jobs import crawl
from casewatch.sample_sites import FILES, SampleSites
from casewatch.summary import counts
from db import open_db


@pytest.mark.parametrize(
    "command",
    [
        "demo",
        "crawl",
        "serve",
        "detect",
        "run-once",
        "schedule",
        "health",
        "import",
        "alerts",
        "subscribe",
        "subscriptions",
        "unsubscribe",
        "sources",
        "index",
    ],
)
def test_every_command_has_help_with_a_usage_line(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage: casewatch " + command in result.output


def test_detect_prints_each_mention_with_its_page_and_sentence(tmp_path):
    passage = tmp_path / "seed.txt"
    passage.write_text(
        "The local safeguarding children's board launched a serious case review "
        "(SCR) in 2015.\n"
    )
    board_pack = FILES / "kingstonhospital" / "trust-board-part-1-july-2015.pdf"
    result = CliRunner().invoke(cli, ["detect", str(passage), str(board_pack)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert f"{passage}: 1 page, 1 mention, 1 review, 0 judgements" in lines
    assert "  review: SCR (no subject) | council unknown | unknown | p.1" in lines
    assert f"{board_pack}: 163 pages, 1 mention, 1 review, 0 judgements" in lines
    # the council as the board names it: both councils of the partnership
    assert (
        "  review: SCR (no subject) | Kingston and Richmond | withheld | p.111"
    ) in lines
    assert any(line.startswith("  p.111 case_review.scr (type=SCR") for line in lines)


def test_detect_says_what_the_caps_on_mentions_left_out(tmp_path):
    repeated = tmp_path / "repeated.txt"
    repeated.write_text("The serious case review was discussed. " * 1000)
    result = CliRunner().invoke(cli, ["detect", str(repeated)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == f"{repeated}: 1 page, 200 mentions, 1 review, 0 judgements"
    assert lines[1] == (
        "  capped: case_reviews: 1,000 mentions on page 1: the first 200 kept"
    )


def test_detect_jsonl_writes_one_line_of_records_per_passage(tmp_path):
    passages = tmp_path / "in.jsonl"
    passages.write_text(
        json.dumps(
            {
                "id": "a",
                "text": "The Serious Case Review into Child R was"
                " published in July 2015.",
                "source_kind": "news",
            }
        )
        + "\n"
        + json.dumps(
            {
                "id": "b",
                "text": "The SCR ratio is the solvency capital requirement cover.",
            }
        )
        + "\n"
        + json.dumps(
            {
                "id": "c",
                "text": "Ofsted rated Kingston Council's children's"
                " services outstanding in December 2019.",
            }
        )
        + "\n"
    )
    result = CliRunner().invoke(cli, ["detect", "--jsonl", str(passages)])
    assert result.exit_code == 0
    a, b, c = map(json.loads, result.output.splitlines())
    assert [r["id"] for r in (a, b, c)] == ["a", "b", "c"]
    (review,) = a["reviews"]
    assert {k: review[k] for k in ("type", "subject", "year", "status")} == {
        "type": "SCR",
        "subject": "Child R",
        "year": 2015,
        "status": "published",
    }
    assert (review["la_code"], review["la_codes"]) == (None, [])
    assert b == {"id": "b", "reviews": [], "ofsted": []}
    (judgement,) = c["ofsted"]
    assert {k: judgement[k] for k in ("la_code", "grade", "visit_type", "date")} == {
        "la_code": "E09000021",
        "grade": "outstanding",
        "visit_type": "unknown",  # "rated", not said to be an inspection (LABELS.md)
        "date": "2019-12",
    }


def test_crawl_with_an_unreadable_watch_list_says_why(tmp_path):
    sources = tmp_path / "sources.yml"
    sources.write_text("- slug: a\n  name: [unclosed\n")
    result = CliRunner().invoke(
        cli,
        [
            "crawl",
            "listing",
            "--sources-file",
            str(sources),
            "--db",
            str(tmp_path / "x.db"),
        ],
    )
    assert result.exit_code == 1
    assert "cannot read the watch list" in result.output
    assert not (tmp_path / "x.db").exists()


def test_crawl_of_one_source_keeps_to_that_source(tmp_path):
    db_path = tmp_path / "casewatch.db"
    with SampleSites() as sites:
        sources = sample_sources(sites.base_url, tmp_path)
        result = crawl(
            "listing", db_path, sources, ("kingston-upon-thames",), LOOPBACK_SETTINGS
        )
    assert result.returncode == 0
    db = open_db(db_path)
    assert {row["source"] for row in db["document_urls"].rows} == {
        "kingston-upon-thames"
    }
    assert counts(db)["documents"] == 2
    assert counts(db)["failures"] == 0


def test_an_unknown_source_is_recorded_not_ignored(tmp_path):
    db_path = tmp_path / "casewatch.db"
    with SampleSites() as sites:
        sources = sample_sources(sites.base_url, tmp_path)
        crawl("listing", db_path, sources, ("no-such-council",), LOOPBACK_SETTINGS)
    (failure,) = open_db(db_path)["failures"].rows
    assert (failure["source"], failure["reason"]) == (
        "no-such-council",
        "no such source",
    )
