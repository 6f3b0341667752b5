"""Guard set 57's Russian classes, in other domains: a damaged thing named by its participle («повреждённые экземпляры
возврату не подлежат») tells no cause, so a reply that says that step in other words keeps the draft's explanation; a
compensation that gives something free is the draft's own free service only when it names some of what the draft gives
free («в качестве компенсации бесплатно помоем машину» beside a free belt replacement is a new gift)."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

_CATALOGUES = (
    "Уважаемая Анна Сергеевна!\n\nПриносим извинения: часть тиража каталогов по заказу № 7702 пришла с заломами, так "
    "как пачки были упакованы без картонных уголков. Испорченные экземпляры будут перепечатаны до 12.03.2027. "
    "Повреждённые экземпляры возврату не подлежат, их можно оставить себе.\n\nС уважением,\nтипография «Лист»"
)
_CATALOGUES_REPLY = (
    "Анна Сергеевна, здравствуйте!\n\nПростите нас: часть каталогов по заказу № 7702 пришла с заломами{cause}. "
    "Испорченные экземпляры перепечатаем до 12.03.2027. Мятые каталоги присылать обратно не нужно.\n\n"
    "С уважением,\nтипография «Лист»"
)
_TILES = (
    "Уважаемый Сергей Павлович!\n\nПриносим извинения за задержку отгрузки плитки по заказу № 2290, которая "
    "произошла из-за поломки погрузчика на складе. Отгрузка состоится 03.06.2027. Повреждённые коробки, если они "
    "обнаружатся при приёмке, будут заменены.\n\nС уважением,\nсалон «Керамика»"
)
_TILES_REPLY = (
    "Сергей Павлович, здравствуйте!\n\nПростите, что плитка по заказу № 2290 задержалась{cause}. Отгрузим её "
    "03.06.2027. Если при приёмке найдёте мятые коробки, мы их поменяем.\n\nС уважением,\nсалон «Керамика»"
)


@pytest.mark.parametrize("draft, reply, lost", [
    # the damaged copies named by their participle are the remedy's step, said anew: the cause is kept
    (_CATALOGUES, _CATALOGUES_REPLY.format(cause=": мы упаковали пачки без картонных уголков"), []),
    # … while a reply that drops the packing drops the cause
    (_CATALOGUES, _CATALOGUES_REPLY.format(cause=""), ["explanation"]),
    # the same in another shop, the damaged boxes under a condition
    (_TILES, _TILES_REPLY.format(cause=": на складе сломался погрузчик"), []),
    (_TILES, _TILES_REPLY.format(cause=""), ["explanation"]),
])
def test_a_damaged_thing_named_by_its_participle_tells_no_cause(draft, reply, lost):
    assert list(problems_with("ru", draft, reply).get("parts_missing", ())) == lost


_GARAGE = (
    "Уважаемый Виктор Андреевич!\n\nПриносим извинения за задержку ремонта автомобиля по заказ-наряду № 5120. "
    "Замена ремня ГРМ будет выполнена 14.04.2027 за счёт сервиса.\n\nС уважением,\nавтосервис «Мотор»"
)
_GARAGE_REPLY = (
    "Виктор Андреевич, здравствуйте!\n\nПростите, что ремонт по заказ-наряду № 5120 затянулся. Ремень ГРМ заменим "
    "14.04.2027 за наш счёт{more}.\n\nС уважением,\nавтосервис «Мотор»"
)
_HOTEL = (
    "Уважаемая Елена!\n\nПриносим извинения за шум в номере 214 по брони № 88031. Вы будете переселены в номер "
    "такой же категории без доплаты 21.07.2027.\n\nС уважением,\nотель «Прибой»"
)
_HOTEL_REPLY = (
    "Елена, здравствуйте!\n\nПростите нас за шум в номере 214 по брони № 88031. 21.07.2027 переселим вас в номер "
    "той же категории{more}.\n\nС уважением,\nотель «Прибой»"
)


@pytest.mark.parametrize("draft, reply, promised", [
    # another service done free as the compensation is a gift the draft never gives
    (_GARAGE, _GARAGE_REPLY.format(more=", а в качестве компенсации бесплатно помоем машину"), ["compensation"]),
    # … while the draft's own free replacement named as the compensation is what the draft gives
    (_GARAGE, _GARAGE_REPLY.format(more=" — в качестве компенсации за задержку замена ремня будет бесплатной"), []),
    (_HOTEL, _HOTEL_REPLY.format(more=", а чтобы компенсировать неудобства, бесплатно добавим завтраки"), ["compensation"]),
    (_HOTEL, _HOTEL_REPLY.format(more=" — в качестве компенсации переселение будет без доплаты"), []),
])
def test_a_compensation_gives_the_drafts_free_service_only_when_it_names_it(draft, reply, promised):
    assert promised_anew("ru", draft, reply) == promised
