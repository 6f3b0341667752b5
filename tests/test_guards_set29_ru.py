"""Guard set 29's Russian misses, as classes in other domains (both languages where the code is shared): boilerplate
a reply adds that its draft lacked; a worker's visit the draft names by a noun; the customer's step said after an
offer, which keeps its condition; another version offered after the reply; and set 28's day of a date said again as
an ordinal («если 23-е не подходит»)."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew
from rewriter.guards import clean_reply

# A dental clinic that moved an appointment, and a courier firm that lost a parcel.
_CLINIC = (
    "Уважаемая Ольга Викторовна!\n\nСообщаем, что Ваш приём у стоматолога 3 марта в 15:00 был отменён по техническим "
    "причинам. Приносим извинения за доставленные неудобства. Приём перенесён на 5 марта в 15:00."
)
_CLINIC_PLAIN = (
    "Ольга Викторовна, здравствуйте!\n\nПростите: 3 марта в 15:00 у нас сломалась установка, и приём у стоматолога "
    "пришлось отменить. Ждём вас 5 марта в 15:00."
)
_CLINIC_PADDED = _CLINIC_PLAIN.replace(
    "Простите:", "Ваше обращение очень важно для нас. Мы ценим каждого пациента. Простите:"
) + " Ваше здоровье — наш главный приоритет."
_COURIER = (
    "Уважаеми г-н Стоянов,\n\nУведомяваме Ви, че пратка № 55120 е била изгубена по време на транспортирането. "
    "Поднасяме извинения за причиненото неудобство. Сумата от 40 лв. ще Ви бъде възстановена до 12 май."
)
_COURIER_PLAIN = (
    "Здравейте, г-н Стоянов,\n\nИзвинете ни: изгубихме пратка № 55120, докато я превозвахме. Ще Ви върнем 40 лв. до 12 май."
)
_COURIER_PADDED = _COURIER_PLAIN.replace(
    "Извинете ни:", "Благодарим Ви, че избрахте нас. Благодарим Ви за лоялността. Извинете ни:"
) + " Благодарим Ви за търпението и разбирането."
ADDED_BOILERPLATE = [  # (lang, draft, reply, whether the improvement guard refuses it)
    ("ru", _CLINIC, _CLINIC_PLAIN, False),
    ("ru", _CLINIC, _CLINIC_PADDED, True),
    ("bg", _COURIER, _COURIER_PLAIN, False),
    ("bg", _COURIER, _COURIER_PADDED, True),
]


@pytest.mark.parametrize("lang, draft, reply, refused", ADDED_BOILERPLATE)
def test_a_reply_that_swaps_the_officialese_for_boilerplate_of_its_own_is_no_better(lang, draft, reply, refused):
    refusals = problems_with(lang, draft, reply)
    assert ("not_better" in refusals) is refused


# A boiler service: the worker's visit moved, said by a noun in the draft and by a verb in the reply.
_BOILER = (
    "Уважаемый Игорь!\n\nВыезд монтажника по заявке № 4410, назначенный на 2 февраля, отменён. Приносим извинения. "
    "Выезд монтажника перенесён на 6 февраля, с 9:00 до 11:00."
)
_BOILER_VISIT = "Игорь, здравствуйте!\n\nПростите за отмену. Монтажник приедет по заявке № 4410 6 февраля, с 9:00 до 11:00."
_BOILER_CALL = _BOILER_VISIT + " Накануне он вам позвонит."


@pytest.mark.parametrize("reply, new", [(_BOILER_VISIT, []), (_BOILER_CALL, ["contact"])])
def test_a_visit_the_draft_names_by_a_noun_covers_the_worker_coming(reply, new):
    assert promised_anew("ru", _BOILER, reply) == new


# A ski pass free on a condition the draft names by «при условии», the reply by the customer's step after the offer.
_SKI = (
    "Уважаемая Марина!\n\nПодъёмник 9 января не работал. Приносим извинения. Вы можете бесплатно покататься 16 января "
    "при условии предъявления ски-пасса № 7781 на кассе."
)
STEP_AFTER_THE_OFFER = [
    ("Марина, простите: 9 января подъёмник не работал. 16 января катайтесь бесплатно — только покажите ски-пасс № 7781 на кассе.", []),
    ("Марина, простите: 9 января подъёмник не работал. 16 января можно кататься бесплатно: просто покажите ски-пасс № 7781.", []),
    ("Марина, простите: 9 января подъёмник не работал. 16 января катайтесь бесплатно — для этого назовите на кассе ски-пасс № 7781.", []),
    ("Марина, простите: 9 января подъёмник не работал. 16 января катайтесь бесплатно, ски-пасс № 7781 показывать не нужно.", ["free"]),
]


@pytest.mark.parametrize("reply, new", STEP_AFTER_THE_OFFER)
def test_the_customers_step_after_an_offer_keeps_its_condition(reply, new):
    assert promised_anew("ru", _SKI, reply) == new


@pytest.mark.parametrize("wrapped", [
    "{reply}\n\nХотите, сделаю ещё вариант покороче для мессенджера?",
    "{reply}\n\nИскате ли да подготвя и по-кратка версия за SMS?",
])
def test_another_version_offered_after_the_reply_is_stripped(wrapped):
    reply = "Здравствуйте!\nВернём 300 руб. до пятницы.\n\nС уважением,\nМагазин «Клён»"
    assert clean_reply(wrapped.format(reply=reply)) == reply


def test_an_offer_of_another_tour_is_no_chatter():
    reply = "Здравствуйте! Тур на 12 мая отменён, простите нас.\nХотите, подберём другой вариант на те же даты?"
    assert clean_reply(reply) == reply


# A concert and an exhibition moved: the new day said again by its ordinal alone.
_CONCERT = (
    "Уважаемая Анна!\nКонцерт 12 мая перенесён на 19 мая. Приносим извинения. Билеты действуют. Если дата не "
    "подходит, деньги вернём до 15 мая."
)
_CONCERT_REPLY = (
    "Анна, простите: концерт 12 мая переносится на 19 мая. Билеты действуют, а если {} вам не подходит, вернём деньги "
    "до 15 мая."
)
_EXHIBITION = "Уважаема г-жо Петрова,\nИзложбата на 8 юни се отлага за 15 юни. Поднасяме извинения. Билетите важат."
_EXHIBITION_REPLY = "Здравейте, г-жо Петрова,\nИзвинете ни: изложбата на 8 юни ще бъде на 15 юни. Ако {} не Ви е удобен, билетите важат."
DAY_SAID_AGAIN = [  # (lang, draft, reply, the reply's new facts)
    ("ru", _CONCERT, _CONCERT_REPLY.format("19-е"), None),
    ("ru", _CONCERT, _CONCERT_REPLY.format("21-е"), ("21-е",)),
    ("bg", _EXHIBITION, _EXHIBITION_REPLY.format("15-ти"), None),
    ("bg", _EXHIBITION, _EXHIBITION_REPLY.format("16-ти"), ("16-ти",)),
]


@pytest.mark.parametrize("lang, draft, reply, new", DAY_SAID_AGAIN)
def test_the_day_of_a_date_the_draft_names_said_again_by_its_ordinal_is_no_new_fact(lang, draft, reply, new):
    assert problems_with(lang, draft, reply).get("facts_new") == new
