"""The HTTP service: the native JSON API (v1), LanguageTool's API (v2) and the web page, over one Engine per worker.

Errors are one line for a person: `{"error": "…"}` on v1, plain text on v2 as LanguageTool answers.
Drafts are never logged: the access log has the method, the path without its query, status, size and time.
"""
from __future__ import annotations

import asyncio
import hmac
import json
import logging
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.datastructures import QueryParams
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import languagetool
from .config import load_config
from .errors import RewriterError
from .findings import Finding, Report
from .language import LanguageError
from .openapi import openapi_schema
from .rules import LANGUAGES, SEVERITIES
from .service import Engine

SETTINGS_VARIABLE = "REWRITER_SERVE_SETTINGS"
TOKEN_VARIABLE = "REWRITER_TOKEN"
access_log = logging.getLogger("rewriter.access")
log = logging.getLogger("rewriter.serve")
T = TypeVar("T")


@dataclass(frozen=True)
class ServeSettings:
    """What a worker needs to know; handed to uvicorn's workers through the environment (the token apart)."""

    max_body: int = 1_000_000       # bytes
    timeout: float = 30.0           # seconds for one check or rewrite
    token: str | None = None        # bearer token every API call must carry; None: none needed
    cors_origins: tuple[str, ...] = ()
    config: str | None = None       # a rewriter.toml or pyproject.toml; None: found from the current folder

    def environment(self) -> dict[str, str]:
        shown = {k: v for k, v in asdict(self).items() if k != "token"}
        return {SETTINGS_VARIABLE: json.dumps(shown)}

    @classmethod
    def from_environment(cls) -> ServeSettings:
        values = json.loads(os.environ.get(SETTINGS_VARIABLE, "{}"))
        values["cors_origins"] = tuple(values.get("cors_origins", ()))
        return cls(**values, token=os.environ.get(TOKEN_VARIABLE) or None)


class ApiError(Exception):
    """A request the API refuses: its HTTP status and one line for the caller."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def app_from_environment() -> Starlette:
    """The app a uvicorn worker builds (`--workers N` needs an import string, so settings come by environment)."""
    logging.basicConfig(level=os.environ.get("REWRITER_LOG_LEVEL", "INFO"), format="%(message)s")
    return create_app(ServeSettings.from_environment())


def create_app(settings: ServeSettings | None = None, engine: Engine | None = None) -> Starlette:
    settings = settings or ServeSettings()

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        loaded = engine or Engine(load_config(Path(settings.config)) if settings.config else load_config())
        await asyncio.to_thread(loaded.warm)
        app.state.engine = loaded
        yield

    web = str(resources.files("rewriter") / "web")
    routes = [
        Route("/", lambda request: FileResponse(os.path.join(web, "index.html")), methods=["GET"]),
        Mount("/static", StaticFiles(directory=web), name="static"),
        Route("/openapi.json", lambda request: JSONResponse(openapi_schema()), methods=["GET"]),
        Route("/v1/health", health, methods=["GET"]),
        Route("/v1/lint", lint, methods=["POST"]),
        Route("/v1/rewrite", rewrite, methods=["POST"]),
        Route("/v1/message", message, methods=["POST"]),
        Route("/v2/languages", lt_languages, methods=["GET"]),
        Route("/v2/check", lt_check, methods=["GET", "POST"]),
    ]
    middleware = [Middleware(AccessLog)]
    if settings.cors_origins:
        middleware.append(Middleware(
            CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"], max_age=600,
        ))
    handlers: dict[Any, Callable[..., Awaitable[Response]]] = {
        ApiError: _api_error, RewriterError: _user_error, 404: _not_found, 405: _not_allowed, Exception: _internal,
    }
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan, exception_handlers=handlers)
    app.state.settings = settings
    return app


async def health(request: Request) -> Response:
    _engine(request)
    return JSONResponse({"status": "ok", "languages": list(LANGUAGES)})


async def lint(request: Request) -> Response:
    _authorize(request)
    body = await _json_body(request)
    text, lang = _text(body), _lang(body.get("lang"))
    report = await _in_thread(request, _engine(request).lint, text, lang)
    return JSONResponse(report.to_dict())


async def rewrite(request: Request) -> Response:
    _authorize(request)
    body = await _json_body(request)
    text, lang = _text(body), _lang(body.get("lang"))
    offline, mark = _flag(body, "offline"), _flag(body, "mark")
    engine = _engine(request)
    result = await _within(request, engine.arewrite(text, lang, offline=offline, mark=mark))
    return JSONResponse(result.to_dict())


async def message(request: Request) -> Response:
    """A raw .eml: the gate's verdict on its new text and, unless `rewrite=false`, the rewritten message."""
    _authorize(request)
    data = await _read_body(request)
    query = request.query_params
    lang = _lang(query.get("lang"))
    fail_on = query.get("fail_on")
    if fail_on is not None and fail_on not in SEVERITIES:
        raise ApiError(422, f"fail_on must be one of: {', '.join(SEVERITIES)}")
    engine = _engine(request)
    verdict = await _in_thread(request, engine.judge_message, data, lang, fail_on)
    answer: dict[str, Any] = {"verdict": verdict.to_dict()}
    if verdict.checked is not None and _query_flag(query, "rewrite", True):
        offline, mark = _query_flag(query, "offline", False), _query_flag(query, "mark", False)
        rewritten = await _in_thread(request, lambda: engine.rewrite_message(data, lang, offline=offline, mark=mark))
        answer["rewrite"] = rewritten.to_dict()
    return JSONResponse(answer)


async def lt_languages(request: Request) -> Response:
    return JSONResponse(languagetool.languages())


async def lt_check(request: Request) -> Response:
    params: dict[str, object] = dict(request.query_params)
    if request.method == "POST":
        params.update(_check_body(await _read_body(request), request.headers.get("content-type", "")))
    api_key = params.get("apiKey")
    _authorize(request, api_key if isinstance(api_key, str) else None)
    check = languagetool.parse_check(params)
    checked = await _in_thread(request, _lint_or_none, _engine(request), check.text.plain, check.language)
    return JSONResponse(languagetool.check_response(check, *checked))


def _lint_or_none(engine: Engine, text: str, lang: str | None) -> tuple[Report | None, dict[Finding, tuple[int, int, str]]]:
    """A text in neither language gets no matches, as LanguageTool answers a language it lacks."""
    try:
        return engine.lint_with_fixes(text, lang)
    except LanguageError:
        return None, {}


def _check_body(body: bytes, content_type: str) -> dict[str, object]:
    """Form-encoded as LanguageTool expects; JSON too (some clients send a form under a JSON content type)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise languagetool.CheckRequestError("Error: the request body is not UTF-8") from None
    if "json" in content_type or text.lstrip().startswith("{"):
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        if isinstance(value, dict):
            return {k: v if isinstance(v, (str, dict)) else json.dumps(v) for k, v in value.items()}
    params: dict[str, object] = {}
    for key, value in parse_qsl(text, keep_blank_values=True):
        params.setdefault(key, value)
    return params


def _engine(request: Request) -> Engine:
    engine = getattr(request.app.state, "engine", None)
    if engine is None:
        raise ApiError(503, "the rule packs are still loading")
    return engine


def _authorize(request: Request, api_key: str | None = None) -> None:
    token = request.app.state.settings.token
    if token is None:
        return
    given = request.headers.get("authorization", "")
    if hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
        return
    if api_key is not None and hmac.compare_digest(api_key.encode(), token.encode()):
        return
    raise ApiError(401, "this server needs a bearer token: send 'Authorization: Bearer <token>'")


async def _read_body(request: Request) -> bytes:
    limit = request.app.state.settings.max_body
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ApiError(413, f"the body is over the limit of {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"the body is over the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def _json_body(request: Request) -> dict[str, Any]:
    body = await _read_body(request)
    try:
        value = json.loads(body)
    except UnicodeDecodeError:
        raise ApiError(400, "the body is not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise ApiError(400, f"the body is not valid JSON: {error.msg} at character {error.pos}") from None
    if not isinstance(value, dict):
        raise ApiError(400, "the body must be a JSON object")
    return value


def _text(body: dict[str, Any]) -> str:
    text = body.get("text")
    if not isinstance(text, str):
        raise ApiError(422, '"text" must be a string: the draft')
    return text


def _lang(value: object) -> str | None:
    if value in (None, "auto"):
        return None
    if value not in LANGUAGES:
        raise ApiError(422, f'"lang" must be one of: {", ".join(LANGUAGES)}, auto')
    return value


def _flag(body: dict[str, Any], name: str) -> bool:
    value = body.get(name, False)
    if not isinstance(value, bool):
        raise ApiError(422, f'"{name}" must be true or false')
    return value


def _query_flag(query: QueryParams, name: str, default: bool) -> bool:
    value = query.get(name)
    if value is None:
        return default
    if value.lower() not in ("true", "false", "1", "0"):
        raise ApiError(422, f"{name} must be true or false")
    return value.lower() in ("true", "1")


async def _in_thread(request: Request, function: Callable[..., T], *args: Any) -> T:
    """CPU work in a worker thread, so the event loop keeps answering, within the request timeout."""
    return await _within(request, asyncio.to_thread(function, *args))


async def _within(request: Request, work: Awaitable[T]) -> T:
    timeout = request.app.state.settings.timeout
    try:
        return await asyncio.wait_for(work, timeout)
    except asyncio.TimeoutError:
        raise ApiError(503, f"the request took longer than {timeout:g} s; try a shorter text") from None


def _error(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/v2/"):
        return PlainTextResponse(message, status_code=status)
    return JSONResponse({"error": message}, status_code=status)


async def _api_error(request: Request, error: ApiError) -> Response:
    return _error(request, error.status, str(error))


async def _user_error(request: Request, error: RewriterError) -> Response:
    status = 400 if isinstance(error, languagetool.CheckRequestError) else 422
    return _error(request, status, str(error))


async def _not_found(request: Request, error: Exception) -> Response:
    return _error(request, 404, f"no such page: {request.url.path}")


async def _not_allowed(request: Request, error: Exception) -> Response:
    return _error(request, 405, f"{request.method} is not allowed on {request.url.path}")


async def _internal(request: Request, error: Exception) -> Response:
    log.error("%s %s failed", request.method, request.url.path, exc_info=error)
    return _error(request, 500, "internal error; the server log has the details")


class AccessLog:
    """One JSON line per request: method, path (no query string: it may hold a draft), status, bytes, time."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        sent = {"status": 500, "bytes": 0}

        async def sending(event: Message) -> None:
            if event["type"] == "http.response.start":
                sent["status"] = event["status"]
            elif event["type"] == "http.response.body":
                sent["bytes"] += len(event.get("body", b""))
            await send(event)

        try:
            await self.app(scope, receive, sending)
        finally:
            access_log.info(json.dumps({
                "method": scope["method"],
                "path": scope["path"],
                "status": sent["status"],
                "bytes": sent["bytes"],
                "ms": round((time.perf_counter() - started) * 1000, 1),
                "client": (scope.get("client") or ("", 0))[0],
            }))
