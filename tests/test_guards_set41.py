"""Guard set 41's misses as classes, in other wordings and domains: a worker who «прибудет» is a visit, as one who
«приедет» is; days of the week said by their short names («пн–пт») are the same days said in full; and the end of a
year or of a quarter («до края на годината», «до конца квартала») is a moment, which a reply may not promise anew."""
from __future__ import annotations

import pytest

from guard_checks import promised_anew


@pytest.mark.parametrize("draft, reply, new", [
    # the draft's technician «прибудет»: the reply's «приедет» is the same visit
    ("Уважаемый Илья Сергеевич!\nТехник Олег Панин прибудет 12.03.2027 к 10:00 и заменит счётчик.\nСлужба «Вода»",
     "Здравствуйте, Илья Сергеевич!\n12.03.2027 к 10:00 к вам приедет наш техник Олег Панин и заменит счётчик.\n"
     "Служба «Вода»", []),
    ("Уважаемая Ольга Петровна!\nК 15.04.2027 прибудет специалист по настройке котла.\nКомпания «Тепло»",
     "Здравствуйте, Ольга Петровна!\nК 15.04.2027 к вам приедет наш мастер и настроит котёл.\nКомпания «Тепло»", []),
    # … while a parcel that «прибудет» brings no one: the reply's technician is a new visit
    ("Уважаемый Илья Сергеевич!\nНовый счётчик прибудет 12.03.2027 к 10:00.\nСлужба «Вода»",
     "Здравствуйте, Илья Сергеевич!\n12.03.2027 к 10:00 к вам приедет наш техник и заменит счётчик.\nСлужба «Вода»",
     ["contact"]),
])
def test_a_worker_who_arrives_is_a_visit(draft, reply, new):
    assert promised_anew("ru", draft, reply) == new


_HOURS = "Уважаемая Анна Викторовна!\nЗабрать очки можно в салоне на ул. Ленина, 5, пн–пт с 10:00 до 19:00.\nОптика «Линза»"


@pytest.mark.parametrize("reply, new", [
    ("Здравствуйте, Анна Викторовна!\nЖдём вас в салоне на ул. Ленина, 5, с понедельника по пятницу с 10:00 до 19:00.\n"
     "Оптика «Линза»", []),
    # … while a day the draft never names is a new deadline
    ("Здравствуйте, Анна Викторовна!\nОчки будут готовы в субботу, ждём вас на ул. Ленина, 5, с 10:00 до 19:00.\n"
     "Оптика «Линза»", ["deadline"]),
])
def test_weekdays_by_their_short_names_are_the_same_days(reply, new):
    assert promised_anew("ru", _HOURS, reply) == new


@pytest.mark.parametrize("lang, draft, reply, new", [
    # a thing we will do by the end of a year or a quarter the draft never names is a new promise of a term
    ("bg", "Уважаеми г-н Петков,\nОсветлението в парка ще бъде възстановено на 20.10.2027 г.\nС уважение, Община Бяла",
     "Здравейте, г-н Петков,\nОсветлението в парка ще бъде възстановено на 20.10.2027 г., а до края на годината ще бъде "
     "поставена и нова ограда.\nОбщина Бяла", ["deadline"]),
    ("bg", "Уважаема г-жо Маринова,\nЧиталището ще бъде отворено отново на 03.02.2027 г.\nС уважение, Община Бяла",
     "Здравейте, г-жо Маринова,\nЧиталището отваря отново на 03.02.2027 г. До края на тримесечието ще бъде ремонтиран "
     "и покривът.\nОбщина Бяла", ["deadline"]),
    ("ru", "Уважаемый Виктор Ильич!\nОсвещение во дворе восстановим 20.10.2027.\nУправляющая компания «Двор»",
     "Здравствуйте, Виктор Ильич!\nОсвещение во дворе восстановим 20.10.2027, а до конца года будет установлен и "
     "шлагбаум.\nУправляющая компания «Двор»", ["deadline"]),
    # … while the same end of the year told again is the draft's own term
    ("bg", "Уважаеми г-н Петков,\nНовата ограда в парка ще бъде поставена до края на годината.\nС уважение, Община Бяла",
     "Здравейте, г-н Петков,\nДо края на годината ще поставим нова ограда в парка.\nОбщина Бяла", []),
    ("ru", "Уважаемый Виктор Ильич!\nШлагбаум во дворе будет установлен до конца года.\nУправляющая компания «Двор»",
     "Здравствуйте, Виктор Ильич!\nШлагбаум во дворе поставим до конца года.\nУправляющая компания «Двор»", []),
])
def test_the_end_of_a_year_or_a_quarter_is_a_moment(lang, draft, reply, new):
    assert promised_anew(lang, draft, reply) == new
