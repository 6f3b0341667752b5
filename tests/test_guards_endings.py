"""How a reply ends and what it keeps: a closing dropped for contact details, a remedy step left out,
a cut in the middle of a fact, a note on the edit in brackets; and complete replies that end on the
draft's own signature passing."""
from __future__ import annotations

import pytest

from guard_checks import problems_with
from rewriter.guards import clean_reply

DRAFTS = {
    "ru": (
        "Уважаемый Глеб Аркадьевич!\n"
        "Приносим извинения за задержку ремонта кровли.\n"
        "Сообщаем, что работы по договору № КР-7714 были приостановлены в связи с поставкой бракованной черепицы.\n"
        "Бракованная черепица будет заменена поставщиком за его счёт в кратчайшие сроки.\n"
        "Работы возобновятся 14.05, бригада прибудет к 8:30.\n"
        "По вопросам обращайтесь к прорабу Денису Лаврову, тел. +7 (846) 211-40-57.\n"
        "С уважением, кровельная компания «Зенит»"
    ),
    "bg": (
        "Уважаема г-жо Петкова,\n"
        "Поднасяме извинения за забавянето на ремонта на покрива.\n"
        "Уведомяваме Ви, че работата по договор № ПК-4408 е спряна поради доставка на дефектни керемиди.\n"
        "Дефектните керемиди ще бъдат подменени от доставчика за негова сметка в най-кратък срок.\n"
        "Работата ще продължи на 14.05, екипът ще пристигне в 8:30 ч.\n"
        "За въпроси се обръщайте към бригадира Димитър Лазаров, тел. 0887 214 905.\n"
        "С уважение, покривна фирма „Зенит“"
    ),
}
GOOD = {
    "ru": (
        "Здравствуйте, Глеб Аркадьевич!\n"
        "Простите, что ремонт кровли затянулся. Мы остановили работы по договору № КР-7714: поставщик привёз бракованную черепицу.\n"
        "Поставщик заменит бракованную черепицу за свой счёт как можно скорее.\n"
        "Мы продолжим 14.05 — бригада приедет к 8:30.\n"
        "Прораб на объекте — Денис Лавров, +7 (846) 211-40-57.\n"
        "С уважением, кровельная компания «Зенит»"
    ),
    "bg": (
        "Здравейте, г-жо Петкова,\n"
        "Съжаляваме, че ремонтът на покрива изостана от графика. "
        "Спряхме работата по договор № ПК-4408, защото доставчикът ни достави дефектни керемиди.\n"
        "Доставчикът ще подмени дефектните керемиди за своя сметка.\n"
        "Продължаваме на 14.05 — екипът ще пристигне в 8:30 ч.\n"
        "Бригадир на обекта е Димитър Лазаров, 0887 214 905.\n"
        "С уважение, покривна фирма „Зенит“"
    ),
}


def problems(lang: str, reply: str, draft: str = "") -> dict[str, tuple[str, ...]]:
    return problems_with(lang, draft or DRAFTS[lang], clean_reply(reply))


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_reply_that_keeps_every_step_and_signs_off_passes(lang):
    assert problems(lang, GOOD[lang]) == {}


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_reply_that_ends_on_contact_details_drops_the_drafts_closing(lang):
    without_sign_off = GOOD[lang].rsplit("\n", 1)[0]
    assert "closing" in problems(lang, without_sign_off).get("parts_missing", ())


@pytest.mark.parametrize("lang, farewell", [("ru", "Спасибо за терпение!"), ("bg", "Благодарим за търпението!")])
def test_a_reply_that_ends_with_a_farewell_of_its_own_keeps_the_closing(lang, farewell):
    reply = GOOD[lang].rsplit("\n", 1)[0] + "\n" + farewell
    assert "parts_missing" not in problems(lang, reply)


@pytest.mark.parametrize("lang, step", [
    ("ru", "Поставщик заменит бракованную черепицу за свой счёт как можно скорее.\n"),
    ("bg", "Доставчикът ще подмени дефектните керемиди за своя сметка.\n"),
])
def test_a_reply_that_leaves_out_a_step_of_the_remedy_with_no_fact_in_it_is_rejected(lang, step):
    reply = GOOD[lang].replace(step, "")
    assert "remedy" in problems(lang, reply).get("parts_missing", ())


@pytest.mark.parametrize("lang, cut", [
    ("ru", "Прораб на объекте — Денис Лавров, +7 (846) 21"),
    ("bg", "Бригадир на обекта е Димитър Лазаров, 0887 21"),
])
def test_a_reply_cut_in_the_middle_of_a_phone_is_rejected_by_the_shape_guard_alone(lang, cut):
    head = GOOD[lang].split(cut[:20])[0]
    assert problems(lang, head + cut) == {"shape_truncated": ()}


@pytest.mark.parametrize("lang, note", [
    ("ru", "(здесь я смягчил «в связи с поставкой», чтобы звучало теплее)"),
    ("bg", "(тук опростих „поради доставка“, за да звучи по-топло)"),
    ("ru", "(так понятнее клиенту, без канцелярского оборота)"),
    ("bg", "(така е по-ясно за клиента, без канцеларския тон)"),
])
def test_a_note_on_the_edit_in_brackets_inside_the_reply_is_rejected(lang, note):
    lines = GOOD[lang].split("\n")
    lines[1] = lines[1].rstrip(".") + " " + note + "."
    assert "shape_commentary" in problems(lang, "\n".join(lines))


@pytest.mark.parametrize("lang, sign_off", [("ru", "С уважением, ваш кровлесервис"), ("bg", "Поздрави, Вашите керемидчии")])
def test_a_reply_that_ends_on_the_drafts_own_signature_is_not_cut_off(lang, sign_off):
    draft = DRAFTS[lang].rsplit("\n", 1)[0] + "\n" + sign_off
    reply = GOOD[lang].rsplit("\n", 1)[0] + "\n" + sign_off
    assert "shape_truncated" not in problems(lang, reply, draft)


SIGNED = {"ru": ("Желаем вам хорошего и спокойного лета!", "С уважением, бригада кровельщиков"),
          "bg": ("Пожелаваме Ви хубава и спокойна почивка!", "С уважение, екипът на покривната фирма")}


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_closing_wish_with_the_drafts_signature_on_the_same_line_is_not_cut_off(lang):
    wish, signature = SIGNED[lang]
    draft = DRAFTS[lang].rsplit("\n", 1)[0] + "\n" + signature
    who = signature.split(", ", 1)[1]
    reply = GOOD[lang].rsplit("\n", 1)[0] + f"\n{wish} {who[0].upper()}{who[1:]}"
    assert "shape_truncated" not in problems(lang, reply, draft)


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_line_after_a_closing_wish_that_stops_inside_the_drafts_signature_is_cut_off(lang):
    wish, signature = SIGNED[lang]
    draft = DRAFTS[lang].rsplit("\n", 1)[0] + "\n" + signature
    cut = signature.split(", ", 1)[1].rsplit(" ", 1)[0]
    reply = GOOD[lang].rsplit("\n", 1)[0] + f"\n{wish} {cut[0].upper()}{cut[1:]} и"
    assert "shape_truncated" in problems(lang, reply, draft)


@pytest.mark.parametrize("lang, heading", [
    ("ru", "Изменения по сравнению с черновиком:"),
    ("ru", "Правки относительно исходного текста:"),
    ("ru", "Что изменено в сравнении с оригиналом:"),
    ("bg", "Промени спрямо черновата:"),
    ("bg", "Промените в сравнение с оригиналния текст:"),
    ("bg", "Changes from the original:"),
])
def test_a_list_of_changes_headed_against_the_draft_inside_the_reply_is_rejected(lang, heading):
    items = {"ru": "- убрал канцелярит;\n- сохранил все даты и суммы.", "bg": "- махнах канцеларските изрази;\n- запазих датите."}
    assert "shape_commentary" in problems(lang, f"{GOOD[lang]}\n\n{heading}\n{items[lang]}")


@pytest.mark.parametrize("lang, line", [
    ("ru", "Изменения в расписании: с 5 мая мы открываемся в 9:00."),
    ("bg", "Промени в графика: от 5 май отваряме в 9:00."),
])
def test_a_change_of_the_customers_plan_told_in_the_reply_is_no_commentary(lang, line):
    assert "shape_commentary" not in problems(lang, f"{GOOD[lang]}\n{line}")


@pytest.mark.parametrize("lang, draft_sign_off, reply_sign_off", [
    ("ru", "С уважением,", "С наилучшими пожеланиями,"),
    ("bg", "Сърдечни поздрави,", "С уважение,"),
])
def test_a_reply_that_leaves_the_name_under_its_sign_off_to_the_mail_program_as_its_draft_does_is_not_cut_off(
    lang, draft_sign_off, reply_sign_off
):
    draft = DRAFTS[lang].rsplit("\n", 1)[0] + "\n\n" + draft_sign_off
    reply = GOOD[lang].rsplit("\n", 1)[0] + "\n\n" + reply_sign_off
    assert "shape_truncated" not in problems(lang, reply, draft)


@pytest.mark.parametrize("lang, sign_off", [("ru", "С уважением,"), ("bg", "С уважение,")])
def test_a_reply_that_stops_on_a_bare_sign_off_where_its_draft_signs_with_a_name_is_cut_off(lang, sign_off):
    reply = GOOD[lang].rsplit("\n", 1)[0] + "\n" + sign_off
    assert "shape_truncated" in problems(lang, reply)
