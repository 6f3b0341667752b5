"""Guard sets 26-29's Bulgarian misses, as classes in other domains (both languages where the code is shared): a step of
the remedy opened by a pointer at the letter above («Предвид гореизложеното е взето решение…»), whose pointer is no
word of the step; an apology said in a cause's sentence («…, за което поднасяме извинения»), whose words are no words of
the cause; sick leave said as „болничен“; a promise before „като в случай че …“ made outright, and a try said as a noun
(„ще бъде направен опит за …“); a compensation paid on a condition, which a reply pays outright beside a free service
(„обезщетение“ a compensation, no refund); a number set off by a pair of dashes, which spans no range; a draft's last
word of advice, its closing by place, said again in other words."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts

# A washing machine and a fridge: the step that replaces it opens on a pointer at the letter above.
_WASHER = (
    "Уважаеми господин Стоянов,\n\nПоднасяме извинения за забавянето по рекламация № 5521. Причината е счупен барабан, "
    "който не може да бъде сменен. Предвид гореизложеното е взето решение пералнята да бъде заменена с нова. "
    "Тя ще бъде доставена на 14.04.2026 г.\n\nС уважение,\nДомТехника"
)
_WASHER_REPLY = (
    "Здравейте, господин Стоянов,\n\nИзвиняваме се за забавянето по рекламация № 5521: барабанът е счупен и не може да "
    "бъде сменен.{remedy} Ще я доставим на 14.04.2026 г.\n\nПоздрави,\nДомТехника"
)
_FRIDGE = (
    "Уважаемая Ольга Ивановна!\n\nПриносим извинения: холодильник до сих пор не отремонтирован. Причина — треснувший "
    "компрессор, который не выпускается. Ввиду вышеизложенного принято решение заменить холодильник. Он будет "
    "доставлен 14.04.2026.\n\nС уважением,\nДомТехника"
)
_FRIDGE_REPLY = (
    "Здравствуйте, Ольга Ивановна!\n\nПростите, холодильник до сих пор не отремонтирован: треснул компрессор, который "
    "больше не выпускается.{remedy} Привезём его 14.04.2026.\n\nС уважением,\nДомТехника"
)
# A dental clinic: the cause's sentence holds the apology, in words a reply says its own way.
_DENTIST = (
    "Уважаема госпожо Маринова,\n\nВъв връзка с Вашия час № 3318 Ви уведомяваме, че насроченият за 09.06.2026 г. "
    "профилактичен преглед не бе извършен, като не сте били уведомени предварително, за което поднасяме извинения. "
    "Прегледът бе отменен поради авария в рентгеновия апарат, а уведомлението до Вас не бе изпратено по технически "
    "причини.\n\nПрегледът е преместен за 16.06.2026 г. от 10:30 ч.\n\nС уважение,\nДентален център „Усмивка“"
)
_DENTIST_REPLY = (
    "Здравейте, госпожо Маринова,\n\nСъжаляваме, че прегледът Ви (№ 3318) на 09.06.2026 г. не се "
    "състоя{told}. Рентгеновият апарат се повреди, а уведомлението до Вас не тръгна "
    "заради технически проблем.\n\nПреместихме прегледа за 16.06.2026 г. от 10:30 ч.\n\nПоздрави,\n"
    "Дентален център „Усмивка“"
)
# A swimming course: the coach is on sick leave.
_POOL = (
    "Уважаеми родители,\n\nУведомяваме Ви, че тренировката по плуване с треньора Петров на 12.02.2026 г. беше отменена. Причината е "
    "отсъствие по болест на треньора, като не беше осигурен заместник. Приемете извиненията ни. Тренировката ще се "
    "проведе на 19.02.2026 г.\n\nС уважение,\nПлувен клуб „Делфин“"
)
_POOL_REPLY = (
    "Здравейте,\n\nСъжаляваме, че тренировката по плуване с треньора Петров на 12.02.2026 г. отпадна. {cause}\n\nЩе наваксаме на "
    "19.02.2026 г.\n\nПоздрави,\nПлувен клуб „Делфин“"
)
PARTS = [  # (lang, draft, reply, the part, whether the reply drops it)
    ("bg", _WASHER, _WASHER_REPLY.format(remedy=" Затова ще Ви дадем нова."), "remedy", False),
    ("bg", _WASHER, _WASHER_REPLY.format(remedy="").replace(" Ще я доставим на 14.04.2026 г.", ""), "remedy", True),
    ("ru", _FRIDGE, _FRIDGE_REPLY.format(remedy=" Поэтому дадим вам другой."), "remedy", False),
    ("ru", _FRIDGE, _FRIDGE_REPLY.format(remedy="").replace(" Привезём его 14.04.2026.", ""), "remedy", True),
    ("bg", _DENTIST, _DENTIST_REPLY.format(told=" и че не Ви предупредихме"), "explanation", False),
    ("bg", _DENTIST, _DENTIST_REPLY.format(told="").replace(" Рентгеновият апарат се повреди, а уведомлението до Вас не тръгна "
    "заради технически проблем.", ""), "explanation", True),
    ("bg", _POOL, _POOL_REPLY.format(cause="Треньорът излезе в болничен, а ние не намерихме кой да го замести."), "explanation", False),
    ("bg", _POOL, _POOL_REPLY.format(cause="Не намерихме кой да го замести."), "explanation", True),
]


@pytest.mark.parametrize(("lang", "draft", "reply", "part", "dropped"), PARTS)
def test_a_part_told_anew_without_the_drafts_pointers_and_apologies_is_kept(lang, draft, reply, part, dropped):
    assert (part in problems_with(lang, draft, reply).get("parts_missing", ())) is dropped


# A watch repair: the battery is changed free by a date, and only if that does not help is the money returned.
_WATCH = (
    "Батерията на часовника Ви ще бъде сменена безплатно до 20.05.2026 г., като в случай че това не помогне, ще Ви бъде "
    "възстановена сумата от 45 €."
)
_ZIP = "Ще бъде направен опит за поправка на ципа на якето до 03.03.2026 г."
PROMISES = [  # (draft, reply, the kinds the reply promises anew)
    (_WATCH, "До 20.05.2026 г. ще сменим безплатно батерията. Ако това не помогне, ще Ви върнем 45 €.", []),
    (_WATCH, "До 20.05.2026 г. ще сменим безплатно батерията и ще Ви върнем 45 €.", ["refund"]),
    (_ZIP, "Ще опитаме да поправим ципа на якето до 03.03.2026 г.", []),
    ("Ципът на якето ще бъде поправен до 03.03.2026 г.", "Ще опитаме да поправим ципа на якето до 03.03.2026 г.", ["attempt"]),
]
# A dry cleaner: the compensation the draft pays only if the cleaning fails, paid outright beside the free cleaning.
_JACKET = "Мы бесплатно почистим куртку повторно. Если пятно останется, выплатим компенсацию 2 000 руб."
_SHOES = "Ще почистим обувките повторно безплатно, като в случай че петното остане, ще Ви бъде изплатено обезщетение от 30 €."
COMPENSATIONS = [  # (lang, draft, reply, the kinds the reply promises anew)
    ("ru", _JACKET, "Мы бесплатно почистим куртку повторно и выплатим компенсацию 2 000 руб.", ["compensation"]),
    ("ru", _JACKET, "Бесплатно почистим куртку ещё раз, а если пятно останется, выплатим компенсацию 2 000 руб.", []),
    ("bg", _SHOES, "Ще почистим обувките повторно безплатно и ще Ви изплатим обезщетение от 30 €.", ["compensation"]),
    ("bg", _SHOES, "Ще почистим обувките безплатно още веднъж. Ако петното остане, ще Ви изплатим 30 € обезщетение.", []),
]


@pytest.mark.parametrize(("draft", "reply", "new"), PROMISES)
def test_a_promise_before_its_fallback_is_made_outright_and_a_try_is_one_however_said(draft, reply, new):
    assert promised_anew("bg", draft, reply) == new


@pytest.mark.parametrize(("lang", "draft", "reply", "new"), COMPENSATIONS)
def test_a_compensation_the_draft_pays_on_a_condition_is_no_purpose_of_a_free_service(lang, draft, reply, new):
    assert promised_anew(lang, draft, reply) == new


ASIDES = [  # (lang, draft, reply, whether they hold the same facts)
    ("bg", "Стая 2 (18 кв. м) е свободна от 01.07.2026 г.", "Стая 2 – 18 кв. м – е свободна от 01.07.2026 г.", True),
    ("ru", "Зал 3 (40 мест) свободен с 01.07.2026.", "Зал 3 — 40 мест — свободен с 01.07.2026.", True),
    ("bg", "Доставката отнема от 1 до 3 работни дни.", "Доставката отнема 1 – 3 работни дни.", True),
    ("bg", "Доставката отнема 3 работни дни.", "Доставката отнема 1 – 3 работни дни – според града.", False),
    ("bg", "Пратката идва за 3–5 дни.", "Пратката идва за 3 – 5 дни – зависи от куриера.", True),
    ("ru", "Посылка придёт за 3–5 дней.", "Посылка придёт за 3 — 5 дней — зависит от курьера.", True),
]


@pytest.mark.parametrize(("lang", "draft", "reply", "same"), ASIDES)
def test_a_number_set_off_by_a_pair_of_dashes_spans_no_range(lang, draft, reply, same):
    assert same_facts(lang, draft, reply) is same


# A hotel and a hostel: the draft's last sentence, a word of advice, closes the letter by its place; the reply says it again in
# other words.
_LODGINGS = {  # language: (draft, reply)
    "bg": (
        "Уважаема госпожо Русева,\n\nПоднасяме извинения, че потвърждението за резервация № 7730 не Ви е изпратено "
        "поради грешка в пощенския ни сървър. Потвърждението е изпратено повторно на 02.08.2026 г. На рецепцията е "
        "достатъчно да съобщите името си при настаняване.\n\nС уважение,\nХотел „Изгрев“",
        "Здравейте, госпожо Русева,\n\nИзвиняваме се, че не получихте потвърждението за резервация № 7730: пощенският "
        "ни сървър даде грешка. Изпратихме го отново на 02.08.2026 г.{closing}\n\nПоздрави,\nХотел „Изгрев“",
    ),
    "ru": (
        "Уважаемый Андрей!\n\nПриносим извинения: подтверждение брони № 7730 не было отправлено из-за ошибки "
        "почтового сервера. Подтверждение отправлено повторно 02.08.2026. На ресепшене достаточно назвать свою фамилию "
        "при заселении.\n\nС уважением,\nхостел «Рассвет»",
        "Здравствуйте, Андрей!\n\nПростите, подтверждение брони № 7730 не дошло: почтовый сервер дал сбой. Мы "
        "отправили его повторно 02.08.2026.{closing}\n\nС уважением,\nхостел «Рассвет»",
    ),
}
_SAID_AGAIN = {"bg": " При настаняване на рецепцията просто кажете името си.", "ru": " При заселении на ресепшене просто назовите фамилию."}
CLOSINGS = [  # (lang, draft, reply, whether the reply drops the closing)
    (lang, draft, reply.format(closing=closing), not closing)
    for lang, (draft, reply) in _LODGINGS.items() for closing in (_SAID_AGAIN[lang], "")
]


@pytest.mark.parametrize(("lang", "draft", "reply", "dropped"), CLOSINGS)
def test_a_last_word_of_advice_said_again_in_other_words_keeps_the_closing(lang, draft, reply, dropped):
    assert ("closing" in problems_with(lang, draft, reply).get("parts_missing", ())) is dropped
