"""Guards and replies that say the draft's content in other words: a fault of the draft's own kind
reworded, a repair said with a synonym, advice to the customer as a step, a closing wish without the
sender's town; and what they still stop: another kind of fault, a dropped advice, a word cut short,
a Bulgarian word in a Russian reply."""
from __future__ import annotations

import pytest

from guard_checks import LINTER, problems_with

DRAFT = {
    "ru": "Уважаемый Олег!\nПриносим извинения за доставленные неудобства. В связи с поломкой холодильника на складе доставка "
          "продуктов 12.04 осуществлена не будет.\nДля выбора новой даты Вам необходимо позвонить по тел. 8 800 555-12-12.\n"
          "Благодарим за понимание.\nС уважением, магазин «Фрукт»",
    "bg": "Уважаеми г-н Петров,\nПоднасяме извинения за причиненото неудобство. Нашият хладилник на склада се повреди и не можем "
          "да извършим доставката на продуктите на 12.04.\nЗа избор на нова дата е необходимо да се обадите на тел. 0800 12 345.\n"
          "Благодарим за разбирането.\nС уважение, магазин „Плод“",
}
# the draft's formulaic apology said as another formula of the same kind; the rest plain
REWORDED = {
    "ru": "Здравствуйте, Олег!\nИзвините нас за эту ситуацию. У нас на складе сломался холодильник, поэтому 12.04 мы не сможем "
          "привезти продукты.\nПозвоните, пожалуйста, по тел. 8 800 555-12-12, и мы подберём новую дату.\nСпасибо, что вы с нами!\n"
          "Магазин «Фрукт»",
    "bg": "Здравейте, г-н Петров,\nИзвиняваме се за създалата се ситуация. На склада ни се развали хладилникът и на 12.04 няма да "
          "можем да ви доставим продуктите.\nОбадете се, моля, на тел. 0800 12 345 и ще изберем нова дата.\nБлагодарим ви, че сте с нас!\n"
          "Магазин „Плод“",
}
# the same reply with an agentless passive instead: a fault of a kind the draft did not have
EVASIVE = {
    "ru": ("Извините нас за эту ситуацию. У нас на складе сломался холодильник, поэтому 12.04 мы не сможем привезти продукты.",
           "Просим прощения. Холодильник на складе сломался, поэтому доставка 12.04 была отменена."),
    "bg": ("Извиняваме се за създалата се ситуация. На склада ни се развали хладилникът и на 12.04 няма да можем "
           "да ви доставим продуктите.",
           "Извинете ни. Хладилникът на склада ни се развали и доставката на 12.04 беше отменена."),
}


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_reply_that_rewords_the_drafts_only_fault_as_another_of_its_kind_is_better(lang):
    draft_rules = {f.rule for f in LINTER.lint(DRAFT[lang], lang).findings if f.severity == "error"}
    reply_errors = [f for f in LINTER.lint(REWORDED[lang], lang).findings if f.severity == "error"]
    assert len(draft_rules) == 1 and len(reply_errors) == 1 and reply_errors[0].rule not in draft_rules
    assert problems_with(lang, DRAFT[lang], REWORDED[lang]) == {}


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_reply_that_trades_the_drafts_fault_for_one_of_another_kind_is_no_better(lang):
    reply = REWORDED[lang].replace(*EVASIVE[lang])
    assert reply != REWORDED[lang]
    assert list(problems_with(lang, DRAFT[lang], reply)) == ["not_better"]


ADVICE = {
    "ru": ("Уважаемая Анна!\nРассмотрение Вашей заявки № 5512 отложено, так как банк ещё не прислал выписку.\n"
           "Решение будет направлено Вам не позднее 20.05. Для ускорения рекомендуется загрузить в личный кабинет копию "
           "диплома по адресу https://lk.example.ru.\nС уважением, приёмная комиссия"),
    "bg": ("Уважаема г-жо Иванова,\nРазглеждането на заявлението Ви № 5512 е отложено, тъй като банката още не е изпратила "
           "извлечението.\nРешението ще Ви бъде изпратено до 20.05. За по-бързо разглеждане е препоръчително да качите в "
           "профила си копие от дипломата на адрес https://lk.example.bg.\nС уважение, приемна комисия"),
}
ADVICE_DROPPED = {
    "ru": "Здравствуйте, Анна!\nМы пока не рассмотрели заявку № 5512: банк ещё не прислал выписку.\nРешение пришлём не позднее 20.05.\n"
          "С уважением, приёмная комиссия",
    "bg": "Здравейте, г-жо Иванова,\nОще не сме разгледали заявлението ви № 5512: банката не е изпратила извлечението.\n"
          "Решението ще ви изпратим до 20.05.\nС уважение, приемна комисия",
}


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_advice_to_the_customer_is_a_step_of_the_remedy_a_reply_may_not_drop(lang):
    assert LINTER.lint(ADVICE[lang], lang).sections.get("remedy")
    assert "parts_missing" in problems_with(lang, ADVICE[lang], ADVICE_DROPPED[lang])


REPAIRED = {
    "ru": ("Уважаемый Павел!\nПриносим извинения за задержку. Ремонт велосипеда не был выполнен в срок из-за поломки станка.\n"
           "В настоящее время станок отремонтирован, работы будут завершены до 14.06.\nС уважением, веломастерская «Спица»",
           "Здравствуйте, Павел!\nПростите, что задержали ремонт велосипеда: у нас сломался станок.\n"
           "Станок уже починили, и до 14.06 мы всё закончим.\nВеломастерская «Спица»"),
    "bg": ("Уважаеми г-н Павлов,\nПоднасяме извинения за забавянето. Ремонтът на велосипеда не беше извършен навреме поради повреда "
           "на машината.\nВ момента машината е ремонтирана и работата ще бъде завършена до 14.06.\nС уважение, веломагазин „Спица“",
           "Здравейте, г-н Павлов,\nИзвинете ни за забавянето: машината ни се повреди и не успяхме да ремонтираме велосипеда навреме.\n"
           "Вече поправихме машината и до 14.06 ще приключим.\nВеломагазин „Спица“"),
}


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_repair_and_its_end_said_with_other_verbs_keep_the_remedy(lang):
    draft, reply = REPAIRED[lang]
    assert "parts_missing" not in problems_with(lang, draft, reply)


TOWN_IN_CLOSING = {
    "ru": ("Уважаемый Игорь!\nСтолик на 19:00 15.03 подтверждён.\nЖдём Вас в ресторане «Причал», Самара.",
           "Здравствуйте, Игорь!\nВаш столик на 19:00 15.03 подтверждён.\nЖдём вас в «Причале»!",
           "Здравствуйте, Игорь!\nВаш столик на 19:00 15.03 подтверждён.\nЖдём вас в «Причале», Тольятти!"),
    "bg": ("Уважаеми г-н Иванов,\nМасата за 19:00 на 15.03 е потвърдена.\nОчакваме Ви в ресторант „Кея“, Бургас.",
           "Здравейте, г-н Иванов,\nМасата ви за 19:00 на 15.03 е потвърдена.\nОчакваме ви в „Кея“!",
           "Здравейте, г-н Иванов,\nМасата ви за 19:00 на 15.03 е потвърдена.\nОчакваме ви в „Кея“, Созопол!"),
}


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_the_senders_town_in_the_closing_wish_may_be_left_out_but_not_changed(lang):
    draft, without_town, other_town = TOWN_IN_CLOSING[lang]
    assert "facts_missing" not in problems_with(lang, draft, without_town)
    assert "facts_new" in problems_with(lang, draft, other_town)


CUT_IN_A_BRAND = {
    "ru": ("Уважаемая Мария!\nЗапись перенесена на 12.05. Ответьте на это письмо или напишите нам в Telegram: @salon_lotos.\n"
           "С уважением, салон «Лотос»",
           "Здравствуйте, Мария!\nМы перенесли запись на 12.05. Ответьте на это письмо или напишите нам в Teleg"),
    "bg": ("Уважаема г-жо Маринова,\nЧасът Ви е преместен на 12.05. Отговорете на това писмо или ни пишете във Viber: 0888 123 456.\n"
           "С уважение, салон „Лотос“",
           "Здравейте, г-жо Маринова,\nПреместихме часа ви на 12.05. Отговорете на това писмо или ни пишете във Vib"),
}


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_reply_cut_inside_a_latin_word_of_the_draft_is_cut_off(lang):
    draft, reply = CUT_IN_A_BRAND[lang]
    assert list(problems_with(lang, draft, reply)) == ["shape_truncated"]
    whole = reply.replace(reply.rsplit(" ", 1)[1], reply.rsplit(" ", 1)[1] + {"ru": "ram.", "bg": "er."}[lang])
    assert "shape_truncated" not in problems_with(lang, draft, whole)


def test_a_bulgarian_please_in_a_russian_reply_is_another_language():
    draft = "Уважаемый Иван!\nПросим прислать фото чека на help@shop.ru.\nС уважением, магазин «Дом»"
    reply = "Здравствуйте, Иван!\nМоля, пришлите фото чека на help@shop.ru.\nМагазин «Дом»"
    assert problems_with("ru", draft, reply)["language_wrong"] == ("Моля",)
    assert "language_wrong" not in problems_with("ru", draft, reply.replace("Моля", "Пожалуйста"))
