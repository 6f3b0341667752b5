"""Guard set 36's Russian false rejections and the dropped closings of both languages as classes, in other domains: an
organisation named by a capitalised common noun («рассмотрено Комиссией»), which a reply may call «мы»; money back
whose sum the draft compensates, a cost put down to the business («отнесена на счёт подрядчика») and a term extended
in the draft's passive, which a reply promises in its own words; the model's words after the reply (an offer in
English, a report on the edit), stripped like the leading ones; a signature line with its words in another order;
and a courteous closing (a wish, a hope, thanks) that a reply ending on the draft's contact line drops, unless its
sign-off says a wish of its own."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew
from rewriter.guards import clean_reply

_REVIEWED = ("Уважаемый Олег Викторович!\nВаша жалоба № К-5512 рассмотрена Комиссией по качеству. Установлено, что "
             "лекция Анны Смирновой 14.03.2027 была отменена без предупреждения. Приносим извинения. Билет обменяем "
             "на любую лекцию до 30.04.2027.\nС уважением, Е. Петрова")


@pytest.mark.parametrize("reply, missing", [
    ("Олег Викторович, здравствуйте!\nМы разобрали вашу жалобу № К-5512: лекцию Анны Смирновой 14.03.2027 отменили, "
     "не предупредив вас. Простите нас. Билет обменяем на любую лекцию до 30.04.2027.\nЕ. Петрова", []),
    ("Олег Викторович, здравствуйте!\nМы разобрали вашу жалобу № К-5512: лекцию 14.03.2027 отменили, не предупредив "
     "вас. Простите нас. Билет обменяем на любую лекцию до 30.04.2027.\nЕ. Петрова", ["Анны", "Смирновой"]),
])
def test_an_organisation_named_by_a_common_noun_may_be_left_out_a_person_may_not(reply, missing):
    assert list(problems_with("ru", _REVIEWED, reply).get("facts_missing", ())) == missing


_COMPENSATED = "Расходы на простой техники в сумме 9 200 руб. будут компенсированы уменьшением платы за май."


@pytest.mark.parametrize("draft, reply, new", [
    (_COMPENSATED, "Вернём вам 9 200 руб. за простой техники: уменьшим плату за май на эту сумму.", []),
    (_COMPENSATED, "Вернём вам 12 000 руб. за простой техники.", ["refund"]),
    (_COMPENSATED, "Переведём вам 9 200 руб. на карту.", ["transfer"]),
    ("Расходы на простой техники в сумме 9 200 руб. не компенсируются.", "Вернём вам 9 200 руб.", ["refund"]),
])
def test_money_back_whose_sum_the_draft_compensates_is_no_new_promise(draft, reply, new):
    assert promised_anew("ru", draft, reply) == new


@pytest.mark.parametrize("draft, reply, new", [
    ("Стоимость повторного монтажа окна будет отнесена на счёт подрядчика.", "Повторный монтаж окна сделаем бесплатно.", []),
    ("Расходы на доставку относятся на счёт исполнителя.", "Доставка для вас бесплатна.", []),
    ("Стоимость повторного монтажа окна будет отнесена на счёт заказчика.", "Повторный монтаж окна сделаем бесплатно.",
     ["free"]),
])
def test_a_cost_put_down_to_the_business_is_a_free_service(draft, reply, new):
    assert promised_anew("ru", draft, reply) == new


@pytest.mark.parametrize("draft, reply, new", [
    ("Срок хранения посылки продлевается до 20.05.2027.", "Мы продлим срок хранения посылки до 20.05.2027.", []),
    ("Срок подписки продлён до 20.05.2027.", "Продлим срок подписки до 20.05.2027.", []),
    ("Посылка хранится в пункте выдачи до 20.05.2027.", "Мы продлим срок хранения посылки до 20.05.2027.", ["deadline"]),
])
def test_a_term_extended_in_the_drafts_passive_covers_the_extension_promised(draft, reply, new):
    assert promised_anew("ru", draft, reply) == new


_LETTER_RU = "Здравствуйте, Марина!\n\nПосылку № 5521 отправим 12.03.2027.\n\nСпасибо за терпение!\nОльга Лебедева"
_LETTER_BG = "Здравейте, Мария,\n\nПратка № 5521 ще тръгне на 12.03.2027 г.\n\nБлагодарим Ви за търпението!\nМария Колева"


@pytest.mark.parametrize("letter, after", [
    (_LETTER_RU, "---\n\nЯ сохранил все даты и номера и убрал канцелярские обороты. Could also make it shorter if you like."),
    (_LETTER_RU, "I can make it more formal too."),
    (_LETTER_RU, "Могу также сделать его короче."),
    (_LETTER_BG, "---\nЗапазих датите и махнах канцеларските изрази. Happy to rewrite it in a warmer tone."),
])
def test_the_models_words_after_the_reply_are_stripped(letter, after):
    assert clean_reply(f"{letter}\n\n{after}") == letter


def test_a_last_line_of_the_letter_that_only_looks_like_an_edit_report_stays():
    letter = "Здравствуйте, Марина!\n\nСтолик на 19:00 ждёт вас.\nЯ сохранил за вами место у окна до 20:00."
    assert clean_reply(letter) == letter


_SIGNED = ("Уважаемая Инна Павловна!\nЗаказ № 4410 будет доставлен 05.06.2027. Приносим извинения за задержку.\n"
           "Благодарим за понимание.\nСпециалист по работе с клиентами Р. А. Юсупов")


@pytest.mark.parametrize("last_line, truncated", [
    ("Р. А. Юсупов, специалист по работе с клиентами", False),
    ("Специалист по работе с клиентами Р. А. Юсупов", False),
    ("Р. А. Юсупов, специалист по работе с клиентами и по", True),
])
def test_a_signature_with_its_words_in_another_order_is_no_cut_sentence(last_line, truncated):
    reply = ("Инна Павловна, здравствуйте!\nЗаказ № 4410 привезём 05.06.2027. Простите за задержку.\n"
             f"Спасибо за понимание!\n{last_line}")
    assert ("shape_truncated" in problems_with("ru", _SIGNED, reply)) is truncated


_WISHES = ("Уважаемый Игорь Семёнович!\nЗаезд в коттедж № 7 перенесён на 14.07.2027 из-за ремонта кровли. Приносим "
           "извинения. Вопросы можно задать администратору по тел. +7 (812) 555-20-10.\nЖелаем Вам хорошего лета!\n"
           "С уважением, база отдыха")
_OFFERS = _WISHES.replace("Желаем Вам хорошего лета!", "Будем рады ответить на Ваши вопросы.")
_REPLY_HEAD = "Игорь Семёнович, здравствуйте!\nЗаезд в коттедж № 7 переносим на 14.07.2027: чиним кровлю. Простите нас."


@pytest.mark.parametrize("draft, reply, dropped", [
    (_WISHES, f"{_REPLY_HEAD} Если есть вопросы, звоните администратору: +7 (812) 555-20-10.\nБаза отдыха", True),
    (_WISHES, f"{_REPLY_HEAD} Если есть вопросы, звоните администратору: +7 (812) 555-20-10.\nХорошего вам лета!\n"
              "База отдыха", False),
    (_OFFERS, f"{_REPLY_HEAD} Если есть вопросы, звоните администратору: +7 (812) 555-20-10.\nБаза отдыха", False),
    (_WISHES, f"{_REPLY_HEAD} Если есть вопросы, звоните администратору: +7 (812) 555-20-10.\n"
              "С уважением и пожеланиями хорошего лета,\nБаза отдыха", False),
])
def test_a_wish_before_the_signature_is_not_carried_by_the_contact_line(draft, reply, dropped):
    assert ("closing" in problems_with("ru", draft, reply).get("parts_missing", ())) is dropped


_PARTNERS = ("Уважаеми г-н Петков,\nПоръчка № 3318 ще бъде доставена на 11.05.2027 г. Извиняваме се за забавянето, "
             "причинено от повреда на камиона.\nБлагодарим Ви за доброто сътрудничество.\nИва Стоянова, продажби, 0888 412 300")


@pytest.mark.parametrize("closing, dropped", [
    ("", True),
    ("Благодарим Ви за сътрудничеството!\n", False),
])
def test_thanks_dropped_before_a_signature_with_a_phone_are_a_lost_closing(closing, dropped):
    reply = ("Здравейте, г-н Петков,\nПоръчка № 3318 ще пристигне на 11.05.2027 г. Съжаляваме за забавянето — камионът "
             f"ни се повреди.\n{closing}Ива Стоянова, продажби, 0888 412 300")
    assert ("closing" in problems_with("bg", _PARTNERS, reply).get("parts_missing", ())) is dropped
