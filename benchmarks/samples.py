"""Real text for the benchmarks: the pages of the bundled sample PDFs."""

from __future__ import annotations

import re
from pathlib import Path

from casewatch.sample_sites import FILES
from casewatch.text import ExtractionError, pdf_pages


def sample_pages(*folders: Path) -> list[str]:
    """Every page of every readable PDF under the folders (the bundled sample
    sites by default); the deliberately broken samples are skipped."""
    pages: list[str] = []
    for path in sorted(
        p for folder in folders or (FILES,) for p in folder.rglob("*.pdf")
    ):
        try:
            pages += pdf_pages(path)
        except ExtractionError:
            continue
    return pages


def vocabulary() -> list[str]:
    """Every word of the bundled sample PDFs, as often as it occurs there."""
    return [
        word
        for page in sample_pages()
        for word in re.findall(r"[A-Za-z][A-Za-z'-]*", page)
    ]
