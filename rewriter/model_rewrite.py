"""The model rewrite: ask a chat model, check its reply with the guards, re-ask, else fall back offline.

The conversation is a generator that yields the messages to send and receives the model's reply,
so the same steps drive a blocking call (`rewrite`) and an awaited one (`arewrite`). Whatever the
model or the network does, the result is a reply that passed every guard, or the offline rewrite
(which may be the draft itself) with the reasons in `notes`.
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage

from .config import ModelSettings
from .errors import RewriterError, TextTooLong
from .findings import Finding, Report
from .guards import check_reply, clean_reply, guarded_draft
from .language import LanguageError
from .linter import Linter
from .prompting import Prompts, for_the_model, prompts_for, reask_message, refusal, rewrite_messages
from .regions import split_agent_text
from .reply_cache import ReplyCache, default_cache_folder, model_identity
from .rewrite import Fallback, ModelUsage, Rewriter, RewriteResult


@dataclass(frozen=True)
class ModelReply:
    text: str = ""
    cut_off: bool = False
    usage: ModelUsage = ModelUsage()
    error: str | None = None


@dataclass(frozen=True)
class ModelRequest:
    messages: list[BaseMessage]
    prompt_version: str


Conversation = Generator[ModelRequest, ModelReply, RewriteResult]


class ModelRewriter:
    """Rewrites drafts with a chat model under the guards; shares the offline Rewriter for fallbacks."""

    def __init__(self, llm: BaseChatModel, rewriter: Rewriter | None = None, settings: ModelSettings | None = None) -> None:
        settings = settings or ModelSettings()
        self.llm = llm
        self.offline = rewriter or Rewriter()
        self.linter: Linter = self.offline.linter
        self.reasks = settings.reasks
        self.cache = ReplyCache(default_cache_folder()) if settings.cache else None
        self.identity = model_identity(llm)
        self._structure_parts: dict[str, dict[str, str | None]] = {}

    def rewrite(self, text: str, lang: str | None = None, mark: bool = False) -> RewriteResult:
        conversation = self._conversation(text, lang, mark)
        try:
            request = next(conversation)
            while True:
                request = conversation.send(self._ask(request))
        except StopIteration as done:
            return done.value

    async def arewrite(self, text: str, lang: str | None = None, mark: bool = False) -> RewriteResult:
        conversation = self._conversation(text, lang, mark)
        try:
            request = next(conversation)
            while True:
                request = conversation.send(await self._aask(request))
        except StopIteration as done:
            return done.value

    async def arewrite_many(
        self,
        texts: Sequence[str],
        lang: str | None = None,
        mark: bool = False,
        concurrency: int = 4,
        on_result: Callable[[int, RewriteResult | RewriterError], None] | None = None,
    ) -> list[RewriteResult | RewriterError]:
        """Rewrite many drafts, at most `concurrency` at a time, in order; a draft in neither language
        gives its LanguageError in its place (a draft over the size limit, its TextTooLong)."""
        semaphore = asyncio.Semaphore(max(1, concurrency))

        async def one(index: int, text: str) -> RewriteResult | RewriterError:
            async with semaphore:
                try:
                    result: RewriteResult | RewriterError = await self.arewrite(text, lang, mark)
                except (LanguageError, TextTooLong) as error:
                    result = error
            if on_result:
                on_result(index, result)
            return result

        return list(await asyncio.gather(*(one(i, t) for i, t in enumerate(texts))))

    def _conversation(self, text: str, lang: str | None, mark: bool) -> Conversation:
        lang = lang or self.linter.detect_language(text)
        head, tail = split_agent_text(text)
        # Everything sent is what the model would read: invisible characters go before any check.
        body, context = for_the_model(head.strip()), for_the_model(tail)
        prompts = prompts_for(lang)
        report = self.linter.lint(body, lang)
        to_fix = self._for_the_model(report, prompts)
        if not to_fix:
            return self.offline.rewrite(text, lang, mark)
        reason = refusal(body) or refusal(context) or self._gap_in(report)
        if reason:
            return self._fallback(text, lang, mark, [f"model not asked: {reason}"], ModelUsage(), Fallback("not_asked", (reason,)))
        draft = guarded_draft(body, report)
        messages = rewrite_messages(prompts, body, context, to_fix)
        notes: list[str] = []
        usage = ModelUsage()
        fallback = Fallback("failed")
        for turn in range(1, self.reasks + 2):
            reply = yield ModelRequest(messages, prompts.version)
            usage += reply.usage
            if reply.error:
                notes.append(f"model failed: {reply.error}")
                fallback = Fallback("failed", (reply.error,))
                break
            cleaned = clean_reply(reply.text)
            rejections = check_reply(draft, cleaned, self.linter, reply.cut_off)
            if not rejections:
                return self._accepted(text, head, cleaned, tail, lang, notes, usage)
            notes.append(f"model reply {turn} rejected: " + "; ".join(r.note() for r in rejections))
            promised = next((r.details for r in rejections if r.problem == "commitments_new"), ())
            fallback = Fallback("rejected", tuple(r.problem for r in rejections), promised)
            problems = [(r.problem, r.details) for r in rejections]
            messages = [*messages, AIMessage(reply.text), reask_message(prompts, problems)]
        return self._fallback(text, lang, mark, notes, usage, fallback)

    def _for_the_model(self, report: Report, prompts: Prompts) -> list[Finding]:
        """The findings a model can act on: wording, and the parts it may add (never facts it would invent)."""
        parts = self._rule_parts(report.lang)
        return [f for f in report.findings if f.category != "structure" or parts.get(f.rule) in prompts.may_add]

    def _gap_in(self, report: Report) -> str | None:
        parts = self._rule_parts(report.lang)
        gaps = [f.text for f in report.findings if f.category == "structure" and parts.get(f.rule) is None]
        return f"the draft has gaps only the agent can fill ({', '.join(gaps)})" if gaps else None

    def _accepted(self, text: str, head: str, reply: str, tail: str, lang: str, notes: list[str], usage: ModelUsage) -> RewriteResult:
        if "\r\n" in head:
            reply = reply.replace("\n", "\r\n")
        leading, trailing = head[: len(head) - len(head.lstrip())], head[len(head.rstrip()):]
        final = leading + reply + trailing + tail
        return RewriteResult(
            text=final,
            original=text,
            source="llm",
            changed=final != text,
            findings_before=self.linter.lint(text, lang).findings,
            findings_after=self.linter.lint(final, lang).findings,
            notes=tuple(notes),
            lang=lang,
            usage=usage,
        )

    def _fallback(self, text: str, lang: str, mark: bool, notes: list[str], usage: ModelUsage, why: Fallback) -> RewriteResult:
        result = self.offline.rewrite(text, lang, mark)
        used = "the offline rules were used instead" if result.changed else "the draft is kept as it was"
        return replace(result, notes=(*notes, used, *result.notes), usage=usage, fallback=why)

    def _ask(self, request: ModelRequest) -> ModelReply:
        key, cached = self._cached(request)
        if cached:
            return cached
        try:
            reply = _model_reply(self.llm.invoke(request.messages))
        except Exception as error:  # noqa: BLE001 - whatever the model does, the draft is not lost
            return ModelReply(error=_one_line(error))
        self._store(key, reply)
        return reply

    async def _aask(self, request: ModelRequest) -> ModelReply:
        key, cached = self._cached(request)
        if cached:
            return cached
        try:
            reply = _model_reply(await self.llm.ainvoke(request.messages))
        except Exception as error:  # noqa: BLE001 - whatever the model does, the draft is not lost
            return ModelReply(error=_one_line(error))
        self._store(key, reply)
        return reply

    def _cached(self, request: ModelRequest) -> tuple[str, ModelReply | None]:
        if self.cache is None:
            return "", None
        key = ReplyCache.key(request.prompt_version, self.identity, request.messages)
        entry = self.cache.get(key)
        if entry is None:
            return key, None
        return key, ModelReply(entry["text"], entry.get("cut_off", False), ModelUsage(cache_hits=1))

    def _store(self, key: str, reply: ModelReply) -> None:
        if self.cache is not None and not reply.error:
            self.cache.put(key, {"text": reply.text, "cut_off": reply.cut_off})

    def _rule_parts(self, lang: str) -> dict[str, str | None]:
        """Structure rule ids with their reply part; a structure rule with no part is a gap check."""
        if lang not in self._structure_parts:
            rules = self.linter.rules(lang)
            self._structure_parts[lang] = {r.id: r.part for r in rules if r.category == "structure"}
        return self._structure_parts[lang]


def _model_reply(message: Any) -> ModelReply:
    usage = getattr(message, "usage_metadata", None) or {}
    finish = (getattr(message, "response_metadata", None) or {}).get("finish_reason")
    content = message.content
    if isinstance(content, list):  # content blocks: keep the text ones
        content = "".join(b if isinstance(b, str) else str(b.get("text", "")) for b in content if isinstance(b, (str, dict)))
    text = content if isinstance(content, str) else ""
    return ModelReply(
        text=text,
        cut_off=finish == "length",
        usage=ModelUsage(calls=1, input_tokens=usage.get("input_tokens", 0), output_tokens=usage.get("output_tokens", 0)),
    )


def _one_line(error: BaseException) -> str:
    said = str(error).strip().splitlines()
    return f"{type(error).__name__}: {said[0]}" if said else type(error).__name__
