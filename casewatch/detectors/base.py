"""What every detector shares: the Mention record and the sentence around a hit."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

# How far a snippet may reach either side of a hit when no sentence end is found.
SNIPPET_REACH = 240
# Words a full stop follows without ending the sentence (lower case, no stop).
# fmt: off
ABBREVIATIONS = (
    "dr", "st", "mr", "mrs", "ms", "mx", "cllr", "prof", "rev", "sgt", "insp", "supt",
    "det", "no", "nos", "para", "paras", "p", "pp", "e.g", "i.e", "eg", "ie", "cf",
    "vs", "v", "approx", "ref", "fig", "figs", "vol", "sec", "ch", "reg", "regs",
)
# fmt: on
# each as a look behind the stop, which is tried only where a stop is found
_NOT_AFTER = "".join(rf"(?<!\b(?i:{re.escape(word)})\.)" for word in ABBREVIATIONS)
# A sentence ends at a full stop, question or exclamation mark and the space after
# it, or at a blank line before anything but a lower-case word (a heading ends
# there; a PDF's paragraph broken mid-sentence goes on in lower case). Two
# patterns, each a plain search, cost half what one pattern of both costs.
SENTENCE_STOP = re.compile(rf"(?P<stop>[.!?]){_NOT_AFTER}['\"\u2019\u201d)]*\s")
BLANK_LINE = re.compile(r"\n[ \t]*\n\s*(?=[^a-z\s])")
# A lone capital before a full stop is an initial ("J. Smith") unless it names
# someone after one of these words ("Child D. Roger Thompson said ...").
PSEUDONYM_WORDS = frozenset(
    ("child", "baby", "adult", "family", "sibling", "mr", "mrs", "ms", "miss")
)
LAST_WORD = re.compile(r"([\w.]+)\W*$")
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
    """The span of the sentence holding text[start:end], capped at SNIPPET_REACH:
    not ended after "Dr.", "St.", "para.", "No." or an initial."""
    floor = max(0, start - SNIPPET_REACH)
    stops = SENTENCE_STOP.finditer(text, floor, start + 1)
    ends = (found for found in reversed(list(stops)) if found.end() <= start)
    left = next((found.end() for found in ends if _ends(text, found)), floor)
    blanks = [found.end() for found in BLANK_LINE.finditer(text, left, start + 1)]
    left = max([at for at in blanks if at <= start], default=left)
    ceiling = min(len(text), end + SNIPPET_REACH)
    stop = next(
        (
            found
            for found in SENTENCE_STOP.finditer(text, end, ceiling)
            if _ends(text, found)
        ),
        None,
    )
    right = stop.end() if stop else ceiling
    blank = BLANK_LINE.search(text, end, right)
    return left, blank.end() if blank else right


def _ends(text: str, found: re.Match[str]) -> bool:
    """A full stop after a lone capital ends a sentence only after a pseudonym's
    word ("Child D."), not as an initial ("Fox, J."); SENTENCE_STOP does not end
    one after an abbreviation."""
    stop = found.start()
    if found["stop"] != "." or stop < 1 or not text[stop - 1].isupper():
        return True
    if stop > 1 and text[stop - 2].isalpha():
        return True
    previous = LAST_WORD.search(text, max(0, stop - 14), stop - 1)
    return bool(previous and previous.group(1).lower() in PSEUDONYM_WORDS)


def snippet(text: str, start: int, end: int) -> str:
    """The sentence around a hit, on one line."""
    left, right = sentence_span(text, start, end)
    return " ".join(text[left:right].split())
