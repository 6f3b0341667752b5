"""The Python API for mail: lint and rewrite an `EmailMessage` (or the raw bytes of one) by its new text.

    >>> from rewriter import lint_message, rewrite_message
    >>> checked = lint_message(message)        # message: email.message.EmailMessage or bytes
    >>> checked.own_text                       # the agent's words; findings are offsets into checked.text
    >>> rewrite_message(message).data          # the whole message, only the body's words changed
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .config import Config
from .findings import Report
from .mail import MailDraft, read_mail
from .rewrite import RewriteResult

if TYPE_CHECKING:
    from email.message import EmailMessage

    from langchain_core.language_models import BaseChatModel


@dataclass(frozen=True)
class MessageReport:
    """`report`'s offsets point into `text`, the decoded body; `text[start:end]` is the agent's own words."""

    report: Report
    text: str
    start: int
    end: int
    content_type: str
    charset: str

    @property
    def own_text(self) -> str:
        return self.text[self.start:self.end]

    def to_dict(self) -> dict[str, object]:
        body = {"content_type": self.content_type, "charset": self.charset, "start": self.start, "end": self.end, "text": self.text}
        return {**self.report.to_dict(), "body": body}


@dataclass(frozen=True)
class MessageRewrite:
    """The rewrite of the body, and the whole message with it: `data` as bytes, `message` parsed."""

    result: RewriteResult
    data: bytes

    @property
    def message(self) -> EmailMessage:
        from email import policy
        from email.parser import BytesParser

        return BytesParser(policy=policy.default).parsebytes(self.data)

    def to_dict(self) -> dict[str, object]:
        """The rewrite, and the whole message as base64 (a message's bytes need not be UTF-8)."""
        import base64

        return {**self.result.to_dict(), "message_base64": base64.b64encode(self.data).decode("ascii")}


def lint_message(message: EmailMessage | bytes, lang: str | None = None, config: Config | None = None) -> MessageReport:
    """Lint the agent's new text in a message; quoted history, signature and attachments are left out."""
    from . import _shared

    draft = _read(message)
    report = _shared(config).linter.lint(draft.text, lang)
    return MessageReport(report, draft.text, draft.start, draft.end, draft.content_type, draft.charset)


def rewrite_message(
    message: EmailMessage | bytes,
    lang: str | None = None,
    llm: BaseChatModel | None = None,
    config: Config | None = None,
    *,
    mark: bool = False,
    offline: bool = False,
) -> MessageRewrite:
    """Rewrite the agent's new text in a message, as `rewrite` does a draft (with a model or by the
    rules); every other byte of the message stays as it came."""
    from . import rewrite

    draft = _read(message)
    result = rewrite(draft.text, lang, llm, config, mark=mark, offline=offline)
    return MessageRewrite(result, draft.encode(result.text))


def _read(message: EmailMessage | bytes) -> MailDraft:
    return read_mail(message if isinstance(message, (bytes, bytearray)) else message.as_bytes())
