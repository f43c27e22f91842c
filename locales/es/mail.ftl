# Los correos: asuntos y párrafos (src/mail/messages.rs). Véase locales/en/mail.ftl.

## Comunes a todos los correos.
mail-banner = Red Mundial de Ciudades del Aprendizaje de la UNESCO — Convocatoria de adhesión
mail-greeting = Estimado/a colega:
mail-greeting-named = Estimado/a { $name }:
mail-greeting-hello = Buenos días:
mail-signature = Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida
mail-signature-service = { site-short-name }

## Cuentas.
mail-verify_email-subject = Confirme su dirección de correo electrónico para la { site-short-name }
mail-verify_email-body = Le rogamos que confirme su dirección de correo electrónico para la { site-short-name }, el servicio de candidaturas de la Red Mundial de Ciudades del Aprendizaje de la UNESCO, abriendo este enlace:
mail-verify_email-expiry = El enlace funciona una sola vez, durante 3 días. Hasta que confirme su dirección, podrá preparar la candidatura de su ciudad, pero no enviarla.
mail-verify_email-ignore = Si no se ha registrado, puede ignorar este mensaje.

mail-account_exists-subject = Ya tiene una cuenta en la { site-short-name }
mail-account_exists-body = Alguien ha intentado registrarse en la { site-short-name } con esta dirección de correo electrónico, que ya tiene una cuenta. Si fue usted, inicie sesión aquí:
mail-account_exists-reset = Si ha olvidado su contraseña, elija una nueva aquí:
mail-account_exists-ignore = Si no fue usted, puede ignorar este mensaje: no se ha modificado nada.

mail-password_reset-subject = Restablezca su contraseña de la { site-short-name }
mail-password_reset-body = Para elegir una nueva contraseña para la { site-short-name }, abra este enlace:
mail-password_reset-expiry = El enlace funciona una sola vez, durante 1 hora. Al establecer una nueva contraseña, se cerrarán todas sus demás sesiones.
mail-password_reset-ignore = Si no lo ha solicitado, puede ignorar este mensaje: su contraseña no ha cambiado.

mail-invitation-subject = Invitación a la { site-short-name }: { $role }
mail-invitation-role-natcom = Comisión Nacional de { $country } para la UNESCO
mail-invitation-body = Le invitamos a la { site-short-name }, el servicio de candidaturas de la Red Mundial de Ciudades del Aprendizaje de la UNESCO, con la función siguiente: { $role }.
mail-invitation-accept = Para aceptar, elija su contraseña aquí:
mail-invitation-expiry = El enlace funciona una sola vez, durante 7 días.

## A una persona a la que quien inició una candidatura invita a trabajar en ella.
mail-colleague_invitation-subject = Invitación a trabajar en la candidatura de { $city } a la Red Mundial de Ciudades del Aprendizaje de la UNESCO
mail-colleague_invitation-body = { $inviter } le invita a trabajar en la candidatura de { $city } a la Red Mundial de Ciudades del Aprendizaje de la UNESCO, en la { site-short-name }.
mail-colleague_invitation-accept = Para unirse, abra este enlace e inicie sesión, o cree una cuenta, con esta dirección ({ $email }):
mail-colleague_invitation-expiry = El enlace funciona una sola vez, durante 14 días.

## A la ciudad, cuando envía su candidatura.
mail-submission_receipt-subject = Recibida: la candidatura de { $city } a la Red Mundial de Ciudades del Aprendizaje de la UNESCO
mail-submission_receipt-body = Hemos recibido la candidatura de { $city } para incorporarse a la Red Mundial de Ciudades del Aprendizaje de la UNESCO. Se ha enviado a la Comisión Nacional de { $country } para la UNESCO.
mail-submission_receipt-next = Próximos pasos: la Comisión Nacional decide qué ciudades de { $country } avala (tres como máximo) y las presenta al Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida a más tardar el { $deadline }. Le escribiremos cuando haya tomado su decisión.
mail-submission_receipt-follow = Puede consultar la candidatura y su estado aquí:

## A la Comisión Nacional, cuando una ciudad de su Estado Miembro envía su candidatura.
mail-natcom_new_application-subject = Nueva candidatura para avalar: { $city }
mail-natcom_new_application-body = { $city } ({ $country }) ha presentado su candidatura para incorporarse a la Red Mundial de Ciudades del Aprendizaje de la UNESCO y solicita su aval.
mail-natcom_new_application-next = Su Comisión Nacional puede avalar tres ciudades como máximo y presentarlas al Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida a más tardar el { $deadline }. Consulte la candidatura aquí:

## A la ciudad, cuando su candidatura avanza.
mail-natcom-note = Nota de la Comisión Nacional:
mail-natcom-reason = Motivo de la Comisión Nacional:
mail-natcom-message = Mensaje de la Comisión Nacional:
mail-uil-message = Mensaje del UIL:
mail-city-follow = Puede consultar la candidatura de { $city } y su estado aquí:

mail-natcom_endorsed-subject = La candidatura de { $city } ha recibido el aval de su Comisión Nacional
mail-natcom_endorsed-headline = La Comisión Nacional de { $country } para la UNESCO ha avalado la candidatura de { $city }.
mail-natcom_endorsed-next = Presentará la candidatura al Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida a más tardar el { $deadline }.

mail-natcom_declined-subject = La candidatura de { $city } no ha recibido el aval de su Comisión Nacional
mail-natcom_declined-headline = La Comisión Nacional de { $country } para la UNESCO ha decidido no avalar la candidatura de { $city }.
mail-natcom_declined-next = La candidatura no seguirá adelante en esta convocatoria.

mail-natcom_returned-subject = Se le ha devuelto la candidatura de { $city }
mail-natcom_returned-headline = La Comisión Nacional de { $country } para la UNESCO le ha devuelto la candidatura de { $city } para que la modifique.
mail-natcom_returned-next = Puede modificar la candidatura y enviarla de nuevo hasta el { $deadline }.

mail-natcom_reopened-subject = La Comisión Nacional vuelve a examinar la candidatura de { $city }
mail-natcom_reopened-headline = La Comisión Nacional de { $country } para la UNESCO ha retirado su decisión sobre la candidatura de { $city } y volverá a decidir.
mail-natcom_reopened-next = Decidirá a más tardar el { $deadline }.

mail-natcom_forwarded-subject = La candidatura de { $city } está en el UIL
mail-natcom_forwarded-headline = La Comisión Nacional de { $country } para la UNESCO ha presentado la candidatura de { $city } al Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida.
mail-natcom_forwarded-next = El UIL examina las candidaturas que recibe y le comunicará su decisión por escrito.

mail-uil_accepted-subject = { $city } se incorpora a la Red Mundial de Ciudades del Aprendizaje de la UNESCO
mail-uil_accepted-headline = El Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida ha aceptado a { $city } ({ $country }) como miembro de la Red Mundial de Ciudades del Aprendizaje de la UNESCO.
mail-uil_accepted-next = Le damos la bienvenida a la Red.

mail-uil_not_accepted-subject = Decisión del UIL sobre la candidatura de { $city }
mail-uil_not_accepted-headline = El Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida ha decidido no aceptar la candidatura de { $city } ({ $country }) en esta convocatoria.
mail-uil_not_accepted-next = Le agradecemos el trabajo dedicado a la candidatura.

## A la Comisión Nacional, cuando el UIL decide sobre una de sus ciudades.
mail-uil_decision_natcom-accepted-subject = Decisión del UIL sobre { $city }: aceptada
mail-uil_decision_natcom-accepted-body = El Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida se ha pronunciado sobre la candidatura de { $city }, que su Comisión Nacional avaló: { $city } ha sido aceptada como miembro de la Red Mundial de Ciudades del Aprendizaje de la UNESCO.
mail-uil_decision_natcom-not_accepted-subject = Decisión del UIL sobre { $city }: no aceptada
mail-uil_decision_natcom-not_accepted-body = El Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida se ha pronunciado sobre la candidatura de { $city }, que su Comisión Nacional avaló: no ha sido aceptada en esta convocatoria.
mail-uil_decision_natcom-message = Mensaje del UIL a la ciudad:
mail-uil_decision_natcom-follow = La candidatura:

## A los coordinadores del UIL, cuando una Comisión Nacional presenta ciudades.
mail-uil_submissions-subject = { $country } ha presentado { $count ->
    [one] { $count } candidatura
   *[other] { $count } candidaturas
} al UIL
mail-uil_submissions-body = La Comisión Nacional de { $country } para la UNESCO ha presentado { $count ->
    [one] esta candidatura
   *[other] estas { $count } candidaturas
} al UIL:
mail-uil_submissions-follow = Pendientes de examen aquí:

## Recordatorios antes del plazo de las ciudades, al titular de un borrador.
mail-reminder_city-subject = Recordatorio: envíe la candidatura de { $city } a más tardar el { $date }
mail-reminder_city_week-body = Queda una semana para enviar la candidatura de { $city } a su Comisión Nacional para la UNESCO: el plazo vence el { $deadline }. La candidatura sigue siendo un borrador.
mail-reminder_city_day-body = Queda un día para enviar la candidatura de { $city } a su Comisión Nacional para la UNESCO: el plazo vence el { $deadline }. La candidatura sigue siendo un borrador.
mail-reminder_city-follow = Complétela y envíela aquí:

## Recordatorios antes del plazo de las Comisiones Nacionales.
mail-reminder_natcom-subject = Recordatorio: presente sus avales al UIL a más tardar el { $date }
mail-reminder_natcom-body = La Comisión Nacional de { $country } para la UNESCO tiene de plazo hasta el { $deadline } para avalar ciudades y presentarlas al UIL.
mail-reminder_natcom-undecided = { $count ->
    [one] { $count } candidatura sigue pendiente de su decisión.
   *[other] { $count } candidaturas siguen pendientes de su decisión.
}
mail-reminder_natcom-unsent = { $count ->
    [one] { $count } candidatura avalada aún no se ha presentado al UIL.
   *[other] { $count } candidaturas avaladas aún no se han presentado al UIL.
}
mail-reminder_natcom-left = { $days ->
    [one] Queda { $days } día.
   *[other] Quedan { $days } días.
}
mail-reminder_natcom-follow = Sus candidaturas:
