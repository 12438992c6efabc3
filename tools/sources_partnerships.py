"""Safeguarding partnerships, adults boards and community safety partnerships'
domestic homicide review pages for the watch list, one source per body and page.

From SHARED/data/safeguarding_partnerships.csv and community_safety_partnerships_dhr.csv
(PROVENANCE-coverage.md there: every URL was seen in a stored page). A body's start
page is, in order: what `casewatch discover` found (tools/discovered.yml), its
published-reviews page (crawled by `listing` and `register`), its own site, else its
council's domain (from the place register); the last two are `discover` sources,
not crawled until discovery has found their reviews page. One body covering
children and adults (Trafford, Wiltshire ...) is one source with both remits.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from sources_trusts import discovery_evidence

from casewatch import places

REMITS = {"lscp": "children", "sab": "adults"}
# DHR rows whose council is not one current council by name: the councils the row
# itself names (a district CSP's county and districts, a successor council).
DHR_COUNCILS = {
    "Aylesbury Vale": ("Aylesbury Vale District Council", ["Buckinghamshire"]),
    "Cambridgeshire and Peterborough": (
        "Cambridgeshire and Peterborough district community safety partnerships",
        ["Cambridgeshire*", "Peterborough"],
    ),
    "Leicestershire and Rutland": (
        "Leicestershire and Rutland district community safety partnerships",
        ["Leicestershire*", "Rutland"],
    ),
    "Milton Keynes": ("SaferMK Partnership", ["Milton Keynes"]),
    "Norfolk": ("Norfolk County Community Safety Partnership", ["Norfolk*"]),
    "Rochdale": ("Rochdale Safer Communities Partnership", ["Rochdale"]),
    "Southend-on-Sea": ("Southend Community Safety Partnership", ["Southend-on-Sea"]),
    "Stafford": (
        "Stafford Borough Council (Community Wellbeing Partnership)",
        ["Stafford"],
    ),
    "Wychavon": (
        "South Worcestershire Community Safety Partnership",
        ["Malvern Hills", "Worcester", "Wychavon"],
    ),
}
PARTNERSHIP_NAME = re.compile(r"Partnership|Safer|Safe |Together")
# Words of a body's name that name no place: a name of nothing but these ("Local
# Safeguarding Children Partnership", "Our Safeguarding Children Partnership") is
# not one a document can be told to mean this body by.
GENERIC = re.compile(
    r"\b(?:local|our|the|safeguarding|children'?s?|adults?|partnerships?|board|"
    r"executive|assurance|strategic|community|safety|district|and|of)\b",
    re.IGNORECASE,
)


def partnerships(shared: Path, discovered: dict, slug) -> list[dict]:
    """Every children's partnership and adults board, one source per body and page."""
    bodies: dict[tuple[str, str], dict] = {}
    for row in _rows(shared / "data/safeguarding_partnerships.csv"):
        name, codes = clean_name(row["name"]), council_codes(row["councils"])
        entry = {"slug": slug(name), "name": name, "councils": codes}
        entry |= _page(entry, row, discovered)
        key = (name, entry["start_urls"][0])
        if key in bodies:
            bodies[key]["remit"].append(REMITS[row["kind"]])
            continue
        if any(other[0] == name for other in bodies):
            entry["slug"] += f"-{REMITS[row['kind']]}"
        bodies[key] = {**entry, "remit": [REMITS[row["kind"]]]}
    return [_entry(body) for body in bodies.values()]


def dhr_pages(shared: Path, discovered: dict, slug) -> list[dict]:
    """Every community safety partnership's domestic homicide reviews page."""
    entries = []
    for row in _rows(shared / "data/community_safety_partnerships_dhr.csv"):
        name, codes = _dhr_body(row["council"])
        council = places.by_code(codes[0])
        stem = slug(name if len(codes) > 1 or council is None else council.common_name)
        entry = {"slug": f"{stem}-domestic-homicide-reviews", "name": name}
        found = discovered.get(entry["slug"])
        entry |= {
            "councils": codes,
            "platform": "listing",
            "start_urls": [found["url"] if found else row["dhr_page"]],
            "evidence": discovery_evidence(found)
            if found
            else f"DHR page seen in a stored copy: {row['evidence']}",
            "remit": ["domestic_homicide"],
        }
        entries.append(_entry(entry))
    return entries


def joint_bodies(entries: list[dict]) -> list[dict]:
    """Rows of casewatch/places/joint_partnerships.csv: each source that serves
    several councils under a name that names a place, so that its documents and a
    review naming it are theirs."""
    joint: dict[str, dict] = {}
    for entry in entries:
        named = GENERIC.sub("", entry["name"]).strip(" &'-,")
        if (
            entry["kind"] == "partnership"
            and len(entry.get("councils", [])) > 1
            and named
        ):
            joint.setdefault(
                entry["name"],
                {
                    "name": entry["name"],
                    "councils": ";".join(entry["councils"]),
                    "url": entry["start_urls"][0],
                    "evidence": entry.get("evidence", ""),
                },
            )
    return list(joint.values())


def clean_name(name: str) -> str:
    """The body's name without notes: "Ealing Safeguarding Children Board (ESCB)
    [LSCB-era name; ...]" -> "Ealing Safeguarding Children Board"."""
    name = re.sub(r"\s*\[[^]]*\]", "", name)
    name = re.sub(r"\s*\((?:[^()]|\([^()]*\))*\)", "", name)
    return name.split(" / ")[0].strip()


def council_codes(names: str) -> list[str]:
    """ONS codes of ';'-separated council names; `County*` adds its districts."""
    codes: list[str] = []
    for name in filter(None, (part.strip() for part in names.split(";"))):
        council = places.council_for(name.rstrip("*"))
        if council is None:
            raise ValueError(f"no council is called {name!r}")
        codes.append(council.code)
        if name.endswith("*"):
            codes += [
                district.code
                for district in places.councils()
                if district.upper_tier_code == council.code
            ]
    return codes


def _page(entry: dict, row: dict, discovered: dict) -> dict:
    """Start URL, platform and evidence for one row of the partnerships file."""
    if found := discovered.get(entry["slug"]):
        return _listing(found["url"], discovery_evidence(found))
    if row["reviews_page"]:
        return _listing(
            row["reviews_page"],
            f"reviews page seen in a stored copy: {row['evidence']}",
        )
    if row["website"]:
        evidence = f"its site, seen at {row['evidence']}; its reviews page is not known"
        return _unconfirmed(row["website"], evidence)
    domain = _council_domain(entry["councils"])
    evidence = f"no site of its own seen (only {row['evidence']}); its council's domain"
    return _unconfirmed(f"https://{domain}/", evidence)


def _listing(url: str, evidence: str) -> dict:
    return {"platform": "listing", "start_urls": [url], "evidence": evidence}


def _unconfirmed(url: str, why: str) -> dict:
    evidence = f"unconfirmed: {why}: run casewatch discover"
    return {"platform": "discover", "start_urls": [url], "evidence": evidence}


def _council_domain(codes: list[str]) -> str:
    """The first of the councils' web domains (place register) that is a .gov.uk
    one (some are a children's services company's), else the first."""
    domains = [
        council.web_domain for code in codes if (council := places.by_code(code))
    ]
    return next((d for d in domains if d.endswith(".gov.uk")), domains[0])


def _dhr_body(council: str) -> tuple[str, list[str]]:
    """The body that publishes a DHR page (its partnership's name where the row
    gives one) and the councils it serves."""
    base, _, rest = council.partition(" (")
    for start, (name, names) in DHR_COUNCILS.items():
        if base.startswith(start):
            return name, council_codes(";".join(names))
    inner = rest.split(";")[0].rstrip(")")
    name = inner if PARTNERSHIP_NAME.search(inner) else base
    return name, council_codes(base)


def _entry(body: dict) -> dict:
    """A watch-list entry in the file's key order, with the first council as
    `council` (the one its documents belong to first)."""
    entry = {
        "slug": body["slug"],
        "name": body["name"],
        "kind": "partnership",
        "platform": body["platform"],
        "council": body["councils"][0] if body["councils"] else "",
        "councils": body["councils"] if len(body["councils"]) > 1 else [],
        "remit": body["remit"],
        "start_urls": body["start_urls"],
        "evidence": body["evidence"],
    }
    if body["platform"] == "listing":
        entry |= {"documents": [r"\.pdf$"], "document_kind": "review"}
    return {key: value for key, value in entry.items() if value}


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))
