"""Bulgarian promises said in other words (set 32, second pass), as classes in other domains: a transfer
to the account the draft names far from its verb, a step needed first that holds a free service (in the same sentence
or the next one) and a call said with a verb the lemmatiser leaves as it is."""
from __future__ import annotations

import pytest

from guard_checks import promised_anew

# A gym refunds a cancelled course to the account it was paid from, the amounts first, as officialese puts them.
_GYM = (
    "Клубът възстановява таксата в размер на 24 € за всяко пропуснато занятие, или общо 96 € за четирите занятия през "
    "март, по банковата сметка, от която е извършено плащането, в срок до 7 работни дни."
)
_GYM_CASH = "Клубът възстановява таксата в размер на 96 € на рецепцията в срок до 7 работни дни."
TRANSFERS = [  # (draft, reply, whether the reply promises a transfer the draft does not)
    (_GYM, "Ще Ви преведем 96 € (по 24 € на занятие) по сметката, от която платихте, до 7 работни дни.", False),
    (_GYM, "Връщаме Ви 96 € – парите ще бъдат преведени по картата Ви до 7 работни дни.", False),
    (_GYM_CASH, "Ще Ви преведем 96 € по банковата Ви сметка до 7 работни дни.", True),
]


@pytest.mark.parametrize("draft, reply, new", TRANSFERS)
def test_a_transfer_the_draft_names_after_its_amounts_covers_the_replys_transfer(draft, reply, new):
    assert ("transfer" in promised_anew("bg", draft, reply)) is new


# A bakery gives a free cake on the next visit, once the customer shows the receipt.
_CAKE = (
    "При следващото Ви посещение ще Ви бъде предоставена безплатно торта по Ваш избор, като за целта е необходимо да "
    "покажете касовата бележка на продавача."
)
STEPS = [  # (reply, whether it gives the cake outright)
    ("Следващия път ще Ви дадем безплатно торта по Ваш избор – просто покажете касовата бележка на продавача.", False),
    ("Следващия път ще Ви дадем безплатно торта по Ваш избор. За целта покажете касовата бележка на продавача.", False),
    ("Следващия път ще Ви дадем безплатно торта по Ваш избор.", True),
    ("Следващия път ще Ви дадем безплатно торта по Ваш избор. Не е нужно да носите бележка.", True),
    ("Следващия път ще Ви дадем безплатно торта – просто минете, не е нужно да показвате бележката.", True),
]


@pytest.mark.parametrize("reply, new", STEPS)
def test_a_free_service_held_on_a_step_needed_first_may_not_be_given_outright(reply, new):
    assert ("free" in promised_anew("bg", _CAKE, reply)) is new


# A chimney sweep calls the day before the visit; a reply may say the call with any verb of calling.
_SWEEP = "Коминочистачът ще дойде на 4.12 от 9:00 ч., като ще Ви позвъни от тел. 0888 120 450 в деня преди посещението."


@pytest.mark.parametrize("reply", [
    "Коминочистачът ще дойде на 4.12 от 9:00 ч. Ден по-рано ще Ви се обади от 0888 120 450.",
    "Коминочистачът ще дойде на 4.12 от 9:00 ч.; ден преди това ще Ви звънне от 0888 120 450.",
])
def test_a_call_the_draft_says_with_an_unlemmatised_verb_covers_the_replys_call(reply):
    assert "contact" not in promised_anew("bg", _SWEEP, reply)

