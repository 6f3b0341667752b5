"""Guard set 58's Bulgarian misses, as classes in other domains: sympathy („Разбираме колко неприятно е…“) beside an
apology for what we did („Съжаляваме, че не Ви предупредихме“) is no stand-in for one, nor an apology for the trouble
after „това е наш пропуск“; a heavy draft's reply keeps a warning of the draft's rules in its own words for each five of
the draft's, and may swap its closing formula for another; access promised („ще Ви предоставим пълен достъп до …“)
grants a request the draft only decides on; an excuse that names its kind („обстоятелства от здравословен характер“) is
told by „разболях се“; data entered („е въведено в системата“) is told by „при въвеждането … е записана“."""
from __future__ import annotations

import pytest

from guard_checks import error_rules, problems_with, promised_anew


@pytest.mark.parametrize("text, fires", [
    # sympathy beside an apology for what we did or failed to do
    ("Разбираме колко досадно е да чакате пратката. Съжаляваме, че не Ви предупредихме за смяната на склада.", False),
    ("Неприятно е, че тортата пристигна смачкана. Съжаляваме, че я опаковахме небрежно.", False),
    # … while sorry for the customer's feelings owns nothing
    ("Разбираме колко досадно е да чакате пратката. Съжаляваме, че сте останали с такова впечатление.", True),
    ("Неприятно е, че тортата пристигна смачкана. Съжаляваме, че сте разочаровани.", True),
])
def test_sympathy_beside_an_apology_for_our_act_is_no_non_apology(text, fires):
    assert any(".non_apology.razbira" in r for r in error_rules("bg", text)) is fires


@pytest.mark.parametrize("owned, fires", [
    # the fault called ours by the possessive first
    ("Часът Ви е записан за грешния ден – това е наш пропуск.", False),
    # … while a courier's omission owns nothing
    ("Часът Ви е записан за грешния ден поради пропуск на куриера.", True),
])
def test_our_omission_owns_the_fault_an_apology_for_the_trouble_follows(owned, fires):
    text = f"{owned} Съжаляваме за притеснението."
    assert ("bg.non_apology.izvinyavame-se-za-pritesnenieto" in error_rules("bg", text)) is fires


_ARCHIVE = (
    "Уважаеми господин Колев,\n\nЗаявлението Ви за достъп до архива на общинския съвет е получено. Решението по "
    "заявлението ще Ви бъде изпратено до 20.03.2026 г.\n\nС уважение,\nОбщина Елена"
)


@pytest.mark.parametrize("told, new", [
    # the request granted before it is decided
    ("До 20.03.2026 г. ще Ви предоставим пълен достъп до протоколите на съвета.", True),
    ("До 20.03.2026 г. ще получите достъп до всички протоколи.", True),
    # … while the decision itself, by the draft's date, is no new promise
    ("До 20.03.2026 г. ще Ви изпратим решението по заявлението.", False),
])
def test_access_promised_grants_what_the_draft_only_decides(told, new):
    reply = f"Уважаеми господин Колев,\n\nПолучихме заявлението Ви за достъп до архива. {told}\n\nС уважение,\nОбщина Елена"
    assert ("guarantee" in promised_anew("bg", _ARCHIVE, reply)) is new


def test_access_the_draft_grants_is_no_new_promise():
    draft = (
        "Уважаема госпожо Петрова,\n\nАбонаментът Ви е подновен. До 12.05 ще получите достъп до всички курсове на "
        "платформата.\n\nС уважение,\nЕкипът на „Учи лесно“"
    )
    reply = "Здравейте,\n\nПодновихме абонамента Ви. До 12.05 ще Ви дадем достъп до всички курсове.\n\nПоздрави,\n„Учи лесно“"
    assert "guarantee" not in promised_anew("bg", draft, reply)


_LATE_FRAMES = (
    "Здравейте, господин Вълков,\n\nДържа да поясня, че закъснението на рамките за картините се дължи на независещи от "
    "мен обстоятелства от здравословен характер. Рамките ще бъдат готови до 18.04.\n\nПоздрави,\nРамкиране „Багет“"
)


@pytest.mark.parametrize("told, dropped", [
    # the excuse told by what it names, in the writer's words
    ("Съжалявам, рамките закъсняха, защото се разболях.", False),
    ("Съжалявам, рамките закъсняха – бях болен цяла седмица.", False),
    # … while the failure alone, or an excuse with nothing of its kind, drops the cause
    ("Съжалявам, рамките закъсняха.", True),
    ("Съжалявам, рамките закъсняха по причини извън моя контрол.", True),
])
def test_an_excuse_that_names_its_kind_is_told_by_what_it_names(told, dropped):
    reply = f"Здравейте, господин Вълков,\n\n{told} Ще са готови до 18.04.\n\nПоздрави,\nРамкиране „Багет“"
    assert ("parts_missing" in problems_with("bg", _LATE_FRAMES, reply)) is dropped


_WRONG_DATE = (
    "Уважаема госпожо Стоянова,\n\nПроверихме резервацията Ви и датата, за която е направена. Резервацията Ви е "
    "въведена в информационната система с дата на настаняване 14.07 "
    "вместо 12.07, поради което стаята не беше свободна при пристигането Ви. Сумата от 80 € ще Ви бъде "
    "възстановена до 30.07.\n\nС уважение,\nХотел „Изгрев“"
)


@pytest.mark.parametrize("told, dropped", [
    # data entered, said as written down at the entering
    ("При въвеждането на резервацията датата е записана 14.07 вместо 12.07, затова стаята не беше свободна.", False),
    ("Вписахме резервацията Ви с дата 14.07 вместо 12.07, затова стаята не беше свободна.", False),
    # … while the failure alone drops the cause
    ("Стаята не беше свободна при пристигането Ви.", True),
])
def test_data_entered_is_told_as_written_down(told, dropped):
    reply = (
        f"Уважаема госпожо Стоянова,\n\nИзвиняваме се. {told} Ще Ви върнем сумата от 80 € до 30.07.\n\n"
        "С уважение,\nХотел „Изгрев“"
    )
    assert ("parts_missing" in problems_with("bg", _WRONG_DATE, reply)) is dropped


_METER = (
    "Уважаеми господин Николов,\n\nВъв връзка с Ваш сигнал относно отчитането на водомер № ВМ-77120 Ви уведомяваме, "
    "че съгласно общите условия подмяната на водомер се извършва въз основа на писмена заявка от собственика. С оглед "
    "на това, че заявката Ви не съдържа подпис, същата е оставена без движение.\n\nСледва да представите надлежно "
    "подписана заявка в срок до 15.03.2026 г. Подмяната ще бъде извършена в рамките на 7 работни дни след "
    "получаването ѝ.{closing}\n\n„Водоснабдяване Русе“ ЕАД"
)
_THANKS = "\n\nБлагодарим Ви за проявеното разбиране."
_MISSING = (
    "не Ви казахме веднага какво липсва за подмяната на водомер № ВМ-77120. По общите условия ни трябва писмена заявка "
    "от собственика. Заявката Ви не е подписана, затова подмяната е спряна."
)


@pytest.mark.parametrize("signed, better", [
    # thirteen warnings retold: a term and a thanks kept in words of the reply's own
    ("ни пратите подписана заявка", True),
    # … while a third kept („надлежно“) is the draft's style kept
    ("ни пратите надлежно подписана заявка", False),
])
def test_a_heavy_drafts_reply_keeps_a_warning_in_its_own_words_for_each_five(signed, better):
    reply = (
        f"Здравейте, господин Николов,\n\nСъжаляваме, че подмяната се забави и че {_MISSING}\n\nАко до 15.03.2026 г. "
        f"{signed}, ще сменим водомера в рамките на седем работни дни.\n\nБлагодарим Ви за разбирането.\n\n"
        "„Водоснабдяване Русе“ ЕАД"
    )
    assert ("not_better" not in problems_with("bg", _METER.format(closing=_THANKS), reply)) is better


@pytest.mark.parametrize("closing, better", [
    # the draft's closing formula said as another, with a thanks for the letter
    (_THANKS, True),
    # … while after a draft with none the formulas are the reply's own
    ("", False),
])
def test_a_closing_formula_swapped_for_another_is_the_drafts_own(closing, better):
    reply = (
        f"Здравейте, господин Николов,\n\nБлагодарим Ви за сигнала. Съжаляваме, че {_MISSING}\n\nПратете ни подписана "
        "заявка в срок до 15.03.2026 г. и ще сменим водомера за 7 работни дни.\n\nБлагодарим Ви, че ползвате услугите "
        "ни.\n\n„Водоснабдяване Русе“ ЕАД"
    )
    assert ("not_better" not in problems_with("bg", _METER.format(closing=closing), reply)) is better
