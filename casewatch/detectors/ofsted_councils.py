"""Which council a judgement is of, from the text that states it and never from
outside it: a council its sentence names, else the only one its page names
("Lambeth Council, which had been given Ofsted's lowest judgment in 2015, is now
rated ..."; "Children's services in Suffolk are now rated 'good' ... In its last
inspection, in 2015, the council was judged as 'good'"), else the one its page
names nearest before it.

A place in another body's name is not that body's council ("Kent Police", "NHS
Medway CCG"), and a board or partnership of several councils ("the City and
Hackney Safeguarding Children Board") names none of them alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from casewatch.detectors.council_fields import COUNCIL_WORD
from casewatch.detectors.ofsted_terms import ATTRIBUTIVE, written
from casewatch.places import Council, council_for, find_councils
from casewatch.places.mentions import NOT_ALONE

Found = tuple[Council, int, int]

# A place that starts another body's name.
OTHER_BODY = re.compile(
    r"(?:\s*(?:,|and|&)?\s*[A-Z][\w'-]*){0,3}?\s+(?:Police|Constabulary|CCG|NHS|Fire\b"
    r"|Healthcare|Hospitals?|Community\s+Rehabilitation|Integrated\s+Care"
    r"|Clinical\s+Commissioning|Health(?:\s+and\s+Care)?\s+(?:Trust|Partnership)"
    r"|University|College|School|Academy|Mental\s+Health"
    # a court ("nine men were jailed at Liverpool Crown Court")
    r"|(?:Crown|Magistrates.?|County|Family|Youth)\s+Court)\b"
)
NHS_BEFORE = re.compile(r"\bNHS\s+$")
WHERE = re.compile(r"\s+in\s+")
CAPITALS = re.compile(r"\b[A-Z]{4,}\b")
SERVICES_OF = re.compile(
    rf"\b({'|'.join(sorted(NOT_ALONE))})(?:[\u2019']s)?\s+children[\u2019']s\s+"
    r"(?:social\s+care|services)"
    # ... or after them: "children's services in Reading and Slough", "the
    # inspection of Children's Services in Bury"
    rf"|(?i:children[\u2019']s\s+(?:social\s+care|services)\s+in)\s+"
    rf"({'|'.join(sorted(NOT_ALONE))})\b"
)
# What joins councils listed, past when each was judged: "Lambeth last Tuesday and
# Cumbria last Wednesday".
LISTED = re.compile(
    r"(?:\s+(?:last|on|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|week|month|year)|\s+in\s+(?:19|20)\d\d)?"
    r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)"
)
# A board or partnership named after two places: "City and Hackney Safeguarding
# Children Board", "Kingston and Richmond LSCB".
JOINT_NAME = re.compile(
    r"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+(?:and|&)\s+[A-Z][\w'-]*"
    r"(?:\s+[A-Z][\w'-]*)*?\s+(?:Local\s+)?(?:Safeguarding|L?SC[BP]s?|SAB)\b"
)
RESPECTIVELY = re.compile(r"\W*respectively\b", re.IGNORECASE)
# How far before a sentence the nearest council named on a page naming several
# is still its subject.
NEAREST_REACH = 600
PAGES_KEPT = 16


def councils_named(words: str) -> list[Found]:
    """The councils the words name as councils, in order; a county that says
    where the council before it is ("St Helens in Lancashire") is not one. A name
    the register never matches alone ("Reading") counts where its children's
    services are its own ("Reading's children's services", "Westminster children's
    services", "children's services in Reading")."""
    joint = [name.span() for name in JOINT_NAME.finditer(words)]
    found = sorted(
        find_councils(words) + _in_capitals(words) + _services_of_a_word(words),
        key=_start,
    )
    return [
        council
        for index, council in enumerate(found)
        if not _other_body(words, council)
        and not any(start <= council[1] < end for start, end in joint)
        and not (index and WHERE.fullmatch(words, found[index - 1][2], council[1]))
    ]


def _start(found: Found) -> int:
    return found[1]


def _in_capitals(words: str) -> list[Found]:
    """Councils a news story's opening names in capitals ("WORCESTERSHIRE'S
    Children Services"), which the register matches only as written."""
    if not CAPITALS.search(words):
        return []
    titled = CAPITALS.sub(lambda word: word[0].capitalize(), words)
    return [
        found
        for found in find_councils(titled)
        if CAPITALS.fullmatch(words, found[1], found[2])
    ]


def _services_of_a_word(words: str) -> list[Found]:
    """Councils whose bare names are everyday words, where their children's
    services are named as theirs."""
    return [
        (council, named.start(group), named.end(group))
        for named in SERVICES_OF.finditer(words)
        for group in (1, 2)
        if named[group] and (council := council_for(named[group]))
    ]


def _other_body(words: str, council: Found) -> bool:
    _, start, end = council
    return bool(
        OTHER_BODY.match(words, end, end + 80)
        or NHS_BEFORE.search(words, max(0, start - 5), start)
    )


def council_on_page(text: str, offset: int) -> str | None:
    """The council, as written, of a sentence at text[offset:] that names none:
    the only one the page names, else the nearest named before the sentence that
    runs children's services, else the only one the page names as a council ("the
    last full inspection of children's services in Derbyshire", not "left to take
    over at Rotherham")."""
    named = _page_councils(text)
    if len({council.code for council, _, _ in named}) == 1:
        return written(text, named[0])
    # (a district's place is where something happened: Ofsted judges no district's
    # children's services)
    before = [
        found
        for found in named
        if offset - NEAREST_REACH <= found[2] <= offset and found[0].children_services
    ]
    if before:
        return written(text, before[-1])
    as_councils = [found for found in named if _as_a_council(text, found)]
    if len({council.code for council, _, _ in as_councils}) == 1:
        return written(text, as_councils[0])
    return None


# Children's services named as a place's: "children's services in Derbyshire".
SERVICES_IN = re.compile(
    r"children[\u2019']s\s+(?:social\s+care|services)\s+in\s+$", re.IGNORECASE
)


def _as_a_council(text: str, found: Found) -> bool:
    """Is a place named as a council, or as where children's services are?"""
    _, start, end = found
    return bool(
        text[start:end].endswith("Council")
        or COUNCIL_WORD.match(text, end)
        or SERVICES_IN.search(text, max(0, start - 40), start)
    )


def council_introduced(text: str, end: int) -> str | None:
    """The council, as written, a story names as a council after a sentence (ending
    at `end`) that spoke of "a council": "a council where Ofsted recently rated
    children's services as "inadequate". ... control of children's social care at
    Reading Borough Council"."""
    after = text[end : end + NEAREST_REACH]
    for council in councils_named(after):
        _, name_start, name_end = council
        if after[name_start:name_end].endswith("Council") or COUNCIL_WORD.match(
            after, name_end
        ):
            return written(after, council)
    return None


@lru_cache(maxsize=256)  # asked for every judgement: a report's table repeats one
def runs_childrens_services(written: str) -> bool:
    """Could a judgement of children's services be of the council written so? Not
    of a district's ("A Cambridge primary school ... restored its original rating
    of 'good'", "children's services at Alexandra Hospital in Redditch"): Ofsted
    judges a county's, a unitary's or a borough's."""
    council = council_for(written)
    return council is None or council.children_services


@lru_cache(maxsize=PAGES_KEPT)
def _page_councils(text: str) -> list[Found]:
    """The councils a page names: worked out once for all its sentences."""
    return councils_named(text)


def councils_of_grade(
    words: str, grades: list[re.Match[str]], index: int, councils: list[Found]
) -> list[Found]:
    """The councils a grade belongs to: those named since the previous grade, else
    the previous grade's ("Essex and Cambridgeshire, who had previously been judged
    inadequate, have now been judged to be good"), else the first one after it
    with those listed with it ("with an outstanding rating, six - Dorset, Durham,
    ... and York - improved");
    grades given "respectively" go one to each council named before them, in order
    ("Halton and Hull, which were previously rated as "good" and "adequate"
    respectively"); a grade written before councils is theirs ("good-rated
    Gateshead and Bromley")."""
    listed = [c for c in councils if c[1] < grades[0].start()]
    if len(listed) == len(grades) > 1 and RESPECTIVELY.match(words, grades[-1].end()):
        return [listed[index]]
    if attributed := ATTRIBUTIVE.match(words, grades[index].end()):
        return _list_from(words, attributed.end(), councils)
    for earlier in range(index, -1, -1):
        start = grades[earlier - 1].end() if earlier else 0
        if since := [c for c in councils if start <= c[1] < grades[earlier].start()]:
            return _of_the_clause(words, since, grades[earlier].start())
    after = [c for c in councils if c[1] >= grades[index].end()]
    return _list_from(words, after[0][1], councils) if after else councils[:1]


# A grade in a clause about the council just before it: "... with neighbouring
# Richmond, which has long been rated 'good'".
ITS_CLAUSE = re.compile(r"\s*,\s*(?:which|who)\b[^,.;]*$")


def _of_the_clause(words: str, councils: list[Found], grade: int) -> list[Found]:
    """The councils a grade in a "which" clause belongs to: the one it is about and
    those listed with it ("Essex and Cambridgeshire, who had previously been
    judged inadequate"), not those named before them ("Kingston, which established
    the firm ... with neighbouring Richmond, which has long been rated 'good'")."""
    last = councils[-1]
    if not ITS_CLAUSE.match(words, last[2], grade):
        return councils
    listed = [last]
    for before in reversed(councils[:-1]):
        if not LISTED.fullmatch(words, before[2], listed[0][1]):
            break
        listed.insert(0, before)
    return listed


def _list_from(words: str, start: int, councils: list[Found]) -> list[Found]:
    """The councils listed from words[start:], joined by commas and "and"."""
    listed: list[Found] = []
    for council in councils:
        if council[1] == start:
            listed.append(council)
            if joined := LISTED.match(words, council[2]):
                start = joined.end()
    return listed
