"""Does a change to the detectors change what they find? A snapshot to compare.

Writes, as JSON lines, every mention `casewatch.detectors.detect` finds in each
labelled corpus passage (as a one-page document) and in each page of the
benchmarks' sample documents (one page at a time, and each document whole, so that
a document-wide rule such as an acronym's full name elsewhere is exercised), and
which pages the gate passes. Run it with two versions of the code on the path and
compare the files: a speed-up must leave them identical (the gate may shut more
pages, so its lines are compared separately).

    PYTHONPATH=/path/to/old .venv/bin/python benchmarks/detect_same.py old.jsonl
    PYTHONPATH=$PWD .venv/bin/python benchmarks/detect_same.py new.jsonl
    diff <(grep -v '"gate"' old.jsonl) <(grep -v '"gate"' new.jsonl)
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

from casewatch.detectors import detect, might_find
from casewatch.text import ExtractionError, pdf_pages

ROOT = Path(__file__).parent.parent
CORPUS = ROOT / "tests" / "corpus" / "detector_corpus.jsonl"


def documents() -> dict[str, list[str]]:
    """The corpus passages and the sample documents, by name."""
    found = {
        row["id"]: [row["text"]]
        for row in map(json.loads, CORPUS.read_text(encoding="utf-8").splitlines())
    }
    folders = (
        ROOT / "casewatch" / "sample_sites" / "files",
        ROOT / "tests" / "fixtures",
    )
    for folder in folders:
        for path in sorted(folder.rglob("*.pdf")):
            pages = pdf_pages_or_none(path)
            if pages:
                name = str(path.relative_to(ROOT))
                found[name] = pages
                for page_no, page in enumerate(pages, start=1):
                    found[f"{name}#page={page_no}"] = [page]
    return found


def pdf_pages_or_none(path: Path) -> list[str]:
    """The pages of one PDF, as benchmarks.samples reads them (none if unreadable)."""
    try:
        return pdf_pages(path)
    except ExtractionError:
        return []


def main(out: Path) -> None:
    with out.open("w", encoding="utf-8") as file:
        for name, pages in documents().items():
            mentions = [dataclasses.asdict(m) for m in detect(pages)]
            file.write(json.dumps({"document": name, "mentions": mentions}) + "\n")
            gate = [might_find(page) for page in pages]
            file.write(json.dumps({"document": name, "gate": gate}) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
