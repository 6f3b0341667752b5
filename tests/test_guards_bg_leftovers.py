"""Bulgarian good replies still refused over guard sets 1–52, as classes in other wordings and domains: a span of
hours and minutes joined by „и“ („2 часа и 15 минути“ = „2 ч. 15 мин.“); a closing told only by its contact line,
kept by a reply that ends on that contact; a missing part the draft lacks too, which keeps no officialese in a
reply that drops most of the draft's faults; a sum owed („не се дължи допълнително плащане“), which is no cause;
causes told in the reader's words (what we typed in, a power cut, the aircraft, the one before); a model's note that
names what it kept in the singular ("I kept every fact…"); and a note in brackets under the signature. Each beside a
reply of the same shape that must still be stopped."""
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


_CONTACT_CLOSES = """Здравейте, г-н Петров,
Съжаляваме, че абонаментът Ви за фитнеса беше спрян на 04.03 по грешка на наш служител.
Абонаментът е възстановен и важи до 04.05.
{closing}"""
_ENDS_ON_THE_CONTACT = """Здравейте, г-н Петров,
Извиняваме се, наш служител спря абонамента Ви за фитнеса на 04.03 по грешка.
Вече е възстановен и важи до 04.05.
{contact}"""


@pytest.mark.parametrize("closing, contact, dropped", [
    # a closing told only by its contact line is kept by a reply that ends on that contact
    ("Оставаме на разположение на тел. 02 987 65 43.", "За въпроси: 02/987 65 43.", False),
    ("При въпроси можете да ни пишете на fitnes@primer.bg.", "Пишете ни на fitnes@primer.bg.", False),
    # … not when the closing thanks too, which the contact line does not say
    ("Благодарим Ви за търпението. Оставаме на разположение на тел. 02 987 65 43.", "За въпроси: 02/987 65 43.", True),
])
def test_a_closing_told_by_its_contact_line(closing, contact, dropped):
    problems = problems_with("bg", _CONTACT_CLOSES.format(closing=closing), _ENDS_ON_THE_CONTACT.format(contact=contact))
    assert ("closing" in problems.get("parts_missing", ())) is dropped


_NO_REMEDY = """Здравейте, г-н Илиев,
Поднасяме извинения, че курсът по плуване на 14.06 не започна.
Курсът бе отложен поради отсъствие на треньора по уважителни причини.
За въпроси: 0887 123 456."""
_NO_REMEDY_OTHER = """Уважаема г-жо Маринова,
Съжаляваме, че дегустацията на 22.09 в избата не се състоя.
Дегустацията бе отложена поради отсъствие на енолога по уважителни причини.
Пишете ни на degustacii@izba.bg."""


@pytest.mark.parametrize("draft, reply, better", [
    # the draft lacks a remedy and so does the reply: no officialese kept, the faults mostly fixed
    (_NO_REMEDY, """Здравейте, г-н Илиев,
Извиняваме се, че курсът по плуване на 14.06 не започна. Треньорът отсъстваше по уважителни причини.
За въпроси: 0887 123 456.""", True),
    (_NO_REMEDY_OTHER, """Здравейте, г-жо Маринова,
Съжаляваме, че дегустацията на 22.09 не се състоя, а Вие бяхте дошли. Енологът ни отсъстваше по уважителни причини.
Пишете ни на degustacii@izba.bg.""", True),
    # … while a reply that adds officialese of its own beside the fault it keeps is no better
    (_NO_REMEDY, """Здравейте, г-н Илиев,
Извиняваме се, че курсът по плуване на 14.06 не започна. Треньорът отсъстваше по уважителни причини.
Във връзка с това Ви уведомяваме, че за въпроси сме на 0887 123 456.""", False),
])
def test_a_missing_part_the_draft_lacks_too(draft, reply, better):
    assert ("not_better" not in problems_with("bg", draft, reply)) is better


_SUM_OWED = """Здравейте, г-н Димов,
Съжаляваме, че на 03.10 шкафът Ви беше сглобен с врати с различен цвят. Причината е грешка при въвеждане на кода на \
цвета в поръчката. Нови врати ще монтираме на 09.10. За монтажа не се дължи допълнително плащане.
За въпроси: 0888 112 233."""


@pytest.mark.parametrize("cause, dropped", [
    # a sum owed („не се дължи допълнително плащане“) is no cause, so a reply that says it is free drops none; what we
    # typed in is kept by „въведохме“
    (" – въведохме грешен код на цвета", False),
    # … while one that tells no cause at all still drops the draft's
    ("", True),
])
def test_a_sum_owed_is_no_cause(cause, dropped):
    reply = f"""Здравейте, г-н Димов,
Извиняваме се, че на 03.10 сглобихме шкафа Ви с врати с различен цвят{cause}. Нови врати ще монтираме на 09.10 и няма \
да доплащате нищо.
За въпроси: 0888 112 233."""
    assert ("explanation" in problems_with("bg", _SUM_OWED, reply).get("parts_missing", ())) is dropped


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
