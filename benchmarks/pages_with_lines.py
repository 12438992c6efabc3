"""The detectors on 335 whole stored pages with their line breaks kept, as
casewatch.text.html_text writes a page (a block a line): registers whose entries
stand on lines of their own, news and minutes (tests/fixtures/pages_with_lines.jsonl,
labelled by ../shared/LABELS.md by helpers who never ran a detector; 60 more, held
out, are only scored). The corpus of tests/corpus/ keeps passages with their
whitespace run together, so it cannot show what a line's end does to a rule. Scored
as benchmarks/detect_quality.py scores the corpus, against the keyword alert in the
same run; misses only counted.

    .venv/bin/python benchmarks/pages_with_lines.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.detect_quality import report, run_file  # noqa: E402

PAGES = ROOT / "tests" / "fixtures" / "pages_with_lines.jsonl"
# ... and 60 more gathered the same way, labelled and committed before any detector
# ran on them and never read since: only their scores are printed.
HELD_OUT = ROOT / "tests" / "fixtures" / "pages_with_lines_heldout.jsonl"


def main() -> None:
    for title, path in (("pages with their lines", PAGES), ("held out", HELD_OUT)):
        rows = [
            {**row, "negative_kind": row.get("negative_kind", "")}
            for row in run_file(path)
        ]
        report(title, rows, "counts")


if __name__ == "__main__":
    main()
