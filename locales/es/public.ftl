# Las páginas públicas: la convocatoria y el directorio de miembros.

## Las regiones de la UNESCO, según las cuales el directorio agrupa a los Estados Miembros.

region-africa = África
region-arab-states = Estados Árabes
region-asia-pacific = Asia y el Pacífico
region-europe-north-america = Europa y América del Norte
region-latin-america-caribbean = América Latina y el Caribe

## La página de la convocatoria

public-no-call-title = No hay ninguna convocatoria publicada
public-no-call-heading = Todavía no se ha publicado ninguna convocatoria
public-no-call-text = La próxima convocatoria para la adhesión a la red se anunciará aquí.

public-phase-not-open = Todavía no está abierta
public-phase-not-open-detail = El plazo de presentación de candidaturas se abre el { $opens }. Ya puede registrarse y preparar su candidatura.
public-phase-open-cities = Abierta para las ciudades: { $left }
public-phase-open-cities-detail = Presente su candidatura a su Comisión Nacional a más tardar el { $deadline }.
public-phase-open-natcoms = Cerrada para las ciudades; abierta para las Comisiones Nacionales
public-phase-open-natcoms-detail = Las ciudades podían presentar su candidatura hasta el { $city }. Las Comisiones Nacionales otorgan su aval y presentan las candidaturas al UIL hasta el { $natcom } ({ $left }).
public-phase-closed = Esta convocatoria está cerrada
public-phase-closed-detail = Las ciudades presentaron sus candidaturas hasta el { $city }; las Comisiones Nacionales, hasta el { $natcom }.

public-register-to-apply = Registrarse para presentar una candidatura
public-already-registered = ¿Ya tiene una cuenta?
public-sign-in-to-continue = Inicie sesión para continuar con su candidatura
public-sign-in-to-see = Inicie sesión para consultar sus candidaturas

public-dates-heading = Fechas clave
public-dates-opens = Apertura de las candidaturas
public-dates-city = Las ciudades presentan su candidatura a su Comisión Nacional a más tardar el
public-dates-natcom = Las Comisiones Nacionales presentan las candidaturas al UIL a más tardar el
public-zone-aoe = Cada fecha corresponde a un día completo en la zona «Anywhere on Earth» (AoE, UTC−12): un plazo sigue abierto mientras ese día no haya terminado en algún lugar de la Tierra.
public-zone-named = Cada fecha corresponde a un día completo en la zona horaria { $zone }.

public-steps-heading = Cómo presentar una candidatura
public-step-city-who = La ciudad
public-step-city = se registra, rellena el formulario de candidatura, sube el compromiso firmado y sellado por la alcaldía, y presenta la candidatura a la Comisión Nacional para la UNESCO de su país a más tardar el { $date }.
public-step-natcom-who = La Comisión Nacional
public-step-natcom = otorga su aval a un máximo de { $quota ->
        [one] { $quota } ciudad
       *[other] { $quota } ciudades
    } de su país y las presenta al Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida (UIL) a más tardar el { $date }.
public-step-uil-who = El UIL
public-step-uil = examina las candidaturas avaladas y decide qué ciudades se incorporan a la red.

public-call-text-heading = La convocatoria

## El directorio de miembros

public-members-title = Ciudades miembros
public-members-lead = Ciudades que se han incorporado a la Red Mundial de Ciudades del Aprendizaje de la UNESCO (GNLC).
public-members-partial-title = Esta lista es parcial.
public-members-partial = { $total ->
        [one] Recoge { $total } ciudad miembro que figura en anuncios públicos, con el año de su incorporación cuando se conoce, y las ciudades admitidas a través de este servicio. El UIL mantiene la lista oficial.
       *[other] Recoge las { $total } ciudades miembros que figuran en anuncios públicos, con el año de su incorporación cuando se conoce, y las ciudades admitidas a través de este servicio. El UIL mantiene la lista oficial.
    }
public-members-region = Región
public-members-all-regions = Todas las regiones
public-members-country = País
public-members-all-countries = Todos los países
public-members-country-option = { $country } ({ $count })
public-members-show = Mostrar los miembros
public-members-clear = Borrar los filtros
public-members-by-region = Miembros por región
public-members-counts-caption = Número de ciudades miembros en cada región
public-members-col-members = Miembros
public-members-matching = { $count ->
        [one] { $count } miembro encontrado
       *[other] { $count } miembros encontrados
    }
public-members-all = { $count ->
        [one] { $count } miembro
       *[other] Los { $count } miembros
    }
public-members-none = Ninguna ciudad miembro coincide con estos filtros.
public-members-show-all = Mostrar todos los miembros
public-members-col-city = Ciudad
public-members-col-joined = Año de incorporación
public-members-unknown-year = desconocido

public-call-text-in-english = El texto de esta convocatoria aún no está disponible en español; se muestra en inglés.
