"""The tuning passages of tests/corpus by id: every file but the held-out ones,
which no test reads; and the whole stored pages of
tests/fixtures/pages_with_lines.jsonl (not its held-out file). One place for the tests
that assert on real passages, so a new batch needs no list of files updated."""

import json
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus"
TUNING: dict[str, dict] = {
    row["id"]: row
    for path in sorted(CORPUS.glob("*.jsonl"))
    if not path.name.startswith("heldout_")
    for line in path.open(encoding="utf-8")
    if line.strip()
    for row in [json.loads(line)]
}
TEXTS: dict[str, str] = {passage_id: row["text"] for passage_id, row in TUNING.items()}
PAGES: dict[str, str] = {
    row["id"]: row["text"]
    for line in (Path(__file__).parent / "fixtures" / "pages_with_lines.jsonl").open(
        encoding="utf-8"
    )
    if line.strip()
    for row in [json.loads(line)]
}
