"""Aligning a text's tokens with its rewrite's, line by line first, as `git diff --word-diff` does.

A token-level `SequenceMatcher` over a whole long draft is quadratic where words repeat (every space,
every «заказ»): a 16 KB draft took 20 s to diff. Lines repeat far less, so the lines are aligned first
and only the lines that differ are aligned word by word.
"""
from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

Opcode = tuple[str, int, int, int, int]


def token_opcodes(old: Sequence[str], new: Sequence[str]) -> list[Opcode]:
    """`SequenceMatcher.get_opcodes()` over the two token lists: (tag, i1, i2, j1, j2), tag in
    equal/replace/delete/insert, neighbouring equal runs joined."""
    old_lines, new_lines = _line_starts(old), _line_starts(new)
    codes: list[Opcode] = []
    lines = SequenceMatcher(None, _keys(old, old_lines), _keys(new, new_lines), autojunk=False)
    for tag, a1, a2, b1, b2 in lines.get_opcodes():
        i1, i2, j1, j2 = old_lines[a1], old_lines[a2], new_lines[b1], new_lines[b2]
        if tag == "equal":
            codes.append(("equal", i1, i2, j1, j2))
            continue
        words = SequenceMatcher(None, old[i1:i2], new[j1:j2], autojunk=False)
        codes.extend((t, i1 + x1, i1 + x2, j1 + y1, j1 + y2) for t, x1, x2, y1, y2 in words.get_opcodes())
    return _joined(codes)


def _line_starts(tokens: Sequence[str]) -> list[int]:
    """The token index where each line starts, and the end: a line ends after a token holding a line break."""
    starts = [0] + [k + 1 for k, token in enumerate(tokens) if "\n" in token]
    if starts[-1] != len(tokens):
        starts.append(len(tokens))
    return starts


def _keys(tokens: Sequence[str], starts: list[int]) -> list[str]:
    return ["".join(tokens[a:b]) for a, b in zip(starts, starts[1:], strict=False)]


def _joined(codes: list[Opcode]) -> list[Opcode]:
    joined: list[Opcode] = []
    for code in codes:
        if joined and code[0] == joined[-1][0] == "equal":
            code = ("equal", joined[-1][1], code[2], joined[-1][3], code[4])
            joined.pop()
        joined.append(code)
    return joined
