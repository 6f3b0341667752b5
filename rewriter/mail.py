"""A support reply as it leaves the mail client: a MIME message, judged and rewritten by its new text only.

The body judged is the first text/plain part that is not an attachment (or, when there is
none, the HTML rendered as text); within it, quoted history and the signature are masked as
in any draft. A rewrite splices the re-encoded payload of that part (and of its HTML
alternative, with the same words changed) into the raw bytes, so headers, attachments and
every other part leave byte for byte as they came.
"""
from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .decode import InputError, decode_draft
from .regions import own_span
from .translation import N_

if TYPE_CHECKING:  # imported where a message is read or written: checking a plain draft needs no MIME or HTML parser
    from .html_text import Rendering
    from .mime import RawPart

_FIELD = re.compile(rb"[!-9;-~]+:")
_MAIL_FIELDS = {b"from", b"to", b"cc", b"subject", b"date", b"mime-version", b"content-type", b"message-id",
                b"received", b"return-path", b"reply-to", b"delivered-to", b"user-agent", b"x-mailer"}
_HEADER_SCAN = 65536


def looks_like_mail(data: bytes) -> bool:
    """True when the bytes open with an RFC 5322 header block naming at least two usual mail fields."""
    head = re.split(rb"\r?\n\r?\n", data[:_HEADER_SCAN], maxsplit=1)
    if len(head) < 2:
        return False
    names = set()
    for number, line in enumerate(head[0].splitlines()):
        if line[:1] in (b" ", b"\t") and number:
            continue
        if number == 0 and line.startswith(b"From "):
            continue  # an mbox envelope line
        field_name = _FIELD.match(line)
        if not field_name:
            return False
        names.add(field_name.group()[:-1].lower())
    return len(names & _MAIL_FIELDS) >= 2


@dataclass(frozen=True)
class _Body:
    """One text part: its payload decoded, and how to encode it back."""

    part: RawPart
    text: str
    charset: str
    line_end: bytes
    damage: str | None = None  # bytes that could not be read, as `Draft.damage`


@dataclass(frozen=True)
class MailDraft:
    """A message read for judging: `text` is its decoded body (HTML rendered as text when that is
    all there is); `text[start:end]` holds the agent's own words. `encode` gives the whole message back."""

    raw: bytes
    text: str
    start: int
    end: int
    content_type: str
    charset: str
    body: _Body = field(repr=False)
    html: _Body | None = field(repr=False, default=None)
    rendering: Rendering | None = field(repr=False, default=None)

    @property
    def damage(self) -> str | None:
        """What of the judged body could not be read (those bytes are U+FFFD in `text`); None when nothing."""
        return self.body.damage

    def span(self) -> dict[str, object]:
        """Where the judged text came from, for `--format json`."""
        return {"content_type": self.content_type, "charset": self.charset, "start": self.start, "end": self.end, "text": self.text}

    def encode(self, new_text: str) -> bytes:
        """The message with its body's text replaced by `new_text`; every other byte as it came."""
        if new_text == self.text:
            return self.raw
        from .html_text import apply_to_markup, render_html
        from .text_edits import carry_edits, diff_edits

        splices = []
        if self.rendering is not None:  # HTML is the body: carry the changes into its markup
            edits = diff_edits(self.text, new_text)
            splices += _splice_part(self.raw, self.body, apply_to_markup(self.body.text, self.rendering, edits))
        else:
            splices += _splice_part(self.raw, self.body, new_text)
            if self.html is not None:
                rendering = render_html(self.html.text)
                edits = carry_edits(diff_edits(self.text, new_text), self.text, rendering.text, own_span(rendering.text))
                splices += _splice_part(self.raw, self.html, apply_to_markup(self.html.text, rendering, edits))
        data = self.raw
        for start, end, new in sorted(splices, reverse=True):
            data = data[:start] + new + data[end:]
        return data


def mail_body(draft: object) -> dict[str, object] | None:
    """For `--format json`: where a message's judged text came from; None for a plain draft."""
    return draft.span() if isinstance(draft, MailDraft) else None


def read_mail(raw: bytes) -> MailDraft:
    """The message's body to judge; InputError when it has no text body we can read."""
    from .html_text import render_html
    from .mime import parse_parts

    root = parse_parts(raw)
    plain, html = _text_parts(root)
    if plain is not None:
        body = _decoded(raw, plain)
        alternative = _decoded(raw, html) if html is not None else None
        start, end = own_span(body.text)
        return MailDraft(raw, body.text, start, end, "text/plain", body.charset, body, alternative)
    if html is None:
        raise InputError(N_("this message has no text body to check"))
    body = _decoded(raw, html)
    rendering = render_html(body.text)
    start, end = own_span(rendering.text)
    return MailDraft(raw, rendering.text, start, end, "text/html", body.charset, body, None, rendering)


def _text_parts(root: RawPart) -> tuple[RawPart | None, RawPart | None]:
    """The first inline text/plain part, and the text/html beside it (or the first inline one)."""
    plain = html = None
    for part, parent in root.walk():
        if part.children or part.is_attachment:
            continue
        if part.content_type == "text/plain" and plain is None:
            plain = part
            alternative = parent if parent is not None and parent.content_type == "multipart/alternative" else None
            inside = [p for p, _ in alternative.walk()] if alternative else []  # the HTML may sit in a multipart/related
            html = next((p for p in inside if p.content_type == "text/html" and not p.is_attachment), None)
            return plain, html
        if part.content_type == "text/html" and html is None:
            html = part
    return plain, html


def _decoded(raw: bytes, part: RawPart) -> _Body:
    payload = raw[part.body_start:part.end]
    line_end = b"\r\n" if b"\r\n" in payload else b"\n"
    data = _transfer_decoded(payload, part.transfer_encoding)
    declared = part.headers.get_content_charset()
    if declared:
        try:
            charset = codecs.lookup(declared).name
            return _Body(part, data.decode(charset), charset, line_end)
        except LookupError:
            raise InputError(f"the message's body is in an unknown charset {declared!r}") from None
        except UnicodeDecodeError:
            pass  # mislabeled: tell the charset from the content, as for a draft
    draft = decode_draft(data)
    return _Body(part, draft.text, codecs.lookup(draft.encoding).name, line_end, draft.damage)


def _transfer_decoded(payload: bytes, encoding: str) -> bytes:
    if encoding == "base64":
        letters = re.sub(rb"[^A-Za-z0-9+/]", b"", payload)
        try:
            return base64.b64decode(letters + b"=" * (-len(letters) % 4))
        except binascii.Error:
            raise InputError(N_("the message's body is broken base64")) from None
    if encoding == "quoted-printable":
        return quopri.decodestring(payload)
    return payload


def _transfer_encoded(data: bytes, encoding: str, line_end: bytes, trailing_break: bool) -> bytes:
    if encoding == "base64":
        encoded = base64.encodebytes(data).replace(b"\n", line_end)
    elif encoding == "quoted-printable":
        encoded = quopri.encodestring(data.replace(b"\r\n", b"\n")).replace(b"\n", line_end)
    else:
        return data
    encoded = encoded.rstrip(line_end) if not trailing_break and encoded.endswith(line_end) else encoded
    return encoded


def _splice_part(raw: bytes, body: _Body, new_text: str) -> list[tuple[int, int, bytes]]:
    """(start, end, bytes) splices: the part's new payload, and its charset if the text needs another."""
    part = body.part
    charset = body.charset
    try:
        data = new_text.encode(charset)
    except UnicodeEncodeError:
        if part.content_type == "text/html":  # the markup's own <meta> must not contradict the part's charset
            new_text = _META_CHARSET.sub(r"\g<1>utf-8", new_text)
        charset, data = "utf-8", new_text.encode("utf-8")
    old_payload = raw[part.body_start:part.end]
    payload = _transfer_encoded(data, part.transfer_encoding, body.line_end, old_payload.endswith(body.line_end))
    splices = [(part.body_start, part.end, payload)]
    if charset != body.charset:
        header = raw[part.start:part.body_start]
        splices.append((part.start, part.body_start, _with_charset(header, charset, body.line_end)))
    return splices


_META_CHARSET = re.compile(r"""(<meta\b[^>]*?charset\s*=\s*["']?)[\w-]+""", re.IGNORECASE)
_CONTENT_TYPE = re.compile(rb"(?im)^content-type:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*")
_CHARSET_PARAM = re.compile(rb'(?i)(charset\s*=\s*)("?)[^";\s]*("?)')


def _with_charset(header: bytes, charset: str, line_end: bytes) -> bytes:
    """The part's header block with its Content-Type charset set to `charset`, added if missing."""
    name = charset.encode("ascii")
    field_ = _CONTENT_TYPE.search(header)
    if field_ is None:
        return b'Content-Type: text/plain; charset="' + name + b'"' + line_end + header
    value = field_.group()
    if _CHARSET_PARAM.search(value):
        value = _CHARSET_PARAM.sub(lambda m: m.group(1) + m.group(2) + name + m.group(3), value, count=1)
    else:
        value += b'; charset="' + name + b'"'
    return header[:field_.start()] + value + header[field_.end():]
