"""NHS trusts for the watch list: each at a board-papers page with its evidence.

The shared list (SHARED/data/nhs_trust_board_pages.csv) gives every trust and
integrated care board, but 207 of its 251 URLs follow one template
(`/about-us/board-papers/`) and 26 are Lancashire Teaching Hospitals' page: those
URLs are not used. A trust's page comes from, in order:
  discovery      tools/discovered.yml (`casewatch discover --save`), with its path
  the register   tools/data/trust_register.csv: Davewest84/nhs-board-papers-reader
                 trust_urls.csv@0a33dd8a90922fca0fb6701fca37f58fd3b1d70c, each URL
                 seen by a person; validated (date and outcome) or not
  its home page  the origin of the list's URL, for `casewatch discover` to search
                 (platform `discover`, not crawled); a trust whose list URL is on
                 another trust's host has no page at all and is left out
The councils a trust serves are those of its integrated care system
(tools/data/ics_councils.csv, PROVENANCE in tools/data/README.md).
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from casewatch import places

HERE = Path(__file__).parent
REGISTER = "Davewest84/nhs-board-papers-reader trust_urls.csv@0a33dd8"
# Trusts the shared list names under a code the register does not use, and trusts
# whose board the register gives to a successor (its notes and other names say so).
SUCCESSORS = {
    "R1F1": "R1F",  # Isle of Wight NHS Trust: the register's code for it
    "RYV": "RY3",  # Cambridgeshire Community Services: among RY3's other names
    "RAP": "RAL",  # North Middlesex: RAL's page "also hosts former North Middlesex"
}


def trusts(shared: Path, discovered: dict[str, dict], slug) -> list[dict]:
    """Every trust and integrated care board with a page, in the list's order."""
    register = {row["ods_code"]: row for row in _rows(HERE / "data/trust_register.csv")}
    rows = _rows(shared / "data/nhs_trust_board_pages.csv")
    hosts = Counter(urlsplit(row["board_papers_url"]).hostname for row in rows)
    serving = ics_councils()
    entries = []
    for row in rows:
        code = SUCCESSORS.get(row["ods_code"], row["ods_code"])
        # an integrated care board is named for its system: "NHS Frimley ICB"
        systems = row["ics"] or row["name"].removeprefix("NHS ").removesuffix(" ICB")
        entry = {
            "slug": slug(row["name"]),
            "name": row["name"],
            "kind": "nhs_trust",
            "platform": "nhs_board",
            "organisation": row["ods_code"],
            "councils": sorted(
                {c for ics in systems.split(";") for c in serving.get(ics.strip(), ())}
            ),
        }
        page = _page(entry, register.get(code), row, hosts, discovered)
        if page is None:
            print(f"left out, no page of its own: {row['ods_code']} {row['name']}")
            continue
        entries.append(
            {key: value for key, value in {**entry, **page}.items() if value}
        )
    return entries


def trust_councils(shared: Path) -> dict[str, list[str]]:
    """The councils each trust serves, by ODS code: its system's."""
    serving = ics_councils()
    return {
        row["ods_code"]: sorted(
            {c for ics in row["ics"].split(";") for c in serving.get(ics.strip(), ())}
        )
        for row in _rows(shared / "data/nhs_trust_board_pages.csv")
    }


def _page(entry, registered, row, hosts, discovered) -> dict | None:
    """Start URL, platform and evidence: discovery's, the register's, or the home
    page's; None when the list's URL is on another trust's host."""
    if found := discovered.get(entry["slug"]):
        return {"start_urls": [found["url"]], "evidence": discovery_evidence(found)}
    if registered:
        outcome = registered["validation_status"]
        evidence = (
            f"validated {registered['last_validated']} ({outcome}) in {REGISTER}"
            if outcome
            else f"unconfirmed: seen, not validated, in {REGISTER}"
        )
        return {"start_urls": [registered["url"]], "evidence": evidence}
    url = urlsplit(row["board_papers_url"])
    if hosts[url.hostname] > 1:
        return None
    return {
        "platform": "discover",
        "start_urls": [f"{url.scheme}://{url.hostname}/"],
        "evidence": "unconfirmed: home page only (the list's board-papers URL "
        "follows a template); run casewatch discover",
    }


def discovery_evidence(found: dict) -> str:
    """How `casewatch discover` reached a page, as the watch list says it."""
    path, score = " > ".join(found["path"]), found["score"]
    return f"discovered {found['found']} by casewatch discover: {path} (score {score})"


def ics_councils() -> dict[str, list[str]]:
    """Each integrated care system's councils by ONS code; `County*` is a county
    and its districts."""
    serving: dict[str, list[str]] = {}
    for row in _rows(HERE / "data/ics_councils.csv"):
        codes = serving.setdefault(row["ics"], [])
        for name in row["councils"].split(";"):
            council = places.council_for(name.rstrip("*"))
            if council is None:
                raise ValueError(f"ics_councils.csv: no council is called {name!r}")
            codes.append(council.code)
            if name.endswith("*"):
                codes += [
                    district.code
                    for district in places.councils()
                    if district.upper_tier_code == council.code
                ]
    return serving


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))
