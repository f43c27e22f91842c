# El marco de todas las páginas, el menú de idiomas, las páginas de error y las palabras que
# comparten muchas páginas. El inglés es la fuente: cada clave existe en todos los idiomas.

# El idioma nombrado en sí mismo, en el menú de idiomas.
language-self = Español

site-name = Red Mundial de Ciudades del Aprendizaje de la UNESCO
site-short-name = Convocatoria GNLC
site-tagline = Convocatoria de candidaturas
skip-to-content = Saltar al contenido principal
nav-main = Navegación principal
nav-call = La convocatoria
nav-members = Miembros
nav-register = Registrarse
nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión
nav-languages = Idiomas
footer-run-by = Gestionado por el Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida (UIL) para la Red Mundial de Ciudades del Aprendizaje de la UNESCO.

# Una fecha y una hora, ambas ya escritas en el idioma del lector.
date-and-time = { $date }, { $time }
# Un momento en una zona horaria y luego el mismo momento en UTC: «31 de mayo de 2023, 23:59 AoE (1 de junio de 2023, 11:59 UTC)».
moment-in-zone = { $local } { $zone } ({ $utc } UTC)

error-summary-title = Se ha producido un problema
error-prefix = Error:

error-not-found-heading = Página no encontrada
error-not-found-text = Si escribió la dirección web, compruebe que sea correcta. Si siguió un enlace, es posible que la página se haya trasladado o que usted no tenga acceso a ella.
error-forbidden-heading = No puede realizar esta acción
error-forbidden-text = Su cuenta no da acceso a esta página, o el formulario que envió había caducado. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-bad-request-heading = No se pudo leer el formulario
error-bad-request-text = Vuelva atrás, recargue la página e inténtelo de nuevo.
error-too-large-heading = Lo que envió es demasiado grande
error-too-large-text = Cada archivo puede tener como máximo 10 MB. Vuelva atrás y elija un archivo más pequeño.
error-refused-heading = No se realizó la acción
error-too-many-heading = Demasiadas solicitudes
error-too-many-text = Llegaron demasiadas solicitudes desde su red en poco tiempo. Inténtelo de nuevo más tarde: no se ha perdido nada de lo que envió antes de esta página.
error-busy-heading = Lo sentimos, el servicio está saturado
error-busy-text = No se ha perdido nada de lo que envió antes de esta página. Inténtelo de nuevo dentro de un minuto.
error-internal-heading = Lo sentimos, hay un problema con el servicio
error-internal-text = El problema ha quedado registrado. Inténtelo de nuevo más tarde; no se ha perdido nada de lo que guardó antes de esta página.
error-go-to-call = Ir a la página de la convocatoria
error-see-members = Ver las ciudades miembros
error-status = Error { $status }
moment-utc = { $moment } UTC
