"""`casewatch coverage`: what watches each English council, with its gaps."""

import json

from click.testing import CliRunner

from casewatch import places
from casewatch.cli import cli
from casewatch.coverage import council_coverage
from casewatch.sources import parse_sources

KENT, DOVER, MEDWAY = "E10000016", "E07000108", "E06000035"


def source(slug, kind, platform="listing", **keys):
    return {
        "slug": slug,
        "name": slug,
        "kind": kind,
        "platform": platform,
        "start_urls": [f"https://{slug}.example/"],
        **keys,
    }


def coverage_of(entries, states=None):
    watch_list = parse_sources(entries)
    assert watch_list.problems == ()
    rows = council_coverage(places.councils(), watch_list.sources, states or {})
    return {row.code: row for row in rows}


def test_a_districts_partnerships_and_ofsted_page_are_its_countys():
    rows = coverage_of([
        source("kent-scp", "partnership", council=KENT, remit=["children"]),
        source("ofsted-kent", "ofsted", "ofsted", council=KENT),
        source("dover", "council", "moderngov", council=DOVER),
    ])  # fmt: skip
    dover = rows[DOVER]
    assert [w.slug for w in dover.children] == ["kent-scp"]
    assert [w.slug for w in dover.ofsted] == ["ofsted-kent"]
    assert dover.adults == ()
    assert "papers" not in dover.gaps
    assert "adults" in dover.gaps
    assert rows[MEDWAY].children == ()  # a unitary is not Kent's


def test_a_countys_dhr_pages_include_its_districts():
    rows = coverage_of(
        [source("dover-dhr", "partnership", council=DOVER, remit=["domestic_homicide"])]
    )
    assert [w.slug for w in rows[KENT].dhr] == ["dover-dhr"]
    assert rows[MEDWAY].dhr == ()


def test_a_site_awaiting_discovery_or_broken_leaves_a_gap():
    rows = coverage_of(
        [
            source(
                "kent",
                "council",
                "discover",
                council=KENT,
                evidence="unconfirmed: its councillors page only",
            ),
            source("dover", "council", "moderngov", council=DOVER),
            source("medway", "council", "moderngov", council=MEDWAY),
        ],
        states={"dover": ("broken", "HTTP 500"), "medway": ("quiet", "nothing new")},
    )
    kent = rows[KENT].papers[0]
    assert (kent.state, kent.confirmed) == ("awaiting discovery", False)
    assert "papers" in rows[KENT].gaps
    assert "papers" in rows[DOVER].gaps
    assert "papers" not in rows[MEDWAY].gaps


def test_a_retired_council_covers_no_one():
    rows = coverage_of(
        [
            source(
                "kent-county-council-1998",
                "council",
                "moderngov",
                councils=[KENT],
                retired="1998-03-31",
            )
        ]
    )
    assert rows[KENT].papers == ()


def test_every_english_council_has_a_papers_source_in_the_shipped_watch_list():
    result = CliRunner().invoke(cli, ["coverage", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    english = {c.code for c in places.councils() if c.code.startswith("E")}
    assert {row["code"] for row in rows} == english
    assert all(row["papers"] for row in rows)
    assert all(row["ofsted"] for row in rows)
    # the gaps come first
    gaps = [len(row["gaps"]) for row in rows]
    assert gaps == sorted(gaps, reverse=True)


def test_the_text_report_counts_working_sources_per_facet():
    result = CliRunner().invoke(cli, ["coverage"])
    assert result.exit_code == 0
    kingston = next(line for line in result.output.splitlines() if "E09000021" in line)
    assert "papers 1/1" in kingston
    assert "Kingston upon Thames" in kingston
