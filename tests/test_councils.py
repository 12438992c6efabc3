"""The councils a document concerns (casewatch/councils.py): each once, the most
direct way it is known first, and the councils that took over an abolished one."""

from casewatch.councils import strongest


def test_each_council_once_with_the_most_direct_way_it_is_known():
    found = [("E09000021", "text"), ("E09000021", "source"), ("E09000027", "record")]
    assert strongest(found) == {"E09000021": "source", "E09000027": "record"}


def test_an_abolished_councils_successors_are_known_as_it_is():
    """A story whose judgement is Cumbria County Council's is Cumberland's and
    Westmorland and Furness's too; a successor its source names stays the source's."""
    found = [("E10000006", "record"), ("E06000063", "source")]
    assert strongest(found) == {
        "E06000063": "source",
        "E10000006": "record",
        "E06000064": "record",
    }
