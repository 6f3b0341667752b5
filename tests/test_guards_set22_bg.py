"""Guard set 22 (bg), the classes of its misses, written anew in other domains: a capitalised adjective (with its
article, or written in lowercase elsewhere in the text) is no person's name, and the name an adjective is made of
keeps it."""
from __future__ import annotations

import pytest

from guard_checks import problems_with

_PENSION = ("Здравейте, г-жо Димова,\n\nСъжаляваме, че заявлението Ви до Териториалното поделение на "
            "Националния осигурителен институт не беше обработено навреме. Служителят ни го е "
            "въвел в грешен регистър. Ще го разгледаме до 12.03.2026 г.\n\nПоздрави,\nЕкипът на „Пенсия+“")
_CLINIC = ("Здравейте, г-н Колев,\n\nИзвиняваме се, че изследването с Доплерова ехография не се състоя на 4.11.2026 г. "
           "Доплеровият апарат в кабинета се повреди сутринта. Ще Ви приеме д-р Сашо Петров на 9.11.2026 г.\n\n"
           "Поздрави,\nКлиника „Вита“")
# A capitalised adjective dropped or written otherwise by a reply that keeps every fact and every person.
ADJECTIVES_WRITTEN_OTHERWISE = [
    (_PENSION, "Здравейте, г-жо Димова,\n\nСъжаляваме, че заявлението Ви до осигурителния институт не беше обработено навреме: "
               "служителят ни го въведе в грешен регистър. Ще го разгледаме до 12.03.2026 г.\n\nПоздрави,\nЕкипът на „Пенсия+“"),
    (_CLINIC, "Здравейте, г-н Колев,\n\nИзвиняваме се, че ехографията по Доплер не се състоя на 4.11.2026 г.: апаратът "
              "в кабинета се повреди сутринта. Ще Ви приеме д-р Сашо Петров на 9.11.2026 г.\n\nПоздрави,\nКлиника „Вита“"),
]
# The same replies with the person dropped or renamed: a name is still a name.
PERSON_DROPPED = [
    (_PENSION, ADJECTIVES_WRITTEN_OTHERWISE[0][1].replace("г-жо Димова", "г-жо Денева")),
    (_CLINIC, ADJECTIVES_WRITTEN_OTHERWISE[1][1].replace("д-р Сашо Петров", "нашият лекар")),
]


@pytest.mark.parametrize("draft, reply", ADJECTIVES_WRITTEN_OTHERWISE)
def test_a_capitalised_adjective_written_otherwise_is_no_missing_name(draft, reply):
    assert not {"facts_missing", "facts_new"} & set(problems_with("bg", draft, reply))


@pytest.mark.parametrize("draft, reply", PERSON_DROPPED)
def test_a_person_dropped_or_renamed_beside_such_adjectives_is_still_refused(draft, reply):
    assert "facts_missing" in problems_with("bg", draft, reply)


_BG_LETTER = ("Здравейте, г-н Илиев,\n\nСъжаляваме, че абонаментът Ви за фитнеса беше спрян по грешка на 3.02.2026 г. "
              "Вече го активирахме отново и добавихме 5 безплатни дни.\n\nПоздрави,\nФитнес „Зона“")
_RU_LETTER = ("Здравствуйте, Олег!\n\nПростите, что ваш абонемент в бассейн был заморожен по ошибке 3.02.2026. Мы уже "
              "включили его снова и добавили 5 бесплатных дней.\n\nС уважением,\nБассейн «Волна»")
# A list of the editor's changes after the letter, headed by what was done to the text, whatever the words.
CHANGES_APPENDED = [
    ("bg", _BG_LETTER, _BG_LETTER + "\n\n---\nВнесени корекции:\n- изреченията са съкратени;\n- махнат е пасивът."),
    ("bg", _BG_LETTER, _BG_LETTER + "\n\n**Промените, които направих:** извинението е в началото."),
    ("ru", _RU_LETTER, _RU_LETTER + "\n\nВнесённые правки:\n— убран канцелярит;\n— извинение перенесено в начало."),
    ("ru", _RU_LETTER, _RU_LETTER + "\n\nЧто было изменено: фразы короче, без пассива."),
]
# Changes to the customer's own plan under a heading are the reply's own.
CHANGES_TOLD = [
    ("bg", _BG_LETTER, _BG_LETTER.replace("\n\nПоздрави", "\n\nПредстоящи промени: от 1.03.2026 г. залата работи до 23 ч."
                                          "\n\nПоздрави")),
    ("ru", _RU_LETTER, _RU_LETTER.replace("\n\nС уважением", "\n\nИзменения в расписании: с 1.03.2026 бассейн работает до 23:00."
                                          "\n\nС уважением")),
]


@pytest.mark.parametrize("lang, draft, reply, edit_talk", [(*c, True) for c in CHANGES_APPENDED] + [(*c, False) for c in CHANGES_TOLD])
def test_a_heading_of_changes_is_talk_about_the_edit_only_when_the_text_was_changed(lang, draft, reply, edit_talk):
    assert ("shape_commentary" in problems_with(lang, draft, reply)) is edit_talk
