"""Subjects: the name a review gives the person or family it looks at.

"Child R", "Baby P", "Adult B", "Family A", a quoted name ("Tom and Vic"), "known as
Lily", "the deaths of Arthur Labinjo-Hughes and Star Hobson", a Welsh review's
number ("CYSUR 4 2019"), in the review's sentence, a title, or a sentence next to it
that goes on about the review.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from casewatch.detectors.base import sentence_span
from casewatch.detectors.review_terms import MONTH
from casewatch.places import find_councils

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A name's first capital, and a surname's prefix before its own: "McDonald",
# "MacLeod", "O'Neill", "D'Souza" (not "Sean O").
NAME_CAPITAL = r"[A-Z](?:(?<=[MOD])(?:a?c|[\u2019'])[A-Z])?"
_WORD = rf"{NAME_CAPITAL}[a-z\u2019']+(?:-[A-Z][a-z\u2019']+)*"
_NAME = rf"{_WORD}(?:\s{_WORD}){{0,2}}"
# The words a pseudonym's letters follow ("Child R", "Family S4", "Cases M, N and
# O", a DHR's "Subject A", "Mrs Y"), the adults' titles last: a child's review names
# the parents too.
# Not "Case" alone: "one Case Audit (Case W)" is no review.
_CHILDREN = (
    r"Child|Baby|Adult|Family|Sibling\s+Group|Children|Young\s+Pe(?:rson|ople)|Cases"
    r"|Subject"
    # (an adults' review's: "known only as Patient E", "Person 1 (November 2020)")
    r"|Patient|Person"
    r"|CHILD|BABY|ADULT|FAMILY"
)
_ADULTS = r"Mrs|Mr|Ms|Miss|Mx"
_CODE = rf"(?:{_CHILDREN}|{_ADULTS})"
# A pseudonym's letters, or its number ("Child 24"; not a year: "Children 2018").
_LETTERS = r"(?:[A-Z]{1,2}\d{0,2}|\d{1,3})"
# A pseudonym alone: "Child T", "Miss G", "Mrs.Z".
PSEUDONYM = rf"(?:{_CHILDREN}|{_ADULTS})(?:\.?[\s_]+|\.){_LETTERS}(?![A-Za-z0-9-])"
# Someone's age before their name, however a story hyphenates it: "four-year-old",
# "4-year old", "16 month old".
AGED = r"[\w-]+[\s-](?:year|month|week)s?[\s-]old"
# Words for a child, and for a person (also what a headline capitalises for one:
# SOMEONE).
CHILD = r"baby|toddler|schoolboy|schoolgirl|tot|infant|boy|girl|child"
PERSON = (
    rf"{CHILD}|teenager|pensioner|grandmother|grandfather|mother|mum|father|dad"
    r"|woman|man|student|(?:mother|father|mum|dad)-of-\w+"
)
# What a news story calls the person before their name: "the death of murdered
# toddler Ayeeshia Smith", "the death of 16-year-old Tom".
DESCRIBED = (
    rf"(?:murdered|tragic|little|teenage|young|vulnerable|looked[\s-]after|{AGED}"
    rf"|{PERSON})"
)
_VICTIM = r"(?:murdered|tragic|little|baby|toddler|tot|infant|schoolboy|schoolgirl)"
# Quotes, and a closing one that opens too, as a word processor turns a quote after
# a bracket: "the death of a 21 month old toddler (\u201dPolly\u201d)".
_OPEN, _CLOSE = "[\u201c\u201d\u2018\"'`]", "[\u201d\u2019\"'`]"
# The short names of posts and bodies, which are no one's initials.
_BODIES = (
    r"MP|GP|PC|DC|DS|DI|BBC|ITV|NHS|CQC|CPS|UK|US|LA|CCG|ICB|SAB|CSP|DfE|ONS|CSC"
    r"|LSCB?|LSCP|SCR|SAR|DHR|CSPR|LCSPR|IMR|IOPC|DBS|HMP|ICS|MASH|MARAC|PSB|CSE"
)
# What a title page's next line begins with, where a name runs into it.
_TITLE_PAGE_LINE = (
    r"Independent|Chair|Author|Report|Overview|Executive|Summary|Page\s+(?:\d+|[ivx]+)"
)
SUBJECT = re.compile(
    # (a couple's: "Mr and Mrs H")
    rf"(?<![A-Za-z0-9])(?P<code>(?:(?:Mr|Mrs)\s+(?:and|&)\s+)?{_CODE}(?:\.?[\s_]+|\.){_LETTERS}"
    # (a serial comma too: "Children A, B, C, D, E, and F")
    r"(?:\s*(?:,(?:\s*(?:and|&))?|and|AND|&|[-\u2013])\s*"
    rf"(?:{_CODE}\s+)?{_LETTERS})*)(?![A-Za-z0-9-])"
    rf"|\b(?P<coded_name>(?:{_CHILDREN})\s+{_OPEN}(?:[A-Z][a-z]+|{_LETTERS}){_CLOSE})"
    rf"|\b(?P<letters>(?:[A-Z]{{1,3}}\s+[A-Z]\s+)?[A-Z]\s+Family)\b"
    rf"|{_OPEN}(?P<quoted>[A-Z][\w'\u2019-]*(?:\s[A-Z][\w'\u2019-]*){{0,2}}"
    rf"(?:\s(?:and|&)\s[A-Z][\w'\u2019-]*)?){_CLOSE}(?!\w)"
    # "known as Lily", "The report referred to him as Matt"
    # ... "named only as Michael", "given the pseudonym Sarah"
    # ... "referred to in the report as Anne", "The review calls the woman Mary"
    # ... "Known as Tom in the review, the 15-year-old"
    r"|(?:\b(?:[Kk]nown|[Nn]amed|refer(?:red|s)?\s+to(?:\s+(?:him|her|them))?)"
    r"(?:\s+in\s+(?:the|this)\s+(?:report|review))?\s+(?:only\s+)?as"
    rf"|\bcalls?\s+(?:him|her|the\s+(?:{PERSON}))"
    # ... "The report uses the pseudonym "Karen"", "who we will call Sarah"
    r"|\b(?:given|under|using|used|uses?)\s+the\s+(?:pseudonym|name)"
    r"|\bwho\s+(?:we|I)\s+(?:will|shall|have|'ll)?\s*call(?:ed)?"
    # ... "The three-month-old, named Emma", "a baby boy called Tom", "In the
    # review, the woman is called Beth"
    rf"|(?:{PERSON}|(?<=\w-)old),?\s+(?:(?:is|was)\s+)?(?:named|called))\s+"
    rf"{_OPEN}?(?:(?!{_CODE}\s)(?P<known>{_NAME})"
    # ... or by a letter: "a female adult, known as X, in this report"
    # ... or initials: "into the care of a child known as BA is being published"
    # (quoted too: 'referred to in the report as “C”, had')
    rf"|(?P<known_letter>[A-Z]{{1,2}}\d?)(?={_CLOSE}?[,;).]"
    r"|\s+in\s+(?:this|the)\s+(?:report|review)\b"
    # (not two letters: "known as AG and AI" are two cases)
    r"|\s+(?:is|was|who|and(?!\s+[A-Z]{1,2}\d?(?![\w\u2019'-])))\b))"
    # ... or before it: "Sarah, as she is referred to in the domestic homicide review"
    rf"|\b(?P<known_as>{_WORD}),\s+as\s+(?:she|he|they)\s+(?:is|are|was|were)\s+"
    r"(?:called|known|referred\s+to)\b"
    # ... or whose death or care the sentence goes on to tell of: "The family of
    # Ann, whose death led to a safeguarding adults review, said"
    rf"|\b(?P<whose>{_WORD}(?:\s{_WORD})?),\s+whose\s+(?:death|murder|killing|care"
    r"|treatment|case)\b"
    # ... or says is one: "The name Dorothy is a pseudonym used within this
    # briefing", "The name Peter is used as a pseudonym"
    rf"|\b[Tt]he\s+name\s+{_OPEN}?(?P<name_is>{_WORD}){_CLOSE}?\s+is\s+"
    r"(?:used\s+as\s+)?a\s+pseudonym\b"
    # ... or a name the text says is not theirs: "Jane (not her real name)"
    rf"|\b(?P<not_real>{_WORD}(?:\s{_WORD})?)\s*(?:\(|,\s*)not\s+(?:his|her|their)"
    r"\s+real\s+names?\b"
    # a register's code: "anonymised as MDS20/PDS20", "the death of Case No.SOT12(1)"
    r"|\b(?:anonymi[sz]ed\s+as|[Cc]ase\s+[Nn]o\.?\s*)\s*"
    r"(?P<case_code>[A-Z]{2,5}\d{1,3}(?:\(\d\))?(?:/[A-Z]{2,5}\d{1,3})?)(?![\w/])"
    # codes a review is of: "Serious Case Review concerning AB1 & AB2"
    r"|\b(?:concerning|in\s+respect\s+of|regarding|into)\s+"
    r"(?P<codes_of>[A-Z]{1,3}\d{1,2}(?:\s*(?:&|and)\s*[A-Z]{1,3}\d{1,2})*)(?![\w/])"
    # ... or a letter, whose death or case a review is of: "the death of O in 2018",
    # "In the case of AG, the serious case review concluded" (not "of A woman", nor
    # "of A. Smith")
    r"|\b(?:deaths?|murders?|killings?|the\s+case)\s+of\s+"
    r"(?P<death_letter>[A-Z]{1,2}\d?)"
    r"(?=[,;)]|\.(?!\s?[A-Z][a-z])|\s+(?:in|by|on|at|who|was|and|aged|found)\b"
    # ... or where a title page's next line was run into it ("the death of LF Page i")
    rf"|\s+(?:{_TITLE_PAGE_LINE})\b)"
    # who died, in the sentence after the review's: "... a year after June died"
    rf"|\b(?:after|before|when|until|since|where)\s+(?P<died>{_WORD}(?:\s{_WORD})?)"
    r"(?:,\s+(?:aged\s+)?\d{1,3},)?\s+(?:died|was\s+(?:killed|murdered|found\s+dead)"
    # ... or was harmed: "when Elsie Scully-Hicks suffered a catalogue of injuries"
    r"|took\s+(?:her|his|their)\s+own\s+life|suffered)\b"
    # (a headline's "Death of", a sentence's "The case of")
    r"|\b(?:[Dd]eaths?|[Mm]urders?|[Kk]illings?|assassination|manslaughter|abuse|neglect"
    # ... whom a review is of, its acronym perhaps between ("the serious case review
    # (SCR) of Baby Peter")
    r"|suicide|(?:[Rr]eviews?|SCRs?|SARs?|DHRs?|L?CSPRs?)(?:\s+\([A-Z]{2,6}\))?"
    # ... what was done with it between ("has been published about Joanna")
    r"(?:\s+(?:has\s+been|have\s+been|was|were|is\s+being|will\s+be)\s+"
    r"(?:published|commissioned|completed|carried\s+out|undertaken|held|launched))?"
    r"\s+(?:of|into|about|for)"
    r"|what\s+happened\s+to"
    # "the serious case review on Keanu Williams", not a day's ("on Monday")
    rf"|(?:[Rr]eviews?|SCRs?|SARs?|DHRs?|L?CSPRs?)\s+on(?=\s+(?!{MONTH}\b|{_WEEKDAY}\b))"
    r"|in\s+relation\s+to|relating\s+to|in\s+respect\s+of|concerning|regarding"
    r"|(?:in(?:to)?\s+|examined\s+|looked\s+at\s+)?[Tt]he\s+(?:case|care|treatment)\s+of"
    r"|(?:contact|involvement|dealings)\s+with"
    r"|(?:support|care|services)\s+(?:given|provided|offered)\s+to"
    r"|investigations?\s+into|inquir(?:y|ies)\s+into)\s+"
    r"(?:in\s+(?:19|20)\d\d\s+)?(?:of\s+)?"
    # (past where they were from: "the 2012 death of Barrow toddler Poppi Worthington")
    rf"(?:{_WORD}\s+(?=(?:{DESCRIBED})\s+[A-Z]))?"
    rf"(?:{DESCRIBED}\s+){{0,3}}"
    # (not a pseudonym's word, which is the code's; but "Baby Peter" and "Mr Smith"
    # are names, where "Child Sexual Exploitation" is none)
    rf"(?P<named>(?!(?:{_CHILDREN})\s(?<!Baby\s)|(?:Baby|{_ADULTS})\s+(?:{_LETTERS}"
    rf"(?![A-Za-z])|{_OPEN}|(?:and|&)\s)|Case\s+No\b){_NAME}"
    rf"(?:\s+in\s+{_WORD})?"
    # "Angela, Barry and Claire" (first names), "X in Solihull, and Y"
    rf"(?:(?:,\s{_WORD})+,?\s(?:and|&)\s{_WORD}|,?\s(?:and|&)\s{_NAME})?)"
    rf"|(?P<pseudonym>{_WORD}(?:\s{_WORD})?)\s+\(pseudonym\)"
    # ... or named after who they were: "the death of a four-year-old boy from
    # Coventry, Daniel Pelka"
    rf"|\b(?:deaths?|murders?|killings?)\s+of\s+(?:a|an)\s+(?:{DESCRIBED}\s+){{0,2}}"
    rf"(?:{PERSON})(?:\s+(?:from|in)\s+{_WORD}(?:\s{_WORD})?)?,\s+(?P<apposite>{_NAME})"
    r"(?=[,.;]|\s+(?:was|who|had|died)\b)"
    rf"|\b(?:and|of|into)\s+(?P<aged>{_NAME}),\s+(?:aged\s+)?\d{{1,2}},"
    # ... and "in the wake of Luisa Mendes\u2019 death"
    rf"|\b(?P<possessive>{_WORD}(?:\s{_WORD})?)(?:[\u2019']s|(?<=s)[\u2019'])"
    # ... or before the review's name ("Peter Connelly's serious case review")
    r"\s+(?:(?:serious\s+)?case|death|murder|killing|SCR|SAR|DHR|L?CSPR"
    r"|(?:local\s+)?(?:child\s+)?safeguarding|domestic\s+homicide)\b"
    # ... or by initials, whose death a review is of ("the review did not conclude
    # that FJ's tragic death was preventable")
    # (not a post's or a body's: "the MP's death", "the GP's")
    # ... or their needs, care or family ("the complexity of AE's needs")
    rf"|\b(?!(?:{_BODIES})[\u2019'])"
    r"(?P<initials>[A-Z]{2,3})[\u2019']s\s+(?:(?:tragic|untimely|sudden)\s+)?"
    r"(?:death|murder|killing|suicide|needs|care|family|life)\b"
    # ... or right after the review's name: "The serious case review concerning AB",
    # "A safeguarding adults review in respect of JK", "the review about DB"
    r"|\b(?i:reviews?|SCRs?|SARs?|DHRs?|L?CSPRs?)(?:\s+\([A-Z]{2,6}\))?\s+"
    r"(?:concerning|in\s+respect\s+of|regarding|about|for|of|on)\s+"
    rf"(?!(?:{_BODIES})\b)(?P<initials_of>[A-Z]{{2,3}})(?![\w\u2019'-])"
    r"|\b(?P<welsh>CYSUR\s+\d+\s*[/ ]?\s*\d{4})\b"
    # set off by commas or brackets in lower case: "an infant, child A, who"; or
    # quoted after what the review calls them: "referred to as \u2018child R\u2019"
    rf"|(?<=[,(]\s)(?P<apposed>(?:child|baby|adult)\s+{_LETTERS})(?=\s*[,)])"
    rf"|\b(?:known|referred\s+to)\s+as\s+{_OPEN}"
    rf"(?P<quoted_code>(?:child|baby|adult)\s+{_LETTERS}){_CLOSE}"
    # named in full after what befell them: "murdered four-year-old Daniel Pelka"
    # (not a relative who speaks: "welcomed by grandmother Mary Smith"; nor
    # anyone by their age alone: "said 45-year-old Martin Reeves")
    # ... or whom they failed to save ("missed chances to save two-year-old Keanu
    # Williams")
    rf"|\b(?:(?:{_VICTIM}\s+){{1,3}}(?:{AGED}\s+)?|(?:save|protect|safeguard)\s+{AGED}\s+)"
    rf"(?P<described>{_WORD}\s{_WORD})\b(?!\s[A-Z])"
)
ADULT_TITLE = re.compile(rf"(?:{_ADULTS})\s")
# A quoted name straight after who the person was: "The woman \u201cJane\u201d was".
DESCRIBED_BEFORE = re.compile(rf"\b{DESCRIBED},?\s*$")
CODE = re.compile(rf"{_CODE}\s+{_LETTERS}$")
TITLE_STOP = re.compile(rf"^({_ADULTS})\.\s*")
# How near a review the one pseudonym named around it must be to be its subject.
NEAR = 500
POSSESSIVE = re.compile(r"[\u2019']s?$")
EACH = re.compile(rf"(?P<word>{_CODE})\s+(?P<letters>{_LETTERS}(?:\s*(?:,|and|&).*))$")
OWN_WORD = re.compile(rf"(?P<word>{_CODE})\s+(?P<letters>{_LETTERS})")
# Where a named subject lived, dropped from the name: "Arthur Labinjo-Hughes in
# Solihull, and Star Hobson".
IN_A_PLACE = re.compile(rf"\s+in\s+{_WORD}(?=,|\s(?:and|&)\s|$)")
# A title's subject straight after the review's name, past a colon or dash, on the
# same line or the next: "Domestic Homicide Review Judith - Overview Report",
# "SERIOUS CASE REVIEW\n\n\u2018CHILD Y\u2019", "Safeguarding Adults Review: BB
# and CC", "Cross-borough learning from SAR Yi" at the end of its line, "DHR report
# \u2018(Louise)\u2019", "Domestic Homicide Review Action Plan - Sarah"; a title
# page's lines, joined or not: "Serious Case Review Overview Report Holly Author:
# Isobel Colquhoun".
_TITLE_PAGE_WORD = r"(?:Author|Date|Commissioned|Prepared|Written|Chair)\b"
# What a page's flattened text runs on with after a title: "Thematic Safeguarding
# Adult Review - Ahir and Peter Contents Parts 1-5", "Domestic Homicide Review
# Action Plan - Sarah Note that: ...".
_RUNS_ON = r"(?:Contents|Introduction|Foreword|Note\s+that|Download)\b"
TITLE_GAP = re.compile(
    r"[ \t]*(?:\([A-Z]{2,8}\))?[ \t]*(?:report[ \t]+(?=[\u2018'\"]?\())?"
    # ("Serious case review: executive summary \u2013 child AB", "Serious Case Review
    # Report \u2013 Dylan Tiffin-Brown \u2013 Northamptonshire SCB")
    r"(?:[ \t]*:?\s*(?i:action\s+plan|(?:overview|full|final|summary)\s+report|report"
    r"|executive\s+summary|learning\s+brief)"
    rf"(?=[ \t]*[:\u2013\u2014-]|[ \t]*\n|\s+[A-Z][a-z]+\s+{_TITLE_PAGE_WORD}))?"
    r"[ \t]*[:\u2013\u2014-]?\s*"
)
TITLE_NAME = re.compile(
    # a child's pseudonym of a first name, ending its line ("Child Safeguarding
    # Practice Review: Child Alex")
    r"(?P<child_named>(?:Child|Baby)\s(?P<child_first>[A-Z][a-z]+))[ \t]*(?=\n|$)"
    # (not a prefix a hyphen joins: "Serious Case Review Co-ordinator")
    r"|(?!(?:Co|Sub|Re|Pre|Non|Multi|Inter|Anti|Self|Post|Cross)-)"
    r"(?P<name>[A-Z][a-z]+|[A-Z]{1,3}\d{0,2}(?:\s+(?:and|&)\s+[A-Z]{1,3})?)"
    # (a dash, not a hyphen that joins a name: "Shi-Anne Downer")
    rf"[ \t]*(?:[-\u2013](?![A-Z])|[|(]|\n|$|(?={_TITLE_PAGE_WORD}|{_RUNS_ON}))"
    # (not a month's: "SERIOUS CASE REVIEW MAY 2012 IN RESPECT OF MR. H")
    rf"|(?!(?i:{MONTH})\s)(?P<shouted>[A-Z]{{3,}})\s+(?:[A-Z]+\s+)?(?:19|20)\d\d\b"
    # ... or a first name in capitals ending a title in capitals ("SAFEGUARDING
    # ADULT REVIEW REPORT PAUL")
    rf"|(?!(?i:{MONTH})\b)(?P<shouted_first>[A-Z]{{3,}})[ \t]*(?=\n|$)"
    # ... a first name that ends the title ("SAR \u2013 Joanna. The Board noted",
    # "SAR Paul: the Board agreed")
    # (a comma only before a register's date: "DHR - Amy, published 2018"), or at
    # its document or the next title, lines run together ("SAR Joanna Executive
    # Summary SAR Ben Executive Summary")
    r"|(?P<first>[A-Z][a-z]+)(?=[ \t]*(?:[:.;](?:\s|$)|,[ \t]*(?:published\b"
    r"|completed\b|(?:[A-Z][a-z]+[ \t]+)?(?:19|20)\d\d\b))"
    r"|,?\s+(?:and\s+)?(?=(?:SAR|SCR|DHR|L?CSPR)\b)"
    r"|\s+(?:Executive\s+Summary|Overview\s+Report|Full\s+Report|Learning\s+Brief"
    r"|Action\s+Plan|7[\s-]?[Mm]inute|Safeguarding\s+Adults?\s+Review|Serious\s+Case"
    r"|Domestic\s+Homicide|SAR|SCR|DHR|L?CSPR)\b)"
    r"|[\u2018'\"]?\((?P<bracketed>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\)"
    # ... or two first names at its line's end ("SAR \u2013 Paul and James")
    rf"|(?P<pair>[A-Z][a-z]+\s(?:and|&)\s[A-Z][a-z]+)[ \t]*(?=\n|$|{_RUNS_ON})"
    # ... or someone named in full ("Serious case review \u2013 Holly Smith (2019)")
    # (not its author: "Sarah Jones, Independent Author", "Sarah Jones (Chair)")
    # (a hyphen joins a name's parts: "Arthur Labinjo-Hughes\u2019 death" is no title)
    r"|(?P<full>[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s[A-Z][a-z\u2019']+(?:-[A-Z][a-z\u2019']+)*)"
    r"(?!-[A-Z])"
    r"[ \t]*(?=[-\u2013|(.,]|\n|$)"
    rf"(?![,(][ \t]*(?:Independent|Lead|Reviewer|Overview|{_TITLE_PAGE_WORD}))"
)
# Capitalised words that begin places, organisations and documents, not people.
NOT_A_PERSON = re.compile(
    r"\b(?:Council|Board|Partnership|Safeguarding|Reviews?|Trust|Hospital|Borough|"
    r"County|City|Street|Road|London|England|Wales|The|A|An|In|On|Serious|Cases?|"
    # (a register's heading: "SAR Reports")
    r"Overview|Reports?|Executive|Summar(?:y|ies)|Panel|Action|Plan|Independent|"
    r"Published|Documents?|Briefings?|Publications?|Resources|Archive|Links|"
    # (a review's roles and where it is kept: "SAR Reviewer", "the DHR Library")
    r"Reviewers?|Authors?|Owners?|Library|"
    r"Addendum|Appendices|Annex|Foreword|Preface|Glossary|"
    # (a document-sharing site's words: "Domestic Homicide Review\nTranscript")
    r"Transcript|Downloads?|Print|Share|Menu|"
    r"Learning|Briefing|Update|Protocol|Policy|Procedures?|Guidance|Process|"
    r"Criteria|Referrals?|Group|Sub|Subgroup|Team|Chairs?|Agenda|Minutes|Findings|"
    r"Recommendations|Themes|Introduction|Appendix|Terms|Scope|Methodology|Final|"
    r"Draft|Version|Page|Contents|Annual|Strategy|Training|Practice|Exempt|"
    r"Restricted|Confidential|Item|Working|Together|Services?|Care|Health|Social|"
    r"Office|Department|Ministry|Agency|Commission|Authority|Government|Institute|"
    r"Association|Society|Ofsted|CQC|NHS|Police|Court|Coroner.?s?|"
    # what services are for: "the serious case review about Early Help", "Domestic
    # Abuse", "Young People"
    r"People|Abuse|Violence|Help|Support|Housing|Justice|Work|Families|"
    r"Adults|Carers|Homelessness|Neglect|Drugs|Alcohol|Sleep|"
    # Ofsted's grades: "Birmingham children's services 'Good' after ..."
    r"Good|Outstanding|Inadequate|Adequate|Requires|"
    # a day's: "Today's safeguarding review calls for 12 changes", "Wednesday's DHR
    # is in its 14th draft", "published ... on Tuesday, 4 November 2025"
    r"Today|Yesterday|Tonight|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|"
    # a pronoun opening a sentence: "She was a wonderful mother"
    r"She|He|They|It|We|You)\b"
    # ... and abstract nouns by their endings: "Timescale for Serious Case Review
    # Completion", "Review Management", "Awareness".
    r"|\b[A-Z][a-z]+(?:tion|sion|ment|ness|ology|ship|ities)s?\b"
)
# A following sentence that goes on about the review ...
REFERS_BACK = re.compile(
    r"[\s\u2022\u00b7\u25aa-]*(?:(?:The|This|That|It|Its)\b"
    r"(?!\s+(?:Board|Trust|Council|Committee)\b)"
    # ... or that tells of its report ("... a serious case review has found. A report
    # investigating the death of Hamzah Khan, published this morning, claims")
    r"|A\s+(?:[\w-]+\s+){0,2}?report\s+(?:investigating|into|examining"
    r"|looking\s+(?:at|into))\s+(?:the\s+)?(?:death|case|murder|killing|care"
    r"|circumstances)\b)"
)
# ... or that speaks of "the review" or its report anywhere.
SPEAKS_OF_IT = re.compile(r"\b(?:the|this|that)\s+(?:review|report)\b", re.IGNORECASE)


# What may stand between a subject and the review's name it is before: a quote's
# end, "'s", a space; not another title's start ("\u2018Child L\u2019 A Domestic
# Homicide Review \u2018Adult L\u2019").
JUST_BEFORE = re.compile(r"[\u2019'\"]?(?:[\u2019']s)?\s*")


def subject_in(
    sentence: str, start: int, end: int, anywhere: bool = True
) -> str | None:
    """The subject named in the sentence of a review's name (sentence[start:end]):
    the one right before it ("Adult E's SAR", "the Child B SCR"), else the first
    one after it when a list names several ("Review: 'Peter' (2024) Review:
    'Robert'"), else (`anywhere`) the first, a parent's title last."""
    # (not one who complains or speaks: "Mr X complained the Council failed to
    # provide effective care of his daughter, Miss D")
    found_all = [
        found
        for found in SUBJECT.finditer(sentence)
        if not (found["code"] and SPEAKS_AFTER.match(sentence, found.end()))
    ]
    before = [
        found
        for found in found_all
        if 0 <= start - found.end() <= 4
        and JUST_BEFORE.fullmatch(sentence, found.end(), start)
        and not found["named"]  # "... concerning Angela, Barry and Claire" is theirs
    ]
    if not before and (name := name_before_acronym(sentence, start, end)):
        return name
    following = [found for found in found_all if 0 <= found.start() - end < 12]
    titled_last = sorted(found_all, key=lambda found: _is_a_parent(found))
    if not anywhere or _several_people(sentence, found_all):
        titled_last = []  # "toddler Star Hobson ... two-year-old Kyrell"
    for found in before + following + titled_last:
        if name := subject_of(found):
            return name
    return None


SPEAKS_AFTER = re.compile(
    r"\s+(?:complain(?:s|ed)|says|said|told|asked|wrote|raised)\b", re.IGNORECASE
)


# Someone named by their age ("two-year-old Kyrell Matthews"), or as who was harmed.
AGED_PERSON = re.compile(rf"\b{AGED}\s+(?P<name>{_WORD}\s{_WORD})\b")


def _several_people(sentence: str, found_all: list[re.Match[str]]) -> bool:
    """Does a sentence tell of two or more people by their age or as harmed ("With
    the awful fates of six-year-old Arthur Labinjo-Hughes and toddler Star Hobson
    still vivid ..., two-year-old Kyrell Matthews ..., according to a local
    safeguarding review"), so that no one of them is the review's?"""
    people = {aged["name"] for aged in AGED_PERSON.finditer(sentence)}
    people |= {found["described"] for found in found_all if found["described"]}
    return len(people) > 1


# A name or a register's code before a review's acronym or name, after "the" or at
# a line's start, is its subject: "Thomas SAR\nThe Thomas SAR was undertaken by an
# independent author", "the Susan Safeguarding Adult Review (SAR) Report", "the A2
# Serious Case Review", "The Anderson Family Serious Case Review", "the Gemma Hayter
# Serious Case Review", "the recent William SAR".
NAME_BEFORE_ACRONYM = re.compile(
    r"(?:^|\n|\b[Tt]he\s+(?:(?:recent|latest|new|final|published|full)\s+)?)"
    # (not "The" itself at a sentence's start: "The Ellie serious case review")
    r"(?P<name>(?!(?:The|This|That)\s)[A-Z][a-z]+(?:\s+(?:Family|[A-Z][a-z]+))?"
    r"|[A-Z]{1,2}\d{1,3})\s+$"
)
# An abbreviation defined in brackets: "(\u201cPSCB\u201d)".
QUOTED_IN_BRACKETS = re.compile(r"\(\s*[\u201c\u2018\"']")
ACRONYM_ONLY = re.compile(
    r"(?:L?CSPR|SCR|SAR|DHR)s?|(?i:safeguarding\s+adults?\s+review"
    r"|serious\s+case\s+review|domestic\s+homicide\s+review)"
)
# Words that go before a review's acronym or name and are not names (counts too:
# "Two Safeguarding Adult Review were completed").
NOT_A_NAME = frozenset(
    (
        "Mandatory", "Discretionary", "Thematic", "Joint", "National", "Local",
        "Statutory", "Previous", "Recent", "Latest", "New", "Current", "Last",
        "Next", "First", "Second", "Third", "Fourth", "Fifth", "Rapid", "Further",
        "Full", "Formal", "Multi", "Single", "Ongoing", "Complex", "Non", "Internal",
        "External", "Published", "Completed", "Relevant", "Related", "Same", "Such",
        "Its", "Our", "Their", "This", "That", "These", "Those", "Each", "Every",
        "Any", "Adults", "Adult", "Child", "Children", "Family", "Domestic",
        "Partnership", "Board", "Draft", "Proposed", "Original", "Subsequent",
        "Parallel", "Linked", "Associated", "Above", "Below", "Following", "One",
        "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
        "Eleven", "Twelve", "Several", "Many", "Both", "Some", "No", "All", "Other",
        "Additional", "Separate", "Annual",
    )
)  # fmt: skip


# ... or before a review's report listed by its title, where a register's lines run
# together: "Poppy SAR Report and Learning Brief Jessica SAR Report", "Pauline and
# George SAR Report", "Mr. X SAR Report".
REPORT_AFTER = re.compile(
    r"\s+(?:Report|Overview\s+Report|Executive\s+Summary|Learning\s+Brief)\b"
)
NAME_BEFORE_REPORT = re.compile(
    rf"(?<![\w'\u2019-])(?P<name>(?:{_ADULTS})\.?\s+[A-Z]{{1,2}}"
    r"|[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?)\s+$"
)


def name_before_acronym(sentence: str, start: int, end: int) -> str | None:
    """The name or code right before a review's acronym or name ("the Eve SCR",
    "Thomas SAR" at a line's start, "Poppy SAR Report"), when it is no word of a
    kind of review."""
    if not ACRONYM_ONLY.fullmatch(sentence, start, end) or PROCESS_AFTER.match(
        sentence, end
    ):
        return None
    found = NAME_BEFORE_ACRONYM.search(sentence, max(0, start - 24), start)
    if not found and REPORT_AFTER.match(sentence, end):
        found = NAME_BEFORE_REPORT.search(sentence, max(0, start - 30), start)
    name = found["name"] if found else None
    if name is None or name in NOT_A_NAME or not_a_person(name):
        return None
    return name


# ... not a place's document about reviews of a kind: "The Sussex SAR Protocol", "a
# Sussex SAR Referral Learning Briefing".
PROCESS_AFTER = re.compile(
    r"\s+(?:Protocol|Referral|Form|Procedures?|Policy|Guidance|Panel|Sub-?group"
    r"|Process|Toolkit|Framework|Template|Training|Pathway)s?\b"
)


# A name for the review is its subject's, not a place's, a scheme's or a
# perpetrator's ("the estate known as Little Venice", "Her partner, known as Big
# Dave"; but "a child who shall be known as Zac", "The three-month-old, named Emma").
KNOWN_NOT_THEM = re.compile(
    r"\b(?:estate|area|scheme|programme|project|home|house|building|street|road"
    r"|school|unit|ward|centre|initiative|operation|policy|process|model|approach"
    r"|tool|framework|group|team|service|site|place|village|town|district|network"
    r"|campaign|fund|system|method|partner|ex-partner|husband|boyfriend|perpetrator"
    r"|offender|killer|attacker|abuser)s?\b,?\s*(?:which\s+(?:is|was)\s+)?$",
    re.IGNORECASE,
)


def _known_as_them(found: re.Match[str]) -> bool:
    """Whether the words before the name a text says something is known by are
    not a place's, a scheme's or a perpetrator's."""
    return not KNOWN_NOT_THEM.search(
        found.string, max(0, found.start() - 60), found.start()
    )


# A police operation a review of abuse is named after, as the text names the review's
# subject ("The serious case review into Operation Mansfield").
OPERATION = re.compile(r"Operation\s[A-Z][a-z]+")


# A word that opens a sentence before a name, capitalised as the name is.
OPENING_WORD = re.compile(
    r"^(?:Following|After|Before|Since|Despite|During|Until|Upon|Without|Including"
    r"|Although|Though|While|Whilst|When|Where|If|As|For|From|With|By|At|To)\s+(?=\S)"
)


# Quotes around a name, not an apostrophe inside one ("O'Neill").
QUOTES = re.compile(
    rf"(?<![A-Za-z])(?:{_OPEN}|{_CLOSE})|(?:{_OPEN}|{_CLOSE})(?![A-Za-z])"
)


def subject_of(found: re.Match[str]) -> str | None:
    """The name a subject's match gives, as the review would write it; None when
    a name that is not a pseudonym is a place's, a body's or a document's."""
    if found["known"] and not _known_as_them(found):
        return None  # "the estate known as Little Venice"
    name = next(value for value in found.groupdict().values() if value)
    name = IN_A_PLACE.sub("", " ".join(name.replace("_", " ").split()))
    name = POSSESSIVE.sub("", name)
    name = QUOTES.sub("", name).replace(", and ", " and ")
    name = TITLE_STOP.sub(r"\1 ", name)  # "Mrs.Z" is Mrs Z
    name = _once(name)
    if found["apposed"] or found["quoted_code"]:
        name = name[0].upper() + name[1:]
    coded = (
        found["code"]
        or found["letters"]
        or found["apposed"]
        or found["quoted_code"]
        or found["case_code"]
        or found["codes_of"]
        or found["known_letter"]
        or found["death_letter"]
        or found["not_real"]
        or found["name_is"]
        or found["known_as"]
        or found["initials_of"]
        or CODE.match(name)
    )
    if not coded:
        name = TRAILING_HEADING.sub("", name)  # "Elizabeth and George Draft report"
        name = TITLE_PAGE_RUN.sub("", name)  # "Anna Independent Chair and Author"
        name = OPENING_WORD.sub("", name)  # "Following Zoe-Ann's death, ..."
    if not coded and not_a_person(name) and not OPERATION.fullmatch(name):
        return None
    if found["quoted"] and ACRONYM_ONLY.fullmatch(name):
        return None  # 'A Safeguarding Adult Review (\u201cSAR\u201d) concerns ...'
    if found["quoted"] and name.isupper():
        # a body's short name ('Children Board (\u201cPSCB\u201d)'), a headline's
        # quoted words ('\u201cSIGNIFICANT PROGRESS\u201d')
        start = max(0, found.start() - 2)
        if QUOTED_IN_BRACKETS.search(found.string, start, found.start() + 1):
            return None
        if " " in name and not CODE.match(name.title()):
            return None
    shouted = name.isupper() and len(name) > 3 and not any(c.isdigit() for c in name)
    # ("CHILD A AND BABY N" is Child A and Baby N; "FD17" stays a code)
    return re.sub(r"\bAnd\b", "and", name.title()) if shouted else name


# A document's word a name runs into where a title page's lines are joined ("In
# respect of the deaths of Elizabeth and George Draft report", "into the death of
# Susan Commissioned by the Epping Forest Community Safety Partnership"), or the
# word that opens the next sentence after a heading ("... in respect of Tom We have
# now").
TRAILING_HEADING = re.compile(
    r"(?:\s+(?:Draft|Final|Overview|Executive|Summary|Report|Published|Version"
    r"|Commissioned|Prepared|Written|Chaired|Author|Chair|Independent"
    r"|We|Our|The|This|These|It|He|She|They|His|Her|Their|In|On|At|A|An))+$"
)


# ... or the title page's next line run into the name ("Report into the Death of
# Anna Independent Chair and Author of Report: Althea Cribb").
TITLE_PAGE_RUN = re.compile(rf"\s+(?:{_TITLE_PAGE_LINE})\b.*$")


def _once(name: str) -> str:
    """A name a register's link repeats, once: "concerning Alan Alan SAR" (the
    review's heading, then its link) is Alan."""
    words = name.split()
    half = len(words) // 2
    return " ".join(words[:half]) if words and words[:half] == words[half:] else name


def _is_a_parent(found: re.Match[str]) -> bool:
    return bool(found["code"] and ADULT_TITLE.match(found["code"]))


def code_after(text: str, end: int) -> str | None:
    """A pseudonym ("Child Q", "known as Lily", "The woman \u201cJane\u201d") in the
    next sentences, up to SENTENCES_ON, while each goes on about the review ("... a
    Local Child Safeguarding Practice Review was initiated. The review concluded
    that Child Q ...", "... The joint review is published by ... To protect her
    identity the report refers to her as \u2018Margaret\u2019")."""
    for _ in range(SENTENCES_ON):
        left, right = sentence_span(text, end + 1, end + 1)
        if left >= len(text) or not (
            REFERS_BACK.match(text, end) or SPEAKS_OF_IT.search(text, left, right)
        ):
            return None
        if name := _code_in(text, left, right):
            return name
        end = right
    return None


SENTENCES_ON = 2


def _code_in(text: str, left: int, right: int) -> str | None:
    for found in SUBJECT.finditer(text, left, right):
        if (
            (name := subject_of(found))
            and not COMPLAINS.match(text, found.end())
            and (
                found["code"]
                or found["coded_name"]
                or found["known"]
                or found["not_real"]
                or found["known_as"]
                or found["case_code"]
                or found["died"]
                or found["initials"]
                or found["initials_of"]
                or CODE.match(name)
                or (
                    found["quoted"]
                    and DESCRIBED_BEFORE.search(text, left, found.start())
                )
            )
        ):
            return name
    return None


def code_titled_before(text: str, start: int) -> str | None:
    """A register's code right before a review's name in its title ("Walsall
    Safeguarding Children Board W4 Serious Case Review"): the review's subject."""
    found = CODE_BEFORE.search(text, max(0, start - CODE_REACH), start)
    return found[1] if found and text[start].isupper() else None


# A code of one or two capitals and a number, right before the name it titles.
CODE_BEFORE = re.compile(r"(?<![\w/-])([A-Z]{1,2}\d{1,2})[ \t]+$")
CODE_REACH = 8


def code_before(text: str, left: int) -> str | None:
    """The one pseudonym of the sentence before ("... sought to learn from Child R's
    experience. This response should be read alongside the Serious Case review")."""
    if left == 0:
        return None
    start, _ = sentence_span(text, left - 1, left - 1)
    codes = set(codes_in(text, start, left, each=False, known=True))
    return codes.pop() if len(codes) == 1 else None


# Someone a story says the review calls by a name: "The boy, referred to as
# 'Billy', was placed with foster carers", "the woman \u2013 known as Jo-Jo in the
# report \u2013".
PERSON_KNOWN = re.compile(
    rf"\b(?:{PERSON})(?:,|\s+[\u2013\u2014-])\s+(?:who\s+is\s+|is\s+)?$", re.IGNORECASE
)


# Whoever complains of a review is not whom it is of: "Mrs B complains about the
# care her aunt received at a care home. The Safeguarding Adults Board (SAB) has
# decided to carry out a full Safeguarding Adults Review into the aunt's case" (an
# Ombudsman's decision).
COMPLAINS = re.compile(r"\s+complain")


def codes_in(
    text: str, start: int, end: int, each: bool = True, known: bool = False
) -> list[str]:
    """Every pseudonym ("Baby E", "Child D", "\u2018Child Y\u2019", "Jane (not her
    real name)") in text[start:end], in order, once; with `each`, those named
    together one by one ("Baby O and Baby W"); with `known`, the names the text
    says the review gives ("given the name Jane")."""
    names = [
        name
        for found in SUBJECT.finditer(text, start, end)
        if (name := subject_of(found))
        and not COMPLAINS.match(text, found.end())
        and (
            found["code"]
            or found["coded_name"]
            or found["quoted_code"]
            or found["not_real"]
            or found["name_is"]
            or found["known_as"]
            or found["known_letter"]  # "The teenager, known as K, suffered ..."
            or found["initials"]
            or found["initials_of"]
            or (known and found["known"])
            or (found["known"] and PERSON_KNOWN.search(text, start, found.start()))
            or (found["quoted"] and CODE.match(name))
        )
    ]
    if each:
        names = [one for name in names for one in each_of(name)]
    return list(dict.fromkeys(names))


def only_code(text: str, at: int) -> str | None:
    """The one pseudonym the text names near `at` (within NEAR characters either
    side), when it names one ("The baby, known only as Child D, ... This serious
    case review looked in detail at ...")."""
    codes = codes_in(text, max(0, at - NEAR), min(len(text), at + NEAR), each=False)
    return codes[0] if len(codes) == 1 else None


# A pseudonym's word for several: "Children A and B", "Cases M, N and O".
PLURAL_WORDS = {"Children": "Child", "Cases": "Case"}


def each_of(name: str) -> list[str]:
    """The pseudonyms named together, one by one: "Adult C and D" is Adult C and
    Adult D, "Baby O and Baby W" is Baby O and Baby W, and "Baby F and Child G"
    Baby F and Child G (a letter without its own word takes the last one's)."""
    found = EACH.match(name)
    if not found:
        return [name]
    word = PLURAL_WORDS.get(found["word"], found["word"])
    named = []
    for part in re.split(r"\s*(?:,|and|&)\s*", found["letters"]):
        if own := OWN_WORD.fullmatch(part):
            word = own["word"]
            part = own["letters"]
        if part:
            named.append(f"{word} {part}")
    return named


# A register's number or letter after an acronym: "DHR 7", "DHR 2019/02", "DHR A is
# awaiting Home Office approval" (not a span of years: "SAR 2019/20").
CODED = re.compile(r"[ \t]+(?:\d{4}/0\d|\d{1,3}|[A-Z])(?![\w/])")
ARTICLE_BEFORE = re.compile(r"\b(?:the|this)\s+$", re.IGNORECASE)
ACRONYM_WORD = re.compile(r"[A-Z]{3,5}")


def coded(text: str, start: int, end: int) -> str | None:
    """An acronym's register number or letter, which names the review ("DHR 7"),
    or the pseudonym in brackets after it ("DHR 3 (Jane)")."""
    if not ACRONYM_WORD.fullmatch(text, start, end) or ARTICLE_BEFORE.search(
        text, max(0, start - 6), start
    ):
        return None  # a contents page's number: "Terms of reference for the DHR 4"
    found = CODED.match(text, end)
    if not found or CONTENTS_LINE.match(text, text.rfind("\n", 0, start) + 1):
        return None
    if (named := BRACKETED.match(text, found.end())) and _first_name(named["name"]):
        return named["name"]
    return " ".join(text[start : found.end()].split())


# A contents page's line, whose last number is a page's: "Chapter 2 Background to
# this SCR 6".
CONTENTS_LINE = re.compile(r"[ \t]*(?:Chapter|Section|Part|Appendix)[ \t]+\d+\b")
BRACKETED = re.compile(r"[ \t]*\((?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z\u2019'-]+)?)\)")


def in_a_glossary(text: str, start: int, end: int) -> bool:
    """Is text[start:end] on a glossary's line, the meaning of the term alone on
    the line above, with the next term alone below ("CLR\nCritical Learning
    Review\nCOG\nChildren with Complex Needs Operational Group Panel")? It names
    no one: the next line is another term."""
    above_end = text.rfind("\n", 0, start)
    below_start = text.find("\n", end)
    if above_end < 0 or below_start < 0:
        return False
    above = text[text.rfind("\n", 0, above_end) + 1 : above_end]
    below_end = text.find("\n", below_start + 1)
    below = text[below_start + 1 : below_end if below_end >= 0 else None]
    return bool(GLOSSARY_TERM.fullmatch(above) and GLOSSARY_TERM.fullmatch(below))


# A glossary's term, alone on its line: "CLR", "LSCBs".
GLOSSARY_TERM = re.compile(r"[ \t]*[A-Z]{2,6}s?[ \t]*")


def titled(text: str, start: int, end: int) -> str | None:
    """The subject of a title that goes on from the review's name (text[start:end]);
    a register's number is the review's with its name ("SCR 0001 - In relation
    to a 'near miss event'", "Domestic Homicide Review 1 - Overview Report")."""
    at = TITLE_GAP.match(text, end).end()  # type: ignore[union-attr]
    if numbered := NUMBERED.match(text, end):
        # (a register's number or year before the name it lists: "SAR 2020: Wendy",
        # not "SAR 2021: Frank", a word too)
        after = TITLE_GAP.match(text, numbered.end()).end()  # type: ignore[union-attr]
        named = TITLE_NAME.match(text, after)
        if first := named and (named["first"] or named["name"]):
            return first if _first_name(first) else None
        return " ".join(text[start : numbered.end()].split())
    found = SUBJECT.match(text, at)
    if found and (found["code"] or found["coded_name"] or found["quoted"]):
        return subject_of(found)
    if case := CASE_LETTERS.match(text, at):
        return "Case" + case.group()[4:]  # "Norfolk SCR Case R", "... CASE N"
    if code := LOWER_CODE.match(text, at):
        return code.group()[0].upper() + code.group()[1:]  # "\u2013 child AB"
    named = TITLE_NAME.match(text, at)
    if not named:
        return None
    if named["child_named"]:
        return named["child_named"] if _first_name(named["child_first"]) else None
    if named["full"]:  # a first name's, not a title's words ("Lessons Learned")
        return named["full"] if _first_name(named["full"]) else None
    if named["first"]:
        return named["first"] if _first_name(named["first"]) else None
    if named["shouted_first"]:
        first = named["shouted_first"].title()
        return first if _first_name(first) else None
    if named["pair"]:
        first, _, second = named["pair"].split()
        both = _first_name(first) and _first_name(second)
        return named["pair"] if both else None
    name = named["name"] or named["bracketed"] or named["shouted"].title()
    if not_a_person(name) or ACRONYM_ONLY.fullmatch(name.upper()):
        return None  # "The serious case review - SCR - was published"
    return name


# A pseudonym a title writes in lower case: "Serious case review: executive summary
# \u2013 child AB".
LOWER_CODE = re.compile(r"(?:child|baby|adult)\s+[A-Z]{1,2}\d{0,2}(?![\w-])")
# A register's number or year right after a review's name, before a dash or colon
# ("Domestic Homicide Review 2020 - executive summary"); not a span of years ("SAR
# 2019-20 annual report").
NUMBERED = re.compile(
    r"[ \t]+\d{1,4}(?=[ \t]*[:\u2013\u2014-])(?![ \t]*[\u2013\u2014-][ \t]*\d)"
)
# A case's letters right after a review's name: "Norfolk SCR Case R PUBLICATION
# DATE: JANUARY 2017", "SERIOUS CASE REVIEW CASE N OVERVIEW REPORT" (not "Case"
# alone: "one Case Audit (Case W)").
CASE_LETTERS = re.compile(r"(?:Case|CASE)\s[A-Z]{1,2}\d{0,2}(?![\w-])")
# A review's name in a title line ("Serious Case Review ED12").
REVIEW_NAME = re.compile(
    r"(?i:(?:serious\s+case|practice|adults?|homicide)\s+review)\b"
    r"|(?<![A-Za-z])(?:SCR|SAR|DHR|L?CSPR)(?![A-Za-z])"
)
# How long a title line may be.
TITLE_LENGTH = 70


def title_above(text: str, left: int) -> str | None:
    """The subject of the review titled on the line above a sentence that goes on
    about it ("Serious Case Review ED12\n\nThe serious case review concerns the
    deaths of six children ...")."""
    if left == 0 or not REFERS_BACK.match(text, left):
        return None
    above = len(text[:left].rstrip()) - 1
    if above < 0:
        return None
    start, _ = sentence_span(text, above, above)
    line = text[start : above + 1].strip()
    if len(line) > TITLE_LENGTH or line.endswith((".", "?", "!")):
        return None
    found = REVIEW_NAME.search(text, start, above + 1)
    return titled(text, found.start(), found.end()) if found else None


# A title's subject before the review's name: "SK \u2013 Safeguarding Adult Review
# Report", "James \u2013 Safeguarding Adult Review Report".
NAME_BEFORE = re.compile(
    r"(?:^|[\n.:|])\s*(?P<name>[A-Z]{1,3}|[A-Z][a-z]+)\s*[\u2013\u2014-]\s*$"
    # ... or someone named in full ("Holly Smith: serious case review published")
    r"|(?:^|[\n.|])\s*(?P<full>[A-Z][a-z]+\s[A-Z][a-z\u2019'-]+)\s*[:\u2013\u2014-]\s*$"
    # ... or by a first name and a colon ("Jack: serious case review")
    r"|(?:^|[\n.|])\s*(?P<first>[A-Z][a-z]+)\s*:\s*$"
)


def titled_before(text: str, start: int) -> str | None:
    """The subject of a title that names it before the review's name."""
    found = NAME_BEFORE.search(text, max(0, start - 40), start)
    if not found:
        return None
    if found["full"] or found["first"]:
        name = found["full"] or found["first"]
        return name if _first_name(name) else None
    return None if not_a_person(found["name"]) else found["name"]


def _first_name(name: str) -> bool:
    """Does a name in full begin with a first name (not "Lessons Learned"), or one
    of a hyphen's ("Shi-Anne")?"""
    first = name.split()[0]
    return any(part in FIRST_NAMES for part in first.split("-")) and not not_a_person(
        name
    )


# A word for someone that a headline capitalises, not their name ("Toddler's death
# prompts serious case review", "Woman's murder ...").
SOMEONE = re.compile(
    rf"(?i:{PERSON}|teen|grandma|grandpa|grandad|gran|wife|husband|son|daughter"
    r"|sister|brother|victim|patient|resident|pupil|carer|partner|girlfriend"
    r"|boyfriend|widow(?:er)?|neighbour)"
)


def not_a_person(name: str) -> bool:
    return bool(
        NOT_A_PERSON.search(name) or SOMEONE.fullmatch(name) or find_councils(name)
    )


# A person named in full ("Daniel Pelka"): a run of exactly two capitalised words
# (not "Little Heath Primary").
_CAPITALISED = rf"{NAME_CAPITAL}[a-z\u2019']+(?:-[A-Z][a-z]+)?"
CAPITALISED_RUN = re.compile(rf"(?<![\w\u2019'-]){_CAPITALISED}(?:\s{_CAPITALISED})*")
# A review's sentence that begins by pointing back: "The Serious Case Review, ...".
POINTS_BACK = re.compile(r"[\s\u2022\u00b7-]*(?:The|This)\s+(?:[\w-]+\s+){0,2}$")
# What the text says happened to the person, between their name and the review.
DIED = re.compile(
    r"\b(?:dead|death|died|killed|murder\w*|manslaughter|starved)\b", re.IGNORECASE
)
# A sentence naming someone who speaks or holds a post, not whom a review is of.
SPEAKER = re.compile(
    r"\b(?:said|says|told|chair\w*|director|author|manager|councillor|Cllr|"
    r"spokes\w+|head\s+of|leader|minister|Dr|Professor|MP|wrote|according|judge)\b",
    re.IGNORECASE,
)
# How far back the one person named may be.
PERSON_REACH = 800


# Someone a page introduces before it names their review: "Chloe is a White British
# woman in her early thirties", "Joseph was a 20 year-old man with a learning
# disability", "Mr G was an elderly man with dementia", "Jack was 20 years old".
INTRODUCED = re.compile(
    rf"(?<![\w\u2019'-])(?P<name>(?:{_ADULTS})\s+[A-Z]{{1,2}}\d{{0,2}}|[A-Z][a-z]+)"
    r"\s+(?:is|was)\s+(?:"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,6}?(?:man|woman|boy|girl|baby|infant|child|person"
    r"|adult|mother|father|teenager|gentleman|lady|mum|dad|pensioner|grandmother"
    r"|grandfather)|(?:aged\s+)?\d{1,3}\s+years?\s+old)\b"
)


def person_introduced(text: str, left: int, start: int) -> str | None:
    """The one person the text introduces before a review's sentence that points
    back at it ("Joseph was a 20 year-old man ... The Safeguarding Adults Review was
    commissioned by ...")."""
    if not POINTS_BACK.fullmatch(text, left, start):
        return None
    floor = max(0, left - PERSON_REACH)
    names = {
        found["name"]
        for found in INTRODUCED.finditer(text, floor, left)
        if found["name"] not in NOT_A_NAME and not not_a_person(found["name"])
    }
    return names.pop() if len(names) == 1 else None


def person_before(text: str, left: int, start: int, right: int) -> str | None:
    """The one person the text names in full before a review's sentence that
    points back at it ("... the school attended by Daniel Pelka. Less than a year
    later he was dead ... The Serious Case Review, after ..."), or that names them
    again by their first name ("Aalihya Jordan-Fellows ... died in 2008 ... A
    Serious Case Review by Birmingham Safeguarding Children Board (BSCB) found
    that Aalihya would probably have been alive today"), when what it says of them
    is a death and nobody else is named; or by title and surname ("... in the
    wake of Luisa Mendes\u2019 death. Following the inquest, a Domestic Homicide
    Review (DHR) was published, which looks at the way agencies interacted with Ms
    Mendes")."""
    points_back = bool(POINTS_BACK.fullmatch(text, left, start))
    floor = max(0, left - PERSON_REACH)
    named = [
        found
        for found in CAPITALISED_RUN.finditer(text, floor, left)
        if len(found.group().split()) == 2 and not not_a_person(found.group())
    ]
    if len({found.group() for found in named}) != 1:
        return None
    found = named[0]
    name = POSSESSIVE.sub("", found.group())  # "Luisa Mendes\u2019 death"
    first, last = map(re.escape, name.split())
    again = rf"\b{first}\b|\b(?:{_ADULTS})\.?\s+{last}\b"  # "Aalihya", "Ms Mendes"
    if not (points_back or re.search(again, text[left:right])):
        return None
    sentence = text[slice(*sentence_span(text, found.start(), found.end()))]
    if SPEAKER.search(sentence) or not DIED.search(text, found.end(), left):
        return None
    # (nor someone's kin: "Poppi's dad Paul Worthington")
    if KIN_BEFORE.search(text, max(0, found.start() - 30), found.start()):
        return None
    return name


# A review's sentence that speaks of the death of someone named before it ("...
# saddened by the death of Alfie. ... Following his death, we began a process of
# conducting a local Child Safeguarding Practice Review"), or points back at it
# ("On arrival they found Sarah dead. ... These events led to the commencement of
# this Domestic Homicide Review").
THEIR_DEATH = re.compile(r"\b(?:his|her|their)\s+(?:death|murder|killing)s?\b", re.I)
THIS_REVIEW = re.compile(r"\bthis\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# ... how the text tells that death: "the death of Alfie", "found Sarah dead",
# "Jane died".
DEATH_TOLD = re.compile(
    rf"\b(?:deaths?|murders?|killings?)\s+of\s+(?P<of>{_WORD}(?:\s{_WORD})?)\b"
    rf"|\bfound\s+(?P<found>{_WORD}(?:\s{_WORD})?)\s+dead\b"
    rf"|\b(?P<died>{_WORD}(?:\s{_WORD})?)\s+(?:died|was\s+(?:killed|murdered))\b"
)


def death_named_before(text: str, left: int, right: int, start: int) -> str | None:
    """The one person whose death the text tells before a review's sentence that
    speaks of "his death" or "her death", or names "this" review (its name at
    `start`)."""
    back = THIS_REVIEW.search(text[max(left, start - 40) : start])
    if not (back or THEIR_DEATH.search(text, left, right)):
        return None
    floor = max(0, left - PERSON_REACH)
    names = {
        name
        for told in DEATH_TOLD.finditer(text, floor, left)
        if (name := told["of"] or told["found"] or told["died"])
        and not not_a_person(name)
        and name not in NOT_A_NAME
    }
    return names.pop() if len(names) == 1 else None


# The sentence after a review's that opens with the person who died, named in full:
# "... a serious case review has found. Keegan Downer, whose birth name was
# Shi-Anne, was killed by Kandyce Downer ...". Not whoever else it opens with
# ("Sean Sadler, 32, from Northfield, Birmingham was convicted of the murder of
# Lilly Hanrahan").
OPENS_WITH_WHO_DIED = re.compile(
    rf"\s*(?P<name>{_CAPITALISED}\s{_CAPITALISED})(?:,[^,.]{{1,60}},)?\s+"
    r"(?:died|was\s+(?:killed|murdered|found\s+dead|starved)|had\s+died)\b"
)


# A review of someone by who they were to whoever speaks: "a full Safeguarding
# Adults Review into the aunt's case" ... "Mrs B complains on behalf of her aunt,
# Mrs C, who has died" (an Ombudsman's decision).
_KIN = (
    r"aunt|uncle|mother|father|mum|dad|son|daughter|brother|sister|wife|husband"
    r"|partner|grandmother|grandfather|nephew|niece|cousin"
)
OF_A_RELATIVE = re.compile(
    r"\s+(?:into|of|about|concerning|regarding|for)\s+(?:the|her|his|their)\s+"
    rf"(?P<relative>{_KIN})(?:[\u2019']s\s+(?:case|death|care))?\b"
)


def relative_named(text: str, end: int) -> str | None:
    """The one name the text gives the relative a review's name (ending at `end`)
    says it is of (not "according to a local safeguarding review, at the hands of
    his mother")."""
    if not (of := OF_A_RELATIVE.match(text, end)):
        return None
    named = {
        name
        for found in re.finditer(
            rf"\b(?:her|his|their)\s+{of['relative']},\s+"
            rf"(?P<name>(?:{_ADULTS})\.?\s[A-Z]\b|{_NAME})",
            text,
        )
        if not not_a_person(name := found["name"])
    }
    return named.pop() if len(named) == 1 else None


def person_after(text: str, right: int) -> str | None:
    """The person the sentence after a review's opens with, when it says they
    died (a news story's second sentence)."""
    found = OPENS_WITH_WHO_DIED.match(text, right)
    if not found or not_a_person(found["name"]):
        return None
    return found["name"]


# Whom the text tells of as harmed: "the death of 16 month old Star", "killed
# Alexander Gallon", "Vicky died", "Holly's death", "found Sarah dead", "Tina's
# family" (not "Holly's mother", who may be the one who died), "failed Shannon"; a
# name in full or a first name, not a code ("Baby P") or its first word ("Subject A"),
# nor a pronoun that opens a sentence ("She was killed").
_PRONOUN = r"(?:She|He|They|It|We|I|You|Who|Someone|Somebody|Nobody|Everyone)"
# ... not a headline's last words run into the story's first ("under fire over
# stabbed boy Calls are being made"): one person is not "are".
_PICTURE_WORD = r"(?:Credit|Image|Picture|Photo|Copyright|Caption|Pic|Getty|Video)"
_HARMED = (
    # (three words too: "murdering Ayeeshia Jane Smith"; not a picture's credit run
    # on: "the murder of Lee Irving Credit: Northumbria Police")
    rf"(?:(?!(?:{_CODE}|Subject)\s|{_PRONOUN}\b){_WORD}"
    rf"(?:\s(?!{_PICTURE_WORD}\b){_WORD}(?!:)){{0,2}}"
    # ... or by title and surname: "stabbed Miss Billingham through the heart"
    rf"|(?:{_ADULTS})\.?\s{_WORD})"
    r"(?!\s[A-Z0-9]\b)(?![a-z])(?!\s+(?:are|were|have)\b)"
)
VICTIM_TOLD = re.compile(
    rf"\b(?:deaths?|murders?|killings?|manslaughter)\s+of\s+(?:{DESCRIBED}\s+){{0,3}}"
    rf"{_OPEN}?(?P<of>{_HARMED})"
    rf"|\b(?:killed|killing|murdered|murdering|starved|stabbed)\s+"
    rf"(?:{DESCRIBED}\s+){{0,3}}(?P<killed>{_HARMED})"
    # ... or found dead ("discovered her 11-month-old baby boy Teneil dead")
    rf"|\b(?:found|discovered)\s+(?:(?:her|his|their)\s+)?(?:{DESCRIBED}\s+){{0,3}}"
    rf"(?P<found>{_HARMED})\s+dead\b"
    rf"|\b(?P<died>{_HARMED}|{_WORD}\s(?:and|&)\s{_WORD})(?:,[^,.]{{1,40}},|,\s+who)?"
    r"\s+(?:died|starved\s+to\s+death|suffered"
    # ... a couple: "Pauline and George were both found to have died"
    r"|were\s+(?:both\s+)?found\s+(?:to\s+have\s+died|dead)"
    # ... or killed together: "Laura Boon, 31, and her daughter Ella Dalby, 11, were
    # stabbed to death"
    r"|were\s+(?:both\s+)?(?:killed|murdered|(?:battered|beaten|stabbed|strangled"
    r"|smothered)\s+to\s+death)"
    r"|was\s+(?:\w+\s+)?(?:killed|murdered|found\s+dead|starved"
    # "Ryan Lovell-Hancox was battered to death"
    r"|(?:battered|beaten|shaken|stabbed|starved|tortured|strangled|smothered)"
    r"\s+to\s+death))\b"
    rf"|\b(?P<possessive>{_HARMED})(?:[\u2019']s|(?<=s)[\u2019'])\s+"
    r"(?:death|murder|killing|family|killer|inquest)\b"
    # ... or whose death it was, after the name, whom others had to do with ("what
    # contact agencies had with Jordan Burling before his death"; not who did it:
    # "attacked by Ronald Cooke before her death")
    r"|\b(?:with|of|for|to|saw|met|visited)\s+"
    rf"(?P<before_death>{_HARMED})\s+(?:before|until)\s+(?:his|her)\s+death\b"
    # (on its line: "Alan was failed\n\nOrganisers of ... have called")
    rf"|\bfailed[ \t]+(?:{DESCRIBED}\s+){{0,3}}(?P<failed>{_HARMED})"
)
# ... one of several: "Laura, aged 31, and her daughter Ella, aged 11, died".
ONE_OF_SEVERAL = re.compile(r"\b(?:and|&)\s+(?:(?:his|her|their)\s+\w+\s+)?$")
# ... of two, the first named: "Laura Boon, 31, and her daughter".
FIRST_OF_TWO = re.compile(
    rf"(?<![\w,]\s)(?<!and\s)\b(?P<first>{_HARMED})(?:,[^,.]{{1,40}},)?\s+(?:and|&)\s+"
    r"(?:(?:his|her|their)\s+\w+\s+)?$"
)


def victim_of_the_text(text: str, left: int, right: int) -> str | None:
    """The one person the text around a review's sentence (text[left:right]) tells
    of as killed or dead, when it tells of nobody else."""
    floor, ceiling = max(0, left - PERSON_REACH), min(len(text), right + PERSON_REACH)
    names = set()
    for told in VICTIM_TOLD.finditer(text, floor, ceiling):
        name = POSSESSIVE.sub("", next(group for group in told.groups() if group))
        if name.count(" ") == 2 and not_a_person(name.split()[0]):
            name = name.split(" ", 1)[1]  # "Sheffield Coroner's Court Carol Leesley"
        if ONE_OF_SEVERAL.search(text, max(0, told.start() - 30), told.start()):
            # two killed together are one review's subject ("Laura and Ella"), not
            # one of more
            first = FIRST_OF_TWO.search(text, max(0, told.start() - 80), told.start())
            if not first:
                return None
            name = f"{first['first']} and {name}"
        if name not in NOT_A_NAME and not not_a_person(name):
            names.add(name)
    # a first name and the full name it begins are one person ("the murder of
    # Star Hobson ... Star's death")
    people = {
        name
        for name in names
        if not any(_begins(other, name) or _ends(other, name) for other in names)
    }
    if len(people) != 1:
        return None
    person = people.pop()
    if ADULT_TITLE.match(person):  # "Miss Billingham" is "Tina Billingham" in full
        surname = re.escape(person.split()[-1])
        named = re.search(
            rf"\b(?!{_ADULTS}\b)[A-Z][a-z]+\s{surname}\b", text[floor:ceiling]
        )
        return named.group() if named else person
    return person


def _begins(full: str, first: str) -> bool:
    return full != first and full.startswith(first + " ")


def _ends(full: str, titled: str) -> bool:
    """Is `titled` ("Miss Billingham") the person `full` names ("Tina
    Billingham")?"""
    surname = titled.partition(" ")[2]
    return (
        bool(ADULT_TITLE.match(titled))
        and not ADULT_TITLE.match(full)
        and full.endswith(" " + surname)
    )


def _words_of(name: str) -> frozenset[str]:
    """The words of a data file beside this module, its comment lines left out."""
    text = (Path(__file__).parent / name).read_text(encoding="utf-8")
    return frozenset(
        word
        for line in text.splitlines()
        if not line.startswith("#")
        for word in line.split()
    )


# The one person a text tells of by a first name, when nothing else names a specific
# review's subject: "Michael met James Watt when he was 14 ... Michael's early years
# had been characterised by instability". A first name of the 1990 US Census or of
# later US births (public domain; see first_names.txt and first_names_ssa.txt, which
# adds Liam, Isla, Callum, Imran) that is no common word, said of someone harmed or
# said twice, and never of someone who holds a post, speaks or is tried.
FIRST_NAMES = (
    _words_of("first_names.txt") | _words_of("first_names_ssa.txt")
) - _words_of("first_names_also_words.txt")

# A first name, and the capitalised word after it, looked at but not taken: it may
# be a surname ("Michael Roe") or the next name ("Laura and Ella Laura, aged 31").
FIRST_NAME = re.compile(
    r"(?<![\w\u2019'-])(?P<first>[A-Z][a-z]{2,})(?![\w-])"
    # (a surname, not a contraction's first word: "Steven We\u2019ve recently")
    r"(?=\x20(?P<last>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-]|[\u2019'](?:ve|re|ll|d|m)\b)|)"
)
LOWER_CASE_WORD = re.compile(r"\b[a-z]+\b")
WORD_BEFORE = re.compile(r"(?<![\w\u2019'-])([A-Z][a-z]+)\x20$")
# Before a name: a title, a post or a byline ("Cllr Jane", "Chair of the Panel
# Edward Timpson", "by Kay").
HOLDS_A_POST_BEFORE = re.compile(
    r"\b(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Prof(?:essor)?"
    r"|Inspector|Judge|Justice|Rev(?:erend)?|St|Saint|DI|DCI|DS|PC|Det|Sergeant"
    r"|Baroness|Baron|Chief|Superintendent|Mayor|Panel|Board|Partnership|Minister"
    r"|Secretary|Chair(?:man|woman|person)?|Commissioner|Director|Education|Officer"
    r"|Manager|Lead|Author"
    # (on a title page: "Lead Reviewer: Phil Smith")
    r"|Reviewer|MP|QC|KC|by|from)[.:]?\s+$"
    # ... or a role a story gives before the name ("social worker Lisa Smith",
    # "neighbour Sarah Jones", "headteacher Karen Brown")
    r"|\b(?i:worker|neighbou?r|friend|colleague|teacher|headteacher|headmistress"
    r"|headmaster|nurse|doctor|midwife|health\s+visitor|officer|constable|detective"
    r"|manager|solicitor|barrister|prosecutor|coroner|reporter|spokes\w+"
    r"|secretary|minister|chancellor)\s+$"
    # ... or a firm named as people are, where someone works ("lawyers at Irwin
    # Mitchell representing the families")
    r"|\b(?i:lawyers?|solicitors?|barristers?|partners?)\s+(?:at|from|with)\s+$"
)
# After a name: a post, speech, an action of minutes, a trial ("Kay Wilson
# informed the CSP", "Kay to provide a link", "Michael Roe, 33, was jailed").
HOLDS_A_POST_AFTER = re.compile(
    # (a post in capitals too: "David Ashcroft, Chairman of the Norfolk Safeguarding
    # Children Board")
    r",\s(?:the\s|an?\s|our\s)?[\w\s\u2019'-]{0,40}?\b(?i:chair(?:man|woman|person)?"
    r"|director|chief|head"
    r"|leader|member|councillor|cabinet|executive|manager|lead|officer|minister"
    r"|secretary|MP|spokes\w+|commissioner|author|reviewer|independent|professor"
    r"|consultant|partner|deputy|president|co-?ordinator|portfolio|nurse|doctor|GP"
    r"|worker|practitioner|solicitor|barrister|detective|inspector|superintendent"
    r"|coroner|judge|headteacher|teacher|advis[eo]r|analyst|clerk)\b"
    # ... or the letters of a post after the name ("Alex Chalk KC", "Jane Smith MP")
    r"|\s(?:KC|QC|MP|MBE|OBE|CBE)\b"
    # ... or the name of their firm, a report's author's ("Richard Corkhill ~ Social
    # Care and Health Consultancy ~", a page header)
    r"|\W{1,3}(?:(?:[A-Z][\w-]*|and|&)\s+){0,6}(?:Consultancy|Consulting|Associates|Ltd"
    r"|Limited)\b"
    # ... or speaks, or acts as minutes record an officer's acts, past an
    # apposition ("Jane, the designated nurse, said", "Sarah gave an update on the
    # Serious Case Review ... Sarah will circulate the action plan")
    r"|(?:,[^,.]{1,60},)?\s(?:said|says|told|added|explained|commented|noted|reported"
    r"|asked|confirmed|chaired|welcomed|thanked|presented|introduced|informed"
    r"|updated|advised|stated|agreed|highlighted|suggested|queried|raised|responded"
    r"|gave|provided|circulated|tabled|outlined|summari[sz]ed|attended|led"
    r"|will\s(?!be\b|have\b)[a-z]+"
    r"|to\s(?!death|die|hospital|court|live|the|a|his|her|their)[a-z]+)\b"
    # ... tried alone or with another ("Paul, 34, and his partner Kelly, 29, were
    # jailed")
    r"|(?:,[^,.]{1,40},)?(?:\s+and\s+(?:(?:his|her|their)\s+\w+\s+)?[A-Z][a-z]+"
    r"(?:\s[A-Z][\w-]+)?(?:,[^,.]{1,40},)?)?"
    r"\s(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:jailed|charged"
    r"|convicted|sentenced|arrested|found\s+guilty|admitted|pleaded|denied|cleared"
    r"|acquitted)\b"
)
# A place named after a person ("Arthur Street", "Mary Seacole House").
A_PLACE = re.compile(
    r"\s?(?:Street|Road|Lane|Avenue|Close|Court|House|Centre|Drive|Way|Square|Park"
    r"|Place|Hall|Ward|Hospital|School|Academy|College|Crescent|Terrace|Gardens"
    r"|Grove|Hill)\b"
)
# What a text says of someone harmed, after their name ("Nathan's quality of
# life", not "Holly's mother", who may be the one harmed; "Arthur, six, was",
# "Laura, aged 31", "Jane died"; a news story gives an adult's age to whoever it
# names, "Tiffany Tate, 22, who was found by the court") or before it ("the death
# of", "daughter").
_RELATIVE = (
    r"[\u2019']s\s(?:mother|father|step-?(?:mother|father)|parents|mum|dad|partner"
    r"|boyfriend|girlfriend|husband|wife|carers?)\b"
)
HARMED_AFTER = re.compile(
    r"[\u2019']s\s(?:family|death|life|birth|care|needs|killer|murder|injuries|body"
    r"|home|school|carers?|case|story|quality)\b"
    r"|,\s(?:aged\s\d{1,3}|1?\d(?!\d)|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b"
    r"|\s(?:died|was\s(?:killed|murdered|found|stabbed|shaken|born)|aged\s\d)"
    # ... or failed, or known to the services ("Joanna had been failed by agencies",
    # "Tyler was known to five agencies")
    r"|\s(?:had\s|has\s|was\s)?(?:been\s)?(?:failed|let\sdown|neglected|abused)\b"
    r"|\s(?:was|had\sbeen)\sknown\sto\b"
    # ... or whose relative was tried ("Jordan's stepfather was jailed", "Amelia's
    # parents, both 30, were convicted"), not one the relative harmed
    rf"|{_RELATIVE}(?:,[^,.]{{1,40}},)?\s(?:(?:was|were|has\sbeen|have\sbeen|had\sbeen)"
    r"\s)?(?:jailed|charged|convicted|sentenced|found\sguilty)\b"
    # ... or a child by their age ("Tyler was 14 when he was stabbed")
    r"|\swas\s(?:aged\s)?(?:1?\d|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b(?![\s-]*(?:%|per))"
)
HARMED_BEFORE = re.compile(
    r"(?:\b(?:death|murder|killing|manslaughter)\sof\s(?:[\w-]+\s){0,3}"
    r"|\b(?:baby|toddler|boy|girl|daughter|son|schoolboy|schoolgirl|teenager"
    r"|victim)\s"
    # ... or a child by their age, as a story names the one a review is of
    # ("lost sight of 17-year-old Laura Wilson")
    r"|\b(?:1?\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen)[\s-](?:year|month|week)s?[\s-]old,?\s"
    # ... whose body was found ("The body of Anne, 52, was found")
    r"|\bbody\sof\s"
    # ... whom a review found something of, or whom agencies failed to help ("The
    # review found that Joanna ...", "missed chances to protect Anne")
    r"|\b(?:review|report|it|SCR|SAR|DHR)\s(?:has\s|had\s)?(?:found|concluded|revealed"
    r"|heard|says|said)\s(?:that\s)?|\b(?:protect|help|safeguard|support|failed|save)\s)$"
)


# ... or whose relative a court tried ("sentenced Tiffany's mother to 22 years").
TRIED_BEFORE = re.compile(r"\b(?:sentenced|jailed|convicted|charged|cleared)\s$")
RELATIVE = re.compile(_RELATIVE)


# A review's sentence that points at one person's death by a pronoun ("A
# safeguarding adults review into her death"): the one person named is its subject.
THEIR_DEATH = re.compile(
    r"\b(?:into|of|after|following)\s+(?:his|her)\s+(?:death|murder|killing|care)\b"
)


def in_full(text: str, name: str) -> str:
    """A name in part as the text gives it in full, where it gives one full name
    for it: a first name ("Helen Barlow and Richard Leishman were both found dead
    ... lessons to be learned from Helen's tragic death" is Helen Barlow's review,
    "Ayeeshia's death" Ayeeshia-Jayne Smith's, and "Finley" Finley Boden's where
    the whole name goes on in prose), or a surname alone or after a title
    ("Hoskin's death" is Steven Hoskin's); else the name. Not a namesake who holds
    a post or speaks ("Cllr Helen Smith", "Helen Smith, the board's manager")."""
    surname = name.split()[-1]
    if (
        SURNAME_ALONE.fullmatch(name)
        and surname not in FIRST_NAMES
        and (whole_name := _surname_in_full(text, surname))
    ):
        return whole_name
    if not SURNAME_ALONE.fullmatch(name) or ADULT_TITLE.match(name):
        return name
    whole = set()
    pattern = (
        rf"(?<![\w\u2019'-]){re.escape(name)}(?P<joined>-[A-Z][a-z]+)?\x20{_SURNAME}"
    )
    for found in re.finditer(pattern, text):
        joined = found["joined"] or ""
        # (a first name no list holds, "Finley", where the whole name goes on in
        # prose: "Finley Boden was ...")
        listed = name in FIRST_NAMES or joined[1:] in FIRST_NAMES
        if not (listed or PROSE_GOES_ON.match(text, found.end())):
            continue
        if _holds_a_post_or_speaks(text, found):
            return name
        last = found["last"]
        if not (
            (last in FIRST_NAMES and _a_first_name(text, found, name))
            or A_PLACE.fullmatch(last)
            or not_a_person(last)
            or NOT_A_SURNAME.fullmatch(last)
            or re.search(rf"\b{last.lower()}\b", text)
        ):
            whole.add(f"{name}{joined} {last}")
    return whole.pop() if len(whole) == 1 else name


def _holds_a_post_or_speaks(text: str, found: re.Match[str]) -> bool:
    """Is the whole name found someone who holds a post ("Cllr Helen Smith", "Jayne
    Smith, Business Manager") or speaks ("Lucy Smith said"), not whom a review is
    of?"""
    return bool(
        HOLDS_A_POST_BEFORE.search(text, max(0, found.start() - 40), found.start())
        or HOLDS_A_POST_AFTER.match(text, found.end())
        or SPEAKS_AFTER.match(text, found.end())
    )


def _surname_in_full(text: str, surname: str) -> str | None:
    """The one person the text names in full by this surname ("Steven Hoskin" for
    "Hoskin\u2019s death", "Anthony Dearnley" for "Mr Dearnley"); none where it names
    two, or one who holds a post, speaks or is kin ("his father, John Dearnley")."""
    whole = set()
    pattern = (
        rf"(?<![\w\u2019'-])(?P<first>[A-Z][a-z]+)\x20{re.escape(surname)}(?![\w-])"
    )
    for found in re.finditer(pattern, text):
        if found["first"] not in FIRST_NAMES:
            continue
        before = text[max(0, found.start() - 40) : found.start()]
        if _holds_a_post_or_speaks(text, found) or KIN_BEFORE.search(before):
            return None
        whole.add(found.group())
    return whole.pop() if len(whole) == 1 else None


# A surname a review's subject may be alone or after a title: "Hoskin", "Mr
# Dearnley".
SURNAME_ALONE = re.compile(rf"(?:(?:{_ADULTS})\s)?{NAME_CAPITAL}[a-z]+")
# ... and someone's kin named after the word for them ("Poppi's dad Paul
# Worthington").
KIN_BEFORE = re.compile(rf"\b(?:{_KIN}),?\s+$", re.IGNORECASE)


def _a_first_name(text: str, found: re.Match[str], name: str) -> bool:
    """Is a first name after a first name ("Rosie Deborah", a list of two DHRs)
    someone else's, not a surname ("Patrick Bradley", "Keanu Williams")? A surname
    goes on in prose (", who", "\u2019s body", " was murdered"); the text never
    names it alone ("for Imran and Kirsten"), only after a first name ("Stephen
    Boden", the father's)."""
    last = found["last"]
    return not PROSE_GOES_ON.match(text, found.end()) or any(
        not AFTER_A_NAME.search(text, max(0, alone.start() - 30), alone.start())
        for alone in re.finditer(rf"(?<![\w\u2019'-]){last}(?![\w-])", text)
    )


# A capitalised word right before a surname ("Stephen Boden", the father's).
AFTER_A_NAME = re.compile(r"\b[A-Z][a-z]+\x20$")


# What follows a name in a sentence: a stop or a comma, "'s", a word in lower case.
PROSE_GOES_ON = re.compile(r"[\u2019']s\b|[,.;:)]|\x20(?:[a-z]|\d)")


# A surname after a first name: "Barlow", "Tiffin-Brown" (not "Helen We\u2019ve").
_SURNAME = (
    rf"(?P<last>{NAME_CAPITAL}[a-z]+(?:-[A-Z][a-z]+)?)"
    r"(?![\w-]|[\u2019'](?:ve|re|ll|d|m)\b)"
)
# ... not the next sentence's first word, where a flattened page lost its full stop
# ("in respect of Tom We have now published", "into the death of Susan
# Commissioned by the Epping Forest Community Safety Partnership"): a word the
# text writes in lower case too, a short word, a past tense or an -ing
NOT_A_SURNAME = re.compile(
    r"[A-Z][a-z]?|[A-Z][a-z]+(?:ed|ing)|Note|See|Read|View|Click|Please|When|Where"
    r"|What|Who|How|Why|If|This|That|These|Those|There|Then|Her|His|Its|Our|Their"
    r"|She|They|You|Your|Following|Since|After|Before|During|Published|Date"
)


def person_of_the_text(text: str, left: int, right: int) -> str | None:
    """The one person the text around a review's sentence (text[left:right]) tells
    of by a first name: the one it says was harmed, or else the one it names more
    than once; nobody who holds a post, speaks or is tried, and nobody when two
    might be meant."""
    floor, ceiling = max(0, left - PERSON_REACH), min(len(text), right + PERSON_REACH)
    common = set(LOWER_CASE_WORD.findall(text, floor, ceiling))
    said: Counter[str] = Counter()
    harmed: set[str] = set()
    not_them: set[str] = set()
    in_full: dict[str, str] = {}
    for found in FIRST_NAME.finditer(text, floor, ceiling):
        first, last = found["first"], found["last"] or ""
        if first not in FIRST_NAMES or first.lower() in common:
            continue
        word_before = WORD_BEFORE.search(
            text, max(floor, found.start() - 30), found.start()
        )
        if word_before and word_before[1] in FIRST_NAMES:
            continue  # "Sarah Thomas": Thomas is her surname
        # what follows the first name, and the word after it if that is one
        ends = (found.end("first"), found.end("last")) if last else (found.end(),)
        afters = [text[end : end + 80] for end in ends]
        if HOLDS_A_POST_BEFORE.search(
            text, max(floor, found.start() - 40), found.start()
        ) or any(HOLDS_A_POST_AFTER.match(after) for after in afters):
            not_them.add(first)
        elif not (A_PLACE.fullmatch(last) or A_PLACE.match(afters[-1])):
            said[first] += 1
            before = text[max(floor, found.start() - 60) : found.start()]
            if (
                HARMED_BEFORE.search(before)
                or any(map(HARMED_AFTER.match, afters))
                or (TRIED_BEFORE.search(before) and RELATIVE.match(afters[0]))
            ):
                if ONE_OF_SEVERAL.search(before):
                    return None  # "Laura, aged 31, and her daughter Ella, aged 11"
                harmed.add(first)
            surname = last if last not in FIRST_NAMES else ""
            in_full.setdefault(first, f"{first} {surname}".strip())
    people = [name for name in harmed or said if name not in not_them]
    if not harmed and not THEIR_DEATH.search(text, left, right):
        people = [name for name in people if said[name] > 1]
    if len(people) != 1 or not_a_person(in_full[people[0]]):
        return None
    return in_full[people[0]]
