"""Guard set 38's Bulgarian misses as classes, in other domains: a participle or an adjective with its article at the
start of a sentence after an address's entrance letter is no name; a number before a preposition and a unit's
abbreviation of another phrase («в гр.», a town) keeps no unit; a reply that only turns its draft's apology impersonal,
or says each of its draft's faults again in other words, is no better than the draft; a charge the draft keeps, waived by
the reply, is a free service promised."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts
from rewriter import Linter
from rewriter.names import find_names
from rewriter.reply_improvement import better_than_draft

_ADDRESS = "Пратката ще пристигне на ж.к. „Младост“, бл. 14, вх. Г. {sentence}"


@pytest.mark.parametrize("sentence, names", [
    # a participle or an adjective with the article, said of the goods, after the entrance letter's dot
    ("Пропуснатите вноски ще Ви начислим без лихва.", []),
    ("Изгорелите крушки ще заменим със същия модел.", []),
    ("Върнатите учебници ще отпишем от картата Ви.", []),
    # … while a name there is a name, however placed
    ("Петрова от склада ще Ви се обади.", ["Петрова"]),
    ("Росица от склада ще Ви се обади.", ["Росица"]),
])
def test_a_word_with_its_article_after_an_entrance_letter_names_no_one(sentence, names):
    found = find_names(_ADDRESS.format(sentence=sentence), "bg")
    assert [n.text for n in found if not n.optional] == names


@pytest.mark.parametrize("draft, reply, same", [
    # a number, then a preposition and a town's abbreviation, which is no unit of the number
    ("Трактор № СН 04127 не мина прегледа в гр. Елин Пелин.", "Тракторът № СН 04127 в гр. Елин Пелин не мина прегледа.", True),
    ("Парцел 00913 е заснет в с. Бистрица.", "Заснехме парцел 00913 в с. Бистрица.", True),
    ("Лодка 0417 е на котва в м. Варвара.", "Лодка 0417 в м. Варвара е на котва.", True),
    # … while a modifier between a number and its unit keeps the unit
    ("Остават Ви 3 неизползвани дни от отпуската.", "Остават Ви 3 седмици от отпуската.", False),
])
def test_a_preposition_after_a_number_opens_a_phrase_of_its_own(draft, reply, same):
    assert same_facts("bg", draft, reply) is same


_PERMIT_DRAFT = (
    "Уважаеми г-н Стоянов,\n\nВ отговор на Ваше заявление с вх. № 77-К-12 от 04.03.2026 г. Общината Ви уведомява, че "
    "разрешението за ползване на тротоар е забавено поради необходимост от съгласуване с пътна полиция. Общината изказва "
    "съжаление за забавянето. Разрешението ще бъде готово на 11.03.2026 г. в стая 8.\n\nБлагодарим Ви за търпението.\n\n"
    "Община Елена"
)


@pytest.mark.parametrize("reply, better", [
    # the apology turned impersonal and the delay left in the passive: colder than the draft
    ("Уважаеми г-н Стоянов,\n\nПо заявление вх. № 77-К-12 от 04.03.2026 г. се уведомявате, че разрешението за ползване "
     "на тротоар не е издадено в срок поради необходимост от съгласуване с пътна полиция. Изразява се съжаление за "
     "забавянето. Разрешението подлежи на получаване на 11.03.2026 г. в стая 8.\n\nБлагодарим Ви за търпението.\n\n"
     "Община Елена", False),
    # the apology owned, the delay told plainly, one stock thanks kept
    ("Здравейте, г-н Стоянов,\n\nИзвиняваме се, че забавихме разрешението за ползване на тротоар по заявлението Ви с вх. № "
     "77-К-12 от 04.03.2026 г.: трябваше да го съгласуваме с пътна полиция, а не Ви предупредихме навреме. Ще можете да го "
     "вземете на 11.03.2026 г. от стая 8.\n\nБлагодарим Ви за търпението.\n\nОбщина Елена", True),
])
def test_an_apology_made_impersonal_is_no_better(reply, better):
    assert ("not_better" not in problems_with("bg", _PERMIT_DRAFT, reply)) is better


_LINTER = Linter()
_BLAMED_DRAFT = (
    "Уважаемый Игорь Валентинович!\n\nДенежные средства за абонемент были ошибочно списаны системой дважды. Приносим "
    "извинения за причинённые неудобства. Сбой произошёл в результате обновления программного обеспечения. В настоящее время "
    "лишние 1 900 ₽ возвращены на карту.\n\nПо всем вопросам обращаться по телефону 8 800 555-12-40."
)


@pytest.mark.parametrize("reply, better", [
    # each of the draft's faults said again in other words, and officialese of its own added: nothing fixed
    ("Уважаемый Игорь Валентинович!\n\nДоводим до вашего сведения, что деньги за абонемент были списаны автоматически два "
     "раза. Приносим извинения за неудобства. Двойное списание явилось следствием обновления программы. Лишние 1 900 ₽ "
     "возвращены на карту.\n\nТелефон для связи: 8 800 555-12-40.", False),
    # the fault owned and the apology made plain
    ("Игорь Валентинович, здравствуйте!\n\nМы по ошибке списали деньги за абонемент дважды, пока обновляли программу, — "
     "простите нас. Лишние 1 900 ₽ уже вернули на карту.\n\nЕсли будут вопросы, звоните: 8 800 555-12-40.", True),
])
def test_a_reply_that_says_every_fault_again_is_no_better(reply, better):
    draft = _LINTER.lint(_BLAMED_DRAFT, "ru")
    assert better_than_draft(draft, _LINTER.lint(reply, "ru"), "error") is better


_FEE_KEPT = "Годишната вноска от 24 € за читателската карта остава същата и вече е платена."


@pytest.mark.parametrize("reply, new", [
    # the charge itself waived, pointed at or named, or not collected
    ("Вноската е 24 € годишно, но заради грешката тази година няма да я плащате.", ["free"]),
    ("Тази година няма да плащате вноската от 24 € за читателската карта.", ["free"]),
    ("Годишната вноска от 24 € за читателската карта няма да бъде събрана.", ["free"]),
    # … while nothing more to pay beside what was paid, or the paid charge not collected again, waives nothing
    ("Вноската от 24 € за читателската карта вече е платена – няма да доплащате нищо.", []),
    ("Платената вноска от 24 € за читателската карта няма да се събира повторно.", []),
])
def test_a_charge_the_draft_keeps_waived_is_a_free_service(reply, new):
    assert promised_anew("bg", _FEE_KEPT, reply) == new
