"""Bulgarian good replies still refused over guard sets 1–52, as classes in other wordings and domains: a span of
hours and minutes joined by „и“ („2 часа и 15 минути“ = „2 ч. 15 мин.“); causes told in the reader's words (a power
cut, the aircraft, the one before); a model's note that names what it kept in the singular ("I kept every fact…");
and a note in brackets under the signature. Each beside a reply of the same shape that must still be stopped."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, same_facts
from rewriter.guards import clean_reply


@pytest.mark.parametrize("draft, reply, same", [
    # hours and minutes joined by „и“ are one span, as the clock writes it
    ("Мачът продължи 1 ч. 40 мин. след началото.", "Мачът продължи 1 час и 40 минути след началото.", True),
    ("Пратката чака на митницата 3 ч. 05 мин.", "Пратката чака на митницата 3 часа и 5 минути.", True),
    # … the minutes still count
    ("Мачът продължи 1 ч. 40 мин. след началото.", "Мачът продължи 1 час и 45 минути след началото.", False),
    # … and a joiner before another unit joins no span
    ("Залата работи 3 часа и 15 дни в месеца.", "Залата работи 3 ч. 15 мин. в месеца.", False),
])
def test_hours_and_minutes_joined(draft, reply, same):
    assert same_facts("bg", draft, reply) is same


_POWER_CUT = """Уважаеми клиенти,
Прожекцията на 12.04 в кино „Арда“ беше прекъсната поради прекъсване на електрозахранването в квартала.
Билетите важат за прожекцията на 19.04.
За въпроси: 0887 555 666."""
_LATE_AIRCRAFT = """Уважаема г-жо Райкова,
Полетът Ви на 08.07 излетя с 3 часа закъснение поради късно пристигане на въздухоплавателното средство от предходния рейс.
Ще Ви преведем 250 € обезщетение до 20.07.
С уважение, „Авиа Тур“"""


@pytest.mark.parametrize("draft, reply, dropped", [
    # a power cut and a late aircraft told in the reader's words keep the cause
    (_POWER_CUT, """Здравейте,
Съжаляваме – на 12.04 прожекцията в кино „Арда“ спря, защото в квартала нямаше ток.
Билетите важат за прожекцията на 19.04.
За въпроси: 0887 555 666.""", False),
    (_LATE_AIRCRAFT, """Здравейте, г-жо Райкова,
Извиняваме се – на 08.07 полетът Ви излетя с 3 часа закъснение, защото самолетът пристигна късно от предишния си рейс.
Ще Ви преведем 250 € обезщетение до 20.07.
Поздрави, „Авиа Тур“""", False),
    # … while replies that tell only the failure drop it
    (_POWER_CUT, """Здравейте,
Съжаляваме – на 12.04 прожекцията в кино „Арда“ спря по средата.
Билетите важат за прожекцията на 19.04.
За въпроси: 0887 555 666.""", True),
    (_LATE_AIRCRAFT, """Здравейте, г-жо Райкова,
Извиняваме се – на 08.07 полетът Ви излетя с 3 часа закъснение.
Ще Ви преведем 250 € обезщетение до 20.07.
Поздрави, „Авиа Тур“""", True),
])
def test_a_cause_in_the_readers_words(draft, reply, dropped):
    assert ("explanation" in problems_with("bg", draft, reply).get("parts_missing", ())) is dropped


@pytest.mark.parametrize("line, stripped", [
    # the model's note on what it kept, each element named in the singular after "every"
    ("I kept every fact, number and contact detail from the original.", True),
    ("I kept every date and amount unchanged.", True),
    # … while a line of the letter that keeps something for the reader stays
    ("Запазихме Ви мястото до петък.", False),
])
def test_a_note_on_what_the_model_kept(line, stripped):
    reply = "Здравейте,\nПоръчката Ви пристига на 14.05.\nПоздрави,\nЕкипът"
    assert (clean_reply(f"{reply}\n\n{line}") == reply) is stripped


_SIGNED = """Уважаеми г-н Русев,
Уведомяваме Ви, че доставката на 6 броя столове по поръчка № ST-881, планирана за 12.05, не е осъществена поради \
повреда на товарния автомобил. Столовете ще бъдат доставени на 14.05 между 9:00 и 12:00 ч.

С уважение,
„Мебел Дом“ ЕООД"""
_SIGNED_REPLY = """Здравейте, г-н Русев,
Съжаляваме, че на 12.05 не Ви донесохме шестте стола – камионът ни се повреди. Ще ги доставим на 14.05 между 9:00 и \
12:00 ч.
{end}"""


@pytest.mark.parametrize("end, dropped", [
    # a note in brackets under the signature goes with it: the reply still signs off
    ("\nПоздрави,\n„Мебел Дом“ ЕООД\n(поръчка ST-881)", False),
    # … while the same note with no sign-off above it closes nothing
    ("(поръчка ST-881)", True),
])
def test_a_note_under_the_signature(end, dropped):
    problems = problems_with("bg", _SIGNED, _SIGNED_REPLY.format(end=end))
    assert ("closing" in problems.get("parts_missing", ())) is dropped
