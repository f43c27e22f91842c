# Les pages de la Commission nationale : son tableau de bord (les candidatures de son État
# membre), une candidature et les décisions à son sujet, la page qui suit le renvoi d'une
# candidature à sa ville.

## Listes de noms dans une phrase : « Lyon, Lille et Nancy ».
natcom-list-separator = {", "}
natcom-list-last = {" et "}
natcom-colon = {" : "}

## Le tableau de bord.
natcom-no-call-title = Aucun appel à candidatures en ce moment
natcom-no-call-text = Lorsque l'UIL ouvrira le prochain appel, ses candidatures apparaîtront ici.
natcom-dashboard-title = Commission nationale pour l'UNESCO – { $country }
natcom-sent = { $count ->
    [one] { $count } candidature a été soumise à l'UIL : { $cities }.
    [many] { $count } de candidatures ont été soumises à l'UIL : { $cities }.
   *[other] { $count } candidatures ont été soumises à l'UIL : { $cities }.
}
natcom-held-heading = Non soumises à l'UIL
natcom-held-text = Ces candidatures approuvées n'ont pas encore d'approbation signée ou de signataire. Complétez la partie 2 sur la page de chaque candidature, puis soumettez à nouveau :
natcom-nothing-sent = Il n'y avait rien à soumettre : aucune candidature approuvée n'était en attente.
natcom-submit-by = Soumission à l'UIL au plus tard le
natcom-deadline-left = { $deadline } : { $left }
natcom-deadline-extended-left = { $deadline } (prolongé par l'UIL) : { $left }
natcom-endorsements = Approbations
natcom-endorsements-used = { $used ->
    [one] { $used } approbation utilisée sur { $quota }
    [many] { $used } d'approbations utilisées sur { $quota }
   *[other] { $used } approbations utilisées sur { $quota }
}
natcom-still-to-decide = Reste à décider
natcom-to-decide-count = { $count ->
    [one] { $count } candidature
    [many] { $count } de candidatures
   *[other] { $count } candidatures
}
natcom-quota-used-heading = { $quota ->
    [one] Vous avez utilisé votre unique approbation ({ $quota }).
   *[other] Vous avez utilisé toutes vos approbations ({ $quota }).
}
natcom-quota-used-text = Pour approuver une autre ville, retirez d'abord l'une de vos approbations sur la page de la candidature concernée ; une candidature déjà soumise à l'UIL ne peut plus être retirée.
natcom-applications-from = Candidatures – { $country }
natcom-no-applications = Aucune ville de cet État membre ({ $country }) n'a encore soumis de candidature.
natcom-applications-caption = Candidatures soumises par les villes de l'État membre : { $country }
natcom-col-city = Ville
natcom-col-stage = Étape
natcom-col-submitted = Soumise le
natcom-col-signed = Approbation signée
natcom-tag-to-decide = À décider
natcom-signed-uploaded = Téléversée
natcom-signed-missing = Manquante
natcom-submit-heading = Soumettre à l'UIL
natcom-deadline-passed = La date limite des Commissions nationales est passée : { $deadline }.
natcom-endorse-first = Approuvez d'abord des candidatures, puis soumettez-les ici, avec leurs approbations signées, au plus tard le { $deadline }.
natcom-ready = Prêtes à être soumises : { $cities }.
natcom-unsigned = En attente de leur approbation signée, et non envoyées tant qu'elle n'est pas téléversée : { $cities }.
natcom-submit-button = Soumettre les candidatures approuvées à l'UIL
natcom-submit-hint = Vous pouvez soumettre plusieurs fois avant la date limite. Une fois soumise, une candidature ne peut plus être retirée.
natcom-nothing-submitted-title = Rien n'a été soumis à l'UIL
natcom-back-to-applications = Retour à vos candidatures

## Une candidature.
natcom-application-title = { $city } – Commission nationale
natcom-back-to-country = Retour aux candidatures – { $country }
natcom-application-heading = Candidature de { $city }
natcom-submitted-on = Soumise le { $when }.
natcom-printable = Version imprimable
natcom-quota-and-deadline = { $used ->
    [one] { $used } approbation utilisée sur { $quota }. Décision à prendre au plus tard le { $deadline }.
    [many] { $used } d'approbations utilisées sur { $quota }. Décision à prendre au plus tard le { $deadline }.
   *[other] { $used } approbations utilisées sur { $quota }. Décision à prendre au plus tard le { $deadline }.
}
natcom-not-in-its-hands = Cette candidature est { $stage } : la Commission nationale n'a plus rien à décider à son sujet.
natcom-endorsement-heading = Approbation
natcom-signed-missing-strong = L'approbation signée manque.
natcom-signed-missing-text = Téléversez-la avant de soumettre la candidature à l'UIL.
natcom-officer-name = Nom du ou de la signataire
natcom-officer-title = Fonction du ou de la signataire
natcom-note = Note (facultative)
natcom-signed-label = Approbation signée (PDF)
natcom-signed-label-replace = Approbation signée (PDF) : téléversée ; choisissez un fichier uniquement pour la remplacer
natcom-save-endorsement = Enregistrer l'approbation
natcom-endorse-heading = Approuver
natcom-signed-hint = Vous pouvez l'ajouter plus tard ; elle est requise avant la soumission à l'UIL.
natcom-endorse-button = Approuver { $city }
natcom-decline-heading = Refuser
natcom-reason-label = Motif, à l'intention de la ville
natcom-decline-button = Refuser { $city }
natcom-return-heading = Renvoyer à la ville
natcom-return-label = Que doit modifier la ville ?
natcom-return-button = Renvoyer à la ville
natcom-take-back-heading = Revenir sur la décision
natcom-take-back-text = La candidature redevient sans décision.
natcom-take-back-text-endorsed = La candidature redevient sans décision, et son approbation redevient disponible pour une autre ville.
natcom-take-back-button = Revenir sur la décision
natcom-documents = Documents
natcom-file-size = ({ $size })
natcom-progress = Historique
natcom-timeline-entry = { $who } : { $what }
natcom-not-given = Non renseigné

## Après le renvoi d'une candidature à sa ville.
natcom-returned-title = Renvoyée à { $city }
natcom-returned-heading = La candidature de { $city } a été renvoyée à la ville
natcom-returned-text = La ville peut modifier sa candidature et la soumettre à nouveau jusqu'à la date limite des villes. Elle en a été informée par courriel, avec votre message.
natcom-returned-text-mailed = La ville peut modifier sa candidature et la soumettre à nouveau jusqu'à la date limite des villes. Elle en a été informée par courriel ({ $recipients }), avec votre message.
natcom-returned-draft = Jusqu'à ce que la ville la soumette à nouveau, la candidature redevient un brouillon : elle n'apparaît plus dans votre liste.

## Le poste de pilotage : comparer, classer, choisir, approuver et envoyer en une seule étape.

# L'indicateur du quota : « 2 approbations utilisées sur 3 · Il reste 11 jours, date limite : 30 juin 2023, 23 h 59 AoE ».
natcom-meter = { $endorsed } · { $left }, date limite : { $deadline }
natcom-compare-link = Comparer les candidatures côte à côte, les classer et choisir
natcom-compare-title = Candidatures – { $country } : comparaison côte à côte
natcom-compare-caption = Candidatures soumises – { $country }, une par colonne
natcom-compare-show = Afficher
natcom-compare-show-button = Afficher la sélection
natcom-compare-stage = Étape
natcom-compare-completeness = Réponses
natcom-compare-complete = Complètes
natcom-compare-lacking = { $count ->
    [one] { $count } réponse manquante
    [many] { $count } de réponses manquantes
   *[other] { $count } réponses manquantes
}
natcom-compare-signed = Documents signés
natcom-compare-signatures = Engagement : { $pledge } ; partie 2 : { $part2 }
natcom-yes = oui
natcom-no = non
natcom-compare-order = Votre classement (1 en premier)
natcom-compare-order-of = Le rang de { $city } dans votre classement
natcom-compare-choose = Choisir
natcom-compare-choose-city = Choisir { $city }
natcom-compare-save-order = Enregistrer le classement
natcom-compare-order-saved = Votre classement est enregistré ; vos collègues le voient également.
natcom-compare-review-chosen = Examiner les candidatures choisies
natcom-event-ranked = L'a placée au rang { $rank } du classement de la Commission nationale
natcom-event-unranked = L'a retirée du classement de la Commission nationale
natcom-confirm-title = Approuver et envoyer à l'UIL
natcom-confirm-back = Retour à la comparaison
natcom-confirm-lead = Ces candidatures seront approuvées et envoyées à l'UIL toutes ensemble, ou aucune ne le sera : vérifiez que chacune a sa partie 2.
natcom-confirm-col-part2 = Partie 2
natcom-confirm-part2-ready = Le nom et la fonction du ou de la signataire ainsi que la partie 2 signée sont fournis
natcom-confirm-button = { $count ->
    [one] Approuver et envoyer { $count } candidature à l'UIL
    [many] Approuver et envoyer { $count } de candidatures à l'UIL
   *[other] Approuver et envoyer { $count } candidatures à l'UIL
}
natcom-confirm-hint = Les villes et l'UIL en sont informés par courriel. L'examen des candidatures revient ensuite à l'UIL.
natcom-save-part2-button = Enregistrer la partie 2 sans décider
