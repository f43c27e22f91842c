# Les pages publiques : l'appel et l'annuaire des membres.

## Les régions de l'UNESCO, telles que l'annuaire regroupe les États membres.

region-africa = Afrique
region-arab-states = États arabes
region-asia-pacific = Asie et Pacifique
region-europe-north-america = Europe et Amérique du Nord
region-latin-america-caribbean = Amérique latine et Caraïbes

## La page de l'appel

public-no-call-title = Aucun appel publié
public-no-call-heading = Aucun appel n'est encore publié
public-no-call-text = Le prochain appel à candidatures pour devenir membre du réseau sera annoncé ici.

public-phase-not-open = Pas encore ouvert
public-phase-not-open-detail = Les candidatures seront ouvertes le { $opens }. Vous pouvez dès à présent vous inscrire et préparer votre candidature.
public-phase-open-cities = Ouvert aux villes : { $left }
public-phase-open-cities-detail = Soumettez votre candidature à votre Commission nationale au plus tard le { $deadline }.
public-phase-open-natcoms = Fermé aux villes ; ouvert aux Commissions nationales
public-phase-open-natcoms-detail = Les villes pouvaient soumettre leur candidature jusqu'au { $city }. Les Commissions nationales approuvent les candidatures et les soumettent à l'UIL jusqu'au { $natcom } ({ $left }).
public-phase-closed = Cet appel est clos
public-phase-closed-detail = Les villes ont pu soumettre leur candidature jusqu'au { $city } ; les Commissions nationales, jusqu'au { $natcom }.

public-register-to-apply = S'inscrire pour présenter une candidature
public-already-registered = Vous avez déjà un compte ?
public-sign-in-to-continue = Connectez-vous pour poursuivre votre candidature
public-sign-in-to-see = Connectez-vous pour consulter vos candidatures

public-dates-heading = Dates clés
public-dates-opens = Ouverture des candidatures
public-dates-city = Les villes soumettent leur candidature à leur Commission nationale au plus tard le
public-dates-natcom = Les Commissions nationales soumettent les candidatures à l'UIL au plus tard le
public-zone-aoe = Chaque date correspond à une journée entière « Anywhere on Earth » (AoE, UTC−12) : un délai court tant que ce jour n'est pas achevé quelque part sur la Terre.
public-zone-named = Chaque date correspond à une journée entière dans le fuseau horaire { $zone }.

public-steps-heading = Comment présenter une candidature
public-step-city-who = La ville
public-step-city = s'inscrit, remplit le formulaire de candidature, dépose en ligne l'engagement signé par le maire et revêtu de son cachet, puis soumet la candidature à la Commission nationale pour l'UNESCO de son pays au plus tard le { $date }.
public-step-natcom-who = La Commission nationale
public-step-natcom = approuve au maximum { $quota ->
        [one] { $quota } ville
       *[other] { $quota } villes
    } de son pays et les soumet à l'Institut de l'UNESCO pour l'apprentissage tout au long de la vie (UIL) au plus tard le { $date }.
public-step-uil-who = L'UIL
public-step-uil = examine les candidatures approuvées et décide quelles villes rejoignent le réseau.

public-call-text-heading = L'appel

## L'annuaire des membres

public-members-title = Villes membres
public-members-lead = Villes ayant rejoint le Réseau mondial des villes apprenantes de l'UNESCO (GNLC).
public-members-partial-title = Cette liste est partielle.
public-members-partial = { $total ->
        [one] Elle recense { $total } ville membre relevée dans des annonces publiques, avec son année d'adhésion lorsqu'elle est connue, ainsi que les villes admises au moyen de ce service. L'UIL tient la liste officielle.
       *[other] Elle recense { $total } villes membres relevées dans des annonces publiques, avec leur année d'adhésion lorsqu'elle est connue, ainsi que les villes admises au moyen de ce service. L'UIL tient la liste officielle.
    }
public-members-region = Région
public-members-all-regions = Toutes les régions
public-members-country = Pays
public-members-all-countries = Tous les pays
public-members-country-option = { $country } ({ $count })
public-members-show = Afficher les membres
public-members-clear = Effacer les filtres
public-members-by-region = Membres par région
public-members-counts-caption = Nombre de villes membres dans chaque région
public-members-col-members = Membres
public-members-matching = { $count ->
        [one] { $count } membre correspondant
       *[other] { $count } membres correspondants
    }
public-members-all = { $count ->
        [one] { $count } membre
       *[other] Les { $count } membres
    }
public-members-none = Aucune ville membre ne correspond à ces filtres.
public-members-show-all = Afficher tous les membres
public-members-col-city = Ville
public-members-col-joined = Année d'adhésion
public-members-unknown-year = inconnue

public-call-text-in-english = Le texte de cet appel n’est pas encore disponible en français ; il est présenté en anglais.
