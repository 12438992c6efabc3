"""How often does discovery propose the right page? Precision on the imitation sites.

Serves tests/sites/discover on loopback and, for each site, runs `casewatch
discover`'s crawl (the real spider, robots.txt obeyed, one request at a time) and
the baseline measured in the same run: breadth-first over the same site within the
same page budget, propose the first link whose text contains the target's plain
phrase ("board papers", "case review", "domestic homicide review" ...). A proposal
is right when it is the page tests/sites/discover/sites.yml names.

    .venv/bin/python benchmarks/discover.py [--budget 40]

Prints each site's proposals, then precision (right / proposed) and recall (right /
sites) for both, and discovery's precision as a ratio of the baseline's. The weights
were set on these same sites: held-out real sites would measure it honestly.
"""

from __future__ import annotations

import argparse
import urllib.error
import urllib.request
import urllib.robotparser
from collections import deque
from pathlib import Path

import yaml

from casewatch.discover import discover, proposal, ranked
from casewatch.pages.discover import baseline_link, read_page, same_site
from casewatch.pages.discover_targets import TARGETS
from casewatch.sample_sites import SampleSites, load_routes

ROOT = Path(__file__).parent.parent
SITES = ROOT / "tests/sites/discover"
FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "ERROR"}


def baseline(base: str, start: str, target: str, budget: int) -> str | None:
    """Breadth-first from start, the first link saying the target's plain phrase."""
    robots = urllib.robotparser.RobotFileParser(f"{base}/robots.txt")
    robots.read()
    queue, seen, read = deque([base + start]), {base + start}, 0
    while queue and read < budget:
        url = queue.popleft()
        if not robots.can_fetch("casewatch", url):
            continue
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                page = read_page(url, response.read())
        except urllib.error.URLError:  # a page the imitation does not have: 404
            continue
        read += 1
        if found := baseline_link(page, TARGETS[target]):
            return found.url
        for link in page.links:
            if (
                not link.is_document
                and same_site(link.url, base)
                and link.url not in seen
            ):
                seen.add(link.url)
                queue.append(link.url)
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--budget", type=int, default=40)
    budget = parser.parse_args().budget
    sites = yaml.safe_load((SITES / "sites.yml").read_text(encoding="utf-8"))
    # (method, split) -> [proposed, right, sites]
    tally: dict[tuple[str, str], list[int]] = {}
    with SampleSites(
        routes=load_routes(SITES / "routes.yml"), files=ROOT / "tests"
    ) as server:
        base = server.base_url
        for site in sites:
            best = proposal(
                ranked(discover(base + site["start"], site["target"], budget, FAST))
            )
            proposals = {
                "discovery": best.url if best else None,
                "baseline": baseline(base, site["start"], site["target"], budget),
            }
            for name, url in proposals.items():
                right = url is not None and url.removeprefix(base) in site["truth"]
                for split in (site["split"], "all"):
                    counts = tally.setdefault((name, split), [0, 0, 0])
                    counts[0] += url is not None
                    counts[1] += right
                    counts[2] += 1
                shown = url.removeprefix(base) if url else "(nothing)"
                print(
                    f"{site['site']:<16} {site['split']:<8} {name:<9} "
                    f"{'right' if right else 'WRONG'}  {shown}"
                )
    print(f"\n{len(sites)} sites, {budget} pages each at most")
    for (name, split), (proposed, right, count) in sorted(tally.items()):
        print(
            f"{name:<9} {split:<8} precision {right / max(proposed, 1):.2f} "
            f"({right}/{proposed})  recall {right / count:.2f} ({right}/{count})"
        )
    for split in ("held_out", "all"):
        ours, theirs = (
            tally[(n, split)][1] / max(tally[(n, split)][0], 1)
            for n in ("discovery", "baseline")
        )
        if theirs:
            print(f"{split}: discovery's precision / baseline's: {ours / theirs:.2f}x")


if __name__ == "__main__":
    main()
