"""Guard set 54's Russian classes, in other domains: money said to reach the customer («деньги поступят на счёт») is the
draft's transfer, said by its noun («перечисление будет произведено») or as the procedure («средства перечисляются»);
money back by the sum of the draft's recalculation is that recalculation; a customer's step asked for before «…, и деньги
поступят» holds what follows; a cost «не выставляется» is a free service; a thing given free «чтобы загладить» the fault
is a gift; tonnes are a unit of mass; an ordinal day after a date («не 3 марта, а 5-го») is a day of its month; measures
against a repeat are kept by «навели порядок, чтобы такое не повторилось»."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts


@pytest.mark.parametrize("draft, reply, new", [
    # money said to arrive is the draft's transfer, said by its noun or as the procedure in the present
    ("Перечисление премии на Ваш расчётный счёт будет произведено 05.03.2027.",
     "Деньги поступят на ваш счёт 05.03.2027.", []),
    ("Перечисление гонорара будет произведено 05.03.2027.", "Мы переведём гонорар на ваш счёт 05.03.2027.", []),
    ("Выплата назначена. Денежные средства перечисляются в течение 10 дней.",
     "Выплата назначена, деньги придут в течение 10 дней.", []),
    # … while money given back is a refund no transfer covers, and money arriving where the draft sends none is new
    ("Перечисление премии на Ваш расчётный счёт будет произведено 05.03.2027.",
     "Мы вернём деньги на ваш счёт 05.03.2027.", ["refund"]),
    ("Премия начислена, её размер указан в ведомости.", "Премия начислена, деньги поступят на ваш счёт.",
     ["refund", "transfer"]),
])
def test_money_said_to_arrive_is_the_drafts_transfer(draft, reply, new):
    assert promised_anew("ru", draft, reply) == new


@pytest.mark.parametrize("draft, new", [
    # money back by the sum the draft takes off this bill is that recalculation
    ("Вам будет произведён перерасчёт абонентской платы за март в сумме 640 руб.", []),
    # … not by a sum the draft never names, nor by one it gives off a next order
    ("Вам будет произведён перерасчёт абонентской платы за март в сумме 480 руб.", ["refund"]),
    ("Вам будет предоставлена скидка 640 руб. на следующий заказ.", ["refund"]),
])
def test_money_back_by_the_recalculated_sum_is_the_recalculation(draft, new):
    assert promised_anew("ru", draft, "За март мы вернём вам 640 руб.") == new


_DEPOSIT_DRAFT = "Для возврата залога необходимо сдать ключи администратору, средства поступят на карту в течение 10 дней."


@pytest.mark.parametrize("reply, new", [
    # the customer's step asked for before «…, и деньги поступят» holds what follows, as the draft's requirement does
    ("Сдайте ключи администратору, и залог поступит на карту в течение 10 дней.", []),
    ("Сдайте ключи администратору, и деньги поступят на карту в течение 10 дней.", []),
    # … while the term said outright drops the draft's condition
    ("Залог поступит на карту в течение 10 дней.", ["deadline"]),
])
def test_a_step_asked_for_before_and_holds_what_follows(reply, new):
    assert [k for k in promised_anew("ru", _DEPOSIT_DRAFT, reply) if k == "deadline"] == new


@pytest.mark.parametrize("draft, new", [
    # a cost not billed is a free service
    ("Мастер приедет 12.04. Стоимость выезда не выставляется.", False),
    ("Мастер приедет 12.04. Плата за выезд выставляться не будет.", False),
    # … while a cost billed is none
    ("Мастер приедет 12.04. Стоимость выезда выставляется отдельным счётом.", True),
])
def test_a_cost_not_billed_is_a_free_service(draft, new):
    assert ("free" in promised_anew("ru", draft, "Мастер приедет 12.04, выезд бесплатный.")) is new


_COVER_DRAFT = "Чехол для дивана будет перешит 20.05 без дополнительной оплаты."


@pytest.mark.parametrize("reply, new", [
    # a thing given free to make amends is a gift, which the draft's free repair does not cover
    ("Перешьём чехол 20.05 бесплатно, а чтобы загладить неудобство, бесплатно сошьём ещё две наволочки.", True),
    ("Перешьём чехол 20.05 бесплатно. Чтобы искупить вину, бесплатно почистим и кресло.", True),
    # … while the free repair itself is the draft's
    ("Перешьём чехол 20.05 бесплатно.", False),
])
def test_a_thing_given_free_to_make_amends_is_a_gift(reply, new):
    assert ("gift" in promised_anew("ru", _COVER_DRAFT, reply)) is new


@pytest.mark.parametrize("draft, reply, same", [
    # tonnes are a unit of mass, in kilograms or in tonnes, short or in full
    ("Отгружено 12 000 кг щебня.", "Отгрузили 12 тонн щебня.", True),
    ("Отгружено 12 т щебня.", "Отгрузили 12 тонн щебня.", True),
    ("Отгружено 1,5 т щебня.", "Отгрузили 1 500 кг щебня.", True),
    # … and another weight is another fact
    ("Отгружено 12 000 кг щебня.", "Отгрузили 1,2 тонны щебня.", False),
    ("Отгружено 12 т щебня.", "Отгрузили 12 кг щебня.", False),
])
def test_tonnes_are_a_unit_of_mass(draft, reply, same):
    assert same_facts("ru", draft, reply) is same


@pytest.mark.parametrize("reply, same", [
    # an ordinal day right after a date in its sentence is a day of that date's month
    ("Примерку перенесли: не 3 марта, а 5-го.", True),
    ("Примерку перенесли с 3 марта на 5-е.", True),
    # … another day is another date, and an ordinal before a noun («на 5-м этаже») no day at all
    ("Примерку перенесли: не 3 марта, а 6-го.", False),
    ("Примерка 3 марта на 5-м этаже.", False),
])
def test_an_ordinal_day_after_a_date_is_a_day_of_its_month(reply, same):
    draft = "Примерка перенесена с 03.03.2027 на 05.03.2027."
    assert same_facts("ru", draft, reply) is same


_KINDERGARTEN_DRAFT = (
    "Уважаемая Ольга Петровна!\n\nПриносим извинения за инцидент 14.09.2027. По результатам проверки установлено, что "
    "воспитатель группы не передал сведения об аллергии Вашего сына на кухню, в связи с чем ребёнку был подан творог. "
    "Администрацией детского сада приняты меры по недопущению подобных случаев.\n\nС уважением,\nзаведующая "
    "И. К. Лебедева"
)
_KINDERGARTEN_START = (
    "Ольга Петровна, здравствуйте!\n\nПростите нас за 14.09.2027: воспитатель не передал на кухню сведения об аллергии "
    "вашего сына, и ребёнку дали творог. Это наша ошибка."
)


@pytest.mark.parametrize("reply, lost", [
    # measures against a repeat are kept in plain words
    (_KINDERGARTEN_START + " Мы навели порядок в группе, чтобы такое не повторилось.\n\nС уважением,\nзаведующая "
     "И. К. Лебедева", False),
    (_KINDERGARTEN_START + " Мы навели порядок с передачей сведений на кухню, чтобы подобное не повторялось.\n\n"
     "С уважением,\nзаведующая И. К. Лебедева", False),
    # … while a reply that says nothing of them drops the remedy
    (_KINDERGARTEN_START + " Спасибо, что написали.\n\nС уважением,\nзаведующая И. К. Лебедева", True),
])
def test_measures_against_a_repeat_are_kept_in_plain_words(reply, lost):
    assert ("parts_missing" in problems_with("ru", _KINDERGARTEN_DRAFT, reply)) is lost


_GREENHOUSE_DRAFT = (
    "Уважаемый Степан Ильич!\n\nПриносим извинения за то, что монтаж теплицы не был включён в график на 12.04.2027. "
    "Это произошло по причине того, что Ваш гарантийный взнос в размере 9 200 руб., внесённый 3 апреля, не был "
    "своевременно отражён бухгалтерией. Монтаж будет выполнен 18.04.2027, взнос будет зачтён в счёт оплаты монтажа."
    "\n\nС уважением,\nООО «Теплый дом»"
)


@pytest.mark.parametrize("reply, lost", [
    # «по причине того, что» only says there is a cause: a reply that tells the cause keeps it without the word
    ("Степан Ильич, здравствуйте!\n\nПростите, что монтаж теплицы не попал в график на 12.04.2027: взнос 9 200 руб. "
     "вы внесли 3 апреля, но бухгалтерия не отразила его вовремя. Смонтируем теплицу 18.04.2027, взнос зачтём в счёт "
     "оплаты монтажа.\n\nС уважением,\nООО «Теплый дом»", False),
    # … while one that says nothing of why drops it
    ("Степан Ильич, здравствуйте!\n\nПростите, что монтаж теплицы не попал в график на 12.04.2027. Смонтируем "
     "теплицу 18.04.2027, взнос 9 200 руб., внесённый 3 апреля, зачтём в счёт оплаты монтажа.\n\nС уважением,\n"
     "ООО «Теплый дом»", True),
])
def test_the_word_reason_is_no_content_of_a_cause(reply, lost):
    assert ("parts_missing" in problems_with("ru", _GREENHOUSE_DRAFT, reply)) is lost
