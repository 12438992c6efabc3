"""What watches each English council: its committee papers, the NHS trusts serving
it, its children's partnership, adults board, domestic homicide review page, local
news titles and Ofsted page, each with its health; councils with a gap first.

`council_coverage` is pure: the place register, the watch lists and each source's
health in, one row per council out. A district's children's partnership, adults
board and Ofsted page are its county's; a county's DHR pages and news titles include
its districts'. A facet has a gap when none of its sources can be crawled and is
not broken or blocked: none at all, or only sites waiting for `casewatch discover`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import click
from sqlite_utils import Database

from casewatch import PACKAGE_DIR, places
from casewatch.clock import today
from casewatch.health import archive_health
from casewatch.places.register import Council
from casewatch.sources import Source, WatchList, load_sources
from db import open_db

FACETS = ("papers", "trusts", "children", "adults", "dhr", "news", "ofsted")
# The states a source may be in that do not leave its facet uncovered.
WORKING = ("ok", "quiet", "not crawled")


@dataclass(frozen=True)
class Watched:
    """One source as the coverage report shows it."""

    slug: str
    platform: str
    state: str  # ok, quiet, broken, blocked; not crawled; awaiting discovery
    reason: str
    confirmed: bool

    @property
    def working(self) -> bool:
        return self.state in WORKING


@dataclass(frozen=True)
class CouncilCoverage:
    """What watches one council, facet by facet, and the facets left uncovered."""

    code: str
    name: str
    kind: str
    papers: tuple[Watched, ...]
    trusts: tuple[Watched, ...]
    children: tuple[Watched, ...]
    adults: tuple[Watched, ...]
    dhr: tuple[Watched, ...]
    news: tuple[Watched, ...]
    ofsted: tuple[Watched, ...]

    @property
    def gaps(self) -> tuple[str, ...]:
        return tuple(f for f in FACETS if not any(w.working for w in getattr(self, f)))

    def as_dict(self) -> dict:
        return {**asdict(self), "gaps": list(self.gaps)}


def council_coverage(
    councils: Iterable[Council],
    sources: Iterable[Source],
    states: dict[str, tuple[str, str]],
) -> list[CouncilCoverage]:
    """Every English council's coverage, councils with most gaps first."""
    current = [source for source in sources if not source.retired]
    serving: dict[str, list[Source]] = {}
    for source in current:
        for code in served(source):
            serving.setdefault(code, []).append(source)
    english = [council for council in councils if council.code.startswith("E")]
    districts: dict[str, list[str]] = {}
    for council in english:
        districts.setdefault(council.upper_tier_code, []).append(council.code)
    rows = [_row(c, serving, districts, states) for c in english]
    return sorted(rows, key=lambda row: (-len(row.gaps), row.name))


def served(source: Source) -> set[str]:
    """The councils a source serves: its own, its `councils`, and those of the
    multi-council partnership it is (the place register, as documents are linked)."""
    joint = (
        places.partnership_for(source.name) if source.kind == "partnership" else None
    )
    return {
        source.council,
        *source.councils,
        *(joint.council_codes if joint else ()),
    } - {""}


def _row(council, serving, districts, states) -> CouncilCoverage:
    own = [council.code]
    upper = [
        council.code,
        *([council.upper_tier_code] if council.upper_tier_code else []),
    ]
    wider = upper + districts.get(council.code, [])

    def watched(codes, kind, remit="") -> tuple[Watched, ...]:
        found = {
            s.slug: s
            for code in codes
            for s in serving.get(code, [])
            if s.kind == kind and (not remit or remit in s.remit)
        }
        return tuple(_watched(found[slug], states) for slug in sorted(found))

    return CouncilCoverage(
        council.code,
        council.common_name,
        council.kind,
        papers=watched(own, "council"),
        trusts=watched(own, "nhs_trust"),
        children=watched(upper, "partnership", "children"),
        adults=watched(upper, "partnership", "adults"),
        dhr=watched(wider, "partnership", "domestic_homicide"),
        news=watched(wider, "news"),
        ofsted=watched(upper, "ofsted"),
    )


def _watched(source: Source, states: dict[str, tuple[str, str]]) -> Watched:
    if source.platform == "discover":
        state, reason = "awaiting discovery", source.evidence
    else:
        state, reason = states.get(source.slug, ("not crawled", "no crawl of it yet"))
    return Watched(source.slug, source.platform, state, reason, source.confirmed)


def archive_states(db: Database) -> dict[str, tuple[str, str]]:
    """Each crawled source's health state and reason, from the archive."""
    return {h.slug: (h.state, h.reason) for h in archive_health(db, today())}


def watched_sources(sources_file: Path | None, news_file: Path | None) -> list[Source]:
    """The watch list and the news titles: these files, else CASEWATCH_SOURCES and
    CASEWATCH_NEWS_SOURCES, else the package's."""
    paths = (
        sources_file
        or Path(os.environ.get("CASEWATCH_SOURCES", PACKAGE_DIR / "sources.yml")),
        news_file
        or Path(
            os.environ.get("CASEWATCH_NEWS_SOURCES", PACKAGE_DIR / "news_sources.yml")
        ),
    )
    lists = [_loaded(path, path.stat().st_mtime_ns) for path in paths]
    return [source for watch_list in lists for source in watch_list.sources]


@lru_cache(maxsize=4)
def _loaded(path: Path, modified: int) -> WatchList:
    """A watch list read once per version of its file: reading the national lists
    takes about a second, longer than Datasette gives the `coverage` query."""
    return load_sources(path)


def coverage_json(db: Database) -> str:
    """Every council's coverage as JSON, for the `coverage` canned query."""
    rows = council_coverage(
        places.councils(), watched_sources(None, None), archive_states(db)
    )
    return json.dumps([_flat(row) for row in rows])


def _flat(row: CouncilCoverage) -> dict:
    """A council's row with each facet as 'slug (state)' lines, for a table."""
    return {
        "council": row.code,
        "name": row.name,
        "gaps": ", ".join(row.gaps),
        **{
            facet: "\n".join(f"{w.slug} ({w.state})" for w in getattr(row, facet))
            for facet in FACETS
        },
    }


def _line(row: CouncilCoverage) -> str:
    def facet(name: str) -> str:
        found = getattr(row, name)
        working = sum(w.working for w in found)
        return f"{name} {working}/{len(found)}"

    gaps = f"  GAPS: {', '.join(row.gaps)}" if row.gaps else ""
    return f"{row.code}  {row.name:<36} {'  '.join(facet(f) for f in FACETS)}{gaps}"


@click.command("coverage")
@click.option("--json", "as_json", is_flag=True, help="Every source of every council.")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="CASEWATCH_DB",
    show_envvar=True,
    help="An archive to read sources' health from (default: none crawled).",
)
@click.option(
    "--sources-file", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--news-file", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
def coverage_command(as_json, db_path, sources_file, news_file) -> None:
    """Per English council: its papers source, trusts, children's partnership,
    adults board, DHR page, news titles and Ofsted page (working/all, where working
    is ok, quiet or not yet crawled); councils with a gap first.

    Usage: casewatch coverage --db data/casewatch.db --json
    """
    states = archive_states(open_db(db_path)) if db_path and db_path.exists() else {}
    rows = council_coverage(
        places.councils(), watched_sources(sources_file, news_file), states
    )
    if as_json:
        click.echo(json.dumps([row.as_dict() for row in rows], indent=1))
        return
    for row in rows:
        click.echo(_line(row))
    gaps = sum(bool(row.gaps) for row in rows)
    click.echo(f"{len(rows)} councils, {gaps} with a gap", err=True)
