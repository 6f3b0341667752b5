"""Compiled rule packs kept on disk between runs, so a cold `rewrite --check` (a pre-send hook runs
one process per message) loads a pack instead of compiling ~1,000 patterns. A pack's regexes are kept
as the code `re` compiled them to, so loading one parses and compiles none of them again.

The key hashes everything the compiled pack is made from: the pack's YAML files, a team's own rule
files, and the engine modules whose objects are stored; any change compiles afresh. A cache that
cannot be read or written is skipped, never an error; a file that is not whole, not ours or not a
pack (a byte flipped, another program's pickle) is compiled over.
"""
from __future__ import annotations

import hashlib
import io
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .rules import builtin_pack_dir
from .user_folders import cache_root

T = TypeVar("T")
_MAGIC = b"rewriter-pack\n"
_DIGEST_SIZE = hashlib.sha256().digest_size
# `re`'s own compiler (Python 3.11 on); without it a stored regex is compiled again when a pack loads
_RE_COMPILER: Any = getattr(re, "_compiler", None)


def cached_pack(lang: str, sources: list[Path], compile_pack: Callable[[], T], kind: type[T]) -> T:
    """The pack compiled from `sources`, from the disk cache when those are unchanged; `kind` is its type."""
    root = cache_root()
    if root is None:
        return compile_pack()
    try:
        path = root / "packs" / f"{lang}-{_key(sources)}.pickle"
    except OSError:
        return compile_pack()  # an unreadable source: compiling says which, in words
    pack = _load(path)
    if isinstance(pack, kind):
        return pack
    pack = compile_pack()
    _store(path, pack)
    return pack


def _load(path: Path) -> object | None:
    """The stored object if the file is whole and ours (its digest checks out), else None."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    digest, payload = data[len(_MAGIC):len(_MAGIC) + _DIGEST_SIZE], data[len(_MAGIC) + _DIGEST_SIZE:]
    if not data.startswith(_MAGIC) or hashlib.sha256(payload).digest() != digest:
        return None
    try:
        return pickle.loads(payload)
    except Exception:  # noqa: BLE001 - a pickle from other engine code can fail in any way; compile afresh
        return None


def _store(path: Path, pack: object) -> None:
    try:
        buffer = io.BytesIO()
        _PackPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(pack)
        payload = buffer.getvalue()
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except (OSError, pickle.PicklingError):
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(_MAGIC + hashlib.sha256(payload).digest() + payload)
        os.replace(temporary, path)
    except (OSError, pickle.PicklingError, AttributeError, TypeError):  # a team's object that cannot be pickled
        Path(temporary).unlink(missing_ok=True)


class _PackPickler(pickle.Pickler):
    """Pickles a regex as its compiled code: a pack holds 300 (ru) to 1,300 (bg) of them, and parsing and
    compiling them again took half of a Russian pack's load and two thirds of a Bulgarian one's."""

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, re.Pattern):
            return _compiled_regex(obj) or NotImplemented
        return NotImplemented


def _compiled_regex(regex: re.Pattern[Any]) -> tuple[Callable[..., Any], tuple[Any, ...]] | None:
    """`_sre.compile` and the arguments `re` gave it for this regex (what `re.compile` does after parsing),
    checked to make the same regex again: the same source, flags, groups and code. None where they would
    not, or `re` is not as expected; that regex is then stored as its source."""
    try:
        parsed = _RE_COMPILER._parser.parse(regex.pattern, regex.flags)
        code = [int(op) for op in _RE_COMPILER._code(parsed, regex.flags)]  # plain ints: re's opcodes don't pickle
        names = dict(parsed.state.groupdict)
        by_number: list[str | None] = [None] * parsed.state.groups
        for name, number in names.items():
            by_number[number] = name
        arguments = (regex.pattern, regex.flags | parsed.state.flags, code, parsed.state.groups - 1, names, tuple(by_number))
        restore = _RE_COMPILER._sre.compile
        again = restore(*arguments)
    except Exception:  # noqa: BLE001 - another Python's `re` may differ in any way: store the source instead
        return None
    same = again == regex and again.groups == regex.groups and again.groupindex == regex.groupindex
    return (restore, arguments) if same else None


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
