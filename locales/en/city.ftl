# The city's pages: its applications, starting one, the task list, the sections of the
# form, checking the answers, submission, the application page, printing, withdrawal; and
# the history of an application and its mail, which every role's page shows.
# $city is a city's name as typed; $country a Member State's name; $deadline a moment
# already written ("31 May 2023, 23:59 AoE (1 June 2023, 11:59 UTC)").

## The list of the city's applications.
city-list-title = Your applications
city-list-none = You have not started an application yet.
city-list-col-city = City
city-list-col-country = Country
city-list-col-call = Call
city-list-col-stage = Stage
city-list-col-updated = Last change
city-list-start = Start an application
city-submit-by = Submit it to your National Commission by { $deadline }.

## Starting an application.
city-new-title = Start an application
city-new-intro = Which city is applying? You can save the form as you go and come back to it later.
city-new-start = Start the application

## Shared by the pages of one application.
city-application-of = Application of { $city }
city-application-of-in = Application of { $city }, { $country }
# Followed by why (a sentence of refusals.ftl).
city-closed-heading = Submission is closed.
city-back-to-application = Back to the application
# A button that goes to a field to change it; a screen reader hears the field's label after it.
city-change = Change
city-upload = Upload
city-documents-heading = Documents
# Before a document's link: "Commitment signed by the mayor: pledge.pdf (1.2 MB)".
city-document-kind = { $kind }:
city-document-size = ({ $size })
city-size-mb = { $size } MB
city-size-kb = { $size } kB

## The task list.
city-task-list-title = Your application
city-task-list-progress = You have completed { $completed } of { $required ->
        [one] { $required } required section
       *[other] { $required } required sections
    }. Your answers are saved as you go: you can leave and come back.
# A sentence split around a link to the account page: the start, the link, the end.
city-task-list-confirm-email = Confirm your email address before you submit: open the link we sent you, or
city-ask-for-new-link = ask for a new one
city-task-list-confirm-email-end = .
city-check-and-submit = Check your answers and submit
city-check-answers = Check your answers
city-see-application-page = See the application page

## A section of the form.
# The page's title in the browser: the section, then the city.
city-section-title = { $section } – { $city }
city-documents-intro = You may add up to { $max } PDF files that support the application: a strategy, a plan, a report. Each at most 10 MB.
city-documents-uploaded = Supporting documents uploaded
city-documents-col-file = File
city-documents-col-size = Size
city-documents-col-action = Action
city-document-remove = Remove
# Under a text of at most 200 words.
city-words-too-many = { $count ->
        [one] You have { $count } word too many
       *[other] You have { $count } words too many
    }
city-words-remaining = { $count ->
        [one] You have { $count } word remaining
       *[other] You have { $count } words remaining
    }
city-pledge-label = The application form signed and stamped by the mayor
city-pledge-hint = A PDF of at most 10 MB.
# Followed by the link to the uploaded file, then city-pledge-replace.
city-pledge-uploaded = Uploaded:
city-pledge-replace = ({ $size }). Choose a file only to replace it.
city-pledge-how = Print the application, have the mayor sign and stamp it, and scan it.
city-print-for-signature = Print the application for signature
city-supporting-label = Add supporting documents
city-supporting-hint = PDF files, at most 10 MB each. You can choose several at once.
city-save-and-check = Save and check your answers
city-save-and-continue = Save and continue
city-save-later = Save and come back later
city-read-only-title = This application can no longer be changed

## Checking the answers and submitting.
city-check-title = Check your answers – { $city }
city-check-before-submit = Before you can submit
city-check-missing-intro = These answers are missing:
city-check-heading = Check your answers before submitting
city-missing-pledge = Upload the commitment signed and stamped by the mayor, as a PDF
city-submit-heading = Submit to the National Commission
city-submit-button = Submit to the National Commission
# A sentence split around a link to the account page: the start, the link (city-ask-for-new-link), the end.
city-check-confirm-email = Your email address is not confirmed yet. Open the link we sent you, or
city-check-confirm-email-end = ; then you can submit.
city-check-complete-first = Complete the missing answers above, then come back here to submit.
city-check-by-submitting = By submitting, you send the application of { $city } to the UNESCO National Commission of { $country }. It decides which cities to endorse by { $deadline }. You cannot change the application after this, unless the National Commission returns it to you.

## After submission.
city-submitted-title = Application submitted
city-submitted-with = The application of { $city } is with the UNESCO National Commission of { $country }.
# $when: the moment, in UTC; $email: the contact person's address.
city-submitted-receipt = Submitted on { $when }. We have sent a receipt to { $email }.
city-next-heading = What happens next
city-next-natcom = The National Commission of { $country } decides which cities it endorses (at most three) and submits them to the UNESCO Institute for Lifelong Learning by { $deadline }. We will write to you when it has decided.
city-next-return = It may also return the application to you with a message, so that you can change it and submit it again.
city-see-application-and-progress = See the application and its progress

## The application page.
city-continue = Continue the application
city-printable = Printable version
city-withdraw-button = Withdraw the application
city-progress-heading = Progress
# One step of the history: who did it, and what.
city-event-by = { $who }: { $what }

## The printable application, which the mayor signs (Part 1) and the National Commission
## signs (Part 2).
city-print-title = Application of { $city } (printable)
# $stage: the stage's name; $when: the moment, in UTC.
city-print-stage = Stage: { $stage }. Printed { $when }.
city-print-part1 = Part 1: completed by the city
city-print-documents = Documents attached
city-print-document = { $kind }: { $file }
city-print-no-documents = None
city-print-mayor-signature = Signature and stamp of the mayor:
city-print-date = Date:
city-print-part2 = Part 2: endorsement by the UNESCO National Commission of { $country }
city-print-officer-name = Name of the signing officer
city-print-officer-title = Title of the signing officer
city-print-note = Note
city-print-natcom-signature = The National Commission endorses this application. Signature and stamp:

## Withdrawal.
city-withdraw-title = Withdraw the application of { $city }?
# $stage: the stage inside a sentence ("submitted to the National Commission").
city-withdraw-text = It is now { $stage }. If you withdraw it, it goes no further: the National Commission and UIL will not consider it. You cannot undo this, though you may start a new application while the call is open.
city-withdraw-keep = Keep it
city-cannot-withdraw-title = This application cannot be withdrawn

## The history of an application, on the city's, the National Commission's and UIL's pages.
# Who did it: a person's name and role ("Ana Silva (City applicant)").
city-event-actor = { $name } ({ $role })
city-event-created = Started the application
# $stage: the stage's name.
city-event-moved = Moved it to “{ $stage }”
# $document: the kind of document ("Supporting document"); $file: its file name.
city-event-uploaded = Uploaded: { $document }
city-event-uploaded-file = Uploaded: { $document } ({ $file })
city-event-removed-file = Removed: { $document } ({ $file })
city-event-part2 = Saved Part 2: the signing officer and the National Commission's note
city-event-extended-city = Extended the city deadline to { $deadline }
city-event-extended-natcom = Extended the National Commission deadline to { $deadline }
city-event-note = Wrote a note
city-event-section-saved = Saved the section “{ $section }”
city-event-colleague-joined = { $name } joined the application
city-event-colleague-removed = Removed { $name } from the application

## The state of a mail in an application's mail log.
city-mail-state-queued = Waiting to be sent
city-mail-state-sending = Being sent
city-mail-state-sent = Sent
city-mail-state-failed = Failed

# The live word count, as the reader types (static/wordcount.js puts the number in).
city-words-remaining-live = Words remaining: { $count }
city-words-too-many-live = Words over the limit: { $count }

## The people who work on an application

city-team-link = People working on this application
city-team-title = People working on this application
city-team-lead = Everyone here can fill in the form, add documents and submit the application, and receives its mail. The timeline says who did what.
city-team-col-part = Part
city-team-col-actions = Actions
city-team-owner = Started the application
city-team-colleague = Colleague
city-team-remove = Remove
# The date is when the invitation's link stops working.
city-team-invited-until = Invited; the link works until { $date }
city-team-invite-heading = Invite a colleague
city-team-invite-hint = We will send them a link. They join by signing in, or creating an account, with this address.
city-team-invite-submit = Send the invitation
city-team-owner-manages = The person who started the application invites and removes colleagues.
city-team-invited = { $days ->
    [one] Invitation sent to { $email }. The link works for { $days } day.
   *[other] Invitation sent to { $email }. The link works for { $days } days.
}
city-team-removed = The colleague was removed: they can no longer open the application.
city-team-invitation-title = An invitation to work on an application
city-team-invitation-lead = { $inviter } invites you to work on the application of { $city } to the UNESCO Global Network of Learning Cities.
city-team-invitation-sign-in = Sign in with { $email }, or create an account with that address, then open this link again.
city-team-invitation-other-account = This invitation is for { $email }, and you are signed in as { $current }. Sign out, then sign in with { $email }.
city-team-invitation-join = Join the application of { $city }
city-team-invitation-expired = This invitation has expired, was already used or was replaced by a newer one. Ask the colleague who invited you to send a new one.

## Applying again from an earlier application

# A button in the row of an earlier application; the city's name follows for screen readers.
city-list-start-again = Start a new application from this one
city-list-start-again-hint = An application that was not accepted or was withdrawn can be the start of a new one in this call: every answer is copied; the documents, the commitment and the consents are given again for each call.

## Warnings: what looks unusual in an application. They stop nothing.

flags-city-heading = Please check these answers
flags-city-lead = They look unusual. If they are right, leave them as they are: nothing here stops you submitting.
flags-review-heading = Answers to look at twice
flags-review-lead = Found by reading the application against the member directory and the usual range of each figure. They stop nothing; the city was shown them before it submitted.
flag-already-member = { $city } is already a member of the UNESCO Global Network of Learning Cities.
flag-already-member-since = { $city } is already a member of the UNESCO Global Network of Learning Cities, since { $year }.
# The figure as a flag names it, in a sentence.
flag-figure-population = The population
flag-figure-area = The area
flag-figure-gdp_city = The city's GDP per capita
flag-figure-gdp_country = The country's GDP per capita
flag-figure-schooling = The years of schooling
flag-old-figure = { $figure } is the figure of { $year }, more than five years ago.
flag-future-figure = { $figure } is given for { $year }, a year still to come.
flag-schooling-over-women = Women's average schooling of { $years } years is more than 20 years.
flag-schooling-over-men = Men's average schooling of { $years } years is more than 20 years.
flag-city-gdp-over-country = The city's GDP per capita is { $times } times the country's: more than 20 times.
flag-area-over = An area of { $km2 } km² is more than 20,000 km².
city-new-already-member-lead = Members do not need to apply again. If this is another city of the same name, or you mean to apply anyway, you can start.
city-new-start-anyway = Start the application anyway

## The papers to sign, and what binds a signed scan to them

papers-heading = Papers to sign
papers-pledge-link = The pledge, for the mayor to sign and stamp (PDF)
papers-part2-link = Part 2, for the National Commission to sign (PDF)
papers-part2 = Part 2, signed by the National Commission
# The digest of what a paper states: the same on the printed page while it is unchanged.
papers-digest = digest { $digest }
papers-hint = Each paper prints its digest at the bottom. While what it states is unchanged, the application shows the same digest: compare the two on a signed scan.
papers-pledge-outdated = The signed pledge was uploaded before these changed: { $fields }. A new signed pledge is needed before the application can be submitted.
papers-part2-outdated = The signed Part 2 was uploaded before these changed: { $fields }. A new signed Part 2 is needed before the application can be sent to UIL.
pdf-pledge-title = Commitment of { $city } to the UNESCO Global Network of Learning Cities
pdf-pledge-sign = Signed and stamped by the mayor:
pdf-part2-title = Endorsement by the UNESCO National Commission of { $country }
pdf-part2-text = The National Commission endorses the application of { $city } to the UNESCO Global Network of Learning Cities.
pdf-date = Date
pdf-signature-mayor = Signature of the mayor
pdf-signature-officer = Signature of the officer
pdf-stamp = Stamp
pdf-reference = Reference: { $reference }
pdf-digest = Digest: { $digest }
pdf-digest-hint = The application shows the same digest while what this page states is unchanged.
