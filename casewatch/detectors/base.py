"""What every detector shares: the Mention record and the sentence around a hit."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Any

from ahocorasick_rs import AhoCorasick, Implementation

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
# A line of a list or table ends at its line break, as a heading before a blank
# line does: a bulleted line, or a short line ("Joseph (December 2023)", "SK \u2013
# Learning Briefing") that begins as a title does (a capital, digit, quote or
# bullet), after a line that ended a sentence or was such a line too, and before a
# line that begins so.
# A line PDF text wraps mid-sentence goes on: it is long, ends in a comma, dash,
# colon or a word that joins ("the", "of"), follows a line that runs into it, or
# the next line begins in lower case.
LIST_LINE = 72
# fmt: off
JOINING_WORDS = (
    "a", "an", "the", "of", "and", "or", "nor", "but", "to", "in", "on", "at", "by",
    "for", "from", "with", "into", "onto", "as", "than", "that", "which", "who",
    "whose", "is", "was", "are", "were", "be", "been", "has", "have", "had", "its",
    "their", "his", "her", "this", "these", "those", "our", "not", "no", "per",
    "via", "under", "over", "after", "before", "about", "between", "during",
    "within", "without", "following", "including", "regarding", "upon", "said",
)
# fmt: on
_NOT_JOINING = "".join(rf"(?<!\b{word})" for word in JOINING_WORDS)
_BULLET = "[ \t]*[-\u2022\u25aa\u25cf\u25e6*][ \t]"
_TITLE_START = rf"(?:{_BULLET})?[ \t]*[A-Z0-9'\"(\u2018\u201c]"
_TITLE = (
    rf"{_TITLE_START}[^\n]{{0,{LIST_LINE - 2}}}[^\s,;:(&/\u2013\u2014-]{_NOT_JOINING}"
)
TITLE_LINE = re.compile(rf"{_TITLE}[ \t]*")
TITLE_START = re.compile(_TITLE_START)
BULLET = re.compile(_BULLET)
# A line that ends a sentence: the line after it may begin a list.
LINE_STOP = re.compile(r"[.!?:]['\"\u2019\u201d)]*[ \t]*$")
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


class Words:
    """Which of a fixed set of words a text holds, and where, in one pass of an
    Aho-Corasick automaton: a prefilter's dozens of substring searches, each a
    pass over the page, cost ten times as much. Every occurrence of every word
    counts, overlapping ones too ("visit" in "focused visit")."""

    def __init__(self, words: Iterable[str]):
        self.words = tuple(dict.fromkeys(words))
        # (a DFA always: the library's own choice turns to a slower automaton past
        # 100 words, which took twice as long over the same pages)
        self._automaton = AhoCorasick(self.words, implementation=Implementation.DFA)

    def held(self, text: str) -> frozenset[str]:
        """The words the text holds."""
        return frozenset(self.words[index] for index, _, _ in self._found(text))

    def where(self, text: str) -> list[tuple[int, str]]:
        """Where each word occurs in the text, in order."""
        return sorted(
            (start, self.words[index]) for index, start, _ in self._found(text)
        )

    def _found(self, text: str) -> list[tuple[int, int, int]]:
        try:
            return self._automaton.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:  # a lone surrogate, as broken extraction leaves:
            # one character for one, so every position holds
            text = LONE_SURROGATE.sub("\ufffd", text)
            return self._automaton.find_matches_as_indexes(text, overlapping=True)


LONE_SURROGATE = re.compile("[\ud800-\udfff]")


# A text searched, from and to where, and what was found: one tuple, replaced whole.
Asked = tuple[str | None, int, int, re.Match[str] | None]


class Caseless:
    """A case-insensitive pattern that looks first in the text's lower case.
    Python's engine gives up its fast literal search under IGNORECASE; the pattern
    compiled case-sensitively for lower-case text is three to five times faster on
    the sentences the Ofsted rules test, and most of them hold no match. Where it
    finds one, the pattern itself matches from there in the text as it is, so the
    answer is the pattern's own (a part that must be in capitals, "(?-i:...)", is
    only checked then; a text whose lower case has another length, as a dotted
    capital I makes, is searched as it is). `needs`: words (lower case) of which
    every match holds one, so a text with none costs a few substring searches.
    Asked again of the same text, as a sentence's rules ask their shared tests, it
    answers from the last time."""

    def __init__(self, pattern: str, flags: int = 0, needs: tuple[str, ...] = ()):
        self.pattern = pattern
        self.needs = needs
        self.anycase = re.compile(pattern, flags | re.IGNORECASE)
        self.lower = re.compile(lower_case_pattern(pattern), flags & ~re.IGNORECASE)
        self._last: Asked = (None, 0, 0, None)  # a text, where, and the answer

    def search(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        last = self._last
        if last[0] is text and last[1] == pos and last[2] == endpos:
            return last[3]
        found = self._search(text, pos, endpos)
        self._last = (text, pos, endpos, found)
        return found

    def _search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        low = lowered(text)
        if len(low) == len(text):
            if self.needs and not any(word in low for word in self.needs):
                return None
            found = self.lower.search(low, pos, endpos)
            if found is None:
                return None
            pos = found.start()
        return self.anycase.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        while (found := self.search(text, pos, endpos)) is not None:
            yield found
            pos = max(found.end(), found.start() + 1)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        """re.sub's answer, for a `repl` with no group references."""
        parts: list[str] = []
        last = 0
        for found in self.finditer(text):
            parts += (
                text[last : found.start()],
                repl if isinstance(repl, str) else repl(found),
            )
            last = found.end()
        return "".join(parts) + text[last:] if parts else text


class Gated:
    """A pattern that minds case, with words (as written) of which every match
    holds one: a page holding none costs a few substring searches, not a pass of
    the pattern (Caseless's `needs`, for a pattern that minds case)."""

    def __init__(self, pattern: str, flags: int = 0, needs: tuple[str, ...] = ()):
        self.pattern = pattern
        self.needs = needs
        self.compiled = re.compile(pattern, flags)

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if any(word in text for word in self.needs):
            yield from self.compiled.finditer(text)


# Escapes (\S is not \s) and group names keep their case in a lowered pattern.
_KEEP_CASE = re.compile(r"\\.|\(\?P[<=]\w+[>)]")


def lower_case_pattern(pattern: str) -> str:
    """A case-insensitive pattern's source for lower-case text, compiled without
    IGNORECASE: its letters in lower case but for escapes and group names."""
    if "\\N{" in pattern:
        raise ValueError(f"not lowered safely: {pattern[:60]}")
    kept = [found.span() for found in _KEEP_CASE.finditer(pattern)]
    ends = [0, *(at for span in kept for at in span), len(pattern)]
    return "".join(
        pattern[start:end] if index % 2 else pattern[start:end].lower()
        for index, (start, end) in enumerate(pairwise(ends))
    )


@lru_cache(maxsize=PAGES_KEPT)
def lowered(text: str) -> str:
    """A text in lower case, for Caseless patterns (a page is asked many times)."""
    return text.lower()


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence holding text[start:end], capped at SNIPPET_REACH:
    not ended after "Dr.", "St.", "para.", "No." or an initial; ended at a blank
    line and at the end of a list's line."""
    floor = max(0, start - SNIPPET_REACH)
    stops = SENTENCE_STOP.finditer(text, floor, start + 1)
    ends = (found for found in reversed(list(stops)) if found.end() <= start)
    left = next((found.end() for found in ends if _ends(text, found)), floor)
    blanks = [found.end() for found in BLANK_LINE.finditer(text, left, start + 1)]
    left = max([at for at in blanks if at <= start], default=left)
    left = max(_list_breaks(text, left, start), default=left)
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
    right = blank.end() if blank else right
    return left, next(_list_breaks(text, end, right), right)


def _list_breaks(text: str, low: int, high: int) -> Iterator[int]:
    """Where the lines of a list that end in text[low:high] end (just after
    their line break), in order: each line break is looked at, most of them
    only to see that the next line does not begin as a title does."""
    at = text.find("\n", low, high)
    while at >= 0:
        if TITLE_START.match(text, at + 1) and _ends_a_list_line(text, at):
            yield at + 1
        at = text.find("\n", at + 1, high)


def _ends_a_list_line(text: str, at: int) -> bool:
    """Whether the line break at text[at] ends a list's line (the next line
    begins as a title does): it comes before a bulleted line, or ends a short
    title line that begins a line of its own."""
    if BULLET.match(text, at + 1):
        return True
    line = text.rfind("\n", 0, at) + 1
    return (
        at - line <= LIST_LINE + 8  # title and trailing blanks
        and bool(TITLE_LINE.fullmatch(text, line, at))
        and _begins_a_line_of_its_own(text, line)
    )


def _begins_a_line_of_its_own(text: str, start: int) -> bool:
    """Whether the line at text[start] is bulleted or the line before it ended a
    sentence or was a list's line too, rather than running into it as a wrapped
    paragraph does."""
    if start == 0 or BULLET.match(text, start):
        return True
    above = text.rfind("\n", 0, start - 1) + 1
    return (
        not text[above : start - 1].strip()
        or bool(LINE_STOP.search(text, above, start - 1))
        or bool(TITLE_LINE.fullmatch(text, above, start - 1))
    )


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
