### Données personnelles (ticket [7/8]) : la politique de confidentialité, le consentement à la publication
### du profil d'un membre, ce profil lui-même, le téléchargement de ses propres données, l'effacement d'un
### compte, la durée de conservation d'un appel, et ce qu'en dit le journal d'audit.

## Le consentement, une question de la section « Engagement » du formulaire.
field-publish_consent = Une fois la candidature acceptée, l'UIL peut publier le profil de la ville sur le site web du GNLC : ville, pays, population, superficie, motivation, mise en œuvre et site web (facultatif)
field-publish_consent-hint = Le formulaire officiel indique que les informations fournies seront affichées sur le site web du GNLC de l'UNESCO. Le nom, l'adresse, le numéro de téléphone et l'adresse électronique des personnes ne sont jamais publiés. La ville peut retirer son consentement à tout moment.

## Sous chaque formulaire qui recueille des données personnelles.
privacy-form-note = Une partie de ce que vous indiquez ici constitue des données personnelles : la politique de confidentialité précise ce qui est conservé, qui y a accès et pendant combien de temps.
privacy-notice-link = Politique de confidentialité

## La politique de confidentialité (/privacy).
privacy-notice-title = Politique de confidentialité
privacy-notice-intro = L'Institut de l'UNESCO pour l'apprentissage tout au long de la vie (UIL) gère ce site pour les appels à candidatures pour devenir membre du Réseau mondial des villes apprenantes de l'UNESCO (GNLC). Cette page indique quelles données personnelles y sont conservées, pourquoi, qui y a accès, pendant combien de temps, et comment vous pouvez les obtenir ou les faire effacer.
privacy-what-heading = Ce qui est conservé
privacy-what-accounts = Pour chaque compte : le nom, l'adresse électronique, la langue choisie, une empreinte cryptographique du mot de passe (jamais le mot de passe lui-même), le second facteur des comptes du personnel et les connexions des derniers jours.
privacy-what-applications = Pour chaque candidature : les noms et titres du maire et de la personne à contacter, l'organisation, l'adresse postale, le numéro de téléphone et l'adresse électronique de la personne à contacter, ainsi que les réponses concernant la ville et les documents que la ville téléverse.
privacy-what-endorsements = Pour chaque approbation : le nom et la fonction du ou de la responsable de la Commission nationale qui la signe, et l'approbation signée.
privacy-what-reviews = Pour chaque examen : les évaluations et les notes du personnel de l'UIL et des membres du jury, ainsi que les conflits d'intérêts déclarés par les membres du jury.
privacy-what-records = Un relevé de ce qui a été fait et par qui (le numéro du compte, jamais une copie des données), ainsi qu'une copie de chaque courriel envoyé.
privacy-why-heading = Pourquoi
privacy-why-text = Pour mener l'appel : permettre à une ville de présenter sa candidature, à sa Commission nationale de l'approuver, et à l'UIL et au jury de l'examiner et de statuer ; écrire aux personnes concernées à son sujet ; et, pour les villes acceptées, rester en contact avec les membres du réseau.
privacy-who-heading = Qui y a accès
privacy-who-city = L'équipe de la ville elle-même voit sa candidature, à chaque étape.
privacy-who-natcom = La Commission nationale de l'État membre de la ville voit la candidature une fois qu'elle est soumise, jamais un brouillon, et jamais celle d'un autre pays.
privacy-who-uil = Le personnel de l'UIL voit les candidatures parvenues à l'UIL ; les coordinateurs et coordinatrices de l'UIL voient tout, afin de gérer l'appel.
privacy-who-jury = Un membre du jury ne voit que les candidatures qui lui sont attribuées, sans le numéro de téléphone, l'adresse électronique ni l'adresse postale de la personne à contacter, et jamais une candidature avec laquelle il est en conflit d'intérêts.
privacy-who-public = Le public ne voit le profil d'une ville acceptée que si la ville y a consenti, et jamais le nom ni les coordonnées d'une personne.
privacy-how-long-heading = Pendant combien de temps
privacy-how-long-text = Chaque appel a une durée de conservation, fixée par l'UIL (généralement 24 mois après la dernière décision de l'appel). Une fois ce délai écoulé, les données personnelles des candidatures non acceptées, retirées ou jamais soumises sont effacées, de même que les documents de toutes les candidatures sauf celles qui ont été acceptées ; les relevés de ce qui s'est passé ne conservent que des numéros. Les données d'une ville acceptée sont conservées tant qu'elle est membre.
privacy-rights-heading = Vos droits
privacy-rights-download = Télécharger toutes les données détenues à votre sujet et au sujet de vos candidatures
privacy-rights-delete = Supprimer votre compte
privacy-rights-consent = Retirer le consentement d'une ville à la publication de son profil, sur la page de la candidature ou en le demandant à l'UIL.
privacy-contact-heading = À qui s'adresser
privacy-contact-text = Pour toute question concernant vos données, ou pour les faire effacer si vous ne pouvez pas vous connecter, écrivez à l'équipe de l'UIL :
privacy-contact-text-no-address = Pour toute question concernant vos données, ou pour les faire effacer si vous ne pouvez pas vous connecter, écrivez à l'équipe de l'UIL à l'adresse indiquée dans l'appel.

## Le consentement, sur les pages de la candidature.
privacy-consent-given = La ville consent à la publication de son profil une fois sa candidature acceptée.
privacy-consent-withdraw = Retirer le consentement à la publication
privacy-uil-consent-yes = La ville consent à la publication de son profil une fois sa candidature acceptée.
privacy-uil-consent-no = La ville n'a pas consenti à la publication de son profil.
privacy-uil-consent-withdraw = Retirer le consentement, à la demande de la ville
privacy-event-consent-withdrawn = A retiré le consentement à la publication du profil de la ville

## Le profil public d'un membre (/members/{ id }).
privacy-profile-title = { $city } : membre du Réseau mondial des villes apprenantes
privacy-profile-back = Tous les membres
privacy-profile-member-since = Membre depuis
privacy-profile-figure-year = { $value } ({ $year })

## Son propre compte.
privacy-account-heading = Vos données
privacy-account-download = Télécharger vos données
privacy-account-delete = Supprimer votre compte
privacy-erased-person = (compte supprimé)

## Le téléchargement (/account/data).
privacy-data-title = Télécharger vos données
privacy-data-text = Vous obtenez un seul fichier ZIP : un fichier JSON contenant tout ce qui est détenu à votre sujet et au sujet de vos candidatures (votre compte, les réponses, les étapes et les événements, les courriels qui vous ont été envoyés, vos connexions), ainsi que les documents téléversés par vous ou par votre équipe.
privacy-data-recorded = Le téléchargement est enregistré, avec sa date et son heure, dans le journal d'audit de l'UIL.
privacy-data-download = Télécharger le fichier ZIP

## La suppression de son propre compte (/account/delete).
privacy-delete-title = Supprimer votre compte
privacy-delete-text = Votre nom, votre adresse électronique et votre mot de passe sont effacés immédiatement, et votre session est fermée. Ce que vous avez fait reste enregistré sous un simple numéro de compte.
privacy-delete-drafts = Vos brouillons perdent leurs réponses et leurs documents.
privacy-delete-submitted = Vos candidatures soumises sont conservées, sans les noms ni les coordonnées du maire et de la personne à contacter, afin que la Commission nationale et l'UIL puissent achever leur traitement.
privacy-delete-kept = Les messages que vous avez rédigés (une note, un motif) restent attachés à la candidature qu'ils concernent.
privacy-delete-download-first = Téléchargez d'abord vos données
privacy-delete-password = Votre mot de passe, pour confirmer
privacy-delete-submit = Supprimer mon compte
privacy-deleted-title = Votre compte est supprimé
privacy-deleted-text = Votre nom, votre adresse électronique et votre mot de passe ont été effacés. Nous vous remercions de l'intérêt que vous avez porté au Réseau mondial des villes apprenantes.
privacy-deleted-link = Aller à la page de l'appel

## L'UIL efface un compte sur demande (/uil/erasure).
privacy-erasure-link = Effacer les données d'une personne sur demande
privacy-erasure-title = Effacer les données d'une personne sur demande
privacy-erasure-text = Lorsqu'une personne demande à l'UIL d'effacer son compte (parce qu'elle ne peut pas se connecter, par exemple), son compte est pseudonymisé comme si elle l'avait supprimé elle-même. L'effacement et son motif sont enregistrés dans le journal d'audit.
privacy-erasure-email = L'adresse électronique du compte
privacy-erasure-reason = Motif
privacy-erasure-reason-hint = Par exemple : demande par courriel du 3 mars, référence 2025-17.
privacy-erasure-submit = Effacer le compte
privacy-erasure-done = Le compte est effacé : { $applications ->
    [one] { $applications } candidature expurgée
   *[other] { $applications } candidatures expurgées
}, { $documents ->
    [one] { $documents } document supprimé
   *[other] { $documents } documents supprimés
}.
privacy-erasure-audit-link = Voir le journal d'audit
privacy-no-such-account = Aucun compte n'utilise cette adresse électronique
refusal-erasure-not-yours = Seul un coordinateur ou une coordinatrice de l'UIL peut effacer le compte d'une autre personne.
refusal-last-administrator = Ce compte est le dernier compte de coordination de l'UIL : invitez une autre personne chargée de la coordination avant de l'effacer.

## La durée de conservation, dans le formulaire d'un appel.
privacy-call-retention = Durée de conservation, en mois après la dernière décision de l'appel
privacy-call-retention-hint = Passé ce délai, les données personnelles des candidatures que l'appel n'a pas acceptées sont effacées, de même que les documents de toutes les candidatures sauf celles qui ont été acceptées. Généralement 24.

## Le journal d'audit.
privacy-audit-heading = Données personnelles
privacy-audit-col-reason = Motif
privacy-audit-account = Compte { $id }
privacy-audit-downloaded = A téléchargé ses données
privacy-audit-erased = A effacé le compte : { $applications ->
    [one] { $applications } candidature expurgée
   *[other] { $applications } candidatures expurgées
}, { $documents ->
    [one] { $documents } document supprimé
   *[other] { $documents } documents supprimés
}
privacy-audit-retention = Durée de conservation écoulée : { $applications ->
    [one] { $applications } candidature expurgée
   *[other] { $applications } candidatures expurgées
}, { $documents ->
    [one] { $documents } document supprimé
   *[other] { $documents } documents supprimés
}
privacy-audit-retention-job = La tâche quotidienne d'application des durées de conservation
privacy-audit-self = Le ou la titulaire du compte
