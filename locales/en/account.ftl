# Register, sign in, confirm an address, reset a password, accept an invitation, the
# account page.

account-email = Email address
account-password = Password
account-full-name = Full name

## Signing in

account-sign-in-title = Sign in
account-forgot-password = Forgot your password?
# Followed by the link "Create one to apply for your city".
account-no-account = No account yet?
account-create-one = Create one to apply for your city
# What the sign-in page says after a redirect.
account-notice-confirmed = Your email address is confirmed. Sign in to continue.
account-notice-reset = Your password has been changed and you were signed out everywhere. Sign in with your new password.
account-notice-welcome = Your password is set. Sign in to start.
account-notice-signed-out = You have signed out.

## Registering

account-register-title = Create an account
account-register-lead = For staff of a city that wants to apply. National Commissions and UIL staff are invited by UIL instead.
account-email-hint = We will send a link to confirm it.
# $min: the least number of characters of a password.
account-password-hint = { $min ->
        [one] At least { $min } character. Three unrelated words make a strong password.
       *[other] At least { $min } characters. Three unrelated words make a strong password.
    }
account-register-submit = Create account
# Followed by the link "Sign in".
account-have-account = Already have an account?

account-check-email-title = Check your email
# $email: the address typed; $days: how long the link works.
account-sent-to = { $days ->
        [one] We have sent a message to { $email }. Open the link in it to confirm your address; it works for { $days } day.
       *[other] We have sent a message to { $email }. Open the link in it to confirm your address; it works for { $days } days.
    }
account-sent-to-unknown = { $days ->
        [one] We have sent a message to the address you gave. Open the link in it to confirm your address; it works for { $days } day.
       *[other] We have sent a message to the address you gave. Open the link in it to confirm your address; it works for { $days } days.
    }
account-sent-start-now = You can sign in and start your city's application now. You need to confirm your address before you submit it.
account-sent-wrong-address = Not the right address, or no message after a few minutes? Check your spam folder, or register again with the right address.

## Confirming an address

account-confirm-email-title = Confirm your email address
account-confirm-email-submit = Confirm my email address

## Passwords

account-reset-text = Enter the email address of your account. We will send it a link to choose a new password.
account-reset-submit = Send me a link
# $email: the address typed; $hours: how long the link works.
account-reset-sent = { $hours ->
        [one] If { $email } has an account, we have sent it a link to choose a new password. The link works once, for { $hours } hour.
       *[other] If { $email } has an account, we have sent it a link to choose a new password. The link works once, for { $hours } hours.
    }
account-reset-no-message = No message after a few minutes? Check your spam folder, or try again.
account-back-to-sign-in = Back to sign in
account-new-password-heading = Choose a new password
account-invitation-heading = Welcome to { site-short-name }: choose your password
account-new-password = New password
account-set-password-submit = Set password

account-link-expired-title = This link has expired or was already used
account-link-expired-verify = { $days ->
        [one] Links to confirm an email address work once, for { $days } day. Sign in and ask for a new link on your account page.
       *[other] Links to confirm an email address work once, for { $days } days. Sign in and ask for a new link on your account page.
    }
account-link-expired-reset = { $hours ->
        [one] Links to reset a password work once, for { $hours } hour. Ask for a new one on the page “Forgot your password?”.
       *[other] Links to reset a password work once, for { $hours } hours. Ask for a new one on the page “Forgot your password?”.
    }
account-link-expired-invitation = { $days ->
        [one] Invitations work once, for { $days } day. Ask the UIL coordinator who invited you for a new one.
       *[other] Invitations work once, for { $days } days. Ask the UIL coordinator who invited you for a new one.
    }

## The account page

account-page-title = Your account
account-password-changed = Your password is changed. You stay signed in here; everywhere else you were signed out.
# $email: the account's address; $days: how long the link works.
account-link-sent = { $days ->
        [one] We have sent a new link to { $email }. It works for { $days } day.
       *[other] We have sent a new link to { $email }. It works for { $days } days.
    }
# In bold, followed by account-unconfirmed-text.
account-unconfirmed-title = Confirm your email address.
account-unconfirmed-text = Open the link we sent to { $email }. You can prepare an application now, but you need a confirmed address to submit it.
account-send-new-link = Send me a new link
account-name = Name
# After the address.
account-email-confirmed = (confirmed)
account-email-not-confirmed = (not confirmed yet)
account-role = Role
# A role and the Member State it is for: "National Commission (Morocco)".
account-role-of-country = { $role } ({ $country })
account-change-password = Change your password

## Two-factor sign-in

account-code-title = Enter your sign-in code
account-code-label = Code
account-code-hint = The six-digit code your authenticator app shows now, or one of your recovery codes.
account-code-remember = { $days ->
    [one] Do not ask for a code on this browser for { $days } day
   *[other] Do not ask for a code on this browser for { $days } days
}
account-code-submit = Continue
account-code-start-again = Sign in again from the start
account-two-factor-title = Two-factor sign-in
account-two-factor-required = Your account decides on applications, so signing in takes two steps: your password, then a code from an authenticator app on your phone. Set it up now to reach your pages.
account-two-factor-optional = After your password, the site will ask for a code from an authenticator app on your phone: someone who learns your password still cannot sign in.
account-two-factor-step-scan = Scan this QR code with an authenticator app, such as FreeOTP, Google Authenticator or Microsoft Authenticator.
account-two-factor-qr-label = QR code of the key for your authenticator app
account-two-factor-step-type = If you cannot scan it, add an account in the app by hand and type this key:
account-two-factor-step-confirm = Then type the six-digit code the app shows.
account-two-factor-submit = Turn on two-factor sign-in
account-two-factor-is-on = Two-factor sign-in is on.
account-two-factor-codes-left = { $count ->
    [one] You have { $count } recovery code left.
   *[other] You have { $count } recovery codes left.
}
account-two-factor-lost = Lost your phone and your recovery codes? A UIL coordinator can reset your second factor; you then set up a new one.
account-continue = Continue
account-recovery-codes-heading = Your recovery codes
account-recovery-codes-lead = Keep these codes somewhere safe, apart from your phone: print them or write them down. Each opens your account once if you lose your phone. They are shown only now.
account-two-factor-state-on = On.
account-two-factor-state-off = Off.
account-two-factor-see = See your recovery codes left
account-two-factor-set-up = Set it up
