"""Bad replies the guards let through, as classes in other domains, each beside a good reply of the same shape that
must still pass: a moment of the same day told by a part of it («същия следобед», «в тот же вечер») is a deadline; a
contact made outright by an address the draft contacts by only under a condition («напишем на …» for «если Вы
попросите, напишем на …») is a new promise, though the draft makes another contact outright; shares swapped between the words they are
shares of («40% шерсть и 60% акрил» for «60% шерсть и 40% акрил») are facts changed, though every value and word is
kept; a thing replaced with a new one outright («за всеки случай ще сменим и бойлера с нов») where the draft replaces it
only under a condition is a guarantee the draft never gives, though a reply may replace what the draft gives anew in
other words; what the work or a check found («в ходе работ … выявлены трещины каркаса») is a cause a reply must keep;
a reply that tells no cause says in what it is sorry for («Простите, что деньги пришли не вовремя») the failure, not
the cause whose words it echoes only by their meaning («несвоевременным поступлением выписки»); a day or an hour the
customer chooses („в ден по Ваш избор“, „на удобна за Вас дата“) is a deadline no date of the draft's covers; what a
check or the work found („При огледа бе установена пукнатина“, „в хода на работата бяха открити изгнили греди“) is a
cause a Bulgarian reply must keep, as a Russian one must; the difference between two prices given back
(„разликата ще Ви бъде възстановена“, «разницу вернём») is a refund, which the draft's own refund of it covers;
measures already taken, in the past passive («порядок … изменён», «санобработка проведена»), are a remedy a reply must
keep; a step with a price whose facts a reply tells only with its account (the price in what it owns, „не сменихме
контролера, който струва 185 €“) is dropped."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

_LENS_BG = "Очилата Ви ще бъдат изпратени с куриер на 14.05.2026 г. до оптиката на ул. „Шипка“ 8."
_LENS_BG_SAME_DAY = "Очилата Ви ще бъдат изпратени с куриер на 14.05.2026 г. и ще пристигнат в деня на изпращането."
_PIANO_RU = "Мастер приедет 22.09 в 10:00."
_PIANO_RU_SAME_DAY = "Мастер приедет 22.09 в 10:00 и закончит работу в тот же день."
_PERMIT_RU = (
    "Разрешение будет направлено Вам заказным письмом не позднее 18.03.2026. Если Вы попросите, мы также "
    "напишем Вам на o.lebedev@mail.ru."
)
_TICKETS_BG = "Билетите ще Ви бъдат изпратени по куриер до 09.06.2026 г. Ако ни уведомите, ще Ви пишем и на m.petrova@abv.bg."
_BOTH_WAYS_RU = (
    "Мы напишем Вам на o.lebedev@mail.ru до 18.03.2026. Если понадобится, мы также напишем Вам на o.lebedev@mail.ru "
    "после проверки."
)


@pytest.mark.parametrize("lang, draft, reply, new", [
    # the same afternoon, evening or morning the draft never names is a deadline of the reply's own
    ("bg", _LENS_BG, "На 14.05.2026 г. ще изпратим очилата до оптиката на ул. „Шипка“ 8 и ще са там още същия следобед.", ["deadline"]),
    ("bg", _LENS_BG, "На 14.05.2026 г. ще изпратим очилата до оптиката на ул. „Шипка“ 8, а същата вечер ще са при Вас.", ["deadline"]),
    ("ru", _PIANO_RU, "Мастер приедет 22.09 в 10:00, и в тот же вечер пианино будет готово.", ["deadline"]),
    ("ru", _PIANO_RU, "Мастер приедет 22.09 в 10:00 — тем же утром всё будет настроено.", ["deadline"]),
    # … the draft's own date alone is no new promise, nor a part of the day the draft names as the same day
    ("bg", _LENS_BG, "На 14.05.2026 г. ще изпратим очилата с куриер до оптиката на ул. „Шипка“ 8.", []),
    ("bg", _LENS_BG_SAME_DAY, "На 14.05.2026 г. ще изпратим очилата с куриер и ще са при Вас още същия следобед.", []),
    ("ru", _PIANO_RU, "Мастер приедет к вам 22.09 в 10:00.", []),
    ("ru", _PIANO_RU_SAME_DAY, "Мастер приедет 22.09 в 10:00, и в тот же вечер пианино будет готово.", []),
])
def test_a_part_of_the_same_day_is_a_deadline(lang, draft, reply, new):
    assert promised_anew(lang, draft, reply) == new


@pytest.mark.parametrize("lang, draft, reply, new", [
    # a letter sent outright to the address the draft writes to only on request
    ("ru", _PERMIT_RU, "Разрешение отправим заказным письмом не позднее 18.03.2026, а ещё сразу напишем вам на o.lebedev@mail.ru.",
     ["contact"]),
    ("ru", _PERMIT_RU, "Разрешение отправим заказным письмом не позднее 18.03.2026. Также напишем вам на o.lebedev@mail.ru.",
     ["contact"]),
    ("bg", _TICKETS_BG, "Ще изпратим билетите по куриер до 09.06.2026 г. Ще Ви пишем и на m.petrova@abv.bg.", ["contact"]),
    # … the letter kept on request, the outright letter alone, or an address the draft writes to outright too, is the draft's
    ("ru", _PERMIT_RU, "Разрешение отправим заказным письмом не позднее 18.03.2026. Если попросите, напишем вам и на o.lebedev@mail.ru.",
     []),
    ("ru", _PERMIT_RU, "Разрешение отправим заказным письмом не позднее 18.03.2026.", []),
    ("bg", _TICKETS_BG, "Ще изпратим билетите по куриер до 09.06.2026 г. Ако ни кажете, ще Ви пишем и на m.petrova@abv.bg.", []),
    ("ru", _BOTH_WAYS_RU, "Напишем вам на o.lebedev@mail.ru до 18.03.2026.", []),
])
def test_an_address_contacted_only_on_a_condition(lang, draft, reply, new):
    assert promised_anew(lang, draft, reply) == new


_SWEATER_RU = "Свитер связан из пряжи: 60% шерсти и 40% акрила, а манжеты из 100% шерсти."
_MIX_BG = "Смесът за торта съдържа 70% брашно и 30% захар; опаковката е от 100% хартия."


@pytest.mark.parametrize("lang, draft, reply, changed", [
    # the shares swapped between the draft's own words
    ("ru", _SWEATER_RU, "Пряжа свитера — 40% шерсти и 60% акрила, манжеты из 100% шерсти.", True),
    ("bg", _MIX_BG, "В смеса за торта има 30% брашно и 70% захар, а опаковката е от 100% хартия.", True),
    # … the same pairs in another order or other words, or a share with nothing after it, keep the composition
    ("ru", _SWEATER_RU, "В пряже свитера 40% акрила и 60% шерсти; манжеты — из 100% шерсти.", False),
    ("ru", _SWEATER_RU, "Пряжа свитера: шерсть — 60%, акрил — 40%. Манжеты из 100% шерсти.", False),
    ("bg", _MIX_BG, "Смесът е 30% захар и 70% брашно, а опаковката е от 100% хартия.", False),
])
def test_shares_swapped_between_their_words_are_facts_changed(lang, draft, reply, changed):
    assert ("facts_missing" in problems_with(lang, draft, reply)) is changed


_HEATER_BG = (
    "Техникът ще подмени термостата на 03.03.2026 г. Ако и след това водата не се затопля, бойлерът ще бъде сменен с "
    "нов."
)
_PUMP_RU = "Мастер заменит фильтр 12.05. Если фильтр не поможет, насос будет заменён на новый."
_TYRE_BG = "Ще Ви предоставим нова гума от същия модел без заплащане на 14.04.2026 г."
_KETTLE_RU = "Мы пришлём вам новый чайник 12.05."


@pytest.mark.parametrize("lang, draft, reply, new", [
    # the draft's replacement under a condition made outright
    ("bg", _HEATER_BG, "На 03.03.2026 г. техникът ще смени термостата, а за всеки случай ще сменим и бойлера с нов.",
     ["guarantee"]),
    ("ru", _PUMP_RU, "Мастер заменит фильтр 12.05, а насос мы сразу заменим на новый.", ["guarantee"]),
    # … kept under its condition, told as done, or a replacement the draft gives anew in other words, is the draft's
    ("bg", _HEATER_BG, "На 03.03.2026 г. техникът ще смени термостата. Ако водата пак не се топли, ще сменим бойлера с нов.",
     []),
    ("bg", _HEATER_BG, "На 03.03.2026 г. техникът ще смени термостата. Бойлерът вече е сменен с нов.", []),
    ("ru", _PUMP_RU, "Мастер заменит фильтр 12.05. Если это не поможет, заменим насос на новый.", []),
    ("bg", _TYRE_BG, "На 14.04.2026 г. ще я заменим с нова от същия модел без заплащане.", []),
    ("ru", _KETTLE_RU, "Мы заменим чайник на новый и пришлём его 12.05.", []),
])
def test_a_replacement_held_by_a_condition(lang, draft, reply, new):
    assert promised_anew(lang, draft, reply) == new


_SOFA_RU = (
    "Уважаемая Ирина Павловна!\n\nСообщаем, что перетяжка дивана по заказу № 5512 не может быть завершена к 12.03. "
    "В ходе работ под обивкой были выявлены трещины каркаса, ремонт которых требует дополнительного времени. "
    "Приносим извинения за перенос срока. Новый срок готовности — 26.03, стоимость (18 400 руб.) не меняется.\n\n"
    "С уважением, мастерская «Крона»"
)
_SOFA_REPLY = (
    "Ирина Павловна, здравствуйте!\n\nПростите: перетяжку дивана по заказу № 5512 мы не успеем закончить к 12.03.{} "
    "Диван будет готов к 26.03, цена та же — 18 400 руб.\n\nМастерская «Крона»"
)
_ENGINE_RU = (
    "Здравствуйте, Олег Сергеевич! Ремонт автомобиля по заказ-наряду № 771 задерживается. При разборке двигателя "
    "обнаружилась трещина головки блока, замена которой займёт время. Приносим извинения. Машина будет готова "
    "к 04.10, доплата не потребуется. Телефон мастера: +7 (912) 400-11-22."
)
_ENGINE_REPLY = (
    "Олег Сергеевич, здравствуйте! Извините: ремонт вашей машины по заказ-наряду № 771 затянулся{}. Машина будет "
    "готова к 04.10, доплачивать ничего не нужно. Телефон мастера: +7 (912) 400-11-22."
)


@pytest.mark.parametrize("draft, reply, lost", [
    # what the work found is the cause of the delay: a reply that drops it has no explanation
    (_SOFA_RU, _SOFA_REPLY.format(""), ["explanation"]),
    (_ENGINE_RU, _ENGINE_REPLY.format(""), ["explanation"]),
    # … one that tells the finding in its own words keeps it
    (_SOFA_RU, _SOFA_REPLY.format(" Когда сняли обивку, оказалось, что каркас весь в трещинах, и на их ремонт нужно время."), []),
    (_ENGINE_RU, _ENGINE_REPLY.format(" — когда мы разобрали двигатель, нашли трещину в головке блока, а её замена займёт время"), []),
])
def test_what_the_work_found_is_a_cause(draft, reply, lost):
    assert list(problems_with("ru", draft, reply).get("parts_missing", ())) == lost


_REFUND_RU = (
    "Уважаемый Павел Андреевич! Ваше обращение № В-208 от 02.05 рассмотрено. Приносим извинения за задержку. "
    "Задержка возврата была вызвана несвоевременным поступлением выписки от банка-эквайера, а также заменой "
    "платёжного шлюза. Возврат 3 200 руб. будет произведён на Вашу карту до 20.05. Благодарим за терпение."
)
_REFUND_REPLY = (
    "Павел Андреевич, здравствуйте! Мы рассмотрели ваше обращение № В-208 от 02.05. {} 3 200 руб. вернём на вашу "
    "карту до 20.05. Спасибо за терпение!"
)


@pytest.mark.parametrize("said, lost", [
    # the failure said in what the reply is sorry for, in words of the cause's meaning (late, arrived), is no cause
    ("Простите, что деньги пришли к вам не вовремя.", ["explanation"]),
    ("Извините нас за то, что деньги пришли не вовремя.", ["explanation"]),
    # … a sorry before a colon goes on to tell what happened; a cue of a cause, or the cause's own words, tell it
    ("Простите нас: выписка от банка-эквайера поступила не вовремя, а ещё мы меняли платёжный шлюз.", []),
    ("Простите, что деньги пришли не вовремя: это потому, что выписка от банка-эквайера пришла поздно, а мы меняли "
     "платёжный шлюз.", []),
    ("Простите, что выписка от банка-эквайера пришла к нам поздно, а платёжный шлюз мы меняли как раз в эти дни.", []),
])
def test_what_a_reply_is_sorry_for_is_the_failure(said, lost):
    assert list(problems_with("ru", _REFUND_RU, _REFUND_REPLY.format(said)).get("parts_missing", ())) == lost


_BOAT_RU = (
    "Приносим извинения за отмену экскурсии 12.06 по брони № Т-55. Экскурсия была отменена в связи с поломкой катера. "
    "В соответствии с условиями брони Вам доступен перенос на 19.06 или возврат 4 000 руб."
)


def test_what_a_reply_is_sorry_for_still_names_the_drafts_words():
    """A sorry for the failure that names the booking the draft's terms are of («Простите за отменённую экскурсию …
    по брони») keeps those words by their letters; the cause follows in a sentence of its own."""
    reply = (
        "Простите за отменённую экскурсию 12.06 по брони № Т-55. Катер сломался, и выйти в море было нельзя. "
        "Можем перенести её на 19.06 или вернуть 4 000 руб."
    )
    assert "parts_missing" not in problems_with("ru", _BOAT_RU, reply)


_PIANO_BG = "Настройването на пианото може да бъде извършено на 12.03 или 13.03 между 09:00 и 11:00 ч."
_BLINDS_BG = "Щорите ще бъдат монтирани на 05.11.2026 г. от 14:00 ч."
_ADVICE_BG = "Консултацията ще бъде проведена в удобен за Вас ден до 20.04.2026 г."


@pytest.mark.parametrize("draft, reply, new", [
    # a day, a date or an hour the customer chooses, promised where the draft names only its own dates
    (_PIANO_BG, "Настройвачът ще дойде на 12.03 или 13.03 между 09:00 и 11:00 ч., а ако тези дни не Ви устройват, ще дойде "
     "в ден по Ваш избор.", ["deadline"]),
    (_BLINDS_BG, "Ще монтираме щорите на 05.11.2026 г. от 14:00 ч. или на друга удобна за Вас дата.", ["deadline"]),
    (_BLINDS_BG, "Ще монтираме щорите в час по Ваш избор.", ["deadline"]),
    # … the draft's own dates, the customer's day the draft offers too in other words, a thing (not a moment) the
    # customer chooses, or a convenient time to write to us, promise nothing new
    (_PIANO_BG, "Настройвачът може да дойде на 12.03 или 13.03 между 09:00 и 11:00 ч.", []),
    (_ADVICE_BG, "Ще проведем консултацията в ден по Ваш избор до 20.04.2026 г.", []),
    (_BLINDS_BG, "Ще монтираме щорите на 05.11.2026 г. от 14:00 ч., в цвят по Ваш избор.", []),
    (_BLINDS_BG, "Ще монтираме щорите на 05.11.2026 г. от 14:00 ч. Пишете ни в удобно за Вас време.", []),
])
def test_a_moment_of_the_customers_choice_is_a_deadline(draft, reply, new):
    assert promised_anew("bg", draft, reply) == new


_BIKE_BG = (
    "Здравейте, г-н Колев,\n\nРемонтът на велосипеда по поръчка № 4410 ще се забави. При огледа на рамката бе установена "
    "пукнатина в задната вилка, чието заваряване изисква допълнително време. Извиняваме се за забавянето. Велосипедът ще "
    "бъде готов на 18.06, а цената от 95 € не се променя.\n\nС уважение,\nВелосервиз „Спица“"
)
_BIKE_REPLY = (
    "Здравейте, г-н Колев,\n\nСъжаляваме, ремонтът на велосипеда Ви по поръчка № 4410 ще отнеме повече време.{} "
    "Велосипедът ще е готов на 18.06, цената остава 95 €.\n\nПоздрави,\nВелосервиз „Спица“"
)
_ROOF_BG = (
    "Уважаема г-жо Маринова,\n\nПодмяната на керемидите на покрива Ви ще продължи до 03.09. В хода на работата бяха "
    "открити изгнили греди под улука, които трябва да бъдат сменени. Приносим извинения за неудобството. Крайната цена "
    "остава 2 300 €.\n\nС уважение,\n„Покриви Тодоров“ ЕООД"
)
_ROOF_REPLY = (
    "Здравейте, г-жо Маринова,\n\nСъжаляваме, но подмяната на керемидите ще продължи до 03.09.{} Цената остава "
    "2 300 €.\n\nПоздрави,\n„Покриви Тодоров“ ЕООД"
)


@pytest.mark.parametrize("draft, reply, lost", [
    # what a check or the work found is the cause of the delay: a reply that drops it has no explanation
    (_BIKE_BG, _BIKE_REPLY.format(""), ["explanation"]),
    (_ROOF_BG, _ROOF_REPLY.format(""), ["explanation"]),
    # … one that tells the finding in its own words keeps it
    (_BIKE_BG, _BIKE_REPLY.format(" Когато огледахме рамката, видяхме, че задната вилка е пукната, и заваряването й иска време."), []),
    (_ROOF_BG, _ROOF_REPLY.format(" Под улука се оказаха изгнили греди и трябва да ги сменим."), []),
])
def test_what_a_check_found_is_a_cause_bg(draft, reply, lost):
    assert list(problems_with("bg", draft, reply).get("parts_missing", ())) == lost


_GYM_BG = "Новият Ви абонамент струва 24 € на месец вместо 30 €."
_GYM_BG_BACK = _GYM_BG + " Разликата от 6 € ще Ви бъде възстановена до 12.04.2026 г."
_TARIFF_RU = "Тариф «Базовый» обходится в 900 руб. в месяц вместо 1 200 руб."
_TARIFF_RU_BACK = _TARIFF_RU + " Разницу мы вернём вам до 15.04.2026."


@pytest.mark.parametrize("lang, draft, reply, new", [
    # the difference between the old and the new price given back where the draft only names the prices
    ("bg", _GYM_BG, "Новият Ви абонамент струва 24 € на месец вместо 30 €, а разликата ще Ви бъде възстановена.", ["refund"]),
    ("bg", _GYM_BG, "Новият Ви абонамент струва 24 € на месец вместо 30 €. Ще Ви възстановим и разликата.", ["refund"]),
    ("ru", _TARIFF_RU, "Тариф «Базовый» обходится в 900 руб. в месяц вместо 1 200 руб., а разница будет вам возвращена.",
     ["refund"]),
    ("ru", _TARIFF_RU, "Тариф «Базовый» обходится в 900 руб. в месяц вместо 1 200 руб. Разницу мы вам вернём.", ["refund"]),
    # … the draft's own refund of the difference in other words, its credit note said with a verb of giving back, or a
    # difference that is no money, promises nothing new
    ("bg", _GYM_BG_BACK, "Новият Ви абонамент струва 24 € на месец вместо 30 €. Ще Ви върнем разликата до 12.04.2026 г.", []),
    ("bg", _GYM_BG_BACK, "Абонаментът Ви вече е 24 € вместо 30 €, а разликата ще Ви върнем до 12.04.2026 г.", []),
    ("bg", _GYM_BG, "Новият Ви абонамент струва 24 € на месец вместо 30 €. Разликата в цената е заради по-кратките часове.", []),
    ("bg", "Часовникът Ви е ремонтиран.", "Часовникът Ви е ремонтиран; разликата в хода вече е под 2 секунди на ден.", []),
    ("bg", "Разликата от 15 € за по-тънката хартия ще бъде отразена в кредитно известие.",
     "Разликата от 15 € за по-тънката хартия ще Ви възстановим чрез кредитно известие.", []),
    ("ru", _TARIFF_RU_BACK, "Тариф «Базовый» обходится в 900 руб. в месяц вместо 1 200 руб., а разница будет возвращена вам "
     "до 15.04.2026.", []),
    ("ru", _TARIFF_RU, "Тариф «Базовый» обходится в 900 руб. в месяц вместо 1 200 руб. Разница в цене объясняется меньшим "
     "числом каналов.", []),
    ("ru", "Часы отремонтированы.", "Часы отремонтированы; разница в ходе теперь меньше 2 секунд в сутки.", []),
])
def test_the_difference_given_back_is_a_refund(lang, draft, reply, new):
    assert promised_anew(lang, draft, reply) == new


_POOL_RU = (
    "Уважаемая Вера Николаевна! Ваша жалоба № Б-414 от 03.08 рассмотрена. Приносим извинения: 02.08 бассейн открылся "
    "на 40 минут позже из-за сбоя насоса фильтрации. По итогам разбора регламент утренней проверки оборудования "
    "изменён: насос теперь проверяют накануне вечером. Санобработка чаши проведена повторно 03.08. "
    "С уважением, спорткомплекс «Волна»"
)
_POOL_REPLY = (
    "Вера Николаевна, здравствуйте! Простите: 02.08 бассейн открылся на 40 минут позже, потому что сломался насос "
    "фильтрации (жалоба № Б-414 от 03.08).{} Спорткомплекс «Волна»"
)
_CLINIC_RU = (
    "Уважаемый Арсений Львович! Приносим извинения за то, что запись на 11.06 была отменена без предупреждения из-за "
    "ошибки в расписании врача. Изменён порядок подтверждения записей: администратор сверяет расписание каждое утро. "
    "Ремонт кабинета № 5 проведён, приём в нём возобновлён с 14.06. Клиника «Здоровье», тел. 8 800 100-20-30."
)
_CLINIC_REPLY = (
    "Арсений Львович, здравствуйте! Простите, что вашу запись на 11.06 отменили без предупреждения: в расписании "
    "врача была ошибка.{} Клиника «Здоровье», тел. 8 800 100-20-30."
)
_BIKE_BG = (
    "Здравейте, г-жо Маринова,\n\nБлагодарим за сигнала относно електрическия велосипед Cube Reaction, обслужен в сервиза ни "
    "на 03.05.2026 г. (поръчка № В-2207). Съжаляваме, че проблемът се повтори. При обслужването контролерът на двигателя "
    "не беше сменен, макар че беше износен.\n\nЩе Ви предоставим резервен велосипед за времето на ремонта, а новият контролер "
    "на цена 185 € ще бъде монтиран безплатно по гаранция. За въпроси: тел. 0899 120 334.\n\nС уважение,\nВелосервиз „Педал“"
)
_BIKE_REPLY = (
    "Здравейте, г-жо Маринова,\n\nСъжаляваме, че велосипедът Cube Reaction отново спря след обслужването на 03.05.2026 г. "
    "(поръчка № В-2207). Грешката е наша: при обслужването не сменихме износения контролер на двигателя, който струва 185 €."
    "{}\n\nПри въпроси ни се обадете на 0899 120 334.\n\nС уважение,\nВелосервиз „Педал“"
)
_BOILER_RU = (
    "Уважаемый Глеб Аркадьевич!\n\nВаша претензия по котлу Baxi Eco-4s (акт № 318 от 21.01.2026) рассмотрена. Приносим "
    "извинения: при сервисном обслуживании не был заменён датчик тяги, который уже был неисправен.\n\nМастер приедет к Вам "
    "повторно, датчик стоимостью 4 200 руб. будет установлен бесплатно по гарантии. Телефон сервиса: 8 800 555-17-17.\n\n"
    "С уважением, сервисный центр «Тепло»"
)
_BOILER_REPLY = (
    "Глеб Аркадьевич, здравствуйте!\n\nПростите нас: при обслуживании котла Baxi Eco-4s (акт № 318 от 21.01.2026) мастер "
    "проглядел неисправный датчик тяги за 4 200 руб.{}\n\nТелефон сервиса: 8 800 555-17-17.\n\nСервисный центр «Тепло»"
)
_LESSONS_BG = (
    "Уважаема госпожо Илиева,\n\nСъжаляваме, че урокът по плуване на 12.02.2026 г. не се проведе поради отсъствие на "
    "треньора. Предвид гореизложеното сме готови да възстановим сума в размер на 35 € от заплатените 140 €.\n\nС уважение,\n"
    "Плувен клуб „Вълна“"
)


@pytest.mark.parametrize("lang, draft, reply, lost", [
    # measures already taken, told in the past passive («регламент изменён», «санобработка проведена»), are the remedy
    ("ru", _POOL_RU, _POOL_REPLY.format(""), ["remedy"]),
    ("ru", _CLINIC_RU, _CLINIC_REPLY.format(""), ["remedy"]),
    # … a reply that tells them in its own words keeps it
    ("ru", _POOL_RU, _POOL_REPLY.format(" Мы поменяли утреннюю проверку: насос теперь проверяем накануне вечером, а чашу "
                                        "03.08 ещё раз обработали."), []),
    ("ru", _CLINIC_RU, _CLINIC_REPLY.format(" Теперь администратор каждое утро сверяет расписание, а кабинет № 5 после "
                                            "ремонта снова принимает с 14.06."), []),
    # a step whose price the reply tells only where it owns the failure, dropping what the step does, is dropped
    ("bg", _BIKE_BG, _BIKE_REPLY.format(""), ["remedy"]),
    ("ru", _BOILER_RU, _BOILER_REPLY.format(""), ["remedy"]),
    # … a reply that tells the step keeps it, and so does one that tells a step's sum in a step of its own, in few of its words
    ("bg", _BIKE_BG, _BIKE_REPLY.format(
        " Ще Ви дадем резервен велосипед, докато трае ремонтът, а новия контролер ще монтираме безплатно по гаранция."), []),
    ("ru", _BOILER_RU, _BOILER_REPLY.format(" Мастер приедет ещё раз и бесплатно по гарантии поставит новый датчик."), []),
    ("bg", _LESSONS_BG, "Здравейте, госпожо Илиева,\n\nСъжаляваме, че урокът по плуване на 12.02.2026 г. не се състоя: "
                        "треньорът отсъстваше. Ще Ви върнем 35 € от платените 140 €.\n\nПлувен клуб „Вълна“", []),
])
def test_a_remedy_step_dropped(lang, draft, reply, lost):
    assert list(problems_with(lang, draft, reply).get("parts_missing", ())) == lost

