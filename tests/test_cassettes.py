"""The chat-completions exchange through the real `openai` SDK, replayed from vcrpy cassettes.

Replay needs no key and no network: record mode is `none`, so a request missing from a cassette
fails instead of calling out. To record again against a real endpoint:
    REWRITER_RECORD_MODE=once REWRITER_RECORD_BASE_URL=https://… REWRITER_RECORD_API_KEY=… pytest tests/test_cassettes.py
after deleting the cassette; credentials and cookies are filtered out before anything is written.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import vcr
from pydantic import SecretStr

from replies import DRAFT, GOOD
from rewriter import Config, ModelSettings, rewrite
from rewriter.facts import find_facts
from rewriter.openai_chat import OpenAICompatibleChat

CASSETTES = Path(__file__).parent / "cassettes"
NO_CACHE = Config(model=ModelSettings(cache=False))
SECRET_HEADERS = ["authorization", "api-key", "x-api-key", "openai-organization", "openai-project", "cookie"]


def _kept_response_headers(response: dict) -> dict:
    response["headers"] = {k: v for k, v in response["headers"].items() if k.lower() == "content-type"}
    return response


recorder = vcr.VCR(
    cassette_library_dir=str(CASSETTES),
    record_mode=os.environ.get("REWRITER_RECORD_MODE", "none"),
    match_on=["method", "path", "body"],
    filter_headers=SECRET_HEADERS,
    before_record_response=_kept_response_headers,
)


def recorded_model() -> OpenAICompatibleChat:
    """In replay any loopback URL will do: vcrpy answers before a connection is made."""
    return OpenAICompatibleChat(
        model="gpt-4o-mini",
        base_url=os.environ.get("REWRITER_RECORD_BASE_URL", "http://127.0.0.1:9/v1"),
        api_key=SecretStr(os.environ.get("REWRITER_RECORD_API_KEY", "sk-test")),
    )


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_recorded_rewrite_replays_through_the_sdk(lang):
    with recorder.use_cassette(f"rewrite_{lang}.yaml") as cassette:
        result = rewrite(DRAFT[lang], llm=recorded_model(), config=NO_CACHE)
    assert result.source == "llm" and cassette.play_count == 1
    assert [f.text for f in find_facts(result.text)] == [f.text for f in find_facts(DRAFT[lang])]
    assert result.usage.input_tokens > 0 and result.usage.output_tokens > 0


def test_a_recorded_re_ask_replays_both_turns():
    with recorder.use_cassette("reask_bg.yaml") as cassette:
        result = rewrite(DRAFT["bg"], llm=recorded_model(), config=NO_CACHE)
    assert result.source == "llm" and result.text == GOOD["bg"] + "\n" and cassette.play_count == 2
    assert result.notes == ("model reply 1 rejected: the reply promised what the draft doesn't: refund",)


@pytest.mark.skipif(os.environ.get("REWRITER_RECORD_MODE", "none") != "none", reason="only in replay")
def test_a_request_missing_from_the_cassette_fails_instead_of_calling_out():
    with recorder.use_cassette("rewrite_ru.yaml"):
        result = rewrite(DRAFT["ru"].replace("48213", "99999"), llm=recorded_model(), config=NO_CACHE)
    assert result.source == "rules" and "CannotOverwriteExistingCassetteException" in result.notes[0]


def test_cassettes_hold_no_credentials_or_cookies():
    recorded = [path.read_text(encoding="utf-8").lower() for path in sorted(CASSETTES.glob("*.yaml"))]
    assert len(recorded) == 3
    for text in recorded:
        assert "sk-" not in text and "bearer" not in text
        assert not any(f"{header}:" in text for header in [*SECRET_HEADERS, "set-cookie"])
