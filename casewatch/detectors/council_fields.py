"""The council a fact belongs to, as written and as ONS codes, from the board that
holds it or the council the text names.

One helper for every detector: a case review's council comes from its board first,
an Ofsted judgement's from the council its sentence or passage names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casewatch.places import councils_of, find_councils, partnership_for

SEVERAL_PLACES = re.compile(r"\s(?:and|&)\s.*(?:Safeguarding|Community)")
COUNCIL_WORD = re.compile(r"\s+(?:(?:City|County|Borough|District)\s+)?Council\b")


@dataclass(frozen=True)
class CouncilFields:
    """A council as the text writes it and its ONS code."""

    local_authority: str
    la_code: str

    def as_fields(self) -> dict[str, str]:
        return {"local_authority": self.local_authority, "la_code": self.la_code}


def council_fields(board: str, sentence: str) -> CouncilFields | None:
    """The council (as written, code) the review belongs to: its board's, when the
    board is one council's, else the one council the sentence names as a council
    ("Doncaster Council"): a place named in passing says nothing of who holds it."""
    if board and (partnership := partnership_for(board)):
        spanned = councils_of(partnership)
        if len(spanned) == 1:
            return CouncilFields(spanned[0].name, spanned[0].code)
        return None
    if board:
        if SEVERAL_PLACES.search(board):
            return None
        named = find_councils(board)
        source = board
    else:
        named = [
            (council, start, end)
            for council, start, end in find_councils(sentence)
            if COUNCIL_WORD.match(sentence, end)
            or sentence[start:end].endswith("Council")
        ]
        source = sentence
    if len({council.code for council, _, _ in named}) != 1:
        return None
    council, start, end = named[0]
    return CouncilFields(" ".join(source[start:end].split()), council.code)
