"""OCR of scanned pages (casewatch/ocr.py) and what counts as a garbled text layer
(casewatch/text.py), on real report pages and scanned copies of them."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein
from reportlab.pdfgen.canvas import Canvas

from casewatch.detectors import find
from casewatch.ocr import DPI, PageTooLarge, read_page
from casewatch.text import extract, looks_garbled, needs_ocr
from tools.scans import scanned_copy

FIXTURES = Path(__file__).parent / "fixtures"
# Real: Ofsted's 2019 inspection of Kingston's children's services (PROVENANCE.md);
# page 10 says the council learns "lessons from serious case reviews".
KINGSTON_2019 = (
    FIXTURES / "ofsted/ilacs_80545_kingston-upon-thames_2019-12-19_outstanding.pdf"
)
REAL_PDFS = sorted((FIXTURES / "ofsted").glob("*.pdf"))


def error_rate(read: str, truth: str) -> float:
    read, truth = " ".join(read.split()), " ".join(truth.split())
    return Levenshtein.distance(read, truth) / len(truth)


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("scan") / "kingston-2019-page-10-scanned.pdf"
    path.write_bytes(scanned_copy(KINGSTON_2019, [10], seed=1))
    return path


def test_a_scanned_copy_has_no_text_layer(scan):
    assert extract(scan).pages_needing_ocr == [1]


def test_a_scanned_report_page_reads_as_its_text_layer(scan):
    reading = read_page(scan, 1)
    truth = extract(KINGSTON_2019).pages[9]
    assert error_rate(reading.text, truth) < 0.05
    assert reading.confidence > 80


def test_the_review_on_a_scanned_page_is_found(scan):
    mentions = find([read_page(scan, 1).text]).mentions
    assert [m.rule_id for m in mentions] == ["case_review.scr"]
    assert "lessons from serious case reviews" in mentions[0].snippet


def test_a_blank_page_reads_as_nothing(tmp_path):
    path = tmp_path / "blank.pdf"
    canvas = Canvas(str(path))
    canvas.showPage()
    canvas.save()
    reading = read_page(path, 1)
    assert (reading.text.strip(), reading.confidence) == ("", 0.0)


def test_an_enormous_page_fails_before_it_is_rendered(tmp_path):
    path = tmp_path / "poster.pdf"
    side = 20_000 * 72 / DPI  # points for 20,000 px
    canvas = Canvas(str(path), pagesize=(side, side))
    canvas.drawString(100, 100, "A poster")
    canvas.showPage()
    canvas.save()
    with pytest.raises(PageTooLarge, match=rf"20,000 x 20,000 px at {DPI} dpi"):
        read_page(path, 1)


def enormous_picture_pdf() -> bytes:
    """An A4 page drawing one 20,000 x 20,000 px picture (1 bit a pixel, white):
    50 MB decoded, a few kilobytes compressed, as a scan at 2,400 dpi would be."""
    row = b"\xff" * (20_000 // 8)
    packer = zlib.compressobj(9)
    picture = b"".join(packer.compress(row) for _ in range(20_000)) + packer.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        b" /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width 20000 /Height 20000"
        b" /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode"
        b" /Length %d >>\nstream\n" % len(picture) + picture + b"\nendstream",
        b"<< /Length 32 >>\nstream\nq 595 0 0 842 0 0 cm /Im1 Do Q\nendstream",
    ]
    out, offsets = io.BytesIO(b"%PDF-1.4\n"), []
    out.seek(0, io.SEEK_END)
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def test_a_page_drawing_an_enormous_picture_fails_before_it_is_decoded(tmp_path):
    path = tmp_path / "scanned-at-2400-dpi.pdf"
    path.write_bytes(enormous_picture_pdf())
    assert extract(path).pages_needing_ocr == [1]
    with pytest.raises(PageTooLarge, match=r"20,000 x 20,000 px picture"):
        read_page(path, 1)


def shifted(text: str) -> str:
    """`text` as a font whose codes are glyph numbers extracts it: printable ASCII
    moved down by 29 ("The" becomes "7KH"), what PDFs made without a Unicode map
    for a subset font give."""
    return "".join(chr(ord(c) - 29) if 61 < ord(c) < 127 else c for c in text)


@pytest.mark.parametrize("path", REAL_PDFS, ids=lambda path: path.name)
def test_no_real_page_looks_garbled(path):
    pages = extract(path).pages
    assert [n for n, text in enumerate(pages, start=1) if looks_garbled(text)] == []


@pytest.mark.parametrize("path", REAL_PDFS, ids=lambda path: path.name)
def test_a_real_page_shifted_by_its_font_looks_garbled(path):
    pages = [text for text in extract(path).pages if len(text.split()) >= 60]
    assert pages
    assert all(needs_ocr(shifted(text)) for text in pages)


def test_broken_encodings_and_symbol_soup_look_garbled():
    real = extract(KINGSTON_2019).pages[9]
    assert looks_garbled("".join("\ufffd" if c.isalpha() else c for c in real))
    assert looks_garbled("".join("\ue000" if c in "aeiou" else c for c in real))
    assert looks_garbled("•••• ■■■ ▲▲▲▲ ◆◆ §§§ ¶¶¶¶ †† ‡‡‡ •••")
    assert not looks_garbled("Table 3: 2014/15  12.4%  13.1%  (0.7)  £1,204k")
