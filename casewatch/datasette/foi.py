"""A Freedom of Information request for a review the papers mention but no register
lists: plain text a reporter can copy, addressed to the council that holds it.

Pure: the review, its councils and where the archive saw it in; the text out. It
asks for what reporters ask for: the report or its executive summary, the decision
not to publish and who made it, and when publication was last considered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casewatch.datasette import words
from casewatch.places import Council

UNPUBLISHED = {"withheld", "unpublished"}
REQUESTS = (
    "A copy of the review's final report or, if you will not release the full "
    "report, its executive summary and any published learning briefing or summary "
    "of its findings.",
    "Any decision not to publish the report, or to delay publishing it: the date of "
    "the decision, who made it (the person's role, or the board, panel or meeting "
    "that made it), and the reasons recorded for it.",
    "The date on which publication of the review was last considered, by whom, and "
    "any date set for considering it again.",
)
PARTNERSHIP_NOTE = (
    "Note, not part of the request: a safeguarding partnership or board is not "
    "itself listed under the Act; its papers are usually held by the council that "
    "hosts it, which is why this goes to the council. Send it through the council's "
    "own FOI page or e-mail address, or through WhatDoTheyKnow, and keep the date "
    "you sent it: the Act gives the council 20 working days to reply."
)


@dataclass(frozen=True)
class Sighting:
    """Where the archive saw the review mentioned."""

    document: str
    source: str | None
    page_no: int | None
    date: str
    found: str
    sentence: str
    status_sentence: str | None
    original_url: str | None
    kept_url: str


@dataclass(frozen=True)
class Review:
    type: str | None
    subject: str | None
    board: str | None
    status: str | None
    status_sentence: str | None = None


def draft(review: Review, councils: list[Council], sightings: list[Sighting]) -> str:
    """The request, ready to send, then a note on where to send it."""
    parts = [
        *addressed(councils),
        f"Subject: Freedom of Information request: {described(review)}",
        "",
        "Dear Freedom of Information officer,",
        "",
        opening(review, councils),
        "",
        "It is mentioned in these documents:",
        "",
        *(line for n, seen in enumerate(sightings, 1) for line in sighting(n, seen)),
        "Please send me:",
        "",
        *(f"{n}. {request}" for n, request in enumerate(REQUESTS, 1)),
        "",
        "If you decide that any of this information is exempt, please tell me which "
        "exemption applies to which part, and send me the rest. If the request is "
        "too broad, please tell me how I could narrow it.",
        "",
        "I would like to receive the information by e-mail.",
        "",
        "Yours faithfully,",
        "",
        "[Your name]",
        "[Your postal or e-mail address]",
        "",
        "---",
        PARTNERSHIP_NOTE,
    ]
    return "\n".join(parts) + "\n"


def addressed(councils: list[Council]) -> list[str]:
    if not councils:
        return ["To: the Freedom of Information officer of [the council that hosts "
                "the board or partnership]"]  # fmt: skip
    first, *others = councils
    lines = [f"To: the Freedom of Information officer, {council_line(first)}"]
    lines += [f"Copy to: {council_line(other)}" for other in others]
    return lines


def council_line(council: Council) -> str:
    return (
        f"{council.name} ({council.web_domain})" if council.web_domain else council.name
    )


def described(review: Review) -> str:
    """'serious case review (Child R) by the Kingston and Richmond Local Safeguarding
    Children Board'."""
    kind = words.REVIEW_TYPES.get(review.type or "", "case review").lower()
    said = f"{kind} ({review.subject})" if review.subject else kind
    board = words.board_name(review.board)
    return f"{said} by the {board}" if board else said


def opening(review: Review, councils: list[Council]) -> str:
    where = " and ".join(council.common_name for council in councils)
    about = f"a {described(review)}" + (f", concerning {where}" if where else "")
    if review.status in UNPUBLISHED:
        state = "The documents below say that it has not been published"
        quoted = plain(review.status_sentence or "")
        state += f': "{quoted}"' if quoted else "."
    elif review.status == "in_progress":
        state = "The documents below say that it is under way or awaiting publication."
    else:
        state = "I cannot find it among the published case reviews."
    return (
        "Under the Freedom of Information Act 2000, I am requesting information "
        f"about {about}. {state}"
    )


def sighting(number: int, seen: Sighting) -> list[str]:
    source = f" ({seen.source})" if seen.source else ""
    page = f", page {seen.page_no}" if seen.page_no else ""
    said = plain(seen.sentence)
    status = plain(seen.status_sentence or "")
    if status and status not in said:
        said = f"{said} ... {status}"
    lines = [f'{number}. "{seen.document}"{source}{page}, {seen.date}:', f'   "{said}"']
    if seen.original_url:
        lines.append(f"   Published at: {seen.original_url}")
    lines.append(f"   Archived copy (found {seen.found}): {seen.kept_url}")
    return [*lines, ""]


def plain(sentence: str) -> str:
    """A sentence without the marks that highlight matched words, on one line."""
    return " ".join(re.sub(r"</?mark>", "", sentence).split())
