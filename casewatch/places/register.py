"""The register of English and Welsh councils, read once from `councils.csv`, and of
the councils abolished by reorganisation since 2019 (`former_councils.csv`).

Each council carries its ONS (GSS) code, names, tier, whether it runs children's
services, its Ofsted URN and DfE code where it does, and every name it goes by:
systematic spellings of its official and common names plus the hand list in
`aliases.csv`. A former council also carries the day it ended and its successors:
a judgement of Cumbria County Council is that council's, and concerns Cumberland
and Westmorland and Furness today; a domestic homicide review of the South Lakeland
community safety partnership is South Lakeland District Council's, now Westmorland
and Furness. A name a current council goes by is never a former one's. Where the
data came from is in PROVENANCE.md.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from casewatch.places.names import core_name, normal_form, spellings

HERE = Path(__file__).parent
KINDS = (
    "london_borough",
    "metropolitan_district",
    "unitary",
    "county",
    "non_metropolitan_district",
    "welsh_principal_area",
)


@dataclass(frozen=True)
class Alias:
    """A name a council goes by; acronyms are matched in text by exact case."""

    text: str
    acronym: bool = False


@dataclass(frozen=True)
class Council:
    """One principal council of England or Wales: a current one, or a former one
    with the day it ended and the ONS codes of the councils that took it over."""

    code: str
    name: str
    common_name: str
    kind: str
    children_services: bool
    ofsted_urn: str
    dfe_code: str
    region: str
    upper_tier_code: str
    lgsf_code: str
    web_domain: str
    aliases: tuple[Alias, ...]
    ended: str = ""
    successors: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every name this council goes by, official name first."""
        return tuple(alias.text for alias in self.aliases)


def councils() -> tuple[Council, ...]:
    """Every current council, in code order."""
    return _register()


def former_councils() -> tuple[Council, ...]:
    """The councils abolished by reorganisation: counties, unitaries, districts."""
    return _former()


def by_code(code: str) -> Council | None:
    """The council, current or former, with this ONS code, or None."""
    return _by_code().get(code.strip().upper())


def successors_of(code: str) -> tuple[str, ...]:
    """The councils that took over a former council; none for a current one."""
    council = by_code(code)
    return council.successors if council else ()


def predecessors_of(code: str) -> tuple[Council, ...]:
    """The former councils a council took over (Cumbria County Council for
    Cumberland)."""
    return tuple(former for former in _former() if code in former.successors)


def council_for(name_as_written: str) -> Council | None:
    """The one council a name as written refers to; None if unknown or ambiguous."""
    codes = _codes_by_name().get(normal_form(name_as_written), set())
    return by_code(next(iter(codes))) if len(codes) == 1 else None


@cache
def _register() -> tuple[Council, ...]:
    return _read("councils.csv")


@cache
def _former() -> tuple[Council, ...]:
    """The former councils, less any name a current council goes by: the current
    council keeps it rather than both losing it as ambiguous."""
    taken = {normal_form(name) for council in _register() for name in council.names}
    return tuple(
        replace(
            former,
            aliases=tuple(
                alias
                for alias in former.aliases
                if normal_form(alias.text) not in taken
            ),
        )
        for former in _read("former_councils.csv")
    )


def _read(file_name: str) -> tuple[Council, ...]:
    hand_aliases = _hand_aliases()
    with (HERE / file_name).open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    return tuple(_council(row, hand_aliases.get(row["code"], ())) for row in rows)


@cache
def _by_code() -> dict[str, Council]:
    return {council.code: council for council in (*_register(), *_former())}


@cache
def _codes_by_name() -> dict[str, set[str]]:
    codes: dict[str, set[str]] = defaultdict(set)
    for council in (*_register(), *_former()):
        for name in council.names:
            codes[normal_form(name)].add(council.code)
    return dict(codes)


def _council(row: dict[str, str], hand_aliases: tuple[Alias, ...]) -> Council:
    """A council from its row; a former council's row has no columns for what
    only a current one has (a district's county, a scraper, a website)."""
    if row["kind"] not in KINDS:
        raise ValueError(f"{row['code']}: unknown kind {row['kind']!r}")
    return Council(
        code=row["code"],
        name=row["name"],
        common_name=row["common_name"],
        kind=row["kind"],
        children_services=row["children_services"] == "yes",
        ofsted_urn=row["ofsted_urn"],
        dfe_code=row["dfe_code"],
        region=row["region"],
        upper_tier_code=row.get("upper_tier_code", ""),
        lgsf_code=row.get("lgsf_code", ""),
        web_domain=row.get("web_domain", ""),
        aliases=_aliases(row["name"], row["common_name"], hand_aliases),
        ended=row.get("ended", ""),
        successors=tuple(filter(None, row.get("successors", "").split(";"))),
    )


def _aliases(
    name: str, common_name: str, hand_aliases: tuple[Alias, ...]
) -> tuple[Alias, ...]:
    """The official name first, then generated spellings, then the hand list."""
    cores = {core_name(name), core_name(common_name)} - {""}
    bases = {name, common_name, *cores, *(f"{core} Council" for core in cores)}
    generated = set().union(*(spellings(base) for base in bases)) - {name}
    hand = [alias for alias in hand_aliases if alias.text not in generated]
    return (Alias(name), *(Alias(text) for text in sorted(generated)), *hand)


def _hand_aliases() -> dict[str, tuple[Alias, ...]]:
    aliases: dict[str, list[Alias]] = defaultdict(list)
    with (HERE / "aliases.csv").open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            aliases[row["code"]].append(Alias(row["alias"], row["kind"] == "acronym"))
    return {code: tuple(found) for code, found in aliases.items()}
