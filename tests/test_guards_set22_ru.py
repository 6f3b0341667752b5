"""Guard set 22's Russian classes, in other domains and both languages: a reply laid out under markup headings,
a reply cut off on a label whose value never came («…, тел.»), and a free service or a contact the draft already
offers in its own words («за счёт нашей компании», «Вас известят»)."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

# A piano tuner's visit moved; the reply keeps every part and fact, only its layout differs.
TUNING = {
    "ru": ("Здравствуйте, Ольга!\nНастройка рояля 12.03 отменена в связи с болезнью настройщика.\nПриносим извинения.\n"
           "Настройщик приедет 19.03 в 15:00, тел. 8 (800) 555-12-40.\nСпасибо за понимание!",
           ["Здравствуйте, Ольга!", "Простите: 12.03 настройки не было, потому что настройщик заболел.",
            "Настройщик приедет 19.03 в 15:00, его телефон 8 (800) 555-12-40.", "Спасибо за понимание!"]),
    "bg": ("Здравейте, Олга!\nАкордирането на пианото на 12.03 е отменено поради заболяване на акордьора.\n"
           "Поднасяме извинения.\nАкордьорът ще дойде на 19.03 в 15:00, тел. 0700 12 340.\nБлагодарим за разбирането!",
           ["Здравейте, Олга!", "Извинете: на 12.03 акордиране нямаше, защото акордьорът се разболя.",
            "Акордьорът ще дойде на 19.03 в 15:00, телефонът му е 0700 12 340.", "Благодарим за разбирането!"]),
}
HEADINGS = {
    "ru": ["## Что случилось", "**Что будет дальше**", "### Контакты:"],
    "bg": ["## Какво се случи", "**Какво следва**", "__Контакти__"],
}


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_bold_word_inside_a_line_is_no_heading(lang):
    draft, lines = TUNING[lang]
    bold = lines[2].replace("19.03", "**19.03**")
    assert "shape_markup" not in problems_with(lang, draft, "\n\n".join([*lines[:2], bold, lines[3]]))
    assert problems_with(lang, draft, "\n\n".join(lines)) == {}


# The last line cut right after a label, its phone, street or example never written.
LABEL_CUT = {
    "ru": ["Если что-то изменится, звоните настройщику, тел.", "Он приедет к вам на ул.", "Подготовьте, напр."],
    "bg": ["Ако нещо се промени, звънете на акордьора, тел.", "Той ще дойде на ул.", "Подгответе, напр."],
}


@pytest.mark.parametrize(("problem", "extras", "at_end"), [("shape_markup", HEADINGS, False), ("shape_truncated", LABEL_CUT, True)])
@pytest.mark.parametrize("lang", ["ru", "bg"])
@pytest.mark.parametrize("at", [0, 1, 2])
def test_a_reply_under_markup_headings_or_cut_after_a_label_is_refused_by_shape(problem, extras, at_end, lang, at):
    draft, lines = TUNING[lang]
    extra = extras[lang][at]
    reply = "\n\n".join([*lines[:3], extra] if at_end else [lines[0], extra, *lines[1:]])
    assert list(problems_with(lang, draft, reply))[:1] == [problem]


PHONE = {"ru": "8 (800) 555-12-40", "bg": "0700 12 340"}


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_label_with_its_value_ends_a_reply(lang):
    draft, lines = TUNING[lang]
    reply = "\n\n".join([*lines[:3], f"{LABEL_CUT[lang][0]} {PHONE[lang]}"])
    assert "shape_truncated" not in problems_with(lang, draft, reply)


# What the draft already offers, said in its own words and in the reply's: a cost borne by «нашей компании»
# (a word between «за счёт» and the business), a call announced by an impersonal «Вас известят».
OFFERED = [
    ("ru", "free", "Замена стекла будет выполнена 14.05 за счёт нашей мастерской.", "Стекло заменим 14.05 бесплатно."),
    ("ru", "free", "Вывоз строительного мусора производится за счёт самого подрядчика.", "Мусор вывезем за свой счёт."),
    ("ru", "contact", "О времени доставки Вас известят накануне.", "Накануне мы позвоним и скажем, когда привезём."),
    ("ru", "contact", "О переносе занятия вы будете извещены по почте.", "О переносе занятия мы напишем вам на почту."),
    ("bg", "free", "Подмяната на стъклото ще бъде извършена на 14.05 за сметка на нашата работилница.",
     "Ще сменим стъклото на 14.05 безплатно."),
    ("bg", "contact", "За часа на доставката ще Ви известят предишния ден.",
     "Предишния ден ще Ви се обадим и ще кажем кога ще я донесем."),
]


@pytest.mark.parametrize(("lang", "kind", "draft", "reply"), OFFERED)
def test_what_the_draft_offers_in_its_own_words_is_no_new_promise(lang, kind, draft, reply):
    assert kind not in promised_anew(lang, draft, reply)
    assert kind in promised_anew(lang, "Здравствуйте!" if lang == "ru" else "Здравейте!", reply)


# The customer's own business paying is no free service of ours.
def test_a_cost_borne_by_the_customers_company_is_not_free():
    assert "free" not in promised_anew("ru", "Здравствуйте!", "Доставка оборудования — за счёт вашей компании.")
