# Les courriels : objets et paragraphes (src/mail/messages.rs). Voir locales/en/mail.ftl.

## Communs à tous les courriels.
mail-banner = Réseau mondial des villes apprenantes de l'UNESCO — Appel à candidatures
mail-greeting = Madame, Monsieur,
mail-greeting-named = Bonjour { $name },
mail-greeting-hello = Bonjour,
mail-signature = Institut de l'UNESCO pour l'apprentissage tout au long de la vie
mail-signature-service = { site-short-name }

## Comptes.
mail-verify_email-subject = Confirmez votre adresse électronique pour l'{ site-short-name }
mail-verify_email-body = Veuillez confirmer votre adresse électronique pour l'{ site-short-name }, le service de candidature du Réseau mondial des villes apprenantes de l'UNESCO, en ouvrant ce lien :
mail-verify_email-expiry = Ce lien ne fonctionne qu'une seule fois, pendant 3 jours. Tant que vous n'avez pas confirmé votre adresse, vous pouvez préparer la candidature de votre ville, mais pas la soumettre.
mail-verify_email-ignore = Si vous n'êtes pas à l'origine de cette inscription, vous pouvez ignorer ce message.

mail-account_exists-subject = Vous disposez déjà d'un compte sur l'{ site-short-name }
mail-account_exists-body = Quelqu'un a tenté de s'inscrire à l'{ site-short-name } avec cette adresse électronique, à laquelle un compte est déjà associé. Si c'était vous, connectez-vous ici :
mail-account_exists-reset = Si vous avez oublié votre mot de passe, choisissez-en un nouveau ici :
mail-account_exists-ignore = Si ce n'était pas vous, vous pouvez ignorer ce message : rien n'a été modifié.

mail-password_reset-subject = Réinitialisez votre mot de passe de l'{ site-short-name }
mail-password_reset-body = Pour choisir un nouveau mot de passe pour l'{ site-short-name }, ouvrez ce lien :
mail-password_reset-expiry = Ce lien ne fonctionne qu'une seule fois, pendant 1 heure. Lorsque vous définissez un nouveau mot de passe, toutes vos autres sessions sont fermées.
mail-password_reset-ignore = Si vous n'avez rien demandé, vous pouvez ignorer ce message : votre mot de passe n'a pas changé.

mail-invitation-subject = Invitation à l'{ site-short-name } : { $role }
mail-invitation-role-natcom = Commission nationale pour l'UNESCO ({ $country })
mail-invitation-body = Nous vous invitons à rejoindre l'{ site-short-name }, le service de candidature du Réseau mondial des villes apprenantes de l'UNESCO, avec le rôle suivant : { $role }.
mail-invitation-accept = Pour accepter, choisissez votre mot de passe ici :
mail-invitation-expiry = Ce lien ne fonctionne qu'une seule fois, pendant 7 jours.

## À une personne que la personne ayant commencé une candidature invite à y travailler.
mail-colleague_invitation-subject = Invitation à travailler sur la candidature de { $city } au Réseau mondial des villes apprenantes de l'UNESCO
mail-colleague_invitation-body = { $inviter } vous invite à travailler sur la candidature de { $city } au Réseau mondial des villes apprenantes de l'UNESCO, sur l'{ site-short-name }.
mail-colleague_invitation-accept = Pour rejoindre la candidature, ouvrez ce lien et connectez-vous, ou créez un compte, avec cette adresse ({ $email }) :
mail-colleague_invitation-expiry = Ce lien ne fonctionne qu'une seule fois, pendant 14 jours.

## À la ville, lorsqu'elle soumet sa candidature.
mail-submission_receipt-subject = Reçue : la candidature de { $city } au Réseau mondial des villes apprenantes de l'UNESCO
mail-submission_receipt-body = Nous avons bien reçu la candidature de { $city } au Réseau mondial des villes apprenantes de l'UNESCO. Elle a été soumise à la Commission nationale pour l'UNESCO ({ $country }).
mail-submission_receipt-next = La suite : la Commission nationale choisit, parmi les villes de son pays ({ $country }), celles qu'elle approuve (trois au plus) et les transmet à l'Institut de l'UNESCO pour l'apprentissage tout au long de la vie d'ici le { $deadline }. Nous vous écrirons lorsqu'elle aura pris sa décision.
mail-submission_receipt-follow = Vous pouvez suivre la candidature ici :

## À la Commission nationale, lorsqu'une ville de son État membre soumet sa candidature.
mail-natcom_new_application-subject = Nouvelle candidature à approuver : { $city }
mail-natcom_new_application-body = { $city } ({ $country }) a soumis sa candidature au Réseau mondial des villes apprenantes de l'UNESCO et sollicite votre approbation.
mail-natcom_new_application-next = Votre Commission nationale peut approuver trois villes au plus et les transmettre à l'Institut de l'UNESCO pour l'apprentissage tout au long de la vie d'ici le { $deadline }. Consultez la candidature ici :

## À la ville, lorsque sa candidature avance.
mail-natcom-note = Note de la Commission nationale :
mail-natcom-reason = Motif de la Commission nationale :
mail-natcom-message = Message de la Commission nationale :
mail-uil-message = Message de l'UIL :
mail-city-follow = Vous pouvez suivre la candidature de { $city } ici :

mail-natcom_endorsed-subject = La candidature de { $city } a reçu l'approbation de sa Commission nationale
mail-natcom_endorsed-headline = La Commission nationale pour l'UNESCO ({ $country }) a approuvé la candidature de { $city }.
mail-natcom_endorsed-next = Elle transmettra la candidature à l'Institut de l'UNESCO pour l'apprentissage tout au long de la vie d'ici le { $deadline }.

mail-natcom_declined-subject = La candidature de { $city } n'a pas reçu l'approbation de sa Commission nationale
mail-natcom_declined-headline = La Commission nationale pour l'UNESCO ({ $country }) a décidé de ne pas approuver la candidature de { $city }.
mail-natcom_declined-next = La candidature ne sera pas examinée plus avant dans le cadre de cet appel.

mail-natcom_returned-subject = La candidature de { $city } vous est renvoyée
mail-natcom_returned-headline = La Commission nationale pour l'UNESCO ({ $country }) vous renvoie la candidature de { $city } pour que vous la modifiiez.
mail-natcom_returned-next = Vous pouvez la modifier et la soumettre à nouveau jusqu'au { $deadline }.

mail-natcom_reopened-subject = La Commission nationale réexamine la candidature de { $city }
mail-natcom_reopened-headline = La Commission nationale pour l'UNESCO ({ $country }) a retiré sa décision sur la candidature de { $city } et se prononcera à nouveau.
mail-natcom_reopened-next = Elle se prononcera d'ici le { $deadline }.

mail-natcom_forwarded-subject = La candidature de { $city } est transmise à l'UIL
mail-natcom_forwarded-headline = La Commission nationale pour l'UNESCO ({ $country }) a transmis la candidature de { $city } à l'Institut de l'UNESCO pour l'apprentissage tout au long de la vie.
mail-natcom_forwarded-next = L'UIL examine les candidatures reçues et vous fera part de sa décision par écrit.

mail-uil_accepted-subject = { $city } rejoint le Réseau mondial des villes apprenantes de l'UNESCO
mail-uil_accepted-headline = L'Institut de l'UNESCO pour l'apprentissage tout au long de la vie a accepté { $city } ({ $country }) comme membre du Réseau mondial des villes apprenantes de l'UNESCO.
mail-uil_accepted-next = Bienvenue dans le réseau.

mail-uil_not_accepted-subject = Décision de l'UIL sur la candidature de { $city }
mail-uil_not_accepted-headline = L'Institut de l'UNESCO pour l'apprentissage tout au long de la vie a décidé de ne pas retenir la candidature de { $city } ({ $country }) dans le cadre de cet appel.
mail-uil_not_accepted-next = Nous vous remercions du travail consacré à cette candidature.

## À la Commission nationale, lorsque l'UIL se prononce sur l'une de ses villes.
mail-uil_decision_natcom-accepted-subject = Décision de l'UIL sur { $city } : candidature acceptée
mail-uil_decision_natcom-accepted-body = L'Institut de l'UNESCO pour l'apprentissage tout au long de la vie s'est prononcé sur la candidature de { $city }, que votre Commission nationale avait approuvée : la ville de { $city } est acceptée comme membre du Réseau mondial des villes apprenantes de l'UNESCO.
mail-uil_decision_natcom-not_accepted-subject = Décision de l'UIL sur { $city } : candidature non retenue
mail-uil_decision_natcom-not_accepted-body = L'Institut de l'UNESCO pour l'apprentissage tout au long de la vie s'est prononcé sur la candidature de { $city }, que votre Commission nationale avait approuvée : elle n'est pas retenue dans le cadre de cet appel.
mail-uil_decision_natcom-message = Message de l'UIL à la ville :
mail-uil_decision_natcom-follow = La candidature :

## Aux coordonnateurs de l'UIL, lorsqu'une Commission nationale transmet des villes.
mail-uil_submissions-subject = { $country } : { $count ->
    [one] { $count } candidature transmise
   *[other] { $count } candidatures transmises
} à l'UIL
mail-uil_submissions-body = La Commission nationale pour l'UNESCO ({ $country }) a transmis { $count ->
    [one] cette candidature
   *[other] ces { $count } candidatures
} à l'UIL :
mail-uil_submissions-follow = À examiner ici :

## Rappels avant la date limite des villes, au titulaire d'un brouillon.
mail-reminder_city-subject = Rappel : soumettez la candidature de { $city } d'ici le { $date }
mail-reminder_city_week-body = Il reste une semaine pour soumettre la candidature de { $city } à votre Commission nationale pour l'UNESCO : la date limite est fixée au { $deadline }. La candidature est encore à l'état de brouillon.
mail-reminder_city_day-body = Il reste un jour pour soumettre la candidature de { $city } à votre Commission nationale pour l'UNESCO : la date limite est fixée au { $deadline }. La candidature est encore à l'état de brouillon.
mail-reminder_city-follow = Terminez-la et soumettez-la ici :

## Rappels avant la date limite des Commissions nationales.
mail-reminder_natcom-subject = Rappel : transmettez vos approbations à l'UIL d'ici le { $date }
mail-reminder_natcom-body = La Commission nationale pour l'UNESCO ({ $country }) a jusqu'au { $deadline } pour approuver des villes et les transmettre à l'UIL.
mail-reminder_natcom-undecided = { $count ->
    [one] { $count } candidature attend encore votre décision.
   *[other] { $count } candidatures attendent encore votre décision.
}
mail-reminder_natcom-unsent = { $count ->
    [one] { $count } candidature approuvée n'a pas encore été transmise à l'UIL.
   *[other] { $count } candidatures approuvées n'ont pas encore été transmises à l'UIL.
}
mail-reminder_natcom-left = { $days ->
    [one] Il reste { $days } jour.
   *[other] Il reste { $days } jours.
}
mail-reminder_natcom-follow = Vos candidatures :
