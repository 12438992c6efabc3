"""Datasette, started for real on the demo archive, answers the canned queries."""

import json
import urllib.parse
import urllib.request

import yaml

from casewatch import jobs


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def test_every_canned_query_is_described_and_runs(datasette_url, demo_archive):
    queries = jobs.datasette_metadata(demo_archive)["databases"]["casewatch"]["queries"]
    assert set(queries) == {"latest_mentions", "search"}
    for name, query in queries.items():
        assert query["title"]
        assert query["description"]
        rows = get_json(f"{datasette_url}/casewatch/{name}.json?_shape=array&q=review")
        assert rows, name


def test_latest_mentions_show_document_page_and_source_url(datasette_url):
    rows = get_json(f"{datasette_url}/casewatch/latest_mentions.json?_shape=array")
    pack = [r for r in rows if r["title"] == "Trust Board Part 1 - July 2015"]
    assert pack, "the board pack's mention is listed"
    assert pack[0]["review_type"] == "SCR"
    assert pack[0]["kind"] == "case_review"
    grades = {row["ofsted_grade"] for row in rows if row["kind"] == "ofsted_judgement"}
    assert {"inadequate", "adequate"} <= grades
    assert pack[0]["source_url"].startswith("http://127.0.0.1:")
    assert "serious case review" in pack[0]["snippet"]


def test_search_ranks_pages_and_marks_the_words(datasette_url):
    query = urllib.parse.quote('"serious case review"')
    rows = get_json(f"{datasette_url}/casewatch/search.json?_shape=array&q={query}")
    assert rows
    assert all("[" in row["snippet"] for row in rows)
    ranks = [row["rank"] for row in rows]
    assert ranks == sorted(ranks)
    assert {"Trust Board Part 1 - July 2015"} <= {row["title"] for row in rows}


def test_pages_table_has_full_text_search(datasette_url):
    data = get_json(
        f"{datasette_url}/casewatch/pages.json?_search=e-safety&_shape=array"
        "&_col=page_no"
    )
    assert [row["page_no"] for row in data]


def test_internal_tables_are_hidden(datasette_url):
    tables = get_json(f"{datasette_url}/casewatch.json")["tables"]
    hidden = {t["name"] for t in tables if t["hidden"]}
    assert {"_sqlite_migrations", "pages_fts"} <= hidden
    visible = {t["name"] for t in tables if not t["hidden"]}
    assert {"documents", "pages", "mentions", "failures"} <= visible


def test_metadata_template_names_the_archive(tmp_path):
    metadata = jobs.datasette_metadata(tmp_path / "reporters.db")
    assert list(metadata["databases"]) == ["reporters"]
    assert "/reporters/search" in metadata["description_html"]
    assert yaml.safe_dump(metadata)
