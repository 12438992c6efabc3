"""The imitation sites discovery is tested and measured on (tests/sites/discover).

Each imitates one real organisation's site structure: the path to its papers page,
that page's name, and the look-alike pages around it. The structure of each comes
from a real source named in its `imitates` (the register's notes on a trust's site,
a URL seen in the project's reference data whose path spells out the site's menus);
the wording of pages and documents is written here in the same manner. The HTML is
that of a typical UK public-sector CMS page: skip link, header with the main menu,
<main> with one <h1>, content lists of links and documents with their size, footer.
tools/make_discover_sites.py writes them out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Block = tuple[str, object]


@dataclass(frozen=True)
class Page:
    title: str
    blocks: tuple[Block, ...] = ()


@dataclass(frozen=True)
class Site:
    name: str
    organisation: str
    target: str
    truth: tuple[str, ...]  # the page(s) discovery should propose, site-relative
    imitates: str
    nav: tuple[tuple[str, str], ...]
    pages: dict[str, Page]
    start: str = "/"
    # "tuned": the scores' weights were set looking at it; "held_out": written after,
    # from register notes not used before, and not looked at while tuning
    split: str = "tuned"
    footer: tuple[tuple[str, str], ...] = field(
        default=(("Accessibility", "/accessibility/"), ("Privacy notice", "/privacy/"),
                 ("Cookies", "/cookies/"), ("Contact us", "/contact-us/"))
    )


def p(title: str, *blocks: Block) -> Page:
    return Page(title, blocks)


def links(*pairs: tuple[str, str]) -> Block:
    return ("links", pairs)


def docs(*pairs: tuple[str, str]) -> Block:
    return ("docs", pairs)


def text(words: str) -> Block:
    return ("p", words)


def h2(words: str) -> Block:
    return ("h2", words)


TB = "/about-us-2/how-were-run/our-trust-board"
SWYP = Site(
    "swyp",
    "South West Yorkshire Partnership NHS Foundation Trust",
    "board_papers",
    (f"{TB}/meeting-papers/",),
    "register row RXG (Davewest84/nhs-board-papers-reader trust_urls.csv@0a33dd8): "
    "WordPress; About us > How we're run > Our Trust Board > Meetings and papers, "
    "packs at /wp-content/uploads/YYYY/MM/Public-agenda-and-papers-TB-DD.MM.YY.pdf; "
    "excluded: minutes, governance documents, registers. Decoys: the Members' "
    "Council's own dated papers, a news story about the board papers, the intranet.",
    (("About us", "/about-us-2/"), ("Our services", "/services/"), ("News", "/news/"),
     ("Get involved", "/get-involved/")),
    {
        "/": p(
            "Welcome to South West Yorkshire Partnership NHS Foundation Trust",
            text("We provide community, mental health and learning disability services."),
            h2("Latest news"),
            links(("Trust board papers for 30 June published", "/news/trust-board-30-june/"),
                  ("New crisis line opens", "/news/crisis-line/")),
            links(("Staff intranet: board papers", "/intranet/board/")),
        ),
        "/about-us-2/": p(
            "About us",
            links(("How we're run", "/about-us-2/how-were-run/"),
                  ("Our history", "/about-us-2/history/"),
                  ("Publications", "/about-us-2/publications/"),
                  ("Freedom of information", "/about-us-2/foi/")),
        ),
        "/about-us-2/how-were-run/": p(
            "How we're run",
            text("The Trust Board is responsible for how the trust is run."),
            links(("Our Trust Board", f"{TB}/"),
                  ("Members' Council", "/about-us-2/how-were-run/members-council/"),
                  ("Governance documents", "/about-us-2/how-were-run/governance-documents/")),
        ),
        f"{TB}/": p(
            "Our Trust Board",
            text("The Trust Board meets in public every two months."),
            links(("Meetings and papers", f"{TB}/meeting-papers/"),
                  ("Board members", f"{TB}/members/")),
            docs(("Register of interests 2026", "/wp-content/uploads/2026/04/Register-of-interests.pdf")),
        ),
        f"{TB}/meeting-papers/": p(
            "Trust Board meetings and papers",
            text("Papers for meetings held in public are published a week before."),
            h2("2026"),
            docs(("Public agenda and papers - Trust Board 30 June 2026",
                  "/wp-content/uploads/2026/06/Public-agenda-and-papers-TB-30.06.26.pdf"),
                 ("Public agenda and papers - Trust Board 28 April 2026",
                  "/wp-content/uploads/2026/04/Public-agenda-and-papers-TB-28.04.26.pdf"),
                 ("Public agenda and papers - Trust Board 31 March 2026",
                  "/wp-content/uploads/2026/03/Public-Board-agenda-and-papers-31.03.26.pdf"),
                 ("Minutes - Trust Board 31 March 2026",
                  "/wp-content/uploads/2026/04/Minutes-TB-31.03.26.pdf")),
            h2("2025"),
            docs(("Public agenda and papers - Trust Board 16 December 2025",
                  "/wp-content/uploads/2025/12/Public-agenda-and-papers-TB-16.12.25.pdf"),
                 ("Public agenda and papers - Trust Board 28 October 2025",
                  "/wp-content/uploads/2025/10/Public-agenda-and-papers-TB-28.10.25.pdf")),
        ),
        "/about-us-2/how-were-run/members-council/": p(
            "Members' Council",
            text("Our Members' Council holds the non-executive directors to account."),
            docs(("Members' Council meeting papers - 14 May 2026",
                  "/wp-content/uploads/2026/05/MC-papers-14.05.26.pdf"),
                 ("Members' Council meeting papers - 5 February 2026",
                  "/wp-content/uploads/2026/02/MC-papers-05.02.26.pdf"),
                 ("Members' Council meeting papers - 13 November 2025",
                  "/wp-content/uploads/2025/11/MC-papers-13.11.25.pdf")),
        ),
        "/about-us-2/how-were-run/governance-documents/": p(
            "Governance documents",
            docs(("Constitution", "/wp-content/uploads/2024/01/Constitution.pdf"),
                 ("Standing financial instructions", "/wp-content/uploads/2024/01/SFIs.pdf")),
        ),
        "/about-us-2/publications/": p(
            "Publications",
            docs(("Annual report 2024/25", "/wp-content/uploads/2025/07/Annual-report.pdf"),
                 ("Quality account 2024/25", "/wp-content/uploads/2025/06/Quality-account.pdf")),
        ),
        "/news/": p(
            "News",
            links(("Trust board papers for 30 June published", "/news/trust-board-30-june/"),
                  ("New crisis line opens", "/news/crisis-line/")),
        ),
        "/news/trust-board-30-june/": p(
            "Trust board papers for 30 June published",
            text("The agenda and papers for the Trust Board meeting in public on 30 June "
                 "are now available."),
            links(("Read the agenda and papers", f"{TB}/meeting-papers/")),
        ),
        "/intranet/board/": p("Board papers (staff only)"),
    },
)

HB = "/about/trust-board"
HUMBER = Site(
    "humber",
    "Humber Teaching NHS Foundation Trust",
    "board_papers",
    (f"{HB}/public-board-papers/",),
    "register row RV9: /about/trust-board/ links only to a 'Public Board Papers' "
    "sub-page, which links per-year folders 'Public Board Papers 2026' and '... 2025', "
    "each listing packs 'Public Board Papers - [DD Month YYYY]' under /media/; "
    "/public-board-dates/ is the schedule. Decoy: the year folders themselves, "
    "which list more papers than the landing page.",
    (("About", "/about/"), ("Services", "/services/"), ("Get involved", "/get-involved/"),
     ("News", "/news/")),
    {
        "/": p("Humber Teaching NHS Foundation Trust", links(("About us", "/about/"))),
        "/about/": p(
            "About us",
            links(("Trust Board", f"{HB}/"), ("Our strategy", "/about/our-strategy/"),
                  ("Council of Governors", "/about/council-of-governors/")),
        ),
        f"{HB}/": p(
            "Trust Board",
            text("The Trust Board meets in public every other month."),
            links(("Public Board Papers", f"{HB}/public-board-papers/"),
                  ("Public Board Dates", f"{HB}/public-board-dates/"),
                  ("Meet the Board", f"{HB}/meet-the-board/")),
        ),
        f"{HB}/public-board-papers/": p(
            "Public Board Papers",
            links(("Public Board Papers 2026", f"{HB}/public-board-papers/public-board-papers-2026/"),
                  ("Public Board Papers 2025", f"{HB}/public-board-papers/public-board-papers-2025/")),
        ),
        f"{HB}/public-board-papers/public-board-papers-2026/": p(
            "Public Board Papers 2026",
            docs(("Public Board Papers - 27 May 2026", "/media/a1b2/public-board-papers-27-may-2026.pdf"),
                 ("Public Board Papers - 25 March 2026", "/media/c3d4/public-board-papers-25-march-2026.pdf"),
                 ("Public Board Papers - 28 January 2026", "/media/e5f6/public-board-papers-28-january-2026.pdf")),
        ),
        f"{HB}/public-board-papers/public-board-papers-2025/": p(
            "Public Board Papers 2025",
            docs(("Public Board Papers - 26 November 2025", "/media/0a1b/public-board-papers-26-nov-2025.pdf"),
                 ("Public Board Papers - 24 September 2025", "/media/2c3d/public-board-papers-24-sep-2025.pdf"),
                 ("Public Board Papers - 28 May 2025", "/media/4e5f/public-board-papers-28-may-2025.pdf")),
        ),
        f"{HB}/public-board-dates/": p("Public Board Dates", text("30 July 2026, 24 September 2026")),
        "/about/council-of-governors/": p(
            "Council of Governors",
            docs(("Council of Governors papers - 16 April 2026", "/media/9f9f/cog-papers-16-april-2026.pdf"),
                 ("Council of Governors papers - 15 January 2026", "/media/8e8e/cog-papers-15-january-2026.pdf")),
        ),
    },
)

KB = "/about-us/trust-board"
KMPT = Site(
    "kmpt",
    "Kent and Medway Mental Health NHS Trust",
    "board_papers",
    (f"{KB}/board-meetings/",),
    "register row RXY: /about-us/trust-board/ is the board landing with no papers; "
    "its child /board-meetings/ lists each meeting as a dated sub-page ('Board Meeting "
    "Thursday 28th May 2026' -> /board-28-may-2026/) holding one combined 'Public "
    "Board Meeting Pack DD.MM.YYYY' PDF under /media/; excluded: Council of Governors, "
    "committees. Decoys: an archive page of old board papers (the only link saying "
    "'board papers'), the governors' dated papers.",
    (("About us", "/about-us/"), ("Our services", "/our-services/"), ("Careers", "/careers/")),
    {
        "/": p("Kent and Medway Mental Health NHS Trust", links(("About us", "/about-us/"))),
        "/about-us/": p(
            "About us",
            links(("Trust Board", f"{KB}/"), ("Council of Governors", "/about-us/council-of-governors/"),
                  ("Publications", "/about-us/publications/")),
        ),
        f"{KB}/": p(
            "Trust Board",
            text("Our Trust Board meets in public six times a year."),
            links(("Board meetings", f"{KB}/board-meetings/"),
                  ("Archived board papers (2019 to 2022)", f"{KB}/archived-board-papers/"),
                  ("Board committees", f"{KB}/committees/")),
        ),
        f"{KB}/board-meetings/": p(
            "Board meetings",
            links(("Board Meeting Thursday 28th May 2026", f"{KB}/board-meetings/board-28-may-2026/"),
                  ("Board Meeting Thursday 26th March 2026", f"{KB}/board-meetings/board-26-march-2026/"),
                  ("Board Meeting Thursday 29th January 2026", f"{KB}/board-meetings/board-29-january-2026/"),
                  ("Board Meeting Thursday 27th November 2025", f"{KB}/board-meetings/board-27-november-2025/")),
        ),
        f"{KB}/board-meetings/board-28-may-2026/": p(
            "Board Meeting Thursday 28th May 2026",
            h2("Downloads"),
            docs(("Public Board Meeting Pack 28.05.2026", "/media/l2yj/public-board-meeting-pack-28052026-v1.pdf")),
        ),
        f"{KB}/archived-board-papers/": p(
            "Archived board papers",
            docs(("Board papers March 2022", "/media/old1/board-papers-march-2022.pdf"),
                 ("Board papers January 2022", "/media/old2/board-papers-january-2022.pdf"),
                 ("Board papers November 2021", "/media/old3/board-papers-november-2021.pdf")),
        ),
        "/about-us/council-of-governors/": p(
            "Council of Governors",
            docs(("Council of Governors meeting papers 10 June 2026", "/media/g1/cog-10062026.pdf"),
                 ("Council of Governors meeting papers 11 March 2026", "/media/g2/cog-11032026.pdf")),
        ),
    },
)

LEICESTER = Site(
    "lcitylscb",
    "Leicester Safeguarding Children Partnership Board",
    "child_reviews",
    ("/learning-from-reviews/",),
    "research sources.md §5.3: lcitylscb.org/learning-from-reviews lists briefings "
    "('Improvements Made Briefing concerning ... Child E', 31 July 2024) and reviews "
    "not yet published because of criminal proceedings. Decoys: an explainer of "
    "rapid reviews, course evaluations ('Reviews of our training'), a news item on "
    "one review.",
    (("About us", "/about-us/"), ("Professionals", "/professionals/"), ("Training", "/training/"),
     ("Learning from reviews", "/learning-from-reviews/"), ("News", "/news/")),
    {
        "/": p(
            "Leicester Safeguarding Children Partnership Board",
            links(("Serious case review published: Child E briefing", "/news/child-e-briefing/")),
        ),
        "/about-us/": p("About us", links(("Our partners", "/about-us/partners/"),
                                          ("Annual report", "/about-us/annual-report/"))),
        "/professionals/": p(
            "Professionals",
            links(("What is a rapid review?", "/professionals/rapid-reviews/"),
                  ("Procedures", "/professionals/procedures/"),
                  ("Learning from reviews", "/learning-from-reviews/"),
                  ("National case review repository (NSPCC)",
                   "https://learning.nspcc.org.uk/case-reviews/national-case-review-repository")),
        ),
        "/professionals/rapid-reviews/": p(
            "What is a rapid review?",
            text("A rapid review decides within 15 working days whether a child "
                 "safeguarding practice review is needed."),
        ),
        "/training/": p(
            "Training",
            links(("Reviews of our training", "/training/evaluation/"),
                  ("Book a course", "/training/courses/")),
        ),
        "/training/evaluation/": p(
            "Reviews of our training",
            docs(("Training evaluation report 2025", "/uploads/training-evaluation-2025.pdf")),
        ),
        "/learning-from-reviews/": p(
            "Learning from reviews",
            h2("Child Safeguarding Practice Reviews"),
            text("On 31st July 2024 the Board published an Improvements Made Briefing "
                 "concerning a child we shall refer to as Child E."),
            docs(("Child E - Improvements Made Briefing (July 2024)", "/uploads/child-e-briefing.pdf"),
                 ("Child D - Local Child Safeguarding Practice Review report", "/uploads/child-d-lcspr.pdf"),
                 ("Child D - 7 minute briefing", "/uploads/child-d-7-minute-briefing.pdf")),
            h2("Serious Case Reviews"),
            docs(("SCR Child C - executive summary", "/uploads/scr-child-c-summary.pdf"),
                 ("SCR Child B - overview report", "/uploads/scr-child-b.pdf")),
        ),
        "/news/": p("News", links(("Serious case review published: Child E briefing",
                                   "/news/child-e-briefing/"))),
        "/news/child-e-briefing/": p(
            "Serious case review published: Child E briefing",
            text("The Board has published its briefing on Child E."),
            docs(("Child E - Improvements Made Briefing", "/uploads/child-e-briefing.pdf")),
        ),
    },
)

BS = "/services/children-families-and-education/safeguarding-families-in-barnsley"
BARNSLEY = Site(
    "barnsley",
    "Barnsley Metropolitan Borough Council",
    "child_reviews",
    (f"{BS}/safeguarding-children-in-barnsley/safeguarding-information-for-professionals/"
     "local-child-safeguarding-practice-reviews/",),
    "safeguarding_partnerships.csv, Barnsley LSCP: the partnership's page and its "
    "reviews page are on the council's site, the path spelling out the menus: "
    "Services > Children, families and education > Safeguarding families in Barnsley > "
    "Safeguarding children in Barnsley > Safeguarding information for professionals > "
    "Local child safeguarding practice reviews. Discovery starts at the partnership's "
    "page. Decoys: the adults board's reviews, the council's unrelated services.",
    (("Services", "/services/"), ("Council and democracy", "/council-and-democracy/"),
     ("News", "/news/")),
    {
        "/": p("Barnsley Council", links(("Bins and recycling", "/services/bins/"),
                                          ("Council tax", "/services/council-tax/"))),
        f"{BS}/": p(
            "Safeguarding families in Barnsley",
            links(("Safeguarding children in Barnsley", f"{BS}/safeguarding-children-in-barnsley/"),
                  ("Safeguarding adults in Barnsley", f"{BS}/safeguarding-adults-in-barnsley/")),
        ),
        f"{BS}/safeguarding-children/barnsley-safeguarding-children-partnership/": p(
            "Barnsley Safeguarding Children Partnership",
            text("The partnership is led by the council, the police and the NHS."),
            links(("Safeguarding children in Barnsley", f"{BS}/safeguarding-children-in-barnsley/"),
                  ("Safeguarding families in Barnsley", f"{BS}/")),
        ),
        f"{BS}/safeguarding-children-in-barnsley/": p(
            "Safeguarding children in Barnsley",
            links(("Report a concern about a child", f"{BS}/safeguarding-children-in-barnsley/report-a-concern/"),
                  ("Safeguarding information for professionals",
                   f"{BS}/safeguarding-children-in-barnsley/safeguarding-information-for-professionals/")),
        ),
        f"{BS}/safeguarding-children-in-barnsley/safeguarding-information-for-professionals/": p(
            "Safeguarding information for professionals",
            links(("Local child safeguarding practice reviews",
                   f"{BS}/safeguarding-children-in-barnsley/safeguarding-information-for-professionals/"
                   "local-child-safeguarding-practice-reviews/"),
                  ("Multi-agency training", f"{BS}/safeguarding-children-in-barnsley/training/")),
        ),
        f"{BS}/safeguarding-children-in-barnsley/safeguarding-information-for-professionals/"
        "local-child-safeguarding-practice-reviews/": p(
            "Local child safeguarding practice reviews",
            docs(("Child F local child safeguarding practice review", "/media/1111/child-f-lcspr.pdf"),
                 ("Child F learning briefing", "/media/1112/child-f-briefing.pdf"),
                 ("Serious case review: Family G (executive summary)", "/media/1113/family-g-scr.pdf")),
        ),
        f"{BS}/safeguarding-adults-in-barnsley/": p(
            "Safeguarding adults in Barnsley",
            links(("Safeguarding adults reviews", f"{BS}/safeguarding-adults-in-barnsley/sars/")),
        ),
        f"{BS}/safeguarding-adults-in-barnsley/sars/": p(
            "Safeguarding adults reviews",
            docs(("Adult H safeguarding adults review", "/media/2221/adult-h-sar.pdf"),
                 ("Adult J safeguarding adults review", "/media/2222/adult-j-sar.pdf")),
        ),
    },
    start=f"{BS}/safeguarding-children/barnsley-safeguarding-children-partnership/",
)

LEW = "/lsab/lsab/about-us"
LEWISHAM = Site(
    "lewisham",
    "Safeguarding Lewisham",
    "adult_reviews",
    (f"{LEW}/safeguarding-adults-reviews/",),
    "sources_by_hand.yml and research sources.md §5.1: safeguardinglewisham.org.uk "
    "holds the children's partnership and the adults board; the board's reviews are "
    "at /lsab/lsab/about-us/safeguarding-adults-reviews. Decoys: the children's "
    "partnership's practice reviews, a news story on one review.",
    (("Children's partnership", "/lscp/"), ("Adults board", "/lsab/"), ("News", "/news/")),
    {
        "/": p(
            "Safeguarding Lewisham",
            links(("Safeguarding Adults Review into the death of Adult K published",
                   "/news/sar-adult-k/")),
        ),
        "/lscp/": p("Lewisham Safeguarding Children Partnership",
                    links(("Child safeguarding practice reviews", "/lscp/lscp/cspr/"))),
        "/lscp/lscp/cspr/": p(
            "Child safeguarding practice reviews",
            docs(("Child L practice review", "/documents/child-l-cspr.pdf"),
                 ("Child M practice review", "/documents/child-m-cspr.pdf")),
        ),
        "/lsab/": p("Lewisham Safeguarding Adults Board",
                    links(("About us", f"{LEW}/"), ("Making safeguarding personal", "/lsab/msp/"),
                          ("Safeguarding adults reviews: national library",
                           "https://www.local.gov.uk/our-support/safeguarding-adults-reviews"))),
        f"{LEW}/": p(
            "About the Lewisham Safeguarding Adults Board",
            links(("Safeguarding Adults Reviews", f"{LEW}/safeguarding-adults-reviews/"),
                  ("Annual reports", f"{LEW}/annual-reports/")),
        ),
        f"{LEW}/safeguarding-adults-reviews/": p(
            "Safeguarding Adults Reviews",
            text("The Care Act 2014 requires the Board to arrange a SAR when an adult dies."),
            docs(("SAR Adult K - overview report", "/documents/sar-adult-k.pdf"),
                 ("SAR Adult K - briefing", "/documents/sar-adult-k-briefing.pdf"),
                 ("SAR Adult N - executive summary", "/documents/sar-adult-n.pdf")),
        ),
        f"{LEW}/annual-reports/": p("Annual reports",
                                    docs(("LSAB annual report 2024-25", "/documents/lsab-ar-2025.pdf"))),
        "/news/": p("News", links(("Safeguarding Adults Review into the death of Adult K "
                                   "published", "/news/sar-adult-k/"))),
        "/news/sar-adult-k/": p(
            "Safeguarding Adults Review into the death of Adult K published",
            docs(("SAR Adult K - overview report", "/documents/sar-adult-k.pdf")),
        ),
    },
)

BURY_DA = "/social-care-and-support/domestic-abuse"
BURY = Site(
    "bury",
    "Bury Council",
    "dhr",
    (f"{BURY_DA}/training-and-resources/resources/related-death-reviews/",),
    "community_safety_partnerships_dhr.csv, Bury: the reviews are on the council's "
    "site at /social-care-and-support/domestic-abuse/training-and-resources/resources/"
    "related-death-reviews (renamed domestic abuse related death reviews by the "
    "Victims and Prisoners Act 2024), five links from the home page. Decoys: support "
    "services, the adults board's reviews, a news story.",
    (("Social care and support", "/social-care-and-support/"), ("Bins", "/bins/"),
     ("Council tax", "/council-tax/"), ("News", "/news/")),
    {
        "/": p("Bury Council", links(("Domestic homicide review published",
                                      "/news/dhr-published/"))),
        "/social-care-and-support/": p(
            "Social care and support",
            links(("Domestic abuse", f"{BURY_DA}/"),
                  ("Safeguarding adults", "/social-care-and-support/safeguarding-adults/")),
        ),
        f"{BURY_DA}/": p(
            "Domestic abuse",
            links(("Get support", f"{BURY_DA}/get-support/"),
                  ("Training and resources", f"{BURY_DA}/training-and-resources/")),
        ),
        f"{BURY_DA}/get-support/": p(
            "Domestic abuse support",
            text("Call the helpline or find a refuge."),
            docs(("Domestic abuse support leaflet", "/media/5555/support-leaflet.pdf")),
        ),
        f"{BURY_DA}/training-and-resources/": p(
            "Training and resources",
            links(("Training for professionals", f"{BURY_DA}/training-and-resources/training/"),
                  ("Resources", f"{BURY_DA}/training-and-resources/resources/")),
        ),
        f"{BURY_DA}/training-and-resources/resources/": p(
            "Resources",
            links(("Related death reviews",
                   f"{BURY_DA}/training-and-resources/resources/related-death-reviews/"),
                  ("Toolkits", f"{BURY_DA}/training-and-resources/resources/toolkits/")),
        ),
        f"{BURY_DA}/training-and-resources/resources/related-death-reviews/": p(
            "Domestic abuse related death reviews",
            text("Formerly domestic homicide reviews (DHRs)."),
            docs(("DHR 'Sarah' executive summary", "/media/6661/dhr-sarah-summary.pdf"),
                 ("DHR 'Sarah' overview report", "/media/6662/dhr-sarah-overview.pdf"),
                 ("Home Office Quality Assurance Panel letter", "/media/6663/qa-letter.pdf")),
        ),
        "/social-care-and-support/safeguarding-adults/": p(
            "Safeguarding adults",
            docs(("Safeguarding adults review: Adult P", "/media/7771/sar-adult-p.pdf")),
        ),
        "/news/dhr-published/": p("Domestic homicide review published",
                                  text("A review into the death of a Bury woman was published.")),
    },
)

HARTLEPOOL = Site(
    "hartlepool",
    "Hartlepool Borough Council",
    "dhr",
    ("/info/20006/emergencies_safety_and_crime/1057/domestic_homicide_review",),
    "community_safety_partnerships_dhr.csv, Hartlepool: a Jadu CMS site, category "
    "/info/20006/emergencies_safety_and_crime with the page /1057/domestic_homicide_review. "
    "Decoys: the domestic abuse support page, the Safer Hartlepool Partnership page.",
    (("Emergencies, safety and crime", "/info/20006/emergencies_safety_and_crime"),
     ("Council and democracy", "/info/20010/council_and_democracy"),
     ("Adults and older people", "/info/20076/adults_and_older_people")),
    {
        "/": p("Hartlepool Borough Council", links(("Report it", "/report-it"))),
        "/info/20006/emergencies_safety_and_crime": p(
            "Emergencies, safety and crime",
            links(("Domestic abuse", "/info/20006/emergencies_safety_and_crime/1050/domestic_abuse"),
                  ("Safer Hartlepool Partnership",
                   "/info/20006/emergencies_safety_and_crime/1052/safer_hartlepool_partnership"),
                  ("Domestic homicide review",
                   "/info/20006/emergencies_safety_and_crime/1057/domestic_homicide_review")),
        ),
        "/info/20006/emergencies_safety_and_crime/1050/domestic_abuse": p(
            "Domestic abuse",
            text("If you are in danger call 999. Harbour support services can help."),
        ),
        "/info/20006/emergencies_safety_and_crime/1052/safer_hartlepool_partnership": p(
            "Safer Hartlepool Partnership",
            docs(("Community safety plan 2024-27", "/downloads/file/900/community_safety_plan")),
        ),
        "/info/20006/emergencies_safety_and_crime/1057/domestic_homicide_review": p(
            "Domestic homicide review",
            docs(("Domestic homicide review - executive summary (Mary)",
                  "/downloads/file/1001/dhr_executive_summary"),
                 ("Domestic homicide review - overview report (Mary)",
                  "/downloads/file/1002/dhr_overview_report")),
        ),
    },
)

PENDLE = Site(
    "pendle",
    "Pendle Borough Council",
    "committee_papers",
    ("/meetings",),
    "Pendle and Rossendale: Jadu CMS sites (category pages /info/<id>/<name>, e.g. "
    "rossendale.gov.uk/info/100004/council_and_democracy/481/record_of_decisions, a "
    "stored page) whose meeting documents download from /download/meetings/id/<id>/ "
    "(a pendle.gov.uk URL in public code). Decoys: the record of decisions, elections, "
    "councillors.",
    (("Council and democracy", "/info/100004/council_and_democracy"), ("Bins", "/info/bins"),
     ("Planning", "/info/planning")),
    {
        "/": p("Pendle Borough Council", links(("Council and democracy",
                                                "/info/100004/council_and_democracy"))),
        "/info/100004/council_and_democracy": p(
            "Council and democracy",
            links(("Councillors", "/councillors/name"),
                  ("Agendas, reports and minutes", "/meetings"),
                  ("Record of decisions", "/info/100004/council_and_democracy/481/record_of_decisions"),
                  ("Elections", "/info/100004/council_and_democracy/500/elections")),
        ),
        "/meetings": p(
            "Agendas, reports and minutes",
            links(("Executive", "/meetings/committee/36/executive"),
                  ("Council", "/meetings/committee/30/council"),
                  ("Development Management Committee", "/meetings/committee/40/development_management")),
            docs(("Council agenda 16 July 2026", "/download/meetings/id/26401/agenda_council_16_july_2026"),
                 ("Executive agenda 2 July 2026", "/download/meetings/id/26369/agenda_executive")),
        ),
        "/info/100004/council_and_democracy/481/record_of_decisions": p(
            "Record of decisions",
            docs(("Officer decision 2026/14", "/downloads/file/300/officer_decision_2026_14"),
                 ("Officer decision 2026/15", "/downloads/file/301/officer_decision_2026_15")),
        ),
        "/councillors/name": p("Councillors by name"),
    },
)

MTW = Site(
    "mtw",
    "Maidstone and Tunbridge Wells NHS Trust",
    "board_papers",
    ("/board-meetings-and-papers",),
    "register row RWF: a VerseOne CMS with flat URLs; the board at /board, the papers "
    "at /board-meetings-and-papers listing monthly 'Board papers MONTH YYYY' packs as "
    "/download/board-papers-month-yyyypdf.pdf?ver=...&doc=... links; excluded: "
    "minutes only, AGM, Part 2. Decoys: the annual members' meeting, board members.",
    (("About us", "/about-us"), ("Our hospitals", "/our-hospitals"),
     ("Patients and visitors", "/patients-and-visitors"), ("Work for us", "/work-for-us")),
    {
        "/": p("Maidstone and Tunbridge Wells NHS Trust", links(("About us", "/about-us"))),
        "/about-us": p(
            "About us",
            links(("Our board", "/board"), ("Annual members' meeting", "/annual-members-meeting"),
                  ("Our performance", "/our-performance")),
        ),
        "/board": p(
            "Our board",
            links(("Board members", "/board-members"),
                  ("Board meetings and papers", "/board-meetings-and-papers")),
        ),
        "/board-meetings-and-papers": p(
            "Board meetings and papers",
            docs(("Board papers April 2026", "/download/board-papers-april-2026pdf.pdf?ver=3&doc=docm93"),
                 ("Board papers January 2026", "/download/board-papers-january-2026pdf.pdf?ver=2&doc=docm90"),
                 ("Board papers November 2025", "/download/board-papers-november-2025pdf.pdf?ver=1&doc=docm88"),
                 ("Board papers extraordinary meeting December 2025",
                  "/download/board-papers-extraordinary-dec-2025pdf.pdf?ver=1&doc=docm89")),
        ),
        "/annual-members-meeting": p(
            "Annual members' meeting",
            docs(("Annual members' meeting papers September 2025", "/download/amm-papers-2025pdf.pdf?ver=1&doc=docm70")),
        ),
        "/board-members": p("Board members", text("Our chair and directors.")),
    },
    split="held_out",
)

BHNFT = Site(
    "barnsleyhospital",
    "Barnsley Hospital NHS Foundation Trust",
    "board_papers",
    ("/taxonomy/term/37",),
    "register row RFF: a Drupal site; the 'meetings and papers' page only describes "
    "the schedule and points to the news section; the papers' index is the taxonomy "
    "listing /taxonomy/term/37 ('Board Meeting'), each dated meeting a news sub-page "
    "(/news/board-directors-meeting-thursday-2-april-2026) with the combined pack under "
    "/sites/default/files/YYYY-MM/. Decoys: the schedule page, the governors.",
    (("About", "/about"), ("Services", "/services"), ("News", "/news"), ("Contact", "/contact")),
    {
        "/": p("Barnsley Hospital NHS Foundation Trust", links(("About", "/about"))),
        "/about": p(
            "About us",
            links(("Board of directors", "/about/board-of-directors"),
                  ("Council of governors", "/about/council-of-governors")),
        ),
        "/about/board-of-directors": p(
            "Board of directors",
            links(("Meetings and papers", "/about/board-of-directors/meetings-and-papers")),
        ),
        "/about/board-of-directors/meetings-and-papers": p(
            "Meetings and papers",
            text("The Board of Directors meets in public every two months. Papers are "
                 "published with each meeting's news item."),
            links(("Board meeting papers", "/taxonomy/term/37")),
        ),
        "/taxonomy/term/37": p(
            "Board Meeting",
            links(("Board of Directors meeting - Thursday 2 April 2026",
                   "/news/board-directors-meeting-thursday-2-april-2026"),
                  ("Board of Directors meeting - Thursday 5 February 2026",
                   "/news/board-directors-meeting-thursday-5-february-2026"),
                  ("Board of Directors meeting - Thursday 4 December 2025",
                   "/news/board-directors-meeting-thursday-4-december-2025")),
        ),
        "/news/board-directors-meeting-thursday-2-april-2026": p(
            "Board of Directors meeting - Thursday 2 April 2026",
            docs(("Combined pack - Board of Directors public meeting April 2026",
                  "/sites/default/files/2026-03/combined_pack_board_of_directors_public_meeting_april_2026.pdf")),
        ),
        "/about/council-of-governors": p(
            "Council of governors",
            docs(("Council of governors papers March 2026", "/sites/default/files/2026-03/cog_march_2026.pdf")),
        ),
    },
    split="held_out",
)

PRESTON = Site(
    "preston",
    "Preston City Council",
    "dhr",
    ("/article/1153/Domestic-homicide-reviews",),
    "research sources.md §5.1: preston.gov.uk/article/1153/Domestic-homicide-reviews, "
    "overview report and executive summary published after the Home Office Quality "
    "Assurance Panel's approval and kept online about twelve months. Menus as such "
    "council sites have them: Community and living > Community safety. Decoys: "
    "domestic abuse help, the county's safeguarding adults board.",
    (("Community and living", "/community-and-living"), ("Bins", "/bins"),
     ("Council tax", "/council-tax"), ("Planning", "/planning")),
    {
        "/": p("Preston City Council", links(("Community and living", "/community-and-living"))),
        "/community-and-living": p(
            "Community and living",
            links(("Community safety", "/community-safety"), ("Housing", "/housing")),
        ),
        "/community-safety": p(
            "Community safety",
            links(("Domestic abuse: getting help", "/article/1150/Domestic-abuse"),
                  ("Domestic homicide reviews", "/article/1153/Domestic-homicide-reviews"),
                  ("Preston Community Safety Partnership", "/article/1149/Community-Safety-Partnership")),
        ),
        "/article/1150/Domestic-abuse": p("Domestic abuse",
                                          text("Call 999 in an emergency, or the helpline.")),
        "/article/1153/Domestic-homicide-reviews": p(
            "Domestic homicide reviews",
            text("Reports are published once the Home Office Quality Assurance Panel has "
                 "approved them, and kept online for twelve months."),
            docs(("DHR Anne - overview report", "/media/4001/DHR-Anne-overview-report/pdf/DHR_Anne_Overview.pdf"),
                 ("DHR Anne - executive summary", "/media/4002/DHR-Anne-executive-summary/pdf/DHR_Anne_Summary.pdf")),
        ),
        "/article/1149/Community-Safety-Partnership": p(
            "Preston Community Safety Partnership",
            docs(("Community safety strategy", "/media/3000/strategy/pdf/Strategy.pdf")),
        ),
    },
    split="held_out",
)

CROYDON = Site(
    "croydonlcsb",
    "Croydon Safeguarding Children Partnership",
    "child_reviews",
    ("/about-us/serious-case-reviews/",),
    "research sources.md §5.3: croydonlcsb.org.uk/about-us/serious-case-reviews lists "
    "'Carl & Max - SPR published 17th March 2022', \"'Ben' - SPR published 4th March "
    "2022\", 'Child Q SCR', then a Domestic Homicide Reviews section. Decoys: the "
    "rapid review process, the national panel's reports (another site).",
    (("About us", "/about-us/"), ("Professionals", "/professionals/"),
     ("Parents and carers", "/parents/"), ("Training", "/training/")),
    {
        "/": p("Croydon Safeguarding Children Partnership", links(("About us", "/about-us/"))),
        "/about-us/": p(
            "About us",
            links(("Our arrangements", "/about-us/arrangements/"),
                  ("Serious case reviews", "/about-us/serious-case-reviews/"),
                  ("Rapid review process", "/about-us/rapid-review-process/"),
                  ("National panel reviews", "https://www.gov.uk/government/collections/"
                   "national-child-safeguarding-practice-review-panel-reports")),
        ),
        "/about-us/serious-case-reviews/": p(
            "Serious case reviews",
            docs(("Carl & Max - SPR published 17th March 2022", "/wp-content/uploads/2022/03/Carl-and-Max-SPR.pdf"),
                 ("'Ben' - SPR published 4th March 2022", "/wp-content/uploads/2022/03/Ben-SPR.pdf"),
                 ("Child Q SCR: 'Where were you when I was six?'", "/wp-content/uploads/2021/11/Child-Q-SCR.pdf")),
            h2("Domestic Homicide Reviews"),
            docs(("DHR 'Anna' executive summary", "/wp-content/uploads/2021/05/DHR-Anna.pdf")),
        ),
        "/about-us/rapid-review-process/": p(
            "Rapid review process",
            text("When a serious incident is notified, the partners hold a rapid review."),
            docs(("Rapid review template", "/wp-content/uploads/2020/01/rapid-review-template.docx")),
        ),
    },
    split="held_out",
)

SITES = (
    SWYP, HUMBER, KMPT, LEICESTER, BARNSLEY, LEWISHAM, BURY, HARTLEPOOL, PENDLE,
    MTW, BHNFT, PRESTON, CROYDON,
)
