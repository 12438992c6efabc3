"""`casewatch discover SLUG|URL`: find the page on an organisation's own site that
lists its papers, and say how it was reached.

The crawl is spiders/discover.py in a child process (robots.txt, politeness, a page
budget, the site's own host only); what it proposes is ranked here. With `--save`,
the best page is kept in a YAML list (tools/discovered.yml in the repository), from
which tools/make_sources.py starts the source there, with the path as evidence.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import click
import yaml

from casewatch import PACKAGE_DIR, clock
from casewatch.pages.discover_targets import TARGETS
from casewatch.sources import Source, SourcesError, load_sources

BUDGET = 40  # pages read per site: a few seconds apart each, so minutes a site
# A page must score at least this to be proposed: a heading or link that names
# what is sought and a few documents of its kind, not one or the other alone.
THRESHOLD = 6.0
REMIT_TARGETS = {
    "children": "child_reviews",
    "adults": "adult_reviews",
    "domestic_homicide": "dhr",
}


@dataclass(frozen=True)
class Candidate:
    """A page discovery read, with its score, why, and the link texts to it."""

    url: str
    score: float
    reasons: tuple[str, ...]
    path: tuple[str, ...]
    title: str = ""

    @property
    def route(self) -> str:
        """The way there as a reader would click it: "Home > About us > ..."."""
        return " > ".join(("Home", *self.path)) if self.path else "Home"


def target_for(source: Source) -> str:
    """What to look for on a source's site: a trust's board papers, a council's
    committee papers, a partnership's published reviews (children's, adults' or
    domestic homicide reviews by its remit)."""
    if source.kind == "nhs_trust":
        return "board_papers"
    if source.kind == "council":
        return "committee_papers"
    remits = [REMIT_TARGETS[remit] for remit in source.remit if remit in REMIT_TARGETS]
    return remits[0] if remits else "child_reviews"


def ranked(found: list[dict]) -> list[Candidate]:
    """The pages read, best first (on a tie, the one nearer the start)."""
    candidates = [
        Candidate(
            row["url"],
            row["score"],
            tuple(row["reasons"]),
            tuple(row["path"]),
            row.get("title", ""),
        )
        for row in found
    ]
    return sorted(candidates, key=lambda c: (-c.score, len(c.path), c.url))


def proposal(candidates: list[Candidate]) -> Candidate | None:
    """The best of ranked pages if it scores enough to be proposed, else None."""
    best = next(iter(candidates), None)
    return best if best and best.score >= THRESHOLD else None


def discover(
    start: str, target: str, budget: int = BUDGET, settings: dict | None = None
) -> list[dict]:
    """Read a site from `start` in a child process; the pages read, as scored."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "pages.jsonl"
        command = [sys.executable, "-m", "scrapy", "crawl", "discover", "-O", str(out)]
        for name, value in {"start": start, "target": target, "budget": budget}.items():
            command += ["-a", f"{name}={value}"]
        for name, value in (settings or {}).items():
            command += ["-s", f"{name}={value}"]
        environment = {**os.environ, "SCRAPY_SETTINGS_MODULE": "casewatch.settings"}
        if subprocess.run(command, env=environment).returncode != 0:
            raise click.ClickException(f"the discovery crawl of {start} failed")
        lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
    return [json.loads(line) for line in lines]


def save(path: Path, slug: str, best: Candidate) -> None:
    """Keep a slug's discovered page in the YAML list at path, replacing its last;
    the file's comment lines stay at its head."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    entries = [entry for entry in yaml.safe_load(text) or [] if entry["slug"] != slug]
    entries.append(
        {
            "slug": slug,
            "url": best.url,
            "score": best.score,
            "path": ["Home", *best.path],
            "found": clock.today().isoformat(),
        }
    )
    entries.sort(key=lambda entry: entry["slug"])
    header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
    body = yaml.safe_dump(entries, sort_keys=False, allow_unicode=True, width=200)
    path.write_text(header + body, encoding="utf-8")


def _resolve(
    what: str, target: str | None, sources_file: Path | None
) -> tuple[str, str, str]:
    """(slug or '', start URL, target) for a slug of the watch list or a URL."""
    if what.startswith(("http://", "https://")):
        if not target:
            raise click.UsageError("a URL needs --target")
        return "", what, target
    try:
        watch_list = load_sources(sources_file or PACKAGE_DIR / "sources.yml")
    except SourcesError as error:
        raise click.ClickException(str(error)) from error
    source = next((s for s in watch_list.sources if s.slug == what), None)
    if source is None:
        raise click.BadParameter(f"no source is called {what!r}", param_hint="SLUG|URL")
    return source.slug, source.start_urls[0], target or target_for(source)


@click.command("discover")
@click.argument("what", metavar="SLUG|URL")
@click.option("--target", type=click.Choice(list(TARGETS)), help="What to look for.")
@click.option(
    "--budget", default=BUDGET, show_default=True, help="Pages to read at most."
)
@click.option(
    "--save",
    "save_to",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Keep the page found for this slug in this YAML list.",
)
@click.option(
    "--sources-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A watch list other than casewatch/sources.yml.",
)
@click.option(
    "-s",
    "--setting",
    "settings",
    multiple=True,
    metavar="NAME=VALUE",
    help="A Scrapy setting for the crawl (e.g. DOWNLOAD_DELAY=0).",
)
def discover_command(what, target, budget, save_to, sources_file, settings) -> None:
    """Propose the page of an organisation's own site that lists its board papers,
    committee papers, published reviews or domestic homicide reviews, with the
    links that lead there; the exit status is 1 when no page scores enough.

    Usage: casewatch discover nhs-frimley-icb --save tools/discovered.yml
    """
    slug, start, goal = _resolve(what, target, sources_file)
    overrides = dict(setting.split("=", 1) for setting in settings)
    candidates = ranked(discover(start, goal, budget, overrides))
    for candidate in candidates[:5]:
        click.echo(
            f"{candidate.score:6.1f}  {candidate.url}\n        {candidate.route}"
        )
        click.echo(f"        {'; '.join(candidate.reasons)}")
    best = proposal(candidates)
    if best is None:
        sys.exit(f"no page of {start} scored {THRESHOLD} as {goal} in {budget} pages")
    click.echo(f"proposed: {best.url}")
    if save_to and slug:
        save(save_to, slug, best)
        click.echo(f"saved for {slug} in {save_to}")
