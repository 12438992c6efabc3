"""Reviews named not by their kind but by what they did: a local board's report on
a death or a case ("the ... Safeguarding Children Partnership has published a report
looking into the case of the baby"), a review of a child's death with the child's
pseudonym ("a review into the death of a three-week-old baby ... identified only as
'Child D'") in a sentence about a council or children's services (a hospital's
review of a death names neither), and a review held instead of a statutory one
("a SAR was not commissioned ... However, it was agreed to instead undertake a
review of Kevin's case")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from casewatch.detectors.base import Fields, sentence_span
from casewatch.detectors.council_fields import boards_in, council_fields
from casewatch.detectors.review_fields import board_in
from casewatch.detectors.review_subjects import (
    CHILD,
    DESCRIBED,
    PERSON,
    PSEUDONYM,
    SUBJECT,
    code_after,
    not_a_person,
    only_code,
    person_of_the_text,
    subject_in,
    subject_of,
    victim_of_the_text,
)
from casewatch.detectors.review_terms import (
    GENERAL,
    GENERAL_REACH,
    GRAVE_HARM,
    LOCAL_BOARD,
    NOT_HELD,
    NOT_HELD_MARKS,
    NOT_HELD_WORDS,
    THEMATIC,
    status_of,
)

BOARD_REPORT_ID = "case_review.board_report"
DEATH_REVIEW_ID = "case_review.death_review"
INSTEAD_ID = "case_review.review_instead"
ONE_SUCH_ID = "case_review.one_such_review"
PSEUDONYM_REVIEW_ID = "case_review.pseudonym_review"
# A review of a case the text names by its pseudonym, which only case reviews give:
# "A review into \u201cChild T\u201d", "a ... Serious Incident Review which followed the
# death of Miss G".
# What joins REVIEW_OF_A_PSEUDONYM's review to its case (lower case).
CASE_JOINED = ("review into", "death of", "case of", "murder of", "killing of")
REVIEW_OF_A_PSEUDONYM = re.compile(
    r"[Rr]eview\b[^.\n]{0,40}?\b(?i:into|(?:followed|following|after|of|into)\s+the"
    r"\s+(?:death|case|murder|killing)s?\s+of)\s+[\u201c\u2018\"']?"
    rf"(?:(?P<code>{PSEUDONYM})"
    # ... or a first name alone, on a page that names the board that held it
    # ("Review into the death of Louise in April 2019 ... Safer Devon Community
    # Safety Partnership wishes ...")
    r"|(?<=death\sof\s)(?P<name>[A-Z][a-z]+)(?![\w-]|\s+[A-Z]))"
)
REPORT_NOUN = re.compile(
    # (a board's own: "Hull Safeguarding Children Board's report into the death of")
    r"(?:\b(?:a|an|the|its|their)|(?<=Board)[\u2019']s|(?<=Partnership)[\u2019']s)\s+"
    # ... not another body's, shared with the board ("The police report on the
    # death of a man was shared with Leeds Safeguarding Adults Board")
    r"(?:(?!(?:police|coroner|inquest|hospital|trust|prison|probation|IOPC|CQC"
    r"|Ofsted|ombudsman|serious\s+incident)\b)[\w-]+\s+){0,3}?"
    # ... or its analysis ("in a damning analysis by The Safer Bristol Partnership")
    r"(?:review|report|analysis)\b"
    # not a process, nor "review" the verb ("the panel review all deaths")
    r"(?!\s+(?:Panel|process|framework|procedure|all|every|each|any)\b)",
    re.IGNORECASE,
)
# Whose kin someone is, in a review of their death ("the review into her daughter's
# death").
KIN = r"daughter|son|wife|husband|partner|sister|brother|grandson|granddaughter"
# A review of one death: "a review into the death of a baby on Teesside", "A
# review into the murder of Ruth Jones", "a case review following the death of a
# two-year-old boy" (not deaths counted: "a review of the deaths of 15 patients").
DEATH_REVIEW = re.compile(
    r"\breview\s+(?:into|of|after|following)\s+(?:the\s+)?"
    r"(?:(?:death|murder|killing|manslaughter)\s+of\s+(?:(?:a|an|the)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{PERSON})\b|(?:{DESCRIBED}\s+){{0,3}}(?-i:[A-Z][a-z]))"
    # ... or of someone's death ("a case review into the child's death", "a review
    # into Jack's death", "the review into her daughter's death")
    rf"|(?:(?:{PERSON})|(?-i:[A-Z][a-z]+)|(?:her|his|their)\s+(?:{KIN}|{PERSON}))"
    r"[\u2019']s\s+(?:death|murder|killing))",
    re.IGNORECASE,
)
# Words of children's or social services, which a council's review sentence holds.
_SOCIAL_CARE = r"children.s\s+services|child\s+protection|social\s+(?:services|work)"
CHILDRENS_SERVICES = re.compile(rf"{_SOCIAL_CARE}|\bcouncil\b", re.IGNORECASE)
# What may stand between the article and an untyped review: words of its size or
# kind ("a case review into"), not another process's ("the child death review", "a
# perinatal mortality review", "An LeDeR review", "The structured judgement review").
_REVIEW_WORDS = (
    r"(?:(?:new|independent|full|case|local|safeguarding|multi-agency|partnership"
    r"|learning|comprehensive|major|further|formal|separate|detailed|urgent"
    r"|thorough|wide-ranging|damning)\s+){0,2}"
)
ONE_REVIEW_BEFORE = re.compile(rf"\b(?:a|an|the)\s+{_REVIEW_WORDS}$", re.IGNORECASE)
# ... or a review a story says found or concluded something of a death it tells
# ("Agencies missed chances to help a boy who starved to death, a review has found").
REVIEW_FOUND = re.compile(
    r"\breview"
    # ... of whose death, case or care between ("..., a safeguarding review into the
    # death of an ex-charity worker has found", "a review into his death has found",
    # "a review of the case has concluded")
    r"(?:\s+(?:of|into)\s+(?:the|his|her|their)\s+(?:death|murder|killing|case|care)"
    r"(?:\s+of\s+[^.,;]{1,60}?)?)?"
    r"\s+(?:has\s+|had\s+)?(?:found|concluded|revealed|said|heard)\s*[.\n]"
)
FOUND_BEFORE = re.compile(rf",\s+{ONE_REVIEW_BEFORE.pattern}", re.IGNORECASE)
# ... or that opens a sentence with it: "A review has found that both social
# services workers and a doctor missed opportunities ... before she died".
REVIEW_HAS_FOUND = re.compile(
    r"\breview\s+(?:(?:has|had)\s+)?(?:found|concluded|revealed)\b"
)
OPENS_WITH_A_REVIEW = re.compile(rf"(?:^|[.!?:]\s+|\n)\s*(?:A|An)\s+{_REVIEW_WORDS}$")
# ... not a hospital's, a coroner's or the police watchdog's (which a hospital's
# serious incident or a coroner's inquest would be, not a safeguarding review).
NOT_SAFEGUARDING = re.compile(
    r"\b(?:patients?|hospital|NHS|Trust|maternity|ward|clinical|coroner|inquest"
    # (a prison's, not a sentence's: "The child's mum was spared from prison")
    r"|IOPC|police\s+conduct|custody|(?<!from\s)(?<!to\s)prison|probation\s+service)\b",
    re.IGNORECASE,
)
# ... nor a road's ("a review after the death of a cyclist on the A63"), whoever
# holds it
ROAD_DEATH = re.compile(
    r"\b(?:cyclist|pedestrian|motorcyclist|motorist|collision|crash|road\s+traffic)\b",
    re.IGNORECASE,
)
# ... nor a school's: the text near it speaks of safeguarding, of agencies working
# together ("a multi-agency review into the death of six-year-old Leon") or of a
# killing at home ("killed by her ex-partner").
SAFEGUARDING_NEAR = re.compile(
    rf"safeguard|{_SOCIAL_CARE}|\babuse|\bneglect|domestic|\bmulti[- ]agency"
    r"|\b(?:killed|murdered|stabbed|strangled)\s+by\s+(?:her|his|their)\s+(?:former\s+)?"
    r"(?:ex-?)?(?:partner|husband|wife|boyfriend|girlfriend|son|daughter|father|mother)"
    # ... or a parent tried for the death ("The child's mum was spared from prison")
    r"|\b(?:mum|mother|dad|father|parents?)\b[^.]{0,40}\b(?:jailed|convicted|sentenced"
    r"|spared\s+(?:from\s+)?prison|cleared|charged|admitted)\b",
    re.IGNORECASE,
)
# ... or a council holds it, of a child's death ("Warwickshire County Council
# launched a case review into the child's death"; not a man's at a leisure centre).
A_COUNCIL_S = re.compile(
    r"\bCouncil\s+(?:has\s+|had\s+)?(?:launched|commissioned|ordered|began|started)"
    rf"\s+(?:a|an)\s+{_REVIEW_WORDS}$"
)
A_CHILD = re.compile(rf"\b(?:{CHILD}|son|daughter)\b", re.IGNORECASE)
# How near a review named by its kind must be for an untyped one to be the same.
NAMED_NEAR = 400
# A review held, in the sentence that says a statutory one was not or the next.
REVIEW_HELD = re.compile(
    r"\b(?:undertake|carry\s+out|conduct|commission|hold)\w*\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?review\b|\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?review\s+"
    r"(?:was|were|has\s+been|would\s+be)\s+(?:carried\s+out|undertaken|conducted"
    r"|commissioned|held)",
    re.IGNORECASE,
)
# ... said to be held instead ("However, it was agreed to instead undertake ...").
INSTEAD = re.compile(r"\b(?:however|instead|alternative(?:ly)?|rather|but)\b", re.I)
# What a page holds (lower case) for a death review to stand on it.
OF_A_DEATH_MARKS = tuple(
    f"review {joined} {the}{harm}"
    for joined in ("into", "of", "after", "following")
    for the in ("the ", "")
    for harm in ("death", "murder", "killing", "manslaughter")
)
FOUND_MARKS = tuple(
    # ("a review has found", "a review of the case has concluded", "a review into
    # his death has found")
    f"{what} {has}{said}"
    for what in ("review", "case", "death", "care")
    for has in ("has ", "had ", "")
    for said in ("found", "concluded", "revealed", "said", "heard")
)
# ... and someone's death ("a case review into the child's death"), which
# OF_A_DEATH_SAID tells apart
OF_SOMEONES_DEATH_MARKS = ("'s death", "\u2019s death", "'s murder", "\u2019s murder")
DEATH_REVIEW_MARKS = (*OF_A_DEATH_MARKS, *OF_SOMEONES_DEATH_MARKS, *FOUND_MARKS)
# ... each set as one search of the page's lower case, from its first word
OF_A_DEATH_SAID = re.compile(
    "|".join(OF_A_DEATH_MARKS)
    + r"|review (?:into|of|after|following) (?:the |her |his |their )?[\w-]+[\u2019']s"
    + r" (?:death|murder|killing)"
)
FOUND_SAID = re.compile("|".join(FOUND_MARKS))


Found = tuple[str, int, int, Fields]


def board_reports(text: str, named: set[int]) -> Iterator[Found]:
    """A local board's report or review on a death or a case, in a sentence
    (starting at none of `named`) that names no review otherwise."""
    seen: set[int] = set()
    for board in LOCAL_BOARD.finditer(text):
        left, right = sentence_span(text, board.start(), board.end())
        if left in named or left in seen:
            continue
        seen.add(left)
        sentence = text[left:right]
        report = REPORT_NOUN.search(sentence)
        # (general words near the report, not a clause's far on: "found Dorset
        # council's children's services failed ... to act ... as required")
        if not report or GENERAL.search(sentence, 0, report.end() + GENERAL_REACH):
            continue
        # one case: harm to one, or someone the review's words name ("A report by
        # the Hull Safeguarding Adults Board into the care of Mr K")
        named_in = subject_in(sentence, report.start(), report.end())
        if not (_one_case(sentence) or named_in or _found_of_a_case(text, left)):
            continue
        if ROAD_DEATH.search(sentence):
            continue
        # not "a Thematic Review into premature deaths", nor "its review of policing"
        noun = report.end() - len(report.group().split()[-1])
        if THEMATIC.search(sentence, 0, noun) or OF_A_SERVICE.match(
            sentence, report.end()
        ):
            continue
        fields: Fields = {"type": "other"}
        subject = named_in or code_after(text, right)
        if subject := (
            subject
            or victim_of_the_text(text, left, right)
            or person_of_the_text(text, left, right)
        ):
            fields["subject"] = subject
        if found := board_in(text, left, right):
            fields["board"] = found
        if council := council_fields(text, left, right, found):
            fields.update(council.as_fields())
        fields["status"] = status_of(sentence)
        fields["specific"] = True
        yield BOARD_REPORT_ID, left + report.start(), left + report.end(), fields


# A review of a service or a policy, not of a case: "its review of night-time economy
# policing after the death of a student" (but "of the death of", "of Child B").
OF_A_SERVICE = re.compile(
    r"\s+of\s+(?!the\s+(?:death|case|care|circumstances|murder|killing)\b)"
    r"(?:(?:the|its|their|our|a|an)\s+)?[a-z]"
)
# Harm counted, not one case's: "a report on knife crime deaths in the city" (but
# "the deaths of Laura and Ella" are theirs).
COUNTED_HARM = re.compile(r"(?:deaths|murders|killings|injuries)", re.IGNORECASE)
HARM_OF = re.compile(r"\s+of\b")


# A sentence that opens on what a board's review found ("A review by the Suffolk
# Safeguarding Adults Board found his health had been ...", "The review, by the
# Dorset Safeguarding Children Board, found", "A report by The Safer Bristol
# Partnership (SBP) identified a “collective failure”").
BOARD_FOUND = re.compile(
    rf"\s*(?:A|An|The)\s+{_REVIEW_WORDS}(?:review|report),?\s+by\s+(?:the\s+)?"
    rf"[^.]{{0,60}}?(?:{LOCAL_BOARD.pattern})(?:\s*\([A-Z]{{2,6}}\))?,?\s+(?:has\s+)?"
    r"(?:found|identified|concluded|revealed|criticised|highlighted)\b"
)


def _found_of_a_case(text: str, left: int) -> bool:
    """Does the sentence at `left` open on what a board's review found, after a
    sentence that tells of one case's grave harm?"""
    if not BOARD_FOUND.match(text, left) or left == 0:
        return False
    before, _ = sentence_span(text, left - 1, left - 1)
    return _one_case(text[before:left])


def _one_case(sentence: str) -> bool:
    """Does the sentence tell of the harm to one case, not harm counted?"""
    return any(
        not COUNTED_HARM.fullmatch(harm.group()) or HARM_OF.match(sentence, harm.end())
        for harm in GRAVE_HARM.finditer(sentence)
    )


def one_harmed(text: str, left: int, right: int) -> bool:
    """Does a sentence (text[left:right]) that names a review only by its size or
    kind ("a full, independent safeguarding review is under way into what contact
    agencies had with Burling before his death") tell of one case, harmed, that no
    hospital, coroner or road holds, not in general words, with safeguarding spoken
    of near it (as a death review's must be)?"""
    sentence = text[left:right]
    harms = GRAVE_HARM.finditer(sentence)
    near = text[max(0, left - NAMED_NEAR) : right + NAMED_NEAR]
    one = any(not COUNTED_HARM.fullmatch(harm.group()) for harm in harms)
    return (
        one
        and bool(SAFEGUARDING_NEAR.search(near))
        and not (
            NOT_SAFEGUARDING.search(sentence)
            or ROAD_DEATH.search(sentence)
            or GENERAL.search(sentence)
            or NOT_HELD.search(sentence)
        )
    )


def death_reviews(text: str, low: str, named: set[int]) -> Iterator[Found]:
    """A review of one death, in a sentence that names no review otherwise: with a
    child's pseudonym in that sentence or the next, in a sentence about a council or
    children's services; or one review ("a review into the death of a baby", "...,
    a review has found") that no hospital, coroner or prison holds, with the subject
    the text names."""
    # (most pages say neither: a few substring searches spare the patterns)
    of_a_death_said = OF_A_DEATH_SAID.search(low)
    # ("a review into the death of a man has found" says both)
    says_found = FOUND_SAID.search(low) or of_a_death_said
    found = list(_found_by_a_review(text)) if says_found else []
    found_by = {review.start() for review in found}
    of_a_death = DEATH_REVIEW.finditer(text) if of_a_death_said else ()
    for review in (*of_a_death, *found):
        left, right = sentence_span(text, review.start(), review.end())
        if left in named:
            continue
        subject = _child_s_code(text, left, right)
        if not subject:
            said = review.start() in found_by  # what it found is no general word
            if not _one_review(text, review, left, right, said) or any(
                abs(start - left) < NAMED_NEAR for start in named
            ):
                continue  # the review named near it is likelier the same one
            subject = (
                _named_in(text, review, right)
                or code_after(text, right)
                or victim_of_the_text(text, left, right)
            )
        named.add(left)
        fields: Fields = {"type": "other"}
        if subject:
            fields["subject"] = subject
        if council := council_fields(text, left, right):
            fields.update(council.as_fields())
        fields["status"] = status_of(text[left:right])
        fields["specific"] = True
        yield DEATH_REVIEW_ID, review.start(), review.end(), fields


def _found_by_a_review(text: str) -> Iterator[re.Match[str]]:
    """A review a story says found something (after ", a review" at its sentence's
    end, or opening it: "A review has found"), in a sentence that tells of one
    case's grave harm."""
    found = [
        review
        for review in REVIEW_FOUND.finditer(text)
        if FOUND_BEFORE.search(text, max(0, review.start() - 60), review.start())
    ] + [
        review
        for review in REVIEW_HAS_FOUND.finditer(text)
        if OPENS_WITH_A_REVIEW.search(text, max(0, review.start() - 60), review.start())
    ]
    for review in found:
        left, right = sentence_span(text, review.start(), review.start())
        sentence = text[left:right]
        # (or of a case its pseudonym names: "A review found that Child A, who was
        # in the care of Powys County Council, had told professionals")
        if _one_case(sentence) or A_PSEUDONYM.search(sentence, review.end() - left):
            yield review


A_PSEUDONYM = re.compile(rf"\bthat\s+{PSEUDONYM}")


def _named_in(text: str, review: re.Match[str], right: int) -> str | None:
    """The subject a review's own words name ("a review into the murder of Ruth
    Jones")."""
    found = SUBJECT.search(text, review.start(), right)
    return subject_of(found) if found and found.start() < review.end() else None


def _child_s_code(text: str, left: int, right: int) -> str | None:
    """The pseudonym of a child in the sentence (text[left:right]) or the next, when
    the sentence speaks of a council or children's services."""
    if not CHILDRENS_SERVICES.search(text, left, right):
        return None
    _, after = sentence_span(text, min(right + 1, len(text)), min(right + 1, len(text)))
    codes = [
        found["code"] for found in SUBJECT.finditer(text, left, after) if found["code"]
    ]
    return " ".join(codes[0].split()) if codes else None


def _one_review(
    text: str, review: re.Match[str], left: int, right: int, said: bool
) -> bool:
    """Is the review one ("a", "an" or "the" review), not a hospital's, a coroner's
    or a prison's, not said not to be held, and named after no general words (but
    what a story says it found is its finding: `said`)?"""
    at = review.start()
    before = text[max(left, at - 40) : at]
    near = text[max(0, left - NAMED_NEAR) : right + NAMED_NEAR]
    return bool(
        ONE_REVIEW_BEFORE.search(before)
        and (
            SAFEGUARDING_NEAR.search(near)
            or (A_COUNCIL_S.search(before) and A_CHILD.search(review.group()))
        )
    ) and not (
        NOT_SAFEGUARDING.search(text, left, right)
        or ROAD_DEATH.search(text, left, right)
        or NOT_HELD.search(text, left, right)
        or THEMATIC.search(before)
        or (not said and GENERAL.search(text, left, at))
    )


def might_say_not_held(low: str) -> bool:
    """Could NOT_HELD match on this page (lower case)? A few substring searches."""
    return any(mark in low for mark in NOT_HELD_MARKS) and any(
        word in low for word in NOT_HELD_WORDS
    )


def reviews_instead(text: str, named: set[int]) -> Iterator[Found]:
    """A review of a case held instead of the statutory review a sentence says was
    not held: `other`, with the subject either sentence names."""
    for not_held in NOT_HELD.finditer(text):
        left, right = sentence_span(text, not_held.start(), not_held.end())
        _, after = sentence_span(text, min(right + 1, len(text)), len(text))
        for start, end in ((not_held.end(), right), (right, after)):
            review = REVIEW_HELD.search(text, start, end)
            if start in named or not (review and INSTEAD.search(text, start, end)):
                continue
            subject = subject_in(text[start:end], 0, 0) or subject_in(
                text[left:right], 0, 0
            )
            fields: Fields = {"type": "other", "status": status_of(text[start:end])}
            if subject := subject or only_code(text, review.start()):
                fields["subject"] = subject
            if council := council_fields(text, start, end):
                fields.update(council.as_fields())
            fields["specific"] = True
            yield INSTEAD_ID, review.start(), review.end(), fields
            break


# The one review of the kind a page speaks of that a place has held: "To date, only
# one such review has been undertaken in East Hampshire" (LABELS.md's example of a
# singular reference), not "no such review" nor a count ("one such review a year").
ONE_SUCH = re.compile(
    r"\b(?:only\s+)?one\s+such\s+review\s+(?:has|had)\s+(?:ever\s+)?(?:yet\s+)?been"
    r"\s+(?:undertaken|held|carried\s+out|completed|commissioned|conducted)\b",
    re.IGNORECASE,
)
ONE_SUCH_MARK = "one such review"


def one_such_review(text: str, named: set[int]) -> Iterator[Found]:
    """The one review of the page's kind a sentence says a place has held: `other`
    here, of the page's kind where the page names one (case_reviews.UNTYPED)."""
    for review in ONE_SUCH.finditer(text):
        left, right = sentence_span(text, review.start(), review.end())
        if left in named:
            continue
        fields: Fields = {"type": "other", "status": status_of(text[left:right])}
        if council := council_fields(text, left, right):
            fields.update(council.as_fields())
        fields["specific"] = True
        yield ONE_SUCH_ID, review.start(), review.end(), fields


def names_a_case(text: str, low: str) -> bool:
    """Does a review of a case its pseudonym names stand on this page? (Most pages
    hold none of CASE_JOINED's words, which the detectors' gate knows already.)"""
    return next(_reviews_of_a_case(text, low), None) is not None


def _reviews_of_a_case(text: str, low: str) -> Iterator[re.Match[str]]:
    """REVIEW_OF_A_PSEUDONYM's matches, looked for from each "review" on the page."""
    at = low.find("review")
    while at >= 0:
        if found := REVIEW_OF_A_PSEUDONYM.match(text, at):
            yield found
        at = low.find("review", at + len("review"))


def reviews_of_pseudonyms(text: str, low: str, named: set[int]) -> Iterator[Found]:
    """A review of a case its pseudonym names, in a sentence that names no review
    otherwise: `other`."""
    for found in _reviews_of_a_case(text, low):
        left, right = sentence_span(text, found.start(), found.end())
        if left in named or NOT_HELD.search(text, left, right):
            continue
        if found["name"] and (not_a_person(found["name"]) or not boards_in(text)):
            continue
        named.add(left)
        subject = found["code"] or found["name"]
        fields: Fields = {"type": "other", "subject": " ".join(subject.split())}
        fields["status"] = status_of(text[left:right])
        if council := council_fields(text, left, right, board_in(text, left, right)):
            fields.update(council.as_fields())
        fields["specific"] = True
        yield PSEUDONYM_REVIEW_ID, found.start(), found.end(), fields
