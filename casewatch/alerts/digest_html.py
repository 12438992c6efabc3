"""A digest's HTML part, laid out as mail programs accept: nested tables 600 pixels
wide at most, every style inline (Gmail and Outlook drop style sheets), no images,
no scripts; the matched words marked; a coloured rule beside each item says how
much it matters (red: withheld or inadequate). Pure: a compose.Digest in, a page
out.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from casewatch.alerts.items import CLOSE, OPEN
from casewatch.words import plural

if TYPE_CHECKING:
    from casewatch.alerts.compose import Digest, Section, Shown

FONT = "font-family:Arial,Helvetica,sans-serif;"
INK, QUIET, BLUE, PAPER = "#1f1f1f", "#555555", "#1d4f91", "#f2f2ee"
LINK = f"color:{BLUE};text-decoration:underline;"
MARK = "background-color:#ffe46b;color:#1f1f1f;font-weight:bold;"
# The rule beside an item, by importance (items.IMPORTANCE): withheld and
# inadequate red, unpublished and changed grades orange, other news blue, search
# matches grey.
RULE_COLOURS = ((6, "#b3261e"), (5, "#c25e00"), (2, BLUE), (0, "#9a9a9a"))
TABLE = 'role="presentation" cellpadding="0" cellspacing="0" border="0"'


def html_part(digest: Digest) -> str:
    rows = [heading_row(digest)]
    for section in digest.sections:
        rows.append(section_row(section))
        rows += [entry_row(each) for each in section.shown]
    if digest.more > 0:
        rows.append(
            row(
                f'<a href="{escape(digest.latest_url)}" style="{LINK}">'
                f"… and {digest.more} more in casewatch</a>",
                "padding:8px 24px 16px;font-size:15px;",
            )
        )
    rows.append(footer_row(digest))
    return page("\n".join(rows), digest)


def page(rows: str, digest: Digest) -> str:
    first = digest.sections[0].shown[0].headline if digest.sections else ""
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>casewatch: {digest.total} new</title></head>\n"
        f'<body style="margin:0;padding:0;background-color:{PAPER};">\n'
        # The line mail programs show after the subject in the inbox.
        f'<div style="display:none;max-height:0;overflow:hidden;">{escape(first)}'
        "</div>\n"
        f'<table {TABLE} width="100%" style="background-color:{PAPER};">'
        '<tr><td align="center" style="padding:16px 8px;">\n'
        f'<table {TABLE} width="600" style="width:100%;max-width:600px;'
        f"background-color:#ffffff;border:1px solid #d9d9d4;{FONT}color:{INK};"
        'border-collapse:collapse;">\n'
        f"{rows}\n</table>\n</td></tr></table>\n</body></html>\n"
    )


def row(content: str, style: str) -> str:
    return f'<tr><td style="{style}">{content}</td></tr>'


def heading_row(digest: Digest) -> str:
    return row(
        f'<div style="font-size:22px;line-height:28px;font-weight:bold;color:{BLUE};">'
        "casewatch</div>"
        f'<div style="font-size:15px;line-height:22px;color:{INK};">'
        f"{plural(digest.total, 'new item')} for you, most important first.</div>",
        f"padding:20px 24px 12px;border-bottom:4px solid {BLUE};",
    )


def section_row(section: Section) -> str:
    council = escape(section.council)
    if section.council_url:
        council = (
            f'<a href="{escape(section.council_url)}" style="{LINK}">{council}</a>'
        )
    return row(
        f'<h2 style="margin:0;font-size:18px;line-height:24px;{FONT}">'
        f"{council}: {escape(section.kind)}</h2>",
        f"padding:22px 24px 4px;color:{INK};",
    )


def entry_row(each: Shown) -> str:
    colour = next(colour for least, colour in RULE_COLOURS if each.importance >= least)
    parts = [
        f'<div style="font-size:16px;line-height:22px;font-weight:bold;">'
        f"{escape(each.headline)}</div>"
    ]
    if each.excerpt:
        parts.append(
            f'<div style="margin:6px 0;padding:8px 10px;background-color:#f6f6f2;'
            f'font-size:15px;line-height:22px;">“{marked(each.excerpt)}”</div>'
        )
    small = f"font-size:14px;line-height:20px;color:{QUIET};"
    parts.append(f'<div style="{small}">{escape(each.where)}</div>')
    if each.stated:
        parts.append(f'<div style="{small}">{escape(each.stated)}</div>')
    parts.append(
        '<div style="font-size:14px;line-height:20px;margin-top:4px;">'
        f"<strong>Why:</strong> {escape(each.why)}.</div>"
    )
    anchors = " &nbsp;·&nbsp; ".join(
        f'<a href="{escape(url)}" style="{LINK}">{escape(label)}</a>'
        for label, url in each.links
    )
    parts.append(
        f'<div style="font-size:14px;line-height:22px;margin-top:6px;">{anchors}</div>'
    )
    return row(
        f'<table {TABLE} width="100%"><tr><td style="border-left:4px solid {colour};'
        f'padding:2px 0 2px 12px;word-wrap:break-word;overflow-wrap:anywhere;">'
        + "".join(parts)
        + "</td></tr></table>",
        "padding:10px 24px 12px;",
    )


def marked(excerpt: str) -> str:
    return (
        escape(excerpt)
        .replace(OPEN, f'<mark style="{MARK}">')
        .replace(CLOSE, "</mark>")
    )


def footer_row(digest: Digest) -> str:
    followed = "; ".join(escape(words) for words, _ in digest.followed)
    lines = [
        f"You get this e-mail because you follow {followed} in casewatch.",
        f'<a href="{escape(digest.unsubscribe_url)}" style="{LINK}">Unsubscribe</a>'
        " (one click).",
    ]
    if len(digest.followed) > 1:
        stops = ", ".join(
            f'<a href="{escape(url)}" style="{LINK}">{escape(words)}</a>'
            for words, url in digest.followed
        )
        lines.append(f"Or stop one of them: {stops}.")
    return row(
        "<br>".join(lines),
        f"padding:16px 24px 20px;border-top:1px solid #d9d9d4;font-size:13px;"
        f"line-height:20px;color:{QUIET};",
    )
