"""Data flows one way: the core never imports the adapters, pure modules stay pure,
migrations depend on nothing that may change, and no two packages import each other."""

import ast
from graphlib import CycleError, TopologicalSorter
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


def module_name(path: Path) -> str:
    """`casewatch/places/__init__.py` is casewatch.places."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path) -> set[str]:
    """Every module an import in the file names, whole (`from casewatch import jobs`
    imports casewatch and casewatch.jobs), inside functions too."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


@pytest.mark.parametrize("path", list(python_files("db")), ids=str)
def test_migrations_and_the_schema_import_nothing_of_casewatch(path):
    """A migration that calls casewatch would give another result when it changes."""
    assert not {
        name for name in imported_modules(path) if name.split(".")[0] == "casewatch"
    }


def package_of(module: str) -> str:
    """The unit whose imports must not loop: casewatch.alerts for any of its
    modules, casewatch.jobs for a module of casewatch itself."""
    return ".".join(module.split(".")[:2])


def package_imports() -> dict[str, set[str]]:
    modules = {module_name(path): path for path in python_files("casewatch")}
    graph: dict[str, set[str]] = {package_of(name): set() for name in modules}
    for name, path in modules.items():
        graph[package_of(name)] |= {
            package_of(other)
            for other in imported_modules(path) & modules.keys()
            if package_of(other) != package_of(name)
        }
    return graph


def test_no_two_packages_of_casewatch_import_each_other():
    graph = package_imports()
    assert "casewatch.datasette" in graph["casewatch.jobs"]  # modules are resolved
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as error:
        pytest.fail(f"an import cycle: {' -> '.join(error.args[1])}")
