# Les pages de l'UIL : les candidatures parvenues à l'UIL et leur examen, les appels, les
# prolongations de délai, le journal d'audit, la boîte d'envoi, les comptes du personnel et
# l'annuaire des membres. Aussi le journal des courriels de chaque candidature.

## Petits éléments.
uil-list-separator = {", "}
uil-list-last = {" et "}
uil-colon = {" : "}

## Le menu des pages de l'UIL.
uil-nav-label = UIL
uil-nav-applications = Candidatures
uil-nav-calls = Appels
uil-nav-extensions = Prolongations
uil-nav-audit = Audit
uil-nav-mail = Courriels
uil-nav-staff = Personnel
uil-nav-members = Annuaire des membres

## Listes : filtres et pages.
uil-filter-show = Afficher
uil-filter-any = Tous
uil-filter-all-calls = Tous les appels
uil-filter-all-regions = Toutes les régions
uil-filter-all-countries = Tous les pays
uil-filter-all-stages = Toutes les étapes
uil-filter-reviewed-either = Indifférent
uil-filter-reviewed-yes = Au moins une fois
uil-filter-reviewed-no = Pas encore
uil-sort-newest = Les plus récentes d'abord
uil-sort-country = Par pays
uil-sort-city = Par ville
uil-pages = Pages
uil-previous-page = Page précédente
uil-next-page = Page suivante
uil-page-of = Page { $page } sur { $pages }

## Le tableau de bord : les candidatures parvenues à l'UIL.
uil-dashboard-title = Candidatures à l'UIL
uil-failed-mail = { $count ->
    [one] { $count } courriel n'a pas pu être envoyé
    [many] { $count } de courriels n'ont pas pu être envoyés
   *[other] { $count } courriels n'ont pas pu être envoyés
}
uil-failed-mail-see = Voir les courriels non envoyés
uil-failed-mail-resend = et les renvoyer.
uil-failed-mail-coordinator = Un coordinateur ou une coordinatrice de l'UIL peut les renvoyer.
uil-by-region = Par région
uil-by-region-caption = Candidatures par région
uil-by-stage = Par étape
uil-by-stage-caption = Candidatures par étape
uil-chart-title = Candidatures par région : { $counts }
uil-chart-item = { $region } { $count }
uil-col-region = Région
uil-col-applications = Candidatures
uil-col-stage = Étape
uil-col-city = Ville
uil-col-country = Pays
uil-col-reached = Parvenue à l'UIL
uil-col-assessments = Évaluations
uil-col-average = Moyenne
uil-applications-count = { $count ->
    [one] { $count } candidature
    [many] { $count } de candidatures
   *[other] { $count } candidatures
}
uil-export-link = Télécharger ces candidatures sous forme de tableur (CSV)
uil-no-match = Aucune candidature ne correspond à ces filtres.

## Une candidature.
uil-application-title = { $city } – UIL
uil-back-to-applications = Retour aux candidatures
uil-application-heading = Candidature de { $city }
uil-reached-on = Parvenue à l'UIL le { $when }.
uil-printable = Version imprimable
uil-decision-message-shown = Message de l'UIL à la ville :
uil-endorsement-heading = Approbation de la Commission nationale
uil-signing-officer = Signataire
uil-officer = { $name }, { $title }
uil-endorsement-note = Note
uil-none = Aucune
uil-signed-endorsement = Approbation signée
uil-missing = Manquante
uil-file-size = ({ $size })
uil-start-review = Commencer l'examen
uil-assessments = Évaluations
uil-your-assessment = Votre évaluation, { $when }
uil-admin-sees-all = En tant que coordinateur ou coordinatrice de l'UIL, vous voyez toutes les évaluations.
uil-hidden-until-own = Les évaluations des autres évaluateurs apparaîtront ici une fois que vous aurez rédigé la vôtre.
uil-other-assessments = Autres évaluations
uil-all-assessments = Toutes les évaluations
uil-col-reviewer = Évaluateur
uil-col-comment = Commentaire
uil-averages = Moyennes :
uil-averages-list = { $averages }.
uil-averages-separator = {" ; "}
uil-criterion-average = { $criterion } { $average }
uil-overall = Moyenne générale { $average }.
uil-change-assessment = Modifier votre évaluation
uil-write-assessment = Rédiger votre évaluation
uil-comment = Commentaire
uil-save-assessment = Enregistrer mon évaluation
uil-decision = Décision
uil-decision-legend = { $city } est-elle acceptée comme membre ?
uil-decision-accepted = Acceptée : { $city } rejoint le réseau
uil-decision-not-accepted = Non acceptée
uil-decision-message-label = Message à la ville et à sa Commission nationale
uil-record-decision = Enregistrer la décision
uil-documents = Documents
uil-progress = Historique
uil-timeline-entry = { $who } : { $what }
uil-not-given = Non renseigné

## Le journal des courriels d'une candidature.
uil-mail-log-heading = Courriels concernant cette candidature
uil-mail-log-none = Aucun courriel pour l'instant.
uil-mail-log-when = Date
uil-mail-log-to = Destinataire
uil-mail-log-subject = Objet
uil-mail-log-state = État

## Les appels.
uil-calls-title = Appels
uil-calls-heading = Appels à candidatures
uil-calls-col-title = Titre
uil-calls-col-opens = Ouverture
uil-calls-col-city = Villes, au plus tard le
uil-calls-col-natcom = Commissions nationales, au plus tard le
uil-calls-col-quota = Approbations
uil-calls-current = Sur la page publique
uil-call-new-heading = Créer un appel
uil-call-edit-heading = Modifier l'appel
uil-back-to-calls = Retour aux appels
uil-call-title = Titre
uil-call-title-hint = Tel que la page publique l'affiche, par exemple : Rejoignez le Réseau mondial des villes apprenantes de l'UNESCO ! (2025)
uil-call-opens-on = Ouverture des candidatures le
uil-call-city-deadline = Les villes soumettent à leur Commission nationale au plus tard le
uil-call-natcom-deadline = Les Commissions nationales soumettent à l'UIL au plus tard le
uil-call-quota = Approbations par Commission nationale
uil-call-zone = Fuseau horaire des dates
uil-call-zone-hint = AoE (Anywhere on Earth, UTC−12 : une date vaut tant qu'il est encore cette date quelque part sur Terre) ou un nom de fuseau tel que Europe/Paris
uil-call-body = Le texte de l'appel
uil-call-body-hint = Markdown : une ligne vide entre les paragraphes, « ## » devant un titre, « - » devant chaque élément d'une liste.
uil-call-save = Enregistrer l'appel

## Les prolongations de délai.
uil-extensions-title = Prolongations de délai
uil-extensions-intro = Une date limite plus tardive pour la candidature d'une ville ou pour une Commission nationale. Elle est enregistrée avec son motif et affichée partout où cette date limite apparaît.
uil-extensions-kind = Que faut-il prolonger ?
uil-extensions-kind-application = La date limite des villes pour une candidature (indiquez son numéro)
uil-extensions-kind-country = La date limite d'une Commission nationale (choisissez son État membre)
uil-extensions-application = Numéro de la candidature
uil-extensions-application-hint = La ville le trouve à la fin de l'adresse de sa candidature : /applications/123
uil-extensions-country = État membre
uil-choose-member-state = Choisissez un État membre
uil-extensions-new-deadline = Nouvelle date limite
uil-extensions-new-deadline-hint = Une journée entière dans le fuseau horaire de l'appel
uil-extensions-reason = Motif
uil-extensions-grant = Accorder la prolongation
uil-extensions-granted = Prolongations accordées
uil-extensions-none = Aucune pour l'instant.
uil-extensions-col-what = Date limite concernée
uil-extensions-col-call = Appel
uil-extensions-col-until = Jusqu'au
uil-extensions-col-reason = Motif
uil-extensions-col-by = Accordée par
uil-extensions-granted-by = { $name }, { $when }
uil-extensions-of-application = Date limite des villes pour la candidature { $id } : { $city }, { $country }
uil-extensions-of-draft = Date limite des villes pour la candidature { $id } (pas encore soumise)
uil-extensions-of-natcom = Commission nationale – { $country }

## Le journal d'audit.
uil-audit-title = Audit
uil-audit-heading = Tout ce qui est arrivé aux candidatures
uil-audit-application = Numéro de la candidature
uil-audit-actor = Personne (nom ou adresse électronique)
uil-audit-from = Du
uil-audit-to = Au
uil-audit-accounts-heading = Modifications des comptes
uil-audit-col-account = Compte
uil-audit-two-factor-enrolled = Second facteur configuré
uil-audit-two-factor-reset = Second facteur réinitialisé
uil-audit-command-line = la ligne de commande
uil-events-count = { $count ->
    [one] { $count } événement
    [many] { $count } d'événements
   *[other] { $count } événements
}
uil-col-when = Date
uil-col-application = Candidature
uil-col-who = Qui
uil-col-what = Quoi
uil-col-note = Note
uil-audit-application-cell = { $id } : { $city }
uil-audit-created = créée ({ $stage })
uil-audit-transition = { $from } → { $to }

## La boîte d'envoi.
uil-outbox-title = Courriels
uil-outbox-resent = Une copie a été mise en file d'attente (courriel { $id }) ; elle sera envoyée dans la minute.
uil-outbox-kind = Type
uil-outbox-text = Destinataire ou objet
uil-mails-count = { $count ->
    [one] { $count } courriel
    [many] { $count } de courriels
   *[other] { $count } courriels
}
uil-outbox-col-queued = Mis en file
uil-outbox-col-to = Destinataire
uil-outbox-col-subject = Objet
uil-outbox-col-kind = Type
uil-outbox-col-state = État
uil-outbox-col-attempts = Tentatives
uil-outbox-col-error = Dernière erreur
uil-outbox-col-action = Action
uil-outbox-application = (candidature { $id })
uil-outbox-resend = Renvoyer
uil-outbox-resend-to = à { $to }
uil-mail-kind-verify_email = Confirmation de l'adresse électronique
uil-mail-kind-account_exists = Compte déjà existant
uil-mail-kind-password_reset = Réinitialisation du mot de passe
uil-mail-kind-invitation = Invitation
uil-mail-kind-submission_receipt = Accusé de réception d'une soumission
uil-mail-kind-natcom_new_application = Nouvelle candidature, à la Commission nationale
uil-mail-kind-natcom_endorsed = Approbation, à la ville
uil-mail-kind-natcom_declined = Refus, à la ville
uil-mail-kind-natcom_returned = Renvoi, à la ville
uil-mail-kind-natcom_reopened = Décision annulée, à la ville
uil-mail-kind-natcom_forwarded = Soumission à l'UIL, à la ville
uil-mail-kind-uil_submissions = Soumissions, à l'UIL
uil-mail-kind-uil_decision = Décision de l'UIL, à la ville
uil-mail-kind-uil_decision_natcom = Décision de l'UIL, à la Commission nationale
uil-mail-kind-reminder_city_day = Rappel à la ville, la veille
uil-mail-kind-reminder_city_week = Rappel à la ville, une semaine avant
uil-mail-kind-reminder_natcom_day = Rappel à la Commission nationale, la veille
uil-mail-kind-reminder_natcom_fortnight = Rappel à la Commission nationale, deux semaines avant
uil-mail-kind-reminder_natcom_two_days = Rappel à la Commission nationale, deux jours avant
uil-mail-kind-colleague_invitation = Invitation à travailler sur une candidature
uil-mail-kind-reminder_natcom_week = Rappel à la Commission nationale, une semaine avant

## Les comptes du personnel.
uil-users-title = Comptes du personnel
uil-users-invited = Invitation envoyée à { $email }. Le lien est valable 7 jours.
uil-users-caption = Comptes des Commissions nationales et de l'UIL
uil-users-col-name = Nom
uil-users-col-email = Adresse électronique
uil-users-col-role = Rôle
uil-users-col-country = État membre
uil-users-col-status = Statut
uil-users-invited-status = Invité
uil-users-active = Actif
uil-users-col-two-factor = Connexion en deux étapes
uil-users-two-factor-on = Activée
uil-users-two-factor-off = Non configurée
uil-users-reset-two-factor = Réinitialiser le second facteur
uil-users-two-factor-reset-done = Le second facteur de { $name } a été réinitialisé et ses sessions ont été fermées : un nouveau second facteur devra être configuré lors de la prochaine connexion.
uil-invite-heading = Inviter une personne
uil-invite-name = Nom complet
uil-invite-email = Adresse électronique
uil-invite-role = Rôle
uil-invite-role-natcom = Commission nationale (choisissez son État membre ci-dessous)
uil-invite-role-reviewer = Évaluateur de l'UIL : évalue les candidatures parvenues à l'UIL
uil-invite-role-admin = Coordinateur de l'UIL : gère les appels, les utilisateurs et les décisions
uil-invite-country = État membre (Commissions nationales et membres du jury)
uil-invite-send = Envoyer l'invitation

## L'import de l'annuaire des membres.
uil-members-title = Annuaire des membres
uil-members-done = L'annuaire des membres a été mis à jour. Ajoutés : { $added } ; mis à jour : { $updated } ; supprimés : { $removed } ; inchangés : { $unchanged }.
uil-members-see-it = Le consulter
uil-members-preview-heading = Ce que l'import va changer
uil-members-count-add = À ajouter : { $count }
uil-members-count-update = À mettre à jour (année d'adhésion) : { $count }
uil-members-count-remove = À supprimer : { $count }
uil-members-count-unchanged = Déjà répertoriés tels quels : { $count }
uil-members-bad-heading = Certaines lignes sont illisibles
uil-members-bad-text = Corrigez-les dans le fichier et téléversez-le à nouveau ; rien n'a été modifié.
uil-members-bad-line = Ligne { $line } : { $problem }
uil-members-to-add = À ajouter
uil-members-to-update = À mettre à jour
uil-members-to-remove = À supprimer
uil-members-row = { $city } ({ $country })
uil-members-row-year = { $city } ({ $country }), { $year }
uil-members-row-joined = { $city } ({ $country }) : membre depuis { $year }
uil-members-apply = Appliquer ces modifications
uil-members-cancel = Annuler
uil-members-intro = Téléversez la liste officielle des membres sous forme de fichier CSV. Sa première ligne nomme les colonnes :
uil-members-column-city = le nom de la ville
uil-members-column-country = le code ISO de l'État membre, par exemple DE
uil-members-column-year = l'année d'adhésion de la ville (facultative)
uil-members-preview-first = Vous verrez ce qui change avant toute modification.
uil-members-file = Fichier CSV des membres
uil-members-file-too-large = Le fichier doit faire 10 Mo au maximum
uil-members-file-not-utf8 = Le fichier doit être un fichier CSV en UTF-8
uil-members-file-missing = Choisissez un fichier CSV des membres
uil-members-mode = Que faire de ce fichier
uil-members-mode-add = Ajouter ses membres à l'annuaire (et mettre à jour l'année de ceux qui y figurent déjà)
uil-members-mode-replace = Remplacer l'annuaire par ce fichier
uil-members-preview-button = Prévisualiser les modifications

## The call's text in other languages (call form).
uil-call-translations-heading = L’appel dans d’autres langues
uil-call-translations-hint = La page publique présente l’appel dans la langue du lecteur lorsqu’il y a un titre et un texte dans cette langue, et en anglais sinon, en le signalant. Laissez les deux champs vides pour n’en proposer aucun ; remplissez les deux pour en proposer un.
uil-call-title-in = Titre en { $language }
uil-call-body-in = Texte en { $language } (Markdown)
uil-applied-before = La ville avait déjà présenté une candidature ; celle-ci a été commencée à partir de la précédente :
uil-applied-before-link = candidature { $id }
uil-nav-pipeline = Suivi
uil-pipeline-title = Les candidatures auprès des Commissions nationales
uil-pipeline-lead = Les candidatures de l'appel en cours auprès de leur Commission nationale, par région et par État membre : uniquement des chiffres, à partir de la soumission. Les brouillons appartiennent aux villes et ne sont jamais comptés.
uil-pipeline-col-state = État membre
uil-pipeline-col-submitted = Soumises
uil-pipeline-col-endorsed = Approuvées
uil-pipeline-col-forwarded = Envoyées à l'UIL
uil-pipeline-total = Ensemble de la région
uil-pipeline-none = Aucune candidature pour l'instant :
