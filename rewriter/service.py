"""One engine for the CLI, the HTTP service and the pre-send gate: loaded once, called with plain arguments.

    >>> engine = Engine()
    >>> engine.lint("Доводим до вашего сведения, что заказ отправлен.").to_dict()["lang"]
    'ru'

Every result serialises itself (`to_dict`); every error a user can cause is a `RewriterError`.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .config import Config
from .errors import RewriterError
from .findings import Finding, Report
from .language import LanguageError
from .linter import Linter
from .mail import read_mail
from .messages import MessageReport, MessageRewrite
from .output import FileResult, text_lines
from .rewrite import RewriteResult
from .rules import LANGUAGES, SEVERITIES

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel


@dataclass(frozen=True)
class Verdict:
    """The gate's answer for one message: `header` is the X-Rewriter-Verdict value, `report` the lines
    printed when it blocks; `checked` is None for a reply in neither language."""

    blocks: bool
    header: str
    report: tuple[str, ...] = ()
    checked: MessageReport | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "blocks": self.blocks,
            "header": self.header,
            "report": list(self.report),
            **({"checked": self.checked.to_dict()} if self.checked else {}),
        }


class Engine:
    """Rule packs, pipelines and the configured model, loaded once; safe to share between threads."""

    def __init__(self, config: Config | None = None, llm: BaseChatModel | None = None) -> None:
        from . import _shared

        self.config = config or Config()
        self.llm = llm
        self.linter: Linter = _shared(self.config).linter

    def warm(self) -> None:
        """Load every language's rules and pipeline now, so the first request pays nothing."""
        for lang in LANGUAGES:
            self.linter.lint(".", lang)

    def lint(self, text: str, lang: str | None = None) -> Report:
        """Findings and reply parts; `lang` is "ru", "bg" or None to detect it (LanguageError if neither)."""
        return self.linter.lint(text, lang)

    def lint_with_fixes(self, text: str, lang: str | None = None) -> tuple[Report, dict[Finding, tuple[int, int, str]]]:
        """The report, and each finding's safe fix as (start, end, new): see `Rewriter.lint_with_fixes`."""
        from . import _shared

        return _shared(self.config).lint_with_fixes(text, lang)

    def rewrite(self, text: str, lang: str | None = None, *, offline: bool = False, mark: bool = False) -> RewriteResult:
        from . import rewrite

        return rewrite(text, lang, self.llm, self.config, mark=mark, offline=offline)

    async def arewrite(self, text: str, lang: str | None = None, *, offline: bool = False, mark: bool = False) -> RewriteResult:
        """`rewrite` for an event loop: the model is awaited, the offline rules run in a worker thread."""
        from . import arewrite

        return await arewrite(text, lang, self.llm, self.config, mark=mark, offline=offline)

    def rewrite_many(
        self,
        texts: Sequence[str],
        lang: str | None = None,
        *,
        offline: bool = False,
        mark: bool = False,
        concurrency: int = 4,
        on_result: Callable[[int, RewriteResult | RewriterError], None] | None = None,
    ) -> list[RewriteResult | RewriterError]:
        from . import rewrite_many

        return rewrite_many(
            texts, lang, self.llm, self.config, concurrency=concurrency, mark=mark, offline=offline, on_result=on_result
        )

    def lint_message(self, data: bytes, lang: str | None = None) -> MessageReport:
        from .messages import lint_message

        return lint_message(data, lang, self.config)

    def rewrite_message(self, data: bytes, lang: str | None = None, *, offline: bool = False, mark: bool = False) -> MessageRewrite:
        from .messages import rewrite_message

        return rewrite_message(data, lang, self.llm, self.config, mark=mark, offline=offline)

    def judge_message(self, data: bytes, lang: str | None = None, fail_on: str | None = None) -> Verdict:
        """The gate's verdict on a message's new text; a reply in neither language passes unjudged."""
        threshold = fail_on or self.config.fail_on
        draft = read_mail(data)
        try:
            report = self.linter.lint(draft.text, lang)
        except LanguageError:
            return Verdict(False, "skipped (not Russian or Bulgarian)")
        counts = Counter(f.severity for f in report.findings)
        summary = ", ".join(f"{counts[level]} {level}" for level in reversed(SEVERITIES) if counts[level]) or "no findings"
        blocks = report.fails(threshold)
        lines = tuple(line for line, _ in text_lines([FileResult("message", draft.text, report)]))
        checked = MessageReport(report, draft.text, draft.start, draft.end, draft.content_type, draft.charset)
        return Verdict(blocks, f"{'fail' if blocks else 'pass'} ({summary})", lines, checked)
