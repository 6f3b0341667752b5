"""Which files `rewrite --check` reads: the files named, and in each folder named the drafts found in it.

A folder is walked recursively (hidden folders such as `.git` are passed over) for the files whose
name or path matches an `include` glob (`*.txt`, `*.eml` unless the config says otherwise). An
`exclude` glob leaves a file or a whole folder out, found or named: a named file it matches, or one
in a folder it matches, is listed as skipped, so a pre-commit hook that passes names still honours the
config. Globs match the path relative to the config file's folder (or as given, outside it), or the
file's or folder's own name; `*` also crosses `/`.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

DEFAULT_INCLUDE = ("*.txt", "*.eml")


@dataclass(frozen=True)
class Skipped:
    """A file that was not judged, and why (in neither language, excluded by the config)."""

    path: str
    reason: str


@dataclass(frozen=True)
class DraftFiles:
    """The drafts to read, in order, and the named files the excludes leave out."""

    paths: tuple[str, ...]
    excluded: tuple[str, ...]


def find_drafts(arguments: Sequence[str], include: Sequence[str], exclude: Sequence[str], base: Path) -> DraftFiles:
    """Expand folders among `arguments` into their drafts; `-` and missing paths pass through as named."""
    base = Path(os.path.abspath(base))
    paths: list[str] = []
    excluded: list[str] = []
    for argument in arguments:
        if argument != "-" and os.path.isdir(argument):
            paths += _walk(argument, include, exclude, base)
        elif argument != "-" and _excluded(argument, exclude, base):
            excluded.append(argument)
        else:
            paths.append(argument)
    return DraftFiles(tuple(dict.fromkeys(paths)), tuple(excluded))


def _walk(folder: str, include: Sequence[str], exclude: Sequence[str], base: Path) -> list[str]:
    found = []
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(d for d in folders if not d.startswith(".") and not _matches(os.path.join(root, d), exclude, base, d))
        for name in sorted(files):
            path = os.path.join(root, name)
            if _matches(path, include, base, name) and not _matches(path, exclude, base, name):
                found.append(path)
    return found


def _excluded(path: str, exclude: Sequence[str], base: Path) -> bool:
    """A named file is left out when an `exclude` glob matches it or a folder it lies in, as a walk would."""
    while path and not _matches(path, exclude, base, os.path.basename(path.rstrip("/"))):
        parent = os.path.dirname(path.rstrip("/"))
        if parent == path or os.path.abspath(parent) == os.path.abspath(base):
            return False
        path = parent
    return bool(path)


def _matches(path: str, globs: Iterable[str], base: Path, name: str | None = None) -> bool:
    relative = _relative(path, base)
    return any(fnmatchcase(relative, glob) or (name is not None and fnmatchcase(name, glob)) for glob in globs)


def _relative(path: str, base: Path) -> str:
    """`path` relative to `base` in `/` form when it lies inside, else as given (without a leading `./`)."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(base).as_posix()
    except ValueError:
        return Path(path).as_posix().removeprefix("./")
