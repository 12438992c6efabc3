"""Records: the reviews and judgements a document's mentions add up to.

A review named in several sentences of a document is one record; a judgement is one
record per mention. Records carry the council both as written and as its ONS code,
and a review every council of its board (`la_codes`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from casewatch.detectors.base import Mention
from casewatch.detectors.ofsted_terms import restates
from casewatch.detectors.review_rules import OTHER_REVIEW_ID
from casewatch.detectors.review_subjects import CODE, COMPLAINS, each_of
from casewatch.places import council_for

# When a document says several things of a review's publication, the strongest wins.
STATUS_STRENGTH = ("unknown", "published", "in_progress", "unpublished", "withheld")
# Words a subject is written with or without.
SUBJECT_FILLER = frozenset(("the", "and", "&", "mr", "mrs", "ms", "miss", "mx"))
# The words a pseudonym's letters follow, which a name does not need ("Child Cameron"),
# and a police operation's ("Operation Brooke" is the review "Brooke").
NAME_WORDS = frozenset(("child", "baby", "adult", "operation"))
# What says which council a review belongs to, the surest first (council_fields).
COUNCIL_EVIDENCE = ("board", "sentence", "passage", "place")


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
    la_codes: tuple[str, ...] = ()  # every council: all of a joint board's

    def as_dict(self) -> dict:
        """The record as `casewatch detect --jsonl` writes it."""
        first = self.mentions[0]
        return {
            "type": self.type,
            "subject": self.subject,
            "board": self.board,
            "local_authority": self.local_authority,
            "la_code": self.la_code,
            "la_codes": list(self.la_codes),
            "year": self.year,
            "status": self.status,
            "status_sentence": self.status_sentence,
            "rule_id": first.rule_id,
            "page": first.page_no,
            "snippet": first.snippet,
        }

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

    def as_dict(self) -> dict:
        """The record as `casewatch detect --jsonl` writes it. A visit judges no
        area (the archive, whose column is never empty, keeps "other")."""
        return {
            "local_authority": self.local_authority,
            "la_code": self.la_code,
            "judgement_area": self.judgement_area if self.grade else None,
            "grade": self.grade,
            "visit_type": self.visit_type,
            "date": self.date,
            "rule_id": self.mention.rule_id,
            "page": self.mention.page_no,
            "snippet": self.mention.snippet,
        }

    @property
    def key(self) -> tuple[object, ...]:
        """Page, council, area (none for a visit), grade (or kind of visit) and
        date: the same judgement stated twice on a page, whether or not each
        sentence says an inspection made it. (Each page that states a judgement
        is a source of it: a report's table and its section heading are two.)"""
        return (*self.undated_key, self.date)

    @property
    def undated_key(self) -> tuple[object, ...]:
        place = self.la_code or (self.local_authority or "").lower() or None
        area = self.judgement_area if self.grade else None
        return self.mention.page_no, place, area, self.grade or self.visit_type


def review_records(mentions: Iterable[Mention]) -> list[ReviewRecord]:
    """The identifiable reviews among case-review mentions, in reading order. One
    without a subject is the document's only named review of its type, if there is
    one ("the Serious Case review" in a response to the Child R review) and not
    told apart from it ("a previous SCR"), else one review per type and page ("a
    serious case review ... the SCR was not published")."""
    specific = [
        mention
        for mention in mentions
        if mention.kind == "case_review" and mention.fields.get("specific") is True
    ]
    specific = _without_subjects_not_theirs(specific)
    subjects: dict[str, set[tuple[str, ...]]] = {}
    said: dict[tuple, set[str]] = {}  # what each named review's sentences say of it
    in_sentence: dict[tuple[str, str], set[tuple[str, ...]]] = {}  # named, by sentence
    for mention in specific:
        if subject := _subject_key(mention):
            review_type = _family(mention)[0]
            subjects.setdefault(review_type, set()).add(subject)
            said.setdefault((review_type, subject), set()).add(mention.fields["status"])
            in_sentence.setdefault((review_type, mention.snippet), set()).add(subject)
    groups: dict[tuple, list[Mention]] = {}
    last: dict[tuple[str, int], tuple[str, ...]] = {}  # the last named, by page
    for mention in specific:
        review_type, subject = _family(mention, subjects)
        named = subjects.get(review_type, set())
        beside = in_sentence.get((review_type, mention.snippet), set())
        if not subject and len(beside) == 1:
            # the one review its sentence names ("The report on the Ms Taylor SAR
            # was published in February 2019 which is the second SAR published in
            # Haringey")
            subject = next(iter(beside))
        elif not subject and THIS_REVIEW.search(mention.snippet):
            # ... or the review named last before it ("the learning from this SAR")
            subject = last.get((review_type, mention.page_no), ())
        if subject:
            last[review_type, mention.page_no] = subject
        if _named_apart(mention, named):
            continue
        if review_type == "other" and not subject and not named:
            # a review told of by what it did ("the partnership published the review
            # into the death of a six-week old baby") on a page of one named
            # review of a kind is that review
            typed = [(kind, name) for kind in subjects for name in subjects[kind]]
            if len(typed) == 1:
                review_type, subject = typed[0]
        if not subject and len(named) == 1 and not mention.fields.get("another"):
            only = next(iter(named))
            if not _said_otherwise(mention, said[(review_type, only)]):
                subject = only
        groups.setdefault((review_type, subject or mention.page_no), []).append(mention)
    return [_review(group) for group in groups.values()]


def _without_subjects_not_theirs(specific: list[Mention]) -> list[Mention]:
    """The mentions, unnamed where the subject is not the review's: the person a
    story tells of, guessed for a review whose sentences name no one, where a
    review of its kind gives someone a pseudonym ("five-month-old Eli Cox" beside
    "the baby, referred to as Child D": one review, by its name); and whoever
    complains of the review ("Mr B complained about the way the Council handled a
    Safeguarding Adult Review ... it involved Mr B in the process", an Ombudsman's
    decision)."""
    told: dict[str, dict[tuple[str, ...], str]] = {}
    for mention in specific:
        if (key := _subject_key(mention)) and not _guessed(mention):
            family = told.setdefault(_family(mention)[0], {})
            family[key] = str(mention.fields["subject"])
    coded = {
        family
        for family, names in told.items()
        if len(names) == 1 and CODE.fullmatch(next(iter(names.values())))
    }
    complainants = {
        " ".join(found["who"].split())
        for mention in specific
        for found in COMPLAINANT.finditer(mention.snippet)
    }
    return [
        _unnamed(mention)
        if (_guessed(mention) and _family(mention)[0] in coded)
        or mention.fields.get("subject") in complainants
        else mention
        for mention in specific
    ]


COMPLAINANT = re.compile(
    r"\b(?P<who>(?:Mrs|Mr|Ms|Miss|Mx)\.?\s+[A-Z]{1,2})" + COMPLAINS.pattern
)


def _guessed(mention: Mention) -> bool:
    return mention.fields.get("subject_from") == "text"


def _unnamed(mention: Mention) -> Mention:
    fields = dict(mention.fields)
    del fields["subject"]
    fields.pop("subject_from", None)
    return replace(mention, fields=fields)


# A review pointed back to: "the learning from this SAR".
THIS_REVIEW = re.compile(
    r"\b(?:this|that)\s+(?:[\w-]+\s+){0,3}?(?:reviews?|SARs?|SCRs?|DHRs?|L?CSPRs?)\b",
    re.IGNORECASE,
)
# A practice review called local or national in one sentence and not in the next
# ("Child Safeguarding Practice Review: MDS20/PDS20 The DDSCP have published the
# local Child Safeguarding Practice Review ... MDS20/PDS20") is one review, of the
# kind the text names most exactly.
FAMILY = {"LCSPR": "CSPR", "NCSPR": "CSPR"}


def _family(
    mention: Mention, subjects: dict[str, set[tuple[str, ...]]] | None = None
) -> tuple[str, tuple[str, ...]]:
    """The kind of review a mention's record is of, and its subject's words (the
    fuller name of one subject the document names in part elsewhere); an
    untyped review ("The review by Leicestershire and Rutland ...", "A report into
    the Daniel's death") whose subject is, or is part of, one typed review's of the
    document ("a serious case review ... Baby C", "murdered four-year-old Daniel
    Pelka") is that review."""
    review_type = str(mention.fields["type"])
    subject = _subject_key(mention)
    # (not a rapid or an agency's management review, a review of its own before
    # the one it may lead to: "the national safeguarding practice review ...
    # following the findings from the rapid review into the death of baby
    # Victoria Marten")
    if (
        review_type == "other"
        and subjects
        and subject
        and mention.rule_id != OTHER_REVIEW_ID
    ):
        typed = [
            (kind, name)
            for kind, named in subjects.items()
            if kind != "other"
            for name in named
            if set(subject) <= set(name)
        ]
        if len(typed) == 1:
            return typed[0]
    family = FAMILY.get(review_type, review_type)
    if subjects and subject and (real := _alias_of(mention, subject)):
        # the name a review gives someone the text names ("states the SCR, which
        # refers to Ayeeshia as "Polly"") is theirs: one review
        named = [name for name in subjects.get(family, ()) if set(real) <= set(name)]
        if len(named) == 1:
            return family, named[0]
    if subjects and _a_reference(subject):
        # a register's reference for the review ("Domestic Homicide Review DHR01")
        # beside the one person it names ("the death of Jane") is that review
        named = [name for name in subjects.get(family, ()) if not _a_reference(name)]
        if len(named) == 1:
            return family, named[0]
    if subjects and subject and (whole := _one_family_s(subject, subjects, family)):
        return family, whole  # "Family R" in a review of "Child R and Family R"
    if subjects and subject and all(len(word) > 2 for word in subject):
        # a first name and the full name it is part of are one subject ("Jaden
        # Moodie was 14 years old ... the author of Jaden's serious case review")
        fuller = [name for name in subjects.get(family, ()) if set(subject) < set(name)]
        if len(fuller) == 1:
            return family, fuller[0]
    return family, subject


# A review's reference: its kind's acronym and a number ("DHR01", "SAR 3").
REFERENCE = re.compile(r"(?:dhr|sar|scr|l?cspr)\s?\d{1,3}")


def _a_reference(subject: tuple[str, ...]) -> bool:
    return bool(REFERENCE.fullmatch(" ".join(subject)))


def _one_family_s(
    subject: tuple[str, ...], subjects: dict[str, set[tuple[str, ...]]], family: str
) -> tuple[str, ...] | None:
    """The one fuller subject of a family's members by one letter ("Child R and
    Family R") that a subject by that letter is part of: one review, where "Baby F
    and Child G" may be two."""
    letters = {word for word in subject if len(word) == 1}
    fuller = [
        name
        for name in subjects.get(family, ())
        if set(subject) < set(name) and letters == {w for w in name if len(w) == 1}
    ]
    return fuller[0] if len(letters) == 1 and len(fuller) == 1 else None


# Someone the text names, and the name a review gives them: "refers to Ayeeshia as
# "Polly"", "calls Daniel 'Child D'", "Ayeeshia, referred to in the review as Polly".
_REAL_NAME = r"[A-Z][\w\u2019'-]+(?:\s[A-Z][\w\u2019'-]+)?"
ALIAS = re.compile(
    rf"(?:\brefer(?:s|red)?\s+to\s+(?P<real>{_REAL_NAME})\s+as"
    rf"|\bcalls?\s+(?P<called>{_REAL_NAME})"
    rf"|(?P<before>{_REAL_NAME}),?\s+(?:who\s+is\s+|is\s+)?referred\s+to\s+"
    r"(?:in\s+the\s+(?:review|report)\s+)?as)"
    r"\s+[\u201c\u2018\"']?(?P<alias>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)"
)


def _alias_of(mention: Mention, subject: tuple[str, ...]) -> tuple[str, ...]:
    """The words of the name the text gives the person whose review's name for
    them is `subject`, said in the mention's sentence; () when none."""
    for found in ALIAS.finditer(mention.snippet):
        if _words(found["alias"]) == subject:
            return _words(found["real"] or found["called"] or found["before"])
    return ()


def _subject_key(mention: Mention) -> tuple[str, ...]:
    return _words(mention.fields.get("subject") or "")


def _words(subject: str) -> tuple[str, ...]:
    """A subject's words however the text writes them: "Ms BB and Ms CC" is the
    review "BB and CC", "The Z Family" is "Z Family", "Child Cameron" is "Cameron"
    (a name, where "Child C" is a pseudonym), "Jo-Jo" is "JoJo" and "Tiffin-Brown"
    is "Tiffin Brown"."""
    words = set()
    for word in subject.lower().split():
        parts = word.split("-")
        words |= {"".join(parts)} if len(set(parts)) == 1 else set(parts)
    words -= SUBJECT_FILLER
    named = [word for word in words if word not in NAME_WORDS]
    if len(words) == 2 and len(named) == 1 and len(named[0]) > 2:
        return (named[0],)
    return tuple(sorted(words))


def _said_otherwise(mention: Mention, said: set[str]) -> bool:
    """Does an unnamed review's sentence say another status than every sentence of
    the one named review says ("Council have now published their DHR" beside "DHR
    5 will be published on the 8th January"): another review?"""
    status = mention.fields["status"]
    told = said - {"unknown"}
    return status != "unknown" and bool(told) and status not in told


def _named_apart(mention: Mention, named: set[tuple[str, ...]]) -> bool:
    """Are the pseudonyms a subject joins each the subject of a review of their
    own ("two local SCRs (Baby F and Child G)"): two reviews, not a third?"""
    parts = each_of(mention.fields.get("subject") or "")
    return len(parts) > 1 and all(_words(part) in named for part in parts)


def _review(group: list[Mention]) -> ReviewRecord:
    def first(name: str) -> str | None:
        return next((m.fields[name] for m in group if m.fields.get(name)), None)

    telling = max(group, key=lambda m: STATUS_STRENGTH.index(m.fields["status"]))
    placed = _surest_council(group)
    year = first("year")
    types = [m.fields["type"] for m in group]
    return ReviewRecord(
        type=next((t for t in types if t in FAMILY), _typed(types)),
        subject=_fullest_subject(group),
        board=_board(group, placed),
        local_authority=placed.get("local_authority"),
        la_code=placed.get("la_code"),
        year=int(year) if year else None,
        status=telling.fields["status"],
        status_sentence=telling.fields.get("status_sentence", telling.snippet),
        mentions=tuple(group),
        la_codes=tuple(placed.get("la_codes", ())),
    )


def _fullest_subject(group: list[Mention]) -> str | None:
    """The subject the group's mentions name most fully ("Jaden Moodie", not the
    "Jaden" of a later sentence), a person before a reference ("Jane", not
    "DHR01"); the first of equals."""
    subjects = [m.fields["subject"] for m in group if m.fields.get("subject")]
    words = {subject: _words(subject) for subject in subjects}
    return max(
        subjects,
        key=lambda subject: (not _a_reference(words[subject]), len(words[subject])),
        default=None,
    )


def _typed(types: list[str]) -> str:
    """The first type the mentions name other than `other`, if any."""
    return next((t for t in types if t != "other"), types[0])


def _surest_council(group: list[Mention]) -> dict:
    """The fields of the mention whose council is surest (its board's first)."""
    placed = [m.fields for m in group if m.fields.get("la_codes")]
    return min(
        placed,
        key=lambda fields: COUNCIL_EVIDENCE.index(fields["council_from"]),
        default={},
    )


def _board(group: list[Mention], council: dict) -> str | None:
    """The board as written in full: one named with its place, else any that
    serves the record's council (not the page's board beside "Derbyshire SCR
    Polly" on Luton's page)."""
    councils = set(council.get("la_codes", ()))
    boards = [
        m.fields["board"]
        for m in group
        if m.fields.get("board")
        and (not councils or councils & set(m.fields.get("la_codes", ())))
    ]
    placed = [
        m.fields["board"]
        for m in group
        if m.fields.get("board") and m.fields.get("council_from") == "board"
    ]
    return next(iter(placed or boards), None)


def ofsted_records(mentions: Iterable[Mention]) -> list[OfstedRecord]:
    """The judgements among a document's Ofsted mentions, each once a page (an
    undated visit, or grade spoken of again, repeats one another sentence of the
    page dates), with the council's code where known. When a document's
    judgements name one council only, those that name none are its (a news story
    names the council once, then goes on about its grades), but for a grade of
    councils its sentence counts ("Two London boroughs ... rated "outstanding"")."""
    judged = [mention for mention in mentions if mention.kind == "ofsted_judgement"]
    named = {
        council.code: (written, council)
        for mention in judged
        if (written := mention.fields.get("local_authority"))
        and (council := council_for(written))
    }
    only = next(iter(named.values())) if len(named) == 1 else (None, None)
    records: dict[tuple, OfstedRecord] = {}
    for mention in judged:
        record = _judgement(mention, only)
        records.setdefault(record.key, record)
    dated = {record.undated_key for record in records.values() if record.date}
    current = {
        record.undated_key
        for record in records.values()
        if record.date and record.mention.fields.get("current")
    }
    months = {
        (*record.undated_key, record.date[:4])
        for record in records.values()
        if record.date and len(record.date) > 4
    }
    return [
        record
        for record in records.values()
        if not _again(record, dated, current)
        # a year is the same judgement as a month of it ("rated 'inadequate' in
        # 2017" and "branded it 'inadequate' in September 2017")
        and (*record.undated_key, record.date) not in months
    ]


ANOTHER_TIME = re.compile(
    r"\b(?:again|still|remains?|remained|once\s+more|second|third|re-?inspect\w*)\b"
    # ... or an inspection of its own: "now rated 'good' in all areas following an
    # Ofsted pilot inspection"
    r"|\b(?:following|after)\s+(?:an?|its|the\s+(?:latest|recent|new|most\s+recent))"
    r"\s+(?:[\w-]+\s+){0,2}inspection\b",
    re.IGNORECASE,
)


def _again(record: OfstedRecord, dated: set[tuple], current: set[tuple]) -> bool:
    """Is an undated record a dated one spoken of again: a visit, a grade the
    sentence restates ("The 'good' rating is an improvement from ..."), the
    service's current grade, which the page's own date dates ("Wednesday 14 June
    2017 Kent's Children's Services Rated Good by Ofsted ... rating the Council's
    services as 'Good'") or which it has held since a year ("rated 'requires
    improvement' since 2019"), or any grade the page dates, unless its sentence
    says it was given another time ("rated inadequate again")? Measured: held out,
    11 fewer false judgements for 3 lost where a page gives the same grade twice
    without saying so ("Nottinghamshire children's services rated 'good' by Ofsted
    ... At the last inspection in 2015, Nottinghamshire was judged to be good")."""
    if record.date or record.undated_key not in dated:
        return False
    if not record.grade or record.undated_key in current:
        return True
    snippet = record.mention.snippet
    return restates(snippet, record.grade) or not ANOTHER_TIME.search(snippet)


def _judgement(mention: Mention, only: tuple) -> OfstedRecord:
    fields = mention.fields
    written = fields.get("local_authority")
    council = council_for(written) if written else None
    if written is None and not fields.get("councils_counted"):
        written, council = only
    return OfstedRecord(
        local_authority=written,
        la_code=council.code if council else None,
        judgement_area=fields["judgement_area"],
        grade=fields.get("grade"),
        visit_type=fields["visit_type"],
        date=fields.get("date"),
        mention=mention,
    )
