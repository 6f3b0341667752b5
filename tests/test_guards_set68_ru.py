"""Guard set 68's Russian classes, and set 67's older misses, in other domains: a note in round brackets addressed to
whoever sends the letter is not a reply to send; a worker's job said by its noun first («настройку осуществит техник»)
is a visit, a mailing («будет проведена рассылка») a letter, and goods counted setting out («10 стульев выедут») a
delivery; the end of a named month («до конца марта») is a term of its own; a weight, a volume or a length
said as a compound adjective («5-литровая») is the same fact as the number and its unit; a region named before its kind
(«Пермский край») may be left out, not changed; a measure beyond the allowed said as its degree («слишком», «сильно»)
keeps the cause; the
troubles «доставленные» and a notice told delivered deliver nothing; postage paid by us is a free service, which a
draft paying it in the passive («оплачивается мастерской») covers."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts
from rewriter.commitments import find_promises

_STUDIO = (
    "Уважаемая Ольга!\n\nЗанятие по керамике 14.03 было отменено. Приносим извинения.\n\nЗанятие будет проведено 21.03 "
    "в 18:00.\n\nС уважением,\nстудия «Глина»"
)
_STUDIO_REPLY = (
    "Здравствуйте, Ольга!\n\nПростите: занятие по керамике 14.03 мы отменили.\n\n{note}\n\nЗанятие пройдёт 21.03 в "
    "18:00.\n\nС уважением,\nстудия «Глина»"
)


@pytest.mark.parametrize("note, stopped", [
    # a note to the sender, in round brackets, left in the letter
    ("(Примечание для оператора: если клиентка уже записана на 21.03, этот абзац убрать.)", True),
    # … while an aside to the reader in the same brackets is the reply's own
    ("(Примечание: глину и фартук дадим на месте.)", False),
])
def test_a_note_to_the_sender_in_round_brackets_is_not_a_reply_to_send(note, stopped):
    assert ("shape_commentary" in problems_with("ru", _STUDIO, _STUDIO_REPLY.format(note=note))) is stopped


_BOILER = (
    "Уважаемый Пётр Ильич!\n\nКотёл в Вашем доме остановился из-за неисправного датчика тяги. Приносим извинения.\n\n"
    "{job}\n\nС уважением,\nсервис «Тепло»"
)
_BOILER_REPLY = (
    "Здравствуйте, Пётр Ильич!\n\nПростите: котёл остановился из-за неисправного датчика тяги.\n\n12.02 к вам приедет "
    "наш техник и заменит датчик.\n\nС уважением,\nсервис «Тепло»"
)


@pytest.mark.parametrize("job, new", [
    # the job's noun first, the worker after the light verb: the worker comes
    ("Замену датчика 12.02 осуществит техник Олег Павлов.", []),
    # … while the part sent by post brings no one
    ("Новый датчик будет направлен почтой 12.02.", ["contact"]),
])
def test_a_job_said_by_its_noun_before_the_worker_is_a_visit(job, new):
    assert [k for k in promised_anew("ru", _BOILER.format(job=job), _BOILER_REPLY) if k == "contact"] == new


_LIBRARY = (
    "Уважаемые читатели!\n\nНапоминания о сроке возврата книг не приходили из-за сбоя. Приносим извинения.\n\n{how}\n\n"
    "С уважением,\nбиблиотека № 3"
)
_LIBRARY_REPLY = (
    "Здравствуйте!\n\nПростите: напоминания о сроке возврата книг не приходили из-за сбоя.\n\n10.04 всем читателям "
    "придёт сообщение с новым сроком.\n\nС уважением,\nбиблиотека № 3"
)


@pytest.mark.parametrize("how, new", [
    # a mailing in the passive reaches the reader as a letter
    ("10.04 будет проведена рассылка сообщений с новым сроком.", []),
    # … while a list posted at the desk writes to no one
    ("10.04 новый срок будет вывешен на стойке выдачи.", ["contact"]),
])
def test_a_mailing_is_a_letter(how, new):
    assert [k for k in promised_anew("ru", _LIBRARY.format(how=how), _LIBRARY_REPLY) if k == "contact"] == new


_POOL = (
    "Уважаемый Артём!\n\nБассейн закрыт из-за ремонта фильтра. Приносим извинения.\n\nАбонемент будет продлён на "
    "срок закрытия{term}.\n\nС уважением,\nфитнес-клуб «Волна»"
)


@pytest.mark.parametrize("term, new", [
    # a term by the end of a month the draft never names
    ("", ["deadline"]),
    # … while the draft's own end of that month is no new term
    (", бассейн откроется до конца марта", []),
])
def test_the_end_of_a_named_month_is_a_term_of_its_own(term, new):
    reply = (
        "Здравствуйте, Артём!\n\nПростите: бассейн закрыт из-за ремонта фильтра.\n\nПродлим абонемент на срок закрытия, "
        "а до конца марта бассейн снова откроется.\n\nС уважением,\nфитнес-клуб «Волна»"
    )
    assert [k for k in promised_anew("ru", _POOL.format(term=term), reply) if k == "deadline"] == new


@pytest.mark.parametrize("draft, reply, same", [
    # a weight, a volume, a length said as a compound adjective
    ("В заказ входит мешок цемента 50 кг.", "В заказ входит 50-килограммовый мешок цемента.", True),
    ("Канистра 5 л доставлена.", "Пятилитровая канистра доставлена.", True),
    ("Трос 12 м заменён.", "12-метровый трос заменён.", True),
    # … while another number in the adjective is another fact
    ("Трос 12 м заменён.", "15-метровый трос заменён.", False),
])
def test_a_measure_said_as_a_compound_adjective_is_the_same_fact(draft, reply, same):
    assert same_facts("ru", draft, reply) is same


_CHAIRS = (
    "Уважаемая Инна!\n\nВместо 40 стульев по заказу № 88 доставлено 30. Приносим извинения.\n\nОставшиеся 10 стульев "
    "будут отгружены 03.09.\n\nС уважением,\nмебельная фабрика «Уют»"
)


@pytest.mark.parametrize("who, new", [
    # goods counted setting out are a delivery
    ("Оставшиеся 10 стульев выедут к вам 03.09.", []),
    # … while workers counted setting out are a visit
    ("03.09 к вам выедут 2 сборщика и соберут стулья.", ["contact"]),
])
def test_goods_counted_setting_out_are_a_delivery_not_a_visit(who, new):
    reply = (
        f"Здравствуйте, Инна!\n\nПростите: привезли 30 стульев вместо 40 по заказу № 88.\n\n{who}\n\nС уважением,\n"
        "мебельная фабрика «Уют»"
    )
    assert [k for k in promised_anew("ru", _CHAIRS, reply) if k == "contact"] == new


_DACHA = (
    "Уважаемый Павел!\n\nДоставка теплицы по адресу: Пермский край, г. Кунгур, ул. Садовая, 4 перенесена на 12.05. "
    "Приносим извинения.\n\nС уважением,\nмагазин «Дача»"
)


@pytest.mark.parametrize("where, problems", [
    # the region left out, the town and street kept
    ("г. Кунгур, ул. Садовая, 4", set()),
    # … while another region named is a fact changed
    ("Свердловская обл., г. Кунгур, ул. Садовая, 4", {"facts_new"}),
])
def test_a_region_named_before_its_kind_may_be_left_out_not_changed(where, problems):
    reply = f"Здравствуйте, Павел!\n\nПростите: теплицу по адресу {where} привезём 12.05.\n\nС уважением,\nмагазин «Дача»"
    assert set(problems_with("ru", _DACHA, reply)) & {"facts_missing", "facts_new"} == problems


_COMPRESSOR = (
    "Уважаемый Сергей!\n\nУстановка компрессора в Вашей квартире приостановлена. Представленный компрессор имеет "
    "уровень шума, превышающий допустимый для жилых помещений, в связи с чем монтаж оборудования не представляется "
    "возможным.\n\nПросим выбрать другую модель до 20.06.\n\nС уважением,\nкомпания «Климат»"
)


@pytest.mark.parametrize("why, kept", [
    # the excess said as its degree
    ("Компрессор очень сильно шумит, и монтировать оборудование в квартире нельзя.", True),
    # … while a reply that only says the work stopped drops the cause
    ("Монтаж компрессора в квартире пока невозможен.", False),
])
def test_a_measure_beyond_the_allowed_said_as_its_degree_keeps_the_cause(why, kept):
    reply = (
        f"Здравствуйте, Сергей!\n\nУстановку компрессора пришлось остановить. {why}\n\nВыберите, пожалуйста, другую "
        "модель до 20.06.\n\nС уважением,\nкомпания «Климат»"
    )
    assert ("explanation" not in problems_with("ru", _COMPRESSOR, reply).get("parts_missing", ())) is kept


_TOUR = (
    "Уважаемый Илья!\n\nЭкскурсия 12.07 отменена. Приносим извинения за доставленные неудобства. Уведомление об отмене "
    "было доставлено с задержкой.\n\nПеренос на любую дату до 30.08 производится без доплаты.\n\nС уважением,\nбюро «Тропа»"
)


@pytest.mark.parametrize("ride, new", [
    # a free ride where the draft delivers nothing: «доставленные неудобства» and a notice told delivered deliver nothing
    ("мы бесплатно довезём вас от гостиницы", ["free"]),
    # … while the draft's free rescheduling, said again, is the draft's
    ("перенос на любую дату до 30.08 бесплатный", []),
])
def test_a_free_ride_is_new_where_the_draft_only_says_delivered_troubles(ride, new):
    reply = f"Здравствуйте, Илья!\n\nПростите: экскурсию 12.07 мы отменили. По вашему желанию {ride}.\n\nС уважением,\nбюро «Тропа»"
    assert [k for k in promised_anew("ru", _TOUR, reply) if k == "free"] == new


_FRAME = (
    "Уважаемый Олег!\n\nРама для картины будет готова 14.04. Приносим извинения за задержку.\n\nОтправка будет осуществлена "
    "транспортной компанией{payer}.\n\nС уважением,\nбагетная мастерская «Рама»"
)


@pytest.mark.parametrize("payer, new", [
    # the postage paid by us, where the draft does not pay it
    ("", ["free"]),
    # … while a draft that pays it in the passive, the payer in the instrumental, covers it
    (", доставка оплачивается мастерской", []),
])
def test_postage_paid_by_us_is_new_unless_the_draft_pays_it_in_the_passive(payer, new):
    reply = (
        "Здравствуйте, Олег!\n\nПростите за задержку: рама будет готова 14.04.\n\nОтправим её транспортной компанией, "
        "пересылку оплатим мы.\n\nС уважением,\nбагетная мастерская «Рама»"
    )
    assert [k for k in promised_anew("ru", _FRAME.format(payer=payer), reply) if k == "free"] == new


def test_postage_the_draft_leaves_to_the_customer_in_the_passive_gives_nothing_free():
    draft = _FRAME.format(payer=", доставка оплачивается покупателем")
    assert "free" not in {p.kind for p in find_promises(draft, "ru", all_moments=True)}
