"""What a sentence states of the review a rule's hit names: its type, subject,
board, council, year and status, and whether it is one identifiable review
(`specific`) rather than reviews in general or counted."""

from __future__ import annotations

import re
from dataclasses import replace

from casewatch.detectors.base import Fields
from casewatch.detectors.council_fields import (
    board_councils,
    boards_in,
    council_before,
    council_fields,
    only_board,
    spelled_out,
)
from casewatch.detectors.review_rules import Rule, review_type
from casewatch.detectors.review_status import review_status
from casewatch.detectors.review_subjects import (
    SUBJECT,
    code_after,
    code_before,
    code_titled_before,
    coded,
    death_named_before,
    in_a_glossary,
    not_a_person,
    only_code,
    person_after,
    person_before,
    person_introduced,
    person_of_the_text,
    relative_named,
    subject_in,
    subject_of,
    title_above,
    titled,
    titled_before,
    victim_of_the_text,
)
from casewatch.detectors.review_terms import (
    ANOTHER_ONE,
    APOSTROPHE_PLURAL,
    ARTICLE,
    ARTICLE_REACH,
    CASES_COUNTED,
    CONDITION,
    COUNTED,
    GENERAL,
    GENERAL_AFTER,
    GENERAL_CLAUSE,
    GENERAL_REACH,
    INDEFINITE,
    INTO_A_CASE,
    MONTH,
    MONTH_DATE,
    NOT_HELD,
    NOT_ONE,
    PLURAL,
    PRESENT,
    PROCESS_DONE,
    QUESTION_REACH,
    SAID_AT_THE_END,
    SIZE_WORDS,
    THEMATIC,
    THEMATIC_NAMED_REACH,
    TO_BE_DONE,
    TO_BE_HELD,
    TOLD_AS_DONE,
    WHAT_IS_ONE,
    year_of,
)


def review_fields(
    rule: Rule, text: str, match: re.Match[str], left: int, right: int
) -> Fields:
    """What the sentence (text[left:right]) states of the review the match names."""
    sentence = text[left:right]
    fields: Fields = {"type": review_type(rule, match)}
    if subject := _subject(text, match, left, right):
        fields["subject"] = subject
    board = spelled_out(text, board_of(text, left, right, str(fields["type"])))
    the_page_s = board is not None and board_in(text, left, right) is None
    if the_page_s and _another_place_s(str(board), text, match):
        board = None
    if board:
        fields["board"] = board
    if council := council_fields(text, left, right, board):
        if council.source == "board" and the_page_s:
            # the page's board, not its sentence's: a place the review's own name
            # or sentence gives elsewhere on the page is surer
            council = replace(council, source="passage")
        fields.update(council.as_fields())
        if _english_child_practice_review(rule, match, fields):
            fields["type"] = "CSPR"
    status, said_in = review_status(text, left, right, match.start(), match.end())
    fields["status"] = status
    if said_in:
        fields["status_sentence"] = said_in
    said_year = year_of(said_in, status) if said_in else None
    if year := said_year or year_of(sentence, status) or year_of(sentence, "done"):
        fields["year"] = year
    before = text[max(left, match.start() - ARTICLE_REACH) : match.start()]
    # a thematic review is of no one case, but for the people its name goes on to
    # name ("a thematic safeguarding adults review into the deaths of Mr G, Mr H,
    # Mr I and Mr J")
    named_after = text[match.end() : match.end() + THEMATIC_NAMED_REACH]
    thematic = THEMATIC.search(before) and str(fields.get("subject")) not in named_after
    held = not (NOT_HELD.search(sentence) or thematic)
    if held and ("subject" in fields or one_review(text, match, left, right)):
        fields["specific"] = True
        if "subject" not in fields and (only := only_code(text, match.start())):
            fields["subject"] = only
        if ANOTHER_ONE.search(before):
            fields["another"] = True  # not the review the text names
        elif "subject" not in fields and (
            person := victim_of_the_text(text, left, right)
            or person_of_the_text(text, left, right)
        ):
            fields["subject"] = person
            fields["subject_from"] = "text"  # not its sentences': see records
    return fields


def _another_place_s(board: str, text: str, match: re.Match[str]) -> bool:
    """Is the review named after a council that the page's board does not serve
    ("Derbyshire SCR Polly" on a page whose one board is Luton's)?"""
    place = council_before(text, match.start())
    if not place:
        return False
    served = board_councils(board)
    return served is not None and not set(place.la_codes) & set(served.la_codes)


def _english_child_practice_review(
    rule: Rule, match: re.Match[str], fields: Fields
) -> bool:
    """A "child practice review" is Wales's, but of an English council's child a
    story's short name for a child safeguarding practice review ("A Child Practice
    Review into the death of the baby girl" of a Derbyshire baby)."""
    codes = fields.get("la_codes") or [fields.get("la_code") or ""]
    return (
        rule.id == "case_review.welsh_practice_review"
        and match.group().lower().startswith("child")
        and all(str(code).startswith("E") for code in codes)
    )


def _subject(text: str, match: re.Match[str], left: int, right: int) -> str | None:
    """The subject of the review a match names: in its phrase, its sentence, its
    title, or the sentence next to it; none for reviews counted or named in the
    plural (each one named is its own review), nor for a glossary's meaning."""
    if PLURAL.search(match.group()) or COUNTED.search(text, left, match.start()):
        return None
    if in_a_glossary(text, match.start(), match.end()):
        return None
    sentence = text[left:right]
    start, end = match.start() - left, match.end() - left
    # the name next to it, its title's, then one elsewhere in its sentence ("- SAR
    # 'Valentina' - SAR Chris": Chris's); but a person named in the sentence before
    # a title's register number ("Domestic Homicide Review SW01 - Published June
    # 2016 The Domestic Homicide Review process concerning Luisa Mendes")
    subject = (
        _named_by_rule(match)
        or subject_in(sentence, start, end, anywhere=False)
        or code_titled_before(text, match.start())
    )
    title = subject or (
        titled(text, match.start(), match.end())
        or titled_before(text, match.start())
        or coded(text, match.start(), match.end())
    )
    if not title:
        subject = subject_in(sentence, start, end) or institution_in(sentence)
    elif any(character.isdigit() for character in title):
        subject = _whom_it_concerns(sentence) or _cover_s_code(text, match) or title
    else:
        subject = title
    if subject or _defines(text, match, left):
        return subject  # "A Safeguarding Adult Review (SAR) is ..." names no one
    subject = code_after(text, right) or code_before(text, left)
    subject = subject or title_above(text, left)
    return (
        subject
        or person_before(text, left, match.start(), right)
        or death_named_before(text, left, right, match.start())
        or person_introduced(text, left, match.start())
        or person_after(text, right)
        or relative_named(text, match.end())
    )


def _cover_s_code(text: str, match: re.Match[str]) -> str | None:
    """The one pseudonym near a numbered review's name on a page's first line, its
    cover ("DHR 002 Overview Report ... An Independent Report concerning the death
    of Adult A in 2011"): the register's number is the review's, the pseudonym its
    subject's."""
    if "\n" in text[: match.start()]:
        return None
    return only_code(text, match.start())


# A care home or hospital unit whose residents a review is of, by its name:
# "safeguarding residents at Orchid View nursing home", "The events at Winterbourne
# View assessment and treatment service", "the Safeguarding Adult Review of Mendip
# House", "abuse at Whorlton Hall", "the events which happened in Mendip House".
_PLACE_WORD = r"(?!The\b)[A-Z][a-z]+"
INSTITUTION = re.compile(
    # (not a home an article leaves unnamed where it is: "at a Sussex care home")
    rf"(?<!\b[Aa]\s)(?<!\b[Aa]n\s)\b(?P<setting>{_PLACE_WORD}(?:\s{_PLACE_WORD})?)"
    r"\s+(?:(?:care|nursing|residential)\s+home|assessment\s+and\s+treatment\s+"
    r"(?:unit|service|centre|hospital))\b"
    # (not a council's or a town's building: "a meeting at County Hall")
    r"|\b(?:at|of|in)\s+(?!(?:County|Town|City|Civic|Guild|Village|Church|Council"
    r"|Shire|Mansion|Portcullis|Committee)\s)"
    rf"(?P<named>(?:{_PLACE_WORD}\s){{1,2}}(?:House|Hall|View|Lodge"
    r"|Manor|Grange))\b"
)


def institution_in(sentence: str) -> str | None:
    """The one care home or unit a review's sentence names as where it happened."""
    found = {
        found["setting"] or found["named"]
        for found in INSTITUTION.finditer(sentence)
        if not (found["setting"] and not_a_person(found["setting"]))
    }  # (a place's: "a woman living in a Norfolk care home")
    return found.pop() if len(found) == 1 else None


def _whom_it_concerns(sentence: str) -> str | None:
    """The person a sentence says a review is of or concerns ("... the Domestic
    Homicide Review process concerning Luisa Mendes"), not another title's name."""
    for found in SUBJECT.finditer(sentence):
        if found["named"] and (name := subject_of(found)):
            return name
    return None


def _defines(text: str, match: re.Match[str], left: int) -> bool:
    """Does the sentence say what such a review is ("A SAR is a multi-agency
    review ...", "A Safeguarding Adult Review (SAR) is a Multi-Agency review
    conducted by ...")?"""
    before = text[max(left, match.start() - ARTICLE_REACH) : match.start()]
    return bool(
        (INDEFINITE.search(before) and PRESENT.match(text, match.end()))
        or IS_A.search(before)
    )


# A review named as what something is: "... is a Multi-Agency review".
IS_A = re.compile(r"\b(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _named_by_rule(match: re.Match[str]) -> str | None:
    """The child's name a rule's phrase holds ("Child 'Angela' Safeguarding
    Practice Review")."""
    if "name" not in match.re.groupindex or not match["name"]:
        return None
    return "Child " + match["name"].strip("\u2018\u2019'\"")


def board_of(text: str, left: int, right: int, review_type: str) -> str | None:
    """The board a review's sentence (text[left:right]) names, else the page's one
    board that can hold its kind; none but a named one for the national panel's,
    and none named only generically ("the Safeguarding Adults Board", "the LSCB":
    LABELS.md)."""
    board = _named(board_in(text, left, right, review_type))
    if board or review_type == "NCSPR":
        return board
    only = _named(only_board(text))
    if only:
        return only if fits(only, review_type) else None
    # ... or the one that can hold it named before it (a partnership's page above
    # its register, not another council's board a paragraph below it names)
    before = {
        found.la_codes: name
        for name, start, _ in boards_in(text)
        if start < left and fits(name, review_type) and (found := board_councils(name))
    }
    if len(before) == 1:
        return _named(next(iter(before.values())))
    # ... or its one board with a place of the review's kind, among others' ("Safe
    # Durham Partnership Board" on a DHR's cover, beside the children's boards its
    # author chaired)
    placed: dict[tuple[str, ...], str] = {}
    for name, _, _ in boards_in(text):
        if fits(name, review_type, strictly=True) and (found := board_councils(name)):
            placed.setdefault(found.la_codes, name)  # as the page first writes it
    return _named(next(iter(placed.values()))) if len(placed) == 1 else None


def _named(board: str | None) -> str | None:
    return None if board and GENERIC_BOARD.fullmatch(board) else board


# A board named only by what it is: "the Community Safety Partnership", "LSCB".
GENERIC_BOARD = re.compile(
    r"(?:(?:the|local|safeguarding|community|safety|children.?s?|adults?|board"
    r"|partnership|lscb|lscp|sab|csp|scb|scp)\s*)+",
    re.IGNORECASE,
)


def board_in(
    text: str, left: int, right: int, review_type: str | None = None
) -> str | None:
    """The board or partnership text[left:right] names, as written in full: of
    those of the review's kind if any ("Lancashire Safeguarding Children Board
    Lancaster District Community Safety Partnership ... A Domestic Homicide Review
    \u2018Adult L\u2019" is the partnership's), the one it was done for ("undertaken
    by the Safer Devon Partnership (SDP) on behalf of East and Mid Devon Community
    Safety Partnership"), the first with its place, else the first."""
    named = [
        (name, start) for name, start, _ in boards_in(text) if left <= start < right
    ]
    of_kind = [
        (name, start) for name, start in named if fits(name, review_type, strictly=True)
    ]
    named = of_kind or named
    held_for = [
        name
        for name, start in named
        if ON_BEHALF_OF.search(text, max(0, start - ON_BEHALF_REACH), start)
    ]
    with_place = [name for name, _ in named if board_councils(name)]
    return next(iter(held_for or with_place or [name for name, _ in named]), None)


# What stands right before the board a review was done for by another body.
ON_BEHALF_OF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?$", re.IGNORECASE)
ON_BEHALF_REACH = 24


# The boards that hold each kind of review: a DHR a community safety partnership,
# a SAR an adults board, a child's review a children's board or partnership.
_CHILDRENS = re.compile(r"Child|\bL?SC[BP]s?\b", re.IGNORECASE)
BOARD_KINDS = {
    # ("Safer Rotherham Partnership", "Safe Durham Partnership")
    "DHR": re.compile(r"Community\s+Safety|\bSafer?\b|\bCSPs?\b", re.IGNORECASE),
    "SAR": re.compile(r"Adult|\bL?SABs?\b", re.IGNORECASE),
    # (and adults boards' before the Care Act 2014: "Serious Case Review - Mrs D
    # (CSAB/SCR/2013/1)" of the Coventry Safeguarding Adults Board)
    "SCR": re.compile(r"Child|Adult|\bL?SC[BP]s?\b|\bL?SABs?\b", re.IGNORECASE),
    "CSPR": _CHILDRENS,
    "LCSPR": _CHILDRENS,
}


def fits(board: str, review_type: str | None, strictly: bool = False) -> bool:
    """Can the board hold a review of this type? A board whose name says no kind
    ("Safeguarding Partnership") can, unless asked `strictly`."""
    if (pattern := BOARD_KINDS.get(review_type or "")) is None:
        return True
    if pattern.search(board):
        return True
    return not strictly and not any(
        other.search(board) for other in BOARD_KINDS.values()
    )


def one_review(text: str, match: re.Match[str], left: int, right: int) -> bool:
    """A single review the sentence (text[left:right]) points at ("the serious case
    review", "a recent SCR", a listing's "Domestic Homicide Review Uttlesford review
    CSP: Uttlesford Published: August 2023"), not reviews in general, a process, or
    reviews counted."""
    if PLURAL.search(match.group()):
        return False
    # what stands before the name, its opening quote aside ('is to conduct a
    # "serious case review"'); only its own clause, if it reports what the words
    # before it say, or tells of it as done ("In its annual report, the board said
    # a serious case review had been commissioned")
    before = text[max(left, match.start() - GENERAL_REACH) : match.start()]
    before = before.rstrip(OPENING_QUOTES)
    own = CLAUSE_END.split(before)[-1]
    if REPORTS.match(text, match.end()) or ACCORDING.search(before):
        before = own
    elif CONDITION.match(text, left):
        return False
    if WHAT_IS_ONE.search(text, max(0, left - QUESTION_REACH), left):
        return False  # "What is a Safeguarding Adult Review?\nThe SAR aims to ..."
    if ONE_DONE.match(text, match.end()):
        return True  # "the Domestic Homicide Review which was commissioned by X"
    if LISTING_FIELDS.search(
        text, max(left, match.start() - FIELD_REACH), match.start()
    ):
        return True  # "Published: May 2025 Year of death: 2020 ... Statutory DHR"
    if MET_THE_CRITERIA.search(before) and not NOT_ONE_CASE.search(before):
        return True  # "The Board ... agreed this met the criteria for a SAR"
    if TOLD_AS_DONE.search(text, match.start() - len(own), right):
        before = own
    # someone's words about "the" review: their "would" is theirs ("He said the
    # council would learn lessons from the serious case review")
    spoken = SPOKEN.search(text, left, match.start()) and DEFINITE.search(before)
    if spoken:
        before = SPOKEN_MODAL.sub(_blank, before)
    if said := SAID_BEFORE.search(before):
        before = before[said.start() :]  # "I can confirm a ...": the saying's "can"
    if GENERAL.search(QUOTED.sub(_blank, before)):
        return False  # not someone's words the sentence quotes ("should have been")
    if COUNTED.search(before) or NOT_ONE.search(before):
        return False
    if CASES_COUNTED.search(before):
        return False  # "78 cases ... were the subject of a Serious Case Review"
    # the document's own review, with a modal verb after it ("This Safeguarding
    # Adults Review would not have been possible to undertake without ...")
    its_own = (THIS.search(before) or spoken) and MODAL.match(text, match.end())
    if ANNOUNCED.match(text, match.end()):
        return True  # "a serious case review will be held into his death"
    if said and ANNOUNCED_HERE.match(text, match.end()):
        return True  # "the partnership said a review would be carried out."
    if UNDER_WAY_NOW.match(text, match.end()):
        return True  # "a Safeguarding Adults Review is now being carried out to ..."
    if DEFINED_AFTER.match(text, match.end()):
        return False  # "a serious case review, which is carried out when abuse ..."
    if _of_a_process(text, match.end()) and not its_own:
        return False  # "a serious case review protocol"
    if APOSTROPHE_PLURAL.match(text, match.end()):
        return False  # "DHR's are made available"
    after = text[match.end() : match.end() + ARTICLE_REACH].lstrip(" ,;:")
    clause = CLAUSE_END.split(after)[0]
    if GENERAL_CLAUSE.search(clause) and not its_own:
        return False
    if INDEFINITE.search(before) and PRESENT.match(text, match.end()):
        return False  # "a SAR is completed when ..."
    if INTO_A_CASE.match(text, match.end()) or REPORTS_NOW.match(text, match.end()):
        return True
    if REPORTED.search(before) and NAME_ENDS.match(text, match.end()):
        return True
    if HEADLINE_DONE.match(text, match.end()):
        return True  # "Serious case review ordered after baby death"
    if DATED_AFTER.match(text, match.end()) and ARTICLE.search(before[-ARTICLE_REACH:]):
        return True  # "the publication of a Serious Case Review (SCR) in October 2019"
    if PUBLISHED_FIELD.search(text, match.end(), min(right, match.end() + FIELD_REACH)):
        return True
    to_be = TO_BE_DONE.search(before)
    if to_be and not BEGUN.search(before, 0, to_be.start()):
        return False  # "reluctance to initiate an SCR"
    return bool(ARTICLE.search(before[-ARTICLE_REACH:]) or _a_title(match))


# A review that reports what the words before it say ("Social workers could have
# saved the baby, a serious case review has found", "..., according to a serious
# case review"): their "could" or "if" is the finding's, not the review's.
REPORTS = re.compile(
    r"\s*(?:\([A-Z]{2,6}\)\s*)?(?:(?:into|of|on)\s[^,.;:]{0,80}?\s)?"
    r"(?:has\s+|have\s+|had\s+)?(?:found|concluded|said|revealed|recommended"
    r"|identified|highlighted|critici[sz]ed|stated|showed|shown|warned|heard|noted)\b",
    re.IGNORECASE,
)
ACCORDING = re.compile(r"\baccording\s+to\s+(?:[\w'\u2019-]+\s+){0,3}$", re.IGNORECASE)
# A headline's review that reports ("Serious case review finds missed chances",
# "Domestic homicide review published into death of mother"), or that it says
# reports or follows a death before it names it ("Hospital failed man, says
# safeguarding adults review", "Mum's death leads to safeguarding adults review"),
# where the review's name ends ("... prompts serious case review into ..."), not as
# a noun's modifier ("prompts serious case review debate").
REPORTS_NOW = re.compile(
    r"\s*(?:\([A-Z]{2,6}\)\s*)?(?:finds|reveals|concludes|criticises|criticizes"
    r"|blames|says|warns|urges|highlights|identifies|shows|published\s+into)\b",
    re.IGNORECASE,
)
REPORTED = re.compile(
    r"\b(?:says|finds|reveals|concludes|prompts|sparks|triggers|leads\s+to)\s+$"
    r"|[\u2019']s\s+(?:death|murder|killing)\b",
    re.IGNORECASE,
)
NAME_ENDS = re.compile(
    r"\s*(?:[.,;:!?)\u2013-]|$|\s(?:into|after|for|of|over|in|by|following|as|and)\b)"
)
# A review announced for one death or case, its modal verb not a procedure's: "a
# serious case review will now be held into the death of", "said a serious case
# review would be carried out into his death", "is to be held after the death of a
# baby" (not "will be held where an adult dies", nor "into deaths").
ANNOUNCED = re.compile(
    rf"\s*(?:\([A-Z]{{2,6}}\)\s*)?{TO_BE_HELD}\s+(?:into|after|following|over)\s+"
    r"(?:the|his|her|their|this|a|an|[\w-]+[\u2019']s)\s+(?:[\w\u2019'-]+\s+){0,4}?"
    # ... or a body found: "following the discovery of Sara Sharif's body"
    r"(?:death|murder|killing|case|care|abuse|neglect|injur(?:y|ies)|assault|incident"
    r"|body)\b",
    re.IGNORECASE,
)
# ... or one under way now, whatever its purpose clause says ("a Safeguarding Adults
# Review is now being carried out to find out whether there are lessons to be
# learnt").
UNDER_WAY_NOW = re.compile(
    r"\s*(?:\([A-Z]{2,6}\)\s*)?(?:is|are)\s+(?:now|currently)\s+being\s+"
    r"(?:carried\s+out|conducted|undertaken|held|completed|written|prepared)\b",
    re.IGNORECASE,
)
# ... or announced by someone, its sentence ending there: "Oldham Safeguarding
# Children Partnership said a child safeguarding practice review would be carried
# out." (not "a review will be held if the criteria are met").
SAID_BEFORE = re.compile(
    r"\b(?:said|says|confirm(?:ed|s)?|announced|revealed|understood|told\s+[\w-]+)"
    r"\s+(?:that\s+)?(?:a|an)\s+$",
    re.IGNORECASE,
)
ANNOUNCED_HERE = re.compile(
    rf"\s*(?:\([A-Z]{{2,6}}\)\s*)?{TO_BE_HELD}(?:\s+by\s[^.;,]{{0,80}}?)?{SAID_AT_THE_END}",
    re.IGNORECASE,
)
# A case that a board decided met a review's criteria (one it does not meet is
# NOT_HELD's): "The Board and the Independent Chair agreed this met the criteria for
# a SAR because there had been serious harm".
MET_THE_CRITERIA = re.compile(
    r"\b(?:met|meets)\s+the\s+(?:statutory\s+|relevant\s+)?"
    r"(?:criteria|threshold)\s+(?:for|of)\s+(?:a|an)\s+$",
    re.IGNORECASE,
)
# ... not asked of a case ("a decision about whether the case meets the criteria for
# a child safeguarding practice review"), nor said of cases counted ("51 homicides
# ..., of which 24 were deemed to be domestic related, and met the criteria for a
# DHR").
NOT_ONE_CASE = re.compile(
    r"\b(?:whether|if|decide|decision|consider|assess|were|which)\b|\b\d+\b", re.I
)
# What such a review is, said after its name, is no review: "a serious case review,
# which is carried out when abuse or neglect is believed to be a factor".
DEFINED_AFTER = re.compile(
    r"\s*(?:\([A-Z]{2,6}\)\s*)?,?\s*(?:which|that)\s+(?:is|are)\s+(?:\w+\s+){0,2}?"
    r"(?:carried\s+out|held|undertaken|conducted|required|commissioned|set\s+up)\s+"
    r"(?:when|where|if|whenever|after\s+(?:a|an|any)\b)",
    re.IGNORECASE,
)
# Someone's words about the review: a verb of speech before it, "the" review (not
# "a" one), and the modal verbs that their words carry.
SPOKEN = re.compile(
    r"\b(?:said|says|told|added|explained|confirmed|stated|warned|insisted)\b"
)
DEFINITE = re.compile(
    r"\b(?:the|this|that|its|their|[A-Za-z]+['\u2019]s)\s+(?:[\w'\u2019-]+\s+){0,2}$",
    re.IGNORECASE,
)
SPOKEN_MODAL = re.compile(r"\b(?:would|could|should|must|will|can|cannot|may)\b")


# Words a sentence quotes: "... 'should have been one of the most protected
# children', a safeguarding review has concluded".
QUOTED = re.compile('["\u201c][^"\u201c\u201d]{1,200}["\u201d]')


def _blank(found: re.Match[str]) -> str:
    return " " * len(found.group())


def _a_title(match: re.Match[str]) -> bool:
    """A review's name in capitals is a report's title: "GLOUCESTERSHIRE
    SAFEGUARDING CHILDREN BOARD SERIOUS CASE REVIEW"."""
    return " " in match.group() and match.group().isupper()


CLAUSE_END = re.compile(r"[.;:]|," + "".join(f"(?<!\\b{word},)" for word in SIZE_WORDS))
# ... but one being held: "we began a process of conducting a local Child
# Safeguarding Practice Review", "the board is commissioning a SAR", "The
# Northamptonshire Safeguarding Children Board is also conducting a serious case
# review".
BEGUN = re.compile(
    r"\b(?:began|begun|started|is|are|was|were|currently|now)\s+"
    r"(?:(?:also|still|already)\s+)?(?:(?:a|the)\s+process\s+of\s+)?$",
    re.IGNORECASE,
)
OPENING_QUOTES = '"\u201c\u2018'
# A listing's field that dates one review's publication, and how far after the
# review's name it may be.
PUBLISHED_FIELD = re.compile(rf"\bPublished:\s*{MONTH_DATE}", re.IGNORECASE)
FIELD_REACH = 80
# ... or the listing's fields before it, dating its publication and the death it is
# of (a flattened summary page: "Norfolk review CSP: Norfolk Published: May 2025
# Year of death: 2020 Extracted: 25 recs Statutory domestic homicide review")
LISTING_FIELDS = re.compile(
    rf"\bPublished:\s*{MONTH_DATE}\s+Year\s+of\s+death:\s*(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# A review dated where it is named is one review, whatever is said of reviews
# ("The publication of a Safeguarding Adult Review (SAR), expected May 2022").
DATED_AFTER = re.compile(
    r"\s*(?:\([A-Z]{2,6}\)\s*)?(?:(?:was\s+)?(?:published|completed)\s+(?:in|on)\s+"
    r"|,?\s*(?:expected|due)\s+(?:(?:in|on|by)\s+)?|(?:in|on)\s+)" + MONTH_DATE
)


# A headline's or minutes' review, done and anchored in time, a case or a body
# ("Serious case review ordered after baby death", "Safeguarding adults review
# launched into death of Hull man", "SAR commissioned in March following the
# death"), not a flowchart's step ("SAR commissioned → panel set up").
HEADLINE_DONE = re.compile(
    r"\s*(?:\([A-Z]{2,6}\)\s*)?(?:ordered|launched|commissioned|published|completed"
    r"|announced|begun|started|opened|set\s+up|under\s*way)\s+"
    rf"(?:today|yesterday|this\s+week|after|following|into|over|in\s+{MONTH}"
    r"|in\s+(?:19|20)\d\d|on\s+\d|by\s+(?-i:[A-Z]))\b",
    re.IGNORECASE,
)


# What one review was, done by a body the text names or when it says: "the Domestic
# Homicide Review which was commissioned by Uttlesford Community Safety
# Partnership", "a safeguarding adults review, which was commissioned in May 2019".
ONE_DONE = re.compile(
    r"\s*(?:\([A-Z]{2,6}\)\s*)?,?\s*(?:which|that)\s+(?:was|had\s+been|has\s+been)"
    r"\s+(?:commissioned|undertaken|carried\s+out|conducted|published|completed)"
    rf"\s+(?:by\s+(?:the\s+)?(?-i:[A-Z])|in\s+{MONTH}|in\s+(?:19|20)\d\d|on\s+\d)",
    re.IGNORECASE,
)


THIS = re.compile(r"\b[Tt]his\s+(?:[\w-]+\s+){0,2}$")
MODAL = re.compile(r"\W*(?:\([A-Z]{2,6}\)\W*)?(?:would|could|should|will|can)\b")


def _of_a_process(text: str, end: int) -> bool:
    return bool(GENERAL_AFTER.match(text, end)) and not PROCESS_DONE.match(text, end)
