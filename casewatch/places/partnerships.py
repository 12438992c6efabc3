"""Safeguarding partnerships and boards that span several councils.

Case reviews are published by partnerships, not councils: a review by the "Kingston
and Richmond Safeguarding Children Partnership" concerns two councils, and one by
the "Teeswide Safeguarding Adults Board" four. The list is `partnerships.yml` (by
hand, with aliases and joint areas' own names), then `joint_partnerships.csv` (every
multi-council safeguarding partnership, adults board and community safety
partnership of the project's reference data, written by tools/make_sources.py); the
evidence for both is in PROVENANCE.md.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from casewatch.places.names import normal_form, spellings
from casewatch.places.register import Council, by_code, successors_of

PARTNERSHIPS_FILE = Path(__file__).with_name("partnerships.yml")
JOINT_FILE = Path(__file__).with_name("joint_partnerships.csv")


@dataclass(frozen=True)
class Partnership:
    """A multi-council partnership, its names as written and where that is shown."""

    name: str
    aliases: tuple[str, ...]
    council_codes: tuple[str, ...]
    url: str
    ended: str = ""
    areas: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The name first, then the aliases."""
        return (self.name, *self.aliases)


def partnerships() -> tuple[Partnership, ...]:
    """Every partnership in the list, in file order."""
    return _partnerships()


def partnership_for(name_as_written: str) -> Partnership | None:
    """The partnership a name as written refers to, or None."""
    return _by_name().get(_key(name_as_written))


def areas_in(text: str) -> list[tuple[Partnership, int, int]]:
    """Each joint area a text names ("City and Hackney", "Teeswide"), with the
    partnership that spans it and the span of its name, in text order."""
    pattern, by_area = _areas()
    return [
        (by_area[normal_form(found.group())], found.start(), found.end())
        for found in pattern.finditer(text)
    ]


def councils_of(partnership: Partnership) -> tuple[Council, ...]:
    """The councils a partnership spans, in the order it lists them."""
    found = (by_code(code) for code in partnership.council_codes)
    return tuple(council for council in found if council)


def councils_concerned(
    la_code: str | None, board: str | None
) -> tuple[tuple[str, str], ...]:
    """The ONS codes of the councils a review concerns, each with how it is known:
    its own council (`council`), the councils that took it over if it was abolished
    (`successor`), and every council of the partnership named as its board
    (`partnership`) and those that took any of them over, so that a review by the
    Kingston and Richmond partnership is found under either council, one of Cumbria
    County Council under Cumberland, and one of the South Cumbria community safety
    partnership (Barrow-in-Furness and South Lakeland) under Westmorland and
    Furness."""
    concerned = [(la_code, "council")] if la_code else []
    concerned += [(code, "successor") for code in successors_of(la_code or "")]
    joint = partnership_for(board) if board else None
    for council in councils_of(joint) if joint else ():
        for code, how in (
            (council.code, "partnership"),
            *((successor, "successor") for successor in council.successors),
        ):
            if code not in dict(concerned):
                concerned.append((code, how))
    return tuple(concerned)


@cache
def _partnerships() -> tuple[Partnership, ...]:
    """The hand list, then the joint bodies it does not already name."""
    entries = yaml.safe_load(PARTNERSHIPS_FILE.read_text(encoding="utf-8"))
    by_hand = [
        Partnership(
            name=entry["name"],
            aliases=tuple(entry.get("aliases", ())),
            council_codes=tuple(entry["councils"]),
            url=entry["url"],
            ended=str(entry.get("ended", "")),
            areas=tuple(entry.get("areas", ())),
        )
        for entry in entries
    ]
    named = {_key(name) for partnership in by_hand for name in partnership.names}
    with JOINT_FILE.open(encoding="utf-8", newline="") as file:
        joint = [
            Partnership(row["name"], (), tuple(row["councils"].split(";")), row["url"])
            for row in csv.DictReader(file)
            if _key(row["name"]) not in named
        ]
    return (*by_hand, *joint)


@cache
def _by_name() -> dict[str, Partnership]:
    return {
        _key(name): partnership
        for partnership in _partnerships()
        for name in partnership.names
    }


@cache
def _areas() -> tuple[re.Pattern[str], dict[str, Partnership]]:
    """One pattern for every area's spellings (as written, longest first) and the
    partnership of each area's normal form."""
    by_area = {
        normal_form(area): partnership
        for partnership in _partnerships()
        for area in partnership.areas
    }
    written = {
        spelling
        for partnership in _partnerships()
        for area in partnership.areas
        for spelling in spellings(area)
    }
    names = sorted(written, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, n.split())) for n in names)
    return re.compile(rf"(?<![\w&-])(?:{alternatives})(?![\w&-])"), by_area


def _key(name: str) -> str:
    """Fold "Children's" and "Children" together, as writers do, and a closing "CSP"
    into the words it stands for ("South Cumbria CSP"), and drop an acronym in
    brackets after the name ("... Children Board (LSCB)")."""
    name = re.sub(r"\s*\([A-Z]{2,8}\)\s*$", "", name)
    name = re.sub(r"\bCSP$", "Community Safety Partnership", name)
    return normal_form(name).replace("children's", "children").replace("'", "")
