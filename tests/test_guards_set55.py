"""Guard set 55's Russian classes, in other domains: a cause told before «в связи с чем» is the cause, and a cause denied
(«не зависит от действий склада») none a reply must keep; a charge not taken («без взимания платы») is a free service;
a fault that «возникла в ходе» a process is a cause, and a cause its cue told before «в связи с чем» leaves the
clause after it to say one more; a step whose facts a reply with no remedy of its own leaves out is
dropped; a refund «будет произведён на карту» is a transfer, and a date agreed «после согласования даты» a contact;
a step done «после поступления товара» waits on it; initials run together («К.Р.») are the draft's spaced ones."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

_SIGN = "\n\nС уважением,\nООО «Северный склад»"
_DAMP_DRAFT = (
    "Уважаемый Олег Викторович!\n\nПриносим извинения за задержку. При приёмке партии семян на складе в мешках была "
    "обнаружена повышенная влажность, в связи с чем отгрузка была приостановлена. Данная ситуация не зависит от "
    "действий склада. Новая партия будет отгружена 14.03.2027." + _SIGN
)


@pytest.mark.parametrize("reply, lost", [
    # the cause told before «в связи с чем» kept in other words, and the denial «не зависит от действий склада» dropped
    # by a reply that owns the fault
    ("Олег Викторович, здравствуйте!\n\nПростите за задержку. Когда мы принимали семена, мешки оказались сырыми, "
     "поэтому партию мы придержали. Недосмотр наш. Новую партию отгрузим 14.03.2027." + _SIGN, False),
    # … and so is a reply keeping the consequence in other words (the pause) beside the cause
    ("Олег Викторович, здравствуйте!\n\nПростите за задержку. Мешки с семенами пришли к нам с повышенной влажностью, "
     "и мы приостановили отправку. Это наша ответственность. Новую партию отгрузим 14.03.2027." + _SIGN, False),
    # … while a reply that says nothing of the damp drops the cause
    ("Олег Викторович, здравствуйте!\n\nПростите за задержку, мы остановили отгрузку. Новую партию отгрузим "
     "14.03.2027." + _SIGN, True),
])
def test_the_cause_before_in_connection_with_which_is_the_cause(reply, lost):
    assert ("parts_missing" in problems_with("ru", _DAMP_DRAFT, reply)) is lost


_BOAT_DRAFT = (
    "Уважаемый Игорь!\n\nПриносим извинения. Прогулка была сокращена по причине поломки мотора катера, в связи с чем "
    "по требованию капитана группа была высажена на ближайшем причале. Стоимость прогулки будет возвращена 12.07.2027."
    + _SIGN
)


@pytest.mark.parametrize("reply, lost", [
    # a cause told by its own cue before «в связи с чем»: the clause after says one more, which a reply keeps
    ("Игорь, здравствуйте!\n\nПростите нас: у катера сломался мотор, и капитан потребовал высадить группу на "
     "ближайшем причале. Деньги за прогулку вернём 12.07.2027." + _SIGN, False),
    # … or drops
    ("Игорь, здравствуйте!\n\nПростите нас: у катера сломался мотор, и прогулку пришлось сократить. Деньги за "
     "прогулку вернём 12.07.2027." + _SIGN, True),
])
def test_a_cause_told_before_in_connection_with_which_leaves_the_clause_after(reply, lost):
    assert ("parts_missing" in problems_with("ru", _BOAT_DRAFT, reply)) is lost


_KETTLE_DRAFT = (
    "Уважаемая Инна Сергеевна!\n\nПриносим извинения. Течь чайника возникла в ходе гарантийного ремонта из-за "
    "неплотно затянутой гайки нагревателя. Сервисный центр готов принять изделие на повторный ремонт без взимания "
    "платы." + "\n\nС уважением,\nсервисный центр «Теплота»"
)


@pytest.mark.parametrize("reply, lost", [
    # a charge not taken is a free repair, said plainly; the fault «возникла в ходе ремонта» is told
    ("Инна Сергеевна, здравствуйте!\n\nПростите нас: чайник потёк после нашего гарантийного ремонта — мастер плохо "
     "затянул гайку нагревателя. Мы бесплатно сделаем повторный ремонт.\n\nС уважением,\nсервисный центр «Теплота»",
     set()),
    # … while a reply that drops what happened in the repair drops the cause
    ("Инна Сергеевна, здравствуйте!\n\nПростите нас, чайник потёк. Мы бесплатно сделаем повторный ремонт.\n\n"
     "С уважением,\nсервисный центр «Теплота»", {"explanation"}),
    # … and one that never says the repair is free drops the remedy
    ("Инна Сергеевна, здравствуйте!\n\nПростите нас: чайник потёк после нашего гарантийного ремонта — мастер плохо "
     "затянул гайку нагревателя. Мы сделаем повторный ремонт.\n\nС уважением,\nсервисный центр «Теплота»", {"remedy"}),
])
def test_a_charge_not_taken_and_a_fault_in_the_course_of_the_work(reply, lost):
    assert set(problems_with("ru", _KETTLE_DRAFT, reply).get("parts_missing", ())) == lost


_FRAME_DRAFT = (
    "Уважаемый Пётр!\n\nПриносим извинения: при сборке рамы для картины был повреждён угол багета. Мастерская "
    "заменит раму на новую без оплаты и вернёт картину в течение 9 дней с момента получения.\n\nС уважением,\n"
    "багетная мастерская «Рама»"
)


@pytest.mark.parametrize("reply, lost", [
    # a reply with no remedy of its own that leaves out the step's facts drops the step, whatever else it retells
    ("Пётр, добрый день!\n\nПростите нас: когда мы собирали раму для вашей картины, то повредили угол багета. "
     "Это наша вина.\n\nС уважением,\nбагетная мастерская «Рама»", True),
    # … while one that keeps them keeps it
    ("Пётр, добрый день!\n\nПростите нас: когда мы собирали раму для вашей картины, то повредили угол багета. "
     "Бесплатно заменим раму на новую и вернём картину в течение 9 дней с момента получения.\n\nС уважением,\n"
     "багетная мастерская «Рама»", False),
])
def test_a_step_whose_facts_a_reply_without_remedy_leaves_out_is_dropped(reply, lost):
    assert ("parts_missing" in problems_with("ru", _FRAME_DRAFT, reply)) is lost


@pytest.mark.parametrize("draft, new", [
    # a refund done to a card, its noun far before it, is a transfer
    ("Возврат стоимости абонемента в размере 4 500 руб. будет произведён на банковскую карту в течение 7 дней.", []),
    # … a refund at the desk is none
    ("Возврат стоимости абонемента в размере 4 500 руб. будет произведён в кассе клуба в течение 7 дней.", ["transfer"]),
])
def test_a_refund_done_to_a_card_is_a_transfer(draft, new):
    assert promised_anew("ru", draft, "Вернём 4 500 руб. на карту в течение 7 дней.") == new


@pytest.mark.parametrize("draft, new", [
    # a date to agree, said by its noun, is a contact with the customer
    ("Замер будет проведён после согласования даты. Телефон: 8 800 100-20-30.", []),
    ("Для согласования времени замера просим позвонить по телефону 8 800 100-20-30.", []),
    # … and a draft that agrees nothing has no contact for it
    ("Замер будет проведён 12.05. Телефон: 8 800 100-20-30.", ["contact"]),
])
def test_a_date_to_agree_is_a_contact(draft, new):
    assert promised_anew("ru", draft, "Дату замера согласуем с вами по телефону 8 800 100-20-30.") == new


_SWAP_DRAFT = "После поступления возврата на склад новый размер будет отправлен Вам в течение 3 рабочих дней."


@pytest.mark.parametrize("reply, new", [
    # a step done once the return has come waits on it: sent at once, it is a new deadline
    ("Новый размер отправим вам в течение 3 рабочих дней, не дожидаясь возврата.", ["deadline"]),
    # … and said on the same condition it is the draft's
    ("Как только возврат придёт на склад, отправим новый размер в течение 3 рабочих дней.", []),
])
def test_a_step_after_the_return_comes_waits_on_it(reply, new):
    assert promised_anew("ru", _SWAP_DRAFT, reply) == new


_SEAL_DRAFT = "Уважаемая Нина!\n\nПечать будет готова 10.06.2027.\n\nС уважением,\nгравёр Орлова К. Р."


@pytest.mark.parametrize("signature, new", [
    # initials run together are the draft's spaced ones
    ("гравёр Орлова К.Р.", False),
    # … other initials are a new name
    ("гравёр Орлова К.П.", True),
])
def test_initials_run_together_are_the_drafts(signature, new):
    reply = "Нина, здравствуйте!\n\nПечать будет готова 10.06.2027.\n\nС уважением,\n" + signature
    assert ("facts_new" in problems_with("ru", _SEAL_DRAFT, reply)) is new
