# Every mail: subjects and paragraphs (src/mail/messages.rs). Mail is plain text: no
# Unicode isolation marks are added around placeables. A mail's kind in the outbox names
# its keys: `mail-<kind>-subject`, `mail-<kind>-body`… Web addresses are not in these
# messages: each link is a paragraph of its own, after the sentence that introduces it.
# $city is a city's name as typed; $country a Member State's name; $deadline a deadline
# with its zone and its UTC time ("31 May 2023, 23:59 AoE (1 June 2023, 11:59 UTC)");
# $date a date alone ("31 May 2023").

## Shared by every mail.
# The line at the top of the HTML part.
mail-banner = UNESCO Global Network of Learning Cities — Call for membership
mail-greeting = Dear colleague,
mail-greeting-named = Dear { $name },
mail-greeting-hello = Hello,
mail-signature = UNESCO Institute for Lifelong Learning
# The signature of notices the service sends to UIL's own staff.
mail-signature-service = { site-short-name }

## Accounts.
mail-verify_email-subject = Confirm your email address for { site-short-name }
mail-verify_email-body = Please confirm your email address for { site-short-name }, the application service of the UNESCO Global Network of Learning Cities, by opening this link:
mail-verify_email-expiry = The link works once, for 3 days. Until you confirm your address you can prepare your city's application, but not submit it.
mail-verify_email-ignore = If you did not register, you can ignore this message.

mail-account_exists-subject = You already have a { site-short-name } account
mail-account_exists-body = Someone tried to register for { site-short-name } with this email address, which already has an account. If it was you, sign in here:
mail-account_exists-reset = If you have forgotten your password, choose a new one here:
mail-account_exists-ignore = If it was not you, you can ignore this message: nothing has changed.

mail-password_reset-subject = Reset your { site-short-name } password
mail-password_reset-body = To choose a new password for { site-short-name }, open this link:
mail-password_reset-expiry = The link works once, for 1 hour. When you set a new password, you are signed out everywhere else.
mail-password_reset-ignore = If you did not ask for this, you can ignore this message: your password has not changed.

# $role is the name of a role (role-… in refusals.ftl) or mail-invitation-role-natcom.
mail-invitation-subject = You are invited to { site-short-name }: { $role }
mail-invitation-role-natcom = National Commission of { $country }
mail-invitation-body = You are invited to { site-short-name }, the application service of the UNESCO Global Network of Learning Cities, as: { $role }.
mail-invitation-accept = To accept, choose your password here:
mail-invitation-expiry = The link works once, for 7 days.

## To a person the owner of an application invites to work on it.
mail-colleague_invitation-subject = Work with us on the application of { $city } to the UNESCO Global Network of Learning Cities
mail-colleague_invitation-body = { $inviter } invites you to work on the application of { $city } to the UNESCO Global Network of Learning Cities, on { site-short-name }.
mail-colleague_invitation-accept = To join, open this link and sign in, or create an account, with this address ({ $email }):
mail-colleague_invitation-expiry = The link works once, for 14 days.

## To the city, when it submits its application.
mail-submission_receipt-subject = Received: the application of { $city } to the UNESCO Global Network of Learning Cities
mail-submission_receipt-body = We have received the application of { $city } to join the UNESCO Global Network of Learning Cities. It has been submitted to the National Commission of { $country } for UNESCO.
mail-submission_receipt-next = What happens next: the National Commission decides which cities of { $country } it endorses (at most three) and submits them to the UNESCO Institute for Lifelong Learning by { $deadline }. We will write to you when it has decided.
mail-submission_receipt-follow = You can see the application and its progress here:

## To the National Commission, when a city of its Member State submits.
mail-natcom_new_application-subject = New application to endorse: { $city }
mail-natcom_new_application-body = { $city } ({ $country }) has submitted its application to join the UNESCO Global Network of Learning Cities, for your endorsement.
mail-natcom_new_application-next = Your National Commission may endorse at most three cities and submit them to the UNESCO Institute for Lifelong Learning by { $deadline }. Read the application here:

## To the city, when its application moves. Each has a subject, a headline (with $city
## and $country) and what comes next; some quote what the National Commission or UIL
## wrote, after its label.
mail-natcom-note = The National Commission's note:
mail-natcom-reason = The National Commission's reason:
mail-natcom-message = The National Commission's message:
mail-uil-message = UIL's message:
mail-city-follow = You can see the application of { $city } and its progress here:

mail-natcom_endorsed-subject = { $city } is endorsed by its National Commission
mail-natcom_endorsed-headline = The National Commission of { $country } for UNESCO has endorsed the application of { $city }.
mail-natcom_endorsed-next = It will submit the application to the UNESCO Institute for Lifelong Learning by { $deadline }.

mail-natcom_declined-subject = The application of { $city } was not endorsed
mail-natcom_declined-headline = The National Commission of { $country } for UNESCO has decided not to endorse the application of { $city }.
mail-natcom_declined-next = The application goes no further in this call.

mail-natcom_returned-subject = The application of { $city } was returned to you
mail-natcom_returned-headline = The National Commission of { $country } for UNESCO has returned the application of { $city } to you, to change it.
mail-natcom_returned-next = You can change the application and submit it again until { $deadline }.

mail-natcom_reopened-subject = The National Commission is deciding again on { $city }
mail-natcom_reopened-headline = The National Commission of { $country } for UNESCO has taken back its decision on the application of { $city }, and will decide again.
mail-natcom_reopened-next = It decides by { $deadline }.

mail-natcom_forwarded-subject = The application of { $city } is with UIL
mail-natcom_forwarded-headline = The National Commission of { $country } for UNESCO has submitted the application of { $city } to the UNESCO Institute for Lifelong Learning.
mail-natcom_forwarded-next = UIL reviews the applications it receives and writes to you with its decision.

mail-uil_accepted-subject = { $city } joins the UNESCO Global Network of Learning Cities
mail-uil_accepted-headline = The UNESCO Institute for Lifelong Learning has accepted { $city } ({ $country }) as a member of the UNESCO Global Network of Learning Cities.
mail-uil_accepted-next = Welcome to the network.

mail-uil_not_accepted-subject = UIL's decision on the application of { $city }
mail-uil_not_accepted-headline = The UNESCO Institute for Lifelong Learning has decided not to accept the application of { $city } ({ $country }) in this call.
mail-uil_not_accepted-next = Thank you for the work that went into the application.

## To the National Commission, when UIL decides on one of its cities.
mail-uil_decision_natcom-accepted-subject = UIL's decision on { $city }: accepted
mail-uil_decision_natcom-accepted-body = The UNESCO Institute for Lifelong Learning has decided on the application of { $city }, which your National Commission endorsed: { $city } is accepted as a member of the UNESCO Global Network of Learning Cities.
mail-uil_decision_natcom-not_accepted-subject = UIL's decision on { $city }: not accepted
mail-uil_decision_natcom-not_accepted-body = The UNESCO Institute for Lifelong Learning has decided on the application of { $city }, which your National Commission endorsed: it is not accepted in this call.
mail-uil_decision_natcom-message = UIL's message to the city:
mail-uil_decision_natcom-follow = The application:

## To UIL coordinators, when a National Commission submits cities. The body is followed
## by the list of the cities, one a line.
mail-uil_submissions-subject = { $country } submitted { $count ->
    [one] { $count } application
   *[other] { $count } applications
} to UIL
mail-uil_submissions-body = The National Commission of { $country } for UNESCO has submitted { $count ->
    [one] this application
   *[other] these { $count } applications
} to UIL:
mail-uil_submissions-follow = Waiting for review here:

## Reminders before the city deadline, to the owner of a draft.
mail-reminder_city-subject = Reminder: submit the application of { $city } by { $date }
mail-reminder_city_week-body = One week is left to submit the application of { $city } to your National Commission for UNESCO: the deadline is { $deadline }. It is still a draft.
mail-reminder_city_day-body = One day is left to submit the application of { $city } to your National Commission for UNESCO: the deadline is { $deadline }. It is still a draft.
mail-reminder_city-follow = Finish and submit it here:

## Reminders before the National Commissions' deadline, to those with work left.
mail-reminder_natcom-subject = Reminder: submit your endorsements to UIL by { $date }
mail-reminder_natcom-body = The National Commission of { $country } has until { $deadline } to endorse cities and submit them to UIL.
mail-reminder_natcom-undecided = { $count ->
    [one] { $count } application is still waiting for your decision.
   *[other] { $count } applications are still waiting for your decision.
}
mail-reminder_natcom-unsent = { $count ->
    [one] { $count } endorsed application is not yet submitted to UIL.
   *[other] { $count } endorsed applications are not yet submitted to UIL.
}
mail-reminder_natcom-left = { $days ->
    [one] { $days } day is left.
   *[other] { $days } days are left.
}
mail-reminder_natcom-follow = Your applications:
