# Le formulaire de candidature, partie 1 (formulaire officiel de candidature au GNLC).

## Sections, dans l'ordre du formulaire.
section-city = La ville
section-mayor = Le maire
section-contact = Personne à contacter
section-profile = Profil de la ville
section-motivation = Motivation et contexte social
section-implementation = Le concept de ville apprenante dans la ville
section-priorities = Priorités parmi les caractéristiques d'une ville apprenante
section-priorities-intro = Quelle est l'importance de chacune des six caractéristiques d'une ville apprenante pour votre ville, de 1 (la moins importante) à 5 (la plus importante) ? Cette section est facultative.
section-commitment = Engagement signé par le maire
section-commitment-intro = Imprimez la candidature, faites-la signer par le maire et revêtir de son cachet, puis téléversez-en la copie numérisée.
section-documents = Pièces justificatives

## La ville.
field-city_name = Nom de la ville
field-city_name-missing = Saisissez le nom de la ville
field-country = Pays
field-country-missing = Choisissez le pays de la ville
field-website = Site web officiel de la ville (facultatif)
field-website-hint = Par exemple, https://www.city.gov
field-language = Langue de communication avec l'UNESCO
field-language-missing = Choisissez l'anglais ou le français comme langue de communication

## Le maire.
field-mayor_salutation = Civilité (facultatif)
field-mayor_salutation-hint = Par exemple, M., Mme, Dr, S. E.
field-mayor_name = Nom complet du maire
field-mayor_name-missing = Saisissez le nom complet du maire
field-mayor_title = Titre officiel exact du maire
field-mayor_title-hint = Tel qu'il doit figurer dans les courriers, par exemple Maire de la Ville de Montréal
field-mayor_title-missing = Saisissez le titre officiel exact du maire

## La personne à contacter.
field-contact_salutation = Civilité (facultatif)
field-contact_name = Nom complet de la personne à contacter
field-contact_name-missing = Saisissez le nom complet de la personne à contacter
field-contact_title = Titre ou fonction
field-contact_title-missing = Saisissez le titre ou la fonction de la personne à contacter
field-contact_organisation = Organisation (facultatif)
field-contact_organisation-hint = Si autre que la municipalité
field-contact_address = Adresse postale
field-contact_address-missing = Saisissez l'adresse postale de la personne à contacter
field-contact_postcode = Code postal (facultatif)
field-contact_phone = Numéro de téléphone
field-contact_phone-hint = Avec l'indicatif du pays, par exemple +49 40 123456
field-contact_phone-missing = Saisissez le numéro de téléphone de la personne à contacter
field-contact_email = Adresse électronique
field-contact_email-hint = L'UNESCO écrit à cette adresse au sujet de la candidature
field-contact_email-missing = Saisissez l'adresse électronique de la personne à contacter

## Le profil de la ville.
question-population = Population
question-population-hint = Le nombre d'habitants de la ville, et l'année de ce chiffre.
field-population = Population
field-population-missing = Saisissez la population de la ville
field-population_year = Année du chiffre
field-population_year-missing = Saisissez l'année du chiffre de la population
question-area = Superficie
question-area-hint = En kilomètres carrés, par exemple 891,8.
field-area_km2 = Superficie en km²
field-area_km2-missing = Saisissez la superficie de la ville en km²
field-area_year = Année du chiffre
field-area_year-missing = Saisissez l'année du chiffre de la superficie
question-gdp_city = PIB par habitant de la ville (facultatif)
question-gdp_city-hint = En dollars des États-Unis.
field-gdp_city_usd = PIB par habitant de la ville, en dollars des États-Unis
field-gdp_city_year = Année du chiffre
field-gdp_city_year-missing = Saisissez l'année du chiffre du PIB de la ville
question-gdp_country = PIB par habitant du pays (facultatif)
question-gdp_country-hint = En dollars des États-Unis.
field-gdp_country_usd = PIB par habitant du pays, en dollars des États-Unis
field-gdp_country_year = Année du chiffre
field-gdp_country_year-missing = Saisissez l'année du chiffre du PIB du pays
question-schooling = Durée moyenne de scolarisation (facultatif)
question-schooling-hint = Des adultes de la ville, par exemple 11,5.
field-schooling_women_years = Femmes, en années
field-schooling_men_years = Hommes, en années
field-schooling_year = Année des chiffres
field-schooling_year-missing = Saisissez l'année des chiffres de scolarisation

## Les deux textes, de 200 mots au maximum chacun.
field-motivation = Motivation et contexte social
field-motivation-hint = Pourquoi la ville souhaite-t-elle rejoindre le réseau, et quel est son contexte social ? 200 mots au maximum.
field-motivation-missing = Saisissez la motivation et le contexte social de la ville
field-implementation = Mise en œuvre du concept de ville apprenante
field-implementation-hint = Comment la ville met-elle en œuvre, ou prévoit-elle de mettre en œuvre, le concept de ville apprenante ? 200 mots au maximum ; vous pouvez inclure des liens.
field-implementation-missing = Indiquez comment la ville met en œuvre le concept de ville apprenante

## Les six caractéristiques d'une ville apprenante (Déclaration de Beijing sur la création de villes apprenantes).
field-priority_inclusive = Promouvoir l'apprentissage inclusif, de l'éducation de base à l'enseignement supérieur
field-priority_families = Revitaliser l'apprentissage dans les familles et les communautés
field-priority_workplace = Faciliter l'apprentissage pour le travail et sur le lieu de travail
field-priority_technologies = Étendre l'utilisation des technologies modernes d'apprentissage
field-priority_quality = Améliorer la qualité et l'excellence de l'apprentissage
field-priority_culture = Encourager une culture de l'apprentissage tout au long de la vie
choice-priority-1 = { $rating } (la moins importante)
choice-priority-5 = { $rating } (la plus importante)

## L'engagement.
field-commitment = La ville s'engage à respecter la Déclaration de Beijing sur la création de villes apprenantes et les Caractéristiques clés des villes apprenantes
field-commitment-missing = Confirmez l'engagement de la ville

## Les langues de communication proposées par le formulaire officiel.
choice-language-en = Anglais
choice-language-fr = Français

## Communs aux pages du formulaire.
form-choose-member-state = Choisissez un État membre de l'UNESCO
form-answer-yes = Oui
form-answer-not-given = Non renseigné
form-answer-missing = Manquant
