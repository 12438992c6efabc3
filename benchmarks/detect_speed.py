"""Detector speed on board packs, against grep with the same trigger phrases.

The text is every page of the bundled sample documents and the saved Ofsted reports
and council papers (extracted once), repeated to TARGET_MB or more and cut into
documents of the July 2015 board pack's length. Baseline, in the same run: GNU
`grep -c -i -E` with the trigger phrases a keyword alert would use, on the same text
written to a file. grep only counts lines; casewatch finds mentions, records,
councils and statuses, so the ratio says what that costs. Measured three times: on
all pages; on the pages with none of grep's trigger phrases (not the detectors'
triggers: a children's services report's inner pages say "judged good" without
"Ofsted", and the detectors find judgements there); and on the pages the
detectors' gate shuts, which cost only the prefilters.

    .venv/bin/python benchmarks/detect_speed.py [TARGET_MB]
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.samples import sample_pages  # noqa: E402
from casewatch.detectors import find, might_find  # noqa: E402

TARGET_MB = 100  # unless given
PAGES_PER_DOCUMENT = 163  # the July 2015 board pack
TRIGGERS = (
    "serious case review|safeguarding practice review|safeguarding adults? review"
    "|domestic homicide review|practice review|rapid review|\\bSCR\\b|\\bCSPR\\b"
    "|\\bSAR\\b|\\bDHR\\b|ofsted|inadequate|requires improvement|outstanding"
    "|focused visit|monitoring visit"
)


def main() -> None:
    target_mb = float(sys.argv[1]) if len(sys.argv) > 1 else TARGET_MB
    pages = benchmark_pages()
    quiet = [page for page in pages if not re.search(TRIGGERS, page, re.IGNORECASE)]
    print("All pages")
    measure(pages, target_mb)
    print("\nPages without a trigger phrase of grep's (what most of a board pack is)")
    measure(quiet, target_mb)
    print("\nPages the detectors' gate shuts (the prefilters' cost)")
    measure([page for page in pages if not might_find(page)], target_mb)


def benchmark_pages() -> list[str]:
    """Every page with text of the bundled sample documents and the saved Ofsted
    reports and council papers."""
    return [
        page
        for page in sample_pages(
            ROOT / "casewatch" / "sample_sites" / "files", ROOT / "tests" / "fixtures"
        )
        if page.strip()
    ]


def measure(pages: list[str], target_mb: float) -> None:
    size = sum(len(page.encode()) for page in pages)
    repeats = int(target_mb * 1e6 // size) + 1
    corpus = pages * repeats
    megabytes = size * repeats / 1e6
    documents = [
        corpus[i : i + PAGES_PER_DOCUMENT]
        for i in range(0, len(corpus), PAGES_PER_DOCUMENT)
    ]
    print(
        f"{megabytes:.0f} MB: {len(pages)} distinct pages x {repeats},"
        f" {len(documents)} documents of {PAGES_PER_DOCUMENT} pages"
    )

    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as file:
        file.write("\n".join(corpus))
        file.flush()
        started = time.perf_counter()
        grep = subprocess.run(
            ["grep", "-c", "-i", "-E", TRIGGERS, file.name],
            capture_output=True,
            text=True,
            check=False,
        )
        grep_seconds = time.perf_counter() - started
    started = time.perf_counter()
    mentions = reviews = judgements = 0
    for document in documents:
        findings = find(document)
        mentions += len(findings.mentions)
        reviews += len(findings.reviews)
        judgements += len(findings.judgements)
    ours_seconds = time.perf_counter() - started

    grep_rate, ours_rate = megabytes / grep_seconds, megabytes / ours_seconds
    print(
        f"grep -c -i -E: {grep_rate:8.1f} MB/s  ({grep.stdout.strip()} matching lines,"
        f" {grep_seconds:.1f} s)"
    )
    print(
        f"casewatch    : {ours_rate:8.1f} MB/s  ({mentions} mentions, {reviews}"
        f" reviews, {judgements} judgements, {ours_seconds:.1f} s)"
    )
    print(f"ratio casewatch/grep: {ours_rate / grep_rate:.2f}")


if __name__ == "__main__":
    main()
