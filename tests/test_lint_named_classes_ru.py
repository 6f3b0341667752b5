"""Russian evasion and non-apologies named by what makes them so (pass lintru-65, issue 9).

New sentences in other domains than the blind rounds: each class is reported in its own category over
the whole reply (after overlapping findings are folded), and its innocent neighbour, or the same words
in a reply that owns the fault, gets nothing of that category.
"""
from __future__ import annotations

import pytest

from rewriter import Config, Linter

LINTER = Linter(Config(required_parts=()))


def _categories(text: str) -> set[str]:
    return {f.category for f in LINTER.lint(text, "ru").findings}


@pytest.mark.parametrize(
    "text",
    [
        # compliance as the whole answer
        "Освещённость в классе составила 420 лк, что соответствует санитарным нормам.",
        "Абонентская плата за июль начислена правомерно.",
        "Каждая партия муки проходит лабораторный контроль.",
        # the customer's own people as the doer
        "Пароль был изменён вашим бухгалтером без согласования с нами.",
        "Сигнализация отключена пользователем в личном кабинете.",
        # the customer's signature as the proof
        "Комплектность подтверждается накладной, подписанной вашим прорабом.",
        # owned and taken back, shared by everyone, a limited mode, a favour
        "Мы не отрицаем своей вины, однако просим учесть загруженность трассы.",
        "Такие морозы — форс-мажор для любой теплосети.",
        "В праздники терминалы работали в ограниченном режиме.",
        "Банк принял решение вернуть комиссию в порядке исключения.",
    ],
)
def test_evasion_named_by_its_construction(text):
    assert "evasion" in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Освещённость в классе составила 420 лк: лампы мы заменим до понедельника, хотя по нормам её хватает.",
        "Ваш проект соответствует стандарту пожарной безопасности, сертификат пришлём завтра.",
        "Пароль мы изменили по вашей просьбе, новый пришлём в СМС.",
        "Подписанную вами накладную мы получили, груз отправим сегодня.",
        "Мы ошиблись с графиком, простите: терминалы в праздники работали через раз.",
        "Скидка действует для любого заказа до конца мая.",
    ],
)
def test_their_innocent_neighbours_are_not_evasion(text):
    assert "evasion" not in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Простите, что с доставкой торта так получилось.",
        "Нам жаль, что так вышло. Курьер партнёра перепутал подъезд.",
        "Сожалеем, что у вашего водителя возникли затруднения на проходной.",
        "Приносим извинения за испорченное настроение на празднике.",
        "Просим извинить нас за временные ограничения в работе приложения.",
        "Заказ приедет в пятницу. Спасибо за ваше терпение!",
        "Благодарим Вас за понимание и терпение.",
    ],
)
def test_non_apologies_named_as_non_apologies(text):
    assert "non_apology" in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # the reply owns the fault, so the apology has its object
        "Я перепутала дату доставки. Простите, что так вышло: торт привезём завтра к 10:00.",
        "Это моя ошибка, я не перезвонила вам вовремя. Жаль, что так получилось.",
        "Простите, что заставили вас ждать три дня: мы потеряли заявку. Спасибо за терпение!",
    ],
)
def test_an_owned_fault_stands_the_non_apology_down(text):
    assert "non_apology" not in _categories(text)


def test_a_first_person_check_is_not_officialese():
    """«Мы провели внутреннюю проверку» names a step of its own; «провели разъяснительную работу» is the empty verb."""
    assert "bureaucratese" not in _categories("Мы провели внутреннюю проверку: курьер отметил доставку раньше времени.")
    assert "bureaucratese" in _categories("Мы провели разъяснительную работу с курьерами.")


# Round 51's recurring misses (pass lintru-68): each class below, in new wordings and trades, beside its innocent
# neighbour; every first case got nothing of its category before this pass.
RECURRING_CLASSES = [
    # the fault called the norm: «нормальная история», «нормальный показатель»
    ("evasion", "Мутная вода в первый день после чистки — нормальная история.",
     "Мутная вода в бассейне — не нормальная история, мы перезапустим фильтр завтра."),
    ("evasion", "Вибрация 4 мм/с — нормальный показатель для станков этой серии.",
     "Вибрация 4 мм/с — не нормальный показатель, мастер приедет в четверг."),
    # the fault met often, so nobody's
    ("evasion", "Отслоение плёнки по краям встречается довольно часто.",
     "Отслоение плёнки встречается часто, и мы переклеим её бесплатно."),
    # a guessed cause after «возможно»
    ("evasion", "Возможно, в анкете что-то пропустили при переносе.",
     "Возможно, мы что-то пропустили в анкете при переносе — проверим сегодня."),
    # our part denied outright
    ("evasion", "Поставщик прислал не тот цвет, а мы тут ни при чём.",
     "Поставщик тут ни при чём: цвет перепутали мы сами."),
    # the customer's people signed without remarks, or their signature on the act, as the proof
    ("evasion", "Ваш завхоз принял стулья без замечаний, так что замену не делаем.",
     "Ваш завхоз принял стулья с замечаниями, и три стула мы заменим в среду."),
    ("evasion", "Настройка подтверждается подписью вашего администратора в акте.",
     "Подпись вашего администратора в акте не нужна, настройку повторим завтра."),
    # the customer's own data held up as the ground of what was done
    ("evasion", "При раскрое использовались размеры, присланные вами по почте.",
     "При раскрое мы использовали размеры, присланные вами, но ошиблись в одном — перешьём."),
    ("evasion", "Площадь зала была указана вами как 60 м², поэтому ламината не хватило.",
     "Площадь зала указана вами верно, ламинат довезём в пятницу."),
    ("evasion", "Значки отлиты строго по эскизу, утверждённому вашим дизайнером.",
     "Строго по эскизу, утверждённому вами, мы отлили 200 значков."),
    # the customer's staying with us valued (measured, «уже третий год», it is a thank-you of this customer: judged
    # wrong in rounds 64 and 72, lintru-89)
    ("boilerplate", "Ценим, что вы с нами!",
     "Ценим, что вы с нами поспорили: правило о залоге перепишем к маю."),
    # something to be thought up, the matter to be come back to, with no date
    ("vague_promise", "По чехлу что-нибудь придумаем.",
     "Для чехла придумаем новый крой и пришлём эскиз завтра."),
    ("vague_promise", "После отпуска бухгалтера мы вернёмся к этому вопросу.",
     "Мы вернёмся к этому вопросу в понедельник до 12:00."),
]


@pytest.mark.parametrize(("category", "text", "neighbour"), RECURRING_CLASSES)
def test_round51_recurring_class_is_named_and_spares_its_neighbour(category, text, neighbour):
    assert category in _categories(text)
    assert category not in _categories(neighbour)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Экскурсия по заводу 3 марта не состоялась.", "кто отменил"),
        ("Ваша заявка на пропуск затерялась.", "у кого она пропала"),
        ("Доставка плитки задерживается.", "кто задержал"),
    ],
)
def test_a_fallen_through_or_lost_thing_gets_a_message_that_fits(text, words):
    messages = [f.message for f in LINTER.lint(text, "ru").findings if f.rule == "ru.evasion.zaderzhivaetsya"]
    assert messages and words in messages[0]


def test_a_supplied_papers_participle_is_not_told_as_the_rassmotrev_opener():
    """«предоставленные сведения» alone gets a message that names it, not only the «Рассмотрев…» opener."""
    messages = [f.message for f in LINTER.lint("Мы проверили предоставленные сведения.", "ru").findings
                if f.rule == "ru.bureaucratese.rassmotrev"]
    assert messages and "предоставленные сведения" in messages[0]


# Round 52's evasion misses and judged-wrong findings (pass lintru-69): each class below, in new wordings and trades,
# beside its innocent neighbour; every first case got nothing of its category before this pass.
ROUND52_CLASSES = [
    # the outside party as the source or the doer, in plain words
    ("evasion", "Как нам объяснили в курьерской службе, коробку уронили при погрузке.",
     "Как нам объяснили в курьерской службе, коробку уронили при погрузке, поэтому мы отправим новую завтра."),
    ("evasion", "По их сведениям, котёл в школе работает исправно.",
     "По их сведениям, котёл в школе починят к четвергу."),
    ("evasion", "Турникеты на входе находятся на обслуживании у подрядной компании.",
     "Турникеты на входе находятся на обслуживании у нас, мастер приедет в среду."),
    ("evasion", "Освещение двора обеспечивается МУП «Горсвет».",
     "Освещение двора обеспечиваем мы сами, лампу заменим в пятницу."),
    # the fault called normal, unavoidable or one that comes anyway
    ("evasion", "Такие разводы на стекле не всегда можно полностью исключить.",
     "Не всегда можно приехать в тот же день, но мастер придёт завтра в 9:00."),
    ("evasion", "Усадочные трещины в бетоне возникают практически всегда.",
     "Усадочные трещины в бетоне мы заделаем в пятницу."),
    ("evasion", "Сбои связи на трассе иногда неизбежны.",
     "Сбои связи на трассе мы устранили ещё вчера."),
    ("evasion", "Зуд после прививки бывает и без всяких осложнений.",
     "Без записи прививку делают только по субботам."),
    # the customer's own data, timing, premises or use blamed
    ("evasion", "Планировка, присланная вашим архитектором, не соответствовала дому.",
     "Планировка, присланная вашим архитектором, подошла, монтаж начнём в понедельник."),
    ("evasion", "Макет обложки был получен от вас всего за сутки до печати.",
     "Макет обложки был получен от вас 3 мая, тираж готов."),
    ("evasion", "Покраска фасада сдвинулась из-за парковки ваших машин у стены.",
     "Мы сдвинули покраску фасада из-за парковки ваших машин у стены и виноваты сами: не предупредили о работах."),
    ("evasion", "Вывеска изготовлена по эскизу, утверждённому со стороны Заказчика.",
     "Эскиз вывески утвердили со стороны Заказчика 3 мая, изготовим её к пятнице."),
    ("evasion", "Рекомендуем вам до визита инженера самостоятельно прочистить дренаж.",
     "До визита инженера ничего делать не нужно: он прочистит дренаж сам."),
    ("evasion", "В вашей квартире проёмы нестандартные, поэтому двери не встали.",
     "В вашей квартире проёмы нестандартные, и двери под них мы закажем сами к среде."),
    # a rise in a third party's prices served as the reason for ours
    ("evasion", "Абонемент подорожал в связи с ростом цен у поставщиков корма.",
     "Абонемент подорожал на 300 ₽: корм вырос в цене, а порции мы решили не урезать."),
    # the hope that the customer still wants to come back
    ("boilerplate", "Надеемся, что эта заминка не отобьёт у вас желания снова прийти к нам.",
     "Надеемся, что дети не потеряют желание кататься: пологий спуск откроем в субботу."),
    # a joint future or the customer's delight declared with certainty; the stock line for any question
    ("boilerplate", "Уверены, что вместе мы сделаем ваш сад самым ярким на улице!",
     "Уверены, что сад засадим до 20 мая: саженцы уже в питомнике."),
    ("boilerplate", "Уверены, что новая лодка вас порадует.",
     "Уверены, что лодку спустим на воду в субботу, если лёд сойдёт."),
    ("boilerplate", "По всем возникающим вопросам вы можете обращаться к старшему вожатому.",
     "По вопросу смены вожатого ответим завтра до 12:00."),
    # a time that names no day, and what we only «can» do «по возможности»
    ("vague_promise", "Точную дату примерки подтвердим ближе к делу.",
     "Точную дату примерки подтвердим ближе к делу, не позже 12 мая."),
    ("vague_promise", "Можем продлить подписку на месяц — по возможности.",
     "Можем продлить подписку на месяц: по возможности пришлите номер договора."),
]


@pytest.mark.parametrize(("category", "text", "neighbour"), ROUND52_CLASSES)
def test_round52_class_is_named_and_spares_its_neighbour(category, text, neighbour):
    assert category in _categories(text)
    assert category not in _categories(neighbour)


def _rules(text: str) -> set[str]:
    return {f.rule for f in LINTER.lint(text, "ru").findings}


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        # the doer named by an organisation in the instrumental, or by its legal form
        ("ru.evasion.agentless-past-passive", "Ваша жалоба была рассмотрена юридическим отделом 3 марта."),
        ("ru.evasion.otmenen", "Бронь была аннулирована гостиницей без объяснений."),
        ("ru.bureaucratese.vozvratnyj-passiv", "Вывоз мусора обеспечивается ООО «Чистый город»."),
        # «по их данным» is the noun «данные»
        ("ru.bureaucratese.dannyj", "По их данным, счётчик опломбирован в мае."),
        # a queue described by a written rule is no promise
        ("ru.vague_promise.v-poryadke-ocheredi", "Катера выходят в порядке очерёдности согласно правилам причала."),
        # the customer's people or use blamed is not an ownerless list of causes
        ("ru.evasion.prichiny-spiskom",
         "Перегрев вызван засором фильтра, а также поздней очисткой со стороны эксплуатирующего персонала."),
        # plain replies: a place found shut, told after «а»; a loss the paragraph owns in the first person
        ("ru.evasion.agentless-past-passive",
         "Вы приехали к 10:00, а мастерская была закрыта. Мастер заболел, а предупредить вас я не успела."),
        ("ru.evasion.zaderzhivaetsya", "Заявку приняли, но к утру она потерялась. Отвечаю за это я: журнал вела я."),
        # the customer's people who did not use our line are not our worker scapegoated
        ("ru.evasion.staff-scapegoat", "Отмечаем, что сотрудники не воспользовались линией поддержки из памятки."),
        # an emergency line for a recurrence is advice, not a hand-off to a contractor
        ("ru.evasion.obratites-k-tretim",
         "Если дверь снова заклинит, рекомендуем обратиться в аварийно-диспетчерскую службу по номеру 8 800 300-10-10."),
    ],
)
def test_round52_judged_wrong_findings_stand_down(rule, text):
    assert rule not in _rules(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # the customer's people or use blamed, reported as blame on the customer
        ("Перегрев вызван засором фильтра, а также поздней очисткой со стороны эксплуатирующего персонала.",
         "ru.evasion.prichina-v-kliente"),
        ("Компрессор вышел из строя вследствие эксплуатации без фильтра.", "ru.evasion.prichina-v-kliente"),
        ("Отмечаем, что ваши водители не воспользовались приложением для отметки въезда.", "ru.evasion.vami-ne-sdelano"),
        # a booking cancelled by the outside party named as its doer, reported as blame on that party
        ("Билеты на концерт были аннулированы площадкой без объяснений.", "ru.evasion.third-party-failed"),
    ],
)
def test_blame_named_by_what_matched(text, rule):
    assert rule in _rules(text)


def test_a_cancellation_owned_in_the_sentence_is_not_blame_on_the_venue():
    text = "Билеты на концерт были аннулированы площадкой, но это наша ошибка: мы не передали ей оплату."
    assert "evasion" not in _categories(text)


def test_a_technical_log_phrase_gets_a_message_that_fits():
    messages = [f.message for f in LINTER.lint("Котёл снова работает в штатном режиме.", "ru").findings
                if f.rule == "ru.bureaucratese.v-individualnom-poryadke"]
    assert messages and "технического журнала" in messages[0]


# Round 53 (pass lintru-70): a plain reply that owns its fault in the first person may tell one step impersonally;
# each owned account stands down beside its neighbour, the same step unowned, which still gets the rule.
ROUND53_OWNED = [
    # the paragraph owns the slip in the first person
    ("ru.evasion.v-otdele-oshiblis", "Да, это мы ошиблись. В бухгалтерии забыли провести ваш платёж.",
     "В бухгалтерии забыли провести ваш платёж."),
    ("ru.evasion.zrya-bez-sub-ekta", "Оба промаха наши.\n\nПетли плохо смазали на сборке, поэтому дверца скрипит.",
     "Петли плохо смазали на сборке, поэтому дверца скрипит."),
    # our worker named as who owed the step, or a first-person apology opening the paragraph
    ("ru.evasion.oshibochno",
     "Диспетчер должен был предупредить всех жильцов, но ваш номер был внесён в базу с ошибкой.",
     "Жильцов предупредили, но ваш номер был внесён в базу с ошибкой."),
    ("ru.evasion.oshibochno", "Простите нас, пожалуйста. Счёт за октябрь был выставлен с ошибкой, новый уже в кабинете.",
     "Счёт за октябрь был выставлен с ошибкой, новый уже в кабинете."),
    # we redo the very thing in the next sentence (a move says nothing of who made it)
    ("ru.evasion.agentless-past-passive",
     "Схема проезда на сайте была нарисована со старым въездом. Мы её перерисовали вчера вечером.",
     "Схема проезда на сайте была нарисована со старым въездом. Мы её перенесли на главную страницу."),
    # an admission right after what happened by itself (one further off may own another fault)
    ("ru.evasion.samo-soboj",
     "Во время прессовки сместился штамп, а мастер смены не заметил перекос. Недосмотр наш.",
     "Во время прессовки сместился штамп. Мастер смены не заметил перекос. Недосмотр наш."),
    # good news: what is not paid for beside what is free
    ("ru.evasion.ne-predostavlyaetsya", "Пробная тренировка не оплачивается, а инвентарь выдаём бесплатно.",
     "Пропущенная тренировка не оплачивается."),
    # a duty told with its lead time; a promise tied to the event it precedes
    ("ru.bureaucratese.soobshchaem-chto",
     "По правилам клуба мы сообщаем об изменении расписания за две недели, но в этот раз не успели.",
     "Сообщаем об изменении расписания клуба."),
    ("ru.vague_promise.svyazhemsya-s-vami", "О следующей поверке счётчика позвоним вам накануне.", "Мастер позвонит вам."),
    # judged wrong: a numeral or a fixed adverbial phrase is no link of a genitive chain
    ("ru.bureaucratese.genitive-chain", "Мы простояли у шлагбаума минут сорок.", "Срок устранения нарушения правил истёк."),
    ("ru.bureaucratese.genitive-chain", "Проверим узлы, в частности ослабления крепления.",
     "Проверим узлы и причины ослабления крепления."),
    # judged wrong: an invitation that opens an explanation, a stage of quality control, a document's name
    ("ru.vague_promise.razberemsya", "Давайте разберёмся по шагам, что случилось с платежом.", "Разберёмся и напишем."),
    ("ru.vague_promise.na-kontrole", "Трещину в корпусе пропустили на входном контроле.", "Ваша заявка на контроле."),
    ("ru.bureaucratese.vypolnyat", "Акт приёмки выполненных монтажных работ лежит в папке.",
     "Приёмка будет выполнена в пятницу."),
    # judged wrong: a hand-over that failed, a system's data cited as evidence, a harmless effect said to be safe
    ("ru.vague_promise.peredan-specialistam", "Из-за сбоя в расписании заявка не была передана дежурному инженеру.",
     "Ваш вопрос передан специалистам."),
    ("ru.evasion.vinovata-sistema",
     "Котельная работает штатно, что подтверждается журналом системы удалённого доступа.",
     "Система автоматически отменила заказ."),
    ("ru.evasion.byvaet", "Кристаллики на сыре — так бывает с выдержанными сортами, и сыр при этом безопасен.",
     "Кристаллики на сыре — так бывает с выдержанными сортами."),
]


# Round 54's judged-wrong findings (pass lintru-71): each shape stands down beside a neighbour that keeps the rule.
ROUND54_STAND_DOWN = [
    # a principle put before a concession is officialese, not the «acted by the rules» shield
    ("ru.evasion.po-reglamentu", "Руководствуясь принципами добрососедства, товарищество оплатит ремонт забора.",
     "Охрана руководствуется внутренними правилами посёлка."),
    # an apology formula for the inconvenience is the non-apology rule's, not a missed deadline
    ("ru.evasion.sdelano-s-narusheniem", "Приносим свои извинения за неудобства, связанные с задержкой отправки.",
     "Справка выдана с задержкой из-за загрузки отдела."),
    # a passive of how a thing was packed, or one told from the customer's own account, hides no deed of ours
    ("ru.evasion.agentless-past-passive", "Мы всё проверили: все банки были плотно закрыты.",
     "Крышки на банках были заменены."),
    ("ru.evasion.agentless-past-passive", "Судя по вашему письму, ламинат был уложен без подложки.",
     "Ламинат был уложен без подложки."),
    # the organising of a service for a group, and the rendering of services, are set terms
    ("ru.bureaucratese.genitive-chain", "Спасибо за помощь в организации перевозки туристов.",
     "Из-за задержки поставки товара заказ придёт позже."),
    ("ru.bureaucratese.provedenie-chego", "Договор оказания охранных услуг продлён до мая.",
     "Ответ придёт после проведения служебного расследования."),
    # what the customer had to do at the last moment, in an apology, blames no one
    ("ru.evasion.v-poslednij-moment", "Извините, что вам пришлось в последний момент менять билеты.",
     "Перевозчик сообщил об отмене рейса в последний момент."),
]


@pytest.mark.parametrize(("rule", "text", "neighbour"), ROUND53_OWNED + ROUND54_STAND_DOWN)
def test_shape_stands_down_beside_its_neighbour_that_keeps_the_rule(rule, text, neighbour):
    assert rule not in _rules(text)
    assert rule in _rules(neighbour)


@pytest.mark.parametrize(
    ("text", "neighbour"),
    [
        # the matter denied as ours, a hedge between
        ("Это, по правде сказать, уже не совсем наша забота.", "Это теперь наша забота: заменим трубу в субботу."),
        # the defect recast as a feature of the material
        ("Это не изъян, а особенность ручной ковки.", "Это не изъян ковки, а наша ошибка при заточке, заменим нож завтра."),
        # not up to us, with an adverb inside
        ("Сроки таможни от нас не особо зависят.", "Сроки ремонта зависят от нас, и мы их сократим до трёх дней."),
        # a system as the doer, by itself
        ("Это приложение само так распределило места.", "Приложение само напомнит вам о записи за день."),
        # the claim sent to be filed with someone else
        ("Рекомендуем вам подать рекламацию в пункте выдачи транспортной компании.",
         "Рекомендуем оформить претензию в личном кабинете на нашем сайте, ответим за два дня."),
        # not answering for how others handle it
        ("Мы не можем отвечать за то, как посылки хранят на складе почты.",
         "Мы отвечаем за то, чтобы посылка пришла целой, и заменим разбитую чашку."),
        # a record the customer's own person signed, as the proof
        ("В приёмочном акте это отмечено, и ваш прораб его подписал.", "Ваш прораб подписал акт, и мы вернули вам залог."),
    ],
)
def test_round53_evasion_is_named_and_spares_its_neighbour(text, neighbour):
    assert "evasion" in _categories(text)
    assert "evasion" not in _categories(neighbour)


# Round 54's evasion misses and judged-wrong findings (pass lintru-71): each class in new wordings and trades, beside
# its innocent neighbour; every first case got nothing of its category before this pass.
ROUND54_CLASSES = [
    # our own figures, the maker's paper or a check passed, as the whole answer
    ("evasion", "По нашим замерам, влажность бруса при отгрузке составляла 12%.",
     "По нашим данным, долг за октябрь составляет 900 руб., оплатить можно в приложении."),
    ("evasion", "По сертификату поставщика кислотность масла находилась в пределах 0,5–0,8%.",
     "Паспорт изготовителя на насос пришлём вместе с накладной."),
    ("evasion", "Вся партия творога прошла у нас дегустацию без замечаний.",
     "Ваш автомобиль прошёл техосмотр без замечаний, забирайте после 15:00."),
    ("evasion", "Завод гарантирует качество всех смесителей.",
     "Мы гарантируем качество пайки: если шов потечёт, переделаем бесплатно."),
    # the customer's storage, process or deed as the case in which the goods worsen
    ("evasion", "При хранении на балконе свечи могут деформироваться.",
     "При хранении в морозилке пельмени могут лежать до трёх месяцев."),
    ("evasion", "Бисквит может опасть при нарушении режима выпечки.",
     "При нарушении сроков ремонта мы вернём 10% стоимости."),
    # the instructions, posted somewhere, as the answer
    ("evasion", "Рекомендации по уходу за паркетом указаны на упаковке и в карточке товара.",
     "Состав лака указан на упаковке: акрил и воск."),
    ("evasion", "На нашем сайте размещены подробные видеоинструкции по сборке кровати.",
     "Инструкция по сборке кровати размещена на сайте krovat-dom.ru/sborka, а недостающий винт мы вышлем завтра."),
    # vague promises: put off until the results or a visit, a planned shipment, a condition of availability
    ("vague_promise", "Если дефект подтвердится, мы готовы обсудить возмещение по итогам.",
     "Мы готовы обсудить возмещение по телефону в среду в 10:00."),
    ("vague_promise", "Настройку сцепления обсудим, когда заеду к вам.",
     "Настройку сцепления обсудим, когда заеду к вам в пятницу."),
    ("vague_promise", "Вторую половину плитки довезём с ближайшей плановой отгрузкой.",
     "Вторую половину плитки довезём с плановой отгрузкой 14 мая."),
    ("vague_promise", "Повторный тираж напечатаем при условии наличия бумаги нужной плотности.",
     "Бумага нужной плотности есть на складе, повторный тираж напечатаем до пятницы."),
    ("vague_promise", "Газон досеем по мере наступления тёплой погоды.", "Газон досеем 12 мая, если будет выше +10°."),
    # boilerplate: glad to be of use further on; a hope that the case will not spoil our cooperation
    ("boilerplate", "Будем рады и впредь быть вам полезны!", "Надеемся, схема разводки будет вам полезна."),
    ("boilerplate", "Надеемся, что эта накладка не повлияет на наше партнёрство.",
     "Надеемся, что новая схема разводки повлияет на напор к лучшему."),
    # the cause as several factors that came together, none named
    ("evasion", "С отоплением совпало сразу несколько факторов.",
     "Причин у задержки несколько, и все наши: мы перепутали адрес и не позвонили вам — простите."),
    # the work said done on time by the book, as the defence
    ("evasion", "Сборка стеллажей выполнялась в согласованные сроки.",
     "Мы собрали стеллажи в согласованный срок, но перепутали полки — переставим в среду."),
]


@pytest.mark.parametrize(("category", "text", "neighbour"), ROUND54_CLASSES)
def test_round54_class_is_named_and_spares_its_neighbour(category, text, neighbour):
    assert category in _categories(text)
    assert category not in _categories(neighbour)



@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the carrier blamed after our own part: not the «done by the papers» message
        ("Мы передали груз 3 марта, но транспортная компания задержала его на складе.", "перевозчик задержал"),
        # a concrete outage: not the «technical reasons» message
        ("Работа насоса прервалась в связи с отключением электроснабжения на объекте.", "кто отвечал за питание"),
        # our packing told as proof, the customer's deed guessed from their own account
        ("Все флаконы были герметично запечатаны.", "своя упаковка"),
        ("Судя по вашему описанию, штукатурка была нанесена слишком толстым слоем.", "догадкой по его же письму"),
        # the instructions as the answer; a maker's paper as the proof
        ("Рекомендации по поливу указаны на этикетке.", "отсылают читать"),
        ("По сертификату поставщика все показатели масла находятся в пределах нормы.", "бумага производителя"),
        # a principle before a concession
        ("Руководствуясь принципами партнёрства, готовы заменить партию.", "книжная рамка"),
        # the customer told to have read the terms: the customer as the doer, not a hidden one
        ("При записи на курс вы были ознакомлены с правилами переноса занятий.", "страдательный оборот с клиентом"),
        # a hedged blame on the customer's care, and a contractor before us (round 57, pass lintru-74)
        ("Отслоение плитки может являться следствием нарушения правил ухода за швами.", "намёк, что виноват клиент"),
        ("Засор возник из-за трубы, установленной прежним подрядчиком.", "чужую прежнюю работу"),
    ],
)
def test_round54_finding_gets_a_message_that_fits(text, words):
    assert any(words in finding.message for finding in LINTER.lint(text, "ru").findings)


# Round 55's misses (pass lintru-72): each class by construction, in new wordings and trades, beside its innocent
# neighbour; every first case got nothing of its category before this pass.
ROUND55_CLASSES = [
    # regret over an event that happened by itself, in a reply that owns nothing
    ("non_apology", "Очень жаль, что компрессор снова загудел через месяц.",
     "Очень жаль, что компрессор снова загудел: мы плохо закрепили раму, мастер приедет в среду."),
    ("non_apology", "Нам жаль, что ваша экскурсия закончилась раньше времени. Так предусмотрено программой.",
     "Как жаль, что вы не смогли приехать на ярмарку!"),
    # records, drawings and tolerances as the whole answer
    ("evasion", "Сколы на кромке находятся в пределах, установленных техническими условиями.",
     "Сколы на кромке мы зашлифуем до пятницы."),
    ("evasion", "Протокол испытаний у нас есть, соосность в допуске.", "Вам отказано в допуске к соревнованиям по возрасту."),
    # the fault told as common or natural
    ("evasion", "С плиткой у многих так: склад пуст с лета.", "Сейчас у многих наших клиентов отпуск, поэтому мы работаем до 20:00."),
    ("evasion", "Капли смолы на срубе — естественное свойство сосны.", "Сосна у нас из Архангельска, сруб соберём за неделю."),
    ("evasion", "Плаксивость в первую неделю — нормальная часть привыкания к саду.",
     "Обычная часть заказа приедет завтра, срочную мы отправили курьером."),
    ("evasion", "Трещины на старой черепице встречаются сплошь и рядом.", "Трещину на черепице мы заделаем в субботу."),
    ("evasion", "Сырость в подвале могла сложиться из ряда причин.", "Цена состоит из нескольких частей: работа и материалы."),
    # an error «made» while the customer's form was filled in: blame on the customer, not goods sent astray
    ("evasion", "Опечатка в номере (17 вместо 71) допущена при заполнении бланка.",
     "Ошибку в номере допустил наш оператор при оформлении заказа, простите нас."),
    # the customer sent to act alone
    ("evasion", "Покупатель вправе самостоятельно проверять статус возврата в личном кабинете.",
     "Статус возврата мы проверим сами и напишем вам до вечера."),
    ("evasion", "Ты можешь пока откалибровать датчик сам по видеоинструкции.", "Мы сами откалибруем датчик во вторник."),
    ("evasion", "Вам рекомендовано следить за изменениями на доске объявлений.", "Вам рекомендовано принимать сироп после еды."),
    # vague promises: a study promised «обязательно», a way out found some day, our own load easing first
    ("vague_promise", "Ваш чертёж мы обязательно изучим.", "Обязательно изучите схему подключения перед запуском."),
    ("vague_promise", "Мы обязательно найдём способ возместить вам поездку.", "Мы обязательно посмотрим ваш котёл завтра."),
    ("vague_promise", "Перешьём чехол, как только график цеха разгрузится.", "Перешьём чехол до 12 марта."),
    # boilerplate: the opinion valued with «нам»
    ("boilerplate", "Нам очень важен ваш отзыв.", "Нам важно, чтобы котёл не остывал ночью, поэтому мастер приедет в 8:00."),
]


# Round 55's judged-wrong findings (pass lintru-72): each shape stands down beside a neighbour that keeps the rule.
ROUND55_STAND_DOWN = [
    # an exclamation of embarrassment after the writer names themself as the doer
    # the bare exclaimed regret is named a non-apology since lintru-96 (regret over the thing it befell)
    ("ru.non_apology.zhal-chto-tak-vyshlo", "Ой, как неловко вышло. Это я паковала заказ и положила не тот крем.",
     "Ой, как неловко вышло с вашим заказом."),
    # the noun «данные» after an adjective that says what kind
    ("ru.bureaucratese.dannyj", "Влажность бруса по нашим заводским данным не превышает 14%.", "Данный брус есть на складе."),
    # a participle that tells when a thing was done, not a promise
    ("ru.vague_promise.posle-sobytiya", "Ошибка находится в модуле, переписанном после завершения тестов.",
     "Модуль перепишем после завершения тестов."),
    # an engineer's term, not a chain
    ("ru.bureaucratese.genitive-chain", "Износ случился из-за нарушения режима обжига.",
     "Из-за задержки согласования сроков поставки мы опоздали."),
    ("ru.bureaucratese.genitive-chain", "Котёл встал из-за превышения допустимой температуры воды.",
     "Из-за задержки согласования сроков поставки мы опоздали."),
    # the trouble given as the cause is not an apology formula
    ("ru.non_apology.dostavlennye-neudobstva", "В связи с возникшими трудностями на складе отгрузка сдвинута.",
     "Приносим извинения за доставленные неудобства."),
    # an outside firm's fault is not one worker's
    ("ru.evasion.staff-scapegoat", "Сбой случился по вине провайдера.", "Это ошибка кладовщика."),
    # an error «допущена» is not a thing sent to the wrong place
    ("ru.evasion.napravlen-ne-tuda", "Опечатка в номере (17 вместо 71) допущена при заполнении бланка.",
     "Вместо зимней резины поставлена летняя."),
    # a condition on what may yet happen
    ("ru.evasion.ne-obrabotan", "Выезд оплачивается отдельно, если поломка не будет подтверждена.",
     "Ваш платёж не был обработан."),
]


def test_a_deviation_from_the_schedule_gets_a_message_about_a_delay():
    text = "Монтаж выполнен с отставанием от согласованного графика."
    assert any("опоздание" in finding.message for finding in LINTER.lint(text, "ru").findings)


# Round 56's misses (pass lintru-73): each class by construction, in new wordings and trades, beside its innocent
# neighbour; every first case got nothing of its category before this pass.
ROUND56_CLASSES = [
    # our records told as proof that a thing went through once
    ("evasion", "По нашим данным, оплата за абонемент прошла один раз.",
     "По нашим данным, взнос прошёл дважды — второй вернём сегодня."),
    # nobody else complained
    ("evasion", "По этой партии семян к нам других жалоб не было.",
     "Жалоб от вас раньше не было, спасибо, что написали сейчас."),
    # the fault told as frequent
    ("evasion", "Не переживайте, запотевание фар после мойки — частая история.",
     "Частая смена масла продлит жизнь мотору, следующая — в мае."),
    # a backlog, a traffic jam or queues at a third party as the cause
    ("evasion", "У транспортной компании был аврал в праздники, поэтому коробка ехала неделю.",
     "У транспортной компании мы заказали машину на 9:00 пятницы."),
    ("evasion", "Водитель с вашей мебелью застрял в пробке на кольцевой.",
     "Я сам стоял в очереди за этой моделью, поэтому понимаю, как её ждут."),
    ("evasion", "На складе перевозчика скопились очереди из фур.", "Очередь на замер мы сдвинули, мастер придёт в среду."),
    # our share narrowed to what went right
    ("evasion", "Мы отвечаем за укладку плитки, а не за качество клея.",
     "Мы отвечаем за укладку плитки, поэтому переложим её бесплатно."),
    ("evasion", "Котёл собирает завод, мы только подключаем.", "Мы только что подключили котёл, проверьте давление."),
    ("evasion", "Скрип — давняя болезнь модели, а не нашей сборки.", "Скрип — наша ошибка при сборке, переберём шкаф в субботу."),
    # the unforeseeable told as hard to foresee; not all of it depended on us; automatic, by nobody
    ("evasion", "Такой град, согласитесь, предугадать было непросто.", "Точную дату пока сложно предсказать, напишем до 10 июня."),
    ("evasion", "С подсветкой витрины, увы, не всё от нас зависело.", "От нас зависело всё, и мы не справились — простите."),
    ("evasion", "Поэтому продление страховки прошло автоматически.", "Продление страховки мы отменили, деньги вернём завтра."),
    # non-apologies: the unpleasantness understood instead of an apology
    ("non_apology", "Понимаем, что история с гарантийным талоном неприятная.",
     "Понимаем, что история с гарантийным талоном неприятная: мы потеряли талон, простите. Новый пришлём в среду."),
    ("non_apology", "Мы понимаем, что отмена мастер-класса может огорчить.",
     "Понимаем, что вы хотите забрать раму сегодня, мастер будет на месте до 19:00."),
    # vague promises: «in the agreed time» that nobody agreed
    ("vague_promise", "Готовы переустановить отливы за свой счёт в согласованные сроки.",
     "Отливы не были переустановлены в согласованные сроки, и это наша ошибка."),
    # boilerplate: further joint work hoped for
    ("boilerplate", "Очень надеемся на дальнейшую совместную работу.",
     "Надеемся, что совместная работа с дизайнером пройдёт легко: её телефон в письме."),
    # … and every message said to matter to us, in chatty words
    ("boilerplate", "Спасибо, нам правда важен каждый отзыв!",
     "Нам важно, чтобы сообщение о замене дошло до вас, поэтому дублируем его в СМС."),
    # a guess that it is the customer's bank at work
    ("evasion", "Скорее всего, лишняя сумма — это резерв вашего банка.",
     "Лишняя сумма — это резерв вашего банка: мы ошибочно запросили оплату дважды и уже отменили второй запрос."),
    # the contract's clause as the answer
    ("evasion", "В договоре проката прямо прописано, что за царапины платит арендатор.",
     "В договоре мы прописали не ту дату, новый пришлём сегодня."),
    ("evasion", "Это есть в правилах программы лояльности, их мало кто читает.",
     "Ты пескетарианец, это есть в твоём профиле, а мы пропустили пометку — прости."),
    # the work said done «strictly» by a paper or by measures
    ("evasion", "Мы ставили сигнализацию строго по схеме завода.", "Сошьём шторы строго по вашим замерам и привезём в субботу."),
    # vague promises: the matter «solved» with no how
    ("vague_promise", "Пришлите фото шва — вопрос решим.", "Шов переделаем в среду, вопрос с доплатой решим так: её не будет."),
]


# Round 57's misses that recur in the gold (pass lintru-74): each class in new wordings and trades, beside an
# innocent neighbour.
ROUND57_CLASSES = [
    # our side done right as the whole answer
    ("evasion", "Со своей стороны мы всё оплатили вовремя, квитанция у нас есть.",
     "Со своей стороны мы всё отправим вовремя, в понедельник."),
    # another body as the decider, or the decision sprung on us
    ("evasion", "Решение о переносе ярмарки принималось не фондом.",
     "Решение о переносе ярмарки мы приняли не сразу: сначала говорили с арендатором."),
    ("evasion", "Площадку у нас забрали за неделю, нас поставили перед фактом.",
     "Площадку у нас забрали за неделю, и мы сразу нашли другую, на Речной, 4."),
    # the customer's brief or sketch as the cause
    ("evasion", "Ширину проёма мы заложили по чертежу, присланному заказчиком.",
     "Ширину проёма мы заложили по чертежу, присланному вами, и ошиблись сами — переделаем в среду."),
    # the harm as what a share of people simply have
    ("evasion", "У небольшого процента посетителей возникает аллергия на хлорку в бассейне.",
     "У небольшого процента посетителей абонемент заканчивается в мае — продлим его бесплатно."),
    # the warranty said to be the maker's, the customer sent there
    ("evasion", "Гарантию на кофемашину даёт производитель, отвезите её в их сервис.",
     "Гарантию на всю мебель даём мы — два года."),
    # an expired term of the rules, or «пересчёт не предусмотрен», as the answer
    ("evasion", "Бесплатная замена возможна в течение недели после покупки, этот срок уже истёк.",
     "Пробный период закончился, поэтому пришёл счёт за месяц."),
    ("evasion", "Стоимость рассчитана по прайсу, пересчёт не предусмотрен.",
     "Стоимость рассчитана по прайсу, доплата не предусмотрена."),
    # the cost laid on the customer by the rule's passive, or our hands said to be tied
    ("evasion", "Выезд мастера за город оплачивается заказчиком.", "Выезд мастера за город оплачиваем мы."),
    ("evasion", "Рейс отменил аэропорт, и тут мы бессильны.", "Рейс отменил аэропорт, и мы сразу пересадили вас на вечерний."),
    # a favour «as a token of our goodwill»
    ("evasion", "В знак нашего уважения дарим вам месяц хранения шин.",
     "В знак извинения за сорванный урок мы вернём 1 500 ₽ до пятницы."),
    # regret over a thing that «had to» be cancelled, by nobody
    ("non_apology", "Сожалеем, что концерт 5 мая пришлось перенести.",
     "Сожалеем, что экскурсию пришлось сократить: мы не рассчитали время на дорогу, простите."),
]


# Round 56's judged-wrong findings (pass lintru-73): each shape stands down beside a neighbour that keeps the rule.
ROUND56_STAND_DOWN = [
    # works told of the past, not a promise
    ("ru.vague_promise.v-rabochem-poryadke", "Замеры в цехе проводились в плановом порядке, протоколы у нас есть.",
     "Опечатка в дипломе будет исправлена в плановом порядке."),
    # a person's illness is a concrete cause
    ("ru.evasion.knizhnaya-prichina", "Экскурсия не состоялась по причине болезни гида.",
     "Экскурсия не состоялась по причине ограниченной доступности причала."),
    # the working mode of the customer's own plant after their staff's fault
    ("ru.evasion.prichiny-spiskom",
     "Трещины могли быть вызваны перегревом форм операторами линии, а также режимом работы сушильной камеры.",
     "Торты опоздали в связи с наплывом заказов и внезапной поломкой духовки."),
    # goods set aside for the customer, not postponed
    ("ru.evasion.perenesen", "Нужные шины уже отложены, водитель привезёт их в четверг к 12:00.",
     "Запуск тарифа отложен."),
    # «не всё от нас зависело» is not the stock phrase of effort
    ("ru.boilerplate.vse-vozmozhnoe", "С подсветкой витрины, увы, не всё от нас зависело.",
     "Мы сделаем всё, что в наших силах."),
    # the owner's own legal step after our work
    ("ru.evasion.third-party-frame", "Сертификат на прицеп мы выдали, регистрация в ГИБДД — на стороне собственника.",
     "Посылка застряла у перевозчика на сортировке."),
    # a shift by a named step is a concrete offer
    ("ru.vague_promise.postaraemsya", "Если вам неудобно так рано, скажите — попробуем перенести замер на день позже.",
     "Мы попробуем ускорить доставку."),
]


# Round 57's judged-wrong findings and plain-reply errors (pass lintru-74): each shape stands down beside a
# neighbour that keeps the rule.
ROUND57_STAND_DOWN = [
    # the fault owned as coming through the writer, in another sentence
    ("ru.evasion.samo-soboj",
     "Купон не сработал из-за меня. При выгрузке списка скидка оказалась привязана к чужому номеру.",
     "Купон не сработал. При выгрузке списка скидка оказалась привязана к чужому номеру."),
    # the regret after a concession in the same sentence
    ("ru.non_apology.zhal-chto-sluchilos", "Ты абсолютно прав, и мне жаль, что вечер встречи выпускников сорвался.",
     "Нам жаль, что вечер встречи выпускников сорвался."),
    # a loss in an earlier season told as a precedent
    ("ru.evasion.ne-udalos", "Три лодки, зимовавшие на берегу в прошлом сезоне, спасти уже не удалось.",
     "Три лодки, зимовавшие на берегу, спасти уже не удалось."),
    # the organisers are the writer's side as a whole
    ("ru.evasion.staff-scapegoat", "Это промах устроителей ярмарки, а не ваш.", "Это промах кассира ярмарки."),
    # what we were doing when it broke, told after a colon
    ("ru.evasion.proizoshel-sboj",
     "Сбой случился при переносе базы: мы копировали карточки ночью, и часть записей задвоилась.",
     "Сбой случился при переносе базы, и часть записей задвоилась."),
    # the weather with our standing safety rule
    ("ru.evasion.third-party-frame",
     "Сплав отменён из-за погодных условий: в половодье мы на реку не выходим, это опасно для туристов.",
     "Сплав отменён из-за погодных условий."),
    # a term named as broken is no promise
    ("ru.vague_promise.ustanovlennye-sroki",
     "Жалобу разобрали с превышением положенного срока, и мы просим за это прощения.",
     "Жалобу разберут в положенный срок."),
    # a diagnosis still to come, on which another's decision waits
    ("ru.bureaucratese.po-rezultatam-rassmotreniya",
     "Везти пылесос в мастерскую придётся вам, а по итогам диагностики там и скажут, чинить его или менять.",
     "По итогам диагностики установлено, что мотор исправен."),
    # a denied cause in a contrast
    ("ru.bureaucratese.v-rezultate", "Шина лопнула от старости, а не в результате удара о бордюр.",
     "Шина лопнула в результате удара о бордюр."),
    # «внести правки» is everyday speech
    ("ru.bureaucratese.vnesti-izmeneniya", "Дизайнер внесёт правки в макет до пятницы.",
     "Дизайнер внесёт изменения в макет до пятницы."),
    # a source after «от» is not the head of a chain
    ("ru.bureaucratese.genitive-chain",
     "Сумму вернули после получения от перевозчика письменного подтверждения утери.",
     "Сумму вернули после уточнения причины задержки рейса."),
]



# Round 58's misses that recur in the gold (pass lintru-75): each class in new wordings and trades, beside an
# innocent neighbour.
ROUND58_CLASSES = [
    # our side done right, «на нашей стороне» with the stages listed, or a full check named as the answer
    ("evasion", "На нашей стороне все операции — сборка, прошивка, упаковка — выполнены корректно.",
     "На нашей стороне ошибка: мы неправильно собрали заказ."),
    ("evasion", "Пряжа у нас проходит 100% проверку на выходе с фабрики.",
     "Ваша заявка проходит проверку, ответ пришлём до пятницы."),
    # the customer sent to an office where they live or stay, or left to do it themselves
    ("evasion", "По вопросу перерасчёта пособия советуем обратиться в соцзащиту по месту жительства.",
     "Справку мы выдаём по месту жительства, приходите в среду."),
    ("evasion", "Пока рекомендую самим держать связь с тренером сборной.",
     "Мы сами свяжемся с тренером сборной и напишем вам в четверг."),
    # a guess that the harm is the result of how it was kept or fitted
    ("evasion", "Трещины на доске — видимо, результат монтажа без зазора у стены.",
     "Трещины на доске — результат монтажа без зазора у стены, мы перекладываем её за свой счёт."),
    # understanding declared by formula
    ("boilerplate", "Мы понимаем, насколько досадно остаться без билетов на премьеру.",
     "Мы понимаем вопрос так: вы хотите перенести визит на пятницу."),
    ("boilerplate", "Мы хорошо понимаем значимость вопроса для вашей семьи.",
     "Понимаю, как обидно ждать посылку две недели: это я не передал её курьеру."),
    # the letter's closing formula, even with a number after it
    ("boilerplate", "По всем интересующим вопросам Вы можете обращаться в кассу по телефону 8 (3812) 20-30-40.",
     "Если касса не ответит, звоните мне: 8 (3812) 20-30-41."),
    # officialese frames
    ("bureaucratese", "Следует подчеркнуть, что доставка по области бесплатна.",
     "Если хотите отметить годовщину у нас, забронируйте зал заранее."),
    ("bureaucratese", "Настоящим АО «Теплосеть» уведомляет об отключении горячей воды.",
     "С настоящим мастером ремонт занял два часа."),
]


@pytest.mark.parametrize(
    ("category", "text", "neighbour"), ROUND55_CLASSES + ROUND56_CLASSES + ROUND57_CLASSES + ROUND58_CLASSES
)
def test_round55_to_58_class_is_named_and_spares_its_neighbour(category, text, neighbour):
    assert category in _categories(text)
    assert category not in _categories(neighbour)


# Round 58's judged-wrong findings and plain-reply error (pass lintru-75): each shape stands down beside a
# neighbour that keeps the rule.
ROUND58_STAND_DOWN = [
    # our own wrong deed told in the first person, the workers' slips only how it came about
    ("ru.evasion.staff-scapegoat",
     "В пятницу мы отгрузили вам не ту плитку: комплектовщик взял чужую ячейку, а диспетчер не сверил заказ.",
     "В пятницу вам отгрузили не ту плитку: комплектовщик взял чужую ячейку, а диспетчер не сверил заказ."),
    # harm denied, the customer's own form, a deal voided by its legal term: no hidden doer of ours
    ("ru.evasion.agentless-past-passive", "По итогам осмотра вреда саженцам причинено не было.",
     "По итогам осмотра саженцы были заменены не все."),
    ("ru.evasion.agentless-past-passive", "В вашей заявке номер полиса был указан без серии.",
     "В нашей заявке номер полиса был указан с ошибкой, простите."),
    ("ru.evasion.agentless-past-passive", "Договор дарения был признан недействительным, и дом вернули прежнему владельцу.",
     "Ваша заявка на рассрочку была признана необоснованной."),
    # a lawsuit named in the law's words
    ("ru.bureaucratese.denezhnye-sredstva", "Советуем подать иск о возврате средств в районный суд.",
     "Возврат средств занимает до 10 дней."),
    # allotted to a purpose, not sent
    ("ru.bureaucratese.napravit", "Все пожертвования мы направим на помощь приюту.",
     "Документы мы направим вам почтой."),
    # two of those shapes are now reported by the rule whose message fits, which spares an owning neighbour: the harm
    # shrunk in the passive, and the customer's own form blamed
    ("ru.evasion.preumenshenie", "Газон при вывозе техники мы повредили, восстановим его в апреле.",
     "Значительного вреда газону при вывозе техники причинено не было."),
    ("ru.evasion.oshibka-v-prislannom",
     "В вашем бланке номер подъезда был указан верно, а курьер перепутал дом — простите нас.",
     "В вашем бланке заказа номер подъезда был указан с ошибкой, поэтому курьер не нашёл вход."),
]


# Round 59's plain-reply error and judged-wrong findings (pass lintru-76): each shape stands down beside a
# neighbour that keeps the rule.
ROUND59_STAND_DOWN = [
    # the worker who slipped named right after the passive, with what they did
    ("ru.evasion.agentless-past-passive",
     "Простите нас. Обои в спальне были поклеены внахлёст — молодой мастер в тот день клеил их без отвеса.",
     "Обои в спальне были поклеены внахлёст — так уж вышло."),
    # a set term is one word of the chain: a document, a status, a device
    ("ru.bureaucratese.genitive-chain", "Договор вступает в силу после подписания акта приёма-передачи.",
     "Мы задержали возврат из-за сроков подписания акта сверки расчётов."),
    ("ru.bureaucratese.genitive-chain",
     "Вопрос о присвоении роще статуса памятника природы местного значения пока открыт.",
     "Вопрос о присвоении роще статуса ещё не решён из-за сроков рассмотрения заявки комиссии."),
    # the fault owned as why it was not done
    ("ru.evasion.u-nas-vse-korrektno",
     "Со своей стороны выдадим справку о том, что заявление было подано вовремя и не рассмотрено по нашей вине.",
     "Со своей стороны подтверждаем, что платёж был проведён вовремя."),
    ("ru.bureaucratese.rassmatrivaetsya", "Заявление не рассмотрено по нашей вине, простите.",
     "Заявление не рассмотрено из-за нехватки документов."),
    # one of our people named as the contact, no blame
    ("ru.evasion.third-party-frame",
     "По всем возникающим вопросам можно обращаться к технологу сервисной службы Рябовой Е. Н.",
     "По всем возникающим вопросам можно обращаться к технологу сервисной службы поставщика."),
    # a body's or a material's own nature is ru.evasion.vnezapnyj-harakter's, no contractor in it
    ("ru.evasion.third-party-frame", "Покраснение кожи после пилинга связано с индивидуальной реакцией организма.",
     "Покраснение кожи после пилинга связано с качеством кислот от поставщика."),
    # the owner the contract names is the customer who signed it: ru.evasion.na-kliente's
    ("ru.evasion.otvetstvennost-na-tretih",
     "Расходы на вывоз снега по пункту 4 договора аренды возлагаются на собственника склада.",
     "Расходы на вывоз снега возлагаются на собственника соседнего склада."),
    # the chance said to be lacking claims nothing done in time
    ("ru.evasion.sdelano-svoevremenno", "У школы отсутствовала возможность заблаговременно предупредить родителей.",
     "Со своей стороны школа заблаговременно предупредила родителей."),
    # a term met in the past, and a customer sent to another body by its procedure, promise nothing
    ("ru.vague_promise.ustanovlennye-sroki", "Уведомление о переносе было направлено всем участникам в установленный срок.",
     "Уведомление о переносе направим всем участникам в установленный срок."),
    ("ru.vague_promise.v-ustanovlennom-poryadke", "Рекомендуем обратиться в ООО «Горсвет» в установленном порядке.",
     "Ваша жалоба будет рассмотрена в установленном порядке."),
    # an invitation to go through it together opens an explanation
    ("ru.vague_promise.razberemsya", "Давайте спокойно во всём разберёмся по порядку.", "Мы во всём разберёмся."),
]


# Round 59's misses that recur in the gold (pass lintru-76): the innocent neighbour first, in the same
# words, then the class, reported by the rule whose message fits.
ROUND59_CLASSES = [
    # the nature of a body or a material as the cause
    ("ru.evasion.vnezapnyj-harakter", "Покраснение кожи после пилинга прошло за сутки, как и обещал врач.",
     "Покраснение кожи после пилинга связано с индивидуальной реакцией организма."),
    ("ru.evasion.vnezapnyj-harakter", "Пятна на паркете появились из-за нашего лака, мы его снимем.",
     "Пятна на паркете связаны не с лаком, а с влагой из-под плинтуса."),
    # the duty laid by the contract on the owner, the customer
    ("ru.evasion.na-kliente", "Расходы на вывоз снега по договору аренды мы берём на себя.",
     "Расходы на вывоз снега по пункту 4 договора аренды возлагаются на собственника склада."),
    # the chance said to be lacking
    ("ru.evasion.ne-bylo-vozmozhnosti", "Если у вас отсутствовала возможность прийти, напишите нам.",
     "У клуба отсутствовала возможность предупредить всех о переносе матча."),
    # another side as who decided, or as who acted alone
    ("ru.evasion.ne-nesem-otvetstvennosti", "Решение об отмене концерта принималось нашим директором, и это была ошибка.",
     "Решение об отмене концерта принималось управляющей компанией стадиона."),
    ("ru.evasion.third-party-frame", "Мы в одностороннем порядке расторгли договор и вернём вам аванс.",
     "Районная котельная в одностороннем порядке прекратила подачу тепла в квартал."),
    # the customer sent to a body named by its form or name
    ("ru.evasion.obratites-k-tretim", "По вопросу выплаты советуем обратиться к нашему бухгалтеру.",
     "По вопросу выплаты советуем обратиться в ООО «Теплосеть-Юг»."),
    # the lapse said not to touch the outcome
    ("ru.evasion.preumenshenie", "Погода не влияет на результат анализа.",
     "Пропуск двух занятий не скажется на итоговой оценке."),
    # weather behind a named failure, served up as the cause
    ("ru.evasion.prichina-stihiya", "Насос остановился из-за сильного мороза, мы уже поставили обогрев.",
     "Причиной простоя стала остановка насоса из-за сильного мороза."),
]


@pytest.mark.parametrize(
    ("rule", "text", "neighbour"),
    ROUND55_STAND_DOWN + ROUND56_STAND_DOWN + ROUND57_STAND_DOWN + ROUND58_STAND_DOWN + ROUND59_STAND_DOWN + ROUND59_CLASSES,
)
def test_round55_to_59_shape_stands_down_beside_its_neighbour_that_keeps_the_rule(rule, text, neighbour):
    assert rule not in _rules(text)
    assert rule in _rules(neighbour)


# Round 60's plain-reply errors and judged-wrong findings (pass lintru-77): each shape stands down, beside a
# neighbour in the same words that keeps the rule.
ROUND60_STAND_DOWN = [
    # the state measured against our own misjudgment owns it
    ("ru.evasion.agentless-past-passive", "Я сдал вам шкаф в срок, хотя лак был высушен хуже, чем я думал.",
     "Я сдал вам шкаф в срок, хотя лак был высушен плохо."),
    # the defect caught at our door and sent back
    ("ru.evasion.vydano-s-defektom", "Шкаф пришёл от фабрики с вмятиной — мы его сразу вернули.",
     "Шкаф пришёл от фабрики с вмятиной."),
    # carelessness owned by its noun
    ("ru.evasion.staff-scapegoat", "Простите, это наша небрежность: кладовщик не проверил коробку перед отправкой.",
     "Простите: кладовщик не проверил коробку перед отправкой."),
    # a technical account read out of a record, the material by its grade
    ("ru.bureaucratese.vozvratnyj-passiv", "По журналу сварка выполнялась электродами УОНИ-13/55.",
     "Сварка выполнялась в две смены."),
    # a person sent out, the trade's own verb
    ("ru.bureaucratese.napravit", "Завтра мы готовы направить к вам геодезиста.", "Завтра мы готовы направить вам акт."),
    # the noun after a preposition is not the verb's object
    ("ru.bureaucratese.provodit", "Учения нельзя было проводить без звонка в диспетчерскую.",
     "Проверку нельзя было проводить в выходной."),
    # the name of a document
    ("ru.bureaucratese.provedenie-chego", "Протокол проведения испытаний пришлю до пятницы.",
     "Проведение испытаний займёт два дня."),
    # works counted
    ("ru.bureaucratese.dejstviya-po", "На объекте оказалось больше работ по покраске, чем мы думали.",
     "Работы по покраске начнутся в понедельник."),
    # a condition the customer takes part in
    ("ru.vague_promise.posle-sobytiya", "Выставку смонтируем только после согласования плана с Вами.",
     "Выставку смонтируем только после согласования плана с дирекцией."),
    # a measured change explained, no failure
    ("ru.evasion.zaderzhka-obuslovlena", "Рост потребления тепла на 12% объясняется холодным ноябрём.",
     "Задержка отгрузки объясняется холодным ноябрём."),
    # the customer's deed in time, thanked
    ("ru.evasion.sdelano-svoevremenno", "Спасибо за письмо и за то, что своевременно предупредили о протечке.",
     "Уведомления о протечке рассылались жильцам своевременно."),
    # costs named by what they came with
    ("ru.evasion.third-party-frame", "Для возмещения затрат, связанных с предписанием инспекции, пришлите чеки.",
     "Простой цеха, связанный с предписанием инспекции, длился три дня."),
    # a long number written instead of another, a typo in figures
    ("ru.evasion.napravlen-ne-tuda",
     "Ошибка в номере счёта (40702810900000012345 вместо 40702810900000012354) была допущена при печати и вызвана плохой копией.",
     "Вместо оригиналов вам были отправлены копии."),
    # the procedure kept in the past promises nothing
    ("ru.vague_promise.v-ustanovlennom-poryadke", "Сведения об отключении были доведены до жителей в установленном порядке.",
     "Сведения об отключении будут доведены до жителей в установленном порядке."),
]

# Round 60's misses that recur in the gold: the innocent neighbour first, then the class, reported by the rule whose
# message fits.
ROUND60_CLASSES = [
    # the procedure kept, told as the defence
    ("ru.evasion.sdelano-svoevremenno", "Сведения об отключении будут доведены до жителей в установленном порядке.",
     "Сведения об отключении были доведены до жителей в установленном порядке."),
    # «мы» in another clause owns nothing
    ("ru.evasion.tak-poluchilos", "Так сложилось, что мы перепутали дату, простите.",
     "Так сложилось, что повар в тот день заболел — в сезон мы не всегда можем найти замену."),
    ("ru.evasion.ne-udalos", "Повар заболел, и замену мы найти не смогли.",
     "Повар заболел, а замену найти не удалось — в сезон мы не всегда успеваем."),
    # a supplier or a carrier as the cause
    ("ru.evasion.third-party-frame", "Рулоны от поставщика пришли в срок.", "Рулоны от поставщика пришли позже, чем обещали."),
    ("ru.evasion.third-party-frame", "Курьеры у нас обращаются с коробками бережно.",
     "Скол появился уже в дороге — почтовая служба, увы, не всегда бережно обращается с коробками, мы это знаем."),
    # helplessness
    ("ru.evasion.ne-mozhem-povliyat", "С погодой нам повезло, и экскурсия прошла по плану.",
     "С погодой мы, увы, мало что можем поделать."),
    ("ru.evasion.ne-mozhem-povliyat", "В тарифе мы можем поменять всё, что захотите.", "В тарифе мы ничего не можем поменять."),
    # the customer sent elsewhere, or told to act, in friendly words
    ("ru.evasion.obratites-k-tretim", "Сколы стоит показать нашему мастеру, он приедет в среду.",
     "Сколы стоит показать сервисному центру производителя."),
    ("ru.evasion.vina-na-kliente", "Столик мы забронируем заранее, за два дня.",
     "Советуем бронировать столик заранее, хотя бы за два дня."),
    ("ru.evasion.vina-na-kliente", "Рекомендуем попробовать наш новый десерт.", "Рекомендуем в таких случаях сразу звонить диспетчеру."),
    ("ru.evasion.vina-na-kliente", "Перенос визита мы согласуем сами.", "Перенос визита лучше согласовать самостоятельно."),
    ("ru.evasion.vina-na-kliente", "Лодку мы заберём за свой счёт.", "Вы можете вернуть лодку нам за свой счёт."),
    # boilerplate: every thing we work on cherished, being there always, feedback said to help
    ("ru.boilerplate.cenim-klientov", "Каждый проект мы проверяем дважды.", "Мы очень дорожим каждым проектом, с которым работаем."),
    ("ru.boilerplate.vsegda-rady-pomoch", "Всегда рядом с вокзалом, удобно добираться.", "Всегда рады быть рядом в трудную минуту."),
    ("ru.boilerplate.pustye-zavereniya", "Ваш отзыв нам поможет найти курьера.", "Такие отзывы нам правда помогают, спасибо."),
    # our side done right as the answer, the signed act as the proof
    ("ru.evasion.u-nas-vse-korrektno", "Влажность в хранилище мы поддерживали вентиляцией.",
     "Влажность в хранилище поддерживалась в допустимых пределах."),
    ("ru.evasion.u-nas-vse-korrektno", "Весы откалиброваны вчера мастером.", "Весы откалиброваны и взвесили всё корректно."),
    ("ru.evasion.vami-ne-sdelano", "Подписанный акт пришлём вам завтра.",
     "Кровля смонтирована в срок, что подтверждается подписанным актом приёмки."),
    # vague promises: a thought offered, the matter «on» its work
    ("ru.vague_promise.vpred", "Гравёр готов приехать в среду.", "Гравёр готов подумать над новым эскизом."),
    ("ru.vague_promise.vpred", "Катер находится на стоянке у причала.", "Вопрос о втором рейсе находится на проработке у диспетчеров."),
]


@pytest.mark.parametrize(("rule", "text", "neighbour"), ROUND60_STAND_DOWN + ROUND60_CLASSES)
def test_round60_shape_stands_down_beside_its_neighbour_that_keeps_the_rule(rule, text, neighbour):
    assert rule not in _rules(text)
    assert rule in _rules(neighbour)


# Round 61's plain-reply errors and judged-wrong findings (pass lintru-78): each shape stands down, beside a
# neighbour in the same words that keeps the rule.
ROUND61_STAND_DOWN = [
    # the defect set against what we ourselves wrote of the thing, the complaint conceded
    ("ru.evasion.vydano-s-defektom", "Кресло пришло с трещиной на ножке, хотя в объявлении мы написали «как новое».",
     "Кресло пришло с трещиной на ножке."),
    ("ru.evasion.vydano-s-defektom", "Вы правы: ваза приехала со сколом на горлышке.", "Ваза приехала со сколом на горлышке."),
    # a promise as the yardstick the thing fell short of
    ("ru.evasion.agentless-past-passive", "Скидка вышла не такой, как было обещано в рассылке.",
     "Скидка была обещана в рассылке."),
    # traffic, with our own person's failure named right after it
    ("ru.evasion.third-party-frame", "Автобус застрял в пробке на въезде в город, а водитель не предупредил вас.",
     "Автобус застрял в пробке на въезде в город."),
    # the concessive «хотя», not «хотим отметить»
    ("ru.bureaucratese.hotim-otmetit", "Наш мастер не проверил давление, хотя сам отметил течь в журнале.",
     "Хотим отметить, что мастер проверил давление."),
    # a named month of a named year, an honest approximate date months ahead
    ("ru.vague_promise.okno-vmesto-daty", "Каток откроется примерно в середине ноября 2027 года.",
     "Каток откроется примерно в середине ноября."),
    # a season named as the term for what comes with the season
    ("ru.vague_promise.svyazhemsya-s-vami", "Осенью позвоню вам сам.", "Позвоню вам сам."),
    # the noun «данные» before an abbreviation
    ("ru.bureaucratese.dannyj", "По данным МФЦ, заявление принято.", "По данным вопросам ответит бухгалтерия."),
    # the owner told to do it on their own is the customer
    ("ru.evasion.third-party-frame", "Разборка навеса будет произведена владельцем самостоятельно.",
     "Разборка навеса была произведена владельцем соседнего участка."),
    # thanks for how the customer came to us
    ("ru.boilerplate.blagodarim-za-obrashchenie", "Спасибо, что обратились лично.", "Спасибо, что обратились к нам."),
]

# Round 61's misses that recur in rounds 30–61's gold: the innocent neighbour first, then the class.
ROUND61_CLASSES = [
    # sympathy in place of an apology (a reply that apologises keeps it as warmth)
    ("ru.non_apology.ponimaem-nedovolstvo", "Замок на чемодане мы не проверили, простите — понимаю, как это неприятно.",
     "Понимаем, как это неприятно накануне отпуска."),
    ("ru.non_apology.ponimaem-nedovolstvo", "Понимаю, как вы ждали этот концерт, и билеты на новую дату уже у вас.",
     "Сломанный замок на чемодане — неприятно, понимаю."),
    ("ru.non_apology.ponimaem-nedovolstvo", "Мы сорвали вам вечер, простите нас, очень сочувствуем.",
     "Очень сочувствуем: вечер с отменённым концертом никому не нужен."),
    # the harm shrunk by a word of degree
    ("ru.evasion.preumenshenie", "Царапины на раме не влияют на ход велосипеда.",
     "Царапины на раме практически не влияют на ход велосипеда."),
    # the supplier who held the goods back, a name between
    ("ru.evasion.third-party-failed", "Дистрибьютор шин Nokian отгрузил партию раньше, шиномонтаж начнём в понедельник.",
     "Дистрибьютор шин Nokian задержал отгрузку на три недели, и шиномонтаж пришлось перенести."),
    # the step handed to the customer, impersonal and after a courteous «если захотите»
    ("ru.evasion.vina-na-kliente", "Если счётчик сломается, его можно самостоятельно отнести на поверку.",
     "Если захотите, счётчик можно также самостоятельно отнести на поверку в центр стандартизации."),
    # the thing cleared at the moment it left our hands
    ("ru.evasion.u-nas-vse-korrektno", "На момент выдачи велосипеда люфт в каретке мы не заметили — простите.",
     "На момент выдачи велосипеда люфт в каретке не фиксировался."),
]


# Round 62's plain-reply errors and judged-wrong findings, and lintru-78's rules mended (pass lintru-79): each shape
# stands down, beside a neighbour in the same words that keeps the rule.
ROUND62_STAND_DOWN = [
    # a supplier's delay in a reply that owns the step: we let the customer down, or apologise for what we move (guard
    # sets 26 and 33's good replies); a closing «Извините за путаницу» owns nothing
    ("ru.evasion.third-party-failed", "Простите, нам придётся перенести укладку ламината: поставщик задержал отгрузку.",
     "Поставщик задержал отгрузку ламината, укладку перенесём. Извините за путаницу."),
    ("ru.evasion.third-party-failed", "Мы подвели вас с забором, простите: производитель задержал поставку штакетника.",
     "С забором вышла заминка: производитель задержал поставку штакетника."),
    # regret at the news in a reply that names our own lapse or our thing that failed
    ("ru.non_apology.zhal-slyshat", "Грустно читать, что термос потёк. Подвела наша крышка: мы не проверили уплотнитель.",
     "Грустно читать, что термос потёк. Мы не могли это предусмотреть."),
    # an error that «happened» in a reply that says it was our doing
    ("ru.evasion.proizoshel-sboj", "Ключи пришли позже из-за нас. Ошибка случилась при сортировке: новый курьер перепутал ячейки.",
     "Ключи пришли позже. Ошибка случилась при сортировке: курьер перепутал ячейки."),
    # a pronoun takes up the verbal noun of the clause before; the verb's own object, a day held
    ("ru.bureaucratese.provodit", "До настройки котла подождём, её проведёт наш мастер.", "Наш мастер проведёт настройку котла."),
    ("ru.bureaucratese.provodit", "В рамках замены готовы провести лишний вечер в студии.", "В рамках замены готовы провести настройку."),
    # a real action with whom it is done
    ("ru.bureaucratese.hotim-otmetit", "Цену сейчас уточняем с типографией.", "Уточняем, что цена изменилась."),
    # an ordinary verb of what we do there
    ("ru.bureaucratese.soobshchaem-chto", "Подпишитесь на наш канал: там мы сообщаем о скидках.", "Сообщаем о скидках на абонементы."),
    # «по мере» is a preposition
    ("ru.vague_promise.budut-prinyaty-mery", "Ответ будет принят по мере поступления документов.",
     "По жалобе будут приняты меры."),
    # the customer's loss named as what we understand
    ("ru.evasion.zaderzhivaetsya", "Понимаем, что ужин на террасе сорвался.", "Ужин на террасе сорвался."),
    # the customer's words retold
    ("ru.evasion.zrya-bez-sub-ekta", "Вы написали, что в пятницу вам не привезли дрова.", "В пятницу вам не привезли дрова."),
    # the late delivery as what the claim is about
    ("ru.evasion.prishlo-s-opozdaniem", "По жалобе № 12 в части несвоевременной доставки мебели сообщаем следующее.",
     "Причиной стала несвоевременная доставка мебели."),
    # a penalty as the question in dispute
    ("ru.bureaucratese.plata-za-polzovanie", "Вопрос о начислении пени решит бухгалтерия.",
     "Начисление пени остановлено с 1 марта."),
    # a promise as the yardstick stands down, an announcement by nobody does not (round 48's gold)
    ("ru.evasion.agentless-past-passive", "Скидка вышла не такой, как было обещано в рассылке.",
     "Праздник прошёл не совсем так, как было заявлено в программе."),
    # the call tied to the failure coming back
    ("ru.vague_promise.svyazhemsya-s-vami", "Если курьер снова опоздает, вам позвонит диспетчер Ольга.",
     "Вам позвонит диспетчер Ольга."),
]

# Round 62's misses that recur in rounds 30–62's gold: the innocent neighbour first, then the class.
ROUND62_CLASSES = [
    # unease in place of an apology, in a reply that owns nothing (one that owns the fault keeps it as warmth)
    ("ru.non_apology.zhal-chto-sluchilos", "Виноваты мы, и нам неприятно, что абонемент не продлился.",
     "Нам, конечно, неприятно, что абонемент не продлился."),
    ("ru.non_apology.zhal-chto-sluchilos", "Мы перепутали даты, и мне правда неловко, что вы приехали зря.",
     "Мне правда неловко за то, что вы приехали зря."),
    # the chat word for a conditional apology
    ("ru.non_apology.izvinite-esli", "Сорри за путаницу с расписанием, новое уже в чате.",
     "Сорри, если вечеринка из-за этого подпортилась."),
    # the company in the instrumental beside a passive of receiving or studying
    ("ru.bureaucratese.nami-passiv", "Получили вашу заявку на ремонт крыши.", "Ваша заявка на ремонт крыши нами получена."),
    ("ru.bureaucratese.nami-passiv", "Решение о переносе принималось не нами.", "Нами изучена переписка с прорабом."),
    # the responsibility laid on the customs broker
    ("ru.evasion.otvetstvennost-na-tretih", "Брокер оформил груз за два дня.",
     "Ответственность за оформление груза на границе несёт брокер."),
    # the customer told to draw up the damage report with the carrier
    ("ru.evasion.obratites-k-tretim", "Акт о вскрытии посылки мы составим сами в отделении.",
     "Рекомендуем Вам зайти в отделение почты и составить акт о вскрытии посылки."),
    # a readiness to talk of next steps or a discount, after a courteous «если потребуется» too
    ("ru.vague_promise.obsudim-reshim", "Если замок снова заклинит, заменим его бесплатно.",
     "Если потребуется, готовы обсудить дальнейшие шаги по ремонту."),
    ("ru.vague_promise.obsudim-reshim", "Скидка на следующую стрижку — 15%.", "Готовы обсудить скидку на следующую стрижку."),
    # kept posted, or an answer to come back with, at no time
    ("ru.vague_promise.svyazhemsya-s-vami", "Держите нас в курсе ремонта.", "Будем держать вас в курсе ремонта."),
    ("ru.vague_promise.svyazhemsya-s-vami", "По итогам проверки вернёмся с ответом до пятницы.",
     "По итогам проверки вернёмся с ответом."),
    # the matter handed to «the team»
    ("ru.vague_promise.peredan-specialistam", "Ваше замечание учли: меню уже поменяли.", "Ваше замечание передано команде."),
]




# Round 62's and 63's judged-wrong messages (passes lintru-79, lintru-80): the finding stays, its message fits what matched.
@pytest.mark.parametrize(
    ("rule", "text", "words"),
    [
        ("ru.evasion.ne-nesem-otvetstvennosti", "Решение об отказе в выплате было принято экспертной комиссией фонда.",
         "независимый орган"),
        ("ru.evasion.ne-nesem-otvetstvennosti", "Совет дома не вправе вмешиваться в деятельность ревизионной комиссии.",
         "независимый орган"),
        ("ru.evasion.ne-nesem-otvetstvennosti", "Компания не несёт ответственности за действия перевозчика.", "платил вам"),
        ("ru.evasion.agentless-past-passive", "Справка о доходах не была приложена к анкете.", "пропуск на клиенте"),
        ("ru.evasion.agentless-past-passive", "Расписание было размещено на сайте клуба.", "ссылается на объявление"),
        ("ru.evasion.agentless-past-passive", "Расписание не было вовремя размещено на сайте.", "никто не назван"),
        # round 63's (pass lintru-80)
        ("ru.evasion.vina-na-kliente", "Сообщаем, что вы вправе самостоятельно обратиться в Роспотребнадзор.",
         "другую инстанцию"),
        ("ru.evasion.vina-na-kliente", "Рекомендуем в дальнейшем проверять бронь заранее.", "пришёл за помощью"),
        ("ru.evasion.sdelano-s-narusheniem", "Снимки были получены от подрядной клиники с нарушением формата.",
         "перекладывает сбой"),
        ("ru.evasion.sdelano-s-narusheniem", "Декларация была направлена с нарушением срока.", "срок сорван"),
    ],
)
def test_round62_and_63_message_fits_what_matched(rule, text, words):
    messages = [f.message for f in LINTER.lint(text, "ru").findings if f.rule == rule]
    assert messages and words in messages[0]



# Round 63's plain-reply errors (pass lintru-80): what in the reply owns the slip or makes the line concrete.
ROUND63_STAND_DOWN = [
    # the refusal already said in the reply's own person
    ("ru.evasion.ne-predostavlyaetsya",
     "Вернуть абонемент мы не сможем: по договору стоимость занятий не возвращается после первого месяца.",
     "По договору стоимость занятий не возвращается после первого месяца."),
    # the passive going on with what we did, in the same sentence
    ("ru.evasion.agentless-past-passive", "Мы привезли букет к юбилею, а розы были подморожены.",
     "Розы в букете были подморожены."),
    # a recheck of what was fixed, told as the proof of the fix
    ("ru.evasion.sootvetstvuet-norme", "Исправленный отчёт прошёл проверку налоговой без замечаний.",
     "Отчёт прошёл проверку налоговой без замечаний."),
    # «это на нас» owns the slip anywhere in the reply
    ("ru.non_apology.zhal-chto-tak-vyshlo",
     "Как досадно вышло с вашим заказом. Курьер приехал не в тот подъезд, и это на нас.",
     "Как досадно вышло с вашим заказом."),
    ("ru.evasion.vydano-s-defektom", "Люстра приехала с трещиной на плафоне. Мы положили её без пенопласта, это на нас.",
     "Люстра приехала с трещиной на плафоне."),
    # the call tied to an event that comes
    ("ru.vague_promise.svyazhemsya-s-vami", "Позвоню вам сразу, как мастер освободится.", "Позвоню вам сразу."),
]

# Round 63's judged-wrong findings on drafts that no editor labeled (pass lintru-80).
ROUND63_JUDGED_WRONG = [
    # an agreement or an estimate kept to, said in plain speech
    ("ru.bureaucratese.v-ramkah", "Итоговая цена осталась в рамках сметы.", "Скидку дадим в рамках акции."),
    # a full vehicle told as a state hides no one
    ("ru.evasion.agentless-past-passive", "В тот вечер оба парома были переполнены.",
     "В тот вечер места на пароме были проданы заранее."),
    # how a material behaves for a while is no deadline
    ("ru.vague_promise.bez-sroka", "Новые кожаные ботинки могут скрипеть в течение нескольких дней.",
     "Новые ботинки пришлём в течение нескольких дней."),
]



@pytest.mark.parametrize(
    ("rule", "text", "neighbour"),
    ROUND61_STAND_DOWN + ROUND61_CLASSES + ROUND62_STAND_DOWN + ROUND62_CLASSES + ROUND63_STAND_DOWN + ROUND63_JUDGED_WRONG,
)
def test_round61_to_63_shape_stands_down_beside_its_neighbour_that_keeps_the_rule(rule, text, neighbour):
    assert rule not in _rules(text)
    assert rule in _rules(neighbour)

# Misses that recur in the gold of rounds 30–63 (pass lintru-80) and 50–66 (pass lintru-83): the innocent neighbour
# first, then the class.
@pytest.mark.parametrize(
    ("rule", "neighbour", "text"),
    [
        # the reply's own case told as a technicality
        ("ru.evasion.formalno-vse-verno", "Формально трещина в допуске, но плитку мы заменим в пятницу.",
         "Счёт выставили по тарифу, так что формально всё в порядке."),
        # the formal thanks for participation or labour in general
        ("ru.boilerplate.blagodarim-za-uchastie", "Спасибо, что в субботу привезли на ярмарку весь хор.",
         "Благодарим за активное участие в жизни посёлка."),
        ("ru.boilerplate.blagodarim-za-uchastie", "Благодарим за снимки счётчика: по ним видно, что пломба цела.",
         "Благодарим Вас за добросовестный труд в составе дружины."),
        # the customer sent, as a need of theirs, to the bank or the body we work through (our own office is no hand-off)
        ("ru.evasion.obratites-k-tretim", "Вам необходимо обратиться к нам в офис с паспортом.",
         "Вам необходимо обратиться в страховую компанию с копией полиса."),
    ],
)
def test_recurring_class_is_named_and_spares_its_neighbour(rule, neighbour, text):
    assert rule in _rules(text)
    assert rule not in _rules(neighbour)


# Judged-wrong findings of rounds 65 (pass lintru-82) and 66 (pass lintru-83): each shape stands down beside a
# neighbour that keeps the rule.
JUDGED_WRONG_SHAPES = [
    # the one who pays back named in the instrumental, or the day of the payment with its month
    ("ru.bureaucratese.budut-vozvrashcheny", "Залог за номер будет возвращён гостиницей при выезде.",
     "Залог за номер будет возвращён при выезде."),
    ("ru.bureaucratese.budut-vozvrashcheny", "Стоимость абонемента будет компенсирована до 12 марта.",
     "Стоимость абонемента будет компенсирована бонусами."),
    # «regarded as», not «under review»
    ("ru.bureaucratese.rassmatrivaetsya", "Царапина на корпусе не может рассматриваться как брак.",
     "Ваша жалоба на царапину рассматривается."),
    # property put into someone's keeping
    ("ru.vague_promise.peredan-specialistam", "Найденный велосипед передан на хранение охране парка.",
     "Ваше обращение о велосипеде передано в отдел охраны."),
    # the purpose of advice to the customer
    ("ru.vague_promise.vpred", "В целях недопущения подобных поломок рекомендуем вам заливать только зимний омыватель.",
     "В целях недопущения подобных поломок мы будем чаще проверять омыватель."),
    # a relative clause that tells which place or card is meant
    ("ru.bureaucratese.vozvratnyj-passiv", "Деньги вернутся на счёт, с которого производился платёж.",
     "Платёж производился с задержкой."),
    ("ru.bureaucratese.vozvratnyj-passiv", "Справку выдаст ветклиника, где проводилась стерилизация.",
     "Стерилизация проводилась в субботу."),
    # round 66: a cause closed by a named public body's act names who did it
    ("ru.evasion.knizhnaya-prichina", "Паром не ходит ввиду закрытия переправы по распоряжению администрации района.",
     "Паром не ходит ввиду закрытия переправы."),
    ("ru.evasion.knizhnaya-prichina", "Экскурсия перенесена на субботу ввиду закрытия парка по решению ГБУ «Мосприрода».",
     "Экскурсия перенесена на субботу ввиду закрытия парка по решению руководства."),
    # round 67: the doer named with «силами» right after the reflexive passive («силами» is silami's)
    ("ru.bureaucratese.vozvratnyj-passiv", "Озеленение сквера производится силами городских волонтёров.",
     "Озеленение сквера производится каждую весну."),
    # round 67: the work reported done «в полном объёме и в сроки», no deadline ahead (the compliance is samoopravdanie's)
    ("ru.vague_promise.neopredelennyj-srok", "Поставка выполнена в полном объёме и в сроки, установленные договором.",
     "Поставка будет выполнена в сроки, установленные договором."),
    # round 67: advice to do it in time («рекомендуем» reads as a short participle), no deed of ours claimed
    ("ru.evasion.sdelano-svoevremenno", "Рекомендуем своевременно менять фильтр в кофемашине.",
     "Фильтр в кофемашине был своевременно заменён."),
]


@pytest.mark.parametrize(("rule", "text", "neighbour"), JUDGED_WRONG_SHAPES)
def test_judged_wrong_shape_stands_down_beside_its_neighbour_that_keeps_the_rule(rule, text, neighbour):
    assert rule not in _rules_with_merged(text)
    assert rule in _rules_with_merged(neighbour)


def _rules_with_merged(text: str) -> set[str]:
    findings = LINTER.lint(text, "ru").findings
    return {f.rule for f in findings} | {rule for f in findings for rule in f.merged}


@pytest.mark.parametrize(
    ("text", "purpose_reported"),
    [
        # with «вам» the order tone is reported, not the purpose phrase before it (judged wrong, round 65)
        ("Для продления парковочного абонемента вам необходимо приехать на стоянку.", False),
        # with none the purpose phrase stays the finding
        ("Для продления парковочного абонемента необходимо приехать на стоянку.", True),
    ],
)
def test_purpose_phrase_is_reported_only_without_the_order_to_you(text, purpose_reported):
    findings = [f for f in LINTER.lint(text, "ru").findings if f.rule == "ru.bureaucratese.vam-neobhodimo"]
    assert findings
    assert any(text[f.start:f.end].startswith("Для") for f in findings) == purpose_reported


def test_a_fault_made_normal_with_a_sigh_between_is_evasion():
    assert "ru.evasion.byvaet" in _rules_with_merged("Клавиатура залипает, такое, увы, случается.")
    assert "ru.evasion.byvaet" not in _rules_with_merged("Такое, увы, не случается с новыми клавиатурами.")

