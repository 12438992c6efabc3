"""What Datasette loads beside the archive: one plugin file and the page templates."""

from pathlib import Path

HERE = Path(__file__).parent
PLUGINS = HERE / "plugins"
TEMPLATES = HERE / "templates"
