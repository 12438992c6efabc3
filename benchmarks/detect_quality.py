"""Detector quality on the labelled corpus (tests/corpus/detector_corpus.jsonl).

Baseline named in the same run: a keyword alert (any of the trigger phrases a
reporter would set up: "serious case review", "safeguarding practice review",
"safeguarding adults review", "domestic homicide review", or "Ofsted" with a grade
word), scored on the same passages.

Prints, for casewatch and the keyword alert: item-level precision / recall / F1 (a
passage with a review or judgement record is positive, a hard negative is
negative; collective mentions are neither), the false-alarm rate on hard negatives,
and record-level scores: reviews by (type, subject, council; a review labelled
with a one-council board and no council is that board's council) and Ofsted
judgements by (council, grade).

    .venv/bin/python benchmarks/detect_quality.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from casewatch.detectors import detect  # noqa: E402
from casewatch.detectors.records import ofsted_records, review_records  # noqa: E402
from casewatch.places import council_for, find_councils  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "detector_corpus.jsonl"
KEYWORDS = re.compile(
    r"serious case review|safeguarding practice review|safeguarding adults? review"
    r"|domestic homicide review|ofsted\W+(?:\w+\W+){0,12}?(?:inadequate|outstanding"
    r"|good|requires improvement)",
    re.IGNORECASE,
)


def scores(true_positive: int, false_positive: int, false_negative: int) -> str:
    precision = true_positive / ((true_positive + false_positive) or 1)
    recall = true_positive / ((true_positive + false_negative) or 1)
    f1 = 2 * precision * recall / ((precision + recall) or 1)
    return (
        f"precision {precision:.3f}  recall {recall:.3f} "
        f"({true_positive}/{true_positive + false_negative})  F1 {f1:.3f}"
    )


def council(name: str | None) -> str | None:
    found = council_for(name) if name else None
    return found.code if found else (name or "").lower() or None


def review_council(label: dict) -> str | None:
    """A review's council as labelled, else the one council its labelled board
    belongs to ("Southwark Safeguarding Children Board", not "City and Hackney"):
    labels leave the council empty where the passage names only the board."""
    board = label.get("board") or ""
    if label["local_authority"] or not board or re.search(r"\band\b|&", board):
        return council(label["local_authority"])
    named = {found.code for found, _, _ in find_councils(board)}
    return named.pop() if len(named) == 1 else None


def subject(name: str | None) -> str | None:
    return " ".join(name.lower().split()) if name else None


def record_scores(gold: list[set], predicted: list[set]) -> str:
    true_positive = sum(len(g & p) for g, p in zip(gold, predicted, strict=True))
    false_positive = sum(len(p - g) for g, p in zip(gold, predicted, strict=True))
    false_negative = sum(len(g - p) for g, p in zip(gold, predicted, strict=True))
    return scores(true_positive, false_positive, false_negative)


def main() -> None:
    rows = [json.loads(line) for line in CORPUS.read_text().splitlines()]
    positives = [bool(r["reviews"] or r["ofsted"]) for r in rows]
    negatives = [bool(r["negative_kind"]) for r in rows]
    found = [detect([r["text"]]) for r in rows]
    ours = [
        bool(review_records(mentions) or ofsted_records(mentions)) for mentions in found
    ]
    keyword = [bool(KEYWORDS.search(r["text"])) for r in rows]
    print(
        f"{len(rows)} passages: {sum(positives)} with records, {sum(negatives)} hard"
        " negatives"
    )
    for name, predicted in (("casewatch", ours), ("keyword alert", keyword)):
        judged = [
            (p, y)
            for p, y, n in zip(positives, predicted, negatives, strict=True)
            if p or n
        ]
        tp = sum(p and y for p, y in judged)
        fp = sum(y and not p for p, y in judged)
        fn = sum(p and not y for p, y in judged)
        alarms = sum(
            bool(f) if name == "casewatch" else y
            for y, f, n in zip(predicted, found, negatives, strict=True)
            if n
        )
        print(
            f"{name:>14} items: {scores(tp, fp, fn)}  false alarms "
            f"{alarms}/{sum(negatives)} = {alarms / sum(negatives):.1%}"
        )
    gold_reviews = [
        {(x["type"], subject(x["subject"]), review_council(x)) for x in r["reviews"]}
        for r in rows
    ]
    our_reviews = [
        {(x.type, subject(x.subject), x.la_code) for x in review_records(mentions)}
        for mentions in found
    ]
    print(
        f"{'casewatch':>14} reviews (type, subject, council): "
        f"{record_scores(gold_reviews, our_reviews)}"
    )
    gold_ofsted = [
        {(council(x["local_authority"]), x["grade"]) for x in r["ofsted"]} for r in rows
    ]
    our_ofsted = [
        {(x.la_code or council(x.local_authority), x.grade) for x in ofsted_records(m)}
        for m in found
    ]
    print(
        f"{'casewatch':>14} Ofsted (council, grade): "
        f"{record_scores(gold_ofsted, our_ofsted)}"
    )


if __name__ == "__main__":
    main()
