"""Where each MIME part sits in the raw bytes of a message.

The standard parser gives headers and payloads but not their byte offsets; a rewrite needs
them to splice one part's new payload in and leave every other byte as it came.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from email import policy
from email.message import Message
from email.parser import BytesHeaderParser

from .decode import InputError

_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_HEADER_PARSER = BytesHeaderParser(policy=policy.compat32)
# Mail clients nest a handful of levels (mixed > alternative > related); far past that is a malformed
# or hostile message, refused before it exhausts the stack.
MAX_DEPTH = 50


@dataclass(frozen=True)
class RawPart:
    """One part: its header block is `raw[start:body_start]`, its payload `raw[body_start:end]`."""

    start: int
    body_start: int
    end: int
    headers: Message
    children: tuple[RawPart, ...] = ()

    @property
    def content_type(self) -> str:
        return self.headers.get_content_type()

    @property
    def transfer_encoding(self) -> str:
        return str(self.headers.get("Content-Transfer-Encoding", "7bit")).strip().lower()

    @property
    def is_attachment(self) -> bool:
        return str(self.headers.get("Content-Disposition", "")).strip().lower().startswith("attachment")

    def walk(self) -> Iterator[tuple[RawPart, RawPart | None]]:
        """This part and every part inside it, depth first, with each part's parent."""
        stack: list[tuple[RawPart, RawPart | None]] = [(self, None)]
        while stack:
            part, parent = stack.pop()
            yield part, parent
            stack.extend((child, part) for child in reversed(part.children))


def parse_parts(raw: bytes) -> RawPart:
    """The message's part tree with byte offsets; a forwarded message (message/rfc822) stays one leaf.
    InputError for parts nested deeper than MAX_DEPTH."""
    return _part(raw, 0, len(raw), 0)


def _part(raw: bytes, start: int, end: int, depth: int) -> RawPart:
    if raw.startswith((b"\r\n", b"\n"), start):
        header_end = start
        body_start = start + (2 if raw.startswith(b"\r\n", start) else 1)
    else:
        blank = _BLANK_LINE.search(raw, start, end)
        header_end, body_start = (blank.start(), blank.end()) if blank else (end, end)
    headers = _HEADER_PARSER.parsebytes(raw[start:header_end])
    boundary = headers.get_boundary() if headers.get_content_maintype() == "multipart" else None
    if boundary and depth >= MAX_DEPTH:
        raise InputError(f"the message's parts are nested more than {MAX_DEPTH} levels deep")
    sections = _sections(raw, body_start, end, boundary) if boundary else []
    children = tuple(_part(raw, s, e, depth + 1) for s, e in sections)
    return RawPart(start, body_start, end, headers, children)


def _sections(raw: bytes, start: int, end: int, boundary: str) -> list[tuple[int, int]]:
    """The byte ranges between boundary lines; the line break before a boundary belongs to it."""
    delimiter = re.compile(rb"(\r?\n)?--" + re.escape(boundary.encode("ascii", "replace")) + rb"(--)?[ \t]*(?:\r?\n|\Z)")
    sections, opened = [], None
    for hit in delimiter.finditer(raw, start, end):
        if hit.group(1) is None and hit.start() != start:
            continue  # not at the start of a line
        if opened is not None:
            sections.append((opened, hit.start()))
        if hit.group(2):
            break
        opened = hit.end()
    return sections
