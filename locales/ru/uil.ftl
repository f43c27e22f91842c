# Страницы UIL: заявки, поступившие в UIL, и их рассмотрение, объявления о приёме заявок,
# продление сроков, журнал аудита, исходящая почта, учётные записи сотрудников и
# справочник членов сети. А также журнал писем по каждой заявке.

## Мелкие элементы.
uil-list-separator = {", "}
uil-list-last = {" и "}
uil-colon = {": "}

## Меню страниц UIL.
uil-nav-label = UIL
uil-nav-applications = Заявки
uil-nav-calls = Приём заявок
uil-nav-extensions = Продление сроков
uil-nav-audit = Аудит
uil-nav-mail = Почта
uil-nav-staff = Сотрудники
uil-nav-members = Справочник членов сети

## Списки: фильтры и страницы.
uil-filter-show = Показать
uil-filter-any = Любое
uil-filter-all-calls = Все объявления
uil-filter-all-regions = Все регионы
uil-filter-all-countries = Все страны
uil-filter-all-stages = Все статусы
uil-filter-reviewed-either = Неважно
uil-filter-reviewed-yes = Хотя бы один раз
uil-filter-reviewed-no = Ещё нет
uil-sort-newest = Сначала новые
uil-sort-country = По стране
uil-sort-city = По городу
uil-pages = Страницы
uil-previous-page = Предыдущая страница
uil-next-page = Следующая страница
uil-page-of = Страница { $page } из { $pages }

## Панель: заявки, поступившие в UIL.
uil-dashboard-title = Заявки в UIL
uil-failed-mail = { $count ->
    [one] Не удалось отправить { $count } письмо
    [few] Не удалось отправить { $count } письма
    [many] Не удалось отправить { $count } писем
   *[other] Не удалось отправить { $count } письма
}
uil-failed-mail-see = Посмотреть неотправленные письма
uil-failed-mail-resend = и отправить их повторно.
uil-failed-mail-coordinator = Координатор UIL может отправить их повторно.
uil-by-region = По регионам
uil-by-region-caption = Заявки по регионам
uil-by-stage = По статусам
uil-by-stage-caption = Заявки по статусам
uil-chart-title = Заявки по регионам: { $counts }
uil-chart-item = { $region } { $count }
uil-col-region = Регион
uil-col-applications = Заявки
uil-col-stage = Статус
uil-col-city = Город
uil-col-country = Страна
uil-col-reached = Поступила в UIL
uil-col-assessments = Оценки
uil-col-average = Средний балл
uil-applications-count = { $count ->
    [one] { $count } заявка
    [few] { $count } заявки
    [many] { $count } заявок
   *[other] { $count } заявки
}
uil-export-link = Скачать эти заявки в виде электронной таблицы (CSV)
uil-no-match = Нет заявок, соответствующих этим фильтрам.

## Одна заявка.
uil-application-title = { $city } – UIL
uil-back-to-applications = Вернуться к заявкам
uil-application-heading = Заявка города { $city }
uil-reached-on = Поступила в UIL { $when }.
uil-printable = Версия для печати
uil-decision-message-shown = Сообщение UIL городу:
uil-endorsement-heading = Одобрение Национальной комиссии
uil-signing-officer = Подписывающее лицо
uil-officer = { $name }, { $title }
uil-endorsement-note = Примечание
uil-none = Нет
uil-signed-endorsement = Подписанное одобрение
uil-missing = Отсутствует
uil-file-size = ({ $size })
uil-start-review = Начать рассмотрение
uil-assessments = Оценки
uil-your-assessment = Ваша оценка, { $when }
uil-admin-sees-all = Как координатор UIL Вы видите все оценки.
uil-hidden-until-own = Оценки других экспертов появятся здесь после того, как Вы напишете свою.
uil-other-assessments = Другие оценки
uil-all-assessments = Все оценки
uil-col-reviewer = Эксперт
uil-col-comment = Комментарий
uil-averages = Средние баллы:
uil-averages-list = { $averages }.
uil-averages-separator = {"; "}
uil-criterion-average = { $criterion } { $average }
uil-overall = Общий средний балл { $average }.
uil-change-assessment = Изменить свою оценку
uil-write-assessment = Написать свою оценку
uil-comment = Комментарий
uil-save-assessment = Сохранить мою оценку
uil-decision = Решение
uil-decision-legend = Принять город { $city } в члены сети?
uil-decision-accepted = Принять: город { $city } входит в сеть
uil-decision-not-accepted = Не принимать
uil-decision-message-label = Сообщение городу и его Национальной комиссии
uil-record-decision = Записать решение
uil-documents = Документы
uil-progress = Ход рассмотрения
uil-timeline-entry = { $who }: { $what }
uil-not-given = Не указано

## Журнал писем по заявке.
uil-mail-log-heading = Письма по этой заявке
uil-mail-log-none = Писем пока нет.
uil-mail-log-when = Дата
uil-mail-log-to = Получатель
uil-mail-log-subject = Тема
uil-mail-log-state = Состояние

## Объявления о приёме заявок.
uil-calls-title = Приём заявок
uil-calls-heading = Объявления о приёме заявок
uil-calls-col-title = Название
uil-calls-col-opens = Начало приёма
uil-calls-col-city = Срок для городов
uil-calls-col-natcom = Срок для национальных комиссий
uil-calls-col-quota = Одобрения
uil-calls-current = На общедоступной странице
uil-call-new-heading = Объявить приём заявок
uil-call-edit-heading = Изменить объявление о приёме заявок
uil-back-to-calls = Вернуться к объявлениям
uil-call-title = Название
uil-call-title-hint = Так, как его показывает общедоступная страница, например: Вступайте в Глобальную сеть обучающихся городов ЮНЕСКО! (2025)
uil-call-opens-on = Начало приёма заявок
uil-call-city-deadline = Срок подачи заявок городами в национальную комиссию
uil-call-natcom-deadline = Срок подачи заявок национальными комиссиями в UIL
uil-call-quota = Число одобрений на одну национальную комиссию
uil-call-zone = Часовой пояс дат
uil-call-zone-hint = AoE (Anywhere on Earth, UTC−12: дата действует, пока где-либо на Земле ещё длится этот день) или название часового пояса, например Europe/Paris
uil-call-body = Текст объявления
uil-call-body-hint = Markdown: пустая строка между абзацами, «## » перед заголовком, «- » перед каждым пунктом списка.
uil-call-save = Сохранить объявление

## Продление сроков.
uil-extensions-title = Продление сроков
uil-extensions-intro = Более поздний срок для заявки одного города или для одной национальной комиссии. Продление записывается вместе с причиной и отображается везде, где показан этот срок.
uil-extensions-kind = Что продлевается?
uil-extensions-kind-application = Срок для города по одной заявке (укажите её номер)
uil-extensions-kind-country = Срок для одной национальной комиссии (выберите её государство-член)
uil-extensions-application = Номер заявки
uil-extensions-application-hint = Город найдёт его в конце адреса страницы своей заявки: /applications/123
uil-extensions-country = Государство-член
uil-choose-member-state = Выберите государство-член
uil-extensions-new-deadline = Новый срок
uil-extensions-new-deadline-hint = Целый день в часовом поясе объявления
uil-extensions-reason = Причина
uil-extensions-grant = Продлить срок
uil-extensions-granted = Предоставленные продления
uil-extensions-none = Пока нет.
uil-extensions-col-what = Срок
uil-extensions-col-call = Объявление
uil-extensions-col-until = До
uil-extensions-col-reason = Причина
uil-extensions-col-by = Кем предоставлено
uil-extensions-granted-by = { $name }, { $when }
uil-extensions-of-application = Срок для города по заявке { $id }: { $city }, { $country }
uil-extensions-of-draft = Срок для города по заявке { $id } (ещё не подана)
uil-extensions-of-natcom = Национальная комиссия – { $country }

## Журнал аудита.
uil-audit-title = Аудит
uil-audit-heading = Всё, что происходило с заявками
uil-audit-application = Номер заявки
uil-audit-actor = Лицо (имя или адрес электронной почты)
uil-audit-from = С
uil-audit-to = По
uil-audit-accounts-heading = Изменения учётных записей
uil-audit-col-account = Учётная запись
uil-audit-two-factor-enrolled = Второй фактор настроен
uil-audit-two-factor-reset = Второй фактор сброшен
uil-audit-command-line = командная строка
uil-events-count = { $count ->
    [one] { $count } событие
    [few] { $count } события
    [many] { $count } событий
   *[other] { $count } события
}
uil-col-when = Дата
uil-col-application = Заявка
uil-col-who = Кто
uil-col-what = Что
uil-col-note = Примечание
uil-audit-application-cell = { $id }: { $city }
uil-audit-created = создана ({ $stage })
uil-audit-transition = { $from } → { $to }

## Исходящая почта.
uil-outbox-title = Почта
uil-outbox-resent = Копия поставлена в очередь (письмо { $id }); она будет отправлена в течение минуты.
uil-outbox-kind = Тип
uil-outbox-text = Получатель или тема
uil-mails-count = { $count ->
    [one] { $count } письмо
    [few] { $count } письма
    [many] { $count } писем
   *[other] { $count } письма
}
uil-outbox-col-queued = Поставлено в очередь
uil-outbox-col-to = Получатель
uil-outbox-col-subject = Тема
uil-outbox-col-kind = Тип
uil-outbox-col-state = Состояние
uil-outbox-col-attempts = Попытки
uil-outbox-col-error = Последняя ошибка
uil-outbox-col-action = Действие
uil-outbox-application = (заявка { $id })
uil-outbox-resend = Отправить повторно
uil-outbox-resend-to = на адрес { $to }
uil-mail-kind-verify_email = Подтверждение адреса электронной почты
uil-mail-kind-account_exists = Учётная запись уже существует
uil-mail-kind-password_reset = Сброс пароля
uil-mail-kind-invitation = Приглашение
uil-mail-kind-submission_receipt = Подтверждение получения заявки
uil-mail-kind-natcom_new_application = Новая заявка, национальной комиссии
uil-mail-kind-natcom_endorsed = Одобрение, городу
uil-mail-kind-natcom_declined = Отклонение, городу
uil-mail-kind-natcom_returned = Возврат, городу
uil-mail-kind-natcom_reopened = Отмена решения, городу
uil-mail-kind-natcom_forwarded = Подача в UIL, городу
uil-mail-kind-uil_submissions = Поданные заявки, в UIL
uil-mail-kind-uil_decision = Решение UIL, городу
uil-mail-kind-uil_decision_natcom = Решение UIL, национальной комиссии
uil-mail-kind-reminder_city_day = Напоминание городу за день
uil-mail-kind-reminder_city_week = Напоминание городу за неделю
uil-mail-kind-reminder_natcom_day = Напоминание национальной комиссии за день
uil-mail-kind-reminder_natcom_fortnight = Напоминание национальной комиссии за две недели
uil-mail-kind-reminder_natcom_two_days = Напоминание национальной комиссии за два дня
uil-mail-kind-colleague_invitation = Приглашение к работе над заявкой
uil-mail-kind-reminder_natcom_week = Напоминание национальной комиссии за неделю

## Учётные записи сотрудников.
uil-users-title = Учётные записи сотрудников
uil-users-invited = Приглашение отправлено на адрес { $email }. Ссылка действительна 7 дней.
uil-users-caption = Учётные записи национальных комиссий и UIL
uil-users-col-name = Имя
uil-users-col-email = Электронная почта
uil-users-col-role = Роль
uil-users-col-country = Государство-член
uil-users-col-status = Состояние
uil-users-invited-status = Приглашён
uil-users-active = Активна
uil-users-col-two-factor = Двухэтапный вход
uil-users-two-factor-on = Включён
uil-users-two-factor-off = Не настроен
uil-users-reset-two-factor = Сбросить второй фактор
uil-users-two-factor-reset-done = Второй фактор пользователя { $name } сброшен, все сеансы этой учётной записи завершены: при следующем входе потребуется настроить новый.
uil-invite-heading = Пригласить сотрудника
uil-invite-name = Полное имя
uil-invite-email = Адрес электронной почты
uil-invite-role = Роль
uil-invite-role-natcom = Национальная комиссия (выберите её государство-член ниже)
uil-invite-role-reviewer = Эксперт UIL: оценивает заявки, поступившие в UIL
uil-invite-role-admin = Координатор UIL: управляет приёмом заявок, пользователями и решениями
uil-invite-country = Государство-член (для национальных комиссий и членов жюри)
uil-invite-send = Отправить приглашение

## Импорт справочника членов сети.
uil-members-title = Справочник членов сети
uil-members-done = Справочник членов сети обновлён. Добавлено: { $added }; обновлено: { $updated }; удалено: { $removed }; без изменений: { $unchanged }.
uil-members-see-it = Открыть справочник
uil-members-preview-heading = Что изменит импорт
uil-members-count-add = Будет добавлено: { $count }
uil-members-count-update = Будет обновлено (год вступления): { $count }
uil-members-count-remove = Будет удалено: { $count }
uil-members-count-unchanged = Уже указаны без изменений: { $count }
uil-members-bad-heading = Некоторые строки не удаётся прочитать
uil-members-bad-text = Исправьте их в файле и загрузите его снова; ничего не изменено.
uil-members-bad-line = Строка { $line }: { $problem }
uil-members-to-add = Будут добавлены
uil-members-to-update = Будут обновлены
uil-members-to-remove = Будут удалены
uil-members-row = { $city } ({ $country })
uil-members-row-year = { $city } ({ $country }), { $year }
uil-members-row-joined = { $city } ({ $country }): член сети с { $year } года
uil-members-apply = Применить эти изменения
uil-members-cancel = Отмена
uil-members-intro = Загрузите официальный список членов сети в виде файла CSV. В его первой строке указаны названия столбцов:
uil-members-column-city = название города
uil-members-column-country = код ISO государства-члена, например DE
uil-members-column-year = год вступления города (можно не указывать)
uil-members-preview-first = Прежде чем что-либо изменится, Вы увидите, что именно будет изменено.
uil-members-file = Файл CSV со списком членов сети
uil-members-file-too-large = Размер файла не должен превышать 10 МБ
uil-members-file-not-utf8 = Файл должен быть файлом CSV в кодировке UTF-8
uil-members-file-missing = Выберите файл CSV со списком членов сети
uil-members-mode = Что сделать с файлом
uil-members-mode-add = Добавить его членов в справочник (и обновить год вступления уже указанных)
uil-members-mode-replace = Заменить справочник этим файлом
uil-members-preview-button = Предварительно просмотреть изменения

## The call's text in other languages (call form).
uil-call-translations-heading = Приём заявок на других языках
uil-call-translations-hint = Публичная страница показывает текст на языке читателя, если для него заданы заголовок и текст, а в противном случае — на английском языке с соответствующей пометкой. Оставьте оба поля пустыми, чтобы не давать версию на этом языке; заполните оба, чтобы её дать.
uil-call-title-in = Заголовок (язык: { $language })
uil-call-body-in = Текст (язык: { $language }, Markdown)
uil-applied-before = Город уже подавал заявку ранее; эта заявка начата на основе прежней:
uil-applied-before-link = заявка № { $id }
uil-nav-pipeline = Сводка
uil-pipeline-title = Заявки в национальных комиссиях
uil-pipeline-lead = Заявки текущего приёма заявок, находящиеся в национальных комиссиях, по регионам и государствам-членам: только количество, начиная с подачи. Черновики принадлежат городам и никогда не учитываются.
uil-pipeline-col-state = Государство-член
uil-pipeline-col-submitted = Подано
uil-pipeline-col-endorsed = Одобрено
uil-pipeline-col-forwarded = Отправлено в UIL
uil-pipeline-total = Всего по региону
uil-pipeline-none = Заявок пока нет:
