# Las páginas de la ciudad: sus candidaturas, el formulario, la revisión, la presentación,
# la impresión, la retirada; el historial de una candidatura y su correo.

## La lista de candidaturas de la ciudad.
city-list-title = Sus candidaturas
city-list-none = Todavía no ha comenzado ninguna candidatura.
city-list-col-city = Ciudad
city-list-col-country = País
city-list-col-call = Convocatoria
city-list-col-stage = Etapa
city-list-col-updated = Último cambio
city-list-start = Comenzar una candidatura
city-submit-by = Preséntela a su Comisión Nacional a más tardar el { $deadline }.

## Comenzar una candidatura.
city-new-title = Comenzar una candidatura
city-new-intro = ¿Qué ciudad presenta la candidatura? Puede guardar el formulario a medida que avanza y volver a él más tarde.
city-new-start = Comenzar la candidatura

## Comunes a las páginas de una candidatura.
city-application-of = Candidatura de { $city }
city-application-of-in = Candidatura de { $city }, { $country }
city-closed-heading = La presentación de candidaturas está cerrada.
city-back-to-application = Volver a la candidatura
city-change = Cambiar
city-upload = Subir
city-documents-heading = Documentos
city-document-kind = { $kind }:
city-document-size = ({ $size })
city-size-mb = { $size } MB
city-size-kb = { $size } kB

## La lista de tareas.
city-task-list-title = Su candidatura
city-task-list-progress = Ha completado { $completed } de { $required ->
        [one] { $required } sección obligatoria
        [many] { $required } secciones obligatorias
       *[other] { $required } secciones obligatorias
    }. Sus respuestas se guardan a medida que avanza: puede salir y volver.
city-task-list-confirm-email = Confirme su dirección de correo electrónico antes de presentar la candidatura: abra el enlace que le enviamos o
city-ask-for-new-link = solicite uno nuevo
city-task-list-confirm-email-end = .
city-check-and-submit = Revisar sus respuestas y presentar la candidatura
city-check-answers = Revisar sus respuestas
city-see-application-page = Ver la página de la candidatura

## Una sección del formulario.
city-section-title = { $section } – { $city }
city-documents-intro = Puede añadir hasta { $max ->
        [one] { $max } archivo PDF
        [many] { $max } archivos PDF
       *[other] { $max } archivos PDF
    } que respalden la candidatura: una estrategia, un plan, un informe. Cada uno de 10 MB como máximo.
city-documents-uploaded = Documentos justificativos subidos
city-documents-col-file = Archivo
city-documents-col-size = Tamaño
city-documents-col-action = Acción
city-document-remove = Eliminar
city-words-too-many = { $count ->
        [one] Tiene { $count } palabra de más
        [many] Tiene { $count } palabras de más
       *[other] Tiene { $count } palabras de más
    }
city-words-remaining = { $count ->
        [one] Le queda { $count } palabra
        [many] Le quedan { $count } palabras
       *[other] Le quedan { $count } palabras
    }
city-pledge-label = El formulario de candidatura firmado y sellado por el alcalde
city-pledge-hint = Un PDF de 10 MB como máximo.
city-pledge-uploaded = Subido:
city-pledge-replace = ({ $size }). Elija un archivo solo para reemplazarlo.
city-pledge-how = Imprima la candidatura, pida al alcalde que la firme y la selle, y escanéela.
city-print-for-signature = Imprimir la candidatura para su firma
city-supporting-label = Añadir documentos justificativos
city-supporting-hint = Archivos PDF, de 10 MB como máximo cada uno. Puede elegir varios a la vez.
city-save-and-check = Guardar y revisar sus respuestas
city-save-and-continue = Guardar y continuar
city-save-later = Guardar y volver más tarde
city-read-only-title = Esta candidatura ya no se puede modificar

## Revisar las respuestas y presentar la candidatura.
city-check-title = Revise sus respuestas – { $city }
city-check-before-submit = Antes de poder presentar la candidatura
city-check-missing-intro = Faltan estas respuestas:
city-check-heading = Revise sus respuestas antes de presentar la candidatura
city-missing-pledge = Suba el compromiso firmado y sellado por el alcalde, en formato PDF
city-submit-heading = Presentar a la Comisión Nacional
city-submit-button = Presentar a la Comisión Nacional
city-check-confirm-email = Su dirección de correo electrónico aún no está confirmada. Abra el enlace que le enviamos o
city-check-confirm-email-end = ; después podrá presentar la candidatura.
city-check-complete-first = Complete las respuestas que faltan más arriba y vuelva aquí para presentar la candidatura.
city-check-by-submitting = Al presentarla, envía la candidatura de { $city } a la Comisión Nacional para la UNESCO de { $country }. Esta decide qué ciudades avala a más tardar el { $deadline }. Después no podrá modificar la candidatura, salvo que la Comisión Nacional se la devuelva.

## Después de la presentación.
city-submitted-title = Candidatura presentada
city-submitted-with = La candidatura de { $city } está en manos de la Comisión Nacional para la UNESCO de { $country }.
city-submitted-receipt = Presentada el { $when }. Hemos enviado un acuse de recibo a { $email }.
city-next-heading = Próximos pasos
city-next-natcom = La Comisión Nacional para la UNESCO de { $country } decide qué ciudades avala (tres como máximo) y las presenta al Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida (UIL) a más tardar el { $deadline }. Le escribiremos cuando haya decidido.
city-next-return = También puede devolverle la candidatura con un mensaje, para que pueda modificarla y presentarla de nuevo.
city-see-application-and-progress = Ver la candidatura y su progreso

## La página de la candidatura.
city-continue = Continuar la candidatura
city-printable = Versión imprimible
city-withdraw-button = Retirar la candidatura
city-progress-heading = Progreso
city-event-by = { $who }: { $what }

## La candidatura imprimible.
city-print-title = Candidatura de { $city } (versión imprimible)
city-print-stage = Etapa: { $stage }. Impresa el { $when }.
city-print-part1 = Parte 1: cumplimentada por la ciudad
city-print-documents = Documentos adjuntos
city-print-document = { $kind }: { $file }
city-print-no-documents = Ninguno
city-print-mayor-signature = Firma y sello del alcalde:
city-print-date = Fecha:
city-print-part2 = Parte 2: aval de la Comisión Nacional para la UNESCO de { $country }
city-print-officer-name = Nombre del funcionario firmante
city-print-officer-title = Cargo del funcionario firmante
city-print-note = Nota
city-print-natcom-signature = La Comisión Nacional avala esta candidatura. Firma y sello:

## La retirada.
city-withdraw-title = ¿Retirar la candidatura de { $city }?
city-withdraw-text = Ahora está { $stage }. Si la retira, no seguirá adelante: ni la Comisión Nacional ni el UIL la examinarán. No podrá deshacerlo, aunque puede comenzar una nueva candidatura mientras la convocatoria esté abierta.
city-withdraw-keep = Conservarla
city-cannot-withdraw-title = Esta candidatura no se puede retirar

## El historial de una candidatura.
city-event-actor = { $name } ({ $role })
city-event-created = Comenzó la candidatura
city-event-moved = La pasó a «{ $stage }»
city-event-uploaded = Subió: { $document }
city-event-uploaded-file = Subió: { $document } ({ $file })
city-event-removed-file = Eliminó: { $document } ({ $file })
city-event-part2 = Guardó la Parte 2: el funcionario firmante y la nota de la Comisión Nacional
city-event-extended-city = Prorrogó el plazo de las ciudades hasta el { $deadline }
city-event-extended-natcom = Prorrogó el plazo de la Comisión Nacional hasta el { $deadline }
city-event-note = Escribió una nota
city-event-section-saved = Guardó la sección «{ $section }»
city-event-colleague-joined = { $name } se unió a la candidatura
city-event-colleague-removed = Retiró a { $name } de la candidatura

## El estado de un correo.
city-mail-state-queued = En espera de envío
city-mail-state-sending = Enviándose
city-mail-state-sent = Enviado
city-mail-state-failed = Error de envío

city-words-remaining-live = Palabras restantes: { $count }
city-words-too-many-live = Palabras por encima del límite: { $count }

## Las personas que trabajan en una candidatura.
city-team-link = Personas que trabajan en esta candidatura
city-team-title = Personas que trabajan en esta candidatura
city-team-lead = Todas estas personas pueden completar el formulario, añadir documentos y presentar la candidatura, y reciben los correos relativos a ella. El historial indica quién hizo qué.
city-team-col-part = Participación
city-team-col-actions = Acciones
city-team-owner = Inició la candidatura
city-team-colleague = Colega
city-team-remove = Retirar
# La fecha es el día en que el enlace de la invitación deja de funcionar.
city-team-invited-until = Invitación enviada; el enlace funciona hasta el { $date }
city-team-invite-heading = Invitar a un/a colega
city-team-invite-hint = Enviaremos un enlace a esa persona. Para unirse, deberá iniciar sesión, o crear una cuenta, con esta dirección.
city-team-invite-submit = Enviar la invitación
city-team-owner-manages = La persona que inició la candidatura es quien invita y retira a los colegas.
city-team-invited = { $days ->
        [one] Invitación enviada a { $email }. El enlace funciona durante { $days } día.
        [many] Invitación enviada a { $email }. El enlace funciona durante { $days } días.
       *[other] Invitación enviada a { $email }. El enlace funciona durante { $days } días.
    }
city-team-removed = Se ha retirado a la persona: ya no puede abrir la candidatura.
city-team-invitation-title = Invitación a trabajar en una candidatura
city-team-invitation-lead = { $inviter } le invita a trabajar en la candidatura de { $city } a la Red Mundial de Ciudades del Aprendizaje de la UNESCO.
city-team-invitation-sign-in = Inicie sesión con { $email }, o cree una cuenta con esa dirección, y vuelva a abrir este enlace.
city-team-invitation-other-account = Esta invitación es para { $email }, pero ha iniciado sesión como { $current }. Cierre la sesión y vuelva a iniciarla con { $email }.
city-team-invitation-join = Unirse a la candidatura de { $city }
city-team-invitation-expired = Esta invitación ha caducado, ya se ha utilizado o se ha sustituido por otra más reciente. Pida a la persona que le invitó que le envíe una nueva.

## Comenzar una candidatura a partir de una anterior.

# Un botón en la fila de una candidatura anterior; a continuación figura el nombre de la ciudad para los lectores de pantalla.
city-list-start-again = Comenzar una nueva candidatura a partir de esta
city-list-start-again-hint = Una candidatura que no fue aceptada o que se retiró puede servir de punto de partida para una nueva en esta convocatoria: se copian todas las respuestas; los documentos, el compromiso y los consentimientos se aportan de nuevo en cada convocatoria.

## Advertencias: lo que parece inusual en una candidatura. No impiden nada.

flags-city-heading = Revise estas respuestas
flags-city-lead = Parecen inusuales. Si son correctas, déjelas como están: nada de esto le impide presentar la candidatura.
flags-review-heading = Respuestas que conviene revisar con atención
flags-review-lead = Detectadas al contrastar la candidatura con el directorio de miembros y con el intervalo habitual de cada cifra. No impiden nada; la ciudad las vio antes de presentar la candidatura.
flag-already-member = { $city } ya es miembro de la Red Mundial de Ciudades del Aprendizaje de la UNESCO.
flag-already-member-since = { $city } ya es miembro de la Red Mundial de Ciudades del Aprendizaje de la UNESCO desde { $year }.
# La cifra tal como la nombra una advertencia, como sujeto al comienzo de una frase.
flag-figure-population = La cifra de población
flag-figure-area = La cifra de superficie
flag-figure-gdp_city = La cifra del PIB per cápita de la ciudad
flag-figure-gdp_country = La cifra del PIB per cápita del país
flag-figure-schooling = La cifra de años de escolaridad
flag-old-figure = { $figure } corresponde a { $year }, hace más de cinco años.
flag-future-figure = { $figure } se refiere a { $year }, un año que aún no ha llegado.
flag-schooling-over-women = El promedio de escolaridad de las mujeres, { $years } años, supera los 20 años.
flag-schooling-over-men = El promedio de escolaridad de los hombres, { $years } años, supera los 20 años.
flag-city-gdp-over-country = El PIB per cápita de la ciudad es { $times } veces el del país: más de 20 veces.
flag-area-over = Una superficie de { $km2 } km² supera los 20.000 km².
city-new-already-member-lead = Las ciudades miembros no necesitan volver a presentar su candidatura. Si se trata de otra ciudad con el mismo nombre, o si desea presentar la candidatura de todos modos, puede comenzar.
city-new-start-anyway = Comenzar la candidatura de todos modos

## Los documentos para firmar, y lo que vincula a ellos una copia firmada escaneada.

papers-heading = Documentos para firmar
papers-pledge-link = El compromiso, para que el alcalde lo firme y lo selle (PDF)
papers-part2-link = La Parte 2, para que la firme la Comisión Nacional (PDF)
papers-part2 = Parte 2, firmada por la Comisión Nacional
# La huella de lo que declara un documento: la misma que en la página impresa mientras su contenido no cambie.
papers-digest = huella { $digest }
papers-hint = Cada documento lleva impresa su huella al pie. Mientras su contenido no cambie, la candidatura muestra la misma huella: compare ambas en la copia firmada escaneada.
papers-pledge-outdated = El compromiso firmado se subió antes de que cambiaran estos datos: { $fields }. Se necesita un nuevo compromiso firmado para poder presentar la candidatura.
papers-part2-outdated = La Parte 2 firmada se subió antes de que cambiaran estos datos: { $fields }. Se necesita una nueva Parte 2 firmada para poder enviar la candidatura al UIL.
pdf-pledge-title = Compromiso de { $city } con la Red Mundial de Ciudades del Aprendizaje de la UNESCO
pdf-pledge-sign = Firmado y sellado por el alcalde:
pdf-part2-title = Aval de la Comisión Nacional para la UNESCO de { $country }
pdf-part2-text = La Comisión Nacional avala la candidatura de { $city } a la Red Mundial de Ciudades del Aprendizaje de la UNESCO.
pdf-date = Fecha
pdf-signature-mayor = Firma del alcalde
pdf-signature-officer = Firma del funcionario firmante
pdf-stamp = Sello
pdf-reference = Referencia: { $reference }
pdf-digest = Huella: { $digest }
pdf-digest-hint = La candidatura muestra la misma huella mientras el contenido de esta página no cambie.
