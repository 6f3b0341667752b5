"""The guards on a model's reply: each rejects what it should, in both languages, and a good reply passes."""
from __future__ import annotations

from pathlib import Path

import pytest

from guard_checks import LINTER, problems_with
from replies import DRAFT, GOOD, NO_APOLOGY, OTHER, PROMISES_DEADLINE, PROMISES_DISCOUNT, PROMISES_REFUND, STILL_EVASIVE
from rewriter import Config, Linter
from rewriter.guards import check_reply, clean_reply, guarded_draft

LANGS = ["ru", "bg"]


def problems(lang: str, reply: str, cut_off: bool = False) -> dict[str, tuple[str, ...]]:
    draft = guarded_draft(DRAFT[lang], LINTER.lint(DRAFT[lang], lang))
    return {r.problem: r.details for r in check_reply(draft, reply, LINTER, cut_off)}


@pytest.mark.parametrize("lang", LANGS)
def test_a_good_reply_passes_every_guard(lang):
    assert problems(lang, GOOD[lang]) == {}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("wrapped", [
    "Конечно! Вот переписанный ответ:\n\n{reply}\n\nНадеюсь, этот вариант подойдёт.",
    "Ето преработения отговор:\n{reply}",
    "Sure! Here is the rewritten reply:\n\n```\n{reply}\n```\n\nLet me know if you want it shorter.",
    "```text\n{reply}\n```",
    "«{reply}»",
    "<<<DRAFT 0123abcd>>>\n{reply}\n<<<END 0123abcd>>>",
    "{reply}\n\n---\nНадеюсь, этот вариант вам подойдёт.",
    "Ето по-топъл вариант:\n***\n{reply}\n***\nАко искате, мога да го съкратя още.",
    "Вот вариант:\n___\n{reply}\n===",
])
def test_wrapper_chatter_is_stripped_and_the_reply_kept_exactly(lang, wrapped):
    assert clean_reply(wrapped.format(reply=GOOD[lang])) == GOOD[lang]


def test_a_closing_that_wishes_well_is_not_mistaken_for_chatter():
    reply = "Здравствуйте! Мы вернули 500 руб. на карту.\nНадеюсь, это поможет!"
    assert clean_reply(reply) == reply


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("reply", ["", "   \n", "```\n```", "Конечно! Вот вариант:"])
def test_an_empty_reply_is_rejected(lang, reply):
    assert problems(lang, clean_reply(reply)) == {"shape_empty": ()}


@pytest.mark.parametrize("lang", LANGS)
def test_a_reply_cut_off_by_the_token_limit_is_rejected(lang):
    assert "shape_truncated" in problems(lang, GOOD[lang], cut_off=True)


@pytest.mark.parametrize("lang", LANGS)
def test_a_reply_ending_on_a_comma_is_rejected_as_cut_off(lang):
    assert "shape_truncated" in problems(lang, GOOD[lang].rsplit("\n\n", 1)[0].rstrip(".") + ",")


@pytest.mark.parametrize("lang", LANGS)
def test_a_reply_far_longer_than_the_draft_is_rejected(lang):
    assert "shape_too_long" in problems(lang, "\n\n".join([GOOD[lang]] * 8))


@pytest.mark.parametrize("lang", LANGS)
def test_a_changed_order_number_is_rejected_as_both_missing_and_new(lang):
    found = problems(lang, GOOD[lang].replace("48213", "48231"))
    assert found["facts_missing"] == ("№ 48213",) and found["facts_new"] == ("№ 48231",)


@pytest.mark.parametrize("lang", LANGS)
def test_a_dropped_date_is_rejected(lang):
    found = problems(lang, GOOD[lang].replace(" на 15.03", "").replace(" за 15.03", ""))
    assert found == {"facts_missing": ("15.03",)}


@pytest.mark.parametrize("lang", LANGS)
def test_a_new_amount_is_rejected(lang):
    found = problems(lang, GOOD[lang].replace("15.03.", "15.03, а 300 руб. доставки спишем.").replace("15.03.", "15.03."))
    assert any(fact.startswith("300") for fact in found["facts_new"])


@pytest.mark.parametrize("lang", LANGS)
def test_a_dropped_apology_is_rejected(lang):
    assert problems(lang, NO_APOLOGY[lang])["parts_missing"] == ("apology",)


@pytest.mark.parametrize("lang", LANGS)
def test_a_draft_answered_in_the_other_language_is_rejected(lang):
    assert problems(lang, GOOD[OTHER[lang]]) == {"language_wrong": ()}


@pytest.mark.parametrize("lang", LANGS)
def test_a_reply_in_english_is_rejected(lang):
    reply = "Hello Anna! Sorry, we let you down: order № 48213 will now arrive on 15.03. Have a nice day!"
    assert "language_wrong" in problems(lang, reply)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("replies, kind", [(PROMISES_REFUND, "refund"), (PROMISES_DEADLINE, "deadline"), (PROMISES_DISCOUNT, "discount")])
def test_a_promise_the_draft_never_made_is_rejected(lang, replies, kind):
    assert problems(lang, replies[lang]).get("commitments_new") == (kind,)


@pytest.mark.parametrize("lang", LANGS)
def test_a_promise_the_draft_makes_may_be_reworded(lang):
    draft_text = {"ru": "Возврат денежных средств будет осуществлён завтра.", "bg": "Връщането на сумата ще бъде извършено утре."}[lang]
    reply = {"ru": "Мы вернём деньги завтра. Простите нас!", "bg": "Ще Ви върнем парите утре. Извинете ни!"}[lang]
    draft = guarded_draft(draft_text, LINTER.lint(draft_text, lang))
    assert "commitments_new" not in {r.problem for r in check_reply(draft, reply, LINTER)}


@pytest.mark.parametrize("lang", LANGS)
def test_a_reply_that_keeps_the_evasion_is_not_better(lang):
    flagged = {"ru": "была перенесена", "bg": "беше отложена"}[lang]
    assert flagged in problems(lang, STILL_EVASIVE[lang])["not_better"]


@pytest.mark.parametrize("lang", LANGS)
def test_the_draft_sent_back_unchanged_is_not_better(lang):
    assert "not_better" in problems(lang, DRAFT[lang].strip())


def test_every_rejection_reads_as_a_sentence_for_the_agent():
    draft = guarded_draft(DRAFT["ru"], LINTER.lint(DRAFT["ru"], "ru"))
    notes = [r.note() for r in check_reply(draft, GOOD["ru"].replace("48213", "48231"), LINTER)]
    assert notes == ["facts of the draft were missing or changed: № 48213", "the reply had facts the draft doesn't: № 48231"]


@pytest.mark.parametrize("lang, changed", [("ru", ("Анна", "Аня")), ("bg", ("Мария", "Маша"))])
def test_a_customers_name_changed_is_rejected(lang, changed):
    found = problems(lang, GOOD[lang].replace(*changed))
    assert found == {"facts_missing": (changed[0],), "facts_new": (changed[1],)}


@pytest.mark.parametrize("lang, moved", [
    ("ru", ("Здравствуйте, Анна!", "Анна, здравствуйте!")),
    ("bg", ("Здравейте, Мария!", "Мария, здравейте!")),
])
def test_a_name_moved_to_the_start_of_a_sentence_is_kept(lang, moved):
    assert problems(lang, GOOD[lang].replace(*moved)) == {}


def test_a_name_in_another_case_is_kept():
    draft_text = "Анна, курьер не смог связаться с вами, поэтому доставка была перенесена."
    draft = guarded_draft(draft_text, LINTER.lint(draft_text, "ru"))
    reply = "Анна, простите: курьер не дозвонился, и мы перенесли доставку. Позвоним Анне ещё раз. Хорошего дня!"
    assert "facts_missing" not in {r.problem for r in check_reply(draft, reply, LINTER)}


@pytest.mark.parametrize("lang, added", [
    ("ru", ("на 15.03.", "на 15.03, её привезёт курьер Иван.")),
    ("bg", ("за 15.03.", "за 15.03, ще я донесе куриерът Иван.")),
])
def test_a_person_the_draft_never_named_is_rejected(lang, added):
    assert problems(lang, GOOD[lang].replace(*added)).get("facts_new") == ("Иван",)


@pytest.mark.parametrize("lang", LANGS)
def test_a_fact_said_twice_is_no_new_fact(lang):
    again = {
        "ru": "Ещё раз: заказ № 48213 приедет 15.03. Хорошего дня!",
        "bg": "Още веднъж: поръчка № 48213 пристига на 15.03. Приятен ден!",
    }[lang]
    reply = GOOD[lang].rsplit("\n\n", 1)[0] + "\n\n" + again
    assert "facts_new" not in problems(lang, reply) and "facts_missing" not in problems(lang, reply)


@pytest.mark.parametrize("lang", LANGS)
def test_what_only_the_agent_may_add_is_rejected_from_a_model(lang):
    """The bundled human reply adds a promo code, a discount and dates the draft never had: an agent
    may, a model may not."""
    examples = Path(__file__).parents[1] / "examples"
    draft_text = (examples / f"draft-{lang}.txt").read_text(encoding="utf-8")
    human = (examples / f"reply-{lang}.txt").read_text(encoding="utf-8").strip()
    draft = guarded_draft(draft_text, LINTER.lint(draft_text, lang))
    found = {r.problem: r.details for r in check_reply(draft, human, LINTER)}
    assert {"SORRY2000", "SORRY40"} & set(found["facts_new"]) and "discount" in found["commitments_new"]


def checked(lang: str, draft_text: str, reply: str, linter: Linter = LINTER) -> dict[str, tuple[str, ...]]:
    return problems_with(lang, draft_text, clean_reply(reply), linter)

# A common soft formula the lint calls an error, written by the model where the draft had none of it.
SOFT = {"ru": "Жаль, но раньше доставить не получится.", "bg": "Съжаляваме, но по-рано не можем да я доставим."}
CLOSING = {"ru": "\n\nХорошего дня!", "bg": "\n\nПриятен ден!"}


def with_soft(lang: str, reply: str) -> str:
    return reply.replace(CLOSING[lang], f" {SOFT[lang]}{CLOSING[lang]}")


@pytest.mark.parametrize("lang", LANGS)
def test_a_reply_that_fixes_every_error_of_a_draft_with_several_may_keep_one_soft_formula_of_its_own(lang):
    assert "not_better" not in checked(lang, DRAFT[lang], with_soft(lang, GOOD[lang]))


@pytest.mark.parametrize("lang", LANGS)
def test_trading_a_drafts_only_error_for_another_is_not_better(lang):
    assert "not_better" in checked(lang, STILL_EVASIVE[lang], with_soft(lang, GOOD[lang]))




@pytest.mark.parametrize("lang, reply, word", [
    ("bg", GOOD["bg"].replace("Извинете, подведохме Ви:", "Извинете, уже подведохме Ви:"), "уже"),
    ("bg", GOOD["bg"].replace("системата ни се повреди", "системата, который ползваме, се повреди"), "который"),
    ("bg", GOOD["bg"].replace("системата ни се повреди", "грузовикът ни се повреди"), "грузовикът"),
    ("ru", GOOD["ru"].replace("мы перенесли доставку", "мы вече перенесли доставку"), "вече"),
    ("ru", GOOD["ru"].replace("мы перенесли доставку", "мы сега перенесли доставку"), "сега"),
    ("ru", GOOD["ru"].replace("Хорошего дня!", "Спасибо за търпение!"), "търпение"),
    ("bg", GOOD["bg"].replace("Приятен ден!", "Приятен ден и большое благодаря!"), "большое"),
    ("bg", GOOD["bg"].replace("Приятен ден!", "Хорошего дня!"), "Хорошего"),
    ("ru", GOOD["ru"].replace("система учёта", "система в 数据中心"), "数据中心"),
    ("ru", GOOD["ru"].replace("Хорошего дня!", "Ваш запрос на refund принят. Хорошего дня!"), "refund"),
    ("bg", GOOD["bg"].replace("Приятен ден!", "Пишете ни, we're here 24/7!"), "we're"),
])
def test_a_reply_with_words_of_the_other_language_or_another_script_is_rejected(lang, reply, word):
    assert word in problems(lang, reply)["language_wrong"]


@pytest.mark.parametrize("lang, preface", [
    ("ru", "Черновик звучит слишком официально, вот вариант теплее:"),
    ("bg", "Черновата звучи твърде официално, ето по-топъл вариант:"),
])
def test_a_line_about_the_draft_before_the_reply_is_stripped(lang, preface):
    assert clean_reply(f"{preface}\n\n{GOOD[lang]}") == GOOD[lang]


@pytest.mark.parametrize("lang, note", [
    ("ru", "(Здесь я убрал формулировку «доводим до вашего сведения», чтобы звучало теплее.)"),
    ("bg", "[Тук махнах израза „уведомяваме Ви“, за да звучи по-топло.]"),
])
def test_a_note_about_the_edit_inside_the_reply_is_rejected(lang, note):
    head, tail = GOOD[lang].split("\n\n", 1)
    assert "shape_commentary" in problems(lang, f"{head}\n{note}\n\n{tail}")


@pytest.mark.parametrize("lang", LANGS)
def test_two_versions_instead_of_one_reply_are_rejected(lang):
    reply = f"**Вариант 1 (короче):**\n{GOOD[lang]}\n\n**Вариант 2:**\n{GOOD[lang]}"
    assert "shape_commentary" in problems(lang, reply)


@pytest.mark.parametrize("lang, ending", [
    ("ru", "Хорошего дня! Если что, звоните по номеру 8 (800)"),
    ("ru", "Хорошего дня! Доставка для вас беспл"),
    ("bg", "Приятен ден! Поддръжката ни работи денонощно на"),
    ("bg", "Приятен ден! Доставката е безпла"),
])
def test_a_reply_cut_mid_word_or_mid_sentence_is_rejected(lang, ending):
    closing = {"ru": "Хорошего дня!", "bg": "Приятен ден!"}[lang]
    assert "shape_truncated" in problems(lang, GOOD[lang].replace(closing, ending))


@pytest.mark.parametrize("lang, ending", [("ru", "С уважением, Анна"), ("bg", "Поздрави, Мария")])
def test_a_reply_ending_on_a_sign_off_without_a_full_stop_is_whole(lang, ending):
    assert "shape_truncated" not in problems(lang, GOOD[lang] + "\n" + ending)


PARTS_DRAFT = {
    "ru": "Здравствуйте! Простите за задержку. Доставка задержалась, так как курьер был направлен по старому адресу. "
          "Мы привезём заказ завтра. Хорошего дня!",
    "bg": "Здравейте! Извинете за забавянето. Доставката закъсня, тъй като куриерът беше изпратен на стария адрес. "
          "Ще доставим поръчката утре. Приятен ден!",
}


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Здравствуйте! Простите нас: мы отправили курьера по старому адресу. Привезём заказ завтра. Хорошего дня!"),
    ("bg", "Здравейте! Извинете ни: изпратихме куриера на стария адрес. Ще доставим поръчката утре. Приятен ден!"),
])
def test_an_explanation_kept_in_other_words_is_kept(lang, reply):
    assert "parts_missing" not in checked(lang, PARTS_DRAFT[lang], reply)


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Здравствуйте! Простите нас: доставка задержалась. Привезём заказ завтра. Хорошего дня!"),
    ("bg", "Здравейте! Извинете ни: доставката закъсня. Ще доставим поръчката утре. Приятен ден!"),
])
def test_a_reply_that_keeps_the_failure_but_drops_its_cause_is_rejected(lang, reply):
    assert checked(lang, PARTS_DRAFT[lang], reply)["parts_missing"] == ("explanation",)


@pytest.mark.parametrize("lang, draft_text, reply", [
    ("bg", "Здравейте! Извиняваме се. С оглед на Вашата заявка сменихме тарифата Ви от 1 март. Приятен ден!",
     "Здравейте! Извинете ни. Както поискахте в заявката си, сменихме тарифата Ви от 1 март. Приятен ден!"),
    ("ru", "Здравствуйте! Приносим извинения. В соответствии с вашей заявкой мы сменили тариф с 1 марта. Хорошего дня!",
     "Здравствуйте! Простите нас. Как вы и просили в заявке, мы сменили тариф с 1 марта. Хорошего дня!"),
])
def test_a_connector_of_the_draft_is_no_explanation_the_reply_must_keep(lang, draft_text, reply):
    assert "parts_missing" not in checked(lang, draft_text, reply)


@pytest.mark.parametrize("lang", LANGS)
def test_the_improvement_guard_agrees_with_check(lang):
    """What `rewrite --check` fails the guard rejects; with that rule's severity lowered by the team's
    config, --check passes it, and so does the guard."""
    softened = Linter(Config(severity=(("evasion", "warning"),)))
    assert STILL_EVASIVE and LINTER.lint(STILL_EVASIVE[lang], lang).fails("error")
    assert "not_better" in checked(lang, DRAFT[lang], STILL_EVASIVE[lang])
    assert not softened.lint(STILL_EVASIVE[lang], lang).fails("error")
    assert "not_better" not in checked(lang, DRAFT[lang], STILL_EVASIVE[lang], softened)


@pytest.mark.parametrize("lang, clean", [
    ("ru", "Здравствуйте, Анна! Заказ № 48213 приедет 15.03. Хорошего дня!"),
    ("bg", "Здравейте, Мария! Поръчка № 48213 пристига на 15.03. Приятен ден!"),
])
def test_a_clean_reply_to_a_draft_without_findings_is_not_refused_as_no_better(lang, clean):
    no_parts_required = Linter(Config(required_parts=()))
    assert no_parts_required.lint(clean, lang).findings == ()
    assert "not_better" not in checked(lang, clean, clean, no_parts_required)


@pytest.mark.parametrize("lang, ending", [("ru", "Подробности: https://shop.example/help"), ("bg", "Подробности: https://shop.example/help")])
def test_a_reply_ending_on_a_link_is_whole(lang, ending):
    assert "shape_truncated" not in problems(lang, GOOD[lang] + "\n" + ending)


@pytest.mark.parametrize("lang, reply", [
    ("ru", GOOD["ru"].replace("Хорошего дня!", "Заезд 2-й смены по путёвке Ю-5519 — 12 июля. Хорошего дня!")),
    ("bg", GOOD["bg"].replace("Приятен ден!", "Поръчката е и в профила Ви на shop.example/orders. Приятен ден!")),
])
def test_letters_of_a_number_a_code_or_a_link_are_no_foreign_word(lang, reply):
    assert "language_wrong" not in problems(lang, reply)


@pytest.mark.parametrize("lang, reply", [
    ("ru", GOOD["ru"].replace("Хорошего дня!", "Подтверждение пришлём на email. Хорошего дня!")),
    ("bg", GOOD["bg"].replace("Приятен ден!", "Потвърждението ще получите по email. Приятен ден!")),
])
def test_a_latin_word_the_language_writes_in_latin_is_no_foreign_word(lang, reply):
    assert "language_wrong" not in problems(lang, reply)


@pytest.mark.parametrize("lang, draft_text, reply", [
    ("bg", "Здравейте, Игорь! Извиняваме се: поръчка № 48213 закъсня, защото куриерът сгреши адреса. Ще я доставим утре.",
     "Здравейте, Игорь! Извинете ни: поръчка № 48213 закъсня, защото куриерът сгреши адреса. Ще я доставим утре."),
    ("ru", "Здравствуйте! Простите: заказ № 48213 задержал курьер, он ошибся адресом. Привезём его завтра. Ваш магазин «Вече»",
     "Здравствуйте! Простите нас: курьер ошибся адресом, и заказ № 48213 задержался. Привезём его завтра. Ваш магазин «Вече»"),
])
def test_a_word_the_draft_uses_itself_is_no_foreign_word(lang, draft_text, reply):
    assert "language_wrong" not in checked(lang, draft_text, reply)


@pytest.mark.parametrize("lang, note", [
    ("ru", "Изменения: сократил вступление и убрал канцелярит."),
    ("bg", "Промени: съкратих изречението и махнах канцеларския тон."),
    ("bg", "[Тук замених пасивното „е бил генериран“ с активна форма.]"),
])
def test_a_line_listing_the_edits_inside_the_reply_is_rejected(lang, note):
    head, tail = GOOD[lang].split("\n\n", 1)
    assert "shape_commentary" in problems(lang, f"{head}\n{note}\n\n{tail}")


@pytest.mark.parametrize("lang, ending", [
    ("ru", "Хорошего дня! Напишите нам, чтобы"),
    ("bg", "Приятен ден! Потвърдете часа, за да можем да"),
])
def test_a_reply_cut_on_a_particle_or_conjunction_is_rejected(lang, ending):
    closing = {"ru": "Хорошего дня!", "bg": "Приятен ден!"}[lang]
    assert "shape_truncated" in problems(lang, GOOD[lang].replace(closing, ending))


REMEDY_DRAFT = {
    "ru": "Здравствуйте! Простите за перенос монтажа. Инверторы были повреждены при перевозке. Взамен заказана новая "
          "партия оборудования, новая дата монтажа будет согласована с вами после её поступления на склад. Хорошего дня!",
    "bg": "Здравейте! Извинете за отложения монтаж. Екипите бяха объркани в графика. Ръководителят на монтажния отдел "
          "ще се свърже с Вас за уговаряне на нова дата, съобразена с Вашите възможности. Приятен ден!",
}


@pytest.mark.parametrize("lang, reply", [
    ("ru", ("Здравствуйте! Простите за перенос монтажа: инверторы повредились при перевозке. Мы уже заказали новое "
           "оборудование и согласуем с вами новую дату, как только оно придёт на склад. Хорошего дня!")),
    ("bg", ("Здравейте! Извинете, че монтажът се отложи: объркахме графика на екипите. Ръководителят на монтажния отдел "
           "ще Ви потърси, за да уговорите нова дата, удобна за Вас. Приятен ден!")),
])
def test_a_remedy_kept_in_other_words_is_kept(lang, reply):
    assert "parts_missing" not in checked(lang, REMEDY_DRAFT[lang], reply)


@pytest.mark.parametrize("lang, reply", [
    ("ru", ("Здравствуйте! Простите за перенос монтажа: инверторы повредились при перевозке. Если будут вопросы, "
           "звоните нам. Хорошего дня!")),
    ("bg", ("Здравейте! Извинете, че монтажът се отложи: объркахме графика на екипите. Ако имате въпроси, "
           "обадете ни се. Приятен ден!")),
])
def test_a_reply_that_drops_a_step_of_the_remedy_is_rejected(lang, reply):
    assert "remedy" in checked(lang, REMEDY_DRAFT[lang], reply)["parts_missing"]


CLOSING_DRAFT = {
    "ru": "Здравствуйте! Приносим извинения. Букет был доставлен в 17:40 из-за загруженности курьеров. "
          "Стоимость доставки будет возвращена на вашу карту. По всем вопросам: +7 (921) 340-88-09.\n"
          "Надеемся на дальнейшее сотрудничество.",
    "bg": "Здравейте! Поднасяме извинения. Букетът е доставен в 17:40 ч. поради натовареността на куриерите. "
          "Стойността на доставката ще бъде възстановена по картата Ви. За въпроси: 0899 340 880.\n"
          "Надяваме се на бъдещо сътрудничество.",
}
CLOSING_BODY = {
    "ru": "Здравствуйте! Простите нас: букет привезли только в 17:40, мы не рассчитали нагрузку на курьеров. "
          "Стоимость доставки вернём на вашу карту. Вопросы: +7 (921) 340-88-09.",
    "bg": "Здравейте! Извинете ни: букетът пристигна чак в 17:40 ч., не разпределихме добре куриерите. "
          "Стойността на доставката ще Ви възстановим по картата. За въпроси: 0899 340 880.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_closing_the_lint_does_not_name_is_still_a_part_the_reply_must_keep(lang):
    assert "closing" in checked(lang, CLOSING_DRAFT[lang], CLOSING_BODY[lang])["parts_missing"]


@pytest.mark.parametrize("lang, closing", [
    ("ru", "Надеемся, букет всё же порадовал получателя."),
    ("bg", "Надяваме се да ни дадете още един шанс."),
])
def test_a_closing_told_by_its_place_at_the_end_keeps_the_closing(lang, closing):
    assert "parts_missing" not in checked(lang, CLOSING_DRAFT[lang], f"{CLOSING_BODY[lang]}\n{closing}\nКоманда «Букет»")


SAME_MEANING_DRAFT = {
    "ru": "Здравствуйте! Простите за задержку. Заказ задержался из-за поломки автомобиля при транспортировке. "
          "Привезём его завтра. Хорошего дня!",
    "bg": "Здравейте! Извинете за забавянето. Поръчката закъсня поради повреда на товарния автомобил при "
          "транспортирането. Ще я доставим утре. Приятен ден!",
}


@pytest.mark.parametrize("lang, reply, kept", [
    ("ru", "Здравствуйте! Простите нас: по дороге у нас сломалась машина. Привезём заказ завтра. Хорошего дня!", True),
    ("bg", "Здравейте! Извинете ни: по време на превоза камионът ни се развали. Ще доставим поръчката утре. Приятен ден!", True),
    ("ru", "Здравствуйте! Простите нас: заказ задержался. Привезём его завтра. Хорошего дня!", False),
    ("bg", "Здравейте! Извинете ни: поръчката закъсня. Ще я доставим утре. Приятен ден!", False),
])
def test_a_cause_said_in_words_of_the_same_meaning_is_kept_and_a_dropped_one_is_not(lang, reply, kept):
    assert ("parts_missing" not in checked(lang, SAME_MEANING_DRAFT[lang], reply)) is kept


@pytest.mark.parametrize("lang, reply", [
    ("bg", GOOD["bg"].replace("Приятен ден!", "А пока можете да следите пратката в профила си. Приятен ден!")),
    ("ru", GOOD["ru"].replace("Хорошего дня!", "Междувременно следите за заказом в личном кабинете. Хорошего дня!")),
    # a Bulgarian adjective that reads as a rare Russian participle («отговорён», dissuaded)
    ("ru", GOOD["ru"].replace("Хорошего дня!", "Отговорен за доставку — наш курьер Павел. Хорошего дня!")),
    ("ru", GOOD["ru"].replace("Хорошего дня!", "Если что, пишите отговорнику по заказам. Хорошего дня!")),
])
def test_one_word_only_the_other_language_has_makes_the_reply_foreign(lang, reply):
    assert "language_wrong" in problems(lang, reply)


@pytest.mark.parametrize("lang, cut", [
    ("ru", "Если захотите, мы переоформим заказ на другой адрес без доплаты и отправим его вместе со следующей глав"),
    ("bg", "Ако желаете, можем да пренасочим поръчката към друг адрес и да я изпратим заедно със следващата глав"),
])
def test_a_sentence_cut_on_a_word_that_happens_to_exist_is_cut_off(lang, cut):
    assert "shape_truncated" in problems(lang, GOOD[lang].rsplit("\n\n", 1)[0] + "\n\n" + cut)


@pytest.mark.parametrize("lang, sign_off", [("ru", "С уважением,\nслужба поддержки"), ("bg", "Поздрави,\nекипът на магазина")])
def test_a_sign_off_without_a_full_stop_is_whole(lang, sign_off):
    assert "shape_truncated" not in problems(lang, GOOD[lang] + "\n\n" + sign_off)



@pytest.mark.parametrize("lang, draft_text, reply", [
    ("ru", "Здравствуйте, Олег!\n\nВыражаем сожаление в связи с долгим ожиданием ответа по вашему обращению. "
           "Экскурсию 14 мая мы перенесли на 21 мая, билеты действуют.\n\nХорошего дня!",
     "Здравствуйте, Олег!\n\nПростите, что заставили ждать. Экскурсию 14 мая мы перенесли на 21 мая, билеты действуют.\n\nХорошего дня!"),
    ("bg", "Здравейте, Олег!\n\nИзвиняваме се за прекъсването на услугата. "
           "Преместихме екскурзията от 14 май на 21 май, билетите са валидни.\n\nПриятен ден!",
     "Здравейте, Олег!\n\nСъжаляваме, че Ви оставихме без връзка. "
     "Преместихме екскурзията от 14 май на 21 май, билетите са валидни.\n\nПриятен ден!"),
])
def test_what_an_apology_is_for_is_no_cause_the_reply_must_repeat(lang, draft_text, reply):
    assert "parts_missing" not in checked(lang, draft_text, reply)


@pytest.mark.parametrize("lang, draft_text, reply", [
    ("ru", "Здравствуйте, Олег!\n\nВыражаем сожаление в связи с долгим ожиданием ответа. Экскурсию 14 мая мы перенесли "
           "на 21 мая из-за внезапного закрытия музея на реставрацию кровли.\n\nХорошего дня!",
     "Здравствуйте, Олег!\n\nПростите, что заставили ждать. Экскурсию 14 мая мы перенесли на 21 мая.\n\nХорошего дня!"),
    ("bg", "Здравейте, Олег!\n\nИзвиняваме се за дългото чакане на отговор. Преместихме екскурзията от 14 май на 21 май "
           "поради внезапното затваряне на музея за ремонт на покрива.\n\nПриятен ден!",
     "Здравейте, Олег!\n\nСъжаляваме, че Ви накарахме да чакате. Преместихме екскурзията от 14 май на 21 май.\n\nПриятен ден!"),
])
def test_the_cause_beside_an_apology_is_still_a_part_the_reply_must_keep(lang, draft_text, reply):
    assert "explanation" in checked(lang, draft_text, reply).get("parts_missing", ())


# A cause said with words that only say there is one («была вызвана», «в связи с», «се дължи на редица фактори»).
ICY_ROAD = {
    "ru": "Здравствуйте, Олег!\n\nПриносим извинения. Задержка автобуса была вызвана сильным обледенением трассы в связи "
          "с резким похолоданием. Следующий рейс отправится 12 марта в 9:00.\n\nХорошего дня!",
    "bg": "Здравейте, Олег!\n\nПоднасяме извинения. Закъснението на автобуса се дължи на редица фактори, включително "
          "заледяването на пътя и силния снеговалеж. Следващият курс тръгва на 12 март в 9:00 ч.\n\nПриятен ден!",
}


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Здравствуйте, Олег!\n\nПростите нас. Автобус задержался из-за похолодания: дорога покрылась льдом. "
           "Следующий рейс отправится 12 марта в 9:00.\n\nХорошего дня!"),
    ("bg", "Здравейте, Олег!\n\nИзвиняваме се. Автобусът закъсня, защото пътят беше заледен. "
           "Следващият курс тръгва на 12 март в 9:00 ч.\n\nПриятен ден!"),
])
def test_the_words_that_only_say_there_is_a_cause_are_no_content_a_reply_must_keep(lang, reply):
    assert "parts_missing" not in checked(lang, ICY_ROAD[lang], reply)


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Здравствуйте, Олег!\n\nПростите нас за задержку автобуса. Следующий рейс отправится 12 марта в 9:00.\n\nХорошего дня!"),
    ("bg", "Здравейте, Олег!\n\nИзвиняваме се за закъснението на автобуса. Следващият курс тръгва на 12 март в 9:00 ч.\n\nПриятен ден!"),
])
def test_a_cause_said_with_its_connectors_and_then_dropped_is_still_missing(lang, reply):
    assert "explanation" in checked(lang, ICY_ROAD[lang], reply).get("parts_missing", ())


# A remedy whose last line runs into the signature («…до 18:00 ч\nС уважением, онлайн магазин «Лесная тропа»»).
SIGNED_REMEDY = {
    "ru": "Здравствуйте, Павел!\n\n"
    "Приносим извинения за задержку. Новую палатку мы отправим 14.05, а трек-номер пришлём на почту. Возвращать старую не нужно.\n"
    "По вопросам: 8 800 555-10-20, пн.–пт. с 9:00 до 18:00 ч\nС уважением, онлайн магазин «Лесная тропа»",
    "bg": "Здравейте, Павел!\n\n"
    "Извиняваме се за забавянето. Новата палатка ще бъде изпратена на 14.05, а номерът на пратката ще получите по имейл. "
    "Старата не е нужно да връщате.\n"
    "За въпроси: 0888 555 102, пон.–пет. от 9:00 до 18:00 ч.\nС уважение, онлайн магазин „Горска пътека“",
}


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Здравствуйте, Павел!\n\n"
     "Новую палатку отправим 14.05, трек-номер придёт вам на почту, а старую возвращать не нужно. Простите за задержку.\n"
     "Вопросы: 8 800 555-10-20, пн.–пт. с 9:00 до 18:00 ч.\nДо встречи в походе!\n«Тропа»"),
    ("bg", "Здравейте, Павел!\n\n"
     "Новата палатка тръгва към Вас на 14.05, номера на пратката ще получите по имейл, а старата не е нужно да връщате. "
     "Извинете ни за забавянето.\n"
     "Въпроси: 0888 555 102, пон.–пет. от 9:00 до 18:00 ч.\nДо нови срещи!\n„Пътека“"),
])
def test_the_drafts_signature_is_no_step_of_the_remedy_the_reply_must_keep(lang, reply):
    assert "parts_missing" not in checked(lang, SIGNED_REMEDY[lang], reply)


@pytest.mark.parametrize("lang, draft_text, reply", [
    ("ru", "Здравствуйте, Павел!\n\nПростите за задержку. Палатку отправим 14.05.\n\nХорошего дня!",
     "Здравствуйте, Павел!\n\nВибачте за задержку. Палатку отправим 14.05.\n\nХорошего дня!"),
    ("bg", "Здравейте, Павел!\n\nИзвинете за забавянето. Палатката ще тръгне на 14.05.\n\nПриятен ден!",
     "Здравейте, Павел!\n\nВибачте за забавянето. Палатката ще тръгне на 14.05.\n\nДякуємо!"),
])
def test_a_ukrainian_word_in_the_reply_is_foreign(lang, draft_text, reply):
    assert "language_wrong" in checked(lang, draft_text, reply)


@pytest.mark.parametrize("lang, sign_off", [
    ("ru", "С уважением,\nадминистрация коворкинга"),
    ("bg", "С поздрав,\nекипът на автосервиза"),
])
def test_a_signature_under_a_sign_off_is_whole_though_the_dictionary_lacks_its_last_word(lang, sign_off):
    assert "shape_truncated" not in problems(lang, GOOD[lang] + "\n\n" + sign_off)


@pytest.mark.parametrize("lang, sign_off", [
    ("ru", "С поздрав,\nекипът на автосервиза"),
    ("bg", "С уважением,\nадминистрация коворкинга"),
])
def test_a_whole_reply_in_the_other_language_is_the_language_guards_verdict_not_a_cut(lang, sign_off):
    found = problems(lang, GOOD[OTHER[lang]] + "\n\n" + sign_off)
    assert "language_wrong" in found and "shape_truncated" not in found
