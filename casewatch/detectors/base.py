"""What every detector shares: the Mention record and the sentence around a hit."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

# How far a snippet may reach either side of a hit when no sentence end is found.
SNIPPET_REACH = 240
SENTENCE_END = re.compile(r"[.!?]['\"\u2019\u201d)]*\s")
# What a detector says of a hit: JSON values (text, numbers, flags, lists of codes).
Fields = dict[str, Any]


@dataclass(frozen=True)
class Mention:
    """One detector hit: where it is (1-based page, character span) and what it says
    (`fields`: JSON values, stored as they are)."""

    detector: str
    detector_version: int
    rule_id: str
    kind: str
    page_no: int
    start: int
    end: int
    snippet: str
    fields: Fields = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        detector: tuple[str, int, str],
        rule_id: str,
        text: str,
        page_no: int,
        start: int,
        end: int,
        fields: Fields,
    ) -> Mention:
        """A hit on text[start:end] by a detector (name, version, kind), with the
        sentence around it as its snippet."""
        name, version, kind = detector
        return cls(
            name, version, rule_id, kind, page_no, start, end,
            snippet(text, start, end), fields,
        )  # fmt: skip


# A document's pages are folded by the detectors' gate and again by each detector:
# kept for the longest documents, the same page (its hash kept in the string) is
# folded once.
PAGES_KEPT = 1024


@lru_cache(maxsize=PAGES_KEPT)
def folded(text: str) -> str:
    """Lower case with line breaks as spaces: for prefilters that test plain
    substrings, which cost a fraction of a regular expression."""
    return text.lower().replace("\n", " ")


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence holding text[start:end], capped at SNIPPET_REACH."""
    floor = max(0, start - SNIPPET_REACH)
    ends_before = [m.end() for m in SENTENCE_END.finditer(text, floor, start)]
    left = ends_before[-1] if ends_before else floor
    after = SENTENCE_END.search(text, end, min(len(text), end + SNIPPET_REACH))
    right = after.end() if after else min(len(text), end + SNIPPET_REACH)
    return left, right


def snippet(text: str, start: int, end: int) -> str:
    """The sentence around a hit, on one line."""
    left, right = sentence_span(text, start, end)
    return " ".join(text[left:right].split())
