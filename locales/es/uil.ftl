# Las páginas del UIL: las candidaturas que llegaron al UIL y su revisión, las convocatorias,
# las prórrogas de plazo, el registro de auditoría, la bandeja de salida, las cuentas del
# personal y el directorio de miembros. También el registro de correos de cada candidatura.

## Elementos pequeños.
uil-list-separator = {", "}
uil-list-last = {" y "}
uil-colon = {": "}

## El menú de las páginas del UIL.
uil-nav-label = UIL
uil-nav-applications = Candidaturas
uil-nav-calls = Convocatorias
uil-nav-extensions = Prórrogas
uil-nav-audit = Auditoría
uil-nav-mail = Correo
uil-nav-staff = Personal
uil-nav-members = Directorio de miembros

## Listas: filtros y páginas.
uil-filter-show = Mostrar
uil-filter-any = Cualquiera
uil-filter-all-calls = Todas las convocatorias
uil-filter-all-regions = Todas las regiones
uil-filter-all-countries = Todos los países
uil-filter-all-stages = Todas las etapas
uil-filter-reviewed-either = Indistinto
uil-filter-reviewed-yes = Al menos una vez
uil-filter-reviewed-no = Todavía no
uil-sort-newest = Más recientes primero
uil-sort-country = Por país
uil-sort-city = Por ciudad
uil-pages = Páginas
uil-previous-page = Página anterior
uil-next-page = Página siguiente
uil-page-of = Página { $page } de { $pages }

## El panel: las candidaturas que llegaron al UIL.
uil-dashboard-title = Candidaturas en el UIL
uil-failed-mail = { $count ->
    [one] No se pudo enviar { $count } correo
    [many] No se pudieron enviar { $count } de correos
   *[other] No se pudieron enviar { $count } correos
}
uil-failed-mail-see = Ver los correos no enviados
uil-failed-mail-resend = y reenviarlos.
uil-failed-mail-coordinator = Un coordinador del UIL puede reenviarlos.
uil-by-region = Por región
uil-by-region-caption = Candidaturas por región
uil-by-stage = Por etapa
uil-by-stage-caption = Candidaturas por etapa
uil-chart-title = Candidaturas por región: { $counts }
uil-chart-item = { $region } { $count }
uil-col-region = Región
uil-col-applications = Candidaturas
uil-col-stage = Etapa
uil-col-city = Ciudad
uil-col-country = País
uil-col-reached = Llegada al UIL
uil-col-assessments = Evaluaciones
uil-col-average = Promedio
uil-applications-count = { $count ->
    [one] { $count } candidatura
    [many] { $count } de candidaturas
   *[other] { $count } candidaturas
}
uil-export-link = Descargar estas candidaturas como hoja de cálculo (CSV)
uil-no-match = Ninguna candidatura coincide con estos filtros.

## Una candidatura.
uil-application-title = { $city } – UIL
uil-back-to-applications = Volver a las candidaturas
uil-application-heading = Candidatura de { $city }
uil-reached-on = Llegó al UIL el { $when }.
uil-printable = Versión para imprimir
uil-decision-message-shown = Mensaje del UIL a la ciudad:
uil-endorsement-heading = Aval de la Comisión Nacional
uil-signing-officer = Firmante
uil-officer = { $name }, { $title }
uil-endorsement-note = Nota
uil-none = Ninguna
uil-signed-endorsement = Aval firmado
uil-missing = Falta
uil-file-size = ({ $size })
uil-start-review = Iniciar la revisión
uil-assessments = Evaluaciones
uil-your-assessment = Su evaluación, { $when }
uil-admin-sees-all = Como coordinador del UIL, usted ve todas las evaluaciones.
uil-hidden-until-own = Las evaluaciones de los demás evaluadores aparecerán aquí cuando haya redactado la suya.
uil-other-assessments = Otras evaluaciones
uil-all-assessments = Todas las evaluaciones
uil-col-reviewer = Evaluador
uil-col-comment = Comentario
uil-averages = Promedios:
uil-averages-list = { $averages }.
uil-averages-separator = {"; "}
uil-criterion-average = { $criterion } { $average }
uil-overall = Promedio general { $average }.
uil-change-assessment = Modificar su evaluación
uil-write-assessment = Redactar su evaluación
uil-comment = Comentario
uil-save-assessment = Guardar mi evaluación
uil-decision = Decisión
uil-decision-legend = ¿Se acepta a { $city } como miembro?
uil-decision-accepted = Aceptada: { $city } se incorpora a la red
uil-decision-not-accepted = No aceptada
uil-decision-message-label = Mensaje a la ciudad y a su Comisión Nacional
uil-record-decision = Registrar la decisión
uil-documents = Documentos
uil-progress = Historial
uil-timeline-entry = { $who }: { $what }
uil-not-given = No indicado

## El registro de correos de una candidatura.
uil-mail-log-heading = Correos sobre esta candidatura
uil-mail-log-none = Todavía no hay correos.
uil-mail-log-when = Fecha
uil-mail-log-to = Destinatario
uil-mail-log-subject = Asunto
uil-mail-log-state = Estado

## Las convocatorias.
uil-calls-title = Convocatorias
uil-calls-heading = Convocatorias de candidaturas
uil-calls-col-title = Título
uil-calls-col-opens = Apertura
uil-calls-col-city = Ciudades, a más tardar
uil-calls-col-natcom = Comisiones Nacionales, a más tardar
uil-calls-col-quota = Avales
uil-calls-current = En la página pública
uil-call-new-heading = Crear una convocatoria
uil-call-edit-heading = Modificar la convocatoria
uil-back-to-calls = Volver a las convocatorias
uil-call-title = Título
uil-call-title-hint = Tal como aparece en la página pública, por ejemplo: ¡Únase a la Red Mundial de Ciudades del Aprendizaje de la UNESCO! (2025)
uil-call-opens-on = Apertura de las candidaturas el
uil-call-city-deadline = Las ciudades presentan a su Comisión Nacional a más tardar el
uil-call-natcom-deadline = Las Comisiones Nacionales presentan al UIL a más tardar el
uil-call-quota = Avales por Comisión Nacional
uil-call-zone = Huso horario de las fechas
uil-call-zone-hint = AoE (Anywhere on Earth, UTC−12: una fecha es válida mientras sea esa fecha en algún lugar de la Tierra) o el nombre de un huso horario, como Europe/Paris
uil-call-body = El texto de la convocatoria
uil-call-body-hint = Markdown: una línea en blanco entre párrafos, «## » antes de un título, «- » antes de cada elemento de una lista.
uil-call-save = Guardar la convocatoria

## Las prórrogas de plazo.
uil-extensions-title = Prórrogas de plazo
uil-extensions-intro = Un plazo más tardío para la candidatura de una ciudad o para una Comisión Nacional. Se registra con su motivo y se muestra dondequiera que aparezca ese plazo.
uil-extensions-kind = ¿Qué se prorroga?
uil-extensions-kind-application = El plazo para las ciudades de una candidatura (indique su número)
uil-extensions-kind-country = El plazo de una Comisión Nacional (elija su Estado Miembro)
uil-extensions-application = Número de la candidatura
uil-extensions-application-hint = La ciudad lo encuentra al final de la dirección de su candidatura: /applications/123
uil-extensions-country = Estado Miembro
uil-choose-member-state = Elija un Estado Miembro
uil-extensions-new-deadline = Nuevo plazo
uil-extensions-new-deadline-hint = Un día completo en el huso horario de la convocatoria
uil-extensions-reason = Motivo
uil-extensions-grant = Conceder la prórroga
uil-extensions-granted = Prórrogas concedidas
uil-extensions-none = Ninguna por ahora.
uil-extensions-col-what = Plazo de
uil-extensions-col-call = Convocatoria
uil-extensions-col-until = Hasta
uil-extensions-col-reason = Motivo
uil-extensions-col-by = Concedida por
uil-extensions-granted-by = { $name }, { $when }
uil-extensions-of-application = Plazo para las ciudades de la candidatura { $id }: { $city }, { $country }
uil-extensions-of-draft = Plazo para las ciudades de la candidatura { $id } (todavía no presentada)
uil-extensions-of-natcom = Comisión Nacional – { $country }

## El registro de auditoría.
uil-audit-title = Auditoría
uil-audit-heading = Todo lo que ocurrió a las candidaturas
uil-audit-application = Número de la candidatura
uil-audit-actor = Persona (nombre o correo electrónico)
uil-audit-from = Desde
uil-audit-to = Hasta
uil-audit-accounts-heading = Cambios en las cuentas
uil-audit-col-account = Cuenta
uil-audit-two-factor-enrolled = Segundo factor configurado
uil-audit-two-factor-reset = Segundo factor restablecido
uil-audit-command-line = la línea de comandos
uil-events-count = { $count ->
    [one] { $count } evento
    [many] { $count } de eventos
   *[other] { $count } eventos
}
uil-col-when = Fecha
uil-col-application = Candidatura
uil-col-who = Quién
uil-col-what = Qué
uil-col-note = Nota
uil-audit-application-cell = { $id }: { $city }
uil-audit-created = creada ({ $stage })
uil-audit-transition = { $from } → { $to }

## La bandeja de salida.
uil-outbox-title = Correo
uil-outbox-resent = Se puso en cola una copia (correo { $id }); se enviará en menos de un minuto.
uil-outbox-kind = Tipo
uil-outbox-text = Destinatario o asunto
uil-mails-count = { $count ->
    [one] { $count } correo
    [many] { $count } de correos
   *[other] { $count } correos
}
uil-outbox-col-queued = En cola desde
uil-outbox-col-to = Destinatario
uil-outbox-col-subject = Asunto
uil-outbox-col-kind = Tipo
uil-outbox-col-state = Estado
uil-outbox-col-attempts = Intentos
uil-outbox-col-error = Último error
uil-outbox-col-action = Acción
uil-outbox-application = (candidatura { $id })
uil-outbox-resend = Reenviar
uil-outbox-resend-to = a { $to }
uil-mail-kind-verify_email = Confirmación de la dirección de correo electrónico
uil-mail-kind-account_exists = La cuenta ya existe
uil-mail-kind-password_reset = Restablecimiento de la contraseña
uil-mail-kind-invitation = Invitación
uil-mail-kind-submission_receipt = Acuse de recibo de una presentación
uil-mail-kind-natcom_new_application = Nueva candidatura, a la Comisión Nacional
uil-mail-kind-natcom_endorsed = Aval, a la ciudad
uil-mail-kind-natcom_declined = Rechazo, a la ciudad
uil-mail-kind-natcom_returned = Devolución, a la ciudad
uil-mail-kind-natcom_reopened = Decisión revocada, a la ciudad
uil-mail-kind-natcom_forwarded = Presentación al UIL, a la ciudad
uil-mail-kind-uil_submissions = Presentaciones, al UIL
uil-mail-kind-uil_decision = Decisión del UIL, a la ciudad
uil-mail-kind-uil_decision_natcom = Decisión del UIL, a la Comisión Nacional
uil-mail-kind-reminder_city_day = Recordatorio a la ciudad, un día antes
uil-mail-kind-reminder_city_week = Recordatorio a la ciudad, una semana antes
uil-mail-kind-reminder_natcom_day = Recordatorio a la Comisión Nacional, un día antes
uil-mail-kind-reminder_natcom_fortnight = Recordatorio a la Comisión Nacional, dos semanas antes
uil-mail-kind-reminder_natcom_two_days = Recordatorio a la Comisión Nacional, dos días antes
uil-mail-kind-colleague_invitation = Invitación a trabajar en una solicitud
uil-mail-kind-reminder_natcom_week = Recordatorio a la Comisión Nacional, una semana antes

## Las cuentas del personal.
uil-users-title = Cuentas del personal
uil-users-invited = Invitación enviada a { $email }. El enlace es válido durante 7 días.
uil-users-caption = Cuentas de las Comisiones Nacionales y del UIL
uil-users-col-name = Nombre
uil-users-col-email = Correo electrónico
uil-users-col-role = Función
uil-users-col-country = Estado Miembro
uil-users-col-status = Situación
uil-users-invited-status = Invitado
uil-users-active = Activo
uil-users-col-two-factor = Inicio de sesión en dos pasos
uil-users-two-factor-on = Activado
uil-users-two-factor-off = Sin configurar
uil-users-reset-two-factor = Restablecer el segundo factor
uil-users-two-factor-reset-done = Se ha restablecido el segundo factor de { $name } y se han cerrado sus sesiones: deberá configurar uno nuevo la próxima vez que inicie sesión.
uil-invite-heading = Invitar a una persona
uil-invite-name = Nombre completo
uil-invite-email = Dirección de correo electrónico
uil-invite-role = Función
uil-invite-role-natcom = Comisión Nacional (elija su Estado Miembro más abajo)
uil-invite-role-reviewer = Evaluador del UIL: evalúa las candidaturas que llegaron al UIL
uil-invite-role-admin = Coordinador del UIL: gestiona las convocatorias, los usuarios y las decisiones
uil-invite-country = Estado Miembro (Comisiones Nacionales y miembros del jurado)
uil-invite-send = Enviar la invitación

## La importación del directorio de miembros.
uil-members-title = Directorio de miembros
uil-members-done = Se actualizó el directorio de miembros. Añadidos: { $added }; actualizados: { $updated }; eliminados: { $removed }; sin cambios: { $unchanged }.
uil-members-see-it = Verlo
uil-members-preview-heading = Lo que cambiará la importación
uil-members-count-add = Por añadir: { $count }
uil-members-count-update = Por actualizar (año de incorporación): { $count }
uil-members-count-remove = Por eliminar: { $count }
uil-members-count-unchanged = Ya figuran tal como están: { $count }
uil-members-bad-heading = No se pueden leer algunas líneas
uil-members-bad-text = Corríjalas en el archivo y vuelva a cargarlo; no se ha modificado nada.
uil-members-bad-line = Línea { $line }: { $problem }
uil-members-to-add = Por añadir
uil-members-to-update = Por actualizar
uil-members-to-remove = Por eliminar
uil-members-row = { $city } ({ $country })
uil-members-row-year = { $city } ({ $country }), { $year }
uil-members-row-joined = { $city } ({ $country }): miembro desde { $year }
uil-members-apply = Aplicar estos cambios
uil-members-cancel = Cancelar
uil-members-intro = Cargue la lista oficial de miembros como archivo CSV. Su primera línea nombra las columnas:
uil-members-column-city = el nombre de la ciudad
uil-members-column-country = el código ISO del Estado Miembro, por ejemplo DE
uil-members-column-year = el año en que la ciudad se incorporó (puede quedar vacío)
uil-members-preview-first = Verá lo que cambia antes de que se modifique nada.
uil-members-file = Archivo CSV de miembros
uil-members-file-too-large = El archivo debe ocupar 10 MB como máximo
uil-members-file-not-utf8 = El archivo debe ser un archivo CSV en UTF-8
uil-members-file-missing = Elija un archivo CSV de miembros
uil-members-mode = Qué hacer con él
uil-members-mode-add = Añadir sus miembros al directorio (y actualizar el año de los que ya figuran)
uil-members-mode-replace = Sustituir el directorio por este archivo
uil-members-preview-button = Previsualizar los cambios

## The call's text in other languages (call form).
uil-call-translations-heading = La convocatoria en otros idiomas
uil-call-translations-hint = La página pública muestra la convocatoria en el idioma del lector cuando tiene un título y un texto en ese idioma, y en inglés en caso contrario, indicándolo. Deje ambos campos vacíos para no ofrecer ninguno; rellene ambos para ofrecerlo.
uil-call-title-in = Título en { $language }
uil-call-body-in = Texto en { $language } (Markdown)
uil-applied-before = La ciudad ya había presentado una candidatura; esta candidatura se comenzó a partir de aquella:
uil-applied-before-link = candidatura { $id }
uil-nav-pipeline = Seguimiento
uil-pipeline-title = Las candidaturas en manos de las Comisiones Nacionales
uil-pipeline-lead = Las candidaturas de la convocatoria en curso que están en manos de su Comisión Nacional, por región y Estado Miembro: solo cifras, a partir de la presentación. Los borradores pertenecen a las ciudades y nunca se cuentan.
uil-pipeline-col-state = Estado Miembro
uil-pipeline-col-submitted = Presentadas
uil-pipeline-col-endorsed = Avaladas
uil-pipeline-col-forwarded = Enviadas al UIL
uil-pipeline-total = Total de la región
uil-pipeline-none = Todavía ninguna candidatura:
