"""Records: the reviews and judgements a document's mentions add up to.

A review named in several sentences of a document is one record; a judgement is one
record per mention. Records carry the council both as written and as its ONS code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from casewatch.detectors.base import Mention
from casewatch.places import council_for

# When a document says several things of a review's publication, the strongest wins.
STATUS_STRENGTH = ("unknown", "published", "in_progress", "unpublished", "withheld")


@dataclass(frozen=True)
class ReviewRecord:
    """One identifiable case review and the sentence that says its status."""

    type: str
    subject: str | None
    board: str | None
    local_authority: str | None
    la_code: str | None
    year: int | None
    status: str
    status_sentence: str
    mentions: tuple[Mention, ...]

    @property
    def key(self) -> tuple[str, str, str]:
        """Type, council (or board) and subject: the same review in any document."""
        place = self.la_code or (self.board or "").lower()
        return self.type, place, (self.subject or "").lower()


@dataclass(frozen=True)
class OfstedRecord:
    """One Ofsted judgement (or gradeless visit) of a council's children's services."""

    local_authority: str | None
    la_code: str | None
    judgement_area: str
    grade: str | None
    visit_type: str
    date: str | None
    mention: Mention


def review_records(mentions: Iterable[Mention]) -> list[ReviewRecord]:
    """The identifiable reviews among case-review mentions, in reading order; those
    without a subject are taken to be one review per type and page ("a serious case
    review ... the SCR was not published")."""
    groups: dict[tuple, list[Mention]] = {}
    for mention in mentions:
        fields = mention.fields
        if mention.kind != "case_review" or fields.get("specific") != "yes":
            continue
        subject = fields.get("subject", "").lower()
        key = (fields["type"], subject or mention.page_no)
        groups.setdefault(key, []).append(mention)
    return [_review(group) for group in groups.values()]


def _review(group: list[Mention]) -> ReviewRecord:
    def first(name: str) -> str | None:
        return next((m.fields[name] for m in group if m.fields.get(name)), None)

    telling = max(group, key=lambda m: STATUS_STRENGTH.index(m.fields["status"]))
    year = first("year")
    return ReviewRecord(
        type=group[0].fields["type"],
        subject=first("subject"),
        board=first("board"),
        local_authority=first("local_authority"),
        la_code=first("la_code"),
        year=int(year) if year else None,
        status=telling.fields["status"],
        status_sentence=telling.snippet,
        mentions=tuple(group),
    )


def ofsted_records(mentions: Iterable[Mention]) -> list[OfstedRecord]:
    """A record for each Ofsted mention, with the council's code where known."""
    records = []
    for mention in mentions:
        if mention.kind != "ofsted_judgement":
            continue
        fields = mention.fields
        written = fields.get("local_authority")
        council = council_for(written) if written else None
        records.append(
            OfstedRecord(
                local_authority=written,
                la_code=council.code if council else None,
                judgement_area=fields["judgement_area"],
                grade=fields.get("grade"),
                visit_type=fields["visit_type"],
                date=fields.get("date"),
                mention=mention,
            )
        )
    return records
