"""Checks on the labelled detector corpus itself (not on the detectors).

The corpus is every `tests/corpus/*.jsonl` file; rows with `"split": "heldout"` (the
`heldout_*.jsonl` files) are the held-out set. See tests/corpus/README.md.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from casewatch.text import html_text, normalise, pdf_pages

CORPUS_DIR = Path(__file__).parent / "corpus"

MIN_PASSAGES = 450
MIN_NEGATIVE_SHARE = 0.40
MAX_TEXT_CHARS = 700

SOURCE_KINDS = {"council", "nhs_trust", "partnership", "ofsted", "news", "other"}
REVIEW_TYPES = {"SCR", "CSPR", "LCSPR", "NCSPR", "SAR", "DHR", "other"}
REVIEW_STATUSES = {"published", "unpublished", "withheld", "in_progress", "unknown"}
JUDGEMENT_AREAS = {
    "overall effectiveness",
    "help and protection",
    "children in care",
    "care leavers",
    "children in care and care leavers",
    "leadership",
    "safeguarding",
    "safeguarding services",
    "looked after children",
    "adoption",
    "other",
}
GRADES = {"outstanding", "good", "requires_improvement", "inadequate", "adequate"}
VISIT_TYPES = {"inspection", "focused_visit", "monitoring_visit", "jtai", "unknown"}
VISITS = {"focused_visit", "monitoring_visit"}
NEGATIVE_KINDS = {
    "school_ofsted",
    "provider_ofsted",
    "cqc",
    "probation_prison",
    "send_area",
    "jtai",
    "scr_other_sense",
    "sar_other_sense",
    "dhr_other_sense",
    "serious_incident",
    "case_review_other_sense",
    "inadequate_prose",
    "review_collective",
    "review_procedure",
    "review_not_held",
    "ofsted_no_grade",
    "ofsted_scale",
    "ofsted_statistics",
    "self_assessment",
    "other",
}
SPLITS = {"tuning", "heldout"}

REQUIRED_KEYS = {
    "id",
    "text",
    "source",
    "source_kind",
    "reviews",
    "ofsted",
    "negative_kind",
}
OPTIONAL_KEYS = {"note", "split"}
REVIEW_KEYS = {"type", "subject", "board", "local_authority", "year", "status"}
OFSTED_KEYS = {"local_authority", "judgement_area", "grade", "visit_type", "date"}

ID_RE = re.compile(r"^[a-z]\d{4}$")
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]))?$")
ROOT = Path(__file__).parent.parent
FILES = sorted(CORPUS_DIR.glob("*.jsonl"))


def _load(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            assert line.strip(), f"{path.name}: blank line {number}"
            rows.append(json.loads(line))
    return rows


ROWS_BY_FILE = {path.name: _load(path) for path in FILES}
ROWS = [row for rows in ROWS_BY_FILE.values() for row in rows]


def _is_negative(row: dict) -> bool:
    return not row["reviews"] and not row["ofsted"] and row["negative_kind"] is not None


def _ids(rows: list[dict]) -> list[str]:
    return [row.get("id", "?") for row in rows]


def test_every_line_is_a_json_object() -> None:
    assert all(isinstance(row, dict) for row in ROWS)


def test_enough_passages() -> None:
    assert len(ROWS) >= MIN_PASSAGES


def test_ids_unique_and_well_formed() -> None:
    ids = [row["id"] for row in ROWS]
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates
    assert all(ID_RE.match(i) for i in ids)


@pytest.mark.parametrize("name", sorted(ROWS_BY_FILE))
def test_one_id_series_a_file(name: str) -> None:
    """Each file numbers its passages in one series (c…, p…, n…)."""
    assert len({row["id"][0] for row in ROWS_BY_FILE[name]}) == 1


@pytest.mark.parametrize("name", sorted(ROWS_BY_FILE))
def test_heldout_files_hold_only_heldout_rows(name: str) -> None:
    heldout = [row.get("split") == "heldout" for row in ROWS_BY_FILE[name]]
    assert all(heldout) if name.startswith("heldout_") else not any(heldout)


def test_texts_unique() -> None:
    duplicates = [t for t, n in Counter(r["text"] for r in ROWS).items() if n > 1]
    assert not duplicates


@pytest.mark.parametrize("row", ROWS, ids=_ids(ROWS))
def test_keys(row: dict) -> None:
    assert set(row) >= REQUIRED_KEYS
    assert set(row) <= REQUIRED_KEYS | OPTIONAL_KEYS
    assert isinstance(row["reviews"], list)
    assert isinstance(row["ofsted"], list)
    if "note" in row:
        assert isinstance(row["note"], str)
        assert row["note"]
    assert row.get("split", "tuning") in SPLITS


@pytest.mark.parametrize("row", ROWS, ids=_ids(ROWS))
def test_text(row: dict) -> None:
    text = row["text"]
    assert isinstance(text, str)
    assert text.strip()
    assert len(text) <= MAX_TEXT_CHARS
    assert text == " ".join(text.split()), "whitespace should be normalised"


def _check_review(review: dict) -> None:
    assert set(review) == REVIEW_KEYS
    assert review["type"] in REVIEW_TYPES
    assert review["status"] in REVIEW_STATUSES
    assert review["year"] is None or (
        isinstance(review["year"], int) and 1990 <= review["year"] <= 2030
    )
    for key in ("subject", "board", "local_authority"):
        assert review[key] is None or isinstance(review[key], str)


def _check_judgement(judgement: dict) -> None:
    assert set(judgement) == OFSTED_KEYS
    assert judgement["grade"] is None or judgement["grade"] in GRADES
    assert judgement["visit_type"] in VISIT_TYPES
    assert judgement["date"] is None or DATE_RE.match(judgement["date"])
    assert judgement["local_authority"] is None or isinstance(
        judgement["local_authority"], str
    )
    if judgement["visit_type"] in VISITS:
        assert judgement["grade"] is None, "visits carry no grade"
        assert judgement["judgement_area"] in JUDGEMENT_AREAS | {None}
    else:
        assert judgement["judgement_area"] in JUDGEMENT_AREAS


@pytest.mark.parametrize("row", ROWS, ids=_ids(ROWS))
def test_enums(row: dict) -> None:
    assert row["source_kind"] in SOURCE_KINDS
    assert row["negative_kind"] is None or row["negative_kind"] in NEGATIVE_KINDS
    for review in row["reviews"]:
        _check_review(review)
    for judgement in row["ofsted"]:
        _check_judgement(judgement)


@pytest.mark.parametrize("row", ROWS, ids=_ids(ROWS))
def test_negative_kind_only_without_labels(row: dict) -> None:
    if row["reviews"] or row["ofsted"]:
        assert row["negative_kind"] is None


def test_negative_share() -> None:
    negatives = sum(_is_negative(row) for row in ROWS)
    assert negatives / len(ROWS) >= MIN_NEGATIVE_SHARE


def test_heldout_split_has_every_label_class() -> None:
    heldout = [row for row in ROWS if row.get("split") == "heldout"]
    assert any(row["reviews"] for row in heldout)
    assert any(row["ofsted"] for row in heldout)
    assert any(_is_negative(row) for row in heldout)


def test_every_source_kind_present() -> None:
    assert {row["source_kind"] for row in ROWS} == SOURCE_KINDS


@pytest.mark.parametrize("row", ROWS, ids=_ids(ROWS))
def test_source_form(row: dict) -> None:
    source = row["source"]
    assert source.startswith(
        ("http://", "https://", "tests/fixtures/", "casewatch/sample_sites/files/")
    ), source


def _fixture_path(source: str) -> Path | None:
    """The file a passage was taken from, for sources that are files in this repo."""
    if source.startswith(("http://", "https://")):
        return None
    return ROOT / source.split("#", 1)[0]


FIXTURE_SOURCES = sorted(
    {row["source"] for row in ROWS if _fixture_path(row["source"]) is not None}
)


@pytest.mark.parametrize("source", FIXTURE_SOURCES)
def test_fixture_sources_exist(source: str) -> None:
    path = _fixture_path(source)
    assert path is not None
    assert path.is_file(), source


def _source_text(source: str) -> str:
    path = _fixture_path(source)
    assert path is not None
    if path.suffix == ".pdf":
        page = int(source.rsplit("#page=", 1)[1])
        return pdf_pages(path)[page - 1]
    if path.suffix == ".html":
        return html_text(path.read_bytes())
    return path.read_text(encoding="utf-8")


def _words(text: str) -> str:
    return " ".join(normalise(text).replace("\u2019", "'").split())


@pytest.mark.parametrize(
    "row",
    [row for row in ROWS if _fixture_path(row["source"]) is not None],
    ids=lambda row: row["id"],
)
def test_fixture_passages_are_quoted_from_their_source(row: dict) -> None:
    assert _words(row["text"]) in _words(_source_text(row["source"]))


def test_pdf_sources_name_a_page() -> None:
    pdf_sources = [
        r["source"] for r in ROWS if r["source"].split("#")[0].endswith(".pdf")
    ]
    pdf_sources = [s for s in pdf_sources if _fixture_path(s) is not None]
    assert pdf_sources
    assert all(re.search(r"#page=\d+$", s) for s in pdf_sources)


def test_label_coverage() -> None:
    review_types = {r["type"] for row in ROWS for r in row["reviews"]}
    assert review_types == REVIEW_TYPES
    assert sum(bool(row["ofsted"]) for row in ROWS) >= 40
    negative_kinds = {row["negative_kind"] for row in ROWS if row["negative_kind"]}
    assert negative_kinds == NEGATIVE_KINDS
