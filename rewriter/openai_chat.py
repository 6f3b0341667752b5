"""The default chat model: any OpenAI-compatible endpoint through the `openai` SDK (the only module
that imports it), with exactly one retry layer.

The SDK's own retries are off (`max_retries=0`); this module retries timeouts, dropped connections,
HTTP 429 and 5xx and malformed responses with backoff (honouring `Retry-After`) until a total
deadline, then raises, and the caller falls back to the offline rewrite.
"""
from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator
from typing import Any

import openai
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import ConfigDict, PrivateAttr, SecretStr
from tenacity import (
    AsyncRetrying,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    stop_before_delay,
    wait_random_exponential,
)

from .config import ModelSettings, model_configured

DEFAULT_MODEL = "gpt-4o-mini"
# A local server (Ollama, vLLM, llama.cpp) needs no key, but the SDK insists on one.
_NO_KEY = "not-needed"
_ROLES = {"system": "system", "human": "user", "ai": "assistant"}
_MAX_ATTEMPTS = 4
_backoff = wait_random_exponential(multiplier=0.5, max=8.0)


class MalformedResponse(ValueError):
    """A response that arrived but holds no reply: no choices, no content, or not JSON at all. Not an
    `openai.APIError`: the SDK's errors carry the HTTP request (openai 3.60 reads its headers), and this
    one is raised after the request is done."""


class OpenAICompatibleChat(BaseChatModel):
    """A chat model on any OpenAI-compatible `/chat/completions` endpoint, plain text in and out."""

    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: SecretStr = SecretStr(_NO_KEY)
    timeout: float = 30.0
    deadline: float = 60.0
    temperature: float | None = None
    model_config = ConfigDict(arbitrary_types_allowed=True)
    _client: Any = PrivateAttr(default=None)
    _async_client: Any = PrivateAttr(default=None)
    _async_loop: Any = PrivateAttr(default=None)
    _async_closer: Any = PrivateAttr(default=None)

    @property
    def _llm_type(self) -> str:
        return "openai-compatible"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model": self.model, "base_url": self.base_url, "temperature": self.temperature}

    def _request(self, messages: list[BaseMessage], stop: list[str] | None) -> dict[str, Any]:
        request: dict[str, Any] = {
            "model": self.model,
            "messages": [{"role": _ROLES.get(m.type, "user"), "content": m.content} for m in messages],
        }
        if self.temperature is not None:
            request["temperature"] = self.temperature
        if stop:
            request["stop"] = stop
        return request

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: Any = None, **kwargs: Any) -> ChatResult:
        if self._client is None:
            self._client = openai.OpenAI(**self._client_options())
        request, started = self._request(messages, stop), time.monotonic()
        for attempt in Retrying(**self._retry_policy()):
            with attempt:
                response = self._client.chat.completions.create(**request, timeout=self._time_left(started))
                return _chat_result(response)
        raise AssertionError("unreachable: tenacity re-raises the last error")

    async def _agenerate(
        self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: Any = None, **kwargs: Any
    ) -> ChatResult:
        loop = asyncio.get_running_loop()
        if self._async_client is None or self._async_loop is not loop:
            # an async client's connections belong to the event loop that opened them, and are closed
            # with it: asyncio.run finalises a loop's async generators before it closes the loop
            client = openai.AsyncOpenAI(**self._client_options())
            self._async_closer = _closed_with_the_loop(client)
            await self._async_closer.__anext__()
            self._async_client, self._async_loop = client, loop
        request, started = self._request(messages, stop), time.monotonic()
        async for attempt in AsyncRetrying(**self._retry_policy()):
            with attempt:
                response = await self._async_client.chat.completions.create(**request, timeout=self._time_left(started))
                return _chat_result(response)
        raise AssertionError("unreachable: tenacity re-raises the last error")

    def _client_options(self) -> dict[str, Any]:
        return {"api_key": self.api_key.get_secret_value(), "base_url": self.base_url, "max_retries": 0}

    def _time_left(self, started: float) -> float:
        return max(0.1, min(self.timeout, self.deadline - (time.monotonic() - started)))

    def _retry_policy(self) -> dict[str, Any]:
        return {
            "stop": stop_after_attempt(_MAX_ATTEMPTS) | stop_before_delay(self.deadline),
            "wait": self._wait,
            "retry": retry_if_exception(_is_transient),
            "reraise": True,
        }

    def _wait(self, state: Any) -> float:
        """The server's Retry-After when it gives one, else exponential backoff; never past the deadline."""
        error = state.outcome.exception() if state.outcome else None
        asked = _retry_after(error)
        left = self.deadline - state.seconds_since_start
        return max(0.0, min(asked if asked is not None else _backoff(state), left))


async def _closed_with_the_loop(client: openai.AsyncOpenAI) -> AsyncIterator[None]:
    """Started once on the loop a client belongs to; the loop's shutdown closes the generator, and so
    the client's pooled connections, while the loop still runs (else their sockets are torn down on a
    closed loop when collected: "Event loop is closed" tracebacks)."""
    try:
        yield
    finally:
        await client.close()


def _is_transient(error: BaseException) -> bool:
    if isinstance(error, (openai.APIConnectionError, openai.RateLimitError, openai.InternalServerError, MalformedResponse)):
        return True
    if isinstance(error, openai.APIStatusError):
        return error.status_code in (408, 409) or error.status_code >= 500
    return isinstance(error, (openai.APIResponseValidationError, ValueError))


def _retry_after(error: BaseException | None) -> float | None:
    response = getattr(error, "response", None)
    value = response.headers.get("retry-after") if response is not None else None
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _chat_result(response: Any) -> ChatResult:
    if isinstance(response, str) or not getattr(response, "choices", None):
        raise MalformedResponse("the response holds no choices")
    choice = response.choices[0]
    content = getattr(choice.message, "content", None)
    if not isinstance(content, str):
        raise MalformedResponse("the response holds no text")
    usage = getattr(response, "usage", None)
    message = AIMessage(
        content,
        response_metadata={"finish_reason": choice.finish_reason, "model_name": getattr(response, "model", None)},
        usage_metadata={
            "input_tokens": usage.prompt_tokens or 0,
            "output_tokens": usage.completion_tokens or 0,
            "total_tokens": usage.total_tokens or 0,
        } if usage is not None else None,
    )
    return ChatResult(generations=[ChatGeneration(message=message)])


def model_from_environment(settings: ModelSettings, name: str | None = None) -> OpenAICompatibleChat | None:
    """The configured model: OPENAI_API_KEY and/or a base URL (OPENAI_BASE_URL or config) make one;
    neither means no model, and the offline rewrite. `name` picks another model at the same endpoint."""
    return configured_model(settings, name) if model_configured(settings) else None


def configured_model(settings: ModelSettings, name: str | None = None) -> OpenAICompatibleChat:
    """The model at the configured endpoint, for a caller that has checked `model_configured`."""
    key = os.environ.get("OPENAI_API_KEY") or None
    base_url = os.environ.get("OPENAI_BASE_URL") or settings.base_url
    return OpenAICompatibleChat(
        model=name or os.environ.get("REWRITER_MODEL") or settings.name or DEFAULT_MODEL,
        base_url=base_url,
        api_key=SecretStr(key or _NO_KEY),
        timeout=settings.timeout,
        deadline=settings.deadline,
    )
