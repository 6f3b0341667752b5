"""Compiled rule packs kept on disk between runs, so a cold `rewrite --check` (a pre-send hook runs
one process per message) loads a pack instead of compiling ~1,000 patterns.

The key hashes everything the compiled pack is made from: the pack's YAML files, a team's own rule
files, and the engine modules whose objects are stored; any change compiles afresh. A cache that
cannot be read or written is skipped, never an error.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Callable, TypeVar

from .reply_cache import cache_root
from .rules import builtin_pack_dir

T = TypeVar("T")


def cached_pack(lang: str, sources: list[Path], compile_pack: Callable[[], T]) -> T:
    """The pack compiled from `sources`, from the disk cache when those are unchanged."""
    try:
        path = cache_root() / "packs" / f"{lang}-{_key(sources)}.pickle"
    except OSError:
        return compile_pack()  # an unreadable source: compiling says which, in words
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pack = compile_pack()
    _store(path, pack)
    return pack


def _store(path: Path, pack: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(pack, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except (OSError, pickle.PicklingError, AttributeError, TypeError):  # a team's object that cannot be pickled
        Path(temporary).unlink(missing_ok=True)


def _key(sources: list[Path]) -> str:
    """Content, not place: every engine module (any of them may shape what is pickled) and every rule
    file; a team's file by its path too, since its rules carry that path as their origin."""
    digest = hashlib.sha256(sys.version.encode())
    engine = sorted(Path(__file__).parent.glob("*.py"))
    bundled = set(builtin_pack_dir("ru").parent.glob("*/*.yaml"))
    for path in [*engine, *sorted(sources)]:
        name = path.name if path in engine or path in bundled else str(path.resolve())
        digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:32]
