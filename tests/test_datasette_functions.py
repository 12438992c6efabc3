"""The SQL functions the canned queries call, on their own."""

import sqlite3

import pytest

from casewatch.datasette.functions import (
    council_code,
    council_name,
    mark,
    register,
    same_review,
    search_terms,
)


def test_a_council_is_found_by_code_name_or_alias():
    assert {council_code(name) for name in ("E09000021", "Kingston", "RBK")} == {
        "E09000021"
    }
    assert council_code("Atlantis") is None
    assert council_name("E09000021") == "Kingston upon Thames"
    assert council_name("X99") == "X99"


def test_search_words_are_quoted_and_phrases_kept():
    assert search_terms("Child R's review") == '"Child" "R\'s" "review"'
    assert search_terms('"serious case review" Kingston') == (
        '"serious case review" "Kingston"'
    )
    assert search_terms("") == '""'


def test_mark_wraps_the_first_match_whatever_its_case():
    assert mark("The SCR was withheld. SCR", "scr") == (
        "The <mark>SCR</mark> was withheld. SCR"
    )
    assert mark("nothing here", "scr") == "nothing here"


@pytest.mark.parametrize(
    ("mentioned", "listed", "same"),
    [
        (("SCR", "Child A", 2015), ("SCR", "child a", 2016), True),
        (("LCSPR", None, 2021), ("CSPR", "Child C", 2020), True),
        (("SCR", None, None), ("SCR", "Child Z", 2009), True),
        (("SCR", "Child A", 2015), ("SCR", "Child B", 2015), False),
        (("SCR", "Child A", 2015), ("SCR", "Child A", 2017), False),
        (("SAR", "Adult B", 2019), ("DHR", "Adult B", 2019), False),
    ],
)
def test_a_review_is_the_registers_entry_when_nothing_they_both_say_differs(
    mentioned, listed, same
):
    assert same_review(*mentioned, *listed) is same


def test_the_functions_are_callable_from_sql():
    connection = sqlite3.connect(":memory:")
    register(connection)
    row = connection.execute(
        "select council_code('RBK'), search_terms(''), mark('a b', 'b'),"
        " same_review('SCR', null, null, 'SCR', null, null)"
    ).fetchone()
    assert row == ("E09000021", '""', "a <mark>b</mark>", 1)
