"""Data flows one way: the core never imports the adapters, pure modules stay pure."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
PURE = [
    "casewatch/text.py",
    "casewatch/items.py",
    "casewatch/sources.py",
    "casewatch/detectors",
    "casewatch/pages",
    "casewatch/alerts/compose.py",
    "casewatch/alerts/digest_html.py",
    "casewatch/alerts/follows.py",
    "casewatch/alerts/links.py",
    "casewatch/links.py",
    "casewatch/alerts/reasons.py",
    "casewatch/alerts/tokens.py",
]
IMPURE_MODULES = {"sqlite_utils", "sqlite3", "smtplib", "subprocess", "socket", "db"}


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def python_files(*places: str):
    for place in places:
        path = ROOT / place
        yield from sorted(path.rglob("*.py")) if path.is_dir() else [path]


@pytest.mark.parametrize("path", list(python_files("casewatch")), ids=str)
def test_core_never_imports_adapters(path):
    assert not imported(path) & {"spiders", "pipelines", "scheduler"}


@pytest.mark.parametrize("path", list(python_files(*PURE)), ids=str)
def test_parsers_text_and_detectors_do_no_io(path):
    assert not imported(path) & IMPURE_MODULES


@pytest.mark.parametrize("path", list(python_files("spiders")), ids=str)
def test_spiders_do_not_touch_the_database(path):
    assert not imported(path) & {"db", "sqlite_utils", "pipelines"}
