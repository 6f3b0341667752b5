"""Guard set 54's Bulgarian misses and the open ones before it, as classes in other domains: the sides of a size
joined by a small x with no space («30x40 см») are two numbers of one unit; a firm's name written in the other script
(„Фантастико“ as „Fantastico“) is the same name, another firm's is not; a step of the remedy that gives money, dropped
with all its facts, is a dropped part; the customer returning goods („можете да върнете …, като разходите са за наша
сметка“) is no refund of costs; „ще си пише с …“ (to correspond with someone else) is no contact; a sentence opened by
what the customer is asked to do („Донесете ги до 20.11 и …“) holds the promises of its own and of the sentence before;
a delay told with „бил“ („срокът е бил удължен поради …“) is no step of the remedy; what we should have done („трябваше
по-рано да Ви държим в течение“) is no vague promise."""
from __future__ import annotations

import pytest

from guard_checks import LINTER, problems_with, promised_anew, same_facts


@pytest.mark.parametrize("draft, reply, same", [
    # a size glued by a small x, Latin or Cyrillic, is the size written with «×» and spaces
    ("Рамката е с размер 30 × 40 см.", "Рамката е с размер 30x40 см.", True),
    ("Плочките са 60 × 120 см.", "Плочките са 60х120 см.", True),
    ("Пликовете са 110 × 220 мм.", "Пликовете са 110x220 mm.", True),
    # … while a side changed is another size
    ("Рамката е с размер 30 × 40 см.", "Рамката е с размер 30x45 см.", False),
    ("Пликовете са 110 × 220 мм.", "Пликовете са 110x230 mm.", False),
])
def test_a_size_glued_by_an_x(draft, reply, same):
    assert same_facts("bg", draft, reply) is same


_SHOP = (
    "Здравейте, г-н Колев,\n\nСъжаляваме, че пакетът Ви се забави. Поръчката ще бъде доставена от {firm} на 12.03.\n\n"
    "Поздрави,\nМагазин „Лале“"
)


@pytest.mark.parametrize("in_draft, in_reply", [
    ("Фантастико", "Fantastico"),
    ("Булсатком", "Bulsatcom"),
    ("Лидл", "Lidl"),
    ("Vivacom", "Виваком"),
])
def test_a_firm_named_in_the_other_script_is_the_same_name(in_draft, in_reply):
    draft, reply = _SHOP.format(firm=in_draft), _SHOP.format(firm=in_reply)
    problems = problems_with("bg", draft, reply)
    assert "facts_missing" not in problems and "facts_new" not in problems


@pytest.mark.parametrize("in_draft, in_reply", [
    ("Фантастико", "Billa"),
    ("Булсатком", "Bulgaricom"),
    ("Спиди", "Speedex"),
])
def test_another_firm_in_the_other_script_is_another_name(in_draft, in_reply):
    problems = problems_with("bg", _SHOP.format(firm=in_draft), _SHOP.format(firm=in_reply))
    assert in_draft in problems.get("facts_missing", ()) and in_reply in problems.get("facts_new", ())


_TOURS = (
    "Уважаеми г-н Стоев,\n\nИзвиняваме се за отменената обиколка. Гидът се разболя в деня на обиколката. Като "
    "компенсация ще Ви бъде възстановена сумата от 30 лв. от общата цена от 90 лв. в срок до 7 работни дни.\n\n"
    "С уважение,\nЕкипът на „Стара Варна“"
)


@pytest.mark.parametrize("reply, parts_lost", [
    # the remedy's sums and term gone with its sentence: the step is dropped, whatever words of it the rest keeps
    ("Здравейте, г-н Стоев,\n\nИзвиняваме се, че обиколката, за която платихте общата цена, беше отменена: гидът ни "
     "се разболя точно в деня на обиколката. Ако искате да споделите още нещо, ще се радваме да Ви чуем.\n\nПоздрави,\n"
     "Екипът на „Стара Варна“", True),
    # … kept, with its sums in words, it is there
    ("Здравейте, г-н Стоев,\n\nИзвиняваме се, че обиколката беше отменена: гидът ни се разболя точно в деня на "
     "обиколката. Ще Ви върнем тридесет лева от цената от 90 лв. до 7 работни дни.\n\nПоздрави,\nЕкипът на „Стара Варна“",
     False),
])
def test_a_remedy_that_gives_money_dropped_with_its_facts(reply, parts_lost):
    assert ("remedy" in problems_with("bg", _TOURS, reply).get("parts_missing", ())) is parts_lost


def test_a_remedy_whose_sum_is_changed_is_a_fact_changed():
    reply = (
        "Здравейте, г-н Стоев,\n\nИзвиняваме се, че обиколката беше отменена: гидът ни се разболя точно в деня на "
        "обиколката. Ще Ви върнем 40 лв. от цената от 90 лв. до 7 работни дни.\n\nПоздрави,\nЕкипът на „Стара Варна“"
    )
    problems = problems_with("bg", _TOURS, reply)
    assert "facts_missing" in problems and "parts_missing" not in problems


@pytest.mark.parametrize("draft, reply, new", [
    # the customer returns the goods at our cost: no money of theirs paid back
    ("Можете да върнете якето с куриер за наша сметка.", "Можете да върнете якето с куриер, като разходите са за наша сметка.", []),
    # … while our paying the costs back is a refund
    ("Можете да върнете якето с куриер за наша сметка.", "Ще Ви върнем разходите за куриера.", ["refund"]),
    ("Ще Ви върнем разходите за куриера.", "Разходите за куриера ще Ви бъдат възстановени.", []),
    # someone else corresponding with another is no contact with the customer
    ("Внукът Ви ще бъде включен в клуба от 3 март.", "От 3 март внукът Ви ще си пише с доброволци от клуба.", []),
    # … while our writing to the customer is
    ("Внукът Ви ще бъде включен в клуба от 3 март.", "От 3 март координаторът ще Ви пише за клуба.", ["contact"]),
    ("Внукът Ви ще бъде включен в клуба от 3 март.", "Ще Ви пишем на 3 март.", ["contact"]),
])
def test_what_the_customer_returns_or_writes_is_no_promise(draft, reply, new):
    assert promised_anew("bg", draft, reply) == new


_REPAIR = "Ако донесете обувките в сервиза до 15.04.2026 г., ще ги поправим без заплащане в срок до 3 работни дни."


@pytest.mark.parametrize("reply, new", [
    # what the customer is asked to do, opening the next sentence, holds the free repair and its own deadlines
    ("Ще поправим обувките безплатно. Донесете ги в сервиза до 15.04.2026 г. и до 3 работни дни ще са готови.", []),
    ("Ще поправим обувките безплатно. Моля, оставете ги в сервиза до 15 април и до 3 работни дни ще са готови.", []),
    # … while the same promises on no step asked are unconditional: the draft's condition dropped
    ("Ще поправим обувките безплатно до 15.04.2026 г.", ["deadline", "free"]),
    ("Ще поправим обувките безплатно до 3 работни дни. Приемете извиненията ни.", ["deadline", "free"]),
])
def test_a_step_asked_of_the_customer_holds_the_promise(reply, new):
    assert promised_anew("bg", _REPAIR, reply) == new


_BOAT = (
    "Уважаема г-жо Ралева,\n\nПриемете нашите извинения. Срокът за ремонт на лодката е бил удължен поради липса на "
    "резервни части при вносителя. Това се дължи и на стачката в пристанището. Лодката ще бъде готова на 20.05.2026 г."
    "\n\nС уважение,\nЛодкостроене „Вълна“"
)


@pytest.mark.parametrize("reply, lost", [
    # the delay told with „бил“ is what the letter explains, not a step: a reply that keeps only the second cause drops
    # the first, and drops no remedy
    ("Здравейте, г-жо Ралева,\n\nИзвиняваме се, че ремонтът на лодката се забави заради стачката в пристанището. "
     "Лодката ще бъде готова на 20.05.2026 г.\n\nПоздрави,\nЛодкостроене „Вълна“", ("explanation",)),
    # … and one that tells both keeps them
    ("Здравейте, г-жо Ралева,\n\nИзвиняваме се, че ремонтът на лодката се забави: вносителят нямаше резервни части "
     "заради стачката в пристанището. Лодката ще бъде готова на 20.05.2026 г.\n\nПоздрави,\nЛодкостроене „Вълна“", ()),
])
def test_a_delay_told_with_bil_is_no_remedy(reply, lost):
    assert problems_with("bg", _BOAT, reply).get("parts_missing", ()) == lost


@pytest.mark.parametrize("sentence, vague", [
    # what we should have done, owned in the past, promises nothing the improvement guard could hold against a reply
    ("Трябваше по-рано да Ви държим в течение за ремонта на асансьора.", False),
    ("Следваше да Ви държим в течение, докато чакахме частите.", False),
    # … while keeping the customer posted, with no date, is still a vague promise
    ("Ще Ви държим в течение за ремонта на асансьора.", True),
])
def test_what_we_should_have_done_is_no_vague_promise(sentence, vague):
    rules = [f.rule for f in LINTER.lint(sentence, "bg").findings]
    assert ("bg.vague_promise.bez-srok" in rules) is vague
