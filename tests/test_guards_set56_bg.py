"""Guard set 56's Bulgarian misses, as classes in other domains: a delay is owned by the apology that asks forgiveness
for it in its own sentence, the clitic first („… и се извиняваме, че ремонтът се забави“); a fault laid on a partner is
owned by a slip we say we should have caught („пропуск, който трябваше да забележим“); a model's offer after the reply to
add a subject line to the mail („Искате ли да добавя и тема на имейла?“) is chatter, not the reply's last line; the failure
a later cue says is the effect („Вместо … Ви бяха изпратени …, което се дължи на …“) is no cause a reply must keep in the
draft's words, while the cause after the cue still is."""
from __future__ import annotations

import pytest

from guard_checks import LINTER, problems_with
from rewriter.guards import clean_reply

_DELAY, _PARTNER = "bg.evasion.se-zabavi", "bg.evasion.third-party-frame"


@pytest.mark.parametrize("rule, text, evasive", [
    # the apology in the delay's own sentence, its clitic first after „и“
    (_DELAY, "Благодарим за търпението и се извиняваме, че ремонтът на покрива се забави.", False),
    (_DELAY, "Получихме поръчката Ви и се извиняваме, че доставката на дървата се забави с два дни.", False),
    (_DELAY, "Прочетох писмото Ви и се извинявам, че преводът на договора се забави.", False),
    # … while thanks, or an apology in another sentence, leave the delay with no one
    (_DELAY, "Благодарим за търпението, ремонтът на покрива се забави.", True),
    (_DELAY, "Получихме поръчката Ви, но доставката на дървата се забави с два дни.", True),
    # a slip we should have caught, named as such anywhere in the reply, owns a partner's fault
    (_PARTNER, "Част от плочките бяха с дефектна глазура от вносителя – пропуск, който трябваше да забележим при приемането.", False),
    (_PARTNER, "Етикетите бяха с грешни цени от доставчика. Това е грешка, която трябваше да хванем при проверката.", False),
    (_PARTNER, "Рулата дойдоха с дефектно лепило от производителя – недоглеждане, което трябваше да предотвратим.", False),
    # … while a slip someone else should have caught, or a mistake we had to mend for a partner, owns nothing
    (_PARTNER, "Част от плочките бяха с дефектна глазура от вносителя – пропуск, който трябваше да забележи той.", True),
    (_PARTNER, "Етикетите бяха с грешни цени от доставчика. Това е грешка, която трябваше да поправим заради него.", True),
    (_PARTNER, "Част от плочките бяха с дефектна глазура от вносителя.", True),
])
def test_the_fault_is_owned_by_an_apology_clitic_first_or_a_slip_we_should_have_caught(rule, text, evasive):
    assert (rule in {f.rule for f in LINTER.lint(text, "bg").findings}) is evasive


_REPLY = (
    "Уважаема госпожо Нейкова,\n\nИзвиняваме се: ваните за хотел „Бриз“ пристигнаха на 03.11 вместо на 28.10. "
    "Сбъркахме графика на камиона.\n\nЩе Ви приспаднем 150 лв. от фактурата.\n\nОставаме на Ваше разположение.\n\n"
    "С уважение,\nВиктор Ганев"
)


@pytest.mark.parametrize("after", [
    "Искате ли да добавя и кратка тема на имейла?",
    "Желаете ли да предложа тема на писмото?",
    "Хотите, добавлю тему письма?",
])
def test_an_offer_of_a_subject_line_after_the_reply_is_chatter(after):
    assert clean_reply(f"Ето по-топъл вариант:\n\n```\n{_REPLY}\n```\n\n{after}") == _REPLY


@pytest.mark.parametrize("last", [
    # the reply's own question to the customer stays, whatever its topic
    "Искате ли да добавим и втори курс по темата?",
    "Искате ли да Ви запишем за семинара на тема „Бани“?",
])
def test_a_question_to_the_customer_is_no_chatter(last):
    reply = _REPLY.replace("Оставаме на Ваше разположение.", last)
    assert clean_reply(reply) == reply


def test_a_reply_with_a_subject_line_offered_after_it_keeps_its_closing():
    draft = (
        "Уважаема госпожо Нейкова,\n\nВаните за хотел „Бриз“ бяха доставени на 03.11 вместо на 28.10 поради промяна "
        "в графика на превоза. Ще Ви бъдат приспаднати 150 лв. от фактурата. Оставаме на Ваше разположение.\n\n"
        "С уважение,\nВиктор Ганев"
    )
    wrapped = f"Ето пренаписания отговор:\n\n```text\n{_REPLY}\n```\n\nИскате ли да добавя и кратка тема на имейла?"
    assert "parts_missing" not in problems_with("bg", draft, clean_reply(wrapped))


_SWAP = (
    "Уважаема госпожо Денева,\n\nВместо поръчаните дванадесет чаши от сервиз „Роза“ Ви бяха изпратени дванадесет чинии, "
    "което се дължи на грешно въведен код на артикула в складовата ни програма. Поднасяме извинения. Чашите ще бъдат "
    "доставени на 14.05.\n\nС уважение,\nПорцелан „Бяло“"
)


@pytest.mark.parametrize("told, dropped", [
    # the failure told in other words, its cause kept: the explanation is kept
    ("Извиняваме се: получихте чинии, а не чаши. Въведохме грешен код на артикула в складовата програма.", False),
    ("Съжаляваме, пратихме Ви грешните съдове, защото в складовата програма въведохме грешен код на артикула.", False),
    # … while the failure kept word for word without its cause drops the explanation
    ("Извиняваме се: вместо поръчаните дванадесет чаши от сервиз „Роза“ Ви изпратихме дванадесет чинии.", True),
])
def test_the_failure_before_an_effect_cue_is_no_cause_to_keep(told, dropped):
    reply = f"Здравейте, госпожо Денева,\n\n{told} Чашите ще Ви доставим на 14.05.\n\nС уважение,\nПорцелан „Бяло“"
    assert ("parts_missing" in problems_with("bg", _SWAP, reply)) is dropped
