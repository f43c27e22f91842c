# El formulario de candidatura, parte 1 (formulario oficial de candidatura de la GNLC).

## Secciones, en el orden del formulario.
section-city = La ciudad
section-mayor = El alcalde
section-contact = Persona de contacto
section-profile = Perfil de la ciudad
section-motivation = Motivación y contexto social
section-implementation = El concepto de ciudad del aprendizaje en la ciudad
section-priorities = Prioridades entre las características de una ciudad del aprendizaje
section-priorities-intro = ¿Qué importancia tiene para su ciudad cada una de las seis características de una ciudad del aprendizaje, de 1 (la menos importante) a 5 (la más importante)? Esta sección es opcional.
section-commitment = Compromiso firmado por el alcalde
section-commitment-intro = Imprima la candidatura, pida al alcalde que la firme y la selle, y suba el documento escaneado.
section-documents = Documentos justificativos

## La ciudad.
field-city_name = Nombre de la ciudad
field-city_name-missing = Introduzca el nombre de la ciudad
field-country = País
field-country-missing = Elija el país de la ciudad
field-website = Sitio web oficial de la ciudad (opcional)
field-website-hint = Por ejemplo, https://www.city.gov
field-language = Idioma de comunicación con la UNESCO
field-language-missing = Elija inglés o francés como idioma de comunicación

## El alcalde.
field-mayor_salutation = Tratamiento (opcional)
field-mayor_salutation-hint = Por ejemplo, Sr., Sra., Dr., Excmo.
field-mayor_name = Nombre completo del alcalde
field-mayor_name-missing = Introduzca el nombre completo del alcalde
field-mayor_title = Título oficial exacto del alcalde
field-mayor_title-hint = Tal como debe figurar en las cartas, por ejemplo Alcalde Mayor de Bogotá
field-mayor_title-missing = Introduzca el título oficial exacto del alcalde

## La persona de contacto.
field-contact_salutation = Tratamiento (opcional)
field-contact_name = Nombre completo de la persona de contacto
field-contact_name-missing = Introduzca el nombre completo de la persona de contacto
field-contact_title = Título o cargo
field-contact_title-missing = Introduzca el título o cargo de la persona de contacto
field-contact_organisation = Organización (opcional)
field-contact_organisation-hint = Si no es el municipio
field-contact_address = Dirección postal
field-contact_address-missing = Introduzca la dirección postal de la persona de contacto
field-contact_postcode = Código postal (opcional)
field-contact_phone = Número de teléfono
field-contact_phone-hint = Con el prefijo del país, por ejemplo +49 40 123456
field-contact_phone-missing = Introduzca el número de teléfono de la persona de contacto
field-contact_email = Dirección de correo electrónico
field-contact_email-hint = La UNESCO escribe a esta dirección sobre la candidatura
field-contact_email-missing = Introduzca la dirección de correo electrónico de la persona de contacto

## El perfil de la ciudad.
question-population = Población
question-population-hint = El número de personas que viven en la ciudad y el año de esa cifra.
field-population = Población
field-population-missing = Introduzca la población de la ciudad
field-population_year = Año de la cifra
field-population_year-missing = Introduzca el año de la cifra de población
question-area = Superficie
question-area-hint = En kilómetros cuadrados, por ejemplo 891,8.
field-area_km2 = Superficie en km²
field-area_km2-missing = Introduzca la superficie de la ciudad en km²
field-area_year = Año de la cifra
field-area_year-missing = Introduzca el año de la cifra de superficie
question-gdp_city = PIB per cápita de la ciudad (opcional)
question-gdp_city-hint = En dólares de los Estados Unidos.
field-gdp_city_usd = PIB per cápita de la ciudad, en dólares de los Estados Unidos
field-gdp_city_year = Año de la cifra
field-gdp_city_year-missing = Introduzca el año de la cifra del PIB de la ciudad
question-gdp_country = PIB per cápita del país (opcional)
question-gdp_country-hint = En dólares de los Estados Unidos.
field-gdp_country_usd = PIB per cápita del país, en dólares de los Estados Unidos
field-gdp_country_year = Año de la cifra
field-gdp_country_year-missing = Introduzca el año de la cifra del PIB del país
question-schooling = Promedio de años de escolaridad (opcional)
question-schooling-hint = De los adultos de la ciudad, por ejemplo 11,5.
field-schooling_women_years = Mujeres, en años
field-schooling_men_years = Hombres, en años
field-schooling_year = Año de las cifras
field-schooling_year-missing = Introduzca el año de las cifras de escolaridad

## Los dos textos, de 200 palabras como máximo cada uno.
field-motivation = Motivación y contexto social
field-motivation-hint = ¿Por qué desea la ciudad unirse a la red y cuál es su contexto social? 200 palabras como máximo.
field-motivation-missing = Introduzca la motivación y el contexto social de la ciudad
field-implementation = Aplicación del concepto de ciudad del aprendizaje
field-implementation-hint = ¿Cómo aplica la ciudad, o cómo prevé aplicar, el concepto de ciudad del aprendizaje? 200 palabras como máximo; puede incluir enlaces.
field-implementation-missing = Indique cómo aplica la ciudad el concepto de ciudad del aprendizaje

## Las seis características de una ciudad del aprendizaje (Declaración de Beijing sobre la Construcción de Ciudades del Aprendizaje).
field-priority_inclusive = Promover el aprendizaje inclusivo, desde la educación básica hasta la superior
field-priority_families = Revitalizar el aprendizaje en las familias y las comunidades
field-priority_workplace = Facilitar el aprendizaje para el trabajo y en el lugar de trabajo
field-priority_technologies = Ampliar el uso de las tecnologías modernas de aprendizaje
field-priority_quality = Mejorar la calidad y la excelencia en el aprendizaje
field-priority_culture = Fomentar una cultura de aprendizaje a lo largo de toda la vida
choice-priority-1 = { $rating } (la menos importante)
choice-priority-5 = { $rating } (la más importante)

## El compromiso.
field-commitment = La ciudad se compromete con la Declaración de Beijing sobre la Construcción de Ciudades del Aprendizaje y las Características Clave de las Ciudades del Aprendizaje
field-commitment-missing = Confirme el compromiso de la ciudad

## Los idiomas de comunicación que ofrece el formulario oficial.
choice-language-en = Inglés
choice-language-fr = Francés

## Comunes a las páginas del formulario.
form-choose-member-state = Elija un Estado Miembro de la UNESCO
form-answer-yes = Sí
form-answer-not-given = No indicado
form-answer-missing = Falta
