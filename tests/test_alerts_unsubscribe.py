"""Unsubscribe links: tokens only this archive's key makes, and the follows they name
removed by the archive's server (a real Datasette), nothing else; a forged, altered
or replayed token changes nothing."""

from __future__ import annotations

import os
import stat
import threading

import pytest

from casewatch.alerts import private, subscriptions, tokens
from casewatch.alerts.follows import follow
from casewatch.alerts.unsubscribe import Outcome, answer

KEY = b"0123456789abcdef0123456789abcdef"
NAMED = [(12, "0123456789abcdef"), (13, "fedcba9876543210")]


def test_a_token_names_its_follows_under_its_key_only():
    made = tokens.token(KEY, NAMED)
    assert tokens.named(KEY, made) == NAMED
    assert tokens.named(b"another key of thirty-two bytes!", made) is None


@pytest.mark.parametrize(
    "altered",
    [
        lambda t: t.replace("12-", "14-", 1),  # another follow's id
        lambda t: t.replace("_13-fedcba9876543210", ""),  # fewer follows
        lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"),  # signature changed
        lambda t: t[:-5],  # cut short by a mail program
        lambda t: t.rpartition(".")[0],  # no signature
        lambda t: t + "é",
        lambda t: "",
        lambda t: "x" * 5000,
    ],
)
def test_an_altered_token_names_nothing(altered):
    assert tokens.named(KEY, altered(tokens.token(KEY, NAMED))) is None


def test_the_key_comes_from_the_environment_or_a_file_only_its_owner_reads(tmp_path):
    where = tmp_path / "private" / "subscriptions.db"
    with pytest.raises(private.NoSigningKey):
        private.signing_key(where, environ={})
    made = private.signing_key(where, create=True, environ={})
    key_file = where.parent / "unsubscribe.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert len(made) == 64
    assert private.signing_key(where, create=True, environ={}) == made
    given = {"CASEWATCH_SECRET": "s" * 32}
    assert private.signing_key(where, environ=given) == b"s" * 32
    with pytest.raises(private.NoSigningKey, match="at least 16"):
        private.signing_key(where, environ={"CASEWATCH_SECRET": "short"})


def test_runs_making_the_key_at_once_agree_on_one(tmp_path):
    where = tmp_path / "private" / "subscriptions.db"
    keys: list[bytes] = []
    start = threading.Barrier(4)

    def make():
        start.wait()
        keys.append(private.signing_key(where, create=True, environ={}))

    runs = [threading.Thread(target=make) for _ in range(4)]
    for run in runs:
        run.start()
    for run in runs:
        run.join()
    assert len(set(keys)) == 1
    assert len(keys[0]) == 64
    assert sorted(os.listdir(where.parent)) == ["unsubscribe.key"]


@pytest.fixture
def private_path(tmp_path, monkeypatch):
    monkeypatch.delenv("CASEWATCH_SECRET", raising=False)
    path = tmp_path / "private" / "subscriptions.db"
    db = private.open_private(path)
    subscriptions.subscribe(db, "reader@example.org", follow(councils=["Kingston"]))
    subscriptions.subscribe(db, "reader@example.org", follow(query="Clarence"))
    subscriptions.subscribe(db, "other@example.org", follow(councils=["Kingston"]))
    db.close()
    private.signing_key(path, create=True)
    return path


def follows_of(path):
    db = private.open_private(path)
    return {
        subscriber.email: [(each.id, each.nonce) for each in subscriber.follows]
        for subscriber in subscriptions.subscribers(db)
    }


def token_for(path, email, which=slice(None)):
    return tokens.token(private.signing_key(path), follows_of(path)[email][which])


def test_opening_a_link_changes_nothing_and_pressing_it_stops_its_follow(
    private_path,
):
    before = follows_of(private_path)
    first = token_for(private_path, "reader@example.org", slice(0, 1))

    assert answer(private_path, first, stop=False) is Outcome.CONFIRM
    assert follows_of(private_path) == before
    assert answer(private_path, first, stop=True) is Outcome.STOPPED
    after = follows_of(private_path)
    assert after["reader@example.org"] == before["reader@example.org"][1:]
    assert after["other@example.org"] == before["other@example.org"]
    # Replayed: nothing left to stop, and nothing else changes.
    assert answer(private_path, first, stop=True) is Outcome.ALREADY
    assert answer(private_path, first, stop=False) is Outcome.ALREADY
    assert follows_of(private_path) == after


def test_a_new_follow_given_a_removed_ones_id_does_not_answer_its_token(
    private_path,
):
    last = token_for(private_path, "other@example.org")
    assert answer(private_path, last, stop=True) is Outcome.STOPPED
    db = private.open_private(private_path)
    again = subscriptions.subscribe(db, "other@example.org", follow())
    # SQLite gives the highest id again after it was deleted.
    assert again == tokens.named(private.signing_key(private_path), last)[0][0]
    assert answer(private_path, last, stop=True) is Outcome.ALREADY
    assert [number for number, _ in follows_of(private_path)["other@example.org"]] == [
        again
    ]


def test_a_forged_token_is_refused_before_the_database_is_read(private_path):
    before = follows_of(private_path)
    named = follows_of(private_path)["reader@example.org"]
    forged = tokens.token(b"guessed key, sixteen or more bytes", named)
    assert answer(private_path, forged, stop=True) is Outcome.INVALID
    assert follows_of(private_path) == before


def test_without_a_key_or_subscriptions_nothing_can_be_done(tmp_path, monkeypatch):
    monkeypatch.delenv("CASEWATCH_SECRET", raising=False)
    nowhere = tmp_path / "private" / "subscriptions.db"
    assert answer(nowhere, tokens.token(KEY, NAMED), True) is Outcome.UNAVAILABLE
    private.signing_key(nowhere, create=True)
    made = tokens.token(private.signing_key(nowhere), NAMED)
    assert answer(nowhere, made, stop=True) is Outcome.UNAVAILABLE
    assert not nowhere.exists()
