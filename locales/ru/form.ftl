# Форма заявки, часть 1 (официальная форма заявки на вступление в Глобальную сеть обучающихся городов ЮНЕСКО).

## Разделы в порядке формы.
section-city = Город
section-mayor = Мэр
section-contact = Контактное лицо
section-profile = Профиль города
section-motivation = Мотивация и социальный контекст
section-implementation = Концепция обучающегося города в вашем городе
section-priorities = Приоритеты среди характеристик обучающегося города
section-priorities-intro = Насколько важна для вашего города каждая из шести характеристик обучающегося города — от 1 (наименее важна) до 5 (наиболее важна)? Заполнять этот раздел не обязательно.
section-commitment = Обязательство, подписанное мэром
section-commitment-intro = Распечатайте заявку, попросите мэра подписать её и заверить печатью, затем загрузите скан.
section-documents = Подтверждающие документы

## Город.
field-city_name = Название города
field-city_name-missing = Введите название города
field-country = Страна
field-country-missing = Выберите страну, в которой находится город
field-website = Официальный сайт города (необязательно)
field-website-hint = Например, https://www.city.gov
field-language = Язык общения с ЮНЕСКО
field-language-missing = Выберите английский или французский в качестве языка общения

## Мэр.
field-mayor_salutation = Обращение (необязательно)
field-mayor_salutation-hint = Например, г-н, г-жа, д-р, Его Превосходительство
field-mayor_name = Полное имя мэра
field-mayor_name-missing = Введите полное имя мэра
field-mayor_title = Точное официальное наименование должности мэра
field-mayor_title-hint = Так, как оно должно указываться в письмах, например «Мэр города Казани»
field-mayor_title-missing = Введите точное официальное наименование должности мэра

## Контактное лицо.
field-contact_salutation = Обращение (необязательно)
field-contact_name = Полное имя контактного лица
field-contact_name-missing = Введите полное имя контактного лица
field-contact_title = Звание или должность
field-contact_title-missing = Введите звание или должность контактного лица
field-contact_organisation = Организация (необязательно)
field-contact_organisation-hint = Если это не муниципалитет
field-contact_address = Почтовый адрес
field-contact_address-missing = Введите почтовый адрес контактного лица
field-contact_postcode = Почтовый индекс (необязательно)
field-contact_phone = Номер телефона
field-contact_phone-hint = С кодом страны, например +49 40 123456
field-contact_phone-missing = Введите номер телефона контактного лица
field-contact_email = Адрес электронной почты
field-contact_email-hint = ЮНЕСКО будет писать на этот адрес по вопросам заявки
field-contact_email-missing = Введите адрес электронной почты контактного лица

## Профиль города.
question-population = Население
question-population-hint = Число жителей города и год, к которому относится эта цифра.
field-population = Население
field-population-missing = Введите численность населения города
field-population_year = Год данных
field-population_year-missing = Введите год данных о населении
question-area = Площадь
question-area-hint = В квадратных километрах, например 891,8.
field-area_km2 = Площадь в км²
field-area_km2-missing = Введите площадь города в км²
field-area_year = Год данных
field-area_year-missing = Введите год данных о площади
question-gdp_city = ВВП на душу населения города (необязательно)
question-gdp_city-hint = В долларах США.
field-gdp_city_usd = ВВП на душу населения города, долл. США
field-gdp_city_year = Год данных
field-gdp_city_year-missing = Введите год данных о ВВП города
question-gdp_country = ВВП на душу населения страны (необязательно)
question-gdp_country-hint = В долларах США.
field-gdp_country_usd = ВВП на душу населения страны, долл. США
field-gdp_country_year = Год данных
field-gdp_country_year-missing = Введите год данных о ВВП страны
question-schooling = Средняя продолжительность обучения (необязательно)
question-schooling-hint = Взрослых жителей города, например 11,5.
field-schooling_women_years = Женщины, лет
field-schooling_men_years = Мужчины, лет
field-schooling_year = Год данных
field-schooling_year-missing = Введите год данных о продолжительности обучения

## Два текста, каждый не более 200 слов.
field-motivation = Мотивация и социальный контекст
field-motivation-hint = Почему город хочет вступить в сеть и каков его социальный контекст? Не более 200 слов.
field-motivation-missing = Опишите мотивацию и социальный контекст города
field-implementation = Реализация концепции обучающегося города
field-implementation-hint = Как город реализует или планирует реализовывать концепцию обучающегося города? Не более 200 слов; можно указать ссылки.
field-implementation-missing = Опишите, как город реализует концепцию обучающегося города

## Шесть характеристик обучающегося города (Пекинская декларация о создании обучающихся городов).
field-priority_inclusive = Содействие инклюзивному обучению — от базового до высшего образования
field-priority_families = Активизация обучения в семьях и местных сообществах
field-priority_workplace = Содействие обучению для работы и на рабочем месте
field-priority_technologies = Расширение использования современных технологий обучения
field-priority_quality = Повышение качества и эффективности обучения
field-priority_culture = Формирование культуры обучения на протяжении всей жизни
choice-priority-1 = { $rating } (наименее важно)
choice-priority-5 = { $rating } (наиболее важно)

## Обязательство.
field-commitment = Город берёт на себя обязательство следовать Пекинской декларации о создании обучающихся городов и Ключевым характеристикам обучающихся городов
field-commitment-missing = Подтвердите обязательство города

## Языки общения, предусмотренные официальной формой.
choice-language-en = Английский
choice-language-fr = Французский

## Общие для страниц формы.
form-choose-member-state = Выберите государство — член ЮНЕСКО
form-answer-yes = Да
form-answer-not-given = Не указано
form-answer-missing = Отсутствует
