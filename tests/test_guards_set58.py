"""Guard set 58's Russian classes, in other domains: a cause said by its opposite or its plain verb («работа
приостановлена по соображениям безопасности» → «было опасно, поэтому мы остановили»), a season said by its noun («в
осенний период» → «осенью»), a talk with a worker told plainly («проведена беседа» → «поговорили»); a tracking number
told by its coming («трек-номер поступит на почту») is a letter promised, and an account named by its owner and kind
(«на Вашу банковскую карту») a transfer; a domain is the same in any case, a link's path is not."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts

_LIFT = (
    "Уважаемый Олег Николаевич!\n\nПриносим извинения за доставленные неудобства. Сообщаем, что 14.01.2027 на трассе № 3 "
    "произошёл обрыв троса бугельного подъёмника, в связи с чем работа трассы была приостановлена по соображениям "
    "безопасности.\n\nСтоимость ски-пасса на этот день (1 800 руб.) будет возвращена в течение 7 рабочих дней.\n\n"
    "С уважением,\nадминистрация СК «Снежный склон»"
)
_LIFT_REPLY = (
    "Олег Николаевич, здравствуйте!\n\nПростите нас.{why}"
    "\n\nМы вернём стоимость ски-пасса на этот день (1 800 руб.) в течение 7 рабочих дней.\n\n"
    "С уважением,\nадминистрация СК «Снежный склон»"
)
_ROPE = " 14.01.2027 на трассе № 3 у бугельного подъёмника оборвался трос."
_BAKERY = (
    "Уважаемая Ирина!\n\nПриносим извинения за задержку заказа № 4417. Задержка связана с повышенной загрузкой "
    "кондитерского цеха в весенний период.\n\nТорт будет доставлен 22.04.2027 до 12:00.\n\nС уважением,\nпекарня «Колос»"
)
_BAKERY_REPLY = (
    "Ирина, здравствуйте!\n\nПростите, что заказ № 4417 задержался.{why}\n\nТорт привезём 22.04.2027 до 12:00.\n\n"
    "С уважением,\nпекарня «Колос»"
)


@pytest.mark.parametrize("draft, reply, lost", [
    # a safety reason said as a danger, the suspension as a stop: the cause is kept
    (_LIFT, _LIFT_REPLY.format(why=_ROPE + " Кататься дальше было небезопасно, поэтому мы остановили трассу."), []),
    (_LIFT, _LIFT_REPLY.format(why=_ROPE + " Продолжать катание было опасно, и трассу пришлось остановить."), []),
    # … while a reply that only says the slope was closed drops why
    (_LIFT, _LIFT_REPLY.format(why=" 14.01.2027 трасса № 3 не работала."), ["explanation"]),
    # a season said by its noun keeps the cause («в весенний период» → «весной»)
    (_BAKERY, _BAKERY_REPLY.format(why=" Весной у нас всегда большая загрузка, и мы не успели."), []),
    # … while a reply that names no season and no workload drops it
    (_BAKERY, _BAKERY_REPLY.format(why=" Мы не успели его испечь."), ["explanation"]),
])
def test_a_cause_said_by_its_opposite_its_plain_verb_or_its_season_is_kept(draft, reply, lost):
    assert list(problems_with("ru", draft, reply).get("parts_missing", ())) == lost


_HOSTEL = (
    "Уважаемый Денис!\n\nПриносим извинения за грубость администратора при заселении по брони № 5531 в наш хостел.\n\n"
    "Ваши замечания относительно поведения администратора доведены до сведения сотрудника, с ним проведена беседа.\n\n"
    "Благодарим Вас за отзыв.\n\nС уважением,\nхостел «Маяк»"
)
_HOSTEL_REPLY = (
    "Денис, здравствуйте!\n\nПростите нас за грубость администратора при заселении по брони № 5531.{step}\n\n"
    "Спасибо за отзыв.\n\nС уважением,\nхостел «Маяк»"
)


@pytest.mark.parametrize("step, lost", [
    (" Мы передали администратору ваши замечания и поговорили с ним.", []),
    (" Администратор знает о ваших замечаниях, мы с ним побеседовали.", []),
    # … while a reply that only says it is sorry drops what was done about the worker
    (" Нам очень неловко за этот случай.", ["remedy"]),
])
def test_a_talk_with_a_worker_told_plainly_keeps_the_step(step, lost):
    assert list(problems_with("ru", _HOSTEL, _HOSTEL_REPLY.format(step=step)).get("parts_missing", ())) == lost


_CAMERA = (
    "Здравствуйте, Павел!\n\nОбъектив по заказу № 9120 будет направлен Вам СДЭК 11.03.2027, трек-номер поступит на "
    "электронную почту, указанную при оформлении заказа.\n\nС уважением,\nмагазин «Фотон»"
)
_CAMERA_QUIET = (
    "Здравствуйте, Павел!\n\nОбъектив по заказу № 9120 будет направлен Вам СДЭК 11.03.2027.\n\n"
    "С уважением,\nмагазин «Фотон»"
)
_VISA = (
    "Уважаемая Мария!\n\nДля продолжения рассмотрения направьте копию паспорта на адрес visa@konsul-service.ru. В случае "
    "поступления копии до 10.02.2027 решение будет принято до 20.02.2027.\n\nС уважением,\nвизовый центр"
)
_FEES = (
    "Уважаемая Ольга!\n\nСумма 2 400 руб. будет возвращена на Вашу банковскую карту в течение 5 банковских дней.\n\n"
    "С уважением,\nшкола «Аккорд»"
)
_FEES_AT_DESK = (
    "Уважаемая Ольга!\n\nСумма 2 400 руб. будет возвращена Вам наличными в кассе школы в течение 5 банковских дней.\n\n"
    "С уважением,\nшкола «Аккорд»"
)
_FEES_REPLY = "Ольга, здравствуйте!\n\nМы вернём 2 400 руб. на вашу карту в течение 5 банковских дней.\n\nС уважением,\nшкола «Аккорд»"


@pytest.mark.parametrize("draft, reply, promised", [
    # a tracking number told by its coming is the letter the reply promises to send
    (_CAMERA, "Павел, здравствуйте!\n\nОтправим объектив по заказу № 9120 через СДЭК 11.03.2027, а трек-номер пришлём "
              "на почту из заказа.\n\nС уважением,\nмагазин «Фотон»", []),
    (_CAMERA, "Павел, здравствуйте!\n\nОбъектив по заказу № 9120 уедет к вам через СДЭК 11.03.2027, на почту придёт "
              "ссылка для отслеживания.\n\nС уважением,\nмагазин «Фотон»", []),
    # … while a draft that sends none leaves the letter new
    (_CAMERA_QUIET, "Павел, здравствуйте!\n\nОтправим объектив по заказу № 9120 через СДЭК 11.03.2027, а трек-номер "
                    "пришлём на почту из заказа.\n\nС уважением,\nмагазин «Фотон»", ["contact"]),
    # … but a copy the customer sends, told by its coming, is no letter of ours
    (_VISA, "Мария, здравствуйте!\n\nПришлите, пожалуйста, копию паспорта на visa@konsul-service.ru. Если копия придёт "
            "до 10.02.2027, решение примем до 20.02.2027.\n\nС уважением,\nвизовый центр", []),
    # money back to the reader's own card is the draft's transfer, and not where the draft pays at its desk
    (_FEES, _FEES_REPLY, []),
    (_FEES_AT_DESK, _FEES_REPLY, ["transfer"]),
])
def test_a_letter_told_by_its_coming_and_a_card_named_by_its_owner(draft, reply, promised):
    assert promised_anew("ru", draft, reply) == promised


@pytest.mark.parametrize("draft, reply, same", [
    # a domain is the same whatever its case: DNS reads it so
    ("Заказ оформлен на сайте knigi-dom.ru.", "Заказ оформлен на сайте Knigi-Dom.ru.", True),
    ("Подробности на www.Teplo-Service.ru/faq.", "Подробности на teplo-service.ru/faq.", True),
    # … another domain is another fact, and so is a link's path in another case
    ("Заказ оформлен на сайте knigi-dom.ru.", "Заказ оформлен на сайте Knigi-Dom.com.", False),
    ("Сбросить пароль: shop.ru/Reset.", "Сбросить пароль: shop.ru/reset.", False),
])
def test_a_domain_is_the_same_in_any_case_a_path_is_not(draft, reply, same):
    assert same_facts("ru", draft, reply) is same
