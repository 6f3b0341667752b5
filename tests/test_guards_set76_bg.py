"""Guard set 76's Bulgarian misses, as classes in other domains and words: a title's stop in a signature line ends no
sentence of the letter, so a reply that drops its closing line is still stopped; a finding said impersonally
(„Установено е, че …“) is the cause the reply must keep; one letter of another script in a quantity („ΔT“, „5 μm“)
is a symbol, no other language; a worker told after the verb („ще присъства наш специалист“) is the draft's visit; a
matter left to be looked into later owes the customer an answer, which a reply may promise to send."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

_SURVEY = (
    "Уважаема госпожо Петрова,\n\nЗамерването на парцела, насрочено за 12.04.2027 г., се отлага. Поднасяме извинения. "
    "Причината е повреда в GPS приемника на екипа.\n\nЗамерването ще се извърши на 19.04.2027 г. от 09:00 ч. "
    "Таксата от 420 € остава същата.\n\nЗа въпроси: тел. 0887 204 611.\n\nБлагодарим Ви за търпението.\n\n"
    "С уважение,\nдоц. Стоян Илиев\nГеодезист, „Терен План“ ООД"
)
_SURVEY_REPLY = (
    "Здравейте, госпожо Петрова,\n\nсъжалявам, но трябва да отложим замерването на парцела, насрочено за 12.04.2027 г.: "
    "GPS приемникът на екипа ни се повреди.\n\nЩе дойдем на 19.04.2027 г. от 09:00 ч. Таксата остава 420 €.\n\n"
    "Телефон: 0887 204 611.{closing}\n\nдоц. Стоян Илиев\nГеодезист, „Терен План“ ООД"
)


@pytest.mark.parametrize("closing, closes", [
    # the reply ends on the contact line; the title („доц.“) below it is the signature, no closing line
    ("", False),
    # a closing line of the reply's own, before the same signature
    ("\n\nБлагодаря Ви, че изчакахте!", True),
])
def test_a_title_in_the_signature_is_no_closing_line(closing, closes):
    problems = problems_with("bg", _SURVEY, _SURVEY_REPLY.format(closing=closing))
    assert ("closing" not in problems.get("parts_missing", ())) is closes


_BOILER = (
    "Уважаеми господин Маринов,\n\nКотелът, монтиран на 03.11.2026 г., спира при ниско налягане. Извиняваме се за "
    "неудобството. Установено е, че при монтажа е ползван разширителен съд за друг модел.\n\nСъдът ще бъде сменен "
    "на 10.11.2026 г. безплатно.\n\nБлагодарим за разбирането.\n\nС уважение,\n„Топлина“ ЕООД"
)


@pytest.mark.parametrize("told, kept", [
    # the finding, the reply's own cause, in its words
    ("При монтажа сложихме разширителен съд за друг модел.", True),
    # only the failure, without what the check found: the cause is dropped
    ("Котелът наистина спира.", False),
])
def test_a_finding_said_impersonally_is_the_cause_to_keep(told, kept):
    reply = (
        "Здравейте, господин Маринов,\n\nсъжаляваме: котелът, монтиран на 03.11.2026 г., спира при ниско налягане. "
        f"{told}\n\nНа 10.11.2026 г. ще сменим съда безплатно.\n\nБлагодарим за разбирането.\n\nС уважение,\n"
        "„Топлина“ ЕООД"
    )
    assert ("explanation" not in problems_with("bg", _BOILER, reply).get("parts_missing", ())) is kept


@pytest.mark.parametrize("lang, draft, reply, in_language", [
    # a Greek letter as the symbol of a quantity, even one the draft writes otherwise
    ("bg", "Разликата в температурата е 6 °C.", "Разликата в температурата е ΔT = 6 °C.", True),
    ("ru", "Перепад давления составил 0,3 бар.", "Перепад давления Δp составил 0,3 бар.", True),
    ("bg", "Частиците са под 5 микрона.", "Частиците са под 5 μm.", True),
    # Greek words are still another language
    ("bg", "Благодарим за търпението.", "Благодарим, ευχαριστώ πολύ за търпението.", False),
])
def test_a_greek_letter_in_a_quantity_is_no_other_language(lang, draft, reply, in_language):
    assert ("language_wrong" not in problems_with(lang, draft, reply)) is in_language


_GREENHOUSE = (
    "Уважаеми господин Димов,\n\nМонтажът на оранжерията се отлага за 15.05.2027 г. поради забавена доставка на "
    "профилите. При монтажа ще присъства наш специалист по поливни системи. Въпросът с повредените стъкла ще бъде "
    "разгледан допълнително.\n\nС уважение,\n„Зелен двор“ ООД"
)


@pytest.mark.parametrize("said, new", [
    # the worker the draft sends, told before the verb
    ("Нашият специалист по поливни системи ще бъде на място при монтажа на 15.05.2027 г.", False),
    # the answer owed on the matter the draft leaves to be looked into
    ("За повредените стъкла ще проучим случая отделно и ще Ви пишем.", False),
])
def test_the_drafts_visit_and_answer_said_otherwise_are_no_new_promise(said, new):
    assert ("contact" in promised_anew("bg", _GREENHOUSE, said)) is new


def test_a_call_the_draft_never_offers_is_still_a_new_promise():
    draft = "Монтажът на оранжерията се отлага за 15.05.2027 г. поради забавена доставка на профилите."
    assert "contact" in promised_anew("bg", draft, "За стъклата ще Ви се обадим в петък.")
    assert "contact" in promised_anew("bg", draft, "При монтажа ще присъства наш специалист.")


_INVOICE = (
    "Уважаема госпожо Ангелова,\n\nФактурата за м. март не е платена в срок. Установено е, че известието е "
    "препратено на неактуален електронен адрес. Поднасяме извинения.\n\nСумата ще бъде преведена до 10.04.2027 г.\n\n"
    "С уважение,\n„Книговез“ ООД"
)


@pytest.mark.parametrize("told, kept", [
    # an address out of date, said in plain words
    ("пратихме го на стар имейл", True),
    # another cause of its own, which keeps no word of the finding
    ("счетоводителят ни беше в отпуск", False),
])
def test_an_address_out_of_date_said_plainly_keeps_the_finding(told, kept):
    reply = (
        f"Здравейте, госпожо Ангелова,\n\nсъжаляваме, фактурата за март не е платена навреме: {told}.\n\n"
        "Ще Ви преведем сумата до 10.04.2027 г.\n\nПоздрави,\n„Книговез“ ООД"
    )
    assert ("explanation" not in problems_with("bg", _INVOICE, reply).get("parts_missing", ())) is kept
