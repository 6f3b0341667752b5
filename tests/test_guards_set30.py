"""Guard set 30's Russian facts misses, as classes in other domains and both languages: a common noun a letter
capitalises to name a party to it («расходы несёт Исполнитель»), which a reply says as «мы»; and a capital letter
alone («корпус Б», «А. Лебедева»), compared as written, not as the preposition it reads as, with an initial of a name
the draft gives in full no new name. A name or an initial changed is still refused."""
from __future__ import annotations

import pytest

from guard_checks import problems_with

# A cleaning firm that missed a room, and a car rental that charged twice.
_CLEANING = (
    "Уважаемая Ирина!\n\nСообщаем, что уборка квартиры по договору № 7712 выполнена не в полном объёме. "
    "Повторный выезд бригады 14 апреля оплачивает Исполнитель. Ответственный сотрудник — Тамара Зуева."
)
_CLEANING_PLAIN = (
    "Ирина, здравствуйте!\n\nПростите: по договору № 7712 мы убрали квартиру не полностью. "
    "Бригада приедет ещё раз 14 апреля, за наш счёт. Ответственный сотрудник — Тамара Зуева."
)
_RENTAL = (
    "Уважаеми г-н Колев,\n\nУведомяваме Ви, че по резервация № 3308 сумата от 120 лв. е била удържана два пъти. "
    "Разликата ще възстанови Търговец до 9 юни. Въпросите Ви ще поеме служителят Пламен Ангелов."
)
_RENTAL_PLAIN = (
    "Здравейте, г-н Колев,\n\nИзвинете ни: по резервация № 3308 удържахме 120 лв. два пъти. "
    "Ще Ви върнем разликата до 9 юни. Въпросите Ви ще поеме служителят Пламен Ангелов."
)


def _by_initial(lang: str, draft: str, plain: str, name: str, other: str) -> list[tuple[str, str, str, bool]]:
    """The plain reply, with the name by its initial, by another initial, and with another surname: (lang, draft,
    reply, whether the facts guard refuses it)."""
    first, surname = name.split()
    replies = [plain, plain.replace(name, f"{first[0]}. {surname}")]
    changed = [plain.replace(name, f"{other[0]}. {surname}"), plain.replace(surname, other)]
    return [(lang, draft, reply, False) for reply in replies] + [(lang, draft, reply, True) for reply in changed]


PARTY_AND_INITIALS = _by_initial("ru", _CLEANING, _CLEANING_PLAIN, "Тамара Зуева", "Лосева") + _by_initial(
    "bg", _RENTAL, _RENTAL_PLAIN, "Пламен Ангелов", "Генов"
)


@pytest.mark.parametrize("lang, draft, reply, refused", PARTY_AND_INITIALS)
def test_a_party_said_as_we_and_a_name_by_its_initial_keep_the_facts(lang, draft, reply, refused):
    assert bool({"facts_missing", "facts_new"} & set(problems_with(lang, draft, reply))) is refused


# A warehouse whose goods went to the wrong building, named by a capital letter.
_WAREHOUSE = (
    "Уважаемый Олег!\n\nУведомляем, что паллеты по накладной № 5521 размещены в корпусе Д вместо корпуса Е. "
    "Перемещение будет выполнено 3 мая."
)
_WAREHOUSE_PLAIN = (
    "Олег, здравствуйте!\n\nПростите: паллеты по накладной № 5521 мы поставили не в тот корпус — Д вместо Е. 3 мая перевезём."
)
_WAREHOUSE_DOTTED = _WAREHOUSE_PLAIN.replace("Д вместо Е. 3 мая перевезём.", "Е, а попали в Д. 3 мая перевезём.")
_WAREHOUSE_OTHER = _WAREHOUSE_PLAIN.replace("Д вместо Е", "Ж вместо Е")


@pytest.mark.parametrize(
    "reply, refused", [(_WAREHOUSE_PLAIN, False), (_WAREHOUSE_DOTTED, False), (_WAREHOUSE_OTHER, True)]
)
def test_a_capital_letter_is_compared_as_written_with_its_dot_or_without(reply, refused):
    refusals = problems_with("ru", _WAREHOUSE, reply)
    assert ("facts_new" in refusals) is refused
