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
from .rules import CATEGORIES, PARTS, Rule, RulePackError

__all__ = [
    "CATEGORIES",
    "PARTS",
    "Config",
    "ConfigError",
    "Finding",
    "LanguageError",
    "Linter",
    "Report",
    "Rule",
    "RulePackError",
    "lint",
    "load_config",
]

_linters: dict[Config, Linter] = {}
_linters_lock = threading.Lock()


def lint(text: str, lang: str | None = None, config: Config | None = None) -> Report:
    """Lint one reply with a process-wide Linter; `lang` is "ru", "bg" or None to detect it."""
    config = config or Config()
    with _linters_lock:
        linter = _linters.setdefault(config, Linter(config))
    return linter.lint(text, lang)
