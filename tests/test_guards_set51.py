"""Guard set 51's Russian classes, in other domains: a clause's number («п. 4.3») is no date, so a penalty promised
by that clause is a compensation of the reply's own; a refusal said not to be final («Отказ не окончательный: …») does
not hide the guarantee after it; a worker «готов приехать» is the draft's visit; a bracketed instruction to the
sender («[уточнить адрес]») is a template slot; a last line ending on an adjective whose noun never came is cut off;
thanks to come («Будем признательны за …») ask for something, which thanks elsewhere do not keep; a workload told as a
flow of requests and a register «обновлялся» keep the draft's cause; a second review left open is a step of the remedy."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew


@pytest.mark.parametrize("draft, reply, new", [
    # a penalty promised by a clause the draft only names beside a review is a compensation of the reply's own
    ("Вопрос о штрафных санкциях по п. 4.3 договора аренды будет рассмотрен после получения претензии.",
     "Пени по п. 4.3 договора аренды мы заплатим, как только получим вашу претензию.", True),
    ("Требование об уплате штрафа по пункту 7.1 договора подряда будет рассмотрено в установленном порядке.",
     "Выплатим штраф по пункту 7.1 договора подряда сразу после вашей претензии.", True),
    # … while a draft that promises the penalty by that clause covers it
    ("Неустойка по п. 4.3 договора аренды будет выплачена после получения претензии.",
     "Неустойку по п. 4.3 договора аренды выплатим, как только получим вашу претензию.", False),
])
def test_a_clause_number_is_no_date_of_a_compensation(draft, reply, new):
    assert ("compensation" in promised_anew("ru", draft, reply)) is new


_PERMIT_DRAFT = (
    "В выдаче разрешения на установку рекламной конструкции отказано. Заявление может быть повторно рассмотрено "
    "при представлении нового эскиза."
)


@pytest.mark.parametrize("reply, new", [
    # a refusal said not to be final hides no guarantee after it
    ("Отказ не окончательный: если пришлёте новый эскиз, заявление рассмотрят ещё раз, и мы гарантируем, что "
     "разрешение выдадут.", True),
    ("Это решение не окончательное, и мы гарантируем, что со вторым эскизом конструкцию согласуют.", True),
    # … while a refusal that stands still promises nothing
    ("В разрешении отказано, и гарантировать его выдачу мы не можем.", False),
])
def test_a_refusal_said_not_final_hides_no_guarantee(reply, new):
    assert ("guarantee" in promised_anew("ru", _PERMIT_DRAFT, reply)) is new


@pytest.mark.parametrize("draft, reply, new", [
    # a worker «готов приехать» is the draft's visit, which «приедет» restates
    ("Инженер готов приехать к Вам 12.04 и настроить котёл без доплаты.", "Инженер приедет к вам 12.04 и бесплатно настроит котёл.", False),
    ("Бригада готова прибыть на объект 3 марта.", "Бригада приедет на объект 3 марта.", False),
    # … while a draft that asks the customer to come to us promises no visit
    ("Настроить котёл можно в нашем сервисном центре 12.04 без доплаты.", "Инженер приедет к вам 12.04 и бесплатно настроит котёл.", True),
])
def test_a_worker_ready_to_come_is_a_visit(draft, reply, new):
    assert ("contact" in promised_anew("ru", draft, reply)) is new


_SHOP_DRAFT = (
    "Уважаемая Ольга Петровна!\n\nЗаказ № 4412 передан в пункт выдачи 15.05. Срок хранения заказа — 7 дней.\n\n"
    "Благодарим за покупку.\n\nС уважением,\nинтернет-магазин «Лампа»"
)
_SHOP_BODY = "Ольга Петровна, здравствуйте!\n\nВаш заказ № 4412 уже в пункте выдачи с 15.05. Он будет ждать вас 7 дней."


@pytest.mark.parametrize("reply, problem", [
    # an instruction to the sender left in brackets is a template slot
    (_SHOP_BODY + " [уточнить адрес пункта выдачи]\n\nСпасибо за покупку!\n\nС уважением,\nинтернет-магазин «Лампа»",
     "shape_placeholder"),
    (_SHOP_BODY + " [insert opening hours]\n\nСпасибо за покупку!\n\nС уважением,\nинтернет-магазин «Лампа»", "shape_placeholder"),
    # a last line that ends on an adjective whose noun never came is cut off
    (_SHOP_BODY + "\n\nНадеемся на долгое и приятное", "shape_truncated"),
    # … while a reply that closes and signs is whole
    (_SHOP_BODY + " (См. письмо с кодом получения.)\n\nСпасибо за покупку!\n\nС уважением,\nинтернет-магазин «Лампа»", None),
    (_SHOP_BODY + "\n\nСпасибо за покупку!\n\nВсего доброго", None),
])
def test_a_slot_of_instructions_and_a_line_cut_after_its_adjective_are_no_reply(reply, problem):
    found = problems_with("ru", _SHOP_DRAFT, reply)
    shape = next((p for p in found if p.startswith("shape_")), None)
    assert shape == problem


_GARAGE_BODY = (
    "Спасибо, что написали нам. Мы заменим ворота гаража 21.06 за свой счёт. По всем вопросам звоните "
    "мастеру Сергею Левину: +7 (812) 300-40-50."
)


@pytest.mark.parametrize("closing, dropped", [
    # thanks to come ask the reader for something, which a reply ending on the contact line has dropped
    ("Будем признательны за доступ к гаражу в этот день.", True),
    # … while thanks said now are kept by the reply's own
    ("Благодарим за понимание.", False),
])
def test_thanks_to_come_are_a_request_the_reply_must_keep(closing, dropped):
    draft = (
        "Уважаемый Антон Ильич!\n\nВорота гаража будут заменены за счёт подрядчика 21.06. По всем вопросам — мастер "
        f"Сергей Левин, тел. +7 (812) 300-40-50.\n\n{closing}\n\nС уважением,\nООО «Гараж-Сервис»"
    )
    reply = f"Антон Ильич, здравствуйте!\n\n{_GARAGE_BODY}\n\nС уважением,\nООО «Гараж-Сервис»"
    assert ("closing" in problems_with("ru", draft, reply).get("parts_missing", ())) is dropped


_FUND_DRAFT = (
    "Уважаемая Вера Андреевна!\n\nФонд рассмотрел Вашу заявку № Г-118 на грант. Несвоевременное направление ответа "
    "связано с высокой загруженностью экспертов в период актуализации реестра получателей. Приносим извинения за "
    "задержку. Заявка может быть повторно рассмотрена на следующем заседании совета при представлении сметы.\n\n"
    "С уважением,\nБлаготворительный фонд «Исток»"
)
_FUND_OPENING = "Вера Андреевна, здравствуйте!\n\nМы рассмотрели вашу заявку № Г-118 на грант. Простите, что ответили так поздно"
_FUND_SIGN = "\n\nС уважением,\nБлаготворительный фонд «Исток»"
_FUND_REVIEW = " Если пришлёте смету, совет повторно рассмотрит заявку на следующем заседании."


@pytest.mark.parametrize("reply, lost", [
    # a workload told as a flow of requests while the register «обновлялся» keeps the draft's cause
    (_FUND_OPENING + ": пока обновлялся реестр, мы не справились с потоком заявок." + _FUND_REVIEW + _FUND_SIGN, set()),
    # … while a reply that says nothing of why has dropped it
    (_FUND_OPENING + "." + _FUND_REVIEW + _FUND_SIGN, {"explanation"}),
    # a second review left open is a step of the remedy, which a reply that only apologises has dropped
    (_FUND_OPENING + ": пока обновлялся реестр получателей, эксперты не справились с потоком заявок." + _FUND_SIGN, {"remedy"}),
])
def test_a_cause_in_plain_words_is_kept_and_a_second_review_is_a_remedy(reply, lost):
    assert set(problems_with("ru", _FUND_DRAFT, reply).get("parts_missing", ())) & {"explanation", "remedy"} == lost
