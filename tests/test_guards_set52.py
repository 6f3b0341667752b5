"""Guard set 52's Russian classes, in other domains: a call a notice announces by its noun («Звонок поступит …») and
a sample «согласованный с Вами» are the draft's contact; the firm's own cost said before its verb («Ателье за свой
счёт перешьёт …») is the draft's free service; a thing given free by the price the draft charges for it is a free
service of the reply's own; a cause kept by the noun of a short root («зимой» for «в зимний период») or by «в пути»
for a transport; thanks for patience after the responsibility owned («отвечаем мы») are no non-apology."""
from __future__ import annotations

import pytest

from guard_checks import error_rules, problems_with, promised_anew


@pytest.mark.parametrize("draft, reply, new", [
    # a call announced by its noun is the draft's contact, which «позвонит» restates
    ("Звонок ветеринарного врача поступит 14.05 в 10:00 с номера 8 800 100-20-30.",
     "Ветеринарный врач позвонит вам 14.05 в 10:00 с номера 8 800 100-20-30.", False),
    ("Консультация назначена на пятницу, звонок последует в 16:00.", "В пятницу в 16:00 консультант вам позвонит.", False),
    # … while a call the customer is to make, or one made before, is none
    ("Вы можете позвонить нам 14.05 с 10:00 по номеру 8 800 100-20-30.",
     "Ветеринарный врач позвонит вам 14.05 в 10:00 с номера 8 800 100-20-30.", True),
    ("Ваш звонок поступил на линию 14.05 в 10:00.", "Ветеринарный врач позвонит вам 14.05 в 10:00.", True),
])
def test_a_call_announced_by_its_noun_is_a_contact(draft, reply, new):
    assert ("contact" in promised_anew("ru", draft, reply)) is new


@pytest.mark.parametrize("draft, new", [
    # a sample «согласованный с Вами» in what we are to do is agreed with the customer, as «согласуем с вами» says
    ("Мастерская перешьёт чехлы по согласованному с Вами эскизу до 20.06.", False),
    ("Чехлы будут перешиты до 20.06 по эскизу, согласованному с Вами.", False),
    # … while one agreed before, or no agreement, is none
    ("Мастерская перешьёт чехлы по ранее согласованному с Вами эскизу до 20.06.", True),
    ("Мастерская перешьёт чехлы по эскизу до 20.06.", True),
])
def test_a_sample_agreed_with_the_customer_is_a_contact(draft, new):
    reply = "Перешьём чехлы по эскизу, который согласуем с вами, до 20.06."
    assert ("contact" in promised_anew("ru", draft, reply)) is new


@pytest.mark.parametrize("draft, new", [
    # the firm's own cost said before its verb is the draft's free service
    ("Ателье за свой счёт перешьёт подкладку пальто до 15.03.", False),
    ("Типография за свой счёт отпечатает тираж заново.", False),
    # … while the customer's own cost is none
    ("Клиент за свой счёт доставит пальто в ателье до 15.03.", True),
])
def test_the_cost_said_before_the_firms_verb_is_a_free_service(draft, new):
    reply = "Подкладку пальто перешьём бесплатно до 15.03, и тираж отпечатаем заново тоже бесплатно."
    assert ("free" in promised_anew("ru", draft, reply)) is new


_SINK_DRAFT = (
    "Мастер бесплатно переустановит раковину 12.04 с 9:00 до 11:00. При необходимости замены сифона его стоимость "
    "составит 1 200 руб."
)


@pytest.mark.parametrize("reply, new", [
    # a thing given free by the price the draft charges for it is a free service of the reply's own
    ("Мастер бесплатно переустановит раковину 12.04 с 9:00 до 11:00. Если сифон придётся менять, поставим новый за "
     "свой счёт, хотя обычно он стоит 1 200 руб.", True),
    # … while the price told as the draft tells it gives nothing
    ("Мастер бесплатно переустановит раковину 12.04 с 9:00 до 11:00. Если сифон придётся менять, новый обойдётся в "
     "1 200 руб.", False),
])
def test_a_thing_given_free_by_the_drafts_price_is_a_new_free_service(reply, new):
    assert ("free" in promised_anew("ru", _SINK_DRAFT, reply)) is new


_TERRACE_DRAFT = (
    "Уважаемый Олег Петрович!\n\nВаша заявка № Т-52 на укладку плитки на террасе рассмотрена. Укладка плитки в "
    "зимний период технологически невозможна ввиду сезонных ограничений. Работы будут выполнены до 15.04.2027.\n\n"
    "С уважением,\nООО «Терраса»"
)
_TERRACE_OPENING = "Олег Петрович, здравствуйте!\n\nМы рассмотрели вашу заявку № Т-52 на плитку для террасы."
_TERRACE_END = " Уложим плитку до 15.04.2027.\n\nС уважением,\nООО «Терраса»"


@pytest.mark.parametrize("reply, lost", [
    # a cause kept by the noun of the adjective's short root: «зимой» for «в зимний период»
    (_TERRACE_OPENING + " Зимой плитку укладывать нельзя, потому что клей на холоде не схватится." + _TERRACE_END, False),
    # … while a reply that says nothing of why has dropped it
    (_TERRACE_OPENING + _TERRACE_END, True),
])
def test_a_cause_kept_by_the_noun_of_a_short_root(reply, lost):
    assert ("explanation" in problems_with("ru", _TERRACE_DRAFT, reply).get("parts_missing", ())) is lost


_SEEDLING_DRAFT = (
    "Уважаемый Глеб Андреевич!\n\nПриносим извинения за гибель рассады по заказу № 77. Гибель рассады обусловлена "
    "понижением температуры в процессе транспортировки. Повторная отправка будет выполнена 03.05.2027.\n\n"
    "С уважением,\nпитомник «Росток»"
)
_SEEDLING_END = " Отправим новую рассаду 03.05.2027.\n\nС уважением,\nпитомник «Росток»"


@pytest.mark.parametrize("reply, lost", [
    # goods «в пути» are the draft's transport
    ("Глеб Андреевич, здравствуйте!\n\nПростите: рассаду из заказа № 77 застудили в пути." + _SEEDLING_END, False),
    # … while a reply that keeps only the loss has dropped the cause
    ("Глеб Андреевич, здравствуйте!\n\nПростите: рассада из заказа № 77 погибла." + _SEEDLING_END, True),
])
def test_goods_in_transit_keep_a_cause_of_transport(reply, lost):
    assert ("explanation" in problems_with("ru", _SEEDLING_DRAFT, reply).get("parts_missing", ())) is lost


@pytest.mark.parametrize("text, flagged", [
    # thanks for patience after the responsibility owned are no non-apology
    ("Забор повредила техника подрядчика, но за то, как работают по нашему заказу, отвечаем мы. Благодарим за терпение.", False),
    ("Мы отвечаем за работу своих монтажников. Спасибо за терпение.", False),
    # … while a responsibility denied, or an answer, earns no thanks
    ("Мы не отвечаем за работу подрядчика. Благодарим за терпение.", True),
    ("Мы отвечаем на ваше письмо. Благодарим за терпение.", True),
])
def test_thanks_for_patience_after_the_responsibility_owned(text, flagged):
    assert ("ru.non_apology.spasibo-za-terpenie" in error_rules("ru", text)) is flagged
