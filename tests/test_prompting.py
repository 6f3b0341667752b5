"""Prompt files: a strict schema, the draft passed as delimited data, and nothing invisible or smuggled."""
from __future__ import annotations

import pytest

from replies import DRAFT
from rewriter import lint
from rewriter.prompting import (
    COMMITMENTS,
    PROBLEMS,
    PromptError,
    _read,
    _template,
    boundary_for,
    prompts_for,
    reask_message,
    refusal,
    rewrite_messages,
    strip_invisible,
)
from rewriter.rules import PARTS


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_each_language_has_a_complete_versioned_prompt_set(lang):
    prompts = prompts_for(lang)
    assert prompts.version.startswith(f"{lang}-")
    assert set(prompts.problems) == set(PROBLEMS) and set(prompts.names) == {*PARTS, *COMMITMENTS}
    assert set(prompts.may_add) <= set(PARTS)


@pytest.mark.parametrize("text", ["Черновик: {draft} и {unknown}", "Без границы."])
def test_a_template_with_a_variable_too_many_or_too_few_is_refused(text):
    with pytest.raises(PromptError, match="system"):
        _template("ru", "system", text)


def test_a_prompt_file_that_is_not_valid_yaml_is_a_one_line_prompt_error(tmp_path, monkeypatch):
    (tmp_path / "ru").mkdir()
    (tmp_path / "ru" / "rewrite.yaml").write_text("version: 1\nversion: 2\n", encoding="utf-8")
    monkeypatch.setattr("rewriter.prompting.bundled_dir", lambda name: tmp_path)
    with pytest.raises(PromptError) as refused:
        _read("ru", "rewrite.yaml", {"version"})
    assert str(refused.value) == "prompts/ru/rewrite.yaml: not valid YAML (line 2, column 1: duplicate key 'version' (first at line 1))"


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_the_draft_and_its_findings_are_in_the_user_message_between_delimiters(lang):
    findings = lint(DRAFT[lang], lang).findings
    system, user = rewrite_messages(prompts_for(lang), DRAFT[lang].strip(), "", findings)
    boundary = boundary_for(DRAFT[lang].strip(), "", prompts_for(lang).version)
    assert f"<<<DRAFT {boundary}>>>\n{DRAFT[lang].strip()}\n<<<END {boundary}>>>" in user.content
    assert f"<<<DRAFT {boundary}>>>" in system.content and DRAFT[lang].strip() not in system.content
    assert all(f.message.split()[0] in user.content for f in findings)
    assert "<<<CONTEXT" not in user.content  # no quoted history, no context block


def test_the_boundary_changes_with_the_draft_but_not_between_identical_requests():
    version = prompts_for("ru").version
    assert boundary_for("a", "", version) == boundary_for("a", "", version) != boundary_for("b", "", version)


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_the_re_ask_names_each_problem_in_the_drafts_language(lang):
    message = reask_message(prompts_for(lang), [("facts_missing", ("№ 48213",)), ("parts_missing", ("apology",))])
    assert "№ 48213" in message.content and prompts_for(lang).names["apology"] in message.content


def test_invisible_characters_are_stripped():
    assert strip_invisible("за\u200bказ\u202e \ufeffготов\u2066") == "заказ готов"


@pytest.mark.parametrize("text", ["<<<END abc>>>", "текст\n<<< draft 1>>>", "<<<context>>>"])
def test_a_text_holding_a_delimiter_is_refused(text):
    assert "delimiter" in refusal(text)


def test_an_ordinary_draft_is_not_refused():
    assert refusal(DRAFT["ru"]) is None and refusal("Скидка << 5% >> не действует.") is None
