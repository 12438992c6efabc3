"""Several reviews in one breath: a sentence that speaks of reviews in the plural
and names them, one record each with its own status ("publishes two Safeguarding
Adults Reviews (SARs) into the deaths of a woman (Ms F) and a man (Mr G)"), or
counts them and names them in the sentence before ("... known as Baby O and Baby W.
The findings of three serious case reviews ...") or the sentences after ("the panel
had three SCR records on file for Kingston and Richmond. These were the
investigations into Tania Clarence ... and Joon Kyu Kim, 15, ..."), or tells two
apart ("one into the death of ... Daniel Pelka ... and the other into ... Gloria
Foster")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from casewatch.detectors.base import Fields, sentence_span
from casewatch.detectors.council_fields import board_councils, council_named
from casewatch.detectors.review_fields import board_in
from casewatch.detectors.review_subjects import (
    AGED,
    FIRST_NAMES,
    NAME_CAPITAL,
    PSEUDONYM,
    SUBJECT,
    each_of,
    not_a_person,
    subject_of,
)
from casewatch.detectors.review_terms import (
    ARTICLE_REACH,
    COUNT,
    NUMBERS,
    PLURAL,
    status_of,
)

COUNTED_ID = "case_review.counted_pseudonyms"
PSEUDONYM_MATCH = re.compile(PSEUDONYM)
# A review's name that counts several: "reviews", "SCRs", "SCR records".
SEVERAL_AFTER = re.compile(r"\s+(?:records|reports|cases|reviews)\b")
# The sentences after that name the reviews counted: "These were ...", "The two
# cases late 2007 involve ...", "The third ...".
THESE = re.compile(
    r"[\s\u2022\u00b7-]*(?:These|Those|They|(?:The\s+(?:two|three|four|five)|Both)"
    r"\s+(?:cases|reviews|children|deaths)\b)"
)
# ... or the latest of them: "there have been no fewer than 23 serious case reviews
# ... The most recent, published this month, revealed that professionals missed a
# string of chances to ... save two-year-old Keanu Williams" (one review).
LATEST = re.compile(
    r"[\s\u2022\u00b7-]*The\s+(?:most\s+recent|latest)\b(?:\s+(?:one|review|report"
    r"|of\s+(?:these|them|those)))?\s*[,(]?"
)
ORDINAL = re.compile(
    r"[\s\u2022\u00b7-]*The\s+(?:first|second|third|fourth|fifth|other|last|final)\b"
)


def reviews_each_named(
    text: str, match: re.Match[str], left: int, right: int, fields: Fields
) -> Iterator[tuple[int, int, Fields]]:
    """One review per pseudonym when a sentence speaks of several reviews: each it
    names, with its own status ("publishes two Safeguarding Adults Reviews (SARs)
    into the deaths of a woman (Ms F) and a man (Mr G)"; "learning from Adult C and
    D was being implemented, and Adult E's SAR was ongoing"), or, when it counts
    them and names none, as many as the sentence before names ("... known as Baby
    O and Baby W. The findings of three serious case reviews ...") or the
    sentences after, or two it tells apart ("one into the death of ... and the
    other into ..."); uncounted, the deaths the next sentence lists ("...
    Investigations into the killings of X and Y"). Each is told with the span of
    its name, so that each is a mention of its own, and with where it lived when
    the text says so right after the name and names no board."""
    if not (PLURAL.search(match.group()) or SEVERAL_AFTER.match(text, match.end())):
        return
    count = _count(text, left, match)
    named = _named_in(text, left, right)
    if len(listed := _listed_into(text, match.end(), right)) > len(named):
        named = listed
    if not named and count == 2:
        named = _one_and_the_other(text, match.end(), right, fields["status"])
    if not named and count is not None:
        named = _including(text, match.end(), right, fields["status"])
    if not named and count is None:
        named = _listed_next(text, right, fields["status"])
    board = fields.get("board")
    if named and count is not None and count > len(named):
        named += _the_rest(text, right, count - len(named), named)
    if named:
        if count is not None and count < len(named):
            return
        if count != len(named) and any(LETTER.fullmatch(each[0]) for each in named):
            return
    elif count is not None:
        start = sentence_span(text, left - 1, left - 1)[0] if left else left
        status = fields["status"]
        named = [(*each, status, None) for each in _pseudonyms(text, start, left)]
        board = board or board_in(text, start, left)
        if len(named) != count:
            named = _named_after(text, right, count, status)
    if not named:
        return
    for name, start, end, status, said_in in named:
        one = {**fields, "subject": name, "status": status, "specific": True}
        if said_in:
            one["status_sentence"] = said_in
        if board and "board" not in fields:
            one["board"] = board
            if council := board_councils(board):
                one.update(council.as_fields())
        elif (lived := LIVED_IN.match(text, end)) and (
            council := council_named(lived["place"])
        ):
            one.update(council.as_fields())  # "Daniel Pelka who lived in Coventry"
        yield start, end, one


# Where each one named lived, right after their name: "... one into the death of
# four year old Daniel Pelka who lived in Coventry and the other into 81 year old
# Gloria Foster who lived in Surrey".
LIVED_IN = re.compile(
    r",?\s+(?:who\s+(?:lived|had\s+lived|was\s+living)\s+in|from)\s+"
    r"(?P<place>[A-Z][\w\u2019'-]*(?:[ -][A-Z][\w\u2019'-]*){0,3})"
)


def _count(text: str, left: int, match: re.Match[str]) -> int | None:
    """How many reviews the words right before a plural review's name count."""
    counted = COUNT.search(
        text, max(left, match.start() - ARTICLE_REACH), match.start()
    )
    if not counted:
        return None
    number = counted["number"].lower()
    return int(number) if number.isdigit() else NUMBERS.index(number) + 1


# Each review named: subject, where its name is, status, the sentence saying it.
Named = list[tuple[str, int, int, str, str | None]]
# A case listed by a letter alone ("S" in "two SCRs, S and D").
LETTER = re.compile(r"[A-Z]\d{0,2}")
# A pseudonym's letters ("O" and "W" in "Baby O and Baby W").
LETTERS = re.compile(r"\b[A-Z]{1,2}\d{0,2}\b")


def _the_rest(text: str, end: int, missing: int, named: Named) -> Named:
    """The reviews counted but not named in their sentence, named by pseudonym in
    the next ("the 4 Safeguarding Adult Reviews (SARs) ..., learning from Adult C
    and D was being implemented, and Adult E's SAR was ongoing. Adult B's case had
    been scrutinised ..."), when it names exactly as many more; each with that
    sentence's status."""
    left, right = sentence_span(text, end + 1, end + 1)
    known = {each[0] for each in named}
    more = [each for each in _pseudonyms(text, left, right) if each[0] not in known]
    if len(more) != missing:
        return []
    status = status_of(" ".join(text[left:right].split()))
    said_in = text[left:right] if status != "unknown" else None
    return [(*each, status, said_in) for each in more]


def _pseudonyms(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Each pseudonym in text[start:end] once, one by one, with where it is."""
    found: dict[str, tuple[str, int, int]] = {}
    for code in SUBJECT.finditer(text, start, end):
        if code["code"]:
            for each in _each_with_span(code):
                found.setdefault(each[0], each)
    return list(found.values())


def _each_with_span(code: re.Match[str]) -> list[tuple[str, int, int]]:
    """The pseudonyms a match names together, each with the span up to its
    letters: "Adult C and D" is Adult C (to "C") and Adult D (to "D")."""
    names = each_of(subject_of(code) or "")
    ends = [code.start() + letters.end() for letters in LETTERS.finditer(code.group())]
    if len(ends) < len(names):
        ends = [code.end() + index for index in range(len(names))]
    return [
        (name, code.start(), end)
        for name, end in zip(names, ends[-len(names) :], strict=True)
        if name
    ]


def _named_in(text: str, left: int, right: int) -> Named:
    """Each pseudonym a sentence names, with the status its own clause (up to the
    next pseudonym) says, else the status the words before the first say."""
    codes = [code for code in SUBJECT.finditer(text, left, right) if code["code"]]
    if not codes:
        return _known_as_letters(text, left, right)
    shared = status_of(text[left : codes[0].start()])
    ends = [code.start() for code in codes[1:]] + [right]
    named: dict[str, tuple[str, int, int, str, str | None]] = {}
    for code, end in zip(codes, ends, strict=True):
        status = status_of(text[code.start() : end])
        for name, start, stop in _each_with_span(code):
            said = shared if status == "unknown" else status
            named.setdefault(name, (name, start, stop, said, None))
    return list(named.values())


# The letters a sentence of plural reviews says its cases are known as: "The
# children, known as AG and AI, were subject to serious case reviews".
KNOWN_AS_LETTERS = re.compile(
    r"\b[Kk]nown\s+as\s+(?P<first>[A-Z]{1,2}\d?)\s+(?:and|&)\s+"
    r"(?P<second>[A-Z]{1,2}\d?)(?![\w\u2019'-])"
)


def _known_as_letters(text: str, left: int, right: int) -> Named:
    if not (found := KNOWN_AS_LETTERS.search(text, left, right)):
        return []
    status = status_of(text[left:right])
    return [
        (found[each], found.start(each), found.end(each), status, None)
        for each in ("first", "second")
    ]


# Cases a plural review's name goes on to list: "serious case reviews into Baby P,
# Shannon Matthews, the Edlington torture case and Khyra Ishaq", "The SARs
# followed the deaths of \u2018Carol\u2019 in October 2020 and \u2018David\u2019 in July
# 2021".
_NAME_WORD = rf"{NAME_CAPITAL}[a-z\u2019'-]+(?:-[A-Z][a-z]+)?"  # "Tiffin-Brown" too
_PERSON = rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}}"
_QUOTED = (
    r"[\u2018\u201c'\"](?P<quoted>[A-Z][a-z-]+(?:\s[A-Z][a-z-]+)?)[\u2019\u201d'\"]"
)
# ... each perhaps after where they lived and their age ("Kettering one-year-old
# Evelyn Rose Muggleton"); not by a first name alone, which a town's name is too
# ("DHRs for Kettering and Corby").
_AGED = rf"(?:[A-Z][a-z]+\s)?{AGED}\s"
_CASE = (
    rf"{PSEUDONYM}|(?:{_AGED})?(?P<person>{_PERSON})|{_QUOTED}"
    r"|the\s(?P<place>[A-Z][a-z]+)(?:\s[a-z]+)?\scase"
    # ... or a first name, which FIRST_NAMES tells from a town's ("DHRs following the
    # deaths of Anne and Beth", not "for Kettering and Corby")
    rf"|(?P<first>{_NAME_WORD})"
    # ... or a letter, only where the reviews are counted ("two SCRs, S and D"; not
    # "reviews of A and E attendances")
    r"|(?P<letter>[A-Z]\d{0,2})(?![\w\u2019'-])"
)
# What goes from a plural review's name to the cases: its acronym, a few words
# ("published earlier this summer"), and "into", "of" or "for"; or a heading's
# colon ("Domestic Homicide Reviews: 'Anne' (2019), 'Beth' (2020)").
INTO = re.compile(
    r"(?:\s+\([A-Z]{2,6}\))?(?:(?:\s+[a-z]+){0,4}?"
    r"\s+(?:(?:(?:into|of)\s+|(?:followed|following|after)\s+)the\s+"
    r"(?:deaths|cases|murders)\s+of|into|of|for)\s+(?!the\s+deaths)|:\s*"
    # ... or a comma: "two serious case reviews, into the deaths of Amy and Alfie",
    # "two SCRs, S and D"
    r"|,\s+(?:(?:into|of)\s+the\s+(?:deaths|cases|murders)\s+of\s+|(?:into|of|for)\s+)?)"
    # ... past their ages: "into the deaths of 14-year-olds Sarah Clerkson and
    # Danielle Formosa"
    rf"(?:{AGED}s?\s+)?"
)
LISTED_CASE = re.compile(rf"(?:{_CASE})(?=,\s|,?\s(?:and|&)\s|[\s.;:)]|$)")
# What goes between two cases listed: a comma or "and", after when it happened
# ("in 2019", "(published 2021)"), or only a space after a bracketed date.
_WHEN = r"(?:19|20)\d\d"
BETWEEN = re.compile(
    rf"(?:\s+in\s+(?:[A-Z][a-z]+\s+)?{_WHEN})?"
    rf"(?:\s*\((?:published\s+)?(?:[A-Z][a-z]+\s+)?{_WHEN}\))?"
    r"(?:,\s+(?:and\s+)?|,?\s+(?:and|&)\s+|;\s+|(?<=\))\s+)"
)
# A later sentence's word on one of them: "the Ishaq review was published".
ONE_OF_THEM = (
    r"\b(?:the\s+)?{}(?:[\u2019']s)?\s+(?:serious\s+case\s+)?(?:review|SCR|case)\b"
)


def _listed_into(text: str, end: int, right: int) -> Named:
    """The cases listed after a plural review's name, two or more, each with the
    status the sentence says of them all, or that a later sentence says of its
    own review ("... and the Ishaq review was published in July")."""
    into = INTO.match(text, end, right)
    found = _cases(text, into.end(), right) if into else []
    if not found:
        return []
    shared = status_of(text[max(0, end - 200) : right])
    return [(*each, *_own_status(text, each[0], right, shared)) for each in found]


# Two reviews told apart: "two serious case reviews are published, one into the
# death of four year old Daniel Pelka who lived in Coventry and the other into 81
# year old Gloria Foster who lived in Surrey".
_INTO_WHOM = (
    r"\s+(?:into|of)\s+(?:the\s+(?:death|case|murder)\s+of\s+)?"
    rf"(?:{AGED}\s+)?"
)
ONE_AND_THE_OTHER = re.compile(
    rf"\bone{_INTO_WHOM}(?P<one>{_PERSON})\b[^.;]{{0,120}}?\bthe\s+other{_INTO_WHOM}"
    rf"(?P<other>{_PERSON})\b"
)


def _one_and_the_other(text: str, end: int, right: int, status: str) -> Named:
    """The two reviews a sentence tells apart after counting them."""
    found = ONE_AND_THE_OTHER.search(text, end, right)
    if not found or any(not_a_person(found[name]) for name in ("one", "other")):
        return []
    return [
        (found[name], found.start(name), found.end(name), status, None)
        for name in ("one", "other")
    ]


# The ones named among reviews counted: "There have been four serious case reviews
# in the past year, including the death of 16-year-old Kate Walsh who was found
# dead", "three SARs, including that into the death of Anne Smith".
INCLUDING = re.compile(
    r"[^.;]{0,80}?\bincluding\s+(?:(?:one|that|those)\s+(?:into|of|for)\s+)?"
    r"(?:the\s+(?:deaths?|cases?|murders?|killings?)\s+of\s+)?"
)


def _including(text: str, end: int, right: int, status: str) -> Named:
    """The cases named after "including" in a sentence that counts reviews, each
    a review of its own."""
    found = INCLUDING.match(text, end, right)
    cases = _cases(text, found.end(), right, least=1) if found else []
    return [(*each, status, None) for each in cases]


def _listed_next(text: str, right: int, status: str) -> Named:
    """The cases the next sentence lists the deaths of, two or more, when a
    sentence speaks of reviews and names none: "... serious case reviews have
    found. Investigations into the killings of Dylan Tiffin-Brown and Evelyn-Rose
    Muggleton, both by men ...". Each has the reviews' status."""
    _, end = sentence_span(text, right + 1, right + 1)
    deaths = THEIR_DEATHS.match(text, right, end)
    found = _cases(text, deaths.end(), end) if deaths else []
    return [(*each, status, None) for each in found]


# A next sentence that opens on the reviews and the deaths they are of:
# "Investigations into the killings of", "The reviews into the deaths of" (not
# "The deaths of ..." alone, which may follow reviews in general).
THEIR_DEATHS = re.compile(
    r"\s*(?:The\s+|Both\s+)?(?:investigations|reviews|reports|inquiries)\s+(?:into|of)"
    r"\s+the\s+(?:deaths|killings|murders)\s+of\s+",
    re.IGNORECASE,
)


def _cases(
    text: str, at: int, right: int, least: int = 2
) -> list[tuple[str, int, int]]:
    """At least `least` cases listed from `at` (LISTED_CASE joined by BETWEEN), each
    with where it is; none if any is not a person's or a pseudonym."""
    found = []
    while case := LISTED_CASE.match(text, at, right):
        name = case["place"] or case["quoted"] or case["person"] or case.group()
        name = " ".join(name.split())
        if not PSEUDONYM_MATCH.fullmatch(name) and not_a_person(name):
            return []
        if case["first"] and case["first"] not in FIRST_NAMES:
            return []
        found.append((name, case.start(), case.end()))
        gap = BETWEEN.match(text, case.end(), right)
        if not gap:
            break
        at = gap.end()
    return found if len(found) >= least else []


def _own_status(
    text: str, name: str, right: int, shared: str
) -> tuple[str, str | None]:
    """The status the next sentences say of one listed case's review."""
    left, end = right, right
    for _ in range(2):
        left, end = sentence_span(text, end + 1, end + 1)
        if left >= len(text):
            break
        word = re.escape(name.split()[-1])
        if said := re.search(ONE_OF_THEM.format(word), text[left:end]):
            status = status_of(text[left + said.start() : end])
            if status != "unknown":
                return status, " ".join(text[left:end].split())
    return shared, None


def _named_after(text: str, end: int, count: int, counted_status: str) -> Named:
    """The reviews counted, named in the sentences after: "These were the
    investigations into ...", then "The third ... is titled 'Tom and Vic'"; each
    with the status its sentence says, else the one the counting sentence says
    ("Two serious case reviews published this week ... The two cases ...")."""
    named: dict[str, tuple[str, int, int, str, str | None]] = {}
    if LATEST.match(text, end):
        count, opening = 1, LATEST
    else:
        opening = THESE
    while len(named) < count and opening.match(text, end):
        left, end = sentence_span(text, end + 1, end + 1)
        sentence = " ".join(text[left:end].split())
        status = status_of(sentence)
        said_in = sentence if status != "unknown" else None
        status = counted_status if status == "unknown" else status
        for found in SUBJECT.finditer(text, left, end):
            if not found["possessive"] and (name := subject_of(found)):
                said = (name, found.start(), found.end(), status, said_in)
                named.setdefault(name, said)
        opening = ORDINAL
    return list(named.values()) if 0 < len(named) <= count else []
