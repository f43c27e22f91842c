# Страницы Национальной комиссии: её панель (заявки её государства-члена), одна заявка и
# решения по ней, а также страница после возврата заявки городу.

## Списки названий во фразе: «Лион, Лилль и Нанси».
natcom-list-separator = {", "}
natcom-list-last = {" и "}
natcom-colon = {": "}

## Панель.
natcom-no-call-title = Сейчас приём заявок не проводится
natcom-no-call-text = Когда UIL объявит следующий приём заявок, заявки появятся здесь.
natcom-dashboard-title = Национальная комиссия по делам ЮНЕСКО – { $country }
natcom-sent = { $count ->
    [one] В UIL подана { $count } заявка: { $cities }.
    [few] В UIL поданы { $count } заявки: { $cities }.
    [many] В UIL подано { $count } заявок: { $cities }.
   *[other] В UIL подано { $count } заявки: { $cities }.
}
natcom-held-heading = Не подано в UIL
natcom-held-text = У этих одобренных заявок ещё нет подписанного одобрения или не указано подписывающее лицо. Заполните часть 2 на странице каждой заявки, затем подайте их снова:
natcom-nothing-sent = Подавать было нечего: ни одна одобренная заявка не ожидала подачи.
natcom-submit-by = Срок подачи в UIL
natcom-deadline-left = { $deadline }: { $left }
natcom-deadline-extended-left = { $deadline } (продлён UIL): { $left }
natcom-endorsements = Одобрения
natcom-endorsements-used = Использовано одобрений: { $used } из { $quota }
natcom-still-to-decide = Ожидают решения
natcom-to-decide-count = { $count ->
    [one] { $count } заявка
    [few] { $count } заявки
    [many] { $count } заявок
   *[other] { $count } заявки
}
natcom-quota-used-heading = Вы использовали все одобрения ({ $quota }).
natcom-quota-used-text = Чтобы одобрить другой город, сначала отмените одно из своих одобрений на странице соответствующей заявки; заявку, уже поданную в UIL, отменить нельзя.
natcom-applications-from = Заявки – { $country }
natcom-no-applications = Ни один город этого государства-члена ({ $country }) ещё не подал заявку.
natcom-applications-caption = Заявки, поданные городами государства-члена: { $country }
natcom-col-city = Город
natcom-col-stage = Статус
natcom-col-submitted = Дата подачи
natcom-col-signed = Подписанное одобрение
natcom-tag-to-decide = Ожидает решения
natcom-signed-uploaded = Загружено
natcom-signed-missing = Отсутствует
natcom-submit-heading = Подача в UIL
natcom-deadline-passed = Срок для национальных комиссий истёк: { $deadline }.
natcom-endorse-first = Сначала одобрите заявки, затем подайте их здесь вместе с подписанными одобрениями не позднее { $deadline }.
natcom-ready = Готовы к подаче: { $cities }.
natcom-unsigned = Ожидают подписанного одобрения и не будут отправлены, пока оно не загружено: { $cities }.
natcom-submit-button = Подать одобренные заявки в UIL
natcom-submit-hint = До истечения срока подавать заявки можно несколько раз. После подачи решение по заявке отменить нельзя.
natcom-nothing-submitted-title = В UIL ничего не подано
natcom-back-to-applications = Вернуться к Вашим заявкам

## Одна заявка.
natcom-application-title = { $city } – Национальная комиссия
natcom-back-to-country = Вернуться к заявкам – { $country }
natcom-application-heading = Заявка города { $city }
natcom-submitted-on = Подана { $when }.
natcom-printable = Версия для печати
natcom-quota-and-deadline = Использовано одобрений: { $used } из { $quota }. Срок принятия решения: { $deadline }.
natcom-not-in-its-hands = Эта заявка { $stage }: Национальной комиссии больше нечего по ней решать.
natcom-endorsement-heading = Одобрение
natcom-signed-missing-strong = Не загружено подписанное одобрение.
natcom-signed-missing-text = Загрузите его до подачи заявки в UIL.
natcom-officer-name = Имя подписывающего лица
natcom-officer-title = Должность подписывающего лица
natcom-note = Примечание (необязательно)
natcom-signed-label = Подписанное одобрение (PDF)
natcom-signed-label-replace = Подписанное одобрение (PDF): загружено; выбирайте файл, только чтобы заменить его
natcom-save-endorsement = Сохранить одобрение
natcom-endorse-heading = Одобрить
natcom-signed-hint = Его можно добавить позже; оно необходимо до подачи заявки в UIL.
natcom-endorse-button = Одобрить заявку города { $city }
natcom-decline-heading = Отклонить
natcom-reason-label = Причина (для города)
natcom-decline-button = Отклонить заявку города { $city }
natcom-return-heading = Вернуть городу
natcom-return-label = Что город должен изменить?
natcom-return-button = Вернуть городу
natcom-take-back-heading = Отменить решение
natcom-take-back-text = Решение по заявке снова не принято.
natcom-take-back-text-endorsed = Решение по заявке снова не принято, а её одобрение можно использовать для другого города.
natcom-take-back-button = Отменить решение
natcom-documents = Документы
natcom-file-size = ({ $size })
natcom-progress = Ход рассмотрения
natcom-timeline-entry = { $who }: { $what }
natcom-not-given = Не указано

## После возврата заявки городу.
natcom-returned-title = Возвращена городу { $city }
natcom-returned-heading = Заявка города { $city } возвращена городу
natcom-returned-text = Город может изменить заявку и подать её снова до истечения срока для городов. Ему сообщили причину по электронной почте, приложив Ваше сообщение.
natcom-returned-text-mailed = Город может изменить заявку и подать её снова до истечения срока для городов. Ему сообщили причину по электронной почте ({ $recipients }), приложив Ваше сообщение.
natcom-returned-draft = Пока город не подаст заявку снова, она вновь является черновиком и не отображается в Вашем списке.

## Панель управления: сравнение, порядок предпочтения, выбор, одобрение и отправка за один шаг.

# Индикатор квоты: «Использовано одобрений: 2 из 3 · Осталось 11 дней, срок: 30 июня 2023 г., 23:59 AoE».
natcom-meter = { $endorsed } · { $left }, срок: { $deadline }
natcom-compare-link = Сравнить заявки рядом друг с другом, расположить их в порядке предпочтения и сделать выбор
natcom-compare-title = Заявки – { $country }: сравнение рядом друг с другом
natcom-compare-caption = Поданные заявки – { $country }, по одной в каждом столбце
natcom-compare-show = Показать
natcom-compare-show-button = Показать выбранные
natcom-compare-stage = Статус
natcom-compare-completeness = Ответы
natcom-compare-complete = Заполнены полностью
natcom-compare-lacking = { $count ->
    [one] Не хватает { $count } ответа
    [few] Не хватает { $count } ответов
    [many] Не хватает { $count } ответов
   *[other] Не хватает { $count } ответа
}
natcom-compare-signed = Подписанные документы
natcom-compare-signatures = Обязательство: { $pledge }; часть 2: { $part2 }
natcom-yes = да
natcom-no = нет
natcom-compare-order = Ваш порядок предпочтения (1 — первая)
natcom-compare-order-of = Место заявки города { $city } в Вашем порядке предпочтения
natcom-compare-choose = Выбрать
natcom-compare-choose-city = Выбрать заявку города { $city }
natcom-compare-save-order = Сохранить порядок
natcom-compare-order-saved = Ваш порядок предпочтения сохранён; Ваши коллеги тоже его видят.
natcom-compare-review-chosen = Проверить выбранные заявки
natcom-event-ranked = Заявке присвоено место { $rank } в порядке предпочтения Национальной комиссии
natcom-event-unranked = Заявка исключена из порядка предпочтения Национальной комиссии
natcom-confirm-title = Одобрить и отправить в UIL
natcom-confirm-back = Вернуться к сравнению
natcom-confirm-lead = Эти заявки будут одобрены и отправлены в UIL все вместе — или ни одна из них: проверьте, что у каждой есть часть 2.
natcom-confirm-col-part2 = Часть 2
natcom-confirm-part2-ready = Данные подписывающего лица указаны, подписанная часть 2 загружена
natcom-confirm-button = { $count ->
    [one] Одобрить и отправить в UIL { $count } заявку
    [few] Одобрить и отправить в UIL { $count } заявки
    [many] Одобрить и отправить в UIL { $count } заявок
   *[other] Одобрить и отправить в UIL { $count } заявки
}
natcom-confirm-hint = Города и UIL получат уведомление по электронной почте. После этого заявки рассматривает UIL.
natcom-save-part2-button = Сохранить часть 2, не принимая решения
