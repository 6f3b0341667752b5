"""The service layer: one engine that the CLI, the HTTP service and the gate share, with self-serialising results."""
from __future__ import annotations

import asyncio
import json
import threading

import pytest

from rewriter import Engine, LanguageError, RewriterError
from rewriter.config import ConfigError
from rewriter.decode import InputError
from rewriter.rules import RulePackError
from test_mail import MAIL

DRAFT = "Доводим до вашего сведения, что данный заказ был отменён в связи с отсутствием товара."


@pytest.fixture(scope="module")
def engine():
    return Engine()


def test_a_lint_result_serialises_itself_with_offsets_into_the_draft(engine):
    as_json = json.loads(json.dumps(engine.lint(DRAFT).to_dict(), ensure_ascii=False))
    assert as_json["lang"] == "ru"
    assert set(as_json["sections"]) == {"apology", "explanation", "remedy", "closing"}
    rules = [f["rule"] for f in as_json["findings"]]
    assert "ru.bureaucratese.v-svyazi-s" in rules
    for finding in as_json["findings"]:
        assert DRAFT[finding["start"]:finding["end"]] == finding["text"]


def test_a_rewrite_result_serialises_itself(engine):
    result = engine.rewrite(DRAFT, offline=True)
    as_json = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    assert as_json["text"] == result.text != DRAFT
    assert as_json["source"] == "rules" and as_json["changed"] is True
    assert len(as_json["findings_after"]) < len(as_json["findings_before"])
    assert as_json["usage"] == {"calls": 0, "cache_hits": 0, "input_tokens": 0, "output_tokens": 0}


def test_the_offline_rewrite_runs_off_the_event_loop(engine, monkeypatch):
    from rewriter import _shared

    rewriter = _shared(engine.config)
    threads = []
    original = rewriter.rewrite

    def recording(*args, **kwargs):
        threads.append(threading.get_ident())
        return original(*args, **kwargs)

    monkeypatch.setattr(rewriter, "rewrite", recording)

    async def main():
        loop_thread = threading.get_ident()
        result = await engine.arewrite(DRAFT, offline=True)
        return loop_thread, result

    loop_thread, result = asyncio.run(main())
    assert result.changed
    assert threads and threads[0] != loop_thread


def test_the_gate_verdict_blocks_errors_and_serialises_the_checked_body(engine):
    blocked = engine.judge_message((MAIL / "bg-mixed-pdf-attachment-cp1251-qp.eml").read_bytes())
    clean = engine.judge_message((MAIL / "ru-clean-reply-utf8-qp.eml").read_bytes())
    assert blocked.blocks and blocked.header.startswith("fail (")
    assert not clean.blocks and clean.header == "pass (no findings)"
    as_dict = json.loads(json.dumps(blocked.to_dict(), ensure_ascii=False))
    body = as_dict["checked"]["body"]
    assert all(body["text"][f["start"]:f["end"]] == f["text"] for f in as_dict["checked"]["findings"])


def test_a_stricter_threshold_blocks_what_the_default_lets_through(engine):
    message = (MAIL / "ru-gmail-alternative-utf8-qp.eml").read_bytes()
    verdict = engine.judge_message(message, fail_on="info")
    assert verdict.blocks == bool(verdict.checked.report.findings)


def test_every_error_a_user_can_cause_is_a_rewriter_error(engine):
    with pytest.raises(RewriterError):
        engine.lint("Hello, your order has shipped.")
    for kind in (LanguageError, InputError, ConfigError, RulePackError):
        assert issubclass(kind, RewriterError) and issubclass(kind, ValueError)
