"""Guard set 31's Russian refusals, as classes in other domains and both languages where the code is shared: a time
of day written as hours and minutes with their abbreviations' full stops («в 9 ч. 15 мин.» = «9:15»); a half said as a
prefix joined to its unit by a hyphen («пол-литра» = «500 мл»); a number before an em dash set off by spaces («д. 7 —
12.05»), no first day of a range; a cause opened by «причиной является», said again in other words; and a closing the
lint reads into a step of the remedy, which a reply that keeps the step amid the remedy does not drop. From set 30: costs
the business «принимает на себя» in the official register are a free service, which a reply's «за наш счёт» keeps; a
compensation of the cost is money back («возместим стоимость»); our step said not to happen «как договаривались» refuses
the date it names, no deadline promised."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts


@pytest.mark.parametrize("lang, draft, reply, same", [
    ("ru", "Паром отправится в 9:15 от причала № 4.", "Паром уйдёт от причала № 4 в 9 ч. 15 мин.", True),
    ("ru", "Паром отправится в 9:15 от причала № 4.", "Паром уйдёт от причала № 4 в 9 ч. 25 мин.", False),
    ("bg", "Фериботът тръгва в 9:15 от кей № 4.", "Фериботът тръгва от кей № 4 в 9 ч. 15 мин.", True),
    ("bg", "Фериботът тръгва в 9:15 от кей № 4.", "Фериботът тръгва от кей № 4 в 9 ч. 45 мин.", False),
    ("ru", "Дегустация займёт 1 ч 30 мин.", "Дегустация займёт 1 ч. 30 мин.", True),
])
def test_hours_and_minutes_with_their_abbreviations_stops_are_the_time_they_write(lang, draft, reply, same):
    assert same_facts(lang, draft, reply) is same


@pytest.mark.parametrize("draft, reply, same", [
    ("Каждый участник получит бутылку комбучи (500 мл).", "Каждый участник получит пол-литра комбучи.", True),
    ("Каждый участник получит бутылку комбучи (250 мл).", "Каждый участник получит пол-литра комбучи.", False),
    ("В набор входит 0,5 л масла.", "В набор входит пол-литра масла.", True),
    ("Дайте псу пол-яблока.", "Дайте псу яблоко.", True),
])
def test_a_half_joined_to_its_unit_by_a_hyphen_is_half_of_the_unit(draft, reply, same):
    assert same_facts("ru", draft, reply) is same


@pytest.mark.parametrize("lang, draft, reply, same", [
    ("ru", "Мастер придёт по адресу ул. Луговая, д. 7 12.05.", "Мастер придёт по адресу ул. Луговая, д. 7 — 12.05.", True),
    ("ru", "Мастер придёт по адресу ул. Луговая, д. 7 12.05.", "Мастер придёт по адресу ул. Луговая, д. 8 — 12.05.", False),
    ("bg", "Техникът ще дойде в ж.к. „Изгрев“, бл. 7 на 12.05.", "Техникът ще дойде в ж.к. „Изгрев“, бл. 7 — 12.05.", True),
    ("bg", "Техникът ще дойде в ж.к. „Изгрев“, бл. 7 на 12.05.", "Техникът ще дойде в ж.к. „Изгрев“, бл. 9 — 12.05.", False),
    ("ru", "Выставка пройдёт 10—12.05.", "Выставка пройдёт с 10 по 12 мая.", True),
])
def test_a_number_before_an_em_dash_set_off_by_spaces_is_no_first_day_of_a_range(lang, draft, reply, same):
    assert same_facts(lang, draft, reply) is same


# A pottery studio whose glaze bubbled in the kiln; «брак» is said again as what was found.
_KILN = (
    "Уважаемая Ольга!\n\nСообщаем, что изготовление Вашего сервиза по заказу № 2207 задерживается. Причиной является "
    "брак глазури, выявленный при контрольном обжиге: на чашках образовались пузыри. Приносим извинения за ожидание. "
    "Сервиз будет покрыт новой глазурью, обожжён повторно и готов 18 марта.\n\nС уважением, гончарная мастерская «Глина»"
)
_KILN_SAID_AGAIN = (
    "Ольга, здравствуйте!\n\nПростите, что сервиз по заказу № 2207 задерживается: на контрольном обжиге на чашках "
    "появились пузыри.\n\nМы покроем сервиз новой глазурью и обожжём заново, он будет готов 18 марта.\n\n"
    "Гончарная мастерская «Глина»"
)
_KILN_NO_CAUSE = (
    "Ольга, здравствуйте!\n\nПростите, что сервиз по заказу № 2207 задерживается.\n\n"
    "Мы покроем сервиз новой глазурью и обожжём заново, он будет готов 18 марта.\n\nГончарная мастерская «Глина»"
)


# A tailor's one-paragraph letter whose last step invites the reader to tell a wish by a date.
_TAILOR = (
    "Уважаемый Игорь Петрович!\n\nСообщаем, что пошив Вашего костюма по заказу № 418 задерживается из-за поздней "
    "поставки итальянской шерсти. Приносим извинения. Ткань уже получена, примерка назначена на 6 октября. "
    "Если до 2 октября Вы сообщите о желании заменить пуговицы, это будет выполнено бесплатно. "
    "Связь с закройщиком: Анна Белова, +7 (915) 330-21-87."
)
_TAILOR_STEP_KEPT = (
    "Здравствуйте, Игорь Петрович!\n\nПростите: костюм по заказу № 418 задерживается, потому что итальянскую шерсть "
    "нам поставили поздно.\n\nТкань уже у нас, примерка — 6 октября. Если захотите заменить пуговицы, скажите "
    "до 2 октября — заменим бесплатно.\n\nЗакройщик на все вопросы ответит сама: Анна Белова, +7 (915) 330-21-87."
)
_TAILOR_STEP_DROPPED = (
    "Здравствуйте, Игорь Петрович!\n\nПростите: костюм по заказу № 418 задерживается, потому что итальянскую шерсть "
    "нам поставили поздно.\n\nТкань уже у нас, примерка — 6 октября.\n\n"
    "Закройщик на все вопросы ответит сама: Анна Белова, +7 (915) 330-21-87."
)


@pytest.mark.parametrize("draft, reply, lost", [
    (_KILN, _KILN_SAID_AGAIN, ()),
    (_KILN, _KILN_NO_CAUSE, ("explanation",)),
    (_TAILOR, _TAILOR_STEP_KEPT, ()),
    (_TAILOR, _TAILOR_STEP_DROPPED, ("remedy",)),
])
def test_a_cause_opened_by_the_reason_and_a_closing_read_into_a_step_are_kept_in_other_words(draft, reply, lost):
    assert problems_with("ru", draft, reply).get("parts_missing", ()) == lost


# A furniture supplier taking back a wrong table.
_SUPPLIER = (
    "Уважаемый Денис!\n\nСообщаем, что по заказу № 6120 Вам доставлен стол неверного размера. Правильный стол будет "
    "доставлен 14 ноября. Расходы на обратную доставку Поставщик принимает на себя."
)


@pytest.mark.parametrize("draft, reply, new", [
    (_SUPPLIER, "Денис, простите: по заказу № 6120 мы привезли не тот стол. Правильный привезём 14 ноября, "
                "обратную доставку оплатим сами — за наш счёт.", []),
    (_SUPPLIER.replace("Поставщик принимает", "Вы принимаете"), "Денис, простите: по заказу № 6120 мы привезли не тот "
                "стол. Правильный привезём 14 ноября, обратная доставка — за наш счёт.", ["free"]),
])
def test_costs_the_business_takes_upon_itself_are_a_free_service(draft, reply, new):
    assert promised_anew("ru", draft, reply) == new


# A camera rental whose lens came damaged.
_LENS_MONEY = (
    "Уважаемый Максим!\n\nОбъектив по договору проката № 88 был повреждён при перевозке. Вам будет выплачена "
    "компенсация стоимости аренды в размере 2 400 ₽."
)
_LENS_POINTS = (
    "Уважаемый Максим!\n\nОбъектив по договору проката № 88 был повреждён при перевозке. В качестве компенсации Вам "
    "будут начислены 500 бонусных баллов."
)
_LENS_REPLY = "Максим, простите: объектив по договору № 88 повредили при перевозке. Мы возместим стоимость аренды — 2 400 ₽."


@pytest.mark.parametrize("draft, new", [(_LENS_MONEY, []), (_LENS_POINTS, ["refund"])])
def test_a_compensation_of_the_cost_is_money_back(draft, new):
    assert promised_anew("ru", draft, _LENS_REPLY) == new


# A tile shop whose delivery date fell through.
_TILES = (
    "Уважаемая Вера!\n\nПоставка плитки по заказу № 5011, запланированная на 14.03, не может быть выполнена в срок. "
    "Поставка перенесена на 21.03."
)


@pytest.mark.parametrize("reply, new", [
    ("Вера, простите: плитку по заказу № 5011 мы не привезём 14.03, как обещали. Привезём 21.03.", []),
    ("Вера, простите: плитку по заказу № 5011 мы не привезём 14.03, как обещали. Привезём 18.03.", ["deadline"]),
    ("Вера, простите за путаницу: плитку по заказу № 5011 мы привезём 14.03, как обещали.", ["deadline"]),
])
def test_our_step_said_not_to_happen_as_agreed_promises_no_date(reply, new):
    assert promised_anew("ru", _TILES, reply) == new
