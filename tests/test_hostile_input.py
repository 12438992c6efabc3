"""Hostile input crawled on loopback (tests/hostile_files.py): every document ends as
a row with its reason, none costs more than its limits, and the crawl goes on."""

import re
from datetime import UTC, datetime

from casewatch.demo import LOOPBACK_SETTINGS
from casewatch.health import archive_health
from casewatch.jobs import crawl
from casewatch.pages.listing import MAX_LINKS
from db import open_db
from tests.hostile_files import HOSTILE, SLUG, HostileSite


def crawl_hostile(tmp_path, names, **settings):
    """Crawl a site linking the named hostile files; the archive."""
    db_path = tmp_path / "archive" / "casewatch.db"
    with HostileSite(tmp_path, names) as site:
        result = crawl(
            "listing", db_path, site.sources, settings={**LOOPBACK_SETTINGS, **settings}
        )
        urls = {name: site.url(name) for name in names}
    assert result.returncode == 0
    return open_db(db_path), urls


def outcome(db, url):
    """The document row (or None), the URL's sighting (or None) and its failure."""
    failure = next(db["failures"].rows_where("url = ?", [url]), None)
    sighting = next(db["document_urls"].rows_where("url = ?", [url]), None)
    document = sighting and db["documents"].get(sighting["sha256"])
    return document, sighting, failure


def test_a_pdf_whose_page_tree_loops_is_kept_as_failed_with_its_reason(tmp_path):
    db, urls = crawl_hostile(tmp_path, ("looping-page-tree.pdf", "ordinary.pdf"))
    document, sighting, failure = outcome(db, urls["looping-page-tree.pdf"])
    assert document["extraction"] == "failed"
    assert document["error"] == "PDFium cannot load page 2 of 2: Failed to load page."
    assert sighting["source"] == SLUG
    assert (failure["stage"], failure["error"]) == ("text", "BrokenPDF")
    assert failure["sha256"] == document["sha256"]
    ordinary, _, no_failure = outcome(db, urls["ordinary.pdf"])
    assert (ordinary["extraction"], no_failure) == ("ok", None)


def test_a_document_the_archive_cannot_keep_is_a_failure_row(tmp_path):
    """Any exception in a pipeline, not only the ones it expects, is recorded."""
    not_a_folder = tmp_path / "files"
    not_a_folder.write_text("a file where the kept copies should go")
    db, urls = crawl_hostile(
        tmp_path, ("ordinary.pdf",), CASEWATCH_FILES=str(not_a_folder)
    )
    document, sighting, failure = outcome(db, urls["ordinary.pdf"])
    assert (document, sighting) == (None, None)  # nothing was kept to point at
    assert (failure["stage"], failure["error"]) == ("archive", "NotADirectoryError")


def test_a_document_the_store_cannot_write_is_kept_as_failed(tmp_path):
    db_path = tmp_path / "archive" / "casewatch.db"
    db_path.parent.mkdir()
    open_db(db_path).execute(
        "create trigger full_disk before insert on pages"
        " begin select raise(abort, 'database or disk is full'); end"
    )
    with HostileSite(tmp_path, ("ordinary.pdf",)) as site:
        assert crawl("listing", db_path, site.sources, settings=LOOPBACK_SETTINGS)
        url = site.url("ordinary.pdf")
    db = open_db(db_path)
    document, sighting, failure = outcome(db, url)
    assert (document["extraction"], document["error"]) == (
        "failed",
        "database or disk is full",
    )
    assert sighting["url"] == url
    assert (failure["stage"], failure["error"]) == ("store", "IntegrityError")
    assert db["pages"].count == 0


def test_a_document_past_the_memory_limit_is_too_costly_and_the_crawl_goes_on(
    tmp_path,
):
    db, urls = crawl_hostile(tmp_path, ("inflates-to-1-gib.pdf", "ordinary.pdf"))
    bomb, _, failure = outcome(db, urls["inflates-to-1-gib.pdf"])
    assert bomb["extraction"] == "failed"
    assert failure["error"] == "TooCostly"
    assert failure["reason"] == (
        "too_costly: the worker gave up at its 384 MB memory limit"
    )
    ordinary, _, _ = outcome(db, urls["ordinary.pdf"])
    assert ordinary["extraction"] == "ok"
    assert db["crawl_runs"].get(1)["status"] == "finished"


def test_a_document_past_its_cpu_time_is_too_costly(tmp_path):
    """Reading 8 pages of 100,000 characters of hits takes the detectors about 7 s
    of CPU; a limit of 1 s lets a task run on to the next whole second, under 2 s."""
    db, urls = crawl_hostile(
        tmp_path, ("repeats-on-8-pages.pdf",), CASEWATCH_TASK_CPU_SECONDS=1
    )
    document, _, failure = outcome(db, urls["repeats-on-8-pages.pdf"])
    assert (failure["stage"], failure["reason"]) == (
        "detect",
        "too_costly: more than 1 s of CPU time",
    )
    assert document["page_count"] == 8  # the text is kept, and searchable


def test_mentions_past_the_caps_are_left_out_and_the_document_says_so(tmp_path):
    db, urls = crawl_hostile(tmp_path, ("repeats-400-kb.html",))
    page, _, failure = outcome(db, urls["repeats-400-kb.html"])
    assert failure is None
    assert re.fullmatch(
        r"page 1 is 399,\d{3} characters long: the first 100,000 were read;"
        r" case_reviews: 4,9\d\d mentions on page 1: the first 200 kept",
        page["mentions_capped"],
    )
    assert db["mentions"].count == 200


def test_a_listing_of_200000_links_is_read_to_the_cap_and_says_so(tmp_path):
    db, urls = crawl_hostile(tmp_path, ("links-200000.html",))
    (failure,) = db["failures"].rows
    assert (failure["url"], failure["stage"], failure["error"]) == (
        urls["links-200000.html"],
        "parse",
        "TooManyLinks",
    )
    assert failure["reason"] == (
        "too_costly: 200,000 links on the page; the first 5,000 were read"
    )


def test_a_document_linked_past_the_cap_is_not_taken_for_gone(tmp_path):
    """A page read to the cap cannot say what it no longer links."""
    db_path = tmp_path / "archive" / "casewatch.db"
    names = ("truncated.pdf", "ordinary.pdf")
    with HostileSite(tmp_path, names) as site:
        for papers_past_the_cap in (0, 1):  # ordinary.pdf past the cap the 2nd time
            if papers_past_the_cap:
                (tmp_path / "hostile.html").write_text(capped_listing(names))
            result = crawl("listing", db_path, site.sources, settings=LOOPBACK_SETTINGS)
            assert result.returncode == 0
        urls = [site.url(name) for name in names]
    db = open_db(db_path)
    (failure,) = db["failures"].rows_where("error = 'TooManyLinks'")
    assert failure["url"].endswith("/hostile/")
    gone = db.execute(
        "select url, gone_at from document_urls order by url = ?", [urls[1]]
    ).fetchall()
    assert gone == [(urls[0], None), (urls[1], None)]


def capped_listing(names: tuple[str, ...]) -> str:
    """The board-papers page: the first paper, MAX_LINKS links to pages of no
    interest, and the other papers past them."""
    papers = [f'<li><a href="{HOSTILE[name].path}">{name}</a></li>' for name in names]
    filler = "".join(
        f'<li><a href="/elsewhere/{n}.html">{n}</a></li>' for n in range(MAX_LINKS)
    )
    return (
        f"<html><body><ul>{papers[0]}{filler}{''.join(papers[1:])}</ul></body></html>"
    )


def test_a_challenge_page_with_status_200_is_blocked_on_a_listing_and_a_document(
    tmp_path,
):
    db, urls = crawl_hostile(tmp_path, ("challenge.html", "challenge.pdf"))
    for name in ("challenge.html", "challenge.pdf"):
        document, _, failure = outcome(db, urls[name])
        assert document is None
        assert (failure["error"], failure["http_status"]) == ("Blocked", 200)
        assert failure["reason"] == (
            "blocked: the site answered with a Cloudflare challenge page"
        )
    (health,) = archive_health(db, datetime.now(UTC).date())
    assert (health.slug, health.state) == (SLUG, "blocked")
