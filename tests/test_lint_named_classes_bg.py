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
        # round 63 (lintbg-81)
        "Извадихме хладилния камион от експлоатация заради теч и пратката тръгна в понеделник.",
        "Монтажникът е бил блокиран в задръстването, но грешката е наша: не Ви се обадихме.",
        "Пътят за хижата е затворен за движение до събота.",
        "След поправката софтуерът вече работи коректно и пресметнахме часовете наново.",
        "Грешката е при нас: операторът на пресата е взел старата матрица, а никой не провери първия лист.",
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


# --- pass lintbg-68: round 51's Bulgarian misses that recur in rounds 30–51 ---------------------------------


@pytest.mark.parametrize(
    "text, category",
    [
        # a cause guessed: the topic, the writer's „не изключвам“, the guess with „е“ before its cause
        ("Най-вероятно става въпрос за пропуск на охраната на паркинга.", "evasion"),
        ("Не изключвам при разтоварването рамката да е огъната.", "evasion"),
        ("Ожулването по лака най-вероятно е от превоза.", "evasion"),
        # our own fault called unlikely
        ("Пакетирахме всеки комплект с опис, така че грешка в броя е малко вероятна.", "evasion"),
        # the fault normal under the customer's condition, wear called a natural process
        ("При по-твърда вода е обичайно котлето да хване котлен камък по-бързо.", "evasion"),
        ("Изтъркването на дръжките след година употреба е естествен процес.", "evasion"),
        # our own test as the whole answer; a notice that did not reach
        ("Тествахме терминала в офиса и той работеше без проблеми.", "evasion"),
        ("Информацията за новото разписание явно не е достигнала до всички пътници.", "evasion"),
        # the customer told how to do it from now on
        ("Препоръчваме при приемане на доставката палетите да се проверяват пред шофьора.", "evasion"),
        ("Препоръчваме счетоводителят Ви да сверява фактурите всеки месец.", "evasion"),
        # regret for feelings, for how things went, for expectations
        ("Съжаляваме, че гостите Ви са се почувствали нежелани в ресторанта.", "non_apology"),
        ("Съжалявам, че разговорът с банката се е развил така.", "non_apology"),
        ("Съжаляваме, че маникюрът не е такъв, какъвто го искахте.", "non_apology"),
        # stock lines with another word in them
        ("Вашата поръчка е приоритетна за нас.", "boilerplate"),
        ("Държим на дългогодишното партньорство с училището.", "boilerplate"),
        ("Благодарим Ви за високата гражданска отговорност.", "boilerplate"),
        ("Сигурен съм, че заедно ще подготвим страхотен празник!", "boilerplate"),
        # a study of whether it can be done at all
        ("Отделът ще проучи дали е възможно връщане на таксата.", "vague_promise"),
    ],
)
def test_round_51_recurring_classes_named_by_their_construction(text, category):
    assert category in _categories(text)


@pytest.mark.parametrize(
    "text, category",
    [
        ("Най-вероятно става дума за пратката от 3 май, която пристигна вчера.", "evasion"),
        ("Кутията най-вероятно е от склада в Пловдив и тръгва утре.", "evasion"),
        ("Препоръчваме Ви да се обадите на техника ни на 0888 111 222.", "evasion"),
        ("Радваме се, че гостите Ви са се почувствали като у дома си.", "non_apology"),
        ("Случаят е приоритетен: техникът идва утре в 9 ч.", "boilerplate"),
        ("Сигурен съм, че заедно с майстора ще изберете плочките до петък.", "boilerplate"),
        ("Ще проучим дали е възможно връщане и ще Ви пишем до сряда.", "vague_promise"),
    ],
)
def test_round_51_innocent_neighbours_get_nothing_of_that_category(text, category):
    assert category not in _categories(text)


def test_a_worker_blamed_stands_down_where_the_writer_owns_the_slip():
    """„Това е мой пропуск“ owns what the worker did not know; without it, or negated, the blame stands."""
    owned = (
        "Здравейте,\n\nТреньорът не е знаел за промяната в часа, защото аз не я бях качила в графика. "
        "Това е мой пропуск.\n\nПоздрави,\nЕва"
    )
    assert "bg.evasion.vinata-na-sluzhitel" not in _rules(owned)
    for standing in (owned.replace(" Това е мой пропуск.", ""), owned.replace("Това е мой", "Това не е мой")):
        assert "bg.evasion.vinata-na-sluzhitel" in _rules(standing)


def test_the_notice_verb_after_da_is_no_announcement():
    """„как да Ви уведомяваме“ asks how to tell the customer from now on; „Уведомяваме Ви, че“ still announces."""
    assert "bg.bureaucratese.uvedomyavame-vi" not in _rules("Пишете ни как да Ви уведомяваме, ако треньорът отсъства.")
    assert "bg.bureaucratese.uvedomyavame-vi" in _rules("Уведомяваме Ви, че треньорът отсъства.")


# --- pass lintbg-69: round 52's Bulgarian misses and plain-reply errors ---------------------------------------


@pytest.mark.parametrize(
    "text, category",
    [
        # a breach ruled out by how it is to be counted, or a mismatch denied
        ("Спирането на тока за час не следва да се разглежда като неизпълнение на договора.", "evasion"),
        ("Разликата в нюанса на плочките не може да се счита за дефект.", "evasion"),
        ("Липсващият надпис не представлява несъответствие с поръчката.", "evasion"),
        # the customer sent to file the claim with the outside party himself
        ("Можете сами да се свържете с превозвача за компенсация.", "evasion"),
        ("Съветваме Ви да отправите рекламацията си директно към него.", "evasion"),
        ("Можете също да подадете жалба до производителя на помпата.", "evasion"),
        ("Ако желаете, можете сами да се обърнете към вносителя.", "evasion"),
        # the responsibility put on the customer by his role
        ("Отговорност за пропуснатия краен срок за записване носи кандидатът.", "evasion"),
        # a machine that moved the order on its own
        ("Складовата програма автоматично го премести в следващия курс.", "evasion"),
        # the fault said to befall even the best
        ("При такъв порой и най-добрата тента може да протече.", "evasion"),
        ("Сривове на плащанията са възможни и при най-големите банки.", "evasion"),
        # our own procedure said to have been followed, as the whole answer
        ("Според записа на смяната всички санитарни изисквания бяха стриктно спазени.", "evasion"),
        # a date left to our own schedule
        ("Ще дойдем да сменим кранчето, когато графикът ни позволи.", "vague_promise"),
        # regret for a day that did not go as pictured
        ("Жалко, че походът не е минал така, както сте си го представяли.", "non_apology"),
        # readiness to discuss, with a count of the goods or an inner approval as its only terms
        ("Готови сме да обсъдим отстъпка за 12-те кашона.", "vague_promise"),
        ("Сме готови да разгледаме безплатна смяна на филтъра след съгласуване с управата.", "vague_promise"),
        # the customer's opinion valued by formula
        ("Ценим Вашето мнение.", "boilerplate"),
    ],
)
def test_round_52_recurring_classes_named_by_their_construction(text, category):
    assert category in _categories(text)


@pytest.mark.parametrize(
    "text, category",
    [
        ("Пропуснатият час може да се счита за неизпълнение от наша страна и затова Ви го връщаме.", "evasion"),
        ("Можете да подадете жалбата и до нашия офис в Пловдив.", "evasion"),
        ("Ако пратката не дойде до петък, можете да се обърнете към куриера с номера, който Ви пратихме.", "evasion"),
        ("Отговорност за забавата на кандидатите носим ние: сбъркахме адреса и пишем на всеки днес.", "evasion"),
        ("Изпратихме Ви и най-новия модел, който може да работи и без кабел.", "evasion"),
        ("Когато условията не позволяват излитане, връщаме парите до 3 дни.", "vague_promise"),
        ("Готови сме да сменим 12-те кашона на 14 декември.", "vague_promise"),
        ("Готови сме да дойдем пак след съгласуване с Вас на удобен ден.", "vague_promise"),
        ("Ценим мнението на лекаря и ще го попитаме до петък.", "boilerplate"),
    ],
)
def test_round_52_innocent_neighbours_get_nothing_of_that_category(text, category):
    assert category not in _categories(text)


def test_a_duty_said_to_be_failed_owns_the_passive_and_the_loss():
    """„Трябваше да Ви пишем …, а това не стана“ owns what the reply tells; without it the loss has no doer."""
    owned = (
        "Здравейте,\n\nТрябваше да Ви пишем за преместването на часа още в понеделник, а това не стана. "
        "Картонът Ви е бил прибран в друг шкаф и пробите бяха унищожени.\n\nПоздрави,\nЕва"
    )
    rules = _rules(owned)
    assert "bg.evasion.agentless-past-passive" not in rules and "bg.evasion.izgubena" not in rules
    standing = owned.replace("Трябваше да Ви пишем", "Писахме Ви").replace(", а това не стана", "")
    assert "bg.evasion.izgubena" in _rules(standing)


def test_regret_after_a_deed_done_short_is_an_apology():
    """„не сме уплътнили достатъчно“ owns the fault, so the regret for its effect is a real apology."""
    regret = "Съжалявам, че Ви се наложи да чистите мазето втори път."
    owned = "Здравейте,\n\nНе сме запечатали добре фугите около прозореца. " + regret + "\n\nПоздрави,\nКалин"
    assert "non_apology" not in _categories(owned)
    assert "non_apology" in _categories("Здравейте,\n\nНе сме получили снимките. " + regret + "\n\nПоздрави,\nКалин")


def test_a_call_the_day_before_a_dated_visit_is_dated():
    """„ще Ви се обади предния ден“ dates the call by the visit; with no day it stays a vague promise."""
    assert "vague_promise" not in _categories("Огледът е в сряда. Инженерът ще Ви се обади предния ден.")
    assert "vague_promise" in _categories("Огледът ще се уточни. Инженерът ще Ви се обади.")


def test_a_company_name_is_no_ticket():
    assert "bg.bureaucratese.tiket" not in _rules("Поздрави от екипа на „Тикет Медия“.")
    assert "bg.bureaucratese.tiket" in _rules("Отворихме тикет за пералнята.")


def test_a_procedure_not_followed_is_no_compliance_defence():
    """„е спазена“ pleads compliance; „не беше спазена“ admits the slip, which other rules judge."""
    rule = "bg.evasion.proverkite-ne-otkriha"
    assert rule in _rules("Технологията на полагане е спазена изцяло.")
    assert rule not in _rules("Технологията не беше спазена, затова полагаме пода отново за наша сметка в петък.")


# --- pass lintbg-70: round 53's Bulgarian misses and judged-wrong findings ---------------------------------------


@pytest.mark.parametrize(
    "text, category",
    [
        # load after „с оглед“, missing money as the cause
        ("С оглед увеличения брой записани деца групите се сформират по-късно.", "evasion"),
        ("Обновяването на площадката е отложено поради неотпуснатите от фонда пари.", "evasion"),
        ("Закъснението на премиите е обусловено и от непреведените още пари от фонда.", "evasion"),
        # a public body, a donor or a supplier as the one that does it
        ("Издаването на картите се извършва само от министерството.", "evasion"),
        ("Обезщетението изплащаме единствено след получаване на сумата от застрахователя.", "evasion"),
        ("Коледните пакети са по-малко, понеже дарителят ни тази година ограничи помощта.", "evasion"),
        ("Доставчикът е въвел временни ограничения на количествата.", "evasion"),
        ("Пелетите не са налични при производителя до март.", "evasion"),
        ("В момента няма наличности при вносителя на тези гуми.", "evasion"),
        # the customer sent on: to an outside party, to a website, to his bank
        ("Подмяната е гаранционна и я прави сервизът, към който следва да се обърнете.", "evasion"),
        ("Обърнете се директно към куриерската фирма за новия адрес.", "evasion"),
        ("Свържи се с координатора на групата за разписанието.", "evasion"),
        ("За промени в графика можете да следите страницата на общината.", "evasion"),
        ("Уточнете и при банката си дали преводът не е спрян.", "evasion"),
        # the customer's choice, his own admin, other customers' silence as proof
        ("Сянката върху терасата е въпрос на избора на място от страна на наемателя.", "evasion"),
        ("Филтърът е включен от служител от Вашата страна.", "evasion"),
        ("Останалите гости на хотела не са имали оплаквания от климатика.", "evasion"),
        # our thing said to have worked as meant, a cause not ruled out, something that went wrong by itself
        ("Алармата е функционирала коректно през цялата нощ.", "evasion"),
        ("Възможно е табелите на входа да не са били достатъчно видими.", "evasion"),
        ("Вероятно при прехвърлянето на записите нещо се е объркало.", "evasion"),
        ("Срокът за доставка не зависи единствено от нас.", "evasion"),
        ("Удължаването на ремонта е обективно обусловено.", "evasion"),
        ("Платежната система в неделя осчетоводява вноските по-бавно.", "evasion"),
        ("Доколкото ни е известно, подизпълнителят работи по одобрения проект.", "evasion"),
        ("Разписанието беше в приложението, така че пътниците имаха възможност да го проверят.", "evasion"),
        # an outside firm, a body's worker, rules not set by us, a form the customer must file
        ("Монтажът на табелата е извършен от външна бригада.", "evasion"),
        ("Маршрутите бяха съкратени от експерт към министерството.", "evasion"),
        ("Таксите следват тарифи, които не се задават от нас.", "evasion"),
        ("За обезщетението е необходимо да подадете искане за компенсация в писмен вид.", "evasion"),
        # a fault called typical of the season
        ("Ниското налягане в котела е типично за зимните месеци в планината.", "evasion"),
    ],
)
def test_round_53_recurring_classes_named_by_their_construction(text, category):
    assert category in _categories(text)


@pytest.mark.parametrize(
    "text, category",
    [
        ("С оглед на времето тренировката ще е в залата.", "evasion"),
        ("Обновяването на площадката отложихме, защото не заделихме пари навреме.", "evasion"),
        ("Пелетите са налични при нас и тръгват утре.", "evasion"),
        ("Свържете се с нас на 0888 222 333 и ще уредим новия адрес.", "evasion"),
        ("Можете да следите поръчката в профила си.", "evasion"),
        ("Филтърът е включен от нас по погрешка; вече го изключихме.", "evasion"),
        ("Ако и други гости са имали оплаквания, ще им пишем сами.", "evasion"),
        ("Алармата вече работи правилно.", "evasion"),
        ("Срокът за доставка зависи от нас и го спазваме.", "evasion"),
        ("Доколкото знаем, пакетът още е у нас.", "evasion"),
        ("Обезщетението изплащаме веднага след получаване на документите от Вас.", "evasion"),
        ("Монтажът на табелата направихме сами и ще я преместим в събота.", "evasion"),
        ("Таксите следват тарифи, които сами определяме всяка година.", "evasion"),
        ("Ниското налягане в котела идва от спукан вентил, който сменяме утре.", "evasion"),
    ],
)
def test_round_53_innocent_neighbours_get_nothing_of_that_category(text, category):
    assert category not in _categories(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        # a purpose phrase before advice to the customer promises nothing
        ("С цел предотвратяване на повторни пробиви съветваме паролата да се сменя всеки месец.",
         "bg.vague_promise.shte-se-postaraem"),
        # the noun „база“, not the phrase „на базата на“
        ("Кремът е на базата от кокосово масло, както пише на етикета.", "bg.bureaucratese.na-baza"),
        # a wish about the past, and a thing the customer used
        ("Надяваме се празникът да е бил вълшебен.", "bg.evasion.agentless-past-passive"),
        ("Седалката, която е била ползвана, не можем да продадем отново.", "bg.evasion.agentless-past-passive"),
        # a past modal owns a mistake; it is no future passive
        ("Фактурата не биваше да бъде изпратена на стария адрес; грешката е наша.",
         "bg.bureaucratese.badeshte-stradatelen"),
        # a breach denied is good news
        ("Закъснението не се счита за неизпълнение от страна на наемателя.", "bg.evasion.ot-strana-na"),
        # a permit agreed with the bodies is no hand-off
        ("Сечта е съгласувана с компетентните институции още през пролетта.", "bg.vague_promise.kompetentniya-otdel"),
    ],
)
def test_round_53_judged_wrong_findings_stand_down(text, rule):
    assert rule not in _rules(text)


def test_a_thing_used_by_the_company_still_hides_who_used_it():
    assert "bg.evasion.agentless-past-passive" in _rules("При боядисването е било използвано лепило с разтворител.")


@pytest.mark.parametrize(
    "text, rule, words",
    [
        ("Исковете следва да бъдат насочени към застрахователя на превозвача.", "bg.evasion.prenasochena",
         "да пишете на другата страна"),
        ("Благодарим Ви за проявената загриженост.", "bg.boilerplate.blagodarim-za-interesa", "формула от грамота"),
        ("Доколкото ни е известно, тръбите са сменени.", "bg.bureaucratese.dokolkoto", "Доколкото знаем"),
    ],
)
def test_round_53_message_fits_what_matched(text, rule, words):
    messages = [f.message for f in LINTER.lint(text, "bg").findings if f.rule == rule]
    assert messages and words in messages[0]


# --- pass lintbg-71: round 54's Bulgarian evasion misses and judged-wrong findings ------------------------------


@pytest.mark.parametrize(
    "text, category",
    [
        # our own figures, the maker's rules or a signed paper as the whole answer
        ("Помпата на басейна е отработила по зададения режим.", "evasion"),
        ("Котелът в банята работи в нормални параметри.", "evasion"),
        ("Калибрирането на кантара от март е в допуските.", "evasion"),
        ("Газовият котел притежава всички изискуеми сертификати.", "evasion"),
        ("Полагането на паркета е изпълнено по технологията на производителя на лепилото.", "evasion"),
        ("Навесът е приет с двустранен протокол без забележки.", "evasion"),
        ("Сензорите на алармата функционират в съответствие с фабричната спецификация.", "evasion"),
        # the customer's own staff as the source of what went wrong
        ("Според сведенията, които ни даде Вашият технолог, дозата е вярна.", "evasion"),
        ("Списъкът с гостите е подаден от Вашия организатор едва в полунощ.", "evasion"),
        # the fault played down: usual, single, harmless, unnoticed
        ("Свиването на пуловера е в рамките на обичайното за вълнени изделия.", "evasion"),
        ("Случаите на спукани бутилки са единични.", "evasion"),
        ("Реален риск за здравето на децата няма.", "evasion"),
        ("Падането на табелата е без сериозни последици.", "evasion"),
        ("Повечето участници изобщо не забелязаха смяната на залата.", "evasion"),
        ("Не Ви се обадих, защото всичко се реши в последния момент.", "evasion"),
        ("Препоръчваме Ви сам да следите статуса на поръчката в сайта.", "evasion"),
        ("Бихте могли да напомните на продавачите да проверяват срока.", "evasion"),
        ("Съветваме Ви да обмислите преминаване към тарифа „Бизнес“ с по-бърза реакция.", "evasion"),
        ("Шофьорът дойде в сряда, понеже графикът на екипите ни в понеделник е изцяло ангажиран.", "evasion"),
        ("Явно при част от гостите таксата е минала два пъти.", "evasion"),
        ("Монтажникът дойде след пет дни, което е обичайното време за реакция по абонамента.", "evasion"),
        ("Течът в мазето не може да бъде пряко свързан с ремонта на покрива.", "evasion"),
        ("Новата карта ще бъде издадена при наличие на техническа възможност.", "vague_promise"),
        ("Ремонтът би могъл да започне при наличие на свободна бригада.", "vague_promise"),
        ("Вноските ще бъдат върнати по реда на постъпване на исканията.", "vague_promise"),
        # regret for a feeling or for a plan that went wrong by itself, an apology under a condition
        ("Мъчно ни е, че се разочаровахте от сладкиша.", "non_apology"),
        ("Съжаляваме, че тазгодишният събор не мина по план.", "non_apology"),
        ("Разбираме, че тортата пристигна разкривена, и това съвсем не е приятно.", "non_apology"),
        ("Ако сме Ви объркали с програмата, искрено се извиняваме.", "non_apology"),
        # stock closings
        ("Оставаме в очакване на Вашия отговор.", "boilerplate"),
        ("Благодарим Ви за съпричастността.", "boilerplate"),
        ("Разчитаме на подкрепата ти и догодина!", "boilerplate"),
        # promises to think, to ask, to hand over, with no date
        ("Сметката ще погледнем заедно с колегите от склада.", "vague_promise"),
        ("Ще помоля екипа да обмисли отстъпка за Вас.", "vague_promise"),
        ("Ще поговоря с управителя дали можем да Ви върнем таксата.", "vague_promise"),
        ("Искането Ви ще препратим към отдела за рекламации.", "vague_promise"),
        ("Ще сменим филтъра при следващо посещение в квартала.", "vague_promise"),
    ],
)
def test_round_54_recurring_classes_named_by_their_construction(text, category):
    assert category in _categories(text)


@pytest.mark.parametrize(
    "text, category",
    [
        ("Сменихме датчика и налягането вече е в нормалните граници.", "evasion"),
        ("Полагането не е изпълнено по технологията на производителя: пропуснахме грунда и го правим отново.", "evasion"),
        ("Според данните от склада ни пратката тръгна в 9:00.", "evasion"),
        ("Подуването е в рамките на нормалното за първия ден, затова го гледаме отново утре.", "evasion"),
        ("Няма риск да загубите точките си при смяната на картата.", "evasion"),
        ("Повечето от нас работят и в събота.", "evasion"),
        ("Препоръчваме Ви сами да изберете цвета на рамката.", "evasion"),
        ("Можете да напомните на шофьора да спре на Вашата спирка.", "evasion"),
        ("Ако искате, можем да Ви разкажем и за тарифа „Бизнес“.", "evasion"),
        ("Графикът за декември е вече на сайта.", "evasion"),
        ("Съжаляваме, че Ви дадохме грешния размер.", "non_apology"),
        ("Разбираме колко неприятно е това и се извиняваме: пратихме грешния размер.", "non_apology"),
        ("Очакваме Ви в четвъртък в 10:00.", "boilerplate"),
        ("Ще погледнем бойлера утре в 9:00.", "vague_promise"),
        ("Предадохме сметката на счетоводството и до петък ще Ви върнем 40 €.", "vague_promise"),
    ],
)
def test_round_54_innocent_neighbours_get_nothing_of_the_category(text, category):
    assert category not in _categories(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        # readiness with its price is a concrete offer
        ("Готови сме да сменим дръжките на всичките шест врати на кухненския шкаф на цена от 40 €.",
         "bg.vague_promise.mozhe-da-bade-predlozheno"),
        # a document's title keeps its words
        ("Срокът е в чл. 7 от Правилата за предоставяне на безжичен интернет в хотела.",
         "bg.bureaucratese.predostavyam"),
        # the company names itself as the doer
        ("Боядисването, извършено от фирмата ни миналата есен, е с гаранция пет години.",
         "bg.evasion.third-party-frame"),
        # a day the customer names, a newcomer whose fault the reply takes, a term of the contract
        ("Ще Ви дадем урок по ски безплатно в удобен за Вас ден, просто ни кажете кога.",
         "bg.vague_promise.udobno-vreme"),
        ("Сервитьорът беше нов и не беше записал алергията Ви. Отговорността е наша и вечерята е за наша сметка.",
         "bg.evasion.vinata-na-sluzhitel"),
        ("Наградата се дава само за билети, които не са върнати преди концерта.", "bg.evasion.ne-e-obraboteno"),
    ],
)
def test_round_54_judged_wrong_findings_stand_down(text, rule):
    assert rule not in _rules(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        ("Готови сме да обсъдим отстъпка за 12-те кашона.", "bg.vague_promise.mozhe-da-bade-predlozheno"),
        ("Ремонтът е извършен от партньорската ни фирма.", "bg.evasion.third-party-frame"),
        ("Техникът е нов в екипа и не е затегнал крана докрай.", "bg.evasion.vinata-na-sluzhitel"),
        ("Парите, които не са Ви върнати, ще получите до петък.", "bg.evasion.ne-e-obraboteno"),
    ],
)
def test_round_54_the_same_rules_still_fire_beside_them(text, rule):
    assert rule in _rules(text)


def test_a_harm_played_down_gets_a_message_of_its_own():
    messages = [f.message for f in LINTER.lint("Реален риск за личните Ви данни няма.", "bg").findings]
    assert any("омаловажават" in m for m in messages)


def test_waiting_declared_as_a_closing_gets_a_message_of_its_own():
    messages = [f.message for f in LINTER.lint("Оставаме в очакване на Вашето решение.", "bg").findings]
    assert any("Потвърдете ни" in m for m in messages)


# --- pass lintbg-73: round 55's Bulgarian misses, plain-reply errors and judged-wrong findings --------------------


@pytest.mark.parametrize(
    "text, category",
    [
        # the weather named by its kind, a process said to hang on many things
        ("Монтажът на покрива се отложи поради обилните валежи.", "evasion"),
        ("Времето за ферментация на виното зависи от много фактори.", "evasion"),
        # a supplier named as the cause, however long the thing between, or said to be outside
        ("Ремонтът на пещта закъсня поради забавяне на доставката на нагреватели от нашия дистрибутор в Полша.",
         "evasion"),
        ("Бутоните за якетата се доставят от външен производител.", "evasion"),
        # blame denied as fault, not only as responsibility
        ("Концертът се отложи заради болест на солиста, за което организаторите нямат вина.", "evasion"),
        # the customer's paper came in incomplete or without what it needed
        ("Анкетата е пристигнала в регистратурата с непълни данни за детето.", "evasion"),
        ("Към рекламацията Ви не бяха приложени снимки на щетата.", "evasion"),
        # left undone „in due time“, by nobody
        ("Вашата поръчка не беше предадена своевременно на склада.", "evasion"),
        # the complaint refused as finding no ground for it
        ("Банката не намира основание за отмяна на таксата.", "evasion"),
        # the customer told to do his part on time next time
        ("Препоръчваме Ви да подновявате абонамента си навреме.", "evasion"),
        # measures told first, the future after them
        ("Съответните мерки ще бъдат взети.", "vague_promise"),
        # belonging declared, a word of warmth inside
        ("Вие сте част от нашата голяма общност на туристи!", "boilerplate"),
        # our goods said to pass a strict check, or checked twice as a habit, as the whole answer
        ("Маслата ни преминават строг многостепенен контрол.", "evasion"),
        ("В цеха ни бутилките се проверяват поотделно.", "evasion"),
    ],
)
def test_round_55_classes_are_reported_in_their_category(text, category):
    assert category in _categories(text)


@pytest.mark.parametrize(
    "text, category",
    [
        ("Снеговалежът спря в неделя и монтажът продължава по график.", "evasion"),
        ("Цената на урока зависи от броя на учениците.", "evasion"),
        ("Нагревателите идват от нашия склад в Русе до два дни.", "evasion"),
        ("Вие нямате никаква вина за забавянето.", "evasion"),
        ("Молбата Ви постъпи при нас в понеделник.", "evasion"),
        ("Към пратката Ви не беше приложена фактура — пращаме я по имейл днес.", "evasion"),
        ("Прегледахме сметката и намерихме основание да Ви върнем таксата.", "evasion"),
        ("Препоръчваме Ви да пазите касовата бележка.", "evasion"),
        ("Сменихме доставчика на опаковки от 1 декември.", "vague_promise"),
        ("Кучето Ви вече е част от групата за дресура в събота.", "boilerplate"),
        ("Пратката Ви преминава митнически контрол във Варна до петък.", "evasion"),
    ],
)
def test_round_55_innocent_neighbours_get_nothing_of_the_category(text, category):
    assert category not in _categories(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        # regret that the customer's plans fell through, in a warm reply
        ("Жалко е, че пътуването се отложи. Съжаляваме, че плановете Ви се объркаха в последната седмица.",
         "bg.evasion.izgubena"),
        # a guessed cause owned right after it
        ("Стъклото вероятно се е спукало при превоза, защото не го бяхме подсигурили с картон.",
         "bg.evasion.predpolozhena-prichina"),
        # an apology after the reply said what we should have done
        ("Не тествахме приложението на по-стари телефони — трябваше да го направим. "
         "Съжаляваме за неприятностите, които това Ви причини.",
         "bg.non_apology.izvinyavame-se-za-pritesnenieto"),
        # the harm just told, called what should not have happened
        ("Тортата пристигна смачкана. Това не трябваше да се случи.", "bg.evasion.kazano-ni"),
        # checked twice as a habit is no review under way
        ("При нас чантите се проверяват двойно преди опаковане.", "bg.vague_promise.v-proces"),
        # how long a thing's own effect takes, said of several things
        ("Синините след инжекциите изчезват в рамките на 5 до 7 дни.", "bg.bureaucratese.v-ramkite-na"),
    ],
)
def test_round_55_judged_wrong_findings_stand_down(text, rule):
    assert rule not in _rules(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        ("Пратката Ви се обърка в склада.", "bg.evasion.izgubena"),
        ("Стъклото вероятно се е спукало при превоза.", "bg.evasion.predpolozhena-prichina"),
        ("Съжаляваме за неприятностите.", "bg.non_apology.izvinyavame-se-za-pritesnenieto"),
        ("Не трябваше да се издава фактура без подпис.", "bg.evasion.kazano-ni"),
        # (the term in the passive, no one's: our own active promise with a counted term, „ще Ви върнем … в рамките на
        # 5 работни дни“, was judged plain in rounds 73 and 74, lintbg-92)
        ("Парите ще Ви бъдат върнати в рамките на 5 работни дни.", "bg.bureaucratese.v-ramkite-na"),
    ],
)
def test_round_55_the_same_rules_still_fire_beside_them(text, rule):
    assert rule in _rules(text)


# --- pass lintbg-72: Bulgarian findings on good replies, and deliberation dated only by a real time --------------


@pytest.mark.parametrize(
    "text, rule",
    [
        # a number that is a day, an hour or a term dates the look; a sum or a count does not
        ("Ще погледнем заедно с механика дъската на 14.05.2026 г.", "bg.vague_promise.shte-razgledame"),
        ("Ще погледнем заедно с агронома лозите на 9 юни.", "bg.vague_promise.shte-razgledame"),
        ("Ще погледнем заедно с техника котела в 8 ч. сутринта.", "bg.vague_promise.shte-razgledame"),
        ("Ще погледнем заедно с дизайнера макета за 2 работни дни.", "bg.vague_promise.shte-razgledame"),
        ("Ще я предадем на колегите от сервиза на 21-ви.", "bg.vague_promise.prepraten-za-proverka"),
        ("Ще го предадем на екипа по поддръжка в 16:30 днес следобед.", "bg.vague_promise.prepraten-za-proverka"),
        # thanks for the report joined to an apology: the report showed our fault
        ("Благодарим Ви за сигнала и моля да ни извините: пратихме Ви рамка в грешен цвят.",
         "bg.boilerplate.blagodarim-za-loyalnostta"),
        ("Благодаря Ви за сигнала и съжалявам: прочетох грешно мярката на вратата.",
         "bg.boilerplate.blagodarim-za-loyalnostta"),
        # a regret owned by what we should have done in time
        ("Съжаляваме, че не успяхте да се регистрирате за маратона. Трябваше да обявим по-рано, че местата свършват.",
         "bg.non_apology.sazhalyavame-che-ste-nedovolni"),
        # a term in words of any size, and the next planned visit with its adjective, date the passive promise
        ("Гаранцията за наема ще бъде преведена обратно до дванадесет работни дни.",
         "bg.vague_promise.future-passive-no-date"),
        ("Счупената плочка ще бъде подменена при следващото редовно посещение.",
         "bg.vague_promise.future-passive-no-date"),
        # a complaint handed on to us tells how it reached the writer
        ("Жалбата Ви за шума от бара беше препратена към нас от районната администрация.", "bg.evasion.prenasochena"),
    ],
)
def test_good_reply_findings_stand_down(text, rule):
    assert rule not in _rules(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        ("Ще погледнем заедно с механика дъската, която струва 240 €.", "bg.vague_promise.shte-razgledame"),
        ("Ще погледнем заедно с агронома и двете лозя.", "bg.vague_promise.shte-razgledame"),
        ("Ще я предадем на колегите от отдела, който води 3 договора с Вас.", "bg.vague_promise.prepraten-za-proverka"),
        ("Благодарим Ви за сигнала. Рамката беше сменена от куриера.", "bg.boilerplate.blagodarim-za-loyalnostta"),
        ("Благодарим Ви за търпението и моля да ни извините за рамката.", "bg.boilerplate.blagodarim-za-loyalnostta"),
        ("Съжаляваме, че не успяхте да се регистрирате за маратона. Трябваше да изчакаме спонсора.",
         "bg.non_apology.sazhalyavame-che-ste-nedovolni"),
        # „за случилото се“ stays a formula even beside what we should have done (judged right, round 45)
        ("Съжаляваме за случилото се с торта. Трябваше навреме да Ви кажем, че сладкарят е болен.",
         "bg.non_apology.za-sluchiloto-se"),
        # a delivery still owed keeps its finding beside the apology (the draft's only fault in ge20-bg-06)
        ("Извиняваме се, че колетът с учебниците не беше доставен в понеделник.", "bg.evasion.ne-e-dostavena"),
        ("Гаранцията за наема ще бъде преведена обратно по сметката Ви.", "bg.vague_promise.future-passive-no-date"),
        ("Счупената плочка ще бъде подменена при следваща възможност.", "bg.vague_promise.future-passive-no-date"),
        ("Сигналът Ви за счупената пейка беше препратен към управителя на парка.", "bg.evasion.prenasochena"),
    ],
)
def test_draft_like_neighbours_still_fire(text, rule):
    assert rule in _rules(text)


# --- pass lintbg-74: round 56's Bulgarian evasion misses and judged-wrong findings ----------------------------------


@pytest.mark.parametrize(
    "text, category",
    [
        # our records or the goods' making told as the whole answer
        ("Дневниците от зареждането на котела са в норма.", "evasion"),
        ("Проверката установи, че помпите са в изправност.", "evasion"),
        ("Плочките се изпичат при стриктно спазване на всички изисквания.", "evasion"),
        # the fault put within the gauges' error or allowed by a standard
        ("Разликата от 2 грама е в рамките на грешката на двата кантара.", "evasion"),
        ("Пукнатините са допустими според браншовите стандарти.", "evasion"),
        # the pause told as unavoidable, the weather as beyond anyone
        ("Прекъсването на работата през октомври беше неизбежно.", "evasion"),
        ("Никой фермер не може да командва дъжда.", "evasion"),
        # a plan changed or a supply cut by a third party, however far; a part of the service said to come from outside
        ("Графикът на курсовете беше сменен от транспортната ни фирма, така че и ние научихме късно.", "evasion"),
        ("Водата в сградата е била спряна за ремонт от водоснабдителното дружество.", "evasion"),
        ("Кетърингът на събитието се осигурява от външен партньор.", "evasion"),
        # stock lines in warm words
        ("Именно такива отзиви ни помагат да растем.", "boilerplate"),
        ("Мнението на всеки наш гост е изключително важно за нас.", "boilerplate"),
        ("Клиенти като Вас са ценни за нас.", "boilerplate"),
        ("Остава ни само да Ви пожелаем хубава зима.", "boilerplate"),
        ("Винаги сте добре дошъл да ни звъннете.", "boilerplate"),
        ("Благодарим Ви за споделените впечатления.", "boilerplate"),
        ("За всякакви въпроси можете да се обръщате към офиса ни в Русе.", "boilerplate"),
        ("Разчитаме на доброто взаимодействие и догодина.", "boilerplate"),
        ("Изразяваме увереност в продължаването на съвместната ни работа.", "boilerplate"),
        # a promise dated by our next round or by someone else's settling
        ("При следващото ни минаване през Ямбол ще сменим и лампите.", "vague_promise"),
        ("Следващият път, когато бригадата дойде, ще довърши оградата.", "vague_promise"),
        ("Ще Ви се обадим, след като банката уточни сметката.", "vague_promise"),
        # the fault as the branch's, harmless, liked by most, or met with such things
        ("Закъсненията на пратките са общ проблем за целия сектор.", "evasion"),
        ("Пукнатината обикновено не се отразява съществено на здравината.", "evasion"),
        ("Повечето наши клиенти дори го харесват.", "evasion"),
        ("Тъмните петна по стената са нещо, което се среща при варовата мазилка в първата зима.", "evasion"),
        ("Горчивият привкус, който усещате, обикновено се появява, когато ядките стоят на топло.", "evasion"),
        # beyond the company's will, the weather named as the circumstances, a subcontractor in one hyphenated word
        ("Авария в мрежата, възникнала независимо от волята на клуба.", "evasion"),
        ("Закъснението е следствие от непреодолими обстоятелства, а именно неблагоприятните хидрометеорологични "
         "условия през март.", "evasion"),
        ("Закъснението е заради забавена доставка на пясък от кариерата-подизпълнител.", "evasion"),
        # the customer's side said to have approved it; our gauges showing nothing over the limits
        ("Дизайнът на брошурата е одобрен от Ваша страна.", "evasion"),
        ("Записите от датчиците за шум в двора досега не показват превишаване на нормите.", "evasion"),
        # officialese frames announcing the topic or the stand
        ("Що се отнася до сумата, тя е върната.", "bureaucratese"),
        ("Бихме искали да изразим следната позиция по казуса.", "bureaucratese"),
        # readiness to consider a possibility, whatever its price
        ("Готови сме да обсъдим възможността за ремонт срещу 30% от цената.", "vague_promise"),
        # a solution believed in, with nothing dated in it
        ("Вярваме, че заедно ще уредим въпроса скоро.", "vague_promise"),
        # the fault within nature's spread
        ("Разликата в теглото е в рамките на естествената вариабилност.", "evasion"),
        # the state worse than the customer declared; data incomplete in a paper the customer's side handed in
        ("Ръждата по рамата е значително по-голяма от декларираното при приемането.", "evasion"),
        ("Сметката се забави заради непълни сведения в списъка, предоставен от училището.", "evasion"),
    ],
)
def test_round_56_classes_are_reported_in_their_category(text, category):
    assert category in _categories(text)


@pytest.mark.parametrize(
    "text, category",
    [
        ("Сменихме филтъра и анализът на водата вече е в норма.", "evasion"),
        ("Помпите ни са на склад в Русе.", "evasion"),
        ("Спазването на срока е важно и за нас.", "evasion"),
        ("Кантарът показа 2 грама разлика, затова сменихме теглилките.", "evasion"),
        ("Работата продължава по график през октомври.", "evasion"),
        ("Водата в сградата ще бъде пусната утре в 9 ч.", "evasion"),
        ("Кетърингът на събитието е наш и менюто е готово.", "evasion"),
        ("Отзивите за курса са на сайта ни.", "boilerplate"),
        ("Клиенти като Вас получават отстъпка от 10 € при второ наемане.", "boilerplate"),
        ("Благодарим Ви за снимките на пукнатината.", "boilerplate"),
        ("При следващото ни посещение на 14 май ще сменим и лампите.", "vague_promise"),
        ("Секторът на куриерите расте с 5% годишно.", "evasion"),
        ("Прахът не се отразява на работата на уреда.", "evasion"),
        ("Повечето наши клиенти поръчват по два чувала.", "evasion"),
        ("Вкусът на виното обикновено се появява след година в бутилка.", "evasion"),
        ("Договорът беше подписан от Ваша страна на 3 май и го изпълнихме.", "evasion"),
        ("Данните от уреда вече не показват отклонения, след като сменихме филтъра.", "evasion"),
        ("Клаузата се отнася до наема, не до депозита.", "bureaucratese"),
        ("Обсъдихме възможността за ремонт и го насрочихме за 12 май.", "vague_promise"),
        ("Надяваме се, че ще решим проблема до петък.", "vague_promise"),
        ("Следващия път, когато наемате при нас, каската е безплатна.", "vague_promise"),
        ("Теглото е по-голямо от посоченото, затова доплатихме куриера.", "evasion"),
        ("Списъкът, предоставен от училището, пристигна вчера.", "evasion"),
        ("Теглото на торбите се различава с 5 грама.", "evasion"),
    ],
)
def test_round_56_innocent_neighbours_get_nothing_of_the_category(text, category):
    assert category not in _categories(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        # a shelf life, a measuring tolerance, a legal term, lines long closed
        ("Кашкавалът е в срок до март.", "bg.bureaucratese.v-srok-do"),
        ("Разликата е в рамките на точността на везните.", "bg.bureaucratese.v-ramkite-na"),
        ("Ревизията ще мине с материално отговорните лица на склада.", "bg.vague_promise.kompetentniya-otdel"),
        ("Пейките са от релси от линии, изведени от експлоатация.", "bg.bureaucratese.izveden-ot-eksploatatsiya"),
        # what must not be put off; nobody told the customer, owned
        ("Лекарят прецени, че лечението не бива да се отлага.", "bg.evasion.sluchva-se"),
        ("В петък дойдохте, а никой не Ви беше казал, че урокът се отменя.", "bg.evasion.sluchva-se"),
        # the others' own schedule named as the reason
        ("Документите отиват в журито, и техният график не зависи от нас.", "bg.evasion.nezavisesti-ot-nas"),
        # the fault owned in the same sentence
        ("Два от столовете липсваха – това е наш пропуск и не е трябвало да се случва.", "bg.evasion.kazano-ni"),
        # what we say, not what the customer must do
        ("По отношение на глобата от Вашия клиент, следва да отбележим, че тя не е наша.",
         "bg.evasion.normalno-yavlenie"),
        # thanks joined to what else the customer sent; an offer with its condition and our next step
        ("Благодаря за бързата обратна връзка и за снимките от монтажа.", "bg.boilerplate.blagodarim-za-zapitvaneto"),
        ("Готови сме да помогнем: ако ни пратите пробата, ще я изследваме с предимство.",
         "bg.vague_promise.mozhe-da-bade-predlozheno"),
        # a season beside a promise vague in its own words
        ("Бележките Ви ще бъдат взети предвид при планирането в предстоящия сезон.", "bg.vague_promise.bez-srok"),
        # a solution believed in is a vague promise, not the future-cooperation formula; an order taken on in the past
        ("Вярваме, че заедно ще уредим въпроса скоро.", "bg.boilerplate.badeshto-satrudnichestvo"),
        ("Въпреки това поръчката е била приета за изпълнение.", "bg.bureaucratese.prieto-za-razglezhdane"),
    ],
)
def test_round_56_judged_wrong_findings_stand_down(text, rule):
    assert rule not in _rules(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        ("Сумата ще Ви бъде върната в срок до 14 дни.", "bg.bureaucratese.v-srok-do"),
        # (the term in the passive, no one's: our own active promise with a counted term, „ще Ви върнем … в рамките на
        # 5 работни дни“, was judged plain in rounds 73 and 74, lintbg-92)
        ("Парите ще Ви бъдат върнати в рамките на 5 работни дни.", "bg.bureaucratese.v-ramkite-na"),
        ("Предадохме случая на отговорния отдел.", "bg.vague_promise.kompetentniya-otdel"),
        ("Асансьорът е изведен от експлоатация до петък.", "bg.bureaucratese.izveden-ot-eksploatatsiya"),
        ("Доставката на дървата се отлага.", "bg.evasion.sluchva-se"),
        ("Графикът на доставките не зависи от нас.", "bg.evasion.nezavisesti-ot-nas"),
        ("Не трябваше да се издава фактура без подпис.", "bg.evasion.kazano-ni"),
        ("Всеки участник следва да провери часа на старта.", "bg.evasion.normalno-yavlenie"),
        ("Благодарим Ви за обратната връзка.", "bg.boilerplate.blagodarim-za-zapitvaneto"),
        ("Готови сме да разгледаме молбата Ви.", "bg.vague_promise.mozhe-da-bade-predlozheno"),
        ("Ще сменим настилката на кортовете през следващия сезон.", "bg.vague_promise.bez-srok"),
        ("Надяваме се на бъдещо сътрудничество.", "bg.boilerplate.badeshto-satrudnichestvo"),
        ("Заявката Ви е приета за изпълнение.", "bg.bureaucratese.prieto-za-razglezhdane"),
    ],
)
def test_round_56_the_same_rules_still_fire_beside_them(text, rule):
    assert rule in _rules(text)


def test_round_56_an_aim_named_by_the_verbal_noun_is_not_called_a_refusal():
    text = "С цел удовлетворяване на претенцията Ви ще отпечатаме страниците наново."
    messages = [f.message for f in LINTER.lint(text, "bg").findings if f.rule == "bg.bureaucratese.udovletvoryavam"]
    assert messages and not messages[0].startswith("„Искането Ви не може")


# --- pass lintbg-75: round 57's Bulgarian judged-wrong findings and evasion misses --------------------------------


@pytest.mark.parametrize(
    "text, category",
    [
        # our machine told as having run normally, or within the allowed limits
        ("Котлите са функционирали в нормален режим през цялата седмица.", "evasion"),
        ("Свиването на плата е в допустимите производствени граници.", "evasion"),
        # a supplier named as the one who held it up; the customer's bank as the one holding the money
        ("Производителят ни на матраци забави три пратки през октомври.", "evasion"),
        ("Напълно възможно е банката Ви да бави превода до понеделник.", "evasion"),
        # the fault told as the way of the world, or nature as unusual
        ("Случват се такива неща при смяна на сезона.", "evasion"),
        ("Снеговалежите през януари бяха изключително обилни.", "evasion"),
        # the cost left with the customer, the contract as the whole answer
        ("Разходите по повторния оглед остават за сметка на купувача.", "evasion"),
        ("Общите условия не предвиждат обезщетение за изгубено време.", "evasion"),
    ],
)
def test_round_57_evasion_is_named(text, category):
    assert category in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Котлите ще работят в нормален режим след подмяната на горелката.",
        "Производителят ни на матраци забави три пратки, затова ги поехме ние и ще Ви ги доставим утре.",
        "Договорът не предвижда обезщетение, но ще Ви върнем таксата за месеца.",
        "Снеговалежите през януари ще бъдат обилни, затова почистваме пътеките всяка сутрин.",
    ],
)
def test_round_57_their_neighbours_are_not_evasion(text):
    assert "evasion" not in _categories(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        # a named doer stands the agentless rules down: our own specialist, an illness as the cause
        ("След проверка от нашия сервизен техник не е установена неизправност на бойлера.",
         "bg.evasion.registrirano-bez-avtor"),
        ("Смяната в пекарната беше съкратена заради болнични.", "bg.evasion.agentless-past-passive"),
        # nothing hidden: what a system does by itself, what the customer chose, the customer's own server
        ("Снимките са били пазени локално на камерата.", "bg.evasion.agentless-past-passive"),
        ("Бекъпите са били правени веднъж дневно съгласно избрания от Вас абонамент.",
         "bg.evasion.agentless-past-passive"),
        ("Причината е, че рутерът Ви в офиса изпраща заявките през прокси, който не е разрешен в настройките.",
         "bg.evasion.agentless-past-passive"),
        # our own new platform is no third party
        ("В резултат на прехвърлянето на картите към новата мобилна платформа някои отстъпки липсват.",
         "bg.evasion.third-party-frame"),
        # an owning reply stands the blame on a colleague down
        ("Този матрак не трябваше да излиза от цеха ни – колегите не са проверили шевовете.",
         "bg.evasion.vinata-na-sluzhitel"),
        # the weather named right after the formula
        ("Разходката с лодка беше отменена по независещи от нас причини – бурята над залива продължи до обед.",
         "bg.evasion.nezavisesti-ot-nas"),
        # a third party's overload is the third party's blame, not other customers' interest
        ("Писмата закъсняха поради претоварване в мрежата на пощенския оператор.", "bg.evasion.povishen-interes"),
        # a routine told, not a matter pending
        ("Каските се проверяват от инструктора преди всяко спускане.", "bg.vague_promise.v-proces"),
        # warm closings and specific thanks
        ("Ако имате още въпроси за курса, винаги сме насреща.", "bg.boilerplate.vinagi-sme-nasreshta"),
        ("Пишете ни, когато решите – винаги сме насреща!", "bg.boilerplate.vinagi-sme-nasreshta"),
        ("Благодаря за сигнала и за видеото от асансьора.", "bg.boilerplate.blagodarim-za-loyalnostta"),
        ("Имай предвид, че боята съхне цяла нощ.", "bg.bureaucratese.predvid"),
        ("Съжаляваме за забавянето на ремонта и се надяваме да ни дадете втори шанс.",
         "bg.boilerplate.badeshto-satrudnichestvo"),
    ],
)
def test_round_57_judged_wrong_findings_stand_down(text, rule):
    assert rule not in _rules(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        ("Не е установена неизправност на бойлера.", "bg.evasion.registrirano-bez-avtor"),
        ("Смяната в пекарната беше съкратена без предупреждение.", "bg.evasion.agentless-past-passive"),
        ("Бекъпите не са били правени от месеци.", "bg.evasion.agentless-past-passive"),
        ("Разходката с лодка беше отменена по независещи от нас причини.", "bg.evasion.nezavisesti-ot-nas"),
        ("Жалбата Ви се обработва.", "bg.vague_promise.v-proces"),
        ("Писмата закъсняха поради претоварване.", "bg.evasion.povishen-interes"),
        ("Винаги сме насреща!", "bg.boilerplate.vinagi-sme-nasreshta"),
        ("Благодаря за сигнала.", "bg.boilerplate.blagodarim-za-loyalnostta"),
        ("Предвид празниците доставката ще закъснее.", "bg.bureaucratese.predvid"),
        ("Разчитаме, че ще ни дадете още един шанс.", "bg.boilerplate.badeshto-satrudnichestvo"),
    ],
)
def test_round_57_the_same_rules_still_fire_beside_them(text, rule):
    assert rule in _rules(text)


@pytest.mark.parametrize(
    "text, rule, start",
    [
        # the message said by what matched: vague factors, the customer's own side, a sign, a bare reassurance
        ("Времето за доставка зависи от много фактори.", "bg.evasion.third-party-frame", "„Зависи от много фактори“"),
        ("Спирането се дължи на промяна в настройките, извършена от Вашия хостинг доставчик.",
         "bg.evasion.third-party-frame", "„Извършена от Вашия IT доставчик“"),
        ("Трасето е обозначено като „черно“.", "bg.evasion.otrazena-kato", "„Маркирана е като трудна“"),
        ("Молбата Ви е приета и не е забравена.", "bg.evasion.izgubena", "„Сигналът Ви не е забравен“"),
    ],
)
def test_round_57_the_message_fits_what_matched(text, rule, start):
    messages = [f.message for f in LINTER.lint(text, "bg").findings if f.rule == rule]
    assert messages and messages[0].startswith(start)


# --- pass lintbg-76: round 58's Bulgarian plain-reply errors, judged-wrong findings and misses ---------------------


@pytest.mark.parametrize(
    "text, category",
    [
        # the harm narrowed to a few
        ("Спирането на водата засегна ограничен брой домакинства в квартала.", "evasion"),
        ("Засегнати бяха отделни абонати на северния вход.", "evasion"),
        # the fault called nothing unusual, or a coincidence
        ("Първите дни кожата леко пуши, така че това не е необичайно.", "evasion"),
        ("Закъснението на автобуса беше по-скоро съвпадение на обстоятелства.", "evasion"),
        # the time of year itself called busy
        ("Последният месец беше изключително натоварен за монтажните екипи.", "evasion"),
        ("Есенният сезон беше изключително натоварен – поръчките бяха двойно повече.", "evasion"),
        ("Събота е най-натовареният ни ден в пекарната.", "evasion"),
        # the traffic jam as the cause; a system's deed told in the perfect; a warranty's exclusion quoted as the answer
        ("Шофьорът ни пристигна след обяд заради задръстване на околовръстния път.", "evasion"),
        ("Програмата за резервации е дублирала часа Ви с друг пациент.", "evasion"),
        ("Гаранцията не покрива щети, настъпили при пренасяне на печката.", "evasion"),
        # a visit that did not happen told as a protocol's item; „we'll see to it“ as the promise
        ("Неосъществената доставка на 4 март се дължи на болест.", "bureaucratese"),
        ("Ще гледаме през зимата да подменим люлките.", "vague_promise"),
        # our own people's work declared done to the instructions, as the answer
        ("Нашият техник е поставил уплътнението съгласно указанията на производителя.", "evasion"),
        ("Кроят е бил изпълнен от нашите шивачи в съответствие с добрата практика.", "evasion"),
    ],
)
def test_round_58_evasion_is_named(text, category):
    assert category in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Засегнати са трима клиенти и вече им върнахме парите.",
        "Не е необичайно да се притеснявате преди операция.",
        "Сезонът беше натоварен и не наехме достатъчно хора; затова часът Ви се бави.",
        "Сменихме уплътнението съгласно указанията на производителя.",
        "Закъсняхме заради задръстване на моста – грешката е наша, тръгнахме късно.",
        "Спряхме резервацията, защото програмата е дублирала часа Ви; вече го поправихме.",
        "Гаранцията не покрива повреди от влага, а по платката има следи от вода; ремонтът струва 90 €.",
    ],
)
def test_round_58_their_neighbours_are_not_evasion(text):
    assert "evasion" not in _categories(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        # plain replies: a refusal with its reason promised right after; an apology after the writer owns the slip in
        # her own past; one person following the matter to its end
        ("За съжаление не можем да удължим визата и ще Ви обясня защо.", "bg.non_apology.za-sazhalenie"),
        ("Аз я сложих в чекмеджето и не я изпратих на счетоводството. Съжалявам за притеснението.",
         "bg.non_apology.izvinyavame-se-za-pritesnenieto"),
        ("Ще следя лично поръчката до доставяне на мебелите.", "bg.vague_promise.do-nedatirano-sabitie"),
        # a warranty's exclusion retold; advice to the customer; a legal condition before the ban
        ("Гаранцията не покрива щети, възникнали при падане на уреда.", "bg.evasion.vaznikna-problem"),
        ("Съветваме Ви да вземете мерки срещу влагата в мазето.", "bg.vague_promise.predpriemem-merki"),
        ("До получаване на лиценза складът не може да бъде използван.", "bg.evasion.otkaz-bez-prichina"),
        # our own people named after „от“
        ("Заявката е била обработена от нашите диспечери в същия ден.", "bg.evasion.agentless-past-passive"),
    ],
)
def test_round_58_judged_wrong_findings_stand_down(text, rule):
    assert rule not in _rules(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        ("За съжаление не можем да удължим визата.", "bg.non_apology.za-sazhalenie"),
        ("Съжалявам за притеснението.", "bg.non_apology.izvinyavame-se-za-pritesnenieto"),
        ("Сумата остава блокирана до окончателното приключване на проверката.", "bg.vague_promise.do-nedatirano-sabitie"),
        ("Възникнаха повреди при монтажа.", "bg.evasion.vaznikna-problem"),
        ("Мерки ще бъдат предприети.", "bg.vague_promise.predpriemem-merki"),
        ("Складът не може да бъде използван.", "bg.evasion.otkaz-bez-prichina"),
        ("Заявката е била обработена от нашия партньор в същия ден.", "bg.evasion.third-party-frame"),
    ],
)
def test_round_58_the_same_rules_still_fire_beside_them(text, rule):
    assert rule in _rules(text)


def test_round_58_a_denied_breach_gets_a_message_of_its_own():
    messages = [f.message for f in LINTER.lint("Срокът за отговор не е нарушен.", "bg").findings
                if f.rule == "bg.evasion.agentless-past-passive"]
    assert messages and messages[0].startswith("„Срокът не е нарушен“")


# --- pass lintbg-77: round 59's Bulgarian plain-reply errors, judged-wrong findings and misses ---------------------


@pytest.mark.parametrize(
    "text, rule",
    [
        # „така“ pointing at a cause told right after it, which a colleague's slip owns
        ("Получи се така, защото преводът не беше осчетоводен навреме, а колежката не сверила сметката.",
         "bg.evasion.taka-se-sluchi"),
        # a thing not done in time, in the passive, names no party who failed
        ("Таксата се удвои, защото банковият превод не беше отразен навреме в системата ни.", "bg.evasion.ne-e-navreme"),
        ("Таксата се удвои, защото банковият превод не беше отразен навреме в системата ни.",
         "bg.evasion.third-party-frame"),
        # the weather in a room, an adjective that ends like a participle
        ("Жалко, че в залата е било студено.", "bg.evasion.agentless-past-passive"),
        # terms set by a contractor named before and pointed at
        ("Ремонтът се извършва от фирмата на общината, като сроковете се определят от нея.",
         "bg.vague_promise.neopredeleno-badeshte"),
        # not sent on, in the past: a slip told, no promise
        ("То не е било насочено към отговорния отдел поради техническа грешка.",
         "bg.vague_promise.prepraten-za-proverka"),
        # the declared responsible person as a paper's subject
        ("Липсваше удостоверението за отговорното лице по безопасност.", "bg.vague_promise.kompetentniya-otdel"),
    ],
)
def test_round_59_judged_wrong_findings_stand_down(text, rule):
    assert rule not in _rules(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        ("Получи се така, че преводът не беше осчетоводен.", "bg.evasion.taka-se-sluchi"),
        ("Таксата се удвои, защото куриерската фирма не донесе пратката навреме.", "bg.evasion.ne-e-navreme"),
        ("На терасата е било поставено грешното осветление.", "bg.evasion.agentless-past-passive"),
        ("Сроковете се определят според натоварването.", "bg.vague_promise.neopredeleno-badeshte"),
        ("Писмото Ви е препратено за допълнителна проверка.", "bg.vague_promise.prepraten-za-proverka"),
        ("Случаят Ви е предаден на отговорното лице.", "bg.vague_promise.kompetentniya-otdel"),
    ],
)
def test_round_59_the_same_rules_still_fire_beside_them(text, rule):
    assert rule in _rules(text)


@pytest.mark.parametrize(
    "text, category",
    [
        # regret for what an object or the weather did to the customer, no one owning it
        ("Неприятно ни е, че новите принтери са Ви създали главоболия.", "non_apology"),
        ("Съжаляваме, че късметът на томболата не беше на Ваша страна.", "non_apology"),
        # a remedy or a look promised with nothing said of when or what
        ("Не се тревожете, ще намерим решение.", "vague_promise"),
        ("Техникът ще погледне пак котела, като мине насам.", "vague_promise"),
        ("Ще прегледаме договора още веднъж.", "vague_promise"),
        ("Можем да обсъдим отстъпка от следващата вноска.", "vague_promise"),
        # our side told as done right or on time, as the whole answer
        ("Шофьорът е тръгнал от склада навреме.", "evasion"),
        ("Помпата излезе от изпитанията напълно изправна.", "evasion"),
        ("Сноубордът беше в отлично състояние при предаването.", "evasion"),
    ],
)
def test_round_59_misses_are_named(text, category):
    assert category in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Неприятно ни е, че сбъркахме модела и Ви създадохме главоболия; сменяме го утре.",
        "Ако датата не Ви устройва, пишете ми и ще намерим друга.",
        "Ще погледнем пак котела в четвъртък в 10:00.",
        "Можем да обсъдим цвета на завесите по телефона.",
        "Влакът тръгна навреме, а ние закъсняхме с трансфера.",
        "Пратката ще тръгне навреме утре сутринта.",
        "Вашата кола беше в отлично състояние при предаването.",
    ],
)
def test_round_59_neighbours_stay_quiet(text):
    assert not {"evasion", "non_apology", "vague_promise"} & _categories(text)


# --- pass lintbg-78: round 60's Bulgarian plain-reply errors, judged-wrong findings and misses ---------------------


@pytest.mark.parametrize(
    "text, rule, fires",
    [
        # the writer owns her own part beside the colleague's, by a negated first-person verb with its pronoun
        ("Пропускът е на колегата от склада, а аз не съм го забелязал при опаковането.",
         "bg.evasion.vinata-na-sluzhitel", False),
        # the reply grants the complaint before telling it
        ("Имате право – филтрите в залата не бяха сменени цели два месеца.", "bg.evasion.agentless-past-passive", False),
        # the cause named after a perfect passive; the party whose charge it was; an event with its date
        ("Закъснението е било предизвикано от проверка на пътна полиция.", "bg.evasion.agentless-past-passive", False),
        ("Снимките още не са качени в системата, което е отговорност на клуба.", "bg.evasion.agentless-past-passive", False),
        ("Инструктажът е бил проведен на 4.03.2026 г. в залата на завода.", "bg.evasion.agentless-past-passive", False),
        # the road stopped, a public fact
        ("Имаше верижна катастрофа и движението беше спряно за два часа.", "bg.evasion.blokiran", False),
        ("Имаше верижна катастрофа и движението беше спряно за два часа.", "bg.evasion.agentless-past-passive", False),
        # a concession to what the customer's colleague said
        ("Съпругата Ви е права, че след смяната на маслото това не би трябвало да се повтаря.", "bg.evasion.kazano-ni", False),
        # a concrete cause with our own person's omission beside it
        ("Кабелът на колонката се е прекъснал при товаренето, а техникът не носеше резервен.", "bg.evasion.sluchva-se", False),
        # a claimed defect refused, not laid on a maker
        ("Затова не можем да приемем, че става дума за фабричен дефект на уреда.", "bg.evasion.fabrichen-defekt", False),
        # the customer's own operating system, updated without us
        ("Проблемът се дължи на актуализация на операционната система, направена от Вас.", "bg.evasion.sistemata", False),
        # the adverb of a participle, not a second cause
        ("Забавянията се дължат на ремонта и на неправилно спрени коли на входа.",
         "bg.evasion.prichina-bez-izvarshitel", False),
        # a contract's subject
        ("Съгласно договора за предоставяне на сценична техника монтажът е в 8:00.", "bg.bureaucratese.predostavyam", False),
        # the same rules still fire beside them
        ("Пропускът е на колегата от склада, който не е проверил етикета.", "bg.evasion.vinata-na-sluzhitel", True),
        ("Филтрите не бяха сменени два месеца.", "bg.evasion.agentless-past-passive", True),
        ("Прекъсването е било предизвикано при смяната на таблото.", "bg.evasion.agentless-past-passive", True),
        ("Профилът Ви беше спрян за два часа.", "bg.evasion.blokiran", True),
        ("По принцип това не би трябвало да се повтаря.", "bg.evasion.kazano-ni", True),
        ("Кабелът на колонката се е прекъснал при товаренето.", "bg.evasion.sluchva-se", True),
        ("Уредът е бил с фабричен дефект.", "bg.evasion.fabrichen-defekt", True),
        ("Ще Ви предоставим нова парола.", "bg.bureaucratese.predostavyam", True),
    ],
)
def test_round_60_judged_wrong_classes_stand_down_beside_their_rules(text, rule, fires):
    assert (rule in _rules(text)) is fires


@pytest.mark.parametrize(
    "text, category",
    [
        # the customer told he may go to the others too, or check with them
        ("Може да поискате обезщетение и директно от хотела.", "evasion"),
        ("Учениците могат да се обърнат и към медицинската сестра на училището.", "evasion"),
        ("Би било добре да попитате и при тях.", "evasion"),
        # the fault called normal or natural, tacked on
        ("Теглото спада при сушенето, което е напълно нормално.", "evasion"),
        ("При толкова гости е напълно естествено понякога да се забрави нещо.", "evasion"),
        ("Отчетът закъсня – просто такъв е редът при годишното приключване.", "evasion"),
        # our side done by the standard, as agreed, or certified by others, as the answer
        ("Скелето беше монтирано по стандарта.", "evasion"),
        ("Бригадата е работила според уговореното.", "evasion"),
        ("Каската е преминала тестове при производителя.", "evasion"),
        ("Везната е калибрирана и проверена от акредитирана лаборатория.", "evasion"),
        ("Брашното е с валиден сертификат за качество.", "evasion"),
        # sorrow for the customer's lot or loss, nothing owned
        ("Тъжно ни е, че на рождения ден сте останали без торта.", "non_apology"),
        ("Съжаляваме за загубата на кошерите.", "non_apology"),
        # stock lines
        ("Молим те за търпение.", "boilerplate"),
        ("Благодарим Ви, че споделихте.", "boilerplate"),
        # the customer told to try them, or that the answer is on another's site
        ("Можете да опитате да се свържете с него на 0899 123 456.", "evasion"),
        ("Ако прецените, можете да подадете жалба и директно до застрахователя.", "evasion"),
        ("Разписанието може да бъде намерено на сайта на автогарата.", "evasion"),
        # a partner, an importer or a subcontractor as the one who did it or was late
        ("Транспортната компания, с която работим, не е дошла в уговорения час.", "evasion"),
        ("Поръчахме плочките навреме, но доставчикът ги докара чак в петък.", "evasion"),
        ("Монтажът е изпълнен от наш подизпълнител.", "evasion"),
        # load as the excuse, and helplessness
        ("През празниците колегите работят при засилено натоварване.", "evasion"),
        ("Тази зима сезонът е по-натоварен от обичайното.", "evasion"),
        ("За съжаление нищо не можехме да направим по време на бурята.", "evasion"),
        # another party's word awaited, or a possibility bound to a chance, with no date
        ("Подадохме сигнал до общината и очакваме тяхното решение.", "vague_promise"),
        ("Замяната би могла да бъде извършена при възможност.", "vague_promise"),
        # what the customer did not state, in the perfect passive
        ("Гравирането не е било изрично поискано в поръчката.", "evasion"),
        # innocent neighbours: no evasion, non-apology or stock line at all
        ("Можете да ни пишете и директно на имейла на склада.", ""),
        ("Можете да се обърнете и към мен на този номер.", ""),
        ("Напълно нормално е да се притеснявате преди операцията.", ""),
        ("Ще монтираме скелето по стандарта в понеделник.", ""),
        ("Вашата везна е калибрирана от акредитирана лаборатория.", ""),
        ("Съжаляваме за загубата на кошерите: пръскахме без да Ви предупредим и грешката е наша.", ""),
        ("Благодарим Ви, че споделихте снимките на пукнатината.", ""),
        ("Можете да се обърнете и към мен на 0899 123 456.", ""),
        ("Графикът може да бъде намерен на сайта на нашия клуб.", ""),
        ("Работим с тази компания от години и тя винаги идва навреме.", ""),
        ("Двигателят работи при високо натоварване без прекъсване.", ""),
        ("Очакваме техния отговор до петък, 14 ноември, и веднага ще Ви пишем.", ""),
        ("Можете да платите при възможност до края на месеца.", ""),
        ("Това не е изрично посочено в договора, затова Ви се извиняваме, че сбъркахме.", ""),
        # round 61 (lintbg-79)
        # the customer sent straight to another party, without an „и“
        ("Можете да отнесете уреда директно при тях в Пловдив.", "evasion"),
        ("Най-лесно е да го занесете директно в склада им на Околовръстното.", "evasion"),
        ("Можеш да се свържеш директно с лабораторията в Русе.", "evasion"),
        # the hope or the wait to see the customer back, as a closing
        ("Надяваме се да те посрещнем отново през пролетта!", "boilerplate"),
        ("Приятна вечер и се надяваме да Ви видим пак.", "boilerplate"),
        ("Очакваме те пак в салона!", "boilerplate"),
        # understanding or sorrow that the day went wrong by itself
        ("Разбираме, че рожденият ден на сина Ви в парка не мина по план.", "non_apology"),
        ("Много ни е мъчно, че всичко се разви така.", "non_apology"),
        ("Разбираме, че подаването на декларацията по ДДС отново е неприятно.", "non_apology"),
        # innocent neighbours: our own people, our own service, a visit booked, the plain replies' way of saying it
        ("Разбираме, че искате да мине по план, затова идваме в 8:00.", ""),
        ("Мъчно ни е, че сгрешихме датата; всичко се разви така заради нас и връщаме парите.", ""),
        ("Можете да се свържете директно с мен на 0888 111 222.", ""),
        ("Ще го занесем директно в сервиза ни утре.", ""),
        ("Очакваме Ви отново в четвъртък в 9:30 за втората процедура.", ""),
        ("Ще се радваме да Ви видим отново на курса.", ""),
        # round 62 (lintbg-80)
        # the customer sent straight to another party, or told to do it himself
        ("Най-добре е да се обърнете директно към застрахователя.", "evasion"),
        ("Можеш и ти да се свържеш директно с организатора.", "evasion"),
        ("Съветваме Ви сами да изпратите сигнал до общината.", "evasion"),
        ("Предлагаме ти да разгледаш възможността за преминаване към годишен абонамент.", "evasion"),
        # the notice said to have been posted for the customer to see
        ("Информацията за промяната е поставена на таблото във фоайето.", "evasion"),
        ("Съобщение имаше във Facebook от сряда.", "evasion"),
        # a tool or a body as the doer, or unable to act
        ("Платформата за записване просто не е генерирала потвърждение.", "evasion"),
        ("Сайтът, през който продаваме картите, имаше срив в петък.", "evasion"),
        ("Фирмата не е участвала във вземането на това решение.", "evasion"),
        ("Школата не би могла да повлияе на графика на басейна.", "evasion"),
        ("Подобни пукнатини се появяват най-често при резки студове.", "evasion"),
        # our side right, the goods as described, the customer's cost
        ("При нас всичко беше наред, проблемът е при куриера.", "evasion"),
        ("Столът отговаря на описанието в сайта.", "evasion"),
        ("Можете да го изпратите за Ваша сметка с куриер.", "evasion"),
        # the harm played down, the terms as the answer
        ("Концертът започна с час по-късно, а това все пак е само част от вечерта.", "evasion"),
        ("Повредата засегна много домакинства, не само вас.", "evasion"),
        ("Щетите от градушка са изключени от гаранцията.", "evasion"),
        ("Случаят попада в изключенията по т. 7 от общите условия.", "evasion"),
        # non-apologies: a condition, then the plea; regret „expressed“
        ("Ако по някакъв повод не сте доволни, молим да ни извините.", "non_apology"),
        ("Изразяваме съжаление за неудобствата с водата.", "non_apology"),
        # vague promises: a turn, a thought, some time, an approval
        ("Майсторите ще я боядисат, когато им дойде редът.", "vague_promise"),
        ("Ако не проработи, пиши ми и ще помислим какво да направим.", "vague_promise"),
        ("Ремонтът обикновено отнема известно време.", "vague_promise"),
        ("Ще Ви върнем депозита, щом получа разрешение от управителя.", "vague_promise"),
        # stock lines and officialese
        ("Мерси за разбирането!", "boilerplate"),
        ("Констатираните нарушения са отстранени.", "bureaucratese"),
        # innocent neighbours: our own people, a present state, our own cost, the fault owned, a turn that is no promise
        ("Най-добре е да се свържете директно с мен.", ""),
        ("При нас всичко е наред, заповядайте в 10:00.", ""),
        ("Доставката е за наша сметка.", ""),
        ("Столът не отговаря на описанието в сайта и ще го сменим.", ""),
        ("Когато им дойде редът, децата влизат по двама.", ""),
        ("Не сме участвали във вземането на решението, но ще Ви върнем парите.", ""),
    ],
)
def test_round_60_to_62_misses_are_named_beside_quiet_neighbours(text, category):
    categories = _categories(text)
    assert category in categories if category else not {"evasion", "non_apology", "boilerplate", "vague_promise"} & categories


# Round 61's and 62's judged-wrong findings and misses (passes lintbg-79 and lintbg-80): each class beside a
# neighbour the same rule still takes; the first of each pair fails on main.


@pytest.mark.parametrize(
    ("text", "quiet_rule", "neighbour"),
    [
        # the doer named before the verb by „от страна на“
        (
            "Монтажът на парапета от страна на бригадата на възложителя е извършен без съгласуване със собственика, "
            "поради което не поемаме разходите.",
            "bg.evasion.agentless-past-passive",
            "Монтажът на парапета е извършен без съгласуване със собственика, поради което не поемаме разходите.",
        ),
        # the duty told and owned before the delay
        (
            "Права сте: залата трябваше да е боядисана до 1 май, а все още не е завършена.",
            "bg.evasion.agentless-past-passive",
            "Залата все още не е завършена.",
        ),
        # goods or a vehicle held at customs, on the road or in a jam
        (
            "Цистерната беше задържана на митницата в Свиленград три дни.",
            "bg.evasion.blokiran",
            "Плащането Ви е задържано до проверка на документите.",
        ),
        # a term counted in days from an event
        (
            "Плащането се извършва 14 дни след одобряването на отчета.",
            "bg.bureaucratese.predlog-otglagolno",
            "Плащането се извършва след одобряване на отчета.",
        ),
        # round 62 (lintbg-80)
        # the doer named after the passive: a firm, a body, a worker
        (
            "Ламинатът е бил положен от предишната Ви строителна фирма.",
            "bg.evasion.agentless-past-passive",
            "Ламинатът е бил положен без подложка.",
        ),
        # what a system did by itself
        (
            "Ъпдейтът е бил инсталиран автоматично през нощта.",
            "bg.evasion.agentless-past-passive",
            "Ъпдейтът е бил инсталиран през нощта.",
        ),
        # whether a place or a service could be reached is a state
        (
            "Сайтът е бил недостъпен два часа в неделя.",
            "bg.evasion.agentless-past-passive",
            "Сайтът е бил преместен на друг сървър в неделя.",
        ),
        # the body that decided it, with the reason
        (
            "Концертът беше отменен по решение на общината поради обявения грипен карантинен режим.",
            "bg.evasion.anulirana",
            "Концертът беше отменен два дни преди датата.",
        ),
        # a postponement whose cause a narrower rule reports
        (
            "Премиерата бе отложена поради непредвидени обстоятелства.",
            "bg.evasion.zabavena",
            "Премиерата бе отложена с месец.",
        ),
        # the customer's trouble acknowledged, not blamed
        (
            "Разбирам, че сте сменили часа в последния момент заради болно дете.",
            "bg.evasion.vinata-na-klienta",
            "Тъй като сте сменили часа в последния момент, таксата остава.",
        ),
        # the breakdown the customer reported, granted
        (
            "Стъклото на вратата се е напукало, това е вярно.",
            "bg.evasion.sluchva-se",
            "Стъклото на вратата се е напукало.",
        ),
        # a report promised beside its empty term, which a narrower rule reports
        (
            "Ще те уведомим за решението на банката в разумен срок.",
            "bg.vague_promise.bez-srok",
            "Ще те уведомим за решението на банката.",
        ),
        # a sum set off at the event it belongs to
        (
            "Депозитът ще бъде приспаднат при наемането на залата.",
            "bg.vague_promise.future-passive-no-date",
            "Депозитът ще бъде приспаднат.",
        ),
        # our own inquiry, made and waited on
        (
            "Направихме запитване в склада и чакаме отговор.",
            "bg.bureaucratese.zapitvane",
            "Вашето запитване е регистрирано.",
        ),
        # „for an extra fee“, a set phrase
        (
            "Можем да удължим наема срещу допълнително заплащане.",
            "bg.bureaucratese.zaplashtane",
            "Необходимо е заплащане на таксата до петък.",
        ),
        # what a plan gives, its description
        (
            "Пакетът „Семеен“, който предоставя покритие за четирима, струва 30 евро.",
            "bg.bureaucratese.predostavyam",
            "Ще Ви предоставим покритие за четирима.",
        ),
        # a short, informal thanks for the message
        (
            "Благодаря ти за съобщението, Веси!",
            "bg.boilerplate.blagodarim-za-zapitvaneto",
            "Благодаря ти за запитването, Веси!",
        ),
        # round 63 (lintbg-81)
        # the slip placed with the writer before the colon that tells it
        (
            "Грешката е при мен: операторът на пресата е взел старата матрица.",
            "bg.evasion.third-party-frame",
            "Грешката е при оператора: операторът на пресата е взел старата матрица.",
        ),
        # the customer cleared of the delay elsewhere in the reply
        (
            "Съжаляваме, че издаването на членската карта се забави толкова. Това не е Ваша вина.",
            "bg.evasion.se-zabavi",
            # (guardsbg-83: a regret for the delay in its own sentence, „Съжаляваме, че … се забави“, owns it too, as
            # the judges read round 63; „за съжаление“ regrets nothing of ours)
            "За съжаление издаването на членската карта се забави толкова.",
        ),
        # a consequence told, not a term
        (
            "Сбъркахме кода на склада, което доведе до изпращане на грешните плочки.",
            "bg.vague_promise.do-nedatirano-sabitie",
            "Ще Ви изпратим плочките до окончателното приключване на инвентаризацията.",
        ),
        # the customer's own person in advice to him
        (
            "Препоръчваме графикът да бъде проверяван от отговорното лице при Вас преди публикуване.",
            "bg.vague_promise.kompetentniya-otdel",
            "Предадохме графика на отговорното лице.",
        ),
        # the customer's own payment term
        (
            "Сметката за вода следва да бъде платена в законоустановения срок.",
            "bg.vague_promise.neopredeleno-badeshte",
            "Ще отговорим в законоустановения срок.",
        ),
        # what help is for, not a step it waits on
        (
            "Съдействие ще Ви бъде оказано при попълването на жалбата.",
            "bg.vague_promise.sled-neopredeleno",
            "Сумата ще Ви бъде върната след приключване на проверката.",
        ),
        # a charge stated
        (
            "Късното напускане ще Ви бъде таксувано с 20 €.",
            "bg.vague_promise.future-passive-no-date",
            "Таксата за късното напускане ще Ви бъде възстановена.",
        ),
        # thanks for a call named by its day, and for choosing to support a named cause
        (
            "Благодаря за разговора вчера и за снимките на покрива.",
            "bg.boilerplate.blagodarim-za-zapitvaneto",
            "Благодаря за обаждането.",
        ),
        (
            "Благодарим, че избрахте да подкрепите приюта с дарение на храна.",
            "bg.boilerplate.blagodarim-za-loyalnostta",
            "Благодарим, че избрахте нашия магазин.",
        ),
        # the scope of a duty, not a term
        (
            "Проверката на багажа е била в рамките на задълженията на охраната.",
            "bg.bureaucratese.v-ramkite-na",
            "Багажът ще бъде проверен в рамките на два дни.",
        ),
        # the allowed margin with the value measured in it
        (
            "Замерихме вала: отклонението е в рамките на допустимото (0,02 мм), а шумът идва от лагера.",
            "bg.evasion.normalno-yavlenie",
            "Отклонението в теглото е в рамките на допустимото.",
        ),
        # a cause guessed at, not a partner blamed
        (
            "По-вероятно е причината да е във влагата в мазето.",
            "bg.evasion.third-party-frame",
            "Причината е в доставчика на профилите.",
        ),
    ],
)
def test_judged_wrong_classes_are_quiet_beside_their_neighbours(text, quiet_rule, neighbour):
    assert quiet_rule not in _rules(text)
    assert quiet_rule in _rules(neighbour)


def _message(text: str, rule: str) -> str:
    return next(f.message for f in LINTER.lint(text, "bg").findings if f.rule == rule)


@pytest.mark.parametrize(
    ("text", "rule", "neighbour"),
    [
        # the customer's own act told in the passive as the cause
        (
            "Автомобилът Ви е бил паркиран в зона за товарене, затова е вдигнат.",
            "bg.evasion.agentless-past-passive",
            "Автомобилът Ви е бил преместен без предупреждение.",
        ),
        # a product's terms cited as the answer
        (
            "Резултатът от анализа не е гарантиран, както е описано в офертата.",
            "bg.evasion.otkaz-bez-prichina",
            "Срокът на доставка не е гарантиран.",
        ),
        # a check we do not make, told as the way things are
        (
            "Оборудването не се тества поотделно преди експедиция.",
            "bg.evasion.ne-e-harakterno",
            "Всяка бутилка се тества поотделно преди експедиция.",
        ),
        # sympathy for the customer's misfortune
        (
            "Много съжалявам да чуя, че вилата Ви е ограбена през празниците.",
            "bg.non_apology.sazhalyavame-che-ste-nedovolni",
            "Съжаляваме да чуем, че сте недоволни от ремонта.",
        ),
        # round 62 (lintbg-80)
        # goods held at customs: a public body, not a chosen partner
        (
            "Контейнерът с мебелите беше задържан в митницата в Бургас.",
            "bg.evasion.third-party-frame",
            "Контейнерът с мебелите заседна в склада на превозвача.",
        ),
        # an outside machine named as the cause by a formula
        (
            "Авариите са причинени от багер на трета фирма.",
            "bg.evasion.third-party-frame",
            "Авариите са причинени от външни фактори.",
        ),
        # a wait for someone's permit told as a need
        (
            "Закъснението се дължи на необходимостта от одобрение от регионалната инспекция.",
            "bg.evasion.se-dalzhi-na",
            "Закъснението се дължи на натовареността.",
        ),
    ],
)
def test_judged_wrong_messages_fit_their_construction(text, rule, neighbour):
    assert _message(text, rule) != _message(neighbour, rule)


@pytest.mark.parametrize(
    ("text", "has_evasion"),
    [
        # a partner's own word given as the reason
        ("Куриерската фирма твърди, че бусът е стоял два часа на границата при Кулата.", True),
        ("Технологът ни твърди, че тестото е втасвало достатъчно.", False),
        ("Превозвачът твърди, че е звънял два пъти, но проверихме записа: не е звънял и грешката е наша.", False),
    ],
)
def test_a_partners_word_given_as_the_reason_is_evasion(text, has_evasion):
    assert ("evasion" in _categories(text)) is has_evasion


# Round 62's plain-reply error (pass lintbg-80; its judged-wrong classes and misses are in the lists above).


def test_a_cancellation_in_a_reply_that_owns_the_missed_warning_is_no_evasion():
    owned = "Часът ти беше отменен. Съжалявам, не ти писах навреме."
    assert "evasion" not in _categories(owned)
    assert "evasion" in _categories("Часът ти беше отменен.")




# Round 63 (pass lintbg-81): plain-reply errors, judged-wrong findings and evasion misses.


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # our own vehicle taken out of service, our own person stuck in traffic: no account is blocked
        ("Хладилният камион беше изваден от експлоатация заради теч и пратката тръгна в понеделник.",
         "bg.evasion.spryan-ot-dvizhenie"),
        ("Монтажникът е бил блокиран в задръстването на околовръстното и затова не дойде.",
         "bg.evasion.spryan-ot-dvizhenie"),
        # our side declared right
        ("Проверихме: софтуерът работи коректно и е отчел часовете според графика.", "bg.evasion.ne-e-harakterno"),
        ("Няма как да има грешка от наша страна, тъй като проверяваме всеки етикет.", "bg.evasion.ne-e-harakterno"),
        ("При демонтажа са спазени всички технически изисквания.", "bg.evasion.ne-e-harakterno"),
        ("Ползваният лак е разрешен за употреба и е безопасен за деца.", "bg.evasion.ne-e-harakterno"),
        ("Действията на охранителя са били в рамките на правомощията му.", "bg.evasion.ne-e-harakterno"),
        ("Помпата е била наред към момента на предаването.", "bg.evasion.ne-e-harakterno"),
        # the cause itself guessed at
        ("Най-вероятно причината е в старата инсталация на блока.", "bg.evasion.predpolozhena-prichina"),
        # regret after a doubt whether we slipped at all
        ("Ако съм Ви подвел с цената, съжалявам.", "bg.non_apology.sazhalyavame-ako"),
    ],
)
def test_round_63_misses_are_named_by_their_rule(text, rule):
    assert rule in _rules(text)


def test_a_doubt_about_our_slip_with_a_remedy_after_it_is_no_non_apology():
    assert "non_apology" not in _categories("Ако сме Ви таксували два пъти, ще Ви върнем сумата днес.")


# Round 64 (pass lintbg-82): what in a plain reply owns the slip, told in another sentence than the passive.


@pytest.mark.parametrize(
    ("owned", "bare"),
    [
        # the loss told as having happened with us owns the tracing that follows it
        ("Куфарът Ви е изгубен при нас. Проследихме го: стигнал е до Бургас, но там е бил насочен към грешен полет.",
         "Проследихме куфара: стигнал е до Бургас, но там е бил насочен към грешен полет."),
        # our own workshop, marked as ours, is no partner blamed
        ("При кроенето в нашия цех са взели грешния плат и затова ръкавите са по-къси.",
         "При кроенето в цеха на доставчика са взели грешния плат и затова ръкавите са по-къси."),
    ],
)
def test_round_64_a_slip_owned_in_the_reply_is_no_evasion(owned, bare):
    assert "evasion" not in _categories(owned)
    assert "evasion" in _categories(bare)
