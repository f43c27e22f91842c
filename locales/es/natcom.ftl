# Las páginas de la Comisión Nacional: su panel (las candidaturas de su Estado Miembro),
# una candidatura y las decisiones sobre ella, y la página que sigue a la devolución de una
# candidatura a su ciudad.

## Listas de nombres dentro de una frase: «Lyon, Lille y Nancy».
natcom-list-separator = {", "}
natcom-list-last = {" y "}
natcom-colon = {": "}

## El panel.
natcom-no-call-title = No hay ninguna convocatoria abierta en este momento
natcom-no-call-text = Cuando el UIL abra la próxima convocatoria, sus candidaturas aparecerán aquí.
natcom-dashboard-title = Comisión Nacional para la UNESCO – { $country }
natcom-sent = { $count ->
    [one] Se presentó { $count } candidatura al UIL: { $cities }.
    [many] Se presentaron { $count } de candidaturas al UIL: { $cities }.
   *[other] Se presentaron { $count } candidaturas al UIL: { $cities }.
}
natcom-held-heading = No presentadas al UIL
natcom-held-text = Estas candidaturas avaladas todavía no tienen el aval firmado o el nombre del firmante. Complete la Parte 2 en la página de cada candidatura y vuelva a presentarlas:
natcom-nothing-sent = No había nada que presentar: ninguna candidatura avalada estaba pendiente.
natcom-submit-by = Presentación al UIL a más tardar el
natcom-deadline-left = { $deadline }: { $left }
natcom-deadline-extended-left = { $deadline } (prorrogado por el UIL): { $left }
natcom-endorsements = Avales
natcom-endorsements-used = { $quota ->
    [one] { $used } de { $quota } aval utilizado
    [many] { $used } de { $quota } de avales utilizados
   *[other] { $used } de { $quota } avales utilizados
}
natcom-still-to-decide = Pendientes de decisión
natcom-to-decide-count = { $count ->
    [one] { $count } candidatura
    [many] { $count } de candidaturas
   *[other] { $count } candidaturas
}
natcom-quota-used-heading = { $quota ->
    [one] Ha utilizado su único aval ({ $quota }).
   *[other] Ha utilizado todos sus avales ({ $quota }).
}
natcom-quota-used-text = Para avalar otra ciudad, revoque primero uno de sus avales en la página de la candidatura correspondiente; una candidatura ya presentada al UIL no puede revocarse.
natcom-applications-from = Candidaturas – { $country }
natcom-no-applications = Ninguna ciudad de este Estado Miembro ({ $country }) ha presentado todavía una candidatura.
natcom-applications-caption = Candidaturas presentadas por ciudades del Estado Miembro: { $country }
natcom-col-city = Ciudad
natcom-col-stage = Etapa
natcom-col-submitted = Presentada
natcom-col-signed = Aval firmado
natcom-tag-to-decide = Por decidir
natcom-signed-uploaded = Cargado
natcom-signed-missing = Falta
natcom-submit-heading = Presentar al UIL
natcom-deadline-passed = El plazo para las Comisiones Nacionales ha vencido: { $deadline }.
natcom-endorse-first = Primero avale candidaturas; después, preséntelas aquí, con sus avales firmados, a más tardar el { $deadline }.
natcom-ready = Listas para presentar: { $cities }.
natcom-unsigned = A la espera de su aval firmado, y no se enviarán hasta que se cargue: { $cities }.
natcom-submit-button = Presentar al UIL las candidaturas avaladas
natcom-submit-hint = Puede presentar candidaturas más de una vez antes de que venza el plazo. Una vez presentada, una candidatura ya no puede revocarse.
natcom-nothing-submitted-title = No se presentó nada al UIL
natcom-back-to-applications = Volver a sus candidaturas

## Una candidatura.
natcom-application-title = { $city } – Comisión Nacional
natcom-back-to-country = Volver a las candidaturas – { $country }
natcom-application-heading = Candidatura de { $city }
natcom-submitted-on = Presentada el { $when }.
natcom-printable = Versión para imprimir
natcom-quota-and-deadline = { $quota ->
    [one] { $used } de { $quota } aval utilizado. Decida a más tardar el { $deadline }.
    [many] { $used } de { $quota } de avales utilizados. Decida a más tardar el { $deadline }.
   *[other] { $used } de { $quota } avales utilizados. Decida a más tardar el { $deadline }.
}
natcom-not-in-its-hands = Esta candidatura está { $stage }: la Comisión Nacional ya no tiene nada que decidir sobre ella.
natcom-endorsement-heading = Aval
natcom-signed-missing-strong = Falta el aval firmado.
natcom-signed-missing-text = Cárguelo antes de presentar la candidatura al UIL.
natcom-officer-name = Nombre del firmante
natcom-officer-title = Cargo del firmante
natcom-note = Nota (opcional)
natcom-signed-label = Aval firmado (PDF)
natcom-signed-label-replace = Aval firmado (PDF): cargado; elija un archivo solo para sustituirlo
natcom-save-endorsement = Guardar el aval
natcom-endorse-heading = Avalar
natcom-signed-hint = Puede añadirlo más tarde; es necesario antes de presentar la candidatura al UIL.
natcom-endorse-button = Avalar { $city }
natcom-decline-heading = Rechazar
natcom-reason-label = Motivo, para la ciudad
natcom-decline-button = Rechazar { $city }
natcom-return-heading = Devolver a la ciudad
natcom-return-label = ¿Qué debe modificar la ciudad?
natcom-return-button = Devolver a la ciudad
natcom-take-back-heading = Revocar la decisión
natcom-take-back-text = La candidatura vuelve a quedar pendiente de decisión.
natcom-take-back-text-endorsed = La candidatura vuelve a quedar pendiente de decisión, y su aval queda disponible para otra ciudad.
natcom-take-back-button = Revocar la decisión
natcom-documents = Documentos
natcom-file-size = ({ $size })
natcom-progress = Historial
natcom-timeline-entry = { $who }: { $what }
natcom-not-given = No indicado

## Después de devolver una candidatura a su ciudad.
natcom-returned-title = Devuelta a { $city }
natcom-returned-heading = La candidatura de { $city } se ha devuelto a la ciudad
natcom-returned-text = La ciudad puede modificar su candidatura y volver a presentarla hasta que venza el plazo para las ciudades. Se le ha comunicado el motivo por correo electrónico, con su mensaje.
natcom-returned-text-mailed = La ciudad puede modificar su candidatura y volver a presentarla hasta que venza el plazo para las ciudades. Se le ha comunicado el motivo por correo electrónico ({ $recipients }), con su mensaje.
natcom-returned-draft = Hasta que la ciudad vuelva a presentarla, la candidatura es de nuevo un borrador: no figura en su lista.

## El puesto de mando: comparar, ordenar, elegir, avalar y enviar en un solo paso.

# El indicador del cupo: «2 de 3 avales utilizados · Quedan 11 días, plazo: 30 de junio de 2023, 23:59 AoE».
natcom-meter = { $endorsed } · { $left }, plazo: { $deadline }
natcom-compare-link = Comparar las candidaturas una al lado de otra, ordenarlas y elegir
natcom-compare-title = Candidaturas – { $country }: comparación una al lado de otra
natcom-compare-caption = Candidaturas presentadas – { $country }, una por columna
natcom-compare-show = Mostrar
natcom-compare-show-button = Mostrar las seleccionadas
natcom-compare-stage = Etapa
natcom-compare-completeness = Respuestas
natcom-compare-complete = Completas
natcom-compare-lacking = { $count ->
    [one] Falta { $count } respuesta
    [many] Faltan { $count } de respuestas
   *[other] Faltan { $count } respuestas
}
natcom-compare-signed = Documentos firmados
natcom-compare-signatures = Compromiso: { $pledge }; Parte 2: { $part2 }
natcom-yes = sí
natcom-no = no
natcom-compare-order = Su orden (1 en primer lugar)
natcom-compare-order-of = El puesto de { $city } en su orden
natcom-compare-choose = Elegir
natcom-compare-choose-city = Elegir { $city }
natcom-compare-save-order = Guardar el orden
natcom-compare-order-saved = Su orden se ha guardado; sus colegas también lo ven.
natcom-compare-review-chosen = Revisar las candidaturas elegidas
natcom-event-ranked = La situó en el puesto { $rank } del orden de la Comisión Nacional
natcom-event-unranked = La retiró del orden de la Comisión Nacional
natcom-confirm-title = Avalar y enviar al UIL
natcom-confirm-back = Volver a la comparación
natcom-confirm-lead = Estas candidaturas se avalarán y se enviarán al UIL todas juntas, o no se avalará ninguna: compruebe que cada una tiene su Parte 2.
natcom-confirm-col-part2 = Parte 2
natcom-confirm-part2-ready = Constan el nombre y el cargo del firmante, y la Parte 2 firmada
natcom-confirm-button = { $count ->
    [one] Avalar y enviar { $count } candidatura al UIL
    [many] Avalar y enviar { $count } de candidaturas al UIL
   *[other] Avalar y enviar { $count } candidaturas al UIL
}
natcom-confirm-hint = Las ciudades y el UIL reciben un aviso por correo electrónico. A partir de entonces, la revisión de las candidaturas corresponde al UIL.
natcom-save-part2-button = Guardar la Parte 2 sin decidir
