"""Detector speed against an older commit's detectors, on the same pages and machine.

detect_speed.py's ratio to grep depends on the machine's grep as much as on the
detectors: issue 13's floor (0.07x) was measured at 15f0ce1 on a machine whose grep
was slower. This runs the older checkout's `casewatch.detectors.find` and this one's
on the same text (detect_speed.py's pages, all of them, cut into documents of the
board pack's length), each in a process of its own, alternating, and prints each
round's MB/s and the ratio of the medians: above 1, this checkout is the faster.

    git worktree add /tmp/base 15f0ce1
    .venv/bin/python benchmarks/detect_speed_since.py /tmp/base [TARGET_MB] [ROUNDS]
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.detect_speed import PAGES_PER_DOCUMENT, benchmark_pages  # noqa: E402

# Run in a fresh interpreter with a checkout's root first on the path: its
# detectors' MB/s and what they found, on the pages in the file, repeated to the
# target size.
TIMED = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from casewatch.detectors import find
pages = json.load(open(sys.argv[2]))
size = sum(len(page.encode()) for page in pages)
corpus = pages * (int(float(sys.argv[3]) * 1e6 // size) + 1)
per = int(sys.argv[4])
started = time.perf_counter()
found = [0, 0, 0]
for i in range(0, len(corpus), per):
    findings = find(corpus[i : i + per])
    found[0] += len(findings.mentions)
    found[1] += len(findings.reviews)
    found[2] += len(findings.judgements)
seconds = time.perf_counter() - started
print(json.dumps([sum(len(page.encode()) for page in corpus) / 1e6 / seconds, found]))
"""


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    older = Path(sys.argv[1]).resolve()
    target_mb = sys.argv[2] if len(sys.argv) > 2 else "50"
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    pages = benchmark_pages()
    rates: dict[Path, list[float]] = {older: [], ROOT: []}
    with tempfile.NamedTemporaryFile("w", suffix=".json") as file:
        json.dump(pages, file)
        file.flush()
        for _ in range(rounds):
            for root in rates:
                rate, found = _timed(root, file.name, target_mb)
                rates[root].append(rate)
                print(
                    f"{root}: {rate:5.1f} MB/s ({found[0]} mentions, {found[1]}"
                    f" reviews, {found[2]} judgements)"
                )
    ratio = statistics.median(rates[ROOT]) / statistics.median(rates[older])
    print(f"ratio this checkout / {older.name}: {ratio:.2f}")


def _timed(root: Path, pages: str, target_mb: str) -> tuple[float, list[int]]:
    out = subprocess.run(
        [sys.executable, "-c", TIMED, str(root), pages, target_mb,
         str(PAGES_PER_DOCUMENT)],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    rate, found = json.loads(out)
    return rate, found


if __name__ == "__main__":
    main()
