"""Datasette, started for real on the demo archive: queries, document pages, copies."""

import asyncio
import hashlib
import json
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from datasette.app import Datasette
from sqlite_utils import Database

from casewatch import datasette as casewatch_datasette
from casewatch import jobs
from casewatch.archive import files_root
from casewatch.datasette import DATABASE
from casewatch.health import archive_health
from tests.ports import free_port

PACK_TITLE = "Trust Board Part 1 - July 2015"
# Parameters that make every canned query return rows on the demo archive.
PARAMETERS = {"q": "review", "council": "Kingston"}


def get(url: str):
    return urllib.request.urlopen(url, timeout=10)


def get_json(url: str):
    with get(url) as response:
        return json.load(response)


def get_text(url: str) -> str:
    with get(url) as response:
        return response.read().decode()


def document_sha256(archive: Path, title: str) -> str:
    with sqlite3.connect(archive) as connection:
        (sha256,) = connection.execute(
            "select sha256 from documents where title = ?", [title]
        ).fetchone()
    return sha256


def canned_queries() -> dict:
    return jobs.datasette_metadata()["databases"][DATABASE]["queries"]


@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_every_canned_query_is_described_and_runs_on_the_demo(datasette_url, name):
    query = canned_queries()[name]
    assert query["title"]
    assert query["description"]
    arguments = urllib.parse.urlencode(PARAMETERS)
    data = get_json(f"{datasette_url}/casewatch/{name}.json?{arguments}")
    assert data["ok"], data.get("error")


def test_new_mentions_show_document_page_and_source_url(datasette_url):
    rows = get_json(f"{datasette_url}/casewatch/new_mentions.json?_shape=array")
    pack = [row for row in rows if row["document"] == PACK_TITLE]
    assert pack, "the board pack's mention is listed"
    assert pack[0]["review_type"] == "SCR"
    assert pack[0]["page_no"] == 111
    # the hospital's council, and the review's: the Kingston and Richmond board's
    assert pack[0]["council"] == "Kingston upon Thames; Kingston and Richmond"
    assert pack[0]["source_url"].startswith("http://127.0.0.1:")
    assert pack[0]["snippet"].startswith("<mark>Serious Case Review</mark>: The")
    grades = {row["ofsted_grade"] for row in rows if row["kind"] == "ofsted_judgement"}
    assert {"inadequate", "adequate"} <= grades


def test_search_ranks_pages_and_marks_the_words(datasette_url):
    query = urllib.parse.quote("serious case review")
    rows = get_json(f"{datasette_url}/casewatch/search.json?_shape=array&q={query}")
    assert all("<mark>" in row["snippet"] for row in rows)
    ranks = [row["rank"] for row in rows]
    assert ranks == sorted(ranks)
    assert (PACK_TITLE, 111) in {(row["document"], row["page_no"]) for row in rows}


def test_search_filters_by_council_and_source_kind(datasette_url):
    search = f"{datasette_url}/casewatch/search.json?_shape=array&q=review"
    councils = {row["council"] for row in get_json(f"{search}&council=Southwark")}
    assert councils == {"Southwark"}
    kinds = {row["source_kind"] for row in get_json(f"{search}&source_kind=news")}
    assert kinds == {"news"}


def test_search_results_link_the_document_page_and_the_kept_page(
    datasette_url, demo_archive
):
    sha256 = document_sha256(demo_archive, PACK_TITLE)
    html = get_text(f"{datasette_url}/casewatch/search?q=serious+case+review")
    assert f'<a href="/casewatch/documents/{sha256}">{PACK_TITLE}</a>' in html
    assert f'href="/-/files/{sha256}#page=111">page 111</a>' in html
    assert "<mark>Serious</mark>" in html
    table = get_text(
        f"{datasette_url}/casewatch/search?q=serious+case+review&_view=table"
    )
    assert f'<a href="/-/files/{sha256}#page=111">p. 111</a>' in table


def test_mentions_table_pages_open_the_kept_copy_at_that_page(
    datasette_url, demo_archive
):
    sha256 = document_sha256(demo_archive, PACK_TITLE)
    html = get_text(f"{datasette_url}/casewatch/mentions?sha256={sha256}")
    assert f'<a href="/-/files/{sha256}#page=111">p. 111</a>' in html
    assert f'<a href="/casewatch/documents/{sha256}">{PACK_TITLE}</a>' in html


def test_document_page_lists_its_urls_and_its_mentions(datasette_url, demo_archive):
    sha256 = document_sha256(demo_archive, PACK_TITLE)
    html = get_text(f"{datasette_url}/casewatch/documents/{sha256}")
    with sqlite3.connect(demo_archive) as connection:
        (url,) = connection.execute(
            "select url from document_urls where sha256 = ?", [sha256]
        ).fetchone()
    assert f">{PACK_TITLE}</h1>" in html
    assert f'<a href="{url}">{url}</a>' in html
    assert f'href="/-/files/{sha256}#page=111">page 111</a>' in html
    assert f'href="{url}#page=111">original</a>' in html
    assert "<mark>Serious Case Review</mark>: The Kingston and Richmond" in html


def test_kept_copy_is_served_as_a_pdf_with_the_archived_bytes(
    datasette_url, demo_archive
):
    sha256 = document_sha256(demo_archive, PACK_TITLE)
    with get(f"{datasette_url}/-/files/{sha256}") as response:
        assert response.headers["content-type"] == "application/pdf"
        assert hashlib.sha256(response.read()).hexdigest() == sha256


def test_kept_html_runs_no_scripts_and_unreadable_bytes_download(
    datasette_url, demo_archive
):
    article = document_sha256(
        demo_archive, "Overnight lane closures on Kingston Bridge for resurfacing"
    )
    with get(f"{datasette_url}/-/files/{article}") as response:
        assert response.headers["content-type"].startswith("text/html")
        assert response.headers["content-security-policy"] == "sandbox"
    encrypted = document_sha256(demo_archive, "Annual report 2014\u201315")
    with get(f"{datasette_url}/-/files/{encrypted}") as response:
        assert response.headers["content-type"] == "application/octet-stream"
        assert response.headers["content-disposition"] == "attachment"


def test_a_document_not_in_the_archive_has_no_kept_copy(datasette_url):
    with pytest.raises(urllib.error.HTTPError) as error:
        get(f"{datasette_url}/-/files/{'0' * 64}")
    assert error.value.code == 404


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
    assert {"documents", "pages", "mentions", "reviews", "failures"} <= visible


def test_every_table_and_column_is_described(demo_archive):
    tables = jobs.datasette_metadata()["databases"][DATABASE]["tables"]
    with sqlite3.connect(demo_archive) as connection:
        for table, hidden in connection.execute(
            "select name, name like '%fts%' or name like '\\_%' escape '\\'"
            " from sqlite_master where type = 'table'"
        ):
            if hidden:
                assert tables[table]["hidden"], table
                continue
            assert tables[table]["description"], table
            columns = [
                row[1] for row in connection.execute(f"pragma table_info([{table}])")
            ]
            assert set(columns) <= set(tables[table]["columns"]), table


def test_front_page_explains_the_archive_and_searches_it(datasette_url):
    html = get_text(f"{datasette_url}/")
    assert "<strong>case review</strong>" in html
    assert 'class="casewatch-search answer-form" action="/casewatch/search"' in html
    assert '<form class="casewatch-council answer-form" action="/council"' in html
    assert '<option value="nhs_trust">NHS trusts</option>' in html
    assert '<option value="Kingston upon Thames">' in html  # the councils' datalist


def test_metadata_describes_the_archive_as_casewatch():
    metadata = jobs.datasette_metadata()
    assert list(metadata["databases"]) == [DATABASE]
    assert 'href="/casewatch/leads"' in metadata["description_html"]
    assert yaml.safe_dump(metadata)


def test_the_archive_refuses_writes_through_datasette(demo_archive, tmp_path):
    """Reads are `mode=ro`; the plugin also makes every connection query-only."""
    archive = copy_of(demo_archive, tmp_path)
    instance = Datasette([str(archive)], plugins_dir=str(casewatch_datasette.PLUGINS))
    database = instance.get_database("casewatch")
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        asyncio.run(database.execute_write("delete from mentions"))
    assert asyncio.run(database.execute("select count(*) from mentions")).first()[0]


def test_serve_binds_loopback_by_default(demo_archive, tmp_path):
    """`casewatch serve` on a copy of the demo: listening on 127.0.0.1 only."""
    archive = copy_of(demo_archive, tmp_path)
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "casewatch",
            "serve",
            "--db",
            archive,
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert wait_for_listeners(port) == {"127.0.0.1"}
        sha256 = document_sha256(archive, PACK_TITLE)
        with get(f"http://127.0.0.1:{port}/-/files/{sha256}") as response:
            assert response.status == 200
    finally:
        server.terminate()
        assert server.wait(timeout=20) == 0
    assert not listeners(port), "stopping casewatch serve stops Datasette"


def copy_of(archive: Path, folder: Path) -> Path:
    """A copy of an archive (its kept files linked), for tests that could change it."""
    copy = folder / archive.name
    with sqlite3.connect(archive) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    files_root(copy).symlink_to(files_root(archive))
    return copy


def wait_for_listeners(port: int, timeout: float = 30) -> set[str]:
    """The addresses listening on `port`, once there are any."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if addresses := listeners(port):
            return addresses
        time.sleep(0.2)
    pytest.fail(f"nothing listened on port {port}")


def listeners(port: int) -> set[str]:
    """The IPv4 addresses listening on `port`, from /proc/net/tcp."""
    addresses = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, listening_port = local.split(":")
        if state == "0A" and int(listening_port, 16) == port:
            addresses.add(".".join(str(b) for b in bytes.fromhex(address)[::-1]))
    return addresses


def test_source_health_query_agrees_with_casewatch_health(datasette_url, demo_archive):
    rows = get_json(f"{datasette_url}/casewatch/source_health.json?_shape=array")
    today = datetime.now(UTC).date()
    assert {row["slug"]: (row["health"], row["reason"]) for row in rows} == {
        state.slug: (state.state, state.reason)
        for state in archive_health(Database(demo_archive), today)
    }


def test_the_list_of_databases_does_not_say_where_the_archive_is(
    datasette_url, demo_archive
):
    for page in ("/-/databases.json", "/-/databases"):
        text = get_text(f"{datasette_url}{page}")
        assert str(demo_archive.parent) not in text
    (database,) = get_json(f"{datasette_url}/-/databases.json")
    assert database["name"] == "casewatch"
    assert "path" not in database


@pytest.mark.parametrize(
    ("parameter", "value"),
    [("since", "last week"), ("since", "2019-13"), ("until", "2019-02-30")],
)
def test_a_malformed_date_in_a_query_is_answered_with_an_error(
    datasette_url, parameter, value
):
    query = urllib.parse.urlencode({"q": "review", parameter: value})
    with pytest.raises(urllib.error.HTTPError) as answer:
        get(f"{datasette_url}/casewatch/search.json?{query}")
    assert answer.value.code == 400
    assert json.load(answer.value) == {
        "ok": False,
        "error": f"{parameter} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}",
        "status": 400,
    }
    with pytest.raises(urllib.error.HTTPError) as page:
        get(f"{datasette_url}/casewatch/search?{query}")
    assert page.value.code == 400
    well_formed = urllib.parse.urlencode({"q": "review", parameter: "2019-02"})
    assert get_json(f"{datasette_url}/casewatch/search.json?{well_formed}")["ok"]


def test_a_scanned_page_says_its_text_came_from_ocr(datasette_url, demo_archive):
    query = urllib.parse.quote('"meeting held on 25 March 2015"')
    search = get_text(f"{datasette_url}/casewatch/search?q={query}")
    assert "its text was read by OCR" in search
    (sha256,) = [
        row[0]
        for row in sqlite3.connect(demo_archive).execute(
            "select sha256 from document_urls where title like 'Signed minutes%'"
        )
    ]
    page = get_text(f"{datasette_url}/casewatch/documents/{sha256}")
    assert "read by OCR, which may misread words: p. 1" in page
