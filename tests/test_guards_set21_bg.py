"""Guard set 21 (bg), the classes of its misses, written anew in other domains and in both languages: a sentence in
Ukrainian is foreign though its letters are too few for the detection to refuse the reply."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew
from rewriter.part_content import part_contents

# A draft and a reply that keeps it whole but for one sentence in Ukrainian, its letters («і», «є», «ї») too few in
# the whole for the detection to refuse it.
_BG = ("Здравейте, г-н Илиев,\n\nИзвиняваме се, че часът Ви при зъболекаря беше отместен без предупреждение. Колежката "
       "ни обърка графика на двамата лекари и записа друг пациент на Вашето място. Новият Ви час е на 14.05 в 10:30 ч. "
       "при д-р Стоянова, а прегледът ще бъде без заплащане.\n\n")
_RU = ("Здравствуйте, Игорь,\n\nПростите, что ваш приём у стоматолога перенесли без предупреждения. Наш администратор "
       "перепутал графики двух врачей и записал на ваше время другого пациента. Новое время приёма — 14.05 в 10:30 у "
       "доктора Соловьёвой, и осмотр будет бесплатным.\n\n")
UKRAINIAN = [
    ("bg", _BG + "Приятен ден!", _BG + "Чекаємо на вас!"),
    ("bg", _BG + "Благодарим Ви за търпението!", _BG + "Гарного дня і до зустрічі!"),
    ("ru", _RU + "Хорошего дня!", _RU + "Чекаємо на вас!"),
    ("ru", _RU + "Спасибо, что вы с нами!", _RU + "Гарного дня і до зустрічі!"),
]


@pytest.mark.parametrize("lang, draft, reply", UKRAINIAN)
def test_a_sentence_in_ukrainian_is_the_language_guards_verdict(lang, draft, reply):
    assert "language_wrong" in problems_with(lang, draft, reply)


@pytest.mark.parametrize("lang, draft, reply", [(lang, draft, draft) for lang, draft, _ in UKRAINIAN])
def test_the_same_reply_in_its_own_language_passes_the_language_guard(lang, draft, reply):
    assert "language_wrong" not in problems_with(lang, draft, reply)


# A list of the editor's changes headed as a question after the letter; the same heading said of what «we» did for
# the customer is the reply's own.
EDITS_LISTED = [
    ("bg", _BG + "Приятен ден!", _BG + "Приятен ден!\n\nКакво съм редактирал:\n- по-кратки изречения;\n- без „Уведомяваме Ви“."),
    ("bg", _BG + "Приятен ден!", _BG + "Приятен ден!\n\n**Какво поправих:** извинението е в началото."),
    ("ru", _RU + "Хорошего дня!", _RU + "Хорошего дня!\n\nЧто я поменял:\n— убрал «доводим до вашего сведения»;\n— сократил фразы."),
    ("ru", _RU + "Хорошего дня!", _RU + "Хорошего дня!\n\n### What I changed: shorter sentences, the apology first."),
]
OWN_LIST = [
    ("bg", _BG + "Приятен ден!", _BG + "Какво направихме: смених графика и проверих записите.\n\nПриятен ден!"),
    ("ru", _RU + "Хорошего дня!", _RU + "Что мы поменяли: графики врачей теперь сверяем дважды.\n\nХорошего дня!"),
]


@pytest.mark.parametrize("lang, draft, reply", EDITS_LISTED)
def test_a_heading_asking_what_the_editor_changed_is_talk_about_the_edit(lang, draft, reply):
    assert problems_with(lang, draft, reply).get("shape_commentary")


@pytest.mark.parametrize("lang, draft, reply", OWN_LIST)
def test_what_we_did_for_the_customer_under_a_heading_is_no_talk_about_the_edit(lang, draft, reply):
    assert "shape_commentary" not in problems_with(lang, draft, reply)


# A service free in the official register („безвъзмездно“, «безвозмездно») covers the reply's plain „безплатно“; a
# way the draft gives outright before „или, ако предпочитате, …“ is promised outright, the other way on that condition.
COVERED = [
    ("bg", "Подмяната на уплътнението ще бъде извършена безвъзмездно от сервиза на 4.03.",
     "Ще сменим уплътнението безплатно на 4.03."),
    ("bg", "Абонаментът Ви ще бъде удължен на безвъзмездна основа с един месец.", "Удължаваме абонамента Ви безплатно с един месец."),
    ("bg", "Депозитът от 80 € ще Ви бъде възстановен по сметката до 20.02 или, ако предпочитате, ще бъде приспаднат от таксата за март.",
     "Ще Ви върнем депозита от 80 € по сметката до 20.02."),
    ("ru", "Повторная настройка будет произведена безвозмездно 4.03.", "Повторно настроим всё бесплатно 4.03."),
    ("ru", "Залог 80 € будет возвращён на ваш счёт до 20.02 или, если вам удобнее, зачтён в аренду за март.",
     "Мы вернём залог 80 € на ваш счёт до 20.02."),
]
NEW = [
    # the other way, promised outright: it was said on the customer's choice only
    ("bg", "Депозитът от 80 € ще Ви бъде възстановен по сметката до 20.02 или, ако предпочитате, ще бъде приспаднат от таксата за март.",
     "Ще приспаднем депозита от 80 € от таксата за март."),
    ("ru", "Залог 80 € будет возвращён на ваш счёт до 20.02 или, если вам удобнее, зачтён в аренду за март.",
     "Мы зачтём залог 80 € в аренду за март со скидкой."),
    # a condition before both ways still holds both: nothing promised outright
    ("bg", "Ако желаете, ще Ви върнем 80 € по сметката или ще ги приспаднем от наема.", "Ще Ви върнем 80 € по сметката."),
    ("ru", "Если хотите, мы вернём 80 € на счёт или зачтём их в аренду.", "Мы вернём 80 € на счёт."),
    # free said in the official register is still a free service the draft must have
    ("bg", "Подмяната на уплътнението ще бъде на 4.03.", "Подмяната на уплътнението ще бъде извършена безвъзмездно на 4.03."),
]


@pytest.mark.parametrize("lang, draft, reply", COVERED)
def test_a_free_service_said_officially_and_a_way_given_before_a_conditional_other_are_the_drafts(lang, draft, reply):
    assert promised_anew(lang, draft, reply) == []


@pytest.mark.parametrize("lang, draft, reply", NEW)
def test_the_conditional_way_or_a_free_service_the_draft_lacks_is_new(lang, draft, reply):
    assert promised_anew(lang, draft, reply) != []


# A last sentence asking the customer to choose, with the phone or the address to say it at, is how to take the
# remedy, no closing: a reply ending on it drops the draft's closing; a warm line after it keeps it.
_CHOICE = {
    "bg": ("Здравейте, г-н Петков,\n\nИзвиняваме се, че на 12.03 Ви таксувахме двойно за паркомястото. Колегата въведе "
           "плащането два пъти. Ще Ви върнем 15 € до 20.03 или, ако предпочитате, ще ги приспаднем от април. "
           "Кажете на касиера кое предпочитате — на тел. 02 955 41 20 или на kasa@parking.bg.\n\n"),
    "ru": ("Здравствуйте, Пётр,\n\nПростите, 12.03 мы дважды списали с вас плату за парковку. Кассир провёл платёж два "
           "раза. Мы вернём 15 € до 20.03 или, если удобнее, зачтём их в апрель. "
           "Сообщите кассиру, что выбираете, — по тел. 8 800 555 41 20 или на kassa@parking.ru.\n\n"),
}
_CLOSED = {"bg": "Благодарим Ви за търпението!\n\nС уважение,\nПаркинг „Център“",
           "ru": "Спасибо, что дождались ответа!\n\nС уважением,\nпарковка «Центр»"}


@pytest.mark.parametrize("lang", ["bg", "ru"])
def test_a_request_to_choose_with_the_phone_to_call_does_not_keep_a_closing(lang):
    draft = _CHOICE[lang] + _CLOSED[lang]
    assert problems_with(lang, draft, _CHOICE[lang].rstrip()).get("parts_missing") == ("closing",)


@pytest.mark.parametrize("lang", ["bg", "ru"])
def test_the_same_request_with_a_warm_line_after_it_keeps_the_closing(lang):
    draft = _CHOICE[lang] + _CLOSED[lang]
    assert "parts_missing" not in problems_with(lang, draft, draft)


# The fault owned with no word of apology or regret drops the draft's apology; it keeps one that was only a
# non-apology („за евентуалните неудобства“), which owning the fault says better.
_REGRET = {
    "bg": "Здравейте, г-жо Маринова,\n\nСъжаляваме, че на 7.04 техникът ни не дойде за монтажа на бойлера. {} "
          "Ще дойде на 9.04 в 10:00 ч.\n\nПоздрави,\nекипът на „Топла вода“",
    "ru": "Здравствуйте, Марина!\n\nНам очень жаль, что 7.04 мастер не пришёл ставить бойлер. {} "
          "Он придёт 9.04 в 10:00.\n\nС уважением,\nкоманда «Тёплая вода»",
}
_CAUSE = {"bg": "Записахме адреса Ви грешно.", "ru": "Мы записали ваш адрес неверно."}
_OWNED_ONLY = {
    "bg": "Здравейте, г-жо Маринова,\n\nСбъркахме: на 7.04 техникът ни не дойде за монтажа на бойлера, защото записахме "
          "адреса Ви грешно. Ще дойде на 9.04 в 10:00 ч.\n\nПоздрави,\nекипът на „Топла вода“",
    "ru": "Здравствуйте, Марина!\n\nМы ошиблись: 7.04 мастер не пришёл ставить бойлер, потому что мы записали ваш адрес "
          "неверно. Он придёт 9.04 в 10:00.\n\nС уважением,\nкоманда «Тёплая вода»",
}
_SORRY_TOO = {"bg": ("Сбъркахме:", "Извинете ни, сбъркахме:"), "ru": ("Мы ошиблись:", "Простите, мы ошиблись:")}
_NON_APOLOGY = {
    "bg": ("Съжаляваме, че на 7.04", "Поднасяме извинения за евентуалните неудобства. На 7.04"),
    "ru": ("Нам очень жаль, что 7.04", "Приносим извинения за возможные неудобства. 7.04"),
}


@pytest.mark.parametrize("lang", ["bg", "ru"])
def test_the_fault_owned_without_a_word_of_apology_or_regret_drops_the_drafts_apology(lang):
    draft = _REGRET[lang].format(_CAUSE[lang])
    assert "apology" in problems_with(lang, draft, _OWNED_ONLY[lang]).get("parts_missing", ())


@pytest.mark.parametrize("lang", ["bg", "ru"])
def test_the_fault_owned_with_a_word_of_apology_keeps_it(lang):
    draft = _REGRET[lang].format(_CAUSE[lang])
    assert "parts_missing" not in problems_with(lang, draft, _OWNED_ONLY[lang].replace(*_SORRY_TOO[lang]))


@pytest.mark.parametrize("lang", ["bg", "ru"])
def test_the_fault_owned_keeps_a_drafts_apology_that_was_only_for_possible_inconvenience(lang):
    draft = _REGRET[lang].format(_CAUSE[lang]).replace(*_NON_APOLOGY[lang])
    assert "parts_missing" not in problems_with(lang, draft, _OWNED_ONLY[lang])


# A place booked for the customer („вече сме Ви запазили 4 места за 12.12“) holds its date: promised outright where
# the draft only offers it on a condition; where the draft books it too, the reply may say so.
BOOKED = [
    ("bg", "Ако има свободни места, можем да Ви предложим час за дегустацията на 15.05.",
     "Запазихме Ви 2 места за дегустацията на 15.05."),
    ("bg", "При наличие на свободни маси можем да Ви настаним на 3.06.", "Вече сме Ви резервирали маса за 3.06."),
    ("ru", "Если будут свободные места, можем предложить вам дегустацию 15.05.", "Мы уже забронировали вам 2 места на 15.05."),
    ("ru", "При наличии свободных столиков сможем посадить вас 3.06.", "Мы оставили за вами столик на 3.06."),
]
BOOKED_IN_THE_DRAFT = [
    ("bg", "Запазили сме Ви 2 места за дегустацията на 15.05.", "Двете Ви места за дегустацията на 15.05 са запазени — чакаме Ви."),
    ("ru", "За вами забронированы 2 места на дегустацию 15.05.", "Мы забронировали вам 2 места на дегустацию 15.05."),
]


@pytest.mark.parametrize("lang, draft, reply", BOOKED)
def test_a_place_booked_outright_for_a_date_the_draft_only_offers_is_a_new_deadline(lang, draft, reply):
    assert promised_anew(lang, draft, reply) == ["deadline"]


@pytest.mark.parametrize("lang, draft, reply", BOOKED_IN_THE_DRAFT)
def test_a_place_the_draft_books_too_is_no_new_promise(lang, draft, reply):
    assert promised_anew(lang, draft, reply) == []


# „С оглед на горното“, «в связи с вышеизложенным»: a connector pointing at the whole letter above, no cause of its
# own a reply must keep (what follows it is the remedy); the cause the letter gives before it still is one.
SUMMED = [
    ("bg", "Здравейте,\n\nИзразяваме съжаление за прекъснатия курс по керамика на 4.03. Занятието спря, защото пещта за "
           "изпичане прегоря. С оглед на горното Ви възстановяваме половината от заплатената такса.\n\nПриятен ден!"),
    ("ru", "Здравствуйте!\n\nВыражаем сожаление о прерванном занятии по керамике 4.03. Урок прервался, потому что печь для "
           "обжига перегорела. В связи с вышеизложенным возмещаем вам половину уплаченной суммы.\n\nХорошего дня!"),
]


@pytest.mark.parametrize("lang, draft", SUMMED)
def test_a_connector_pointing_at_the_whole_letter_is_no_cause_and_the_cause_before_it_is(lang, draft):
    said = [{stem for word in clause for stem in word} for clause in part_contents(draft, lang)["explanation"].clauses]
    assert said and all("половин"[:5] not in words for words in said)
    assert any({"пещ", "печь"} & words for words in said)


# The draft's voucher or promo code named in a form the lemmatiser keeps whole („по ваучера“, „с промокода“) covers
# the same one in the reply; one the draft never names is still new.
VOUCHER = [
    ("bg", "Сумата по ваучера Ви за 60 € ще бъде прехвърлена за друга дата до 30.11.",
     "Ваучерът Ви за 60 € ще бъде прехвърлен за друга дата до 30.11.", []),
    ("bg", "С промокода от писмото ще платите 15% по-малко.", "Промокодът от писмото Ви дава 15% отстъпка.", []),
    ("bg", "Сумата от 60 € ще бъде прехвърлена за друга дата до 30.11.", "Ще Ви дадем ваучер за 60 € до 30.11.", ["discount"]),
    ("ru", "С промокодом из письма вы заплатите на 15% меньше.", "Промокод из письма даст вам скидку 15%.", []),
    ("ru", "Сумма 60 € будет перенесена на другую дату до 30.11.", "Дадим вам промокод на 60 € до 30.11.", ["discount"]),
]


@pytest.mark.parametrize("lang, draft, reply, new", VOUCHER)
def test_a_voucher_the_draft_names_in_any_form_is_no_new_discount(lang, draft, reply, new):
    assert promised_anew(lang, draft, reply) == new
