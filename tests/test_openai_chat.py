"""The default model client against a local OpenAI-compatible server: faults are retried once-layered
within the deadline, then the rewrite falls back; the environment picks the endpoint."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pydantic import SecretStr

from openai_server import LocalChatServer, Step
from replies import DRAFT, GOOD, PROMISES_REFUND
from rewriter import Config, ModelSettings, rewrite, rewrite_many
from rewriter.openai_chat import OpenAICompatibleChat, model_from_environment
from rewriter.reply_cache import model_identity

NO_CACHE = Config(model=ModelSettings(cache=False))
TOO_MANY = Step(status=429, body=b'{"error": {"message": "rate limited"}}', headers={"retry-after": "0.1"})


@pytest.fixture()
def server():
    with LocalChatServer() as running:
        yield running


def model(server: LocalChatServer, **options) -> OpenAICompatibleChat:
    return OpenAICompatibleChat(model="local-model", base_url=server.base_url, api_key=SecretStr("sk-test"), **options)


def test_a_reply_from_the_server_is_taken_with_its_token_usage(server):
    server.script(Step(reply=GOOD["ru"]))
    result = rewrite(DRAFT["ru"], llm=model(server), config=NO_CACHE)
    assert result.source == "llm" and result.text == GOOD["ru"] + "\n"
    assert result.usage.calls == 1 and result.usage.input_tokens > 100 and result.usage.output_tokens == len(GOOD["ru"].split())
    assert server.requests[0]["model"] == "local-model" and [m["role"] for m in server.requests[0]["messages"]] == ["system", "user"]


@pytest.mark.parametrize("fault", [
    TOO_MANY,
    Step(status=500, body=b'{"error": {"message": "upstream failed"}}'),
    Step(status=503, body=b"Service Unavailable"),
    Step(body=b"<html>not json at all"),
    Step(body=b'{"id": "x", "choices": []}'),
    Step(drop=True),
], ids=["429-retry-after", "500", "503", "garbage", "no-choices", "dropped-connection"])
def test_a_passing_fault_is_retried_and_the_reply_still_taken(server, fault):
    server.script(fault, Step(reply=GOOD["ru"]))
    result = rewrite(DRAFT["ru"], llm=model(server), config=NO_CACHE)
    assert result.source == "llm" and len(server.requests) == 2


def test_a_lasting_fault_is_tried_four_times_in_all_not_retried_by_two_layers(server):
    server.default = lambda request: Step(status=500, body=b'{"error": {"message": "down"}}')
    result = rewrite(DRAFT["ru"], llm=model(server, deadline=30), config=NO_CACHE)
    assert result.source == "rules" and len(server.requests) == 4
    assert result.notes[0].startswith("model failed: InternalServerError")


def test_a_refused_key_is_not_retried(server):
    server.script(Step(status=401, body=b'{"error": {"message": "invalid api key"}}'))
    result = rewrite(DRAFT["ru"], llm=model(server), config=NO_CACHE)
    assert result.source == "rules" and len(server.requests) == 1
    assert result.notes[0].startswith("model failed: AuthenticationError")


def test_a_reply_slower_than_the_deadline_falls_back_to_the_offline_rewrite(server):
    server.default = lambda request: Step(reply=GOOD["ru"], delay=1.5)
    result = rewrite(DRAFT["ru"], llm=model(server, timeout=0.3, deadline=0.8), config=NO_CACHE)
    assert result.source == "rules" and result.notes[0].startswith("model failed: APITimeoutError")
    assert 1 <= len(server.requests) <= 3


def test_the_retry_after_the_server_asks_for_is_honoured(server):
    server.script(Step(status=429, body=b"{}", headers={"retry-after": "30"}), Step(reply=GOOD["ru"]))
    result = rewrite(DRAFT["ru"], llm=model(server, deadline=1.0), config=NO_CACHE)
    assert result.source == "rules" and len(server.requests) == 1  # waiting 30 s would pass the deadline


def test_a_bad_reply_then_a_good_one_over_http(server):
    server.script(Step(reply=PROMISES_REFUND["bg"]), Step(reply=GOOD["bg"]))
    result = rewrite(DRAFT["bg"], llm=model(server), config=NO_CACHE)
    assert result.source == "llm" and [m["role"] for m in server.requests[1]["messages"]] == ["system", "user", "assistant", "user"]


def test_batches_run_concurrently_up_to_the_limit(server):
    server.default = lambda request: Step(reply=_good_for(request), delay=0.2)
    drafts = [DRAFT["ru"].replace("48213", str(48300 + i)) for i in range(8)]
    results = rewrite_many(drafts, llm=model(server), config=NO_CACHE, concurrency=4)
    assert [r.source for r in results] == ["llm"] * 8
    assert [r.text for r in results] == [GOOD["ru"].replace("48213", str(48300 + i)) + "\n" for i in range(8)]
    assert 2 <= server.most_in_flight <= 4


def _good_for(request: dict) -> str:
    """The good reply, with the order number of the draft in the request."""
    user = request["messages"][1]["content"]
    number = user[user.index("№ ") + 2:user.index("№ ") + 7]
    return GOOD["ru"].replace("48213", number)


def test_no_key_and_no_base_url_means_no_model():
    assert model_from_environment(ModelSettings()) is None


def test_a_base_url_alone_makes_a_model_for_a_local_server(monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:11434/v1")
    monkeypatch.setenv("REWRITER_MODEL", "qwen2.5:7b")
    found = model_from_environment(ModelSettings(name="ignored"))
    assert (found.base_url, found.model) == ("http://127.0.0.1:11434/v1", "qwen2.5:7b")


def test_a_key_alone_uses_openai_with_the_configured_model(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-value")
    found = model_from_environment(ModelSettings(name="gpt-4.1-mini", timeout=5, deadline=20))
    assert (found.base_url, found.model, found.timeout, found.deadline) == (None, "gpt-4.1-mini", 5, 20)
    assert "sk-secret-value" not in model_identity(found) and "sk-secret-value" not in repr(found)


def test_the_command_uses_the_model_from_the_environment(server, run, tmp_path, monkeypatch):
    server.script(Step(reply=GOOD["ru"]))
    (tmp_path / "draft.txt").write_text(DRAFT["ru"], encoding="utf-8")
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv("REWRITER_MODEL", "local-model")
    done = run("draft.txt", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == GOOD["ru"] + "\n"
    assert done.stderr.decode().startswith("ru · 6 findings → 0 · model · 1 model call")


def test_the_command_with_offline_makes_no_request(server, run, tmp_path, monkeypatch):
    (tmp_path / "draft.txt").write_text(DRAFT["ru"], encoding="utf-8")
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    done = run("--offline", "draft.txt", cwd=tmp_path)
    assert done.returncode == 1 and server.requests == [] and "offline rules" in done.stderr.decode()


def test_one_model_serves_batch_after_batch(server):
    server.default = lambda request: Step(reply=GOOD["ru"])
    shared = model(server)
    for _ in range(2):  # each batch runs its own event loop; the client must not outlive the first
        assert [r.source for r in rewrite_many([DRAFT["ru"]], llm=shared, config=NO_CACHE)] == ["llm"]


def test_the_reply_cache_serves_a_repeat_and_never_stores_the_key(server, tmp_path, monkeypatch):
    monkeypatch.setenv("REWRITER_CACHE_DIR", str(tmp_path / "cache"))
    server.default = lambda request: Step(reply=GOOD["ru"])
    secret = OpenAICompatibleChat(model="local-model", base_url=server.base_url, api_key=SecretStr("sk-very-secret-123"))
    first, again = (rewrite(DRAFT["ru"], llm=secret) for _ in range(2))
    assert len(server.requests) == 1 and again.text == first.text and again.usage.cache_hits == 1
    stored = [p.read_text(encoding="utf-8") for p in (tmp_path / "cache").rglob("*.json")]
    assert stored and not any("sk-very-secret" in text for text in stored)


LOOPS = """
import asyncio, gc, sys
sys.path.insert(0, {tests!r})
from pydantic import SecretStr
from openai_server import LocalChatServer, Step
from replies import DRAFT, GOOD
from rewriter import Config, ModelSettings, arewrite, rewrite_many
from rewriter.openai_chat import OpenAICompatibleChat

config = Config(model=ModelSettings(cache=False))
with LocalChatServer() as server:
    server.default = lambda request: Step(reply=GOOD["ru"], delay=0.05)
    model = OpenAICompatibleChat(model="local", base_url=server.base_url, api_key=SecretStr("sk-test"))

    async def batch():
        return await asyncio.gather(*(arewrite(DRAFT["ru"], llm=model, config=config) for _ in range(6)))

    sources = []
    for _ in range(3):  # when a closed loop's connections are collected varies: give it several chances
        sources += [r.source for r in asyncio.run(batch())]
        sources += [r.source for r in rewrite_many([DRAFT["ru"]] * 6, llm=model, config=config, concurrency=6)]
    del model
    gc.collect()
print(" ".join(sources))
"""


def test_one_model_object_serves_several_event_loops_without_tracebacks(python, tmp_path):
    """A helpdesk plugin may call `asyncio.run(arewrite(...))` per ticket and `rewrite_many` per batch
    with the same model: each loop's pooled connections close with it, quietly."""
    script = tmp_path / "loops.py"
    script.write_text(LOOPS.format(tests=str(Path(__file__).parent)), encoding="utf-8")
    done = subprocess.run([python, str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["llm"] * 36
    assert "Event loop is closed" not in done.stderr and "Traceback" not in done.stderr
