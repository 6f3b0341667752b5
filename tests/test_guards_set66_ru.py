"""Guard set 66's Russian classes, in other domains: a service sent again at the cost of a farm or a works named by its
kind is free; a link or a copy sent in the passive, the link after the verb, is a letter; a next purchase named in
another way the sentence offers («…или запишем на следующий…») is that way's, not the money given back before it; a
need that arose («потребовалось») said plainly («пришлось»), low water said by the river's shallowing, a thing «изъят»
said as taken back, and an adjective in «-овой» said by its noun keep a part in other words; a clause that only names
its fact («с нарушением установленного времени (07:00)») is kept by that fact."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew
from rewriter.part_content import word_stems

_FARM = (
    "Уважаемый Игорь Петрович!\n\nУстановлено, что 2 ящика яиц из заказа № 5521 были разбиты при погрузке. Приносим "
    "извинения.\n\nПовторная поставка 2 ящиков будет произведена {payer} 14.05.\n\nС уважением,\nферма «Заречье»"
)
_FARM_REPLY = (
    "Здравствуйте, Игорь Петрович!\n\nПростите нас: 2 ящика яиц из заказа № 5521 разбились при погрузке.\n\n"
    "14.05 бесплатно привезём вам 2 новых ящика.\n\nС уважением,\nферма «Заречье»"
)


@pytest.mark.parametrize("payer, new", [
    # the farm's cost is a free delivery again
    ("за счёт фермы", []),
    # … while the customer's cost is not
    ("за счёт заказчика", ["free"]),
])
def test_a_service_at_the_cost_of_a_farm_named_by_its_kind_is_free(payer, new):
    assert [k for k in promised_anew("ru", _FARM.format(payer=payer), _FARM_REPLY) if k == "free"] == new


_LAYOUT = (
    "Уважаемая Лариса!\n\nГотовый макет визиток будет отправлен {how} до 20.03.\n\nС уважением,\nстудия дизайна «Линия»"
)
_LAYOUT_REPLY = "Здравствуйте, Лариса!\n\nГотовый макет визиток пришлём ссылкой до 20.03.\n\nС уважением,\nстудия дизайна «Линия»"


@pytest.mark.parametrize("how, new", [
    # the link sent, said in the passive, is the reply's letter
    ("ссылкой в мессенджер", []),
    # … while a draft that sends the paper by courier sends no letter
    ("курьером", ["contact"]),
])
def test_a_link_sent_in_the_passive_after_its_verb_is_a_letter(how, new):
    assert [k for k in promised_anew("ru", _LAYOUT.format(how=how), _LAYOUT_REPLY) if k == "contact"] == new


_COURSES = (
    "Уважаемый Олег!\n\nЗанятие 05.03 было отменено. Вам может быть произведён возврат оплаты в размере 2 400 руб. на "
    "карту либо перенос на занятие 12.03.\n\nС уважением,\nшкола гончарного дела «Глина»"
)


@pytest.mark.parametrize("ways, new", [
    # the money back now, or another class later
    ("вернуть 2 400 руб. на карту или записать вас на следующее занятие, 12.03", []),
    # … while money back as credit for the next class is money for a next time
    ("вернуть 2 400 руб. депозитом на следующее занятие, 12.03", ["refund"]),
])
def test_a_next_time_named_in_another_way_leaves_the_money_back_now(ways, new):
    reply = (
        f"Здравствуйте, Олег!\n\nЗанятие 05.03 отменили, простите. Можем {ways}.\n\nС уважением,\nшкола гончарного дела "
        "«Глина»"
    )
    assert [k for k in promised_anew("ru", _COURSES, reply) if k == "refund"] == new


_FERRY = (
    "Уважаемый Виктор!\n\nРейс парома через протоку 09.08 был отменён. Отмена обусловлена низким уровнем воды.\n\n"
    "Стоимость билета 900 руб. будет возвращена на карту до 15.08.\n\nС уважением,\nпереправа «Берег»"
)


@pytest.mark.parametrize("cause, dropped", [
    # low water said by the channel's shallowing
    ("протока сильно обмелела, и ", False),
    # … while a reply that names no cause drops it
    ("", True),
])
def test_low_water_said_by_the_shallowing_keeps_the_cause(cause, dropped):
    reply = (
        f"Здравствуйте, Виктор!\n\nПростите: {cause}рейс парома через протоку 09.08 пришлось отменить.\n\n900 руб. за билет вернём на "
        "карту до 15.08.\n\nС уважением,\nпереправа «Берег»"
    )
    assert ("explanation" in problems_with("ru", _FERRY, reply).get("parts_missing", ())) is dropped


_BEDS = (
    "Уважаемая Нина!\n\nПриносим извинения: 03.06 Вам был доставлен матрас не того размера.\n\nНовый матрас 160×200 "
    "будет доставлен 07.06. Матрас неверного размера будет изъят при передаче.\n\nС уважением,\nсалон «Сон»"
)


@pytest.mark.parametrize("taken, dropped", [
    # the wrong one taken back, said plainly
    ("а старый сразу заберём", False),
    # … while a reply that leaves it with the customer drops that step
    ("а про старый договоримся", True),
])
def test_a_thing_taken_back_said_plainly_keeps_the_step(taken, dropped):
    reply = (
        f"Здравствуйте, Нина!\n\nПростите: 03.06 мы привезли вам матрас не того размера.\n\n07.06 привезём новый матрас "
        f"160×200, {taken}.\n\nС уважением,\nсалон «Сон»"
    )
    assert ("remedy" in problems_with("ru", _BEDS, reply).get("parts_missing", ())) is dropped


_STUDIO = (
    "Уважаемый Артём!\n\nПриносим извинения: запись подкаста задержалась. Задержка вызвана тем, что не была сохранена "
    "звуковая дорожка второго микрофона, в связи с чем потребовалась повторное сведение записи.\n\nГотовый выпуск "
    "будет направлен Вам 22.02.\n\nС уважением,\nстудия «Эфир»"
)


@pytest.mark.parametrize("cause, dropped", [
    # the need said plainly
    ("мы не сохранили дорожку со второго микрофона, и пришлось сводить запись заново", False),
    # … while a reply that says only the delay drops the cause
    ("выпуск задержался", True),
])
def test_a_need_that_arose_said_plainly_keeps_the_cause(cause, dropped):
    reply = (
        f"Здравствуйте, Артём!\n\nПростите нас: {cause}.\n\nГотовый выпуск пришлём 22.02.\n\nС уважением,\nстудия «Эфир»"
    )
    assert ("explanation" in problems_with("ru", _STUDIO, reply).get("parts_missing", ())) is dropped


_WASTE = (
    "Уважаемый Семён!\n\nВывоз мусора с площадки 14.05 был выполнен с нарушением установленного времени (07:00): "
    "фактически в 11:20. Приносим извинения.\n\nС уважением,\nкомпания «Вектор»"
)


@pytest.mark.parametrize("when, problems", [
    # the norm named only by its time, the time kept
    ("должны были вывезти к 07:00, а приехали только в 11:20", {}),
    # … while a reply that drops the time the norm names drops a fact: «выполнен с нарушением времени» tells how the
    # work went, the failure, no cause (guardsru-93), so the facts guard stops it, not the parts guard
    ("приехали только в 11:20", {"facts_missing": ("07:00",)}),
])
def test_a_clause_that_only_names_its_fact_is_kept_by_the_fact(when, problems):
    reply = f"Здравствуйте, Семён!\n\nПростите нас: 14.05 мусор с площадки {when}.\n\nС уважением,\nкомпания «Вектор»"
    assert problems_with("ru", _WASTE, reply) == problems


@pytest.mark.parametrize("adjective, noun, shared", [
    # an adjective in «-евой»/«-овой» shares its noun's root
    ("ключевой", "ключ", True),
    ("звуковая", "звук", True),
    # … while a noun that only begins with the same letters does not
    ("ключица", "ключ", False),
])
def test_an_adjective_in_ovoy_shares_the_root_of_its_noun(adjective, noun, shared):
    assert bool(word_stems(adjective, "ru") & word_stems(noun, "ru")) is shared
