"""Guard set 75's Bulgarian misses, as classes in other domains and words: a change to a spoken zero shares the unit of
the value it falls from; a multiple's small x glued to a decimal leaves the decimal whole; a code's check digit set off
by a hyphen is the same code written together; a sign-off of thanks with words of its own closes the letter; reliance
that the thing will serve the reader is a closing."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, same_facts

_TANK = (
    "Уважаеми г-н Николов,\n\nПри проверката на 12.03.2027 г. се установи, че нивото в резервоара е спаднало от 40 л на "
    "0 л поради теч в крана. Съжаляваме за неудобството.\n\nКранът ще бъде подменен на 14.03.2027 г.\n\nС уважение,\n"
    "„Аква Дом“ ЕООД"
)


@pytest.mark.parametrize("told, kept", [
    # the end of the change said as a word: it shares the unit of its start
    ("нивото в резервоара падна от 40 литра на нула", True),
    # another end is still a changed fact
    ("нивото в резервоара падна от 40 литра на две", False),
])
def test_a_change_to_a_spoken_zero_shares_its_unit(told, kept):
    reply = _TANK.replace("нивото в резервоара е спаднало от 40 л на 0 л", told)
    assert same_facts("bg", _TANK, reply) is kept


@pytest.mark.parametrize("draft, reply, kept", [
    # a multiple's small x glued to the number: the decimal is whole, whatever its written form
    ("Окулярът увеличава 1,5x вместо поръчаните 2,5x.", "Окулярът увеличава 1,5 пъти, а поръчахте 2,5 пъти.", True),
    ("Резервният окуляр е 2,0x.", "Резервният окуляр увеличава 2 пъти.", True),
    ("Окулярът увеличава 1,5x вместо поръчаните 2,5x.", "Окулярът увеличава 1,5 пъти, а поръчахте 3,5 пъти.", False),
    # the sides of a size keep their reading
    ("Плочките са 30x60 см.", "Плочките са 30x60 см.", True),
    ("Плочките са 30x60 см.", "Плочките са 30x90 см.", False),
])
def test_a_multiple_glued_to_its_x_is_the_whole_number(draft, reply, kept):
    assert same_facts("bg", draft, reply) is kept


@pytest.mark.parametrize("lang, draft, reply, kept", [
    # a code's check digit set off by a hyphen, its letters by a space: the same code written together
    ("bg", "Вагонът TRLU 552190-4 е задържан на гара Русе.", "Вагонът TRLU5521904 е задържан на гара Русе.", True),
    ("bg", "Вагонът TRLU5521904 е задържан на гара Русе.", "Вагонът TRLU 552190-4 е задържан на гара Русе.", True),
    ("ru", "Контейнер TGHU 730415-2 задержан в порту.", "Контейнер TGHU7304152 задержан в порту.", True),
    # another check digit is another code
    ("bg", "Вагонът TRLU 552190-4 е задържан на гара Русе.", "Вагонът TRLU5521905 е задържан на гара Русе.", False),
])
def test_a_code_with_its_check_digit_written_together_is_the_same_code(lang, draft, reply, kept):
    problems = problems_with(lang, draft, reply)
    assert ("facts_missing" not in problems and "facts_new" not in problems) is kept


_LIBRARY = (
    "Уважаема г-жо Стоянова,\n\nКнигата, която заявихте на 03.02.2027 г., е изпратена по погрешка в друг клон. "
    "Поднасяме извинения.\n\nКнигата ще бъде на Ваше разположение в читалнята на 06.02.2027 г. За справки: 02 981 44 "
    "10.\n\nНадяваме се и занапред да бъдете наш читател.\n\nС уважение,\nБиблиотека „Родина“"
)
_LIBRARY_REPLY = (
    "Здравейте, г-жо Стоянова,\n\nсъжаляваме: книгата, която заявихте на 03.02.2027 г., изпратихме по погрешка в друг "
    "клон. Ще Ви чака в читалнята на 06.02.2027 г.\n\nЗа справки: 02 981 44 10.\n\n{sign_off}\nБиблиотека „Родина“"
)


@pytest.mark.parametrize("sign_off, closes", [
    # a sign-off of thanks with words of its own: a warm sign-off, which closes the letter
    ("С благодарност за търпението и до нови срещи,", True),
    # the bare formula signs the letter and closes nothing: the draft's thanks are dropped
    ("Поздрави,", False),
])
def test_a_sign_off_of_thanks_with_words_of_its_own_closes_the_letter(sign_off, closes):
    problems = problems_with("bg", _LIBRARY, _LIBRARY_REPLY.format(sign_off=sign_off))
    assert ("closing" not in problems.get("parts_missing", ())) is closes


_STOVE = (
    "Уважаеми г-н Тодоров,\n\nПечката, доставена на 05.11.2027 г., е с повреден термостат поради дефект от завода. "
    "Съжаляваме за неудобството.\n\nТермостатът ще бъде подменен на 08.11.2027 г.\n\nНадяваме се на дългогодишно "
    "сътрудничество.\n\nС уважение,\n„Топъл дом“ ООД"
)
_STOVE_REPLY = (
    "Здравейте, г-н Тодоров,\n\nсъжаляваме: печката, която Ви доставихме на 05.11.2027 г., е с повреден термостат "
    "заради дефект от завода. На 08.11.2027 г. ще го подменим.\n\n{last}\n\nПоздрави,\n„Топъл дом“ ООД"
)


@pytest.mark.parametrize("last, closes", [
    # reliance that the thing will serve the reader: a closing, as confidence that it will is
    ("Разчитаме, че оттук нататък печката ще Ви топли без грижи!", True),
    # reliance on the reader's own step: a request, no closing
    ("Разчитаме, че ще ни изпратите снимка на табелката до петък.", False),
])
def test_reliance_that_the_thing_will_serve_the_reader_is_a_closing(last, closes):
    problems = problems_with("bg", _STOVE, _STOVE_REPLY.format(last=last))
    assert ("closing" not in problems.get("parts_missing", ())) is closes
