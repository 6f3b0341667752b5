"""Guard set 49's classes shared by both languages, in other domains: a template slot left unfilled in square,
angle or curly brackets («[Имя менеджера]», „<Вашата длъжност>“, "[Your name]") is no sendable reply, while a
bracket the draft holds itself, or a bracketed note that is no slot («[см. приложение]»), stays; a guarantee given
for a term («даём гарантию на полгода», „гаранционният срок от 12 месеца“) is a promise, read alike in the draft
(so the reply restating it adds none) and in the reply (so a reply adding it to a draft that gives none is stopped),
while a repair under the customer's own warranty («по гарантии») gives none; and the business's own cost said of
it in the third person („фирмата ще смени за своя сметка“) is a free service the draft gives, while the customer's
„ще изпратите за своя сметка“ is none; the customer's costs paid back („ще Ви възстановим разходите“) are a refund and a
thing put into the order to make amends («чтобы загладить ошибку, положим в посылку…») a gift; a bare number before a
word of contrast takes the unit of the fact after it («2,2 вместо 2,5 мм» is 2,2 mm), and „мес.“ is months in both
languages; a reply that ends on a sentence its draft goes on from to its courteous closing has dropped the closing."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts

_RU_BODY = "Здравствуйте, Ольга!\n\nПриносим извинения: мы перепутали размер шторы. Новую штору привезём 12.05.\n\nСпасибо за терпение!"
_BG_BODY = "Здравейте, г-жо Димова,\n\nИзвиняваме се: объркахме цвета на плочките. Новите ще са при Вас на 12.05.\n\nБлагодарим!"


@pytest.mark.parametrize("lang, body, slot", [
    ("ru", _RU_BODY, "[Имя менеджера]"),
    ("ru", _RU_BODY, "[Ваше имя, должность]"),
    ("ru", _RU_BODY, "{Ваша подпись}"),
    ("bg", _BG_BODY, "<Вашата длъжност>"),
    ("bg", _BG_BODY, "[Име и фамилия]"),
    ("bg", _BG_BODY, "[Your name]"),
])
def test_an_unfilled_slot_in_the_signature_is_no_sendable_reply(lang, body, slot):
    draft = f"{body}\n\nС уважением,\nСалон «Окно»" if lang == "ru" else f"{body}\n\nПоздрави,\nСалон „Прозорец“"
    head, _, sign = draft.rpartition("\n")
    assert "shape_placeholder" in problems_with(lang, draft, f"{head}\n{slot}\n{sign}")
    assert "shape_placeholder" not in problems_with(lang, draft, draft)


@pytest.mark.parametrize("lang, draft", [
    # a bracket the draft holds itself is the draft's own text
    ("ru", f"{_RU_BODY}\n\nС уважением,\n[Имя менеджера]"),
    # … and a bracketed note that names no slot is prose
    ("ru", f"{_RU_BODY} Размеры — в таблице [см. приложение].\n\nС уважением,\nСалон «Окно»"),
    ("bg", f"{_BG_BODY} Цветовете са в каталога [виж приложението].\n\nПоздрави,\nСалон „Прозорец“"),
])
def test_a_bracket_that_is_no_new_slot_passes(lang, draft):
    assert "shape_placeholder" not in problems_with(lang, draft, draft)


@pytest.mark.parametrize("lang, draft, reply, new", [
    # a guarantee for a term given in the reply is a new promise
    ("ru", "Мы заменим насос в котле до 20.03.", "Мы заменим насос в котле до 20.03 и даём на него гарантию полгода.", True),
    ("ru", "Мастер переклеит обои в спальне до 14.04.", "Мастер переклеит обои в спальне до 14.04, гарантия 6 месяцев.", True),
    ("bg", "Ще сменим помпата на котела до 20.03.", "Ще сменим помпата на котела до 20.03, с гаранция от 6 месеца.", True),
    # … while a repair under the customer's own warranty gives none
    ("ru", "Мы починим кофемашину до 20.03.", "Мы починим кофемашину по гарантии до 20.03.", False),
    ("ru", "Мы починим кофемашину до 20.03.", "Гарантия на кофемашину закончилась год назад, но мы починим её до 20.03.", False),
    # … nor is the draft's own term, however named, however named, is no new one
    ("bg", "Гаранционният срок от 12 месеца тече от монтажа на помпата.", "Гаранцията от 12 месеца тече от монтажа на помпата.", False),
    ("ru", "Гарантийный срок 12 месяцев считается с даты установки.", "Гарантия 12 месяцев считается с даты установки.", False),
    ("ru", "Гарантия на замену стекла составит 6 месяцев.", "На замену стекла даём гарантию 6 месяцев.", False),
    # … and a term told as kept as it was gives none, so a reply's «never again» beside it is new
    ("bg", "Гаранционният срок от 24 месеца на колата остава непроменен.", "Това няма да се повтори.", True),
    ("ru", "Гарантийный срок 24 месяца на машину сохраняется.", "Такое больше не повторится.", True),
])
def test_a_guarantee_for_a_term_is_read_alike_in_draft_and_reply(lang, draft, reply, new):
    assert ("guarantee" in promised_anew(lang, draft, reply)) is new


@pytest.mark.parametrize("draft, reply, new", [
    # the business's own cost said of it in the third person is the draft's free service
    ("Сервизът ще смени дисплея за своя сметка до 18.06.", "Ще сменим дисплея за наша сметка до 18.06.", False),
    ("Фирмата ще подмени тръбата за собствена сметка до 18.06.", "Ще подменим тръбата безплатно до 18.06.", False),
    # … while the customer's own cost is none, so a reply giving the service free adds one
    ("Ще изпратите уреда за своя сметка до 18.06.", "Ще приемем уреда безплатно до 18.06.", True),
])
def test_the_business_own_cost_in_the_third_person_is_its_free_service(draft, reply, new):
    assert ("free" in promised_anew("bg", draft, reply)) is new


@pytest.mark.parametrize("lang, draft, reply, kind, new", [
    # the customer's costs paid back are a refund the draft never gives
    ("bg", "Техникът ще дойде безплатно на 4.02.", "Техникът ще дойде безплатно на 4.02, а разходите Ви за такси ще възстановим.",
     "refund", True),
    ("bg", "Ще сменим матрака до 4.02.", "Ще сменим матрака до 4.02 и ще Ви върнем разноските по пратката.", "refund", True),
    # … while costs borne by us are the draft's free service
    ("bg", "Ще сменим матрака безплатно до 4.02.", "Ще сменим матрака до 4.02, разходите по доставката са за наша сметка.",
     "refund", False),
    # a thing put into the order to make amends is a gift
    ("ru", "Мы перешьём чехол для дивана до 4.02.", "Мы перешьём чехол для дивана до 4.02, а чтобы загладить ошибку, положим в посылку "
     "набор пледов.", "gift", True),
    ("ru", "Мы перешьём чехол для дивана до 4.02.", "Мы перешьём чехол для дивана до 4.02 и в знак извинения добавим к заказу подушку.",
     "gift", True),
    # … while a missing piece added as the remedy itself is none
    ("ru", "Недостающую ножку дивана отправим до 4.02.", "Мы добавим к заказу недостающую ножку дивана и отправим её до 4.02.",
     "gift", False),
])
def test_costs_paid_back_and_a_thing_given_as_amends_are_new(lang, draft, reply, kind, new):
    assert (kind in promised_anew(lang, draft, reply)) is new


@pytest.mark.parametrize("lang, draft, reply, same", [
    # a bare number before a word of contrast takes the unit after it
    ("bg", "Плочките са с дебелина 8 мм вместо 10 мм.", "Плочките са с дебелина 8 вместо 10 милиметра.", True),
    ("ru", "Стекло толщиной 4 мм вместо 6 мм.", "Стекло толщиной 4 вместо 6 миллиметров.", True),
    ("ru", "Вы заплатили 900 руб. вместо 1200 руб.", "Вы заплатили 900 вместо 1200 рублей.", True),
    # … while another number, or a unit of its own, is another fact
    ("bg", "Плочките са с дебелина 8 мм вместо 10 мм.", "Плочките са с дебелина 9 вместо 10 милиметра.", False),
    ("ru", "Стекло толщиной 4 мм вместо 6 мм.", "Стекло толщиной 4 см вместо 6 мм.", False),
    # … and a number with its label is no bare number: «№ 5127 вместо 3 кг» keeps the order's number apart
    ("ru", "По заказу № 5127 вместо 3 кг кофе пришло 2 кг.", "В заказ № 5127 вместо 3 кг кофе положили 2 кг.", True),
    # „мес.“ is months
    ("bg", "Абонаментът е за 12 месеца.", "Абонаментът е за 12 мес.", True),
    ("bg", "Абонаментът е за 12 месеца.", "Абонаментът е за 12 дни.", False),
])
def test_a_number_before_a_contrast_takes_its_unit(lang, draft, reply, same):
    assert same_facts(lang, draft, reply) is same


@pytest.mark.parametrize("lang, draft, dropped, kept", [
    ("ru", "Здравствуйте, Павел!\n\nПриносим извинения: мы не передали ваше заявление в отдел кадров вовремя. Заявление "
     "передано сегодня, ответ придёт до 20.03. Отпуск по уходу оформляется в течение месяца после решения отдела кадров.\n\n"
     "Спасибо за терпение.\n\nС уважением,\nбухгалтерия",
     "Здравствуйте, Павел!\n\nПростите, мы вовремя не передали ваше заявление в отдел кадров. Сегодня мы его передали, "
     "ответ придёт до 20.03. Имейте в виду: отпуск по уходу оформляется в течение месяца после решения отдела кадров.\n\n"
     "С уважением,\nбухгалтерия",
     "Спасибо, что подождали."),
    ("bg", "Здравейте, г-н Тодоров,\n\nИзвиняваме се: не изпратихме молбата Ви до общината навреме. Молбата е изпратена днес, "
     "отговор ще има до 20.03. Разрешението за строеж се издава до месец след решението на общинския съвет.\n\n"
     "Благодарим за търпението.\n\nПоздрави,\nСтроителен отдел",
     "Здравейте, г-н Тодоров,\n\nСъжаляваме, не изпратихме молбата Ви до общината навреме. Днес я изпратихме, отговор ще "
     "има до 20.03. Имайте предвид, че разрешението за строеж се издава до месец след решението на общинския съвет.\n\n"
     "Поздрави,\nСтроителен отдел",
     "Благодарим, че изчакахте."),
])
def test_a_reply_ending_on_a_body_sentence_of_the_draft_drops_its_closing(lang, draft, dropped, kept):
    assert "closing" in problems_with(lang, draft, dropped).get("parts_missing", ())
    body, signature = dropped.rsplit("\n\n", 1)
    assert "parts_missing" not in problems_with(lang, draft, f"{body} {kept}\n\n{signature}")
