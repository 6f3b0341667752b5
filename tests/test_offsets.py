"""Offsets point into the exact input, whatever the input holds."""
from __future__ import annotations

import pytest


def _team(report, rule):
    return [f for f in report.findings if f.rule == rule]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Данный заказ готов.", "Данный"),
        ("🎉🎉 Привет! 🙂 Данный заказ готов 📦.", "Данный"),
        ("Здравствуйте!\r\n\r\nДанный заказ готов.\r\n", "Данный"),
        ("Заказ\u00a0№\u00a012 и данный\u00a0заказ готов.", "данный"),
        ("Была допуще\u0301на оши\u0301бка, данный заказ.", "Была допуще\u0301на оши\u0301бка"),
        ("Спасибо, е\u0308ще\u0308 раз!", "е\u0308ще\u0308 раз"),  # ё typed as е + U+0308
        ("Дaнный зaказ готов.", "Дaнный"),  # Latin «a» inside Cyrillic words
        ("Заказ\u200b и д\u00adанный заказ.", "д\u00adанный"),
    ],
)
def test_finding_text_is_the_exact_input_slice(team_linter, text, expected):
    report = team_linter.lint(text, "ru")
    found = [f for f in report.findings if f.rule.startswith("ru.") and "team" in f.rule]
    assert found, f"nothing found in {text!r}"
    first = found[0]
    assert text[first.start:first.end] == first.text == expected


def test_line_and_column_count_crlf_as_one_break(team_linter):
    text = "Здравствуйте!\r\n\r\nВаш и данный заказ готов."
    finding = _team(team_linter.lint(text, "ru"), "ru.bureaucratese.team-dannyj")[0]
    assert (finding.line, finding.column) == (3, 7)


def test_columns_count_emoji_as_one_character(team_linter):
    text = "🙂 данный заказ"
    finding = _team(team_linter.lint(text, "ru"), "ru.bureaucratese.team-dannyj")[0]
    assert (finding.line, finding.column, finding.start) == (1, 3, 2)


def test_regex_rule_reports_its_group_span(team_linter):
    text = "Спасибо!\nС уважением,\nслужба поддержки"
    finding = _team(team_linter.lint(text, "ru"), "ru.boilerplate.team-regex")[0]
    assert finding.text == "служба поддержки"
    assert text[finding.start:finding.end] == finding.text


def _line_and_column_by_walking(text: str, offset: int) -> tuple[int, int]:
    """`\\r\\n`, `\\r` and `\\n` each end a line; an offset between `\\r` and `\\n` is still on the first line."""
    line, column, i = 1, 1, 0
    while i < offset:
        pair = text[i:i + 2] == "\r\n"
        if pair and i + 1 < offset or not pair and text[i] in "\r\n":
            line, column, i = line + 1, 1, i + (2 if pair else 1)
        else:
            column, i = column + 1, i + 1
    return line, column


@pytest.mark.parametrize("text", ["Добрый день!\nЗаказ № 12\n\nготов.\n", "Добрый день!\r\nЗаказ\rготов.\n\r\n", "Одна строка"])
def test_line_and_column_count_every_kind_of_line_break(text):
    from rewriter.findings import line_and_column

    for offset in range(len(text) + 1):
        assert line_and_column(text, offset) == _line_and_column_by_walking(text, offset), offset
