### El jurado (issue [6/8]): las páginas de los miembros del jurado, las páginas del UIL sobre el
### jurado de una convocatoria, sus criterios y su clasificación, las decisiones sobre muchas
### candidaturas, el expediente.

role-jury = Miembro del jurado
mail-invitation-role-jury = Miembro del jurado (experto de { $country })
uil-invite-role-jury = Miembro del jurado: experto externo que puntúa las candidaturas que se le asignan (elija su Estado Miembro más abajo)

## La lista del miembro del jurado.
jury-title = Sus candidaturas por puntuar
jury-lead = Estas son las candidaturas que el UIL le ha asignado. Antes de abrir una, indique si tiene un conflicto de intereses con la ciudad.
jury-nothing-yet = Todavía no tiene ninguna candidatura asignada. Recibirá un correo cuando el UIL publique las asignaciones.
jury-col-city = Ciudad
jury-col-country = Estado Miembro
jury-col-state = Situación
jury-state-declare = Indique si tiene un conflicto de intereses
jury-state-to-score = Por puntuar
jury-state-draft = Borrador guardado
jury-state-handed-in = Evaluación entregada
jury-back = Volver a sus candidaturas

## Los conflictos de intereses con países enteros.
jury-conflicts-title = Países con los que tiene un conflicto de intereses
jury-conflicts-own = Nunca se le asignan candidaturas de su propio Estado Miembro ({ $country }).
jury-conflicts-country = Otro Estado Miembro con el que tiene un conflicto de intereses
jury-conflicts-hint = Por ejemplo, aquel en el que trabaja o en el que ha asesorado a una ciudad. Sus candidaturas se le retiran y nunca se le asignan.
jury-conflicts-declare = Declarar el conflicto de intereses
jury-conflicts-withdraw = Retirar

## La declaración antes de abrir una candidatura.
jury-declare-title = Antes de abrir la candidatura de { $city }
jury-declare-lead = Los miembros del jurado no deben puntuar a una ciudad con la que tengan vínculos, ya sea por su trabajo, por su familia o por el asesoramiento que le hayan prestado. El UIL ve todas las respuestas.
jury-declare-legend = ¿Tiene un conflicto de intereses con { $city }?
jury-declare-no-conflict = No tengo ningún conflicto de intereses con { $city }
jury-declare-conflict = Tengo un conflicto de intereses: asignen esta candidatura a otro miembro del jurado
jury-declare-reason = Motivo (opcional)
jury-declare-reason-hint = Solo para el UIL. Como máximo 1000 caracteres.
jury-declare-submit = Enviar mi respuesta
jury-contact-withheld = El teléfono, el correo electrónico y la dirección postal de la persona de contacto no se muestran a los miembros del jurado.

## El formulario de evaluación y las evaluaciones.
review-your-draft = Su borrador, guardado el { $when }
review-col-score = Puntuación ponderada
review-no-score = –
review-no-spread = ninguna
review-weight = peso { $weight }
review-hand-in = Entregar mi evaluación
review-save-draft = Guardar como borrador
# $mean, $median y $spread son cifras con un decimal; $count es el número de evaluaciones.
review-summary = Media: { $mean }; mediana: { $median }; dispersión: { $spread } ({ $count ->
    [one] una evaluación
    [many] { $count } de evaluaciones
   *[other] { $count } evaluaciones
}).
review-disagreement = Los evaluadores discrepan: la dispersión de sus puntuaciones ({ $spread }) alcanza o supera el umbral fijado para la convocatoria ({ $threshold }).

## El correo a un miembro del jurado cuando se publican las asignaciones.
mail-jury_assignments-subject = { $count ->
    [one] Una candidatura por puntuar
    [many] { $count } de candidaturas por puntuar
   *[other] { $count } candidaturas por puntuar
} para la Red Mundial de Ciudades del Aprendizaje de la UNESCO
mail-jury_assignments-body = El UIL le ha asignado { $count ->
    [one] una candidatura
    [many] { $count } de candidaturas
   *[other] { $count } candidaturas
}:
mail-jury_assignments-city = { $city } ({ $country })
mail-jury_assignments-conflicts = Antes de abrir cada una, se le preguntará si tiene un conflicto de intereses con la ciudad. Inicie sesión con su segundo factor para leerlas y puntuarlas:

## El UIL: los criterios de una convocatoria.
uil-rubric-title = Criterios y pesos
uil-rubric-lead = Los criterios que los evaluadores y los miembros del jurado puntúan de 1 a 5. La puntuación de cada evaluación es la media de sus puntuaciones, ponderada por los pesos de los criterios. Escriba cada nombre en inglés y, cuando pueda, en los demás idiomas.
uil-rubric-frozen = Ya hay puntuaciones sobre estos criterios: ya no pueden modificarse.
uil-rubric-criterion = Criterio { $number }
uil-rubric-weight = Peso (de 1 a 10)
uil-rubric-name = Nombre en { $language }
uil-rubric-description = Descripción en { $language }
uil-rubric-save = Guardar el criterio
uil-rubric-remove = Eliminar el criterio
uil-rubric-add = Añadir un criterio
uil-rubric-threshold-title = Cuando los evaluadores discrepan
uil-rubric-threshold = Umbral de discrepancia
uil-rubric-threshold-hint = Una candidatura se señala cuando la dispersión (desviación estándar) de las puntuaciones de sus evaluaciones alcanza o supera esta cifra, entre 0,1 y 3,0. 1,0 es un valor habitual.
uil-rubric-threshold-save = Guardar el umbral

## El UIL: el jurado de una convocatoria.
uil-jury-title = Jurado y asignaciones
uil-jury-lead = Los miembros del jurado solo ven las candidaturas cuya asignación se les ha publicado; nunca una de su propio Estado Miembro ni de un país que hayan declarado, y nunca los datos de la persona de contacto.
uil-jury-invite = Invitar a un miembro del jurado
uil-jury-jurors = Miembros del jurado
uil-jury-no-jurors = Todavía no hay miembros del jurado. Invítelos desde la página del personal, como miembros del jurado y con su Estado Miembro.
uil-jury-col-declared = Países declarados en conflicto
uil-jury-col-load = Candidaturas
uil-jury-automatic = Asignación automática
uil-jury-k = Miembros del jurado por candidatura
uil-jury-k-hint = Cada candidatura que aún espera una decisión recibe este número de miembros del jurado, ninguno en conflicto, y cada miembro del jurado tiene tantas candidaturas como los demás, con una de diferencia como máximo. Usted revisa el resultado antes de publicarlo.
uil-jury-automatic-submit = Asignar automáticamente
uil-jury-added = { $count ->
    [one] Se añadió una asignación.
    [many] Se añadieron { $count } de asignaciones.
   *[other] Se añadieron { $count } asignaciones.
} Revíselas y luego publíquelas.
uil-jury-unpublished = { $count ->
    [one] Una asignación aún no está publicada.
    [many] { $count } de asignaciones aún no están publicadas.
   *[other] { $count } asignaciones aún no están publicadas.
}
uil-jury-publish = Publicar las asignaciones y enviar un correo a los miembros del jurado
uil-jury-published = { $count ->
    [0] Ningún miembro del jurado tenía candidaturas nuevas.
    [one] Publicadas: se envió por correo su lista a un miembro del jurado.
    [many] Publicadas: se envió por correo su lista a { $count } de miembros del jurado.
   *[other] Publicadas: se envió por correo su lista a { $count } miembros del jurado.
}
uil-jury-assignments = Las candidaturas y sus miembros del jurado
uil-jury-no-applications = Ninguna candidatura de esta convocatoria está a la espera del jurado.
uil-jury-none-assigned = Todavía ningún miembro del jurado.
uil-jury-handed-in = evaluación entregada
uil-jury-published-state = publicada
uil-jury-draft-state = aún no publicada
uil-jury-unassign = Quitar
uil-jury-assign-label = Añadir un miembro del jurado
uil-jury-assign = Asignar
uil-jury-declarations = Declaraciones de conflicto de intereses
uil-jury-no-declarations = Ningún miembro del jurado ha respondido todavía.
uil-jury-col-when = Fecha
uil-jury-col-juror = Miembro del jurado
uil-jury-col-answer = Respuesta
uil-jury-col-reason = Motivo
uil-jury-conflict = Conflicto
uil-jury-no-conflict = Sin conflicto

## El UIL: la clasificación para la reunión del jurado.
uil-ranking-title = Clasificación
uil-ranking-lead = Las candidaturas de esta convocatoria que llegaron al UIL, según el resultado de sus evaluaciones. Se señalan las candidaturas cuya dispersión alcanza o supera { $threshold }.
uil-ranking-csv = Descargar como CSV
uil-ranking-total = { $count ->
    [one] { $count } candidatura
    [many] { $count } de candidaturas
   *[other] { $count } candidaturas
}
uil-ranking-sort-mean = Media más alta primero
uil-ranking-sort-median = Mediana más alta primero
uil-ranking-sort-spread = Mayor discrepancia primero
uil-ranking-sort-city = Por ciudad
uil-ranking-sort-country = Por país
uil-ranking-col-choose = Elegir
uil-ranking-choose = Elegir { $city }
uil-ranking-col-rank = Puesto
uil-ranking-col-region = Región
uil-ranking-col-stage = Etapa
uil-ranking-col-mean = Media
uil-ranking-col-median = Mediana
uil-ranking-col-spread = Dispersión
uil-ranking-col-scored = Miembros del jurado que puntuaron
uil-ranking-scored = { $scored } de { $assigned }
uil-ranking-disagree = Discrepancia

## El UIL: las decisiones sobre varias candidaturas a la vez.
uil-decisions-title = Decidir sobre las candidaturas elegidas
uil-decisions-legend = Decisión
uil-decisions-accept = Aceptada
uil-decisions-not-accept = No aceptada
uil-decisions-message = Mensaje a cada ciudad y a su Comisión Nacional
uil-decisions-message-hint = El mismo mensaje se envía a todas las ciudades elegidas.
uil-decisions-review = Revisar las decisiones
uil-decisions-confirm-title = Confirmar las decisiones
uil-decisions-confirm-lead = Se decidirá sobre { $count ->
    [one] una candidatura
    [many] { $count } de candidaturas
   *[other] { $count } candidaturas
}: { $decision }. No se decide nada hasta que usted confirme, y entonces se decide sobre todas o sobre ninguna.
uil-decisions-col-becomes = Decisión
uil-decisions-mails = Cada ciudad recibe un correo en su idioma de comunicación, y su Comisión Nacional, uno en el idioma de su cuenta.
uil-decisions-confirm = { $count ->
    [one] Decidir sobre esta candidatura
    [many] Decidir sobre estas { $count } de candidaturas
   *[other] Decidir sobre estas { $count } candidaturas
}
uil-decisions-back = Volver a la clasificación
uil-decisions-done = { $count ->
    [one] Se decidió sobre una candidatura.
    [many] Se decidió sobre { $count } de candidaturas.
   *[other] Se decidió sobre { $count } candidaturas.
} Los correos están en camino.

## El expediente.
uil-dossier = Descargar el expediente (ZIP)
uil-dossier-bulk = Descargar los expedientes (ZIP)

## Problemas con lo escrito y denegaciones del jurado.
problem-not-a-weight = Indique un peso con un número entero del 1 al 10
problem-not-a-threshold = Indique un umbral entre 0,1 y 3,0, por ejemplo 1,0
problem-not-a-juror-count = Indique un número entero de miembros del jurado, del 1 al 10
refusal-jurors-per-application = Cada candidatura necesita al menos un miembro del jurado.
refusal-too-few-jurors = { $count ->
    [one] Una candidatura no puede
    [many] { $count } de candidaturas no pueden
   *[other] { $count } candidaturas no pueden
} recibir { $k ->
    [one] un miembro del jurado
   *[other] { $k } miembros del jurado
} sin conflicto de intereses. Invite a más miembros del jurado o pida menos por candidatura. No se ha asignado nada.
refusal-rubric-frozen = Ya hay puntuaciones sobre los criterios de esta convocatoria: ya no pueden modificarse.
refusal-no-rubric = Esta convocatoria aún no tiene criterios de puntuación. El UIL debe definirlos primero.
refusal-scores-missing = { $count ->
    [one] Un criterio aún no tiene
    [many] { $count } de criterios aún no tienen
   *[other] { $count } criterios aún no tienen
} puntuación. Puntúe todos los criterios para entregar su evaluación, o guárdela como borrador.
refusal-rubric-full = Una convocatoria tiene como máximo { $max } criterios.
refusal-juror-in-conflict = Este miembro del jurado tiene un conflicto de intereses con la candidatura: se trata de su propio Estado Miembro, de un país que declaró o de un conflicto que declaró.
refusal-too-many-chosen = Elija como máximo { $max } candidaturas a la vez.
