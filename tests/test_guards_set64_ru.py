"""Guard set 64's Russian classes, in other domains: a thing given «без выставления счёта» is given free, so a reply's
«бесплатно» promises nothing new; a sentence that pays the customer a sum by a date tells the remedy, so the evasion of
its passive («решение о перерасчёте принято… будет возвращена») is no evasion left in, while the draft's evasion of the
failure kept is; a bare number of the draft whose unit the draft gives beside it («км 3+450») is the same fact written
with that unit («3 км 450 м»), while another number or a unit of another measure is new; a reply plainly better than
a draft heavy with officialese may keep two of its flagged phrases word for word, not three."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew


@pytest.mark.parametrize("remedy, new", [
    # no bill issued for the work is the work given free
    ("Повторную калибровку весов проведём до 12.05 без выставления счёта.", []),
    # … while a bill issued apart from the rest gives nothing free
    ("Повторную калибровку весов проведём до 12.05 без выставления отдельного счёта.", ["free"]),
])
def test_a_thing_given_without_a_bill_is_given_free(remedy, new):
    draft = f"Здравствуйте, Олег!\n\nВесы на складе показывали неверный вес. {remedy}\n\nС уважением,\nсервис «Метролог»"
    reply = (
        "Здравствуйте, Олег!\n\nВесы на складе врали, простите. Повторную калибровку сделаем бесплатно до 12.05.\n\n"
        "С уважением,\nсервис «Метролог»"
    )
    assert [k for k in promised_anew("ru", draft, reply) if k == "free"] == new


_UTILITY = (
    "Уважаемая Ирина Павловна!\n\nСообщаем, что перерасчёт платы за водоснабжение не был произведён в установленный срок "
    "по причине того, что при передаче показаний счётчика была допущена техническая ошибка.\n\nРешение о перерасчёте "
    "принято, сумма 1 840 руб. будет возвращена на Ваш лицевой счёт не позднее 15.04.2027.\n\nПриносим извинения за "
    "задержку.\n\nС уважением,\nМУП «Водоканал»"
)


@pytest.mark.parametrize("failure, refused", [
    # the slip owned, the dated payment told in the draft's passive: better than the draft
    ("Простите, что перерасчёт платы за водоснабжение так затянулся. Мы ошиблись, когда вносили показания счётчика, и "
     "нам следовало сразу это заметить.", False),
    # … while the draft's evasion of the failure kept beside the same payment is not
    ("Перерасчёт платы за водоснабжение не был произведён в установленный срок, так как при передаче показаний счётчика "
     "была допущена техническая ошибка. Приносим извинения за задержку.", True),
])
def test_a_dated_payment_told_in_a_passive_is_a_remedy(failure, refused):
    reply = (
        f"Здравствуйте, Ирина Павловна!\n\n{failure}\n\nРешение о перерасчёте принято. Сумма 1 840 руб. будет "
        "возвращена на ваш лицевой счёт не позднее 15.04.2027.\n\nС уважением,\nМУП «Водоканал»"
    )
    assert ("not_better" in problems_with("ru", _UTILITY, reply)) is refused


_RAILWAY = (
    "Уважаемый Артём Сергеевич!\n\nОпора контактной сети на перегоне Лужки — Ситня (км 3+450) будет заменена до "
    "20.06.2027.\n\nС уважением,\nдистанция электроснабжения"
)


@pytest.mark.parametrize("place, new", [
    # the kilometre and the metres the draft's «км 3+450» gives, written with their units
    ("3 км 450 м", None),
    ("3 км 450 метров", None),
    # … another number of metres is a new fact
    ("3 км 540 м", ("540 м",)),
    # … and so is the number measured in another unit
    ("3 км, работы займут 450 часов", ("450 часов",)),
])
def test_a_unit_the_draft_gives_beside_a_bare_number_is_the_same_fact(place, new):
    reply = (
        f"Здравствуйте, Артём Сергеевич!\n\nОпору контактной сети на перегоне Лужки — Ситня ({place}) заменим до "
        "20.06.2027.\n\nС уважением,\nдистанция электроснабжения"
    )
    assert problems_with("ru", _RAILWAY, reply).get("facts_new") == new


_CINEMA = (
    "Уважаемая Наталья Сергеевна!\n\nСообщаем, что на основании решения администрации показ фильма 14.03 не состоялся "
    "по причине технического сбоя проектора. В настоящее время оборудование восстановлено. Информация о переносе была "
    "размещена на сайте. С целью компенсации Вам направлено приглашение на повторный показ 21.03.\n\nПриносим извинения "
    "за сложившуюся ситуацию. Благодарим за понимание.\n\nС уважением,\nкинотеатр «Луч»"
)


@pytest.mark.parametrize("sent, closing, refused", [
    # two of a heavy draft's eleven flagged phrases kept word for word («не состоялся», «направлено»), most faults gone
    ("вам направлено", "", False),
    # … while a third kept («Благодарим за понимание») is the draft's style kept
    ("вам направлено", " Благодарим за понимание.", True),
    # the second phrase kept may be an officialese word in a sentence of the reply's own, not the draft's stock closing
    # beside its unowned evasion: both the fault and the formula are the draft's as they were
    ("мы отправили вам", " Благодарим за понимание.", True),
    ("мы отправили вам", "", False),
])
def test_a_reply_plainly_better_than_a_heavy_draft_may_keep_two_of_its_phrases(sent, closing, refused):
    reply = (
        "Здравствуйте, Наталья Сергеевна!\n\nПоказ фильма 14.03 не состоялся: у проектора случился технический сбой. "
        "Сейчас он уже работает. Нам следовало сразу написать вам, а не только на сайте. В качестве компенсации "
        f"{sent} приглашение на повторный показ 21.03.\n\nПростите нас за испорченный вечер.{closing}\n\nС уважением,\n"
        "кинотеатр «Луч»"
    )
    assert ("not_better" in problems_with("ru", _CINEMA, reply)) is refused


def test_a_drafts_bare_contact_line_is_no_offer_a_line_of_questions_keeps():
    draft = (
        "Здравствуйте, Пётр!\n\nМонтаж вентиляции перенесён на 12.03 из-за задержки поставки вентилятора.\n"
        "Контактное лицо — инженер Павел Орлов, тел. +7 (812) 555-20-40.\n\nС уважением,\nкомпания «Вентстрой»"
    )
    reply = (
        "Здравствуйте, Пётр!\n\nПростите: монтаж вентиляции переносим на 12.03, вентилятор пришёл с опозданием.\n"
        "По всем вопросам — инженер Павел Орлов, +7 (812) 555-20-40."
    )
    assert "closing" in problems_with("ru", draft, reply).get("parts_missing", ())
