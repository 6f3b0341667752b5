"""Where the bundled data folders are: inside an installed wheel, or beside the package in a checkout."""
from __future__ import annotations

from importlib import resources
from pathlib import Path


def bundled_dir(name: str) -> Path:
    """The folder of bundled data `name` ("lint_rules", "prompts" or "catalogs").

    An install maps them to `rewriter.<name>`; a checkout run as `python -m rewriter…` from its own
    folder imports the source package, where they stand one level up.
    """
    try:
        return Path(str(resources.files(f"rewriter.{name}")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / name
