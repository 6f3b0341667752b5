"""Guard set 63's Bulgarian misses, as classes in other domains: a closing that hopes for future business („на
разположение за бъдещи поръчки“) offers no help a contact line said last may carry; a cause
only guessed at („вероятно е резултат от …“) and set aside by „но“ is no cause a reply must keep; a bare number the draft
gives another step („стая № 10“) tells no hour of a step („от 10:00 ч.“); and a worker's job done on site („майсторът
ще го монтира на място“) is a visit the draft never promised."""
from __future__ import annotations

import pytest

from guard_checks import problems_with

_PRINTS = (
    "Уважаеми г-н Стоянов,\n\nСъжаляваме за размазаните етикети от поръчка № 5531. Новите етикети ще бъдат отпечатани до "
    "14.04.2027 г. За въпроси: тел. 0887 123 456.\n{closing}\n\nПечатница „Линия“"
)
_PRINTS_REPLY = (
    "Уважаеми г-н Стоянов,\n\nСъжаляваме за размазаните етикети от поръчка № 5531. Ще отпечатаме новите до 14.04.2027 г. "
    "Ако имате въпроси, звънете на тел. 0887 123 456.\n\nПечатница „Линия“"
)


@pytest.mark.parametrize("closing, dropped", [
    # a hope for more work with the reader: a reply ending on the contact line has dropped it
    ("Оставаме на разположение за бъдещи поръчки.", True),
    ("Оставаме на Ваше разположение и за сътрудничество занапред.", True),
    # … while an offer of help may be carried by that line
    ("Оставаме на разположение за въпроси.", False),
])
def test_a_closing_that_hopes_for_business_offers_no_help(closing, dropped):
    problems = problems_with("bg", _PRINTS.format(closing=closing), _PRINTS_REPLY)
    assert ("closing" in problems.get("parts_missing", ())) is dropped


_STROLLER = (
    "Уважаеми г-н Колев,\n\nСъжаляваме за проблема с детската количка по поръчка № 812. При сглобяването в склада "
    "болтът на спирачката е останал разхлабен. Счупеното колело вероятно е резултат от силен удар в "
    "бордюр{counter}. Новото колело ще Ви изпратим на 18.06.2027 г.\n\nС уважение,\nМагазин „Бебе“"
)
_STROLLER_REPLY = (
    "Уважаеми г-н Колев,\n\nСъжаляваме за количката по поръчка № 812. При сглобяването в склада сме оставили болта на "
    "спирачката разхлабен – грешката е наша. Счупеното колело също ще подменим: новото ще Ви изпратим на 18.06.2027 г."
    "\n\nС уважение,\nМагазин „Бебе“"
)


@pytest.mark.parametrize("counter, dropped", [
    # a guess at the cause, set aside by what the sentence does anyway: no cause a reply must keep
    (", но въпреки това ще бъде подменено", False),
    (", но все пак ще го подменим", False),
    # … while a guess the draft stands by is a cause the letter gives
    ("", True),
])
def test_a_cause_guessed_and_set_aside_is_none(counter, dropped):
    problems = problems_with("bg", _STROLLER.format(counter=counter), _STROLLER_REPLY)
    assert ("explanation" in problems.get("parts_missing", ())) is dropped


_HOTEL = (
    "Уважаема г-жо Николова,\n\nСъжаляваме, че климатикът в стаята Ви не работеше по време на престоя. Повредата се "
    "дължи на изгорял кондензатор. Още днес ще Ви преместим в стая № 10 на третия етаж. Техник ще смени климатика в "
    "старата Ви стая на 12.04.2027 г. от 10:00 до 12:00 ч.\n\nС уважение,\nХотел „Морска звезда“"
)


@pytest.mark.parametrize("step, dropped", [
    # the move to room № 10 kept, the replacement and its hours dropped: the number is the room's, no hour of the step
    ("Още днес ще Ви преместим в стая № 10 на третия етаж.", True),
    # … while the replacement kept, its hours written bare, keeps the remedy
    ("Още днес ще Ви преместим в стая № 10 на третия етаж. Техник ще смени климатика в старата Ви стая на 12.04.2027 г. "
     "от 10 до 12 ч.", False),
])
def test_a_number_of_another_step_tells_no_hour_of_a_step(step, dropped):
    reply = (
        "Уважаема г-жо Николова,\n\nСъжаляваме, че климатикът не работеше – кондензаторът му беше изгорял. "
        f"{step}\n\nС уважение,\nХотел „Морска звезда“"
    )
    assert ("remedy" in problems_with("bg", _HOTEL, reply).get("parts_missing", ())) is dropped


_SHELF = (
    "Уважаема г-жо Георгиева,\n\nСъжаляваме, че рафтът по поръчка № 417 е доставен с пукнатина. Нов рафт ще бъде "
    "изработен за наша сметка и ще бъде готов за получаване на 09.09.2027 г. в ателието ни. При желание може да бъде "
    "доставен до адрес срещу такса от 8 €.\n\nС уважение,\nДърводелско ателие „Бук“"
)


@pytest.mark.parametrize("told, promised", [
    # a craftsman's job done at the customer's, beside what the customer picks up from us: a visit the draft never promises
    ("Ако желаете да Ви го донесем, доставката е 8 €, а майсторът ни ще го монтира на място.", True),
    # … while the delivery alone, charged as in the draft, promises nothing new
    ("Ако желаете да Ви го донесем, доставката е 8 €.", False),
])
def test_a_job_done_on_site_is_a_visit(told, promised):
    reply = (
        "Уважаема г-жо Георгиева,\n\nСъжаляваме, че рафтът по поръчка № 417 пристигна спукан. Ще Ви изработим нов за "
        f"наша сметка – ще е готов на 09.09.2027 г. и можете да го вземете от ателието ни. {told}\n\nС уважение,\nДърводелско ателие „Бук“"
    )
    assert ("commitments_new" in problems_with("bg", _SHELF, reply)) is promised
