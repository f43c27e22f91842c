# Les pages de la ville : ses candidatures, le formulaire, la vérification, la soumission,
# l'impression, le retrait ; l'historique d'une candidature et son courrier.

## La liste des candidatures de la ville.
city-list-title = Vos candidatures
city-list-none = Vous n'avez pas encore commencé de candidature.
city-list-col-city = Ville
city-list-col-country = Pays
city-list-col-call = Appel
city-list-col-stage = Étape
city-list-col-updated = Dernière modification
city-list-start = Commencer une candidature
city-submit-by = Soumettez-la à votre Commission nationale au plus tard le { $deadline }.

## Commencer une candidature.
city-new-title = Commencer une candidature
city-new-intro = Quelle ville présente sa candidature ? Vous pouvez enregistrer le formulaire au fur et à mesure et y revenir plus tard.
city-new-start = Commencer la candidature

## Communs aux pages d'une candidature.
city-application-of = Candidature de { $city }
city-application-of-in = Candidature de { $city }, { $country }
city-closed-heading = Les soumissions sont closes.
city-back-to-application = Retour à la candidature
city-change = Modifier
city-upload = Téléverser
city-documents-heading = Documents
city-document-kind = { $kind } :
city-document-size = ({ $size })
city-size-mb = { $size } Mo
city-size-kb = { $size } ko

## La liste des tâches.
city-task-list-title = Votre candidature
city-task-list-progress = Vous avez rempli { $completed } sur { $required ->
        [one] { $required } section obligatoire
        [many] { $required } sections obligatoires
       *[other] { $required } sections obligatoires
    }. Vos réponses sont enregistrées au fur et à mesure : vous pouvez partir et revenir.
city-task-list-confirm-email = Confirmez votre adresse électronique avant de soumettre : ouvrez le lien que nous vous avons envoyé, ou
city-ask-for-new-link = demandez-en un nouveau
city-task-list-confirm-email-end = .
city-check-and-submit = Vérifier vos réponses et soumettre
city-check-answers = Vérifier vos réponses
city-see-application-page = Voir la page de la candidature

## Une section du formulaire.
city-section-title = { $section } – { $city }
city-documents-intro = Vous pouvez ajouter jusqu'à { $max ->
        [one] { $max } fichier PDF
        [many] { $max } fichiers PDF
       *[other] { $max } fichiers PDF
    } à l'appui de la candidature : une stratégie, un plan, un rapport. Chacun de 10 Mo au maximum.
city-documents-uploaded = Pièces justificatives téléversées
city-documents-col-file = Fichier
city-documents-col-size = Taille
city-documents-col-action = Action
city-document-remove = Supprimer
city-words-too-many = { $count ->
        [one] Vous avez { $count } mot de trop
        [many] Vous avez { $count } mots de trop
       *[other] Vous avez { $count } mots de trop
    }
city-words-remaining = { $count ->
        [one] Il vous reste { $count } mot
        [many] Il vous reste { $count } mots
       *[other] Il vous reste { $count } mots
    }
city-pledge-label = Le formulaire de candidature signé par le maire et revêtu de son cachet
city-pledge-hint = Un PDF de 10 Mo au maximum.
city-pledge-uploaded = Téléversé :
city-pledge-replace = ({ $size }). Ne choisissez un fichier que pour le remplacer.
city-pledge-how = Imprimez la candidature, faites-la signer par le maire et revêtir de son cachet, puis numérisez-la.
city-print-for-signature = Imprimer la candidature pour signature
city-supporting-label = Ajouter des pièces justificatives
city-supporting-hint = Fichiers PDF, de 10 Mo au maximum chacun. Vous pouvez en choisir plusieurs à la fois.
city-save-and-check = Enregistrer et vérifier vos réponses
city-save-and-continue = Enregistrer et continuer
city-save-later = Enregistrer et revenir plus tard
city-read-only-title = Cette candidature ne peut plus être modifiée

## Vérifier les réponses et soumettre.
city-check-title = Vérifiez vos réponses – { $city }
city-check-before-submit = Avant de pouvoir soumettre
city-check-missing-intro = Ces réponses manquent :
city-check-heading = Vérifiez vos réponses avant de soumettre
city-missing-pledge = Téléversez l'engagement signé par le maire et revêtu de son cachet, au format PDF
city-submit-heading = Soumettre à la Commission nationale
city-submit-button = Soumettre à la Commission nationale
city-check-confirm-email = Votre adresse électronique n'est pas encore confirmée. Ouvrez le lien que nous vous avons envoyé, ou
city-check-confirm-email-end =  ; vous pourrez ensuite soumettre.
city-check-complete-first = Complétez les réponses manquantes ci-dessus, puis revenez ici pour soumettre.
city-check-by-submitting = En soumettant, vous envoyez la candidature de { $city } à la Commission nationale pour l'UNESCO ({ $country }). Elle décide des villes qu'elle approuve au plus tard le { $deadline }. Vous ne pourrez plus modifier la candidature ensuite, sauf si la Commission nationale vous la renvoie.

## Après la soumission.
city-submitted-title = Candidature soumise
city-submitted-with = La candidature de { $city } est entre les mains de la Commission nationale pour l'UNESCO ({ $country }).
city-submitted-receipt = Soumise le { $when }. Nous avons envoyé un accusé de réception à { $email }.
city-next-heading = Et ensuite
city-next-natcom = La Commission nationale pour l'UNESCO ({ $country }) décide des villes qu'elle approuve (trois au maximum) et les soumet à l'Institut de l'UNESCO pour l'apprentissage tout au long de la vie (UIL) au plus tard le { $deadline }. Nous vous écrirons lorsqu'elle aura pris sa décision.
city-next-return = Elle peut aussi vous renvoyer la candidature avec un message, afin que vous puissiez la modifier et la soumettre à nouveau.
city-see-application-and-progress = Voir la candidature et son avancement

## La page de la candidature.
city-continue = Poursuivre la candidature
city-printable = Version imprimable
city-withdraw-button = Retirer la candidature
city-progress-heading = Avancement
city-event-by = { $who } : { $what }

## La candidature imprimable.
city-print-title = Candidature de { $city } (version imprimable)
city-print-stage = Étape : { $stage }. Imprimée le { $when }.
city-print-part1 = Partie 1 : remplie par la ville
city-print-documents = Documents joints
city-print-document = { $kind } : { $file }
city-print-no-documents = Aucun
city-print-mayor-signature = Signature et cachet du maire :
city-print-date = Date :
city-print-part2 = Partie 2 : approbation par la Commission nationale pour l'UNESCO ({ $country })
city-print-officer-name = Nom de la personne signataire
city-print-officer-title = Titre de la personne signataire
city-print-note = Note
city-print-natcom-signature = La Commission nationale approuve cette candidature. Signature et cachet :

## Le retrait.
city-withdraw-title = Retirer la candidature de { $city } ?
city-withdraw-text = Elle est actuellement { $stage }. Si vous la retirez, elle n'ira pas plus loin : ni la Commission nationale ni l'UIL ne l'examineront. Cette action est irréversible, mais vous pouvez commencer une nouvelle candidature tant que l'appel est ouvert.
city-withdraw-keep = La conserver
city-cannot-withdraw-title = Cette candidature ne peut pas être retirée

## L'historique d'une candidature.
city-event-actor = { $name } ({ $role })
city-event-created = A commencé la candidature
city-event-moved = L'a fait passer à l'étape « { $stage } »
city-event-uploaded = A téléversé : { $document }
city-event-uploaded-file = A téléversé : { $document } ({ $file })
city-event-removed-file = A supprimé : { $document } ({ $file })
city-event-part2 = A enregistré la partie 2 : la personne signataire et la note de la Commission nationale
city-event-extended-city = A prolongé le délai des villes jusqu'au { $deadline }
city-event-extended-natcom = A prolongé le délai de la Commission nationale jusqu'au { $deadline }
city-event-note = A écrit une note
city-event-section-saved = A enregistré la section « { $section } »
city-event-colleague-joined = { $name } a rejoint la candidature
city-event-colleague-removed = A retiré { $name } de la candidature

## L'état d'un courrier.
city-mail-state-queued = En attente d'envoi
city-mail-state-sending = En cours d'envoi
city-mail-state-sent = Envoyé
city-mail-state-failed = Échec de l'envoi

city-words-remaining-live = Mots restants : { $count }
city-words-too-many-live = Mots au-delà de la limite : { $count }

## Les personnes qui travaillent sur une candidature.
city-team-link = Personnes travaillant sur cette candidature
city-team-title = Personnes travaillant sur cette candidature
city-team-lead = Chacune de ces personnes peut remplir le formulaire, ajouter des documents et soumettre la candidature, et reçoit les courriels qui la concernent. L'historique indique qui a fait quoi.
city-team-col-part = Participation
city-team-col-actions = Actions
city-team-owner = A commencé la candidature
city-team-colleague = Collègue
city-team-remove = Retirer
# La date est celle à laquelle le lien de l'invitation cesse de fonctionner.
city-team-invited-until = Invitation envoyée ; le lien fonctionne jusqu'au { $date }
city-team-invite-heading = Inviter un ou une collègue
city-team-invite-hint = Nous enverrons un lien à cette personne. Pour rejoindre la candidature, elle devra se connecter, ou créer un compte, avec cette adresse.
city-team-invite-submit = Envoyer l'invitation
city-team-owner-manages = C'est la personne qui a commencé la candidature qui invite et retire les collègues.
city-team-invited = { $days ->
        [one] Invitation envoyée à { $email }. Le lien fonctionne pendant { $days } jour.
        [many] Invitation envoyée à { $email }. Le lien fonctionne pendant { $days } jours.
       *[other] Invitation envoyée à { $email }. Le lien fonctionne pendant { $days } jours.
    }
city-team-removed = La personne a été retirée de la candidature : elle ne peut plus l'ouvrir.
city-team-invitation-title = Invitation à travailler sur une candidature
city-team-invitation-lead = { $inviter } vous invite à travailler sur la candidature de { $city } au Réseau mondial des villes apprenantes de l'UNESCO.
city-team-invitation-sign-in = Connectez-vous avec { $email }, ou créez un compte avec cette adresse, puis ouvrez à nouveau ce lien.
city-team-invitation-other-account = Cette invitation est destinée à { $email }, mais vous utilisez actuellement le compte { $current }. Déconnectez-vous, puis connectez-vous avec { $email }.
city-team-invitation-join = Rejoindre la candidature de { $city }
city-team-invitation-expired = Cette invitation a expiré, a déjà été utilisée ou a été remplacée par une invitation plus récente. Demandez à la personne qui vous a invité de vous en envoyer une nouvelle.

## Commencer une candidature à partir d'une candidature antérieure.

# Un bouton dans la ligne d'une candidature antérieure ; le nom de la ville suit pour les lecteurs d'écran.
city-list-start-again = Commencer une nouvelle candidature à partir de celle-ci
city-list-start-again-hint = Une candidature qui n'a pas été acceptée ou qui a été retirée peut servir de point de départ à une nouvelle candidature dans cet appel : toutes les réponses sont reprises ; les documents, l'engagement et les consentements sont à fournir de nouveau pour chaque appel.

## Avertissements : ce qui semble inhabituel dans une candidature. Ils n'empêchent rien.

flags-city-heading = Veuillez vérifier ces réponses
flags-city-lead = Elles semblent inhabituelles. Si elles sont exactes, laissez-les telles quelles : rien de tout cela ne vous empêche de soumettre la candidature.
flags-review-heading = Réponses à examiner attentivement
flags-review-lead = Relevées en comparant la candidature à l'annuaire des membres et à la fourchette habituelle de chaque chiffre. Elles n'empêchent rien ; la ville les a vues avant de soumettre sa candidature.
flag-already-member = { $city } est déjà membre du Réseau mondial des villes apprenantes de l'UNESCO.
flag-already-member-since = { $city } est déjà membre du Réseau mondial des villes apprenantes de l'UNESCO depuis { $year }.
# Le chiffre tel qu'un avertissement le nomme, comme sujet en début de phrase.
flag-figure-population = Le chiffre de la population
flag-figure-area = Le chiffre de la superficie
flag-figure-gdp_city = Le chiffre du PIB par habitant de la ville
flag-figure-gdp_country = Le chiffre du PIB par habitant du pays
flag-figure-schooling = Le chiffre de la durée de scolarisation
flag-old-figure = { $figure } date de { $year }, il y a plus de cinq ans.
flag-future-figure = { $figure } est indiqué pour { $year }, une année encore à venir.
flag-schooling-over-women = La durée moyenne de scolarisation des femmes, { $years } ans, dépasse 20 ans.
flag-schooling-over-men = La durée moyenne de scolarisation des hommes, { $years } ans, dépasse 20 ans.
flag-city-gdp-over-country = Le PIB par habitant de la ville représente { $times } fois celui du pays : plus de 20 fois.
flag-area-over = Une superficie de { $km2 } km² dépasse 20 000 km².
city-new-already-member-lead = Les membres n'ont pas besoin de présenter de nouveau leur candidature. S'il s'agit d'une autre ville portant le même nom, ou si vous souhaitez tout de même présenter une candidature, vous pouvez commencer.
city-new-start-anyway = Commencer la candidature malgré tout

## Les documents à signer, et ce qui rattache une copie signée numérisée à ces documents.

papers-heading = Documents à signer
papers-pledge-link = L'engagement, à faire signer par le maire et revêtir de son cachet (PDF)
papers-part2-link = La partie 2, à faire signer par la Commission nationale (PDF)
papers-part2 = Partie 2, signée par la Commission nationale
# L'empreinte de ce qu'énonce un document : la même que sur la page imprimée tant que son contenu n'a pas changé.
papers-digest = empreinte { $digest }
papers-hint = Chaque document porte son empreinte en bas de page. Tant que son contenu n'a pas changé, la candidature affiche la même empreinte : comparez les deux sur la copie signée numérisée.
papers-pledge-outdated = L'engagement signé a été téléversé avant la modification de ces éléments : { $fields }. Un nouvel engagement signé est nécessaire avant que la candidature puisse être soumise.
papers-part2-outdated = La partie 2 signée a été téléversée avant la modification de ces éléments : { $fields }. Une nouvelle partie 2 signée est nécessaire avant que la candidature puisse être envoyée à l'UIL.
pdf-pledge-title = Engagement de { $city } envers le Réseau mondial des villes apprenantes de l'UNESCO
pdf-pledge-sign = Signé par le maire et revêtu de son cachet :
pdf-part2-title = Approbation par la Commission nationale pour l'UNESCO ({ $country })
pdf-part2-text = La Commission nationale approuve la candidature de { $city } au Réseau mondial des villes apprenantes de l'UNESCO.
pdf-date = Date
pdf-signature-mayor = Signature du maire
pdf-signature-officer = Signature du ou de la responsable
pdf-stamp = Cachet
pdf-reference = Référence : { $reference }
pdf-digest = Empreinte : { $digest }
pdf-digest-hint = La candidature affiche la même empreinte tant que le contenu de cette page n'a pas changé.
