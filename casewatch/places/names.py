"""Council names as people write them: systematic variants and a normal form.

Documents spell the same council many ways ("Royal Borough of Kingston upon Thames",
"Kingston-upon-Thames Council", "St. Helens", "Telford & Wrekin"); these pure
functions generate the spellings to search for and fold any spelling to one key.
"""

from __future__ import annotations

import re

PREFIXES = (
    "London Borough of ",
    "Royal Borough of ",
    "Metropolitan Borough of ",
    "Borough Council of ",
    "City and County of ",
    "Council of the ",
    "Borough of ",
    "County of ",
    "City of ",
)
SUFFIXES = (
    " Metropolitan Borough Council",
    " Metropolitan District Council",
    " County Borough Council",
    " City and District Council",
    " Borough Council",
    " District Council",
    " County Council",
    " City Council",
    " Corporation",
    " Council",
)
# "City of London Corporation" strips to "London", which names the whole capital.
TOO_GENERAL = frozenset({"London"})
ONS_INVERTED = re.compile(r"^(?P<place>.+), (?P<title>City|County) of$")
JOINING_WORD = re.compile(r" (upon|on|under|in|with) ")
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


def core_name(name: str) -> str:
    """The place in a council's name, without its title: 'Kingston upon Thames'."""
    name = uninverted(name)
    for prefix in PREFIXES:
        if name.startswith(prefix):
            name = name[len(prefix) :]
            break
    for suffix in SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return "" if name in TOO_GENERAL else name


def uninverted(name: str) -> str:
    """ONS writes 'Bristol, City of'; people write 'Bristol'."""
    match = ONS_INVERTED.match(name)
    return match.group("place") if match else name


def spellings(name: str) -> set[str]:
    """Every way of writing `name` with '&'/'and', 'St'/'St.', hyphens and commas."""
    found = {name}
    for vary in (_ampersand, _saint, _hyphens, _commas, _apostrophes):
        found |= {variant for spelling in found for variant in vary(spelling)}
    return found


def normal_form(name: str) -> str:
    """One key for every spelling: lower case, 'and', no dots, commas or hyphens."""
    name = name.translate(APOSTROPHES).casefold().replace("&", " and ")
    name = re.sub(r"[.,]", " ", name).replace("-", " ")
    words = name.split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


def _ampersand(name: str) -> set[str]:
    return {name.replace(" and ", " & "), name.replace(" & ", " and ")}


def _saint(name: str) -> set[str]:
    return {re.sub(r"\bSt\.? ", "St ", name), re.sub(r"\bSt\.? ", "St. ", name)}


def _hyphens(name: str) -> set[str]:
    return {name.replace("-", " "), JOINING_WORD.sub(r"-\1-", name)}


def _commas(name: str) -> set[str]:
    return {name.replace(",", "")}


def _apostrophes(name: str) -> set[str]:
    return {name.replace("'", "\u2019"), name.replace("'", "")}
