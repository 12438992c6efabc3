"""The councils a document concerns, each with how it is known (`via`).

Every document belongs to the council of each watched source that listed it
(`source`) and to every council of a partnership that is such a source
(`partnership`). A news story belongs, besides its title's patch, to the councils
its records name, every council of a multi-council board among them (`record`), and
to the councils its text names (`text`): the Surrey Comet's story about the Kingston
and Richmond board's review is Kingston's and Richmond's. Pure lookups in the place
register; the store keeps the result in `document_councils`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from casewatch import places
from casewatch.detectors import OfstedRecord, ReviewRecord

# How a council is known, most direct first; a council known two ways keeps the first.
VIA = ("source", "partnership", "record", "text")


def of_source(
    council: str | None, organisation: str | None, name: str | None
) -> list[tuple[str, str]]:
    """A watched source's councils: the one it names (by code), the organisation
    when that is a council's code, and each council of a partnership it is."""
    found = [
        (code, "source")
        for code in (council, organisation)
        if code and places.by_code(code)
    ]
    joint = places.partnership_for(name) if name else None
    found += (
        [(c.code, "partnership") for c in places.councils_of(joint)] if joint else []
    )
    return found


def of_story(
    pages: Sequence[str],
    reviews: Iterable[ReviewRecord],
    judgements: Iterable[OfstedRecord],
) -> list[tuple[str, str]]:
    """A news story's councils from its records, then from its text."""
    found = [
        (code, "record")
        for review in reviews
        for code, _ in places.councils_concerned(review.la_code, review.board)
    ]
    found += [(j.la_code, "record") for j in judgements if j.la_code]
    found += [
        (council.code, "text")
        for page in pages
        for council, _, _ in places.find_councils(page)
    ]
    return found


def strongest(found: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each council once, with the most direct way it is known; the councils that
    took over an abolished one are known the same way (a story about Cumbria County
    Council is Cumberland's too)."""
    best: dict[str, str] = {}
    for code, via in sorted(found, key=lambda pair: VIA.index(pair[1])):
        for each in (code, *places.successors_of(code)):
            best.setdefault(each, via)
    return best
