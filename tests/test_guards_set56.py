"""Guard set 56's Russian classes, in other domains: a reply cut after a preposition and a possessive («Спасибо за
вашу») is cut short; a step's hours said as hours («с 9 до 13 часов») keep its times; a reply that swaps the draft's
officialese for its own is no better; copies sent by the verb of the thing sent before them («а их копии — на
e-mail») are a letter; a half of a carat said as one word («полкарата») is «0,5 карата»; what «оказалось невозможным» is
what we «не успели»; a Latin brand written in Cyrillic («на Озоне» for «через Ozon») is the draft's."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts

_SIGN = "\n\nС уважением,\nпекарня «Колосок»"
_CAKE_DRAFT = (
    "Уважаемая Марина!\n\nПриносим извинения за задержку заказа № 4410. Торт будет доставлен 18.02.2027 до 12:00.\n\n"
    "Благодарим за понимание." + _SIGN
)
_CAKE_BODY = "Марина, здравствуйте!\n\nПростите, что заказ № 4410 задержался. Торт привезём 18.02.2027 до 12:00.\n\n"


@pytest.mark.parametrize("ending, cut", [
    # a preposition and a possessive whose noun never came
    ("Спасибо за вашу", True),
    ("Будем рады видеть вас в нашей", True),
    # … while the possessive with its noun, or one that signs, ends the letter
    ("Спасибо за ваше терпение!", False),
    ("Спасибо за понимание!\n\nИскренне ваш,\nпекарня «Колосок»", False),
])
def test_a_reply_cut_after_a_preposition_and_a_possessive_is_cut_short(ending, cut):
    assert ("shape_truncated" in problems_with("ru", _CAKE_DRAFT, _CAKE_BODY + ending)) is cut


def test_a_bulgarian_reply_cut_after_a_preposition_and_a_possessive_is_cut_short():
    draft = (
        "Уважаема г-жо Илиева,\n\nИзвиняваме се за забавянето на поръчка № 2207. Тортата ще бъде доставена на "
        "18.02.2027 до 12:00 ч.\n\nБлагодарим за разбирането.\n\nПоздрави,\nсладкарница „Захар“"
    )
    reply = "Здравейте, г-жо Илиева,\n\nСъжаляваме, че поръчка № 2207 закъсня. Ще донесем тортата на 18.02.2027 до 12:00 ч.\n\n"
    assert "shape_truncated" in problems_with("bg", draft, reply + "Благодарим за Вашето")
    assert "shape_truncated" not in problems_with("bg", draft, reply + "Благодарим за Вашето търпение!")


_WINDOWS_DRAFT = (
    "Уважаемый Геннадий Павлович!\n\nПриносим извинения: монтажники не приехали 02.04.2027, так как в графике была "
    "ошибка. Замена оконных блоков будет выполнена бригадой 14.04.2027 в интервале с 9:00 до 13:00.\n\n"
    "С уважением,\nООО «Светлый дом»"
)


@pytest.mark.parametrize("remedy, lost", [
    # the step's times said as hours of the day, its date in words
    ("14 апреля 2027 года с 9 до 13 часов мы поставим новые рамы.", False),
    # … while a reply that tells the step at no hour drops it
    ("Новую дату замены окон мы сообщим дополнительно.", True),
])
def test_a_steps_hours_said_as_hours_keep_its_times(remedy, lost):
    reply = (
        "Геннадий Павлович, здравствуйте!\n\nПростите нас: 02.04.2027 монтажники не приехали, потому что мы ошиблись в "
        f"графике. {remedy}\n\nС уважением,\nООО «Светлый дом»"
    )
    assert ("remedy" in problems_with("ru", _WINDOWS_DRAFT, reply).get("parts_missing", ())) is lost


_GYM_DRAFT = (
    "Уважаемый Артём!\n\nПриносим извинения за доставленные неудобства. Сообщаем, что продление абонемента не было "
    "произведено, поскольку данная услуга не была оплачена. Для продления просим обратиться к администратору клуба "
    "по телефону +7 (812) 400-12-30.\n\nБлагодарим за обращение.\n\nС уважением,\nфитнес-клуб «Атлет»"
)


@pytest.mark.parametrize("body, better", [
    # the draft's officialese swapped for officialese of its own, a non-apology said again in other words
    ("Приносим извинения за причинённые неудобства. Доводим до Вашего сведения, что абонемент не продлён, поскольку "
     "оплата за него к нам не поступала. Для продления надлежит обратиться к администратору по телефону "
     "+7 (812) 400-12-30.", False),
    # … while a plain reply that keeps the same non-apology in other words is better
    ("Извините за неудобства. Абонемент не продлился, потому что оплата к нам не поступала. Чтобы продлить его, "
     "позвоните администратору по телефону +7 (812) 400-12-30.", True),
])
def test_a_reply_that_swaps_the_officialese_for_its_own_is_no_better(body, better):
    reply = f"Артём, здравствуйте!\n\n{body}\n\nСпасибо, что написали.\n\nС уважением,\nфитнес-клуб «Атлет»"
    assert ("not_better" not in problems_with("ru", _GYM_DRAFT, reply)) is better


@pytest.mark.parametrize("second, promised", [
    # copies sent by the verb of the originals before them, the verb left out, are a letter
    ("а их скан-копии — на адрес notary@mail.ru", []),
    ("а копии — на электронную почту notary@mail.ru", []),
    # … not another thing handed over
    ("а акт — с курьером", ["contact"]),
])
def test_copies_sent_by_the_verb_of_the_thing_before_them_are_a_letter(second, promised):
    draft = f"Оригиналы справок будут направлены курьером до 20.05.2027, {second}."
    reply = "Оригиналы справок отправим курьером до 20.05.2027, а сканы пришлём на notary@mail.ru."
    assert promised_anew("ru", draft, reply) == promised


@pytest.mark.parametrize("draft, reply, same", [
    ("Серьги с камнями по 0,5 карата готовы.", "Серьги с камнями по полкарата готовы.", True),
    ("Кольцо с бриллиантом 0,5 ct будет готово.", "Кольцо с бриллиантом в полкарата будет готово.", True),
    # … while another weight is another fact
    ("Серьги с камнями по 1,5 карата готовы.", "Серьги с камнями по полкарата готовы.", False),
    ("Серьги с камнями по 0,5 карата готовы.", "Серьги с камнями по 0,5 грамма готовы.", False),
])
def test_half_a_carat_said_as_one_word(draft, reply, same):
    assert same_facts("ru", draft, reply) is same


_BOOK_DRAFT = (
    "Уважаемая Ольга!\n\nПримите наши извинения. Печать тиража юбилейного фотоальбома в твёрдом переплёте к 10.03.2027 "
    "оказалась невозможной, поскольку типография получила от поставщика бумагу с дефектом мелованного покрытия. Новая "
    "дата выпуска — 24.03.2027.\n\nС уважением,\nиздательство «Лист»"
)


@pytest.mark.parametrize("cause, lost", [
    # the failure told as what we did not manage, beside the cause, which is kept
    ("Мы не успели выпустить альбом к 10.03.2027: типографии привезли бумагу с дефектом покрытия.", False),
    # … while a reply that says only that it could not be done drops the cause
    ("Мы не успели выпустить альбом к 10.03.2027, так уж вышло.", True),
])
def test_what_turned_out_impossible_is_what_we_did_not_manage(cause, lost):
    reply = (
        f"Ольга, здравствуйте!\n\nПростите нас. {cause} Альбом выйдет 24.03.2027.\n\nС уважением,\nиздательство «Лист»"
    )
    assert ("explanation" in problems_with("ru", _BOOK_DRAFT, reply).get("parts_missing", ())) is lost


_MARKET_DRAFT = (
    "Уважаемый Руслан!\n\nПриносим извинения: заказ № 55120, оформленный через Ozon, передан в доставку с опозданием. "
    "Компенсация 300 руб. будет начислена бонусами в Tinkoff до 12.06.2027.\n\nС уважением,\nмагазин «Полка»"
)


@pytest.mark.parametrize("where, new", [
    # the draft's Latin brand written in Cyrillic, inflected
    ("на Озоне", False),
    # … while a brand the draft never names is new
    ("на Вайлдберриз", True),
])
def test_a_latin_brand_written_in_cyrillic_is_the_drafts(where, new):
    reply = (
        f"Руслан, здравствуйте!\n\nПростите нас: заказ № 55120, который вы оформили {where}, мы отправили с опозданием. "
        "Компенсацию 300 руб. начислим бонусами в Тинькофф до 12.06.2027.\n\nС уважением,\nмагазин «Полка»"
    )
    assert ("facts_new" in problems_with("ru", _MARKET_DRAFT, reply)) is new

