"""Quoted history and signatures are not the agent's words: they are never linted."""
from __future__ import annotations

from rewriter.regions import mask_foreign


def test_quoted_lines_and_their_attribution_are_masked():
    text = "Данный заказ готов.\n\nИван Петров пишет:\n> Данный заказ где?\n> Жду.\n"
    masked = mask_foreign(text)
    assert len(masked) == len(text)
    assert masked.startswith("Данный заказ готов.\n\n")
    assert "Иван" not in masked and "Жду" not in masked
    assert masked.count("\n") == text.count("\n")


def test_signature_after_dash_dash_line_is_masked():
    text = "Данный заказ готов.\r\n-- \r\nДанный отдел, тел. 123\r\n"
    masked = mask_foreign(text)
    assert "отдел" not in masked and masked.startswith("Данный заказ готов.\r\n")


def test_english_attribution_is_masked_only_above_a_quote():
    text = "Anna wrote:\nДанный заказ готов.\n\nOn Mon, 3 Mar 2025 at 10:00, Ivan <i@x.ru> wrote:\n> где?\n"
    masked = mask_foreign(text)
    assert masked.startswith("Anna wrote:\nДанный заказ готов.")
    assert "Ivan" not in masked


def test_findings_skip_quoted_history(team_linter):
    text = "Этот заказ готов.\n\nИван написал:\n> Данный заказ где?\n"
    report = team_linter.lint(text, "ru")
    assert not [f for f in report.findings if f.rule == "ru.bureaucratese.team-dannyj"]


def test_findings_after_quote_are_still_found(team_linter):
    text = "> Данный заказ где?\n\nДанный заказ готов."
    finding = [f for f in team_linter.lint(text, "ru").findings if f.rule == "ru.bureaucratese.team-dannyj"]
    assert [f.start for f in finding] == [text.rindex("Данный")]
