### Datos personales (issue [7/8]): la política de privacidad, el consentimiento para publicar el
### perfil de un miembro, el propio perfil, la descarga de los datos propios, la supresión de una
### cuenta, el plazo de conservación de una convocatoria y lo que dice de ello el registro de auditoría.

## El consentimiento, una pregunta de la sección del compromiso del formulario.
field-publish_consent = Una vez aceptada la candidatura, el UIL puede publicar el perfil de la ciudad en el sitio web de la GNLC: ciudad, país, población, superficie, motivación, aplicación y sitio web (opcional)
field-publish_consent-hint = El formulario oficial indica que la información facilitada se mostrará en el sitio web de la GNLC de la UNESCO. Nunca se publican el nombre, la dirección, el número de teléfono ni la dirección de correo electrónico de ninguna persona. La ciudad puede retirar su consentimiento en cualquier momento.

## Debajo de cada formulario que recoge datos personales.
privacy-form-note = Parte de lo que indica aquí son datos personales: la política de privacidad explica qué se conserva, quién lo ve y durante cuánto tiempo.
privacy-notice-link = Política de privacidad

## La política de privacidad (/privacy).
privacy-notice-title = Política de privacidad
privacy-notice-intro = El Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida (UIL) gestiona este sitio para las convocatorias de candidaturas para incorporarse a la Red Mundial de Ciudades del Aprendizaje de la UNESCO (GNLC). Esta página explica qué datos personales conserva, por qué, quién los ve, durante cuánto tiempo y cómo puede usted obtenerlos o hacer que se supriman.
privacy-what-heading = Qué se conserva
privacy-what-accounts = De cada cuenta: el nombre, la dirección de correo electrónico, el idioma elegido, una huella criptográfica de la contraseña (nunca la contraseña en sí), el segundo factor de las cuentas del personal y los inicios de sesión de los últimos días.
privacy-what-applications = De cada candidatura: los nombres y títulos del alcalde y de la persona de contacto, la organización, la dirección postal, el número de teléfono y la dirección de correo electrónico de la persona de contacto, junto con las respuestas sobre la ciudad y los documentos que sube la ciudad.
privacy-what-endorsements = De cada aval: el nombre y el cargo del funcionario de la Comisión Nacional que lo firma, y el aval firmado.
privacy-what-reviews = De cada revisión: las evaluaciones y puntuaciones del personal del UIL y de los miembros del jurado, y los conflictos de intereses que declaran los miembros del jurado.
privacy-what-records = Un registro de lo que se hizo y de quién lo hizo (el número de la cuenta, nunca una copia de los datos), y una copia de cada correo enviado.
privacy-why-heading = Por qué
privacy-why-text = Para gestionar la convocatoria: permitir que una ciudad presente su candidatura, que su Comisión Nacional la avale, y que el UIL y el jurado la revisen y decidan; escribir a las personas interesadas sobre ella; y, en el caso de las ciudades aceptadas, mantener el contacto con los miembros de la red.
privacy-who-heading = Quién los ve
privacy-who-city = El propio equipo de la ciudad ve su candidatura, en todas las etapas.
privacy-who-natcom = La Comisión Nacional del Estado Miembro de la ciudad ve la candidatura una vez presentada, nunca un borrador, y nunca la de otro país.
privacy-who-uil = El personal del UIL ve las candidaturas que llegaron al UIL; los coordinadores del UIL lo ven todo, para gestionar la convocatoria.
privacy-who-jury = Un miembro del jurado solo ve las candidaturas que se le asignan, sin el teléfono, el correo electrónico ni la dirección postal de la persona de contacto, y nunca una con la que tenga un conflicto de intereses.
privacy-who-public = El público solo ve el perfil de una ciudad aceptada si la ciudad ha dado su consentimiento, y nunca el nombre ni los datos de ninguna persona.
privacy-how-long-heading = Durante cuánto tiempo
privacy-how-long-text = Cada convocatoria tiene un plazo de conservación, fijado por el UIL (normalmente, 24 meses después de la última decisión de la convocatoria). Una vez transcurrido, se suprimen los datos personales de las candidaturas que no fueron aceptadas, que se retiraron o que nunca se presentaron, así como los documentos de todas las candidaturas salvo las aceptadas; los registros de lo ocurrido solo conservan números. Los datos de una ciudad aceptada se conservan mientras sea miembro.
privacy-rights-heading = Sus derechos
privacy-rights-download = Descargar todos los datos que se conservan sobre usted y sus candidaturas
privacy-rights-delete = Eliminar su cuenta
privacy-rights-consent = Retirar el consentimiento de una ciudad para publicar su perfil, en la página de la candidatura o solicitándolo al UIL.
privacy-contact-heading = A quién dirigirse
privacy-contact-text = Para cualquier pregunta sobre sus datos, o para que se supriman si no puede iniciar sesión, escriba al equipo del UIL:
privacy-contact-text-no-address = Para cualquier pregunta sobre sus datos, o para que se supriman si no puede iniciar sesión, escriba al equipo del UIL a la dirección indicada en la convocatoria.

## El consentimiento, en las páginas de la candidatura.
privacy-consent-given = La ciudad da su consentimiento para la publicación de su perfil una vez aceptada su candidatura.
privacy-consent-withdraw = Retirar el consentimiento para la publicación
privacy-uil-consent-yes = La ciudad da su consentimiento para la publicación de su perfil una vez aceptada su candidatura.
privacy-uil-consent-no = La ciudad no ha dado su consentimiento para la publicación de su perfil.
privacy-uil-consent-withdraw = Retirar el consentimiento, a petición de la ciudad
privacy-event-consent-withdrawn = Retiró el consentimiento para publicar el perfil de la ciudad

## El perfil público de un miembro (/members/{ id }).
privacy-profile-title = { $city }: miembro de la Red Mundial de Ciudades del Aprendizaje
privacy-profile-back = Todos los miembros
privacy-profile-member-since = Miembro desde
privacy-profile-figure-year = { $value } ({ $year })

## La propia cuenta.
privacy-account-heading = Sus datos
privacy-account-download = Descargar sus datos
privacy-account-delete = Eliminar su cuenta
privacy-erased-person = (cuenta eliminada)

## La descarga (/account/data).
privacy-data-title = Descargar sus datos
privacy-data-text = Recibirá un único archivo ZIP: un archivo JSON con todo lo que se conserva sobre usted y sus candidaturas (su cuenta, las respuestas, las etapas y los eventos, los correos que se le enviaron y sus inicios de sesión), y los documentos que usted o su equipo subieron.
privacy-data-recorded = La descarga queda registrada, con su fecha y hora, en el registro de auditoría del UIL.
privacy-data-download = Descargar el archivo ZIP

## Eliminar la propia cuenta (/account/delete).
privacy-delete-title = Eliminar su cuenta
privacy-delete-text = Su nombre, su dirección de correo electrónico y su contraseña se suprimen de inmediato, y se cierra su sesión. Lo que usted hizo queda registrado solo con un número de cuenta.
privacy-delete-drafts = Sus borradores pierden sus respuestas y documentos.
privacy-delete-submitted = Sus candidaturas presentadas se conservan, sin los nombres ni los datos del alcalde y de la persona de contacto, para que la Comisión Nacional y el UIL puedan terminar de tramitarlas.
privacy-delete-kept = Los mensajes que usted escribió (una nota, un motivo) se conservan con la candidatura a la que se refieren.
privacy-delete-download-first = Descargue primero sus datos
privacy-delete-password = Su contraseña, para confirmar
privacy-delete-submit = Eliminar mi cuenta
privacy-deleted-title = Su cuenta se ha eliminado
privacy-deleted-text = Su nombre, su dirección de correo electrónico y su contraseña se han suprimido. Gracias por su interés en la Red Mundial de Ciudades del Aprendizaje.
privacy-deleted-link = Ir a la página de la convocatoria

## El UIL suprime una cuenta a petición de su titular (/uil/erasure).
privacy-erasure-link = Suprimir los datos de una persona a petición suya
privacy-erasure-title = Suprimir los datos de una persona a petición suya
privacy-erasure-text = Cuando una persona pide al UIL que suprima su cuenta (por ejemplo, porque no puede iniciar sesión), su cuenta se seudonimiza como si la hubiera eliminado ella misma. La supresión y su motivo quedan anotados en el registro de auditoría.
privacy-erasure-email = La dirección de correo electrónico de la cuenta
privacy-erasure-reason = Motivo
privacy-erasure-reason-hint = Por ejemplo: solicitud por correo electrónico del 3 de marzo, referencia 2025-17.
privacy-erasure-submit = Suprimir la cuenta
privacy-erasure-done = La cuenta se ha suprimido: { $applications ->
    [one] una candidatura expurgada
   *[other] { $applications } candidaturas expurgadas
}, { $documents ->
    [one] un documento eliminado
   *[other] { $documents } documentos eliminados
}.
privacy-erasure-audit-link = Ver el registro de auditoría
privacy-no-such-account = Ninguna cuenta utiliza esta dirección de correo electrónico
refusal-erasure-not-yours = Solo un coordinador del UIL puede suprimir la cuenta de otra persona.
refusal-last-administrator = Esta es la cuenta del último coordinador del UIL: invite a otro coordinador antes de suprimirla.

## El plazo de conservación, en el formulario de una convocatoria.
privacy-call-retention = Plazo de conservación, en meses después de la última decisión de la convocatoria
privacy-call-retention-hint = Transcurrido ese plazo, se suprimen los datos personales de las candidaturas que la convocatoria no aceptó, así como los documentos de todas las candidaturas salvo las aceptadas. Normalmente, 24.

## El registro de auditoría.
privacy-audit-heading = Datos personales
privacy-audit-col-reason = Motivo
privacy-audit-account = Cuenta { $id }
privacy-audit-downloaded = Descargó sus datos
privacy-audit-erased = Suprimió la cuenta: { $applications ->
    [one] una candidatura expurgada
   *[other] { $applications } candidaturas expurgadas
}, { $documents ->
    [one] un documento eliminado
   *[other] { $documents } documentos eliminados
}
privacy-audit-retention = Plazo de conservación vencido: { $applications ->
    [one] una candidatura expurgada
   *[other] { $applications } candidaturas expurgadas
}, { $documents ->
    [one] un documento eliminado
   *[other] { $documents } documentos eliminados
}
privacy-audit-retention-job = La tarea diaria de aplicación de los plazos de conservación
privacy-audit-self = El titular de la cuenta
