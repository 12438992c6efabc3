"""Review registers: a page's list of reviews under a heading that says so.

A partnership's "Published reviews" page, or the NSPCC's yearly list, names each
review on a line of its own without a review word ("Case of Eleena, March 2018",
"Case of Jayne | December 2016", "December 2014 - Blackpool - Child BR", "Adult R -
published June 2024"). Such a line counts only below a heading that names reviews,
on a page that says which kind of review it lists; a line like it anywhere else says
nothing.

Some entries carry their own evidence and need no heading: a line under the
safeguarding board that published it ("Cumbria Safeguarding Adults Board 'Barry' |
published 11 December 2020"), a pseudonym's line followed by "This review ...", an
SCR's, SAR's or DHR's main document ("Adult V Overview Report 04/04/2023"), the
NSPCC repository's anonymised entries ("2023 \u2013 Anonymous \u2013 Child A")
followed by the harm the review looks at, and a list of names each with its kind
of review ("Lucy - SAR Sonia - SAR ... Valerie - DHR/SAR").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from functools import cache, lru_cache
from itertools import pairwise

from casewatch.detectors.base import PAGES_KEPT, Fields, Gated, sentence_span
from casewatch.detectors.council_fields import (
    board_councils,
    council_fields,
    council_named,
)
from casewatch.detectors.review_fields import board_of
from casewatch.detectors.review_lists import listed_entries
from casewatch.detectors.review_rules import REGISTER_KINDS, RULES, kind_at
from casewatch.detectors.review_subjects import FIRST_NAMES, PSEUDONYM, not_a_person
from casewatch.detectors.review_terms import HARM, MONTH, status_of, year_of

RULE_ID = "case_review.register_entry"


def _date(group: str) -> str:
    """A date as registers write it ("March 2018", "26 January 2021", "2023")."""
    return (
        rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTH}\s+)?(?P<{group}>(?:19|20)\d\d)"
    )


# A review's subject in a register: "Child BR", "Adult A", "Eleena", "'Barry'", "RB".
_CODE_NAME = r"(?:Child|Baby|Adult|Family|Children|Mrs|Mr|Ms|Miss)\s+[A-Z]{1,2}\d?"
_NAME = (
    rf"{_CODE_NAME}(?:\s*(?:and|&|,)\s*[A-Z]\d?)*|(?:Child|Baby|Adult)\s+[A-Z][a-z]+"
    r"|[\u2018'][A-Z][a-z]+[\u2019']|[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?|[A-Z]{2,3}"
)
# A heading (a line of its own) that names reviews: "Published reviews", "Case
# reviews published in 2014", "Safeguarding Adults Reviews".
HEADING = re.compile(
    r"^[ \t]*(?:[A-Z][\w\u2019'&-]*[ \t]+(?:[\w\u2019'&-]+[ \t]+){0,5}?)?[Rr]eviews"
    r"(?:[ \t]+published(?:[ \t]+in"
    r"[ \t]+\d{4})?)?[ \t]*$",
    re.MULTILINE,
)
ENTRY = re.compile(
    rf"^[ \t]*(?:Case\s+of\s+(?P<case_of>{_NAME})\s*[,|]\s+{_date('year1')}"
    rf"|{_date('year2')}\s*[\u2013-]?\s*(?P<place>[^\n\u2013]{{2,60}}?)\s+[\u2013-]\s*"
    rf"(?P<listed>{_NAME}|[A-Z][a-z]+(?:\s+[a-z]+){{0,3}})"
    rf"|(?P<titled>{_NAME})\s*[|\u2013-]\s*published\s+{_date('year3')}"
    # ... a pseudonym alone on its line ("Adult A")
    rf"|(?P<bare>{_CODE_NAME})"
    # ... "Anne (2019) - Overview report (PDF, 1MB)": its document, there to open
    # ... or "Baby Eva (published April 2024)"
    rf"|(?P<dated>{_NAME})\s+\((?P<published>[Pp]ublished\s+)?{_date('year4')}\)"
    r"(?P<document>[ \t]*[\u2013-][ \t]*"
    r"(?i:overview\s+report|executive\s+summary|learning\s+brief(?:ing)?"
    r"|(?:full\s+)?report|summary|briefing)\b[^\n]*)?)[ \t]*$",
    re.MULTILINE,
)


def entries(
    text: str, page_types: Iterable[str]
) -> Iterator[tuple[re.Match[str], dict]]:
    """Each register entry below the first register heading of a page, with the
    fields it states. `page_types` are the review types the page names in full:
    the register lists that type, or, when the page names several, the one named
    last before each entry (kind_at)."""
    heading = HEADING.search(text)
    kinds = set(page_types)
    if not heading or not kinds:
        return
    published = "published" in heading.group().lower()
    for entry in ENTRY.finditer(text, heading.end()):
        name = next(
            entry[g]
            for g in ("case_of", "listed", "titled", "dated", "bare")
            if entry[g]
        )
        fields: Fields = {
            "type": kind_at(text, entry.start(), kinds),
            "subject": name.strip("\u2018\u2019'"),
        }
        fields["status"] = (
            "published"
            if published or entry["titled"] or entry["document"] or entry["published"]
            else "unknown"
        )
        fields["year"] = next(
            (entry[f"year{n}"] for n in range(1, 5) if entry[f"year{n}"]), None
        )
        if entry["place"] and (council := council_named(entry["place"])):
            fields.update(council.as_fields())
        fields["specific"] = True
        yield entry, fields


SELF_EVIDENT_IDS = (
    "case_review.board_entry",
    "case_review.overview_report",
    "case_review.anonymous_entry",
    "case_review.typed_entry",
    "case_review.coded_entry",
    "case_review.published_by_entry",
    "case_review.board_beside_entry",
)
DOCUMENT_ID = "case_review.document_entry"
DATED_ID = "case_review.dated_entry"
# A pseudonym and when its review was published, or that it no longer is, on a
# page that names its kind of review: a partnership's table of reviews ("Child G
# Published 14 June 2017", "Young Person A No longer published").
DATED_ENTRIES = 2
DATED_ENTRY = re.compile(
    rf"(?P<name>{PSEUDONYM})\s+(?:Published\s+{_date('year')}"
    r"|(?P<gone>No\s+longer\s+published))"
)
# What a page must hold (lower-cased, lines joined) for such an entry to stand on it.
SELF_EVIDENT_MARKS = (
    "published by",
    "anonymous",
    "overview report",
    "| published",
    "- published",
    "year old",
    # a board beside a name (BOARD_BESIDE_ENTRY)
    "sab;",
    "csp;",
    "scb;",
    "scp;",
    "sab)",
    "csp)",
    "scb)",
    "scp)",
)
_PSEUDONYM = (
    r"(?:Child|Baby|Adult|Family|Children)\s+[A-Z]{1,2}\d?"
    r"(?:\s*(?:and|&|,)\s*[A-Z]{1,2}\d?)*\b"
)
_QUOTED = r"[\u2018'][A-Z][a-z]+[\u2019']"
_PERSON = r"[A-Z][A-Za-z\u2019'-]+(?:\s[A-Z][A-Za-z\u2019'-]*)?"
_PERSONS = rf"{_PERSON}(?:\s(?:and|&)\s{_PERSON})?"
_PUBLISHED = rf"[ \t]*[|\u2013-][ \t]*published[ \t]+{_date('year')}"
# "Surrey Safeguarding Adults Board (SSAB) Louise | published February 2024", the
# board on the line before or the same line; without the board, a pseudonym whose
# line goes on "This review ...".
BOARD_ENTRY = Gated(
    r"^[ \t]*(?:(?P<board>[^\n]*?Safeguarding\s+(?:Adults?|Children(?:.s)?)\s+"
    rf"(?:Board|Partnership)[^\n]*?)\s+(?P<name>{_PSEUDONYM}|{_QUOTED}|{_PERSONS})"
    rf"|(?P<coded>{_PSEUDONYM}|{_QUOTED})){_PUBLISHED}(?P<this>\s+This\s+review\b)?",
    re.MULTILINE,
    needs=("published",),
)
OVERVIEW_REPORT = Gated(
    rf"(?<![\w-])(?P<name>{_PSEUDONYM})\s+[Oo]verview\s+[Rr]eport\b"
    r"(?:[ \t]+(?:\d{1,2}/\d{1,2}/|(?:\d{1,2}\s+)?[A-Z][a-z]+\s+)?"
    r"(?P<year>(?:19|20)\d\d))?",
    needs=("verview",),
)
# An entry at a line's start, or after a space where a page's lines were joined,
# that begins with a capital: looked for first, so a place without one costs one
# test, not a trial of each way in.
_CAPITAL_STARTS = r"(?=[A-Z])(?:^|(?<=\s))"
_KIND = r"SCR|CSPR|LCSPR|SAR|DHR"
_KIND_MARKS = ("SCR", "CSPR", "SAR", "DHR")  # (LCSPR holds CSPR)
# (at a line's start, or after a space where a page's lines were joined)
ANONYMOUS_ENTRY = Gated(
    rf"(?:^|(?<=\s))[ \t]*{_date('year')}[ \t]*[\u2013-][ \t]*Anonymous[ \t]*"
    rf"[\u2013-][ \t]*"
    rf"(?:(?P<kind>{_KIND})|(?P<name>{_PSEUDONYM}|{_QUOTED}|{_PERSONS}"
    r"|[A-Z][a-z]+(?:\s[a-z]+){1,3}))(?=[ \t]*\n|[ \t]+[A-Z])",
    re.MULTILINE,
    needs=("Anonymous",),
)
# How far after an anonymised entry's subject its description is read for harm.
DESCRIPTION_REACH = 200
# A name and its kind of review, in a list of them (at a line's start, or after a
# space where the lines were joined): "Lucy - SAR", "Miss J - SAR", "Valerie -
# DHR/SAR" (a review of each kind). One alone may be a heading ("Essex - SAR") or
# an acronym spelled out ("Subject Access Request - SAR"): an entry counts with
# another within LIST_GAP characters of it.
TYPED_ENTRY = Gated(
    rf"{_CAPITAL_STARTS}(?P<name>{_PSEUDONYM}"
    rf"|(?:Miss|Mrs|Mr|Ms)\s+[A-Z]{{1,2}}\b"
    rf"|[A-Z][a-z]+)[ \t]+[\u2013-][ \t]+(?P<kinds>(?:{_KIND})(?:/(?:{_KIND}))*)"
    r"(?![\w/])",
    re.MULTILINE,
    needs=_KIND_MARKS,
)
LIST_GAP = 60
# A review's code of its kind and number, listed with its documents (at a line's
# start, or after a space where the lines were joined): "DHR01 - executive summary
# and DHR01 - action plan (October 2015)", "SAR 3 - overview report", "Sefton DHR9 -
# Executive Summary (pdf 460KB)", "Sefton DHR10 - Learning for Publication".
CODED_ENTRY = Gated(
    # (its kind's first letter looked for first, as _CAPITAL_STARTS)
    rf"(?=[SCLD])(?<![\w-])(?P<name>(?P<kind>{_KIND})[ \t]?-?\d{{1,3}})"
    r"[ \t]*[\u2013-][ \t]*"
    r"(?i:executive\s+summary|overview\s+report|action\s+plan|final\s+report"
    r"|full\s+report|learning\s+brief(?:ing)?|learning\s+(?:for\s+publication|summary)"
    r"|(?:seven|7)\s?-?\s?minute\s+briefing|easy\s+read)\b"
    r"(?:[^()\n]{0,60}?\((?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d)\))?",
    needs=_KIND_MARKS,
)


_FIRST = r"[A-Z][a-z\u2019'-]+"
# A library's line: the people a review is of, published by a board named with its
# place ("Damien published by Somerset SAB", "Joanna, Jon and Ben published by
# Norfolk SAB").
PUBLISHED_BY_ENTRY = Gated(
    rf"{_CAPITAL_STARTS}"
    rf"(?P<name>{_FIRST}(?:,\s{_FIRST})*(?:,?\s(?:and|&)\s{_FIRST})?)"
    r"\s+published\s+by\s+(?P<board>(?:[A-Z][\w&'-]*\s+){1,4}?"
    r"(?:(?P<adults>SAB|Safeguarding\s+Adults\s+Board)|(?P<csp>CSP)|L?SC[BP])\b)",
    needs=("published",),
)


# A review listed with the board that holds it beside its name, then a dash and what
# it is about: "Kingston SAB; Ella \u2013 themes around Fabricated or Induced
# Illness", "CHILD C (CUMBRIA LSCB) \u2013 Child C was a few weeks old".
def _board_short(prefix: str) -> str:
    return (
        rf"(?:[A-Z][\w&'-]*\s+){{1,3}}?(?:(?P<{prefix}adults>SAB)"
        rf"|(?P<{prefix}csp>CSP)|L?SC[BP])\b"
    )


# (a code in brackets, not a person: minutes list "Jane Smith (Kent SAB) - Chair";
# and never a role after the dash)
_LISTED_CODE = rf"{_PSEUDONYM}|CHILD\s+[A-Z]{{1,2}}\b|[A-Z]{{2}}\d{{2}}"
BOARD_BESIDE_ENTRY = Gated(
    rf"{_CAPITAL_STARTS}(?:(?P<board>{_board_short('')})\s*;\s*"
    rf"(?P<name>{_LISTED_CODE}|{_PERSONS})"
    rf"|(?P<named>{_LISTED_CODE})\s*\((?P<named_board>{_board_short('named_')})\))"
    r"[ \t]*[\u2013-][ \t]"
    r"(?!(?:[\w-]+\s+){0,2}(?i:chair|manager|lead|officer|member|director|head)\b)",
    needs=("SAB", "CSP", "SCB", "SCP"),
)


# A named review's document, listed to open: "Deborah SAR 7minute Briefing", "Ms
# Bubbles SAR Executive Summary", "Child K LCSPR Overview Report" (a name alone is
# a first name's, not a place's: "Bromley SAR Executive Summary"), on a page that
# holds one of DOCUMENT_MARKS.
DOCUMENT_MARKS = ("executive summary", "minute briefing", "easy read", "learning brief")
DOCUMENT_ENTRY = re.compile(
    rf"(?<![\w-])(?P<name>{_PSEUDONYM}|(?:Miss|Mrs|Mr|Ms)\s+[A-Z][a-z]+"
    rf"|(?P<first>[A-Z][a-z]+))\s+(?P<kind>{_KIND})\s+"
    r"(?i:executive\s+summary|(?:seven|7)\s?-?\s?minute\s+briefing|overview\s+report"
    r"|easy\s+read|learning\s+brief(?:ing)?|(?:final|full)\s+report)\b"
)


def self_evident_entries(
    text: str, low: str
) -> Iterator[tuple[str, re.Match[str], dict]]:
    """Entries anywhere on a page that carry their own evidence of being a review,
    each with its rule id and the fields it states (a coded entry's documents,
    listed to open, are published). The type is the one the entry says (an adults'
    board or "Adult X" means a SAR, "DHR" a DHR), else the one type the page names
    in full, else `other`."""
    yield from _self_evident_entries(text, lambda: page_kind(text, low))


def page_kind(text: str, low: str) -> str:
    """The one kind of review a page names in full, else `other`."""
    return _one_kind(page_kinds(text, low))


def _one_kind(kinds: AbstractSet[str]) -> str:
    return next(iter(kinds)) if len(kinds) == 1 else "other"


def _self_evident_entries(
    text: str, kind_of_page: Callable[[], str]
) -> Iterator[tuple[str, re.Match[str], dict]]:
    kind_of_page = cache(kind_of_page)  # searched once, if an entry is found
    for entry in BOARD_ENTRY.finditer(text):
        if not (entry["board"] or entry["this"]):
            continue
        name = entry["name"] or entry["coded"]
        fields = _entry_fields(name, kind_of_page(), entry["year"], "published")
        if board := entry["board"]:
            fields["board"] = " ".join(board.split())
            if re.search(r"Safeguarding\s+Adults?", board):
                fields["type"] = "SAR"
        yield SELF_EVIDENT_IDS[0], entry, fields
    for entry in OVERVIEW_REPORT.finditer(text):
        fields = _entry_fields(entry["name"], kind_of_page(), entry["year"], "unknown")
        yield SELF_EVIDENT_IDS[1], entry, fields
    for entry in ANONYMOUS_ENTRY.finditer(text):
        if not HARM.search(text, entry.end(), entry.end() + DESCRIPTION_REACH):
            continue
        fields = _entry_fields(
            entry["name"], kind_of_page(), entry["year"], "published"
        )
        if entry["kind"]:
            fields["type"] = entry["kind"]
        yield SELF_EVIDENT_IDS[2], entry, fields
    for entry in _listed(
        [e for e in TYPED_ENTRY.finditer(text) if not not_a_person(e["name"])]
    ):
        # what the rest of its line says ("Child K \u2013 LCSPR, published May 2022")
        line = text[entry.end() : entry.end() + LIST_GAP].split("\n")[0]
        status = status_of(line)
        for kind in entry["kinds"].split("/"):
            fields = _entry_fields(entry["name"], kind, year_of(line, status), status)
            yield SELF_EVIDENT_IDS[3], entry, {**fields, "type": kind}
    for entry in CODED_ENTRY.finditer(text):
        fields = _entry_fields(entry["name"], entry["kind"], entry["year"], "published")
        yield SELF_EVIDENT_IDS[4], entry, {**fields, "type": entry["kind"]}
    for entry in PUBLISHED_BY_ENTRY.finditer(text):
        if not_a_person(entry["name"]):
            continue
        kind = "SAR" if entry["adults"] else "DHR" if entry["csp"] else kind_of_page()
        fields = _entry_fields(entry["name"], kind, None, "published")
        fields["board"] = " ".join(entry["board"].split())
        yield SELF_EVIDENT_IDS[5], entry, {**fields, "type": kind}
    for entry, fields in _board_beside_entries(text, kind_of_page):
        yield SELF_EVIDENT_IDS[6], entry, fields


def _board_beside_entries(
    text: str, kind_of_page: Callable[[], str]
) -> Iterator[tuple[re.Match[str], dict]]:
    for entry in BOARD_BESIDE_ENTRY.finditer(text):
        name = entry["name"] or entry["named"]
        if not_a_person(name.title()):
            continue
        adults = entry["adults"] or entry["named_adults"]
        csp = entry["csp"] or entry["named_csp"]
        kind = "SAR" if adults else "DHR" if csp else kind_of_page()
        subject = name.title() if name.isupper() and " " in name else name
        fields = _entry_fields(subject, kind, None, "unknown")
        board = entry["board"] or entry["named_board"]
        fields["board"] = " ".join(board.split())
        yield entry, {**fields, "type": kind}


def _listed(found: list[re.Match[str]]) -> list[re.Match[str]]:
    """The entries with another close before or after them."""
    gaps = [later.start() - earlier.end() for earlier, later in pairwise(found)]
    return [
        entry
        for index, entry in enumerate(found)
        if (index and gaps[index - 1] <= LIST_GAP)
        or (index < len(gaps) and gaps[index] <= LIST_GAP)
    ]


def _entry_fields(
    name: str | None, page_type: str, year: str | None, status: str
) -> Fields:
    fields: Fields = {"type": page_type, "status": status, "specific": True}
    if name:
        fields["subject"] = " ".join(name.split()).strip("\u2018\u2019'")
        if fields["subject"].startswith("Adult "):
            fields["type"] = "SAR"
    if year:
        fields["year"] = year
    return fields


Found = tuple[str, int, int, Fields]


def register_entries(
    text: str, low: str, names_one: bool, lists_one: bool
) -> Iterator[Found]:
    """The reviews a register lists under its heading, of the kind the page names
    in full, and the entries elsewhere that show themselves reviews; each with the
    board its sentence names, else the page's one board that holds its kind."""
    for rule_id, start, end, fields in _register_entries(
        text, low, names_one, lists_one
    ):
        if "board" not in fields:
            left, right = sentence_span(text, start, end)
            if board := board_of(text, left, right, str(fields["type"])):
                fields["board"] = board
        yield rule_id, start, end, fields


def _register_entries(
    text: str, low: str, names_one: bool, lists_one: bool
) -> Iterator[Found]:
    listed: dict[int, tuple[re.Match[str], Fields]] = {}
    if names_one and HEADING.search(text):
        kinds = page_kinds(text, low)
        listed = {
            entry.start(): (entry, fields) for entry, fields in entries(text, kinds)
        }
    # A register whose entries name their own places is a national list: an entry
    # that names none is no council's of the page.
    national = any(fields.get("la_codes") for _, fields in listed.values())
    for entry, fields in listed.values():
        _place(text, entry, fields, national)
        yield RULE_ID, entry.start(), entry.end(), fields
    if names_one and "published" in low:
        yield from _dated_entries(text, low, set(listed))
    if names_one or _ages_people(low):
        kinds = page_kinds(text, low) if names_one else frozenset()
        for found in listed_entries(text, kinds):
            if found[1] not in listed:
                yield found
    if names_one and any(mark in low for mark in DOCUMENT_MARKS):
        for entry, fields in _document_entries(text, set(listed)):
            _place(text, entry, fields, national)
            yield DOCUMENT_ID, entry.start(), entry.end(), fields
    if not lists_one:
        return
    for rule_id, entry, fields in self_evident_entries(text, low):
        if entry.start() in listed:
            continue
        if (board := fields.get("board")) and (council := board_councils(board)):
            fields.update(council.as_fields())
        _place(text, entry, fields, national or rule_id == SELF_EVIDENT_IDS[2])
        yield rule_id, entry.start(), entry.end(), fields


def _document_entries(
    text: str, listed: set[int]
) -> Iterator[tuple[re.Match[str], Fields]]:
    """Each named review's document listed to open (DOCUMENT_ENTRY): published."""
    for entry in DOCUMENT_ENTRY.finditer(text):
        if entry.start() in listed or (
            entry["first"] and entry["first"] not in FIRST_NAMES
        ):
            continue
        fields = _entry_fields(entry["name"], entry["kind"], None, "published")
        yield entry, {**fields, "type": entry["kind"]}


def _ages_people(low: str) -> bool:
    """Whether a page without a review's name may list reviews by the people
    they look at ("John (January 2024) ... John was a 54 year old ...")."""
    return "year old" in low and "review" in low


def _dated_entries(text: str, low: str, listed: set[int]) -> Iterator[Found]:
    """Each pseudonym with its publication, of the one kind of review the page
    names in full, on a page that lists several: one such line is a document's
    title ("Response to the Serious Case Review: Child R Published July 2015")."""
    found = [
        entry for entry in DATED_ENTRY.finditer(text) if entry.start() not in listed
    ]
    kinds = page_kinds(text, low) if len(found) >= DATED_ENTRIES else frozenset()
    for entry in found if len(kinds) == 1 else ():
        status = "unpublished" if entry["gone"] else "published"
        fields = _entry_fields(entry["name"], _one_kind(kinds), entry["year"], status)
        _place(text, entry, fields, national=False)
        yield DATED_ID, entry.start(), entry.end(), fields


def _place(text: str, entry: re.Match[str], fields: Fields, national: bool) -> None:
    """An entry's council, when it names none, from what its page says."""
    if fields.get("la_codes") or national:
        return
    if council := council_fields(text, entry.start(), entry.end()):
        fields.update(council.as_fields())


@lru_cache(maxsize=PAGES_KEPT)  # (asked of a page by its register rules and more)
def page_kinds(text: str, low: str) -> frozenset[str]:
    """The kinds of review a page names in full."""
    return frozenset(
        rule.review_type
        for rule in RULES
        if rule.id in REGISTER_KINDS
        and rule.may_match(text, low)
        and rule.pattern.search(text)
    )
