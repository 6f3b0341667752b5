"""Many clients at once get exactly what one client gets, one request at a time; and `rewrite serve` runs as a command."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
import yaml

from live_server import LiveServer

CORPUS = Path(__file__).resolve().parent / "corpus"


def corpus_texts(count: int) -> list[str]:
    texts = []
    for name in ("drafts_ru.yaml", "drafts_bg.yaml", "plain_ru.yaml", "plain_bg.yaml"):
        texts += [entry["text"] for entry in yaml.safe_load((CORPUS / name).read_text(encoding="utf-8"))]
    return [texts[i % len(texts)] for i in range(count)]


def test_200_lint_requests_from_16_clients_all_succeed_as_sequential_ones_do():
    texts = corpus_texts(200)
    with LiveServer() as server:
        session = requests.Session()
        one_by_one = [session.post(f"{server.url}/v1/lint", json={"text": t}, timeout=60).json() for t in texts]

        def lint(text: str):
            answer = requests.post(f"{server.url}/v1/lint", json={"text": text}, timeout=60)
            return answer.status_code, answer.json()

        with ThreadPoolExecutor(max_workers=16) as clients:
            at_once = list(clients.map(lint, texts))
    assert [status for status, _ in at_once] == [200] * 200
    assert [answer for _, answer in at_once] == one_by_one
    assert sum(len(answer["findings"]) for answer in one_by_one) > 200


@pytest.mark.slow
def test_the_serve_command_starts_workers_answers_and_stops_on_a_signal(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "rewriter", "serve", "--port", str(port), "--workers", "2"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, cwd=tmp_path, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if requests.get(f"http://127.0.0.1:{port}/v1/health", timeout=5).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            assert process.poll() is None and time.monotonic() < deadline, "rewrite serve did not come up"
            time.sleep(0.2)
        answers = {requests.post(f"http://127.0.0.1:{port}/v1/lint", json={"text": "Данный заказ готов."}, timeout=30).json()["lang"]
                   for _ in range(8)}
        assert answers == {"ru"}
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
    log = err.decode()
    assert process.returncode == 0, log
    assert '"path": "/v1/lint", "status": 200' in log and "Данный" not in log
