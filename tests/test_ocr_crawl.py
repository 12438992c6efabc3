"""Scanned pages in a crawl and in `casewatch ocr`: a board pack whose appendix is a
scanned page naming a serious case review, and two pages OCR cannot afford.

The pack imitates what trusts publish: the report itself with a text layer, then an
appendix printed, scanned and bound in. Its pages are a real Kingston council report
(casewatch/sample_sites/PROVENANCE.md), a scanned copy (tools/scans.py) of page 10
of Ofsted's real 2019 report on Kingston's children's services, which names
"lessons from serious case reviews", a page of scanner noise that keeps Tesseract
busy far past a page's limit, and a page drawing a 20,000 x 20,000 px picture.
"""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pypdfium2
from PIL import Image

from casewatch import jobs
from casewatch.demo import LOOPBACK_SETTINGS
from casewatch.sample_sites import FILES, Route, SampleSites
from tests.ports import free_port
from tests.test_ocr import KINGSTON_2019, enormous_picture_pdf
from tools.scans import image_pdf, scanned_copy

SLUG = "scanning-trust"
REPORT = (
    FILES / "kingston-moderngov/kingston_documents_s112215_zebra_crossing_report.pdf"
)
SCANNED, NOISE, ENORMOUS = 5, 6, 7  # the report's four pages come first
# A page may take this much CPU; the noise page takes many times more.
SETTINGS = {**LOOPBACK_SETTINGS, "CASEWATCH_OCR_PAGE_SECONDS": 3}


def noise_page() -> bytes:
    """An A4 page of black and white scanner noise at 300 dpi."""
    noise = Image.effect_noise((2480, 3508), 120).point(lambda v: 255 * (v > 110))
    return image_pdf([noise.convert("L")], dpi=300)


def pack() -> bytes:
    """The report, then the scanned appendix, the noise page, the poster page."""
    parts = [
        REPORT.read_bytes(),
        scanned_copy(KINGSTON_2019, [10], seed=1),
        noise_page(),
        enormous_picture_pdf(),
    ]
    whole = pypdfium2.PdfDocument.new()
    for part in parts:
        whole.import_pages(pypdfium2.PdfDocument(part))
    buffer = io.BytesIO()
    whole.save(buffer)
    return buffer.getvalue()


class ScanningTrust(SampleSites):
    """A board papers page linking one pack with a scanned appendix."""

    def __init__(self, folder: Path) -> None:
        (folder / "pack.pdf").write_bytes(pack())
        (folder / "papers.html").write_text(
            "<html><body><h1>Board papers</h1><ul><li><a href='/board/pack.pdf'>"
            "Board pack 7</a></li></ul></body></html>"
        )
        routes = {
            "/board/papers/": Route("/board/papers/", "papers.html"),
            "/board/pack.pdf": Route("/board/pack.pdf", "pack.pdf", "application/pdf"),
        }
        super().__init__(free_port(), routes, folder)
        self.sources = folder / "sources.yml"
        self.sources.write_text(
            f"- slug: {SLUG}\n  name: Scanning NHS Trust\n  kind: nhs_trust\n"
            f"  platform: nhs_board\n  start_urls: ['{self.base_url}/board/papers/']\n"
        )


def rows(db_path: Path, sql: str) -> list[dict]:
    connection = sqlite3.connect(db_path)
    connection.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in connection.execute(sql)]
    finally:
        connection.close()


def crawl(folder: Path, **settings: object) -> Path:
    db_path = folder / "archive" / "casewatch.db"
    with ScanningTrust(folder) as site:
        result = jobs.crawl(
            "nhs_board", db_path, site.sources, settings={**SETTINGS, **settings}
        )
    assert result.returncode == 0
    return db_path


def assert_read(db_path: Path) -> None:
    """The scanned page was read and its review found; the pages OCR could not
    afford are failures with reasons; the document kept every page."""
    pages = rows(db_path, "select * from pages order by page_no")
    assert [page["page_no"] for page in pages] == list(range(1, 8))
    ocr = {page["page_no"]: page for page in pages if page["ocr"]}
    assert list(ocr) == [SCANNED]
    assert "lessons from serious case reviews" in " ".join(ocr[SCANNED]["text"].split())
    assert ocr[SCANNED]["ocr_confidence"] > 80
    assert "Zebra" in pages[0]["text"]
    assert not pages[0]["ocr"]
    (mention,) = rows(db_path, "select * from mentions where kind = 'case_review'")
    assert (mention["page_no"], mention["rule_id"]) == (SCANNED, "case_review.scr")
    failures = rows(db_path, "select * from failures where stage = 'ocr' order by url")
    assert [f["url"].rsplit("#", 1)[1] for f in failures] == [
        f"page={NOISE}",
        f"page={ENORMOUS}",
    ]
    noise, enormous = failures
    assert f"{SETTINGS['CASEWATCH_OCR_PAGE_SECONDS']} s of CPU" in noise["reason"]
    assert "20,000 x 20,000 px picture" in enormous["reason"]
    assert all(f["resolved_at"] is None for f in failures)
    (document,) = rows(db_path, "select * from documents")
    assert (document["extraction"], document["page_count"]) == ("ok", 7)


def test_a_crawl_reads_a_scanned_page_and_fails_only_the_pages_it_cannot(tmp_path):
    db_path = crawl(tmp_path)
    assert_read(db_path)
    (run,) = rows(db_path, "select * from crawl_runs")
    assert (run["status"], run["documents"]) == ("finished", 1)


def test_casewatch_ocr_reads_what_a_crawl_left_unread(tmp_path, monkeypatch):
    monkeypatch.setenv("CASEWATCH_OCR_PAGE_SECONDS", "3")
    db_path = crawl(tmp_path, CASEWATCH_OCR_PAGES_PER_DOCUMENT=0)
    unread = rows(db_path, "select page_no from pages where needs_ocr and not ocr")
    assert [page["page_no"] for page in unread] == [SCANNED, NOISE, ENORMOUS]
    assert rows(db_path, "select * from mentions") == []
    result = jobs.ocr(db_path, limit=10)
    assert (result.returncode, result.summary) == (0, "OCR read 1 of 3 pages; 2 failed")
    assert_read(db_path)
    again = jobs.ocr(db_path, limit=10)  # the failed pages are tried again
    assert again.summary == "OCR read 0 of 2 pages; 2 failed"
    attempts = rows(db_path, "select attempts from failures where stage = 'ocr'")
    assert [row["attempts"] for row in attempts] == [2, 2]
