"""Guard set 59's Russian classes, in other domains: a contact the draft already makes, restated (a worker at the
customer's home, a copy sent by the verb of the thing before it); a cause connector after the participle that tells
what an apology is for, and a refusal after «в связи с чем», are no cause to keep; an office's step in its passive
(«направлено указание», «порядок пересматривается») is a step of the remedy; a number of years written as one word
(«столетний» = «100-летний»); a reply that rewrote a heavy draft may keep two of its flagged phrases word for word."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts

_KIT = (
    "Уважаемый Пётр Ильич!\n\nРемонтный комплект будет передан Вам на дому мастером сервисного центра 12.03.2027; "
    "время приезда будет согласовано с Вами по телефону.\n\nС уважением,\nсервисный центр «Термо»"
)
_KIT_BY_POST = (
    "Уважаемый Пётр Ильич!\n\nРемонтный комплект будет направлен Вам курьером 12.03.2027; "
    "время доставки будет согласовано с Вами по телефону.\n\nС уважением,\nсервисный центр «Термо»"
)
_KIT_REPLY = (
    "Пётр Ильич, здравствуйте!\n\nМастер сервисного центра приедет к вам домой 12.03.2027 и привезёт ремонтный "
    "комплект. Время согласуем с вами по телефону.\n\nС уважением,\nсервисный центр «Термо»"
)
_ACT = (
    "Уважаемая Ольга Петровна!\n\nОригинал акта сверки будет направлен Почтой России по адресу: г. Тула, ул. Мира, "
    "д. 5, скан-копия — на электронную почту бухгалтерии.\n\nС уважением,\nООО «Вектор»"
)
_ACT_ONLY = (
    "Уважаемая Ольга Петровна!\n\nОригинал акта сверки будет направлен Почтой России по адресу: г. Тула, ул. Мира, "
    "д. 5.\n\nС уважением,\nООО «Вектор»"
)
_ACT_REPLY = (
    "Ольга Петровна, здравствуйте!\n\nОригинал акта сверки отправим Почтой России по адресу: г. Тула, ул. Мира, д. 5, "
    "а скан пришлём вам на электронную почту.\n\nС уважением,\nООО «Вектор»"
)


@pytest.mark.parametrize("draft, reply, promised", [
    # a worker handing a thing over at the customer's home is the visit the reply restates
    (_KIT, _KIT_REPLY, []),
    # … while a courier's delivery is no visit of a worker
    (_KIT_BY_POST, _KIT_REPLY, ["contact"]),
    # a copy sent by the verb of the thing before it, left out, is the letter the reply restates
    (_ACT, _ACT_REPLY, []),
    # … while a draft that sends only the original sends no letter
    (_ACT_ONLY, _ACT_REPLY, ["contact"]),
])
def test_a_contact_the_draft_already_makes_is_no_new_promise(draft, reply, promised):
    assert promised_anew("ru", draft, reply) == promised


_TEACHER = (
    "Уважаемая Елена!\n\nПриносим извинения за неудобства, возникшие в связи с заменой преподавателя. Преподаватель "
    "Анна Сергеевна отсутствовала по причине болезни.\n\nЗанятие будет проведено повторно 20.03.2027.\n\n"
    "С уважением,\nшкола «Лингва»"
)
_TEACHER_REPLY = (
    "Елена, здравствуйте!\n\nПростите, что урок вёл другой педагог.{why}\n\nПовторим занятие 20.03.2027.\n\n"
    "С уважением,\nшкола «Лингва»"
)
_KILN = (
    "Уважаемый Игорь!\n\nСушка древесины для заказа № 3318 проводится в камере в соответствии с технологией "
    "производителя, при этом цикл сушки составляет не менее 14 суток, в связи с чем ускорение изготовления не "
    "представляется возможным.\n\n"
    "Лестница будет готова 02.04.2027.\n\nС уважением,\nстолярная мастерская «Дуб»"
)
_KILN_REPLY = (
    "Игорь, здравствуйте!\n\n{why}\n\nЛестница будет готова 02.04.2027.\n\nС уважением,\nстолярная мастерская «Дуб»"
)


@pytest.mark.parametrize("draft, reply, lost", [
    # what the apology is for, told by a participle («неудобства, возникшие в связи с заменой»), is no cause
    (_TEACHER, _TEACHER_REPLY.format(why=" Анна Сергеевна заболела."), []),
    # … while a reply that drops the illness drops the cause
    (_TEACHER, _TEACHER_REPLY.format(why=" Так вышло."), ["explanation"]),
    # a refusal after «в связи с чем» is the effect, which the reply may say its own way
    (_KILN, _KILN_REPLY.format(why="Древесину для заказа № 3318 мы сушим в камере по технологии производителя, и цикл "
                                   "сушки занимает не меньше 14 суток, поэтому сделать быстрее не получится."), []),
    # … while a reply that keeps the refusal and drops the drying drops the cause
    (_KILN, _KILN_REPLY.format(why="Заказ № 3318 быстрее сделать, к сожалению, не получится."), ["explanation"]),
])
def test_an_apology_s_object_and_a_refusal_after_the_cause_are_no_cause(draft, reply, lost):
    assert list(problems_with("ru", draft, reply).get("parts_missing", ())) == lost


_POOL = (
    "Уважаемый Виктор!\n\nПриносим извинения за закрытие бассейна 05.02.2027 без предупреждения. Бассейн был закрыт "
    "из-за поломки насоса.\n\nВ настоящее время порядок информирования посетителей пересматривается. Администраторам "
    "направлено указание размещать объявления о закрытии накануне.\n\nС уважением,\nспорткомплекс «Волна»"
)
_POOL_REPLY = (
    "Виктор, здравствуйте!\n\nПростите, что 05.02.2027 бассейн закрылся без предупреждения: сломался насос.{steps}\n\n"
    "С уважением,\nспорткомплекс «Волна»"
)


@pytest.mark.parametrize("steps, lost", [
    (" Мы меняем порядок информирования посетителей: администраторы будут размещать объявления о закрытии накануне.", []),
    # … a reply that drops what the office does about it drops the remedy
    (" Нам очень жаль, что так вышло.", ["remedy"]),
])
def test_an_office_s_step_in_its_passive_is_a_step_of_the_remedy(steps, lost):
    assert list(problems_with("ru", _POOL, _POOL_REPLY.format(steps=steps)).get("parts_missing", ())) == lost


@pytest.mark.parametrize("draft, reply, same", [
    ("Поздравляем со 100-летним юбилеем!", "Поздравляем со столетним юбилеем!", True),
    ("Школа отмечает 80-летие.", "Школа отмечает восьмидесятилетие.", True),
    ("Клубу исполнилось 50 лет.", "Клуб отмечает 50-летие.", True),
    # … another number of years is another fact, and a summer is no number
    ("Поздравляем со 100-летним юбилеем!", "Поздравляем с девяностолетним юбилеем!", False),
    ("Поздравляем с 60-летием!", "Поздравляем с юбилеем! Летний сезон открыт.", False),
])
def test_a_number_of_years_is_the_same_in_one_word(draft, reply, same):
    assert same_facts("ru", draft, reply) is same
