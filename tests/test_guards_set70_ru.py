"""Guard set 70's Russian classes, and set 69's older misses, in other domains: an editor's note in round brackets,
headed as the editor's or speaking of the letter itself, is not a reply to send; a worker's job in the imperfective
future («работы будет выполнять мастер») is a visit; what cannot be done with the thing («не может быть использована»)
is no step of the remedy, so the cause beside it stays the draft's; a thing unfit for use, goods rejected and a thing
made again said in plain words keep the cause; a bare whole after «из» takes the currency of its sum, minutes short of
the hour and a time with no half of the day are times, and a unit said before a number in words is that number's."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts

_BAKERY = (
    "Уважаемая Наталья!\n\nТорт к 12.05 был испечён не по Вашему эскизу. Приносим извинения.\n\nНовый торт будет готов "
    "13.05 к 11:00.\n\nС уважением,\nкондитерская «Корица»"
)
_BAKERY_REPLY = (
    "Здравствуйте, Наталья!\n\nПростите: торт к 12.05 мы испекли не по вашему эскизу.\n\n{note}\n\nНовый торт будет готов "
    "13.05 к 11:00.\n\nС уважением,\nкондитерская «Корица»"
)


@pytest.mark.parametrize("note, stopped", [
    # a note headed as the editor's, by the genitive, with no preposition
    ("(Комментарий автора: если клиентка уже забрала торт, второй абзац не нужен.)", True),
    # a note on the letter itself: a part of it beside a verb of editing it
    ("(Если ответ покажется длинным, последний абзац можно убрать.)", True),
    # … while an aside to the reader that names the letter edits nothing
    ("(Чек за первый торт мы приложили к этому письму.)", False),
    ("(Примечание: коробку для торта дадим бесплатно.)", False),
])
def test_an_editors_note_in_round_brackets_is_not_a_reply_to_send(note, stopped):
    assert ("shape_commentary" in problems_with("ru", _BAKERY, _BAKERY_REPLY.format(note=note))) is stopped


_FENCE = (
    "Уважаемый Игорь Семёнович!\n\nУстановка забора 03.04 не состоялась из-за болезни бригадира. Приносим извинения.\n\n"
    "{job}\n\nС уважением,\nООО «Ограда»"
)
_FENCE_REPLY = (
    "Здравствуйте, Игорь Семёнович!\n\nПростите: забор 03.04 мы не поставили, бригадир заболел.\n\n10.04 к вам приедет "
    "монтажник Пётр Орлов и поставит забор.\n\nС уважением,\nООО «Ограда»"
)


@pytest.mark.parametrize("job, new", [
    # the worker's job in the imperfective future: the worker comes
    ("Установку 10.04 будет выполнять монтажник Пётр Орлов.", []),
    # … while the panels sent by a carrier bring no one
    ("Секции забора будут отправлены транспортной компанией 10.04.", ["contact"]),
])
def test_a_workers_job_in_the_imperfective_future_is_a_visit(job, new):
    assert [k for k in promised_anew("ru", _FENCE.format(job=job), _FENCE_REPLY) if k == "contact"] == new


_CHAIRS = (
    "Уважаемая Вера Павловна!\n\nСообщаем, что поставка стульев 14.02 была произведена не в полном объёме: вместо 12 "
    "стульев Вам было доставлено 8. Недопоставка обусловлена поломкой фрезерного станка в цехе, в результате которой "
    "часть заготовок была испорчена и не может быть использована. Приносим извинения.\n\nНедостающие 4 стула будут "
    "доставлены 21.02.\n\nС уважением,\nфабрика «Стул»"
)


@pytest.mark.parametrize("cause, dropped", [
    # the cause said in other words, told beside what cannot be done with the thing («не может быть использована»)
    ("В цехе сломался фрезерный станок, и часть заготовок он испортил.", False),
    # … while a reply that tells only the shortfall drops it
    ("Так получилось, что стульев не хватило.", True),
])
def test_a_cause_beside_what_cannot_be_done_with_the_thing_is_kept_in_other_words(cause, dropped):
    reply = (
        "Здравствуйте, Вера Павловна!\n\n14.02 мы привезли вам 8 стульев вместо 12. " + cause + " Простите нас.\n\n"
        "Недостающие 4 стула привезём 21.02.\n\nС уважением,\nфабрика «Стул»"
    )
    assert ("explanation" in problems_with("ru", _CHAIRS, reply).get("parts_missing", ())) is dropped


@pytest.mark.parametrize("draft_cause, reply_cause, dropped", [
    # a thing unfit for use said as what may not be done with it
    ("Ремонт задерживается, так как присланные колодки оказались непригодны для установки.",
     "Ремонт задерживается: присланные колодки ставить нельзя.", False),
    # goods rejected with the other prefix, and a thing made again said plainly
    ("Ремонт задерживается, так как партия дисков была отбракована и направлена на повторное литьё.",
     "Ремонт задерживается: диски мы забраковали, их отольют заново.", False),
    # … while a reply that gives another cause drops the draft's
    ("Ремонт задерживается в связи с возгоранием проводки в цехе покраски.",
     "Ремонт задерживается: у нас не хватило мастеров.", True),
])
def test_a_cause_said_in_plain_words_is_kept(draft_cause, reply_cause, dropped):
    draft = (
        "Уважаемый Олег!\n\n" + draft_cause + " Приносим извинения.\n\nАвтомобиль будет готов 18.09.\n\n"
        "С уважением,\nавтосервис «Гараж»"
    )
    reply = (
        "Здравствуйте, Олег!\n\n" + reply_cause + " Простите нас.\n\nМашина будет готова 18.09.\n\n"
        "С уважением,\nавтосервис «Гараж»"
    )
    assert ("explanation" in problems_with("ru", draft, reply).get("parts_missing", ())) is dropped


@pytest.mark.parametrize("draft, reply, same", [
    # a bare whole after «из» takes the currency of its part
    ("Осталось оплатить 2 400 руб. из общей суммы 9 900 руб.", "Осталось доплатить 2400 рублей из 9 900.", True),
    # … while another whole is another fact, and a count after «из» takes no currency
    ("Осталось оплатить 2 400 руб. из общей суммы 9 900 руб.", "Осталось доплатить 2400 рублей из 9 000.", False),
    ("Вернём 300 руб. за 2 заказа.", "Вернём 300 руб. из 2 заказов.", True),
    # … nor does a whole after a quantity take its unit
    ("Сушка прервана на 30-м часу из 72 предусмотренных.", "Сушка оборвалась через 30 часов из 72.", True),
    # minutes short of the hour, with the half of the day
    ("Автобус придёт в 18:45.", "Автобус придёт без пятнадцати семь вечера.", True),
    ("Автобус придёт в 18:45.", "Автобус придёт без пятнадцати восемь вечера.", False),
    # a time with no half of the day may be the one after noon
    ("Приём начнётся в 14:30.", "Приём начнётся в половине третьего.", True),
    ("Приём начнётся в 14:30.", "Приём начнётся в половине четвёртого.", False),
    # a unit said before a number in words, as a guess is said
    ("Высота сосны около 20 метров.", "Сосна высотой метров двадцать.", True),
    ("Высота сосны около 20 метров.", "Сосна высотой метров тридцать.", False),
    # … while a number after a lone unit that counts something else takes no unit
    ("Занятия 3 раза в неделю.", "Занятия раз в неделю три раза подряд.", True),
])
def test_facts_written_otherwise_are_the_same(draft, reply, same):
    assert same_facts("ru", draft, reply) is same
