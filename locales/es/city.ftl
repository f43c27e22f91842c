# Las páginas de la ciudad: sus solicitudes, el formulario, la revisión, la presentación,
# la impresión, la retirada; el historial de una solicitud y su correo.

## La lista de solicitudes de la ciudad.
city-list-title = Sus solicitudes
city-list-none = Todavía no ha comenzado ninguna solicitud.
city-list-col-city = Ciudad
city-list-col-country = País
city-list-col-call = Convocatoria
city-list-col-stage = Etapa
city-list-col-updated = Último cambio
city-list-start = Comenzar una solicitud
city-submit-by = Preséntela a su Comisión Nacional a más tardar el { $deadline }.

## Comenzar una solicitud.
city-new-title = Comenzar una solicitud
city-new-intro = ¿Qué ciudad presenta la solicitud? Puede guardar el formulario a medida que avanza y volver a él más tarde.
city-new-start = Comenzar la solicitud

## Comunes a las páginas de una solicitud.
city-application-of = Solicitud de { $city }
city-application-of-in = Solicitud de { $city }, { $country }
city-closed-heading = La presentación de solicitudes está cerrada.
city-back-to-application = Volver a la solicitud
city-change = Cambiar
city-upload = Subir
city-documents-heading = Documentos
city-document-kind = { $kind }:
city-document-size = ({ $size })
city-size-mb = { $size } MB
city-size-kb = { $size } kB

## La lista de tareas.
city-task-list-title = Su solicitud
city-task-list-progress = Ha completado { $completed } de { $required ->
        [one] { $required } sección obligatoria
        [many] { $required } secciones obligatorias
       *[other] { $required } secciones obligatorias
    }. Sus respuestas se guardan a medida que avanza: puede salir y volver.
city-task-list-confirm-email = Confirme su dirección de correo electrónico antes de presentar la solicitud: abra el enlace que le enviamos o
city-ask-for-new-link = solicite uno nuevo
city-task-list-confirm-email-end = .
city-check-and-submit = Revisar sus respuestas y presentar la solicitud
city-check-answers = Revisar sus respuestas
city-see-application-page = Ver la página de la solicitud

## Una sección del formulario.
city-section-title = { $section } – { $city }
city-documents-intro = Puede añadir hasta { $max ->
        [one] { $max } archivo PDF
        [many] { $max } archivos PDF
       *[other] { $max } archivos PDF
    } que respalden la solicitud: una estrategia, un plan, un informe. Cada uno de 10 MB como máximo.
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
city-pledge-label = El formulario de solicitud firmado y sellado por el alcalde
city-pledge-hint = Un PDF de 10 MB como máximo.
city-pledge-uploaded = Subido:
city-pledge-replace = ({ $size }). Elija un archivo solo para reemplazarlo.
city-pledge-how = Imprima la solicitud, pida al alcalde que la firme y la selle, y escanéela.
city-print-for-signature = Imprimir la solicitud para su firma
city-supporting-label = Añadir documentos justificativos
city-supporting-hint = Archivos PDF, de 10 MB como máximo cada uno. Puede elegir varios a la vez.
city-save-and-check = Guardar y revisar sus respuestas
city-save-and-continue = Guardar y continuar
city-save-later = Guardar y volver más tarde
city-read-only-title = Esta solicitud ya no se puede modificar

## Revisar las respuestas y presentar la solicitud.
city-check-title = Revise sus respuestas – { $city }
city-check-before-submit = Antes de poder presentar la solicitud
city-check-missing-intro = Faltan estas respuestas:
city-check-heading = Revise sus respuestas antes de presentar la solicitud
city-missing-pledge = Suba el compromiso firmado y sellado por el alcalde, en formato PDF
city-submit-heading = Presentar a la Comisión Nacional
city-submit-button = Presentar a la Comisión Nacional
city-check-confirm-email = Su dirección de correo electrónico aún no está confirmada. Abra el enlace que le enviamos o
city-check-confirm-email-end = ; después podrá presentar la solicitud.
city-check-complete-first = Complete las respuestas que faltan más arriba y vuelva aquí para presentar la solicitud.
city-check-by-submitting = Al presentarla, envía la solicitud de { $city } a la Comisión Nacional para la UNESCO de { $country }. Esta decide qué ciudades avala a más tardar el { $deadline }. Después no podrá modificar la solicitud, salvo que la Comisión Nacional se la devuelva.

## Después de la presentación.
city-submitted-title = Solicitud presentada
city-submitted-with = La solicitud de { $city } está en manos de la Comisión Nacional para la UNESCO de { $country }.
city-submitted-receipt = Presentada el { $when }. Hemos enviado un acuse de recibo a { $email }.
city-next-heading = Próximos pasos
city-next-natcom = La Comisión Nacional para la UNESCO de { $country } decide qué ciudades avala (tres como máximo) y las presenta al Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida (UIL) a más tardar el { $deadline }. Le escribiremos cuando haya decidido.
city-next-return = También puede devolverle la solicitud con un mensaje, para que pueda modificarla y presentarla de nuevo.
city-see-application-and-progress = Ver la solicitud y su progreso

## La página de la solicitud.
city-continue = Continuar la solicitud
city-printable = Versión imprimible
city-withdraw-button = Retirar la solicitud
city-progress-heading = Progreso
city-event-by = { $who }: { $what }

## La solicitud imprimible.
city-print-title = Solicitud de { $city } (versión imprimible)
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
city-print-natcom-signature = La Comisión Nacional avala esta solicitud. Firma y sello:

## La retirada.
city-withdraw-title = ¿Retirar la solicitud de { $city }?
city-withdraw-text = Ahora está { $stage }. Si la retira, no seguirá adelante: ni la Comisión Nacional ni el UIL la examinarán. No podrá deshacerlo, aunque puede comenzar una nueva solicitud mientras la convocatoria esté abierta.
city-withdraw-keep = Conservarla
city-cannot-withdraw-title = Esta solicitud no se puede retirar

## El historial de una solicitud.
city-event-actor = { $name } ({ $role })
city-event-created = Comenzó la solicitud
city-event-moved = La pasó a «{ $stage }»
city-event-uploaded = Subió: { $document }
city-event-uploaded-file = Subió: { $document } ({ $file })
city-event-removed-file = Eliminó: { $document } ({ $file })
city-event-part2 = Guardó la Parte 2: el funcionario firmante y la nota de la Comisión Nacional
city-event-extended-city = Prorrogó el plazo de las ciudades hasta el { $deadline }
city-event-extended-natcom = Prorrogó el plazo de la Comisión Nacional hasta el { $deadline }
city-event-note = Escribió una nota

## El estado de un correo.
city-mail-state-queued = En espera de envío
city-mail-state-sending = Enviándose
city-mail-state-sent = Enviado
city-mail-state-failed = Error de envío

city-words-remaining-live = Palabras restantes: { $count }
city-words-too-many-live = Palabras por encima del límite: { $count }
