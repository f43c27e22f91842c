# S'inscrire, se connecter, confirmer une adresse, réinitialiser un mot de passe,
# accepter une invitation, la page du compte.

account-email = Adresse électronique
account-password = Mot de passe
account-full-name = Nom complet

## Connexion

account-sign-in-title = Connexion
account-forgot-password = Mot de passe oublié ?
account-no-account = Vous n'avez pas encore de compte ?
account-create-one = Créez-en un pour présenter la candidature de votre ville
account-notice-confirmed = Votre adresse électronique est confirmée. Connectez-vous pour continuer.
account-notice-reset = Votre mot de passe a été modifié et toutes vos sessions ont été fermées. Connectez-vous avec votre nouveau mot de passe.
account-notice-welcome = Votre mot de passe est défini. Connectez-vous pour commencer.
account-notice-signed-out = Votre session est fermée.

## Inscription

account-register-title = Créer un compte
account-register-lead = Réservé au personnel des villes qui souhaitent présenter leur candidature. Les Commissions nationales et le personnel de l'UIL sont invités directement par l'UIL.
account-email-hint = Nous vous enverrons un lien pour la confirmer.
account-password-hint = { $min ->
        [one] Au moins { $min } caractère. Trois mots sans rapport entre eux forment un mot de passe robuste.
       *[other] Au moins { $min } caractères. Trois mots sans rapport entre eux forment un mot de passe robuste.
    }
account-register-submit = Créer le compte
account-have-account = Vous avez déjà un compte ?

account-check-email-title = Consultez votre messagerie
account-sent-to = { $days ->
        [one] Nous avons envoyé un message à { $email }. Ouvrez le lien qu'il contient pour confirmer votre adresse ; ce lien est valable { $days } jour.
       *[other] Nous avons envoyé un message à { $email }. Ouvrez le lien qu'il contient pour confirmer votre adresse ; ce lien est valable { $days } jours.
    }
account-sent-to-unknown = { $days ->
        [one] Nous avons envoyé un message à l'adresse que vous avez indiquée. Ouvrez le lien qu'il contient pour confirmer votre adresse ; ce lien est valable { $days } jour.
       *[other] Nous avons envoyé un message à l'adresse que vous avez indiquée. Ouvrez le lien qu'il contient pour confirmer votre adresse ; ce lien est valable { $days } jours.
    }
account-sent-start-now = Vous pouvez dès à présent vous connecter et commencer la candidature de votre ville. Vous devrez confirmer votre adresse avant de la soumettre.
account-sent-wrong-address = L'adresse est erronée, ou aucun message n'est arrivé au bout de quelques minutes ? Vérifiez votre dossier de courrier indésirable, ou inscrivez-vous de nouveau avec la bonne adresse.

## Confirmation de l'adresse

account-confirm-email-title = Confirmez votre adresse électronique
account-confirm-email-submit = Confirmer mon adresse électronique

## Mots de passe

account-reset-text = Saisissez l'adresse électronique de votre compte. Nous y enverrons un lien permettant de choisir un nouveau mot de passe.
account-reset-submit = M'envoyer un lien
account-reset-sent = { $hours ->
        [one] Si { $email } correspond à un compte, nous y avons envoyé un lien permettant de choisir un nouveau mot de passe. Ce lien n'est utilisable qu'une fois, pendant { $hours } heure.
       *[other] Si { $email } correspond à un compte, nous y avons envoyé un lien permettant de choisir un nouveau mot de passe. Ce lien n'est utilisable qu'une fois, pendant { $hours } heures.
    }
account-reset-no-message = Aucun message au bout de quelques minutes ? Vérifiez votre dossier de courrier indésirable, ou réessayez.
account-back-to-sign-in = Retour à la connexion
account-new-password-heading = Choisissez un nouveau mot de passe
account-invitation-heading = Bienvenue sur { site-short-name } : choisissez votre mot de passe
account-new-password = Nouveau mot de passe
account-set-password-submit = Enregistrer le mot de passe

account-link-expired-title = Ce lien a expiré ou a déjà été utilisé
account-link-expired-verify = { $days ->
        [one] Les liens de confirmation d'une adresse électronique ne sont utilisables qu'une fois, pendant { $days } jour. Connectez-vous et demandez un nouveau lien sur la page de votre compte.
       *[other] Les liens de confirmation d'une adresse électronique ne sont utilisables qu'une fois, pendant { $days } jours. Connectez-vous et demandez un nouveau lien sur la page de votre compte.
    }
account-link-expired-reset = { $hours ->
        [one] Les liens de réinitialisation d'un mot de passe ne sont utilisables qu'une fois, pendant { $hours } heure. Demandez-en un nouveau sur la page « Mot de passe oublié ? ».
       *[other] Les liens de réinitialisation d'un mot de passe ne sont utilisables qu'une fois, pendant { $hours } heures. Demandez-en un nouveau sur la page « Mot de passe oublié ? ».
    }
account-link-expired-invitation = { $days ->
        [one] Les invitations ne sont utilisables qu'une fois, pendant { $days } jour. Demandez-en une nouvelle à la personne de l'UIL chargée de la coordination qui vous a invité.
       *[other] Les invitations ne sont utilisables qu'une fois, pendant { $days } jours. Demandez-en une nouvelle à la personne de l'UIL chargée de la coordination qui vous a invité.
    }

## La page du compte

account-page-title = Votre compte
account-password-changed = Votre mot de passe a été modifié. Votre session reste ouverte ici ; toutes vos autres sessions ont été fermées.
account-link-sent = { $days ->
        [one] Nous avons envoyé un nouveau lien à { $email }. Il est valable { $days } jour.
       *[other] Nous avons envoyé un nouveau lien à { $email }. Il est valable { $days } jours.
    }
account-unconfirmed-title = Confirmez votre adresse électronique.
account-unconfirmed-text = Ouvrez le lien que nous avons envoyé à { $email }. Vous pouvez dès à présent préparer une candidature, mais votre adresse doit être confirmée pour que vous puissiez la soumettre.
account-send-new-link = M'envoyer un nouveau lien
account-name = Nom
account-email-confirmed = (confirmée)
account-email-not-confirmed = (pas encore confirmée)
account-role = Rôle
account-role-of-country = { $role } ({ $country })
account-change-password = Modifier votre mot de passe

## Connexion en deux étapes

account-code-title = Saisissez votre code de connexion
account-code-label = Code
account-code-hint = Le code à six chiffres qu'affiche en ce moment votre application d'authentification, ou l'un de vos codes de récupération.
account-code-remember = { $days ->
        [one] Ne plus demander de code sur ce navigateur pendant { $days } jour
       *[other] Ne plus demander de code sur ce navigateur pendant { $days } jours
    }
account-code-submit = Continuer
account-code-start-again = Recommencer la connexion depuis le début
account-two-factor-title = Connexion en deux étapes
account-two-factor-required = Votre compte permet de statuer sur des candidatures ; la connexion se fait donc en deux étapes : votre mot de passe, puis un code fourni par une application d'authentification installée sur votre téléphone. Configurez-la dès maintenant pour accéder à vos pages.
account-two-factor-optional = Après votre mot de passe, le site vous demandera un code fourni par une application d'authentification installée sur votre téléphone : une personne qui découvrirait votre mot de passe ne pourrait toujours pas se connecter.
account-two-factor-step-scan = Scannez ce code QR avec une application d'authentification, par exemple FreeOTP, Google Authenticator ou Microsoft Authenticator.
account-two-factor-qr-label = Code QR de la clé destinée à votre application d'authentification
account-two-factor-step-type = Si vous ne pouvez pas le scanner, ajoutez manuellement un compte dans l'application et saisissez cette clé :
account-two-factor-step-confirm = Saisissez ensuite le code à six chiffres qu'affiche l'application.
account-two-factor-submit = Activer la connexion en deux étapes
account-two-factor-is-on = La connexion en deux étapes est activée.
account-two-factor-codes-left = { $count ->
        [one] Il vous reste { $count } code de récupération.
       *[other] Il vous reste { $count } codes de récupération.
    }
account-two-factor-lost = Vous avez perdu votre téléphone et vos codes de récupération ? Une personne de l'UIL chargée de la coordination peut réinitialiser votre second facteur ; vous en configurerez alors un nouveau.
account-continue = Continuer
account-recovery-codes-heading = Vos codes de récupération
account-recovery-codes-lead = Conservez ces codes en lieu sûr, à l'écart de votre téléphone : imprimez-les ou notez-les. Chacun permet d'ouvrir votre compte une seule fois si vous perdez votre téléphone. Ils ne sont affichés qu'une fois, maintenant.
account-two-factor-state-on = Activée.
account-two-factor-state-off = Désactivée.
account-two-factor-see = Voir le nombre de codes de récupération restants
account-two-factor-set-up = La configurer
