"""Guard set 46's Bulgarian misses as classes, in other domains: a half said between a number and its unit is the
number and a half («шест и половина километра» = «6,5 км»); a number after a word of contrast with a word of its own
after it counts that word, and takes no unit of the number before («по 2 кг вместо 150 плочки»); a place after the
kind of place it is («с.», «гр.», «летище») is a name, which a reply may leave out but not change; a cause its cue
opens («поради спукана гума») is dropped by a reply that keeps none of its words and tells no cause of its own,
however much of the clause around it (the firm named again in the remedy) it keeps; and the improvement guard holds
against a reply neither a fact's label kept word for word («вх. №») nor a part the lint reads as missing, which
points at no words (the parts guard judges it)."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, same_facts
from rewriter.findings import Finding, Report
from rewriter.reply_improvement import better_than_draft


@pytest.mark.parametrize("draft, reply, same", [
    # a half between a number in words and its unit is the number and a half
    ("Участъкът от 6,5 км е затворен.", "Затворени са шест и половина километра от пътя.", True),
    ("Ремонтът продължи 2,5 часа.", "Ремонтът отне два и половина часа.", True),
    ("Пратката тежи 4,5 кг.", "Пратката е четири и половина килограма.", True),
    # … while the number alone is another value, and a half after an hour with its half of the day is a time
    ("Участъкът от 6,5 км е затворен.", "Затворени са шест километра от пътя.", False),
    ("Срещата е в 18:30 ч.", "Срещата е в шест и половина вечерта.", True),
])
def test_a_half_before_a_unit_is_half_of_it(draft, reply, same):
    assert same_facts("bg", draft, reply) is same


@pytest.mark.parametrize("draft, reply, same", [
    # a number after a word of contrast with what it counts after it takes no unit of the number before
    ("Вместо поръчаните 150 керамични плочки получихте 150 плочки по 2 кг.",
     "Получихте плочки по 2 кг вместо 150 керамични плочки.", True),
    ("Вместо 40 кашона минерална вода доставихме 40 кашона сок по 12 л.",
     "Доставихме 40 кашона сок по 12 л вместо 40 кашона минерална вода.", True),
    # … while a bare number after the word of contrast still shares the unit the writer does not say twice
    ("Таксата беше 640 лв., а не 1600 лв.", "Таксата беше 640 лв. вместо 1600.", True),
    ("Таксата беше 640 лв., а не 1600 лв.", "Таксата беше 640 лв. вместо 1700.", False),
])
def test_a_number_counting_its_own_noun_after_a_contrast_keeps_no_unit(draft, reply, same):
    assert same_facts("bg", draft, reply) is same


_SHELTER = "Кучето е настанено в приюта в с. Лозен. Собственикът е установен."


@pytest.mark.parametrize("reply, new", [
    # a place after the abbreviation of its kind is a name: another one is a new fact
    ("Кучето е в приюта в с. Кокаляне. Собственикът е установен.", True),
    ("Кучето е в приюта в гр. Ихтиман. Собственикът е установен.", True),
    # … while the same place said again, in full or left out, changes nothing
    ("Кучето е в приюта в село Лозен. Открихме и собственика.", False),
    ("Кучето е в приюта в с. Лозен. Открихме и собственика.", False),
    ("Кучето вече е в приюта. Открихме и собственика.", False),
])
def test_a_place_after_its_kind_is_a_name(reply, new):
    assert ("facts_new" in problems_with("bg", _SHELTER, reply)) is new


@pytest.mark.parametrize("draft, reply", [
    # a place after the kind of place it is, left out where the rest says where, is no fact missing
    ("Новата карта ще Ви бъде изпратена на адрес ул. „Шипка“ № 34, гр. Ямбол, до 04.12.2026 г.",
     "Ще Ви изпратим новата карта на ул. „Шипка“ № 34 до 04.12.2026 г."),
    ("Шофьорът ще Ви чака на гара Пловдив, изход 3, в 10:20 ч.", "Шофьорът ще Ви чака на изход 3 на гарата в 10:20 ч."),
    ("Полетът от летище Варна, Терминал 1, излита в 07:15 ч.", "Полетът излита от Терминал 1 на летището в 07:15 ч."),
])
def test_a_place_left_out_after_its_kind_is_no_fact_missing(draft, reply):
    assert "facts_missing" not in problems_with("bg", draft, reply)


def test_another_place_after_its_kind_is_a_new_fact():
    draft = "Полетът от летище Варна, Терминал 1, излита в 07:15 ч."
    assert "facts_new" in problems_with("bg", draft, "Полетът излита от летище Бургас, Терминал 1, в 07:15 ч.")


_TRUCK = (
    "Здравейте, г-жо Колева,\n\nДоставката на дърва за огрев на 12.01.2027 г. закъсня с 6 часа, защото камионът на превозвача "
    "„Транс-Вит“ ЕООД не тръгна по график поради спукана гума. Извиняваме се за чакането. С „Транс-Вит“ ЕООД уговорихме "
    "резервен камион за всички доставки до края на месеца.\n\nПоздрави,\nДърва „Родопа“"
)


@pytest.mark.parametrize("middle, dropped", [
    # the cause its cue opens, dropped while the firm is named again in the remedy
    ("Дървата пристигнаха на 12.01.2027 г. с 6 часа по-късно от уговореното. Извиняваме се за чакането. С превозвача "
     "„Транс-Вит“ ЕООД уговорихме резервен камион за всички доставки до края на месеца.", True),
    # … kept in other words, or told as a cause of the reply's own, is no part dropped
    ("Доставката на дърва на 12.01.2027 г. закъсня с 6 часа, защото на камиона на превозвача се спука гума. Извиняваме се "
     "за чакането. С „Транс-Вит“ ЕООД уговорихме резервен камион за всички доставки до края на месеца.", False),
    ("Доставката на дърва на 12.01.2027 г. закъсня с 6 часа, защото превозвачът ни не осигури изправен камион. Извиняваме "
     "се за чакането. С „Транс-Вит“ ЕООД уговорихме резервен камион за всички доставки до края на месеца.", False),
])
def test_a_cause_its_cue_opens_is_kept_by_its_own_words(middle, dropped):
    reply = f"Здравейте, г-жо Колева,\n\n{middle}\n\nПоздрави,\nДърва „Родопа“"
    assert ("explanation" in problems_with("bg", _TRUCK, reply).get("parts_missing", ())) is dropped


def _report(text: str, *found: tuple[str, str, str, str]) -> Report:
    """A Bulgarian report of `text`: each finding as (rule, category, severity, the words it points at, "" for none)."""
    findings = []
    for rule, category, severity, words in found:
        start = text.index(words) if words else 0
        findings.append(Finding(rule, category, severity, start, start + len(words), 1, start + 1, words, "", None))
    return Report("bg", tuple(findings))


_PERMIT = _report(
    "Във връзка с Ваше заявление с вх. № 77-120 Ви уведомяваме, че разрешителното не е издадено поради грешка в "
    "информационната система. Благодарим Ви за търпението.",
    ("bg.bureaucratese.vav-vrazka-s", "bureaucratese", "warning", "Във връзка с Ваше заявление"),
    ("bg.bureaucratese.vh-nomer", "bureaucratese", "info", "вх. №"),
    ("bg.bureaucratese.uvedomyavame-vi", "bureaucratese", "warning", "Ви уведомяваме"),
    ("bg.evasion.sistemata", "evasion", "error", "поради грешка в информационната система"),
    ("bg.boilerplate.blagodarim-za-loyalnostta", "boilerplate", "warning", "Благодарим Ви за търпението"),
)
_PERMIT_RETOLD = "По заявлението Ви с вх. № 77-120: заради грешка в системата не издадохме разрешителното. Ще го платите на място."
_PERMIT_FAULT = ("bg.evasion.sistemata", "evasion", "error", "заради грешка в системата")
_ROAD = _report(
    "Във връзка с Ваш сигнал относно непочистената улица Ви уведомяваме, че машината на фирмата изпълнител не е излязла, "
    "в резултат на което улицата е останала непочистена. Извиняваме се за причинените неудобства.",
    ("bg.bureaucratese.vav-vrazka-s", "bureaucratese", "warning", "Във връзка с Ваш сигнал"),
    ("bg.bureaucratese.otnosno", "bureaucratese", "warning", "относно"),
    ("bg.bureaucratese.uvedomyavame-vi", "bureaucratese", "warning", "Ви уведомяваме"),
    ("bg.evasion.firmata-v-treto-lice", "evasion", "error", "фирмата изпълнител не е"),
    ("bg.bureaucratese.v-rezultat-na", "bureaucratese", "warning", "в резултат на което"),
    ("bg.evasion.agentless-past-passive", "evasion", "error", "останала непочистена"),
    ("bg.non_apology.prichinenoto-neudobstvo", "non_apology", "error", "причинените неудобства"),
)
_ROAD_RETOLD = "Извиняваме се. Улицата остана неразчистена, защото машината на изпълнителя не излезе навреме."
_ROAD_FAULTS = (
    ("bg.evasion.agentless-past-passive", "evasion", "error", "остана неразчистена"),
    ("bg.evasion.ne-e-navreme", "evasion", "error", "изпълнителя не излезе навреме"),
)


@pytest.mark.parametrize("draft, reply, better", [
    # the one fault said again in other words, a fact's label kept word for word and one warning of the reply's own
    (_PERMIT, _report(_PERMIT_RETOLD, ("bg.bureaucratese.vh-nomer", "bureaucratese", "info", "вх. №"), _PERMIT_FAULT,
                      ("bg.bureaucratese.zaplashtane", "bureaucratese", "warning", "платите")), True),
    # … while the draft's officialese kept word for word keeps the reply no better
    (_PERMIT, _report("Ви уведомяваме, че заради грешка в системата не издадохме разрешителното (вх. №).",
                      ("bg.bureaucratese.uvedomyavame-vi", "bureaucratese", "warning", "Ви уведомяваме"), _PERMIT_FAULT,
                      ("bg.bureaucratese.vh-nomer", "bureaucratese", "info", "вх. №")), False),
    # a heavy draft retold plainly: a part the lint reads as missing points at no words, no officialese of the reply's own
    (_ROAD, _report(_ROAD_RETOLD, *_ROAD_FAULTS, ("bg.structure.missing-remedy", "structure", "warning", "")), True),
    # … while a warning on words of the reply's own is
    (_ROAD, _report(_ROAD_RETOLD, *_ROAD_FAULTS, ("bg.bureaucratese.informirame-vi", "bureaucratese", "warning", "Извиняваме се")),
     False),
])
def test_the_improvement_guard_weighs_officialese_on_words_of_the_reply(draft, reply, better):
    assert better_than_draft(draft, reply, "error") is better
