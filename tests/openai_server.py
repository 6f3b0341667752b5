"""A small OpenAI-compatible chat server on 127.0.0.1 for tests and benchmarks: scripted replies,
latency, and the faults a real endpoint has (429 with Retry-After, 500, garbage, dropped connections)."""
from __future__ import annotations

import json
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Step:
    """What the server does with one request."""

    reply: str = ""
    status: int = 200
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None          # raw body instead of a chat completion (garbage, errors)
    drop: bool = False                 # close the connection without answering
    finish_reason: str = "stop"


class LocalChatServer:
    """Serves `/v1/chat/completions`: the queued steps first, then `default(request)` for every request."""

    def __init__(self, default: Callable[[dict], Step] | None = None) -> None:
        self.steps: deque[Step] = deque()
        self.default = default or (lambda request: Step(status=500, body=b'{"error": "no scripted reply"}'))
        self.requests: list[dict] = []
        self.in_flight = self.most_in_flight = 0
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def script(self, *steps: Step) -> None:
        self.steps.extend(steps)

    def __enter__(self) -> LocalChatServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _next_step(self, request: dict) -> Step:
        with self._lock:
            self.requests.append(request)
            return self.steps.popleft() if self.steps else self.default(request)

    def _count(self, change: int) -> None:
        with self._lock:
            self.in_flight += change
            self.most_in_flight = max(self.most_in_flight, self.in_flight)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                request = json.loads(self.rfile.read(length) or b"{}")
                step = server._next_step(request)
                server._count(+1)
                try:
                    self._answer(request, step)
                finally:
                    server._count(-1)

            def _answer(self, request: dict, step: Step) -> None:
                time.sleep(step.delay)
                if step.drop:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                body = step.body if step.body is not None else _completion(request, step)
                self.send_response(step.status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                for name, value in step.headers.items():
                    self.send_header(name, value)
                try:
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting (a timeout test): nothing to answer

        return Handler


def _completion(request: dict, step: Step) -> bytes:
    prompt_words = sum(len(str(m.get("content", "")).split()) for m in request.get("messages", []))
    reply_words = len(step.reply.split())
    return json.dumps({
        "id": "chatcmpl-local",
        "object": "chat.completion",
        "created": 1764000000,
        "model": request.get("model", "local"),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": step.reply}, "finish_reason": step.finish_reason}],
        "usage": {"prompt_tokens": prompt_words, "completion_tokens": reply_words, "total_tokens": prompt_words + reply_words},
    }, ensure_ascii=False).encode()
