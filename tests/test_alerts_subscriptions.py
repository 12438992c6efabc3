"""Subscriptions: the commands, the YAML file, and a private file never published."""

from __future__ import annotations

import stat

import pytest
from click.testing import CliRunner

from casewatch.alerts import private, subscriptions
from casewatch.alerts.cli import alerts, list_subscriptions, subscribe, unsubscribe
from casewatch.alerts.follows import FollowError, follow
from casewatch.archive import files_root


@pytest.fixture
def options(tmp_path):
    return ["--db", str(tmp_path / "casewatch.db")]


def invoke(command, *arguments):
    result = CliRunner().invoke(command, [str(argument) for argument in arguments])
    return result.exit_code, result.output


def test_subscribe_list_and_unsubscribe(options):
    assert invoke(subscribe, "k@example.org", "--council", "RBK", *options) == (
        0,
        "follow 1 for k@example.org: Kingston upon Thames\n",
    )
    invoke(
        subscribe,
        "K@Example.org",
        "--query",
        '"Child R"',
        "--event",
        "text_match",
        *options,
    )
    _, listed = invoke(list_subscriptions, *options)
    assert listed.splitlines() == [
        "k@example.org (last digest: none yet)",
        "  1: Kingston upon Thames",
        '  2: text_match; search "Child R"',
    ]
    assert invoke(unsubscribe, "k@example.org", "--follow", 1, *options) == (
        0,
        "1 follow removed for k@example.org\n",
    )
    assert invoke(unsubscribe, "k@example.org", *options)[0] == 0
    assert invoke(list_subscriptions, *options) == (0, "")
    assert invoke(unsubscribe, "k@example.org", *options) == (
        1,
        "no such follow for k@example.org\n",
    )


@pytest.mark.parametrize(
    ("arguments", "complaint"),
    [
        (["not-an-address", "--council", "Kingston"], "not an e-mail address"),
        (["k@example.org", "--council", "Atlantis"], "no one council is called"),
        (["k@example.org", "--query", 'unbalanced "quote'], "is not valid"),
    ],
)
def test_a_bad_subscription_is_refused_with_the_reason(options, arguments, complaint):
    code, output = invoke(subscribe, *arguments, *options)
    assert code == 1
    assert complaint in output
    assert invoke(list_subscriptions, *options) == (0, "")


def test_loading_a_file_replaces_the_follows_of_those_it_lists(tmp_path, options):
    listed = tmp_path / "subscribers.yml"
    listed.write_text(
        "- email: k@example.org\n"
        "  follows:\n"
        "    - councils: [Kingston, E09000027]\n"
        "      source_kinds: nhs_trust\n"
        "      events: [review_mention, review_status]\n"
        "    - query: 'Clarence'\n"
        "- email: s@example.org\n"
        "  follows: [{councils: [Southwark]}]\n"
    )
    invoke(subscribe, "k@example.org", "--council", "Hull", *options)
    invoke(subscribe, "other@example.org", "--council", "Hull", *options)

    assert invoke(alerts, "load", listed, *options) == (0, "2 subscribers loaded\n")
    assert invoke(alerts, "load", listed, *options)[0] == 0
    db = private.open_private(private.default_path(tmp_path / "casewatch.db"))
    follows = {s.email: s.follows for s in subscriptions.subscribers(db)}
    assert follows["k@example.org"] == (
        follow(
            ["Kingston", "Richmond"], ["nhs_trust"], ["review_mention", "review_status"]
        ),
        follow(query="Clarence"),
    )
    assert follows["s@example.org"] == (follow(["Southwark"]),)
    assert follows["other@example.org"] == (follow(["Hull"]),)


def test_one_bad_entry_and_nothing_is_loaded(tmp_path):
    db = private.open_private(tmp_path / "subscriptions.db")
    with pytest.raises(FollowError, match="Atlantis"):
        subscriptions.load(
            db,
            "- {email: a@example.org, follows: [{councils: [Kingston]}]}\n"
            "- {email: b@example.org, follows: [{councils: [Atlantis]}]}\n",
        )
    with pytest.raises(FollowError, match="follows nothing"):
        subscriptions.load(db, "- {email: a@example.org}\n")
    assert subscriptions.subscribers(db) == []


def test_the_private_file_is_beside_the_archive_never_in_what_serve_publishes(
    tmp_path, monkeypatch
):
    monkeypatch.delenv("CASEWATCH_SUBSCRIPTIONS", raising=False)
    archive = tmp_path / "data" / "casewatch.db"
    path = private.default_path(archive)
    private.open_private(path).close()

    assert path == tmp_path / "data" / "private" / "subscriptions.db"
    assert path != archive
    assert not path.is_relative_to(files_root(archive))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
