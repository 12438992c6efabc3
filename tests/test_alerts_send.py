"""Delivery through a real SMTP server (aiosmtpd) on 127.0.0.1: the right items to
the right people, nothing twice, nothing lost when the server is down or refuses."""

from __future__ import annotations

import email
import email.policy
import hashlib
from dataclasses import replace
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from click.testing import CliRunner

from casewatch.alerts import private, subscriptions
from casewatch.alerts.cli import alerts
from casewatch.alerts.follows import follow
from casewatch.alerts.items import Watermark, current_watermark
from casewatch.alerts.send import send_alerts
from casewatch.alerts.smtp import Settings
from db import open_db
from tests.ports import free_port
from tests.test_alerts_changes import KINGSTON, SOUTHWARK, Archive


def sha256_of(title: str) -> str:
    """A hand-written archive's document key (Archive.document)."""
    return hashlib.sha256(title.encode()).hexdigest()


class Inbox:
    """An SMTP server on loopback that keeps what it accepts and refuses some
    recipients."""

    def __init__(self, refuse: tuple[str, ...] = ()) -> None:
        self.refuse = set(refuse)
        self.messages: list[EmailMessage] = []
        self.port = free_port()
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(
            email.message_from_bytes(envelope.content, policy=email.policy.default)
        )
        return "250 OK"

    def to(self, address: str) -> list[EmailMessage]:
        return [message for message in self.messages if message["To"] == address]

    def __enter__(self) -> Inbox:
        self.controller.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.controller.stop()


def settings(port: int) -> Settings:
    return Settings(
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_security="none",
        sender="casewatch@example.org",
        admin_email="admin@example.org",
        public_url="https://casewatch.example",
        timeout=5,
    )


def text(message: EmailMessage) -> str:
    return message.get_body(("plain",)).get_content()


def html(message: EmailMessage) -> str:
    return message.get_body(("html",)).get_content()


@pytest.fixture
def archive(tmp_path):
    built = Archive(tmp_path / "casewatch.db")
    built.source("kingston-hospital", "nhs_trust", KINGSTON, "Kingston Hospital")
    built.source("southwark-board", "partnership", SOUTHWARK, "Southwark Board")
    pack = built.document(
        "kingston-hospital",
        "Trust Board Part 1 - July 2015",
        ["The serious case review has not been published due to risks."],
    )
    built.review_mention(pack, 1, "serious case review", "r1", "withheld")
    response = built.document(
        "southwark-board",
        "Child R response",
        ["Response to the Serious Case Review: Child R."],
    )
    built.review_mention(
        response, 1, "Serious Case Review", "r2", "published", subject="Child R"
    )
    built.db.close()
    return built


@pytest.fixture
def subscribed(archive, tmp_path):
    """Kingston, Southwark and Wandsworth followers; Wandsworth has nothing."""
    path = tmp_path / "private" / "subscriptions.db"
    db = private.open_private(path)
    subscriptions.subscribe(db, "kingston@example.org", follow(councils=["Kingston"]))
    subscriptions.subscribe(db, "southwark@example.org", follow(councils=["Southwark"]))
    subscriptions.subscribe(
        db, "wandsworth@example.org", follow(councils=["Wandsworth"])
    )
    db.close()
    return path


def run(archive, subscribed, port, show=print):
    return send_alerts(archive.path, settings(port), subscribed, show=show)


def test_each_subscriber_gets_their_items_in_text_and_html(archive, subscribed):
    with Inbox() as inbox:
        report = run(archive, subscribed, inbox.port)

    (kingston,) = inbox.to("kingston@example.org")
    assert (
        kingston["Subject"]
        == "casewatch: 1 new - Serious case review: withheld, not to be published"
    )
    assert "«serious case review»" in text(kingston)
    assert "Trust Board Part 1 - July 2015, page 1" in text(kingston)
    assert "Child R" not in text(kingston)
    assert ">serious case review</mark>" in html(kingston)
    assert "Why: it says a serious case review was withheld" in text(kingston)
    pack = sha256_of("Trust Board Part 1 - July 2015")
    assert f"https://casewatch.example/casewatch/documents/{pack}" in html(kingston)
    # The review's own page (every mention of it, its FOI draft), not a table row.
    assert 'casewatch/reviews/r1" style=' in html(kingston)
    assert "Review page: https://casewatch.example/casewatch/reviews/r1" in text(
        kingston
    )
    assert kingston["List-Unsubscribe"].startswith(
        "<https://casewatch.example/-/unsubscribe?token="
    )
    (southwark,) = inbox.to("southwark@example.org")
    assert "Serious case review (Child R): published" in text(southwark)
    assert inbox.to("wandsworth@example.org") == []
    assert report.nothing_new == 1
    assert not report.failed


def test_a_second_run_sends_nothing(archive, subscribed):
    with Inbox() as inbox:
        run(archive, subscribed, inbox.port)
        sent = len(inbox.messages)
        marks = [
            s.watermark
            for s in subscriptions.subscribers(private.open_private(subscribed))
        ]
        report = run(archive, subscribed, inbox.port)

    assert sent == 2
    assert len(inbox.messages) == sent
    assert report.sent == []
    # After the first run, everyone's next digest starts where the archive ends.
    end = replace(current_watermark(open_db(archive.path)), vanished="")
    assert {replace(Watermark.from_json(mark), vanished="") for mark in marks} == {end}


def test_a_returning_subscriber_is_not_sent_again_what_they_had(archive, subscribed):
    with Inbox() as inbox:
        run(archive, subscribed, inbox.port)
        db = private.open_private(subscribed)
        subscriptions.unsubscribe(db, "kingston@example.org")
        subscriptions.subscribe(
            db, "kingston@example.org", follow(councils=["Kingston"])
        )
        again = run(archive, subscribed, inbox.port)

    assert again.sent == []
    assert len(inbox.to("kingston@example.org")) == 1


def test_what_is_added_after_a_digest_comes_in_the_next_one_only(archive, subscribed):
    with Inbox() as inbox:
        run(archive, subscribed, inbox.port)
        later = Archive(archive.path)
        pack = later.document("kingston-hospital", "September pack", ["The SCR again."])
        later.review_mention(pack, 1, "SCR", "r1", "unknown")
        run(archive, subscribed, inbox.port)

    first, second = inbox.to("kingston@example.org")
    assert "July 2015" in text(first)
    # The review once more, told by September's pack, with both its sources.
    assert second["Subject"].startswith("casewatch: 1 new - ")
    assert "\r\n  September pack, page 1\r\n" in text(second)
    assert (
        "Stated in 2 sources: Trust Board Part 1 - July 2015, page 1;"
        " September pack, page 1" in text(second)
    )
    assert len(inbox.to("southwark@example.org")) == 1


def test_with_the_server_down_nothing_is_marked_sent_and_the_next_run_sends_once(
    archive, subscribed
):
    down = run(archive, subscribed, free_port())
    assert len(down.failed) == 2
    # Only Wandsworth, with nothing new, moved on.
    left = [
        s.watermark for s in subscriptions.subscribers(private.open_private(subscribed))
    ]
    assert left[:2] == ["{}", "{}"]
    assert left[2] != "{}"
    assert "cannot send through 127.0.0.1" in down.failed[0]

    with Inbox() as inbox:
        back = run(archive, subscribed, inbox.port)
        again = run(archive, subscribed, inbox.port)

    assert len(back.sent) == 2
    assert not back.failed
    assert again.sent == []
    assert len(inbox.to("kingston@example.org")) == 1
    assert len(inbox.to("southwark@example.org")) == 1
    ledger = private.open_private(subscribed)
    statuses = [
        row["status"]
        for row in ledger.query("select status from deliveries order by id")
    ]
    assert statuses == ["failed", "failed", "sent", "sent"]


def test_a_refused_recipient_blocks_no_one_else_and_is_retried(archive, subscribed):
    with Inbox(refuse=("kingston@example.org",)) as inbox:
        refused = run(archive, subscribed, inbox.port)
    assert refused.failed == ["kingston@example.org: 550 5.1.1 no such mailbox"]
    assert len(inbox.to("southwark@example.org")) == 1

    with Inbox() as inbox:
        retried = run(archive, subscribed, inbox.port)
    assert retried.sent == ["kingston@example.org (1 item)"]
    assert [message["To"] for message in inbox.messages] == ["kingston@example.org"]


def test_the_admin_hears_of_a_source_when_it_turns_broken_or_blocked(
    archive, subscribed
):
    failures = Archive(archive.path).db["failures"]
    failure = {
        "source": "kingston-hospital",
        "url": "https://kingstonhospital.example/board",
        "stage": "fetch",
        "error": "HttpError",
        "reason": "HTTP 500 from the server",
        "http_status": 500,
        "attempts": 1,
        "first_seen": "2026-01-01",
        "last_seen": "2026-01-01",
    }
    failures.insert(failure)
    with Inbox() as inbox:
        run(archive, subscribed, inbox.port)
        run(archive, subscribed, inbox.port)
        failures.insert(
            {
                **failure,
                "url": "https://kingstonhospital.example/robots.txt",
                "reason": "Forbidden by robots.txt",
                "http_status": None,
            }
        )
        run(archive, subscribed, inbox.port)

    first, second = inbox.to("admin@example.org")
    assert first["Subject"] == (
        "casewatch: 1 source (NHS trusts 1) turned broken or blocked"
    )
    assert text(first).splitlines()[2:4] == [
        "NHS trusts: 1 (broken 1)",
        "  kingston-hospital: broken, HTTP 500 from the server"
        " (https://kingstonhospital.example/board)",
    ]
    assert "  kingston-hospital: blocked, Forbidden by robots.txt" in text(second)


def test_a_dry_run_prints_the_digests_and_sends_and_marks_nothing(
    archive, subscribed, monkeypatch
):
    with Inbox() as inbox:
        monkeypatch.setenv("CASEWATCH_SMTP_HOST", "127.0.0.1")
        monkeypatch.setenv("CASEWATCH_SMTP_PORT", str(inbox.port))
        monkeypatch.setenv("CASEWATCH_SMTP_SECURITY", "none")
        monkeypatch.delenv("CASEWATCH_ADMIN_EMAIL", raising=False)
        arguments = [
            "send",
            "--db",
            str(archive.path),
            "--subscriptions",
            str(subscribed),
        ]
        dry = CliRunner().invoke(alerts, [*arguments, "--dry-run"])
        assert inbox.messages == []
        sent = CliRunner().invoke(alerts, arguments)

    assert dry.exit_code == 0, dry.output
    assert "To: kingston@example.org" in dry.output
    assert "2 digests would be sent, 1 with nothing new" in dry.output
    assert sent.exit_code == 0, sent.output
    assert "2 digests sent" in sent.output
    assert len(inbox.messages) == 2


@pytest.mark.parametrize(
    ("public_url", "warned"),
    [
        ("http://127.0.0.1:8001", "which only this machine can open"),
        ("http://localhost:8001", "which only this machine can open"),
        ("http://archive.example.org", "is not https"),
        ("https://archive.example.org", ""),
    ],
)
def test_digests_to_people_warn_of_a_public_url_they_cannot_use(
    archive, subscribed, public_url, warned
):
    with Inbox() as inbox:
        sent = send_alerts(
            archive.path,
            replace(settings(inbox.port), public_url=public_url),
            subscribed,
        )
    assert len(sent.sent) == 2
    assert [warned in each for each in sent.warnings] == ([True] if warned else [])
    for warning in sent.warnings:
        assert f"; warning: {warning}" in sent.summary()


def test_a_dry_run_does_not_warn(archive, subscribed):
    dry = replace(settings(free_port()), public_url="http://127.0.0.1:8001")
    report = send_alerts(
        archive.path, dry, subscribed, dry_run=True, show=lambda _: None
    )
    assert report.warnings == []
