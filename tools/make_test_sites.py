"""Write the synthetic PDFs of the spider tests' sites (tests/sites/*/files/) and of
the two sample sites the demo shares with them (casewatch/sample_sites/files/).

Run from the repository root: ``.venv/bin/python tools/make_test_sites.py``.
Each PDF stands in for a document a real page links to (its title is the link's) and
says on its first line that it is synthetic; a few carry a planted passage that the
tests look for. ReportLab's invariant mode makes every re-run byte-identical. It also
writes the synthetic ModernGov meeting pages of the test sites (moderngov_pages.py);
the other HTML pages are hand-written or real; see each site's PROVENANCE.md. Needs
reportlab (development only; nothing in casewatch imports it).
"""

import io
import textwrap
from pathlib import Path

from moderngov_pages import MEETING_DOCUMENTS, write_meeting_pages
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

ROOT = Path(__file__).resolve().parents[1]
SYNTHETIC = "SYNTHETIC stand-in made for casewatch tests; not the real document."

KINGSTON_15_JAN = (
    "Kingston and North Kingston Neighbourhood Committee, Thursday 15 January 2026"
)
KINGSTON_5_NOV = "Kingston meeting page CId 179, MId 10214 (DC.date 5 November 2025)"
KINGSTON_SCR = (
    "Grant applications from parenting groups were prioritised this year because "
    "the Kingston and Richmond Safeguarding Children Partnership asked for more "
    "early help after its serious case review into the neglect of Child K."
)
KINGS_CSPR = (
    "Safeguarding children: the Trust contributed to a local child safeguarding "
    "practice review commissioned by the Lambeth Safeguarding Children Partnership "
    "after the death of Baby M; the review has been completed but is not yet "
    "published."
)

# folder: file name -> (title, meeting, planted passage, pages)
DOCUMENTS = {
    "tests/sites/kingston-moderngov/files": {
        "g10230-agenda-frontsheet.pdf": ("Agenda frontsheet", KINGSTON_15_JAN),
        "g10230-public-reports-pack.pdf": (
            "Public reports pack",
            KINGSTON_15_JAN,
            "",
            6,
        ),
        "g10230-late-material.pdf": ("Late Material", KINGSTON_15_JAN),
        "g10230-printed-decisions.pdf": ("Printed decisions", KINGSTON_15_JAN),
        "g10230-printed-minutes.pdf": ("Printed minutes", KINGSTON_15_JAN, "", 3),
        "s111920.pdf": ("Minutes of Previous Meeting", KINGSTON_15_JAN),
        "s112218.pdf": ("Annex 1 - Wolverton Avenue", KINGSTON_15_JAN),
        "s112219.pdf": ("Annex 2 - Manorgate Road", KINGSTON_15_JAN),
        "s112374.pdf": ("Annex 3 - Overview plan", KINGSTON_15_JAN),
        "s112380.pdf": ("Annex 4 - Survey summary", KINGSTON_15_JAN),
        "s112216.pdf": ("Annex 1 - Coombe Lane West", KINGSTON_15_JAN),
        "s112231.pdf": ("Community Safety Update", KINGSTON_15_JAN, "", 4),
        "s112224.pdf": ("Planned Highway Maintenance 2026/27", KINGSTON_15_JAN),
        "s112220.pdf": ("Annex 1 - Completed Highway Maintenance", KINGSTON_15_JAN),
        "s112221.pdf": ("Annex 2 - Planned Highway Maintenance", KINGSTON_15_JAN),
        "s112222.pdf": (
            "Annex 3 - Street Lighting Lantern Replacement",
            KINGSTON_15_JAN,
        ),
        "s112223.pdf": ("Annex 4 - DfT Roads Under Consideration", KINGSTON_15_JAN),
        "s112228.pdf": ("Community Grants Programme", KINGSTON_15_JAN),
        "s111802.pdf": ("Annex 1 - NCG and BCG Guidelines", KINGSTON_15_JAN),
        "s112213.pdf": ("Decision Progress Update", KINGSTON_15_JAN),
        "s111161.pdf": ("Community Grants Programme", KINGSTON_5_NOV, KINGSTON_SCR),
        "s111162.pdf": ("Annex 1 - NCG and BCG Guidelines", KINGSTON_5_NOV),
        "g10223-agenda-frontsheet.pdf": ("Agenda frontsheet", KINGSTON_5_NOV),
        "g10223-public-reports-pack.pdf": ("Agenda reports pack", KINGSTON_5_NOV),
        "g10223-printed-decisions.pdf": ("Printed decisions", KINGSTON_5_NOV),
        "g10223-printed-minutes.pdf": ("Printed minutes", KINGSTON_5_NOV),
    },
    "tests/sites/manchester-moderngov/files": {
        "attachment-61001.pdf": (
            "Questions and answers",
            "Manchester City Council Art Galleries Committee, 12 February 2026",
        ),
    },
    # the old-archive documents real Kirklees search results link directly
    "tests/sites/kirklees-moderngov/files": {
        "olddocuments-BBBC11011141562S.pdf": (
            "BBBC11011141562S",
            "Town and Valley Committee - Batley, Birstall and Birkenshaw,"
            " 11 January 2011",
        ),
        "olddocuments-SSCPB-201102081000-Agenda.pdf": (
            "SaferStrongerCommunitiesPartnershipBoard201102081000Agenda",
            "Safer Stronger Communities Partnership Board, 8 February 2011",
        ),
        "olddocuments-SSCPB-20110208-DecisionSummary.pdf": (
            "SaferStrongerCommunitiesPartnershipBoard20110208DecisionSummary",
            "Safer Stronger Communities Partnership Board, 8 February 2011",
        ),
    },
    "casewatch/sample_sites/files/manchester-moderngov": {
        "attachment-60860.pdf": (
            "6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025",
            "Manchester City Council Audit Committee, 10 February 2026",
        ),
        "attachment-60909.pdf": (
            "DRAFT WP FEBRUARY 2026",
            "Manchester City Council Audit Committee, 10 February 2026",
        ),
    },
    "tests/sites/birmingham-cmis/files": {
        "document-abc123.pdf": (
            "Final Planning Minutes 16042026",
            "Planning Committee",
        ),
        "document-def456.pdf": (
            "Final Agenda Reports - 9th July 2026",
            "Birmingham City Council Planning Committee, 9 July 2026",
            "",
            5,
        ),
        "document-xyz789.pdf": ("Agenda Contents", "Standards Committee, 23 July 2026"),
    },
    "casewatch/sample_sites/files/kingscollegehospital": {
        "kings-pack-2026-05-14.pdf": (
            "BoD Agenda and Papers 14 May 2026",
            "King's College Hospital NHS Foundation Trust, Board of Directors",
            KINGS_CSPR,
            8,
        ),
        "kings-pack-2026-03-12.pdf": (
            "BoD Agenda and Papers 12 March 2026",
            "King's College Hospital NHS Foundation Trust, Board of Directors",
            "",
            6,
        ),
        "kings-pack-2025-11-13.pdf": (
            "BoD Agenda and Papers 13 November 2025",
            "King's College Hospital NHS Foundation Trust, Board of Directors",
        ),
    },
    "tests/sites/nhs-trusts/files": {
        "sash-2026-02-agenda.pdf": ("0.0 Agenda", "Public Board, 5 February 2026"),
        "sash-2026-02-minutes.pdf": ("1.0 Minutes", "Public Board, 5 February 2026"),
        "sash-2026-02-ipr.pdf": (
            "5.0 Integrated Performance Report",
            "Public Board, 5 February 2026",
            "",
            3,
        ),
        "sash-2026-04-agenda.pdf": ("0.0 Agenda", "Public Board, 2 April 2026"),
        "sash-2025-12-agenda.pdf": ("0.0 Agenda", "Public Board, 4 December 2025"),
        "kmpt-pack-2026-05-28.pdf": (
            "Public Board Meeting Pack 28.05.2026",
            "Kent and Medway Mental Health NHS Trust, Board, 28 May 2026",
            "",
            5,
        ),
        "kmpt-pack-2026-03-26.pdf": (
            "Public Board Meeting Pack 26.03.2026",
            "Kent and Medway Mental Health NHS Trust, Board, 26 March 2026",
        ),
    },
    # letters the Ofsted test pages list, for which no real copy was saved
    "tests/sites/ofsted/files": {
        "blackpool-focused-visit-2021-04-09.pdf": (
            "Focused visit to Blackpool children's services",
            "Ofsted letter published 9 April 2021 (file 50900001)",
        ),
        "blackpool-monitoring-visit-2019-11-12.pdf": (
            "Monitoring visit to Blackpool children's services",
            "Ofsted letter published 12 November 2019 (file 50900002)",
        ),
        "southwark-jtai-2024-02-20.pdf": (
            "Joint targeted area inspection of Southwark",
            "Joint inspectorates' letter published 20 February 2024 (file 50900003)",
        ),
    },
}


def stand_in(title: str, meeting: str, planted: str = "", pages: int = 1) -> bytes:
    """A few lines a page: the synthetic label, the title, the meeting, the passage."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setTitle(title)
    canvas.setSubject(SYNTHETIC)
    for page in range(1, pages + 1):
        lines = [SYNTHETIC, title, meeting, f"Page {page} of {pages}"]
        if planted and page == pages:
            lines += textwrap.wrap(planted, 90)
        text = canvas.beginText(60, 780)
        text.setFont("Helvetica", 10)
        for line in lines:
            text.textLine(line)
        canvas.drawText(text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def main() -> None:
    write_meeting_pages(ROOT)
    for folder, documents in [*DOCUMENTS.items(), *MEETING_DOCUMENTS.items()]:
        for name, spec in documents.items():
            path = ROOT / folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(stand_in(*spec))
            print(f"{folder}/{name}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
