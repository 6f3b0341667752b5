"""HTML as the plain text a reader sees, with every character traced to its place in the markup.

The trace lets a rewrite of that text go back into the HTML: only the characters of the
changed words are replaced, and every tag, attribute and style stays as it was.
Quoted blocks (<blockquote>) come out with the quote mark, so history is found as in plain text.
"""
from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html.parser import HTMLParser

from .regions import quoting_conventions

_HIDDEN = {"head", "style", "script", "title", "template"}
_BLOCKS = {"div", "li", "ul", "ol", "tr", "table", "section", "article", "header", "footer", "pre", "hr", "dl", "dt", "dd"}
_PARAGRAPHS = {"p", "h1", "h2", "h3", "h4", "h5", "h6"}
_SPACE = re.compile(r"[ \t\r\n\f]+")


@dataclass(frozen=True)
class Rendering:
    """`text` as read; `origins[i]` is the markup span character i came from, None if the layout made it."""

    text: str
    origins: tuple[tuple[int, int] | None, ...]


@dataclass(frozen=True)
class TextEdit:
    """Replace `text[start:end]` with `new`."""

    start: int
    end: int
    new: str


def render_html(markup: str) -> Rendering:
    renderer = _Renderer(markup)
    renderer.feed(markup)
    renderer.close()
    return Rendering("".join(renderer.chars), tuple(renderer.origins))


def apply_to_markup(markup: str, rendering: Rendering, edits: list[TextEdit]) -> str:
    """The markup with each edit of its rendered text made where those characters came from."""
    spliced: list[tuple[int, int, str]] = []
    for edit in edits:
        runs = _source_runs(rendering.origins[edit.start:edit.end])
        new = html.escape(edit.new, quote=False)
        if not runs:
            at = _insertion_point(rendering.origins, edit.start)
            runs = [(at, at)]
        spliced.append((*runs[0], new))
        spliced += [(start, end, "") for start, end in runs[1:]]
    for start, end, new in sorted(spliced, reverse=True):
        markup = markup[:start] + new + markup[end:]
    return markup


def _source_runs(origins: Sequence[tuple[int, int] | None]) -> list[tuple[int, int]]:
    """Contiguous stretches of markup behind these characters; tags between them are kept."""
    runs: list[tuple[int, int]] = []
    for origin in origins:
        if origin is None:
            continue
        if runs and runs[-1][1] == origin[0]:
            runs[-1] = (runs[-1][0], origin[1])
        elif not runs or origin[0] >= runs[-1][1]:
            runs.append(origin)
    return runs


def _insertion_point(origins: Sequence[tuple[int, int] | None], at: int) -> int:
    before = next((o[1] for o in reversed(origins[:at]) if o is not None), None)
    if before is not None:
        return before
    return next((o[0] for o in origins[at:] if o is not None), 0)


class _Renderer(HTMLParser):
    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=False)
        self.markup = markup
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", markup)]
        self.chars: list[str] = []
        self.origins: list[tuple[int, int] | None] = []
        self.hidden = self.quoted = self.preformatted = 0
        self.quote_mark = quoting_conventions().quote_mark

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open(tag)
        if tag == "br":
            self._layout("\n")
        elif tag == "hr":
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "hr"):
            self.handle_endtag(tag)

    def _open(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "blockquote":
            self._break()
            self.quoted += 1
        elif tag == "pre":
            self.preformatted += 1
        self._block_edge(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag == "blockquote":
            self._break()
            self.quoted = max(0, self.quoted - 1)
        elif tag == "pre":
            self.preformatted = max(0, self.preformatted - 1)
        self._block_edge(tag)

    def _block_edge(self, tag: str) -> None:
        if tag in _PARAGRAPHS:
            self._break(blank=True)
        elif tag in _BLOCKS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        start = self._offset()
        if self.preformatted:
            for i, ch in enumerate(data):
                if ch == "\n":
                    self._layout(ch, (start + i, start + i + 1))
                else:
                    self._emit(ch, (start + i, start + i + 1))
            return
        cursor = 0
        for space in _SPACE.finditer(data):
            self._emit_word(data[cursor:space.start()], start + cursor)
            if self.chars and self.chars[-1] not in " \n":
                self.chars.append(" ")
                self.origins.append((start + space.start(), start + space.end()))
            cursor = space.end()
        self._emit_word(data[cursor:], start + cursor)

    def handle_entityref(self, name: str) -> None:
        self._reference("&" + name)

    def handle_charref(self, name: str) -> None:
        self._reference("&#" + name)

    def _reference(self, opening: str) -> None:
        if self.hidden:
            return
        start = self._offset()
        end = start + len(opening) + (self.markup.startswith(";", start + len(opening)))
        for ch in html.unescape(self.markup[start:end]):
            self._emit(ch, (start, end))

    def _emit_word(self, word: str, start: int) -> None:
        for i, ch in enumerate(word):
            self._emit(ch, (start + i, start + i + 1))

    def _emit(self, ch: str, origin: tuple[int, int]) -> None:
        if self.quoted and (not self.chars or self.chars[-1] == "\n"):
            for mark in (self.quote_mark + " ") * self.quoted:
                self._layout(mark)
        self.chars.append(ch)
        self.origins.append(origin)

    def _layout(self, ch: str, origin: tuple[int, int] | None = None) -> None:
        self.chars.append(ch)
        self.origins.append(origin)

    def _break(self, blank: bool = False) -> None:
        """End the current line (and leave a blank one after a paragraph), unless that is done already."""
        while self.chars and self.chars[-1] == " ":
            self.chars.pop()
            self.origins.pop()
        if not self.chars:
            return
        ended = len(self.chars[-2:]) - len("".join(self.chars[-2:]).rstrip("\n"))
        for _ in range((2 if blank else 1) - ended):
            self._layout("\n")
