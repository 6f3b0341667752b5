"""Guard set 76's Russian classes, in other domains: a cause said as what the failure «явилось следствием» is a cause; a
short passive participle with a manner a preposition opens («проведена с отклонением от плана») tells the failure, no
cause, while one with its agent («заблокирован системой безопасности») still tells a cause; where a slip was made
(«ошибка допущена на этапе вёрстки») is the cause; a compound shortened from an adjective and a word («техосмотр»)
says both; a list of ordinals shares the unit of its last («на 3-й, 7-й и 14-й день» = «на 3, 7 и 14 сутки»)."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, same_facts
from rewriter.part_content import part_contents

_PRINT_DRAFT = (
    "Уважаемая Марина Львовна!\n\nСообщаем, что тираж буклетов по заказу № П-58 передан Вам 12.04.2026, на три дня "
    "позже срока. Указанная задержка явилась следствием нехватки бумаги нужной плотности у "
    "поставщика. Приносим извинения.\n\nСкидка 10% будет предоставлена на следующий заказ.\n\n"
    "С уважением,\nтипография «Лист»"
)


@pytest.mark.parametrize("cause, dropped", [
    # the cause the draft names as what the delay «явилась следствием», left out
    ("", True),
    # … while the same cause said in plain words keeps the part
    (" У поставщика не хватило бумаги нужной плотности.", False),
])
def test_a_cause_named_as_the_consequence_of_something_is_a_cause_a_reply_keeps(cause, dropped):
    reply = (
        "Здравствуйте, Марина Львовна!\n\nПростите нас: буклеты по заказу П-58 вы получили 12.04.2026, на три дня "
        f"позже срока.{cause}\n\nНа следующий заказ дадим скидку 10%.\n\nС уважением,\nтипография «Лист»"
    )
    assert ("explanation" in problems_with("ru", _PRINT_DRAFT, reply).get("parts_missing", ())) is dropped


_FLUSHING_DRAFT = (
    "Уважаемый Игорь Павлович!\n\nСообщаем, что промывка системы отопления в здании школы № 12 по договору № ТО-44 "
    "произведена с отклонением от утверждённого плана: в период с 02.09.2026 по 04.09.2026 промыто 9 стояков из 15. "
    "Причиной стала поломка промывочного насоса. Приносим извинения.\n\nОставшиеся 6 стояков будут промыты до "
    "10.09.2026.\n\nС уважением,\nООО «Теплосервис»"
)


def test_a_failure_told_with_a_manner_after_its_participle_is_no_cause_a_reply_must_keep():
    reply = (
        "Здравствуйте, Игорь Павлович!\n\nПростите нас: по договору ТО-44 мы должны были с 02.09.2026 по 04.09.2026 "
        "промыть в школе № 12 все 15 стояков, а промыли только 9. Сломался промывочный насос.\n\nОставшиеся 6 стояков "
        "промоем до 10.09.2026.\n\nС уважением,\nООО «Теплосервис»"
    )
    assert problems_with("ru", _FLUSHING_DRAFT, reply) == {}


@pytest.mark.parametrize("sentence, cause", [
    # a manner a preposition opens after the participle: how the work went, the failure itself
    ("Монтаж перегородок произведён с нарушением технологии.", False),
    ("Замер выполнен со значительным опозданием.", False),
    # … while the agent in the instrumental, with a word before it or none, tells who or what caused it
    ("Доступ к кабинету был заблокирован системой безопасности.", True),
    ("Платёж был отклонён нашей антифрод-системой.", True),
])
def test_a_passive_participle_tells_a_cause_by_its_agent_not_by_its_manner(sentence, cause):
    assert ("explanation" in part_contents(sentence, "ru", supposed=False)) is cause


_TRANSLATION_DRAFT = (
    "Уважаемая Ольга Викторовна!\n\nВ переводе диплома № Д-310 от 14.03.2026 фамилия выпускника была указана неверно. "
    "Ошибка была допущена на этапе вёрстки при копировании текста из черновика переводчика; сам перевод выполнен "
    "верно. Приносим извинения.\n\nИсправленный перевод будет готов 18.03.2026 бесплатно.\n\nС уважением,\nбюро «Слово»"
)


@pytest.mark.parametrize("cause, dropped", [
    # where the slip was made, left out: only the failure is told
    ("", True),
    # … while the same place said in other words keeps the part
    (" Ошиблись при вёрстке: копировали текст из черновика переводчика, а сам перевод верный.", False),
])
def test_where_a_slip_was_made_is_a_cause_a_reply_keeps(cause, dropped):
    reply = (
        "Здравствуйте, Ольга Викторовна!\n\nПростите нас: в переводе диплома Д-310 от 14.03.2026 мы неверно написали "
        f"фамилию выпускника.{cause}\n\nИсправленный перевод будет готов 18.03.2026, платить за него не нужно.\n\n"
        "С уважением,\nбюро «Слово»"
    )
    assert ("explanation" in problems_with("ru", _TRANSLATION_DRAFT, reply).get("parts_missing", ())) is dropped


_LOADER_DRAFT = (
    "Уважаемый Денис Олегович!\n\nАренда погрузчика по договору № А-77 началась 11.11.2026 вместо 09.11.2026. "
    "Причиной явилось непрохождение технического осмотра. Приносим извинения.\n\n"
    "Стоимость двух дней аренды будет возвращена до 20.11.2026.\n\nС уважением,\nООО «Склад-Техника»"
)


@pytest.mark.parametrize("cause, dropped", [
    # the check named by its shortened compound: «техосмотр» says «технический осмотр»
    (" Погрузчик не прошёл техосмотр.", False),
    # … while a reply that names no check at all drops the cause
    (" Так получилось с погрузчиком.", True),
])
def test_a_shortened_compound_says_the_adjective_and_the_word_it_is_made_of(cause, dropped):
    reply = (
        "Здравствуйте, Денис Олегович!\n\nПростите нас: аренда погрузчика по договору А-77 началась 11.11.2026, а не "
        f"09.11.2026.{cause}\n\nДеньги за два дня аренды вернём до 20.11.2026.\n\nС уважением,\nООО «Склад-Техника»"
    )
    assert ("explanation" in problems_with("ru", _LOADER_DRAFT, reply).get("parts_missing", ())) is dropped


@pytest.mark.parametrize("reply, same", [
    # the draft's bare numbers of a list, written as ordinals: the same days
    ("Влажность стяжки измерим на 3-й, 7-й и 14-й день после заливки.", True),
    ("Влажность стяжки измерим на 7-й и 14-й день после заливки, а также на 3-й.", False),
    # … while a day changed is still another fact
    ("Влажность стяжки измерим на 3-й, 8-й и 14-й день после заливки.", False),
])
def test_a_list_of_ordinals_shares_the_unit_of_its_last(reply, same):
    draft = "Замеры влажности стяжки будут проведены на 3, 7 и 14 сутки после заливки."
    assert same_facts("ru", draft, reply) is same
