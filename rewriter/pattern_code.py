"""Token patterns turned into Python code: one straight-line function per pattern instead of the
recursive search over its slots that `patterns._match` interprets.

The function makes the same depth-first search in the same order (a slot's word before skipping an
optional slot, the shortest skip of a gap first), so it finds the same span: each branch of the
search is written out, with the word positions as offsets from the start and the slot tests inline.
A slot of bare lemmas and forms is tested by its keys (what `Atom.matches` decides for them), any
other slot by its own `matches`, which remembers each form's answer. The code depends only on the
pattern's shape (each slot's kind, optional or not, a gap's length); the slots' keys and tests are
the function's defaults. So patterns of one shape share one compiled code object, compiled once per
pack: some two thousand shapes serve eight thousand patterns. The code is compiled with the pack and
stored with it, so a pattern met at first sight costs one function object, not a compilation.
"""
from __future__ import annotations

import builtins
import marshal
from collections.abc import Callable, Sequence
from types import CodeType, FunctionType
from typing import TYPE_CHECKING, Any, NamedTuple

from .morphology import WordAnalysis

if TYPE_CHECKING:
    from .patterns import Slot

Matcher = Callable[[Sequence[WordAnalysis], int], "tuple[int, int] | None"]

# a pattern whose written-out search would pass this many lines is left to the interpreter (each
# optional slot doubles what follows it; the longest rule pattern takes ~500)
_MAX_LINES = 1_000

# a slot's kind in a shape: one key, several keys, a slot's own test, or a gap of so many words
_KEY, _KEYS, _TEST = "key", "keys", "test"
Shape = tuple[tuple[str | int, bool], ...]

_CODE: dict[Shape, CodeType | None] = {}  # by shape; None: too long to write out
_GLOBALS: dict[str, Any] = {"__builtins__": builtins}
# code as stored in a pickled pack (marshal's bytes, one object per shape, so a pickle holds each once),
# and as loaded back from those bytes
_STORED: dict[CodeType, bytes] = {}
_LOADED: dict[bytes, CodeType] = {}


class Program(NamedTuple):
    """A pattern's code and the values its slots are tested with; the code is None when the search
    is too long to write out, and stored as marshal's bytes in a pickled pack."""

    code: CodeType | bytes | None
    values: tuple[Any, ...]

    def __reduce__(self) -> tuple[Any, ...]:
        code = self.code
        if isinstance(code, CodeType):
            code = _STORED.get(code) or _STORED.setdefault(code, marshal.dumps(code))
        return Program, (code, self.values)


def program_for(slots: Sequence[Slot]) -> Program:
    """The code of the pattern made of these slots, compiled once per shape in a process."""
    shape, values = _shape(slots)
    code = _CODE.get(shape, ...)
    if code is ...:
        code = _CODE[shape] = _compiled(shape)
    return Program(code, values)


def matcher_for(program: Program) -> Matcher | None:
    """A function `(words, start) -> (first, last) | None` equal to `patterns._match` from `start`, or
    None when the pattern has no code."""
    code = program.code
    if code is None:
        return None
    if isinstance(code, bytes):
        code = _LOADED.get(code) or _LOADED.setdefault(code, marshal.loads(code))
    return FunctionType(code, _GLOBALS, "match", program.values)


def _shape(slots: Sequence[Slot]) -> tuple[Shape, tuple[Any, ...]]:
    """Each slot's kind and whether it is optional, and the value each non-gap slot is tested with."""
    shape: list[tuple[str | int, bool]] = []
    values: list[Any] = []
    for slot in slots:
        if slot.gap:
            shape.append((slot.gap, False))
            continue
        keys = slot.keys if all(atom.is_plain for atom in slot.atoms) else None
        if keys is None:
            shape.append((_TEST, slot.optional))
            values.append(slot.matches)
        elif len(keys) == 1:
            shape.append((_KEY, slot.optional))
            values.append(next(iter(keys)))
        else:
            shape.append((_KEYS, slot.optional))
            values.append(keys)
    return tuple(shape), tuple(values)


def _compiled(shape: Shape) -> CodeType | None:
    tests, parameters = [], []
    for number, (kind, _) in enumerate(shape):
        if isinstance(kind, int):
            tests.append("")
            continue
        parameters.append(f"v{number}")
        tests.append({_KEY: f"v{number} in w.keys", _KEYS: f"not v{number}.isdisjoint(w.keys)", _TEST: f"v{number}(w)"}[kind])
    body = _branch(shape, tests, 0, "start", 0, None, 1)
    if len(body) > _MAX_LINES:
        return None
    source = "\n".join([f"def match(words, start, {', '.join(parameters)}):", "    n = len(words)", *body, "    return None"])
    names: dict[str, Any] = {}
    exec(compile(source, "<token pattern>", "exec"), _GLOBALS, names)  # noqa: S102 -- code written here from a shape, no outside text
    return names["match"].__code__


def _branch(shape: Shape, tests: list[str], i: int, base: str, offset: int, first: str | None, depth: int) -> list[str]:
    """The lines that continue a search at slot i, at word `base + offset`, with the match's first
    word `first` (None until a word is matched); falling through them means no match this way."""
    pad = "    " * depth
    at = f"{base} + {offset}" if offset else base
    if i == len(shape):
        if first is None:
            return []
        last = f"{base} + {offset - 1}" if offset > 1 else base if offset == 1 else f"{base} - 1"
        return [f"{pad}return {first}, {last}"]
    kind, optional = shape[i]
    if isinstance(kind, int):  # a gap of up to `kind` words
        if first is None:
            return []
        skip = f"g{i}"
        inner = _branch(shape, tests, i + 1, skip, 0, first, depth + 1) or [f"{pad}    pass"]
        return [
            f"{pad}for {skip} in range({at}, {at} + {kind + 1}):",
            f"{pad}    if {skip} > n:",
            f"{pad}        break",
            *inner,
        ]
    lines = []
    matched = _branch(shape, tests, i + 1, base, offset + 1, first or at, depth + 2)
    if matched:
        lines = [f"{pad}if {at} < n:", f"{pad}    w = words[{at}]", f"{pad}    if {tests[i]}:", *matched]
    if optional:
        lines += _branch(shape, tests, i + 1, base, offset, first, depth)
    return lines
