"""What Datasette loads beside the archive: the plugin files and the page templates,
and the name the archive is served under whatever its file is called."""

from pathlib import Path

from casewatch.links import DATABASE

__all__ = ["DATABASE", "HERE", "PLUGINS", "TEMPLATES"]
HERE = Path(__file__).parent
PLUGINS = HERE / "plugins"
TEMPLATES = HERE / "templates"
