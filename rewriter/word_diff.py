"""`rewrite --diff`: what a rewrite changed, word by word, on the lines it changed.

Like `git diff --word-diff`: removed words as `[-…-]`, added ones as `{+…+}`, or, with color, in
red and green without the brackets. A rewrite mostly swaps a few words in a long paragraph; a
line diff would print the paragraph twice and leave the reader to find them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .alignment import token_opcodes
from .terminal import paint

# Words, runs of spaces, line breaks and single marks: joined again they are the text, byte for byte.
_TOKEN = re.compile(r"\n|[^\S\n]+|\w+|[^\w\s]")


@dataclass
class _Line:
    """One line of the original as shown: pieces of (kind, text), kind in equal/removed/added."""

    old_number: int
    new_number: int
    pieces: list[tuple[str, str]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(kind != "equal" for kind, _ in self.pieces)


def word_diff(original: str, new: str, name: str, color: bool = False) -> str:
    """The changed lines of `original` with their word changes marked, under `---`/`+++` and `@@` headers;
    an empty string when nothing changed."""
    if original == new:
        return ""
    out = [paint(f"--- a/{name}", "summary", color), paint(f"+++ b/{name}", "summary", color)]
    for line in _lines(word_changes(original, new)):
        if line.changed:
            out.append(paint(f"@@ -{line.old_number} +{line.new_number} @@", "info", color))
            out.append("".join(_render(kind, text, color) for kind, text in line.pieces).rstrip("\n"))
    return "\n".join(out) + "\n"


def word_changes(original: str, new: str) -> list[tuple[str, str]]:
    """(kind, text) pieces, kind in equal/removed/added: the equal and removed ones joined are `original`,
    the equal and added ones `new`, byte for byte."""
    old_tokens, new_tokens = _TOKEN.findall(original), _TOKEN.findall(new)
    codes = token_opcodes(old_tokens, new_tokens)
    pieces: list[tuple[str, str]] = []
    for i, (tag, a1, a2, b1, b2) in enumerate(codes):
        old, added = "".join(old_tokens[a1:a2]), "".join(new_tokens[b1:b2])
        between_changes = 0 < i < len(codes) - 1 and not old.strip() and "\n" not in old
        if tag == "equal" and not between_changes:
            pieces.append(("equal", old))
            continue
        # a lone space between two changes reads as part of them: «[-до вашего сведения-]», not four pieces
        if old:
            pieces.append(("removed", old))
        if added:
            pieces.append(("added", added))
    return _merged(pieces)


def _merged(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Neighbouring pieces of one kind joined; removals of a run before its additions."""
    merged: list[tuple[str, str]] = []
    for kind, text in pieces:
        run_start = len(merged)
        while run_start and merged[run_start - 1][0] != "equal":
            run_start -= 1
        if kind == "equal" or run_start == len(merged):
            merged.append((kind, text))
            continue
        run = merged[run_start:]
        removed = "".join(t for k, t in run if k == "removed") + (text if kind == "removed" else "")
        added = "".join(t for k, t in run if k == "added") + (text if kind == "added" else "")
        merged[run_start:] = [(k, t) for k, t in (("removed", removed), ("added", added)) if t]
    return merged


def _lines(pieces: list[tuple[str, str]]) -> list[_Line]:
    """Pieces cut into lines at the line breaks both texts share; a change spanning lines stays on one."""
    lines = [_Line(1, 1)]
    old_number = new_number = 1
    for kind, text in pieces:
        parts = text.split("\n") if kind == "equal" else [text]
        for j, part in enumerate(parts):
            if j:
                old_number, new_number = old_number + 1, new_number + 1
                lines[-1].pieces.append(("equal", "\n"))
                lines.append(_Line(old_number, new_number))
            if part:
                lines[-1].pieces.append((kind, part))
        if kind != "equal":
            old_number += text.count("\n") if kind == "removed" else 0
            new_number += text.count("\n") if kind == "added" else 0
    return lines


def _render(kind: str, text: str, color: bool) -> str:
    if kind == "equal":
        return text
    if color:
        return paint(text, kind, True)
    return f"[-{text}-]" if kind == "removed" else f"{{+{text}+}}"
