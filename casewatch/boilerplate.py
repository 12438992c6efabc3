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
    edges = [
        [(span, shape(page[span[0] : span[1]])) for span in _edge_spans(page)]
        for page in pages
    ]
    shapes = [{line for _, line in edge} for edge in edges]
    repeated = running_lines(shapes)
    if not repeated:
        return list(pages)
    kept = [pages[0]]
    for number, page in enumerate(pages[1:], start=1):
        running = repeated & shapes[number - 1]
        kept.append(
            _blanked(page, [span for span, line in edges[number] if line in running])
        )
    return kept


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


def _edge_spans(page: str) -> list[tuple[int, int]]:
    """Where the first and last EDGE_LINES non-blank lines are, top to foot: found
    from each end, so a page's middle is never read."""
    top: list[tuple[int, int]] = []
    for line in LINE.finditer(page):
        if len(top) == EDGE_LINES:
            break
        if line[0].strip():
            top.append(line.span())
    foot: list[tuple[int, int]] = []
    end = len(page)
    while len(foot) < EDGE_LINES and end > (top[-1][1] if top else 0):
        # after the line's "\n", or a "\r" on the line (not the whole page's last)
        start = page.rfind("\n", 0, end) + 1
        start = max(start, page.rfind("\r", start, end) + 1)
        if page[start:end].strip():
            foot.append((start, end))
        end = start - 1
    return top + [span for span in reversed(foot) if span not in top]


def _blanked(page: str, spans: list[tuple[int, int]]) -> str:
    """The page with these lines blanked."""
    for start, end in spans:
        page = page[:start] + _blank(page[start:end]) + page[end:]
    return page


def _blank(line: str) -> str:
    """Spaces, ending in a full stop: what follows a header starts a sentence."""
    return " " * (len(line) - 1) + "."
