"""Guard set 42's Bulgarian misses as classes, in other domains: a house number before a word of „every“ and a schedule
is a number, no amount of days; a payment owed to the customer, „преведено“, is the transfer a reply promises in its
own words, while an aorist of the customer's („преведохте“) tells what was done; a guarantee given for a term is a
promise of its own, which the promises guard names beside the new number; a light draft retold with its delay
apologised for in the delay's own sentence is improved."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts

_DESK = "Пакетът Ви чака в офиса на ул. „Раковски“ 108 всеки работен ден от 9:00 до 19:00 ч."


@pytest.mark.parametrize("reply, same", [
    # the house number kept, written before the schedule with a comma or a dash
    ("Пакетът Ви чака в офиса на ул. „Раковски“ 108, всеки работен ден от 9:00 до 19:00 ч.", True),
    ("Можете да вземете пакета от офиса на ул. „Раковски“ 108 – всеки работен ден от 9 до 19 ч.", True),
    # … while another house number is another fact
    ("Пакетът Ви чака в офиса на ул. „Раковски“ 118, всеки работен ден от 9:00 до 19:00 ч.", False),
])
def test_a_house_number_before_a_schedule_is_no_amount_of_days(reply, same):
    assert same_facts("bg", _DESK, reply) is same


@pytest.mark.parametrize("lang, draft, reply, same", [
    # a modifier between a number and its unit still gives the number that unit
    ("bg", "Остават Ви 3 неизползвани дни от отпуската.", "Имате още три неизползвани дни от отпуската.", True),
    ("bg", "Ще отговорим в срок от 5 работни дни.", "Ще отговорим в срок от 7 работни дни.", False),
    # the Russian „every“ opens a schedule as well
    ("ru", "Забрать заказ можно на ул. Гагарина, 21 каждый день с 10:00 до 20:00.",
     "Заказ ждёт вас на ул. Гагарина, 21, каждый день с 10 до 20 часов.", True),
    ("ru", "Забрать заказ можно на ул. Гагарина, 21 каждый день с 10:00 до 20:00.",
     "Заказ ждёт вас на ул. Гагарина, 27, каждый день с 10 до 20 часов.", False),
])
def test_a_number_keeps_its_unit_past_a_modifier_but_not_past_every(lang, draft, reply, same):
    assert same_facts(lang, draft, reply) is same


@pytest.mark.parametrize("draft, new", [
    # the draft's payment, sent to the customer, is the transfer the reply promises
    ("Плащането за орехите ще бъде преведено до 12.11.", []),
    ("Хонорарът Ви за превода ще бъде преведен до 12.11.", []),
    # … while money paid at the desk is no transfer
    ("Плащането за орехите ще получите в брой на касата до 12.11.", ["transfer"]),
])
def test_a_payment_transferred_is_the_drafts_transfer(draft, new):
    assert promised_anew("bg", draft, "Парите ще Ви преведем до 12.11.") == new


@pytest.mark.parametrize("reply, new", [
    # what the customer sent, or we sent, in the aorist of a stem in -о-, is told, not promised
    ("Получихме сумата, която преведохте на 3.11., и заявката е потвърдена.", []),
    ("Преведохме Ви сумата на 3.11., а заявката е потвърдена.", []),
    # … while the same verb in the future is a transfer promised
    ("Ще Ви преведем сумата до 3.11., а заявката е потвърдена.", ["deadline", "transfer"]),
])
def test_a_transfer_in_the_aorist_is_told_not_promised(reply, new):
    assert promised_anew("bg", "Заявката Ви е потвърдена.", reply) == new


_PUMP = "Ще сменим помпата на котела безплатно на 14.05.2027 г. от 10:00 ч."


@pytest.mark.parametrize("reply, new", [
    # a guarantee given for a term, the number before it or after it, or given outright
    ("Ще сменим помпата на котела безплатно на 14.05.2027 г. от 10:00 ч. и Ви даваме 3 години гаранция за нея.", True),
    ("Ще сменим помпата на котела безплатно на 14.05.2027 г. от 10:00 ч., а новата ще е с гаранция от 24 месеца.", True),
    ("Ще сменим помпата на котела безплатно на 14.05.2027 г. от 10:00 ч. и ще получите гаранция за ремонта.", True),
    # … while a repair done under the warranty the customer has gives none
    ("Ще сменим помпата на котела безплатно, по гаранция, на 14.05.2027 г. от 10:00 ч.", False),
    ("Гаранционната смяна на помпата ще направим на 14.05.2027 г. от 10:00 ч.", False),
])
def test_a_guarantee_given_for_a_term_is_a_new_promise(reply, new):
    assert ("guarantee" in promised_anew("bg", _PUMP, reply)) is new


def test_a_guarantee_the_draft_gives_is_no_new_promise():
    draft = "Ще сменим помпата на котела безплатно на 14.05.2027 г. Новата помпа е с 2 години гаранция."
    assert promised_anew("bg", draft, "На 14.05.2027 г. ще сменим помпата безплатно и Ви даваме 2 години гаранция.") == []


def test_a_new_guarantee_with_a_new_number_is_named_by_the_promises_guard():
    reply = "Ще сменим помпата на котела безплатно на 14.05.2027 г. от 10:00 ч. и Ви даваме 5 години гаранция."
    assert "guarantee" in problems_with("bg", _PUMP, reply).get("commitments_new", ())


_SOFA = (
    "Уважаеми господин Петров,\n\nВъв връзка с Вашето запитване Ви уведомяваме, че срокът за доставка на дивана е удължен "
    "поради необходимостта от повторно тапициране. Извиняваме се за забавянето. Диванът ще Ви бъде доставен на 12.06.2027 г. "
    "между 10:00 и 14:00 ч.\n\nС уважение,\nМебели „Люлин“"
)
_SOFA_CAUSE = "Трябваше да го тапицираме повторно, затова срокът беше удължен."
_SOFA_STEP = "Ще Ви го доставим на 12.06.2027 г. между 10:00 и 14:00 ч.\n\nПоздрави,\nМебели „Люлин“"


@pytest.mark.parametrize("opening, better", [
    # the delay apologised for in its own sentence: the reply owns it there, and may keep the draft's mild passive
    ("Съжаляваме, че доставката на дивана Ви се забави.", True),
    ("Извиняваме се, че доставката на дивана Ви се забави толкова.", True),
    # … while the same faults with the apology in a sentence apart own nothing
    ("Доставката на дивана Ви се забави. Съжаляваме за това.", False),
])
def test_a_light_draft_retold_with_its_delay_apologised_for_is_better(opening, better):
    reply = f"Здравейте, господин Петров,\n\n{opening} {_SOFA_CAUSE} {_SOFA_STEP}"
    assert ("not_better" not in problems_with("bg", _SOFA, reply)) is better
