"""The improvement guard measures a reply by its own draft: a reply that keeps fewer faults of the kinds
the draft already had, and less of its officialese, is no worse, even when the lint still finds one
(«отменён» for the draft's «аннулирован»); a reply that keeps the draft's faults or its style is."""
from __future__ import annotations

import pytest

from guard_checks import LINTER, problems_with

DRAFT = {
    "ru": "Уважаемый Степан!\nИнформируем вас о том, что прокат байдарки на 12.07 аннулирован в связи с паводком на реке.\n"
          "Приносим извинения за доставленные неудобства.\n"
          "Предоплата в размере 1 500 руб. будет возвращена на ваш счёт в течение 3 дней.\nС уважением, лодочная станция «Плёс».",
    "bg": "Уважаеми г-н Илиев,\nУведомяваме Ви, че фотосесията на 12.07 е отменена поради повреда на апаратурата на фотографа.\n"
          "Извиняваме се за причиненото неудобство.\n"
          "Капарото в размер на 80 € ще бъде възстановено в срок от 3 дни.\nС уважение, студио „Обектив“.",
}
# one fault of a kind the draft had («отменён», «е отменена»), the rest and the officialese gone
PLAINER = {
    "ru": "Здравствуйте, Степан!\nПрокат байдарки на 12.07 отменён: река разлилась после дождей, выходить на воду опасно. Простите нас.\n"
          "Предоплату 1 500 руб. мы вернём на ваш счёт в течение 3 дней.\nЛодочная станция «Плёс»",
    "bg": "Здравейте, г-н Илиев,\nФотосесията на 12.07 е отменена: фотографът повреди апаратурата си. Извинете ни.\n"
          "Ще Ви върнем капарото от 80 € в срок от 3 дни.\nСтудио „Обектив“",
}
# both of the draft's faults kept, in the draft's own words
BOTH_FAULTS_KEPT = {
    "ru": "Здравствуйте, Степан!\nПрокат байдарки на 12.07 аннулирован из-за паводка на реке. "
          "Приносим извинения за доставленные неудобства.\n"
          "Предоплату 1 500 руб. мы вернём на ваш счёт в течение 3 дней.\nЛодочная станция «Плёс»",
    "bg": "Здравейте, г-н Илиев,\nФотосесията на 12.07 е отменена поради повреда на апаратурата на фотографа. "
          "Извиняваме се за причиненото неудобство.\nЩе Ви върнем капарото от 80 € в срок от 3 дни.\nСтудио „Обектив“",
}
# one fault dropped, but the draft's officialese kept around the other
STYLE_KEPT = {
    "ru": "Уважаемый Степан!\nИнформируем вас о том, что прокат байдарки на 12.07 отменён в связи с паводком на реке. Простите нас.\n"
          "Предоплата в размере 1 500 руб. будет зачислена на ваш счёт в течение 3 дней.\nЛодочная станция «Плёс»",
    "bg": "Уважаеми г-н Илиев,\nУведомяваме Ви, че фотосесията на 12.07 е отменена поради повреда на апаратурата. Извинете ни.\n"
          "Капарото в размер на 80 € ще бъде възстановено в срок от 3 дни.\nСтудио „Обектив“",
}


def problems(lang: str, reply: str) -> dict[str, tuple[str, ...]]:
    return problems_with(lang, DRAFT[lang], reply)


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_reply_keeping_one_of_the_drafts_faults_and_none_of_its_officialese_is_accepted(lang):
    assert any(f.severity == "error" for f in LINTER.lint(PLAINER[lang], lang).findings)  # the cancellation, still passive
    assert problems(lang, PLAINER[lang]) == {}


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_reply_keeping_every_fault_of_the_draft_is_not_better(lang):
    assert "not_better" in problems(lang, BOTH_FAULTS_KEPT[lang])


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_reply_keeping_the_drafts_officialese_around_one_fault_is_not_better(lang):
    assert "not_better" in problems(lang, STYLE_KEPT[lang])



GIFT_DRAFT = {
    "ru": "Здравствуйте, Тамара!\nПростите: дегустация сыров 05.03 переносится, потому что заболел сыровар.\n"
          "Новая дата — 12.03 в 18:00.\nСыроварня «Молочная река»",
    "bg": "Здравейте, г-жо Тодорова,\nИзвинете ни: дегустацията на сирена на 05.03 се мести, защото сиренарят е болен.\n"
          "Новата дата е 12.03 от 18:00 ч.\nМандра „Родопа“",
}
NEW_DATE = {"ru": "в 18:00.", "bg": "от 18:00 ч."}


def promised(lang: str, new_date_said: str) -> tuple[str, ...]:
    """What the reply (the draft with its new date said as `new_date_said`) promises that the draft does not."""
    reply = GIFT_DRAFT[lang].replace(NEW_DATE[lang], new_date_said)
    return problems_with(lang, GIFT_DRAFT[lang], reply).get("commitments_new", ())


@pytest.mark.parametrize("lang, said", [
    ("ru", "в 18:00, а в знак извинения на столе вас будет ждать банка мёда."),
    ("bg", "от 18:00 ч., а на масата ще Ви чака буркан мед като извинение."),
])
def test_a_thing_given_as_an_apology_is_a_gift_the_draft_never_promised(lang, said):
    assert promised(lang, said) == ("gift",)


@pytest.mark.parametrize("lang, said", [
    ("ru", "в 18:00. В знак извинения дарим вам скидку на следующую дегустацию."),
    ("bg", "от 18:00 ч. Като извинение Ви даваме отстъпка за следващата дегустация."),
])
def test_a_discount_given_as_an_apology_is_a_discount_not_a_gift(lang, said):
    assert promised(lang, said) == ("discount",)
