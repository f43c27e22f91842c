# Le cadre de chaque page, le menu des langues, les pages d'erreur et les mots que partagent
# de nombreuses pages. L'anglais est la source : chaque clé existe dans chaque langue.

# La langue, nommée dans cette langue, dans le menu des langues.
language-self = Français

site-name = Réseau mondial des villes apprenantes de l'UNESCO
site-short-name = Appel GNLC
site-tagline = Appel à candidatures
skip-to-content = Aller au contenu principal
nav-main = Navigation principale
nav-call = L'appel
nav-members = Membres
nav-register = Créer un compte
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter
nav-languages = Langues
footer-run-by = Géré par l'Institut de l'UNESCO pour l'apprentissage tout au long de la vie (UIL) pour le Réseau mondial des villes apprenantes de l'UNESCO.

# Une date et une heure, toutes deux déjà écrites dans la langue du lecteur.
date-and-time = { $date } à { $time }
# Un moment dans un fuseau, puis le même moment en UTC : « 31 mai 2023 à 23:59 AoE (1 juin 2023 à 11:59 UTC) ».
moment-in-zone = { $local } { $zone } ({ $utc } UTC)

error-summary-title = Il y a un problème
error-prefix = Erreur :

error-not-found-heading = Page introuvable
error-not-found-text = Si vous avez saisi l'adresse web, vérifiez qu'elle est correcte. Si vous avez suivi un lien, la page a peut-être été déplacée ou vous n'y avez peut-être pas accès.
error-forbidden-heading = Vous ne pouvez pas effectuer cette action
error-forbidden-text = Votre compte ne donne pas accès à cette page, ou le formulaire que vous avez envoyé avait expiré. Revenez en arrière, rechargez la page et réessayez.
error-bad-request-heading = Le formulaire n'a pas pu être lu
error-bad-request-text = Revenez en arrière, rechargez la page et réessayez.
error-too-large-heading = Ce que vous avez envoyé est trop volumineux
error-too-large-text = Chaque fichier peut faire au maximum 10 Mo. Revenez en arrière et choisissez un fichier plus petit.
error-refused-heading = Cette action n'a pas été effectuée
error-too-many-heading = Trop de requêtes
error-too-many-text = Trop de requêtes sont parvenues de votre réseau en peu de temps. Veuillez réessayer plus tard : rien de ce que vous avez envoyé avant cette page n'a été perdu.
error-busy-heading = Nous sommes désolés, le service est surchargé
error-busy-text = Rien de ce que vous avez envoyé avant cette page n'a été perdu. Veuillez réessayer dans une minute.
error-internal-heading = Nous sommes désolés, le service rencontre un problème
error-internal-text = Le problème a été enregistré. Veuillez réessayer plus tard ; rien de ce que vous avez enregistré avant cette page n'a été perdu.
error-go-to-call = Aller à la page de l'appel
error-see-members = Voir les villes membres
error-status = Erreur { $status }
moment-utc = { $moment } UTC
