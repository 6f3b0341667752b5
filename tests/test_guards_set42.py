"""Guard set 42's misses as classes, in other wordings and domains: the words of an official frame around a part
(«указанный», «допущена на этапе…», «произошла», «выполнена») say that something was decided or
happened, not what, so a reply that tells the part plainly keeps it, as does one that says «в полном объёме» as «всё»;
a cost we bear is a service free to the reader («за счёт компании» → «бесплатно», „без допълнително заплащане“ → „без
да доплащате“); and a negation in the clause a promise's words open holds there even when those words run on past the
clause's end («возвращать не нужно, а цена прежняя»)."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

_PACKED = (
    "Уважаемая Анна Петровна!\nПриносим извинения за неудобства. В комплекте шкафа не оказалось двух петель. Ошибка была "
    "допущена на этапе упаковки вследствие сбоя сканера. Недостающие петли будут отправлены 12.05.2027.\n"
    "С уважением, фабрика «Дом»"
)
_CLEANED = (
    "Уважаемая Марина Олеговна!\nПриносим извинения. Нами принято решение о повторной химчистке указанного ковра за счёт "
    "компании. Курьер заберёт ковёр 14.07.2027, телефон курьера 8 900 111-22-33. Благодарим за понимание.\n"
    "С уважением, химчистка «Блеск»"
)
_CUP = (
    "Уважаеми г-н Илиев,\nИзвиняваме се за счупената чаша. Независимо от факта, че фирмата ни не носи отговорност за "
    "действията на превозвача, ще Ви бъде изпратен нов сервиз без допълнително заплащане. Благодарим Ви за разбирането.\n"
    "С уважение, магазин „Порцелан“"
)


@pytest.mark.parametrize("lang, draft, reply, lost", [
    # the stage where the error was made, told with the company as the doer, keeps the cause «допущена на этапе» frames
    ("ru", _PACKED, "Здравствуйте, Анна Петровна!\nПростите нас: в комплекте шкафа не оказалось двух петель. Мы сами "
                    "ошиблись при упаковке. Петли отправим 12.05.2027.\nФабрика «Дом»", []),
    # … while a reply that only owns the fault tells no cause
    ("ru", _PACKED, "Здравствуйте, Анна Петровна!\nПростите нас: в комплекте шкафа не оказалось двух петель, это наша "
                    "ошибка. Петли отправим 12.05.2027.\nФабрика «Дом»", ["explanation"]),
    # a decision told as what we will do, free, keeps «повторная химчистка указанного ковра за счёт компании»
    ("ru", _CLEANED, "Здравствуйте, Марина Олеговна!\nПростите нас. Мы бесплатно почистим его ещё раз: курьер заберёт "
                     "ковёр 14.07.2027, телефон курьера 8 900 111-22-33. Спасибо за понимание!\nХимчистка «Блеск»", []),
    # … while a reply that keeps only the courier's date and phone drops the step
    ("ru", _CLEANED, "Здравствуйте, Марина Олеговна!\nПростите нас. Курьер заберёт ковёр 14.07.2027, телефон курьера "
                     "8 900 111-22-33. Спасибо за понимание!\nХимчистка «Блеск»", ["remedy"]),
    # no extra charge said with another prefix keeps the step, the disclaimer beside it left out
    ("bg", _CUP, "Здравейте, г-н Илиев,\nИзвиняваме се за счупената чаша. Ще Ви изпратим нов, без да доплащате нищо. "
                 "Благодарим Ви за разбирането!\nМагазин „Порцелан“", []),
    # … while a reply that sends a cup, not the set free of charge, drops it
    ("bg", _CUP, "Здравейте, г-н Илиев,\nИзвиняваме се за счупената чаша. Ще Ви изпратим нова чаша. Благодарим Ви за "
                 "разбирането!\nМагазин „Порцелан“", ["remedy"]),
])
def test_a_part_told_without_its_official_frame_is_kept(lang, draft, reply, lost):
    assert list(problems_with(lang, draft, reply).get("parts_missing", ())) == lost


_REPAIR = "Уважаемый Глеб Андреевич!\nНовый блок питания привезём 10.03.2027. Стоимость ремонта остаётся прежней.\nСервис «Ток»"


@pytest.mark.parametrize("reply, new", [
    # nothing to send back, and the price as it was: no money given back
    ("Здравствуйте, Глеб Андреевич!\nНовый блок питания привезём 10.03.2027. Старый блок возвращать не нужно, а цена "
     "ремонта остаётся прежней.\nСервис «Ток»", []),
    # … while money given back in the next clause is a refund the draft does not make
    ("Здравствуйте, Глеб Андреевич!\nНовый блок питания привезём 10.03.2027. Старый блок сдавать не нужно, а стоимость "
     "ремонта вернём на карту.\nСервис «Ток»", ["refund", "transfer"]),
    # … and so is a negation in a clause set inside the promise's words
    ("Здравствуйте, Глеб Андреевич!\nНовый блок питания привезём 10.03.2027. Залог, не дожидаясь проверки блока, вернём."
     "\nСервис «Ток»", ["refund"]),
])
def test_a_negation_holds_in_the_clause_a_promise_opens(reply, new):
    assert promised_anew("ru", _REPAIR, reply) == new


_CHAIRS = (
    "Уважаемый Павел Андреевич!\nПриносим извинения. В поставке по договору № 77-К не хватило 6 стульев. Недопоставка "
    "произошла вследствие ошибки при погрузке на складе в г. Твери. Недостающие стулья будут доставлены до 18.08.2027. "
    "Стоимость поставки перерасчёту не подлежит, поскольку поставка будет выполнена в полном объёме.\n"
    "С уважением, фабрика «Стул»"
)
_CHAIRS_TOLD = (
    "Здравствуйте, Павел Андреевич!\nПростите нас: в поставке по договору № 77-К не хватило 6 стульев — их не погрузили "
    "на нашем складе в г. Твери. Недостающие стулья привезём до 18.08.2027. "
)


@pytest.mark.parametrize("reply, lost", [
    # why the price stays, «будет выполнена в полном объёме», said plainly as getting all of it
    (_CHAIRS_TOLD + "Стоимость не меняется: вы получите всё, что заказали.\nФабрика «Стул»", []),
    # … while a reply that only says the price stays gives no reason for it
    (_CHAIRS_TOLD + "Стоимость поставки не меняется.\nФабрика «Стул»", ["explanation"]),
])
def test_the_whole_of_it_said_plainly_keeps_the_reason(reply, lost):
    assert list(problems_with("ru", _CHAIRS, reply).get("parts_missing", ())) == lost
