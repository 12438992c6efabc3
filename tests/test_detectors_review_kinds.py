"""The case-review detector on real passages of each kind of failure in issue 13
(and the two of issue 14): every review named with its whole subject, its own
status and every council the text names; text about reviews in general names none.
The passages and their addresses are in tests/review_passages.py."""

from __future__ import annotations

import pytest

from casewatch.detectors import detect
from casewatch.detectors.records import review_records
from tests.review_passages import PASSAGES, Passage, Review


def found_reviews(passage: Passage) -> list[Review]:
    """What the detector makes of a passage, in the passages' terms."""
    return [
        (record.type, record.subject, record.la_codes, record.status)
        for record in review_records(detect([passage.text]))
    ]


def differences(passage: Passage) -> list[str]:
    """How the detector's reviews differ from the passage's: each expected review
    missed or found with another status or council, and each review too many."""
    found = found_reviews(passage)
    problems = []
    for expected in passage.reviews:
        kind, subject, councils, status = expected
        same = [f for f in found if f[:2] == (kind, subject)]
        if not same:
            problems.append(f"missed {expected}")
            continue
        found.remove(same[0])
        if councils is not None and tuple(sorted(same[0][2])) != councils:
            problems.append(f"{subject}: councils {same[0][2]}, not {councils}")
        if same[0][3] != status:
            problems.append(f"{subject}: status {same[0][3]}, not {status}")
    problems += [f"spurious {extra}" for extra in found]
    return problems


@pytest.mark.parametrize(
    "passage", PASSAGES, ids=[f"{p.kind}-{n}" for n, p in enumerate(PASSAGES)]
)
def test_reviews_of_a_real_passage(passage):
    assert differences(passage) == []


@pytest.mark.parametrize(
    "passage",
    [p for p in PASSAGES if not p.reviews],
    ids=[f"{p.kind}-{n}" for n, p in enumerate(PASSAGES) if not p.reviews],
)
def test_general_text_makes_no_specific_mention(passage):
    assert [m for m in detect([passage.text]) if m.fields.get("specific")] == []
