"""Choosing a model: each model at the endpoint runs over the drafts, and what happened to each draft
is counted (accepted at once, after a re-ask, fallen back and why), with calls, tokens and time."""
from __future__ import annotations

import json

import pytest

from openai_server import LocalChatServer, Step
from replies import DRAFT, GOOD
from rewriter import Rewriter
from rewriter.model_eval import evaluate_model, main

RU, BG = DRAFT["ru"], DRAFT["bg"]


def answer(request: dict) -> Step:
    """A careful model rewrites well; a careless one changes the order number until told; a broken one errs."""
    user = request["messages"][1]["content"]
    lang = "bg" if "Мария" in user else "ru"
    model, turns = request["model"], len(request["messages"])
    if model == "broken":
        return Step(status=400, body=b'{"error": {"message": "no such model"}}')
    if model == "careless" and turns == 2:
        return Step(reply=GOOD[lang].replace("48213", "48231"))
    return Step(reply=GOOD[lang])


@pytest.fixture
def endpoint(monkeypatch):
    with LocalChatServer(answer) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.delenv("OPENAI_API_KEY", raising=False)
        monkeypatch.delenv("REWRITER_MODEL", raising=False)
        yield server


def test_each_model_is_scored_on_the_same_drafts(endpoint):
    rewriter = Rewriter()
    careful = evaluate_model("careful", [RU, BG, GOOD["ru"]], rewriter)
    careless = evaluate_model("careless", [RU, BG], rewriter)
    broken = evaluate_model("broken", [RU], rewriter)
    assert (careful.accepted_first, careful.accepted_after_reask, careful.fallbacks, careful.not_asked) == (2, 0, 0, 1)
    assert careful.calls == 2 and careful.input_tokens > 0 and careful.output_tokens > 0
    assert (careless.accepted_first, careless.accepted_after_reask, careless.calls) == (0, 2, 4)
    assert broken.fallbacks == 1 and list(broken.reasons) == ["model failed: BadRequestError"]
    assert {r["model"] for r in endpoint.requests} == {"careful", "careless", "broken"}


def test_a_model_that_never_gets_it_right_falls_back_with_the_guards_reasons(endpoint, monkeypatch):
    endpoint.default = lambda request: Step(reply=GOOD["ru"].replace("48213", "48231"))
    score = evaluate_model("stubborn", [RU], Rewriter())
    assert score.fallbacks == 1 and score.calls == 2
    assert set(score.reasons) == {"facts of the draft were missing or changed", "the reply had facts the draft doesn't"}


def test_the_command_reads_a_folder_and_prints_one_line_per_model(endpoint, tmp_path, capsys):
    (tmp_path / "a.txt").write_text(RU, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BG, encoding="utf-8")
    assert main([str(tmp_path), "--model", "careful", "--model", "careless", "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert [(s["model"], s["drafts"], s["accepted_first"], s["accepted_after_reask"]) for s in scores] == [
        ("careful", 2, 2, 0), ("careless", 2, 0, 2)]


def test_no_drafts_is_a_usage_error(endpoint, tmp_path, capsys):
    assert main([str(tmp_path), "--model", "careful"]) == 2
    assert "no drafts found" in capsys.readouterr().err


def test_no_endpoint_is_a_usage_error(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(RU, encoding="utf-8")
    assert main([str(tmp_path / "a.txt"), "--model", "careful"]) == 2
    assert "no model endpoint" in capsys.readouterr().err
