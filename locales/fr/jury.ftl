### Le jury (ticket [6/8]) : les pages des membres du jury, les pages de l'UIL consacrées au jury
### d'un appel, à ses critères et à son classement, les décisions sur plusieurs candidatures, le dossier.

role-jury = Membre du jury
mail-invitation-role-jury = Membre du jury (expert ou experte, { $country })
uil-invite-role-jury = Membre du jury : spécialiste externe qui note les candidatures qui lui sont attribuées (choisissez son État membre ci-dessous)

## La liste du membre du jury.
jury-title = Vos candidatures à noter
jury-lead = Voici les candidatures que l'UIL vous a attribuées. Avant d'en ouvrir une, indiquez si vous êtes en situation de conflit d'intérêts avec la ville.
jury-nothing-yet = Aucune candidature ne vous est encore attribuée. Vous recevrez un courriel lorsque l'UIL publiera les attributions.
jury-col-city = Ville
jury-col-country = État membre
jury-col-state = Où vous en êtes
jury-state-declare = Indiquez si vous êtes en conflit d'intérêts
jury-state-to-score = À noter
jury-state-draft = Brouillon enregistré
jury-state-handed-in = Évaluation remise
jury-back = Retour à vos candidatures

## Les conflits d'intérêts avec des pays entiers.
jury-conflicts-title = Pays avec lesquels vous êtes en conflit d'intérêts
jury-conflicts-own = Les candidatures de votre propre État membre ({ $country }) ne vous sont jamais attribuées.
jury-conflicts-country = Autre État membre avec lequel vous êtes en conflit d'intérêts
jury-conflicts-hint = Par exemple celui où vous travaillez, ou celui où vous avez conseillé une ville. Ses candidatures vous sont retirées et ne vous sont jamais attribuées.
jury-conflicts-declare = Déclarer le conflit d'intérêts
jury-conflicts-withdraw = Retirer

## La déclaration avant d'ouvrir une candidature.
jury-declare-title = Avant d'ouvrir la candidature de { $city }
jury-declare-lead = Les membres du jury ne doivent pas noter une ville avec laquelle ils ont des liens, que ce soit par leur travail, par leur famille ou par les conseils qu'ils lui ont donnés. L'UIL voit toutes les réponses.
jury-declare-legend = Êtes-vous en situation de conflit d'intérêts avec { $city } ?
jury-declare-no-conflict = Je n'ai aucun conflit d'intérêts avec { $city }
jury-declare-conflict = J'ai un conflit d'intérêts : confiez cette candidature à un autre membre du jury
jury-declare-reason = Motif (facultatif)
jury-declare-reason-hint = Pour l'UIL uniquement. 1 000 caractères au maximum.
jury-declare-submit = Envoyer ma réponse
jury-contact-withheld = Le numéro de téléphone, l'adresse électronique et l'adresse postale de la personne à contacter ne sont pas communiqués aux membres du jury.

## Le formulaire d'évaluation et les évaluations.
review-your-draft = Votre brouillon, enregistré le { $when }
review-col-score = Note pondérée
review-no-score = –
review-no-spread = aucune
review-weight = coefficient { $weight }
review-hand-in = Remettre mon évaluation
review-save-draft = Enregistrer comme brouillon
# $mean, $median et $spread sont des nombres à une décimale ; $count est le nombre d'évaluations.
review-summary = Moyenne : { $mean } ; médiane : { $median } ; dispersion : { $spread } (sur { $count ->
    [one] { $count } évaluation
    [many] { $count } d'évaluations
   *[other] { $count } évaluations
}).
review-disagreement = Les avis des évaluateurs divergent : la dispersion de leurs notes ({ $spread }) atteint ou dépasse le seuil fixé pour l'appel ({ $threshold }).

## Le courriel envoyé à un membre du jury lorsque les attributions sont publiées.
mail-jury_assignments-subject = { $count ->
    [one] { $count } candidature à noter
    [many] { $count } de candidatures à noter
   *[other] { $count } candidatures à noter
} pour le Réseau mondial des villes apprenantes de l'UNESCO
mail-jury_assignments-body = L'UIL vous a attribué { $count ->
    [one] { $count } candidature
    [many] { $count } de candidatures
   *[other] { $count } candidatures
} :
mail-jury_assignments-city = { $city } ({ $country })
mail-jury_assignments-conflicts = Avant que vous n'ouvriez chacune d'elles, il vous sera demandé si vous êtes en situation de conflit d'intérêts avec la ville. Connectez-vous avec votre second facteur pour les consulter et les noter :

## L'UIL : les critères d'un appel.
uil-rubric-title = Critères et coefficients
uil-rubric-lead = Les critères que les évaluateurs et les membres du jury notent de 1 à 5. La note de chaque évaluation est la moyenne de ses notes, pondérée par les coefficients des critères. Rédigez chaque nom en anglais, et dans les autres langues lorsque vous le pouvez.
uil-rubric-frozen = Des notes ont déjà été attribuées sur ces critères : ils ne peuvent plus être modifiés.
uil-rubric-criterion = Critère { $number }
uil-rubric-weight = Coefficient (de 1 à 10)
uil-rubric-name = Nom en { $language }
uil-rubric-description = Description en { $language }
uil-rubric-save = Enregistrer le critère
uil-rubric-remove = Supprimer le critère
uil-rubric-add = Ajouter un critère
uil-rubric-threshold-title = Lorsque les avis des évaluateurs divergent
uil-rubric-threshold = Seuil de divergence
uil-rubric-threshold-hint = Une candidature est signalée lorsque la dispersion (écart type) des notes de ses évaluations atteint ou dépasse cette valeur, comprise entre 0,1 et 3,0. La valeur 1,0 est un choix courant.
uil-rubric-threshold-save = Enregistrer le seuil

## L'UIL : le jury d'un appel.
uil-jury-title = Jury et attributions
uil-jury-lead = Les membres du jury ne voient que les candidatures qui leur sont attribuées, une fois les attributions publiées ; jamais celles de leur propre État membre ou d'un pays qu'ils ont déclaré, et jamais les coordonnées de la personne à contacter.
uil-jury-invite = Inviter un membre du jury
uil-jury-jurors = Membres du jury
uil-jury-no-jurors = Aucun membre du jury pour l'instant. Invitez-les depuis la page du personnel, en tant que membres du jury, avec leur État membre.
uil-jury-col-declared = Pays déclarés en conflit d'intérêts
uil-jury-col-load = Candidatures
uil-jury-automatic = Attribution automatique
uil-jury-k = Membres du jury par candidature
uil-jury-k-hint = Chaque candidature encore en attente de décision se voit attribuer ce nombre de membres du jury, aucun en conflit d'intérêts, et chaque membre du jury reçoit autant de candidatures que les autres, à une près. Vous vérifiez le résultat avant de le publier.
uil-jury-automatic-submit = Attribuer automatiquement
uil-jury-added = { $count ->
    [one] { $count } attribution ajoutée.
    [many] { $count } d'attributions ajoutées.
   *[other] { $count } attributions ajoutées.
} Vérifiez-les, puis publiez-les.
uil-jury-unpublished = { $count ->
    [one] { $count } attribution n'est pas encore publiée.
    [many] { $count } d'attributions ne sont pas encore publiées.
   *[other] { $count } attributions ne sont pas encore publiées.
}
uil-jury-publish = Publier les attributions et envoyer un courriel aux membres du jury
uil-jury-published = { $count ->
    [0] Aucun membre du jury n'avait de nouvelles candidatures.
    [one] Publication effectuée : { $count } membre du jury a reçu sa liste par courriel.
    [many] Publication effectuée : { $count } de membres du jury ont reçu leur liste par courriel.
   *[other] Publication effectuée : { $count } membres du jury ont reçu leur liste par courriel.
}
uil-jury-assignments = Les candidatures et leurs membres du jury
uil-jury-no-applications = Aucune candidature de cet appel n'attend le jury.
uil-jury-none-assigned = Aucun membre du jury pour l'instant.
uil-jury-handed-in = évaluation remise
uil-jury-published-state = publiée
uil-jury-draft-state = pas encore publiée
uil-jury-unassign = Retirer
uil-jury-assign-label = Ajouter un membre du jury
uil-jury-assign = Attribuer
uil-jury-declarations = Déclarations de conflit d'intérêts
uil-jury-no-declarations = Aucun membre du jury n'a encore répondu.
uil-jury-col-when = Date
uil-jury-col-juror = Membre du jury
uil-jury-col-answer = Réponse
uil-jury-col-reason = Motif
uil-jury-conflict = Conflit d'intérêts
uil-jury-no-conflict = Aucun conflit

## L'UIL : le classement pour la réunion du jury.
uil-ranking-title = Classement
uil-ranking-lead = Les candidatures de cet appel parvenues à l'UIL, classées selon le résultat de leurs évaluations. Les candidatures dont la dispersion atteint ou dépasse { $threshold } sont signalées.
uil-ranking-csv = Télécharger au format CSV
uil-ranking-total = { $count ->
    [one] { $count } candidature
    [many] { $count } de candidatures
   *[other] { $count } candidatures
}
uil-ranking-sort-mean = Moyenne la plus élevée d'abord
uil-ranking-sort-median = Médiane la plus élevée d'abord
uil-ranking-sort-spread = Divergence la plus forte d'abord
uil-ranking-sort-city = Par ville
uil-ranking-sort-country = Par pays
uil-ranking-col-choose = Choisir
uil-ranking-choose = Choisir { $city }
uil-ranking-col-rank = Rang
uil-ranking-col-region = Région
uil-ranking-col-stage = Étape
uil-ranking-col-mean = Moyenne
uil-ranking-col-median = Médiane
uil-ranking-col-spread = Dispersion
uil-ranking-col-scored = Membres du jury ayant noté
uil-ranking-scored = { $scored } sur { $assigned }
uil-ranking-disagree = Divergence

## L'UIL : les décisions sur plusieurs candidatures à la fois.
uil-decisions-title = Statuer sur les candidatures choisies
uil-decisions-legend = Décision
uil-decisions-accept = Acceptée
uil-decisions-not-accept = Non acceptée
uil-decisions-message = Message à chaque ville et à sa Commission nationale
uil-decisions-message-hint = Le même message est envoyé à chacune des villes choisies.
uil-decisions-review = Vérifier les décisions
uil-decisions-confirm-title = Confirmer les décisions
uil-decisions-confirm-lead = { $count ->
    [one] { $count } candidature recevra
    [many] { $count } de candidatures recevront
   *[other] { $count } candidatures recevront
} la décision suivante : { $decision }. Rien n'est décidé tant que vous n'avez pas confirmé ; la décision s'applique alors à toutes ces candidatures, ou à aucune.
uil-decisions-col-becomes = Décision
uil-decisions-mails = Chaque ville reçoit un courriel dans sa langue de communication, et sa Commission nationale un courriel dans la langue de son compte.
uil-decisions-confirm = { $count ->
    [one] Statuer sur cette candidature
    [many] Statuer sur ces { $count } de candidatures
   *[other] Statuer sur ces { $count } candidatures
}
uil-decisions-back = Retour au classement
uil-decisions-done = { $count ->
    [one] { $count } candidature a fait l'objet d'une décision.
    [many] { $count } de candidatures ont fait l'objet d'une décision.
   *[other] { $count } candidatures ont fait l'objet d'une décision.
} Les courriels sont en cours d'envoi.

## Le dossier.
uil-dossier = Télécharger le dossier (ZIP)
uil-dossier-bulk = Télécharger les dossiers (ZIP)

## Problèmes de saisie et refus liés au jury.
problem-not-a-weight = Indiquez un coefficient sous la forme d'un nombre entier de 1 à 10
problem-not-a-threshold = Indiquez un seuil compris entre 0,1 et 3,0, par exemple 1,0
problem-not-a-juror-count = Indiquez un nombre entier de membres du jury, de 1 à 10
refusal-jurors-per-application = Chaque candidature doit avoir au moins un membre du jury.
refusal-too-few-jurors = { $count ->
    [one] { $count } candidature ne peut pas
    [many] { $count } de candidatures ne peuvent pas
   *[other] { $count } candidatures ne peuvent pas
} se voir attribuer { $k ->
    [one] { $k } membre du jury
   *[other] { $k } membres du jury
} sans conflit d'intérêts. Invitez d'autres membres du jury, ou demandez-en moins par candidature. Aucune attribution n'a été faite.
refusal-rubric-frozen = Des notes ont déjà été attribuées sur les critères de cet appel : ils ne peuvent plus être modifiés.
refusal-no-rubric = Cet appel n'a pas encore de critères à noter. L'UIL doit d'abord les définir.
refusal-scores-missing = { $count ->
    [one] { $count } critère n'a
    [many] { $count } de critères n'ont
   *[other] { $count } critères n'ont
} pas encore de note. Notez chaque critère pour remettre votre évaluation, ou enregistrez-la comme brouillon.
refusal-rubric-full = Un appel comporte au maximum { $max } critères.
refusal-juror-in-conflict = Ce membre du jury est en conflit d'intérêts avec cette candidature : il s'agit de son propre État membre, d'un pays qu'il a déclaré, ou d'un conflit qu'il a déclaré.
refusal-too-many-chosen = Choisissez au maximum { $max } candidatures à la fois.
