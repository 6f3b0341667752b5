"""Lint Russian and Bulgarian support replies for officialese, evasion and missing parts.

    >>> from rewriter import lint
    >>> report = lint("Доводим до вашего сведения, что заказ отправлен.")
    >>> report.lang
    'ru'
"""
from __future__ import annotations

import threading

from .config import Config, ConfigError, load_config
from .language import LanguageError
from .linter import Finding, Linter, Report
from .messages import MessageReport, MessageRewrite, lint_message, rewrite_message
from .rewrite import Rewriter, RewriteResult
from .rules import CATEGORIES, PARTS, Rule, RulePackError

__all__ = [
    "CATEGORIES",
    "PARTS",
    "Config",
    "ConfigError",
    "Finding",
    "LanguageError",
    "Linter",
    "MessageReport",
    "MessageRewrite",
    "Report",
    "RewriteResult",
    "Rewriter",
    "Rule",
    "RulePackError",
    "lint",
    "lint_message",
    "load_config",
    "rewrite",
    "rewrite_message",
]

_rewriters: dict[Config, Rewriter] = {}
_rewriters_lock = threading.Lock()


def _shared(config: Config | None) -> Rewriter:
    config = config or Config()
    with _rewriters_lock:
        return _rewriters.setdefault(config, Rewriter(config))


def lint(text: str, lang: str | None = None, config: Config | None = None) -> Report:
    """Lint one reply with a process-wide Linter; `lang` is "ru", "bg" or None to detect it."""
    return _shared(config).linter.lint(text, lang)


def rewrite(text: str, lang: str | None = None, config: Config | None = None, mark: bool = False) -> RewriteResult:
    """Rewrite one reply by the rules' safe fixes, offline; facts, quotes and signatures stay as they are."""
    return _shared(config).rewrite(text, lang, mark)
