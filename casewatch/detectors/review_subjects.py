"""Subjects: the name a review gives the person or family it looks at.

"Child R", "Baby P", "Adult B", "Family A", a quoted name ("Tom and Vic"), "known as
Lily", "the deaths of Arthur Labinjo-Hughes and Star Hobson", a Welsh review's
number ("CYSUR 4 2019"), in the review's sentence, a title, or a sentence next to it
that goes on about the review.
"""

from __future__ import annotations

import re

from casewatch.detectors.base import sentence_span
from casewatch.places import find_councils

_WORD = r"[A-Z][a-z\u2019']+(?:-[A-Z][a-z\u2019']+)*"
_NAME = rf"{_WORD}(?:\s{_WORD}){{0,2}}"
_CODE = r"(?:Child|Baby|Adult|Family|Sibling\s+Group|Children|CHILD|BABY|ADULT|FAMILY)"
SUBJECT = re.compile(
    rf"\b(?P<code>{_CODE}\s+[A-Z]{{1,2}}(?:\s+and\s+[A-Z]{{1,2}})?)\b(?![\w-])"
    r"|[\u201c\u2018\"'`](?P<quoted>[A-Z][\w'\u2019]+(?:\s(?:and|&)\s[A-Z][\w'\u2019]+)?)"
    r"[\u201d\u2019\"'`](?!\w)"
    rf"|\b(?:known|refer(?:red)?\s+to)\s+as\s+(?!{_CODE}\s)(?P<known>[A-Z][a-z]+)"
    r"|\b(?:deaths?|murders?|killings?|assassination|manslaughter|reviews?\s+of"
    r"|in\s+relation\s+to|in\s+respect\s+of|concerning|regarding)\s+(?:of\s+)?"
    rf"(?P<named>{_NAME}(?:\s+in\s+{_WORD})?(?:,?\s(?:and|&)\s{_NAME})?)"
    rf"|(?P<pseudonym>{_WORD}(?:\s{_WORD})?)\s+\(pseudonym\)"
    rf"|\b(?P<possessive>{_WORD})[\u2019']s\s+case\b"
    r"|\b(?P<welsh>CYSUR\s+\d+\s*[/ ]?\s*\d{4})\b"
)
# Where a named subject lived, dropped from the name: "Arthur Labinjo-Hughes in
# Solihull, and Star Hobson".
IN_A_PLACE = re.compile(rf"\s+in\s+{_WORD}(?=,|\s(?:and|&)\s|$)")
# A title's subject straight after the review's name: "Domestic Homicide Review
# Judith - Overview Report", "Safeguarding Adults Board (SSAB) Louise | published".
TITLED = re.compile(
    r"\s*(?:\([A-Z]{2,8}\))?\s*[:\u2013-]?\s*(?P<name>[A-Z][a-z]+)\s*[-\u2013|(]"
)
NOT_A_TITLE = re.compile(
    r"Overview|Report|Executive|Summary|Panel|Action|Plan|Independent|Published"
    r"|Learning|Review|Briefing"
)
# Capitalised words that begin places and organisations, not people.
NOT_A_PERSON = re.compile(
    r"\b(?:Council|Board|Partnership|Safeguarding|Review|Trust|Hospital|Borough|"
    r"County|City|Street|Road|London|England|Wales|The|A|An|In|On)\b"
)
# A following sentence that goes on about the review ...
REFERS_BACK = re.compile(
    r"\s*(?:The|This|That|It|Its)\b(?!\s+(?:Board|Trust|Council|Committee)\b)"
)
# ... or that speaks of "the review" or its report anywhere.
SPEAKS_OF_IT = re.compile(r"\b(?:the|this|that)\s+(?:review|report)\b", re.IGNORECASE)


def subject_in(sentence: str, after: int) -> str | None:
    """The subject named in the sentence: the first one after the review's name when
    a list names several ("Review: 'Peter' (2024) Review: 'Robert'"), else the
    first."""
    found_all = list(SUBJECT.finditer(sentence))
    following = [found for found in found_all if 0 <= found.start() - after < 12]
    for found in following + found_all:
        name = next(value for value in found.groupdict().values() if value)
        name = IN_A_PLACE.sub("", " ".join(name.split())).rstrip("\u2019'")
        name = name.replace(", and ", " and ")
        if (found["named"] or found["quoted"]) and not_a_person(name):
            continue
        return name.title() if name.isupper() else name
    return None


def code_after(text: str, end: int) -> str | None:
    """A pseudonym ("Child Q", "known as Lily") in the next sentence when it goes on
    about the review ("... a Local Child Safeguarding Practice Review was initiated.
    The review concluded that Child Q ...")."""
    left, right = sentence_span(text, end + 1, end + 1)
    if not (REFERS_BACK.match(text, end) or SPEAKS_OF_IT.search(text, left, right)):
        return None
    for found in SUBJECT.finditer(text, left, right):
        if name := found["code"] or found["known"]:
            return " ".join(name.split())
    return None


def code_before(text: str, left: int) -> str | None:
    """The one pseudonym of the sentence before ("... sought to learn from Child R's
    experience. This response should be read alongside the Serious Case review")."""
    if left == 0:
        return None
    start, _ = sentence_span(text, left - 1, left - 1)
    codes = {
        " ".join(found["code"].split())
        for found in SUBJECT.finditer(text, start, left)
        if found["code"]
    }
    return codes.pop() if len(codes) == 1 else None


def codes_in(text: str, start: int, end: int) -> list[str]:
    """Every pseudonym ("Baby E", "Child D") in text[start:end], in order, once."""
    return list(
        dict.fromkeys(
            " ".join(found["code"].split())
            for found in SUBJECT.finditer(text, start, end)
            if found["code"]
        )
    )


def titled(text: str, end: int) -> str | None:
    """The subject of a title that goes on from the review's name."""
    found = TITLED.match(text, end)
    if found and not NOT_A_TITLE.fullmatch(found["name"]):
        return found["name"]
    return None


def not_a_person(name: str) -> bool:
    return bool(NOT_A_PERSON.search(name) or find_councils(name))
