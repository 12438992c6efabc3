"""Running headers and footers are blanked from the text the detectors read."""

from pathlib import Path

from casewatch.boilerplate import running_lines, shape, without_boilerplate
from casewatch.detectors import find
from casewatch.sample_sites import FILES
from casewatch.text import extract

FIXTURES = Path(__file__).parent / "fixtures"
# Synthetic packs (casewatch/sample_sites/PROVENANCE.md): King's College Hospital's
# "BoD Agenda and Papers" stand-in (header, trust line and "Page N of 8" on every
# page; the review passage on page 8) and Kingston Hospital's July 2015 pack.
KINGS_MAY = FILES / "kingscollegehospital" / "kings-pack-2026-05-14.pdf"
JULY_PACK = FILES / "kingstonhospital" / "trust-board-part-1-july-2015.pdf"
# Real: Ofsted's report on Kingston, its title the running header of pages 2-11.
KINGSTON_ILACS = (
    FIXTURES / "ofsted" / "ilacs_80545_kingston-upon-thames_2025-01-29_outstanding.pdf"
)
# Real: a Kingston committee report with no running lines.
ZEBRA_REPORT = (
    FILES
    / "kingston-moderngov"
    / "kingston_documents_s112215_zebra_crossing_report.pdf"
)


def pages_of(path: Path) -> list[str]:
    return extract(path, "application/pdf").pages


def test_a_sentence_after_a_page_header_starts_at_the_sentence():
    pages = pages_of(KINGS_MAY)
    (mention,) = [m for m in find(pages).mentions if m.page_no == 8]
    assert mention.snippet.startswith("Safeguarding children: the Trust contributed")
    assert "Page 8 of 8" not in mention.snippet
    assert "BoD Agenda" not in mention.snippet


def test_blanked_pages_keep_their_lengths_and_line_breaks():
    pages = pages_of(JULY_PACK)
    cleaned = without_boilerplate(pages)
    assert [len(page) for page in cleaned] == [len(page) for page in pages]
    assert [page.count("\n") for page in cleaned] == [p.count("\n") for p in pages]
    assert "Page 110 of 163" in pages[109]
    assert "Page 110 of 163" not in cleaned[109]
    assert "Trust Board Part 1 — 29 July 2015" not in cleaned[109]


def test_offsets_into_the_stored_text_still_hold():
    pages = pages_of(JULY_PACK)
    for mention in find(pages).mentions:
        matched = pages[mention.page_no - 1][mention.start : mention.end]
        assert matched.strip()
        assert matched.lower() in mention.snippet.lower()


def test_page_numbers_and_dates_do_not_make_lines_different():
    assert shape("Page 8 of  163") == shape("Page 10 of 163") == "Page # of #"
    assert shape("2 to 6 December 2024 11") == "# to # December # #"


def test_the_first_page_of_a_run_keeps_it_as_a_title():
    pages = pages_of(KINGSTON_ILACS)
    cleaned = without_boilerplate(pages)
    title = "Inspection of Kingston upon Thames"
    assert title in cleaned[0]
    assert title in pages[4]
    assert title not in cleaned[4]


def test_the_report_s_judgements_are_read_as_before():
    pages = pages_of(KINGSTON_ILACS)
    grades = {
        (j.judgement_area, j.grade, j.date)
        for j in find(pages).judgements
        if j.mention.rule_id == "ofsted.report_table"
    }
    assert ("overall effectiveness", "outstanding", "2024-12") in grades
    assert len(grades) == 5


def test_the_header_of_ofsteds_back_page_is_not_a_visit():
    # Page 11 is Ofsted's boilerplate about itself under the running header;
    # read with the header, it looked like a visit to Kingston.
    pages = pages_of(KINGSTON_ILACS)
    assert not [m for m in find(pages).mentions if m.page_no == 11]


def test_a_single_page_is_left_alone():
    pages = ["Kingston Hospital board\nThe serious case review.\nPage 1 of 1"]
    assert without_boilerplate(pages) == pages


def test_a_report_without_running_lines_is_left_alone():
    pages = pages_of(ZEBRA_REPORT)
    assert without_boilerplate(pages) == pages


def test_a_line_repeated_in_the_middle_of_pages_is_not_a_header():
    body = "\n".join(f"line {n} of the body text here" for n in range(12))
    repeated = "The serious case review has not been published."
    pages = [
        f"Top {n}\nalpha\nbeta\ngamma\n{body}\n{repeated}\n{body}\nfoot"
        for n in range(6)
    ]
    cleaned = without_boilerplate(pages)
    assert all(repeated in page for page in cleaned)
    edges = [{shape(line) for line in page.splitlines()[:4]} for page in pages]
    assert "Top #" in running_lines(edges)


def test_only_the_edges_of_a_page_are_blanked():
    """A running header's words said again in a page's body are the body's: only
    lines at a page's top or foot are running lines to blank."""
    header = "Children's Services Committee"

    def body(page: str) -> list[str]:
        return [f"The {word} point on page {page} is its own." for word in "abcdefgh"]

    pages = [
        "\n".join([header, *body("one"), "Page 1"]),
        "\n".join([header, *body("two")[:4], header, *body("two")[4:], "Page 2"]),
        "\r\n".join([header, *body("three"), "Page 3"]),
    ]
    cleaned = without_boilerplate(pages)
    assert cleaned[0] == pages[0]  # the first page of a run keeps its lines
    for page, name in zip(cleaned[1:], ("two", "three"), strict=True):
        assert not page.startswith(header)
        assert "Page" not in page
        assert all(line in page for line in body(name))
    assert cleaned[1].count(header) == 1  # the one in its body
    assert [len(page) for page in cleaned] == [len(page) for page in pages]


def test_lines_broken_by_a_carriage_return_alone_are_lines():
    """Text from old Mac files breaks lines with "\r" alone: its footer is still
    the page's last line, not the whole page."""
    words = ("first", "second", "third")
    pages = [
        "\r".join([f"The {word} page's {line} line." for line in words] + [f"Page {n}"])
        for n, word in enumerate(words, start=1)
    ]
    cleaned = without_boilerplate(pages)
    for page, original in zip(cleaned[1:], pages[1:], strict=True):
        assert page.endswith("\r     .")
        assert page[: -len("Page 2")] == original[: -len("Page 2")]
