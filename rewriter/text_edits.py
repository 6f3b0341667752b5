"""What a rewrite changed, as edits, and the same edits carried over to another rendering of the text.

A message's HTML alternative says what its text/plain part says, laid out differently; the
words the rewrite changed in one are found in the other by aligning the two without whitespace.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from .alignment import token_opcodes
from .html_text import TextEdit

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


def diff_edits(old: str, new: str) -> list[TextEdit]:
    """The word-level edits that turn `old` into `new`, in `old`'s offsets."""
    old_tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(old)]
    new_tokens = [m.group() for m in _TOKEN.finditer(new)]
    starts = [start for start, _ in old_tokens] + [len(old)]
    words = [t for _, t in old_tokens]
    edits = []
    for tag, i1, i2, j1, j2 in token_opcodes(words, new_tokens):
        if tag == "delete":
            i1, i2 = _slid_right(words, i1, i2)
        if tag != "equal":
            edits.append(TextEdit(starts[i1], starts[i2], "".join(new_tokens[j1:j2])))
    return edits


def _slid_right(words: list[str], start: int, end: int) -> tuple[int, int]:
    """A deletion moved as far right as it reads the same: «x.\nY y.» loses «Y y.\n», not «.\nY y»,
    so the words deleted are whole lines and sentences, as a reader sees them."""
    while end < len(words) and words[start] == words[end]:
        start, end = start + 1, end + 1
    return start, end


def carry_edits(edits: list[TextEdit], source: str, target: str, target_span: tuple[int, int]) -> list[TextEdit]:
    """`edits` of `source` made at the same words of `target[span]`; an edit with no
    counterpart there (the two texts differ at that place) is left out."""
    source_chars = [i for i, ch in enumerate(source) if not ch.isspace()]
    target_chars = [j for j in range(*target_span) if not target[j].isspace()]
    matcher = SequenceMatcher(
        None, "".join(source[i] for i in source_chars), "".join(target[j] for j in target_chars), autojunk=False
    )
    aligned = {a + k: b + k for a, b, size in matcher.get_matching_blocks() for k in range(size)}
    rank = {offset: k for k, offset in enumerate(source_chars)}
    carried = []
    for edit in edits:
        inside = [rank[i] for i in range(edit.start, edit.end) if i in rank]
        if inside:
            first, last = aligned.get(inside[0]), aligned.get(inside[-1])
            if first is None or last is None or last - first != inside[-1] - inside[0]:
                continue
            start, end = target_chars[first], target_chars[last] + 1
        else:
            before = next((rank[i] for i in range(edit.start - 1, -1, -1) if i in rank), None)
            if before is None or before not in aligned:
                continue
            start = end = target_chars[aligned[before]] + 1
        if edit.start < edit.end and source[edit.start].isspace():
            start = _space_before(target, start)
        if edit.start < edit.end and source[edit.end - 1].isspace():
            end = _space_after(target, end)
        carried.append(TextEdit(start, end, re.sub(r"\s*\n\s*", " ", edit.new)))
    return carried


def _space_before(text: str, at: int) -> int:
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _space_after(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at
