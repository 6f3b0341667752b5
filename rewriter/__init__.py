"""Lint Russian and Bulgarian support replies for officialese, evasion and missing parts.

    >>> from rewriter import lint
    >>> report = lint("Доводим до вашего сведения, что заказ отправлен.")
    >>> report.lang
    'ru'
"""
from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Config, ConfigError, ModelSettings, load_config, model_configured
from .errors import RewriterError, TextTooLong
from .findings import Finding, Report
from .language import LanguageError
from .linter import Linter
from .messages import MessageReport, MessageRewrite, lint_message, rewrite_message
from .rewrite import Fallback, ModelUsage, Rewriter, RewriteResult
from .rules import CATEGORIES, PARTS, Rule, RulePackError
from .service import Engine, Verdict

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from .model_rewrite import ModelRewriter

__all__ = [
    "CATEGORIES",
    "PARTS",
    "Config",
    "ConfigError",
    "Engine",
    "Fallback",
    "Finding",
    "LanguageError",
    "Linter",
    "MessageReport",
    "MessageRewrite",
    "ModelSettings",
    "ModelUsage",
    "Report",
    "RewriteResult",
    "Rewriter",
    "RewriterError",
    "Rule",
    "RulePackError",
    "TextTooLong",
    "Verdict",
    "arewrite",
    "lint",
    "lint_message",
    "load_config",
    "rewrite",
    "rewrite_many",
    "rewrite_message",
]

try:
    __version__ = metadata.version("rewriter")
except metadata.PackageNotFoundError:  # a source folder that was never installed
    __version__ = "0+unknown"

# by the config and the file it came from: its errors name that file
_rewriters: dict[tuple[Config, Path | None], Rewriter] = {}
# The configured model is built once per config and environment (hashed: no key is kept in memory twice).
_MODEL_ENVIRONMENT = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "REWRITER_MODEL")
_configured_models: dict[tuple, ModelRewriter] = {}
_rewriters_lock = threading.Lock()


def _shared(config: Config | None) -> Rewriter:
    config = config or Config()
    with _rewriters_lock:
        key = (config, config.source)
        if key not in _rewriters:
            _rewriters[key] = Rewriter(config)
        return _rewriters[key]


def lint(text: str, lang: str | None = None, config: Config | None = None) -> Report:
    """Lint one reply with a process-wide Linter; `lang` is "ru", "bg" or None to detect it."""
    return _shared(config).linter.lint(text, lang)


def rewrite(
    text: str,
    lang: str | None = None,
    llm: BaseChatModel | None = None,
    config: Config | None = None,
    *,
    mark: bool = False,
    offline: bool = False,
) -> RewriteResult:
    """Rewrite one reply: with `llm` (any langchain-core chat model) or the model configured by
    OPENAI_API_KEY / OPENAI_BASE_URL, under the guards; else, or with `offline`, by the rules' safe fixes.
    Facts, quoted history and signatures stay byte for byte."""
    model = None if offline else _model_rewriter(llm, config)
    if model is None:
        return _shared(config).rewrite(text, lang, mark)
    return model.rewrite(text, lang, mark)


async def arewrite(
    text: str,
    lang: str | None = None,
    llm: BaseChatModel | None = None,
    config: Config | None = None,
    *,
    mark: bool = False,
    offline: bool = False,
) -> RewriteResult:
    """`rewrite`, awaiting the model instead of blocking on it; the offline rules run in a worker thread,
    so the event loop stays free."""
    model = None if offline else _model_rewriter(llm, config)
    if model is None:
        import asyncio

        return await asyncio.to_thread(_shared(config).rewrite, text, lang, mark)
    return await model.arewrite(text, lang, mark)


def rewrite_many(
    texts: Sequence[str],
    lang: str | None = None,
    llm: BaseChatModel | None = None,
    config: Config | None = None,
    *,
    concurrency: int = 4,
    mark: bool = False,
    offline: bool = False,
    on_result: Callable[[int, RewriteResult | RewriterError], None] | None = None,
) -> list[RewriteResult | RewriterError]:
    """Rewrite many replies, up to `concurrency` model requests at a time; results come in order, and
    a draft in neither language (or over the size limit) gives its LanguageError (TextTooLong) in its place. Not for use inside a running
    event loop: there, gather `arewrite` calls."""
    model = None if offline else _model_rewriter(llm, config)
    if model is None:
        rewriter = _shared(config)
        results: list[RewriteResult | RewriterError] = []
        for index, text in enumerate(texts):
            try:
                results.append(rewriter.rewrite(text, lang, mark))
            except (LanguageError, TextTooLong) as error:
                results.append(error)
            if on_result:
                on_result(index, results[-1])
        return results
    import asyncio

    return asyncio.run(model.arewrite_many(texts, lang, mark, concurrency, on_result))


def _model_rewriter(llm: BaseChatModel | None, config: Config | None) -> ModelRewriter | None:
    """The model path for `llm`, or for the configured model; None when there is no model at all.
    The model stack (langchain-core, openai) is imported only here, when a model is used."""
    config = config or Config()
    if llm is None and not model_configured(config.model):
        return None
    from .model_rewrite import ModelRewriter

    offline = _shared(config)
    if llm is None:
        key = (config, *(hashlib.sha256(os.environ.get(name, "").encode()).hexdigest() for name in _MODEL_ENVIRONMENT))
        with _rewriters_lock:
            if key not in _configured_models:
                from .openai_chat import configured_model

                _configured_models[key] = ModelRewriter(configured_model(config.model), offline, config.model)
            return _configured_models[key]
    return ModelRewriter(llm, offline, config.model)
