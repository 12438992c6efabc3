"""Real passages for the case-review detector, one list per kind of failure in
issue 13 (and the two of issue 14), each with its address and the reviews it names.

Collected with the search tool's stored pages before the detector was restructured;
`tests/test_detectors_review_kinds.py` runs them. Text is as stored, whitespace
normalised; a passage is cut where the page goes on about something else.

An expected review is (type, subject, councils, status): councils are the ONS codes
of every council the text names for the review (all of a joint board's), or None
where the text names none (then any council, or none, is accepted).
"""

from __future__ import annotations

from dataclasses import dataclass

BRENT = "E09000005"
LAMBETH = "E09000022"
NEWHAM = "E09000025"
ISLINGTON = "E09000019"
CITY_OF_LONDON = "E09000001"
HACKNEY = "E09000012"
NORFOLK = "E10000020"
SOUTHWARK = "E09000028"
DEVON = "E10000008"
DONCASTER = "E08000017"
NEWPORT = "W06000022"
TEWKESBURY = "E07000083"
BROMLEY = "E09000006"
DORSET = "E06000059"
NORTHUMBERLAND = "E06000057"
MILTON_KEYNES = "E06000042"
HERTFORDSHIRE = "E10000015"
WORCESTERSHIRE = "E10000034"
NORTH_EAST_LINCOLNSHIRE = "E06000012"
SOMERSET = "E06000066"
LANCASHIRE = "E10000017"
SOUTH_GLOUCESTERSHIRE = "E06000025"
BARKING_AND_DAGENHAM = "E09000002"
BARNET = "E09000003"
SUTTON = "E09000029"
KINGSTON = "E09000021"
RICHMOND = "E09000027"
PORTSMOUTH = "E06000044"
GLOUCESTERSHIRE = "E10000013"
CENTRAL_BEDFORDSHIRE = "E06000056"
BOURNEMOUTH = "E06000028"  # abolished in 2019, as was Poole: now BCP's
POOLE = "E06000029"

Review = tuple[str, str | None, tuple[str, ...] | None, str]


@dataclass(frozen=True)
class Passage:
    """A real passage, where it was read, and the reviews it names."""

    kind: str
    url: str
    text: str
    reviews: tuple[Review, ...] = ()


# 1. The council, named through the board or partnership, as "X Council" or
# "London Borough of X" in another sentence, or as a joint area.
COUNCILS = [
    Passage(
        "council",
        "https://www.lambethsab.org.uk/news-and-events?month=201908",
        "Safeguarding Adults Review - Martin\n\nMartin was a 51 year old man who at "
        "the time of his death had been living in squalid conditions and was "
        "physically frail. The Lambeth Safeguarding Adults Board commissioned an "
        "independent Safeguarding Adults Review (SAR) to explore the learning from "
        "the circumstances of Martin\u2019s death.",
        (("SAR", "Martin", (LAMBETH,), "unknown"),),
    ),
    Passage(
        "council",
        "https://www.lambethsab.org.uk/news-and-events?month=201908",
        "Cross-borough learning from SAR Yi\n\nIn Sept 2018, Newham, Islington, City "
        "and Hackney & Lambeth\u2019s Safeguarding Adults Boards undertook a combined "
        "review to understand the barriers that prevented partner agencies protecting "
        "\u2018Yi\u2019, an adult at risk of chronic homelessness, from serious harm.",
        (
            (
                "SAR",
                "Yi",
                (CITY_OF_LONDON, HACKNEY, ISLINGTON, LAMBETH, NEWHAM),
                "unknown",
            ),
        ),
    ),
    Passage(
        "council",
        "https://shuiyin.accos.tk/datasets/scott156/NSPCC_dataset/viewer/default/train?p=5",
        "Title: Serious case review: Child M. LSCB: City of London and Hackney "
        "Safeguarding Children Board Author: Fergus Smith Date of publication: 2018 "
        "This case review report was deposited by the publishing LSCB(s) with the "
        "national SCR repository, a partnership between the Association of "
        "Independent LSCB Chairs and the NSPCC.",
        (("SCR", "Child M", (CITY_OF_LONDON, HACKNEY), "published"),),
    ),
    Passage(
        "council",
        "https://shuiyin.accos.tk/datasets/scott156/NSPCC_dataset/viewer/default/train?p=0",
        "Title: Serious case review: Family U. LSCB: Norfolk Safeguarding Children "
        "Board Author: Sian Griffiths Date of publication: 2018 This case review "
        "report was deposited by the publishing LSCB(s) with the national SCR "
        "repository, a partnership between the Association of Independent LSCB Chairs "
        "and the NSPCC.",
        (("SCR", "Family U", (NORFOLK,), "published"),),
    ),
    Passage(
        "council",
        "https://dokumen.tips/documents/london-borough-of-southwark-20181002-boards-421-both-safeguarding-children.html",
        "LONDON BOROUGH OF SOUTHWARK\n\nSAFEGUARDING CHILDREN BOARD\n\nSERIOUS CASE "
        "REVIEW\n\n\u2018CHILD Y\u2019\n\nFERGUS SMITH\n\n07.09.18",
        (("SCR", "Child Y", (SOUTHWARK,), "unknown"),),
    ),
    Passage(
        "council",
        "https://www.devonscp.org.uk/document/cspr-appreciative-inquiry-child-jody/",
        "1.1 Working Together 2018 requires safeguarding partnerships to conduct a "
        "Child Safeguarding Practice Review (CSPR) in certain, defined circumstances. "
        "The Devon Safeguarding Children Partnership (known at the time of the review "
        "as the Devon Children and Families Partnership) decided to conduct a CSPR "
        "following the death of Child Jody (pseudonym).",
        (("CSPR", "Child Jody", (DEVON,), "unknown"),),
    ),
    Passage(
        "council",
        "http://www.dailymail.co.uk/news/article-1230485/Council-refuses-publish-report-death-child-known-social-services-Ofsted-says-case-reviews-inadequate.html",
        "Doncaster Council confirmed the latest of these reviews had been completed - "
        "but said it would not be publishing the results to protect the privacy of "
        "the family.\n\nThe review concerned the death of a child known only as Child "
        "D.\n\nRoger Thompson, chairman of the Doncaster Safeguarding Children Board, "
        "said: 'A formal serious case review to investigate all the circumstances "
        "into the death of Child D has now been completed by the board and approved "
        "by Ofsted evaluation.'",
        (("SCR", "Child D", (DONCASTER,), "withheld"),),
    ),
    Passage(
        "council",
        "https://welshicons.org/childs-death-could-not-have-been-predicted-says-report",
        "Following the death of a four-year-old child on 19 June 2009, Newport "
        "Safeguarding Children Board conducted a Serious Case Review which has been "
        "published today.\nThe report was conducted following guidance from the Welsh "
        "Assembly Government to establish what lessons could be learned about the way "
        "local professionals and agencies work together in relation to this case and "
        "make recommendations accordingly.",
        (("SCR", None, (NEWPORT,), "published"),),
    ),
    Passage(
        "council",
        "https://tewkesbury.gov.uk/services/community/community-safety/domestic-homicide-reviews/",
        "Domestic homicide review - published November 2015\nAn independent domestic "
        "homicide review commissioned by the Tewkesbury Borough Community Safety "
        "Partnership has been published.",
        (("DHR", None, (TEWKESBURY,), "published"),),
    ),
    Passage(
        "council",
        "https://www.heart.co.uk/southcoast/news/local/portsmouth-council-criticised-over-babys-death/",
        "The baby, known only as Child D, died in December 2011 of natural causes"
        ' while sleeping in unsafe conditions.\n\n"The Portsmouth Safeguarding Board'
        " however considered it necessary to review the circumstances leading up to"
        ' her death, as a child protection plan was in place.\n\n"This serious case'
        " review looked in detail at how agencies including the council provided "
        "support to the family since 2004.",
        (("SCR", "Child D", (PORTSMOUTH,), "unknown"),),
    ),
    Passage(
        "council",
        "http://barnet.moderngov.co.uk/mgAi.aspx?ID=15768",
        "Domestic Homicide Review Update (exempt)\n\nDawn Wakeling introduced the "
        "report and outlined the implications on how Barnet has dealt with domestic "
        "violence and abuse.\n\n2.3 The SCPB noted that the full DHR process has been "
        "completed and Quality Assured by the Home Office and noted that the report "
        "has been published on the Safer Communities Partnership Web page of the "
        "Council as per the Home Office guidance.",
        (("DHR", None, (BARNET,), "published"),),
    ),
    Passage(
        "council",
        "https://modgov.lbbd.gov.uk/Internet/mgAi.aspx?ID=95730",
        "RESTRICTED: Domestic Homicide Review Update\n\n\u00b7 The CSP have appointed "
        "Standing Together Against Domestic Violence (STADV) to chair this "
        "non-complex DHR following a domestic homicide occurred in October 2022.\n\n"
        "\u00b7 The review will pause during the trial of the homicide and will "
        "commence once the trial is over.\n\n9(i) Women\u2019s Safety Forum \u2013 "
        "Jeta Buzoku\n\n\u00b7 LBBD launched their first Women\u2019s Safety Forum "
        "for residents In May 2023 and gives a chance for residents to share with "
        "council and police partners where they feel unsafe in the borough.",
        (("DHR", None, (BARKING_AND_DAGENHAM,), "in_progress"),),
    ),
]

# 2. The subject is the whole name the text uses; two named reviews are two records.
SUBJECTS = [
    Passage(
        "subject",
        "http://sites.southglos.gov.uk/safeguarding/adults/safeguarding-adults-board/serious-case-reviews-2/",
        "Safeguarding Adults Reviews (SARs)\n\nSafeguarding Adults Review \u2013 "
        "Adult K\n\nSafeguarding Adults Review Mr D\n\nDiscretionary SAR \u2018Mrs "
        "Y\u2019\n\nDiscretionary SAR \u2018Holly\u2019\n\nLearning Review/DHR Family "
        "S\n\nSafeguarding Adults Review \u2013 Adult A\n\nSafeguarding Adults Review "
        "\u2013 The Z Family\n\nLearning Brief \u2013 Adult B",
        (
            ("SAR", "Adult K", None, "unknown"),
            ("SAR", "Mr D", None, "unknown"),
            ("SAR", "Mrs Y", None, "unknown"),
            ("SAR", "Holly", None, "unknown"),
            ("DHR", "Family S", None, "unknown"),
            ("SAR", "Adult A", None, "unknown"),
            ("SAR", "Z Family", None, "unknown"),
        ),
    ),
    Passage(
        "subject",
        "https://vdocuments.us/title-serious-case-review-in-respect-of-family-s4-lscb-18-to-establish-the.html",
        "Title: Serious case review: in respect of Family S4. LSCB: Dorset "
        "Safeguarding Children Board Author: Ghislaine Miller Date of publication: "
        "2014",
        (("SCR", "Family S4", (DORSET,), "published"),),
    ),
    Passage(
        "subject",
        "https://www.norfolksafeguardingadultsboard.info/publications-info-resources/safeguarding-adults-reviews/mr-g-published-january-2020/",
        "Today (16 January 2020) the Norfolk Safeguarding Adults Board (NSAB) "
        "publishes two Safeguarding Adults Reviews (SARs) into the deaths of a woman "
        "(Ms F) and a man (Mr G) who lived in a Norfolk care home.",
        (
            ("SAR", "Ms F", (NORFOLK,), "published"),
            ("SAR", "Mr G", (NORFOLK,), "published"),
        ),
    ),
    Passage(
        "subject",
        "https://www.norfolksafeguardingadultsboard.info/safeguarding-adults-review/sar-ms-e-published-december-2018/",
        "Ms E \u2013 published December 2018\n\nThe Norfolk Safeguarding Adults Board "
        "(NSAB) has today (12 December 2018) published a Safeguarding Adults Review "
        "into the death of a woman living in a Norfolk care home.",
        (("SAR", "Ms E", (NORFOLK,), "published"),),
    ),
    Passage(
        "subject",
        "https://todaysfamilylawyer.co.uk/national-review-following-the-death-of-baby-m/",
        "Following the death of Baby M, the Child Safeguarding Practice Review Panel "
        "have stated that they are going to conduct a national review, examining the "
        "issues raised and whether what happened to Baby M is part of a wider "
        "national issue.",
        (("NCSPR", "Baby M", None, "in_progress"),),
    ),
    Passage(
        "subject",
        "https://www.islingtonsab.org.uk/safeguarding-adults-review-bb-and-cc",
        "Safeguarding Adults Review: BB and CC\n\nMs BB and Ms CC had lived together "
        "for more than 40 years and were described by those close to them as having "
        "been caring, clean and tidy people.\n\nSafeguarding Adults Review\n\nThe "
        "Islington Safeguarding Adult\u2019s Board decided to conduct a review to "
        "ensure that lessons were learned and practice improved.",
        (("SAR", "BB and CC", (ISLINGTON,), "unknown"),),
    ),
    Passage(
        "subject",
        "https://www.lambethsaferchildren.org.uk/7-minute-learning",
        "8 March 2022\n\nChild Angela Safeguarding Practice Review\n\nLambeth's Child "
        "'Angela' Safeguarding Practice Review, written by independent review author "
        "Siobhan Burns, provides helpful learning for all professionals across the "
        "partnership.",
        (("CSPR", "Child Angela", (LAMBETH,), "unknown"),),
    ),
    Passage(
        "subject",
        "https://vdocument.in/a-serious-case-review-executive-summary.html",
        "Child D and Child B\n\nA Serious Case Review\n\nExecutive Summary\n\nMarch "
        "2011\n\nPage 1 of 22\n\nBromley Safeguarding Children Board Room B40A, St "
        "Blaise Building, Civic Centre, Stockwell Close, Bromley, Kent, BR1 3UH",
        (("SCR", "Child D and Child B", (BROMLEY,), "unknown"),),
    ),
    Passage(
        "subject",
        "https://www.cognus.org.uk/safeguarding-and-send-teams-work-with-lscp-to-emphasise-the-importance-of-learning-from-local-child-safeguarding-practice-reviews/",
        "On Thursday 17th March 2022, Sutton LSCP held a Reflective Learning Event "
        "for Adolescents with Complex Needs. The event was based on the learning from "
        "the cases of Child V and Child T.\n\n"
        "Child_V_LCSPR_Overview_Report_Aug_2021.pdf (\n\nFinal CHILD T LCSPR report "
        "1.pdf (",
        (
            ("LCSPR", "Child V", (SUTTON,), "unknown"),
            ("LCSPR", "Child T", (SUTTON,), "unknown"),
        ),
    ),
    Passage(
        "subject",
        "https://vdocument.in/hertfordshire-safeguarding-children-board-2018-08-22-hertfordshire-safeguarding.html",
        "Serious Case Review: Hertfordshire LSCB\n\nHertfordshire\n\nSafeguarding "
        "Children Board\n\nSerious Case Review:\n\nChild A\n\nEpisode that triggered "
        "the review March 2013\n\nLSCB adoption of the review findings September "
        "2014\n\nPublication November 2016",
        (("SCR", "Child A", (HERTFORDSHIRE,), "published"),),
    ),
]

# 3. Reviews introduced in one sentence and named in the next; pages listing several.
NAMED_NEXT = [
    Passage(
        "named_next",
        "https://www.northumberlandgazette.co.uk/news/agencies-to-improve-after-death-of-three-week-old-baby-sparked-review-1-7259470",
        "Agencies have pledged to continue to improve the ways they safeguard "
        "children following the publication of a Serious Case Review (SCR).\n\nThe "
        "review was started after the death of three-week-old Baby \u2018Eve\u2019 in "
        "Northumberland in March 2013. The baby\u2019s mother pleaded guilty to "
        "neglect and was given a six-month prison sentence, suspended for two years, "
        "in October 2014.",
        (("SCR", "Baby Eve", (NORTHUMBERLAND,), "published"),),
    ),
    Passage(
        "named_next",
        "http://miltonkeynes.co.uk/news/people/safeguarding-review-states-lessons-can-be-learned-from-tragic-case-of-milton-keynes-woman-who-died-after-self-neglect-4091883",
        "A lengthy Safeguarding Adult Review (SAR) has been held into the sad case of "
        "a Milton Keynes woman who died after suspected self-neglect.\n\nThe "
        "57-year-old, known only as \u2018Adult E\u2019, had a significant medical "
        "history which included historical and recent conditions.",
        (("SAR", "Adult E", (MILTON_KEYNES,), "unknown"),),
    ),
    Passage(
        "named_next",
        "https://www.lancashiretelegraph.co.uk/news/24261778.baby-co-sleeping-death-prompts-social-services-review/",
        "An investigation was launched after the Lancashire tot, who had been under a "
        "care order since shortly after her birth but remained with her mother, died "
        "in February 2021.\n\nNow a children's safeguarding practice review into the "
        "death of the baby, referred to as Lily, not her real name, has finally been "
        "published, three years on.",
        (("CSPR", "Lily", (LANCASHIRE,), "published"),),
    ),
    Passage(
        "named_next",
        "https://www.safeguardingworcestershire.org.uk/wsab/sars/publications/",
        "Worcestershire Published Safeguarding Adults Reviews\n\nA Safeguarding "
        "Adults Review (SAR) is a multi-agency review process which seeks to "
        "determine what relevant agencies and individuals involved could have done "
        "differently that could have prevented harm or a death from taking place.\n\n"
        "John  (January 2024)\n\nThemes \u2013 Self-Neglect, Making Safeguarding "
        "Personal (MSP), Multi Agency Working (Managing Risk/Information Sharing)\n\n"
        "John was a 54 year old white male who had a history of alcohol, substance "
        "misuse, and suspected suicidal incidents following the loss of his family "
        "network.\n\nJoseph  (December 2023)\n\nThemes \u2013 Making Safeguarding "
        "Personal (MSP), Care Homes, Discharge to Assess, Recordings (MDT),  Mental "
        "Capacity Act (MCA)\n\nJoseph was a 79 year old male who had multiple health "
        "conditions.\n\nAdult M (December 2023)",
        (
            ("SAR", "John", (WORCESTERSHIRE,), "published"),
            ("SAR", "Joseph", (WORCESTERSHIRE,), "published"),
            ("SAR", "Adult M", (WORCESTERSHIRE,), "published"),
        ),
    ),
    Passage(
        "named_next",
        "https://www.safernel.co.uk/crime-and-staying-safe/domestic-homicide-review/",
        "North East Lincolnshire Community Safety Partnership published reviews can "
        "be accessed below.\n\nPublished reviews\n\nDomestic Homicide Review into the "
        "death of Edie\n\nIntroduction\n\nEdie\u2019s and Ricky\u2019s relationship "
        "started about 12 months",
        (("DHR", "Edie", (NORTH_EAST_LINCOLNSHIRE,), "published"),),
    ),
    Passage(
        "named_next",
        "https://ssab.safeguardingsomerset.org.uk/about-us/publications/learning-from-serious-cases/",
        "A Safeguarding Adults Review was commissioned in to the long-term "
        "deterioration of Luke (pseudonym), a resident in a Somerset care home.",
        (("SAR", "Luke", (SOMERSET,), "unknown"),),
    ),
    Passage(
        "named_next",
        "https://edocs.southglos.gov.uk/safeguardingchildrenreport/pages/serious-case-reviews/",
        "South Gloucestershire Safeguarding Children Board is committed to the "
        "promotion of learning and improvement based on local and national reviews of "
        "cases. During 2014 -15 South Gloucestershire LSCB did not undertake any new "
        "Serious Case Reviews.\n\nHowever in June 2014 it published Serious Case "
        "Review Child C which was completed during the previous year but could not be "
        "published until the conclusion of criminal proceedings.",
        (("SCR", "Child C", (SOUTH_GLOUCESTERSHIRE,), "published"),),
    ),
    Passage(
        "named_next",
        "http://democracy.brent.gov.uk/mgAi.aspx?ID=45969",
        "Michael Preston-Shoot (Independent Chair, Brent Safeguarding Adults Board) "
        "introduced the annual report, which covered April 2018 to March 2019. He "
        "pointed out the 4 Safeguarding Adult Reviews (SARs) that were included in "
        "the annual report, and explained that learning from Adult C and D was being "
        "implemented, and Adult E\u2019s SAR was ongoing.",
        (
            ("SAR", "Adult C", (BRENT,), "unknown"),
            ("SAR", "Adult D", (BRENT,), "unknown"),
            ("SAR", "Adult E", (BRENT,), "in_progress"),
        ),
    ),
]

# Kind 2 again: a code with digits is written as the text writes it, a title's
# subject is the review's that the next lines go on about, and an abstract noun
# after a review's name is no subject.
CODED_TITLES = [
    Passage(
        "coded_title",
        "https://www.ddscp.org.uk/case-reviews/serious-case-reviews/",
        "Reports published in the last year\n\nSerious Case Review FD17\n\nThe "
        "serious case review concerns the life threatening neglect of a nine year old "
        "boy who shall be known as \u201cFD17\u201d. Available reports:\n\nPreviously "
        "published reports\n\nReports are published on the website for a year. To "
        "request copies of previously published reports please email\n\nSerious "
        "Case Review ED12\n\nThe serious case review concerns the deaths of six "
        "children in a house fire in Derby. Available reports:",
        (
            ("SCR", "FD17", None, "published"),
            ("SCR", "ED12", None, "published"),
        ),
    ),
    # A list of titles, one review each; what a review is, under it, is none.
    Passage(
        "coded_title",
        "http://sites.southglos.gov.uk/safeguarding/adults/safeguarding-adults-board/serious-case-reviews-2/",
        "Safeguarding Adults Reviews (SARs)\n\nSafeguarding Adults Review \u2013 "
        "Adult K\n\nSafeguarding Adults Review Mr D\n\nDiscretionary SAR \u2018Mrs "
        "Y\u2019\n\nDiscretionary SAR \u2018Holly\u2019\n\nLearning Review/DHR Family "
        "S\n\nSafeguarding Adults Review \u2013 The Z Family\n\nLearning Brief \u2013 "
        "Adult B\n\nA Safeguarding Adult Review (SAR) is a Multi-Agency review "
        "conducted by a Local Safeguarding Adults Board that The Care Act 2014 must "
        "take place when:",
        (
            ("SAR", "Adult K", None, "unknown"),
            ("SAR", "Mr D", None, "unknown"),
            ("SAR", "Mrs Y", None, "unknown"),
            ("SAR", "Holly", None, "unknown"),
            ("DHR", "Family S", None, "unknown"),
            ("SAR", "Z Family", None, "unknown"),
        ),
    ),
    Passage(
        "coded_title",
        "https://westyorkscb.proceduresonline.com/chapters/p_serio_case_rev.html",
        "1. Serious Case Review Process\n  1.1 Criteria for Notifiable Incidents\n  "
        "1.2 Decisions Whether to Initiate a Serious Case Review\n  1.3 Methodology "
        "for Learning and Improvement\n  1.4 Appointing Reviewers\n  1.5 Timescale "
        "for Serious Case Review Completion\n  1.8 Publication of Reports",
    ),
]

# Kinds 2 and 3 again, from the corpus's tuning passages (tests/corpus/*.jsonl):
# a review of a case its pseudonym names; a partnership's table of reviews; a
# board's list of reports titled with the subject first.
FROM_THE_CORPUS = [
    Passage(
        "named_next",
        "https://www.yorkshirepost.co.uk/news/people/child-who-had-leg-broken-by-his-mother-was-victim-of-second-attack-years-later-3396971",
        "Child who had leg broken by his mother at four-weeks-old was victim of "
        "second serious attack by her four years later A review into \u201cChild "
        "T\u201d has uncovered a raft of missed opportunities and inadequate "
        "responses from council, Cleveland Police and safeguarding teams after the "
        "youngster survived an attack by his mother last year.",
        (("other", "Child T", None, "unknown"),),
    ),
    Passage(
        "named_next",
        "http://www.lancashiresafeguarding.org.uk/resources/serious-case-reviews.aspx",
        "The LSCB conducts Serious Case Reviews on cases that meet the criteria as "
        "specified in Working Together to Safeguard Children. Overview reports are "
        'published for a period of 12 months. Requests for reports that are "no '
        'longer published" should be requested from us by email or in writing. '
        "Learning briefs will remain published to support improvements in practice. "
        "Case Overview Report Learning Brief Child G Published 14 June 2017 Published "
        "15 October 2015 Young Person A No longer published Published 19 November "
        "2015 (summary briefing) Child O No longer published Published 4 March 2016",
        (
            ("SCR", "Child G", None, "published"),
            ("SCR", "Young Person A", None, "unpublished"),
            ("SCR", "Child O", None, "unpublished"),
        ),
    ),
    Passage(
        "subject",
        "https://www.tsab.org.uk/professionals/safeguarding-adult-review-sar-reports/",
        "November 2023 SK: key themes on multi-agency working, safeguarding, "
        "self-neglect in a care setting, mental capacity and supporting Autistic "
        "people. SK \u2013 Safeguarding Adult Review Report SK \u2013 Learning "
        "Briefing James: key themes on trauma, self-neglect, substance misuse, mental "
        "and physical health, safeguarding, multi-agency working, mental capacity and "
        "family/carer support. James \u2013 Safeguarding Adult Review Report James "
        "\u2013 Learning Briefing",
        # listed with their reports: published (papers.jsonl p0108's label)
        (("SAR", "SK", None, "published"), ("SAR", "James", None, "published")),
    ),
    Passage(
        "named_next",
        "https://saferdevon.co.uk/domestic-homicide-review-case-17-report/",
        "Under section 9 of the Domestic Violence, Crime and Victims Act 2004 Review "
        "into the death of Louise in April 2019 Report Author: Christine Graham "
        "February 2023 Preface Safer Devon Community Safety Partnership wishes at the "
        "outset to express their deepest sympathy to the family and friends of Louise.",
        (("other", "Louise", (DEVON,), "unknown"),),
    ),
    Passage(
        "subject",
        "https://fdocuments.net/document/serious-case-review-serious-case-review-subjects-abigail-and-her-siblings.html",
        "1 GLOUCESTERSHIRE SAFEGUARDING CHILDREN BOARD SERIOUS CASE REVIEW SUBJECTS "
        "Abigail and her siblings Bobbie, Charlie and Daisy 1: SILP Overview Report "
        "2: Additional Section following Criminal Proceedings PUBLISHED: 20th August "
        "2014",
        # a report's title in capitals is one review; its subject here is beyond the
        # detector ("SUBJECTS Abigail and her siblings ...")
        (("SCR", None, (GLOUCESTERSHIRE,), "published"),),
    ),
]

# 4 and 6. Text about reviews in general, decisions not to hold one, reviews
# counted, and minutes' own vocabulary: no record and no specific mention.
GENERAL = [
    Passage(
        "general",
        "https://www.devonsafeguardingadultspartnership.org.uk/about/safeguarding-adult-reviews/",
        "Formerly known as Serious Case Reviews (SCR), Safeguarding Adults Reviews "
        "(SARs) are now a statutory duty under the Care Act for Safeguarding Adult "
        "Boards to undertake. A SAR is completed when:\n\n\u2022 An adult dies as a "
        "result of abuse or neglect, whether known or suspected, and there is concern "
        "that partner agencies could have worked more effectively to protect the "
        "adult.\n\nThe purpose of having an SAR is not to reinvestigate or to "
        "apportion blame.",
    ),
    Passage(
        "general",
        "https://hackney.gov.uk/safeguarding-adults-board",
        "Under the Care Act 2014, the Board has three main duties:\n- to publish a "
        "strategy, which tells people what our priorities are and how we will meet "
        "them\n- to conduct Safeguarding Adults Reviews where someone has died or "
        "suffered serious harm as a result of abuse or neglect\n- agrees a serious "
        "case review protocol and reviews and learns from situations where safeguard",
    ),
    Passage(
        "general",
        "https://www.redbridge.gov.uk/crime-and-public-safety/domestic-homicide-reviews/",
        "The Redbridge Community Safety Partnership has responsibility for domestic "
        "homicide reviews within Redbridge. Published reviews appear at the bottom of "
        "this page.\n\nThe Home Office multi-agency statutory guidance defines a "
        "domestic homicide review (DHR) as a review of the circumstances in which the "
        "death of a person aged 16 or over, has or appears to have resulted from "
        "violence, abuse or neglect.",
    ),
    Passage(
        "general",
        "https://www.gov.uk/government/consultations/updating-the-domestic-homicide-review-statutory-guidance/draft-domestic-homicide-review-statutory-guidance-accessible",
        "Under section 9(4) of the Domestic Violence, Crime and Victims Act 2004, a "
        "Domestic Homicide Review (DHR) is a review of the circumstances in which the "
        "death of a person aged 16 or over has, or appears to have, resulted from "
        "domestic abuse. It has been over seven years since the DHR statutory "
        "guidance was updated in 2016, and over eleven years since the first guidance "
        "was published and DHRs were operationalised in 2011.",
    ),
    Passage(
        "general",
        "https://gov.uk/government/publications/key-findings-from-analysis-of-domestic-homicide-reviews/quantitative-analysis-of-domestic-homicide-reviews-october-2022-to-september-2023-accessible",
        "This report summarises information from Domestic Homicide Reviews (DHRs) "
        "which went before the Home Office Quality Assurance Panel for the 12 months "
        "between September 2022 and October 2023. This report summaries information "
        "from 153 Reviews.",
    ),
    Passage(
        "general",
        "https://ssab.safeguardingsomerset.org.uk/about-us/publications/learning-from-serious-cases/",
        "In this case a Safeguarding Adults Review (SAR) was not commissioned as it "
        "was determined that Kevin\u2019s case did not meet the criteria for a SAR.",
    ),
    Passage(
        "general",
        "https://wscp.org.uk/about-the-partnership/learning-from-child-practice-reviews-or-serious-case-reviews/",
        "During the transition period from Working Together to Safeguard Children "
        "2015 (Chapter 4) there will be a number of outstanding Serious Case Reviews "
        "that will need to be completed under the 2015 statutory guidance. These will "
        "be completed and published in line with that guidance.",
    ),
    Passage(
        "general",
        "http://democracy.gateshead.gov.uk/mgAi.aspx?ID=3576",
        "In the 5 years, since the statutory requirement for local areas to conduct a "
        "DHR was introduced, there have been more than 400+ DHRs carried out and "
        "completed throughout England and Wales.\n\n\u00b7 51 homicides took place in "
        "the force area, of which 24 were deemed to be domestic related, and met the "
        "criteria for a DHR to be undertaken.",
    ),
    Passage(
        "general",
        "https://preston.gov.uk/article/1153/Domestic-homicide-reviews",
        "Preston Community Safety Partnership (CSP) has completed four domestic "
        "homicide reviews and has worked jointly with Be Safe Bolton on a fifth. The "
        "Overview reports and Executive Summaries are published by the CSP and are "
        "available on the website for twelve months.",
    ),
    Passage(
        "general",
        "https://www.cambsdasv.org.uk/web/domestic_homicide_reviews/405477",
        "When a person is murdered in the context of domestic violence or abuse, a "
        "Domestic Homicide Review (DHR) is usually carried out.  The responsibility "
        "for DHR's sits with the relevant district Community Safety Partnership (part "
        "of the District Council).",
    ),
    Passage(
        "general",
        "https://hillingdonsafeguardingpartnership.org.uk/about-us/learning-from-practice/",
        "Where Hillingdon Safeguarding Partnership undertakes a Child Safeguarding "
        "Practice Review the report will be published on this page for the period of "
        "one year from the date of publication.",
    ),
]
# 4 again, gathered after the restructuring: "a review" as what is to be done (a
# verb of holding one in the gerund or infinitive, a step of the process, what may
# lead to one) and a review's name in a body's or document's name.
TO_BE_DONE = [
    Passage(
        "to_be_done",
        "https://gatesheadsafeguarding.org.uk:443/article/31218/Section-44-of-the-Care-Act-2014",
        "The Gateshead Safeguarding Adult Review and Complex Case Group (SARCC) will "
        "consider every SAR referral based on the criteria above.  If the criteria "
        "is fulfilled it will make a proposal to the Gateshead Safeguarding Adults "
        'Board that a "mandatory" SAR is undertaken.',
    ),
    Passage(
        "to_be_done",
        "https://worcestershire.moderngov.co.uk/mgAi.aspx?ID=7163",
        'The Protocol stated "SABs are free to arrange for a SAR in any other '
        "situations involving an adult in its area with needs for care and "
        'support" whereas the draft report did not include this sentence.',
    ),
    Passage(
        "to_be_done",
        "https://www.readkong.com/page/suffolk-domestic-homicide-review-guidance-2021-2547143",
        "Both the National Guidance and the Suffolk Protocol should be used together "
        "in all cases.\n\nDefining a Domestic Homicide Review\nA Domestic Homicide "
        "Review means a review of the circumstances in which the death of a person "
        "aged 16 or over has, or appears to have, resulted from violence, abuse or "
        "neglect by:",
    ),
    Passage(
        "to_be_done",
        "https://solihull.gov.uk/About-the-Council/DHR",
        "Following the completion of a domestic homicide review and approval from "
        "the Home Office Quality Assurance Panel; Solihull Community Safety "
        "Partnership are required to publish the anonymised executive summary and "
        "overview report.",
    ),
    Passage(
        "to_be_done",
        "https://pdfslide.us/documents/pan-dorset-domestic-homicide-review-local-protocol-domestic-homicide-review-process.html",
        "4. Timescales for Conducting a Review 6 5. Involvement with friend, family "
        "members and other support networks 6 6. Data Storage 7\n\nSECTION C- "
        "CONDUCTING A FULL DOMESTIC HOMICIDE REVIEW 10-13 11. Establishing a Review "
        "Panel 10",
    ),
    Passage(
        "to_be_done",
        "https://www.cypnow.co.uk/content/news/steep-rise-in-serious-case-reviews",
        "However, despite the increase, a report last month by the national panel "
        "suggested that there is still \u201cclearly a deep reluctance in some "
        "instances\u201d to initiate an SCR.\nThe latest Ofsted statistics also show "
        'that the number of notifications made to Ofsted of "serious incidents" '
        "also increased by nearly a third. These are defined as incidents that will "
        "either automatically lead to a SCR, that are so serious they may lead to a "
        "SCR, or that are likely to attract media attention.",
    ),
    Passage(
        "to_be_done",
        "https://www.cypnow.co.uk/content/news/absence-of-ofsted-evaluation-sparks-rise-in-scrs",
        "Woolmore, said: \u201cCommissioning and publishing a SCR was a big challenge "
        "as the process was very prescriptive for Local Safeguarding Children Boards "
        "(LSCBs).",
    ),
    Passage(
        "to_be_done",
        "https://cumbrialscb.proceduresonline.com/chapters/p_ser_case_rev.html",
        "1.3 Decisions Whether to Initiate a Serious Case Review\n  1.4 Referrals to "
        "the Case Review Group\n  1.5 Methodology for Learning and Improvement\n  1.6 "
        "Appointing Reviewers\n  1.7 Timescale for Serious Case Review Completion\n  "
        "1.8 Engagement of Organisations",
    ),
    Passage(
        "to_be_done",
        "https://liverpoolscp.proceduresonline.com/chapters/p_serious_case_review.html",
        "This chapter details the criteria for initiation of a Serious Case Review "
        "(SCR) and the LSCP SCR process, the criteria of an incident which is deemed "
        "as being a Notifiable Incident and the requirements under which LSCP "
        "publishes its Serious Case Review Reports.\n\n    Appendix 1: Responding to "
        "Cases that May Warrant the Undertaking of a Serious Case Review",
    ),
    Passage(
        "to_be_done",
        "http://www.cumbria.gov.uk/healthandsocialcare/adultsocialcare/safe/seriouscasereviews.asp",
        "A Safeguarding Adult referral need not have been made in order to warrant a "
        "Serious Case Review.",
    ),
    # ... but the one review a page names is found beside them.
    Passage(
        "to_be_done",
        "https://www.ridout-law.com/healthcare-business-are-serious-case-reviews-fit-for-purpose-oct-2013-caroline-barker/",
        "In the last few weeks, the Serious Case Review detailing the tragic death of "
        "Daniel Pelka was published which highlights that, whilst the various "
        "agencies involved with Daniel could not have predicted his death, there were "
        "too many missed opportunities for them to take action.\n\nA serious case "
        "review (SCR) must be held when:\n\nWhilst a SCR is not in itself a criminal "
        "or civil process, there may be criminal or civil processes that flow from "
        "such circumstances warranting a SCR and therefore agencies involved "
        "understandably want to protect their position.",
        (("SCR", "Daniel Pelka", None, "published"),),
    ),
    Passage(
        "to_be_done",
        "http://www.hampshiresab.org.uk/learning-from-experience-database/serious-case-reviews/mr-s-central-bedfordshire/",
        "Any Safeguarding Investigation following the death of a vulnerable adult "
        "should consider at an early stage if it would be appropriate to offer "
        "support to the family/carer.\n\n2009 Serious Case Review regarding Mr S "
        "(Central Bedfordshire)",
        (("SCR", "Mr S", (CENTRAL_BEDFORDSHIRE,), "unknown"),),
    ),
]
MINUTES = [
    Passage(
        "minutes",
        "https://modgov.sefton.gov.uk/ieIssueDetails.aspx?IId=68891&Opt=3",
        "4 Domestic Homicide Review (DHRs) Update\n\nMembers considered a report "
        "giving an update on the carrying out of Domestic Homicide Reviews.\n\nIt was "
        "reported that there were currently difficulties in attracting independent "
        "Chairs for the process and members discussed possibilities to attract and "
        "train chairs.\n\n(1) Discuss at LCR SD VAG - risk to lack of chairs\n\n(2) "
        "Need to request further funds from partners for DHR's\n\n(3) Share process "
        "with MFRS in relation to Retirees from the service",
    ),
    Passage(
        "minutes",
        "https://worcestershire.moderngov.co.uk/mgAi.aspx?ID=7163",
        "There was a difference between the criteria for conducting a Safeguarding "
        "Adult Review (SAR) set out in the Safeguarding Adult Review Protocol "
        "(version 6) published on the Safeguarding website and the Draft Annual "
        "Report.\n\n\u00b7 It was explained that the figure of nine referrals could "
        "not be considered as the right or wrong amount as it depended on the "
        "individual referring them. Worcestershire tended to have more referrals and "
        "SARs than other areas who may carry out more internal or single agency "
        "reviews",
    ),
    Passage(
        "minutes",
        "https://democracy.cityoflondon.gov.uk/mgAi.aspx?ID=65871",
        "The Assistant Director of Community and Children\u2019s Services explained "
        "that the Board had now gained statutory status. He explained that the "
        "Safeguarding Adult Reviews was a key area that had been brought in, and it "
        "ensured that any learning was brought back to the City of London "
        "Corporation, and scrutiny of work within the City was occurring.",
    ),
    Passage(
        "minutes",
        "https://www.norfolksafeguardingadultsboard.info/safeguarding-adults-review/safeguarding-adult-review-group-meeting-dates-2016/",
        "New referrals to Safeguarding Adult Review Group\n\nAs soon as a new "
        "safeguarding adult referral is received, the safeguarding adult review group "
        "member agencies are asked to review their records and bring any information "
        "they may have for that individual to the SARG meeting.",
    ),
]

# Issue 14: a status is the review's only where the sentence says it of the review;
# the board is stored as written in full.
ISSUE_14 = [
    Passage(
        "status_of_another",
        "casewatch/sample_sites/files/southwarklscb/child-r-scr-board-response.pdf "
        "(page 1; its wording is the real response, tests/fixtures/seeds/001_*)",
        "Southwark Safeguarding Children Board \u2014 Response to the\nSerious Case "
        "Review: Child R\nPublished July 2015\nThe Southwark Safeguarding Children "
        "Board received the Serious Case review at a meeting dated 24 February 2015 "
        "and endorsed the findings of the review. Further guidance was given at this "
        "meeting as to preparing the report for publication given the sensitivity of "
        "the issues and the report needed robust anonymisation to protect Child R",
        (("SCR", "Child R", (SOUTHWARK,), "in_progress"),),
    ),
    Passage(
        "board_in_full",
        "tests/fixtures/seeds/000_6691984872464c97.txt (Surrey Comet, 2015)",
        "A Kingston and Richmond LSCB spokesman said the SCR was not published "
        "\u201cto avoid risking the anonymity of individuals\u201d.",
        (("SCR", None, (KINGSTON, RICHMOND), "withheld"),),
    ),
]

# Lists: a partnership's page lists its reviews a line each under a heading that
# says they are published, as casewatch.text.html_text gives the page (a block a
# line); each entry is a review of its own, with the heading's status.
LISTS = [
    Passage(
        "list",
        "https://somersetsafeguardingadults.org.uk/publications-and-resources/"
        "learning-from-serious-cases",
        "Where a report is not published for these reasons we will produce a practice "
        "briefing containing learning identified to ensure professionals are able to "
        "understand what happened.\nPublished reviews\nSafeguarding Adults Review: "
        "\u2018Family W\u2019 (2024)\nSafeguarding Adults Review: \u2018Peter\u2019 "
        "(2024)\nSafeguarding Adults Review: \u2018Robert\u2019 (2023)\nA Safeguarding "
        "Adults Review was commissioned in to the death of \u2018Robert\u2019 "
        "(pseudonym), who had a history of self-neglect and died from respiratory "
        "distress and pneumonia.",
        (
            ("SAR", "Family W", None, "published"),
            ("SAR", "Peter", None, "published"),
            ("SAR", "Robert", None, "published"),
        ),
    ),
]


# 11. Fresh real passages (issue 13: the tuning halves of tests/corpus/fresh.jsonl
# and fresh2.jsonl), each of a kind the detector missed before: subjects before the
# acronym or the review's name, in lower case, after a description, as a range, or
# introduced before the review ("Joseph was a 20 year-old man ..."); the statuses
# of a demand to publish, criminal investigations, links to the reports and an
# appointed chair.
FRESH = [
    Passage(
        "subject",
        # Two pseudonyms in one bracket after "two local SCRs" are two reviews,
        # each with its own word ("Baby F and Child G", once "Baby F", "Baby G"
        # and a third review "Baby F and Child G"); the board of two councils
        # abolished in 2019 names both.
        "https://studylib.net/doc/5559037/serious-case-review---bournemouth-and-poole-lscb",
        "Serious Case Review - Bournemouth & Poole LSCB\n\nLearning From Serious\n"
        "Case Reviews\nPrity Patel LLB (Hons)\nIndependent Consultant\nSeptember "
        "2011\nLearning Outcomes\n\u2022 To develop an understanding of the purpose "
        "and\nprocess of conducting a Serious Case Review (SCR)\nTo gain a better "
        "understanding of the Practice Guidance\ngoverning a SCR\nTo understand key "
        "ways of promoting action learning\nwithin the SCR process have knowledge "
        "about the\npurpose, process and outcomes of serious case reviews\nTo "
        "receive the findings of two local SCRs (Baby F and\nChild G) and one Case "
        "Audit (Case W) and some\nthemes from national learning from SCRs",
        (
            ("SCR", "Baby F", (BOURNEMOUTH, POOLE), "unknown"),
            ("SCR", "Child G", (BOURNEMOUTH, POOLE), "unknown"),
        ),
    ),
    Passage(
        "subject",
        # f0120: 'Adult Safeguarding Review' is a SAR, the quoted name before it its
        # subject
        "https://moderngov.staffordshire.gov.uk/mgAi.aspx?ID=114629",
        "The Committee discussed in detail the issue of neglect, referencing the "
        "\u201cAndrew\u201d Adult Safeguarding Review (SAR). As a direct response to "
        "this SAR "
        "the Partnership Board had developed training around the issue of "
        "self-neglect, the response and engagement to this being very positive. "
        "This had included the impact of grief and loss on an individual. It was "
        "noted that during the last 18 months of Andrew\u2019s life he was visited on "
        "307 occasions by 11 service providers, highlighting again the importance "
        "of information sharing and effective communication.",
        (("SAR", "Andrew", None, "unknown"),),
    ),
    Passage(
        "subject",
        # f0109: a name before the acronym; the report 'can all be found on' the board's
        # website
        "https://gatesheadsafeguarding.org.uk/article/31183/Learning-from-Safeg"
        "uarding-Adults-Reviews",
        "Two Safeguarding Adult Review were completed during 2023/ 24. Thomas SAR "
        "The Thomas SAR was undertaken by an independent author with the final "
        "report and recommendations presented to the board in December 2024. The "
        "full report, presentation and Seven-Minute Briefing can all be found on "
        "the Safeguarding Adults Board Website.",
        (("SAR", "Thomas", None, "published"),),
    ),
    Passage(
        "subject",
        # f0119: a pseudonym in lower case, set off by commas
        "https://www.dcfp.org.uk/document/cspr-ai-injury-to-infant-during-the-c"
        "ovid-lockdown-summer-2020/",
        "1.1 Working Together 2018 requires safeguarding partnerships to conduct a "
        "Child Safeguarding Practice Review (CSPR) in some defined circumstances. "
        "The Devon Safeguarding Children Partnership (Devon SCP) decided to conduct "
        "a CSPR in relation to an infant, child A, who was injured (not fatally), "
        "during the first COVD lockdown, while in the care of the Local Authority "
        "in a Child and Parent Assessment Team (CPAT) placement. There were three "
        "principal reasons for this decision;",
        (("CSPR", "Child A", ("E10000008",), "unknown"),),
    ),
    Passage(
        "subject",
        # f0204: 'the death of murdered toddler Ayeeshia Smith'; 'is expected in just
        # three weeks'
        "http://www.burtonmail.co.uk/news/burton-news/murdered-toddler-ayeeshia"
        "-smiths-serious-337306",
        "A serious case review into the death of murdered toddler Ayeeshia Smith is "
        "expected in just three weeks, it has been revealed. Derbyshire "
        "Safeguarding Children Board says it is now getting ready to reveal the "
        "results of its independent investigation into the involvement of agencies "
        "who met with Ayeeshia and her mother, Kathryn Smith.",
        (("SCR", "Ayeeshia Smith", ("E10000007",), "in_progress"),),
    ),
    Passage(
        "subject",
        # f0305: a range of pseudonyms is one review's subject
        "https://mycouncil.oxfordshire.gov.uk/mgAi.aspx?ID=13822",
        "Local NHS organisations will present a report on their response to the "
        "Serious Case Review of Children A-F into Child Sexual Exploitation in "
        "Oxfordshire. Representatives from NHS England South Central, Oxfordshire "
        "Clinical Commissioning Group, Oxford University Hospitals and Oxford "
        "Health will attend to present details of how they have responded to the "
        "findings of the report and what policies and procedures have changed as a "
        "result. The Committee is RECOMMENDED to note the NHS\u2019s response to the "
        "findings of the Serious Case Review into Children A-F, published in March "
        "2015; and the further actions in progress.",
        (("SCR", "Children A-F", None, "published"),),
    ),
    Passage(
        "status",
        # f0203: publication called for, then a decision not to make it public
        "https://www.northamptonchron.co.uk/news/politics/council-faces-calls-t"
        "o-release-details-of-case-review-into-abused-northampton-boy-1-8956458",
        "date 2019-06-07 Former Northampton MP Sally Keeble has called on the "
        "findings of a serious case review into the abuse of a Northampton boy "
        "severely neglected and locked in a faeces smeared room to be published. "
        "The Northamptonshire Safeguarding Board has announced today, following an "
        "enquiry from BBC Radio Northampton, that it is taking the unusual step of "
        "deciding not to make public the review because it says it \u2018is in the "
        "best "
        "interests of the children involved\u2019.",
        (("SCR", None, ("E06000061", "E06000062"), "withheld"),),
    ),
    Passage(
        "status",
        # f0013: not published at this time due to criminal investigations: unpublished,
        # not withheld
        "https://lcitylscb.org/learning-from-reviews",
        "Statement on behalf of Leicester Safeguarding Children Partnership Board "
        "Amanda Boodhoo, independent chair of Leicester Safeguarding Children "
        "Partnership Board said: \u201cThis is a tragic case in which a very young "
        "baby "
        "died. \u201cA serious case review (SCR) was commissioned in November 2017, to "
        "examine how the agencies of the Leicester Safeguarding Children Board "
        "(LSCB) worked together in this case. This concluded in 2019. The review "
        "was not published at this time due to criminal investigations whi",
        (("SCR", None, ("E06000016",), "unpublished"),),
    ),
    Passage(
        "status",
        # f0028: 'To view the reports click on the links below'
        "https://www.hartlepool.gov.uk/info/20006/emergencies_safety_and_crime/"
        "1057/domestic_homicide_review",
        "Following the completion of a DHR, and approval from a Home Office quality "
        "assurance panel, the Safer Hartlepool Partnership is required to publish "
        "the anonymised report and executive summary. To view the reports click on "
        "the links below: DHR - Annie - Overview Report DHR - Annie - Executive "
        "Summary",
        (("DHR", "Annie", ("E06000001",), "published"),),
    ),
    Passage(
        "status",
        # f0335: a chair appointed to the review
        "https://modgov.lbbd.gov.uk/Internet/mgAi.aspx?ID=95730",
        "\u00b7 The CSP have appointed Standing Together Against Domestic Violence "
        "(STADV) to chair this non-complex DHR following a domestic homicide "
        "occurred in October 2022. \u00b7 The CSP have collated all the relevant point "
        "of contact for each organisation/agency that the victim and perpetrator "
        "would have had contact with and have shared this with STADV as a part of "
        "the DHR chairs scoping exercise",
        (("DHR", None, None, "in_progress"),),
    ),
    Passage(
        "status",
        # f0105: a review dated where it is named is one review, published: its
        # publication is said right before it (not the sentence's 'ongoing reviews')
        "https://www.leedsscp.org.uk/the-partnership/annual-report/coordinated-"
        "partnerships",
        "Within the last year the LSCP has continued to progress its ongoing "
        "reviews, including the publication of a Serious Case Review (SCR) in "
        "October 2019. The RAG has also requested other review processes in "
        "relation to incidents whereby, although not notifications, there has been "
        "some potential learning, both in relation to good practice and areas for "
        "improved practice. These have included case discussions and audits.",
        (("SCR", None, None, "published"),),
    ),
    Passage(
        "council",
        # f0009: a 'National Panel Review' of Arthur's death, 'being dealt with'; the
        # council's heading runs into the sentence ('Leader of Solihull Council On
        # Monday, Solihull\u2019s ... Partnership'), the board's place after 'On';
        # Arthur by the whole name the text gives him
        "https://www.solihull.gov.uk/news/"
        "17-february-2022-message-councillor-ian-courts-leader-solihull-council",
        "17 February 2022 \u2013 Message from Councillor Ian Courts, Leader of "
        "Solihull Council On Monday, Solihull\u2019s Local Safeguarding "
        "Children\u2019s Partnership "
        "will receive the findings from the recent Joint Targeted Area Inspection. "
        "This was triggered by the court case concerning the tragic death of Arthur "
        "Labinjo-Hughes who was killed by those we expected to love and care for "
        "him. The inspection was not about the circumstances of Arthur\u2019s death, "
        "that is being dealt with by a National Panel Review ordered by the "
        "Secretary of State for Education. It was focused on how organisations in "
        "Solihull work together to prevent harm to children and young people in the "
        "borough.",
        (("NCSPR", "Arthur Labinjo-Hughes", ("E08000029",), "in_progress"),),
    ),
    Passage(
        "subject",
        # g0200: introduced ('Chloe is a White British woman ...') before 'This
        # Safeguarding Adult Review'
        "https://www.tsab.org.uk/key-information/newsletters/tsab-newsletter-september-2025",
        "Safeguarding Adult Reviews Chloe is a White British woman in her early "
        "thirties. She was the victim of a serious incident in 2023. Chloe is "
        "still alive, but this incident involved considerable emotional and "
        "physical trauma against a background of abusive behaviour by an "
        "intimate partner and other men. This Safeguarding Adult Review looks "
        "at how services worked together to support Chloe and highlighted the "
        "following themes:",
        (("SAR", "Chloe", None, "unknown"),),
    ),
    Passage(
        "subject",
        # g0202: 'Joseph was a 20 year-old man ...', then 'The Safeguarding Adults
        # Review was commissioned by Sunderland ...'
        "https://tsab.org.uk/key-information/newsletters/tsab-newsletter-february-2025",
        "Learning Reviews Joseph was a 20 year-old man with a learning "
        "disability, Prader-Willi syndrome (PWS), obesity hyperventilation "
        "syndrome and type II diabetes. Joseph died during a hospital admission "
        "where he was being treated for genital cellulitis. The Safeguarding "
        "Adults Review was commissioned by Sunderland Safeguarding Adults Board "
        "but includes learning for Teesside.",
        (("SAR", "Joseph", ("E08000024",), "unknown"),),
    ),
    Passage(
        "subject",
        # g0204: 'the Susan Safeguarding Adult Review (SAR) Report': a name before the
        # review's name
        "https://tsab.org.uk/key-information/newsletters/tsab-newsletter-november-2024",
        "Since our last newsletter, TSAB has met virtually on 11th September 24 "
        "and 9th October 24 for scheduled Board meetings. Agenda highlights "
        "included: \u2022 Discussion and sign off of the TSAB Annual Report "
        "2023-24 \u2022 Overview from the Board\u2019s Performance and Quality "
        "Sub-Group on the End of Year TSAB Data Dashboard 2023/24 & Q1 2024/25 "
        "Data Dashboard. \u2022 Overview on the Mid Year progress against the "
        "TSAB Strategic Plan \u2022 Sign off and presentation from the "
        "Independent Author of the Susan Safeguarding Adult Review (SAR) Report "
        "highlighting the learning across Tees as well as best practice.",
        (("SAR", "Susan", None, "unknown"),),
    ),
    Passage(
        "subject",
        # g0228: a 'Safeguarding Adults Partnership Review' is a SAR
        "https://www.norfolk-pcc.gov.uk/news/review-highlights-the-importance-of-hearing-the-patients-voice",
        "Review highlights the importance of hearing the patient\u2019s voice A "
        "Safeguarding Adults Partnership Review* into the death of Irene "
        "(pseudonym) has today been published by the Norfolk Community Safety "
        "Partnership (NCSP) and the Norfolk Safeguarding Adults Board (NSAB) to "
        "enable lessons to be learned and shared as widely as possible to "
        "reduce the risk of such tragedies happening in the future. Irene was "
        "83 when she was killed by her husband George (pseudonym) before he "
        "took his own life in 2022. The couple were described as happy and "
        "devoted throughout their relationship and did not want to be parted "
        "from one another.",
        (("SAR", "Irene", ("E10000020",), "published"),),
    ),
    Passage(
        "subject",
        # g0323: 'the death in 2019 of April'
        "https://www.hampshiresab.org.uk/ms-e-april-june-2020/",
        "Safeguarding Adult Review Report for April Statement from the HSAB "
        "Chair The Hampshire Safeguarding Adults Board (HSAB) has today "
        "published an independent Safeguarding Adults Review (SAR) into the "
        "circumstances surrounding the death in 2019 of April, an older adult. "
        "Firstly, the HSAB would like to express sincere condolences to "
        "April\u2019s family for their tragic loss. The family has been "
        "involved during the review process and it is at their specific request "
        "that we have used April\u2019s real name.",
        (("SAR", "April", ("E10000014",), "published"),),
    ),
    Passage(
        "general",
        # g0226: SARs in general and a person introduced, but no review named as one:
        # none
        "https://www.merseysidesafeguardingadultsboard.co.uk/sars-national/",
        "SARs \u2013 National Please find below SARs and/or Research that has "
        "recently been published: King\u2019s College, London King\u2019s "
        "College has recently produced a report looking at homelessness, rough "
        "sleeping and the learning from SARs. It can be found by following the "
        "link below; Norfolk SAB Mr G was an elderly man with dementia and a "
        "range of other health conditions. In June 2017 Mr G was admitted to an "
        "acute Norfolk hospital following an incident in a previous care home "
        "which led to him falling and sustaining an injury (not a fracture).",
    ),
]

PASSAGES = (
    COUNCILS
    + SUBJECTS
    + NAMED_NEXT
    + CODED_TITLES
    + FROM_THE_CORPUS
    + GENERAL
    + TO_BE_DONE
    + MINUTES
    + ISSUE_14
    + LISTS
    + FRESH
)
