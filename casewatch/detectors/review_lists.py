"""Lists of reviews whose entries hold no review word: a run of entries of one
shape, on a page that names the kind of review it lists.

The NSPCC repository's yearly pages ("December 2013 - Derbyshire - BDS12"), a
council's DHR documents ("Case Diana/2020"), a board's case codes ("Case GN13:")
and a partnership's reviews by pseudonym and date ("John (January 2024)" with "John
was a 54 year old ..." below). Pages give each entry a line of its own; text that
lost its line breaks runs them together, so an entry counts only as one of a run of
at least two of the same shape (a council's name in each dated entry), or, for a
pseudonym's entry, when the lines below go on about the person's age.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet

from casewatch.detectors.base import Fields, Gated, sentence_span
from casewatch.detectors.council_fields import council_fields, council_named
from casewatch.detectors.review_rules import kind_at
from casewatch.detectors.review_subjects import FIRST_NAMES, PERSON, not_a_person
from casewatch.detectors.review_terms import MONTH, reports_below_end, status_of

_YEAR = r"(?:19|20)\d\d"
# An entry's subject: a pseudonym ("Child G") or a case code ("BDS12"), followed
# by its line's end or (lines joined) the next capitalised word; a first name only
# at its line's end ("Meetings: May 2023 - Derby - Planning Committee" is no entry).
_CODED = r"(?:Child|Baby|Adult|Family)\s[A-Z]{1,2}\d{0,2}|[A-Z]{2,4}\d{1,3}"
_LINE_END = r"[ \t]*(?:\n|$)"
_SUBJECT = (
    rf"(?:{_CODED})(?![\w/])(?={_LINE_END}|\s+[A-Z(\[])|[A-Z][a-z]{{2,}}(?={_LINE_END})"
)
# (Each pattern opens by looking ahead at the first character its match can have,
# which a regular expression finds many times faster than trying each place.)
SHAPES = {
    # "December 2013 - Derbyshire - BDS12"
    "dated": re.compile(
        rf"(?=[A-Z0-9])(?:(?<=\s)|^)(?:{MONTH}\s+)?(?P<year>{_YEAR})\s*[\u2013-]\s*"
        rf"(?P<place>[A-Z][\w&'\u2019]*(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w'\u2019]*){{0,3}})"
        rf"\s*[\u2013-]\s*(?P<name>{_SUBJECT})",
        re.MULTILINE,
    ),
    # "Joanna (2019) Ben (2020)", "Joanna - March 2019 Ben - June 2020", "'Joanna'
    # published March 2019": a first name (FIRST_NAMES) or a code and its date, not
    # after words that make it an author cited (NOT_AFTER: "research by Taylor
    # (2019) and Morgan (2020)", "Taylor (2019), Morgan (2020)")
    "named": re.compile(
        rf"(?=[A-Z\u2018'\"])[\u2018'\"]?(?P<name>{_CODED}|[A-Z][a-z]{{2,}})[\u2019'\"]?"
        rf"\s*(?:\((?:{MONTH}\s+)?(?P<year>{_YEAR})\)|[\u2013|-]\s+(?:published\s+)?"
        rf"(?:{MONTH}\s+)?(?P<dashed>{_YEAR})|published\s+(?:{MONTH}\s+)?(?P<said>{_YEAR}))"
        r"(?![\w/,-])",
        re.MULTILINE,
    ),
    # "Anne Overview Report (PDF, 500KB) Ben Overview Report", "'Anne' Executive
    # Summary", "Anne: overview report and action plan": a first name or a code and
    # its document, listed to open (published)
    "documented": re.compile(
        rf"(?=[A-Z\u2018'\"])[\u2018'\"]?(?P<name>{_CODED}|[A-Z][a-z]{{2,}})[\u2019'\"]?"
        r"\s*[:\u2013-]?\s*(?P<document>(?i:overview\s+report|executive\s+summary"
        r"|learning\s+brief(?:ing)?|7[\s-]?minute\s+briefing))\b",
        re.MULTILINE,
    ),
    # "Joanna: a woman with learning disabilities who died ...", "2023 Joanna -
    # learning from the death of a woman with dementia": a first name or a code and
    # who the person was, or its year before it
    "described": re.compile(
        rf"(?=[A-Z0-9\u2018'\"])(?:(?P<year>{_YEAR})\s+)?[\u2018'\"]?(?P<name>{_CODED}"
        r"|[A-Z][a-z]{2,})[\u2019'\"]?\s*[:\u2013-]\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,4}?"
        rf"(?:{PERSON}|death|died|killed|murder)\b",
    ),
    # "Case Diana/2020", "Case GN13:"
    "case": re.compile(
        rf"(?=C)(?:(?<=\s)|^)Case\s+(?P<name>[A-Z][a-z]{{2,}}|[A-Z]{{1,3}}\d{{1,3}})"
        rf"(?:/(?P<year>{_YEAR})|:)(?!\S)",
        re.MULTILINE,
    ),
}
# The shapes whose single-word names must be first names, told from authors cited.
FIRST_NAMED = (SHAPES["named"], SHAPES["documented"], SHAPES["described"])
# First names alone, one after another, right after a heading that names reviews in
# the plural, lines kept or joined ("Domestic Homicide Reviews Rosie Deborah", a
# page's link titles): at least two, each a first name (FIRST_NAMES).
NAMES_UNDER = re.compile(
    r"(?=[RSDCL])(?:Reviews|SARs|DHRs|SCRs|L?CSPRs)[ \t]*(?:\n\s*|:\s*|[ \t]+)"
    r"(?P<names>[A-Z][a-z]{2,}"
    r"(?:(?:[ \t]*\n\s*|,?[ \t]+(?:and[ \t]+)?)[A-Z][a-z]{2,})+)"
)
NAME_IN_RUN = re.compile(r"(?P<name>[A-Z][a-z]{2,})")
# What a first name's entry stands after: a space or the page's start, but not a
# word that makes it an author cited or a name in a sentence.
# (\Z, not $, which also holds before a line's end: "Reviews\nJoanna" is an entry.)
NOT_AFTER = re.compile(r"(?:\b(?:by|see|of|in)|(?<!\)\s)\band|&|,)\s\Z|\S\Z")
# The groups an entry's year may be in.
YEARS = ("year", "dashed", "said")
# How far apart two entries of one run may be (an entry's description between).
RUN_GAP = 400
# "John (January 2024)", whose lines go on "John was a 54 year old ...".
DATED_PERSON = re.compile(
    rf"(?=[A-Z])(?:(?<=\s)|^)(?P<name>[A-Z][a-z]{{2,}})\s+\((?:{MONTH}\s+)?(?P<year>{_YEAR})\)"
)
AGED = r"\s+was\s+an?\s+\d{1,3}[\s-]+year[\s-]+old\b"
AGE_REACH = 400
# A register's heading that says its reviews are published: "Published Safeguarding
# Adults Reviews", "Published DHRs", "Case reviews published in 2013".
PUBLISHED_LIST = Gated(
    r"\bPublished(?:\s+[A-Z][\w-]*){0,4}\s+(?:[Rr]eviews|SCRs|SARs|DHRs|L?CSPRs)\b"
    r"|\b[Rr]eviews\s+published\s+in\s+(?:19|20)\d\d\b"
    # "The Board has published the following reviews."
    r"|\bpublished\s+the\s+following\s+(?:[\w-]+\s+){0,3}?"
    r"(?:[Rr]eviews|SCRs|SARs|DHRs)\b",
    needs=("ublished",),
)

Found = tuple[str, int, int, Fields]
RULE_ID = "case_review.listed_entry"


def listed_entries(text: str, kinds: AbstractSet[str]) -> Iterator[Found]:
    """The entries of each run of entries of one shape on a page that names the
    kinds of review it lists, and the pseudonyms with a date whose lines go on
    about them, each of the kind its heading names (kind_at)."""
    published_from = _published_from(text)
    for shape, pattern in SHAPES.items() if kinds else ():
        entries = [entry for entry in pattern.finditer(text) if _named(entry)]
        run = _runs(entries)
        for entry, after in zip(run, [*run[1:], None], strict=False):
            if shape == "dated" and not council_named(entry["place"]):
                continue
            # what the entry's own words say of it, up to the next entry ("Charlotte
            # (2015) - The Safer Hillingdon Partnership has published the overview
            # report ...")
            end = sentence_span(text, entry.start(), entry.end())[1]
            said = status_of(
                text[entry.start() : min(end, after.start() if after else end)]
            )
            kind = kind_at(text, entry.start(), kinds)
            yield _found(text, entry, kind, published_from, said)
    for heading in NAMES_UNDER.finditer(text) if kinds else ():
        names = []
        for name in NAME_IN_RUN.finditer(text, heading.start("names"), heading.end()):
            if name.group() not in FIRST_NAMES or not_a_person(name.group()):
                break
            names.append(name)
        if len(names) >= 2:
            for name in names:
                kind = kind_at(text, name.start(), kinds)
                yield _found(text, name, kind, published_from)
    for entry in DATED_PERSON.finditer(text):
        aged = re.compile(re.escape(entry["name"]) + AGED)
        if _named(entry) and aged.search(text, entry.end(), entry.end() + AGE_REACH):
            kind = kind_at(text, entry.start(), kinds)
            yield _found(text, entry, kind, published_from)


def published_lines(text: str) -> list[tuple[int, int]]:
    """The lines of link titles under each heading that says its reviews are
    published ("Published SARs\n- Briefing note \u2013 SAR Joseph\n- SAR \u2013
    Hazel"): up to the first line of prose, longer than LIST_LINE."""
    spans = []
    for heading in PUBLISHED_LIST.finditer(text):
        start = end = text.find("\n", heading.end())
        while 0 <= end < len(text):
            following = text.find("\n", end + 1)
            following = len(text) if following < 0 else following
            if following - end > LIST_LINE:
                break
            end = following
        if start >= 0 and end > start:
            spans.append((start, end))
    return spans


# The longest line a list of link titles holds.
LIST_LINE = 100


def _published_from(text: str) -> int:
    """Where the page first says the reviews it lists after are published: a
    register's heading ("Published Safeguarding Adults Reviews") or a word about
    the reports below ("Copies of all these reports can be downloaded below")."""
    heading = PUBLISHED_LIST.search(text)
    ends = [heading.end() if heading else None, reports_below_end(text)]
    return min((end for end in ends if end is not None), default=len(text) + 1)


# A list of reviews still under way, after a page's published ones: "Current
# reviews", "Reviews in progress", "Ongoing SARs".
UNDER_WAY_LIST = re.compile(
    r"\b(?:current|ongoing|on-going|open)\s+(?:[\w-]+\s+){0,3}?(?:reviews|SCRs|SARs"
    r"|DHRs|L?CSPRs)\b|\b(?:reviews|SCRs|SARs|DHRs|L?CSPRs)\s+(?:currently\s+)?"
    r"(?:in\s+progress|under\s*way|being\s+(?:undertaken|carried\s+out))\b",
    re.IGNORECASE,
)


def published_region(text: str) -> tuple[int, int] | None:
    """The part of a page that lists published reviews: from where it first says
    the reviews after are published up to a list of reviews under way."""
    start = _published_from(text)
    if start > len(text):
        return None
    under_way = UNDER_WAY_LIST.search(text, start)
    return start, under_way.start() if under_way else len(text)


def _named(entry: re.Match[str]) -> bool:
    """Whether an entry's subject is a person's name or code, not a word of a
    title ("Serious Case Review: ...") or a place; a name alone and its date must
    be a first name's ("Taylor (2019)" may be an author's)."""
    name = entry["name"]
    if not_a_person(name):
        return False
    if entry.re not in FIRST_NAMED:
        return True
    if NOT_AFTER.search(entry.string, max(0, entry.start() - 8), entry.start()):
        return False
    return " " in name or name in FIRST_NAMES


def _runs(found: list[re.Match[str]]) -> list[re.Match[str]]:
    """The entries that stand in a run of two or more, each within RUN_GAP
    characters of the next."""
    return [
        entry
        for index, entry in enumerate(found)
        if any(
            0 < abs(other.start() - entry.start()) <= RUN_GAP
            for other in found[max(0, index - 1) : index + 2]
        )
    ]


def _found(
    text: str,
    entry: re.Match[str],
    review_type: str,
    published_from: int,
    said: str = "unknown",
) -> Found:
    fields: Fields = {"type": review_type, "subject": entry["name"], "specific": True}
    published = (
        entry.start() >= published_from
        or "published" in entry.group()
        or "document" in entry.re.groupindex
    )
    fields["status"] = "published" if published else said
    if year := next(
        (entry[g] for g in YEARS if entry.re.groupindex.get(g) and entry[g]), None
    ):
        fields["year"] = year
    place = "place" in entry.re.groupindex and council_named(entry["place"])
    council = place or council_fields(text, entry.start(), entry.end())
    if council:
        fields.update(council.as_fields())
    return RULE_ID, entry.start(), entry.end(), fields
