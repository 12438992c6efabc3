"""The watch list: load and validate `sources.yml` into Source records.

A bad entry does not stop the others: it is reported as a problem against its slug
(or its position), so a crawl can go on and record it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml

KINDS = ("council", "nhs_trust", "partnership", "ofsted", "news")
# The spiders' platforms; the news titles' (news_sources.yml) are the publishers'
# platforms of casewatch/pages/news_platforms.py, and "generic" for the rest.
PLATFORMS = (
    "listing",
    "moderngov",
    "cmis",
    "nhs_board",
    "ofsted",
    "newsquest",
    "reach",
    "nationalworld",
    "iliffe",
    "tindle",
    "nubnews",
    "bbc",
    "generic",
)
# Committee-system spiders start from one site: its base (ModernGov) or meetings page
# (CMIS); the others may start from several pages.
ONE_SITE = ("moderngov", "cmis")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
REQUIRED = ("slug", "name", "kind", "platform", "start_urls")
OPTIONAL = (
    "organisation",
    "council",
    "councils",
    "evidence",
    "follow",
    "documents",
    "document_kind",
    "allowed_domains",
)


class SourcesError(Exception):
    """The watch list cannot be read at all."""


@dataclass(frozen=True)
class Source:
    """One watched site: where to start, which links to follow, which are documents."""

    slug: str
    name: str
    kind: str
    platform: str
    start_urls: tuple[str, ...]
    organisation: str = ""
    council: str = ""
    # every council a source covers (a news title's patch), when it is more than one
    councils: tuple[str, ...] = ()
    # where its entry points come from, and whether anyone has confirmed them
    evidence: str = ""
    follow: tuple[re.Pattern[str], ...] = ()
    documents: tuple[re.Pattern[str], ...] = ()
    document_kind: str = "document"
    allowed_domains: tuple[str, ...] = field(default=())

    def is_document(self, url: str) -> bool:
        """True when `url` is a document to keep."""
        return any(pattern.search(url) for pattern in self.documents)

    def is_followed(self, url: str) -> bool:
        """True when `url` is a listing page to read for more links."""
        return any(pattern.search(url) for pattern in self.follow)


@dataclass(frozen=True)
class Problem:
    """An entry of the watch list that could not be used, and why."""

    slug: str
    reason: str


@dataclass(frozen=True)
class WatchList:
    """The usable sources and the problems with the rest."""

    sources: tuple[Source, ...]
    problems: tuple[Problem, ...]

    def select(
        self,
        slugs: Iterable[str] = (),
        platform: str = "",
        kind: str = "",
        council: str = "",
    ) -> list[Source]:
        """The sources with these slugs (all if none), this platform, kind and
        council code (any where '')."""
        wanted = set(slugs)
        return [
            source
            for source in self.sources
            if (not wanted or source.slug in wanted)
            and platform in ("", source.platform)
            and kind in ("", source.kind)
            and (council in ("", source.council) or council in source.councils)
        ]


def load_sources(path: Path) -> WatchList:
    """Read a watch list file; raise SourcesError only if it is not a YAML list."""
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise SourcesError(f"{path}: cannot read the watch list: {error}") from error
    if not isinstance(entries, list):
        raise SourcesError(f"{path}: the watch list must be a YAML list of sources")
    return parse_sources(entries)


def parse_sources(entries: list[object]) -> WatchList:
    """Validate watch-list entries; keep the good ones, describe the bad ones."""
    sources: list[Source] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for position, entry in enumerate(entries, start=1):
        label = _label(entry, position)
        try:
            source = _source(entry)
        except ValueError as error:
            problems.append(Problem(label, f"entry {position}: {error}"))
            continue
        if source.slug in seen:
            problems.append(Problem(label, f"entry {position}: duplicate slug"))
            continue
        seen.add(source.slug)
        sources.append(source)
    return WatchList(tuple(sources), tuple(problems))


def _label(entry: object, position: int) -> str:
    slug = entry.get("slug") if isinstance(entry, dict) else None
    return slug if isinstance(slug, str) and SLUG.match(slug) else f"entry-{position}"


def _source(entry: object) -> Source:
    if not isinstance(entry, dict):
        raise ValueError("a source must be a mapping of keys to values")
    missing = [key for key in REQUIRED if not entry.get(key)]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    unknown = sorted(set(entry) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        raise ValueError(f"unknown key {', '.join(unknown)}")
    if not SLUG.match(str(entry["slug"])):
        raise ValueError(f"slug {entry['slug']!r} must be lower-case words and hyphens")
    _one_of("kind", entry["kind"], KINDS)
    _one_of("platform", entry["platform"], PLATFORMS)
    start_urls = tuple(_urls(entry["start_urls"]))
    if entry["platform"] in ONE_SITE and len(start_urls) != 1:
        raise ValueError(f"a {entry['platform']} source starts from one URL, its site")
    hosts = {urlsplit(url).hostname or "" for url in start_urls}
    return Source(
        slug=entry["slug"],
        name=str(entry["name"]),
        kind=entry["kind"],
        platform=entry["platform"],
        start_urls=start_urls,
        organisation=str(entry.get("organisation") or ""),
        council=str(entry.get("council") or ""),
        councils=tuple(_strings("councils", entry.get("councils") or [])),
        evidence=str(entry.get("evidence") or ""),
        follow=_patterns("follow", entry.get("follow") or []),
        documents=_patterns("documents", entry.get("documents") or []),
        document_kind=str(entry.get("document_kind") or "document"),
        allowed_domains=tuple(sorted(hosts | set(entry.get("allowed_domains") or []))),
    )


def _one_of(key: str, value: object, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ValueError(f"{key} {value!r} is not one of {', '.join(allowed)}")


def _strings(key: str, values: object) -> Iterable[str]:
    if not isinstance(values, list):
        raise ValueError(f"{key} must be a list")
    return (str(value) for value in values)


def _urls(values: object) -> Iterable[str]:
    if not isinstance(values, list):
        raise ValueError("start_urls must be a list")
    for url in values:
        parts = urlsplit(str(url))
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"start URL {url!r} is not an http(s) URL")
        yield str(url)


def _patterns(key: str, values: object) -> tuple[re.Pattern[str], ...]:
    if not isinstance(values, list):
        raise ValueError(f"{key} must be a list of regular expressions")
    patterns = []
    for value in values:
        try:
            patterns.append(re.compile(str(value)))
        except re.error as error:
            raise ValueError(
                f"{key} pattern {value!r} is not a valid regular expression: {error}"
            ) from error
    return tuple(patterns)
