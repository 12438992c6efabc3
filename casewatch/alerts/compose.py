"""A subscriber's digest as an e-mail: what matched and why, in words, grouped by
council and kind, most important first, capped with "and N more"; a text part and
an HTML part (digest_html.py) that say the same, and a one-click unsubscribe
(RFC 8058) in the headers and the body.

Pure: items and follows in, a message out (send.py dates, numbers and sends it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from email.message import EmailMessage

from casewatch.alerts import digest_html
from casewatch.alerts.admin import Trouble, notice, summary
from casewatch.alerts.follows import Follow, council_name
from casewatch.alerts.items import CLOSE, OPEN, Item
from casewatch.alerts.links import DigestLinks
from casewatch.words import plural

CAP = 50  # items a digest shows; the rest are counted and linked


@dataclass(frozen=True)
class Entry:
    """An item as one subscriber gets it: under which council, and which follow."""

    item: Item
    council: str  # its name, or "No council named"
    council_code: str  # '' when no council is named
    follow: Follow

    @property
    def why(self) -> str:
        follow = self.follow
        if "text_match" in self.item.events and not (
            follow.councils or follow.source_kinds
        ):  # the search it matches is all the follow is
            return f"{self.item.why}, which you follow"
        return f"{self.item.why}; you follow {follow.in_words()}"


@dataclass(frozen=True)
class Shown:
    """An entry as both parts of a digest show it."""

    headline: str
    excerpt: str  # with OPEN and CLOSE around the words that matched
    where: str
    stated: str
    why: str
    links: tuple[tuple[str, str], ...]  # (label, address)
    importance: int


@dataclass(frozen=True)
class Section:
    council: str
    council_url: str  # '' when no council is named
    kind: str
    shown: tuple[Shown, ...]


@dataclass(frozen=True)
class Digest:
    """Everything a digest says, for its text and HTML parts."""

    total: int
    sections: tuple[Section, ...]
    more: int
    latest_url: str
    followed: tuple[tuple[str, str], ...]  # each follow in words, and its stop link
    unsubscribe_url: str  # stops every follow the digest was made for


def entries(items: Iterable[Item], follows: Iterable[Follow]) -> list[Entry]:
    """The items any of the follows matches, most important first."""
    follows = tuple(follows)
    found = []
    for item in items:
        chosen = next((each for each in follows if each.matches(item)), None)
        if chosen:
            name, code = listed_under(item, chosen)
            found.append(Entry(item, name, code, chosen))
    return sorted(found, key=order)


def order(entry: Entry) -> tuple:
    item = entry.item
    return (-item.importance, entry.council, item.kind, item.title, item.page_no or 0)


def listed_under(item: Item, follow: Follow) -> tuple[str, str]:
    """The council the subscriber follows the item for, else the first it names:
    its name and code."""
    followed = item.councils & set(follow.councils)
    named = sorted((council_name(code), code) for code in followed or item.councils)
    return named[0] if named else ("No council named", "")


def digest(
    email: str,
    found: list[Entry],
    follows: Iterable[Follow],
    sender: str,
    links: DigestLinks,
    cap: int = CAP,
) -> EmailMessage:
    """The digest of `found` (most important first) for `email`, who follows
    `follows`."""
    planned = plan(found, tuple(follows), links, cap)
    message = EmailMessage()
    message["From"] = sender
    message["To"] = email
    message["Subject"] = f"casewatch: {len(found)} new - {found[0].item.headline}"[:150]
    message["List-Unsubscribe"] = f"<{planned.unsubscribe_url}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message.set_content(text_part(planned))
    message.add_alternative(digest_html.html_part(planned), subtype="html")
    return message


def plan(
    found: list[Entry], follows: tuple[Follow, ...], links: DigestLinks, cap: int
) -> Digest:
    """What the digest says, most important section first (as `found` is sorted)."""
    grouped: dict[tuple[str, str, str], list[Shown]] = {}
    for entry in found[:cap]:
        key = (entry.council, entry.council_code, entry.item.kind)
        grouped.setdefault(key, []).append(shown(entry, links))
    sections = tuple(
        Section(name, links.council(code) if code else "", kind, tuple(group))
        for (name, code, kind), group in grouped.items()
    )
    followed = tuple((each.in_words(), links.unsubscribe([each])) for each in follows)
    return Digest(
        len(found),
        sections,
        len(found) - cap,
        links.latest(),
        followed,
        links.unsubscribe(follows),
    )


def shown(entry: Entry, links: DigestLinks) -> Shown:
    item = entry.item
    return Shown(
        item.headline,
        item.excerpt,
        where(item),
        stated_in(item),
        entry.why,
        addresses(item, links),
        item.importance,
    )


def where(item: Item) -> str:
    """Document title, page number (and whether OCR read it) and the document's own
    date, as far as known (the digest itself is of what casewatch found since the
    last one)."""
    page = f", page {item.page_no}" if item.page_no else ""
    ocr = " (a scan, read by OCR: check the kept copy)" if item.ocr else ""
    date = f", dated {item.published}" if item.published else ""
    return f"{item.title}{page}{ocr}{date}"


def stated_in(item: Item) -> str:
    """Where else the same review or judgement is stated, when it is more than one
    place: it is shown once, with all of them."""
    if len(item.sources) < 2:
        return ""
    return f"Stated in {len(item.sources)} sources: {'; '.join(item.sources)}"


def addresses(item: Item, links: DigestLinks) -> tuple[tuple[str, str], ...]:
    """The original, the kept copy at the page, the document's page, and the
    review's page (every mention of it, and an FOI draft while it is unpublished)."""
    found = [("Source", item.source_url)] if item.source_url else []
    if item.sha256:
        page = f", page {item.page_no}" if item.page_no else ""
        found += [
            (f"Our copy{page}", links.kept(item.sha256, item.page_no)),
            ("Document page", links.document(item.sha256)),
        ]
    if item.review_id:
        found.append(("Review page", links.review(item.review_id)))
    return tuple(found)


def text_part(digest: Digest) -> str:
    lines = [
        f"casewatch found {plural(digest.total, 'new item')} for you,"
        " most important first.",
        "",
    ]
    for section in digest.sections:
        lines.append(f"== {section.council}: {section.kind} ==")
        if section.council_url:
            lines.append(f"Council page: {section.council_url}")
        lines.append("")
        for each in section.shown:
            lines += entry_lines(each)
    if digest.more > 0:
        lines += [f"... and {digest.more} more: {digest.latest_url}", ""]
    return "\n".join(lines + footer_lines(digest)) + "\n"


def entry_lines(each: Shown) -> list[str]:
    lines = [f"* {each.headline}"]
    if each.excerpt:
        lines.append(f'  "{each.excerpt.replace(OPEN, "«").replace(CLOSE, "»")}"')
    lines.append(f"  {each.where}")
    if each.stated:
        lines.append(f"  {each.stated}")
    lines.append(f"  Why: {each.why}.")
    lines += [f"  {label}: {url}" for label, url in each.links]
    return [*lines, ""]


def footer_lines(digest: Digest) -> list[str]:
    lines = [
        "--",
        "You get this e-mail because you follow "
        + "; ".join(words for words, _ in digest.followed)
        + " in casewatch.",
        f"Unsubscribe (one click): {digest.unsubscribe_url}",
    ]
    if len(digest.followed) > 1:
        lines.append("Or stop one of them:")
        lines += [f"  {words}: {url}" for words, url in digest.followed]
    return lines


def admin_message(troubles: list[Trouble], sender: str, admin: str) -> EmailMessage:
    """The admin's notice of sources that turned broken or blocked, grouped by
    kind of source and reason (casewatch/alerts/admin.py)."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = admin
    message["Subject"] = f"casewatch: {summary(troubles)} turned broken or blocked"
    message.set_content(notice(troubles))
    return message
