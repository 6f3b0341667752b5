"""Guard set 61's Russian classes, in other domains: a cost «put down to our account» is free as «за наш счёт» is; money
not to be handed in again is free; what comes «by SMS» is a message; a reply whose last sentence, an offer,
says again a step the draft goes on from to its closing drops the closing; a reply that ends on the draft's phone
written another way is not cut in another fact that starts with the same digits; a fact the draft names before its
cause and again in its sign-off tells nothing done since, so a reply's sentence with that fact may keep the cause."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

_FRAME = (
    "Уважаемый Олег Петрович!\n\nПриносим извинения за испорченную раму. Раму по заказу № 7731 переделаем до 20.03.2027. "
    "{cost}\n\nС уважением,\nбагетная мастерская «Рама»"
)
_FRAME_REPLY = (
    "Здравствуйте, Олег Петрович!\n\nПростите нас за испорченную раму. Раму по заказу № 7731 переделаем до 20.03.2027, "
    "{cost}\n\nС уважением,\nбагетная мастерская «Рама»"
)


@pytest.mark.parametrize("draft_cost, reply_cost, new", [
    # the draft's cost put down to «our account», however far from its noun, covers the reply's «за наш счёт»
    ("Стоимость нового багета, а также работы мастера в размере 2 300 руб. относится на наш счёт.",
     "новый багет и работа мастера (2 300 руб.) — за наш счёт.", []),
    # … while a draft that says nothing of the cost does not
    ("Стоимость работы мастера составит 2 300 руб.", "работа мастера (2 300 руб.) — за наш счёт.", ["free"]),
    # money not to be handed in again is free, which the draft never said
    ("Стоимость работы мастера составит 2 300 руб.",
     "а чтобы вы не ждали, в мае сделаем вам ещё одну раму — вносить деньги повторно не придётся.", ["free"]),
    # … but changes not to be made are no money
    ("Стоимость работы мастера составит 2 300 руб.", "вносить изменения в эскиз не придётся.", []),
])
def test_a_cost_on_our_account_and_money_not_paid_again_are_free(draft_cost, reply_cost, new):
    draft = _FRAME.format(cost=draft_cost)
    reply = _FRAME_REPLY.format(cost=reply_cost)
    assert [k for k in promised_anew("ru", draft, reply) if k == "free"] == new


_PIANO = (
    "Здравствуйте, Анна!\n\nПриносим извинения за перенос. Настройщик приедет 14.04.2027 с 10:00 до 13:00.{notice}\n\n"
    "Служба настройки «Камертон»"
)
_PIANO_REPLY = (
    "Здравствуйте, Анна!\n\nПростите за перенос. Настройщик приедет 14.04.2027 с 10:00 до 13:00. Накануне вам придёт "
    "СМС с подтверждением.\n\nСлужба настройки «Камертон»"
)


@pytest.mark.parametrize("notice, new", [
    # what comes by SMS is a message, as the reply's «придёт СМС» is
    (" Подтверждение визита поступит по SMS накануне.", []),
    # … while a draft that sends none has not promised one
    (" Настройка займёт около двух часов.", ["contact"]),
])
def test_what_comes_by_sms_is_a_message(notice, new):
    draft = _PIANO.format(notice=notice)
    assert [k for k in promised_anew("ru", draft, _PIANO_REPLY) if k == "contact"] == new


_PRINT = (
    "Уважаемый Денис Андреевич!\n\nПриносим извинения: тираж буклетов по заказу № П-552 был напечатан на бумаге "
    "плотностью 90 г/м² вместо 130 г/м² из-за ошибки нашего технолога. Тираж будет перепечатан и доставлен Вам "
    "12.05.2027. Дополнительно по Вашему запросу будут предоставлены образцы бумаги всех плотностей.\n\n"
    "Надеемся на продолжение плодотворного сотрудничества.\n\nС уважением,\nтипография «Оттиск»"
)
_PRINT_REPLY = (
    "Здравствуйте, Денис Андреевич!\n\nПростите нас: по заказу № П-552 буклеты напечатали на бумаге 90 г/м² вместо "
    "130 г/м² — ошибся наш технолог. Мы перепечатаем тираж и привезём его 12.05.2027. Если понадобятся образцы бумаги "
    "всех плотностей, просто попросите — пришлём.{closing}\n\nС уважением,\nтипография «Оттиск»"
)


@pytest.mark.parametrize("closing, lost", [
    # the reply's last sentence, an offer, says again a step the draft goes on from to its closing: the closing dropped
    ("", ["closing"]),
    # … while a reply that goes on to its own wish keeps it
    (" Будем рады работать с вами и дальше.", []),
])
def test_an_offer_said_again_from_a_step_before_the_closing_drops_the_closing(closing, lost):
    reply = _PRINT_REPLY.format(closing=closing)
    assert list(problems_with("ru", _PRINT, reply).get("parts_missing", ())) == lost


_THESIS = (
    "Уважаемый Артём!\n\nПриносим извинения за задержку. Переплёт диссертации выполнен 11.06.2027 вместо 04.06.2027 "
    "из-за поломки термоклеевой машины. Стоимость переплёта 16 400 руб. остаётся прежней.\n\nС уважением,\n"
    "переплётная мастерская «Корешок»\n+7 921 330-42-16"
)
_THESIS_REPLY = (
    "Здравствуйте, Артём!\n\nПростите, что переплёт диссертации задержался: его сделали 11.06.2027 вместо 04.06.2027, "
    "потому что сломалась термоклеевая машина. Стоимость переплёта прежняя — 16 400 руб.\n\nС уважением,\n"
    "переплётная мастерская «Корешок»\n{phone}"
)


@pytest.mark.parametrize("phone, cut", [
    # the draft's phone written another way ends the reply whole, though the draft's sum starts with its last digits
    ("+7 (921) 330-42-16", False),
    # … while a phone cut short is still cut
    ("+7 (921) 330-42-1", True),
])
def test_a_reply_ending_on_the_drafts_phone_written_another_way_is_not_cut(phone, cut):
    assert ("shape_truncated" in problems_with("ru", _THESIS, _THESIS_REPLY.format(phone=phone))) is cut


_CHOIR = (
    "Уважаемая Галина Сергеевна!\n\nРодительский совет хора «Звонкие голоса» группы № 3 рассмотрел Ваше письмо о "
    "поездке на фестиваль 20.02.2027. Приносим извинения. Поясняем, что поездка не состоялась по причине снятия "
    "автобуса с рейса перевозчиком накануне выезда. Взносы в размере 1 800 руб. будут возвращены 05.03.2027.\n\n"
    "Председатель родительского совета хора, группа № 3\nН. В. Кочеткова"
)
_CHOIR_REPLY = (
    "Здравствуйте, Галина Сергеевна!\n\nПростите нас. Поездка хора «Звонкие голоса» группы № 3 на фестиваль "
    "20.02.2027 сорвалась{why}. Взносы — 1 800 руб. — вернём 05.03.2027.\n\n"
    "Председатель родительского совета хора, группа № 3\nН. В. Кочеткова"
)


@pytest.mark.parametrize("why, lost", [
    # the cause kept, with no connector, in the sentence of the failure's facts that the draft signs with again
    (": перевозчик снял автобус с рейса накануне выезда", []),
    # … and in words of its own, which keep less of the cause's
    (": перевозчик отказался от рейса за день до выезда", []),
    # … while a reply that drops it has dropped the explanation
    ("", ["explanation"]),
])
def test_a_cause_told_with_a_fact_the_sign_off_repeats_is_kept(why, lost):
    reply = _CHOIR_REPLY.format(why=why)
    assert list(problems_with("ru", _CHOIR, reply).get("parts_missing", ())) == lost
