"""The case-review detector on real passages gathered after it was written
(tests/fixtures/reviews_unseen.jsonl, labelled by ../shared/LABELS.md before the
detector was run on them), scored as benchmarks/detect_quality.py scores the corpus,
against the keyword alert in the same run.

The file is split by page: rules may be fixed on the "dev" half; the "remeasure" half
is left alone to measure them again, so its misses are never printed (`--misses`
prints the dev half's, with their texts).

    .venv/bin/python benchmarks/reviews_unseen.py [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.detect_quality import (  # noqa: E402
    prf,
    print_misses,
    run_file,
    share,
    tally_of,
)

PASSAGES = ROOT / "tests" / "fixtures" / "reviews_unseen.jsonl"
HALVES = ("dev", "remeasure")


def report(title: str, rows: list[dict], with_misses: bool) -> None:
    tally = tally_of(rows)
    positives = sum(bool(row["reviews"]) for row in rows)
    negatives = tally.items["casewatch"]["negatives"]
    print(f"\n== {title}: {len(rows)} passages, {positives} positive, "
          f"{negatives} hard negatives")  # fmt: skip
    for name, items in tally.items.items():
        alarms = share(items["fp"], negatives)
        if name == "casewatch":
            alarms += f" | any mention {share(items['mention alarms'], negatives)}"
        print(f"  items {name:<13} {prf(items)}  false alarms {alarms}")
    print(f"  records reviews     {prf(tally.records['reviews'])}")
    if with_misses:
        print_misses(tally, with_texts=True)


def main() -> None:
    rows = run_file(PASSAGES)
    misses = "--misses" in sys.argv[1:]
    for half in HALVES:
        some = [row for row in rows if row["split"] == half]
        report(half, some, misses and half == "dev")
    report("both", rows, False)


if __name__ == "__main__":
    main()
