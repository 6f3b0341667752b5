"""Guard set 19 (bg), the classes of its false rejections and acceptances, written anew in other domains and in
both languages: a delay the writer apologises for in the same sentence in the first person singular («Извинявам
се, че … се забави – …») is no evasion; the same words without the apology still are."""
from __future__ import annotations

import pytest

from guard_checks import error_rules, problems_with
from rewriter.commitments import find_promises, new_promises

OWNED = [
    ("bg", "Извинявам се, че ремонтът на колелото Ви се забави – чакахме спирачките от вносителя."),
    ("bg", "Извинявам се, че отговорът ми се забави с цяла седмица."),
    ("bg", "Извинявам се, че монтажът на щорите се забавя, но сменихме бригадата."),
    ("ru", "Извиняюсь, что ремонт вашего велосипеда задержался — мы ждали тормоза от поставщика."),
    ("ru", "Извиняюсь, что мой ответ задержался на целую неделю."),
]

UNOWNED = [
    ("bg", "Ремонтът на колелото Ви се забави."),
    ("bg", "Отговорът се забави с цяла седмица, извинявам."),
    ("ru", "Ремонт вашего велосипеда задержался."),
]


@pytest.mark.parametrize("lang, text", OWNED)
def test_a_delay_apologised_for_in_its_sentence_is_no_evasion(lang, text):
    assert error_rules(lang, text) == []


@pytest.mark.parametrize("lang, text", UNOWNED)
def test_the_same_delay_without_the_apology_is_still_a_finding(lang, text):
    assert error_rules(lang, text) != []


# A worker's job promised as a passive future with the day and hour before the worker («ще бъде монтирана на 02.09
# от 08:00 ч. от нашия майстор») is a visit, which a reply's «майсторът ще монтира» keeps; a draft that sends only
# papers or a parcel promises no visit, and a reply's worker coming is still a new promise.
VISITS = [
    ("bg", "Бойлерът ще бъде ремонтиран в четвъртък между 10 и 12 ч. от наш техник.",
     "Нашият техник ще ремонтира бойлера в четвъртък между 10 и 12 ч."),
    ("bg", "Климатикът ще бъде сменен на 14.03 от 9:00 ч. от нашия монтажник Стоян.",
     "Монтажникът ни Стоян ще смени климатика на 14.03 от 9:00 ч."),
    ("ru", "Котёл будет заменён в четверг между 10 и 12 часами нашим техником.",
     "Наш техник заменит котёл в четверг между 10 и 12 часами."),
    ("ru", "Ворота будут установлены 02.09 с 08:00 нашим мастером Петром.",
     "Наш мастер Пётр установит ворота 02.09 с 08:00."),
]
NO_VISIT = [
    ("bg", "Документите ще бъдат изпратени на 14.03 от нашия офис.", "Нашият техник ще дойде на 14.03 с документите."),
    ("ru", "Документы будут отправлены 14.03 нашим офисом.", "Наш мастер приедет 14.03 с документами."),
]


@pytest.mark.parametrize("lang, draft, reply", VISITS)
def test_a_workers_job_promised_in_the_passive_covers_the_same_job_said_actively(lang, draft, reply):
    assert "contact" not in new_promises(find_promises(draft, lang, all_moments=True), find_promises(reply, lang))


@pytest.mark.parametrize("lang, draft, reply", NO_VISIT)
def test_a_visit_the_draft_never_promises_is_still_new(lang, draft, reply):
    assert "contact" in new_promises(find_promises(draft, lang, all_moments=True), find_promises(reply, lang))


# «в деня на посещението» / «в день визита» is the day of what the letter plans, which a reply says «същия ден» /
# «в тот же день»; a draft that names no such day («преди доставката», «перед доставкой») sets no same-day term.
SAME_DAY = [
    ("bg", "Екипът ще се свърже с Вас от тел. 0888 120 450 в деня на монтажа.", "Екипът ще Ви звънне същия ден от 0888 120 450."),
    ("bg", "Куриерът ще Ви се обади в деня на доставката.", "Куриерът ще Ви звънне още същия ден."),
    ("ru", "Бригада позвонит вам с номера 8 900 111-22-33 в день замера.", "Бригада позвонит вам в тот же день с номера 8 900 111-22-33."),
    ("ru", "Курьер позвонит в день доставки.", "Курьер позвонит в тот же день."),
]
NOT_SAME_DAY = [
    ("bg", "Куриерът ще Ви се обади преди доставката.", "Куриерът ще Ви звънне още същия ден."),
    ("ru", "Курьер позвонит перед доставкой.", "Курьер позвонит в тот же день."),
]


@pytest.mark.parametrize("lang, draft, reply", SAME_DAY)
def test_the_day_of_a_planned_event_is_the_same_day(lang, draft, reply):
    assert new_promises(find_promises(draft, lang, all_moments=True), find_promises(reply, lang)) == []


@pytest.mark.parametrize("lang, draft, reply", NOT_SAME_DAY)
def test_a_same_day_term_the_draft_never_sets_is_still_new(lang, draft, reply):
    assert "deadline" in new_promises(find_promises(draft, lang, all_moments=True), find_promises(reply, lang))


# A reply that trades the draft's faults for one of its own is better only with the rest improved: one that keeps
# the draft's officialese and adds more («Уведомяваме Ви, че», «подлежи на», «Доводим до Вашего сведения») is not,
# however light its one fault; the same trade in plain words is.
TRADED = {
    "bg": ("Уважаеми г-н Петров,\nСъжаляваме за неудобството, причинено от отмяната на урока по плуване на 14.05.\n"
           "В случай че датата 21.05 е неудобна за Вас, таксата от 20 € ще бъде възстановена.\nОставаме на разположение за въпроси.",
           "Уважаеми г-н Петров,\nУведомяваме Ви, че урокът по плуване на 14.05 е отменен, за което съжаляваме.\n"
           "В случай че посочената дата 21.05 е неудобна за Вас, таксата от 20 € подлежи на възстановяване.\n"
           "Оставаме на разположение за въпроси.",
           "Здравейте, г-н Петров,\nСъжаляваме, че отменихме урока Ви по плуване на 14.05.\n"
           "Ако 21.05 не Ви е удобна, ще Ви върнем таксата от 20 €.\nПишете ни, ако имате въпроси."),
    "ru": ("Уважаемый Степан!\nИнформируем вас о том, что прокат байдарки на 12.07 аннулирован в связи с паводком на реке.\n"
           "Приносим извинения за доставленные неудобства.\n"
           "Предоплата в размере 1 500 руб. будет возвращена на ваш счёт в течение 3 дней.\nС уважением, лодочная станция «Плёс».",
           "Уважаемый Степан!\nДоводим до Вашего сведения, что ввиду имевшего место паводка на реке прокат байдарки на 12.07 "
           "невозможен, о чём сожалеем.\nПредоплата в размере 1 500 руб. подлежит возврату на ваш счёт в течение 3 дней.\n"
           "Благодарим за проявленное терпение и понимание.\nС уважением, лодочная станция «Плёс».",
           "Здравствуйте, Степан!\nПрокат байдарки на 12.07 не состоится: река разлилась после дождей, выходить на воду опасно. "
           "Простите нас.\nПредоплату 1 500 руб. мы вернём на ваш счёт в течение 3 дней.\nЛодочная станция «Плёс»"),
}


@pytest.mark.parametrize("lang", ["bg", "ru"])
def test_one_fault_of_its_own_with_more_officialese_is_no_better(lang):
    draft, official, _ = TRADED[lang]
    assert "not_better" in problems_with(lang, draft, official)


@pytest.mark.parametrize("lang", ["bg", "ru"])
def test_one_fault_of_its_own_in_plain_words_is_better(lang):
    draft, _, plain = TRADED[lang]
    assert "not_better" not in problems_with(lang, draft, plain)
