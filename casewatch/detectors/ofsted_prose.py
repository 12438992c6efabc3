"""Judgements stated in prose (minutes, board papers, news): a grade in a sentence
that also names Ofsted or an inspection and the children's services it judged, or
a visit Ofsted made to them. A sentence about a school, nursery, children's home or
other provider, or about CQC, probation or SEND, is not a judgement of a council."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from casewatch.detectors.base import Mention
from casewatch.detectors.ofsted_councils import council_on_page, councils_named
from casewatch.detectors.ofsted_grades import (
    BOARD_AREA,
    date_near,
    dated,
    given,
    graded_area,
)
from casewatch.detectors.ofsted_terms import (
    CHILDRENS_SERVICES,
    COUNCIL_VISIT,
    GRADE,
    QUOTE,
    area_named,
    dateline,
    grade_code,
    mention,
    month_named,
    visit_named,
    written,
)

# A council as the subject of a sentence: "Hull City Council", "the council".
COUNCIL_NAMED = re.compile(
    r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+Council\b"
    r"|\b[Tt]he\s+(?:council|authority|department)\b(?!s)"
)

# Prose: a grade word in a sentence about a council's children's services that names
# Ofsted or an inspection, or says the services were rated or judged. A sentence
# about a school, nursery, children's home or other provider, or about CQC,
# probation or SEND, is not a judgement of a council.
GRADE_WORD = re.compile(rf"\b(?:{GRADE})\b", re.IGNORECASE)
INSPECTORATE = re.compile(
    r"\bOfsted\b|\binspect(?:ion|ors?|ed|orate)\b|\bILACS\b"
    r"|\beducation\s+(?:watchdog|regulator)\b",
    re.IGNORECASE,
)
PROVIDER = re.compile(
    r"\b(?:schools?|academy|academies|nurser(?:y|ies)|pre-school|college|"
    r"children.s\s+homes?|care\s+homes?|childminders?|hospitals?|CQC|"
    r"Care\s+Quality\s+Commission|probation|prisons?|SEND|special\s+educational|"
    r"further\s+education|pupils?|headteacher|provider|adult\s+social\s+care|"
    r"police|constabulary|forces|youth\s+offending|fire\s+and\s+rescue|"
    r"youth\s+justice|YJS|YOT|fostering\s+(?:service|agenc(?:y|ies))|"
    r"adoption\s+agenc(?:y|ies)|children.s\s+centres?|learners?|teaching|"
    r"adult\s+(?:and\s+community\s+)?(?:learning|education|skills)|"
    r"skills\s+and\s+learning|apprenticeships?)\b",
    re.IGNORECASE,
)
# One council's judgement, not a statistic about many.
ONE_AUTHORITY = re.compile(
    r"\b(?i:council|local\s+authority|borough|department)\b(?!s)"
    r"|\b(?!The\b|These\b|Its\b|Their\b)[A-Z][a-z]+(?:\s[A-Z][a-z]+)*(?:.s)?"
    r"\s+children.s\s+(?:social\s+care\s+)?services"
    r"|children.s\s+services\s+in\s+[A-Z]"
)
# Councils counted, not one named: "local authorities", "24%", "four local
# authority areas", "only 10 of 43 children's services", "Seven were providing
# inadequate services".
NUMBER = (
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen"
    r"|twenty|thirty|forty|fifty|sixty|several|many|most|few|half"
)
MANY_AUTHORITIES = re.compile(
    r"\b(?:councils|local\s+authorities|authorities)\b|%|\bper\s+cent\b"
    rf"|\b(?:{NUMBER})\s+(?:of\s+(?:the\s+)?(?:\d+\s+)?)?(?:local\s+authority\s+"
    r"areas|councils?|local\s+authorit(?:y|ies)|children.s\s+services|departments)\b"
    rf"|(?:^|[.;:]\s*)(?:{NUMBER})\s+(?:were|was|are|have|had|received|required)\b",
    re.IGNORECASE,
)
# A grade that a sentence predicates of something: "rated inadequate", "remain good",
# "a 'requires improvement' grading".
PREDICATED = re.compile(
    r"\b(?:(?:rated|judged|graded|labelled|branded|deemed|found)(?:\s+(?!and\b)\w+){0,3}?"
    r"|to\s+be|as|remains?|is|are|was|were|been|still|no\s+longer"
    r"|receive[sd]?\s+an?|given\s+an?|(?:judge?ment|grade|grading|rating)\s+of"
    r"|(?:was|is)\s+one\s+of)"
    rf"\s+{QUOTE}(?:overall\s+)?(?:{GRADE})\b"
    rf"|\b(?:{GRADE}){QUOTE}\s+(?:rating|grading|overall|service)s?\b"
    r"|\b(?:require|(?:it|they|services|department)\s+(?:still\s+)?require[sd]?)"
    r"\s+improvement",
    re.IGNORECASE,
)
# A grade then a list of the councils that have it: "The seven judged inadequate ...
# are: Birmingham; Buckinghamshire; ...".
LIST_REACH = 60
LIST_AFTER_GRADE = re.compile(
    rf"\b(?:{GRADE})\b{QUOTE}[^:;.]{{0,{LIST_REACH}}}?:", re.IGNORECASE
)
# Councils in general, not one: "a focused visit of a council", "an authority
# that is consistently good", "no authority in the country has been judged".
GENERIC = re.compile(
    r"\b(?:an?|any|each|every|no)\s+(?:other\s+)?(?:local\s+)?(?:authority|council)\b",
    re.IGNORECASE,
)
# A judgement the text says an inspection made (LABELS.md's visit_type).
INSPECTION = re.compile(r"\b(?:re-?)?inspect(?:ion|ed|ing)\b|\bILACS\b", re.IGNORECASE)
OFSTED_NAMED = re.compile(r"\bOfsted\b|\binspector(?:s|ate)\b", re.IGNORECASE)
# How far around a sentence naming an Ofsted inspection and a grade no provider may
# be named for the grade to be a council's.
OFSTED_INSPECTION = re.compile(r"\bOfsted\b.{0,40}?\binspection\b", re.IGNORECASE)
NEIGHBOURHOOD = 600
# How many sentences back a sentence about a council's services still sets the
# topic ("This is a re-inspection of children's services in Manchester ... They
# now require improvement to be good").
TOPIC_REACH = 2
# A grade word in these phrases is ordinary prose, not a grade.
NOT_A_GRADE = re.compile(
    r"good\s+(?:practice|progress|work|range|example|understanding|quality|"
    r"outcomes?|partnership)|in\s+good\s+time|as\s+good\s+as|"
    r"(?:not|in)adequately|adequate(?:ly)?\s+address|no\s+longer\s+\w+"
    rf"|(?:good|outstanding){QUOTE}\s+features"
    r"|\bareas?\s+(?:that|which|for|identified|where)\b[^.;]{0,40}?\brequir\w*"
    r"\s+improvement(?:\s+to\s+be\s+good)?",
    re.IGNORECASE,
)
# A sentence that asks, or says what happens if, is not about one council's grade.
HYPOTHETICAL = re.compile(
    r"\?\s*$|\b(?:if|where|whether|unless|once)\s+(?:\S+\s+){0,6}?"
    r"(?:are|is|be|were)\s+(?:judged|rated|found|graded)",
    re.IGNORECASE,
)
RESPECTIVELY = re.compile(r"\W*respectively\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?]+|$")
# Prose can state a judgement only where a grade or a visit is named.
PROSE_TRIGGER = re.compile(rf"\b(?:{GRADE}|visit(?:s|ed)?|monitoring)\b", re.IGNORECASE)


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
        sentence = _previous(text, left)
        left -= len(sentence)
        if PROVIDER.search(sentence):
            break
        if not (INSPECTORATE.search(sentence) or CHILDRENS_SERVICES.search(sentence)):
            continue  # cannot be the topic: spare looking for councils in it
        if _about_council_services(sentence, _Later(councils_named, sentence), True):
            return sentence
    return ""


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """The sentence around text[at]: after the last . ! or ? before it, through the
    ones that end it."""
    left = max(text.rfind(mark, 0, at) for mark in ".!?") + 1
    return left, SENTENCE_END.search(text, at).end()  # type: ignore[union-attr]


def _previous(text: str, left: int) -> str:
    """The sentence that ends where `left` begins."""
    if left <= 0:
        return ""
    return text[_sentence_bounds(text, _before_terminators(text, left))[0] : left]


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
    if listed and len(councils_named(words[listed.end() :])) >= 2:
        yield from _listed(text, page_no, offset, words, listed)
        return
    topic = _Later(_topic, text, offset)
    if not (inspected or COUNCIL_VISIT.search(words) or (predicated and topic())):
        return  # no rule can hold: spare looking for councils in it
    councils = _Later(councils_named, words)
    cleaned = NOT_A_GRADE.sub(lambda m: " " * len(m.group()), words)
    grades = list(GRADE_WORD.finditer(cleaned))
    if _counted(words, grades, councils):
        return
    yield from _visits(text, page_no, offset, words, councils, topic)
    yield from _grades(text, page_no, offset, words, councils, topic, cleaned, grades)


def _counted(words: str, grades: list[re.Match[str]], councils) -> bool:
    """Is the sentence a count of councils or a share of them with a grade ("24%
    of the 87 local authorities inspected were rated 'inadequate'")? Councils
    counted after the grade ("a grade that only a third of local authorities have
    achieved") or named ("three councils - Hampshire, Leeds and Trafford - were
    judged outstanding") leave it one council's judgement."""
    many = MANY_AUTHORITIES.search(words)
    first = grades[0].start() if grades else len(words)
    return bool(many and many.start() < first and not councils())


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


def _visits(text, page_no, offset, words, councils, topic) -> Iterator[Mention]:
    """A focused or monitoring visit the sentence names, of a council's children's
    services: a kind only councils receive, or one Ofsted made to services or a
    council it names; a sentence that goes on about a visit takes the council from
    the topic. Other visits and inspections with no grade are no judgement."""
    if not (named := visit_named(words)):
        return
    visit, where = named
    ofsteds = OFSTED_NAMED.search(words) and (
        CHILDRENS_SERVICES.search(words) or COUNCIL_NAMED.search(words) or councils()
    )
    kind_to = INSPECTORATE.search(words) and councils()
    about = COUNCIL_VISIT.search(words) or ofsteds or kind_to
    context = "" if about else topic()
    if not (about or context):
        return
    fields = {"visit_type": visit, "judgement_area": area_named(words) or "other"}
    dated_on = dateline(text)
    if date := date_near(words, where.span(), 0, None, dated_on) or _topic_date(
        context
    ):
        fields["date"] = date
    if council := _council(text, offset, words, councils(), context):
        fields["local_authority"] = council
    end = offset + len(words.rstrip())
    yield mention(text, page_no, offset, end, "ofsted.prose_visit", fields)


def _council(text, offset, words, councils, context) -> str | None:
    """The council a sentence's judgement is of: the first it names, else its
    topic's, else its page's."""
    if councils:
        return written(words, councils[0])
    if in_context := councils_named(context):
        return written(context, in_context[0])
    return council_on_page(text, offset)


def _grades(
    text, page_no, offset, words, councils, topic, cleaned, grades
) -> Iterator[Mention]:
    """Each grade the sentence gives a council's children's services."""
    about = grades and (
        _about_council_services(words, councils) or _ofsted_graded(text, offset, words)
    )
    context = "" if about or not PREDICATED.search(words) else topic()
    if not (about or context):
        return
    if not (PREDICATED.search(words) or INSPECTORATE.search(words + context)):
        return
    council = _Later(_council, text, offset, words, councils(), context)
    made_by = _made_by(words, context or _previous(text, offset))
    for index in given(cleaned, grades):
        grade = grades[index]
        area = graded_area(cleaned, grades, index) or area_named(context)
        if area == BOARD_AREA:
            continue
        fields = {
            "visit_type": made_by,
            "grade": grade_code(grade.group()),
            "judgement_area": area or "overall effectiveness",
            "date": dated(cleaned, grades, index, dateline(text))
            or _topic_date(context),
        }
        start, end = offset + grade.start(), offset + grade.end()
        owners = [
            written(words, c) for c in _councils_of(words, grades, index, councils())
        ]
        for owner in owners or [council()]:
            fields["local_authority"] = owner
            yield mention(text, page_no, start, end, "ofsted.prose", fields)


def _ofsted_graded(text: str, offset: int, words: str) -> bool:
    """Does the sentence give a grade of Ofsted's, with no school or other provider
    named near it? In minutes, "the recent Ofsted Inspection which was judged to
    'Require Improvement'" is the council's own."""
    if not (OFSTED_INSPECTION.search(words) and PREDICATED.search(words)):
        return False
    end = offset + len(words)
    return not PROVIDER.search(
        text, max(0, offset - NEIGHBOURHOOD), end + NEIGHBOURHOOD
    )


def _made_by(words: str, context: str = "") -> str:
    """How the judgement was made: an inspection where the sentence (or its topic,
    or the sentence before) says so, else unknown ("rated inadequate in 2020")."""
    return (
        "inspection"
        if INSPECTION.search(words) or INSPECTION.search(context)
        else "unknown"
    )


def _topic_date(context: str) -> str | None:
    """The date a topic sentence gives the grades after it, unless it dates a
    grade of its own ("the most recent one in 2022 stating it required
    improvement. ... services are now judged to be good overall")."""
    if GRADE_WORD.search(NOT_A_GRADE.sub("", context)):
        return None
    return month_named(context)


def _listed(
    text: str, page_no: int, offset: int, words: str, listed: re.Match[str]
) -> Iterator[Mention]:
    """A judgement of each council listed after its grade."""
    grade = GRADE_WORD.search(words, listed.start())
    fields = {
        "visit_type": _made_by(words, _previous(text, offset)),
        "grade": grade_code(grade.group()),  # type: ignore[union-attr]
        "judgement_area": area_named(words[: listed.end()]) or "overall effectiveness",
    }
    if fields["judgement_area"] == BOARD_AREA:
        return
    if date := month_named(words):
        fields["date"] = date
    start, end = offset + listed.start(), offset + listed.end()
    for council in councils_named(words[listed.end() :]):
        named = {**fields, "local_authority": written(words[listed.end() :], council)}
        yield mention(text, page_no, start, end, "ofsted.prose_list", named)


def _about_council_services(words: str, councils: _Later, topic: bool = False) -> bool:
    """Does the sentence speak of one council's children's services as inspected or
    rated? A focused visit is enough. As the topic of the sentences after it,
    children's services inspected are enough ("Ofsted re-inspected Children's
    Services ... They were judged ..."), where it counts no councils (a sentence
    with grades is tested for counts before)."""
    if not words or PROVIDER.search(words) or GENERIC.search(words):
        return False
    if topic and MANY_AUTHORITIES.search(words):
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


def _councils_of(words, grades, index, councils):
    """The councils a grade belongs to: those named since the previous grade, else
    the previous grade's ("Essex and Cambridgeshire, who had previously been judged
    inadequate, have now been judged to be good"), else the first one after it;
    grades given "respectively" go one to each council named before them, in order
    ("Halton and Hull, which were previously rated as "good" and "adequate"
    respectively")."""
    listed = [c for c in councils if c[1] < grades[0].start()]
    if len(listed) == len(grades) > 1 and RESPECTIVELY.match(words, grades[-1].end()):
        return [listed[index]]
    for earlier in range(index, -1, -1):
        start = grades[earlier - 1].end() if earlier else 0
        if since := [c for c in councils if start <= c[1] < grades[earlier].start()]:
            return since
    return councils[:1]
