"""PDF and HTML text extraction, and the typed failures of bad documents."""

from pathlib import Path

import pytest

from casewatch.sample_sites import FILES
from casewatch.text import (
    BrokenPDF,
    EncryptedPDF,
    NotAPDF,
    UnsupportedFormat,
    extract,
    html_text,
    needs_ocr,
    normalise,
    sniff,
)

FIXTURES = Path(__file__).parent / "fixtures"
SOUTHWARK_ILACS = FIXTURES / "ofsted" / "ilacs_80514_southwark_2026-05-18.pdf"


def test_pdf_text_comes_one_string_per_page():
    extraction = extract(SOUTHWARK_ILACS, "application/pdf")
    assert extraction.format == "pdf"
    assert len(extraction.pages) == 14
    assert "Inspection of Southwark local authority" in extraction.pages[0]
    assert extraction.pages_needing_ocr == []


def test_pdfium_line_end_hyphen_marks_are_joined():
    assert normalise("requires improve\ufffement to be good\r\n") == (
        "requires improvement to be good\n"
    )


def test_ligatures_are_decomposed_for_matching():
    assert normalise("\ufb01ndings of the \ufb02agged review") == (
        "findings of the flagged review"
    )


def test_truncated_pdf_is_broken(tmp_path):
    cut = tmp_path / "cut.pdf"
    data = SOUTHWARK_ILACS.read_bytes()
    cut.write_bytes(data[: len(data) * 6 // 10])
    with pytest.raises(BrokenPDF, match="PDFium cannot open it"):
        extract(cut, "application/pdf")


def test_password_protected_pdf_is_encrypted():
    encrypted = FILES / "southwarklscb" / "annual-report-2014-15-encrypted.pdf"
    with pytest.raises(EncryptedPDF, match="password"):
        extract(encrypted, "application/pdf")


def test_html_error_page_served_as_pdf_is_not_a_pdf():
    page = (
        FILES
        / "southwarklscb"
        / "reports_ofsted_report-not-found_page_saved-as-pdf-url.html"
    )
    with pytest.raises(NotAPDF, match="HTML page titled 'Report not found"):
        extract(page, "application/pdf", "https://files.ofsted.gov.uk/v1/file/50004178")


def test_a_pdf_url_is_checked_even_when_the_server_says_html(tmp_path):
    page = tmp_path / "report.pdf"
    page.write_bytes(b"<html><title>Error</title><body>Server error</body></html>")
    with pytest.raises(NotAPDF):
        extract(page, "text/html", "https://example.org/files/report.pdf")


def test_unknown_bytes_are_unsupported(tmp_path):
    blob = tmp_path / "blob"
    blob.write_bytes(b"\x00\x01\x02 not a document")
    with pytest.raises(UnsupportedFormat):
        extract(blob, "application/octet-stream", "https://example.org/download/1")


def test_empty_file_is_not_a_pdf(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(NotAPDF, match="empty"):
        extract(empty, "application/pdf")


def test_scanned_pages_are_flagged_for_ocr_not_silently_empty():
    scanned = FILES / "kingstonhospital" / "signed-minutes-march-2015-scanned.pdf"
    extraction = extract(scanned, "application/pdf")
    assert extraction.pages, "a scanned PDF still has pages"
    assert extraction.pages_needing_ocr == list(range(1, len(extraction.pages) + 1))


def test_a_page_with_a_few_words_has_a_text_layer():
    assert needs_ocr("  \n 12 \n")
    assert not needs_ocr("Minutes of the meeting of the Trust Board")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"%PDF-1.7\n", "pdf"),
        (b"\n\n  <!DOCTYPE html><html>", "html"),
        (b"PK\x03\x04rest", "zip"),
        (b"GIF89a", "unknown"),
    ],
)
def test_sniff_trusts_the_bytes(head, expected):
    assert sniff(head) == expected


def test_html_text_keeps_the_article_and_drops_the_chrome():
    page = b"""<html><head><title>t</title><script>var x = 1;</script></head><body>
    <nav><a href="/">Home</a> Most read: Road closed</nav>
    <article><h1>Review will never be published</h1>
    <div class="p402_hide"><p>The board launched a serious case review.</p>
    <p>It said:   "This has not been published."</p></div></article>
    <footer>Newsquest Media Group Ltd</footer></body></html>"""
    text = html_text(page)
    assert text.splitlines() == [
        "Review will never be published",
        "The board launched a serious case review.",
        'It said: "This has not been published."',
    ]
