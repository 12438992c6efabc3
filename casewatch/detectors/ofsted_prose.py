"""Judgements stated in prose (minutes, board papers, news): a grade in a sentence
that also names Ofsted or an inspection and the children's services it judged, or
a focused or monitoring visit Ofsted made to them. What a sentence is about is
ofsted_sentences'; which of its grade words are grades given, of what and when,
ofsted_grades'; whose they are, ofsted_councils'."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from casewatch.detectors.base import Caseless, Mention, sentence_span
from casewatch.detectors.ofsted_areas import (
    BOARD_AREA,
    THESE_AREAS,
    areas_listed_before,
    areas_listed_next,
    graded_areas,
)
from casewatch.detectors.ofsted_councils import (
    council_introduced,
    council_on_page,
    councils_named,
    councils_of_grade,
)
from casewatch.detectors.ofsted_grades import (
    HELD_SINCE,
    changed_to,
    date_near,
    dates,
    given,
)
from casewatch.detectors.ofsted_sentences import (
    AREA_GRADED,
    COUNCIL_NAMED,
    ILACS_GRADED,
    INSPECTORATE,
    OFSTED,
    OFSTED_NAMED,
    PREDICATED,
    PROVIDER,
    about_council_services,
    about_something_else,
    counted,
    made_by,
    no_provider_near,
    ofsted_graded,
    providers_grade,
)
from casewatch.detectors.ofsted_terms import (
    CHILDRENS_SERVICES,
    COUNCIL_VISIT,
    GRADE,
    GRADE_WORD,
    NOT_A_GRADE,
    QUOTE,
    area_named,
    dateline,
    given_now,
    grade_code,
    inspected_on,
    mention,
    month_named,
    months_listed,
    page_dated,
    story_s_date_end,
    the_inspection,
    the_report_s_publication,
    visit_named,
    written,
)
from casewatch.detectors.ofsted_topics import (
    JUDGING,
    Later,
    previous,
    sentence_bounds,
    topic,
    topic_area,
    topic_date,
)

# A grade then a list of the councils that have it: "The seven judged inadequate ...
# are: Birmingham; Buckinghamshire; ...".
LIST_REACH = 60
LIST_AFTER_GRADE = Caseless(rf"\b(?:{GRADE})\b{QUOTE}[^:;.]{{0,{LIST_REACH}}}?:")
OFSTED_ONLY = re.compile(r"\bOfsted\b", re.IGNORECASE)
# Another inspectorate, whose ratings of a council's services (youth justice,
# adult social care, Welsh children's services) are not Ofsted's: "HM Inspectorate
# of Probation's (HMIP) inspection report on Cumberland Youth Justice Service ...
# The report, which gave an overall rating of 'Requires Improvement'", "HMI
# Probation led a Joint Inspection of Dorset Combined Youth Justice Service".
OTHER_INSPECTORATE = re.compile(
    r"\bInspectorate\s+of\s+(?:Probation|Prisons|Constabulary)\b|\bHMIP\b|\bHMICFRS\b"
    r"|\bHMI\s+(?:Probation|Prisons)\b|\bYouth\s+(?:Justice|Offending)\s+Service\b"
    r"|\bCare\s+Quality\s+Commission\b|\bCQC\b|\bCare\s+Inspectorate\b|\bEstyn\b"
)
INSPECTORATE_NAMED = re.compile(rf"(?i:\bOfsted\b)|{OTHER_INSPECTORATE.pattern}")
# How far back the inspectorate named last may be.
INSPECTORATE_REACH = 1500
# Prose can state a judgement only where a grade or a visit is named.
PROSE_TRIGGER = re.compile(rf"\b(?:{GRADE}|visit(?:s|ed)?|monitoring)\b", re.IGNORECASE)
# A visit still to come is none made: "It is anticipated that the first monitoring
# visit by Ofsted will take place within the next couple of months", "At least two
# more monitoring visits were planned to take place" (unless the sentence also
# tells of one made: "found", "took place"). What is due may be something else: "a
# press release was due to be released shortly concerning the ... Focussed Visit".
VISIT_TO_COME = re.compile(
    r"\bvisits?\b[^.;]{0,60}?\b(?:will|(?:is|are|were|was)\s+(?:anticipated|expected"
    r"|due|planned|scheduled))\b"
    r"|\b(?:forthcoming|upcoming|planned|expected)\s+(?:\w+\s+){0,2}visits?\b"
    # ... "Ofsted would return for a monitoring visit in the autumn"
    # ... "Ofsted was due to return for the next Monitoring Visit in July 2022"
    r"|\b(?:will|would|is\s+to|are\s+to|(?:is|are|was|were)\s+due\s+to)\s+"
    r"(?:return|come\s+back|carry\s+out|undertake"
    r"|conduct|make)\s+(?:for\s+)?(?:an?|its|the|their)\s+(?:\w+\s+){0,2}?visits?\b"
    r"|\b(?:preparing|prepares|bracing|awaiting|awaits|ahead\s+of)\b[^.;]{0,60}?"
    r"\bvisits?\b",
    re.IGNORECASE,
)
SINCE_CLAUSE = re.compile(r"\bsince\b[^,.;]*", re.IGNORECASE)
COUNTED_VISITS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
VISIT_MADE = re.compile(
    # (not minutes' "Members noted that ...")
    r"\b(?:carried\s+out|took\s+place|found|identified|concluded|noted(?!\s+that\b)"
    r"|highlighted"
    r"|reported|visited|published|praised|recognised|recognized)\b",
    re.IGNORECASE,
)


def prose_judgements(
    text: str, page_no: int, spots: tuple[int, ...], in_report: bool = False
) -> Iterator[Mention]:
    """Each sentence with a hot spot (a grade or a visit near context) in it; one
    that only says "Ofsted judged that services were inadequate" takes the council,
    date and judgement from the topic set by one of the sentences before. Other
    sentences cost nothing. In a report (`in_report`), whose headings state its
    judgements, a judgement's name in full is no sign of one."""
    done, judged = 0, set[int]()
    for spot in spots:
        if spot < done:
            continue
        left, done = sentence_bounds(text, spot)
        words = text[left:done]
        found = list(_sentence(text, page_no, left, words, judged, in_report))
        if found:
            judged.add(left)
        yield from found


def _sentence(
    text: str,
    page_no: int,
    offset: int,
    words: str,
    judged: set[int],
    in_report: bool = False,
) -> Iterator[Mention]:
    inspected = INSPECTORATE.search(words) or CHILDRENS_SERVICES.search(words)
    predicated = PREDICATED.search(words) or visit_named(words)
    listed = LIST_AFTER_GRADE.search(words)
    if not (inspected or predicated or listed or COUNCIL_VISIT.search(words)):
        return  # no rule can hold: the sentence costs no more
    if about_something_else(words):
        return
    if listed and len(councils_named(words[listed.end() :])) >= 2:
        yield from _listed(text, page_no, offset, words, listed)
        return
    topic_of = Later(topic, text, offset, judged if JUDGING.search(words) else set())
    if not (
        inspected
        or COUNCIL_VISIT.search(words)
        or AREA_GRADED.search(words)
        or (predicated and topic_of())
    ):
        return  # no rule can hold: spare looking for councils in it
    councils = Later(councils_named, words)
    cleaned = NOT_A_GRADE.sub(lambda m: " " * len(m.group()), words)
    grades = list(GRADE_WORD.finditer(cleaned))
    if counted(words, grades, councils) and not _counted(text, offset, words):
        return
    yield from _visits(text, page_no, offset, words, councils, topic_of, bool(grades))
    named_in_full = not in_report and bool(grades) and bool(ILACS_GRADED.search(words))
    yield from _grades(
        text, page_no, offset, words, councils, topic_of, cleaned, grades, named_in_full
    )


def _visits(
    text, page_no, offset, words, councils, topic_of, graded
) -> Iterator[Mention]:
    """A focused or monitoring visit the sentence names, of a council's children's
    services: a kind only councils receive, or one Ofsted made to services or a
    council it names; a sentence that goes on about a visit takes the council from
    the topic. A visit still to come, other visits and inspections with no grade
    are no judgement (nor, in a sentence that grades, a visit of no kind named:
    `visit_named`)."""
    if not (named := visit_named(words, graded)):
        return
    visit, where = named
    if PROVIDER.search(words) and (
        visit != "focused_visit" or _provider_visited(words, where)
    ):
        return
    # a visit to come, unless it was made (not what was done since: "... their
    # first monitoring visit since the report was published")
    if VISIT_TO_COME.search(words) and not VISIT_MADE.search(
        SINCE_CLAUSE.sub("", words)
    ):
        return
    ofsteds = OFSTED_NAMED.search(words) and (
        CHILDRENS_SERVICES.search(words) or COUNCIL_NAMED.search(words) or councils()
    )
    kind_to = INSPECTORATE.search(words) and councils()
    # a council's children's services visited, on a page that names Ofsted ("...
    # Torbay's director of children's services and a monitoring visit check in
    # January 2020 found improvements")
    page_ofsted = (
        CHILDRENS_SERVICES.search(words) and councils() and OFSTED.search(text)
    )
    about = COUNCIL_VISIT.search(words) or ofsteds or kind_to or page_ofsted
    about = about or (
        OFSTED_ONLY.search(words) and no_provider_near(text, offset, words)
    )
    context = "" if about else topic_of()
    if not (about or context):
        return
    fields = {"visit_type": visit, "judgement_area": area_named(words) or "other"}
    dated_on = dateline(text)
    # visits in the plural, undated and uncounted, are a series ("regular Ofsted
    # monitoring visits have been taking place"); counted, or in a story's dated
    # first sentence, the last was made ("each of their four monitoring visits
    # since"), on a day the story's date does not say ("Published: Friday, 6th
    # December 2024 ... validated by three monitoring visits by government
    # inspectors over the past year")
    plural = where.group().lower().endswith("visits")
    start = story_s_date_end(text, offset) if plural else 0
    if date := date_near(words, where.span(), start, None, dated_on) or _visit_s_date(
        context, visit, dated_on
    ):
        fields["date"] = inspected_on(text, date)  # a release's date is no visit's
    elif plural and not (start or COUNTED_VISITS.search(words, 0, where.start())):
        return
    if council := _council(text, offset, words, councils(), context):
        fields["local_authority"] = council
    end = offset + len(words.rstrip())
    # one visit a month, when the sentence says the months ("in May and October")
    months = months_listed(words, where.end(), dated_on) if plural else []
    dated = [{**fields, "date": month} for month in months]
    for each in dated or [fields]:
        yield mention(text, page_no, offset, end, "ofsted.prose_visit", each)


def _visit_s_date(
    context: str, visit: str, dated_on: tuple[int, int] | None
) -> str | None:
    """The date a topic sentence gives a visit it goes on about: the one beside
    the same kind of visit there ("the monitoring visit that Ofsted had carried
    out on 31 July and 1 August 2018 ..., and the Deep Dive ... on 5 and 6
    September 2018. ... the main finding from the monitoring visit" is 2018-07)."""
    named = visit_named(context)
    if named and named[0] == visit:
        date = date_near(context, named[1].span(), 0, None, dated_on)
        return date or topic_date(context)
    return topic_date(context)


# Councils a sentence counts and does not name: "Two London boroughs have become the
# first to have their children's services rated "outstanding"".
COUNTED_COUNCILS = re.compile(
    r"\b(?P<count>two|three|four|five)\s+(?:[A-Z][a-z]+\s+)?(?:councils|boroughs"
    r"|(?:local\s+)?authorities)\b",
    re.IGNORECASE,
)
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}


def _counted(text: str, offset: int, words: str) -> list[str | None]:
    """The councils a sentence counts, as the next sentence names them when it
    names as many ("Two London boroughs have ... rated "outstanding" ... Ofsted
    said Richmond and Merton children's services ..."), or names them as those
    councils ("the number of councils found to be inadequate ... has also risen
    from none last year to four this year. Those councils were Doncaster,
    Haringey, Milton Keynes and Surrey")."""
    counted = COUNTED_COUNCILS.search(words)
    if not (counted or PLURAL_COUNCILS.search(words)):
        return []
    end = offset + len(words.rstrip()) + 1
    left, right = sentence_span(text, end, end)
    after = text[left:right]
    named = councils_named(after)
    if counted and len(named) != COUNTS[counted["count"].lower()]:
        return []
    if not counted and (len(named) < 2 or not THOSE_COUNCILS.match(after)):
        return []
    return [written(after, council) for council in named]


PLURAL_COUNCILS = re.compile(r"\b(?:councils|(?:local\s+)?authorities)\b", re.I)
THOSE_COUNCILS = re.compile(
    r"\s*(?:Those|These|The)\s+(?:councils|(?:local\s+)?authorities|boroughs)\s+"
    r"(?:were|are|include[sd]?)\b"
)


def _provider_visited(words: str, where: re.Match[str]) -> bool:
    """Does a focused visit's own clause name a provider? Only councils' children's
    services have focused visits, so a provider elsewhere in the sentence is
    another inspection's ("Following our focused visit from Ofsted in 2022 and
    Plymouth's local area SEND partnership inspection in 2023")."""
    end = VISIT_CLAUSE_END.search(words, where.end())
    return bool(
        PROVIDER.search(words, where.start(), end.start() if end else len(words))
    )


VISIT_CLAUSE_END = re.compile(r"[,;]|\band\b")


def _council(text, offset, words, councils, context) -> str | None:
    """The council a sentence's judgement is of: the first it names, else its
    topic's, else its page's."""
    if councils:
        return written(words, councils[0])
    if in_context := councils_named(context):
        return written(context, in_context[0])
    if A_COUNCIL.search(words) and (
        introduced := council_introduced(text, offset + len(words))
    ):
        return introduced
    return council_on_page(text, offset)


# A council a story has yet to name: "a council where Ofsted recently rated ...".
A_COUNCIL = re.compile(r"\ban?\s+(?:local\s+)?(?:council|authority)\b")


def _another_inspectorates(text: str, offset: int, words: str) -> bool:
    """Is the sentence about another inspectorate's rating: naming one and not
    Ofsted, following a sentence that does, or after sentences that named one
    last?"""
    if OFSTED_ONLY.search(words):
        return False
    if OTHER_INSPECTORATE.search(words):
        return True
    before = previous(text, offset)
    if OTHER_INSPECTORATE.search(before) and not OFSTED_ONLY.search(before):
        return True
    # ... or the inspectorate named last before it, in the sentences above ("HMI
    # Probation led a Joint Inspection of Dorset Combined Youth Justice Service ...
    # \u2022 The Chair congratulated the Service Manager on the outcome noted that
    # the 'Good' rating for a joint inspection")
    above = text[max(0, offset - INSPECTORATE_REACH) : offset]
    named = list(INSPECTORATE_NAMED.finditer(above))
    return bool(named) and not OFSTED_ONLY.fullmatch(named[-1].group())


# A sentence that goes on about an inspection the sentence before named.
GOES_ON = re.compile(
    r"\W*(?:(?:The|This|That|Its)\s+(?:inspection|report|visit|inspectors?)|It|They"
    # "Ofsted judged the provision to be providing a 'Good' overall service"
    r"|Ofsted\s+(?:judged|rated|found)\s+(?:the|this|that|its)\s+(?:provision|service"
    r"|home|setting))\b"
)


def _a_providers_inspection(
    text: str, offset: int, words: str, councils: Callable[[], list]
) -> bool:
    """Does the sentence go on about a provider's inspection, which the sentence
    before named ("... the Ofsted inspection of Aycliffe Secure Centre which was
    graded 'good' overall. The inspection found ... good help and protection"), or
    about a serious case review, which Ofsted graded until 2010 ("The first and
    second SCRs into the death of Peter Connelly were published ... The first
    review, written in part by Sharon Shoesmith, Haringey DCS at that time, was
    rated inadequate by Ofsted")?"""
    before = previous(text, offset)
    if REVIEW_GOES_ON.match(words) and SCR_NAMED.search(before):
        return True
    return bool(GOES_ON.match(words) and PROVIDER.search(before) and not councils())


REVIEW_GOES_ON = re.compile(
    r"\W*(?:The|This|That|Its)\s+(?:(?:first|second|original)\s+)?review\b"
)
SCR_NAMED = re.compile(r"\bserious\s+case\s+reviews?\b|\bSCRs?\b", re.IGNORECASE)


def _grades(
    text, page_no, offset, words, councils, topic_of, cleaned, grades, named_in_full
) -> Iterator[Mention]:
    """Each grade the sentence gives a council's children's services, as many
    times as it names councils that have it; `named_in_full`: a judgement named
    in full with its grade makes the sentence a judgement's."""
    about = grades and (
        named_in_full
        or about_council_services(words, councils)
        or ofsted_graded(text, offset, words)
    )
    context = "" if about or not PREDICATED.search(words) else topic_of()
    if not (about or context) or _another_inspectorates(text, offset, words):
        return
    if _a_providers_inspection(text, offset, words, councils):
        return
    if not (
        named_in_full
        or PREDICATED.search(words)
        or INSPECTORATE.search(words + context)
    ):
        return
    council = Later(_council, text, offset, words, councils(), context)
    counted = _counted(text, offset, words)
    # councils counted and not named: none of them is the page's one council
    counted_apart = not counted and bool(COUNTED_COUNCILS.search(words))
    how = made_by(words, context or previous(text, offset))
    then_listed = (
        areas_listed_next(text, offset + len(words)) if len(grades) == 1 else []
    )
    # ... or given "in all of these areas" the sentence before lists
    listed_before = (
        areas_listed_before(previous(text, offset)) if THESE_AREAS.search(words) else []
    )
    for index in given(cleaned, grades, named_after=bool(counted)):
        grade = grades[index]
        if providers_grade(words, grade):
            continue
        owners = councils_of_grade(words, grades, index, councils())
        named: list[str | None] = [written(words, c) for c in owners] or counted
        apart = counted_apart and not owners
        for fields in _grade_fields(
            text, cleaned, grades, index, context, then_listed, listed_before
        ):
            fields["visit_type"] = how
            if apart:
                fields["councils_counted"] = True
            for owner in named or [None if apart else council()]:
                fields["local_authority"] = owner
                start, end = offset + grade.start(), offset + grade.end()
                yield mention(text, page_no, start, end, "ofsted.prose", fields)


NO_LONGER = re.compile(r"\bno\s+longer\b[^.;]{0,40}$", re.IGNORECASE)


def _grade_fields(
    text, cleaned, grades, index, context, then_listed=(), listed_before=()
) -> list[dict]:
    """A grade's code and date for each area it is given in and each date it was
    given on (the inspection's, where the page says when it was made and the grade
    is dated by a publication); none for a safeguarding board's grade. An overall
    grade is given in each area the next sentence lists too (`then_listed`), and
    one of no area in each the sentence before lists (`listed_before`)."""
    found = []
    # a change's last grade is the inspection's, whatever grade it replaced ("an
    # Ofsted report downgraded the department's rating from 'requires improvement'
    # to 'inadequate'")
    changed = index > 0 and changed_to(cleaned, grades[index - 1], grades[index])
    asked = cleaned[grades[index - 1].end() :] if changed else cleaned
    since_last = grades[index - 1].end() if index else 0
    grade = grade_code(grades[index].group())
    areas = graded_areas(cleaned, grades, index)
    if areas == [None] and listed_before:
        areas = list(listed_before)
    elif areas in (["overall effectiveness"], [None]) and then_listed:
        areas = [*areas, *then_listed]
    # a change's first grade, or one no longer held, is an earlier inspection's: not
    # dated by the topic's or the page's inspection ("the service had improved from
    # 'inadequate' to 'requires improvement'", "no longer been judged as inadequate")
    earlier = (
        index + 1 < len(grades)
        and changed_to(cleaned, grades[index], grades[index + 1])
    ) or bool(NO_LONGER.search(cleaned, since_last, grades[index].start()))
    for date in dates(cleaned, grades, index, dateline(text)):
        date = date or (
            None
            if earlier
            else topic_date(context)
            or the_inspection(text, asked)
            or given_now(text, cleaned[since_last : grades[index].end()])
        )
        # ... or the report's the page dates, whose grade an undated one restates
        reported = (
            None if date or earlier else the_report_s_publication(text, asked, grade)
        )
        date = date or reported
        for area in areas:
            if area == BOARD_AREA:
                continue
            fields: dict[str, str | bool | None] = {
                "grade": grade,
                "judgement_area": area
                or topic_area(context)
                or "overall effectiveness",
                "date": date and inspected_on(text, date),
            }
            if (
                reported
                or page_dated(text, date)
                or HELD_SINCE.match(cleaned, grades[index].end())
            ):
                # the page's own grade, its report's, or one held since a year
                # ("rated 'requires improvement' since 2019"): a later undated
                # "good" restates it
                fields["current"] = True
            found.append(fields)
    return found


def _listed(
    text: str, page_no: int, offset: int, words: str, listed: re.Match[str]
) -> Iterator[Mention]:
    """A judgement of each council listed after its grade."""
    grade = GRADE_WORD.search(words, listed.start())
    if providers_grade(words, grade):  # type: ignore[arg-type]
        return
    fields = {
        "visit_type": made_by(words, previous(text, offset)),
        "grade": grade_code(grade.group()),  # type: ignore[union-attr]
        "judgement_area": area_named(words[: listed.end()]) or "overall effectiveness",
    }
    if fields["judgement_area"] == BOARD_AREA:
        return
    if date := month_named(words):
        fields["date"] = inspected_on(text, date)
    start, end = offset + listed.start(), offset + listed.end()
    for council in councils_named(words[listed.end() :]):
        named = {**fields, "local_authority": written(words[listed.end() :], council)}
        yield mention(text, page_no, start, end, "ofsted.prose_list", named)
