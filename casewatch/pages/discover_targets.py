"""What `casewatch discover` looks for: each target's phrases (with their weight),
the words of the documents its page lists, the sections it sits under, the bodies it
must not be mistaken for, and the naive rule's phrases it is measured against.

The phrases are how the pages are named on real sites (research/sources.md §2 and
§5, the trusts register's notes, the reference data's URLs): "Meetings and papers",
"Learning from reviews", "Domestic abuse related death reviews".
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    """What is sought: phrases that name its page (with their weight), words of the
    documents it lists, sections it sits under, and bodies it must not be."""

    name: str
    phrases: tuple[tuple[str, float], ...]
    documents: re.Pattern[str]
    sections: tuple[str, ...]
    others: re.Pattern[str]
    baseline: tuple[str, ...]  # the naive rule: the first link saying one of these


def _target(name, phrases, documents, sections, others, baseline) -> Target:
    return Target(
        name,
        tuple(phrases),
        re.compile(documents, re.IGNORECASE),
        tuple(sections),
        re.compile(others, re.IGNORECASE),
        tuple(baseline),
    )


TARGETS = {
    target.name: target
    for target in (
        _target(
            "board_papers",
            [
                ("board papers", 4),
                ("board meetings", 3),
                ("meetings and papers", 3),
                ("papers", 2),
                ("meetings in public", 3),
                ("board of directors", 1),
                ("trust board", 1),
                ("board meeting", 2),
            ],
            r"board|papers|pack|agenda|bundle|meeting",
            [
                "about us",
                "about",
                "our board",
                "trust board",
                "how we",
                "governance",
                "publications",
                "corporate",
                "who we are",
                "board",
            ],
            r"governors|members.? council|annual (?:general|members)|register of "
            r"interests|committee",
            ["board papers"],
        ),
        _target(
            "committee_papers",
            [
                ("agendas, reports and minutes", 5),
                ("agendas and minutes", 5),
                ("meetings, agendas and minutes", 5),
                ("committee meetings", 4),
                ("council meetings", 3),
                ("agendas", 3),
                ("minutes", 2),
                ("meetings", 2),
                ("committees", 2),
            ],
            r"agenda|minutes|report|papers|pack",
            [
                "council and democracy",
                "your council",
                "democracy",
                "councillors",
                "decision",
                "committees",
                "about the council",
            ],
            r"parish|town council|record of decisions|elections?",
            ["agendas", "committee meetings"],
        ),
        _target(
            "child_reviews",
            [
                ("child safeguarding practice reviews", 5),
                ("safeguarding practice reviews", 5),
                ("serious case reviews", 5),
                ("learning from reviews", 4),
                ("case reviews", 4),
                ("published reviews", 4),
                ("practice reviews", 3),
                ("learning reviews", 3),
                ("reviews", 1),
            ],
            r"\bchild [A-Z]\b|review|scr|cspr|lcspr|briefing|executive summary|report",
            [
                "professionals",
                "practitioners",
                "learning",
                "resources",
                "about us",
                "safeguarding children",
                "partnership",
                "publications",
            ],
            r"adults? review|\bsars?\b|domestic homicide|training|course|rapid review|"
            r"what is",
            ["serious case review", "practice review", "case review"],
        ),
        _target(
            "adult_reviews",
            [
                ("safeguarding adults reviews", 5),
                ("safeguarding adult reviews", 5),
                ("sars", 3),
                ("learning from reviews", 3),
                ("published reviews", 3),
                ("reviews", 1),
            ],
            r"\badult [A-Z]\b|review|\bsar\b|briefing|executive summary|report",
            [
                "professionals",
                "practitioners",
                "learning",
                "resources",
                "about us",
                "adults board",
                "safeguarding adults",
                "publications",
            ],
            r"child safeguarding practice|serious case review|children|domestic "
            r"homicide|training|course|what is",
            ["safeguarding adults review", "safeguarding adult review"],
        ),
        _target(
            "dhr",
            [
                ("domestic homicide reviews", 5),
                ("domestic abuse related death reviews", 5),
                ("related death reviews", 4),
                ("domestic homicide review", 5),
                ("dhrs", 3),
                ("dhr", 3),
            ],
            r"\bdhr\b|homicide|death review|review|executive summary|report|letter",
            [
                "community safety",
                "domestic abuse",
                "crime",
                "safer",
                "safety",
                "partnership",
                "resources",
                "professionals",
            ],
            r"support|helpline|refuge|report (?:it|a crime)|safeguarding adults "
            r"review|practice review",
            ["domestic homicide review"],
        ),
    )
}
