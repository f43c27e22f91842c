# Ce que disent les valeurs du domaine : étapes, rôles, actions, refus, problèmes de
# saisie. Utilisé par src/web/words.rs sur chaque page et dans les courriels.

## Étapes d'une candidature. `.in-sentence` est l'étape dans « La candidature est … ».
stage-draft = Brouillon
    .in-sentence = à l'état de brouillon
stage-submitted = Soumise à la Commission nationale
    .in-sentence = soumise à la Commission nationale
stage-endorsed = Approuvée par la Commission nationale
    .in-sentence = approuvée par la Commission nationale
stage-declined = Refusée par la Commission nationale
    .in-sentence = refusée par la Commission nationale
stage-forwarded = Soumise à l'UIL
    .in-sentence = soumise à l'UIL
stage-under_review = En cours d'examen à l'UIL
    .in-sentence = en cours d'examen à l'UIL
stage-accepted = Acceptée
    .in-sentence = acceptée
stage-not_accepted = Non acceptée
    .in-sentence = non acceptée
stage-withdrawn = Retirée
    .in-sentence = retirée

## Rôles des comptes.
role-applicant = Ville candidate
role-natcom = Commission nationale
role-uil_reviewer = Évaluateur de l'UIL
role-uil_admin = Coordinateur de l'UIL

## Ce que fait une action, dans « Votre compte ne permet pas de … des candidatures. »
action-submit = soumettre
action-return = renvoyer à la ville
action-endorse = approuver
action-decline = refuser
action-take-back = revenir sur la décision concernant
action-forward = soumettre à l'UIL
action-start-review = commencer l'examen
action-accept = accepter
action-not-accept = ne pas accepter
action-withdraw = retirer

progress-not-started = Non commencé
progress-in-progress = En cours
progress-completed = Terminé
progress-optional = Facultatif

document-pledge = Engagement signé par le maire
document-supporting = Document justificatif
document-endorsement = Approbation signée de la Commission nationale

time-left-days = { $days ->
    [one] Il reste { $days } jour
    [many] Il reste { $days } de jours
   *[other] Il reste { $days } jours
}
time-left-last-day = dernier jour
time-left-closed = clos

## Refus : pourquoi une action ne peut pas être effectuée.
refusal-not-your-action = Votre compte ne permet pas de { $action } des candidatures.
refusal-not-from-stage = Une candidature à l'étape « { $stage } » ne peut pas être modifiée de cette manière ({ $action }).
refusal-not-yet-open = L'appel n'est pas encore ouvert : il ouvrira le { $opens }.
refusal-city-deadline-passed = L'appel a été clos pour les villes le { $closed }. Seul l'UIL peut reporter la date limite d'une candidature : écrivez à l'équipe de l'UIL si vous avez besoin de plus de temps.
refusal-natcom-deadline-passed = La date limite fixée aux commissions nationales était le { $closed }.
refusal-quota-reached = Votre État membre a utilisé toutes les approbations dont il dispose dans cet appel ({ $quota }). Pour approuver cette ville, revenez d'abord sur l'une des approbations que vous avez accordées.
refusal-not-editable = La candidature est { $stage }. Une ville ne peut modifier sa candidature que tant qu'elle est à l'état de brouillon : avant sa soumission, ou après que la Commission nationale la lui a renvoyée.
refusal-email-not-confirmed = Confirmez votre adresse électronique avant de soumettre : ouvrez le lien que nous vous avons envoyé, ou demandez-en un nouveau sur la page de votre compte.
refusal-incomplete = { $count ->
    [one] Il manque encore { $count } réponse ou document : voir ci-dessous.
    [many] Il manque encore { $count } de réponses ou documents : voir ci-dessous.
   *[other] Il manque encore { $count } réponses ou documents : voir ci-dessous.
}
refusal-too-many-documents = Une candidature comporte au maximum { $max } documents justificatifs. Supprimez-en d'abord un.
refusal-part2-both-missing = Il manque le responsable signataire et l'approbation signée.
refusal-part2-officer-missing = Il manque le nom et la fonction du responsable signataire.
refusal-part2-signed-missing = Il manque l'approbation signée.
refusal-no-open-call = Aucun appel à candidatures n'est ouvert actuellement.
refusal-city-already-applying = Cette ville a déjà une candidature dans cet appel.
refusal-nothing-chosen = Choisissez au moins une candidature à approuver et à envoyer.
refusal-not-to-start-again-from = Une nouvelle candidature ne peut être commencée qu'à partir d'une candidature d'un appel antérieur qui n'a pas été acceptée ou qui a été retirée ; celle-ci est { $stage }.
refusal-review-not-started = Commencez l'examen avant d'évaluer la candidature.
refusal-assessments-closed = La candidature est { $stage } : les évaluations sont closes.

## Un champ obligatoire laissé vide.
missing-email = Saisissez votre adresse électronique et votre mot de passe
missing-name = Saisissez votre nom complet
missing-officer_name = Saisissez le nom du responsable qui signe l'approbation
missing-officer_title = Saisissez la fonction du responsable qui signe l'approbation
missing-reason = Indiquez le motif du refus : la ville pourra le lire
missing-message = Saisissez un message pour la ville
missing-decision = Indiquez si la ville est acceptée
missing-title = Saisissez un titre de 300 caractères au maximum
missing-role = Choisissez le rôle de la personne
missing-kind = Choisissez ce qu'il faut prolonger
missing-country = Choisissez un État membre dans la liste
missing-value = Saisissez une valeur

## Comment un champ est nommé dans un message qui le concerne (« { $label } doit … »).
label-officer_name = Le nom
label-officer_title = La fonction
label-note = La note
label-reason = Le motif
label-message = Le message
label-comment = Le commentaire
label-body = Le texte de l'appel
label-title = Le titre
label-field = Ce champ

## Problèmes de saisie.
problem-too-long = { $label } doit comporter au maximum { $max } caractères
problem-control-characters = { $label } ne doit pas contenir de caractères de contrôle
problem-too-many-words = { $label } : veuillez vous limiter à { $max } mots ; le texte en compte { $words }
problem-not-an-email = Saisissez une adresse électronique au bon format, par exemple name@example.org
problem-not-a-phone-number = Saisissez un numéro de téléphone avec l'indicatif du pays, par exemple +49 40 123456
problem-not-a-web-address = Saisissez une adresse web, par exemple https://www.city.gov
problem-not-a-language = Choisissez l'anglais ou le français
problem-not-a-country = Choisissez un pays dans la liste
problem-not-an-application-number = Saisissez le numéro de la candidature
problem-not-a-whole-number = La population doit être un nombre entier, par exemple 250000
problem-population-out-of-range = La population doit être un nombre compris entre { $min } et { $max }
problem-not-an-area = Saisissez la superficie en km² sous la forme d'un nombre supérieur à 0, par exemple 891,8
problem-not-an-amount = Saisissez un montant en dollars des États-Unis, par exemple 45000
problem-not-schooling-years = Saisissez un nombre d'années compris entre 0 et 25, par exemple 11,5
problem-rank-out-of-range = Indiquez chaque place de votre classement par un nombre entier de 1 à 999, ou laissez-la vide
problem-not-a-year = Saisissez en 4 chiffres l'année à laquelle se rapporte le chiffre, par exemple 2022
problem-not-a-score = Attribuez une note de 1 à 5 à ce critère
problem-not-a-priority = Choisissez un niveau de 1 à 5


## Problèmes concernant les données d'un compte.
problem-account-email-missing = Saisissez une adresse électronique
problem-account-email-too-long = L'adresse électronique doit comporter au maximum 254 caractères
problem-account-name-too-long = Le nom doit comporter au maximum 200 caractères
problem-account-name-control-characters = Le nom ne doit pas contenir de caractères de contrôle
problem-account-password-missing = Saisissez un mot de passe
problem-account-password-too-short = Le mot de passe doit comporter au moins 10 caractères
problem-account-password-too-long = Le mot de passe doit comporter au maximum 200 caractères
problem-account-password-too-easy = Ce mot de passe est trop facile à deviner : choisissez-en un autre, par exemple trois mots sans rapport entre eux

## Problèmes concernant un fichier.
upload-too-large = Le fichier sélectionné ne doit pas dépasser 10 Mo
upload-not-a-pdf = Le fichier sélectionné doit être un PDF
upload-no-page = Le fichier sélectionné est un PDF sans aucune page : numérisez de nouveau la page signée
upload-needs-password = Le PDF sélectionné ne s'ouvre qu'avec un mot de passe : enregistrez-le de nouveau sans mot de passe d'ouverture, puis téléversez-le
upload-active-content = Le PDF sélectionné contient un script ou une action qui lance un programme : enregistrez-le de nouveau en PDF simple (par exemple en l'imprimant au format PDF), puis téléversez-le

## Les filtres des listes, dans « { $filter } : choisissez l'une des options de la liste ».
filter-call = Appel
filter-region = Région
filter-country = Pays
filter-stage = Étape
filter-reviewed = Évaluée
filter-sort = Tri
filter-state = État
filter-other = Filtre

## Autres problèmes.
issue-file-problem = { $file } : { $problem }
issue-no-file = Choisissez un fichier PDF à téléverser
issue-not-a-choice = { $filter } : choisissez l'une des options de la liste
issue-form-too-large = { $file } : le formulaire était trop volumineux pour être lu jusqu'au bout. Chaque fichier peut faire au maximum 10 Mo, et un formulaire avec tous ses fichiers au maximum 64 Mo : envoyez moins de fichiers à la fois, ou des fichiers plus petits.
issue-choose-city-country = Choisissez le pays de la ville
issue-choose-natcom-country = Choisissez l'État membre de la Commission nationale
issue-city-taken = { $city } a déjà une candidature dans cet appel. Demandez au collègue qui l'a commencée de partager le travail avec vous, ou contactez l'UIL.
issue-no-such-application = La candidature { $id } n'existe pas
issue-not-a-draft = La candidature { $id } est { $stage } : seul un brouillon attend la date limite des villes
issue-deadline-not-later = La nouvelle date limite doit être postérieure à la date limite actuelle ({ $current })
issue-natcom-before-city = La date limite des commissions nationales doit être identique ou postérieure à celle des villes
issue-city-before-opening = La date limite des villes doit être identique ou postérieure au jour d'ouverture
issue-not-a-date = Saisissez une date au format 2025-05-31
issue-quota-out-of-range = Saisissez un nombre d'approbations compris entre { $min } et { $max }
issue-page-out-of-range = Les pages sont numérotées de { $min } à { $max }
issue-out-of-range = Saisissez un nombre compris entre { $min } et { $max }
issue-unknown-zone = Saisissez « AoE » ou le nom d'un fuseau horaire, par exemple « Europe/Paris »
issue-title-taken = Un autre appel porte déjà ce titre
issue-email-taken = Un compte utilise déjà cette adresse électronique
issue-wrong-credentials = L'adresse électronique ou le mot de passe est incorrect
issue-too-many-attempts = Trop de tentatives de connexion. Pour votre sécurité, réessayez après { $until } UTC ({ $minutes ->
    [one] dans { $minutes } minute
    [many] dans { $minutes } de minutes
   *[other] dans { $minutes } minutes
}), ou réinitialisez votre mot de passe.

missing-call-text = Saisissez le texte de l’appel dans cette langue, ou laissez aussi son titre vide

## A member list imported by UIL (CSV): why it cannot be read, why a line is left out.
members-list-not-csv = Le fichier n’est pas un fichier CSV
members-list-no-city-column = La première ligne doit nommer une colonne « city »
members-list-no-country-column = La première ligne doit nommer une colonne « country »
members-line-unreadable = la ligne ne peut pas être lue
members-line-city-missing = le nom de la ville manque ou dépasse { $max } caractères
members-line-city-not-text = le nom de la ville contient un caractère qui n’est pas du texte
members-line-not-a-member-state = « { $code } » n’est pas le code ISO d’un État membre de l’UNESCO
members-line-year-out-of-range = l’année « { $year } » n’est pas comprise entre { $first } et { $last }
members-line-listed-twice = { $city } ({ $country }) figure deux fois
issue-code-wrong = Ce code est incorrect. Saisissez les six chiffres qu'affiche en ce moment votre application, ou un code de récupération.
issue-code-replayed = Ce code a déjà été utilisé. Attendez que votre application affiche le suivant.
issue-already-colleague = Cette personne travaille déjà sur la candidature.
