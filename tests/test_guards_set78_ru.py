"""Guard set 78's Russian classes, in other domains: «день» opening a sentence is a day, no imperative that makes
what follows conditional, and a term counted from now by a unit alone («через месяц») is a deadline; a draft's waiver
in the official register (costs put down to the contractor with their sum between, hours left out of the bill, a
recount of the cost named by its noun) covers the reply's plain one, while a next job given free is another thing
given; an admission of fault («это наша ошибка») keeps no cause by its word of error; a place said by its adjective
(«по московскому времени») is the place a reply names («по Москве»); «км²» is an area of its own, and «в час дня» is
13:00."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts
from rewriter.commitments import find_promises

_BOILER_DRAFT = (
    "Уважаемый Павел Андреевич!\n\nСообщаем, что при монтаже котла 02.02.2026 был неверно подключён датчик тяги. "
    "Приносим извинения.\n\nПерезапуск котла будет проведён 06.02.2026 бесплатно. В тот же день техник Олег Зуев "
    "произведёт проверку всех соединений, акт будет направлен на адрес zuev@teplo.ru.\n\nС уважением,\nООО «Теплодом»"
)


@pytest.mark.parametrize("after, new", [
    # the draft's own check on the same day, in a sentence opened by «В тот же день»
    ("", []),
    # … while a second visit a month later is a visit and a term the draft never sets
    (", а через месяц он ещё раз бесплатно заедет посмотреть, как работает котёл", ["contact", "deadline"]),
])
def test_a_day_opening_a_sentence_sets_no_condition_and_a_later_visit_is_a_new_term(after, new):
    reply = (
        "Здравствуйте, Павел Андреевич!\n\nПростите: 02.02.2026 мы неверно подключили датчик тяги. 06.02.2026 "
        f"бесплатно перезапустим котёл. В тот же день техник Олег Зуев проверит все соединения и пришлёт акт на "
        f"zuev@teplo.ru{after}.\n\nС уважением,\nООО «Теплодом»"
    )
    assert promised_anew("ru", _BOILER_DRAFT, reply) == new


@pytest.mark.parametrize("sentence, conditional", [
    # a step asked of the reader before «и» still makes what follows conditional
    ("Пришлите фото шильдика, и техник заменит датчик бесплатно.", True),
    ("На следующий день техник заменит датчик и бесплатно проверит горелку.", False),
])
def test_only_a_step_asked_before_and_makes_the_promise_conditional(sentence, conditional):
    assert {p.conditional for p in find_promises(sentence, "ru") if p.kind == "free"} == {conditional}


def _lab_draft(waiver: str) -> str:
    return (
        "Уважаемая Марина Викторовна!\n\nСообщаем, что протокол испытаний образцов бетона по договору № ЛБ-14 был "
        "оформлен с ошибкой. Приносим извинения.\n\nИсправленный протокол будет направлен до 20.05.2026. "
        f"{waiver}\n\nС уважением,\nлаборатория «Стройконтроль»"
    )


@pytest.mark.parametrize("waiver, new", [
    # the cost put down to the contractor, its sum between
    ("Расходы на повторную экспертизу в размере 4 200 руб. будут отнесены на счёт исполнителя.", []),
    # … while a draft that only names the cost gives nothing free
    ("Расходы на повторную экспертизу в размере 4 200 руб. оплачиваются заказчиком.", ["free"]),
])
def test_costs_put_down_to_the_contractor_are_the_draft_s_waiver(waiver, new):
    reply = (
        "Здравствуйте, Марина Викторовна!\n\nМы ошиблись в протоколе испытаний бетона по договору № ЛБ-14, "
        "простите. Исправленный протокол пришлём до 20.05.2026. Повторная экспертиза стоит 4 200 руб. — эти расходы "
        "мы берём на себя.\n\nС уважением,\nлаборатория «Стройконтроль»"
    )
    assert promised_anew("ru", _lab_draft(waiver), reply) == new


def _crane_draft(billing: str) -> str:
    return (
        "Уважаемый Артём Игоревич!\n\nСообщаем, что 11.06.2026 автокран прибыл на объект с опозданием. Приносим "
        f"извинения.\n\nПервые 2 часа простоя (9 000 руб.) {billing} в счёт № 231, итоговая сумма составит "
        "27 000 руб.\n\nС уважением,\nООО «Кран-Аренда»"
    )


@pytest.mark.parametrize("billing, new", [
    ("не будут включены", []),
    # … while hours that will be billed are no waiver
    ("будут включены", ["free"]),
])
def test_hours_left_out_of_the_bill_are_the_draft_s_waiver(billing, new):
    reply = (
        "Здравствуйте, Артём Игоревич!\n\nПростите: 11.06.2026 автокран опоздал. За первые 2 часа (9 000 руб.) мы "
        "деньги не возьмём, в счёте № 231 их не будет, к оплате 27 000 руб.\n\nС уважением,\nООО «Кран-Аренда»"
    )
    assert promised_anew("ru", _crane_draft(billing), reply) == new


def test_a_next_job_given_free_is_another_thing_beside_the_draft_s_waiver():
    reply = (
        "Здравствуйте, Артём Игоревич!\n\nПростите: 11.06.2026 автокран опоздал. Первые 2 часа (9 000 руб.) мы не "
        "включим в счёт № 231, к оплате 27 000 руб. А следующий вызов крана на Ваш объект сделаем бесплатно.\n\n"
        "С уважением,\nООО «Кран-Аренда»"
    )
    assert promised_anew("ru", _crane_draft("не будут включены"), reply) == ["free"]


@pytest.mark.parametrize("recount, new", [
    # the draft's recount of the cost, named by its noun
    ("Пересчёт стоимости подписки будет выполнен до 10.04.2026.", []),
    # … while a recount of a report, free of charge, lowers no bill
    ("Пересчёт будет выполнен до 10.04.2026 — без дополнительной оплаты.", ["discount"]),
])
def test_a_recount_of_the_cost_named_by_its_noun_is_the_draft_s_discount(recount, new):
    draft = (
        "Уважаемый Илья Сергеевич!\n\nСообщаем, что стоимость подписки на журнал за март была рассчитана неверно. "
        f"Приносим извинения. {recount}\n\nС уважением,\nредакция «Садовод»"
    )
    reply = (
        "Здравствуйте, Илья Сергеевич!\n\nМы неверно рассчитали стоимость подписки за март, простите. До 10.04.2026 "
        "пересчитаем стоимость подписки.\n\nС уважением,\nредакция «Садовод»"
    )
    assert promised_anew("ru", draft, reply) == new


_STOCKTAKE_DRAFT = (
    "Уважаемый Николай Петрович!\n\nСообщаем, что в акт инвентаризации склада не включены 40 паллет на втором ярусе "
    "стеллажей. При подсчёте указанный ярус стеллажей был ошибочно расценён как пустой. Приносим извинения.\n\n"
    "Исправленный акт будет направлен до 14.09.2026.\n\nС уважением,\nООО «СкладУчёт»"
)


@pytest.mark.parametrize("cause, dropped", [
    # owning the fault says no cause, though its word of error means the draft's «ошибочно»
    ("", True),
    # … while a reply that tells the cause keeps it
    (" Мы по ошибке посчитали второй ярус пустым.", False),
])
def test_an_admission_keeps_no_cause_by_its_word_of_error(cause, dropped):
    reply = (
        "Здравствуйте, Николай Петрович!\n\nВ акте инвентаризации склада не хватает 40 паллет на втором ярусе "
        f"стеллажей. Это наша ошибка, и нам очень жаль.{cause}\n\nИсправленный акт пришлём до 14.09.2026.\n\n"
        "Спасибо за терпение.\n\nС уважением,\nООО «СкладУчёт»"
    )
    assert ("parts_missing" in problems_with("ru", _STOCKTAKE_DRAFT, reply)) is dropped


@pytest.mark.parametrize("place, new", [
    ("по Москве", False),
    # … while another place is a new fact
    ("по Новосибирску", True),
])
def test_a_place_said_by_its_adjective_is_that_place(place, new):
    draft = (
        "Уважаемая Ольга Ивановна!\n\nСообщаем, что 05.03.2026 с 10:00 до 12:30 по московскому времени онлайн-касса "
        "магазина не принимала оплату картой. Приносим извинения.\n\nС уважением,\nООО «Кассир»"
    )
    reply = (
        f"Здравствуйте, Ольга Ивановна!\n\nПростите: 05.03.2026 с 10:00 до 12:30 {place} наша онлайн-касса не "
        "принимала оплату картой.\n\nС уважением,\nООО «Кассир»"
    )
    assert ("facts_new" in problems_with("ru", draft, reply)) is new


@pytest.mark.parametrize("draft, reply, same", [
    ("лесной участок 2,8 км²", "лесной участок 2,8 квадратных километра", True),
    ("лесной участок 2,8 км²", "лесной участок 2,8 кв. км", True),
    # … an area is no length
    ("лесной участок 2,8 км²", "лесной участок 2,8 километра", False),
    # the hour one said the twelve-hour way
    ("погрузка началась в 13:00", "погрузка началась в час дня", True),
    ("погрузка началась в 01:00", "погрузка началась в час ночи", True),
    ("погрузка началась в 13:00", "погрузка началась в час ночи", False),
])
def test_an_area_and_the_hour_one_in_words_are_the_same_facts(draft, reply, same):
    assert same_facts("ru", draft, reply) is same


@pytest.mark.parametrize("draft, reply, same", [
    # a unit said alone and its hundredths in a word, as speech says a length
    ("глубина траншеи 1,2 м", "глубина траншеи метр двадцать", True),
    ("глубина траншеи 1,2 м", "глубина траншеи метр десять", False),
    # … while an hour said so is still an hour and its minutes
    ("сеанс длится 1:20", "сеанс длится час двадцать", True),
])
def test_a_length_said_as_speech_says_it_is_the_same(draft, reply, same):
    assert same_facts("ru", draft, reply) is same


@pytest.mark.parametrize("said, swapped", [
    # each number given the other's label
    ("в ячейке № 34 лежал заказ «43»", True),
    # … while the same pair said the other way round, each with its own label, is kept
    ("заказ «34» лежал в ячейке № 43", False),
    ("в ячейке № 43 лежал заказ «34»", False),
])
def test_two_numbers_given_each_other_s_labels_are_changed_facts(said, swapped):
    draft = (
        "Уважаемая Вера Павловна!\n\nСообщаем, что в ячейке № 43 постамата лежал заказ «34». Приносим извинения.\n\n"
        "С уважением,\nслужба доставки «Постамат24»"
    )
    reply = f"Здравствуйте, Вера Павловна!\n\nПростите: {said}.\n\nС уважением,\nслужба доставки «Постамат24»"
    assert ("facts_missing" in problems_with("ru", draft, reply)) is swapped

