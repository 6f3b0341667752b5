"""Guard set 50's Russian classes, in other domains: what the draft already gives in other words is no new promise —
a tracking number, a link or a copy sent to the customer is a letter, a date agreed with the customer a contact, the
business «готова» to do a thing at its cost or saying of a fee «с Вас не взимается» gives it free, a worker who
«произведёт замену» comes to the customer; an apology in the present («Приносим извинения: … не был готов к 14.11»)
and a noun the dictionary also reads as a future («Встречу пришлось отменить») set no deadline; while a thing brought
to the customer's home and whatever goes wrong made good («если что-то будет не так, заменим») are promises of their
own; and a signature line with initials («им. А. П. Гайдара») is a signature, so a reply that ends on the draft's
contact line before it has dropped the closing."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew


@pytest.mark.parametrize("draft, reply, new", [
    # the date of the failure, in an apology said in the present, is no deadline
    ("Ремонт, ранее согласованный на 12.03, не мог быть закончен в срок. Ремонт закончим к 19.03.",
     "Приносим вам извинения: ремонт не был закончен к 12 марта, как мы обещали. Закончим его к 19.03.", False),
    ("Примерка, назначенная на 3 апреля, не состоится. Новую примерку проведём 10.04.",
     "Просим прощения: примерка 3 апреля сорвалась по нашей вине. Новую проведём 10.04.", False),
    # … while a date promised beside the apology is one
    ("Ремонт, ранее согласованный на 12.03, не мог быть закончен в срок. Ремонт закончим к 19.03.",
     "Приносим вам извинения и закончим ремонт к 17.03.", True),
    # a noun read as a verb's future sets none either
    ("Консультацию с юристом назначим заново, дату сообщим.",
     "Встречу с юристом пришлось отменить: заменить его в тот же день было некем. Новую дату сообщим.", False),
    # … while a future verb does
    ("Консультацию с юристом назначим заново, дату сообщим.",
     "Юрист встретится с вами в тот же день, когда вернётся.", True),
])
def test_a_failure_told_in_the_present_sets_no_deadline(draft, reply, new):
    assert ("deadline" in promised_anew("ru", draft, reply)) is new


@pytest.mark.parametrize("draft, reply, new", [
    # what is sent only to be read is a letter the draft already promises
    ("Заказ отправлен транспортной компанией. Номер для отслеживания будет выслан Вам дополнительно.",
     "Заказ уже едет к вам. Номер для отслеживания пришлём отдельным сообщением.", False),
    ("Ссылка на запись вебинара будет направлена Вам до 20.05.", "До 20.05 пришлём вам письмо со ссылкой на запись.", False),
    # … while a thing delivered is no letter
    ("Комплект штор будет направлен Вам курьером до 20.05.", "Шторы привезёт курьер до 20.05, а накануне мы пришлём сообщение.", True),
    # a date agreed with the customer is a call or a letter
    ("Время повторного замера будет согласовано с Вами менеджером.", "Менеджер позвонит вам, и вы вместе выберете время замера.", False),
    ("Дату съёмки согласуем с вами отдельно.", "Мы напишем вам, чтобы выбрать дату съёмки.", False),
    # … while a date the draft sets itself is none
    ("Повторный замер назначен на 14.06.", "Повторный замер будет 14.06, накануне менеджер позвонит вам.", True),
])
def test_what_the_draft_sends_or_agrees_with_the_customer_is_its_contact(draft, reply, new):
    assert ("contact" in promised_anew("ru", draft, reply)) is new


@pytest.mark.parametrize("draft, reply, new", [
    # a worker who does the job by a light verb comes to the customer
    ("Техник произведёт настройку котла 14.03.", "14.03 к вам приедет техник и настроит котёл.", False),
    ("Бригада ООО «Тёплый дом» осуществит монтаж радиатора 2 апреля.", "2 апреля бригада приедет и установит радиатор.", False),
    # … while money given back by a specialist is no job at the customer's
    ("Специалист произведёт возврат средств 14.03.", "14.03 к вам приедет специалист.", True),
])
def test_a_worker_doing_the_job_by_a_light_verb_is_a_visit(draft, reply, new):
    assert ("contact" in promised_anew("ru", draft, reply)) is new


@pytest.mark.parametrize("draft, reply, new", [
    # the business ready to do it at its cost gives it free
    ("Типография готова перепечатать визитки за свой счёт.", "Перепечатаем визитки бесплатно.", False),
    # … and so does a fee said not to be charged from the customer
    ("Плата за повторную чистку ковра с Вас не взимается.", "Повторно почистим ковёр бесплатно.", False),
    # … and the business's own cost with what it does named at length
    ("ООО «Плитсервис» осуществит перекладку всей плитки в ванной и на кухне за свой счёт.",
     "Всю плитку переложим за свой счёт.", False),
    # … while the customer's own readiness, or a fee named, gives nothing free
    ("Вы готовы оплатить перепечатку визиток за свой счёт.", "Перепечатаем визитки бесплатно.", True),
    ("Плата за повторную чистку ковра составит 900 руб.", "Повторно почистим ковёр бесплатно.", True),
    ("Покупатель отправляет товар обратно в магазин вместе с паспортом изделия и гарантийным талоном за свой счёт.",
     "Мы заберём товар за свой счёт.", True),
])
def test_the_draft_giving_a_service_free_in_other_words(draft, reply, new):
    assert ("free" in promised_anew("ru", draft, reply)) is new


@pytest.mark.parametrize("draft, reply, new", [
    # a thing brought to the customer's home is a service of its own
    ("Забрать пальто после чистки можно в приёмном пункте с 14.03.", "14.03 курьер привезёт пальто вам домой.", True),
    ("Забрать пальто после чистки можно в приёмном пункте с 14.03.", "Готовое пальто мы сами отвезём вам домой 14.03.", True),
    # … which a draft that delivers home covers
    ("Доставка пальто на дом после чистки — 14.03.", "Готовое пальто привезём вам домой 14.03.", False),
    # … and a thing brought to the desk is none
    ("Забрать пальто после чистки можно в приёмном пункте с 14.03.", "Пальто будет ждать вас в приёмном пункте с 14.03.", False),
])
def test_a_thing_brought_home_is_a_service_the_draft_must_give(draft, reply, new):
    assert ("free" in promised_anew("ru", draft, reply)) is new


@pytest.mark.parametrize("reply, new", [
    # whatever goes wrong made good by a thing replaced or done again is a guarantee
    ("Мастер переустановит смеситель 14.03. Если после этого что-то будет не так, мы заменим смеситель на новый.", True),
    ("Мастер переустановит смеситель 14.03, а если что-нибудь окажется не так, переделаем работу целиком.", True),
    # … while an offer to write if something is wrong promises none
    ("Мастер переустановит смеситель 14.03. Если что-то будет не так, позвоните мне.", False),
])
def test_whatever_goes_wrong_made_good_is_a_guarantee(reply, new):
    assert ("guarantee" in promised_anew("ru", "Мастер переустановит смеситель 14.03.", reply)) is new


_LIBRARY_DRAFT = (
    "Уважаемый Пётр Ильич!\n\nПриносим извинения: абонемент был заблокирован по ошибке нашего сотрудника. Абонемент "
    "разблокирован 03.02.2026. Продлить книги можно по телефону читального зала 8 (4912) 25-40-18.\n\n"
    "Всегда рады Вашим визитам.\n\nС уважением,\nзаведующая абонементом\nИрина Сомова\n"
    "ГБУК «Областная библиотека им. И. С. Тургенева»"
)
_LIBRARY_BODY = (
    "Пётр Ильич, здравствуйте!\n\nПростите нас: ваш абонемент заблокировал по ошибке наш сотрудник. 03.02.2026 мы "
    "его разблокировали. Если захотите продлить книги, позвоните в читальный зал: 8 (4912) 25-40-18."
)
_LIBRARY_SIGN = "\n\nС уважением,\nИрина Сомова, заведующая абонементом\nГБУК «Областная библиотека им. И. С. Тургенева»"


@pytest.mark.parametrize("reply, dropped", [
    # a reply that ends on the draft's contact line, above a signature with initials, has dropped the closing
    (_LIBRARY_BODY + _LIBRARY_SIGN, True),
    # … while one that keeps a closing of its own has not
    (_LIBRARY_BODY + "\n\nВсегда рады вас видеть!" + _LIBRARY_SIGN, False),
])
def test_a_signature_line_with_initials_is_no_last_sentence(reply, dropped):
    assert ("closing" in problems_with("ru", _LIBRARY_DRAFT, reply).get("parts_missing", ())) is dropped
