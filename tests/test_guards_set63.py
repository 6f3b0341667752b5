"""Guard set 63's classes, in other domains: a template field left in the reply is no sendable letter in either language,
its slot noun after a word or two that qualify it («[рабочий e-mail]», „[банкова сметка]“) or a bank or tax code's name
(«[ИНН покупателя]», „[IBAN на получателя]“), while a citation, a quoted «[…]» or a bracket the draft holds passes; a
street named after its short kind («ул.», «пр.», «пл.») is a name a reply may inflect but not change; a source cited by
«согласно» before a chained cue is no cause, and a cause said in plain words is kept; a condition after «и» holds
the next step only, so the free step before it is promised outright; a job the draft schedules with its object is the
reply's job restated; a line after the reply on what the text became is the model's note."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew
from rewriter.guards import clean_reply

_RU_GYM = (
    "Здравствуйте, Ольга!\n\nАбонемент в фитнес-клуб заморожен с 01.12 по 15.12 по Вашему заявлению. Остаток суммы "
    "вернём на карту до 20.12.{note}\n\nС уважением,\nфитнес-клуб «Атлант»"
)
_BG_SCHOOL = (
    "Уважаеми г-н Колев,\n\nТаксата за езиковия курс ще Ви бъде възстановена до 18.12.{note}\n\nПоздрави,\n"
    "Езиков център „Лингва“"
)


@pytest.mark.parametrize("lang, draft, slot", [
    # a slot noun after a word that qualifies it
    ("ru", _RU_GYM, "[рабочий e-mail]"),
    ("ru", _RU_GYM, "[банковские реквизиты]"),
    # a tax code's name, with whose it is after it
    ("ru", _RU_GYM, "[ИНН покупателя]"),
    ("bg", _BG_SCHOOL, "[банкова сметка]"),
    ("bg", _BG_SCHOOL, "<IBAN на получателя>"),
])
def test_a_template_field_left_in_the_reply_is_no_sendable_letter(lang, draft, slot):
    letter = draft.format(note="")
    head, _, sign = letter.rpartition("\n\n")
    filled = f"{head} {slot}.\n\n{sign}" if lang == "ru" else f"{head} {slot}\n\n{sign}"
    assert "shape_placeholder" in problems_with(lang, letter, filled)


@pytest.mark.parametrize("lang, draft, note", [
    # a citation, and a customer's words quoted with a cut, fill no template
    ("ru", _RU_GYM, " Порядок заморозки описан в правилах клуба [2]."),
    ("ru", _RU_GYM, " Вы написали: «Тренер […] не пришёл»."),
    # a qualified slot the draft holds itself is the draft's own text
    ("ru", _RU_GYM, " Реквизиты пришлите на адрес [рабочий e-mail]."),
    # a bracketed note whose words name no value to fill in is prose
    ("bg", _BG_SCHOOL, " Условията са в договора [вижте последната страница]."),
])
def test_a_bracket_that_fills_no_template_passes(lang, draft, note):
    letter = draft.format(note=note)
    assert "shape_placeholder" not in problems_with(lang, letter, letter)


_PHARMACY = (
    "Здравствуйте, Игорь Петрович!\n\nАптека на пл. Победы закрыта на ремонт до 10.02. Ваш заказ № 55120 можно "
    "забрать в пункте на ул. Гагарина, 12.\n\nС уважением,\nаптечная сеть «Здоровье»"
)
_PHARMACY_REPLY = (
    "Здравствуйте, Игорь Петрович!\n\nАптека {square} закрыта на ремонт до 10.02. Заказ № 55120 ждёт Вас в пункте "
    "{street}, 12.\n\nС уважением,\nаптечная сеть «Здоровье»"
)


@pytest.mark.parametrize("square, street, changed", [
    # the street and the square inflected or named in full are kept
    ("на пл. Победы", "на улице Гагарина", None),
    ("на площади Победы", "на ул. Гагарина", None),
    # a street or a square changed after its short kind is a new fact
    ("на пл. Победы", "на ул. Королёва", "Королёва"),
    ("на пл. Славы", "на ул. Гагарина", "Славы"),
])
def test_a_street_named_after_its_short_kind_may_be_inflected_but_not_changed(square, street, changed):
    problems = problems_with("ru", _PHARMACY, _PHARMACY_REPLY.format(square=square, street=street))
    assert problems.get("facts_new") == ((changed,) if changed else None)


_BUS = (
    "Уважаемая Светлана Юрьевна!\n\nПриносим извинения за отмену рейса № 214 от 03.03.2027. Согласно данным "
    "диспетчерской службы, водитель автобуса почувствовал себя плохо в пути, а подменный водитель находился на другом "
    "маршруте, в связи с чем рейс был отменён. Стоимость билета 640 руб. будет возвращена до 10.03.2027.\n\n"
    "С уважением,\nавтовокзал «Северный»"
)


@pytest.mark.parametrize("cause, lost", [
    # the cause the sentence tells before «в связи с чем» is kept in other words; the source cited by «согласно» may go
    ("Водителю стало плохо, а второй водитель был на другом маршруте, поэтому рейс отменили.", []),
    # … while a reply that drops the cause and keeps only the failure has no cause
    ("Рейс отменили.", ["explanation"]),
])
def test_a_source_cited_by_its_cue_is_no_cause(cause, lost):
    reply = (
        "Здравствуйте, Светлана Юрьевна!\n\nПростите нас за отмену рейса № 214 от 03.03.2027. "
        f"{cause} Стоимость билета 640 руб. вернём до 10.03.2027.\n\nС уважением,\nавтовокзал «Северный»"
    )
    assert list(problems_with("ru", _BUS, reply).get("parts_missing", ())) == lost


_PRINT = (
    "Уважаемый Денис Аркадьевич!\n\nПриносим извинения за задержку тиража по заказу № 3307. Увеличение срока изготовления "
    "обусловлено выходом из строя ламинатора и сезонной загрузкой типографии. Тираж будет готов 14.03.2027.\n\n"
    "С уважением,\nтипография «Оттиск»"
)


@pytest.mark.parametrize("cause, lost", [
    # equipment «вышло из строя» said as broken, a seasonal load said by its season: kept
    ("Задержались мы потому, что у нас сломалось оборудование, а весной заказов всегда много.", []),
    # … while a reply that tells another cause drops the draft's
    ("Задержались мы потому, что курьер опоздал.", ["explanation"]),
])
def test_a_cause_in_plain_words_is_kept(cause, lost):
    reply = (
        "Здравствуйте, Денис Аркадьевич!\n\nПростите, что тираж по заказу № 3307 задерживается. "
        f"{cause} Тираж будет готов 14.03.2027.\n\nС уважением,\nтипография «Оттиск»"
    )
    assert list(problems_with("ru", _PRINT, reply).get("parts_missing", ())) == lost


@pytest.mark.parametrize("promise, new", [
    # a free step joined by «и» to the next one, which a condition opens, is promised outright
    ("Замер будет выполнен бесплатно, и в случае подтверждения дефекта окно будет заменено без доплаты.", []),
    # … while a free step under the condition itself is conditional, which an outright one is not
    ("В случае подтверждения дефекта замер будет выполнен бесплатно и окно будет заменено без доплаты.", ["free"]),
])
def test_a_condition_after_and_holds_the_next_step_only(promise, new):
    draft = f"Здравствуйте, Павел!\n\nПриносим извинения за продувание окна. {promise}\n\nС уважением,\nкомпания «Рама»"
    reply = (
        "Здравствуйте, Павел!\n\nПростите, что окно продувает. Замер сделаем бесплатно. Если дефект подтвердится, "
        "заменим окно без доплаты.\n\nС уважением,\nкомпания «Рама»"
    )
    assert [k for k in promised_anew("ru", draft, reply) if k == "free"] == new


@pytest.mark.parametrize("job, new", [
    # a job the draft schedules with its object and where it stands between its noun and «будет выполнена» is the reply's
    (" Покраска ограждения детской площадки включена в график и будет выполнена до 20.05.", []),
    # … while a draft that schedules no such job has not promised the visit the reply's job brings
    (" Жалоба передана в управляющую компанию.", ["contact"]),
])
def test_a_job_scheduled_with_its_object_is_the_same_job_restated(job, new):
    draft = f"Здравствуйте, Инна!\n\nПриносим извинения за облупившуюся краску.{job}\n\nС уважением,\nТСЖ «Липки»"
    reply = (
        "Здравствуйте, Инна!\n\nПростите, что краска облупилась. Покраска ограждения стоит в графике и будет выполнена "
        "до 20.05.\n\nС уважением,\nТСЖ «Липки»"
    )
    assert [k for k in promised_anew("ru", draft, reply) if k == "contact"] == new


@pytest.mark.parametrize("line, stripped", [
    # a line after the reply on what the text became goes, in either language
    ("Письмо стало короче, все суммы и сроки на месте.", True),
    ("Текстът стана по-топъл, датите са същите.", True),
    # … while the reply's own last line on what became of the customer's matter stays
    ("Заказ стал доступен для получения с 12.04.", False),
])
def test_a_line_on_what_the_text_became_is_the_models_note(line, stripped):
    reply = "Здравствуйте, Вера!\n\nЗаказ № 7741 отправлен сегодня.\n\nС уважением,\nмагазин «Пряжа»"
    assert (clean_reply(f"{reply}\n\n{line}") == reply) is stripped
