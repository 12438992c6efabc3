"""The Ofsted detector on real passages gathered after it was written
(tests/fixtures/ofsted_unseen_round2.jsonl, labelled by ../shared/LABELS.md before the
detector was run on them), scored as benchmarks/detect_quality.py scores the corpus.

The file is split by page: rules may be fixed on the "fixing" part; the "remeasure"
half (chosen at random from the first batch) and "remeasure2" (a later batch) are
left alone to measure them again, so their misses are never printed (`--misses`
prints the fixing part's, with their texts).

    .venv/bin/python benchmarks/ofsted_unseen.py [--misses]
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

PASSAGES = ROOT / "tests" / "fixtures" / "ofsted_unseen_round2.jsonl"
HALVES = ("fixing", "remeasure", "remeasure2")


def report(title: str, rows: list[dict], with_misses: bool) -> None:
    tally = tally_of(rows)
    items = tally.items["casewatch"]
    positives = sum(bool(row["ofsted"]) for row in rows)
    print(f"\n== {title}: {len(rows)} passages, {positives} positive, "
          f"{items['negatives']} hard negatives")  # fmt: skip
    print(f"  items   {prf(items)}  false alarms "
          f"{share(items['fp'], items['negatives'])}")  # fmt: skip
    print(f"  records Ofsted {prf(tally.records['Ofsted'])}")
    if with_misses:
        print_misses(tally, with_texts=True)


def main() -> None:
    rows = run_file(PASSAGES)
    misses = "--misses" in sys.argv[1:]
    for half in HALVES:
        some = [row for row in rows if row["split"] == half]
        report(half, some, misses and half == "fixing")
    report("both", rows, False)


if __name__ == "__main__":
    main()
