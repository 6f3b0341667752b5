"""Guard set 53's Bulgarian misses as classes, in other domains: an id in three dotted groups or more (a cadastral one,
a parcel's, one after «№») is one fact whose every digit counts, and a number with dots between its thousands keeps its
decimals; a Ukrainian adjective in «-овий» or a first-person verb with an «л» after a labial («-блю», «-влю») in a
Bulgarian sentence is foreign, though the Bulgarian dictionary keeps old forms like the first; a number joined by a
hyphen to an adjective of a length, a volume, a weight, minutes or years («5-литрова») is that quantity; seconds are
a unit, sixty of them a minute; a warranty's term named with the thing it covers between („гаранционният срок на
помпата от 3 години“) is the draft's guarantee, which a reply may restate."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts


@pytest.mark.parametrize("draft, reply, same", [
    # every group of a dotted id counts: the last one changed is another id
    ("Нивата с идентификатор 10135.502.41 е заявена за пръскане.", "Нивата с идентификатор 10135.502.47 е заявена.", False),
    ("Парцел 4.118.2203.9 е включен в плана.", "Парцел 4.118.2203.8 е включен в плана.", False),
    ("Обектът по № 80371.9.14 е проверен.", "Обектът по № 80371.9.15 е проверен.", False),
    # … the same id kept, with or without its «№», is the same fact
    ("Нивата с идентификатор 10135.502.41 е заявена за пръскане.", "Заявихме нивата с идентификатор 10135.502.41.", True),
    ("Обектът по № 80371.9.14 е проверен.", "Проверихме обект 80371.9.14.", True),
    # a version keeps reading as one
    ("Приложението е във версия 3.12.1.", "Приложението е във версия 3.12.1.", True),
    # a number with dots between its thousands keeps its decimals
    ("Остатъкът е 2.305.118,40 лв.", "Остатъкът е 2.305.118,90 лв.", False),
    ("Остатъкът е 2.305.118,40 лв.", "Остатъкът е 2.305.118,40 лв.", True),
])
def test_a_dotted_id_is_one_fact(draft, reply, same):
    assert same_facts("bg", draft, reply) is same


_VAN = "Здравейте, госпожо Илиева,\n\nБусът за екскурзията ще бъде готов на 14.05. Шофьорът ще Ви чака пред хотела.\n\nПоздрави,\nМира"


@pytest.mark.parametrize("sentence, foreign", [
    # a Ukrainian adjective in «-овий» in a Bulgarian sentence
    ("Бусът за екскурзията ще бъде готовий на 14.05.", "готовий"),
    ("Бусът е здравий и поштовий номер е в хотела на 14.05.", "поштовий"),
    # a first-person verb with an «л» after a labial: Russian or Ukrainian
    ("Бусът за екскурзията ще Ви поставлю на 14.05.", "поставлю"),
    ("Ще куплю нов бус за екскурзията на 14.05.", "куплю"),
])
def test_east_slavic_forms_in_a_bulgarian_sentence(sentence, foreign):
    reply = _VAN.replace("Бусът за екскурзията ще бъде готов на 14.05.", sentence)
    assert foreign in problems_with("bg", _VAN, reply).get("language_wrong", ())


@pytest.mark.parametrize("sentence", [
    # … while the Bulgarian forms beside them are Bulgarian: the adjective with its article, the verb in «-я»
    "Бусът за екскурзията ще бъде готов и новият шофьор ще дойде на 14.05.",
    "Ще купя и ще поставя нов бус за екскурзията на 14.05.",
    "Менюто и ревюто на екскурзията ще бъдат готови на 14.05.",
])
def test_bulgarian_forms_beside_them_are_no_foreign_words(sentence):
    reply = _VAN.replace("Бусът за екскурзията ще бъде готов на 14.05.", sentence)
    assert "language_wrong" not in problems_with("bg", _VAN, reply)


@pytest.mark.parametrize("draft, reply, same", [
    # a number joined to an adjective of its unit is that quantity, in any unit of the same measure
    ("Маршрутът минава по 8-километровата алея.", "Маршрутът минава по алеята от 8 километра.", True),
    ("Маршрутът минава по 8-километровата алея.", "Маршрутът минава по алеята от 8000 метра.", True),
    ("Доставяме 20-литрови бидони с вода.", "Доставяме бидони с вода от 20 литра.", True),
    ("Гаранцията на бойлера е 3-годишна.", "Гаранцията на бойлера е три години.", True),
    ("Между лекциите има 15-минутна почивка.", "Между лекциите има почивка от 15 минути.", True),
    # … while another number or another unit of the same words is another fact
    ("Маршрутът минава по 8-километровата алея.", "Маршрутът минава по алеята от 8 метра.", False),
    ("Доставяме 20-литрови бидони с вода.", "Доставяме бидони с вода от 19 литра.", False),
])
def test_a_number_with_a_unit_adjective(draft, reply, same):
    assert same_facts("bg", draft, reply) is same


@pytest.mark.parametrize("draft, reply, same", [
    # seconds are a unit of time: sixty of them are a minute, the same seconds in words or abbreviated are the same
    ("Кафемашината загрява водата за 60 секунди.", "Кафемашината загрява водата за една минута.", True),
    ("Кафемашината загрява водата за 120 сек.", "Кафемашината загрява водата за 2 минути.", True),
    ("Асансьорът чака 30 сек. на етажа.", "Асансьорът чака 30 секунди на етажа.", True),
    # … while another number of seconds is another time
    ("Кафемашината загрява водата за 90 секунди.", "Кафемашината загрява водата за 2 минути.", False),
    ("Асансьорът чака 30 сек. на етажа.", "Асансьорът чака 30 минути на етажа.", False),
])
def test_seconds_are_a_unit_of_time(draft, reply, same):
    assert same_facts("bg", draft, reply) is same


@pytest.mark.parametrize("draft, new", [
    # the warranty's term with the thing it covers between is the draft's guarantee, which a reply restates
    ("Гаранционният срок на помпата от 3 години тече от монтажа.", []),
    ("Гаранционният срок на новите уреди е 36 месеца.", []),
    # … while a draft that names no warranty gives none
    ("Помпата работи от монтажа на 3 юни.", ["guarantee"]),
])
def test_a_warranty_term_with_its_object_between(draft, new):
    reply = "Помпата е с гаранция от три години, която тече от монтажа."
    assert promised_anew("bg", draft, reply) == new
