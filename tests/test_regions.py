"""Quoted history and signatures are not the agent's words: they are never linted."""
from __future__ import annotations

import pytest

from rewriter import lint
from rewriter.regions import mask_foreign, own_span, split_agent_text


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
    # the view reads a CRLF's \r as a space: same length, so offsets still map one to one
    assert "отдел" not in masked and masked.startswith("Данный заказ готов. \n") and len(masked) == len(text)


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


def test_outlook_header_block_starts_the_history_to_the_end():
    text = (
        "Этот заказ готов.\n\n________________\n"
        "From: Ivan <i@x.ru>\nSent: Monday, March 3, 2025 10:00\nTo: support\n\nДанный заказ где?\n"
    )
    masked = mask_foreign(text)
    assert masked.startswith("Этот заказ готов.\n\n")
    assert "_" not in masked and "Ivan" not in masked and "Данный" not in masked


def test_russian_and_bulgarian_outlook_blocks_are_history():
    for sent in ("Отправлено", "Изпратено"):
        text = f"Этот заказ готов.\n\nОт: Иван Петров\n{sent}: 3 марта 2025 г. 10:00\nДанный заказ где?\n"
        assert mask_foreign(text).rstrip() == "Этот заказ готов."


def test_a_from_line_without_a_sent_line_is_the_agents_own():
    text = "От: службы доставки пришёл ответ.\nЗаказ готов.\n"
    assert mask_foreign(text) == text


def test_gmail_attribution_wrapped_in_two_lines_is_masked_whole():
    text = "Заказ готов.\n\nOn Mon, 3 Mar 2025 at 10:00, Ivan Petrov <\nivan@example.com> wrote:\n> где?\n"
    assert mask_foreign(text).rstrip() == "Заказ готов."


def test_own_span_covers_the_agents_words_between_greeting_and_history():
    text = "\nЗаказ готов.\nСпасибо!\n\n-- \nАнна\n"
    start, end = own_span(text)
    assert text[start:end] == "Заказ готов.\nСпасибо!"


def test_an_agents_line_right_above_an_attribution_stays_the_agents():
    text = "Заказ готов.\nНа следующей неделе перезвоним.\nИван пишет:\n> где?\n"
    assert mask_foreign(text).startswith("Заказ готов.\nНа следующей неделе перезвоним.\n")


DISGUISED = {
    "signature after a dash-dash and a no-break space": "--\u00a0\n{words}\n",
    "quote mark behind a zero-width space": "Иван пишет:\n\u200b> {words}\n",
    "quote mark behind a byte order mark": "Иван пишет:\n\ufeff> {words}\n",
    "quote marked with a bar": "Иван пишет:\n| {words}\n",
}
WORDS = {"ru": "Данный заказ отменён в связи с ошибкой.", "bg": "Въпросната поръчка е анулирана поради грешка."}
OWN = {"ru": "Здравствуйте! Мы отправили заказ сегодня.\n\n", "bg": "Здравейте! Изпратихме поръчката днес.\n\n"}


@pytest.mark.parametrize("lang", ["ru", "bg"])
@pytest.mark.parametrize("disguise", DISGUISED)
def test_the_linter_and_the_model_path_agree_on_what_is_the_agents_text(lang, disguise):
    text = OWN[lang] + DISGUISED[disguise].format(words=WORDS[lang])
    head, tail = split_agent_text(text)
    assert head == OWN[lang] and WORDS[lang] in tail
    assert WORDS[lang] not in mask_foreign(text)
    assert not [f for f in lint(text, lang).findings if f.start >= len(OWN[lang])]
