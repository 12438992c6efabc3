"""The search index beside the archive: kept in step with it (after a crawl killed
with SIGKILL, a catch-up killed before it moved its mark, a deleted folder, a
rebuild), told of documents whose councils, date or sources changed, and filtering
inside the index, so a council's top results are its true top results."""

from __future__ import annotations

import hashlib
import json
import shutil
import urllib.error
import urllib.parse
import urllib.request

import pytest
import tantivy
from click.testing import CliRunner

from casewatch import jobs
from casewatch.cli import cli
from casewatch.demo import LOOPBACK_SETTINGS
from casewatch.search_index import index_folder
from casewatch.search_index.catch_up import catch_up
from casewatch.search_index.pages import pages_matching
from casewatch.search_index.query import Search, SearchIndex
from db import open_db
from tests.board_site import BoardSite, count_now, crawl_killed_when
from tests.servers import running_datasette

PACKS = 12
SETTINGS = {**LOOPBACK_SETTINGS, "CONCURRENT_REQUESTS_PER_DOMAIN": 1}
KINGSTON, RICHMOND, SOUTHWARK = "E09000021", "E09000027", "E09000028"
NOW = "2026-12-01T00:00:00+00:00"


def indexed_rowids(db_path) -> list[int]:
    """Every page rowid the index holds, as many times as it holds it."""
    index = tantivy.Index.open(str(index_folder(db_path)))
    searcher = index.searcher()
    found = searcher.search(tantivy.Query.all_query(), max(searcher.num_docs, 1))
    return sorted(
        searcher.fast_field_values("rowid", [address for _, address in found.hits])
    )


def page_rowids(db_path) -> list[int]:
    db = open_db(db_path)
    try:
        return [row[0] for row in db.execute("select rowid from pages order by 1")]
    finally:
        db.close()


def index_command(*arguments: str) -> str:
    result = CliRunner().invoke(cli, ["index", *arguments])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with BoardSite(tmp_path_factory.mktemp("site"), PACKS, delay=0.15) as site:
        yield site


def stored(db_path) -> int:
    return count_now(db_path, "select count(*) from pages")


def kill_crawl_midway(site, db_path, pages: int = 4) -> None:
    """SIGKILL the crawl, and the process that would have indexed its pages at its
    end, once `pages` are stored."""
    crawl_killed_when(
        site, db_path, SETTINGS, lambda: stored(db_path) >= pages, packs=pages
    )


def test_a_killed_crawls_pages_are_indexed_by_the_next_catch_up(site, tmp_path):
    db_path = tmp_path / "archive.db"
    kill_crawl_midway(site, db_path)
    assert 0 < stored(db_path) < PACKS
    assert "search index built afresh" in index_command("--db", str(db_path))
    assert indexed_rowids(db_path) == page_rowids(db_path)

    jobs.crawl("nhs_board", db_path, site.sources, settings=SETTINGS)  # resumes
    assert len(page_rowids(db_path)) == PACKS
    assert indexed_rowids(db_path) == page_rowids(db_path)
    hits = SearchIndex(index_folder(db_path)).search(Search('"serious case review"'))
    assert hits is not None
    assert hits.count == len(range(0, PACKS, 3))  # every third pack names one


def document(db, name: str, text: str, council: str, source: str = "trust") -> str:
    """A one-page document as the store writes it: bytes, URL, page, council."""
    sha256 = hashlib.sha256(name.encode()).hexdigest()
    seen = {"first_seen": NOW, "last_seen": NOW}
    db["documents"].insert(
        {"sha256": sha256, "title": name, "size": 1, "extraction": "ok", **seen}
    )
    db["document_urls"].insert(
        {"url": f"https://{source}.example/{name}", "sha256": sha256, **seen}
        | {"source": source}
    )
    db["pages"].insert({"sha256": sha256, "page_no": 1, "text": text, "needs_ocr": 0})
    db["document_councils"].insert({"sha256": sha256, "la_code": council, "via": "x"})
    return sha256


@pytest.fixture
def archive(tmp_path):
    """An archive of two sources and a few documents, indexed."""
    db_path = tmp_path / "archive.db"
    db = open_db(db_path)
    db["sources"].insert_all(
        [
            {"slug": "trust", "name": "A trust", "kind": "nhs_trust", "platform": "x"},
            {"slug": "comet", "name": "A paper", "kind": "news", "platform": "x"},
        ]
    )
    for number in range(6):
        text = "The serious case review into Child A. " * (number + 1)
        document(db, f"pack-{number}", text, [KINGSTON, RICHMOND][number % 2])
    db.close()
    catch_up(db_path)
    return db_path


def search(db_path, q: str, limit: int = 100, **filters: str) -> list[str]:
    """The titles of the pages found, best first."""
    hits = SearchIndex(index_folder(db_path)).search(Search(q, **filters), limit)
    assert hits is not None
    db = open_db(db_path)
    try:
        return [
            db.execute(
                "select d.title from pages p join documents d using (sha256)"
                " where p.rowid = ?",
                [rowid],
            ).fetchone()[0]
            for rowid in hits.rowids
        ]
    finally:
        db.close()


def test_new_pages_are_added_once_even_after_a_catch_up_killed_before_its_mark(
    archive,
):
    db = open_db(archive)
    document(db, "pack-6", "A serious case review.", SOUTHWARK)
    mark = db.execute("select pages, changes from search_index").fetchone()
    db.close()
    assert catch_up(archive).pages == 1
    # what a catch-up killed between its commit and moving the mark leaves behind
    db = open_db(archive)
    db.execute("update search_index set pages = ?, changes = ?", mark)
    db.close()
    assert catch_up(archive).pages == 1
    assert indexed_rowids(archive) == page_rowids(archive)
    assert catch_up(archive).pages == 0


def test_a_deleted_or_rebuilt_index_agrees_with_the_archive(archive):
    folder = index_folder(archive)
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    assert catch_up(archive).rebuilt
    assert indexed_rowids(archive) == page_rowids(archive)
    assert "built afresh: 6 pages" in index_command("--db", str(archive), "--rebuild")
    assert indexed_rowids(archive) == page_rowids(archive)


def test_a_documents_new_council_date_and_source_reach_its_indexed_pages(archive):
    assert search(archive, "review", council=SOUTHWARK) == []
    assert search(archive, "review", source_kind="news") == []
    assert search(archive, "review", until="2019") == []
    db = open_db(archive)
    sha256 = db.execute(
        "select sha256 from documents where title = 'pack-0'"
    ).fetchone()[0]
    # a later listing: a news story of another council, and its date
    db["document_councils"].insert({"sha256": sha256, "la_code": SOUTHWARK, "via": "x"})
    db["document_urls"].insert(
        {"url": "https://comet.example/story", "sha256": sha256, "source": "comet"}
        | {"first_seen": NOW, "last_seen": NOW}
    )
    db.execute("update documents set dated = '2019-04' where sha256 = ?", [sha256])
    db.close()
    progress = catch_up(archive)
    assert (progress.pages, progress.documents) == (0, 1)
    for filters in ({"council": SOUTHWARK}, {"source_kind": "news"}, {"until": "2019"}):
        assert search(archive, "review", **filters) == ["pack-0"]
    assert indexed_rowids(archive) == page_rowids(archive)
    db = open_db(archive)
    db.execute("delete from document_councils where sha256 = ? and la_code = ?",
               [sha256, SOUTHWARK])  # fmt: skip
    db.close()
    catch_up(archive)
    assert search(archive, "review", council=SOUTHWARK) == []


def test_a_councils_top_results_are_its_true_top_results(archive):
    db = open_db(archive)
    # Southwark's pages say it less often than the others, so they rank below them
    for number in range(30):
        text = f"Board papers {number}. " * 20 + "serious case review"
        document(db, f"southwark-{number:02d}", text, SOUTHWARK)
    db.close()
    catch_up(archive)
    everything = search(archive, '"serious case review"')
    assert everything[0].startswith("pack-")
    southwark_first = [title for title in everything if title.startswith("southwark")]
    top = search(archive, '"serious case review"', limit=5, council=SOUTHWARK)
    assert top == southwark_first[:5]
    hits = SearchIndex(index_folder(archive)).search(
        Search('"serious case review"', council=SOUTHWARK), limit=5
    )
    assert hits is not None
    assert hits.count == 30


def test_pages_listed_by_a_new_source_of_a_known_kind_change_nothing(archive):
    db = open_db(archive)
    db.execute("delete from search_index_changes")
    sha256 = db.execute("select sha256 from documents limit 1").fetchone()[0]
    db["document_urls"].insert(
        {"url": "https://trust.example/again", "sha256": sha256, "source": "trust"}
        | {"first_seen": NOW, "last_seen": NOW}
    )
    assert db.execute("select count(*) from search_index_changes").fetchone()[0] == 0
    db.close()


def page(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_the_search_page_says_how_many_pages_match_and_how_far_the_index_is(
    archive, tmp_path
):
    with running_datasette(archive, tmp_path) as url:
        status, html = page(f"{url}/casewatch/search?q=review")
        assert status == 200
        assert "6 pages match" in html
        db = open_db(archive)
        document(db, "pack-6", "A serious case review.", SOUTHWARK)
        db.close()
        _, html = page(f"{url}/casewatch/search?q=review")
        assert "1 page stored since the search index last read the archive" in html
        assert "6 pages match" in html
        catch_up(archive)
        _, html = page(f"{url}/casewatch/search?q=review")
        assert "7 pages match" in html
        assert "not searched yet" not in html


def test_without_an_index_the_search_uses_fts5_and_says_so(archive, tmp_path):
    shutil.rmtree(index_folder(archive))
    with running_datasette(archive, tmp_path) as url:
        _, html = page(f"{url}/casewatch/search?q=review")
        rows = json.loads(page(f"{url}/casewatch/search.json?q=review&_shape=array")[1])
    assert "The search index has not been built yet" in html
    assert len(rows) == 6
    assert all("<mark>review</mark>" in row["snippet"] for row in rows)


def test_a_query_past_the_time_limit_says_so_in_words(archive, tmp_path):
    endless = urllib.parse.quote(
        "with recursive n(x) as (select 1 union all select x + 1 from n)"
        " select count(*) from n"
    )
    with running_datasette(archive, tmp_path) as url:
        status, html = page(f"{url}/casewatch?sql={endless}")
        json_status, answer = page(f"{url}/casewatch.json?sql={endless}")
    assert status == 200
    assert "This query took too long" in html
    assert "did not finish within the 1 second this site allows" in html
    assert "SQL Interrupted" not in html
    assert json_status == 400
    assert json.loads(answer)["error"].startswith("This query took longer than")


def test_alerts_read_fts5_for_pages_past_the_mark_and_queries_it_reads_alone(archive):
    db = open_db(archive)
    document(db, "pack-6", "A serious case review.", SOUTHWARK)
    last = db.execute("select max(rowid) from pages").fetchone()[0]
    marked = ("[", "]")
    found = pages_matching(db, '"serious case review" NOT Child', 1, last, marked)
    # the six indexed pages all name Child A; the new page, past the mark, matches
    assert [match.rowid for match in found] == [last]
    assert found[0].excerpt == "A [serious case review]."
    everything = pages_matching(db, "review OR nothing", 1, last, marked)
    assert [match.rowid for match in everything] == list(range(1, last + 1))
    assert everything[0].excerpt.startswith("The serious case [review] into Child A.")
    prefixed = pages_matching(db, "revie*", 1, last, marked)  # FTS5's prefix
    assert len(prefixed) == last
    db.close()


def test_a_page_ocr_read_again_replaces_its_old_text_in_the_index(archive):
    db = open_db(archive)
    for title in ("pack-0", "pack-5"):  # pack-5's page has the archive's last rowid
        sha256 = db.execute(
            "select sha256 from documents where title = ?", [title]
        ).fetchone()[0]
        with db.atomic():  # as the store keeps what OCR read: the row replaced
            db.execute("delete from pages where sha256 = ?", [sha256])
            db["pages"].insert(
                {"sha256": sha256, "page_no": 1, "text": "Read by OCR: Zanzibar."}
                | {"needs_ocr": 1, "ocr": 1}
            )
    db.close()
    catch_up(archive)
    assert indexed_rowids(archive) == page_rowids(archive)
    assert sorted(search(archive, "Zanzibar")) == ["pack-0", "pack-5"]
    assert "pack-5" not in search(archive, "review")
