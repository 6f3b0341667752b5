"""Guard set 60's Russian classes, in other domains: a man's surname the dictionary reads as a relative adjective
(«Ольхов» as «ольховый») is the same name as its other cases; a reply that ends on the draft's contact line, with the
signature under it too long to read as one (a name and a whole title) and no
sign-off formula, drops the draft's courteous closing."""
from __future__ import annotations

import pytest

from guard_checks import problems_with

_BOILER = (
    "Уважаемая Нина Андреевна!\n\nПо вопросам монтажа котла Вы можете обращаться к мастеру Виктору Олеговичу {who} "
    "по телефону 8 (812) 640-22-19.\n\nС уважением,\nсервисная служба «Тепловик»"
)
_BOILER_REPLY = (
    "Здравствуйте, Нина Андреевна!\n\nПо монтажу котла звоните мастеру: {who}, телефон 8 (812) 640-22-19.\n\n"
    "С уважением,\nсервисная служба «Тепловик»"
)
_HALL = (
    "Уважаемый Роман!\n\nЗал для банкета забронирован на Ваше имя администратором {who}.\n\nС уважением,\n"
    "ресторан «Пристань»"
)
_HALL_REPLY = "Здравствуйте, Роман!\n\nЗал для банкета забронирован на ваше имя, бронь оформила {who}.\n\nС уважением,\nресторан «Пристань»"


@pytest.mark.parametrize("draft, reply, problems", [
    # the dative the dictionary knows as a surname and the nominative it reads as an adjective are one name
    (_BOILER.format(who="Ольхову"), _BOILER_REPLY.format(who="Виктор Олегович Ольхов"), {}),
    (_BOILER.format(who="Вишневу"), _BOILER_REPLY.format(who="Виктор Олегович Вишнев"), {}),
    # … in the other direction and by the instrumental too
    (_BOILER.format(who="Кленову").replace("к мастеру", "к мастеру,").replace("Кленову", "Кленову,"),
     _BOILER_REPLY.format(who="с Виктором Олеговичем Кленовым"), {}),
    # … a woman's surname keeps working as it did
    (_HALL.format(who="Ольховой Мариной"), _HALL_REPLY.format(who="Марина Ольхова"), {}),
    # … while another surname is another person
    (_BOILER.format(who="Вишневу"), _BOILER_REPLY.format(who="Виктор Олегович Ольхов"), {"facts_new": ("Ольхов",)}),
])
def test_a_surname_read_as_an_adjective_is_the_same_name(draft, reply, problems):
    found = problems_with("ru", draft, reply)
    assert {k: v for k, v in found.items() if k.startswith("facts")} == problems


_LIBRARY = (
    "Уважаемый Степан Ильич!\n\nВ связи с ремонтом читального зала выдача заказанных книг была перенесена. Приносим "
    "извинения. Книги будут выданы Вам 03.03.2027 с 11:00 до 18:00 на абонементе. Справки по телефону "
    "8 (4842) 55-71-30. Благодарим за понимание.\n\nЗаведующая отделом абонемента центральной городской библиотеки\n\n"
    "Л. К. Фомина\n"
)
_LIBRARY_REPLY = (
    "Здравствуйте, Степан Ильич!\n\nПростите, что выдачу книг пришлось перенести: в читальном зале шёл ремонт. "
    "Книги будут ждать вас 03.03.2027 с 11:00 до 18:00 на абонементе. Если появятся вопросы, звоните: "
    "8 (4842) 55-71-30.{closing}\n\nЛ. К. Фомина, заведующая отделом абонемента центральной городской библиотеки\n"
)


@pytest.mark.parametrize("closing, lost", [
    # the reply ends on the draft's contact line, under a long signature with no formula: the closing dropped
    ("", ["closing"]),
    # … while a reply that thanks after that line keeps it
    (" Спасибо, что отнеслись с пониманием!", []),
])
def test_a_reply_ending_on_the_contact_line_above_a_bare_signature_drops_the_closing(closing, lost):
    reply = _LIBRARY_REPLY.format(closing=closing)
    assert list(problems_with("ru", _LIBRARY, reply).get("parts_missing", ())) == lost


def test_a_reply_ending_on_the_contact_line_with_a_formula_above_the_long_signature_drops_the_closing():
    reply = _LIBRARY_REPLY.format(closing="").replace("\n\nЛ. К.", "\n\nС уважением,\nЛ. К.")
    assert list(problems_with("ru", _LIBRARY, reply).get("parts_missing", ())) == ["closing"]


_CAKE = (
    "Здравствуйте, Ирина!\nПриносим извинения. Курьер доставил торт по заказу № 512 в 19:00 вместо 15:00 по причине высокой "
    "загруженности кондитерского цеха в предпраздничный период. Стоимость доставки 300 рублей будет возвращена на "
    "вашу карту.\nНадеемся на дальнейшее сотрудничество."
)
_CAKE_REPLY = (
    "Здравствуйте, Ирина!\nМне очень жаль, что так вышло. Торт по заказу № 512 приехал в 19:00 вместо 15:00: {why}\n"
    "300 рублей за доставку вернём вам на карту. Спасибо за понимание!"
)


@pytest.mark.parametrize("why, refused", [
    # the regret's object is the fault the reply owns: we took on more than we could do
    ("перед праздником мы приняли больше заказов, чем успевал испечь наш кондитерский цех.", False),
    # … while a rush that only came to us owns nothing, and «так вышло» names no fault
    ("перед праздником мы получили больше заказов, чем обычно, и наш кондитерский цех не успевал.", True),
])
def test_a_regret_beside_more_taken_on_than_we_could_do_is_owned(why, refused):
    assert ("not_better" in problems_with("ru", _CAKE, _CAKE_REPLY.format(why=why))) is refused
