"""Follows: councils by name or code, every criterion narrows, sensible defaults."""

from dataclasses import dataclass

import pytest

from casewatch.alerts.documents import council_codes
from casewatch.alerts.follows import DETECTED, FollowError, follow

KINGSTON = "E09000021"


@dataclass(frozen=True)
class Seen:
    """What a follow looks at in an item."""

    events: frozenset[str] = frozenset({"review_mention"})
    councils: frozenset[str] = frozenset({KINGSTON})
    source_kinds: frozenset[str] = frozenset({"nhs_trust"})
    queries: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    "name", ["Kingston", "RBK", "Royal Borough of Kingston upon Thames", KINGSTON]
)
def test_a_council_by_name_alias_or_code_is_its_ons_code(name):
    assert follow(councils=[name]).councils == (KINGSTON,)


@pytest.mark.parametrize(
    ("arguments", "complaint"),
    [
        ({"councils": ["Nowhere upon Sea"]}, "no one council"),
        ({"source_kinds": ["blog"]}, "unknown source kind"),
        ({"events": ["gossip"]}, "unknown event"),
        ({"events": ["text_match"]}, "needs a query"),
    ],
)
def test_a_follow_that_cannot_match_is_refused(arguments, complaint):
    with pytest.raises(FollowError, match=complaint):
        follow(**arguments)


def test_without_events_a_follow_gets_what_detectors_find_or_what_its_query_finds():
    assert follow(councils=["Kingston"]).wanted_events == DETECTED
    assert follow(query="Clarence").wanted_events == {"text_match"}
    assert follow(events=["review_status"], query="Clarence").wanted_events == {
        "review_status"
    }


def test_every_criterion_given_narrows_the_follow():
    seen = Seen()
    assert follow().matches(seen)
    assert follow(councils=["Richmond", "Kingston"]).matches(seen)
    assert not follow(councils=["Southwark"]).matches(seen)
    assert follow(source_kinds=["nhs_trust", "news"]).matches(seen)
    assert not follow(source_kinds=["council"]).matches(seen)
    assert not follow(events=["vanished_document"]).matches(seen)
    assert not follow(events=["review_mention"], query="Clarence").matches(seen)
    assert follow(events=["review_mention"], query="Clarence").matches(
        Seen(queries=frozenset({"Clarence"}))
    )


def test_a_follow_describes_only_what_it_narrows_by():
    assert follow().describe() == "everything"
    chosen = follow(["Southwark"], ["partnership"], ["review_status"], '"Child R"')
    assert (
        chosen.describe() == 'Southwark; partnership; review_status; search "Child R"'
    )


def test_a_follow_in_words_says_what_it_narrows_by():
    assert follow().in_words() == "everything casewatch finds"
    chosen = follow(
        councils=["Southwark", "Kingston"],
        source_kinds=["nhs_trust", "news"],
        events=["review_status", "text_match"],
        query='"Child R"',
    )
    assert chosen.in_words() == (
        "Southwark and Kingston upon Thames, from NHS trusts and local news,"
        " only changes in a review's status and new pages matching a search,"
        " the search “Child R”"
    )


def test_a_reporter_following_a_council_follows_its_joint_boards_too():
    """The Teeswide board serves four councils (the watch list's partnerships,
    casewatch/places/joint_partnerships.csv): its documents are each one's."""
    board = council_codes(partnership="Teeswide Safeguarding Adults Board")
    middlesbrough = follow(councils=["Middlesbrough"])
    seen = Seen(councils=board, source_kinds=frozenset({"partnership"}))
    assert middlesbrough.matches(seen)
    assert not follow(councils=["Darlington"]).matches(seen)


def test_a_reporter_following_a_council_follows_the_one_it_took_over():
    """A judgement of Cumbria County Council (abolished in 2023) is news for a
    reporter following Cumberland, and a story naming Cumbria's children's services
    is Cumbria's and both its successors'."""
    judged = council_codes(code="E10000006", name="Cumbria County Council")
    assert judged == {"E10000006", "E06000063", "E06000064"}
    seen = Seen(councils=judged, source_kinds=frozenset({"news"}))
    assert follow(councils=["Cumberland"]).matches(seen)
    assert follow(councils=["Cumbria County Council"]).matches(seen)
    assert not follow(councils=["Lancashire"]).matches(seen)
