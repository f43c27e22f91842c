# Страницы города: его заявки, форма, проверка ответов, подача, печать, отзыв;
# история заявки и переписка по ней.

## Список заявок города.
city-list-title = Ваши заявки
city-list-none = Вы ещё не начали ни одной заявки.
city-list-col-city = Город
city-list-col-country = Страна
city-list-col-call = Приём заявок
city-list-col-stage = Этап
city-list-col-updated = Последнее изменение
city-list-start = Начать заявку
city-submit-by = Представьте её в свою Национальную комиссию не позднее { $deadline }.

## Начало заявки.
city-new-title = Начать заявку
city-new-intro = Какой город подаёт заявку? Вы можете сохранять форму по ходу заполнения и вернуться к ней позже.
city-new-start = Начать заполнение заявки

## Общие для страниц заявки.
city-application-of = Заявка города { $city }
city-application-of-in = Заявка города { $city } ({ $country })
city-closed-heading = Подача заявок закрыта.
city-back-to-application = Вернуться к заявке
city-change = Изменить
city-upload = Загрузить
city-documents-heading = Документы
city-document-kind = { $kind }:
city-document-size = ({ $size })
city-size-mb = { $size } МБ
city-size-kb = { $size } КБ

## Список задач.
city-task-list-title = Ваша заявка
city-task-list-progress = Заполнено { $completed } из { $required ->
        [one] { $required } обязательного раздела
        [few] { $required } обязательных разделов
        [many] { $required } обязательных разделов
       *[other] { $required } обязательного раздела
    }. Ваши ответы сохраняются по ходу заполнения: можно уйти и вернуться.
city-task-list-confirm-email = Подтвердите адрес электронной почты перед подачей заявки: откройте отправленную нами ссылку или
city-ask-for-new-link = запросите новую
city-task-list-confirm-email-end = .
city-check-and-submit = Проверить ответы и подать заявку
city-check-answers = Проверить ответы
city-see-application-page = Открыть страницу заявки

## Раздел формы.
city-section-title = { $section } – { $city }
city-documents-intro = Вы можете добавить до { $max ->
        [one] { $max } PDF-файла
        [few] { $max } PDF-файлов
        [many] { $max } PDF-файлов
       *[other] { $max } PDF-файла
    } в поддержку заявки: стратегию, план, отчёт. Каждый файл — не более 10 МБ.
city-documents-uploaded = Загруженные подтверждающие документы
city-documents-col-file = Файл
city-documents-col-size = Размер
city-documents-col-action = Действие
city-document-remove = Удалить
city-words-too-many = { $count ->
        [one] Превышение на { $count } слово
        [few] Превышение на { $count } слова
        [many] Превышение на { $count } слов
       *[other] Превышение на { $count } слова
    }
city-words-remaining = { $count ->
        [one] Осталось { $count } слово
        [few] Осталось { $count } слова
        [many] Осталось { $count } слов
       *[other] Осталось { $count } слова
    }
city-pledge-label = Форма заявки, подписанная мэром и заверенная печатью
city-pledge-hint = PDF-файл размером не более 10 МБ.
city-pledge-uploaded = Загружено:
city-pledge-replace = ({ $size }). Выбирайте файл, только если хотите заменить его.
city-pledge-how = Распечатайте заявку, попросите мэра подписать её и заверить печатью, затем отсканируйте.
city-print-for-signature = Распечатать заявку для подписи
city-supporting-label = Добавить подтверждающие документы
city-supporting-hint = PDF-файлы, каждый не более 10 МБ. Можно выбрать несколько файлов сразу.
city-save-and-check = Сохранить и проверить ответы
city-save-and-continue = Сохранить и продолжить
city-save-later = Сохранить и вернуться позже
city-read-only-title = Эту заявку больше нельзя изменить

## Проверка ответов и подача заявки.
city-check-title = Проверьте ответы – { $city }
city-check-before-submit = Прежде чем подать заявку
city-check-missing-intro = Не хватает следующих ответов:
city-check-heading = Проверьте ответы перед подачей заявки
city-missing-pledge = Загрузите в формате PDF обязательство, подписанное мэром и заверенное печатью
city-submit-heading = Подача заявки в Национальную комиссию
city-submit-button = Подать заявку в Национальную комиссию
city-check-confirm-email = Ваш адрес электронной почты ещё не подтверждён. Откройте отправленную нами ссылку или
city-check-confirm-email-end = ; после этого вы сможете подать заявку.
city-check-complete-first = Заполните недостающие ответы выше, затем вернитесь сюда, чтобы подать заявку.
city-check-by-submitting = Подав заявку, вы направите заявку города { $city } в Национальную комиссию по делам ЮНЕСКО ({ $country }). Не позднее { $deadline } она решит, какие города одобрить. После этого изменить заявку будет нельзя, если только Национальная комиссия не вернёт её вам.

## После подачи.
city-submitted-title = Заявка подана
city-submitted-with = Заявка города { $city } направлена в Национальную комиссию по делам ЮНЕСКО ({ $country }).
city-submitted-receipt = Подана { $when }. Мы отправили подтверждение получения на адрес { $email }.
city-next-heading = Что дальше
city-next-natcom = Национальная комиссия по делам ЮНЕСКО ({ $country }) решает, какие города она одобряет (не более трёх), и не позднее { $deadline } представляет их в Институт ЮНЕСКО по обучению на протяжении всей жизни (UIL). Мы напишем вам, когда решение будет принято.
city-next-return = Она также может вернуть вам заявку с сообщением, чтобы вы могли изменить её и подать повторно.
city-see-application-and-progress = Посмотреть заявку и ход её рассмотрения

## Страница заявки.
city-continue = Продолжить заполнение заявки
city-printable = Версия для печати
city-withdraw-button = Отозвать заявку
city-progress-heading = Ход рассмотрения
city-event-by = { $who }: { $what }

## Заявка для печати.
city-print-title = Заявка города { $city } (версия для печати)
city-print-stage = Этап: { $stage }. Распечатано { $when }.
city-print-part1 = Часть 1: заполняется городом
city-print-documents = Приложенные документы
city-print-document = { $kind }: { $file }
city-print-no-documents = Нет
city-print-mayor-signature = Подпись мэра и печать:
city-print-date = Дата:
city-print-part2 = Часть 2: одобрение Национальной комиссии по делам ЮНЕСКО ({ $country })
city-print-officer-name = Имя подписывающего должностного лица
city-print-officer-title = Должность подписывающего должностного лица
city-print-note = Примечание
city-print-natcom-signature = Национальная комиссия одобряет эту заявку. Подпись и печать:

## Отзыв заявки.
city-withdraw-title = Отозвать заявку города { $city }?
city-withdraw-text = Сейчас её статус: { $stage }. Если вы её отзовёте, она не будет рассматриваться дальше: ни Национальная комиссия, ни UIL её не рассмотрят. Это действие нельзя отменить, однако, пока приём заявок открыт, вы можете начать новую заявку.
city-withdraw-keep = Оставить заявку
city-cannot-withdraw-title = Эту заявку нельзя отозвать

## История заявки.
city-event-actor = { $name } ({ $role })
city-event-created = Заявка начата
city-event-moved = Заявка переведена на этап «{ $stage }»
city-event-uploaded = Загружено: { $document }
city-event-uploaded-file = Загружено: { $document } ({ $file })
city-event-removed-file = Удалено: { $document } ({ $file })
city-event-part2 = Сохранена часть 2: подписывающее должностное лицо и примечание Национальной комиссии
city-event-extended-city = Срок для городов продлён до { $deadline }
city-event-extended-natcom = Срок для Национальной комиссии продлён до { $deadline }
city-event-note = Добавлено примечание
city-event-section-saved = Сохранён раздел «{ $section }»
city-event-colleague-joined = Участник { $name } присоединился к работе над заявкой
city-event-colleague-removed = Участник { $name } исключён из работы над заявкой

## Состояние письма.
city-mail-state-queued = Ожидает отправки
city-mail-state-sending = Отправляется
city-mail-state-sent = Отправлено
city-mail-state-failed = Ошибка отправки

city-words-remaining-live = Осталось слов: { $count }
city-words-too-many-live = Слов сверх лимита: { $count }

## Участники работы над заявкой.
city-team-link = Участники работы над заявкой
city-team-title = Участники работы над заявкой
city-team-lead = Каждый участник может заполнять форму, добавлять документы и подавать заявку, а также получает связанные с ней письма. В истории заявки видно, кто что сделал.
city-team-col-part = Роль в работе
city-team-col-actions = Действия
city-team-owner = Инициатор заявки
city-team-colleague = Коллега
city-team-remove = Исключить
# Дата, когда ссылка в приглашении перестаёт действовать.
city-team-invited-until = Приглашение отправлено; ссылка действует до { $date }
city-team-invite-heading = Пригласить коллегу
city-team-invite-hint = Мы отправим коллеге ссылку. Чтобы присоединиться, нужно войти в систему или создать учётную запись с этим адресом.
city-team-invite-submit = Отправить приглашение
city-team-owner-manages = Приглашает и исключает коллег тот, кто начал заявку.
city-team-invited = { $days ->
        [one] Приглашение отправлено на адрес { $email }. Ссылка действует { $days } день.
        [few] Приглашение отправлено на адрес { $email }. Ссылка действует { $days } дня.
        [many] Приглашение отправлено на адрес { $email }. Ссылка действует { $days } дней.
       *[other] Приглашение отправлено на адрес { $email }. Ссылка действует { $days } дня.
    }
city-team-removed = Коллега больше не участвует в работе над заявкой и не может её открыть.
city-team-invitation-title = Приглашение к работе над заявкой
city-team-invitation-lead = { $inviter } приглашает вас к работе над заявкой города { $city } на вступление в Глобальную сеть обучающихся городов ЮНЕСКО.
city-team-invitation-sign-in = Войдите в систему с адресом { $email } или создайте учётную запись с этим адресом, затем снова откройте эту ссылку.
city-team-invitation-other-account = Это приглашение предназначено для адреса { $email }, а вы вошли в систему как { $current }. Выйдите из системы и войдите с адресом { $email }.
city-team-invitation-join = Присоединиться к работе над заявкой города { $city }
city-team-invitation-expired = Срок действия этого приглашения истёк, оно уже использовано или заменено более новым. Попросите коллегу, который вас пригласил, отправить новое.

## Новая заявка на основе прежней.

# Кнопка в строке прежней заявки; за ней для программ чтения с экрана следует название города.
city-list-start-again = Начать новую заявку на основе этой
city-list-start-again-hint = Заявка, которая не была принята или была отозвана, может стать основой для новой заявки в рамках этого приёма заявок: все ответы копируются, а документы, обязательство и согласия предоставляются заново в рамках каждого приёма заявок.

## Предупреждения: что выглядит необычно в заявке. Они ничему не препятствуют.

flags-city-heading = Проверьте эти ответы
flags-city-lead = Они выглядят необычно. Если они верны, оставьте их без изменений: ничто здесь не мешает вам подать заявку.
flags-review-heading = Ответы, требующие внимания
flags-review-lead = Выявлены путём сопоставления заявки со справочником членов сети и с обычным диапазоном значений каждого показателя. Они ничему не препятствуют; город видел их до подачи заявки.
flag-already-member = Город { $city } уже является членом Глобальной сети обучающихся городов ЮНЕСКО.
flag-already-member-since = Город { $city } уже является членом Глобальной сети обучающихся городов ЮНЕСКО с { $year } года.
# Показатель так, как его называет предупреждение: подлежащее в начале предложения.
flag-figure-population = Данные о населении
flag-figure-area = Данные о площади
flag-figure-gdp_city = Данные о ВВП на душу населения города
flag-figure-gdp_country = Данные о ВВП на душу населения страны
flag-figure-schooling = Данные о продолжительности обучения
flag-old-figure = { $figure } приведены за { $year } год — более пяти лет назад.
flag-future-figure = { $figure } приведены за { $year } год, который ещё не наступил.
flag-schooling-over-women = Указанная средняя продолжительность обучения женщин ({ $years }) превышает 20 лет.
flag-schooling-over-men = Указанная средняя продолжительность обучения мужчин ({ $years }) превышает 20 лет.
flag-city-gdp-over-country = ВВП на душу населения города превышает ВВП на душу населения страны более чем в 20 раз (соотношение: { $times }).
flag-area-over = Указанная площадь ({ $km2 } км²) превышает 20 000 км².
city-new-already-member-lead = Городам — членам сети не нужно подавать заявку повторно. Если речь идёт о другом городе с таким же названием или вы всё же хотите подать заявку, вы можете её начать.
city-new-start-anyway = Всё же начать заявку
