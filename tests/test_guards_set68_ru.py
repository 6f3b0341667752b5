"""Guard set 68's Russian classes, in other domains: a note in round brackets addressed to whoever sends the letter is
not a reply to send; a worker's job said by its noun first («настройку осуществит техник») is a visit, and a mailing
(«будет проведена рассылка») a letter; the end of a named month («до конца марта») is a term of its own; a weight, a
volume or a length said as a compound adjective («5-литровая») is the same fact as the number and its unit."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts

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
