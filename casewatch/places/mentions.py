"""Find every council named in a text, current or former (Cumbria County Council):
one pass of two prebuilt trie patterns.

Names are matched whole-word, the longest first, so "Kingston upon Hull" is Hull and
never Kingston upon Thames. Names of several words ("Kingston Council") are matched
in any case; a one-word name and an acronym only as written ("Reading", "RBK"),
since "reading" and "bury" are English words, and so are a few everyday phrases
(`AS_WRITTEN`: "high peak").

Some bare words are not councils often enough that they are matched alone only
after "in" (`NOT_ALONE`: "young people in Bury"; `ELSEWHERE_AFTER_IN` never); their
titled forms always are ("Reading Borough Council", "Westminster City Council"). A
few others are matched unless their neighbours show another place
(`UNLESS_AFTER`, `UNLESS_BEFORE`): "Kingston" is Kingston upon Thames unless "Hull"
follows; "Richmond" is Richmond upon Thames unless North Yorkshire follows (the town
of Richmond there was in Richmondshire, abolished in 2023 and now North Yorkshire);
"York" is not York after "New".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from casewatch.places.register import Council, by_code, councils, former_councils

NOT_ALONE = frozenset(
    {
        "Reading",  # "Reading the report, ..."
        "Westminster",  # usually Parliament or the government
        "Bury",  # the verb, at the start of a sentence
        "Hart",  # a surname
        "Rugby",  # the sport
        "Boston",  # usually Boston, Massachusetts
        "Blackburn",  # a surname (Blackburn with Darwen's town)
        # former districts (former_councils.csv)
        "Eden",  # a first name, and the garden
        "Copeland",  # a surname
        "Craven",  # a surname, and Craven Arms in Shropshire
        "Christchurch",  # usually Christchurch, New Zealand
    }
)
# ... though after "in" most name their place ("care-experienced young people in
# Bury"); not the government, nor another country's city.
ELSEWHERE_AFTER_IN = frozenset({"Westminster", "Boston", "Christchurch", "Eden"})
IN_BEFORE = re.compile(r"\bin\s$")
# Names of several words are matched in any case, except these everyday phrases.
AS_WRITTEN = frozenset(
    {"High Peak", "New Forest", "Three Rivers", "Castle Point", "Test Valley"}
)
UNLESS_AFTER = {
    "Kingston": re.compile(r"[\s-]+(?:upon[\s-]+)?Hull\b"),
    "Richmond": re.compile(r",?\s*\(?(?:North\s+Yorks(?:hire)?|N\.?\s*Yorks)\b"),
    "Sutton": re.compile(r"\s+Coldfield\b"),
    "Newport": re.compile(r",?\s+(?:Isle\s+of\s+Wight|Shropshire|Pagnell)\b"),
    "Stockton": re.compile(r"[\s-]+Heath\b"),
}
UNLESS_BEFORE = {
    "York": re.compile(r"\bNew\s+$"),
    # the county and its police, not the city ("the Greater Manchester borough" of
    # Tameside)
    "Manchester": re.compile(r"\bGreater\s+$"),
}
CONTEXT = 40


@dataclass(frozen=True)
class Matcher:
    """The compiled patterns and, for each, the council of each matched name."""

    any_case: re.Pattern[str]
    exact_case: re.Pattern[str]
    any_case_codes: dict[str, str]
    exact_case_codes: dict[str, str]


def find_councils(text: str) -> list[tuple[Council, int, int]]:
    """Each council named in `text` with the span of its name, in text order."""
    matcher = _matcher()
    spans = [
        *_spans(matcher.any_case, matcher.any_case_codes, text, str.casefold),
        *_spans(matcher.exact_case, matcher.exact_case_codes, text, str),
    ]
    found = []
    for code, start, end in _longest_first(spans):
        council = by_code(code)
        if text[start:end] in NOT_ALONE and not _in_a_place(text, start, end):
            continue
        if council and not _excluded(text, start, end):
            found.append((council, start, end))
    return found


# The last word before a place in a body's name ("the Bury Safeguarding ...").
_LAST_WORD = re.compile(r"\b([A-Z][a-z]+)\s+$")


def named_before(text: str, end: int) -> tuple[Council, int, int] | None:
    """The council a word never matched alone names when it is the word right before
    `end`, where a body's own words follow ("Bury" in "the Bury Safeguarding
    Partnership", "Reading" in "Reading Local Safeguarding Children Board"): there
    it is no verb, surname or sport."""
    found = _LAST_WORD.search(text, 0, end)
    if not found or (code := _alone_codes().get(found[1])) is None:
        return None
    council = by_code(code)
    return (council, found.start(1), found.end(1)) if council else None


@cache
def _alone_codes() -> dict[str, str]:
    """The council each NOT_ALONE word names, where it names only one."""
    codes: dict[str, set[str]] = {}
    for council in (*councils(), *former_councils()):
        for alias in council.aliases:
            if alias.text in NOT_ALONE:
                codes.setdefault(alias.text, set()).add(council.code)
    return _unambiguous(codes)


def _spans(
    pattern: re.Pattern[str],
    codes: dict[str, str],
    text: str,
    fold: Callable[[str], str],
) -> Iterable[tuple[str, int, int]]:
    for match in pattern.finditer(text):
        code = codes.get(fold(" ".join(match.group().split())))
        if code:
            yield code, match.start(), match.end()


def _in_a_place(text: str, start: int, end: int) -> bool:
    """Is a word never matched alone a place's name here, after "in"?"""
    return text[start:end] not in ELSEWHERE_AFTER_IN and bool(
        IN_BEFORE.search(text, max(0, start - 4), start)
    )


def _longest_first(spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Keep the longest of overlapping spans; return the kept ones by position."""
    starts: list[int] = []
    kept: list[tuple[str, int, int]] = []
    by_length = sorted(spans, key=lambda span: (span[1] - span[2], span[1]))
    for code, start, end in by_length:
        index = bisect.bisect(starts, start)
        before = kept[index - 1] if index else None
        after = kept[index] if index < len(kept) else None
        if (before and before[2] > start) or (after and after[1] < end):
            continue
        starts.insert(index, start)
        kept.insert(index, (code, start, end))
    return kept


def _excluded(text: str, start: int, end: int) -> bool:
    name = text[start:end]
    after = UNLESS_AFTER.get(name)
    before = UNLESS_BEFORE.get(name)
    return bool(
        (after and after.match(text, end, end + CONTEXT))
        or (before and before.search(text[max(0, start - CONTEXT) : start]))
        or COMPOUND_AFTER.match(text, end)
        or COMPOUND_BEFORE.search(text, max(0, start - CONTEXT), start)
        or BUILDING_AFTER.match(text, end)
    )


# A name joined by a hyphen to another capitalised word is part of a compound: a
# surname ("Kim Bromley-Derry") or another place; not "Kingston-Upon-Thames".
COMPOUND_AFTER = re.compile(r"-(?!(?:Upon|On|Under|In|By|Le|Super)\b)[A-Z][a-z]")
COMPOUND_BEFORE = re.compile(r"[A-Z][a-z]+-$")
# A name before "House" is a building's: a care home ("the horrific events which
# happened in Mendip House"), an office ("Somerset House").
BUILDING_AFTER = re.compile(r"\s+House\b")


@cache
def _matcher() -> Matcher:
    any_case, exact_case = _names_by_case()
    return Matcher(
        any_case=re.compile(_bounded(_trie(any_case)), re.IGNORECASE),
        exact_case=re.compile(_bounded(_trie(exact_case))),
        any_case_codes=any_case,
        exact_case_codes=exact_case,
    )


def _names_by_case() -> tuple[dict[str, str], dict[str, str]]:
    """Unambiguous names to search for: any case (folded) and exact case."""
    any_case: dict[str, set[str]] = {}
    exact_case: dict[str, set[str]] = {}
    for council in (*councils(), *former_councils()):
        for alias in council.aliases:
            if alias.acronym or " " not in alias.text or alias.text in AS_WRITTEN:
                exact_case.setdefault(alias.text, set()).add(council.code)
            else:
                any_case.setdefault(alias.text.casefold(), set()).add(council.code)
    return _unambiguous(any_case), _unambiguous(exact_case)


def _unambiguous(codes: dict[str, set[str]]) -> dict[str, str]:
    return {name: next(iter(found)) for name, found in codes.items() if len(found) == 1}


def _bounded(pattern: str) -> str:
    return rf"(?<![\w&])(?:{pattern})(?![\w&])"


def _trie(names: Iterable[str]) -> str:
    """One regular expression for many names, sharing prefixes; longest tried first."""
    root: dict[str, dict] = {}
    for name in names:
        node = root
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node(root)


def _node(node: dict[str, dict]) -> str:
    branches = [_char(char) + _node(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _char(char: str) -> str:
    return r"\s+" if char == " " else re.escape(char)
