"""Review registers: a page's list of reviews under a heading that says so.

A partnership's "Published reviews" page, or the NSPCC's yearly list, names each
review on a line of its own without a review word ("Case of Eleena, March 2018",
"December 2014 - Blackpool - Child BR", "Adult R - published June 2024"). Such a
line counts only below a heading that names reviews, on a page that says which
kind of review it lists; a line like it anywhere else says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from casewatch.places import find_councils

RULE_ID = "case_review.register_entry"

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)"
)


def _date(group: str) -> str:
    """A date as registers write it ("March 2018", "26 January 2021", "2023")."""
    return (
        rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTH}\s+)?(?P<{group}>(?:19|20)\d\d)"
    )


# A review's subject in a register: "Child BR", "Adult A", "Eleena", "'Barry'", "RB".
_NAME = (
    r"(?:Child|Baby|Adult|Family|Children)\s+[A-Z]{1,2}\d?(?:\s*(?:and|&|,)\s*[A-Z]\d?)*"
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
    rf"^[ \t]*(?:Case\s+of\s+(?P<case_of>{_NAME}),\s+{_date('year1')}"
    rf"|{_date('year2')}\s*[\u2013-]?\s*(?P<place>[^\n\u2013]{{2,60}}?)\s+[\u2013-]\s*"
    rf"(?P<listed>{_NAME}|[A-Z][a-z]+(?:\s+[a-z]+){{0,3}})"
    rf"|(?P<titled>{_NAME})\s*[|\u2013-]\s*published\s+{_date('year3')}"
    rf"|(?P<dated>{_NAME})\s+\({_date('year4')}\))[ \t]*$",
    re.MULTILINE,
)


def entries(
    text: str, page_types: Iterable[str]
) -> Iterator[tuple[re.Match[str], dict]]:
    """Each register entry below the first register heading of a page, with the
    fields it states. `page_types` are the review types the page names in full:
    the register lists that type, or `other` when the page names several."""
    heading = HEADING.search(text)
    kinds = set(page_types)
    if not heading or not kinds:
        return
    review_type = kinds.pop() if len(kinds) == 1 else "other"
    published = "published" in heading.group().lower()
    for entry in ENTRY.finditer(text, heading.end()):
        name = next(
            entry[g] for g in ("case_of", "listed", "titled", "dated") if entry[g]
        )
        fields = {"type": review_type, "subject": name.strip("\u2018\u2019'")}
        fields["status"] = "published" if published or entry["titled"] else "unknown"
        fields["year"] = next(
            entry[f"year{n}"] for n in range(1, 5) if entry[f"year{n}"]
        )
        if entry["place"]:
            named = find_councils(entry["place"])
            if len({council.code for council, _, _ in named}) == 1:
                council, start, end = named[0]
                fields["local_authority"] = entry["place"][start:end]
                fields["la_code"] = council.code
        fields["specific"] = "yes"
        yield entry, fields
