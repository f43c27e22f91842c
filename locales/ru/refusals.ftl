# Что означают значения предметной области: статусы, роли, действия, отказы, ошибки ввода.
# Используется в src/web/words.rs на каждой странице и в письмах.

## Статусы заявки. `.in-sentence` — статус внутри фразы «Заявка …».
stage-draft = Черновик
    .in-sentence = находится на стадии черновика
stage-submitted = Подана в Национальную комиссию
    .in-sentence = подана в Национальную комиссию
stage-endorsed = Одобрена Национальной комиссией
    .in-sentence = одобрена Национальной комиссией
stage-declined = Отклонена Национальной комиссией
    .in-sentence = отклонена Национальной комиссией
stage-forwarded = Подана в UIL
    .in-sentence = подана в UIL
stage-under_review = На рассмотрении в UIL
    .in-sentence = находится на рассмотрении в UIL
stage-accepted = Принята
    .in-sentence = принята
stage-not_accepted = Не принята
    .in-sentence = не принята
stage-withdrawn = Отозвана
    .in-sentence = отозвана

## Роли учётных записей.
role-applicant = Город-заявитель
role-natcom = Национальная комиссия
role-uil_reviewer = Эксперт UIL
role-uil_admin = Координатор UIL

## Что делает действие, во фразе «Ваша учётная запись не позволяет выполнить с заявками следующее действие: …».
action-submit = подать
action-return = вернуть городу
action-endorse = одобрить
action-decline = отклонить
action-take-back = отменить решение
action-forward = подать в UIL
action-start-review = начать рассмотрение
action-accept = принять
action-not-accept = не принять
action-withdraw = отозвать

progress-not-started = Не начато
progress-in-progress = В процессе
progress-completed = Завершено
progress-optional = Необязательно

document-pledge = Обязательство, подписанное мэром
document-supporting = Подтверждающий документ
document-endorsement = Подписанное одобрение Национальной комиссии

time-left-days = { $days ->
    [one] Остался { $days } день
    [few] Осталось { $days } дня
    [many] Осталось { $days } дней
   *[other] Осталось { $days } дня
}
time-left-last-day = последний день
time-left-closed = срок истёк

## Отказы: почему что-либо нельзя сделать.
refusal-not-your-action = Ваша учётная запись не позволяет выполнить с заявками следующее действие: { $action }.
refusal-not-from-stage = Заявку со статусом «{ $stage }» нельзя изменить таким образом ({ $action }).
refusal-not-yet-open = Приём заявок ещё не открыт: он откроется { $opens }.
refusal-city-deadline-passed = Приём заявок от городов завершился { $closed }. Продлить срок для заявки может только UIL: если Вам нужно больше времени, напишите команде UIL.
refusal-natcom-deadline-passed = Срок для национальных комиссий истёк { $closed }.
refusal-quota-reached = Ваше государство-член использовало все одобрения, предусмотренные для него в рамках этого приёма заявок ({ $quota }). Чтобы одобрить этот город, сначала отмените одно из ранее данных одобрений.
refusal-not-editable = Заявка { $stage }. Город может изменять свою заявку, только пока она находится на стадии черновика: до её подачи или после того, как Национальная комиссия вернёт её городу.
refusal-email-not-confirmed = Прежде чем подать заявку, подтвердите свой адрес электронной почты: перейдите по ссылке, которую мы Вам отправили, или запросите новую ссылку на странице своей учётной записи.
refusal-incomplete = { $count ->
    [one] Не хватает ещё { $count } ответа или документа: см. ниже.
    [few] Не хватает ещё { $count } ответов или документов: см. ниже.
    [many] Не хватает ещё { $count } ответов или документов: см. ниже.
   *[other] Не хватает ещё { $count } ответа или документа: см. ниже.
}
refusal-too-many-documents = { $max ->
    [one] К заявке можно приложить не более { $max } подтверждающего документа. Сначала удалите один из них.
    [few] К заявке можно приложить не более { $max } подтверждающих документов. Сначала удалите один из них.
    [many] К заявке можно приложить не более { $max } подтверждающих документов. Сначала удалите один из них.
   *[other] К заявке можно приложить не более { $max } подтверждающего документа. Сначала удалите один из них.
}
refusal-part2-both-missing = Не указано подписывающее должностное лицо и не загружено подписанное одобрение.
refusal-part2-officer-missing = Не указаны имя и должность подписывающего должностного лица.
refusal-part2-signed-missing = Не загружено подписанное одобрение.
refusal-no-open-call = В настоящее время приём заявок не проводится.
refusal-city-already-applying = У этого города уже есть заявка в рамках этого приёма заявок.
refusal-nothing-chosen = Выберите хотя бы одну заявку для одобрения и отправки.
refusal-not-to-start-again-from = Новую заявку можно начать только на основе заявки предыдущего приёма заявок, которая не была принята или была отозвана; эта заявка { $stage }.
refusal-review-not-started = Прежде чем оценивать заявку, начните её рассмотрение.
refusal-assessments-closed = Заявка { $stage }: оценивание закрыто.

## Обязательное поле оставлено пустым.
missing-email = Введите адрес электронной почты и пароль
missing-name = Введите своё полное имя
missing-officer_name = Введите имя должностного лица, подписывающего одобрение
missing-officer_title = Введите должность должностного лица, подписывающего одобрение
missing-reason = Укажите причину отклонения: город её прочитает
missing-message = Введите сообщение для города
missing-decision = Укажите, принят ли город
missing-title = Введите название длиной не более 300 символов
missing-role = Выберите роль этого человека
missing-kind = Выберите, что нужно продлить
missing-country = Выберите государство-член из списка
missing-value = Введите значение

## Как поле называется в сообщении о нём («{ $label }: …»).
label-officer_name = Имя
label-officer_title = Должность
label-note = Примечание
label-reason = Причина
label-message = Сообщение
label-comment = Комментарий
label-body = Текст объявления о приёме заявок
label-title = Название
label-field = Это поле

## Ошибки ввода.
problem-too-long = { $max ->
    [one] { $label }: не более { $max } символа
    [few] { $label }: не более { $max } символов
    [many] { $label }: не более { $max } символов
   *[other] { $label }: не более { $max } символа
}
problem-control-characters = { $label }: управляющие символы не допускаются
problem-too-many-words = { $max ->
    [one] { $label }: допускается не более { $max } слова; слов в тексте: { $words }
    [few] { $label }: допускается не более { $max } слов; слов в тексте: { $words }
    [many] { $label }: допускается не более { $max } слов; слов в тексте: { $words }
   *[other] { $label }: допускается не более { $max } слова; слов в тексте: { $words }
}
problem-not-an-email = Введите адрес электронной почты в правильном формате, например name@example.org
problem-not-a-phone-number = Введите номер телефона с кодом страны, например +49 40 123456
problem-not-a-web-address = Введите веб-адрес, например https://www.city.gov
problem-not-a-language = Выберите английский или французский язык
problem-not-a-country = Выберите страну из списка
problem-not-an-application-number = Введите номер заявки
problem-not-a-whole-number = Численность населения должна быть целым числом, например 250000
problem-population-out-of-range = Численность населения должна быть числом от { $min } до { $max }
problem-not-an-area = Введите площадь в км² в виде числа больше 0, например 891,8
problem-not-an-amount = Введите сумму в долларах США, например 45000
problem-not-schooling-years = Введите число лет от 0 до 25, например 11,5
problem-rank-out-of-range = Укажите каждое место в вашем порядке целым числом от 1 до 999 или оставьте поле пустым
problem-not-a-year = Введите год данных четырьмя цифрами, например 2022
problem-not-a-score = Поставьте по этому критерию балл от 1 до 5
problem-not-a-priority = Выберите уровень от 1 до 5


## Ошибки в данных учётной записи.
problem-account-email-missing = Введите адрес электронной почты
problem-account-email-too-long = Адрес электронной почты должен содержать не более 254 символов
problem-account-name-too-long = Имя должно содержать не более 200 символов
problem-account-name-control-characters = Имя не должно содержать управляющих символов
problem-account-password-missing = Введите пароль
problem-account-password-too-short = Пароль должен содержать не менее 10 символов
problem-account-password-too-long = Пароль должен содержать не более 200 символов
problem-account-password-too-easy = Этот пароль слишком легко угадать: выберите другой, например из трёх не связанных между собой слов

## Ошибки, связанные с файлом.
upload-too-large = Размер выбранного файла не должен превышать 10 МБ
upload-not-a-pdf = Выбранный файл должен быть в формате PDF
upload-no-page = Выбранный файл — PDF без единой страницы: отсканируйте подписанную страницу ещё раз
upload-needs-password = Выбранный PDF-файл открывается только с паролем: сохраните его заново без пароля на открытие, а затем загрузите
upload-active-content = Выбранный PDF-файл содержит скрипт или действие, запускающее программу: сохраните его заново как обычный PDF (например, распечатав его в PDF), а затем загрузите

## Фильтры списков, во фразе «{ $filter }: выберите один из вариантов в списке».
filter-call = Приём заявок
filter-region = Регион
filter-country = Страна
filter-stage = Статус
filter-reviewed = Оценена
filter-sort = Порядок
filter-state = Состояние
filter-other = Фильтр

## Другие ошибки.
issue-file-problem = { $file }: { $problem }
issue-no-file = Выберите PDF-файл для загрузки
issue-not-a-choice = { $filter }: выберите один из вариантов в списке
issue-form-too-large = { $file }: форма оказалась слишком большой, и её не удалось прочитать до конца. Размер каждого файла — не более 10 МБ, а формы со всеми файлами — не более 64 МБ: отправляйте за один раз меньше файлов или файлы меньшего размера.
issue-choose-city-country = Выберите страну, в которой находится город
issue-choose-natcom-country = Выберите государство-член Национальной комиссии
issue-city-taken = У города { $city } уже есть заявка в рамках этого приёма заявок. Попросите коллегу, который начал её заполнять, открыть Вам доступ к работе над ней или свяжитесь с UIL.
issue-no-such-application = Заявки № { $id } не существует
issue-not-a-draft = Заявка № { $id } { $stage }: срока для городов ожидает только черновик
issue-deadline-not-later = Новый срок должен быть позже текущего ({ $current })
issue-natcom-before-city = Срок для национальных комиссий должен совпадать со сроком для городов или быть позже него
issue-city-before-opening = Срок для городов должен совпадать с днём открытия приёма заявок или быть позже него
issue-not-a-date = Введите дату в формате 2025-05-31
issue-quota-out-of-range = Введите число одобрений от { $min } до { $max }
issue-page-out-of-range = Страницы пронумерованы от { $min } до { $max }
issue-out-of-range = Введите число от { $min } до { $max }
issue-unknown-zone = Введите «AoE» или название часового пояса, например «Europe/Paris»
issue-title-taken = Приём заявок с таким названием уже существует
issue-email-taken = Этот адрес электронной почты уже используется другой учётной записью
issue-wrong-credentials = Неверный адрес электронной почты или пароль
issue-too-many-attempts = Слишком много попыток входа. В целях безопасности повторите попытку после { $until } UTC ({ $minutes ->
    [one] через { $minutes } минуту
    [few] через { $minutes } минуты
    [many] через { $minutes } минут
   *[other] через { $minutes } минуты
}) или сбросьте пароль.

missing-call-text = Введите текст на этом языке или оставьте пустым и заголовок

## A member list imported by UIL (CSV): why it cannot be read, why a line is left out.
members-list-not-csv = Файл не является файлом CSV
members-list-no-city-column = В первой строке должен быть назван столбец «city»
members-list-no-country-column = В первой строке должен быть назван столбец «country»
members-line-unreadable = строку невозможно прочитать
members-line-city-missing = название города отсутствует или длиннее { $max } символов
members-line-city-not-text = название города содержит символ, не являющийся текстом
members-line-not-a-member-state = «{ $code }» не является кодом ISO государства — члена ЮНЕСКО
members-line-year-out-of-range = год «{ $year }» не находится в диапазоне от { $first } до { $last }
members-line-listed-twice = { $city } ({ $country }) указан дважды
issue-code-wrong = Неверный код. Введите шесть цифр, которые сейчас показывает ваше приложение, или код восстановления.
issue-code-replayed = Этот код уже использован. Дождитесь, пока приложение покажет следующий.
issue-already-colleague = Этот человек уже работает над заявкой.
