"""Facts and apologies a reply writes otherwise than its draft (guard set 18's Russian classes, written
anew in other domains, both languages): a Latin abbreviation joined to a common noun is no name, a
surname may be left out where the reply keeps the first name, a code may be spaced or joined, and regret
before the news that an event fell through is no refusal; and what the guards still stop."""
from __future__ import annotations

import pytest

from guard_checks import LINTER, problems_with

SIGN = {"ru": "С уважением, сервис «Дом»", "bg": "С уважение, сервиз „Дом“"}
BODY = {"ru": "Мастер приедет 12.04.", "bg": "Техникът ще дойде на 12.04."}
GREETING = {"ru": ("Уважаемый Олег!", "Олег, здравствуйте!"), "bg": ("Уважаеми г-н Колев,", "Здравейте, г-н Колев,")}


def _facts_guard(lang: str, draft_body: str, reply_body: str) -> dict[str, tuple[str, ...]]:
    draft = f"{GREETING[lang][0]}\n{draft_body}\n{SIGN[lang]}"
    reply = f"{GREETING[lang][1]}\n{reply_body}\n{SIGN[lang]}"
    return {k: v for k, v in problems_with(lang, draft, reply).items() if k.startswith("facts")}


@pytest.mark.parametrize("lang, draft, reply", [
    ("ru", "Вам будет направлено SMS-уведомление о доставке 12.04.", "12.04 мы пришлём вам SMS о доставке."),
    ("ru", "Билет 14.05 отправлен в виде PDF-файла.", "Билет на 14.05 мы отправили вам файлом."),
    ("ru", "Для входа 03.06 предъявите QR-код из письма.", "Чтобы пройти 03.06, покажите код из письма."),
    ("ru", "Роутер для тарифа от 01.09 подключается через USB-кабель.", "Роутер для тарифа от 01.09 подключается кабелем."),
    ("ru", "Вопросы по заказу от 22.11 решает наш IT-отдел.", "С заказом от 22.11 поможет наш отдел IT."),
    ("bg", "Ще получите SMS-известие за доставката на 12.04.", "На 12.04 ще ви изпратим SMS за доставката."),
    ("bg", "Билетът за 14.05 е изпратен като PDF-файл.", "Билетът за 14.05 ви го изпратихме като файл."),
    ("bg", "За влизане на 03.06 покажете QR-кода от писмото.", "На 03.06 покажете кода от писмото."),
])
def test_a_latin_abbreviation_joined_to_a_common_noun_is_no_name_to_keep(lang, draft, reply):
    assert _facts_guard(lang, draft, reply) == {}


@pytest.mark.parametrize("lang, draft, reply, new", [
    ("ru", "Заказ 12.04 привезёт курьер Денис Журавлёв.", "Заказ 12.04 привезёт наш курьер Денис.", None),
    ("ru", "Ваша дочь, Полина Серова, записана на курс с 03.02.", "Ваша дочь Полина записана на курс с 03.02.", None),
    ("ru", "Консультацию 18.09 проведёт юрист Марина Зотова.", "18.09 с вами поговорит наш юрист Марина.", None),
    ("ru", "Заказ 12.04 привезёт курьер Денис Журавлёв.", "Заказ 12.04 привезёт курьер Денис Жаров.", "Жаров"),
    ("bg", "Поръчката на 12.04 ще донесе куриерът Иван Стоянов.", "Поръчката на 12.04 ще ви донесе куриерът Иван.", None),
    ("bg", "Дъщеря Ви, Мария Петрова, е записана за курса от 03.02.", "Дъщеря Ви Мария е записана за курса от 03.02.", None),
    ("bg", "Поръчката на 12.04 ще донесе куриерът Иван Стоянов.", "Поръчката на 12.04 ще донесе куриерът Иван Стойчев.", "Стойчев"),
])
def test_a_surname_may_be_left_out_where_the_reply_keeps_the_first_name_but_not_changed(lang, draft, reply, new):
    assert _facts_guard(lang, draft, reply) == ({"facts_new": (new,)} if new else {})


@pytest.mark.parametrize("lang, customer, greeting", [("ru", "Уважаемая Анна Петровна!", "Анна, здравствуйте!"),
                                                      ("bg", "Уважаема Анна Петрова,", "Здравейте, Анна,")])
def test_the_customers_full_name_on_the_greeting_line_is_kept_whole(lang, customer, greeting):
    dropped = problems_with(lang, f"{customer}\n{BODY[lang]}\n{SIGN[lang]}", f"{greeting}\n{BODY[lang]}\n{SIGN[lang]}")
    assert dropped["facts_missing"] == (customer.split()[-1].strip("!,"),)


@pytest.mark.parametrize("lang, draft, reply, changed", [
    ("ru", "Знаки для автомобиля А 123 ВС 77 готовы.", "Знаки для машины А123ВС77 готовы.", False),
    ("ru", "Пропуск выдан на машину А123ВС77.", "Пропуск выдан на машину А 123 ВС 77.", False),
    ("ru", "Полис оформлен на прицеп ЕК 4512 50.", "Полис оформлен на прицеп ЕК451250.", False),
    ("ru", "Знаки для автомобиля А 123 ВС 77 готовы.", "Знаки для машины А124ВС77 готовы.", True),
    ("bg", "Номерът за автомобил СА 1234 ВК е готов.", "Номерът за колата СА1234ВК е готов.", False),
    ("bg", "Пропускът е за кола СА1234ВК.", "Пропускът е за кола СА 1234 ВК.", False),
    ("bg", "Номерът за автомобил СА 1234 ВК е готов.", "Номерът за колата СА1235ВК е готов.", True),
])
def test_a_code_spaced_or_joined_is_the_same_code(lang, draft, reply, changed):
    assert bool(_facts_guard(lang, draft, reply)) is changed


# the draft offers a refund or another visit under a condition; the reply asks the customer to choose
CHOICE = {
    "ru": ("Уважаемый Олег!\nПриносим извинения. По Вашему выбору 4 000 руб. будут возвращены на карту в течение 10 дней либо "
           "визит может быть перенесён на любой день до 31.12 при условии согласования времени по телефону 8 800 555-12-12.\n"
           "С уважением, музей «Дом»",
           "Олег, здравствуйте!\nПростите нас. Выберите, как вам удобнее: мы вернём 4 000 руб. на карту в течение 10 дней или вы "
           "придёте в любой день до 31.12, согласовав время по телефону 8 800 555-12-12.\nМузей «Дом»",
           "Олег, здравствуйте!\nПростите нас. Выберите, как вам удобнее: мы вернём 4 000 руб. на карту в течение 3 дней или вы "
           "придёте в любой день до 31.12, согласовав время по телефону 8 800 555-12-12.\nМузей «Дом»"),
    "bg": ("Уважаеми г-н Колев,\nПоднасяме извинения. По Ваш избор 40 евро ще бъдат върнати по картата в срок до 10 дни или "
           "посещението може да се премести за всеки ден до 31.12 при условие, че съгласувате часа на тел. 0800 12 345.\n"
           "С уважение, музей „Дом“",
           "Здравейте, г-н Колев,\nИзвинете ни. Изберете как Ви е по-удобно: ще върнем 40 евро по картата Ви до 10 дни или ще дойдете "
           "в друг ден до 31.12, като съгласувате часа на тел. 0800 12 345.\nМузей „Дом“",
           "Здравейте, г-н Колев,\nИзвинете ни. Изберете как Ви е по-удобно: ще върнем 40 евро по картата Ви до 3 дни или ще дойдете "
           "в друг ден до 31.12, като съгласувате часа на тел. 0800 12 345.\nМузей „Дом“"),
}


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_choice_the_customer_is_asked_to_make_keeps_the_drafts_condition(lang):
    draft, reply, other_term = CHOICE[lang]
    assert "commitments_new" not in problems_with(lang, draft, reply)
    assert problems_with(lang, draft, other_term)["commitments_new"] == ("deadline",)


@pytest.mark.parametrize("lang, category, text, flagged", [
    # regret before the news that an event fell through is no refusal
    ("ru", "non_apology", "Нам очень жаль, но мастер-класс 5 мая не состоится: шеф-повар заболел.", False),
    ("ru", "non_apology", "Мне жаль, но вылет на воздушном шаре вчера не получился: был сильный ветер.", False),
    ("ru", "non_apology", "Очень жаль, но поход в горы в субботу не удался: тропу закрыли спасатели.", False),
    ("ru", "non_apology", "Нам жаль, но вернуть деньги за мастер-класс не получится.", True),
    ("ru", "non_apology", "Очень жаль, но перенести поход уже не удастся.", True),
    ("bg", "non_apology", "Много съжаляваме, но майсторският клас на 5 май няма да се състои: готвачът е болен.", False),
    ("bg", "non_apology", "Съжаляваме за отменения клас, но парите не могат да бъдат върнати.", True),
    # an event that fell through as the consequence of a cause told just before is no evasion
    ("ru", "evasion", "Мы закрыли бассейн на откачку воды. Поэтому ваша тренировка в 18:00 не состоялась.", False),
    ("ru", "evasion", "У нашего автобуса лопнуло колесо, из-за этого экскурсия в Тверь сорвалась.", False),
    ("ru", "evasion", "Мы перепутали даты в графике, поэтому ваша консультация задержалась на час.", False),
    ("ru", "evasion", "Мы закрыли каток на заливку льда. Поэтому ваш сеанс по билету № 5521 не состоялся.", False),
    ("ru", "evasion", "Ваш сеанс по билету № 5521 не состоялся.", True),
    ("ru", "evasion", "Ваша тренировка в 18:00 не состоялась.", True),
    ("ru", "evasion", "Экскурсия в Тверь сорвалась.", True),
    ("bg", "evasion", "Затворихме басейна заради теч. Затова тренировката Ви в 18:00 не се състоя.", False),
    ("bg", "evasion", "Тренировката Ви в 18:00 беше отменена.", True),
])
def test_the_lint_reads_regret_and_consequence_as_the_reply_means_them(lang, category, text, flagged):
    assert any(f.category == category for f in LINTER.lint(text, lang).findings) is flagged
