"""Guard set 21 (bg), the classes of its misses, written anew in other domains and in both languages: a sentence in
Ukrainian is foreign though its letters are too few for the detection to refuse the reply."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

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
