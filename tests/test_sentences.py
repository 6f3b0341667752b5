"""Where the words pass ends a sentence (abbreviations, units, dates), and that it gives the same sentences
whether a text's pieces or paragraphs come from memory or from spaCy."""
from __future__ import annotations

import pytest

from rewriter.linter import sentences_of
from rewriter.nlp import language_tools
from rewriter.sentences import split_sentences

# Pieces first met apart, then side by side, where spaCy's special cases of several tokens
# («в т.ч.», «гл. науч. сотр.») may join or split tokens across them.
TEXTS = [
    ("ru", ["Сумма в доставку.", "т.ч. доставку.", "Сумма в т.ч. доставку."]),
    ("ru", ["Ответит гл. врач", "науч. сотр. Иванов", "Ответит гл. науч. сотр. Иванов"]),
    ("ru", ["  Здравствуйте! Ждём", "ответ.\n\nС уважением", "  Здравствуйте! Ждём ответ.\n\nС уважением"]),
    ("bg", ["Книги и тетрадки", "под. всичко", "Книги и под. всичко"]),
    # known pieces beside new ones, which may join them or each other
    ("ru", ["Сумма в доставку.", "Сумма в т.ч. налог.", "Итого в т.ч. доставку."]),
    ("bg", ["Книги и тетрадки", "Книги, тетрадки и под. всичко"]),
]


def _layout(tools, text):
    return [(s.start, s.end, s.forms, s.spans) for s in split_sentences(tools, text)]


@pytest.mark.parametrize(("lang", "texts"), TEXTS)
def test_a_text_of_remembered_pieces_splits_as_spacy_splits_it(lang, texts, monkeypatch):
    tools = language_tools(lang)
    expected = []
    for text in texts:  # each text's pieces new: spaCy tokenizes it
        monkeypatch.setattr(tools, "pieces", {})
        expected.append(_layout(tools, text))
    monkeypatch.setattr(tools, "pieces", {})
    for text in texts:
        split_sentences(tools, text)
    assert [_layout(tools, text) for text in texts] == expected


def test_only_the_new_pieces_of_a_text_are_tokenized(monkeypatch):
    tools = language_tools("ru")
    monkeypatch.setattr(tools, "pieces", {})
    split_sentences(tools, "Здравствуйте! Деньги вернём завтра.")
    expected = _layout(language_tools.__wrapped__("ru"), "Здравствуйте! Деньги вернём в пятницу.")
    tokenizer, seen = tools.nlp.tokenizer, []
    monkeypatch.setattr(tools.nlp, "tokenizer", lambda text: seen.append(text) or tokenizer(text))
    assert _layout(tools, "Здравствуйте! Деньги вернём в пятницу.") == expected
    assert seen == ["в пятницу."]


def test_a_text_whose_pieces_are_all_known_is_not_tokenized_again(monkeypatch):
    tools = language_tools("ru")
    text = "Здравствуйте! Деньги вернём завтра."
    first = _layout(tools, text)
    monkeypatch.setattr(tools, "nlp", None)  # any call to spaCy would fail now
    assert _layout(tools, text) == first


# Paragraphs first met in other texts, at other places: a clinic's, a library's and a courier's replies.
PARAGRAPHS = [
    ("ru", ["Добрый день!\n\nЗапись к врачу перенесена на 12 мая. Талон придёт в СМС.\n\nЖдём вас.",
            "Здравствуйте, Ольга.\n\nКнигу продлили до 5 июня.",
            "Здравствуйте, Ольга.\n\nЗапись к врачу перенесена на 12 мая. Талон придёт в СМС.\n\nКнигу продлили до 5 июня."]),
    ("bg", ["Здравейте!\n\nПратката тръгна в 10 ч. Куриерът ще звънне.\n\nБлагодарим.",
            "Добър ден,\n\nДоговорът е подписан.\n\nПоздрави,\nЕкипът",
            "Добър ден,\n\nПратката тръгна в 10 ч. Куриерът ще звънне.\n\nПоздрави,\nЕкипът"]),
]


@pytest.mark.parametrize(("lang", "texts"), PARAGRAPHS)
def test_a_text_of_paragraphs_seen_in_other_texts_splits_as_a_fresh_split_and_is_not_tokenized(lang, texts, monkeypatch):
    expected = _layout(language_tools.__wrapped__(lang), texts[-1])
    tools = language_tools(lang)
    monkeypatch.setattr(tools, "paragraphs", {})
    monkeypatch.setattr(tools, "paragraphs_seen", set())
    for text in texts[:-1] * 2:  # a paragraph's sentences are kept the second time it is split
        split_sentences(tools, text)
    monkeypatch.setattr(tools, "nlp", None)  # any call to spaCy would fail now
    monkeypatch.setattr(tools, "pieces", {})
    assert _layout(tools, texts[-1]) == expected


def test_an_edited_paragraph_is_split_again_and_the_others_are_taken_from_memory(monkeypatch):
    tools = language_tools("ru")
    monkeypatch.setattr(tools, "paragraphs", {})
    monkeypatch.setattr(tools, "paragraphs_seen", set())
    for _ in range(2):
        split_sentences(tools, "Здравствуйте!\n\nПароль сброшен. Войдите заново.\n\nС уважением,\nподдержка")
    edited = "Здравствуйте!\n\nПароль сброшен утром. Войдите заново.\n\nС уважением,\nподдержка"
    expected = _layout(language_tools.__wrapped__("ru"), edited)
    tokenizer, seen = tools.nlp.tokenizer, []
    monkeypatch.setattr(tools.nlp, "tokenizer", lambda text: seen.append(text) or tokenizer(text))
    monkeypatch.setattr(tools, "pieces", {})
    assert _layout(tools, edited) == expected
    assert seen == ["Пароль сброшен утром. Войдите заново.\n\n"]


def test_a_paragraph_split_once_is_not_kept(monkeypatch):
    tools = language_tools("bg")
    monkeypatch.setattr(tools, "paragraphs", {})
    monkeypatch.setattr(tools, "paragraphs_seen", set())
    split_sentences(tools, "Здравейте!\n\nФактурата е изпратена по имейл.")
    assert tools.paragraphs == {}
    split_sentences(tools, "Здравейте!\n\nФактурата е изпратена по имейл.")
    assert len(tools.paragraphs) == 2


@pytest.mark.parametrize(
    "lang, text",
    [
        ("bg", "След като разгледахме рекламацията с вх. № 1184, Ви пишем днес. Калъфът е сменен."),
        ("ru", "Ответ на письмо исх. № 55 от 3 мая отправлен. Деньги вернутся завтра."),
        ("ru", "Штраф начислен согласно п. 4.3 договора проката. Мы его отменили."),
        ("bg", "Таксата е по чл. 12, ал. 2, т. 3 от договора. Ще я върнем до петък."),
    ],
)
def test_a_full_stop_after_an_office_abbreviation_ends_no_sentence(lang, text):
    assert len(sentences_of(text, lang)) == 2


@pytest.mark.parametrize(
    "text, count",
    [
        # a small letter after a unit's or a date's full stop: the sentence goes on
        ("Контейнерът от 8 куб. м не беше извозен в четвъртък. Ще мине в понеделник.", 2),
        ("Картата е заредена на 31.03., но не е синхронизирана. Проверихме я.", 2),
        ("Възражението с вх. № 94/18.02.2025 г. доводим до знанието Ви. Сумата е върната.", 2),
        ("Ще Ви заменим 18 кв. м от новата партида. Доставката е безплатна.", 2),
        ("Разговаряхме на 22.07. и направихме проверка. Всичко е наред.", 2),
        ("Живеете на ет.\n3 в блока, а пратката отиде на първия. Съжаляваме.", 2),
        # a capital letter after it: a new sentence, «г.» and «ч.» too, which spaCy keeps with their dot
        ("Платихте на 05.04.2025 г. Ще върнем сумата до петък.", 2),
        ("Техникът идва в 14 ч. Моля, бъдете вкъщи.", 2),
        ("Изпратихме 3 бр. Останалите пристигат утре.", 2),
        ("Количеството е 8 куб. м. Камионът ще дойде утре.", 2),
        # a polite pronoun is capitalised inside a sentence
        ("За операцията от 21.01.2025 г. Ви уведомяваме, че сумата е върната. Благодарим.", 2),
        # a title before a name is no unit: no number before it
        ("Уважаеми г. Петров, ще Ви се обадим утре.", 1),
    ],
)
def test_a_units_full_stop_ends_a_sentence_only_before_a_capital_letter(text, count):
    assert len(sentences_of(text, "bg")) == count, [text[s.start:s.end] for s in sentences_of(text, "bg")]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Заберите заказ по адресу пр. Ленина, 12, корп. 2, эт. 3, пом. 7 до пятницы."),
    ("ru", "Звоните нам по тел. +7 (812) 555-10-20 в любое время."),
    ("ru", "Витрину установят по адресу просп. Победы, 5 в субботу."),
    ("bg", "Очакваме Ви на адрес ж.к. Младост 1, бл. 12, ет. 3, ап. 9 в събота."),
    ("bg", "Офисът е в кв. Лозенец, обл. София, до спирката."),
])
def test_an_address_abbreviation_ends_no_sentence(lang, text):
    assert len(sentences_of(text, lang)) == 1


@pytest.mark.parametrize("lang, text, count", [
    # a Latin capital with its full stop, one word to spaCy (a size, a block, a grade), ends a sentence before a Cyrillic capital
    ("bg", "Вместо яке в размер S Ви изпратихме размер M. Объркахме кутиите при опаковането.", 2),
    ("bg", "Апартаментът е във вход B. Асансьорът там работи от понеделник.", 2),
    ("bg", "Класът на енергийна ефективност е A. Сертификатът е приложен.", 2),
    ("ru", "Вместо куртки размера S мы отправили размер XL и размер L. Коробки перепутали на складе.", 2),
    ("ru", "Квартира находится в секции C. Лифт там заработает в понедельник.", 2),
    ("ru", "Энергокласс прибора — A. Паспорт вложен в коробку.", 2),
    # a Latin initial goes on with its Latin name; a polite pronoun or a small letter goes on as after a unit
    ("bg", "Поръчката прие J. Smith от нашия офис в Лондон.", 1),
    ("bg", "Изпратихме размер M. Ви като подарък.", 1),
    ("ru", "Заказ принял J. Smith из лондонского офиса.", 1),
    ("ru", "Ключи у охранника корпуса B. и в офисе.", 1),
])
def test_a_latin_capitals_full_stop_ends_a_sentence_before_a_cyrillic_capital(lang, text, count):
    assert len(sentences_of(text, lang)) == count, [text[s.start:s.end] for s in sentences_of(text, lang)]
