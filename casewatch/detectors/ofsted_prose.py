"""Judgements stated in prose (minutes, board papers, news): a grade in a sentence
that also names Ofsted or an inspection and the children's services it judged, or
a visit Ofsted made to them. A sentence about a school, nursery, children's home or
other provider, or about CQC, probation or SEND, is not a judgement of a council."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from casewatch.detectors.base import Mention
from casewatch.detectors.ofsted_terms import (
    COUNCIL_VISIT,
    GRADE,
    area_named,
    grade_code,
    mention,
    month_named,
    visit_named,
    written,
)
from casewatch.places import find_councils

# A council as the subject of a sentence: "Hull City Council", "the council".
COUNCIL_NAMED = re.compile(
    r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+Council\b|\b[Tt]he\s+(?:council|authority)\b(?!s)"
)

# Prose: a grade word in a sentence about a council's children's services that names
# Ofsted or an inspection, or says the services were rated or judged. A sentence
# about a school, nursery, children's home or other provider, or about CQC,
# probation or SEND, is not a judgement of a council.
GRADE_WORD = re.compile(rf"\b(?:{GRADE})\b", re.IGNORECASE)
INSPECTORATE = re.compile(
    r"\bOfsted\b|\binspect(?:ion|ors?|ed|orate)\b|\bILACS\b", re.I
)
CHILDRENS_SERVICES = re.compile(
    r"children.s\s+(?:social\s+care\s+)?services?|children.s\s+social\s+care"
    r"|services\s+for\s+(?:looked[- ]after\s+)?children|child\s+safeguarding"
    r"|safeguarding\s+(?:of\s+)?children|protection\s+of\s+children"
    r"|help\s+and\s+protection|child\s+protection|child(?:ren)?[- ]in[- ]need"
    r"|care\s+leavers|looked[- ]after\s+children"
    r"|overall\s+effectiveness|safeguarding\s+(?:services|children\s+board)"
    r"|\bL(?:SC|CS)B\b",
    re.IGNORECASE,
)
PROVIDER = re.compile(
    r"\b(?:schools?|academy|academies|nurser(?:y|ies)|pre-school|college|"
    r"children.s\s+homes?|care\s+homes?|childminders?|hospitals?|CQC|"
    r"Care\s+Quality\s+Commission|probation|prisons?|SEND|special\s+educational|"
    r"further\s+education|pupils?|headteacher|provider|adult\s+social\s+care|"
    r"police|constabulary|forces|youth\s+offending|fire\s+and\s+rescue)\b",
    re.IGNORECASE,
)
# One council's judgement, not a statistic about many.
ONE_AUTHORITY = re.compile(
    r"\b(?i:council|local\s+authority|borough|department)\b(?!s)"
    r"|\b(?!The\b|These\b|Its\b|Their\b)[A-Z][a-z]+(?:\s[A-Z][a-z]+)*(?:.s)?"
    r"\s+children.s\s+(?:social\s+care\s+)?services"
    r"|children.s\s+services\s+in\s+[A-Z]"
)
MANY_AUTHORITIES = re.compile(
    r"\b(?:councils|local\s+authorities|authorities)\b|%|\bper\s+cent\b",
    re.IGNORECASE,
)
# A grade that a sentence predicates of something: "rated inadequate", "remain good",
# "a 'requires improvement' grading".
PREDICATED = re.compile(
    r"\b(?:(?:rated|judged|graded|labelled|branded|deemed|found)(?:\s+(?!and\b)\w+){0,3}?"
    r"|to\s+be|as|remains?|is|are|was|were|been|still|no\s+longer"
    r"|receive[sd]?\s+an?|given\s+an?|(?:judge?ment|grade|grading|rating)\s+of)"
    rf"\s+[\"\u201c\u2018']?(?:{GRADE})\b"
    rf"|\b(?:{GRADE})[\"\u201d\u2019']?\s+(?:rating|grading|overall|service)s?\b"
    r"|\brequire\s+improvement",
    re.IGNORECASE,
)
# A grade then a list of the councils that have it: "The seven judged inadequate ...
# are: Birmingham; Buckinghamshire; ...".
LIST_REACH = 60
LIST_AFTER_GRADE = re.compile(
    rf"\b(?:{GRADE})\b[\"\u201d\u2019']?[^:;.]{{0,{LIST_REACH}}}?:", re.IGNORECASE
)
# Councils in general, not one: "a focused visit of a council".
GENERIC = re.compile(
    r"\b(?:an?|any|each|every)\s+(?:other\s+)?(?:local\s+authority|council)\b",
    re.IGNORECASE,
)
# A visit or inspection, of a kind the sentence does not name, that Ofsted made.
SOME_VISIT = re.compile(r"\b(?:visit(?:ed|s)?|inspection)\b", re.IGNORECASE)
OFSTED_NAMED = re.compile(r"\bOfsted\b|\binspector(?:s|ate)\b", re.IGNORECASE)
# How many sentences back a sentence about a council's services still sets the
# topic ("This is a re-inspection of children's services in Manchester ... They
# now require improvement to be good").
TOPIC_REACH = 2
# A grade word in these phrases is ordinary prose, not a grade.
NOT_A_GRADE = re.compile(
    r"good\s+(?:practice|progress|work|range|example|understanding|quality|"
    r"outcomes?|partnership)|in\s+good\s+time|as\s+good\s+as|"
    r"(?:not|in)adequately|adequate(?:ly)?\s+address|no\s+longer\s+\w+",
    re.IGNORECASE,
)
# A sentence that asks, or says what happens if, is not about one council's grade.
HYPOTHETICAL = re.compile(
    r"\?\s*$|\b(?:if|where|whether|unless|once)\s+(?:\S+\s+){0,6}?"
    r"(?:are|is|be|were)\s+(?:judged|rated|found|graded)",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?]+|$")
# Prose can state a judgement only where a grade or a visit is named.
PROSE_TRIGGER = re.compile(
    rf"\b(?:{GRADE}|visit(?:s|ed)?|inspection|JTAI)\b", re.IGNORECASE
)
# How far from a grade word the judgement it belongs to may be named.
AREA_REACH = 80
# What ties a judgement named after a grade to it, within a few words that start
# no new clause: "inadequate for overall effectiveness", "adequate in safeguarding
# looked-after children", "an Outstanding rating for the experiences of ...".
AREA_AFTER = re.compile(
    r"[\"\u201d\u2019']?\s*(?:(?!and\b|but\b|to\b)\w+\s+){0,3}?"
    r"(?:for|in|at|on|across)\b",
    re.IGNORECASE,
)


def prose_judgements(
    text: str, page_no: int, spots: tuple[int, ...]
) -> Iterator[Mention]:
    """Each sentence with a hot spot (a grade or a visit near context) in it; one
    that only says "Ofsted judged that services were inadequate" takes the council,
    date and judgement from the topic set by one of the sentences before. Other
    sentences cost nothing."""
    done = 0
    for spot in spots:
        if spot < done:
            continue
        left, done = _sentence_bounds(text, spot)
        yield from _sentence(text, page_no, left, text[left:done])


def _topic(text: str, left: int) -> str:
    """The nearest of the TOPIC_REACH sentences before `left` that speaks of a
    council's children's services being inspected or rated, else ''."""
    for _ in range(TOPIC_REACH):
        if left <= 0:
            break
        start = _sentence_bounds(text, _before_terminators(text, left))[0]
        sentence, left = text[start:left], start
        if PROVIDER.search(sentence):
            break
        if not (INSPECTORATE.search(sentence) or CHILDRENS_SERVICES.search(sentence)):
            continue  # cannot be the topic: spare looking for councils in it
        if _about_council_services(sentence, _Later(find_councils, sentence), True):
            return sentence
    return ""


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """The sentence around text[at]: after the last . ! or ? before it, through the
    ones that end it."""
    left = max(text.rfind(mark, 0, at) for mark in ".!?") + 1
    return left, SENTENCE_END.search(text, at).end()  # type: ignore[union-attr]


def _before_terminators(text: str, left: int) -> int:
    """A position inside the sentence that ends where `left` begins."""
    at = left - 1
    while at > 0 and text[at] in ".!?":
        at -= 1
    return max(at, 0)


def _sentence(text: str, page_no: int, offset: int, words: str) -> Iterator[Mention]:
    inspected = INSPECTORATE.search(words) or CHILDRENS_SERVICES.search(words)
    predicated = PREDICATED.search(words) or visit_named(words)
    listed = LIST_AFTER_GRADE.search(words)
    if not (inspected or predicated or listed or COUNCIL_VISIT.search(words)):
        return  # no rule can hold: the sentence costs no more
    if PROVIDER.search(words) or HYPOTHETICAL.search(words) or GENERIC.search(words):
        return
    if listed and len(find_councils(words[listed.end() :])) >= 2:
        yield from _listed(text, page_no, offset, words, listed)
        return
    if MANY_AUTHORITIES.search(words):
        return
    topic = _Later(_topic, text, offset)
    if not (inspected or COUNCIL_VISIT.search(words) or (predicated and topic())):
        return  # no rule can hold: spare looking for councils in it
    councils = _Later(find_councils, words)
    cleaned = NOT_A_GRADE.sub(lambda m: " " * len(m.group()), words)
    grades = list(GRADE_WORD.finditer(cleaned))
    yield from _visits(text, page_no, offset, words, councils, topic, bool(grades))
    yield from _grades(text, page_no, offset, words, councils, topic, cleaned, grades)


class _Later:
    """What a function gives for these arguments, worked out when first asked for:
    finding councils and topics is dear, and most sentences never need them."""

    def __init__(self, function: Callable, *arguments: object) -> None:
        self.function, self.arguments = function, arguments
        self.done, self.value = False, None

    def __call__(self):
        if not self.done:
            self.value, self.done = self.function(*self.arguments), True
        return self.value


def _visits(text, page_no, offset, words, councils, topic, graded) -> Iterator[Mention]:
    """A visit the sentence names, of a council's children's services: a kind only
    councils receive, or one Ofsted made to services it names; a sentence that goes
    on about a visit takes the council from the topic. A visit of no named kind
    counts where the sentence gives no grade (else it is the graded inspection)."""
    visit = visit_named(words) or (None if graded else "unknown")
    if not visit or (visit == "unknown" and not SOME_VISIT.search(words)):
        return
    ofsteds = OFSTED_NAMED.search(words) and (
        CHILDRENS_SERVICES.search(words) or COUNCIL_NAMED.search(words) or councils()
    )
    kind_to = visit != "unknown" and INSPECTORATE.search(words) and councils()
    about = COUNCIL_VISIT.search(words) or ofsteds or kind_to
    context = "" if about or visit == "unknown" else topic()
    if not (about or context):
        return
    fields = {"visit_type": visit, "judgement_area": area_named(words) or "other"}
    if date := month_named(words) or month_named(context):
        fields["date"] = date
    named = councils() or find_councils(context)[:1]
    if named:
        source = words if councils() else context
        fields["local_authority"] = written(source, named[0])
    end = offset + len(words.rstrip())
    yield mention(text, page_no, offset, end, "ofsted.prose_visit", fields)


def _grades(
    text, page_no, offset, words, councils, topic, cleaned, grades
) -> Iterator[Mention]:
    """Each grade the sentence gives a council's children's services."""
    if not grades:
        return
    about = _about_council_services(words, councils)
    context = "" if about or not PREDICATED.search(words) else topic()
    if not (about or context):
        return
    if not (PREDICATED.search(words) or INSPECTORATE.search(words + context)):
        return
    named = councils() or find_councils(context)[:1]
    source = words if councils() else context
    date = month_named(words) or month_named(context)
    for index, grade in enumerate(grades):
        fields = {
            "visit_type": "inspection",
            "grade": grade_code(grade.group()),
            "judgement_area": _area_near(cleaned, grades, index)
            or area_named(context)
            or "overall effectiveness",
            "date": date,
        }
        start, end = offset + grade.start(), offset + grade.end()
        for council in _councils_of(grades, index, councils()) or named or [None]:
            if council:
                fields["local_authority"] = written(source, council)
            yield mention(text, page_no, start, end, "ofsted.prose", dict(fields))


def _listed(
    text: str, page_no: int, offset: int, words: str, listed: re.Match[str]
) -> Iterator[Mention]:
    """A judgement of each council listed after its grade."""
    grade = GRADE_WORD.search(words, listed.start())
    fields = {
        "visit_type": "inspection",
        "grade": grade_code(grade.group()),  # type: ignore[union-attr]
        "judgement_area": area_named(words[: listed.end()]) or "overall effectiveness",
    }
    if date := month_named(words):
        fields["date"] = date
    start, end = offset + listed.start(), offset + listed.end()
    for council in find_councils(words[listed.end() :]):
        named = {**fields, "local_authority": written(words[listed.end() :], council)}
        yield mention(text, page_no, start, end, "ofsted.prose_list", named)


def _about_council_services(words: str, councils: _Later, topic: bool = False) -> bool:
    """Does the sentence speak of one council's children's services as inspected or
    rated? A visit only councils receive (a focused visit, a JTAI) is enough. As
    the topic of the sentences after it, children's services inspected are enough
    ("Ofsted re-inspected Children's Services ... They were judged ...")."""
    if not words or PROVIDER.search(words) or MANY_AUTHORITIES.search(words):
        return False
    if GENERIC.search(words):
        return False
    if COUNCIL_VISIT.search(words):
        return True
    inspected = INSPECTORATE.search(words)
    rated = PREDICATED.search(words)
    if CHILDRENS_SERVICES.search(words):
        return bool(
            (
                inspected
                and (rated or topic or ONE_AUTHORITY.search(words) or councils())
            )
            or (rated and councils())
        )
    # "Hull City Council ... was given a 'requires improvement' grading after being
    # inspected": a council's own grade is its children's services'.
    return bool(
        inspected and (rated or topic) and (COUNCIL_NAMED.search(words) or councils())
    )


def _councils_of(grades, index, councils):
    """The councils a grade belongs to: those named since the previous grade, else
    the last one named before it, else the first one after it."""
    start = grades[index - 1].end() if index else 0
    grade = grades[index]
    since = [c for c in councils if start <= c[1] < grade.start()]
    if since:
        return since
    before = [c for c in councils if c[1] < grade.start()]
    return before[-1:] or councils[:1]


def _area_near(words: str, grades: list[re.Match[str]], index: int) -> str | None:
    """The judgement a grade belongs to: named just after it, where a preposition
    ties it to the grade ("inadequate for overall effectiveness"), else just before
    it. Untied, what follows is the next clause's ("services for looked after
    children to be adequate and safeguarding services to be inadequate")."""
    grade = grades[index]
    after_end = grades[index + 1].start() if index + 1 < len(grades) else len(words)
    before_start = grades[index - 1].end() if index else 0
    after = words[grade.end() : min(after_end, grade.end() + AREA_REACH)]
    before = words[max(before_start, grade.start() - AREA_REACH) : grade.start()]
    tied = AREA_AFTER.match(after)
    return (area_named(after) if tied else None) or area_named(before)
