# Registrarse, iniciar sesión, confirmar una dirección, restablecer una contraseña,
# aceptar una invitación, la página de la cuenta.

account-email = Dirección de correo electrónico
account-password = Contraseña
account-full-name = Nombre completo

## Inicio de sesión

account-sign-in-title = Iniciar sesión
account-forgot-password = ¿Ha olvidado su contraseña?
account-no-account = ¿Todavía no tiene una cuenta?
account-create-one = Cree una para presentar la candidatura de su ciudad
account-notice-confirmed = Su dirección de correo electrónico ha quedado confirmada. Inicie sesión para continuar.
account-notice-reset = Su contraseña se ha cambiado y se han cerrado todas sus sesiones. Inicie sesión con su nueva contraseña.
account-notice-welcome = Su contraseña se ha establecido. Inicie sesión para comenzar.
account-notice-signed-out = Ha cerrado la sesión.

## Registro

account-register-title = Crear una cuenta
account-register-lead = Para el personal de las ciudades que desean presentar su candidatura. Las Comisiones Nacionales y el personal del UIL reciben, en cambio, una invitación del UIL.
account-email-hint = Le enviaremos un enlace para confirmarla.
account-password-hint = { $min ->
        [one] Al menos { $min } carácter. Tres palabras sin relación entre sí forman una contraseña segura.
       *[other] Al menos { $min } caracteres. Tres palabras sin relación entre sí forman una contraseña segura.
    }
account-register-submit = Crear la cuenta
account-have-account = ¿Ya tiene una cuenta?

account-check-email-title = Consulte su correo electrónico
account-sent-to = { $days ->
        [one] Hemos enviado un mensaje a { $email }. Abra el enlace que contiene para confirmar su dirección; es válido durante { $days } día.
       *[other] Hemos enviado un mensaje a { $email }. Abra el enlace que contiene para confirmar su dirección; es válido durante { $days } días.
    }
account-sent-to-unknown = { $days ->
        [one] Hemos enviado un mensaje a la dirección que indicó. Abra el enlace que contiene para confirmar su dirección; es válido durante { $days } día.
       *[other] Hemos enviado un mensaje a la dirección que indicó. Abra el enlace que contiene para confirmar su dirección; es válido durante { $days } días.
    }
account-sent-start-now = Ya puede iniciar sesión y comenzar la candidatura de su ciudad. Deberá confirmar su dirección antes de presentarla.
account-sent-wrong-address = ¿No es la dirección correcta o no ha recibido ningún mensaje al cabo de unos minutos? Revise su carpeta de correo no deseado o vuelva a registrarse con la dirección correcta.

## Confirmación de la dirección

account-confirm-email-title = Confirme su dirección de correo electrónico
account-confirm-email-submit = Confirmar mi dirección de correo electrónico

## Contraseñas

account-reset-text = Introduzca la dirección de correo electrónico de su cuenta. Le enviaremos un enlace para elegir una nueva contraseña.
account-reset-submit = Enviarme un enlace
account-reset-sent = { $hours ->
        [one] Si { $email } corresponde a una cuenta, le hemos enviado un enlace para elegir una nueva contraseña. El enlace solo puede utilizarse una vez, durante { $hours } hora.
       *[other] Si { $email } corresponde a una cuenta, le hemos enviado un enlace para elegir una nueva contraseña. El enlace solo puede utilizarse una vez, durante { $hours } horas.
    }
account-reset-no-message = ¿No ha recibido ningún mensaje al cabo de unos minutos? Revise su carpeta de correo no deseado o vuelva a intentarlo.
account-back-to-sign-in = Volver al inicio de sesión
account-new-password-heading = Elija una nueva contraseña
account-invitation-heading = Le damos la bienvenida a { site-short-name }: elija su contraseña
account-new-password = Nueva contraseña
account-set-password-submit = Establecer la contraseña

account-link-expired-title = Este enlace ha caducado o ya se ha utilizado
account-link-expired-verify = { $days ->
        [one] Los enlaces para confirmar una dirección de correo electrónico solo pueden utilizarse una vez, durante { $days } día. Inicie sesión y solicite un nuevo enlace en la página de su cuenta.
       *[other] Los enlaces para confirmar una dirección de correo electrónico solo pueden utilizarse una vez, durante { $days } días. Inicie sesión y solicite un nuevo enlace en la página de su cuenta.
    }
account-link-expired-reset = { $hours ->
        [one] Los enlaces para restablecer una contraseña solo pueden utilizarse una vez, durante { $hours } hora. Solicite uno nuevo en la página «¿Ha olvidado su contraseña?».
       *[other] Los enlaces para restablecer una contraseña solo pueden utilizarse una vez, durante { $hours } horas. Solicite uno nuevo en la página «¿Ha olvidado su contraseña?».
    }
account-link-expired-invitation = { $days ->
        [one] Las invitaciones solo pueden utilizarse una vez, durante { $days } día. Solicite una nueva a la persona del UIL encargada de la coordinación que le invitó.
       *[other] Las invitaciones solo pueden utilizarse una vez, durante { $days } días. Solicite una nueva a la persona del UIL encargada de la coordinación que le invitó.
    }

## La página de la cuenta

account-page-title = Su cuenta
account-password-changed = Su contraseña se ha cambiado. Su sesión sigue abierta aquí; todas las demás se han cerrado.
account-link-sent = { $days ->
        [one] Hemos enviado un nuevo enlace a { $email }. Es válido durante { $days } día.
       *[other] Hemos enviado un nuevo enlace a { $email }. Es válido durante { $days } días.
    }
account-unconfirmed-title = Confirme su dirección de correo electrónico.
account-unconfirmed-text = Abra el enlace que enviamos a { $email }. Ya puede preparar una candidatura, pero necesita una dirección confirmada para presentarla.
account-send-new-link = Enviarme un nuevo enlace
account-name = Nombre
account-email-confirmed = (confirmada)
account-email-not-confirmed = (todavía sin confirmar)
account-role = Función
account-role-of-country = { $role } ({ $country })
account-change-password = Cambiar su contraseña

## Inicio de sesión en dos pasos

account-code-title = Introduzca su código de inicio de sesión
account-code-label = Código
account-code-hint = El código de seis dígitos que muestra ahora su aplicación de autenticación, o uno de sus códigos de recuperación.
account-code-remember = { $days ->
        [one] No volver a pedir un código en este navegador durante { $days } día
       *[other] No volver a pedir un código en este navegador durante { $days } días
    }
account-code-submit = Continuar
account-code-start-again = Volver a iniciar sesión desde el principio
account-two-factor-title = Inicio de sesión en dos pasos
account-two-factor-required = Su cuenta toma decisiones sobre candidaturas, por lo que el inicio de sesión consta de dos pasos: su contraseña y, a continuación, un código de una aplicación de autenticación instalada en su teléfono. Configúrelo ahora para acceder a sus páginas.
account-two-factor-optional = Después de su contraseña, el sitio le pedirá un código de una aplicación de autenticación instalada en su teléfono: así, aunque alguien llegue a conocer su contraseña, no podrá iniciar sesión.
account-two-factor-step-scan = Escanee este código QR con una aplicación de autenticación, como FreeOTP, Google Authenticator o Microsoft Authenticator.
account-two-factor-qr-label = Código QR de la clave para su aplicación de autenticación
account-two-factor-step-type = Si no puede escanearlo, añada manualmente una cuenta en la aplicación e introduzca esta clave:
account-two-factor-step-confirm = A continuación, introduzca el código de seis dígitos que muestra la aplicación.
account-two-factor-submit = Activar el inicio de sesión en dos pasos
account-two-factor-is-on = El inicio de sesión en dos pasos está activado.
account-two-factor-codes-left = { $count ->
        [one] Le queda { $count } código de recuperación.
       *[other] Le quedan { $count } códigos de recuperación.
    }
account-two-factor-lost = ¿Ha perdido su teléfono y sus códigos de recuperación? Una persona del UIL encargada de la coordinación puede restablecer su segundo factor; después, usted configurará uno nuevo.
account-continue = Continuar
account-recovery-codes-heading = Sus códigos de recuperación
account-recovery-codes-lead = Guarde estos códigos en un lugar seguro, separados de su teléfono: imprímalos o anótelos. Cada uno permite abrir su cuenta una sola vez si pierde su teléfono. Solo se muestran ahora.
account-two-factor-state-on = Activado.
account-two-factor-state-off = Desactivado.
account-two-factor-see = Ver cuántos códigos de recuperación le quedan
account-two-factor-set-up = Configurarlo
