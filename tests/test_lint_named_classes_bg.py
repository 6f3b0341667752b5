"""Bulgarian evasion, non-apologies, stock lines and promises named by their construction (pass lintbg-67, issue 9).

New sentences in other domains than the blind rounds: each class is reported in its own category over the
whole reply (after overlapping findings are folded), and its innocent neighbour, or the same words in a reply
that owns the fault, gets nothing of that category.
"""
from __future__ import annotations

import pytest

from rewriter import Config, Linter

LINTER = Linter(Config(required_parts=()))


def _rules(text: str) -> set[str]:
    return {f.rule for f in LINTER.lint(text, "bg").findings}


def _categories(text: str) -> set[str]:
    return {f.category for f in LINTER.lint(text, "bg").findings}


@pytest.mark.parametrize(
    "text",
    [
        # a cause given as a guess, or not ruled out
        "Ключалката е проверена при предаването, така че по-скоро става дума за износване на патрона.",
        "Не можем да изключим част от плочките да са били ударени при разтоварването на Ваш камион.",
        # the fault called usual
        "Течът по такива покриви обикновено възниква при рязко затопляне след снеговалеж.",
        "Авансовото плащане е обичайна практика при сватбените агенции.",
        # the company's own checks as the whole answer
        "Контролните измервания в залата не са показали превишения на шума.",
        "Изпробвахме скенера на място преди седмица и всичко беше наред.",
        # the customer sent elsewhere, or his channel blamed
        "Съветваме Ви да се обърнете към управителя на етажната собственост.",
        "Искането е изпратено по факс, а не през портала на агенцията.",
        # a necessity met by a doerless passive
        "Шофьорът се разболя, затова част от курсовете се наложи да бъдат отменени.",
    ],
)
def test_evasion_named_by_its_construction(text):
    assert "evasion" in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Контролните измервания показаха превишения на шума и затова сменяме вентилатора до петък.",
        "Съветваме Ви да се обърнете към нашия техник на 0888 555 111.",
        "Можете да подадете искането и по факс, ако Ви е по-удобно.",
        "Проверихме скенера днес след смяната на лампата: всичко е наред и го връщаме утре.",
    ],
)
def test_the_innocent_neighbour_is_no_evasion(text):
    assert "evasion" not in _categories(text)


def test_an_admission_in_another_paragraph_leaves_a_load_excuse_standing():
    """An admission owns the fault its paragraph tells; the delay excused by workload in the next one stays."""
    text = (
        "Здравейте,\n\nСгрешихме сумата във фактурата и Ви пращаме нова.\n\n"
        "Отговорът закъсня и заради натоварения сезон в края на месеца.\n\nПоздрави,\nИва"
    )
    assert "bg.evasion.povishen-interes" in _rules(text)
    owned = "Здравейте,\n\nСгрешихме сумата и отговорът закъсня и заради натоварения сезон.\n\nПоздрави,\nИва"
    assert "bg.evasion.povishen-interes" not in _rules(owned)


@pytest.mark.parametrize(
    "text, category",
    [
        ("Много ни е жал, че се е стигнало до прекратяване на договора.", "non_apology"),
        ("Съжалявам, че се е случило точно в деня на сватбата.", "non_apology"),
        ("Даваме си сметка, че спирането на водата може да е създало известни неудобства.", "non_apology"),
        ("Благодарим Ви, че отделихте време да ни напишете.", "boilerplate"),
        ("Изразяваме надежда, че инцидентът няма да се отрази на добрите ни отношения.", "boilerplate"),
        ("За нас спокойствието на гостите винаги е на първо място.", "boilerplate"),
        ("Ще ти звънна, като имам свободен час.", "vague_promise"),
        ("Ще помисля дали мога да сменя залата.", "vague_promise"),
    ],
)
def test_regrets_stock_lines_and_promises_named_by_their_construction(text, category):
    assert category in _categories(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        # a habitual state is no deed hidden
        ("Библиотеката обикновено не е отворена в неделя, затова Ви записахме за понеделник в 10 ч.",
         "bg.evasion.agentless-past-passive"),
        # „е била“ before a noun with its article is the verb „съм“
        ("Разбирам колко тежка е била операцията за майка Ви.", "bg.evasion.agentless-past-passive"),
        # a past state is no promise
        ("Когато дойдохте, подмяната на тръбите беше в процес на изпълнение.", "bg.vague_promise.v-proces"),
        # thanks for something particular, and a promise tied to our own act
        ("Благодаря за подробното писмо и за снимките на тавана.", "bg.boilerplate.blagodarim-za-zapitvaneto"),
        ("Ще Ви пиша, щом пуснем превода.", "bg.vague_promise.shte-se-svarzhem"),
        # „within“ in its literal sense
        ("Шумът е в рамките на пределно допустимите стойности, но сменяме помпата.", "bg.bureaucratese.v-ramkite-na"),
    ],
)
def test_the_rule_stands_down_where_its_words_mean_something_else(text, rule):
    assert rule not in _rules(text)
