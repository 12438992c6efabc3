"""A subscriber's digest as an e-mail: what matched and why, grouped by council and
kind, most important first, capped with "and N more"; a text and an HTML part.

Pure: items and follows in, a message out (send.py dates, numbers and sends it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from email.message import EmailMessage
from html import escape

from casewatch.alerts.admin import Trouble, notice, summary
from casewatch.alerts.follows import Follow, council_name
from casewatch.alerts.items import CLOSE, OPEN, Item

CAP = 50  # items a digest shows; the rest are counted and linked
UNSUBSCRIBE = 'To stop these e-mails, reply with "unsubscribe" as the subject.'


@dataclass(frozen=True)
class Entry:
    """An item as one subscriber gets it: under which council, and which follow."""

    item: Item
    council: str
    follow: Follow

    @property
    def why(self) -> str:
        return f"{self.item.why}; you follow {self.follow.describe()}"


@dataclass(frozen=True)
class Links:
    """Addresses in the published archive (Datasette at `public_url`)."""

    public_url: str
    database: str

    def kept(self, item: Item) -> str:
        page = f"#page={item.page_no}" if item.page_no else ""
        return f"{self.public_url}/-/files/{item.sha256}{page}" if item.sha256 else ""

    def row(self, item: Item) -> str:
        return f"{self.public_url}/{self.database}/{item.row}"

    def latest(self) -> str:
        return f"{self.public_url}/{self.database}/mentions?_sort_desc=first_seen"


def entries(items: Iterable[Item], follows: Iterable[Follow]) -> list[Entry]:
    """The items any of the follows matches, most important first."""
    follows = tuple(follows)
    found = []
    for item in items:
        chosen = next((each for each in follows if each.matches(item)), None)
        if chosen:
            found.append(Entry(item, listed_under(item, chosen), chosen))
    return sorted(found, key=order)


def order(entry: Entry) -> tuple:
    item = entry.item
    return (-item.importance, entry.council, item.kind, item.title, item.page_no or 0)


def listed_under(item: Item, follow: Follow) -> str:
    """The council the subscriber follows the item for, else the first it names."""
    followed = item.councils & set(follow.councils)
    names = sorted(council_name(code) for code in followed or item.councils)
    return names[0] if names else "No council named"


def digest(
    email: str, found: list[Entry], sender: str, links: Links, cap: int = CAP
) -> EmailMessage:
    """The digest of `found` (most important first) for `email`."""
    shown, more = found[:cap], len(found) - cap
    # Sections in the order of their most important entry, as `found` is sorted.
    grouped: dict[str, list[Entry]] = {}
    for entry in shown:
        grouped.setdefault(f"{entry.council}: {entry.item.kind}", []).append(entry)
    sections = list(grouped.items())
    message = EmailMessage()
    message["From"] = sender
    message["To"] = email
    message["Subject"] = f"casewatch: {len(found)} new - {found[0].item.headline}"[:150]
    message["List-Unsubscribe"] = f"<mailto:{sender}?subject=unsubscribe>"
    message.set_content(text_part(len(found), sections, more, links))
    message.add_alternative(
        html_part(len(found), sections, more, links), subtype="html"
    )
    return message


def text_part(
    total: int, sections: list[tuple[str, list[Entry]]], more: int, links: Links
) -> str:
    lines = [f"casewatch found {total} new for you, most important first.", ""]
    for heading, group in sections:
        lines += [f"== {heading} ==", ""]
        for entry in group:
            item = entry.item
            lines.append(f"* {item.headline}")
            if item.excerpt:
                excerpt = item.excerpt.replace(OPEN, "«").replace(CLOSE, "»")
                lines.append(f'  "{excerpt}"')
            lines.append(f"  {where(item)}")
            if stated := stated_in(item):
                lines.append(f"  {stated}")
            lines.append(f"  Why: {entry.why}")
            lines += [
                f"  {label}: {url}" for label, url in addresses(item, links) if url
            ]
            lines.append("")
    if more > 0:
        lines += [f"... and {more} more: {links.latest()}", ""]
    lines += ["--", UNSUBSCRIBE]
    return "\n".join(lines) + "\n"


def html_part(
    total: int, sections: list[tuple[str, list[Entry]]], more: int, links: Links
) -> str:
    parts = [f"<p>casewatch found {total} new for you, most important first.</p>"]
    for heading, group in sections:
        parts.append(f"<h2>{escape(heading)}</h2><ul>")
        for entry in group:
            item = entry.item
            excerpt = (
                escape(item.excerpt).replace(OPEN, "<mark>").replace(CLOSE, "</mark>")
            )
            anchors = " | ".join(
                f'<a href="{escape(url)}">{label}</a>'
                for label, url in addresses(item, links)
                if url
            )
            parts.append(
                f"<li><p><strong>{escape(item.headline)}</strong></p>"
                + (f"<blockquote>{excerpt}</blockquote>" if item.excerpt else "")
                + f"<p>{escape(where(item))}<br>"
                + (f"{escape(stated)}<br>" if (stated := stated_in(item)) else "")
                + f"Why: {escape(entry.why)}<br>"
                + f"{anchors}</p></li>"
            )
        parts.append("</ul>")
    if more > 0:
        parts.append(
            f'<p><a href="{escape(links.latest())}">... and {more} more</a></p>'
        )
    parts.append(f"<hr><p>{escape(UNSUBSCRIBE)}</p>")
    return "<!doctype html><html><body>" + "\n".join(parts) + "</body></html>\n"


def where(item: Item) -> str:
    """Document title, page number and the document's own date, as far as known
    (the digest itself is of what casewatch found since the last one)."""
    page = f", page {item.page_no}" if item.page_no else ""
    date = f", dated {item.published}" if item.published else ""
    return f"{item.title}{page}{date}"


def stated_in(item: Item) -> str:
    """Where else the same review or judgement is stated, when it is more than one
    place: it is shown once, with all of them."""
    if len(item.sources) < 2:
        return ""
    return f"Stated in {len(item.sources)} sources: {'; '.join(item.sources)}"


def addresses(item: Item, links: Links) -> list[tuple[str, str]]:
    return [
        ("Source", item.source_url),
        ("Kept copy", links.kept(item)),
        ("In the archive", links.row(item)),
    ]


def admin_message(troubles: list[Trouble], sender: str, admin: str) -> EmailMessage:
    """The admin's notice of sources that turned broken or blocked, grouped by
    kind of source and reason (casewatch/alerts/admin.py)."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = admin
    message["Subject"] = f"casewatch: {summary(troubles)} turned broken or blocked"
    message.set_content(notice(troubles))
    return message
