"""Guard set 44's misses as classes, in other domains. Shape: a reply signed, as its draft is, by a name that ends on a
number («Сервисный центр АТ-1») is not cut in one of the draft's facts that starts with that number («12.03»), while one
ending on the beginning of a fact is; a reply whose greeting line ends on a comma («Здравейте, г-н Колев,») and whose
paragraph then breaks off is cut off (the comma of a greeting is no sign-off's). Facts: a Russian number and unit
written as one adjective («пятидневный») or as running metres («пог. м») are the same fact said apart. Parts: a lack
said as not enough («не набралось достаточно») or a picking slip in the reader's words («ошибся кладовщик при сборке»)
keeps the cause. Promises: an answer or a decision sent to the customer in the passive is a letter. Improvement: a
technical cause owned in a clause of its own before it («Виноваты мы — из-за сбоя…») is owned."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts

_REPAIR_DRAFT = ("Уважаемый Павел Андреевич!\nВаш ноутбук принят в ремонт 12.03, замена матрицы обойдётся в 12 400 руб. "
   "Готовность — до 19.03, справки по телефону +7 (495) 120-33-18.\n\nС уважением, сервисный центр АТ-1")
_REPAIR_BODY = ("Здравствуйте, Павел Андреевич!\nМы приняли ваш ноутбук в ремонт 12.03. Замена матрицы стоит 12 400 руб., "
   "а забрать его можно будет до 19.03. Если появятся вопросы, звоните: +7 (495) 120-33-18.\n\n")
_STORE_DRAFT = ("Уважаемая Инна Сергеевна!\nВаш заказ № 3317 передан в доставку 3 апреля. Курьер приедет до 30 апреля.\n\n"
   "С уважением, магазин ТЦ-3")
_STORE_BODY = ("Здравствуйте, Инна Сергеевна!\nЗаказ № 3317 мы передали в доставку 3 апреля, курьер приедет до 30 апреля.\n\n")
_BRANCH_DRAFT = ("Уважаеми г-н Колев,\nПратката Ви № 7140 пристигна в клона на 7 май. Може да я получите до 14 май, "
   "таксата за съхранение е 72 лв.\n\nС уважение,\nЕкип на клон ПК-7")
_BRANCH_BODY = ("Здравейте, г-н Колев,\n\nПратката Ви № 7140 пристигна в клона на 7 май и може да я вземете до 14 май, "
   "таксата за съхранение е 72 лв.\n\n")


@pytest.mark.parametrize("lang, draft, reply", [
    ("ru", _REPAIR_DRAFT, _REPAIR_BODY + "Сервисный центр АТ-1"),
    ("ru", _REPAIR_DRAFT, _REPAIR_BODY + "Спасибо, что выбрали нас!\nСервисный центр АТ-1"),
    ("ru", _STORE_DRAFT, _STORE_BODY + "Ваш магазин ТЦ-3"),
    ("bg", _BRANCH_DRAFT, _BRANCH_BODY + "Поздрави,\nЕкип на клон ПК-7"),
])
def test_a_reply_signed_by_the_drafts_name_ending_on_a_number_is_not_cut_off(lang, draft, reply):
    assert "shape_truncated" not in problems_with(lang, draft, reply)


@pytest.mark.parametrize("lang, draft, reply", [
    # the beginning of the draft's phone, its date, its amount
    ("ru", _REPAIR_DRAFT, _REPAIR_BODY.rstrip().rpartition(" ")[0] + " +7 (495) 12"),
    ("ru", _REPAIR_DRAFT, _REPAIR_BODY.rstrip().rpartition("а забрать")[0] + "а забрать его можно будет до 19.0"),
    ("ru", _REPAIR_DRAFT, _REPAIR_BODY.rstrip().rpartition("Замена")[0] + "Замена матрицы стоит 12 4"),
    # a phone cut after its country code, though the draft has the number 7 alone
    ("bg", _BRANCH_DRAFT + "\nТел. +359 2 914 77 01", _BRANCH_BODY + "Ако имате въпроси, обадете се на +3"),
])
def test_a_reply_ending_on_the_beginning_of_a_drafts_fact_is_cut_off(lang, draft, reply):
    assert "shape_truncated" in problems_with(lang, draft, reply)


@pytest.mark.parametrize("lang, draft, reply", [
    ("bg", _BRANCH_DRAFT, "Здравейте, г-н Колев,\nПратката Ви № 7140 пристигна в клона на 7 май и може да я вземете до"),
    ("bg", _BRANCH_DRAFT, "Уважаеми г-н Колев,\n\nПратката Ви № 7140 пристигна в клона на 7 май, затова ако не успеете да"),
    ("ru", _STORE_DRAFT, "Здравствуйте, Инна Сергеевна,\nЗаказ № 3317 мы передали в доставку 3 апреля, и курьер приедет к вам"),
])
def test_a_paragraph_breaking_off_under_a_greeting_that_ends_on_a_comma_is_cut_off(lang, draft, reply):
    assert "shape_truncated" in problems_with(lang, draft, reply)


@pytest.mark.parametrize("lang, draft, reply", [
    # the name under a sign-off's comma may end without a stop, however long
    ("bg", _BRANCH_DRAFT, _BRANCH_BODY + "С уважение,\nЕкипът на клона ни в кв. Лозенец на ул. Кораб планина"),
    ("ru", _STORE_DRAFT, _STORE_BODY + "С уважением,\nКоманда интернет-магазина бытовой техники и электроники на Садовой"),
])
def test_a_long_name_under_a_sign_off_is_no_sentence_cut_short(lang, draft, reply):
    assert "shape_truncated" not in problems_with(lang, draft, reply)


@pytest.mark.parametrize("draft, reply, same", [
    # a number and its unit written as one adjective are the number and the unit said apart
    ("Пятидневный тур по Алтаю начнётся 12.08.", "Тур по Алтаю на пять дней начнётся 12.08.", True),
    ("Лекция будет трёхчасовой, начало в 18:00.", "Лекция продлится 3 часа, начало в 18:00.", True),
    ("Установлен двухнедельный срок рассмотрения.", "Срок рассмотрения — 2 недели.", True),
    # … a changed number or unit is not
    ("Двухдневный семинар пройдёт 3 октября.", "Семинар на три дня пройдёт 3 октября.", False),
    ("Пятидневный срок ремонта отсчитывается с 3 октября.", "Срок ремонта 5 рабочих дней отсчитывается с 3 октября.", False),
    # running metres are metres of length
    ("Доставили 45 пог. м плинтуса.", "Доставили 45 погонных метров плинтуса.", True),
    ("Доставили 45 пог. м плинтуса.", "Доставили 45 м плинтуса.", True),
    ("Доставили 45 пог. м плинтуса.", "Доставили 45 кв. м плинтуса.", False),
    ("Доставили 45 пог. м плинтуса.", "Доставили 54 м плинтуса.", False),
])
def test_a_russian_number_with_its_unit_is_the_same_fact_however_written(draft, reply, same):
    assert same_facts("ru", draft, reply) is same


_TOUR_DRAFT = ("Уважаемая Ксения Павловна!\nЭкскурсия в Суздаль 14.09 отменена в связи с отсутствием минимальной группы туристов. "
   "Приносим извинения за неудобства. Оплата 3 500 руб. будет возвращена до 20.09.\nС уважением, бюро «Кольцо»")
_WEBINAR_DRAFT = ("Уважаемая Ксения Павловна!\nВебинар по налоговому вычету, запланированный на 12.04, перенесён на 19.04 ввиду "
   "нехватки лекторов. Приносим извинения за неудобства. Оплата 3 500 руб. будет возвращена до 20.09.\nС уважением, бюро «Кольцо»")


@pytest.mark.parametrize("draft, cause, lost", [
    # a lack said as not enough of the people it needs («не набралось достаточно»), in words the draft does not use
    (_TOUR_DRAFT, "Экскурсию в Суздаль 14.09 пришлось отменить: не набралось достаточно участников.", []),
    (_TOUR_DRAFT, "Экскурсию в Суздаль 14.09 отменили, потому что достаточного числа желающих не нашлось.", []),
    (_WEBINAR_DRAFT, "12.04 занятия не будет, его проведём 19.04: у нас не нашлось достаточно преподавателей.", []),
    # … while a reply that tells only the change drops the cause
    (_TOUR_DRAFT, "Экскурсию в Суздаль 14.09 пришлось отменить.", ["explanation"]),
    (_WEBINAR_DRAFT, "12.04 занятия не будет, его проведём 19.04.", ["explanation"]),
])
def test_a_lack_said_as_not_enough_keeps_the_cause(draft, cause, lost):
    reply = (f"Здравствуйте, Ксения Павловна!\n{cause} Простите за неудобства. 3 500 руб. вернём до 20.09.\n"
       "Бюро «Кольцо»")
    assert list(problems_with("ru", draft, reply).get("parts_missing", ())) == lost


_SWEATER_DRAFT = ("Здравствуйте, Алла!\nПриносим извинения: вместо синего свитера размера M Вам был отправлен зелёный. Ошибка "
   "произошла по вине работника склада при комплектации посылки. Курьер обменяет свитер 14.10.\nС уважением, магазин «Пряжа»")


@pytest.mark.parametrize("cause, lost", [
    # who picks an order and the picking, in the reader's words
    ("Виноват наш кладовщик — ошибся при сборке.", []),
    ("Это промах кладовщика: он перепутал цвет при сборке.", []),
    # … while a reply that tells only the mix-up drops the cause
    ("Так вышло, что цвет перепутали.", ["explanation"]),
])
def test_a_picking_slip_said_in_the_readers_words_keeps_the_cause(cause, lost):
    reply = (f"Алла, здравствуйте!\nПростите: вместо синего свитера размера M мы прислали зелёный. {cause} "
       "Курьер обменяет свитер 14.10.\nМагазин «Пряжа»")
    assert list(problems_with("ru", _SWEATER_DRAFT, reply).get("parts_missing", ())) == lost


@pytest.mark.parametrize("draft, reply, new", [
    # an answer, a decision or a result sent to the customer in the passive is a letter, which the reply may write
    ("Решение по Вашей жалобе будет направлено Вам до 20.04.", "До 20.04 мы напишем вам, что решили по жалобе.", []),
    ("Заключение эксперта будет выслано Вам письменно в течение 5 дней.", "В течение 5 дней мы сообщим вам заключение эксперта.", []),
    ("Результаты проверки будут направлены Вам 03.03.", "03.03 мы пришлём вам результаты проверки.", []),
    # … while a parcel sent is a delivery, and writing about it is a contact the draft does not promise
    ("Заказ будет направлен Вам курьером 03.03.", "Заказ привезёт курьер 03.03, а накануне мы вам напишем.", ["contact"]),
])
def test_an_answer_sent_in_the_passive_is_the_replys_letter(draft, reply, new):
    assert promised_anew("ru", draft, reply) == new


# a draft heavy with officialese whose technical cause the reply keeps, owned in a clause of its own before it, beside a
# stock phrase of its own: improved; with the ownership taken out, or the blame passed on, it hides the doer as the draft does
_GYM_DRAFT = ("Уважаемая Марина Олеговна!\nВаше обращение от 02.02 рассмотрено. Оплата абонемента была списана повторно из-за "
   "технического сбоя. Приносим извинения за доставленные неудобства. В настоящее время излишне списанные денежные средства "
   "возвращены на карту. Надеемся на Ваше понимание.")
_GYM_REPLY = ("Здравствуйте, Марина Олеговна!\nСпасибо, что написали нам 02.02. Приносим извинения. {cause} технического сбоя "
   "оплата абонемента прошла дважды. Лишние деньги мы уже вернули на карту. Надеемся на ваше понимание.")


@pytest.mark.parametrize("cause, better", [
    ("Виноваты мы — из-за", True),
    ("Это мы виноваты: из-за", True),
    ("Ошибка наша — из-за", True),
    ("Из-за", False),
    ("Виноваты не мы — из-за", False),
])
def test_a_technical_cause_owned_before_it_is_an_improvement(cause, better):
    reply = _GYM_REPLY.format(cause=cause)
    assert ("not_better" not in problems_with("ru", _GYM_DRAFT, reply)) is better
