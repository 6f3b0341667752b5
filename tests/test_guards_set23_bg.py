"""Guard set 23 (bg), the classes of its misses, written anew in other domains: a sound level is a number with its
unit, whether the unit is a symbol or a word; a term the contract guarantees, told again, is no new guarantee; a
last line cut on a pronoun capitalised out of politeness is cut off; a free service said beside a delivery is a free
delivery, which only a draft that delivers covers."""
from __future__ import annotations

import pytest

from guard_checks import problems_with

_GENERATOR = ("Здравейте, г-жо Стоянова,\n\nСъжаляваме за шума от агрегата на обекта. Измерихме 74 dB при норма 60 dB "
              "и ще сменим шумозаглушителя до 14.05.2026 г.\n\nПоздрави,\nЕкипът на „Енерго Сервиз“")
_HEADPHONES = ("Здравствуйте, Павел!\n\nПростите, что наушники пришли с ошибкой в прошивке: громкость ограничена 85 дБ "
               "вместо 100 дБ. Обновление выйдет 20.05.2026.\n\nС уважением,\nМагазин «Звук»")
# A sound level written with its unit in another form: a symbol, a word, Latin or Cyrillic.
LEVELS_WRITTEN_OTHERWISE = [
    ("bg", _GENERATOR, _GENERATOR.replace("74 dB при норма 60 dB", "74 децибела при норма 60 децибела")),
    ("bg", _GENERATOR, _GENERATOR.replace("74 dB при норма 60 dB", "74 дБ при норма 60 дБ")),
    ("ru", _HEADPHONES, _HEADPHONES.replace("85 дБ вместо 100 дБ", "85 децибелами вместо 100 децибел")),
    ("ru", _HEADPHONES, _HEADPHONES.replace("85 дБ вместо 100 дБ", "85 dB вместо 100 dB")),
]
# The same letters with the level changed or its unit dropped.
LEVELS_CHANGED = [
    ("bg", _GENERATOR, _GENERATOR.replace("74 dB при норма 60 dB", "74 dB при норма 65 dB")),
    ("bg", _GENERATOR, _GENERATOR.replace("74 dB при норма 60 dB", "74 % при норма 60 %")),
    ("ru", _HEADPHONES, _HEADPHONES.replace("85 дБ вместо 100 дБ", "80 дБ вместо 100 дБ")),
]


@pytest.mark.parametrize("lang, draft, reply", LEVELS_WRITTEN_OTHERWISE)
def test_a_sound_level_written_with_its_unit_otherwise_keeps_the_fact(lang, draft, reply):
    assert not {"facts_missing", "facts_new"} & set(problems_with(lang, draft, reply))


@pytest.mark.parametrize("lang, draft, reply", LEVELS_CHANGED)
def test_a_sound_level_changed_or_given_another_unit_is_refused(lang, draft, reply):
    assert "facts_missing" in problems_with(lang, draft, reply)


_LIFT = ("Здравейте, г-н Маринов,\n\nСъжаляваме, че асансьорът в блока спря на 3.03.2026 г. и техникът дойде след 5 часа "
         "вместо в рамките на гарантираните 2 часа. Диспечерът не видя сигнала навреме. Ще проверим асансьора отново "
         "на 10.03.2026 г.\n\nПоздрави,\n„Лифт Сервиз“")
_INTERNET = ("Здравствуйте, Ирина!\n\nПростите, что интернет не работал 3.03.2026 и мастер приехал через 9 часов вместо "
             "положенных 4 часов. Заявка ушла не в тот отдел. Мы проверим линию ещё раз 10.03.2026.\n\nС уважением,\n"
             "Провайдер «Сеть»")
# The contract's own term told again, in the past or as what the contract holds.
CONTRACT_TERMS = [
    ("bg", _LIFT, _LIFT.replace("вместо в рамките на гарантираните 2 часа", "а не до 2 часа, както сме гарантирали по договора")),
    ("bg", _LIFT, _LIFT.replace("вместо в рамките на гарантираните 2 часа", "при гарантирани в договора Ви 2 часа")),
    ("ru", _INTERNET, _INTERNET.replace("положенных 4 часов.", "положенных 4 часов. Этот срок гарантирован договором.")),
    ("ru", _INTERNET, _INTERNET.replace("положенных 4 часов.", "положенных 4 часов. По договору гарантировано 4 часа.")),
]
# A guarantee of the reply's own beside the same letters: that it will not happen again, or a time made firm.
OWN_GUARANTEES = [
    ("bg", _LIFT, _LIFT.replace("Ще проверим", "Гарантираме, че това няма да се повтори. Ще проверим")),
    ("bg", _LIFT, _LIFT.replace("Ще проверим", "Гарантираме Ви, че следващия път техникът ще дойде навреме. Ще проверим")),
    ("ru", _INTERNET, _INTERNET.replace("Мы проверим", "Гарантируем, что это не повторится. Мы проверим")),
]


@pytest.mark.parametrize("lang, draft, reply", CONTRACT_TERMS)
def test_a_term_the_contract_guarantees_told_again_is_no_new_guarantee(lang, draft, reply):
    assert "commitments_new" not in problems_with(lang, draft, reply)


@pytest.mark.parametrize("lang, draft, reply", OWN_GUARANTEES)
def test_a_guarantee_of_the_replys_own_is_still_refused(lang, draft, reply):
    assert "guarantee" in problems_with(lang, draft, reply).get("commitments_new", ())


_PARCEL = ("Здравейте, г-жо Ангелова,\n\nСъжаляваме, че пратката Ви закъсня с два дни. Куриерът е объркал адреса. "
           "Ще Ви се обадим до 18.04.2026 г.\n\nПоздрави,\nЕкипът на „Бърза пратка“")
_GYM = ("Здравствуйте, Денис!\n\nПростите, что абонемент не продлился автоматически. Сбой был в платёжной системе. "
        "Мы продлили его до 30.06.2026.\n\nС уважением,\nФитнес-клуб «Атлет»")
# A reply cut mid-sentence on a pronoun written with a capital out of politeness.
CUT_ON_A_POLITE_PRONOUN = [
    ("bg", _PARCEL, "Здравейте, г-жо Ангелова,\n\nСъжаляваме, че пратката закъсня с два дни: куриерът е объркал адреса.\n\n"
                    "Ще Ви се обадим до 18.04.2026 г., за да уточним кога новата доставка е удобна за Вас и за Вашия"),
    ("ru", _GYM, "Здравствуйте, Денис!\n\nПростите, что абонемент не продлился сам: сбой был в платёжной системе. "
                 "Мы продлили его до 30.06.2026, а все занятия по расписанию остаются доступны для Вас и Вашей"),
]
# A last line without a stop that is a name or a signature is no cut.
ENDS_ON_A_NAME = [
    ("bg", _PARCEL, "Здравейте, г-жо Ангелова,\n\nСъжаляваме, че пратката закъсня с два дни: куриерът е объркал адреса. "
                    "Ще Ви се обадим до 18.04.2026 г.\n\nПоздрави,\nЕкипът на „Бърза пратка“"),
]


@pytest.mark.parametrize("lang, draft, reply", CUT_ON_A_POLITE_PRONOUN)
def test_a_reply_cut_on_a_polite_pronoun_is_cut_off(lang, draft, reply):
    assert "shape_truncated" in problems_with(lang, draft, reply)


@pytest.mark.parametrize("lang, draft, reply", ENDS_ON_A_NAME)
def test_a_reply_ending_on_its_signature_is_not_cut_off(lang, draft, reply):
    assert "shape_truncated" not in problems_with(lang, draft, reply)


_TAILOR = ("Здравейте, г-н Симеонов,\n\nСъжаляваме, че ръкавите на сакото бяха скъсени повече от поръчаното. Шивачката "
           "е объркала мярката. Ще ги ушием наново без заплащане и сакото ще е готово на 12.05.2026 г. в ателието ни.\n\n"
           "Поздрави,\nАтелие „Игла“")
_PRINT = ("Здравствуйте, Вера!\n\nПростите, что на визитках напечатан старый телефон. Макет взяли из прошлого заказа. "
          "Мы перепечатаем их бесплатно, забрать тираж можно в офисе 12.05.2026.\n\nС уважением,\nТипография «Лист»")
_TAILOR_SENDS = _TAILOR.replace("в ателието ни", "и ще Ви го изпратим с куриер")
_PRINT_SENDS = _PRINT.replace("забрать тираж можно в офисе 12.05.2026", "тираж доставим 12.05.2026")
# A free service where the draft has the customer collect, and the reply sends it to them for free.
FREE_DELIVERY_ADDED = [
    ("bg", _TAILOR, _TAILOR.replace("в ателието ни.", "в ателието ни, а ако предпочитате, ще Ви го изпратим с куриер "
                                    "за наша сметка.")),
    ("bg", _TAILOR, _TAILOR.replace("в ателието ни.", "в ателието ни. Доставката до дома Ви е безплатна.")),
    ("ru", _PRINT, _PRINT.replace("забрать тираж можно в офисе 12.05.2026", "а 12.05.2026 тираж бесплатно "
                                  "привезёт курьер")),
]
# The same free service and delivery kept from a draft that delivers, in other words.
FREE_DELIVERY_KEPT = [
    ("bg", _TAILOR_SENDS, _TAILOR_SENDS.replace("без заплащане и", "безплатно, а").replace(
        "и ще Ви го изпратим с куриер", "и куриерът ще Ви го донесе, без да плащате доставката")),
    ("ru", _PRINT_SENDS, _PRINT_SENDS.replace("Мы перепечатаем их бесплатно, тираж доставим 12.05.2026",
                                              "Перепечатаем их за наш счёт, а курьер бесплатно привезёт тираж 12.05.2026")),
]


@pytest.mark.parametrize("lang, draft, reply", FREE_DELIVERY_ADDED)
def test_a_free_delivery_the_draft_never_makes_is_a_new_free_service(lang, draft, reply):
    assert "free" in problems_with(lang, draft, reply).get("commitments_new", ())


@pytest.mark.parametrize("lang, draft, reply", FREE_DELIVERY_KEPT)
def test_a_free_delivery_kept_from_a_draft_that_delivers_is_no_new_promise(lang, draft, reply):
    assert "commitments_new" not in problems_with(lang, draft, reply)
