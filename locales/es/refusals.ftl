# Lo que dicen los valores del dominio: etapas, funciones, acciones, denegaciones y problemas
# con lo escrito. Lo usa src/web/words.rs en todas las páginas y en los correos.

## Etapas de una candidatura. `.in-sentence` es la etapa dentro de «La candidatura está …».
stage-draft = Borrador
    .in-sentence = en borrador
stage-submitted = Presentada a la Comisión Nacional
    .in-sentence = presentada a la Comisión Nacional
stage-endorsed = Avalada por la Comisión Nacional
    .in-sentence = avalada por la Comisión Nacional
stage-declined = Rechazada por la Comisión Nacional
    .in-sentence = rechazada por la Comisión Nacional
stage-forwarded = Presentada al UIL
    .in-sentence = presentada al UIL
stage-under_review = En revisión en el UIL
    .in-sentence = en revisión en el UIL
stage-accepted = Aceptada
    .in-sentence = aceptada
stage-not_accepted = No aceptada
    .in-sentence = no aceptada
stage-withdrawn = Retirada
    .in-sentence = retirada

## Funciones de las cuentas.
role-applicant = Ciudad candidata
role-natcom = Comisión Nacional
role-uil_reviewer = Evaluador del UIL
role-uil_admin = Coordinador del UIL

## Lo que hace una acción, dentro de «Su cuenta no permite … candidaturas.»
action-submit = presentar
action-return = devolver a la ciudad
action-endorse = avalar
action-decline = rechazar
action-take-back = revocar la decisión sobre
action-forward = presentar al UIL
action-start-review = iniciar la revisión de
action-accept = aceptar
action-not-accept = no aceptar
action-withdraw = retirar

progress-not-started = Sin empezar
progress-in-progress = En curso
progress-completed = Completado
progress-optional = Opcional

document-pledge = Compromiso firmado por el alcalde
document-supporting = Documento justificativo
document-endorsement = Aval firmado de la Comisión Nacional

time-left-days = { $days ->
    [one] Queda { $days } día
    [many] Quedan { $days } de días
   *[other] Quedan { $days } días
}
time-left-last-day = último día
time-left-closed = cerrado

## Denegaciones: por qué algo no puede hacerse.
refusal-not-your-action = Su cuenta no permite { $action } candidaturas.
refusal-not-from-stage = Una candidatura en la etapa «{ $stage }» no puede modificarse de esta forma ({ $action }).
refusal-not-yet-open = La convocatoria aún no está abierta: se abrirá el { $opens }.
refusal-city-deadline-passed = La convocatoria se cerró para las ciudades el { $closed }. Solo el UIL puede prorrogar la fecha límite de una candidatura: escriba al equipo del UIL si necesita más tiempo.
refusal-natcom-deadline-passed = La fecha límite para las Comisiones Nacionales venció el { $closed }.
refusal-quota-reached = Su Estado Miembro ya ha utilizado todos los avales de que dispone en esta convocatoria ({ $quota }). Para avalar a esta ciudad, revoque primero uno de los avales que concedió.
refusal-not-editable = La candidatura está { $stage }. Una ciudad solo puede modificar su candidatura mientras esté en borrador: antes de presentarla, o después de que la Comisión Nacional se la devuelva.
refusal-email-not-confirmed = Confirme su dirección de correo electrónico antes de presentar la candidatura: abra el enlace que le enviamos o solicite uno nuevo en la página de su cuenta.
refusal-incomplete = { $count ->
    [one] Todavía falta una respuesta o un documento: véase más abajo.
    [many] Todavía faltan { $count } de respuestas o documentos: véase más abajo.
   *[other] Todavía faltan { $count } respuestas o documentos: véase más abajo.
}
refusal-too-many-documents = Una candidatura puede tener como máximo { $max } documentos justificativos. Elimine uno primero.
refusal-part2-both-missing = Faltan los datos del funcionario firmante y el aval firmado.
refusal-part2-officer-missing = Faltan el nombre y el cargo del funcionario firmante.
refusal-part2-signed-missing = Falta el aval firmado.
refusal-no-open-call = En este momento no hay ninguna convocatoria de candidaturas abierta.
refusal-city-already-applying = Esta ciudad ya tiene una candidatura en esta convocatoria.
refusal-nothing-chosen = Elija al menos una candidatura para avalar y enviar.
refusal-not-to-start-again-from = Solo se puede comenzar una nueva candidatura a partir de una candidatura de una convocatoria anterior que no haya sido aceptada o que haya sido retirada; esta está { $stage }.
refusal-review-not-started = Inicie la revisión antes de evaluar la candidatura.
refusal-assessments-closed = La candidatura está { $stage }: las evaluaciones están cerradas.

## Un campo obligatorio que se dejó vacío.
missing-email = Introduzca su dirección de correo electrónico y su contraseña
missing-name = Introduzca su nombre completo
missing-officer_name = Introduzca el nombre del funcionario que firma el aval
missing-officer_title = Introduzca el cargo del funcionario que firma el aval
missing-reason = Indique el motivo del rechazo: la ciudad lo leerá
missing-message = Escriba un mensaje para la ciudad
missing-decision = Indique si la ciudad es aceptada
missing-title = Introduzca un título de 300 caracteres como máximo
missing-role = Elija qué función tendrá la persona
missing-kind = Elija qué desea prorrogar
missing-country = Elija un Estado Miembro de la lista
missing-value = Introduzca un valor

## Cómo se nombra un campo en un mensaje sobre él («{ $label } debe …»).
label-officer_name = El nombre
label-officer_title = El cargo
label-note = La nota
label-reason = El motivo
label-message = El mensaje
label-comment = El comentario
label-body = El texto de la convocatoria
label-title = El título
label-field = Este campo

## Problemas con lo escrito.
problem-too-long = { $label } debe tener como máximo { $max } caracteres
problem-control-characters = { $label } no debe contener caracteres de control
problem-too-many-words = { $label }: no más de { $max } palabras, por favor; el texto tiene { $words }
problem-not-an-email = Introduzca una dirección de correo electrónico con el formato correcto, por ejemplo name@example.org
problem-not-a-phone-number = Introduzca un número de teléfono con el prefijo del país, por ejemplo +49 40 123456
problem-not-a-web-address = Introduzca una dirección web, por ejemplo https://www.city.gov
problem-not-a-language = Elija inglés o francés
problem-not-a-country = Elija un país de la lista
problem-not-an-application-number = Introduzca el número de la candidatura
problem-not-a-whole-number = La población debe ser un número entero, por ejemplo 250000
problem-population-out-of-range = La población debe ser un número entre { $min } y { $max }
problem-not-an-area = Introduzca la superficie en km² como un número mayor que 0, por ejemplo 891,8
problem-not-an-amount = Introduzca un importe en dólares estadounidenses, por ejemplo 45000
problem-not-schooling-years = Introduzca un número de años entre 0 y 25, por ejemplo 11,5
problem-rank-out-of-range = Indique cada puesto de su orden con un número entero del 1 al 999, o déjelo vacío
problem-not-a-year = Introduzca el año de la cifra con 4 dígitos, por ejemplo 2022
problem-not-a-score = Asigne a este criterio una puntuación de 1 a 5
problem-not-a-priority = Elija una valoración de 1 a 5


## Problemas con los datos de una cuenta.
problem-account-email-missing = Introduzca una dirección de correo electrónico
problem-account-email-too-long = La dirección de correo electrónico debe tener como máximo 254 caracteres
problem-account-name-too-long = El nombre debe tener como máximo 200 caracteres
problem-account-name-control-characters = El nombre no debe contener caracteres de control
problem-account-password-missing = Introduzca una contraseña
problem-account-password-too-short = La contraseña debe tener al menos 10 caracteres
problem-account-password-too-long = La contraseña debe tener como máximo 200 caracteres
problem-account-password-too-easy = Esta contraseña es demasiado fácil de adivinar: elija otra, por ejemplo tres palabras sin relación entre sí

## Problemas con un archivo.
upload-too-large = El archivo seleccionado debe tener como máximo 10 MB
upload-not-a-pdf = El archivo seleccionado debe ser un PDF
upload-no-page = El archivo seleccionado es un PDF sin ninguna página: vuelva a escanear la página firmada
upload-needs-password = El PDF seleccionado necesita una contraseña para abrirse: guárdelo de nuevo sin contraseña de apertura y luego vuelva a cargarlo
upload-active-content = El PDF seleccionado contiene un script o una acción que inicia un programa: guárdelo de nuevo como PDF simple (por ejemplo, imprimiéndolo en PDF) y luego vuelva a cargarlo

## Los filtros de las listas, en «{ $filter }: elija una de las opciones de la lista».
filter-call = Convocatoria
filter-region = Región
filter-country = País
filter-stage = Etapa
filter-reviewed = Evaluada
filter-sort = Orden
filter-state = Estado
filter-other = Filtro

## Otros problemas.
issue-file-problem = { $file }: { $problem }
issue-no-file = Elija un archivo PDF para cargar
issue-not-a-choice = { $filter }: elija una de las opciones de la lista
issue-form-too-large = { $file }: el formulario era demasiado grande para leerlo hasta el final. Cada archivo puede tener como máximo 10 MB, y un formulario con todos sus archivos, como máximo 64 MB: envíe menos archivos a la vez o archivos más pequeños.
issue-choose-city-country = Elija el país de la ciudad
issue-choose-natcom-country = Elija el Estado Miembro de la Comisión Nacional
issue-city-taken = { $city } ya tiene una candidatura en esta convocatoria. Pida al colega que la inició que comparta el trabajo con usted, o póngase en contacto con el UIL.
issue-no-such-application = No existe la candidatura { $id }
issue-not-a-draft = La candidatura { $id } está { $stage }: solo un borrador espera la fecha límite de las ciudades
issue-deadline-not-later = La nueva fecha límite debe ser posterior a la actual ({ $current })
issue-natcom-before-city = La fecha límite de las Comisiones Nacionales debe ser igual o posterior a la de las ciudades
issue-city-before-opening = La fecha límite de las ciudades debe ser igual o posterior al día de apertura
issue-not-a-date = Introduzca una fecha con el formato 2025-05-31
issue-quota-out-of-range = Introduzca un número de avales entre { $min } y { $max }
issue-page-out-of-range = Las páginas están numeradas del { $min } al { $max }
issue-out-of-range = Introduzca un número entre { $min } y { $max }
issue-unknown-zone = Introduzca «AoE» o el nombre de una zona horaria, como «Europe/Paris»
issue-title-taken = Otra convocatoria ya tiene este título
issue-email-taken = Ya hay una cuenta que utiliza esta dirección de correo electrónico
issue-wrong-credentials = La dirección de correo electrónico o la contraseña no son correctas
issue-too-many-attempts = Demasiados intentos de inicio de sesión. Por su seguridad, inténtelo de nuevo después de { $until } UTC ({ $minutes ->
    [one] dentro de { $minutes } minuto
    [many] dentro de { $minutes } de minutos
   *[other] dentro de { $minutes } minutos
}), o restablezca su contraseña.

missing-call-text = Escriba el texto de la convocatoria en este idioma, o deje también vacío su título

## A member list imported by UIL (CSV): why it cannot be read, why a line is left out.
members-list-not-csv = El archivo no es un archivo CSV
members-list-no-city-column = La primera línea debe nombrar una columna «city»
members-list-no-country-column = La primera línea debe nombrar una columna «country»
members-line-unreadable = la línea no se puede leer
members-line-city-missing = falta el nombre de la ciudad o supera los { $max } caracteres
members-line-city-not-text = el nombre de la ciudad contiene un carácter que no es texto
members-line-not-a-member-state = «{ $code }» no es el código ISO de un Estado Miembro de la UNESCO
members-line-year-out-of-range = el año «{ $year }» no está entre { $first } y { $last }
members-line-listed-twice = { $city } ({ $country }) figura dos veces
issue-code-wrong = Este código no es correcto. Introduzca los seis dígitos que muestra ahora su aplicación, o un código de recuperación.
issue-code-replayed = Este código ya se ha utilizado. Espere a que su aplicación muestre el siguiente.
issue-already-colleague = Esta persona ya trabaja en la candidatura.
