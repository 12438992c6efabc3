"""The watch list: good entries load, each bad entry is one clear problem; the
`casewatch sources` command lists it."""

from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from click.testing import CliRunner

from casewatch import PACKAGE_DIR, councils, places
from casewatch.cli import cli
from casewatch.sources import SourcesError, load_sources, parse_sources

GOOD = {
    "slug": "kingston-hospital",
    "name": "Kingston Hospital NHS Foundation Trust",
    "kind": "nhs_trust",
    "platform": "listing",
    "start_urls": ["https://www.kingstonhospital.nhs.uk/about-us/trust-board/"],
    "documents": ["/download_file/"],
}


def test_shipped_watch_list_has_no_problems():
    watch_list = load_sources(PACKAGE_DIR / "sources.yml")
    assert watch_list.problems == ()
    assert watch_list.sources


def test_sample_watch_list_has_no_problems(tmp_path):
    text = (PACKAGE_DIR / "sample_sites" / "sources.yml").read_text()
    path = tmp_path / "sources.yml"
    path.write_text(text.replace("{base}", "http://127.0.0.1:8000"))
    watch_list = load_sources(path)
    assert watch_list.problems == ()
    assert {source.kind for source in watch_list.sources} == {
        "nhs_trust",
        "partnership",
        "council",
        "ofsted",
    }


def test_a_good_entry_becomes_a_source():
    (source,) = parse_sources([GOOD]).sources
    assert source.allowed_domains == ("www.kingstonhospital.nhs.uk",)
    assert source.is_document("https://www.kingstonhospital.nhs.uk/download_file/1/355")
    assert not source.is_followed("https://www.kingstonhospital.nhs.uk/news")


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"kind": "hospital"}, "kind 'hospital' is not one of"),
        ({"start_urls": ["ftp://example.org/"]}, "is not an http(s) URL"),
        ({"documents": ["(unclosed"]}, "is not a valid regular expression"),
        ({"slug": "Kingston Hospital"}, "must be lower-case words and hyphens"),
        ({"start_url": ["https://x.org/"]}, "unknown key start_url"),
        ({"name": ""}, "missing name"),
    ],
)
def test_a_bad_entry_is_a_problem_and_the_rest_still_load(change, reason):
    other = {**GOOD, "slug": "other-trust"}
    watch_list = parse_sources([{**GOOD, **change}, other])
    assert [source.slug for source in watch_list.sources] == ["other-trust"]
    (problem,) = watch_list.problems
    assert reason in problem.reason
    assert problem.reason.startswith("entry 1: ")


def test_duplicate_slugs_are_a_problem():
    watch_list = parse_sources([GOOD, GOOD])
    assert len(watch_list.sources) == 1
    assert watch_list.problems[0].reason == "entry 2: duplicate slug"


def test_a_file_that_is_not_a_list_cannot_be_used(tmp_path):
    path = tmp_path / "sources.yml"
    path.write_text("slug: just-a-mapping\n")
    with pytest.raises(SourcesError, match="must be a YAML list"):
        load_sources(path)


def test_broken_yaml_says_where(tmp_path):
    path = tmp_path / "sources.yml"
    path.write_text("- slug: a\n  name: [unclosed\n")
    with pytest.raises(SourcesError, match=str(path)):
        load_sources(Path(path))


def test_shipped_watch_list_covers_councils_trusts_and_partnerships():
    watch_list = load_sources(PACKAGE_DIR / "sources.yml")
    by_slug = {source.slug: source for source in watch_list.sources}
    kingston = by_slug["kingston-upon-thames"]
    assert (kingston.platform, kingston.council, kingston.start_urls) == (
        "moderngov",
        "E09000021",
        ("https://moderngov.kingston.gov.uk",),
    )
    assert by_slug["birmingham"].platform == "cmis"
    assert len(watch_list.select(platform="moderngov")) > 250
    assert len(watch_list.select(platform="cmis")) > 20
    assert len(watch_list.select(platform="nhs_board")) > 190
    partnerships = {s.council for s in watch_list.select(kind="partnership")}
    assert {"E09000021", "E09000028"} <= partnerships  # Kingston, Southwark


def test_shipped_watch_list_covers_every_english_council_with_papers():
    watch_list = load_sources(PACKAGE_DIR / "sources.yml")
    papers = watch_list.select(kind="council")
    english = {council.code for council in places.councils() if council.code[0] == "E"}
    assert len(papers) >= 310
    assert english <= {code for source in papers for code in source.councils}
    assert len(watch_list.select(kind="partnership")) >= 250


def test_every_trust_source_says_why_its_page_is_believed():
    watch_list = load_sources(PACKAGE_DIR / "sources.yml")
    trusts = watch_list.select(kind="nhs_trust")
    assert all(source.evidence for source in trusts)
    urls = [source.start_urls[0] for source in trusts]
    assert len(set(urls)) == len(urls)  # no trust at another trust's page
    # a trust known only by its home page waits for discovery, uncrawled
    for source in trusts:
        if source.platform == "discover":
            assert urlsplit(source.start_urls[0]).path == "/"
            assert not source.confirmed


def test_retired_councils_are_listed_with_their_day_and_successors_but_not_crawled():
    watch_list = load_sources(PACKAGE_DIR / "sources.yml")
    (allerdale,) = watch_list.select(["allerdale-borough-council"])
    assert (allerdale.retired, allerdale.councils) == ("2023-03-31", ("E06000063",))
    assert allerdale not in watch_list.select(platform="moderngov")


def test_a_partnership_serving_several_councils_is_theirs_in_the_place_register():
    watch_list = load_sources(PACKAGE_DIR / "sources.yml")
    joint = [s for s in watch_list.select(kind="partnership") if len(s.councils) > 1]
    known = [s for s in joint if places.partnership_for(s.name)]
    assert len(known) > 20
    for source in known:
        assert set(councils.of_source(source.council, "", source.name)) >= {
            (code, "partnership") for code in source.councils[1:]
        }, source.slug
    # a name that names no place cannot tell a document which body it means
    generic = {s.name for s in joint} - {s.name for s in known}
    assert "Local Safeguarding Children Partnership" in generic
    assert places.partnership_for("Local Safeguarding Children Partnership") is None


def test_a_committee_site_starts_from_one_url():
    entry = {
        **GOOD,
        "platform": "moderngov",
        "start_urls": ["https://a.gov.uk", "https://b.gov.uk"],
    }
    (problem,) = parse_sources([entry]).problems
    assert "a moderngov source starts from one URL" in problem.reason


def test_sources_are_selected_by_kind_platform_and_council():
    watch_list = parse_sources(
        [
            {**GOOD, "council": "E09000021"},
            {
                **GOOD,
                "slug": "kingston-upon-thames",
                "kind": "council",
                "platform": "moderngov",
                "council": "E09000021",
                "start_urls": ["https://moderngov.kingston.gov.uk"],
            },
            {**GOOD, "slug": "other-trust", "council": "E09000028"},
        ]
    )
    assert [s.slug for s in watch_list.select(council="E09000021")] == [
        "kingston-hospital",
        "kingston-upon-thames",
    ]
    assert [s.slug for s in watch_list.select(kind="council")] == [
        "kingston-upon-thames"
    ]
    assert [
        s.slug for s in watch_list.select(platform="listing", council="E09000028")
    ] == ["other-trust"]


def test_sources_command_lists_a_councils_sources():
    result = CliRunner().invoke(
        cli, ["sources", "--council", "Kingston upon Thames", "--platform", "moderngov"]
    )
    assert result.exit_code == 0
    assert result.output == (
        "kingston-upon-thames\tcouncil\tmoderngov\tE09000021\t"
        "https://moderngov.kingston.gov.uk\t-\n"
    )


def test_sources_command_says_what_is_wrong_with_an_entry(tmp_path):
    path = tmp_path / "sources.yml"
    path.write_text(yaml.safe_dump([GOOD, {**GOOD, "slug": "bad", "kind": "hospital"}]))
    result = CliRunner().invoke(cli, ["sources", "--sources-file", str(path)])
    assert result.exit_code == 1
    assert result.output.startswith("kingston-hospital\tnhs_trust\tlisting\t-\t")
    assert "problem: bad: entry 2: kind 'hospital' is not one of" in result.output


def test_sources_command_refuses_an_unknown_council():
    result = CliRunner().invoke(cli, ["sources", "--council", "Narnia"])
    assert result.exit_code == 2
    assert "no council is called 'Narnia'" in result.output


def test_a_source_covering_several_councils_is_selected_under_each():
    title = {
        **GOOD,
        "kind": "news",
        "platform": "reach",
        "councils": ["E09000021", "E09000027"],
        "evidence": "feed: the title's own feed hint, not fetched",
    }
    watch_list = parse_sources([title])
    assert [s.slug for s in watch_list.select(council="E09000027")] == [GOOD["slug"]]
    assert watch_list.select(council="E09000028") == []
    assert watch_list.sources[0].evidence.startswith("feed: the title's own")


def test_councils_must_be_a_list():
    (problem,) = parse_sources([{**GOOD, "councils": "E09000021"}]).problems
    assert "councils must be a list" in problem.reason
