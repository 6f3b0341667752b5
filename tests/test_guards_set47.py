"""Guard set 47's misses as classes, in other domains and both languages: a last line that opens with the draft's
signature and goes on to name its organisation in the draft's words is a signature, not a cut line; a deposit
waived and an outcome of a search made certain are new promises; a sum named «в размер на» before its lowered
price is the draft's discount; a step done only if needed, joined by «и», leaves the visit before it promised
outright; and a reply cut between two digit groups of a phone is cut, whatever its facts then miss."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

_RU_DRAFT = (
    "Уважаемая Инна Львовна!\n"
    "Комитет по благоустройству и содержанию территорий городской администрации рассмотрел Ваше обращение № БЛ-5512. Приносим извинения "
    "за задержку: подрядчик не успел завезти грунт. Газон во дворе дома 7 будет восстановлен до 20.05.2026. "
    "Телефон для связи: 8 (496) 551-30-12.\n"
    "С уважением,\n"
    "отдел озеленения\n"
)
_RU_BODY = (
    "Здравствуйте, Инна Львовна!\n"
    "Простите за задержку с газоном: подрядчик не успел завезти грунт, и мы это вовремя не проверили. Ваше обращение "
    "№ БЛ-5512 мы рассмотрели. Газон во дворе дома 7 восстановим до 20.05.2026. Если будут вопросы, звоните: "
    "8 (496) 551-30-12.\n"
    "Спасибо за терпение.\n"
)


@pytest.mark.parametrize("last_line, cut", [
    # the draft's signature with the organisation the draft names, after a space or a comma
    ("Отдел озеленения комитета по благоустройству и содержанию территорий городской администрации", False),
    ("Отдел озеленения, комитет по благоустройству и содержанию территорий городской администрации", False),
    # … while a line that opens with it but stops inside a word, or a line of prose, is cut
    ("Отдел озеленения комитета по благоустройству и содержанию территорий городской админ", True),
    ("Мы восстановим газон во дворе и заодно посадим новые кусты вдоль", True),
])
def test_a_signature_extended_by_the_drafts_organisation_is_no_cut_line(last_line, cut):
    problems = problems_with("ru", _RU_DRAFT, _RU_BODY + last_line)
    assert ("shape_truncated" in problems) is cut


_RENTAL = (
    "Уважаемый клиент! Приносим извинения за поломку лодочного мотора. Залог в размере 5 000 руб. будет возвращён "
    "на карту до 12.07.2026. Мастер осмотрит мотор и сообщит причину поломки."
)


@pytest.mark.parametrize("reply, new", [
    # a deposit waived, said in several orders, is a favour the draft does not give
    ("Простите за поломку мотора. Залог 5 000 руб. вернём на карту до 12.07.2026. В следующий раз залог за лодку "
     "мы брать не станем.", True),
    ("Простите за поломку мотора. Залог 5 000 руб. вернём на карту до 12.07.2026. Следующий прокат оформим без "
     "залога.", True),
    # … and so is the outcome of a look made certain
    ("Простите за поломку мотора. Залог 5 000 руб. вернём на карту до 12.07.2026. Мастер осмотрит мотор, и причину "
     "мы непременно выясним.", True),
    # … while the deposit given back and a step in our hands said firmly promise nothing new
    ("Простите за поломку мотора. Залог 5 000 руб. обязательно вернём на карту до 12.07.2026. Мастер осмотрит "
     "мотор и сообщит причину поломки.", False),
])
def test_a_deposit_waived_or_a_found_cause_made_certain_is_a_new_promise(reply, new):
    assert bool(promised_anew("ru", _RENTAL, reply)) is new


@pytest.mark.parametrize("draft, reply, new", [
    # a sum named in the official way between the price and its lowering is the draft's discount
    ("Абонаментът за месец май в размер на 45 лв. ще бъде намален с дните без интернет.",
     "Абонаментът за месец май – 45 лв. – ще бъде намален с дните без интернет.", []),
    ("Таксата за курса по английски в размер на 320 лв. ще бъде намалена пропорционално на пропуснатите часове.",
     "Таксата за курса по английски, 320 лв., ще бъде намалена пропорционално на пропуснатите часове.", []),
    # … while a lowered price the draft never gives is new
    ("Таксата за курса в размер на 320 лв. остава същата.",
     "Таксата за курса – 320 лв. – ще бъде намалена с пропуснатите часове.", ["discount"]),
])
def test_a_price_lowered_after_its_sum_in_the_official_way_is_the_drafts_discount(draft, reply, new):
    assert promised_anew("bg", draft, reply) == new


@pytest.mark.parametrize("reply, new", [
    # a visit promised before «и» and a step done only if needed is promised outright, as the reply may say it
    ("Техникът ще дойде на 14.03.2026 г. между 9:00 и 12:00 ч. Ще провери котела.", []),
    # … while another day is a new deadline
    ("Техникът ще дойде на 15.03.2026 г. между 9:00 и 12:00 ч. Ще провери котела.", ["deadline"]),
])
def test_a_step_only_if_needed_after_and_leaves_the_visit_before_it_promised(reply, new):
    draft = ("На 14.03.2026 г. между 9:00 и 12:00 ч. техникът ще Ви посети, за да провери котела и при необходимост "
             "да смени горелката, без заплащане.")
    assert promised_anew("bg", draft, reply) == new


_CLINIC = (
    "Уважаема г-жо Маринова,\n\n"
    "Извиняваме се, че часът Ви при д-р Генов беше отменен без предупреждение. Новият час е на 22.04.2026 г. в "
    "11:30 ч. За въпроси: регистратура, тел. 0887 215 640.\n\n"
    "С уважение,\n"
    "Медицински център „Вита“\n"
)


@pytest.mark.parametrize("ending, cut", [
    # a phone cut between its digit groups is a cut reply
    ("Ако имате въпроси, обадете се на регистратурата на тел. 0887 215", True),
    ("Ако имате въпроси, обадете се на регистратурата на тел. 0887", True),
    # … while the whole phone ends no line cut
    ("Ако имате въпроси, обадете се на регистратурата на тел. 0887 215 640", False),
])
def test_a_reply_cut_between_the_digit_groups_of_a_phone_is_cut(ending, cut):
    reply = ("Здравейте, г-жо Маринова,\n\nСъжаляваме, че часът Ви при д-р Генов беше отменен без предупреждение. "
             "Новият час е на 22.04.2026 г. в 11:30 ч.\n\n" + ending)
    assert ("shape_truncated" in problems_with("bg", _CLINIC, reply)) is cut
