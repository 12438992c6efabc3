"""Running headers and footers: the lines a document repeats at the top or foot of
its pages ("BoD Agenda and Papers 14 May 2026", "Page 8 of 8").

They are not part of any sentence, yet a sentence that starts a page would run
back into them. `without_boilerplate` blanks them with spaces, each ending in a
full stop so that the sentence after a header starts after it, and keeps every
line break: a page keeps its length and every character offset into it still points
into the page text as extracted and stored. Pure: page texts in, page texts out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

# Headers and footers sit within this many non-blank lines of a page's top or foot.
EDGE_LINES = 4
# A line is a running header when it is at an edge of at least this many pages...
LEAST_PAGES = 2
# ...and, in a longer document, of at least this share of them (a section's own
# header runs over a few dozen pages of a 160-page pack).
LEAST_SHARE = 0.05
# Page numbers and dates change from page to page; the words around them do not.
NUMBERS = re.compile(r"\d+")
LINE = re.compile(r"[^\r\n]+")


def without_boilerplate(pages: Sequence[str]) -> list[str]:
    """The pages with their running headers and footers blanked (same lengths).

    A running line is blanked on a page only when the page before had it at an
    edge too: the first page of a run keeps it, as a report's title page (its
    title later the header of every page) or a pack's cover must stay readable.
    """
    edges = [{shape(line) for line in _edge_lines(page)} for page in pages]
    repeated = running_lines(edges)
    if not repeated:
        return list(pages)
    return [pages[0]] + [
        _blanked(page, repeated & edges[number - 1])
        for number, page in enumerate(pages[1:], start=1)
    ]


def running_lines(edges: Sequence[set[str]]) -> frozenset[str]:
    """The shapes (`shape`) at the edge of enough pages to be running lines."""
    seen: Counter[str] = Counter()
    for shapes in edges:
        seen.update(shapes)
    least = max(LEAST_PAGES, round(LEAST_SHARE * len(edges)))
    return frozenset(line for line, count in seen.items() if line and count >= least)


def shape(line: str) -> str:
    """A line with its numbers as '#' and its spacing collapsed: 'Page # of #'."""
    return " ".join(NUMBERS.sub("#", line).split())


def _edge_lines(page: str) -> list[str]:
    lines = [line for line in LINE.findall(page) if line.strip()]
    if len(lines) <= 2 * EDGE_LINES:
        return lines
    return lines[:EDGE_LINES] + lines[-EDGE_LINES:]


def _blanked(page: str, running: frozenset[str]) -> str:
    """Blank the page's edge lines that are running lines."""
    if not running:
        return page
    edges = set(_edge_lines(page))
    return LINE.sub(
        lambda found: (
            _blank(found[0])
            if found[0] in edges and shape(found[0]) in running
            else found[0]
        ),
        page,
    )


def _blank(line: str) -> str:
    """Spaces, ending in a full stop: what follows a header starts a sentence."""
    return " " * (len(line) - 1) + "."
