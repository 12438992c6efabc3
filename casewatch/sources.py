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
# `discover` is a site known only by its home page: no spider crawls it until
# `casewatch discover` has found its papers page.
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
    "discover",
)
# Committee-system spiders start from one site: its base (ModernGov) or meetings page
# (CMIS); the others may start from several pages.
ONE_SITE = ("moderngov", "cmis")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ONS_CODE = re.compile(r"^[EW]\d{8}$")
# What a partnership source is for: a children's partnership (LSCP), an adults
# board (SAB), a community safety partnership's domestic homicide reviews.
REMITS = ("children", "adults", "domestic_homicide")
# An `evidence` that starts so says the source's page has not been confirmed.
UNCONFIRMED = "unconfirmed"
REQUIRED = ("slug", "name", "kind", "platform", "start_urls")
OPTIONAL = (
    "organisation",
    "council",
    "follow",
    "documents",
    "document_kind",
    "allowed_domains",
    "councils",
    "remit",
    "evidence",
    "retired",
)


# The C loader reads the national watch list about eight times faster.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
    follow: tuple[re.Pattern[str], ...] = ()
    documents: tuple[re.Pattern[str], ...] = ()
    document_kind: str = "document"
    allowed_domains: tuple[str, ...] = field(default=())
    councils: tuple[str, ...] = ()  # every council it serves, `council` among them
    remit: tuple[str, ...] = ()  # a partnership's REMITS
    evidence: str = ""  # why its start page is believed, or UNCONFIRMED and why not
    retired: str = ""  # YYYY-MM-DD the organisation ceased (reorganisation)

    @property
    def confirmed(self) -> bool:
        """False when the watch list says its page has not been confirmed."""
        return not self.evidence.startswith(UNCONFIRMED)

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
        """The sources with these slugs (all current ones if none), this platform,
        kind and council code (any where ''): a retired source only by its slug."""
        wanted = set(slugs)
        return [
            source
            for source in self.sources
            if (source.slug in wanted if wanted else not source.retired)
            and platform in ("", source.platform)
            and kind in ("", source.kind)
            and council in ("", source.council, *source.councils)
        ]


def load_sources(path: Path) -> WatchList:
    """Read a watch list file; raise SourcesError only if it is not a YAML list."""
    try:
        entries = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
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
    council = str(entry.get("council") or "")
    return Source(
        slug=entry["slug"],
        name=str(entry["name"]),
        kind=entry["kind"],
        platform=entry["platform"],
        start_urls=start_urls,
        organisation=str(entry.get("organisation") or ""),
        council=council,
        follow=_patterns("follow", entry.get("follow") or []),
        documents=_patterns("documents", entry.get("documents") or []),
        document_kind=str(entry.get("document_kind") or "document"),
        allowed_domains=tuple(sorted(hosts | set(entry.get("allowed_domains") or []))),
        councils=_councils(council, entry.get("councils") or []),
        remit=tuple(_listed("remit", entry.get("remit") or [], REMITS)),
        evidence=str(entry.get("evidence") or ""),
        retired=_day(entry.get("retired")),
    )


def _one_of(key: str, value: object, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ValueError(f"{key} {value!r} is not one of {', '.join(allowed)}")


def _councils(council: str, values: object) -> tuple[str, ...]:
    """`council` first, then the others, each an ONS code once."""
    codes = [council] if council else []
    for code in _listed("councils", values, ()):
        if not ONS_CODE.match(code):
            raise ValueError(f"council {code!r} is not an ONS code")
        codes += [code] if code not in codes else []
    return tuple(codes)


def _listed(key: str, values: object, allowed: tuple[str, ...]) -> list[str]:
    if not isinstance(values, list):
        raise ValueError(f"{key} must be a list")
    for value in values if allowed else ():
        _one_of(key, value, allowed)
    return [str(value) for value in values]


def _day(value: object) -> str:
    """A date as YYYY-MM-DD (YAML may have read it as a date already), or ''."""
    if not value:
        return ""
    day = str(value)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        raise ValueError(f"retired {value!r} is not a date as YYYY-MM-DD")
    return day


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
