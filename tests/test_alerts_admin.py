"""The admin's notice: a first national run's hundreds of broken sources as one
message grouped by kind of source, state and reason."""

from casewatch.alerts.admin import Trouble, notice, summary
from casewatch.alerts.compose import admin_message


def national_night() -> list[Trouble]:
    """What a first night over the whole watch list might turn up."""
    troubles = [
        Trouble(
            f"trust-{n:03}",
            "nhs_trust",
            "broken",
            "HTTP 404 from the server",
            f"https://trust{n}.nhs.uk/board-papers/",
        )
        for n in range(120)
    ]
    troubles += [
        Trouble(
            f"partnership-{n:02}",
            "partnership",
            "broken",
            "no crawl has listed a document: check its patterns",
        )
        for n in range(60)
    ]
    troubles += [
        Trouble(
            f"council-{n:02}",
            "council",
            "blocked",
            "HTTP 403 from the server",
            f"https://democracy.council{n}.gov.uk",
        )
        for n in range(18)
    ]
    troubles.append(
        Trouble(
            "kingston-hospital",
            "nhs_trust",
            "blocked",
            "Forbidden by robots.txt",
            "https://kingston.example/board",
        )
    )
    troubles.append(Trouble("entry-7", "", "broken", "entry 7: missing start_urls"))
    return troubles  # fmt: skip


def test_two_hundred_troubles_are_counted_by_kind_in_one_line():
    assert summary(national_night()) == (
        "200 sources (NHS trusts 121, partnerships 60, councils 18, "
        "watch-list entries 1)"
    )


def test_one_trouble_is_one_source():
    (kingston,) = [t for t in national_night() if t.slug == "kingston-hospital"]
    assert summary([kingston]) == "1 source (NHS trusts 1)"


def test_each_kind_gives_its_states_then_each_reason_once_with_its_sources():
    lines = notice(national_night()).splitlines()
    assert lines[0] == (
        "200 sources (NHS trusts 121, partnerships 60, councils 18, watch-list "
        "entries 1) turned broken or blocked since the last run."
    )
    assert lines[2:5] == [
        "NHS trusts: 121 (broken 120, blocked 1)",
        "  broken, HTTP 404 from the server: 120 sources",
        "    trust-000, trust-001, trust-002, trust-003, trust-004, trust-005,",
    ]
    robots = (
        "  kingston-hospital: blocked, Forbidden by robots.txt"
        " (https://kingston.example/board)"
    )
    assert robots in lines
    assert "Councils: 18 (blocked 18)" in lines
    assert "  entry-7: broken, entry 7: missing start_urls" in lines
    # every source is named once, and the message stays short enough to read
    assert sum(line.count("trust-") for line in lines) == 120
    assert len(lines) < 80


def test_a_few_troubles_are_listed_one_a_line_with_their_urls():
    troubles = national_night()[:2]
    assert notice(troubles).splitlines()[2:5] == [
        "NHS trusts: 2 (broken 2)",
        "  trust-000: broken, HTTP 404 from the server (https://trust0.nhs.uk/board-papers/)",
        "  trust-001: broken, HTTP 404 from the server (https://trust1.nhs.uk/board-papers/)",
    ]


def test_the_message_says_the_count_by_kind_in_its_subject():
    message = admin_message(
        national_night(), "casewatch@example.org", "admin@example.org"
    )
    assert message["Subject"].startswith("casewatch: 200 sources (NHS trusts 121,")
    assert "Partnerships: 60 (broken 60)" in message.get_content()
