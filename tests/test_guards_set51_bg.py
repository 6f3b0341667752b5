"""Guard set 51's Bulgarian misses as classes, in other domains: a template slot for a time left unfilled; the firm's
own cost taken on in the present; a contact said as what was done without it; the letter's topic named through a
participle; an excuse a participle after its comma tells; thanks for the letter, which keep no closing that thanks
for trust; and a reply that trades the draft's faults for one of its own while it rewrites the officialese into
officialese of its own."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

_BOILER = (
    "Здравейте, г-н Ангелов,\n\nСъжаляваме, че котелът Ви не беше обслужен навреме. Техникът ще дойде на 14.02.\n\n"
    "Поздрави,\nЕкипът на сервиза"
)


@pytest.mark.parametrize("slot, stopped", [
    # a slot for a time to fill in, in any bracket, either language's words
    ("[час на посещението]", True),
    ("<работно време на склада>", True),
    ("[время визита]", True),
    # … while a note in brackets is no slot
    ("[вижте графика в приложението]", False),
])
def test_a_slot_for_a_time_is_unfilled(slot, stopped):
    reply = _BOILER.replace("на 14.02.", f"на 14.02. в {slot}.")
    assert ("shape_placeholder" in problems_with("bg", _BOILER, reply)) is stopped


@pytest.mark.parametrize("draft, new", [
    # the firm's own cost taken on in the present is the draft's free service, which a reply may promise
    ("Ателието поема за своя сметка повторното ушиване на завесите до 12.03.", []),
    ("Поемаме за своя сметка новото ушиване на завесите до 12.03.", []),
    # … while a draft that names no cost gives nothing free
    ("Ателието ще ушие отново завесите до 12.03.", ["free"]),
])
def test_the_firms_own_cost_taken_on_in_the_present(draft, new):
    reply = "Ще ушием завесите отново за наша сметка до 12.03."
    assert promised_anew("bg", draft, reply) == new


@pytest.mark.parametrize("reply, new", [
    # keeping the customer informed, said as what was done without it, is an admission, no contact promised
    ("Чакахме доставчика, без да Ви държим в течение – това беше грешка. Монтажът ще бъде на 03.04.", []),
    # … while keeping them informed from now on is a contact promised
    ("Чакахме доставчика. Монтажът ще бъде на 03.04. и ще Ви държим в течение.", ["contact"]),
])
def test_a_contact_said_as_what_was_done_without_it(reply, new):
    draft = "Монтажът се забави поради закъсняла доставка на профили. Монтажът ще бъде извършен на 03.04."
    assert promised_anew("bg", draft, reply) == new


_TOPIC = (
    "Уважаема госпожо Илиева,\n\nВъв връзка с Ваше запитване от 04.03.2026 г., касаещо закъснението на доставката по "
    "договор № ТР-118, Ви уведомяваме следното. Пратката бе задържана на митница Капитан Андреево заради липсващ "
    "сертификат за произход. Сертификатът вече е издаден и пратката ще пристигне на 12.03.2026 г.\n\nС уважение,\n"
    "Петър Киров"
)
_TOPIC_REPLY = (
    "Уважаема госпожо Илиева,\n\nИзвиняваме се за доставката по договор № ТР-118. {} Сертификатът вече е издаден и "
    "пратката ще пристигне на 12.03.2026 г.\n\nС уважение,\nПетър Киров"
)
_EXCUSE = (
    "Уважаеми господин Димов,\n\nПоради независещи от нас обстоятелства, свързани с подмяната на софтуера в "
    "лабораторията по анализи, резултатите от изследването Ви не бяха изпратени в обявения срок. Съжаляваме за "
    "неудобството. Резултатите ще Ви бъдат изпратени на 18.05.2026 г.\n\nС уважение,\nЛаборатория „Анализ“"
)
_EXCUSE_REPLY = (
    "Уважаеми господин Димов,\n\nИзвиняваме се. {} Ще Ви ги изпратим на 18.05.2026 г.\n\nС уважение,\n"
    "Лаборатория „Анализ“"
)


@pytest.mark.parametrize("draft, reply, cause, dropped", [
    # the topic a participle names („касаещо закъснението“) is no cause: a reply that keeps the cause keeps the part
    (_TOPIC, _TOPIC_REPLY, "Пратката ни остана на митница Капитан Андреево, защото липсваше сертификат за произход.", False),
    # … while one that tells only the delay drops it
    (_TOPIC, _TOPIC_REPLY, "Пратката ни закъсня.", True),
    # an excuse a participle after its comma tells („свързани с подмяната на софтуера“): the reply that keeps what
    # it tells keeps the cause; one that tells only the delay drops it
    (_EXCUSE, _EXCUSE_REPLY, "Сменяхме софтуера в лабораторията и затова закъсняхме.", False),
    (_EXCUSE, _EXCUSE_REPLY, "Закъсняхме.", True),
])
def test_a_cause_read_where_the_draft_tells_it(draft, reply, cause, dropped):
    problems = problems_with("bg", draft, reply.format(cause))
    assert ("explanation" in problems.get("parts_missing", ())) is dropped


_THANKS = (
    "Уважаеми господин Марков,\n\nСъжаляваме, че абонаментът Ви беше таксуван двукратно. Сумата от 24 лв. ще бъде "
    "възстановена до 10.09.2026 г. За въпроси: support@vodaplus.bg.\n\nБлагодарим за доверието.\n\nС уважение,\n"
    "Екипът на „Вода Плюс“"
)


@pytest.mark.parametrize("opening, dropped", [
    # thanks for the letter keep no closing that thanks for trust: a reply that ends on the contact line dropped it
    ("Благодарим Ви, че ни писахте.", True),
    # … while thanks for more than the letter keep it
    ("Благодарим Ви за търпението.", False),
])
def test_thanks_for_the_letter_keep_no_closing(opening, dropped):
    reply = (
        f"Уважаеми господин Марков,\n\n{opening} Съжаляваме, че таксувахме абонамента Ви два пъти. Ще Ви върнем 24 лв. "
        "до 10.09.2026 г. Ако имате въпроси, пишете ни на support@vodaplus.bg.\n\nС уважение,\nЕкипът на „Вода Плюс“"
    )
    assert ("closing" in problems_with("bg", _THANKS, reply).get("parts_missing", ())) is dropped


_REFUND = (
    "Уважаема госпожо Колева,\n\nВъв връзка с Вашата жалба Ви информираме, че възстановяването на сумата в размер на 40 лв. "
    "не бе извършено в срок. Към момента е налице забавяне при обработката на плащанията. Моля да приемете нашите "
    "извинения. Сумата ще бъде преведена до 20.03.2026 г.\n\nС уважение,\nФитнес „Олимп“"
)


@pytest.mark.parametrize("body, better", [
    # a fault of its own (a non-apology) for the draft's two, with the officialese rewritten into officialese of its own
    # („следва да се има предвид“, „се осъществява“), is no better
    ("Следва да се има предвид, че обработката на плащанията се осъществява изцяло от банката. Извиняваме се за "
     "евентуално причинените неудобства. Ще Ви преведем сумата в размер на 40 лв. до 20.03.2026 г.", False),
    # … while the same fault in a reply that dropped the officialese is
    ("Извиняваме се за евентуално причинените неудобства: не Ви върнахме 40 лв. навреме, защото банката обработва "
     "плащанията ни бавно. Ще Ви преведем сумата до 20.03.2026 г.", True),
])
def test_a_fault_of_its_own_with_officialese_of_its_own(body, better):
    reply = f"Уважаема госпожо Колева,\n\n{body}\n\nС уважение,\nФитнес „Олимп“"
    assert ("not_better" not in problems_with("bg", _REFUND, reply)) is better
