"""The detectors' substring prefilters pass every text their patterns could match:
a status pattern's match holds one of STATUS_MARKS, a Caseless or Gated pattern's
one of its `needs`; and the gate's automata (`Words`) find every word a substring search
finds. Checked on every tuning passage of tests/corpus and every page of the
benchmarks' sample documents, sentence by sentence."""

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import casewatch.detectors as detectors
from benchmarks.samples import sample_pages
from casewatch.detectors import case_reviews, ofsted
from casewatch.detectors.base import Caseless, Gated, Words, folded
from casewatch.detectors.review_terms import STATUS, STATUS_MARKS
from tests import corpus_passages

ROOT = Path(__file__).parent.parent
SAMPLES = (ROOT / "casewatch" / "sample_sites" / "files", ROOT / "tests" / "fixtures")
TEXTS = [*corpus_passages.TEXTS.values(), *sample_pages(*SAMPLES)]
SENTENCES = [s for text in TEXTS for s in re.split(r"(?<=[.!?])\s+", text) if s]


def patterns_needing(kind: type) -> list[tuple[str, Caseless | Gated]]:
    found = {}
    for module in pkgutil.iter_modules(detectors.__path__):
        loaded = importlib.import_module(f"casewatch.detectors.{module.name}")
        for name, value in vars(loaded).items():
            if isinstance(value, kind) and value.needs:
                found[id(value)] = (f"{module.name}.{name}", value)
    return list(found.values())


def test_the_texts_hold_what_the_prefilters_guard():
    assert len(SENTENCES) > 5_000
    assert any(pattern.search(s) for _, pattern in STATUS for s in SENTENCES)


@pytest.mark.parametrize("status", sorted({status for status, _ in STATUS}))
def test_every_status_match_holds_a_mark(status):
    for sentence in SENTENCES:
        for name, pattern in STATUS:
            if name == status and pattern.search(sentence):
                low = " ".join(sentence.lower().split())
                assert any(mark in low for mark in STATUS_MARKS), sentence


@pytest.mark.parametrize(
    ("name", "pattern"),
    patterns_needing(Caseless),
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_every_caseless_match_holds_a_needed_word(name, pattern):
    matched = 0
    for text in TEXTS:
        for found in pattern.anycase.finditer(text):
            matched += 1
            assert any(word in found[0].lower() for word in pattern.needs), (
                name,
                found[0],
            )
    assert matched, f"{name} matches nothing here: the check checks nothing"


@pytest.mark.parametrize(
    ("name", "pattern"),
    patterns_needing(Gated),
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_every_gated_match_holds_a_needed_word_as_written(name, pattern):
    """A Gated pattern's words are as a page writes them: a page without one has
    no match, whatever its case."""
    for text in [*TEXTS, *GATED_EXAMPLES]:
        for found in pattern.compiled.finditer(text):
            assert any(word in found[0] for word in pattern.needs), (name, found[0])
    matched = [text for text in GATED_EXAMPLES if pattern.compiled.search(text)]
    assert matched, f"{name} matches no example: the check checks nothing"
    assert [m.span() for m in pattern.finditer(matched[0])] == [
        m.span() for m in pattern.compiled.finditer(matched[0])
    ]


def test_a_gated_pattern_is_searched_only_where_a_needed_word_is():
    gated = Gated(r"\ba\s+review\b", needs=("Review",))
    assert [m[0] for m in gated.finditer("the Review and a review")] == ["a review"]
    assert gated.search("a review") is None  # no "Review" on the page: not searched


# An entry of each shape a Gated pattern finds, as registers list them (the
# patterns' own comments), where the corpus may have none.
GATED_EXAMPLES = [
    "Surrey Safeguarding Adults Board (SSAB) Louise | published February 2024",
    "Child D Overview Report 2015",
    "2019 \u2013 Anonymous \u2013 SAR\nNext",
    "Lucy - SAR\nMiss J - SAR",
    "DHR01 - executive summary and DHR01 - action plan (October 2015)",
    "Damien published by Somerset SAB",
    "Kingston SAB; Ella \u2013 themes around Fabricated or Induced Illness",
    "Published Safeguarding Adults Reviews",
]


@pytest.mark.parametrize(
    ("words", "folds"),
    [
        (case_reviews._MARKS_AS_WRITTEN, False),
        (case_reviews._MARKS, True),
        (ofsted._WORDS, True),
    ],
    ids=["reviews as written", "reviews", "ofsted"],
)
def test_the_gates_automata_find_what_substring_searches_find(words, folds):
    """Every occurrence of every word, overlapping ones too: where str.find finds
    them, one after another, on each page."""
    held = 0
    for text in TEXTS:
        page = folded(text) if folds else text
        found = words.where(page)
        assert found == sorted(
            (at, word) for word in words.words for at in _occurrences(page, word)
        )
        assert words.held(page) == {word for word in words.words if word in page}
        held += bool(found)
    assert held > 100


def _occurrences(page: str, word: str) -> list[int]:
    found, at = [], page.find(word)
    while at >= 0:
        found.append(at)
        at = page.find(word, at + 1)
    return found


def test_overlapping_words_are_each_found():
    words = Words(["focused visit", "visit", "good"])
    assert words.where("a focused visit, good") == [
        (2, "focused visit"),
        (10, "visit"),
        (17, "good"),
    ]
    assert words.held("nothing here") == frozenset()


def test_a_lone_surrogate_from_broken_extraction_is_read_past():
    """Text a broken PDF or a badly decoded page leaves with a lone surrogate is
    searched as if it were a replacement character: same positions, same finds."""
    words = Words(["review", "scr"])
    assert words.where("\ud800 review") == [(2, "review")]
    text = (
        "The Serious Case Review into the death of Child T \udc80 was published in"
        " May 2015 by the Bexley Safeguarding Children Board."
    )
    clean = text.replace("\udc80", "\ufffd")
    found = detectors.find([text])
    assert [(m.rule_id, m.start, m.end) for m in found.mentions] == [
        (m.rule_id, m.start, m.end) for m in detectors.find([clean]).mentions
    ]
    assert [(r.subject, r.local_authority) for r in found.reviews] == [
        ("Child T", "Bexley")
    ]
