"""The native JSON API (v1): what a helpdesk app or a backend in any language gets from `rewrite serve`."""
from __future__ import annotations

import base64
import json
import logging

import pytest
from starlette.testclient import TestClient

from rewriter import Engine
from rewriter.http_app import ServeSettings, create_app
from rewriter.openapi import openapi_schema
from test_mail import MAIL

DRAFT = "Доводим до вашего сведения, что данный заказ был отменён в связи с отсутствием товара."


@pytest.fixture(scope="module")
def engine():
    return Engine()


@pytest.fixture(scope="module")
def client(engine):
    with TestClient(create_app(engine=engine)) as client:
        yield client


def test_health_says_ok_once_the_packs_are_loaded(client):
    answer = client.get("/v1/health")
    assert answer.status_code == 200 and answer.json() == {"status": "ok", "languages": ["ru", "bg"]}


def test_lint_answers_what_the_library_finds(client, engine):
    answer = client.post("/v1/lint", json={"text": DRAFT})
    assert answer.status_code == 200
    assert answer.json() == json.loads(json.dumps(engine.lint(DRAFT).to_dict()))
    assert all(DRAFT[f["start"]:f["end"]] == f["text"] for f in answer.json()["findings"])


def test_lint_offsets_are_code_points_as_python_counts(client):
    text = "Привет 😀😀! " + DRAFT
    findings = client.post("/v1/lint", json={"text": text, "lang": "ru"}).json()["findings"]
    dannyj = next(f for f in findings if f["rule"] == "ru.bureaucratese.dannyj")
    assert text[dannyj["start"]:dannyj["end"]] == dannyj["text"] == "данный"


def test_rewrite_offline_answers_the_rewrite_and_both_reports(client):
    answer = client.post("/v1/rewrite", json={"text": DRAFT, "offline": True}).json()
    assert answer["source"] == "rules" and answer["changed"] is True and answer["text"] != DRAFT
    assert {"findings_before", "findings_after", "notes", "lang"} <= set(answer)
    assert len(answer["findings_after"]) < len(answer["findings_before"])


def test_a_message_gets_the_gate_verdict_and_the_rewritten_message(client):
    data = (MAIL / "bg-mixed-pdf-attachment-cp1251-qp.eml").read_bytes()
    answer = client.post("/v1/message?offline=true", content=data, headers={"content-type": "message/rfc822"}).json()
    assert answer["verdict"]["blocks"] is True and answer["verdict"]["header"].startswith("fail (")
    rewritten = base64.b64decode(answer["rewrite"]["message_base64"])
    assert rewritten != data and b"Content-Type: application/pdf" in rewritten
    only_verdict = client.post("/v1/message?rewrite=false", content=data).json()
    assert "rewrite" not in only_verdict and only_verdict["verdict"] == answer["verdict"]


@pytest.mark.parametrize(
    "body, status, says",
    [
        (b'{"text": "Hello, your order has shipped."}', 422, "Russian or Bulgarian"),
        (b'{"text": ', 400, "not valid JSON"),
        (b'["a list"]', 400, "JSON object"),
        (b'{"draft": "no text field"}', 422, '"text"'),
        ('{"text": "Заказ готов.", "lang": "en"}'.encode(), 422, '"lang"'),
    ],
)
def test_bad_input_is_one_clear_line(client, body, status, says):
    answer = client.post("/v1/lint", content=body, headers={"content-type": "application/json"})
    assert answer.status_code == status
    assert set(answer.json()) == {"error"} and says in answer.json()["error"] and "\n" not in answer.json()["error"]


def test_a_body_over_the_limit_is_refused_with_413(engine):
    with TestClient(create_app(ServeSettings(max_body=1000), engine=engine)) as small:
        answer = small.post("/v1/lint", json={"text": "Заказ готов. " * 100})
        assert answer.status_code == 413 and "1000 bytes" in answer.json()["error"]
        assert small.post("/v1/lint", json={"text": "Заказ готов."}).status_code == 200


def test_a_streamed_body_over_the_limit_is_refused_too(engine):
    with TestClient(create_app(ServeSettings(max_body=1000), engine=engine)) as small:
        chunks = (b'{"text": "' + b"x" * 400 for _ in range(5))
        assert small.post("/v1/lint", content=chunks).status_code == 413


def _bearer(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


def test_with_a_token_the_api_needs_it_and_health_does_not(engine):
    token = "test-token-of-this-test"  # made up here; no real credential is ever in the tests
    with TestClient(create_app(ServeSettings(token=token), engine=engine)) as locked:
        assert locked.post("/v1/lint", json={"text": DRAFT}).status_code == 401
        assert locked.post("/v1/lint", json={"text": DRAFT}, headers=_bearer("wrong")).status_code == 401
        assert locked.post("/v1/lint", json={"text": DRAFT}, headers=_bearer(token)).status_code == 200
        assert locked.get("/v1/health").status_code == 200


def test_only_allowed_origins_get_cors_headers(engine):
    origin = "https://support.zendesk.com"
    with TestClient(create_app(ServeSettings(cors_origins=(origin,)), engine=engine)) as app:
        allowed = app.options("/v1/lint", headers={"origin": origin, "access-control-request-method": "POST"})
        other = app.post("/v1/lint", json={"text": DRAFT}, headers={"origin": "https://evil.example"})
        assert allowed.headers["access-control-allow-origin"] == origin
        assert "access-control-allow-origin" not in other.headers


def test_the_access_log_has_the_request_but_never_the_draft(client, caplog):
    with caplog.at_level(logging.INFO, logger="rewriter.access"):
        client.post("/v1/lint?note=" + "данный", json={"text": DRAFT})
    entries = [json.loads(r.getMessage()) for r in caplog.records if r.name == "rewriter.access"]
    assert entries[-1]["path"] == "/v1/lint" and entries[-1]["status"] == 200 and entries[-1]["method"] == "POST"
    assert not any("данный" in r.getMessage() or "сведения" in r.getMessage() for r in caplog.records)


def test_a_request_over_the_timeout_gets_503_and_the_server_keeps_answering(engine, monkeypatch):
    import time

    slow = Engine(engine.config)
    monkeypatch.setattr(slow, "lint", lambda text, lang=None: time.sleep(1) or engine.lint(text, lang))
    with TestClient(create_app(ServeSettings(timeout=0.2), engine=slow)) as app:
        answer = app.post("/v1/lint", json={"text": DRAFT})
        assert answer.status_code == 503 and "longer than 0.2 s" in answer.json()["error"]
        assert app.get("/v1/health").status_code == 200


def test_the_openapi_schema_lists_every_native_route_and_the_finding_fields(client):
    schema = client.get("/openapi.json").json()
    assert schema == json.loads(json.dumps(openapi_schema()))
    assert {"/v1/health", "/v1/lint", "/v1/rewrite", "/v1/message", "/v2/check", "/v2/languages"} <= set(schema["paths"])
    finding = client.post("/v1/lint", json={"text": DRAFT}).json()["findings"][0]
    assert set(schema["components"]["schemas"]["Finding"]["required"]) == set(finding)
    rewrite = client.post("/v1/rewrite", json={"text": DRAFT, "offline": True}).json()
    assert set(schema["components"]["schemas"]["RewriteResult"]["required"]) == set(rewrite)


def test_the_service_follows_the_config_it_is_given(tmp_path):
    config = tmp_path / "rewriter.toml"
    config.write_text('disable = ["ru.bureaucratese.dannyj"]\n', encoding="utf-8")
    with TestClient(create_app(ServeSettings(config=str(config)))) as configured:
        rules = {f["rule"] for f in configured.post("/v1/lint", json={"text": DRAFT}).json()["findings"]}
    assert "ru.bureaucratese.dannyj" not in rules and "ru.bureaucratese.v-svyazi-s" in rules


def test_serve_with_a_config_it_cannot_read_says_so_in_one_line(tmp_path, capsys):
    from rewriter.cli import main

    assert main(["serve", "--config", str(tmp_path / "missing.toml")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("rewrite serve: error: ") and err.count("\n") == 1
